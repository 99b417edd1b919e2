"""The organizers' side in the Wagtail admin."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from madang.registrations import services
from madang.registrations.models import MailKind, OutboxMail, Registration, Status

from .factories import make_activity, make_registrable, register

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"registrations_admin:{name}", args=args)


def messages_of(response):
    return [str(m).strip() for m in get_messages(response.wsgi_request)]


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def full_event():
    """Two seats, both taken, one person waiting."""
    registrable = make_registrable(capacity=2)
    first = register(registrable, organization="Ansan coop", country="KR")
    second = register(registrable, organization="Minami coop", country="JP")
    third = register(registrable, organization="Ansan coop", country="KR")
    return registrable, first, second, third


# --- the list ------------------------------------------------------------------


def test_index_lists_main_registrables_with_counts(admin, full_event):
    registrable, *_ = full_event
    make_activity(registrable, title="Site visit")

    response = admin.get(url("index"))

    rows = list(response.context["object_list"])
    assert (response.status_code, rows, rows[0].confirmed_count, rows[0].waitlisted_count) == (
        200,
        [registrable],
        2,
        1,
    )


def test_list_shows_the_registrations_and_the_counts(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.get(url("list", registrable.pk))

    summary = response.context["summary"]
    assert (
        response.status_code,
        list(response.context["object_list"]),
        summary["confirmed"],
        summary["waitlisted"],
        summary["cancelled"],
        summary["seats_left"],
    ) == (200, [first, second, third], 2, 1, 0, 0)


def test_list_filters_by_status(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.get(url("list", registrable.pk), {"status": "waitlisted"})

    assert list(response.context["object_list"]) == [third]


def test_list_filters_by_organization_and_country(admin, full_event):
    registrable, first, second, third = full_event

    by_organization = admin.get(url("list", registrable.pk), {"organization": "Ansan coop"})
    by_country = admin.get(url("list", registrable.pk), {"country": "JP"})

    assert (
        list(by_organization.context["object_list"]),
        list(by_country.context["object_list"]),
    ) == ([first, third], [second])


def test_list_filters_by_needs_and_language(admin):
    registrable = make_registrable()
    register(registrable)
    vegan = register(registrable, dietary_needs="vegan")
    english = register(registrable, correspondence_language="en", interpretation_language="en")

    needs = admin.get(url("list", registrable.pk), {"needs": "dietary"})
    language = admin.get(url("list", registrable.pk), {"correspondence_language": "en"})
    interpretation = admin.get(url("list", registrable.pk), {"needs": "interpretation"})

    assert (
        list(needs.context["object_list"]),
        list(language.context["object_list"]),
        list(interpretation.context["object_list"]),
    ) == ([vegan], [english], [english])


def test_list_filters_by_activity(admin):
    registrable = make_registrable()
    visit = make_activity(registrable, title="Site visit")
    register(registrable)
    visitor = register(registrable, activities=[visit])

    response = admin.get(url("list", registrable.pk), {"activity": str(visit.pk)})

    assert list(response.context["object_list"]) == [visitor]


def test_list_searches_names_emails_and_codes(admin, full_event):
    registrable, first, second, third = full_event

    by_email = admin.get(url("list", registrable.pk), {"q": second.email})
    by_code = admin.get(url("list_results", registrable.pk), {"q": third.code})

    assert (
        list(by_email.context["object_list"]),
        list(by_code.context["object_list"]),
    ) == ([second], [third])


def test_counts_interpreters_per_language_dietary_needs_and_activities(admin):
    registrable = make_registrable()
    visit = make_activity(registrable, title="Site visit", capacity=1)
    register(registrable, interpretation_language="en", dietary_needs="Vegan", activities=[visit])
    register(registrable, interpretation_language="en", dietary_needs="vegan ", activities=[visit])
    register(registrable, interpretation_language="ja", dietary_needs="halal")

    summary = admin.get(url("list", registrable.pk)).context["summary"]

    assert (
        summary["interpretation"],
        summary["dietary"],
        [
            (a["activity"], a["confirmed"], a["waitlisted"], a["seats_left"])
            for a in summary["activities"]
        ],
    ) == (
        [("English", 2), ("Japanese", 1)],  # named in the admin's language
        [("Vegan", 2), ("halal", 1)],
        [(visit, 1, 1, 0)],
    )


def test_needs_and_details_name_the_languages_in_the_admins_language(admin):
    registrable = make_registrable()
    english = register(registrable, correspondence_language="en", interpretation_language="en")
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="organizer"))
    profile.preferred_language = "ko"
    profile.save()

    listing = admin.get(url("list", registrable.pk)).content.decode()
    detail = admin.get(url("detail", english.pk)).content.decode()

    assert "영어 통역" in listing
    assert "English 통역" not in listing
    assert detail.count("<dd>영어</dd>") == 2


# --- export --------------------------------------------------------------------

HEADER = [
    "Check-in code",
    "Name",
    "Name in Latin letters",
    "Organization (cooperative)",
    "Role",
    "Country",
    "Email",
    "Phone",
    "Status",
    "Language for our mails",
    "Interpretation needed into",
    "Dietary needs",
    "Accessibility needs",
    "Emergency contact",
    "Delegation",
    "Head of delegation",
    "Registered at the desk",
    "Activities",
    "Group or bus",
    "Interpreter",
    "Organizer's note",
    "Registered",
    "Confirmed",
    "Arrived",
    "diet_detail",
]


@pytest.fixture
def exported():
    registrable = make_registrable(time_zone="Asia/Seoul")
    visit = make_activity(registrable, title="Site visit")
    registration = services.register(
        registrable=registrable,
        data={
            "name": "김민지",
            "name_romanized": "Kim Minji",
            "email": "minji@example.org",
            "organization": "안산의료복지사회적협동조합",
            "role": "이사",
            "country": "KR",
            "correspondence_language": "ko",
            "interpretation_language": "en",
            "dietary_needs": "vegan",
        },
        language="ko",
        answers={"diet_detail": "no nuts"},
        activities=[visit],
        sensitive_consent=True,
        now=datetime.datetime(2026, 5, 1, 1, 30, tzinfo=datetime.UTC),
    )
    Registration.objects.filter(pk=registration.pk).update(group="Bus 2", interpreter="Sato")
    registration.refresh_from_db()
    return registrable, registration


def test_csv_export_has_translated_headings_answers_activities_and_group(admin, exported):
    registrable, registration = exported

    response = admin.get(url("list", registrable.pk), {"export": "csv"})

    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert (text[0], rows) == (
        "\ufeff",
        [
            HEADER,
            [
                registration.code,
                "김민지",
                "Kim Minji",
                "안산의료복지사회적협동조합",
                "이사",
                "South Korea",
                "minji@example.org",
                "",
                "Confirmed",
                "Korean",  # the languages named in the admin's language, as the countries
                "English",
                "vegan",
                "",
                "",
                "",
                "",
                "",
                "Site visit",
                "Bus 2",
                "Sato",
                "",
                "2026-05-01 10:30",
                "2026-05-01 10:30",
                "",
                "no nuts",
            ],
        ],
    )


def test_xlsx_export_has_the_same_columns_with_local_times(admin, exported):
    registrable, registration = exported

    response = admin.get(url("list", registrable.pk), {"export": "xlsx"})

    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert (
        list(rows[0]),
        rows[1][0],
        rows[1][1],
        rows[1][17],
        rows[1][18],
        rows[1][21],
        rows[1][24],
    ) == (
        HEADER,
        registration.code,
        "김민지",
        "Site visit",
        "Bus 2",
        datetime.datetime(2026, 5, 1, 10, 30),
        "no nuts",
    )


# --- actions -------------------------------------------------------------------


def test_approve_confirms_a_pending_registration(admin, django_capture_on_commit_callbacks):
    registrable = make_registrable(requires_approval=True)
    registration = register(registrable)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url("action", registration.pk, "approve"))

    registration.refresh_from_db()
    assert (response.status_code, registration.status, messages_of(response)) == (
        302,
        Status.CONFIRMED,
        [f"{registration.name} is approved and confirmed."],
    )


def test_reject_refuses_a_pending_registration(admin):
    registrable = make_registrable(requires_approval=True)
    registration = register(registrable)

    admin.post(url("action", registration.pk, "reject"))

    registration.refresh_from_db()
    assert registration.status == Status.REJECTED


def test_approving_twice_shows_the_engines_message(admin):
    registration = register(make_registrable())

    response = admin.post(url("action", registration.pk, "approve"))

    assert (response.status_code, messages_of(response)) == (
        302,
        ["Only registrations awaiting approval can be approved."],
    )


def test_actions_only_take_posts(admin):
    registration = register(make_registrable(requires_approval=True))

    response = admin.get(url("action", registration.pk, "approve"))

    assert response.status_code == 405


def test_unknown_action_is_not_found(admin):
    registration = register(make_registrable())

    response = admin.post(url("action", registration.pk, "explode"), follow=True)

    assert response.status_code == 404


def test_action_returns_to_the_next_url(admin, full_event):
    registrable, first, *_ = full_event
    back = url("list", registrable.pk) + "?status=confirmed"

    response = admin.post(url("action", first.pk, "waitlist"), {"next": back})

    assert response["Location"] == back


def test_add_seats_promotes_the_first_person_waiting(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(url("add_seats", registrable.pk), {"target": registrable.pk, "seats": 1})

    third.refresh_from_db()
    registrable.refresh_from_db()
    assert (registrable.capacity, third.status, messages_of(response)) == (
        3,
        Status.CONFIRMED,
        ["1 seat added to Gwangju national conference; 1 person came off the waiting list."],
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "3 seats added to Gwangju national conference."),
        ("ko", "Gwangju national conference에 3자리를 추가했습니다."),
        ("ja", "Gwangju national conferenceに3席を追加しました。"),
    ],
)
def test_add_seats_with_nobody_waiting_does_not_count_zero_people(admin, language, expected):
    # "0 people came off the waiting list" read as if something had gone wrong.
    registrable = make_registrable(capacity=2)
    register(registrable)
    profile = UserProfile.objects.get(user__username="organizer")
    profile.preferred_language = language
    profile.save()

    response = admin.post(url("add_seats", registrable.pk), {"target": registrable.pk, "seats": 3})

    registrable.refresh_from_db()
    assert (registrable.capacity, messages_of(response)) == (5, [expected])


def test_add_seats_to_an_activity(admin):
    registrable = make_registrable()
    visit = make_activity(registrable, title="Site visit", capacity=1)
    register(registrable, activities=[visit])
    waiting = register(registrable, activities=[visit])

    admin.post(url("add_seats", registrable.pk), {"target": visit.pk, "seats": 2})

    visit.refresh_from_db()
    assert (visit.capacity, waiting.bookings.get().status) == (3, Status.CONFIRMED)


def test_add_seats_without_a_limit_shows_the_engines_message(admin):
    registrable = make_registrable(capacity=None)

    response = admin.post(url("add_seats", registrable.pk), {"target": registrable.pk, "seats": 1})

    assert messages_of(response) == [
        f"Select a valid choice. {registrable.pk} is not one of the available choices."
    ]


def test_confirming_from_the_waiting_list_without_a_free_seat_is_refused(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(url("action", third.pk, "confirm"))

    third.refresh_from_db()
    assert (third.status, messages_of(response)) == (
        Status.WAITLISTED,
        ["No seat is free. Add seats, or move someone to the waiting list first."],
    )


def test_moving_someone_to_the_waiting_list_frees_a_seat_for_another(admin, full_event):
    registrable, first, second, third = full_event

    admin.post(url("action", first.pk, "waitlist"))
    admin.post(url("action", third.pk, "confirm"))

    first.refresh_from_db()
    third.refresh_from_db()
    assert (first.status, third.status) == (Status.WAITLISTED, Status.CONFIRMED)


def test_resend_writes_the_mail_again(admin, full_event):
    registrable, first, *_ = full_event

    admin.post(url("action", first.pk, "resend"))

    assert list(OutboxMail.objects.filter(registration=first).values_list("kind", flat=True)) == [
        MailKind.CONFIRMED,
        MailKind.CONFIRMED,
    ]


def test_cancel_gives_the_seat_to_the_first_person_waiting(admin, full_event):
    registrable, first, second, third = full_event

    admin.post(url("action", first.pk, "cancel"))

    first.refresh_from_db()
    third.refresh_from_db()
    assert (first.status, third.status) == (Status.CANCELLED, Status.CONFIRMED)


def test_write_to_all_confirmed_queues_one_mail_each(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(
        url("write", registrable.pk), {"subject": "Bus times", "body": "The bus leaves at 8."}
    )

    mails = OutboxMail.objects.filter(kind=MailKind.MESSAGE).order_by("to")
    assert (
        response.status_code,
        [(m.to, m.subject) for m in mails],
        messages_of(response),
    ) == (
        302,
        sorted([(first.email, "Bus times"), (second.email, "Bus times")]),
        ["Your message is on its way to 2 delegates."],
    )


def test_write_needs_a_subject(admin, full_event):
    registrable, *_ = full_event

    response = admin.post(url("write", registrable.pk), {"subject": "", "body": "Hello"})

    assert (response.status_code, OutboxMail.objects.filter(kind=MailKind.MESSAGE).count()) == (
        400,
        0,
    )


# --- organizer fields ----------------------------------------------------------


def test_detail_shows_the_registration(admin, full_event):
    registrable, first, *_ = full_event

    response = admin.get(url("detail", first.pk))

    assert (response.status_code, first.code in response.content.decode()) == (200, True)


def test_detail_saves_group_interpreter_and_note(admin, full_event):
    registrable, first, *_ = full_event

    admin.post(url("detail", first.pk), {"group": "Bus 1", "interpreter": "Lee", "note": "VIP"})

    first.refresh_from_db()
    assert (first.group, first.interpreter, first.note) == ("Bus 1", "Lee", "VIP")


def test_bulk_assignment_sets_the_group_of_the_selected(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(
        url("assign", registrable.pk),
        {"registrations": [first.pk, third.pk], "field": "group", "value": "Bus 2"},
    )

    groups = dict(Registration.objects.values_list("pk", "group"))
    assert (groups, messages_of(response)) == (
        {first.pk: "Bus 2", second.pk: "", third.pk: "Bus 2"},
        ["Group or bus set for 2 registrations."],
    )


def test_bulk_assignment_ignores_other_events_registrations(admin, full_event):
    registrable, first, *_ = full_event
    stranger = register(make_registrable())

    admin.post(
        url("assign", registrable.pk),
        {"registrations": [stranger.pk], "field": "interpreter", "value": "Kim"},
    )

    stranger.refresh_from_db()
    assert stranger.interpreter == ""


def test_settings_edit_the_rows_own_settings(admin):
    registrable = make_registrable()

    admin.post(
        url("settings", registrable.pk),
        {"verification_hours": 24, "reminder_days": 5, "retention_days": 90},
    )

    registrable.refresh_from_db()
    assert (
        registrable.verification_hours,
        registrable.reminder_days,
        registrable.retention_days,
    ) == (24, 5, 90)


def test_an_activity_has_no_list_of_its_own(admin):
    visit = make_activity(make_registrable())

    response = admin.get(url("list", visit.pk), follow=True)

    assert response.status_code == 404


# --- the desk ------------------------------------------------------------------


def test_check_in_by_code_marks_the_arrival(admin, full_event):
    registrable, first, *_ = full_event

    response = admin.post(url("check_in", registrable.pk), {"code": first.code.lower()})

    first.refresh_from_db()
    assert (first.checked_in_at is not None, messages_of(response)) == (
        True,
        [f"Welcome, {first.name} (Ansan coop). Group or bus: –."],
    )


def test_checking_in_twice_says_when_they_arrived(admin, full_event):
    registrable, first, *_ = full_event
    services.check_in(
        registrable=registrable,
        code=first.code,
        now=datetime.datetime(2026, 5, 1, 0, 5, tzinfo=datetime.UTC),
    )

    response = admin.post(url("check_in", registrable.pk), {"code": first.code})

    assert messages_of(response) == [f"{first.name} (Ansan coop) had already arrived at 09:05."]


def test_check_in_page_lists_the_arrivals(admin, full_event):
    registrable, first, *_ = full_event
    services.check_in(registrable=registrable, code=first.code)

    response = admin.get(url("check_in", registrable.pk))

    assert (
        response.context["arrived_count"],
        response.context["confirmed_count"],
        list(response.context["arrivals"]),
    ) == (1, 2, [first])


def organizer_in(client, language):
    user = get_user_model().objects.create_superuser("desk", "d@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ko", "코드 ZZZZ2222에 해당하는 참가 신청이 없습니다."),
        ("ja", "受付コード ZZZZ2222 の参加申込はありません。"),
    ],
)
def test_check_in_with_an_unknown_code_says_so_with_a_4xx(client, full_event, language, message):
    registrable, *_ = full_event

    response = organizer_in(client, language).post(
        url("check_in", registrable.pk), {"code": "ZZZZ2222"}
    )

    # An empty field again, so that the next scan does not add to this code.
    assert (response.status_code, messages_of(response), response.context["form"].data) == (
        400,
        [message],
        {},
    )


@pytest.mark.parametrize(
    ("language", "error"),
    [("ko", "필수 작성 항목입니다"), ("ja", "この項目は必須です")],
)
def test_check_in_without_a_code_says_so_with_a_4xx(client, full_event, language, error):
    registrable, *_ = full_event

    response = organizer_in(client, language).post(url("check_in", registrable.pk), {"code": ""})

    with translation.override(language):
        assert (response.status_code, response.context["form"].errors) == (
            400,
            {"code": [error]},
        )


def test_a_walk_in_without_a_name_is_refused_with_a_4xx(client, full_event):
    registrable, *_ = full_event

    response = organizer_in(client, "ko").post(
        url("walk_in", registrable.pk), {"name": "", "correspondence_language": "ja"}
    )

    with translation.override("ko"):
        assert (
            response.status_code,
            response.context["form"].errors,
            Registration.objects.filter(walk_in=True).count(),
        ) == (400, {"name": ["필수 작성 항목입니다"]}, 0)


def test_walk_in_on_a_full_event_goes_to_the_waiting_list(admin, full_event):
    registrable, *_ = full_event

    response = admin.post(
        url("walk_in", registrable.pk),
        {
            "name": "Tanaka Yui",
            "organization": "Minami coop",
            "country": "JP",
            "correspondence_language": "ja",
        },
    )

    walk_in = Registration.objects.get(name="Tanaka Yui")
    assert (walk_in.status, walk_in.walk_in, messages_of(response)) == (
        Status.WAITLISTED,
        True,
        ["No seat is free: Tanaka Yui is on the waiting list, not admitted."],
    )


def test_walk_in_with_a_free_seat_has_arrived(admin):
    registrable = make_registrable(capacity=5)

    response = admin.post(
        url("walk_in", registrable.pk),
        {"name": "Tanaka Yui", "correspondence_language": "ja"},
    )

    walk_in = Registration.objects.get(name="Tanaka Yui")
    assert (walk_in.status, walk_in.checked_in_at is not None, messages_of(response)) == (
        Status.CONFIRMED,
        True,
        ["Tanaka Yui is registered and has arrived."],
    )


# --- dashboard, menu and permissions -------------------------------------------


def test_dashboard_shows_the_next_events_with_fill_rates(admin, full_event):
    registrable, *_ = full_event
    registrable.starts_at = timezone.now() + datetime.timedelta(days=10)
    registrable.save()
    make_registrable(
        title="Last year's meeting", starts_at=timezone.now() - datetime.timedelta(days=300)
    )

    response = admin.get(reverse("wagtailadmin_home"))

    content = response.content.decode()
    assert (
        response.status_code,
        url("list", registrable.pk) in content,
        "100%" in content,
        "Last year's meeting" in content,
    ) == (200, True, True, False)


def test_admin_menu_has_registrations(admin):
    response = admin.get(reverse("wagtailadmin_home"))

    assert url("index") in response.content.decode()


@pytest.fixture
def editor(client):
    """An admin user without any registration permission."""
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    group = Group.objects.create(name="Registration test editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    return client, group


def test_without_permission_the_list_is_refused(editor, full_event):
    client, _group = editor
    registrable, *_ = full_event

    listing = client.get(url("list", registrable.pk))
    export = client.get(url("list", registrable.pk), {"export": "csv"})

    assert (listing.status_code, export.status_code) == (302, 302)


def test_without_permission_actions_are_refused(editor, full_event):
    client, _group = editor
    registrable, first, *_ = full_event

    client.post(url("action", first.pk, "cancel"))

    first.refresh_from_db()
    assert first.status == Status.CONFIRMED


def test_view_permission_reads_but_does_not_act(editor, full_event):
    client, group = editor
    registrable, first, *_ = full_event
    group.permissions.add(Permission.objects.get(codename="view_registration"))

    listing = client.get(url("list", registrable.pk))
    action = client.post(url("action", first.pk, "cancel"))
    check_in = client.get(url("check_in", registrable.pk))

    first.refresh_from_db()
    assert (listing.status_code, action.status_code, check_in.status_code, first.status) == (
        200,
        302,
        302,
        Status.CONFIRMED,
    )


def test_the_korean_admin_names_interpretation_languages_in_korean(client, full_event):
    from madang.registrations.admin_views import summary

    registrable, first, second, third = full_event
    Registration.objects.filter(pk=first.pk).update(interpretation_language="en")

    with translation.override("ko"):
        assert summary(registrable)["interpretation"] == [("영어", 1)]
    with translation.override("ja"):
        assert summary(registrable)["interpretation"] == [("英語", 1)]
