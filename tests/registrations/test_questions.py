"""The organizers' own questions: Wagtail form-builder types, required, conditional, translated."""

from django.core import mail

from madang.registrations.models import Registration
from tests.factories import translate_page

from .delegates import add_question, form_data
from .factories import make_registrable_event


def url(registrable, language="en"):
    return f"/{language}/register/{registrable.key}/"


def post(client, registrable, capture, language="en", **answers):
    with capture(execute=True):
        return client.post(url(registrable, language), form_data(**answers))


def add_every_kind(page):
    """One question of each kind an organizer can add."""
    add_question(page, label="Hotel nights", field_type="number", required=True)
    add_question(page, label="Arrival date", field_type="date", required=True)
    add_question(page, label="Message to the hosts", field_type="multiline")
    add_question(page, label="Your city", field_type="singleline")
    add_question(
        page,
        label="Workshop",
        field_type="dropdown",
        choices="Home care\nCommunity health",
        required=True,
    )
    add_question(
        page,
        label="Topics",
        field_type="checkboxes",
        choices="Care\nPrevention\nFinance",
    )
    add_question(page, label="First time at the conference", field_type="checkbox")


EVERY_KIND = {
    "answer_hotel_nights": "2",
    "answer_arrival_date": "2030-02-26",
    "answer_message_to_the_hosts": "Thank you",
    "answer_your_city": "Ansan",
    "answer_workshop": "Home care",
    "answer_topics": ["Care", "Finance"],
    "answer_first_time_at_the_conference": "on",
}


def test_every_kind_of_question_is_shown_with_its_label(client, event_index):
    page, registrable = make_registrable_event(event_index)
    add_every_kind(page)

    html = client.get(url(registrable)).content.decode()

    assert "<legend>Questions from the organizers</legend>" in html
    assert '<label for="id_answer_hotel_nights">Hotel nights' in html
    assert 'type="number" name="answer_hotel_nights"' in html
    assert '<label for="id_answer_arrival_date">Arrival date' in html
    assert 'type="date" name="answer_arrival_date"' in html
    assert '<textarea name="answer_message_to_the_hosts"' in html
    assert '<select name="answer_workshop"' in html
    assert '<option value="" selected>—</option>' in html  # nothing chosen for the delegate
    assert "<legend>Topics</legend>" in html
    assert 'type="checkbox" name="answer_topics" value="Prevention"' in html
    assert 'type="checkbox" name="answer_first_time_at_the_conference"' in html


