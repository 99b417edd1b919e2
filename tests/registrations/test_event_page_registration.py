"""Registration on the event page and the event index: the button, the status, the queries."""

from django.utils import translation

from tests.helpers import warm_count

from .factories import make_registrable_event, register


def test_the_event_page_links_its_register_button_to_the_form(client, event_index):
    page, registrable = make_registrable_event(event_index)

    html = client.get(page.url).content.decode()

    assert f'<a class="button register__button" href="/ko/register/{registrable.key}/">' in html
    assert f'href="/ko/register/{registrable.key}/delegation/"' in html


def test_the_event_card_says_full_with_a_waiting_list_once_the_seats_are_gone(client, event_index):
    page, registrable = make_registrable_event(event_index, capacity=1)
    register(registrable)
    register(registrable)

    html = client.get(event_index.url).content.decode()

    with translation.override("ko"):
        label = page.registration_status().label
    assert f'<p class="registration-status registration-status--waitlist">{label}</p>' in html
    assert "registration-status--open" not in html


def test_the_index_keeps_its_number_of_queries_with_registrable_events(client, event_index):
    make_registrable_event(event_index, capacity=1, slug="one")
    warm_count(client, event_index.url)  # the first request also fills per-process caches
    before = warm_count(client, event_index.url)
    for n in range(4):
        _page, registrable = make_registrable_event(event_index, capacity=1, slug=f"more-{n}")
        register(registrable)
        register(registrable)

    assert warm_count(client, event_index.url) == before
    html = client.get(event_index.url).content.decode()
    assert html.count("registration-status--waitlist") == 4
