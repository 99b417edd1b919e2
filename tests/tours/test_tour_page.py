"""The tour page for visitors: details, host, itinerary timeline, report and links.

Query counts are those of rendering the page (the first visitor after a
change); from then on the page comes whole from the page cache.
"""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from events.models import EventIndexPage, EventPage
from madang.news.models import NewsIndexPage
from tests.events.factories import EventIndexPageFactory
from tests.factories import NewsIndexPageFactory, NewsPageFactory, translate_page
from tests.helpers import warm_count
from tests.tours.factories import make_places, make_tour, stop_ids
from tours.itinerary import build_itinerary
from tours.models import TourPage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20
PAST = datetime.date(2015, 7, 8)


def html(response):
    return response.content.decode()


def report_value(images):
    return [
        {"type": "heading", "value": {"text": "사흘 동안 본 것", "level": "h2"}},
        {"type": "paragraph", "value": "<p>병원과 진료소를 둘러봤습니다.</p>"},
        *[
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": f"사진 {n}",
                    "caption": f"공원 체조 {n}",
                    "credit": "마당",
                },
            }
            for n, image in enumerate(images)
        ],
        {
            "type": "quote",
            "value": {
                "text": "사람을 배우고 왔습니다.",
                "attribution": "방문단원",
                "role": "설립 준비 모임",
            },
        },
    ]


def links(tour_index):
    """A news article and an event, to be chosen as related news and what came next."""
    home = tour_index.get_parent().specific
    news = NewsIndexPage.objects.child_of(home).first() or NewsIndexPageFactory(
        parent=home, locale=home.locale, slug="news"
    )
    article = NewsPageFactory(
        parent=news,
        locale=home.locale,
        title="사이타마 연수 소식",
        slug=f"saitama-news-{news.get_children_count() or ''}".rstrip("-"),
        date=datetime.date(2015, 7, 24),
    )
    events = EventIndexPage.objects.child_of(home).first() or EventIndexPageFactory(
        parent=home, locale=home.locale
    )
    start = datetime.datetime(2015, 10, 27, 0, 30, tzinfo=datetime.UTC)
    event = EventPage(
        title="APHCO 총회",
        slug=f"aphco-{events.get_children_count() or ''}".rstrip("-"),
        locale=home.locale,
        kind="assembly",
        start=start,
        end=start + datetime.timedelta(hours=8),
        time_zone="Asia/Seoul",
        city="서울",
        country="KR",
    )
    events.add_child(instance=event)
    return article, event


def full_tour(tour_index, *, first_date=PAST, **kwargs):
    """A tour with everything filled in, including a report with two photos."""
    images = [Image.objects.create(title=f"사진 {n}", file=get_test_image_file()) for n in range(2)]
    article, event = links(tour_index)
    meeting = make_places(1, locale=tour_index.locale)[0]
    return make_tour(
        tour_index,
        first_date=first_date,
        themes=["governance", "members"],
        audience="안산과 시흥의 의사와 이사",
        goals=[
            {"type": "goal", "value": "합병의 역사 배우기"},
            {"type": "goal", "value": "병원과 진료소 둘러보기"},
            {"type": "goal", "value": "조합원 활동 배우기"},
        ],
        meeting_place=meeting,
        meeting_point="도착 로비",
        meeting_time=datetime.time(12, 30),
        languages=["ko", "ja"],
        interpretation="한국어–일본어 통역",
        fee="3만 원",
        fee_covers=["transport", "meals"],
        fee_notes="항공권은 각자 준비합니다.",
        visiting_rules="병실에서는 목소리를 낮춰 주세요.",
        photo_policy="환자 사진은 찍지 않습니다.",
        what_to_bring="편한 신발",
        contact_name="연수 담당",
        contact_email="tours@example.org",
        contact_phone="02 000 0000",
        body=[{"type": "paragraph", "value": "<p>연수의 배경</p>"}],
        report=report_value(images),
        related_news=[{"type": "article", "value": article.pk}],
        follow_ups=[{"type": "event", "value": event.pk}],
        **kwargs,
    )


def cold_sections_count(client, page, show_report=True):
    """Queries of rendering the page (not from the page cache), other caches warm."""
    return warm_count(client, page.url)


# Details -----------------------------------------------------------------------


