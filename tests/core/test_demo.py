"""``manage.py load_demo``: the demo site is complete, renders, and re-runs change nothing.

Building the demo takes a while: the ``demo`` fixture (tests/conftest.py) loads
it twice, once for every module that reads it, inside a transaction that is
rolled back after the last of them; each test runs in its own savepoint on top.
"""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from madang.core.demo.build import demo_key, pick, read_data
from madang.core.demo.housekeeping import DEFAULT_ADMIN_PASSWORD
from madang.core.models import FooterText, HomePage
from madang.people.models import Organization, Person
from tests.demo_snapshot import page_counts

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("demo"),
    pytest.mark.xdist_group("demo"),
]


def load_demo():
    """Run ``load_demo`` again (without indexing: the shared demo's first run did)."""
    out = StringIO()
    with translation.override("en"):
        call_command("load_demo", "--no-index", stdout=out)
    return out.getvalue()


def data_entries(section, model):
    """The entries of the demo data files' ``section`` (snippets, pages…) of ``model``."""
    return [e for data in read_data() for e in data.get(section, ()) if e["model"] == model]


def data_title(key, code):
    """A page's title in the demo data."""
    spec = next(
        e
        for e in data_entries("pages", "events.EventPage") + data_entries("pages", "tours.TourPage")
        if e["key"] == key
    )
    return pick(spec["fields"]["title"], code)


def page(key, code):
    return Page.objects.get(translation_key=demo_key(key), locale__language_code=code).specific


def test_second_run_creates_nothing(demo):
    assert demo.second == demo.first
    assert "Demo content: created nothing;" in demo.second_output
    assert "Demo content: created nothing;" not in demo.first_output


def test_page_counts_per_locale_and_type():
    counts = page_counts()

    translated = {"HomePage": 1, "StandardPage": 2, "NewsIndexPage": 1, "NewsPage": 4}
    translated |= {"ResearchProjectIndexPage": 1, "ResearchProjectPage": 1}
    translated |= {"EventIndexPage": 1, "EventPage": 4, "TourIndexPage": 1, "TourPage": 2}
    expected = Counter()
    for code in ("ko", "ja", "en"):
        for name, number in translated.items():
            expected[(code, name, False)] = number
    expected[("ko", "NewsPage", False)] += 1  # the Korean-only notice
    expected[("ja", "NewsPage", True)] = 1
    expected[("en", "NewsPage", True)] = 1
    assert counts == expected


def test_every_public_page_answers_in_every_language(client):
    pages = [p for p in Page.objects.live().public().specific() if p.url is not None]

    assert {p.locale.language_code for p in pages} == {"ko", "ja", "en"}
    failures = {p.url: client.get(p.url).status_code for p in pages}
    assert {url: status for url, status in failures.items() if status != 200} == {}


def test_home_page_replaces_the_welcome_page_and_has_translations():
    home = HomePage.objects.get(locale__language_code="ko")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("madang.test", 443, home.pk)
    assert home.title == "마당 Madang"
    assert Page.objects.filter(depth=2).count() == 3
    translations = {p.locale.language_code: p.title for p in home.get_translations()}
    assert translations == {"ja": "マダン Madang", "en": "Madang"}
    assert home.get_translation(Locale.objects.get(language_code="ja")).live is True


def test_translations_are_marked_and_point_to_the_original():
    busan_en = page("news-busan-forum-2025", "en")
    busan_ja = page("news-busan-forum-2025", "ja")
    event_en = page("event-busan-forum-2025", "en")
    original = page("news-busan-forum-2025", "ko")

    assert busan_en.translation_note == "machine"
    assert event_en.translation_note == "machine"
    assert busan_ja.translation_note == "human"
    assert original.translation_note == ""
    assert busan_en.original_page().pk == original.pk


