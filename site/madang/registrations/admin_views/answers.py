"""Delegates' answers to the organizers' questions, as an organizer reads them.

An answer is stored as the delegate gave it, in the language of the form they
filled in. A choice question's options are shared by position across the page's
translations (a translation keeps their order), so a chosen option is shown in
the admin's language where the page is translated: 魚 on the Japanese form is
생선 for a Korean organizer.
"""

from wagtail.contrib.forms.forms import FormBuilder
from wagtail.models import Page

#: Wagtail's form-builder field types whose answers are among the question's options.
CHOICE_TYPES = frozenset({"dropdown", "multiselect", "radio", "checkboxes"})


def _options(page):
    builder = FormBuilder([])
    return {
        question.clean_name: [
            value for value, _label in builder.get_formatted_field_choices(question)
        ]
        for question in page.registration_question_list()
        if question.field_type in CHOICE_TYPES
    }


def choices_in(registrable, language):
    """``{clean_name: {an option as written in any language: the same option in
    language}}`` for the registrable's choice questions; one query per language."""
    target = registrable.page_in(language)
    if target is None:
        return {}
    wanted = _options(target)
    pages = Page.objects.filter(translation_key=target.translation_key).live().specific()
    translated = {}
    for page in [*(p for p in pages if p.pk != target.pk), target]:  # its own options last
        for name, values in (wanted if page is target else _options(page)).items():
            own = wanted.get(name)
            if own is not None and len(own) == len(values):
                translated.setdefault(name, {}).update(zip(values, own, strict=True))
    return translated


def answer_in(value, options):
    """An answer with its chosen options as ``options`` (``choices_in``) gives them."""
    if isinstance(value, list):
        return [options.get(item, item) if isinstance(item, str) else item for item in value]
    if isinstance(value, str):
        return options.get(value, value)
    return value
