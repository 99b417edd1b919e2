"""An organizer corrects a delegate's details and answers; the history of corrections."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from .. import services
from ..forms import PERSON_FIELDS, RegistrationForm
from ..models import Registration
from ..services.corrections import correct_registration
from ..views import form_setup
from .views import RegistrationDetailView, url


class CorrectionForm(RegistrationForm):
    """The delegate's own form, for an organizer: no consent given on their behalf."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, with_consent=False, **kwargs)
        for name in ("website", "activities"):
            self.fields.pop(name, None)
        consent = self.fields["sensitive_consent"]
        consent.disabled = True
        consent.label = _("Consent to keeping dietary and accessibility needs (the person's own)")
        consent.help_text = _(
            "Only the person can give or withdraw it, on their registration page."
        )

    def clean(self):
        cleaned = super().clean()
        if "sensitive_consent" in self.errors:
            # The delegate's wording ("tick the box") does not fit: say it to the organizer.
            self.errors.pop("sensitive_consent")
            self.add_error(
                "dietary_needs",
                _(
                    "Dietary or accessibility needs can be stored only with the person's own "
                    "consent, which is not on record. They can give it on their registration page."
                ),
            )
        return cleaned


def correction_form(registration, data=None):
    setup = form_setup(registration.registrable.key, registration.language)
    if setup is None:
        return None
    setup.registrable = registration.registrable
    return CorrectionForm(data, instance=registration, setup=setup, language=registration.language)


class CorrectView(RegistrationDetailView):
    """GET: the delegate's details and answers in a form; POST: correct them."""

    template_name = "registrations/admin/correct.html"
    any_permission_required = None
    permission_required = "change"
    header_icon = "edit"

    def get_page_title(self):
        return _("Correct %(name)s's registration") % {"name": self.registration.name}

    def unavailable(self):
        messages.error(
            self.request,
            _("The page of this event or tour is not published: its form cannot be shown."),
        )
        return redirect(url("detail", self.registration.pk))

    def get(self, request, *args, **kwargs):
        form = correction_form(self.registration)
        return self.unavailable() if form is None else self.render_form(form)

    def post(self, request, *args, **kwargs):
        registration = self.registration
        form = correction_form(registration, request.POST)
        if form is None:
            return self.unavailable()
        if form.is_valid():
            data = {
                name: form.cleaned_data.get(name) or ""
                for name in PERSON_FIELDS
                if name in form.fields and not form.fields[name].disabled
            }
            try:
                changes = correct_registration(
                    registration=registration,
                    by=request.user,
                    data=data,
                    answers=form.answers(),
                    answer_labels={q.clean_name: q.label for q in form.questions},
                )
            except services.RegistrationError as error:
                form.add_error(None, error.message)
            else:
                if changes:
                    messages.success(
                        request,
                        _("%(name)s's registration is corrected.")
                        % {"name": Registration.objects.get(pk=registration.pk).name},
                    )
                else:
                    messages.info(request, _("Nothing was changed."))
                return redirect(url("detail", registration.pk))
        return self.render_form(form)

    def render_form(self, form):
        context = self.get_context_data(registration=self.registration, form=form)
        status = 400 if form.errors else 200  # refused input is a 4xx, as on every form
        return TemplateResponse(self.request, self.template_name, context, status=status)


__all__ = ["CorrectView", "CorrectionForm"]
