"""Build (or complete) the demo site from ``content.py``.

Every object has a stable identity, so running the build again finds what is
there and creates only what is missing; nothing that exists is changed.

* Pages and translatable snippets get a ``translation_key`` derived from their
  key in ``content.py`` (``uuid5``); their translations share it.
* Images are found by title, the admin user by username.

Korean is the source language: each page is created in Korean first and then
translated with ``copy_for_translation`` into Japanese and English, which
keeps the three pages linked as translations of each other.
"""

import os
import uuid
from collections import Counter
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from io import BytesIO

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from wagtail import hooks
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from madang.core.models import FooterText, HomePage, SiteSettings, StandardPage, TranslationNote
from madang.core.sites import sync_default_site
from madang.news.models import NewsIndexPage, NewsPage
from madang.people.models import Organization, Person

from . import content as c
from .images import illustration_jpeg

DEMO_NAMESPACE = uuid.UUID("6d0c5a3e-2f4b-5c1d-9a7e-4d61616e6721")

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@madang.example"
DEFAULT_ADMIN_PASSWORD = "madang-demo"
ADMIN_PASSWORD_ENV = "DEMO_ADMIN_PASSWORD"


@dataclass
class DemoContext:
    """What feature apps get to build their demo content on."""

    homes: dict
    locales: dict
    images: dict
    organizations: dict
    people: dict
    report: "Report"


def demo_key(key):
    """The translation key shared by every language version of a demo object."""
    return uuid.uuid5(DEMO_NAMESPACE, key)


@dataclass
class Report:
    created: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    admin_password: str | None = None
    site_urls: list = field(default_factory=list)

    def count(self, kind, created):
        (self.created if created else self.kept)[kind] += 1


# --- Locales, images, snippets ----------------------------------------------------------


def ensure_locales(report):
    locales = {}
    for code in c.LOCALES:
        locales[code], created = Locale.objects.get_or_create(language_code=code)
        report.count("locales", created)
    return locales


def ensure_images(report):
    image_model = get_image_model()
    images = {}
    for key, spec in c.IMAGES.items():
        image = image_model.objects.filter(title=spec["title"]).first()
        if image is None:
            data = illustration_jpeg(
                motif=spec["motif"], palette=spec["palette"], seed=spec["seed"]
            )
            image = image_model(
                title=spec["title"],
                description=spec["alt"][c.EN],
                file=ImageFile(BytesIO(data), name=f"madang-demo-{key}.jpg"),
            )
            image._set_image_file_metadata()
            image.save()
            report.count("images", True)
        else:
            report.count("images", False)
        images[key] = image
    return images


def _ensure_snippet(model, key, locale, fields, report, kind):
    obj = model.objects.filter(translation_key=demo_key(key), locale=locale).first()
    if obj is not None:
        report.count(kind, False)
        return obj
    obj = model(translation_key=demo_key(key), locale=locale, **fields)
    obj.save()
    report.count(kind, True)
    return obj


def _ensure_snippet_translation(source, locale, fields, report, kind):
    obj = source.get_translation_or_none(locale)
    if obj is not None:
        report.count(kind, False)
        return obj
    obj = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(obj, name, value)
    obj.save()
    report.count(kind, True)
    return obj


def ensure_organizations(locales, report):
    """Return ``{key: {language_code: Organization}}``."""
    organizations = {}
    for spec in c.ORGANIZATIONS:
        common = {
            "kind": spec["kind"],
            "country": spec["country"],
            "name_romanized": spec["name_romanized"],
            "website": spec["website"],
        }

        def fields_for(code, spec=spec):
            texts = spec[code]
            return {
                "name": texts["name"],
                "short_name": texts.get("short_name", spec.get("short_name", "")),
                "city": texts["city"],
                "description": texts["description"],
            }

        original = _ensure_snippet(
            Organization,
            spec["key"],
            locales[c.KO],
            {**common, **fields_for(c.KO)},
            report,
            "organizations",
        )
        organizations[spec["key"]] = {c.KO: original}
        for code in c.TRANSLATIONS:
            organizations[spec["key"]][code] = _ensure_snippet_translation(
                original, locales[code], fields_for(code), report, "organizations"
            )
    return organizations


