"""The delegate's forms. They validate; ``services`` acts.

Organizers' own questions are built with Wagtail's form builder from the
page's question orderables; their answers are stored on the registration.
"""

import datetime
import decimal
import unicodedata
from functools import partial

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.contrib.forms.forms import FormBuilder

from madang.core.countries import REGISTRATION_COUNTRIES

from .models import PERSON_FIELDS, Registration

MEMBER_FIELDS = [
    "name",
    "name_romanized",
    "email",
    "role",
    "interpretation_language",
    "dietary_needs",
    "accessibility_needs",
]
AUTOCOMPLETE = {
    "name": "name",
    "name_romanized": "off",
    "email": "email",
    "phone": "tel",
    "organization": "organization",
    "role": "organization-title",
    "country": "country",
}
HONEYPOT = "website"


def _dress(form):
    """Phone-friendly inputs: autocomplete hints, input modes, sizes."""
    for name, field in form.fields.items():
        attrs = field.widget.attrs
        if name in AUTOCOMPLETE:
            attrs.setdefault("autocomplete", AUTOCOMPLETE[name])
        if name == "email":
            attrs.setdefault("inputmode", "email")
        if name == "phone":
            attrs.setdefault("inputmode", "tel")
        if isinstance(field.widget, forms.Textarea):
            attrs.setdefault("rows", 3)


def _refuse_unreadable(value, *, multiline=False):
    """Refuse what nobody types: control characters, and U+FFFD, which is what
    bytes that were not UTF-8 became. NUL is left to Django's own validator."""
    allowed = "\x00\t\r\n" if multiline else "\x00"
    if "\ufffd" in value or any(
        unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value
    ):
        raise ValidationError(
            _(
                "This contains characters that cannot be read (control characters or damaged "
                "text). Please type it again."
            ),
            code="unreadable",
        )


def _guard_text(form):
    for field in form.fields.values():
        if type(field) is forms.CharField:
            multiline = isinstance(field.widget, forms.Textarea)
            field.validators.append(partial(_refuse_unreadable, multiline=multiline))


class PersonFieldsMixin:
    def _setup_person_fields(self, registrable):
        if "country" in self.fields:
            self.fields["country"] = forms.ChoiceField(
                label=Registration._meta.get_field("country").verbose_name,
                choices=[("", "—"), *REGISTRATION_COUNTRIES],
                required=False,
            )
        if "correspondence_language" in self.fields:
            self.fields["correspondence_language"].required = True
        if "interpretation_language" in self.fields:
            self.fields["interpretation_language"].choices = [
                ("", _("No interpretation needed")),
                *settings.LANGUAGES,
            ]
        if "email" in self.fields:
            self.fields["email"].required = True
        for name in ("dietary_needs", "accessibility_needs"):
            if name in self.fields:
                self.fields[name].widget = forms.Textarea(attrs={"rows": 2})
        if "emergency_contact" in self.fields:
            if registrable.ask_emergency_contact:
                self.fields["emergency_contact"].required = True
                self.fields["emergency_contact"].help_text = _("Name and phone number.")
            else:
                del self.fields["emergency_contact"]
        _guard_text(self)