def test_answers_are_stored_with_the_registration_by_clean_name(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    add_every_kind(page)

    response = post(client, registrable, django_capture_on_commit_callbacks, **EVERY_KIND)

    assert response.status_code == 302
    assert Registration.objects.get().answers == {
        "hotel_nights": 2,
        "arrival_date": "2030-02-26",
        "message_to_the_hosts": "Thank you",
        "your_city": "Ansan",
        "workshop": "Home care",
        "topics": ["Care", "Finance"],
        "first_time_at_the_conference": True,
    }


def test_a_required_question_left_empty_is_marked(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    add_every_kind(page)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        **{**EVERY_KIND, "answer_hotel_nights": ""},
    )

    assert response.status_code == 400
    assert 'id="id_answer_hotel_nights_error"' in response.content.decode()
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_a_required_dropdown_left_on_the_empty_choice_is_marked(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    add_every_kind(page)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        **{**EVERY_KIND, "answer_workshop": ""},
    )

    assert response.status_code == 400
    assert 'id="id_answer_workshop_error"' in response.content.decode()


def test_a_choice_that_is_not_offered_is_refused(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    add_every_kind(page)

    response = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        **{**EVERY_KIND, "answer_workshop": "Something else"},
    )

    assert response.status_code == 400
    assert Registration.objects.count() == 0


def add_dinner_questions(page):
    add_question(page, label="Will you join the dinner", field_type="checkbox")
    add_question(
        page,
        label="Dinner menu",
        field_type="radio",
        choices="Meat\nFish\nVegetarian",
        required=True,
        show_if_question="Will you join the dinner",
        show_if_value="yes",
    )


def test_a_conditional_question_names_the_question_it_depends_on(client, event_index):
    page, registrable = make_registrable_event(event_index)
    add_dinner_questions(page)

    html = client.get(url(registrable)).content.decode()

    assert 'data-show-if="answer_will_you_join_the_dinner" data-show-if-value="yes"' in html
    # Without JavaScript it shows, so it cannot be marked required in the browser.
    assert '<legend>Dinner menu <span class="required">' not in html


def test_a_conditional_question_is_required_only_when_its_condition_is_met(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    add_dinner_questions(page)

    refused = post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        answer_will_you_join_the_dinner="on",
    )
    without_dinner = post(client, registrable, django_capture_on_commit_callbacks)

    assert refused.status_code == 400
    assert "Please answer this question." in refused.content.decode()
    assert without_dinner.status_code == 302
    assert Registration.objects.get().answers == {"will_you_join_the_dinner": False}


def test_an_answer_to_a_question_whose_condition_is_not_met_is_not_kept(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    add_dinner_questions(page)

    post(client, registrable, django_capture_on_commit_callbacks, answer_dinner_menu="Fish")
    post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        name="Second",
        email="second@example.org",
        answer_will_you_join_the_dinner="on",
        answer_dinner_menu="Fish",
    )

    assert list(Registration.objects.order_by("pk").values_list("answers", flat=True)) == [
        {"will_you_join_the_dinner": False},
        {"will_you_join_the_dinner": True, "dinner_menu": "Fish"},
    ]


def test_a_translated_page_asks_in_its_language_and_stores_the_same_keys(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    add_question(page, label="숙박 일수", field_type="number", required=True)
    add_question(page, label="만찬 참석", field_type="checkbox")
    add_question(
        page,
        label="메뉴",
        field_type="radio",
        choices="고기\n생선",
        show_if_question="만찬 참석",
        show_if_value="yes",
    )
    korean_keys = list(page.registration_questions.values_list("clean_name", flat=True))
    translate_page(event_index, "ja", title="イベント")
    japanese = translate_page(page, "ja", title="ケアの時代を共に開く全国大会")
    labels = {"숙박 일수": "宿泊数", "만찬 참석": "夕食会に参加", "메뉴": "メニュー"}
    for question in japanese.registration_questions.all():
        question.label = labels[question.label]
        if question.show_if_question:
            question.show_if_question = "夕食会に参加"
            question.choices = "肉\n魚"
        question.save()

    html = client.get(url(registrable, "ja")).content.decode()
    post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        language="ja",
        correspondence_language="ja",
        **{
            f"answer_{korean_keys[0]}": "3",
            f"answer_{korean_keys[1]}": "on",
            f"answer_{korean_keys[2]}": "魚",
        },
    )
    post(
        client,
        registrable,
        django_capture_on_commit_callbacks,
        language="ko",
        name="Second",
        email="second@example.org",
        **{f"answer_{korean_keys[0]}": "1"},
    )

    assert '<html lang="ja"' in html
    assert "ケアの時代を共に開く全国大会" in html
    assert f'<label for="id_answer_{korean_keys[0]}">宿泊数' in html
    assert f'<label for="id_answer_{korean_keys[1]}">夕食会に参加' in html
    assert f'data-show-if="answer_{korean_keys[1]}"' in html
    assert "숙박 일수" not in html
    japanese_answers, korean_answers = Registration.objects.order_by("pk").values_list(
        "answers", flat=True
    )
    assert japanese_answers == {korean_keys[0]: 3, korean_keys[1]: True, korean_keys[2]: "魚"}
    assert korean_answers == {korean_keys[0]: 1, korean_keys[1]: False}
    assert set(japanese_answers) >= set(korean_answers)
