from django.core import mail

from madang.registrations.models import Registration, Status

from .factories import make_registrable_event


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
