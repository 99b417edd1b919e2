"""Pages an editor scheduled go live and expire when their time comes: housekeeping runs
Wagtail's scheduled publishing (nothing else in the deployment does)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Page, Revision

from madang.core.models import SiteSettings
from madang.core.pagecache import HIT_HEADER
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

MINUTE = datetime.timedelta(minutes=1)


def housekeeping():
    out = io.StringIO()
    with translation.override("en"):
        call_command("housekeeping", stdout=out)
    return out.getvalue()


def test_a_page_whose_expiry_has_passed_is_unpublished_at_once_for_every_visitor(
    client, home_pages
):
    SiteSettings.load()  # made on the first visit otherwise (a change of settings)
    home = home_pages["ko"]
    page = StandardPageFactory(parent=home, locale=home.locale, slug="notice")
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - MINUTE)
    assert [client.get("/ko/notice/")[HIT_HEADER] for _ in range(2)] == ["miss", "hit"]

    out = housekeeping()

    page.refresh_from_db()
    assert (page.live, page.expired, client.get("/ko/notice/").status_code) == (False, True, 404)
    assert "pages published or unpublished on schedule: 1" in out


def test_a_revision_scheduled_to_go_live_is_published_when_its_time_has_come(home_pages):
    home = home_pages["ko"]
    page = StandardPageFactory(parent=home, locale=home.locale, slug="later", live=False)
    page.go_live_at = timezone.now() + MINUTE
    revision = page.save_revision()
    revision.publish()  # scheduled: the page stays a draft until then
    # ... and that time has come.
    past = timezone.now() - MINUTE
    revision = Revision.objects.get(pk=revision.pk)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()

    out = housekeeping()

    assert (Page.objects.get(pk=page.pk).live, "on schedule: 1" in out) == (True, True)