def test_tour_page_shows_its_details(client, tour_index):
    page = full_tour(tour_index)

    content = html(client.get(page.url))
    with translation.override("ko"):
        themes, governance = gettext("Themes"), gettext("Mergers and governance")
        transport, meals = gettext("Local transport"), gettext("Meals")

    assert "<h1>의료생협 사이타마 연수 방문</h1>" in content
    assert f'<ul class="tour-themes" aria-label="{themes}"><li>{governance}</li>' in content
    assert '<time datetime="2015-07-08">' in content and '<time datetime="2015-07-10">' in content
    assert '<p class="tour-audience">안산과 시흥의 의사와 이사</p>' in content
    assert re.findall(r'<li class="tour-goal">(.*?)</li>', content) == [
        "합병의 역사 배우기",
        "병원과 진료소 둘러보기",
        "조합원 활동 배우기",
    ]
    assert '<time datetime="2015-07-08T12:30:00+09:00">' in content
    assert "장소 1" in content and "도착 로비" in content
    assert '<span lang="ko">한국어</span>, <span lang="ja">日本語</span>' in content
    assert "한국어–일본어 통역" in content
    assert "3만 원" in content
    assert f'<ul class="inline-list tour-covers"><li>{transport}</li><li>{meals}</li></ul>' in (
        content
    )
    assert "병실에서는 목소리를 낮춰 주세요." in content
    assert "환자 사진은 찍지 않습니다." in content
    assert "편한 신발" in content
    assert '<a href="mailto:tours@example.org">' in content
    assert '<a href="tel:020000000">02 000 0000</a>' in content


def test_host_cooperative_and_its_profile(client, tour_index):
    page = full_tour(tour_index)

    content = html(client.get(page.url))
    with translation.override("ko"):
        heading = gettext("About the host: %(name)s") % {"name": "医療生協さいたま"}
        members = gettext("%(count)s (in %(year)s)") % {"count": "250,000", "year": 2015}

    assert f'<h2 id="host-heading">{heading}</h2>' in content
    assert '<a href="https://example.org/saitama">医療生協さいたま</a>' in content
    assert (
        '<ul class="tour-host__runs"><li>병원 2곳</li><li>진료소 20곳</li><li>돌봄 시설</li></ul>'
    ) in content
    assert f"<dd>{members}</dd>" in content
    assert "<dd>1992</dd>" in content


def test_tour_without_host_fee_or_notes_shows_what_there_is(client, tour_index):
    page = make_tour(tour_index, with_profile=False, hosts=0, places=0, days=1, stops_per_day=1)
    page.host = None
    page.save_revision().publish()

    content = html(client.get(page.url))

    assert "host-heading" not in content
    with translation.override("ko"):
        assert re.search(r"<dd>\s*" + gettext("Free"), content)
    assert 'id="practical-notes"' not in content


# Itinerary ---------------------------------------------------------------------


def test_itinerary_is_a_timeline_of_days_and_stops_in_order(client, tour_index):
    page = make_tour(tour_index, days=2, stops_per_day=3, optional={(1, 2)})
    ids = stop_ids(page)

    content = html(client.get(page.url))

    assert re.findall(r'<section class="tour-day" id="day-(\d+)"', content) == ["1", "2"]
    assert re.findall(r'<li class="stop [^"]*" id="stop-([^"]+)"', content) == ids
    assert re.findall(r'<h4 class="stop__title">(.*?)</h4>', content) == [
        "의료생협의 역사 강의 (1-1)",
        "병원 견학: 수술실, 병실, 조리실 (1-2)",
        "점심 (1-3)",
        "진료소에서 가정의 교류 (2-1)",
        "버스로 이동 (2-2)",
        "공원 체조 모임 참여 (2-3)",
    ]
    assert re.findall(r'class="stop stop--(\w+)( stop--optional)?"', content)[-1] == (
        "members",
        " stop--optional",
    )
    assert f'href="{page.url}days/1/calendar/"' in content
    assert f'href="{page.url}days/2/calendar/"' in content
    assert f'href="{page.url}calendar/"' in content


def test_stops_show_place_hosts_and_interpretation(client, tour_index):
    page = make_tour(tour_index, days=1, stops_per_day=2)

    content = html(client.get(page.url))
    first, second = re.findall(
        r'<li class="stop .*?</li>\s*(?=<li class="stop|</ol>)', content, re.S
    )

    assert '<span class="stop__place-name">장소 1</span>' in first
    assert '<span class="stop__address">埼玉県さいたま市 1</span>' in first
    assert 'href="https://www.openstreetmap.org/?q=place-1"' in first
    assert "김민준" in first and "(광주광역시)" in first
    with translation.override("ko"):
        interpretation = gettext("Interpretation arranged")
    assert interpretation in first
    assert "장소 2</span>, 2층 회의실" in second
    assert interpretation not in second


