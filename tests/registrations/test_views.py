import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from madang.registrations import services
from madang.registrations.models import Booking, Registration, Status
from madang.registrations.tokens import VERIFY_SALT, manage_token, verify_token
from tests.helpers import warm_count

from .delegates import add_activity, link_in, old_token
from .factories import make_registrable_event, register


def form_data(**overrides):
    data = {
        "name": "김민지",
        "name_romanized": "Kim Minji",
        "email": "minji@example.org",
        "phone": "010-0000-0000",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "ko",
        "interpretation_language": "ja",
        "dietary_needs": "",
        "accessibility_needs": "",
        "consent": "on",
    }
    data.update(overrides)
    return data


def test_a_delegate_registers_with_the_form_and_gets_a_mail(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    url = f"/ko/register/{registrable.key}/"
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data())
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert (registration.status, registration.language) == (Status.CONFIRMED, "ko")
    assert [m.to for m in mail.outbox] == [["minji@example.org"]]


# --- helpers ---------------------------------------------------------------------


def register_url(registrable, language="ko"):
    return f"/{language}/register/{registrable.key}/"


def post(client, url, capture, **overrides):
    with capture(execute=True):
        return client.post(url, form_data(**overrides))


# --- the form ----------------------------------------------------------------------


def test_the_form_has_the_standard_fields_with_labels_and_phone_hints(client, event_index):
    page, registrable = make_registrable_event(event_index)

    response = client.get(register_url(registrable))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="viewport"' in html
    for name in [
        "name",
        "name_romanized",
        "email",
        "phone",
        "organization",
        "role",
        "country",
        "correspondence_language",
        "interpretation_language",
        "dietary_needs",
        "accessibility_needs",
    ]:
        assert f'<label for="id_{name}">' in html, name
    assert 'name="emergency_contact"' not in html  # only when the organizer asks
    assert 'autocomplete="email"' in html
    assert 'inputmode="email"' in html
    assert 'autocomplete="tel"' in html
    assert 'autocomplete="organization"' in html
    assert 'autocomplete="country"' in html
    # The language of correspondence defaults to the page's language.
    assert '<option value="ko" selected>' in html
    form = html.split('<form method="post" class="registration-form"', 1)[1].split("</form>")[0]
    assert form.count('type="submit"') == 1


