# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""Demo tours for ``manage.py load_demo``, in Korean, Japanese and English.

Registered through the ``madang_load_demo`` hook (see wagtail_hooks.py), so the
site package's demo builder never imports this app. Facts come from the seed
texts; sentences are Madang's own. Dates marked "placeholder" are not
historical.
"""

from datetime import date

from madang.core.demo import build as demo
from madang.core.demo.content import (
    EN,
    JA,
    KO,
    SAMPLE_YEAR,
    bullets,
    heading,
    numbered,
    para,
    picture,
)

from .models import TourIndexPage, TourPage

TOUR_INDEX = {
    "key": "tour-index",
    KO: {
        "title": "연수 방문",
        "slug": "study-tours",
        "intro": "협동조합끼리 서로 찾아가 배우는 연수 방문의 기록과 다음 일정입니다.",
    },
    JA: {
        "title": "視察研修",
        "slug": "shisatsu-kenshu",
        "intro": "協同組合どうしが訪ね合って学ぶ視察研修の記録と、これからの予定です。",
    },
    EN: {
        "title": "Study tours",
        "slug": "study-tours",
        "intro": "Records of cooperatives visiting one another to learn, and the tours coming up next.",
    },
}

TOURS = [
    {
        "key": "tour-saitama-2015",
        "host": "org-medical-coop-saitama",
        # Placeholder dates: the report gives only the year (before September 2015).
        "start_date": date(2015, 7, 8),
        "end_date": date(2015, 7, 10),
        "country": "JP",
        KO: {
            "title": "의료생협 사이타마 연수 방문 (2015)",
            "slug": "saitama-2015",
            "city": "사이타마현",
            "intro": "안산·시흥의 의료복지사회적협동조합 의사와 이사, 서울의 새 조합 설립 준비 모임이 함께한 일본 의료생협 연수입니다.",
            "body": [
                heading("연수 목표"),
                numbered(
                    "여섯 개 의료생협이 합병해 생긴 의료생협 사이타마의 역사와 합병 경험 배우기",
                    "병원, 진료소, 돌봄 시설 둘러보기",
                    "조합원 활동 배우기",
                ),
                heading("주요 일정"),
                bullets(
                    "의료생협 사이타마의 역사 강의",
                    "병원 견학: 수술실, 병실, 조리실",
                    "진료소에서 한일 가정의의 경험 나누기",
                    "공원에서 조합원이 매주 여는 운동 모임 참여",
                ),
                picture("exchange", KO, "한국과 일본의 협동조합을 잇는 다리"),
                para("※ 이 데모 페이지의 연수 날짜는 예시로 넣은 값입니다."),
            ],
        },
        JA: {
            "title": "医療生協さいたま視察研修（2015年）",
            "slug": "医療生協さいたま視察研修-2015",
            "city": "埼玉県",
            "intro": "韓国・安山と始興の医療福祉社会的協同組合の医師と理事、ソウルで新しい組合の設立を準備していたメンバーによる視察研修です。",
            "body": [
                heading("研修のねらい"),
                numbered(
                    "6つの医療生協の合併で生まれた医療生協さいたまの歴史と合併の経験に学ぶ",
                    "病院・診療所・介護施設の見学",
                    "組合員活動に学ぶ",
                ),
                heading("主なプログラム"),
                bullets(
                    "医療生協さいたまの歴史についての講義",
                    "病院見学：手術室、病室、厨房",
                    "診療所で日韓の家庭医が経験を交流",
                    "組合員が公園で毎週開く運動の会に参加",
                ),
                picture("exchange", JA, "日韓の協同組合をつなぐ橋（イメージ）"),
                para("※このデモページの研修日程は仮のものです。"),
            ],
        },
        EN: {
            "title": "Study tour to Medical CO-OP Saitama (2015)",
            "slug": "saitama-2015",
            "city": "Saitama",
            "intro": "Doctors and board members of the Ansan and Siheung medical-welfare cooperatives, with a group preparing a new cooperative in Seoul, visit a Japanese medical co-op.",
            "body": [
                heading("Goals"),
                numbered(
                    "Learn the history of Medical CO-OP Saitama, formed by the merger of six medical co-ops, and its experience of merging",
                    "See a hospital, a clinic and a care facility at work",
                    "Learn about members' activities",
                ),
                heading("Highlights"),
                bullets(
                    "A talk on how Medical CO-OP Saitama grew",
                    "Hospital visit: operating theatres, wards and kitchen",
                    "Japanese and Korean family doctors exchange experience at a clinic",
                    "Joining the members' weekly exercise session in a park",
                ),
                picture("exchange", EN, "A bridge between Korean and Japanese cooperatives"),
                para("Note: the tour dates on this demo page are placeholders."),
            ],
        },
    },
    {
        "key": "tour-sample-2027",
        "host": "org-medical-coop-saitama",
        "start_date": date(SAMPLE_YEAR, 5, 17),
        "end_date": date(SAMPLE_YEAR, 5, 19),
        "country": "JP",
        KO: {
            "title": f"일본 의료생협 연수 방문 {SAMPLE_YEAR} (예시)",
            "slug": f"sample-tour-{SAMPLE_YEAR}",
            "city": "사이타마현",
            "intro": "사이트의 연수 목록을 보여 주기 위한 예시 일정입니다. 실제 모집 공고가 아닙니다.",
            "body": [
                para(
                    "실제 연수가 정해지면 편집자가 이 자리를 진짜 일정으로 바꿉니다. 연수 페이지에는 방문할 조합, 날짜, 일정과 참가 방법을 적습니다."
                )
            ],
        },
        JA: {
            "title": f"医療生協さいたま視察研修{SAMPLE_YEAR}（サンプル）",
            "slug": f"sample-tour-{SAMPLE_YEAR}",
            "city": "埼玉県",
            "intro": "サイトの視察研修一覧を示すためのサンプル日程です。実際の参加募集ではありません。",
            "body": [
                para(
                    "実際の研修が決まったら、編集者がここを本当の予定に差し替えます。研修のページには訪問先の組合、日程、プログラム、参加方法を記載します。"
                )
            ],
        },
        EN: {
            "title": f"Study tour to a Japanese medical co-op, {SAMPLE_YEAR} (sample)",
            "slug": f"sample-tour-{SAMPLE_YEAR}",
            "city": "Saitama",
            "intro": "A sample tour that shows how the study tour list works. It is not a real call for participants.",
            "body": [
                para(
                    "When a real tour is set, editors replace this entry with it. A tour page names the host cooperative and gives the dates, the programme and how to join."
                )
            ],
        },
    },
]


# --- Footer and site settings --------------------------------------------------------


def add_demo_tours(context):
    homes, locales, images, organizations, report = (
        context.homes,
        context.locales,
        context.images,
        context.organizations,
        context.report,
    )
    indexes = demo._ensure_index(homes, locales, TourIndexPage, TOUR_INDEX, report)
    tours = {}
    for spec in TOURS:

        def fields_for(code, spec=spec):
            texts = spec[code]
            return {
                **demo._simple_fields(texts, "intro", "city"),
                "host": organizations[spec["host"]][code],
                "start_date": spec["start_date"],
                "end_date": spec["end_date"],
                "country": spec["country"],
                "body": demo.stream(texts["body"], code, images),
            }

        original = demo.ensure_page(indexes[KO], TourPage, spec["key"], fields_for(KO), report)
        tours[spec["key"]] = demo._translations(original, spec, locales, report, fields_for)
    return indexes, tours
