"""One registration (its page and its actions) and the bulk changes of a list."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from madang.core.countries import country_name

from .. import services
from ..models import Registration, title_in
from .actions import ACTIONS, available_actions
from .answers import answer_in, choices_in
from .base import ActingMixin, RolesCheckedMixin, registration_policy, url
from .forms import AddSeatsForm, AssignForm, OrganizerFieldsForm


def _joined(value):
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def shown_answer(value, options):
    """An answer with its options in the admin's language, then as the delegate gave it
    where that differs."""
    shown, given = _joined(answer_in(value, options)), _joined(value)
    if shown == given:
        return shown
    return pgettext(
        "an answer in the admin's language, then as the delegate gave it",
        "%(answer)s (%(original)s)",
    ) % {"answer": shown, "original": given}


def titled_bookings(registration):
    """A registration's bookings, their activities titled in the admin's language."""
    bookings = list(registration.bookings.select_related("activity"))
    if bookings:
        titles = registration.registrable.activity_titles_in(get_language())
        for booking in bookings:
            booking.activity.title_in_language = titles.get(str(booking.activity.key))
    return bookings


class RegistrationDetailView(RolesCheckedMixin, WagtailAdminTemplateMixin, View):
    """One registration: everything about it, its organizer fields and its actions."""

    permission_policy = registration_policy
    any_permission_required = ["view", "change"]
    template_name = "registrations/admin/detail.html"
    header_icon = "user"

    @cached_property
    def registration(self):
        return get_object_or_404(
            Registration.objects.select_related("registrable", "delegation").annotate(
                registrable_title=title_in(get_language(), of="registrable")
            ),
            pk=self.kwargs["pk"],
        )

    @property
    def registrable(self):
        return self.registration.registrable

    def get_page_title(self):
        return self.registration.name

    def get_breadcrumbs_items(self):
        registrable = self.registration.registrable
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": url("index"), "label": _("Registrations")},
            {"url": url("list", registrable.pk), "label": self.registration.registrable_title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        return self.render(OrganizerFieldsForm(instance=self.registration))

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        form = OrganizerFieldsForm(request.POST, instance=self.registration)
        if form.is_valid():
            form.save()
            messages.success(request, _("Saved."))
            return redirect(url("detail", self.registration.pk))
        messages.error(request, _("Please correct the errors below."))
        return self.render(form)

    def render(self, form):
        registration = self.registration
        labels = {}
        page = registration.registrable.page_in(get_language())
        if page is not None:
            labels = {q.clean_name: q.label for q in page.registration_question_list()}
        choices = choices_in(registration.registrable, get_language())
        answers = [
            (labels.get(key, key), shown_answer(value, choices.get(key, {})))
            for key, value in (registration.answers or {}).items()
        ]
        context = self.get_context_data(
            registration=registration,
            form=form,
            can_change=self.user_has_permission("change"),
            actions=[
                (name, label, url("action", registration.pk, name))
                for name, label in available_actions(registration)
            ],
            answers=answers,
            country=str(country_name(registration.country)) if registration.country else "",
            bookings=titled_bookings(registration),
            mails=registration.mails.order_by("-created_at", "-pk"),
            changes=registration.changes.all(),
            correct_url=url("correct", registration.pk),
            can_manage_personal_data=self.request.user.has_perm(
                "registrations.manage_personal_data"
            ),
            members=(
                registration.delegation.members.exclude(pk=registration.pk)
                if registration.delegation
                else []
            ),
        )
        return TemplateResponse(self.request, self.template_name, context)


class RegistrationActionView(RolesCheckedMixin, View):
    """POST: one service call on one registration; its error becomes a message."""

    permission_policy = registration_policy
    permission_required = "change"
    http_method_names = ["post"]

    @cached_property
    def registration(self):
        return get_object_or_404(
            Registration.objects.select_related("registrable"), pk=self.kwargs["pk"]
        )

    @property
    def registrable(self):
        return self.registration.registrable

    def post(self, request, pk, action):
        registration = self.registration
        if action not in ACTIONS:
            raise Http404
        _label, call, success = ACTIONS[action]
        try:
            call(registration)
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, success % {"name": registration.name})
        return redirect(get_valid_next_url_from_request(request) or url("detail", pk))


class ListToolView(ActingMixin, View):
    """POST from one of the tools above a registrable's list (``includes/tool_form.html``).

    The form's errors become messages, or ``act`` does the work; then back to the list.
    """

    http_method_names = ["post"]
    form_class = None

    def post(self, request, pk):
        form = self.form_class(request.POST, registrable=self.registrable)
        if form.is_valid():
            self.act(form)
        else:
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
        return redirect(get_valid_next_url_from_request(request) or url("list", pk))

    def act(self, form):
        raise NotImplementedError


class AddSeatsView(ListToolView):
    form_class = AddSeatsForm

    def act(self, form):
        target = form.chosen()
        try:
            promoted = services.add_seats(registrable=target, seats=form.cleaned_data["seats"])
        except services.RegistrationError as error:
            messages.error(self.request, error.message)
        else:
            seats = form.cleaned_data["seats"]
            if promoted:
                message = ngettext(
                    "%(seats)s seat added to %(title)s; %(promoted)s person came off the "
                    "waiting list.",
                    "%(seats)s seats added to %(title)s; %(promoted)s people came off the "
                    "waiting list.",
                    len(promoted),
                )
            else:  # nobody was waiting: no "0 people came off the waiting list"
                message = ngettext(
                    "%(seats)s seat added to %(title)s.",
                    "%(seats)s seats added to %(title)s.",
                    seats,
                )
            values = {"seats": seats, "title": target.shown_title, "promoted": len(promoted)}
            messages.success(self.request, message % values)


class AssignView(ListToolView):
    """POST: set the group/bus or the interpreter of the selected registrations."""

    form_class = AssignForm

    def act(self, form):
        field = form.cleaned_data["field"]
        ids = [r.pk for r in form.cleaned_data["registrations"]]
        count = Registration.objects.filter(pk__in=ids).update(
            **{field: form.cleaned_data["value"].strip(), "updated_at": timezone.now()}
        )
        messages.success(
            self.request,
            ngettext(
                "%(field)s set for %(count)s registration.",
                "%(field)s set for %(count)s registrations.",
                count,
            )
            % {"field": capfirst(dict(AssignForm.FIELDS)[field]), "count": count},
        )