def ensure_people(locales, organizations, report):
    """Return ``{key: {language_code: Person}}``."""
    people = {}
    for spec in c.PEOPLE:

        def fields_for(code, spec=spec):
            org_key = spec["organization"]
            return {
                "role": spec[code]["role"],
                "bio": spec[code]["bio"],
                "organization": organizations[org_key][code] if org_key else None,
            }

        original = _ensure_snippet(
            Person,
            spec["key"],
            locales[c.KO],
            {"name": spec["name"], "name_romanized": spec["name_romanized"], **fields_for(c.KO)},
            report,
            "people",
        )
        people[spec["key"]] = {c.KO: original}
        for code in c.TRANSLATIONS:
            people[spec["key"]][code] = _ensure_snippet_translation(
                original, locales[code], fields_for(code), report, "people"
            )
    return people


# --- Pages -------------------------------------------------------------------------------


def stream(blocks, code, images):
    """Turn ``content.py`` blocks into StreamField raw data for language ``code``."""
    data = []
    for block_type, value in blocks:
        if block_type == "image":
            spec = c.IMAGES[value["image"]]
            value = {
                **value,
                "image": images[value["image"]].pk,
                "alt_text": value["alt_text"] or spec["alt"][code],
            }
        data.append({"type": block_type, "value": value})
    return data


def _publish(page):
    page.save_revision().publish()


def _apply(page, fields, m2m):
    for name, value in fields.items():
        setattr(page, name, value)
    for name, values in m2m.items():
        getattr(page, name).set(values)


def ensure_page(parent, model, key, fields, report, *, m2m=None):
    """Find the Korean original of ``key`` under ``parent`` or create and publish it."""
    locale = parent.locale if not parent.is_root() else Locale.objects.get(language_code=c.KO)
    page = model.objects.filter(translation_key=demo_key(key), locale=locale).first()
    if page is not None:
        report.count("pages", False)
        return page
    fields = dict(fields)
    slug = find_available_slug(parent, fields.pop("slug"))
    page = model(translation_key=demo_key(key), locale=locale, slug=slug, live=False)
    _apply(page, fields, m2m or {})
    parent.add_child(instance=page)
    _publish(page)
    report.count("pages", True)
    return page


def ensure_translation(source, locale, fields, report, *, m2m=None, note=TranslationNote.HUMAN):
    """Find ``source``'s translation into ``locale`` or create it with ``copy_for_translation``.

    The copy is filled with the translated texts, then a revision is saved and
    published.
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        report.count("pages", False)
        return existing.specific
    page = source.copy_for_translation(locale).specific
    fields = dict(fields)
    page.slug = find_available_slug(page.get_parent(), fields.pop("slug"), ignore_page_id=page.pk)
    page.translation_note = note
    _apply(page, fields, m2m or {})
    _publish(page)
    report.count("pages", True)
    return page


def _translations(source, spec, locales, report, fields_for, *, m2m_for=None):
    pages = {c.KO: source}
    notes = spec.get("translation_notes", {})
    for code in c.TRANSLATIONS:
        if code not in spec:
            continue
        pages[code] = ensure_translation(
            source,
            locales[code],
            fields_for(code),
            report,
            m2m=m2m_for(code) if m2m_for else None,
            note=notes.get(code, TranslationNote.HUMAN),
        )
    return pages


def ensure_home(locales, images, report):
    spec = c.HOME
    root = Page.get_first_root_node()
    hero = images[spec["hero_image"]]

    def fields_for(code):
        texts = spec[code]
        return {
            "title": texts["title"],
            "slug": texts["slug"],
            "intro": texts["intro"],
            "hero_image": hero,
            "hero_alt": c.IMAGES[spec["hero_image"]]["alt"][code],
            "body": stream(texts["body"], code, images),
        }

    # The demo's home page, or a Korean home page someone made before the demo.
    home = (
        HomePage.objects.filter(translation_key=demo_key(spec["key"]), locale=locales[c.KO]).first()
        or HomePage.objects.filter(locale=locales[c.KO], depth=2).first()
    )
    if home is None:
        home = ensure_page(root, HomePage, spec["key"], fields_for(c.KO), report)
    else:
        report.count("pages", False)
    return _translations(home, spec, locales, report, fields_for)


def ensure_site(home, report):
    """The default site: the demo's home page at ``SITE_URL``."""
    site, changed = sync_default_site(root_page=home)
    if not site.site_name:
        site.site_name = "Madang"
        site.save(update_fields=["site_name"])
        changed = True
    report.count("sites", changed)


