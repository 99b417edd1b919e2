# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""Demo registrations for the 2027 sample seminar and the Gwangju conference.

Used by ``events/demo.py``. The seminar takes registrations on the site with a
seat limit, two optional activities (a small clinic visit that fills up, so
the demo shows an activity waiting list) and three questions of the
organizers, one shown only when another is answered. The Gwangju conference
(in reality registered elsewhere: here an illustration) takes them on the
site too, with one question, whether a delegate needs an invitation letter
for a visa; some of its delegates checked in on the day, so the admin has
certificates to print. Demo delegates register through the engine's services;
their names are invented and their addresses are example.org.
"""

import datetime

from madang.core.demo import build as demo
from madang.core.demo.content import EN, JA, KO, SEOUL
from madang.registrations import services
from madang.registrations.models import Registrable

from .models import EventActivity, EventQuestion

KEY = "event-sample-seminar-2027"
GWANGJU = "event-gwangju-conference-2026"

QUESTIONS = [
    {
        "key": "heard",
        "field_type": "dropdown",
        "required": False,
        KO: {
            "label": "세미나 소식을 어디에서 들으셨나요?",
            "choices": "소속 협동조합\n연합회 소식지\n마당 누리집\n기타",
        },
        JA: {
            "label": "セミナーを何でお知りになりましたか。",
            "choices": "所属する協同組合\n連合会のニュースレター\nマダンのサイト\nその他",
        },
        EN: {
            "label": "How did you hear about the seminar?",
            "choices": "My cooperative\nThe federation's newsletter\nThe Madang site\nOther",
        },
    },
    {
        "key": "present",
        "field_type": "checkbox",
        "required": False,
        KO: {"label": "우리 조합의 사례를 짧게 발표하고 싶습니다"},
        JA: {"label": "自分の組合の事例を短く発表したい"},
        EN: {"label": "I would like to give a short talk about my cooperative's work"},
    },
    {
        "key": "talk-title",
        "field_type": "singleline",
        "required": True,
        "show_if_value": "yes",
        "show_if": "present",
        KO: {"label": "발표 제목", "help_text": "가제여도 괜찮습니다."},
        JA: {"label": "発表のタイトル", "help_text": "仮題でかまいません。"},
        EN: {"label": "Title of your talk", "help_text": "A working title is fine."},
    },
]

ACTIVITIES = [
    {
        "key": "clinic-visit",
        "capacity": 4,
        KO: {
            "name": "다음 날 오전 진료소 견학",
            "description": "진료에 방해가 되지 않도록 네 명까지만 함께 갑니다.",
        },
        JA: {
            "name": "翌日午前の診療所見学",
            "description": "診療の妨げにならないよう、4名までとします。",
        },
        EN: {
            "name": "Clinic visit the next morning",
            "description": "Limited to four people so that patients are not disturbed.",
        },
    },
    {
        "key": "dinner",
        "capacity": 60,
        KO: {"name": "교류 만찬", "description": "세미나가 끝난 뒤 같은 건물에서 열립니다."},
        JA: {"name": "交流夕食会", "description": "セミナーの後、同じ建物で開きます。"},
        EN: {
            "name": "Exchange dinner",
            "description": "Held in the same building after the seminar.",
        },
    },
]

REGISTRATION_FIELDS = {
    "take_registrations": True,
    "capacity": 80,
    "organization_limit": 10,
    "requires_verification": True,
    "registration_url": "",
}

GWANGJU_QUESTIONS = [
    {
        "key": "visa-letter",
        "field_type": "checkbox",
        "required": False,
        KO: {
            "label": "비자 신청에 낼 초청장이 필요합니다",
            "help_text": "신청이 확정되면 내 신청 페이지에서 초청장을 내려받을 수 있습니다.",
        },
        JA: {
            "label": "ビザ申請に出す招へい状が必要です",
            "help_text": "申し込みが確定すると、申し込みのページから招へい状をダウンロードできます。",
        },
        EN: {
            "label": "I need an invitation letter for my visa application",
            "help_text": "Once your registration is confirmed, download the letter from your registration page.",
        },
    },
]

GWANGJU_FIELDS = {
    "take_registrations": True,
    "capacity": 700,
    "organization_limit": 20,
    "requires_verification": True,
    "registration_url": "",
}


def _question_key(event, key):
    return demo.demo_key(f"{event}/question-{key}")


def _activity_key(event, key):
    return demo.demo_key(f"{event}/activity-{key}")


def original_children(event, locale):
    """The Korean questions and activities, unsaved; the page's save stores them."""
    spec = REGISTRATIONS[event]
    labels = {question["key"]: question[KO]["label"] for question in spec["questions"]}
    questions = [
        EventQuestion(
            translation_key=_question_key(event, question["key"]),
            locale=locale,
            sort_order=n,
            clean_name=question["key"].replace("-", "_"),
            field_type=question["field_type"],
            required=question["required"],
            label=question[KO]["label"],
            choices=question[KO].get("choices", ""),
            help_text=question[KO].get("help_text", ""),
            show_if_question=labels[question["show_if"]] if question.get("show_if") else "",
            show_if_value=question.get("show_if_value", ""),
        )
        for n, question in enumerate(spec["questions"])
    ]
    activities = [
        EventActivity(
            translation_key=_activity_key(event, activity["key"]),
            locale=locale,
            sort_order=n,
            name=activity[KO]["name"],
            description=activity[KO]["description"],
            capacity=activity["capacity"],
        )
        for n, activity in enumerate(spec["activities"])
    ]
    return {"registration_questions": questions, "registration_activities": activities}


