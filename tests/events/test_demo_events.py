"""The demo's events: agendas, people and booths in Korean, Japanese and English.

The demo is loaded once for every module that reads it (the ``demo`` fixture
in tests/conftest.py), inside a transaction rolled back after them.
"""

from collections import Counter

import pytest
from wagtail.models import Page

from events.agenda import build_agenda
from events.models import EventPage
from madang.core.demo.build import demo_key

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("demo"),
    pytest.mark.xdist_group("demo"),
]

LANGUAGES = ("ko", "ja", "en")
GWANGJU = "event-gwangju-conference-2026"
BUSAN = "event-busan-forum-2025"
APHCO = "event-aphco-assembly-2015"
SAMPLE = "event-sample-seminar-2027"


def event(key, code):
    return EventPage.objects.get(translation_key=demo_key(key), locale__language_code=code)


def agendas(key):
    return {code: build_agenda(event(key, code)) for code in LANGUAGES}


def test_gwangju_conference_exists_in_three_languages():
    pages = {code: event(GWANGJU, code) for code in LANGUAGES}

    assert {code: page.live for code, page in pages.items()} == {
        "ko": True,
        "ja": True,
        "en": True,
    }
    assert {code: page.url for code, page in pages.items()} == {
        code: f"/{code}/events/gwangju-national-conference-2026/" for code in LANGUAGES
    }
    assert pages["ko"].venue == "김대중컨벤션센터"
    assert pages["ko"].venue_floor == "4층"
    assert pages["en"].venue_hall == "Convention Hall"
    assert pages["ja"].host.name == "光州広域市"
    assert [o.name for o in pages["en"].organizers.all()] == ["Gwangju Metropolitan City"]
    assert pages["ko"].expected_participants == 700
    assert pages["ko"].fee == ""
    assert pages["ko"].registration_url == ""
    assert pages["ko"].take_registrations is True
    assert pages["ko"].registration_deadline.isoformat() == "2026-02-26T14:59:00+00:00"


def test_gwangju_agenda_has_part_1_and_four_tracks_of_four_cases():
    agenda = agendas(GWANGJU)["ko"]

    assert len(agenda.days) == 1
    assert agenda.days[0].date.isoformat() == "2026-02-27"
    assert [(part.title, part.room, len(part.sessions)) for part in agenda.days[0].parts] == [
        ("1부: 기념식과 기조강연", "컨벤션홀", 3),
        ("2부 · 1분과: 의료 기반 돌봄", "제1분과장", 4),
        ("2부 · 2분과: 일상생활 돌봄", "제2분과장", 4),
        ("2부 · 3분과: 현장의 협력", "제3분과장", 4),
        ("2부 · 4분과: 자치구와 대학, 품질과 인력", "제4분과장", 4),
    ]
    assert Counter(s.kind for s in agenda.sessions) == {
        "ceremony": 1,
        "keynote": 1,
        "break": 1,
        "case": 16,
    }
    assert len(agenda.people) == 21
    assert all(s.languages == ["ko"] for s in agenda.sessions if s.kind != "break")


def test_gwangju_keynote_is_kim_yongik_with_interpretation():
    for code, agenda in agendas(GWANGJU).items():
        (keynote,) = [s for s in agenda.sessions if s.kind == "keynote"]
        (entry,) = keynote.people

        assert (entry.person.name, entry.role) == ("김용익", "keynote")
        assert entry.person.translation_key == demo_key("person-kim-yongik")
        assert entry.person.locale.language_code == code
        assert (keynote.start.isoformat(), keynote.end.isoformat()) == (
            "2026-02-27T14:30:00+09:00",
            "2026-02-27T15:20:00+09:00",
        )
        assert keynote.interpretation is True
    assert agendas(GWANGJU)["en"].sessions[1].title == "Care: the community takes centre stage"
    assert (
        agendas(GWANGJU)["ja"].sessions[1].interpretation_channels == "1ch 日本語、2ch 英語（デモ）"
    )


def test_every_case_has_a_presenter_and_the_tracks_chair():
    agenda = agendas(GWANGJU)["en"]

    for part in agenda.days[0].parts[1:]:
        chairs = {p.person.pk for s in part.sessions for p in s.people if p.role == "moderator"}
        presenters = [p.person for s in part.sessions for p in s.people if p.role == "speaker"]
        assert len(chairs) == 1
        assert len({p.pk for p in presenters}) == 4
        assert all(p.locale.language_code == "en" for p in presenters)
        assert all("fictional person" in p.bio for p in presenters)


@pytest.mark.parametrize("key", [GWANGJU, BUSAN, APHCO, SAMPLE])
def test_session_ids_are_the_same_in_every_language(key):
    by_language = agendas(key)
    ids = {code: [s.id for s in agenda.sessions] for code, agenda in by_language.items()}
    day_ids = {code: [d.id for d in agenda.days] for code, agenda in by_language.items()}

    assert len(set(ids["ko"])) == len(ids["ko"])
    assert ids["ja"] == ids["ko"]
    assert ids["en"] == ids["ko"]
    assert day_ids["ja"] == day_ids["en"] == day_ids["ko"]


