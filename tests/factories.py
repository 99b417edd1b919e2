"""Factories shared by the test suite: locales, sites and pages.

Pages go into the Wagtail tree with ``parent.add_child()``; without a
``parent`` a page is created under the tree root (as home pages are).
"""

import factory
from django.db import transaction
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from modelsearch.backends import get_search_backends
from modelsearch.index import class_is_indexed
from wagtail.models import Locale, Page, ReferenceIndex

from madang.core.models import HomePage, StandardPage
from madang.core.sites import sync_default_site
from madang.news.models import NewsIndexPage, NewsPage

LANGUAGE_CODES = ("ko", "ja", "en")


class LocaleFactory(DjangoModelFactory):
    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)

    language_code = "ko"


class PageFactory(DjangoModelFactory):
    """Base for page factories: pass ``parent=`` (defaults to the tree root)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttributeSequence(lambda page, n: slugify(page.title) or f"page-{n}")
    locale = factory.SubFactory(LocaleFactory)
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            parent = Page.get_first_root_node()
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Madang"


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage


def create_new(objects):
    """Save ``objects`` (new, of one model, e.g. people) in one INSERT, and index them as
    their saves would: each in Wagtail's reference index, all at once in the search index.

    Their saves' other receivers have nothing to do for objects nothing uses yet (no page
    shows them, no image of theirs needs renditions). Returns the saved objects.
    """
    if not objects:
        return []
    model = type(objects[0])
    created = model.objects.bulk_create(objects)
    if ReferenceIndex.is_indexed(model):
        with transaction.atomic():
            for obj in created:
                ReferenceIndex.create_or_update_for_object(obj)
    if class_is_indexed(model):
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, created)
    return created


def make_home_pages(codes=LANGUAGE_CODES):
    """One live HomePage per language under the tree root, all translations of
    the first, which becomes the root page of the default site. Wagtail's
    placeholder "Welcome" page (a plain Page under the root) is deleted.

    Returns ``{language_code: HomePage}``.
    """
    first, *others = codes
    homes = {
        first: HomePageFactory(locale=LocaleFactory(language_code=first), slug=f"home-{first}")
    }
    for code in others:
        homes[code] = HomePageFactory(
            locale=LocaleFactory(language_code=code),
            slug=f"home-{code}",
            translation_key=homes[first].translation_key,
        )
    sync_default_site(root_page=homes[first])
    Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    ).delete()
    return homes


def translate_page(page, code, **fields):
    """A published translation of ``page`` into ``code``, with ``fields`` set."""
    translation = page.copy_for_translation(LocaleFactory(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
