"""Spam on the public form: the honeypot and the rate limit."""

from django.core import mail

from madang.registrations.models import Registration

from .delegates import post, register_url
from .factories import make_registrable_event


def test_a_filled_honeypot_looks_like_success_and_keeps_nothing(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        register_url(registrable),
        django_capture_on_commit_callbacks,
        website="https://spam.example",
    )

    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, event_index):
    page, registrable = make_registrable_event(event_index)

    html = client.get(register_url(registrable)).content.decode()

    assert '<div class="visually-hidden" aria-hidden="true">' in html
    assert 'name="website" autocomplete="off" tabindex="-1"' in html


def test_too_many_posts_from_one_address_get_a_translated_429_page(
    client, event_index, settings, django_capture_on_commit_callbacks
):
    # Per hour, not per minute: the limit counts in fixed windows, and on a loaded machine
    # four posts could straddle the end of a one-minute window.
    settings.REGISTRATION_RATE_LIMIT = "2/h"
    page, registrable = make_registrable_event(event_index)
    url = register_url(registrable, "en")

    statuses = [
        post(client, url, django_capture_on_commit_callbacks, email=f"p{n}@example.org").status_code
        for n in range(3)
    ]
    refused = post(client, url, django_capture_on_commit_callbacks, email="p9@example.org")

    assert statuses == [302, 302, 429]
    assert refused.status_code == 429
    assert '<html lang="en"' in refused.content.decode()
    assert "<h1>Too many attempts</h1>" in refused.content.decode()
    assert Registration.objects.count() == 2
    # Looking at the form is never limited.
    assert client.get(url).status_code == 200
