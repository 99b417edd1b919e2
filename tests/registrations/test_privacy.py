import datetime
import io
import json

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from madang.registrations import outbox, services
from madang.registrations.models import Booking, OutboxMail, Registration, Status

from .factories import make_activity, make_registrable, register

DAY = datetime.timedelta(days=1)

HANAKO = {
    "name": "山田はなこ",
    "name_romanized": "Yamada Hanako",
    "email": "Hanako@example.jp",
    "phone": "+81 90-1234-5678",
    "organization": "みなと医療生活協同組合",
    "role": "理事",
    "country": "JP",
    "correspondence_language": "ja",
    "dietary_needs": "ベジタリアン（卵は可）",
    "accessibility_needs": "車いすを使います",
    "emergency_contact": "山田たろう +81 90-8765-4321",
}

PERSONAL = [
    "name",
    "name_romanized",
    "email",
    "phone",
    "role",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    "answers",
    "note",
    "interpreter",
]


def personal(registration):
    registration.refresh_from_db()
    return {field: getattr(registration, field) for field in PERSONAL}


# --- export -----------------------------------------------------------------


def test_the_export_holds_the_persons_data_exactly(db):
    registrable = make_registrable(title="광주 전국대회")
    register(registrable, language="ja", **HANAKO)
    [record] = services.export_personal_data(email="hanako@example.jp")
    assert {field: record[field] for field in ["for", *HANAKO]} == {
        "for": "광주 전국대회",
        **HANAKO,
    }
    assert (record["status"], record["language"]) == (Status.CONFIRMED, "ja")


def test_the_export_covers_every_registration_with_the_address(db):
    register(make_registrable(title="광주 전국대회"), name="김민지", email="minji@example.kr")
    register(make_registrable(title="오사카 교류 방문"), name="김민지", email="MINJI@example.kr")
    register(make_registrable(title="광주 전국대회"), name="박서준", email="seojun@example.kr")
    records = services.export_personal_data(email="minji@example.kr")
    assert [(r["for"], r["name"]) for r in records] == [
        ("광주 전국대회", "김민지"),
        ("오사카 교류 방문", "김민지"),
    ]


def test_the_export_lists_activities_and_mails(db):
    registrable = make_registrable()
    visit = make_activity(registrable, title="병원 견학", capacity=5)
    registration = register(registrable, activities=[visit])
    [record] = services.export_personal_data(email=registration.email)
    assert record["activities"] == [{"activity": "병원 견학", "status": Status.CONFIRMED}]
    assert [(m["kind"], m["to"], m["status"]) for m in record["mails"]] == [
        ("confirmed", registration.email, "pending")
    ]


def test_a_blank_address_exports_nothing(db):
    registrable = make_registrable()
    register(registrable, email="")
    assert services.export_personal_data(email=" ") == []


# --- erasure ----------------------------------------------------------------


def test_erasing_blanks_the_personal_fields(db):
    registration = register(make_registrable(), **HANAKO)
    Registration.objects.filter(pk=registration.pk).update(
        answers={"arrival": "KE 723"}, note="通訳が必要", interpreter="이지은"
    )
    assert services.erase_person(email="hanako@example.jp") == 1
    assert personal(registration) == {
        "name": services.ERASED,
        "name_romanized": "",
        "email": "",
        "phone": "",
        "role": "",
        "dietary_needs": "",
        "accessibility_needs": "",
        "emergency_contact": "",
        "answers": {},
        "note": "",
        "interpreter": "",
    }


def test_erasing_keeps_the_row_for_the_counts(db):
    registrable = make_registrable()
    registration = register(registrable, **HANAKO)
    register(registrable)
    services.erase_person(email=HANAKO["email"])
    registration.refresh_from_db()
    assert Registration.objects.filter(registrable=registrable).count() == 2
    assert (registration.organization, registration.country, registration.erased_at is None) == (
        HANAKO["organization"],
        "JP",
        False,
    )


def test_erasing_deletes_the_persons_mails_sent_or_not(db):
    registrable = make_registrable()
    registration = register(registrable, **HANAKO)
    other = register(registrable)
    outbox.deliver_due()
    services.change_registration(registration=registration, data={"role": "감사"})
    services.erase_person(email=HANAKO["email"])
    assert list(OutboxMail.objects.values_list("to", flat=True)) == [other.email]


def test_erasing_deletes_mails_to_the_address_left_without_a_registration(db):
    OutboxMail.objects.create(
        kind="message", to=HANAKO["email"], language="ja", subject="件名", text="本文"
    )
    assert services.erase_person(email="HANAKO@example.jp") == 0
    assert OutboxMail.objects.count() == 0


def test_an_erased_seat_goes_to_the_first_person_waiting(db, django_capture_on_commit_callbacks):
    registrable = make_registrable(capacity=1)
    holder = register(registrable, **HANAKO)
    first = register(registrable, correspondence_language="en")
    second = register(registrable)
    with django_capture_on_commit_callbacks(execute=True):
        services.erase_person(email=HANAKO["email"])
    statuses = [
        r.status for r in Registration.objects.filter(pk__in=[holder.pk, first.pk, second.pk])
    ]
    assert statuses == [Status.CANCELLED, Status.CONFIRMED, Status.WAITLISTED]
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([first.email], "A seat is yours: Gwangju national conference")
    ]


