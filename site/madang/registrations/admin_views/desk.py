"""Pages with one form: writing to delegates, the check-in desk, walk-ins, settings."""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import services
from ..models import Registration, Status
from .base import ActingMixin, url
from .forms import CheckInForm, MessageForm, RegistrableSettingsForm, WalkInForm


class FormPageView(ActingMixin, WagtailAdminTemplateMixin, View):
    """A page with one form; ``act`` calls the service and returns a redirect or None.

    A form that does not validate, or that the service refuses, is shown again with
    its errors or the service's message as a 400: bad input is never answered as a
    success.
    """

    form_class = None

    def get_form_kwargs(self):
        return {}

    def get(self, request, *args, **kwargs):
        return self.render(self.form_class(**self.get_form_kwargs()))

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST, **self.get_form_kwargs())
        if form.is_valid():
            try:
                response = self.act(form)
            except services.RegistrationError as error:
                messages.error(request, error.message)
                return self.render(form, status=400)
            if response is not None:
                return response
            return self.render(form)
        return self.render(form, status=400)

    def page_context(self):
        return {}

    def render(self, form, *, status=200):
        context = self.get_context_data(
            form=form, registrable=self.registrable, **self.page_context()
        )
        return TemplateResponse(self.request, self.template_name, context, status=status)


class WriteView(FormPageView):
    """A message to every confirmed delegate with an email address."""

    form_class = MessageForm
    template_name = "registrations/admin/write.html"
    header_icon = "mail"

    page_title = gettext_lazy("Write to all confirmed delegates")

    def page_context(self):
        return {
            "recipients": Registration.objects.filter(
                registrable=self.registrable, status=Status.CONFIRMED
            )
            .exclude(email="")
            .count()
        }

    def act(self, form):
        count = services.write_to_confirmed(
            registrable=self.registrable,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
        )
        messages.success(
            self.request,
            ngettext(
                "Your message is on its way to %(count)s delegate.",
                "Your message is on its way to %(count)s delegates.",
                count,
            )
            % {"count": count},
        )
        return redirect(url("list", self.registrable.pk))


class CheckInView(FormPageView):
    """The door: a scanner types the code into the focused field and presses Enter."""

    form_class = CheckInForm
    template_name = "registrations/admin/check_in.html"
    permission_required = "check_in"
    header_icon = "tick"

    page_title = gettext_lazy("Check-in")

    def page_context(self):
        confirmed = Registration.objects.filter(
            registrable=self.registrable, status=Status.CONFIRMED
        )
        arrivals = confirmed.filter(checked_in_at__isnull=False).order_by("-checked_in_at", "-pk")
        return {
            "arrived_count": arrivals.count(),
            "confirmed_count": confirmed.count(),
            "arrivals": arrivals[:200],
        }

    def post(self, request, *args, **kwargs):
        form = CheckInForm(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        try:
            return self.act(form)
        except services.RegistrationError as error:
            # An empty field again, so that the next scan does not add to this code.
            messages.error(request, error.message)
            return self.render(CheckInForm(), status=400)

    def act(self, form):
        now = timezone.now()
        registration = services.check_in(
            registrable=self.registrable, code=form.cleaned_data["code"], now=now
        )
        details = {
            "name": registration.name,
            "organization": registration.organization or "–",
            "group": registration.group or "–",
        }
        if registration.checked_in_at == now:
            messages.success(
                self.request,
                _("Welcome, %(name)s (%(organization)s). Group or bus: %(group)s.") % details,
            )
        else:
            messages.warning(
                self.request,
                _("%(name)s (%(organization)s) had already arrived at %(time)s.")
                % {
                    **details,
                    "time": timezone.localtime(registration.checked_in_at).strftime("%H:%M"),
                },
            )
        return redirect(url("check_in", self.registrable.pk))


class WalkInView(FormPageView):
    """A delegate registered at the desk; seats and the waiting list still hold."""

    form_class = WalkInForm
    template_name = "registrations/admin/walk_in.html"
    header_icon = "plus"

    page_title = gettext_lazy("Register a walk-in delegate")

    def get(self, request, *args, **kwargs):
        language = get_language()
        initial = {
            "correspondence_language": language
            if language in dict(settings.LANGUAGES)
            else settings.LANGUAGE_CODE
        }
        return self.render(WalkInForm(initial=initial))

    def page_context(self):
        return {"seats_left": services.seats_left(self.registrable)}

    def act(self, form):
        data = dict(form.cleaned_data)
        registration = services.register_walk_in(
            registrable=self.registrable, data=data, language=data["correspondence_language"]
        )
        name = {"name": registration.name}
        if registration.status == Status.CONFIRMED:
            messages.success(self.request, _("%(name)s is registered and has arrived.") % name)
        elif registration.status == Status.WAITLISTED:
            messages.warning(
                self.request,
                _("No seat is free: %(name)s is on the waiting list, not admitted.") % name,
            )
        else:
            messages.warning(
                self.request,
                _("%(name)s is registered with the status: %(status)s.")
                % {**name, "status": registration.get_status_display()},
            )
        return redirect(url("walk_in", self.registrable.pk))


class SettingsView(FormPageView):
    """Settings that live only on the registrable row (the rest is edited on the page)."""

    form_class = RegistrableSettingsForm
    template_name = "registrations/admin/settings.html"
    header_icon = "cog"

    page_title = gettext_lazy("Registration settings")

    def get_form_kwargs(self):
        return {"instance": self.registrable}

    def page_context(self):
        page = self.registrable.page
        return {
            "page_edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else None
        }

    def act(self, form):
        form.save()
        messages.success(self.request, _("The settings are saved."))
        return redirect(url("list", self.registrable.pk))
