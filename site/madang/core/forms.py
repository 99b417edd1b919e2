"""The admin forms of pages: choices in the page's locale, unique rows.

**Choices in the locale.** A field that picks a translatable snippet (an event's
host and organizers, a booth's organization, a news item's authors) offers
only the snippets in the locale of the page or snippet being edited: a
Japanese page's dropdown lists the Japanese organizations, not all three
languages' (:class:`LocaleChoicesMixin`, in every page's form, :class:`MadangPageForm`,
and in the forms of snippets that pick other snippets, :class:`LocaleChoicesSnippetForm`).
A chooser opens on that locale (its own locale filter, which the editor may change)
and accepts only a snippet of it.

**Unique rows.**

A page's child rows may be unique within the page (an event's booth numbers:
``UniqueConstraint(fields=["page", "number"])``). :class:`UniqueRowsPageForm`
finds every such rule from the child models' constraints and, so that saving
and publishing give a form error or simply work instead of an IntegrityError:

- refuses two rows of the submission with the same value, with a message on
  the field;
- reconciles the submission with the rows already in the database: a page's
  draft is written to the database while it is edited (Wagtail's autosave
  does so from the first keystroke of a new page), and a browser tab that
  did not hear of that write submits its rows again without their ids. A
  stored row that the submission does not mention and whose unique value a
  submitted row takes is the same row written earlier: the submitted one
  replaces it.

Swapping two values (booth 1 becomes 2 and 2 becomes 1) is handled when the
rows are written: see :class:`~madang.core.unique_rows.UniqueChildRowsMixin`.
"""

from django.core.exceptions import ValidationError
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import TranslatableMixin
from wagtail.snippets.widgets import AdminSnippetChooser

from .unique_rows import unique_field_sets


def _normalized(value):
    return value.strip().casefold() if isinstance(value, str) else value


class UniqueRowsPageForm(WagtailAdminPageForm):
    """Base form of page types with child rows that are unique within the page."""

    def _unique_rules(self):
        """``[(relation name, formset, field names)]`` for every rule of a child model."""
        rules = []
        for name, formset in self.formsets.items():
            for fields in unique_field_sets(formset.model, parent_field=formset.fk.name):
                rules.append((name, formset, fields))
        return rules

    @staticmethod
    def _live_forms(formset):
        return [
            form
            for form in formset.forms
            if hasattr(form, "cleaned_data")
            and form.cleaned_data
            and not form.cleaned_data.get("DELETE")
        ]

    @staticmethod
    def _key(form, fields):
        values = tuple(_normalized(form.cleaned_data.get(field)) for field in fields)
        if any(value in (None, "") for value in values):
            return None
        return values

    def clean(self):
        cleaned = super().clean()
        for _name, formset, fields in self._unique_rules():
            # The page's own fields are cleaned before its formsets: clean them now.
            formset.is_valid()
            seen = set()
            for form in self._live_forms(formset):
                key = self._key(form, fields)
                if key is None:
                    continue
                if key in seen:
                    field = fields[-1]
                    label = capfirst(formset.model._meta.get_field(field).verbose_name)
                    form.add_error(
                        field,
                        ValidationError(
                            _("%(label)s %(value)s is already used by another row of this list.")
                            % {"label": label, "value": form.cleaned_data.get(field)}
                        ),
                    )
                seen.add(key)
        return cleaned

    def _replace_stored_duplicates(self):
        """Drop stored rows that a submitted row without an id takes the place of."""
        for name, formset, fields in self._unique_rules():
            live = self._live_forms(formset)
            mentioned = {form.instance.pk for form in formset.forms if form.instance.pk}
            new_keys = {self._key(form, fields) for form in live if form.instance.pk is None}
            new_keys.discard(None)
            if not new_keys:
                continue
            manager = getattr(self.instance, name)
            stale = [
                row
                for row in manager.all()
                if row.pk is not None
                and row.pk not in mentioned
                and tuple(_normalized(getattr(row, field)) for field in fields) in new_keys
            ]
            if stale:
                manager.remove(*stale)

    def save(self, commit=True):
        self._replace_stored_duplicates()
        return super().save(commit=commit)


class SnippetChooserInLocale(AdminSnippetChooser):
    """A snippet chooser whose window opens on one locale's snippets."""

    def __init__(self, *, locale, **kwargs):
        self.locale = locale
        super().__init__(**kwargs)

    def get_chooser_modal_url(self):
        query = urlencode({"locale": self.locale.language_code})
        return f"{super().get_chooser_modal_url()}?{query}"


def limit_choices_to_locale(fields, locale):
    """Fields that pick a translatable model offer (and accept) only ``locale``'s rows."""
    for field in fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, TranslatableMixin):
            continue
        if isinstance(field.widget, AdminSnippetChooser):
            widget = SnippetChooserInLocale(
                model=queryset.model, locale=locale, attrs=field.widget.attrs
            )
            widget.is_required = field.widget.is_required
            field.widget = widget
        field.queryset = queryset.filter(locale=locale)


class LocaleChoicesMixin:
    """A form whose snippet choices are in the locale of the object it edits (see the
    module), and so are those of its inline rows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = getattr(self.instance, "locale", None)
        if locale is None:
            return
        limit_choices_to_locale(self.fields, locale)
        for formset in getattr(self, "formsets", {}).values():
            # Every row's form, the empty one new rows are made from included.
            formset.form = type(
                formset.form.__name__, (RowInLocale, formset.form), {"choices_locale": locale}
            )


class RowInLocale:
    choices_locale = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_choices_to_locale(self.fields, self.choices_locale)


class MadangPageForm(LocaleChoicesMixin, UniqueRowsPageForm):
    """Every page's admin form (``MadangPage.base_form_class``)."""


class LocaleChoicesSnippetForm(LocaleChoicesMixin, WagtailAdminModelForm):
    """The admin form of a translatable snippet that picks other snippets."""