def registration_fields(event, locale):
    """The Registration tab of an event that takes registrations here; ``{}`` otherwise."""
    if event not in REGISTRATIONS:
        return {}
    return {**REGISTRATIONS[event]["fields"], **original_children(event, locale)}


def translate_children(page, event, code):
    """Translate the questions and activities ``copy_for_translation`` copied."""
    spec = REGISTRATIONS[event]
    questions = {_question_key(event, question["key"]): question for question in spec["questions"]}
    labels = {question["key"]: question[code]["label"] for question in spec["questions"]}
    items = list(page.registration_questions.all())
    for item in items:
        question = questions.get(item.translation_key)
        if question is not None:
            item.label = question[code]["label"]
            item.choices = question[code].get("choices", "")
            item.help_text = question[code].get("help_text", "")
            item.show_if_question = labels[question["show_if"]] if question.get("show_if") else ""
    page.registration_questions = items
    activities = {
        _activity_key(event, activity["key"]): activity for activity in spec["activities"]
    }
    items = list(page.registration_activities.all())
    for item in items:
        activity = activities.get(item.translation_key)
        if activity is not None:
            item.name = activity[code]["name"]
            item.description = activity[code]["description"]
    page.registration_activities = items


DELEGATES = [
    # (language, person, activities)
    (
        "ko",
        {
            "name": "박서연",
            "name_romanized": "Park Seoyeon",
            "email": "seoyeon.park@example.org",
            "organization": "안산의료복지사회적협동조합",
            "role": "가정의학과 의사",
            "country": "KR",
            "interpretation_language": "ko",
        },
        ["clinic-visit", "dinner"],
    ),
    (
        "ko",
        {
            "name": "이준호",
            "name_romanized": "Lee Junho",
            "email": "junho.lee@example.org",
            "organization": "안산의료복지사회적협동조합",
            "role": "이사",
            "country": "KR",
            "interpretation_language": "ko",
            "dietary_needs": "돼지고기를 먹지 않습니다",
        },
        ["clinic-visit", "dinner"],
    ),
    (
        "ko",
        {
            "name": "최민경",
            "name_romanized": "Choi Minkyung",
            "email": "minkyung.choi@example.org",
            "organization": "시흥희망의료복지사회적협동조합",
            "role": "간호사",
            "country": "KR",
            "interpretation_language": "ko",
        },
        ["clinic-visit"],
    ),
    (
        "ja",
        {
            "name": "佐藤 真理子",
            "name_romanized": "Sato Mariko",
            "email": "mariko.sato@example.org",
            "organization": "医療生協さいたま",
            "role": "組合員活動担当",
            "country": "JP",
        },
        ["dinner"],
    ),
    (
        "en",
        {
            "name": "Maria Santos",
            "name_romanized": "Maria Santos",
            "email": "maria.santos@example.org",
            "organization": "Health cooperative in the Philippines",
            "role": "Board member",
            "country": "PH",
            "interpretation_language": "en",
        },
        ["clinic-visit", "dinner"],
    ),
    (
        "ja",
        {
            "name": "田中 健",
            "name_romanized": "Tanaka Ken",
            "email": "ken.tanaka@example.org",
            "organization": "医療生協さいたま",
            "role": "医師",
            "country": "JP",
        },
        ["clinic-visit"],
    ),
]