def test_an_erased_activity_place_goes_to_the_first_person_waiting(db):
    registrable = make_registrable()
    visit = make_activity(registrable, capacity=1)
    register(registrable, activities=[visit], **HANAKO)
    waiting = register(registrable, activities=[visit])
    services.erase_person(email=HANAKO["email"])
    assert Booking.objects.get(registration=waiting).status == Status.CONFIRMED


def test_erasing_after_the_end_keeps_the_status(db):
    now = timezone.now()
    registrable = make_registrable(capacity=1, ends_at=now + DAY)
    registration = register(registrable, **HANAKO)
    waiting = register(registrable)
    services.erase_personal_data(registrations=[registration, waiting], now=now + 2 * DAY)
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses == [Status.CONFIRMED, Status.WAITLISTED]


def test_erasing_twice_erases_once(db):
    register(make_registrable(), **HANAKO)
    services.erase_person(email=HANAKO["email"])
    registration = Registration.objects.get()
    assert services.erase_personal_data(registrations=[registration]) == 0


def test_a_blank_address_erases_nobody(db):
    registration = register(make_registrable(), email="", name="현장 등록")
    assert services.erase_person(email="") == 0
    assert personal(registration)["name"] == "현장 등록"


# --- retention --------------------------------------------------------------


def test_retention_erases_only_after_the_days_kept_after_the_end(db):
    now = timezone.now()
    ends = now + DAY
    registrable = make_registrable(starts_at=now, ends_at=ends, retention_days=30)
    registration = register(registrable, **HANAKO)
    assert services.apply_retention(now=ends + 30 * DAY) == 0
    assert personal(registration)["name"] == HANAKO["name"]
    assert services.apply_retention(now=ends + 30 * DAY + datetime.timedelta(seconds=1)) == 1
    assert personal(registration)["name"] == services.ERASED


def test_retention_counts_from_the_start_when_there_is_no_end(db):
    now = timezone.now()
    registrable = make_registrable(starts_at=now, retention_days=10)
    register(registrable)
    assert services.apply_retention(now=now + 11 * DAY) == 1


def test_retention_leaves_other_registrables_alone(db):
    now = timezone.now()
    old, recent, undated = make_registrable(), make_registrable(), make_registrable()
    for registrable in (old, recent, undated):
        register(registrable)
    old.ends_at, recent.ends_at = now - 400 * DAY, now - 10 * DAY
    old.save()
    recent.save()
    assert services.apply_retention(now=now) == 1
    erased = Registration.objects.filter(erased_at__isnull=False)
    assert list(erased.values_list("registrable", flat=True)) == [old.pk]


# --- the commands -----------------------------------------------------------


def command(name, *args, **options):
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"):
        call_command(name, *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_the_export_command_prints_json_in_the_persons_own_script(db):
    register(make_registrable(), **HANAKO)
    out, err = command("export_personal_data", "hanako@example.jp")
    data = services.export_personal_data(email="hanako@example.jp")
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert "山田はなこ" in out
    assert err == ""


def test_the_export_command_writes_a_file(db, tmp_path):
    register(make_registrable(), **HANAKO)
    path = tmp_path / "hanako.json"
    out, _ = command("export_personal_data", HANAKO["email"], output=str(path))
    assert out == f"Wrote the data of 1 registration to {path}.\n"
    assert json.loads(path.read_text(encoding="utf-8")) == services.export_personal_data(
        email=HANAKO["email"]
    )


def test_the_export_command_says_when_nobody_has_the_address(db):
    out, err = command("export_personal_data", "nobody@example.org")
    assert (out, err) == ("[]\n", "No registration has the address nobody@example.org.\n")


def test_the_commands_refuse_what_is_not_an_address(db):
    with pytest.raises(CommandError) as error:
        command("erase_personal_data", "not an address", "--yes")
    assert str(error.value) == "not an address is not an email address."


def test_the_erase_command_with_yes_erases_without_asking(db):
    register(make_registrable(), **HANAKO)
    out, _ = command("erase_personal_data", HANAKO["email"], "--yes")
    assert out == "Erased the personal data of 1 registration.\n"
    assert Registration.objects.get().erased_at is not None


def test_the_erase_command_asks_first(db, monkeypatch):
    register(make_registrable(title="광주 전국대회"), **HANAKO)
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "yes")
    out, _ = command("erase_personal_data", HANAKO["email"])
    assert out == (
        "The personal data of these registrations with Hanako@example.jp will be erased:\n"
        "  - 광주 전국대회: 山田はなこ (Confirmed)\n"
        "Erased the personal data of 1 registration.\n"
    )
    assert prompts == ["This cannot be undone. Type 'yes' to erase: "]


def test_the_erase_command_erases_nothing_unless_told_yes(db, monkeypatch):
    registration = register(make_registrable(), **HANAKO)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    out, _ = command("erase_personal_data", HANAKO["email"])
    assert out.endswith("Nothing was erased.\n")
    assert personal(registration)["name"] == HANAKO["name"]
