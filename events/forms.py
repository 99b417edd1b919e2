from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class EventPageForm(WagtailAdminPageForm):
    """Booth numbers are unique per event, with a message an organizer understands."""

    def clean(self):
        cleaned = super().clean()
        booths = self.formsets.get("booths")
        if booths is None:
            return cleaned
        seen = {}
        for form in booths.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            number = (form.cleaned_data.get("number") or "").strip()
            if not number:
                continue
            key = number.casefold()
            if key in seen:
                form.add_error(
                    "number",
                    ValidationError(
                        _("Booth number %(number)s is already used by another booth.")
                        % {"number": number}
                    ),
                )
            seen[key] = form
        return cleaned
