"""Abandoned drafts give their slugs back; published pages and fresh drafts keep theirs."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Page

from madang.core.drafts import free_abandoned_draft_slugs
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def draft(parent, slug, *, edited):
    """A never-published page whose autosave last wrote at ``edited``."""
    page = StandardPageFactory(parent=parent, locale=parent.locale, slug=slug, live=False)
    page.save_revision(clean=False)
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=edited)
    return page


def slug_of(page):
    return Page.objects.get(pk=page.pk).slug


def test_a_draft_left_for_two_weeks_gives_its_slug_back(home_pages, settings):
    settings.ABANDONED_DRAFT_DAYS = 14
    now = timezone.now()
    home = home_pages["ko"]
    old = draft(home, "총회", edited=now - 15 * DAY)
    fresh = draft(home, "fresh", edited=now - 13 * DAY)
    published = StandardPageFactory(parent=home, locale=home.locale, slug="about")
    Page.objects.filter(pk=published.pk).update(latest_revision_created_at=now - 99 * DAY)

    renamed = free_abandoned_draft_slugs(now=now)

    assert (renamed, slug_of(old), slug_of(fresh), slug_of(published)) == (
        1,
        f"총회-draft-{old.pk}",
        "fresh",
        "about",
    )
    assert Page.objects.get(pk=old.pk).url_path == f"{home.url_path}총회-draft-{old.pk}/"
    assert free_abandoned_draft_slugs(now=now) == 0


def test_the_freed_slug_can_be_used_by_a_new_page(home_pages):
    home = home_pages["ko"]
    draft(home, "assembly", edited=timezone.now() - 30 * DAY)
    free_abandoned_draft_slugs()

    page = StandardPageFactory(parent=home, locale=home.locale, slug="assembly")

    assert page.full_clean() is None


def test_housekeeping_frees_the_slugs(home_pages):
    page = draft(home_pages["ko"], "left", edited=timezone.now() - 30 * DAY)
    out = io.StringIO()

    with translation.override("en"):
        call_command("housekeeping", stdout=out)

    assert (
        "abandoned drafts whose slugs were freed: 1;" in out.getvalue(),
        slug_of(page),
    ) == (
        True,
        f"left-draft-{page.pk}",
    )