def remove_welcome_page(report):
    """Delete Wagtail's "Welcome to your new Wagtail site!" page once nothing uses it.

    It is the only plain ``wagtailcore.Page`` that can sit under the root (the
    admin cannot create one).
    """
    plain_page = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=plain_page, numchild=0):
        if not Site.objects.filter(root_page=page).exists():
            page.delete()
            report.count("welcome pages removed", True)


def _simple_fields(texts, *names):
    return {name: texts[name] for name in ("title", "slug", *names)}


def ensure_standard_pages(homes, locales, images, report):
    pages = {}
    for spec in c.STANDARD_PAGES:

        def fields_for(code, spec=spec):
            texts = spec[code]
            return {
                **_simple_fields(texts, "intro"),
                "body": stream(texts["body"], code, images),
            }

        original = ensure_page(homes[c.KO], StandardPage, spec["key"], fields_for(c.KO), report)
        pages[spec["key"]] = _translations(original, spec, locales, report, fields_for)
    return pages


def _ensure_index(homes, locales, model, spec, report):
    def fields_for(code):
        return {**_simple_fields(spec[code], "intro"), "show_in_menus": True}

    original = ensure_page(homes[c.KO], model, spec["key"], fields_for(c.KO), report)
    return _translations(original, spec, locales, report, fields_for)


def ensure_research(homes, locales, images, report):
    """The research index in the menu and the seed's project under it."""
    from madang.research.models import ResearchProjectIndexPage, ResearchProjectPage

    indexes = _ensure_index(homes, locales, ResearchProjectIndexPage, c.RESEARCH_INDEX, report)
    spec, facts = c.RESEARCH, c.RESEARCH_FACTS

    def fields_for(code):
        texts = spec[code]
        return {
            **_simple_fields(texts, "intro"),
            "status": facts["status"],
            "body": stream(texts["body"], code, images),
            "partners": [
                {"type": "partner", "value": {"name": p[code][0], "role": p[code][1], "url": ""}}
                for p in facts["partners"]
            ],
            "outputs": [
                {
                    "type": "output",
                    "value": {
                        "title": o["title"][code],
                        "kind": o["kind"],
                        "year": o["year"],
                        "detail": o["detail"][code],
                        "url": o["url"],
                    },
                }
                for o in facts["outputs"]
            ],
        }

    original = ensure_page(
        indexes[c.KO], ResearchProjectPage, spec["key"], fields_for(c.KO), report
    )
    return _translations(original, spec, locales, report, fields_for)


def _set_views(pages, spec):
    for code, page in pages.items():
        views = spec["views"].get(code, 0)
        if page.alias_of_id is None and page.view_count == 0 and views:
            NewsPage.objects.filter(pk=page.pk).update(view_count=views)


def ensure_news(homes, locales, images, people, report):
    indexes = _ensure_index(homes, locales, NewsIndexPage, c.NEWS_INDEX, report)
    articles = {}
    for spec in c.NEWS:

        def fields_for(code, spec=spec):
            texts = spec[code]
            lead = spec["lead_image"]
            return {
                **_simple_fields(texts, "intro"),
                "date": spec["date"],
                "lead_image": images[lead] if lead else None,
                "lead_image_alt": c.IMAGES[lead]["alt"][code] if lead else "",
                "lead_image_caption": texts["caption"],
                "body": stream(texts["body"], code, images),
            }

        def m2m_for(code, spec=spec):
            return {
                "tags": spec["tags"][code],
                "authors": [people[key][code] for key in spec["authors"]],
            }

        created_before = report.created["pages"]
        original = ensure_page(
            indexes[c.KO], NewsPage, spec["key"], fields_for(c.KO), report, m2m=m2m_for(c.KO)
        )
        pages = _translations(original, spec, locales, report, fields_for, m2m_for=m2m_for)
        if report.created["pages"] > created_before:
            _set_views(pages, spec)
        articles[spec["key"]] = pages
    return indexes, articles


# --- Footer, settings, synchronisation, admin -------------------------------------------


