"""One public address, SITE_URL: every absolute link follows it, whichever server answered.

The test settings use https://madang.test; requests below reach the site as a
second app server would see them (another host and port), and the links they
produce still carry SITE_URL.
"""

import datetime
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

from madang.core.sites import sync_after_migrate
from madang.settings.address import parse_site_url
from tests.factories import NewsIndexPageFactory, NewsPageFactory

ROOT = Path(__file__).resolve().parents[2]
APP_SERVER = {"HTTP_HOST": "10.0.0.7:8001"}  # how a request reaches one app server


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://madang.example", ("https://madang.example", "madang.example", 443)),
        ("https://Madang.Example/", ("https://madang.example", "madang.example", 443)),
        ("http://127.0.0.1:8000", ("http://127.0.0.1:8000", "127.0.0.1", 8000)),
        ("http://madang.example:80", ("http://madang.example", "madang.example", 80)),
    ],
)
def test_a_site_url_is_normalised(value, expected):
    assert parse_site_url(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "SITE_URL is not set"),
        ("madang.example", "must start with https:// or http://"),
        ("ftp://madang.example", "must start with https:// or http://"),
        ("https://madang.example/ko/", "must be the bare address of the site"),
        ("https://madang.example:8443", "HTTPS is supported on port 443 only"),
        ("http://madang.example:http", "is not a valid address"),
    ],
)
def test_a_wrong_site_url_is_refused_with_what_is_wrong(value, message):
    with pytest.raises(ImproperlyConfigured, match=re.escape(message)):
        parse_site_url(value)


def start_production(**environment):
    """Import the production settings in a fresh interpreter; ``(exit status, stderr)``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "SITE_URL", "DATABASE_URL", "CACHE_URL", "MAIL_BACKEND"}
    }
    env.update(DJANGO_SETTINGS_MODULE="madang.settings.production", **environment)
    done = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT / "site",
        env={**env, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'site'}"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, done.stderr.strip().splitlines()[-1]


def test_production_refuses_to_start_without_site_url():
    status, error = start_production(
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://db/madang",
        CACHE_URL="redis://cache:6379/1",
        MAIL_BACKEND="anymail.backends.amazon_ses.EmailBackend",
    )
    assert status == 1
    assert error == (
        "django.core.exceptions.ImproperlyConfigured: Madang cannot start in production without "
        "SITE_URL (the site's public address, e.g. https://madang.example). "
        "See README.md, Deployment."
    )


def test_production_names_every_missing_setting_at_once():
    status, error = start_production()
    assert status == 1
    assert error == (
        "django.core.exceptions.ImproperlyConfigured: Madang cannot start in production without "
        "SECRET_KEY (a long random string that signs sessions and the links in mails); "
        "SITE_URL (the site's public address, e.g. https://madang.example); "
        "DATABASE_URL (the database, e.g. postgres://madang@db.internal:5432/madang); "
        "CACHE_URL (the cache shared by every app server, e.g. redis://cache.internal:6379/1); "
        "MAIL_BACKEND (the mail provider's backend, "
        "e.g. anymail.backends.amazon_ses.EmailBackend). "
        "See README.md, Deployment."
    )


@pytest.mark.django_db
def test_migrate_moves_the_default_site_to_site_url(home_pages, settings):
    settings.SITE_URL, settings.SITE_HOSTNAME, settings.SITE_PORT = parse_site_url(
        "https://co-op.example"
    )
    sync_after_migrate(sender=None)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "co-op.example",
        443,
        "https://co-op.example",
    )
    assert home_pages["ja"].get_full_url() == "https://co-op.example/ja/"


@pytest.fixture
def news_index(home_pages):
    home = home_pages["ko"]
    index = NewsIndexPageFactory(parent=home, locale=home.locale, title="소식", slug="news")
    NewsPageFactory(
        parent=index,
        locale=home.locale,
        title="총회",
        slug="assembly",
        date=datetime.date(2026, 5, 1),
    )
    return index


ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
def test_the_news_feed_links_to_site_url(client, news_index):
    feed = ET.fromstring(client.get("/ko/news/feed/", **APP_SERVER).content)

    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert links == [
        "https://madang.test/ko/news/",
        "https://madang.test/ko/news/feed/",
        "https://madang.test/ko/news/assembly/",
    ]
    assert [entry.findtext(f"{ATOM}id") for entry in feed.iter(f"{ATOM}entry")] == [
        "https://madang.test/ko/news/assembly/"
    ]


@pytest.mark.django_db
def test_the_sitemap_lists_pages_at_site_url(client, news_index):
    response = client.get("/sitemap.xml", **APP_SERVER)

    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locations = [loc.text for loc in ET.fromstring(response.content).iter(f"{namespace}loc")]
    assert sorted(set(locations)) == [
        "https://madang.test/en/",
        "https://madang.test/ja/",
        "https://madang.test/ko/",
        "https://madang.test/ko/news/",
        "https://madang.test/ko/news/assembly/",
    ]


@pytest.mark.django_db
def test_hreflang_links_are_at_site_url_on_pages_and_on_the_search_page(client, home_pages):
    for path in ("/ko/", "/ko/search/?q=%EC%A1%B0%ED%95%A9"):
        html = client.get(path, **APP_SERVER).text
        alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
        assert alternates, path
        assert [href.startswith("https://madang.test/") for _code, href in alternates] == [
            True
        ] * len(alternates)