def test_session_ids_are_derived_from_demo_keys():
    agenda = agendas(GWANGJU)["ko"]

    assert agenda.sessions[1].id == str(demo_key(f"{GWANGJU}/day-1/part-1/keynote"))


def test_gwangju_has_13_translated_booths_on_the_floor_map():
    booths = {
        code: list(event(GWANGJU, code).booths.select_related("organization", "locale"))
        for code in LANGUAGES
    }
    numbers = [f"A-{n:02d}" for n in range(1, 14)]

    for code, items in booths.items():
        assert sorted(b.number for b in items) == numbers
        assert {b.locale.language_code for b in items} == {code}
        assert {b.organization.locale_id for b in items} == {items[0].locale_id}
        assert all(0 < b.map_x < 100 and 0 < b.map_y < 100 for b in items)
    keys = {code: sorted(str(b.translation_key) for b in items) for code, items in booths.items()}
    assert keys["ja"] == keys["en"] == keys["ko"]
    first = {code: min(items, key=lambda b: b.number) for code, items in booths.items()}
    assert {code: b.organization.name for code, b in first.items()} == {
        "ko": "광주광역시",
        "ja": "光州広域市",
        "en": "Gwangju Metropolitan City",
    }
    assert Counter(b.category for b in booths["ko"]) == {
        "public": 6,
        "care": 2,
        "health": 2,
        "education": 1,
        "cooperative": 1,
        "other": 1,
    }
    maps = {event(GWANGJU, code).floor_map_id for code in LANGUAGES}
    assert len(maps) == 1 and None not in maps


def test_busan_panel_has_one_moderator_and_four_panelists():
    for code, agenda in agendas(BUSAN).items():
        (panel,) = [s for s in agenda.sessions if s.kind == "panel"]

        assert Counter(p.role for p in panel.people) == {"moderator": 1, "panelist": 4}
        assert [p.person.name for p in panel.people] == [
            "한지나",
            "김태석",
            "강숙경",
            "안여현",
            "장지현",
        ]
        assert {p.person.locale.language_code for p in panel.people} == {code}
    ko = agendas(BUSAN)["ko"]
    assert [(s.kind, [p.person.name for p in s.people]) for s in ko.sessions[:3]] == [
        ("ceremony", []),
        ("keynote", ["권현정"]),
        ("case", ["이진선"]),
    ]
    assert ko.sessions[0].start.isoformat() == "2025-11-03T13:30:00+09:00"
    assert event(BUSAN, "ko").expected_participants == 400
    assert event(BUSAN, "ko").venue_hall == "대강당"


def test_busan_keynote_materials_are_published_in_each_language():
    titles = {}
    for code, agenda in agendas(BUSAN).items():
        (keynote,) = [s for s in agenda.sessions if s.kind == "keynote"]
        titles[code] = [d.title for d in keynote.materials]

    assert titles == {
        "ko": ["기조강연 요약: 우리 구·군만의 부산형 통합돌봄 (데모 자료)"],
        "ja": ["基調講演の要約：区・郡ごとの釜山型統合ケア（デモ資料）"],
        "en": ["Keynote summary: Busan-type integrated care for each district (demo material)"],
    }


def test_aphco_assembly_and_sample_seminar_have_short_agendas():
    aphco = agendas(APHCO)["en"]
    sample = agendas(SAMPLE)["ko"]

    assert [d.date.isoformat() for d in aphco.days] == ["2015-10-27", "2015-10-28"]
    assert [s.kind for s in aphco.sessions] == [
        "ceremony",
        "talk",
        "break",
        "talk",
        "other",
        "visit",
        "break",
        "other",
        "ceremony",
    ]
    assert aphco.days[0].title == "Day 1 (placeholder schedule)"
    assert len(sample.days) == 1
    assert [s.kind for s in sample.sessions] == ["ceremony", "talk", "break", "panel", "ceremony"]


def test_gwangju_programme_document_lists_the_agenda():
    page = event(GWANGJU, "en")
    (block,) = page.documents
    document = block.value["document"]

    with document.open_file() as f:
        text = f.read().decode()
    assert block.value["title"] == "Download the programme (text file)"
    assert "  14:30–15:20  Care: the community takes centre stage" in text
    assert "      김용익 (Kim Yong-ik) · Keynote speaker" in text
    assert text.count("  15:40–16:10  ") == 4


def test_every_event_page_speakers_page_and_booths_page_answers(client):
    pages = list(EventPage.objects.live().order_by("pk"))
    urls = [page.url + suffix for page in pages for suffix in ("", "speakers/", "booths/")]
    for key in (GWANGJU, BUSAN):
        for code in LANGUAGES:
            page = event(key, code)
            urls += [f"{page.url}speakers/{p.pk}/" for p in build_agenda(page).people]

    assert len(pages) == 12
    assert {url: client.get(url).status_code for url in urls} == dict.fromkeys(urls, 200)


def test_booths_page_marks_every_booth_on_the_plan(client):
    content = client.get("/ja/events/gwangju-national-conference-2026/booths/").content.decode()

    assert content.count('class="floor-map__marker"') == 13
    assert "光州広域市社会サービス院" in content


def test_no_page_is_left_as_a_draft():
    drafts = Page.objects.type(EventPage).filter(has_unpublished_changes=True)

    assert list(drafts) == []