def ensure_footer(locales, report):
    spec = c.FOOTER
    original = (
        FooterText.objects.filter(
            translation_key=demo_key(spec["key"]), locale=locales[c.KO]
        ).first()
        or FooterText.objects.filter(locale=locales[c.KO]).first()
    )
    if original is None:
        original = _ensure_snippet(
            FooterText, spec["key"], locales[c.KO], spec[c.KO], report, "footer texts"
        )
    else:
        report.count("footer texts", False)
    for code in c.TRANSLATIONS:
        _ensure_snippet_translation(original, locales[code], spec[code], report, "footer texts")


def ensure_site_settings(report):
    """Fill the contact details and social links that are still empty."""
    settings = SiteSettings.load()
    spec = c.SITE_SETTINGS
    changed = False
    for name in ("contact_email", "contact_phone"):
        if not getattr(settings, name):
            setattr(settings, name, spec[name])
            changed = True
    if not len(settings.social_links):
        settings.social_links = [{"type": "link", "value": link} for link in spec["social_links"]]
        changed = True
    if changed:
        settings.save()
    report.count("site settings", changed)


def ensure_locale_synchronization(locales, report):
    """Let Japanese and English follow the Korean tree.

    Korean pages without a translation (the members' notice now, organizers'
    future pages later) appear in the other trees as aliases.
    """
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import synchronize_tree

    aliases_before = Page.objects.filter(alias_of__isnull=False).count()
    for code in c.TRANSLATIONS:
        _sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locales[code], defaults={"sync_from": locales[c.KO]}
        )
        report.count("locale synchronizations", created)
    for code in c.TRANSLATIONS:
        synchronize_tree(locales[c.KO], locales[code])
    aliases = Page.objects.filter(alias_of__isnull=False).count() - aliases_before
    if aliases:
        report.created["aliases"] += aliases


def ensure_admin(report):
    """Create the ``admin`` superuser; reset its password only when asked to."""
    user_model = get_user_model()
    password = os.environ.get(ADMIN_PASSWORD_ENV)
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        password = password or DEFAULT_ADMIN_PASSWORD
        user_model.objects.create_superuser(ADMIN_USERNAME, ADMIN_EMAIL, password)
        report.count("admin users", True)
        report.admin_password = password
        return
    if password and not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
        report.count("admin users", True)
    else:
        report.count("admin users", False)
    if password:
        report.admin_password = password
    elif user.check_password(DEFAULT_ADMIN_PASSWORD):
        report.admin_password = DEFAULT_ADMIN_PASSWORD


def site_urls(homes):
    """The home pages' addresses at ``SITE_URL`` (``make run`` sets it from HOST and PORT)."""
    return [url for url in (homes[code].get_full_url() for code in c.LOCALES) if url]


# --- Entry point --------------------------------------------------------------------------


@contextmanager
def search_updates_paused():
    """Skip the per-save search index updates while the demo is built.

    Each save would otherwise queue (or, with the immediate task backend, run)
    an index update; ``build`` updates the whole index once at the end instead.
    """
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    disconnected = [m for m in models if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def build(*, update_index=True):
    """Create whatever part of the demo is missing and return a :class:`Report`."""
    report = Report()
    pause = search_updates_paused() if update_index else nullcontext()
    with pause, transaction.atomic():
        locales = ensure_locales(report)
        images = ensure_images(report)
        organizations = ensure_organizations(locales, report)
        people = ensure_people(locales, organizations, report)
        homes = ensure_home(locales, images, report)
        ensure_site(homes[c.KO], report)
        remove_welcome_page(report)
        ensure_standard_pages(homes, locales, images, report)
        ensure_news(homes, locales, images, people, report)
        ensure_research(homes, locales, images, report)
        context = DemoContext(
            homes=homes,
            locales=locales,
            images=images,
            organizations=organizations,
            people=people,
            report=report,
        )
        # Events and tours add their own demo content (the site package never
        # imports them): see events/demo.py and tours/demo.py.
        for add_demo_content in hooks.get_hooks("madang_load_demo"):
            add_demo_content(context)
        ensure_footer(locales, report)
        ensure_site_settings(report)
        ensure_locale_synchronization(locales, report)
        ensure_admin(report)
    report.site_urls = site_urls(homes)
    if update_index:
        call_command("update_index", verbosity=0)
    return report
