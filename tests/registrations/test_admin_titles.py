"""Event and tour titles in the registrations admin are in the admin's language where
the page has a translation in it (the original's otherwise), read with the rows."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from madang.registrations.models import EventRole
from madang.registrations.services.event_roles import assign_event_role
from tests.factories import StandardPageFactory, translate_page
from tests.helpers import count_queries

from .delegates import add_activity, add_question
from .factories import make_registrable, make_registrable_event, register

pytestmark = pytest.mark.django_db


def sign_in(client, language, *, role=None, registrable=None):
    if role is None:
        user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    else:
        user = get_user_model().objects.create_user("desk", "d@example.org", "pw")
        assign_event_role(registrable=registrable, user=user, role=role)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def translated_registrable(home_pages, korean, japanese):
    """A registrable whose Korean page has a Japanese translation."""
    page = StandardPageFactory(
        parent=home_pages["ko"], locale=home_pages["ko"].locale, title=korean
    )
    translate_page(page, "ja", title=japanese)
    return make_registrable(key=page.translation_key, page=page, title=korean)


@pytest.fixture
def registrables(home_pages):
    gwangju = translated_registrable(home_pages, "광주 전국대회", "光州全国大会")
    saitama = make_registrable(title="사이타마 교류회")  # no translation: the original
    return gwangju, saitama


def titles_in(page, *titles):
    return [title in page for title in titles]


def test_a_japanese_organizer_reads_the_index_in_japanese_where_translated(client, registrables):
    page = sign_in(client, "ja").get(reverse("registrations_admin:index")).content.decode()

    assert titles_in(page, "光州全国大会", "사이타마 교류회", "광주 전국대회") == [
        True,
        True,
        False,
    ]


def test_a_korean_organizer_reads_the_korean_titles(client, registrables):
    page = sign_in(client, "ko").get(reverse("registrations_admin:index")).content.decode()

    assert titles_in(page, "광주 전국대회", "光州全国大会") == [True, False]


def test_a_japanese_organizer_finds_an_event_by_its_japanese_title(client, registrables):
    response = sign_in(client, "ja").get(reverse("registrations_admin:index"), {"q": "光州"})

    assert [row.shown_title for row in response.context["object_list"]] == ["光州全国大会"]


def test_one_registrables_pages_carry_its_japanese_title(client, registrables):
    gwangju, _saitama = registrables
    registration = register(gwangju)
    client = sign_in(client, "ja")

    pages = [
        client.get(reverse(name, args=[pk])).content.decode()
        for name, pk in [
            ("registrations_admin:list", gwangju.pk),
            ("registrations_admin:detail", registration.pk),
            ("registrations_admin:check_in", gwangju.pk),
            ("registrations_desk_scan", gwangju.pk),
        ]
    ]

    assert [("光州全国大会" in page, "광주 전국대회" in page) for page in pages] == [
        (True, False)
    ] * 4


def test_a_desk_volunteers_dashboard_and_the_upcoming_panel_in_japanese(client, registrables):
    gwangju, _saitama = registrables
    desk = sign_in(client, "ja", role=EventRole.Kind.DESK, registrable=gwangju)
    desk_page = desk.get(reverse("wagtailadmin_home")).content.decode()
    client.logout()
    organizer_page = sign_in(client, "ja").get(reverse("wagtailadmin_home")).content.decode()

    assert [
        titles_in(page, "光州全国大会", "광주 전국대회") for page in (desk_page, organizer_page)
    ] == [
        [True, False],
        [True, False],
    ]


def test_the_mail_delivery_listing_names_the_event_in_japanese(client, registrables):
    gwangju, _saitama = registrables
    register(gwangju, email="delegate@example.org")

    page = sign_in(client, "ja").get("/admin/mail-delivery/").content.decode()

    assert titles_in(page, "光州全国大会", "광주 전국대회") == [True, False]


def test_the_index_reads_the_titles_with_the_rows_however_many(client, home_pages):
    client = sign_in(client, "ja")
    translated_registrable(home_pages, "광주 전국대회", "光州全国大会")
    one = count_queries(client, reverse("registrations_admin:index"))
    for n in range(4):
        translated_registrable(home_pages, f"행사 {n}", f"行事 {n}")

    assert count_queries(client, reverse("registrations_admin:index")) == one


@pytest.fixture
def event_with_visits(event_index):
    """An event taking registrations, published in Korean and Japanese, and a way to add
    optional activities named in both languages (the Japanese page's share their keys)."""
    from events.models import EventActivity

    translate_page(event_index, "ja")
    page, registrable = make_registrable_event(event_index, capacity=10)
    ja_page = translate_page(page, "ja")

    def add_visit(korean, japanese):
        row = add_activity(page, name=korean, capacity=5)
        EventActivity.objects.create(
            page=ja_page, locale=ja_page.locale, translation_key=row.key, name=japanese
        )
        return row

    return registrable, add_visit


def test_a_japanese_organizer_reads_the_activities_in_japanese(client, event_with_visits):
    registrable, add_visit = event_with_visits
    visit = add_visit("병원 견학", "病院見学")
    registration = register(registrable, activities=[visit])
    address = reverse("registrations_admin:list", args=[registrable.pk])

    client = sign_in(client, "ja")
    listing = client.get(address)
    export = client.get(address, {"export": "csv"})
    detail = client.get(reverse("registrations_admin:detail", args=[registration.pk]))

    pages = [
        listing.content.decode(),
        b"".join(export.streaming_content).decode("utf-8"),
        detail.content.decode(),
    ]
    assert [("病院見学" in page, "병원 견학" in page) for page in pages] == [(True, False)] * 3
    assert listing.context["seats_form"].fields["target"].choices[1] == (visit.pk, "病院見学")


def test_the_activities_titles_are_read_in_a_few_queries_however_many(client, event_with_visits):
    registrable, add_visit = event_with_visits
    add_visit("견학 0", "見学 0")
    client = sign_in(client, "ja")
    address = reverse("registrations_admin:list", args=[registrable.pk])
    one = count_queries(client, address)
    for n in range(1, 5):
        add_visit(f"견학 {n}", f"見学 {n}")

    assert count_queries(client, address) == one


def test_a_korean_organizers_export_gives_the_choices_in_korean(client, event_index):
    """Choices are shared by position across the page's translations: a delegate who
    chose 魚 on the Japanese form chose 생선 for a Korean organizer; the stored answer
    stays the delegate's own (their registration's page shows both)."""
    translate_page(event_index, "ja")
    page, registrable = make_registrable_event(event_index, capacity=10)
    add_question(page, label="메뉴", clean_name="menu", field_type="dropdown", choices="고기\n생선")
    add_question(
        page, label="관심", clean_name="topics", field_type="checkboxes", choices="돌봄, 의료"
    )
    add_question(page, label="메모", clean_name="memo", field_type="singleline")
    ja_page = translate_page(page, "ja")
    for question in ja_page.registration_questions.all():
        question.choices = {"menu": "肉\n魚", "topics": "ケア, 医療"}.get(question.clean_name, "")
        question.save()
    registration = register(registrable, language="ja")
    registration.answers = {"menu": "魚", "topics": ["ケア", "医療"], "memo": "魚が好き"}
    registration.save()
    client = sign_in(client, "ko")

    export = client.get(
        reverse("registrations_admin:list", args=[registrable.pk]), {"export": "csv"}
    )
    detail = client.get(reverse("registrations_admin:detail", args=[registration.pk]))

    row = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))[
        0
    ]
    assert [row["메뉴"], row["관심"], row["메모"]] == ["생선", "돌봄, 의료", "魚が好き"]
    assert dict(detail.context["answers"]) == {
        "메뉴": "생선 (魚)",
        "관심": "돌봄, 의료 (ケア, 医療)",
        "메모": "魚が好き",
    }
