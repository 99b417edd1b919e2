"""Build (or complete) the demo site from the demo data files.

The content is data: YAML files, one per area, that the installed apps name in
``AppConfig.demo_data`` and this builder reads in ``INSTALLED_APPS`` order (the
site package's, then events', then tours'); pictures an app draws with its own
code are named in ``AppConfig.demo_drawings``. The site package never imports
events or tours. The format is described in docs/testing.md ("Demo content").

Every object has a stable identity (pages, snippets and child rows a
``translation_key`` derived from their key in the data, images and documents
their title), so running the build again creates only what is missing; nothing
that exists is changed. Korean is the source language: each page and snippet is
created in Korean, then translated with ``copy_for_translation``.
"""

import uuid
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path

import yaml
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import models, transaction
from django.utils import translation
from django.utils.dateparse import parse_datetime
from django.utils.module_loading import import_string
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.utils.file import hash_filelike

from madang.core.models import TranslationNote
from madang.core.sites import sync_default_site
from madang.registrations import services
from madang.registrations.models import Registrable

from .housekeeping import ensure_admin, reference_updates_gathered, search_updates_paused
from .images import illustration_jpeg

DEMO_NAMESPACE = uuid.UUID("6d0c5a3e-2f4b-5c1d-9a7e-4d61616e6721")

#: Korean is the source language, Japanese and English its translations.
LANGUAGES = ("ko", "ja", "en")
SOURCE = LANGUAGES[0]


def demo_key(key):
    """The translation key shared by every language version of a demo object."""
    return uuid.uuid5(DEMO_NAMESPACE, key)


def sample_year():
    """The sample event and tour lie ahead for the home page's "next" lists to show
    something: 2027, or the year after the demo is loaded once 2027 has begun."""
    return max(2027, date.today().year + 1)


def data_files():
    """The demo data files the installed apps name, in ``INSTALLED_APPS`` order."""
    for config in apps.get_app_configs():
        for name in getattr(config, "demo_data", ()):
            yield Path(config.path) / name


#: libyaml's parser where PyYAML has it (seven times faster than the pure-Python one).
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data():
    """Every demo data file's content, in build order."""
    return [yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER) for path in data_files()]


def drawings():
    """Image drawing functions by name: the site's illustrations and the apps' own."""
    found = {"illustration": illustration_jpeg}
    for config in apps.get_app_configs():
        for name, path in getattr(config, "demo_drawings", {}).items():
            found[name] = import_string(path)
    return found


def pick(value, code, lookup=None):
    """``value`` in language ``code``: ``{ko: …, ja: …, en: …}`` dicts give their
    ``code`` entry, ``{"$marker": key}`` dicts what ``lookup`` finds, strings get
    the sample year."""
    if isinstance(value, dict):
        if value and value.keys() <= set(LANGUAGES):
            return pick(value[code], code, lookup)
        if len(value) == 1 and next(iter(value)).startswith("$") and lookup:
            ((marker, key),) = value.items()
            return lookup(marker, key, code)
        return {name: pick(item, code, lookup) for name, item in value.items()}
    if isinstance(value, list):
        return [pick(item, code, lookup) for item in value]
    if isinstance(value, str):
        return value.replace("{sample_year}", str(sample_year()))
    return value


def raw(value):
    """StreamField raw data: model instances become their primary keys."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, dict):
        return {name: raw(item) for name, item in value.items()}
    if isinstance(value, list):
        return [raw(item) for item in value]
    return value


@dataclass
class Report:
    created: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    admin_password: str | None = None
    site_urls: list = field(default_factory=list)

    def count(self, kind, created):
        (self.created if created else self.kept)[kind] += 1


def kind_of(model, *, plural=True):
    """How the report counts ``model``'s objects: its English (plural) name."""
    with translation.override("en"):
        return str(model._meta.verbose_name_plural if plural else model._meta.verbose_name)


