"""What every view of the registrations admin shares: the permission policy, URLs, mixins."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from ..models import Registrable, Registration

#: Who may see and act: "view registration" to read, "change registration" to act.
registration_policy = ModelPermissionPolicy(Registration)

NAMESPACE = "registrations_admin"


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


class OrganizerMixin(PermissionCheckedMixin):
    """Permission checks and the registrable of the URL, with breadcrumbs to it."""

    permission_policy = registration_policy
    any_permission_required = ["view", "change"]
    header_icon = "group"

    @cached_property
    def registrable(self):
        return get_object_or_404(Registrable, pk=self.kwargs["pk"], parent__isnull=True)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": url("index"), "label": _("Registrations")},
            {"url": url("list", self.registrable.pk), "label": self.registrable.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def can_change(self):
        return self.user_has_permission("change")


class ActingMixin(OrganizerMixin):
    """A view that changes something: "change registration" needed."""

    any_permission_required = None
    permission_required = "change"