def test_times_are_in_the_tour_time_zone(client, tour_index):
    page = make_tour(tour_index, days=1, stops_per_day=1, time_zone="Asia/Tokyo")

    content = html(client.get(page.url))

    assert '<time datetime="2030-05-17T09:00:00+09:00">09:00</time>' in content
    with translation.override("ko"):
        assert gettext("Times are local times (%(zone)s).") % {"zone": "일본 표준시"} in content


def test_itinerary_gives_stable_ids_and_optional_stops(tour_index):
    page = make_tour(tour_index, days=2, stops_per_day=3, optional={(0, 1), (1, 0)})
    itinerary = build_itinerary(page)
    ids = [stop.id for stop in itinerary.stops]

    assert [stop.id for stop in itinerary.optional_stops] == [ids[1], ids[3]]
    assert itinerary.stop_ids_for([ids[3], "unknown"]) == [ids[0], ids[2], ids[3], ids[4], ids[5]]
    assert itinerary.stop(ids[4]).title == "버스로 이동 (2-2)"
    assert [day.number for day in itinerary.days] == [1, 2]
    assert itinerary.day(3) is None
    assert stop_ids(TourPage.objects.get(pk=page.pk)) == ids


def test_stop_ids_are_the_same_in_a_translation(tour_index, home_pages):
    page = make_tour(tour_index, days=2, stops_per_day=2)
    translate_page(tour_index, "ja", slug="tours")
    translation = translate_page(page, "ja", title="視察研修")

    assert stop_ids(translation) == stop_ids(page)


# Report and links --------------------------------------------------------------


def test_report_and_what_came_next_are_shown_after_the_tour(client, tour_index):
    page = full_tour(tour_index)

    content = html(client.get(page.url))

    assert '<section class="tour-report" id="report"' in content
    with translation.override("ko"):
        assert f'<a href="#report">{gettext("Report")}</a>' in content
    assert "병원과 진료소를 둘러봤습니다." in content
    assert re.findall(r"<figcaption>(공원 체조 \d)", content) == ["공원 체조 0", "공원 체조 1"]
    assert "<cite>방문단원</cite>" in content
    assert '<a href="/ko/events/aphco/">APHCO 총회</a>' in content
    assert '<time class="tour-links__date" datetime="2015-10-27T09:30:00+09:00">' in content
    assert '<a href="/ko/news/saitama-news/">사이타마 연수 소식</a>' in content


def test_no_report_before_the_tour_ends(client, tour_index):
    page = full_tour(tour_index, first_date=datetime.date(2030, 5, 17))

    content = html(client.get(page.url))

    assert 'id="report"' not in content
    assert "병원과 진료소를 둘러봤습니다." not in content
    # Related news is shown before the tour too (an announcement, say).
    assert "사이타마 연수 소식" in content


def test_a_past_tour_without_a_report_says_one_will_follow(client, tour_index):
    page = make_tour(tour_index, first_date=PAST, days=1, stops_per_day=1)

    content = html(client.get(page.url))

    with translation.override("ko"):
        assert gettext("The report of this tour will be published here.") in content


def test_preview_shows_a_draft_report_before_the_tour_ends(tour_index):
    page = make_tour(tour_index, days=1, stops_per_day=1)
    page.report = [{"type": "paragraph", "value": "<p>초안 보고</p>"}]
    page.save_revision()

    response = page.make_preview_request()

    assert response.status_code == 200
    assert "초안 보고" in response.render().content.decode()


def test_related_pages_are_shown_in_the_page_language(client, tour_index, home_pages):
    page = full_tour(tour_index)
    article = page.related_news[0].value
    ja_news = translate_page(article.get_parent(), "ja", slug="news")
    ja_article = translate_page(article, "ja", title="さいたま視察の記事", slug="saitama-ja")
    translate_page(tour_index, "ja", slug="tours")
    translation = translate_page(page, "ja", title="視察研修")

    assert ja_news.live is True
    assert translation.related_pages("related_news") == [ja_article]
    # Not translated: the event chosen in Korean.
    assert [p.pk for p in translation.related_pages("follow_ups")] == [page.follow_ups[0].value.pk]