class Builder:
    """Builds one run's data files; remembers what it found or made by key."""

    def __init__(self, report):
        self.report = report
        self.drawings = drawings()
        self.images, self.snippets, self.documents, self.pages = {}, {}, {}, {}
        self.locales = {}
        for code in LANGUAGES:
            self.locales[code], created = Locale.objects.get_or_create(language_code=code)
            report.count("locales", created)

    def build(self, data):
        for key, spec in data.get("images", {}).items():
            self.images[key] = self.ensure_image(spec)
        for spec in data.get("snippets", ()):
            self.snippets[spec["key"]] = self.ensure_snippet(spec)
        for spec in data.get("documents", ()):
            self.documents[spec["key"]] = {
                code: self.ensure_document(pick(spec, code)) for code in LANGUAGES
            }
        for spec in data.get("pages", ()):
            self.pages[spec["key"]] = self.ensure_page(spec)
        for spec in data.get("registrations", ()):
            self.ensure_registrations(pick(spec, SOURCE))
        for label, values in data.get("settings", {}).items():
            self.ensure_settings(apps.get_model(label), values)

    # --- Values ---------------------------------------------------------------------------

    def lookup(self, marker, key, code):
        if marker == "$key":  # a StreamField block id, the same in every language
            return str(demo_key(key))
        if marker == "$image":
            return self.images[key]
        if marker == "$snippet":
            return self.snippets[key][code]
        if marker == "$document":
            return self.documents[key][code]
        if marker == "$page":  # the live page in ``code``, or its original
            pages = Page.objects.live().filter(translation_key=demo_key(key))
            return pages.filter(locale=self.locales[code]).first() or pages.order_by("pk").first()
        raise ValueError(f"Unknown marker in the demo data: {marker}")

    def values(self, spec, code):
        return pick(spec["fields"], code, self.lookup)

    def apply(self, obj, values, *, original=True):
        """Set ``values`` on ``obj``: fields, many-to-many relations and child rows."""
        for name, value in values.items():
            model_field = obj._meta.get_field(name)
            if model_field.many_to_many:
                getattr(obj, name).set(value)
            elif model_field.one_to_many:
                self.apply_children(obj, name, model_field.related_model, value, original)
            elif isinstance(model_field, StreamField):
                setattr(obj, name, raw(value))
            elif isinstance(value, str) and not model_field.is_relation:
                setattr(obj, name, model_field.to_python(value))
            else:
                setattr(obj, name, value)

    def apply_children(self, obj, name, model, items, original):
        """Child rows (booths, questions…) keyed like pages: ``$key`` in the data.

        The original gets new rows; a translation gets the rows
        ``copy_for_translation`` copied, found by key and given its texts.
        """
        items = {demo_key(item["$key"]): item for item in items}
        if original:
            rows = []
            for n, (key, item) in enumerate(items.items()):
                row = model(translation_key=key, locale=obj.locale, sort_order=n)
                self.apply(row, {k: v for k, v in item.items() if k != "$key"})
                rows.append(row)
        else:
            rows = list(getattr(obj, name).all())
            for row in rows:
                if row.translation_key in items:
                    item = items[row.translation_key]
                    self.apply(row, {k: v for k, v in item.items() if k != "$key"})
        setattr(obj, name, rows)

    # --- Images, documents, snippets ------------------------------------------------------

    def ensure_file(self, model, kind, spec, make_data, **fields):
        """An image or a document, found by title; ``make_data()`` gives a new one's bytes."""
        obj = model.objects.filter(title=spec["title"]).first()
        self.report.count(kind, obj is None)
        if obj is None:
            data = make_data()
            obj = model(
                title=spec["title"],
                file=ContentFile(data, name=spec["filename"]),
                file_size=len(data),
                file_hash=hash_filelike(BytesIO(data)),
                **fields,
            )
            obj.save()
        return obj

    def ensure_image(self, spec):
        ((drawing, arguments),) = spec["draw"].items()
        return self.ensure_file(
            get_image_model(),
            "images",
            spec,
            lambda: self.drawings[drawing](**arguments),
            description=pick(spec["alt"], "en"),
        )

    def ensure_document(self, spec):
        return self.ensure_file(
            get_document_model(), "documents", spec, lambda: spec["text"].encode()
        )

    def ensure_snippet(self, spec):
        """``{code: snippet}``; ``adopt`` takes a Korean one someone made before the demo."""
        model, kind = apps.get_model(spec["model"]), kind_of(apps.get_model(spec["model"]))
        source = self.locales[SOURCE]
        original = model.objects.filter(
            translation_key=demo_key(spec["key"]), locale=source
        ).first()
        if original is None and spec.get("adopt"):
            original = model.objects.filter(locale=source).first()
        self.report.count(kind, original is None)
        if original is None:
            original = model(translation_key=demo_key(spec["key"]), locale=source)
            self.apply(original, self.values(spec, SOURCE))
            original.save()
        snippets = {SOURCE: original}
        for code in spec.get("languages", LANGUAGES)[1:]:
            snippet = original.get_translation_or_none(self.locales[code])
            self.report.count(kind, snippet is None)
            if snippet is None:
                snippet = original.copy_for_translation(self.locales[code])
                self.apply(snippet, self.values(spec, code), original=False)
                snippet.save()
            snippets[code] = snippet
        return snippets

    # --- Pages ----------------------------------------------------------------------------

    def ensure_page(self, spec):
        """``{code: page}``: the Korean original under its parent, and its translations.

        ``adopt`` takes a Korean page of the type someone made there before the
        demo; ``site_root`` makes the page the default site's root.
        """
        model = apps.get_model(spec["model"])
        source = self.locales[SOURCE]
        parent = (
            self.pages[spec["parent"]][SOURCE] if spec["parent"] else Page.get_first_root_node()
        )
        page = model.objects.filter(translation_key=demo_key(spec["key"]), locale=source).first()
        if page is None and spec.get("adopt"):
            page = model.objects.filter(locale=source, depth=parent.depth + 1).first()
        self.report.count("pages", page is None)
        if page is None:
            values = self.values(spec, SOURCE)
            slug = find_available_slug(parent, values.pop("slug"))
            page = model(
                translation_key=demo_key(spec["key"]), locale=source, slug=slug, live=False
            )
            self.apply(page, values)
            parent.add_child(instance=page)
            page.save_revision().publish()
        if spec.get("site_root"):
            self.ensure_site(page)
        pages = {SOURCE: page}
        for code in spec.get("languages", LANGUAGES)[1:]:
            pages[code] = self.ensure_translation(page, spec, code)
        return pages

    def ensure_translation(self, source, spec, code):
        existing = source.get_translation_or_none(self.locales[code])
        self.report.count("pages", existing is None)
        if existing is not None:
            return existing.specific
        page = source.copy_for_translation(self.locales[code]).specific
        values = self.values(spec, code)
        page.slug = find_available_slug(
            page.get_parent(), values.pop("slug"), ignore_page_id=page.pk
        )
        page.translation_note = spec.get("translation_notes", {}).get(code, TranslationNote.HUMAN)
        self.apply(page, values, original=False)
        page.save_revision().publish()
        return page

    def ensure_site(self, home):
        """The default site: the demo's home page at ``SITE_URL``; Wagtail's welcome
        page goes once nothing uses it."""
        site, changed = sync_default_site(root_page=home)
        if not site.site_name:
            site.site_name = "Madang"
            site.save(update_fields=["site_name"])
            changed = True
        self.report.count("sites", changed)
        plain_page = ContentType.objects.get_for_model(Page)
        for page in Page.objects.filter(depth=2, content_type=plain_page, numchild=0):
            if not Site.objects.filter(root_page=page).exists():
                page.delete()
                self.report.count("welcome pages removed", True)

    # --- Registrations and settings ----------------------------------------------------------

    def ensure_registrations(self, spec):
        """Demo delegates of a page, through the engine's services, once: nothing
        happens when the page has any registration. ``now`` is when they registered
        (by default now), ``arrived`` when those ``checked_in`` came to the desk."""
        page = self.pages[spec["page"]][SOURCE]
        registrable = Registrable.objects.filter(key=page.translation_key).first()
        if registrable is None or registrable.registrations.exists():
            self.report.count("registrations", False)
            return
        now, arrived = (
            parse_datetime(value) if isinstance(value, str) else value
            for value in (spec.get("now"), spec.get("arrived"))
        )
        activities = {row.key: row for row in registrable.activities.all()}

        def chosen(person):
            return [activities[demo_key(key)] for key in person.pop("activities", ())]

        def confirmed(registration, checked_in):
            registration = services.confirm_email(registration=registration, now=now)
            if spec.get("group"):
                registration.group = spec["group"]
                registration.save(update_fields=["group"])
            if checked_in:
                services.check_in(registrable=registrable, code=registration.code, now=arrived)
            self.report.count("registrations", True)

        for person in spec.get("delegates", ()):
            registration = services.register(
                registrable=registrable,
                data=person["data"],
                language=person["language"],
                answers=person.get("answers"),
                activities=chosen(person),
                sensitive_consent=person.get("sensitive_consent", False),
                now=now,
            )
            confirmed(registration, person.get("checked_in"))
        for delegation in spec.get("delegations", ()):
            members = [dict(member) for member in delegation["members"]]
            checked_in = [member.pop("checked_in", False) for member in members]
            for member in members:
                member["activities"] = chosen(member)
            _delegation, registrations = services.register_delegation(
                registrable=registrable,
                organization=delegation["organization"],
                members=members,
                language=delegation["language"],
                now=now,
            )
            for registration, arrived_too in zip(registrations, checked_in, strict=True):
                confirmed(registration, arrived_too)

    def ensure_settings(self, model, values):
        """Fill the settings that are still empty."""
        settings = model.load()
        empty = {name: value for name, value in values.items() if not getattr(settings, name)}
        if empty:
            self.apply(settings, empty)
            settings.save()
        self.report.count(kind_of(model, plural=False), bool(empty))


