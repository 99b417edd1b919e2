"""A head of delegation registers several members of one cooperative in one go."""

import re

from django.conf import settings
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


def test_the_delegation_form_has_the_head_and_two_member_rows_to_start_with(client, event_index):
    page, registrable = make_registrable_event(event_index)

    html = client.get(url(registrable)).content.decode()

    assert '<label for="id_delegation-organization">' in html
    assert '<label for="id_head-name">' in html
    assert 'name="head-organization"' not in html  # asked once, for the whole delegation
    for index in range(2):
        assert f'<label for="id_members-{index}-name">' in html
        assert f'<label for="id_members-{index}-email">' in html
    assert "<legend>Member 2</legend>" in html
    assert 'name="members-2-name"' not in html
    # More rows are added on the page, from the empty form, up to the limit.
    assert '<label for="id_members-__prefix__-name">' in html
    assert (
        '<button type="button" class="button" data-add-member hidden>Add a member</button>' in html
    )
    assert 'data-members data-max="9"' in html
    assert "One delegation registers at most 10 people, you included." in html


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


def test_a_member_row_without_a_name_is_marked(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([{"email": "member@example.org"}]),
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Please correct the fields marked below." in html
    assert 'id="id_members-0-name_error"' in html
    assert (
        '<li><a href="#id_members-0-name">Member 1: Name</a> – This field is required.</li>'
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


# --- the organizers' limit, members without an address, the head's page ---------------


def test_the_organizers_limit_bounds_the_delegation(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    registrable.delegation_limit = 3
    registrable.save()

    html = client.get(url(registrable)).content.decode()
    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1), member(2), member(3)], **{"members-TOTAL_FORMS": "3"}),
    )

    assert 'data-members data-max="2"' in html
    assert response.status_code == 400
    assert "A delegation can register at most 2 members besides its head." in (
        response.content.decode()
    )
    assert Registration.objects.count() == 0


def test_the_service_refuses_a_delegation_over_the_limit(event_index):
    from madang.registrations import services

    page, registrable = make_registrable_event(event_index)
    registrable.delegation_limit = 2
    registrable.save()
    people = [{"name": f"회원 {n}", "email": f"m{n}@example.org"} for n in range(3)]

    try:
        services.register_delegation(
            registrable=registrable, organization="협동조합", members=people, language="ko"
        )
    except services.RegistrationError as error:
        assert error.code == "delegation_limit"
    else:
        raise AssertionError("registered a delegation over the limit")
    assert Registration.objects.count() == 0


def test_a_member_without_an_address_is_confirmed_with_the_heads_and_mailed_to_the_head(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, requires_verification=True)

    post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([{"name": "박순자", "name_romanized": "Park Sunja", "email": ""}]),
    )
    head, elder = Registration.objects.order_by("pk")

    # Only the head is asked to confirm an address.
    assert [(m.to, m.subject.split(":")[0]) for m in mail.outbox] == [
        (["head@example.org"], "Please confirm your email address")
    ]
    assert (elder.email, elder.status) == ("", Status.UNVERIFIED)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.get(link_in_first_mail_of(head))

    elder.refresh_from_db()
    assert elder.status == Status.CONFIRMED
    about_elder = [m for m in mail.outbox if "박순자" in m.body]
    [message] = about_elder
    assert message.to == ["head@example.org"]
    assert message.body.startswith(
        "Dear 김민지,\n\nThis mail is about the registration of 박순자, who is registered with "
        "your delegation without an email address of their own."
    )
    assert f"Check-in code: {elder.code}" in message.body


def link_in_first_mail_of(head):
    from madang.registrations.mails import verify_url

    return verify_url(head).removeprefix(settings.SITE_URL)


def test_the_head_manages_the_whole_delegation_from_one_link(
    client, event_index, django_capture_on_commit_callbacks
):
    from madang.registrations.mails import manage_url

    page, registrable = make_registrable_event(event_index)
    post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1), {"name": "박순자", "email": ""}]),
    )
    head, first, elder = Registration.objects.order_by("pk")

    head_page = client.get(manage_url(head).removeprefix(settings.SITE_URL)).content.decode()

    assert f"Your delegation: {ORGANIZATION}" in head_page
    links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', head_page)
    assert [name for _link, name in links] == ["Member 1", "박순자"]
    assert "no email address: their mails come to you" in head_page
    elder_page = client.get(links[1][0]).content.decode()
    assert "Back to your delegation" in elder_page
    assert "Cancel my registration" in elder_page
    # A member's own link does not lead to the head's page.
    member_page = client.get(manage_url(first).removeprefix(settings.SITE_URL)).content
    assert b"Back to your delegation" not in member_page
    forged = client.get(links[1][0].split("?")[0] + "?head=" + manage_url(first).split("/")[-2])
    assert b"Back to your delegation" not in forged.content


def test_each_members_needs_are_kept_only_with_their_own_consent(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    refused = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1, dietary_needs="채식")]),
    )
    accepted = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        delegation_data([member(1, dietary_needs="채식", sensitive_consent="on")]),
    )

    assert refused.status_code == 400
    assert "only with their consent" in refused.content.decode()
    assert accepted.status_code == 302
    head, first = Registration.objects.order_by("pk")
    assert (head.sensitive_consent_at, first.dietary_needs) == (None, "채식")
    assert first.sensitive_consent_at is not None
