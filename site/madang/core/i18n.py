"""Which language a page's content is in, and where its other languages are.

A page can be shown in a language tree it was not written in:
- a wagtail-localize alias (a placeholder copy of an untranslated page), or
- the fallback view (``/<lang>/translations/<id>/``) for a page that has no
  copy at all in that language.
Both show the content in its own language with a notice; neither is a 404.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Page

from .languages import own_name
from .links import absolute_url


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool  # a real translation exists (not a placeholder)


@dataclass(frozen=True)
class PageLanguages:
    ui_language: str
    content_language: str
    links: list
    alternates: list  # (code, url) of real translations, for hreflang

    @property
    def is_fallback(self):
        return self.content_language != self.ui_language

    @property
    def content_language_name(self):
        return own_name(self.content_language)

    @property
    def ui_language_name(self):
        return own_name(self.ui_language)


def page_languages(page, request):
    ui = get_language() or settings.LANGUAGE_CODE
    versions = _versions(page.translation_key)
    codes = {v.locale_id: v.locale.language_code for v in versions}
    by_code = {codes[v.locale_id]: v for v in versions}
    real = {code: v for code, v in by_code.items() if v.alias_of_id is None}
    # The content's language: an alias shows the content of the page it copies.
    if page.alias_of_id is not None:
        original = next((v for v in versions if v.pk == page.alias_of_id), None)
        content = codes[original.locale_id] if original else codes.get(page.locale_id, ui)
    else:
        content = codes.get(page.locale_id, ui)

    subpath = _subpath(page, request)
    links = []
    alternates = []
    for code, name in settings.LANGUAGES:
        version = by_code.get(code)
        if version is not None:
            url = version.get_url(request) + subpage_in(page, subpath, locale=version.locale)
        else:
            url = _fallback_url(page, code)
        if code in real:
            sub = subpage_in(page, subpath, locale=real[code].locale)
            alternates.append((code, real[code].get_full_url(request) + sub))
        links.append(
            LanguageLink(code=code, name=name, url=url, current=code == ui, translated=code in real)
        )
    return PageLanguages(
        ui_language=ui, content_language=content, links=links, alternates=alternates
    )


def _subpath(page, request):
    """What follows the page's own address in the request's: a routable page's
    sub-page (an event's ``booths/``), or ""."""
    own = page.get_url(request)
    if own and request.path.startswith(own):
        return request.path[len(own) :]
    return ""


def subpage_in(page, subpath, *, locale):
    """The same sub-page of ``page`` (``subpath``, after its address) in the version
    in ``locale``, as a path to add to that version's address: the same path for a
    route that takes no argument (``booths/``); for one that does (a speaker), what
    the page's ``subpage_in_locale(name, kwargs, locale=…)`` gives, or "" (the
    version's own page) where it has none."""
    if not subpath:
        return ""
    try:
        match = page.resolve_subpage("/" + subpath)
    except (AttributeError, Http404):  # not a routable page, or no such sub-page
        return ""
    if not match.args and not match.kwargs:
        return subpath
    translate = getattr(page, "subpage_in_locale", None)
    found = translate(match.url_name, match.kwargs, locale=locale) if translate else None
    return found or ""


def _versions(translation_key):
    """The live versions of a page in every language."""
    return list(
        Page.objects.filter(translation_key=translation_key)
        .live()
        .select_related("locale")
        .only("pk", "url_path", "alias_of_id", "translation_key", "locale__language_code")
    )


def _fallback_url(page, code):
    with translation.override(code):
        return reverse("translation_fallback", kwargs={"page_id": page.pk})


def view_languages(request):
    """Language links for a page that is not a Wagtail page (search, errors)."""
    ui = get_language() or settings.LANGUAGE_CODE
    path = request.get_full_path()
    links = [
        LanguageLink(
            code=code,
            name=name,
            url=translate_url(path, code),
            current=code == ui,
            translated=True,
        )
        for code, name in settings.LANGUAGES
    ]
    alternates = [(link.code, absolute_url(link.url)) for link in links]
    return PageLanguages(ui_language=ui, content_language=ui, links=links, alternates=alternates)
