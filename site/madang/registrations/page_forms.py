"""The admin form of a registrable page (an event's, a tour's ``base_form_class``)."""

from django import forms
from django.utils.translation import gettext as _

from madang.core.forms import MadangPageForm

from .models import Registrable
from .services import seats_taken


class RegistrablePageForm(MadangPageForm):
    """Never fewer seats than are taken: the engine's row counts them (its capacity is
    the one truth, written back to the page: ``services.page_sync``); a page asking
    for fewer would oversell. Checked in the editor's form, not on every save, so
    that a scheduled publish never fails in housekeeping."""

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
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
