"""The delegate's page as an installable web app: manifest and service worker per person,
nothing personal in shared caches, a driver card and help on the spot (issue 13, item 1).

The worker itself is exercised in Chromium with the network off
(tests/browser/test_offline_delegate.py).
"""

import json

import pytest
from django.utils import translation

from madang.registrations.contract import Place
from madang.registrations.offline import driver_card
from madang.registrations.tokens import manage_token
from tests.tours.factories import TourIndexPageFactory, make_tour_abroad

from .factories import make_registrable_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def tour_index(home_pages):
    home = home_pages["ko"]
    return TourIndexPageFactory(parent=home, locale=home.locale)


def page_url(registration, language="ko"):
    return f"/{language}/registration/{manage_token(registration)}/"


def test_each_persons_page_has_its_own_manifest_with_its_page_as_scope(client, event_index):
    _page, registrable = make_registrable_event(event_index)
    registration = register(registrable)
    url = page_url(registration)

    html = client.get(url).content.decode()
    response = client.get(url + "manifest.webmanifest")

    assert f'<link rel="manifest" href="{url}manifest.webmanifest">' in html
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert (manifest["start_url"], manifest["scope"], manifest["id"]) == (url, url, url)
    assert (manifest["lang"], manifest["short_name"], manifest["display"]) == (
        "ko",
        "내 참가 신청",
        "standalone",
    )
    assert [icon["sizes"] for icon in manifest["icons"]] == ["192x192", "512x512", "512x512"]


def test_the_worker_is_served_under_the_persons_page_and_nothing_goes_to_shared_caches(
    client, event_index
):
    _page, registrable = make_registrable_event(event_index)
    registration = register(registrable)
    url = page_url(registration)

    responses = {
        path: client.get(url + path) for path in ("", "qr/", "manifest.webmanifest", "sw.js")
    }

    assert {path: r.status_code for path, r in responses.items()} == dict.fromkeys(responses, 200)
    for response in responses.values():
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
    assert responses["sw.js"]["Content-Type"] == "text/javascript; charset=utf-8"
    assert "self.registration.scope" in responses["sw.js"].content.decode()
    assert f'data-worker="{url}sw.js" data-scope="{url}"' in responses[""].content.decode()


def test_a_bad_or_other_link_gets_no_worker_nor_manifest(client, event_index):
    _page, registrable = make_registrable_event(event_index)
    registration = register(registrable)
    tampered = page_url(registration)[:-3] + "xx/"

    assert client.get(tampered + "sw.js").status_code == 404
    assert client.get(tampered + "manifest.webmanifest").status_code == 404


def test_the_page_says_when_it_was_updated_in_the_delegates_language(client, event_index):
    _page, registrable = make_registrable_event(event_index)
    registration = register(registrable)

    html = client.get(page_url(registration)).content.decode()

    assert 'data-updated-label="%(time)s에 업데이트됨"' in html
    assert 'class="updated-at" data-updated-at="' in html


def test_a_tours_places_show_a_taxi_driver_the_address_in_japanese(client, tour_index):
    tour = make_tour_abroad(tour_index)
    registration = register(tour.get_registrable())

    html = client.get(page_url(registration)).content.decode()

    assert '<div class="driver-card__text" lang="ja">' in html
    assert "<p>この場所までお願いします。</p>" in html
    assert "医療生協さいたま 本部<br>埼玉県さいたま市浦和区 1-2-3" in html


def test_help_on_the_spot_gives_the_countrys_emergency_numbers_and_whom_to_call(client, tour_index):
    tour = make_tour_abroad(tour_index)
    registration = register(tour.get_registrable())

    html = client.get(page_url(registration)).content.decode()
    with translation.override("ko"):
        help = tour.registration_help()

    assert [(n.label, n.number) for n in help.emergency] == [("경찰", "110"), ("화재·구급", "119")]
    assert [(c.role, c.name, c.phone) for c in help.contacts] == [
        ("주최 측", "마당 연수 담당", "+82 2-000-0000"),
        ("현지 초청 조합", "国際交流担当", "+81 48-000-0000"),
    ]
    assert '<a href="tel:110"><strong>110</strong></a>' in html
    assert '<a href="tel:+81 48-000-0000">' not in html
    assert '<a href="tel:+8148-000-0000">+81 48-000-0000</a>' in html


def test_an_event_in_korea_gives_koreas_numbers(event_index):
    page, _registrable = make_registrable_event(event_index, country="KR")

    with translation.override("ja"):
        numbers = [(n.label, n.number) for n in page.registration_help().emergency]

    assert numbers == [("警察", "112"), ("消防・救急", "119")]


def test_no_driver_card_for_a_reader_of_the_local_language_or_a_place_without_one():
    place = Place(name="本部", local_name="医療生協さいたま 本部", country="JP")

    with translation.override("ja"):
        japanese = driver_card(place)
    with translation.override("en"):
        english = driver_card(place)

    assert japanese is None
    assert english == {
        "language": "ja",
        "request": "この場所までお願いします。",
        "lines": ["医療生協さいたま 本部"],
    }
    assert driver_card(Place(name="Hall")) is None