def test_related_pages_keep_the_chosen_order_and_skip_drafts(tour_index):
    page = full_tour(tour_index)
    first = page.related_news[0].value
    second = NewsPageFactory(
        parent=first.get_parent(), locale=first.locale, title="둘째", date=PAST
    )
    draft = NewsPageFactory(
        parent=first.get_parent(), locale=first.locale, title="초안", date=PAST, live=False
    )
    page.related_news = [
        {"type": "article", "value": second.pk},
        {"type": "article", "value": draft.pk},
        {"type": "article", "value": first.pk},
    ]

    assert [p.title for p in page.related_pages("related_news")] == ["둘째", first.title]


# Caching and query counts --------------------------------------------------------


def test_itinerary_and_report_render_in_a_fixed_number_of_queries(client, tour_index):
    small = full_tour(tour_index, days=2, stops_per_day=4, hosts=4)
    large = full_tour(tour_index, days=20, stops_per_day=8, hosts=30, places=12)

    assert (len(stop_ids(small)), len(stop_ids(large))) == (8, 160)
    counts = (cold_sections_count(client, small), cold_sections_count(client, large))
    # The specific page (with host, profile and meeting place); the itinerary's
    # places, people and their organizations; the report's images (their
    # renditions are in Wagtail's cache after the first visit); the related
    # news and events.
    # Besides, site-wide: the site and the route, the view-restriction checks,
    # the menu, footer, settings, feed and language links.
    assert counts == (20, 20)
    assert max(counts) <= MAX_QUERIES


def test_sections_are_cached_until_the_next_publish(client, tour_index):
    page = make_tour(tour_index, days=1, stops_per_day=2)
    assert "의료생협의 역사 강의 (1-1)" in html(client.get(page.url))

    itinerary = page.itinerary.raw_data
    itinerary[0]["value"]["stops"][0]["value"]["title"] = "새 제목"
    page.itinerary = itinerary
    page.save_revision().publish()

    content = html(client.get(page.url))
    assert ("새 제목" in content, "의료생협의 역사 강의 (1-1)" in content) == (True, False)


def test_tour_page_model_selects_host_profile_and_meeting_place():
    assert TourPage.serve_select_related == ["host", "host__tour_host_profile", "meeting_place"]


# Translation ----------------------------------------------------------------------


def test_texts_are_translated_and_times_dates_and_choices_synchronized(tour_index):
    from wagtail_localize.fields import (
        SynchronizedField,
        TranslatableField,
        get_translatable_fields,
    )

    fields = {f.field_name: type(f) for f in get_translatable_fields(TourPage)}

    translatable = ["title", "intro", "audience", "goals", "itinerary", "report", "city"]
    translatable += ["meeting_point", "interpretation", "fee", "visiting_rules", "host"]
    synchronized = ["start_date", "end_date", "time_zone", "country", "themes", "languages"]
    synchronized += ["fee_covers", "meeting_time", "contact_email", "contact_phone"]
    assert {name: fields[name] for name in translatable} == dict.fromkeys(
        translatable, TranslatableField
    )
    assert {name: fields[name] for name in synchronized} == dict.fromkeys(
        synchronized, SynchronizedField
    )


def test_itinerary_segments_hold_texts_and_chosen_snippets_not_times(tour_index):
    from wagtail_localize.segments import OverridableSegmentValue, RelatedObjectSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    page = make_tour(tour_index, days=1, stops_per_day=1, hosts=1, places=1)
    [day_id] = [day.id for day in build_itinerary(page).days]
    [stop_id] = stop_ids(page)
    [host_item] = page.itinerary[0].value["stops"].bound_blocks[0].value["hosts"].bound_blocks
    stop = f"itinerary.{day_id}.stops.{stop_id}"

    segments = {s.path: type(s) for s in extract_segments(page) if s.path.startswith("itinerary")}
    overridable = {s.path for s in extract_segments(page) if type(s) is OverridableSegmentValue}

    assert {path.removeprefix(stop) for path in segments if path.startswith(stop)} == {
        ".title",
        ".place",
        ".description",
        f".hosts.{host_item.id}",
    }
    assert segments[f"{stop}.place"] is RelatedObjectSegmentValue
    assert f"itinerary.{day_id}.title" in segments
    assert "time_zone" not in overridable and "country" not in overridable
