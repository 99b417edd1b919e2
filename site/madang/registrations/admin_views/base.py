"""What every view of the registrations admin shares: the permission policy, URLs, mixins."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .. import roles
from ..models import Registrable, Registration

#: Who may see and act: "view registration" to read, "change registration" to act.
registration_policy = ModelPermissionPolicy(Registration)

NAMESPACE = "registrations_admin"


class CountingPaginator(WagtailPaginator):
    """Wagtail's paginator with the count under a listing worded as each language puts it
    ("참가 신청 7건", "参加申込 7件", "7 registrations"), not a number glued to a noun
    ("7 참가 신청"): the listings' ``paginator_class``."""

    @cached_property
    def items_count_label(self):
        items = self.verbose_name if self.count == 1 else self.verbose_name_plural
        return pgettext("under an admin listing", "%(count)s %(items)s") % {
            "count": self.count,
            "items": items,
        }


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def registrable_breadcrumbs(user, registrable, title):
    """Home › Registrations › the registrable › ``title``. The registrable links to its
    list for those who may read it, else to the check-in desk (a desk volunteer's page)."""
    own_page = "list" if roles.may_view(user, registrable) else "check_in"
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": url("index"), "label": _("Registrations")},
        {"url": url(own_page, registrable.pk), "label": registrable.shown_title},
        {"url": "", "label": title},
    ]


class RolesCheckedMixin(PermissionCheckedMixin):
    """Permission checks for the view's ``registrable`` by ``roles.allows``.

    "view" and "change" (and "check_in") are asked of ``roles``, so a global
    permission reaches every registrable and an event role only its own.
    """

    def user_has_permission(self, permission):
        return roles.allows(self.request.user, permission, self.registrable)

    def user_has_any_permission(self, permissions):
        return any(self.user_has_permission(permission) for permission in permissions)


def registrable_of_url(kwargs):
    """The event or tour (not an activity) whose ``pk`` the admin URL names, titled in the
    admin user's language; 404 for any other."""
    return get_object_or_404(
        Registrable.objects.with_titles_in(get_language()),
        pk=kwargs["pk"],
        parent__isnull=True,
    )


class OrganizerMixin(RolesCheckedMixin):
    """Permission checks and the registrable of the URL, with breadcrumbs to it."""

    permission_policy = registration_policy
    any_permission_required = ["view", "change"]
    header_icon = "group"

    @cached_property
    def registrable(self):
        return registrable_of_url(self.kwargs)

    def get_breadcrumbs_items(self):
        return registrable_breadcrumbs(self.request.user, self.registrable, self.get_page_title())

    def can_change(self):
        return self.user_has_permission("change")


class ActingMixin(OrganizerMixin):
    """A view that changes something: "change registration" needed."""

    any_permission_required = None
    permission_required = "change"
