"""Mail delivery in the admin: every outbox mail with what became of it.

One viewset (``mail_delivery``, under ``/admin/mail-delivery/``): a listing
filtered by state (needs attention, bounced, failed, waiting, sent, delivered),
searchable by address and subject, with a checkbox per bounced or failed mail
and one button that sends the ticked ones again (``delivery.resend_mails``:
each once). A mail's own page (``mail_admin.py``) shows its delivery events.
A dashboard panel counts the mails that need attention.

Who sees and resends which mails follows ``roles.py``: a global "view
registration" reads every mail, "change registration" resends any; an event's
organizer (``EventRole``) reads and resends the mails of that event's
registrations only; a desk volunteer sees none.
"""

from django import forms
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy, ngettext, pgettext_lazy
from django.utils.translation import gettext as _
from django.views import View
from django_filters import ChoiceFilter
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSet

from . import delivery
from .admin_views import CountingPaginator, registration_policy
from .admin_views.columns import leading_columns
from .models import EventRole, MailEvent, OutboxMail, OutboxStatus, title_in

NAMESPACE = "mail_delivery"

WAITING = [OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.UNCERTAIN]

#: The listing's states: (key, label, filter).
STATES = {
    "attention": (
        gettext_lazy("Needs attention (bounced or failed, not resent)"),
        Q(status__in=delivery.NEEDS_ATTENTION, resent_as__isnull=True),
    ),
    "bounced": (gettext_lazy("Bounced"), Q(status=OutboxStatus.BOUNCED)),
    "failed": (pgettext_lazy("mail state", "Failed"), Q(status=OutboxStatus.FAILED)),
    "waiting": (gettext_lazy("Waiting to be sent or for the provider"), Q(status__in=WAITING)),
    "sent": (pgettext_lazy("mail state", "Sent, no word of delivery yet"), Q(status="sent")),
    "delivered": (gettext_lazy("Delivered"), Q(status=OutboxStatus.DELIVERED)),
}


def _organizer_of(user):
    """The registrables ``user`` organizes by an event role (not by a global permission)."""
    return EventRole.objects.filter(user=user, role=EventRole.Kind.ORGANIZER).values(
        "registrable_id"
    )


def mails_for(user, queryset=None, *, action="view"):
    """The mails ``user`` may see (``action="view"``) or send again (``"change"``)."""
    queryset = OutboxMail.objects.all() if queryset is None else queryset
    actions = ["view", "change"] if action == "view" else ["change"]
    if registration_policy.user_has_any_permission(user, actions):
        return queryset
    return queryset.filter(registration__registrable__in=_organizer_of(user))


def may_use(user, action="view"):
    """Whether ``user`` may see (or resend) any mail at all."""
    actions = ["view", "change"] if action == "view" else ["change"]
    if registration_policy.user_has_any_permission(user, actions):
        return True
    return user.is_authenticated and _organizer_of(user).exists()


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def attention_url():
    return url("index") + "?state=attention"


def needs_attention(user):
    """How many bounced and failed mails ``user`` sees that nobody resent: ``{status: count}``."""
    rows = mails_for(user, delivery.resendable()).order_by().values_list("status", flat=True)
    counts = {OutboxStatus.BOUNCED: 0, OutboxStatus.FAILED: 0}
    for status in rows:
        counts[status] += 1
    return counts


class DeliveryFilterSet(WagtailFilterSet):
    state = ChoiceFilter(
        label=gettext_lazy("State"),
        choices=[(key, label) for key, (label, _q) in STATES.items()],
        method="filter_state",
        empty_label=gettext_lazy("All mails"),
    )

    class Meta:
        model = OutboxMail
        fields = []

    def filter_state(self, queryset, name, value):
        return queryset.filter(STATES[value][1])


class SelectColumn(BaseColumn):
    """A checkbox for each mail that can be resent; it belongs to the resend form."""

    header_template_name = "registrations/admin/delivery_select_header.html"
    cell_template_name = "registrations/admin/delivery_select_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        resendable = instance.status in delivery.NEEDS_ATTENTION and not instance.was_resent
        context["resendable"] = resendable
        return context


class StateColumn(Column):
    cell_template_name = "registrations/admin/delivery_state_cell.html"


def reason(mail):
    """Why a mail is where it is: the provider's latest word, or our last error."""
    events = [e for e in mail.events.all() if e.description]
    if events:
        return events[-1].description
    return mail.last_error


