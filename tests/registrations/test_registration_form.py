"""The public registration form: its fields, errors, thanks page, opening and closing dates."""

import datetime

from django.core import mail

from madang.registrations.models import Registration, Status

from .delegates import form_data, post, register_url
from .factories import make_registrable_event


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


# --- the form -----------------------------------------------------------------


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


# --- opening and closing dates ------------------------------------------------


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