def test_the_emergency_contact_is_asked_and_required_when_the_organizer_wants_it(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, ask_emergency_contact=True)
    url = register_url(registrable)

    assert '<label for="id_emergency_contact">' in client.get(url).content.decode()
    response = post(client, url, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    assert Registration.objects.count() == 0

    post(
        client,
        url,
        django_capture_on_commit_callbacks,
        emergency_contact="김영희 010-1111-2222",
    )
    assert Registration.objects.get().emergency_contact == "김영희 010-1111-2222"


def test_every_standard_field_is_stored(client, event_index, django_capture_on_commit_callbacks):
    page, registrable = make_registrable_event(event_index)

    post(
        client,
        register_url(registrable, "en"),
        django_capture_on_commit_callbacks,
        correspondence_language="en",
        dietary_needs="No pork",
        accessibility_needs="Wheelchair",
        sensitive_consent="on",
    )

    registration = Registration.objects.get()
    assert {
        "name": registration.name,
        "name_romanized": registration.name_romanized,
        "email": registration.email,
        "phone": registration.phone,
        "organization": registration.organization,
        "role": registration.role,
        "country": registration.country,
        "language": registration.language,
        "correspondence_language": registration.correspondence_language,
        "interpretation_language": registration.interpretation_language,
        "dietary_needs": registration.dietary_needs,
        "accessibility_needs": registration.accessibility_needs,
        "sensitive_consent": registration.sensitive_consent_at is not None,
    } == {
        "name": "김민지",
        "name_romanized": "Kim Minji",
        "email": "minji@example.org",
        "phone": "010-0000-0000",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "language": "en",
        "correspondence_language": "en",
        "interpretation_language": "ja",
        "dietary_needs": "No pork",
        "accessibility_needs": "Wheelchair",
        "sensitive_consent": True,
    }


def test_errors_are_summed_up_at_the_top_and_marked_on_each_field(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        register_url(registrable, "en"),
        django_capture_on_commit_callbacks,
        name="",
        email="not an address",
        consent="",
    )

    html = response.content.decode()
    assert response.status_code == 400
    summary = html.index('class="form-errors form-errors--summary" role="alert"')
    assert summary < html.index('<label for="id_name">')
    assert "Please correct the fields marked below." in html
    # Each error links to its field.
    assert '<li><a href="#id_email">Email</a> – Enter a valid email address.</li>' in html
    assert '<li><a href="#id_name">Name</a> – This field is required.</li>' in html
    assert 'aria-describedby="id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert html.count('class="form-field form-field--error') == 3
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_dietary_needs_without_consent_to_keep_them_are_refused(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        register_url(registrable, "en"),
        django_capture_on_commit_callbacks,
        dietary_needs="Halal",
    )

    assert response.status_code == 400
    assert "only with your consent" in response.content.decode()
    assert Registration.objects.count() == 0


def test_the_thanks_page_shows_who_was_registered_and_what_happens_next(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    response = post(client, register_url(registrable, "en"), django_capture_on_commit_callbacks)
    thanks = client.get(response["Location"])

    html = thanks.content.decode()
    assert response["Location"].startswith(f"/en/register/{registrable.key}/thanks/?r=")
    assert "<strong>김민지</strong>: Confirmed" in html
    assert "A mail with the details is on its way to you." in html


def test_a_thanks_link_with_a_forged_list_shows_nobody(client, event_index):
    page, registrable = make_registrable_event(event_index)

    response = client.get(f"/en/register/{registrable.key}/thanks/?r=[1,2,3]")

    assert response.status_code == 200
    assert "registration-done__list" not in response.content.decode()


def test_an_unknown_event_key_is_not_found(client, event_index):
    assert client.get("/ko/register/00000000-0000-0000-0000-000000000000/").status_code == 404


# --- opening and closing dates ------------------------------------------------------


def test_after_the_deadline_the_form_says_closed_and_a_post_is_refused(
    client, event_index, django_capture_on_commit_callbacks
):
    deadline = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    page, registrable = make_registrable_event(event_index, registration_deadline=deadline)
    url = register_url(registrable, "en")

    html = client.get(url).content.decode()
    response = post(client, url, django_capture_on_commit_callbacks)

    assert '<p class="notice notice--closed" role="status">Registration has closed.</p>' in html
    assert "<form" not in html.split("<main", 1)[1].split("</main>")[0]
    assert response.status_code == 403
    assert "Registration has closed." in response.content.decode()
    assert Registration.objects.count() == 0


def test_before_the_opening_the_form_says_when_it_opens(
    client, event_index, django_capture_on_commit_callbacks
):
    opens = datetime.datetime(2029, 12, 1, 9, 0, tzinfo=datetime.UTC)
    page, registrable = make_registrable_event(event_index, registration_opens=opens)
    url = register_url(registrable, "en")

    html = client.get(url).content.decode()
    response = post(client, url, django_capture_on_commit_callbacks)

    # In the event's zone, which is named in the reader's language.
    assert "Registration opens on Saturday, December 1, 2029 18:00 (Korean Standard Time)." in html
    assert response.status_code == 403
    assert Registration.objects.count() == 0


# --- seats and the waiting list -----------------------------------------------------


def test_when_the_seats_are_gone_new_registrations_wait_in_order(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1)
    url = register_url(registrable, "en")

    for n in range(3):
        post(
            client,
            url,
            django_capture_on_commit_callbacks,
            name=f"Person {n}",
            email=f"p{n}@example.org",
        )
    html = client.get(url).content.decode()

    assert list(Registration.objects.values_list("name", "status")) == [
        ("Person 0", Status.CONFIRMED),
        ("Person 1", Status.WAITLISTED),
        ("Person 2", Status.WAITLISTED),
    ]
    assert "0 seats left — new registrations go on the waiting list" in html


def test_a_waitlisted_delegate_is_told_so_on_the_thanks_page(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=0)

    response = post(client, register_url(registrable, "en"), django_capture_on_commit_callbacks)

    html = client.get(response["Location"]).content.decode()
    assert "<strong>김민지</strong>: On the waiting list" in html
    assert "Every seat is taken, so you are on the waiting list." in html


def test_an_optional_activity_is_booked_with_the_registration(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    activity = add_activity(page, name="Site visit to the clinic", capacity=1)

    html = client.get(register_url(registrable, "en")).content.decode()
    post(
        client,
        register_url(registrable, "en"),
        django_capture_on_commit_callbacks,
        activities=[str(activity.pk)],
    )
    post(
        client,
        register_url(registrable, "en"),
        django_capture_on_commit_callbacks,
        name="Second",
        email="second@example.org",
        activities=[str(activity.pk)],
    )

    assert "Site visit to the clinic" in html
    assert list(Booking.objects.order_by("pk").values_list("registration__name", "status")) == [
        ("김민지", Status.CONFIRMED),
        ("Second", Status.WAITLISTED),
    ]


# --- email verification -----------------------------------------------------------


def test_with_verification_a_registration_holds_a_seat_only_once_confirmed(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1, requires_verification=True)
    url = register_url(registrable, "en")

    for name in ["First", "Second"]:
        post(
            client,
            url,
            django_capture_on_commit_callbacks,
            name=name,
            email=f"{name.lower()}@example.org",
            correspondence_language="en",
        )
    first, second = Registration.objects.order_by("pk")
    assert (first.status, second.status) == (Status.UNVERIFIED, Status.UNVERIFIED)
    assert services.seats_left(registrable) == 1

    # The second confirms first and gets the seat; the first then waits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(link_in(mail.outbox[1], "/registration/confirm/"))
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client.get(link_in(mail.outbox[0], "/registration/confirm/"))

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.WAITLISTED, Status.CONFIRMED)
    assert [m.subject for m in mail.outbox[2:]] == [
        f"Registration confirmed: {page.title}",
        f"You are on the waiting list: {page.title}",
    ]


def test_following_the_confirmation_link_twice_changes_nothing(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, requires_verification=True)
    post(client, register_url(registrable, "en"), django_capture_on_commit_callbacks)
    link = link_in(mail.outbox[0], "/registration/confirm/")

    with django_capture_on_commit_callbacks(execute=True):
        first = client.get(link)
        second = client.get(link)

    assert [first.status_code, second.status_code] == [302, 302]
    assert first["Location"].startswith("/ko/registration/")  # the mail's language
    assert second["Location"].startswith("/ko/registration/")
    assert Registration.objects.get().status == Status.CONFIRMED
    assert len(mail.outbox) == 2  # received, confirmed


def test_an_expired_confirmation_link_gets_a_clear_page(client, event_index):
    page, registrable = make_registrable_event(event_index, requires_verification=True)
    registration = register(registrable, language="en", correspondence_language="en")
    token = old_token(registration, salt=VERIFY_SALT, hours=49)

    response = client.get(f"/en/registration/confirm/{token}/")

    assert response.status_code == 410
    assert "<h1>This link has expired</h1>" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.UNVERIFIED


def test_a_registration_expired_for_want_of_confirmation_says_register_again(client, event_index):
    page, registrable = make_registrable_event(event_index, requires_verification=True)
    registration = register(registrable, language="en", correspondence_language="en")
    Registration.objects.filter(pk=registration.pk).update(status=Status.EXPIRED)

    response = client.get(f"/en/registration/confirm/{verify_token(registration)}/")

    assert response.status_code == 409
    assert "Please register again." in response.content.decode()


# --- spam -------------------------------------------------------------------------


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


# --- the event page -----------------------------------------------------------------


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


# --- what a POST reads ----------------------------------------------------------------


def warm_form(client, url):
    """Cache the form's page, questions and activities, as a visitor's GET does."""
    client.get(url)  # the site's first visit also creates its settings (a new generation)
    client.get(url)


def test_a_post_reads_the_event_row_only_once_under_the_seat_lock(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    url = register_url(registrable)
    warm_form(client, url)

    with CaptureQueriesContext(connection) as queries:
        response = post(client, url, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    reads = [q for q in locked_block(queries) if 'FROM "registrations_registrable"' in q]
    assert len(reads) == 1
    assert "FOR UPDATE" in reads[0] or connection.vendor == "sqlite"


def locked_block(queries):
    """The queries of the seat lock's transaction (a savepoint inside the test's own)
    from its start to the write of the registration: lock, recount, write. Reads
    before it build the form; reads after the write find the pages to purge."""
    sqls = [q["sql"] for q in queries]
    written = 'INSERT INTO "registrations_registration"'
    insert = next(i for i, sql in enumerate(sqls) if written in sql)
    start = max(i for i, sql in enumerate(sqls[:insert]) if sql.startswith("SAVEPOINT"))
    return sqls[start:insert]


def test_seats_added_after_the_form_was_cached_go_to_the_next_post(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1)
    register(registrable)
    url = register_url(registrable)
    warm_form(client, url)  # cached while the event was full
    services.add_seats(registrable=registrable, seats=1)

    post(client, url, django_capture_on_commit_callbacks)

    assert Registration.objects.get(email="minji@example.org").status == Status.CONFIRMED


def test_a_deadline_passed_after_the_form_was_cached_refuses_the_post(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    url = register_url(registrable, "en")
    warm_form(client, url)  # cached while registration was open
    registrable.closes_at = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    registrable.save(update_fields=["closes_at"])

    response = post(client, url, django_capture_on_commit_callbacks)

    assert response.status_code == 403
    assert "Registration has closed." in response.content.decode()
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("ko", "네, 제 식사 관련 요청과 이동·접근 지원 요청을 지워 주세요."),
        ("ja", "はい、食事と移動・アクセスへの配慮に関する情報を消去してください。"),
    ],
)
def test_withdrawing_the_consent_asks_to_tick_a_yes_first(client, event_index, language, label):
    page, registrable = make_registrable_event(event_index, capacity=10)
    registration = register(registrable, dietary_needs="채식", correspondence_language=language)
    url = f"/{language}/registration/{manage_token(registration)}/"

    shown = client.get(url)
    untouched = client.post(f"{url}withdraw-consent/")
    registration.refresh_from_db()
    kept = registration.dietary_needs
    withdrawn = client.post(f"{url}withdraw-consent/", {"confirm": "on"})
    registration.refresh_from_db()

    assert f'<label for="id_confirm">{label}' in shown.content.decode()
    assert (untouched.status_code, kept) == (400, "채식")
    assert 'class="form-errors"' in untouched.content.decode()
    assert (withdrawn.status_code, withdrawn["Location"]) == (302, url)
    assert (registration.dietary_needs, registration.sensitive_consent_at) == ("", None)


def test_opening_the_withdraw_address_leads_back_to_the_registration(client, event_index):
    # The address stays in the browser after the 400 page; opening it again from the
    # history is a GET, which used to answer an empty 405 page.
    page, registrable = make_registrable_event(event_index, capacity=10)
    registration = register(registrable, dietary_needs="채식", correspondence_language="ko")
    url = f"/ko/registration/{manage_token(registration)}/"

    response = client.get(f"{url}withdraw-consent/")
    registration.refresh_from_db()

    assert (response.status_code, response["Location"]) == (302, url)
    assert registration.dietary_needs == "채식"
