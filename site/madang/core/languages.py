"""Language names: looked up here, nowhere else.

Two names for each of the site's languages (``settings.LANGUAGES``):

- its own name ("한국어", "日本語", "English"): language switchers, "spoken in";
- its name in the reader's language ("Korean", "韓国語", "영어"): the admin's
  counts, "only in Korean" on a card.
"""

from django.conf import settings
from django.utils.translation import get_language_info, pgettext, pgettext_lazy

#: The languages a session or a tour can be held in, each in its own name.
SPOKEN_LANGUAGES = [("ko", "한국어"), ("ja", "日本語"), ("en", "English")]

#: The site's languages named in the reader's language ("영어" in Korean).
TRANSLATED_NAMES = {
    "ko": pgettext_lazy("language name", "Korean"),
    "ja": pgettext_lazy("language name", "Japanese"),
    "en": pgettext_lazy("language name", "English"),
}


def own_name(code):
    """The language's name in itself ("日本語"), or its code."""
    return dict(settings.LANGUAGES).get(code, code)


def name_in_reader_language(code):
    """The language's name in the active language ("Japanese", "일본어"), or its code."""
    if code in TRANSLATED_NAMES:
        return str(TRANSLATED_NAMES[code])
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return own_name(code)


def list_separator():
    """Between the parts of a line (a place's name and city, the languages of a
    session, a person's roles): ", " in Korean and English, "、" in Japanese."""
    return pgettext("between the parts of a line of facts", ", ")