def test_korean_only_notice_exists_in_other_languages_as_alias():
    notice = page("news-members-notice", "ko")
    aliases = Page.objects.filter(alias_of=notice).select_related("locale")

    assert sorted(a.locale.language_code for a in aliases) == ["en", "ja"]
    assert all(a.live for a in aliases)
    synced = {
        s.locale.language_code: s.sync_from.language_code
        for s in LocaleSynchronization.objects.select_related("locale", "sync_from")
    }
    assert synced == {"ja": "ko", "en": "ko"}


def test_news_has_tags_authors_and_view_counts():
    article = page("news-coops-30-years", "ja")
    tour_article = page("news-saitama-study-tour-2015", "ja")

    assert [p.name for p in article.authors.all()] == ["Milly"]
    assert article.authors.get().locale.language_code == "ja"
    assert tour_article in article.related_articles()
    # The Korean-only notice exists in Japanese only as a placeholder: not listed.
    assert [a.view_count for a in article.most_read()] == [195, 168, 54, 41]
    assert "視察研修" in tour_article.title
    assert tour_article.date.year == 2015


def test_search_words_exist_in_demo_content():
    assert page("tour-saitama-2015", "ja").title == "医療生協さいたま視察研修（2015年）"
    korean = " ".join(
        f"{p.title} {getattr(p, 'intro', '')}"
        for p in Page.objects.filter(locale__language_code="ko").specific()
    )
    assert "의료복지사회적협동조합" in korean


def test_upcoming_event_and_tour_exist():
    from events.models import EventPage
    from tours.models import TourPage

    ko = Locale.objects.get(language_code="ko")

    assert [e.title for e in EventPage.objects.upcoming_in_locale(ko.pk)] == [
        data_title("event-sample-seminar-2027", "ko")
    ]
    assert [t.title for t in TourPage.objects.upcoming_in_locale(ko.pk)] == [
        data_title("tour-sample-2027", "ko")
    ]


def test_snippets_are_translated():
    saitama = Organization.objects.get(
        translation_key=demo_key("org-medical-coop-saitama"), locale__language_code="ja"
    )
    tour = page("tour-saitama-2015", "ja")

    assert saitama.name == "医療生協さいたま"
    assert tour.host == saitama
    assert Organization.objects.filter(locale__language_code="ko").count() == len(
        data_entries("snippets", "people.Organization")
    )
    assert Person.objects.filter(locale__language_code="en").count() == len(
        data_entries("snippets", "people.Person")
    )
    assert FooterText.objects.filter(locale__language_code="ja").get().organization_name == (
        "マダン Madang"
    )


def test_admin_user_keeps_a_changed_password(demo, monkeypatch):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser is True
    assert f"password {DEFAULT_ADMIN_PASSWORD}" in demo.first_output
    assert f"password {DEFAULT_ADMIN_PASSWORD}" in demo.second_output
    admin.set_password("changed-by-editor")
    admin.save()

    load_demo()
    admin.refresh_from_db()
    assert admin.check_password("changed-by-editor") is True

    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "from-the-environment")
    output = load_demo()
    admin.refresh_from_db()
    assert admin.check_password("from-the-environment") is True
    assert "password from-the-environment" in output


def test_the_summary_is_in_the_readers_language_and_names_every_kind(demo):
    from madang.core.management.commands.load_demo import KINDS

    out = StringIO()
    with translation.override("ko"):
        call_command("load_demo", "--no-index", stdout=out)
        kinds = {str(label) for label in KINDS.values()}
    output = out.getvalue()

    assert {"host profiles", "places", "registrations"} <= set(KINDS)
    # Every kind is named in Korean; no English kind is left in the Korean summary.
    for english in KINDS:
        assert f"{english} " not in output
    assert any(kind in output for kind in kinds)


def test_demo_mails_go_only_to_reserved_example_addresses(demo):
    from madang.registrations.models import OutboxMail

    recipients = set(OutboxMail.objects.values_list("to", flat=True))

    assert recipients
    assert {address.rsplit("@", 1)[1] for address in recipients} == {"example.org"}
