# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""Demo registration for the 2027 sample seminar: questions, optional activities, delegates.

Used by ``events/demo.py``. The seminar takes registrations on the site with a
seat limit, two optional activities (a small clinic visit that fills up, so
the demo shows an activity waiting list) and three questions of the
organizers, one shown only when another is answered. A few demo delegates
register through the engine's services, so the admin has something to show.
"""

from madang.core.demo import build as demo
from madang.core.demo.content import EN, JA, KO
from madang.registrations import services
from madang.registrations.models import Registrable

from .models import EventActivity, EventQuestion

KEY = "event-sample-seminar-2027"

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


def _question_key(key):
    return demo.demo_key(f"{KEY}/question-{key}")


def _activity_key(key):
    return demo.demo_key(f"{KEY}/activity-{key}")


def original_children(locale):
    """The Korean questions and activities, unsaved; the page's save stores them."""
    labels = {spec["key"]: spec[KO]["label"] for spec in QUESTIONS}
    questions = [
        EventQuestion(
            translation_key=_question_key(spec["key"]),
            locale=locale,
            sort_order=n,
            clean_name=spec["key"].replace("-", "_"),
            field_type=spec["field_type"],
            required=spec["required"],
            label=spec[KO]["label"],
            choices=spec[KO].get("choices", ""),
            help_text=spec[KO].get("help_text", ""),
            show_if_question=labels[spec["show_if"]] if spec.get("show_if") else "",
            show_if_value=spec.get("show_if_value", ""),
        )
        for n, spec in enumerate(QUESTIONS)
    ]
    activities = [
        EventActivity(
            translation_key=_activity_key(spec["key"]),
            locale=locale,
            sort_order=n,
            name=spec[KO]["name"],
            description=spec[KO]["description"],
            capacity=spec["capacity"],
        )
        for n, spec in enumerate(ACTIVITIES)
    ]
    return {"registration_questions": questions, "registration_activities": activities}


def translate_children(page, code):
    """Translate the questions and activities ``copy_for_translation`` copied."""
    questions = {_question_key(spec["key"]): spec for spec in QUESTIONS}
    labels = {spec["key"]: spec[code]["label"] for spec in QUESTIONS}
    items = list(page.registration_questions.all())
    for item in items:
        spec = questions.get(item.translation_key)
        if spec is not None:
            item.label = spec[code]["label"]
            item.choices = spec[code].get("choices", "")
            item.help_text = spec[code].get("help_text", "")
            item.show_if_question = labels[spec["show_if"]] if spec.get("show_if") else ""
    page.registration_questions = items
    activities = {_activity_key(spec["key"]): spec for spec in ACTIVITIES}
    items = list(page.registration_activities.all())
    for item in items:
        spec = activities.get(item.translation_key)
        if spec is not None:
            item.name = spec[code]["name"]
            item.description = spec[code]["description"]
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


def add_demo_registrations(page, report):
    """A few delegates, once: confirmed, and one on the clinic visit's waiting list."""
    registrable = Registrable.objects.filter(key=page.translation_key).first()
    if registrable is None or registrable.registrations.exists():
        report.count("registrations", False)
        return
    activities = {row.key: row for row in registrable.activities.all()}
    for language, person, chosen in DELEGATES:
        registration = services.register(
            registrable=registrable,
            data={**person, "correspondence_language": language},
            language=language,
            activities=[activities[_activity_key(key)] for key in chosen],
            # Those who told their needs ticked the consent box for them.
            sensitive_consent="dietary_needs" in person,
        )
        services.confirm_email(registration=registration)
        report.count("registrations", True)