class DeliveryIndexView(IndexView):
    model = OutboxMail
    permission_policy = registration_policy
    paginator_class = CountingPaginator
    any_permission_required = ["view", "change"]

    def user_has_permission(self, permission):
        return may_use(self.request.user, permission)

    def user_has_any_permission(self, permissions):
        return any(self.user_has_permission(permission) for permission in permissions)

    template_name = "registrations/admin/delivery.html"
    index_url_name = f"{NAMESPACE}:index"
    index_results_url_name = f"{NAMESPACE}:index_results"
    filterset_class = DeliveryFilterSet
    search_fields = ["to", "subject"]
    search_backend_name = None
    default_ordering = "-created_at"
    paginate_by = 50
    header_icon = "mail"

    page_title = gettext_lazy("Mail delivery")

    def get_base_queryset(self):
        return mails_for(
            self.request.user,
            OutboxMail.objects.select_related("registration__registrable", "resent_as")
            .annotate(
                was_resent=Exists(OutboxMail.objects.filter(resend_of=OuterRef("pk"))),
                registrable_title=title_in(get_language(), of="registration__registrable"),
            )
            .prefetch_related(
                Prefetch("events", queryset=MailEvent.objects.order_by("occurred_at"))
            ),
        )

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": _("Mail delivery")},
        ]

    def get_edit_url(self, instance):
        return reverse("registrations_mail", args=[instance.uuid])

    def get_list_more_buttons(self, instance):
        return []

    def can_change(self):
        return self.user_has_permission("change")

    @cached_property
    def columns(self):
        columns = leading_columns(
            self,
            SelectColumn,
            "subject",
            label=_("Subject"),
            get_url=self.get_edit_url,
            get_title_id=lambda m: f"mail_{m.pk}_title",
        )
        columns += [
            Column("to", label=pgettext_lazy("mail recipient", "To"), sort_key="to"),
            Column(
                "registrable",
                label=_("Event or tour"),
                accessor=lambda m: m.registrable_title or "–",
            ),
            StateColumn("status", label=_("Status"), sort_key="status"),
            Column("reason", label=_("Provider's word or error"), accessor=reason),
            Column("attempts", label=_("Attempts"), sort_key="attempts"),
            DateColumn("created_at", label=_("Written"), sort_key="created_at"),
        ]
        return columns

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["can_change"] = self.can_change()
        context["next_url"] = self.request.get_full_path()
        context["resend_url"] = url("resend")
        if not self.results_only:
            context["attention"] = needs_attention(self.request.user)
        return context


class ResendForm(forms.Form):
    mails = forms.ModelMultipleChoiceField(queryset=OutboxMail.objects.all())


class ResendView(PermissionCheckedMixin, View):
    """Send the ticked bounced and failed mails again (a new outbox row each, once)."""

    permission_policy = registration_policy
    permission_required = "change"
    http_method_names = ["post"]

    def user_has_permission(self, permission):
        return may_use(self.request.user, permission)

    def post(self, request):
        next_url = get_valid_next_url_from_request(request) or url("index")
        form = ResendForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Tick the bounced or failed mails to send again first."))
            return redirect(next_url)
        chosen = form.cleaned_data["mails"]
        created = delivery.resend_mails(mails=mails_for(request.user, chosen, action="change"))
        if created:
            messages.success(
                request,
                ngettext(
                    "%(count)d mail is on its way again.",
                    "%(count)d mails are on their way again.",
                    len(created),
                )
                % {"count": len(created)},
            )
        skipped = len(chosen) - len(created)
        if skipped:
            messages.warning(
                request,
                ngettext(
                    "%(count)d mail was not bounced or failed, or was already sent again; "
                    "it was left alone.",
                    "%(count)d mails were not bounced or failed, or were already sent again; "
                    "they were left alone.",
                    skipped,
                )
                % {"count": skipped},
            )
        return redirect(next_url)


class DeliveryMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use(request.user)


class DeliveryViewSet(ViewSet):
    name = NAMESPACE
    url_prefix = "mail-delivery"
    icon = "mail"
    menu_label = gettext_lazy("Mail delivery")
    menu_icon = "mail"
    menu_order = 260
    add_to_admin_menu = True
    menu_item_class = DeliveryMenuItem

    def get_urlpatterns(self):
        return [
            path("", DeliveryIndexView.as_view(), name="index"),
            path("results/", DeliveryIndexView.as_view(results_only=True), name="index_results"),
            path("resend/", ResendView.as_view(), name="resend"),
        ]


class AttentionPanel(Component):
    """On the dashboard: how many mails bounced or failed and wait for an organizer."""

    name = "mail_attention"
    template_name = "registrations/admin/delivery_panel.html"
    order = 80

    def __init__(self, counts):
        self.counts = counts

    def get_context_data(self, parent_context):
        return {
            "bounced": self.counts[OutboxStatus.BOUNCED],
            "failed": self.counts[OutboxStatus.FAILED],
            "url": attention_url(),
        }


def dashboard_panel(request):
    """The panel, or None if the user may not see mails or none needs attention."""
    if not may_use(request.user):
        return None
    counts = needs_attention(request.user)
    if not any(counts.values()):
        return None
    return AttentionPanel(counts)