# Names are invented. Koreans need no interpretation at a Korean conference; the
# foreign delegates who need a visa asked for an invitation letter, and those
# marked "checked_in" came to the desk on the day (their certificates print).
GWANGJU_DELEGATES = [
    # (language, person, activities)
    (
        "ko",
        {
            "name": "김도윤",
            "name_romanized": "Kim Doyun",
            "email": "doyun.kim@example.org",
            "organization": "광주광역시 서구",
            "role": "통합돌봄 담당 주무관",
            "country": "KR",
            "checked_in": True,
        },
        [],
    ),
    (
        "ko",
        {
            "name": "임수빈",
            "name_romanized": "Lim Subin",
            "email": "subin.lim@example.org",
            "organization": "광주광역시사회서비스원",
            "role": "사회복지사",
            "country": "KR",
            "accessibility_needs": "휠체어를 씁니다",
            "sensitive_consent": True,
            "checked_in": True,
        },
        [],
    ),
    (
        "ko",
        {
            "name": "장현우",
            "name_romanized": "Jang Hyeonwoo",
            "email": "hyeonwoo.jang@example.org",
            "organization": "안산의료복지사회적협동조합",
            "role": "방문진료 의사",
            "country": "KR",
        },
        [],
    ),
    (
        "ja",
        {
            "name": "鈴木 由美",
            "name_romanized": "Suzuki Yumi",
            "email": "yumi.suzuki@example.org",
            "organization": "医療生協さいたま",
            "role": "看護師",
            "country": "JP",
            "interpretation_language": "ja",
            "checked_in": True,
        },
        [],
    ),
    (
        "ja",
        {
            "name": "高橋 誠",
            "name_romanized": "Takahashi Makoto",
            "email": "makoto.takahashi@example.org",
            "organization": "医療生協さいたま",
            "role": "理事",
            "country": "JP",
            "interpretation_language": "ja",
        },
        [],
    ),
    (
        "en",
        {
            "name": "Ana Reyes",
            "name_romanized": "Ana Reyes",
            "email": "ana.reyes@example.org",
            "organization": "Health cooperative in the Philippines",
            "role": "Community health worker",
            "country": "PH",
            "interpretation_language": "en",
            "answers": {"visa_letter": True},
            "checked_in": True,
        },
        [],
    ),
    (
        "en",
        {
            "name": "Dewi Anggraini",
            "name_romanized": "Dewi Anggraini",
            "email": "dewi.anggraini@example.org",
            "organization": "Health cooperative in Indonesia",
            "role": "Board member",
            "country": "ID",
            "interpretation_language": "en",
            "answers": {"visa_letter": True},
        },
        [],
    ),
]

REGISTRATIONS = {
    KEY: {
        "fields": REGISTRATION_FIELDS,
        "questions": QUESTIONS,
        "activities": ACTIVITIES,
        "delegates": DELEGATES,
        "when": None,  # the seminar is ahead: they register now
        "arrived": None,
    },
    GWANGJU: {
        "fields": GWANGJU_FIELDS,
        "questions": GWANGJU_QUESTIONS,
        "activities": [],
        "delegates": GWANGJU_DELEGATES,
        # The conference is over: they registered before its deadline, arrived on the day.
        "when": datetime.datetime(2026, 2, 10, 10, 0, tzinfo=SEOUL),
        "arrived": datetime.datetime(2026, 2, 27, 13, 30, tzinfo=SEOUL),
    },
}


def add_demo_registrations(page, event, report):
    """A few delegates, once: confirmed (on the seminar, one on the clinic visit's
    waiting list; at Gwangju, some checked in)."""
    spec = REGISTRATIONS[event]
    registrable = Registrable.objects.filter(key=page.translation_key).first()
    if registrable is None or registrable.registrations.exists():
        report.count("registrations", False)
        return
    now = spec["when"]
    activities = {row.key: row for row in registrable.activities.all()}
    for language, person, chosen in spec["delegates"]:
        person = dict(person)
        answers = person.pop("answers", {})
        checked_in = person.pop("checked_in", False)
        # Those who told their needs ticked the consent box for them.
        consent = person.pop("sensitive_consent", "dietary_needs" in person)
        registration = services.register(
            registrable=registrable,
            data={**person, "correspondence_language": language},
            language=language,
            answers=answers,
            activities=[activities[_activity_key(event, key)] for key in chosen],
            sensitive_consent=consent,
            now=now,
        )
        registration = services.confirm_email(registration=registration, now=now)
        if checked_in:
            services.check_in(registrable=registrable, code=registration.code, now=spec["arrived"])
        report.count("registrations", True)
