"""A head of delegation registers several members of one cooperative in one go."""

from django.core import mail

from madang.registrations.models import Delegation, Registration, Status

from .factories import make_registrable_event, register

ORGANIZATION = "Ansan Medical Welfare Social Cooperative"


def delegation_data(members, **overrides):
    """The delegation form's POST data: the head, then one row per member."""
    data = {
        "delegation-organization": ORGANIZATION,
        "head-name": "김민지",
        "head-name_romanized": "Kim Minji",
        "head-email": "head@example.org",
        "head-phone": "010-0000-0000",
        "head-role": "Director",
        "head-country": "KR",
        "head-correspondence_language": "en",
        "head-consent": "on",
        "members-TOTAL_FORMS": str(max(len(members), 3)),
        "members-INITIAL_FORMS": "0",
        "members-MIN_NUM_FORMS": "0",
        "members-MAX_NUM_FORMS": "30",
    }
    for index, member in enumerate(members):
        for field, value in member.items():
            data[f"members-{index}-{field}"] = value
    data.update(overrides)
    return data


def member(n, **fields):
    return {"name": f"Member {n}", "email": f"member{n}@example.org", **fields}


def url(registrable, language="en"):
    return f"/{language}/register/{registrable.key}/delegation/"


def post(client, registrable, capture, data):
    with capture(execute=True):
        return client.post(url(registrable), data)


def test_the_delegation_form_has_the_head_and_three_empty_member_rows(client, event_index):
    page, registrable = make_registrable_event(event_index)

    html = client.get(url(registrable)).content.decode()

    assert '<label for="id_delegation-organization">' in html
    assert '<label for="id_head-name">' in html
    assert 'name="head-organization"' not in html  # asked once, for the whole delegation
    for index in range(3):
        assert f'<label for="id_members-{index}-name">' in html
        assert f'<label for="id_members-{index}-email">' in html
    assert "<legend>Member 3</legend>" in html


def test_each_member_gets_their_own_registration_and_mail(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1, role="Nurse"), member(2, interpretation_language="ja")]),
    )

    assert response.status_code == 302
    delegation = Delegation.objects.get()
    assert (delegation.organization, delegation.registrable_id) == (ORGANIZATION, registrable.pk)
    assert list(
        Registration.objects.order_by("pk").values_list(
            "name",
            "email",
            "organization",
            "is_head",
            "delegation",
            "status",
            "correspondence_language",
        )
    ) == [
        ("김민지", "head@example.org", ORGANIZATION, True, delegation.pk, Status.CONFIRMED, "en"),
        ("Member 1", "member1@example.org", ORGANIZATION, False, delegation.pk, "confirmed", "en"),
        ("Member 2", "member2@example.org", ORGANIZATION, False, delegation.pk, "confirmed", "en"),
    ]
    assert Registration.objects.get(name="Member 2").interpretation_language == "ja"
    assert sorted(m.to[0] for m in mail.outbox) == [
        "head@example.org",
        "member1@example.org",
        "member2@example.org",
    ]
    # Every mail carries its own person's link.
    links = {m.to[0]: m.body for m in mail.outbox}
    assert len({body.split("/registration/")[1].split()[0] for body in links.values()}) == 3

    html = client.get(response["Location"]).content.decode()
    assert html.count("<li><strong>") == 3


def test_the_organization_limit_refuses_the_whole_delegation_with_a_clear_message(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, organization_limit=3)
    register(registrable, organization=ORGANIZATION)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1), member(2)]),
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert (
        '<div class="form-errors form-errors--summary" role="alert" tabindex="-1"><p>'
        f"{ORGANIZATION} can register at most 3 people; 1 is registered already.</p>"
    ) in html
    assert Registration.objects.count() == 1
    assert Delegation.objects.count() == 0
    assert len(mail.outbox) == 0


def test_one_member_already_registered_means_nobody_is_registered(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    register(registrable, name="Member 2", email="member2@example.org")

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1), member(2)]),
    )

    assert response.status_code == 400
    assert "Member 2 is already registered with member2@example.org." in (response.content.decode())
    assert list(Registration.objects.values_list("name", flat=True)) == ["Member 2"]
    assert Delegation.objects.count() == 0
    assert mail.outbox == []


def test_a_member_listed_twice_is_refused(client, event_index, django_capture_on_commit_callbacks):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1), member(1)]),
    )

    assert response.status_code == 400
    assert "Member 1 is listed twice." in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_member_row_without_an_address_is_marked(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([{"name": "No Mail"}]),
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Please correct the fields marked below." in html
    assert 'id="id_members-0-email_error"' in html
    assert (
        '<li><a href="#id_members-0-email">Member 1: Email</a> – This field is required.</li>'
    ) in html
    assert Registration.objects.count() == 0


def test_a_delegation_bigger_than_the_free_seats_waits_in_order(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=2)

    post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1), member(2)]),
    )

    assert list(Registration.objects.order_by("pk").values_list("is_head", "status")) == [
        (True, Status.CONFIRMED),
        (False, Status.CONFIRMED),
        (False, Status.WAITLISTED),
    ]


def test_with_verification_each_member_confirms_their_own_address(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, requires_verification=True)

    post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1)]),
    )

    assert list(Registration.objects.values_list("status", flat=True)) == [
        Status.UNVERIFIED,
        Status.UNVERIFIED,
    ]
    assert ["/registration/confirm/" in m.body for m in mail.outbox] == [True, True]


def test_a_closed_event_refuses_a_delegation(
    client, event_index, django_capture_on_commit_callbacks
):
    import datetime

    page, registrable = make_registrable_event(
        event_index, registration_deadline=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )

    response = post(
        client, registrable, django_capture_on_commit_callbacks, delegation_data([member(1)])
    )

    assert response.status_code == 403
    assert Registration.objects.count() == 0


def test_a_filled_honeypot_keeps_nobody(client, event_index, django_capture_on_commit_callbacks):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1)], **{"head-website": "spam"}),
    )

    assert response.status_code == 302
    assert Registration.objects.count() == 0