# --- Locale synchronisation ----------------------------------------------------------------


def ensure_locale_synchronization(locales, report):
    """Let Japanese and English follow the Korean tree.

    Korean pages without a translation (the members' notice now, organizers'
    future pages later) appear in the other trees as aliases.
    """
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import synchronize_tree

    aliases_before = Page.objects.filter(alias_of__isnull=False).count()
    for code in LANGUAGES[1:]:
        _sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locales[code], defaults={"sync_from": locales[SOURCE]}
        )
        report.count("locale synchronizations", created)
    for code in LANGUAGES[1:]:
        synchronize_tree(locales[SOURCE], locales[code])
    aliases = Page.objects.filter(alias_of__isnull=False).count() - aliases_before
    if aliases:
        report.created["aliases"] += aliases


# --- Entry point ----------------------------------------------------------------------------


def build(*, update_index=True):
    """Create whatever part of the demo is missing and return a :class:`Report`."""
    report = Report()
    pause = search_updates_paused() if update_index else nullcontext()
    with pause, transaction.atomic(), reference_updates_gathered():
        builder = Builder(report)
        for data in read_data():
            builder.build(data)
        ensure_locale_synchronization(builder.locales, report)
        ensure_admin(report)
    homes = builder.pages["home"]
    report.site_urls = [url for url in (homes[code].get_full_url() for code in LANGUAGES) if url]
    if update_index:
        call_command("update_index", verbosity=0)
    return report
