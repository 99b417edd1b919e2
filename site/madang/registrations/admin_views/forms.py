"""The forms of the registrations admin."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy

from madang.core.countries import REGISTRATION_COUNTRIES

from ..models import Registrable, Registration


class AddSeatsForm(forms.Form):
    target = forms.TypedChoiceField(label=gettext_lazy("Where"), coerce=int)
    seats = forms.IntegerField(label=gettext_lazy("Seats to add"), min_value=1, max_value=10000)

    def __init__(self, *args, registrable, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrable = registrable
        rows = [registrable] if registrable.capacity is not None else []
        activities = registrable.activities_titled_in(get_language())
        rows += sorted((a for a in activities if a.capacity is not None), key=lambda a: a.pk)
        self.fields["target"].choices = [(row.pk, row.shown_title) for row in rows]
        self.rows = {row.pk: row for row in rows}

    def chosen(self):
        return self.rows[self.cleaned_data["target"]]


class AssignForm(forms.Form):
    FIELDS = [
        ("group", gettext_lazy("Group or bus")),
        ("interpreter", gettext_lazy("Interpreter")),
    ]
    registrations = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Registrations"),
        queryset=Registration.objects.none(),
        error_messages={"required": gettext_lazy("Select at least one registration.")},
        # Ticked in the list itself (select_cell.html), not shown among the form's fields.
        widget=forms.MultipleHiddenInput,
    )
    field = forms.ChoiceField(label=gettext_lazy("Set"), choices=FIELDS)
    value = forms.CharField(
        label=pgettext_lazy("set a field to a value", "to"),
        max_length=60,
        required=False,
        help_text=gettext_lazy("Leave empty to clear it."),
    )

    def __init__(self, *args, registrable, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["registrations"].queryset = Registration.objects.filter(registrable=registrable)


class MessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    body = forms.CharField(label=gettext_lazy("Message"), widget=forms.Textarea(attrs={"rows": 12}))


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Check-in code"),
        max_length=64,
        help_text=gettext_lazy("Scan the QR code or type the 8 characters under it."),
        widget=forms.TextInput(
            attrs={"autofocus": True, "autocomplete": "off", "autocapitalize": "characters"}
        ),
    )


class WalkInForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=120)
    organization = forms.CharField(
        label=gettext_lazy("Organization (cooperative)"), max_length=200, required=False
    )
    email = forms.EmailField(label=gettext_lazy("Email"), required=False)
    country = forms.ChoiceField(
        label=gettext_lazy("Country"), choices=[("", "—"), *REGISTRATION_COUNTRIES], required=False
    )
    correspondence_language = forms.ChoiceField(
        label=gettext_lazy("Language for our mails"), choices=settings.LANGUAGES
    )


class OrganizerFieldsForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["group", "interpreter", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}


class RegistrableSettingsForm(forms.ModelForm):
    class Meta:
        model = Registrable
        fields = ["verification_hours", "reminder_days", "retention_days"]