class RegistrationForm(PersonFieldsMixin, forms.ModelForm):
    """One delegate: standard fields, the organizer's questions, activities, consent."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree to it."), required=True
    )
    sensitive_consent = forms.BooleanField(
        label=_(
            "I agree that my dietary and accessibility needs are kept and shared with the "
            "organizers and caterers, as the notice above says."
        ),
        required=False,
    )

    class Meta:
        model = Registration
        fields = PERSON_FIELDS

    def __init__(self, *args, setup, language, with_consent=True, **kwargs):
        """``setup`` is the offering's ``views.FormSetup`` (row, page, questions, activities)."""
        self.registrable = setup.registrable
        self.page = setup.page
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("correspondence_language", language)
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            # What is on record: the consent is shown as given if it was.
            initial.setdefault("sensitive_consent", instance.sensitive_consent_at is not None)
        super().__init__(*args, **kwargs)
        self._setup_person_fields(self.registrable)
        if not with_consent:
            del self.fields["consent"]
            self.fields["sensitive_consent"].required = False
            if self.instance.sensitive_consent_at is not None:
                self.fields["sensitive_consent"].help_text = _(
                    "You agreed to this. Untick the box to withdraw your consent: we then "
                    "erase your dietary and accessibility needs."
                )
        self.questions = list(setup.questions)
        self.activity_choices = setup.activities
        self._add_questions()
        self.activity_rows = self._activity_rows()
        if self.activity_rows:
            self.fields["activities"] = forms.MultipleChoiceField(
                label=_("Optional activities"),
                choices=[(str(row.pk), label) for row, label in self.activity_rows],
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
        _dress(self)

    # --- organizer's questions ------------------------------------------------

    def _add_questions(self):
        built = FormBuilder(self.questions).formfields
        for question in self.questions:
            field = built.get(question.clean_name)
            if field is None:
                continue
            if type(field) is forms.DateField:  # the phone's own date picker
                field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            elif type(field) is forms.DateTimeField:
                field.widget = forms.DateTimeInput(
                    attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
                )
            elif type(field.widget) is forms.Select and not question.default_value:
                # No answer chosen for the delegate: an empty first choice.
                field.choices = [("", "—"), *field.choices]
            if question.show_if_question:
                field.required = False
                field.widget.attrs["data-show-if"] = self._controller_name(question) or ""
                field.widget.attrs["data-show-if-value"] = question.show_if_value
            self.fields["answer_" + question.clean_name] = field
        # Answers already given (when changing a registration).
        if self.instance.pk:
            for key, value in (self.instance.answers or {}).items():
                self.initial.setdefault("answer_" + key, value)

    def _controller(self, question):
        wanted = question.show_if_question.strip()
        for other in self.questions:
            if other is not question and wanted in (other.label.strip(), other.clean_name):
                return other
        return None

    def _controller_name(self, question):
        other = self._controller(question)
        return "answer_" + other.clean_name if other else None

    @staticmethod
    def _matches(value, expected):
        expected = (expected or "").strip().casefold()
        if isinstance(value, bool):
            # No expected value: "answered", i.e. ticked (as the page's script has it).
            if not expected:
                return value
            return value == (expected in ("yes", "true", "1", "예", "네", "はい", "on"))
        if isinstance(value, (list, tuple)):
            return any(str(v).strip().casefold() == expected for v in value)
        if not expected:
            return value not in (None, "")
        return str(value).strip().casefold() == expected

    def _question_applies(self, question, cleaned):
        if not question.show_if_question:
            return True
        other = self._controller(question)
        if other is None:
            return True
        return self._question_applies(other, cleaned) and self._matches(
            cleaned.get("answer_" + other.clean_name), question.show_if_value
        )

    # --- validation -----------------------------------------------------------

    def _activity_rows(self):
        return [(row, title) for row, title in self.activity_choices if row.is_open]

    def clean(self):
        cleaned = super().clean()
        for question in self.questions:
            name = "answer_" + question.clean_name
            if name not in self.fields:
                continue
            if not self._question_applies(question, cleaned):
                cleaned[name] = None
            elif (
                question.required
                and question.show_if_question
                and cleaned.get(name)
                in (
                    None,
                    "",
                    [],
                )
            ):
                self.add_error(name, _("Please answer this question."))
        needs = cleaned.get("dietary_needs") or cleaned.get("accessibility_needs")
        had_consent = self.instance.pk is not None and self.instance.sensitive_consent_at
        if had_consent and not cleaned.get("sensitive_consent"):
            # Consent withdrawn: the needs go with it (the service erases them).
            cleaned["dietary_needs"] = cleaned["accessibility_needs"] = ""
        elif needs and not cleaned.get("sensitive_consent"):
            self.add_error(
                "sensitive_consent",
                _(
                    "We can keep your dietary or accessibility needs only with your "
                    "consent. Tick the box, or leave those fields empty."
                ),
            )
        return cleaned

    def is_spam(self):
        return bool(self.data.get(self.add_prefix(HONEYPOT)))

    # --- what the service takes ----------------------------------------------

    def person_data(self):
        return {
            name: self.cleaned_data.get(name) or "" for name in PERSON_FIELDS if name in self.fields
        }

    def answers(self):
        result = {}
        for question in self.questions:
            value = self.cleaned_data.get("answer_" + question.clean_name)
            if value in (None, "", []):
                continue
            if isinstance(value, (datetime.date, datetime.time)):
                value = value.isoformat()
            elif isinstance(value, decimal.Decimal):
                value = int(value) if value == value.to_integral_value() else float(value)
            elif not isinstance(value, (bool, int, float, str, list)):
                value = str(value)
            result[question.clean_name] = value
        return result

    def chosen_activities(self):
        wanted = set(self.cleaned_data.get("activities") or ())
        return [row for row, _label in self.activity_rows if str(row.pk) in wanted]


class MemberForm(PersonFieldsMixin, forms.ModelForm):
    """One member of a delegation; empty rows are skipped.

    A member without an address of their own leaves it empty: their mails go
    to the head of the delegation, who manages their registration.
    """

    sensitive_consent = forms.BooleanField(
        label=_(
            "This member agrees that their dietary and accessibility needs are kept and "
            "shared with the organizers and caterers."
        ),
        required=False,
    )

    class Meta:
        model = Registration
        fields = MEMBER_FIELDS

    def __init__(self, *args, registrable=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_person_fields(registrable)
        self.fields["email"].required = False
        self.fields["email"].help_text = _(
            "Each member with an address gets their own mail and link. Leave it empty for a "
            "member without one: their mails go to you, and you manage their registration."
        )
        _dress(self)
        self.empty_permitted = True
        self.use_required_attribute = False

    def clean(self):
        cleaned = super().clean()
        needs = cleaned.get("dietary_needs") or cleaned.get("accessibility_needs")
        if needs and not cleaned.get("sensitive_consent"):
            self.add_error(
                "sensitive_consent",
                _(
                    "We can keep this member's dietary or accessibility needs only with their "
                    "consent. Tick the box, or leave those fields empty."
                ),
            )
        return cleaned

    def member_data(self):
        data = {name: self.cleaned_data.get(name) or "" for name in MEMBER_FIELDS}
        data["sensitive_consent"] = bool(self.cleaned_data.get("sensitive_consent"))
        return data


class BaseMemberFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_many_forms": ngettext_lazy(
            "A delegation can register at most %(num)d member besides its head.",
            "A delegation can register at most %(num)d members besides its head.",
            "num",
        ),
    }

    def filled_forms(self):
        return [f for f in self.forms if f.has_changed() and f.cleaned_data]


#: Member rows shown at first; more are added on the page (static/js/delegation-form.js).
FIRST_MEMBER_ROWS = 2


def member_formset(registrable):
    """The formset class of a delegation's members, up to the organizers' limit."""
    most = max(registrable.delegation_limit - 1, 0)
    return forms.formset_factory(
        MemberForm,
        formset=BaseMemberFormSet,
        extra=min(FIRST_MEMBER_ROWS, most),
        max_num=most,
        absolute_max=most,
        validate_max=True,
    )


class DelegationForm(forms.Form):
    organization = forms.CharField(
        label=_("Cooperative or organization of the delegation"), max_length=200
    )


class CancelForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, cancel my registration."), required=True)


class WithdrawConsentForm(forms.Form):
    """Erasing the needs cannot be undone: a ticked yes first (the button is near the QR code)."""

    confirm = forms.BooleanField(
        label=_("Yes, erase my dietary and accessibility needs."), required=True
    )
