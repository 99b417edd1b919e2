"""The admin form of a registrable page (an event's, a tour's ``base_form_class``)."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext as _

from madang.core.forms import MadangPageForm

from .models import Registrable
from .services import seats_taken

#: The hidden input beside the "seats" field: the seats the form was opened with.
OPENED_SUFFIX = "-opened"
#: No hidden input was sent (a form built without it): nothing to compare.
NOT_SENT = object()


def opened_seats(data, name):
    """The seats a submitted form was opened with (its field ``name``): a number, None
    (no limit) or ``NOT_SENT``."""
    if name + OPENED_SUFFIX not in data:
        return NOT_SENT
    value = str(data.get(name + OPENED_SUFFIX) or "").strip()
    return int(value) if value.isdigit() else None


class SeatsInput(forms.NumberInput):
    """The "seats" field, with a hidden input keeping the number the form was opened
    with (``opened``), so that the form can tell an editor's change from seats
    organizers added in the registrations admin while it was open."""

    def __init__(self, attrs=None, *, opened=None):
        super().__init__(attrs)
        self.opened = opened

    def render(self, name, value, attrs=None, renderer=None):
        opened = "" if self.opened is None else self.opened
        return super().render(name, value, attrs, renderer) + format_html(
            '<input type="hidden" name="{}" value="{}">', name + OPENED_SUFFIX, opened
        )


class RegistrablePageForm(MadangPageForm):
    """Never fewer seats than are taken: the engine's row counts them (its capacity is
    the one truth, written back to the page: ``services.page_sync``); a page asking
    for fewer would oversell. Checked in the editor's form, not on every save, so
    that a scheduled publish never fails in housekeeping.

    Seats organizers add in the registrations admin while the form is open are
    written to the page (its latest revision, the form's instance), not to the open
    form: a form whose seats the editor left alone keeps the page's current number;
    one whose seats the editor changed too is refused, naming the current number
    (saved again, the editor's number counts).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("capacity")
        if field is None:
            return
        opened = self.initial.get("capacity")
        if self.is_bound:
            sent = opened_seats(self.data, self.add_prefix("capacity"))
            opened = opened if sent is NOT_SENT else sent
        field.widget = SeatsInput(field.widget.attrs, opened=opened)

    def clean(self):
        cleaned = super().clean()
        opens = cleaned.get("registration_opens")
        deadline = cleaned.get("registration_deadline")
        if opens and deadline and deadline <= opens:
            # Else the form would never open, and nothing would tell the editor why.
            self.add_error(
                "registration_deadline",
                forms.ValidationError(
                    _("The registration deadline must come after registration opens."),
                    code="deadline_before_opening",
                ),
            )
        return cleaned

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        capacity = self._unchanged_by_organizers(capacity)
        if capacity is None:
            return capacity
        row = Registrable.objects.filter(key=self.instance.translation_key).first()
        taken = seats_taken(row) if row is not None else 0
        if capacity < taken:
            raise forms.ValidationError(
                _(
                    "%(taken)s seats are already taken: the seats cannot be fewer. "
                    "Move someone to the waiting list first."
                )
                % {"taken": taken},
                code="fewer_than_taken",
            )
        return capacity

    def _unchanged_by_organizers(self, capacity):
        """The seats to save: the page's current number where the form was opened
        before it changed and the editor left the field alone."""
        widget = self.fields["capacity"].widget
        opened = opened_seats(self.data, self.add_prefix("capacity"))
        current = self.instance.capacity
        if opened is NOT_SENT or opened == current or capacity == current:
            return capacity
        if capacity == opened:
            return current
        widget.opened = current  # saved again, the editor's number counts
        if current is None:
            message = _(
                "The seats were changed to no limit while this page was open. Check "
                "the number and save again."
            )
        else:
            message = _(
                "The seats were changed to %(seats)s while this page was open (seats "
                "added in the registrations admin). Check the number and save again."
            ) % {"seats": current}
        raise forms.ValidationError(message, code="seats_changed")
