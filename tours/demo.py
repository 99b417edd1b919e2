# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""Demo tours for ``manage.py load_demo``, in Korean, Japanese and English.

Registered through the ``madang_load_demo`` hook (see wagtail_hooks.py), so the
site package's demo builder never imports this app. Facts come from the seed
texts; sentences are Madang's own. Dates marked "placeholder" are not
historical. Places, the host profile and the itineraries are in
demo_content.py.

Like the rest of the demo, the build is idempotent: places, the host profile
and pages are found by their demo key and only what is missing is created.
Itineraries are written as StreamField raw data with ids derived from the
demo keys, so a stop has the same id on every run and in every language. The
related news article and the event that came next are found by their demo
keys (the news and events demo run before this one).
"""

from datetime import date, time

from wagtail.models import Page

from madang.core.demo import build as demo
from madang.core.demo.content import (
    EN,
    JA,
    KO,
    SAMPLE_YEAR,
    TRANSLATIONS,
    heading,
    para,
    picture,
    quote,
)

from . import demo_content as tc
from . import demo_registration as dr
from .models import HostProfile, Place, TourIndexPage, TourPage

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
        "time_zone": "Asia/Tokyo",
        "country": "JP",
        "themes": ["governance", "medical", "health_promotion", "members"],
        "languages": ["ko", "ja"],
        "meeting_place": None,
        "meeting_time": time(12, 30),
        "fee_covers": [],
        "contact_email": "",
        # Placeholder: the host's person on site, called by delegates who are lost.
        "host_contact": ("医療生協さいたま 国際交流担当（仮）", "+81 48-000-0000"),
        "itinerary": tc.SAITAMA_ITINERARY,
        "related_news": ["news-saitama-study-tour-2015"],
        "follow_ups": ["event-aphco-assembly-2015"],
        KO: {
            "title": "의료생협 사이타마 연수 방문 (2015)",
            "slug": "saitama-2015",
            "city": "사이타마현",
            "intro": "안산·시흥의 의료복지사회적협동조합 의사와 이사, 서울의 새 조합 설립 준비 모임이 함께한 일본 의료생협 연수입니다.",
            "audience": "안산의료복지사회적협동조합과 시흥희망의료복지사회적협동조합의 의사와 이사, 그리고 2015년 9월 서울에서 의료복지사회적협동조합을 세우려고 준비하던 사람들.",
            "goals": [
                "여섯 개 의료생협이 합병해 생긴 의료생협 사이타마의 역사와 합병 경험 배우기",
                "병원, 진료소, 돌봄 시설 둘러보기",
                "조합원 활동 배우기",
            ],
            "meeting_point": "공항 도착 로비 (예시)",
            "interpretation": "모든 일정에 한국어–일본어 통역 (예시)",
            "fee": "정보 없음 (예시)",
            "fee_notes": "",
            "contact_name": "",
            "body": [
                para(
                    "서울에서는 시장이 협동조합을 지원하면서 의료복지 분야를 비롯해 협동조합이 곳곳에서 생겨나고 있습니다. 몇몇 의료복지사회적협동조합은 합병해 병원을 세우기도 했습니다. 합병을 먼저 겪은 일본 조합의 이야기를 듣고 싶다는 바람이 이 연수의 출발점이었습니다.",
                    "※ 이 데모 페이지의 날짜와 시간, 장소 이름은 예시로 넣은 값입니다.",
                )
            ],
            "report": [
                heading("사흘 동안 본 것"),
                para(
                    "방문단은 강의에서 여섯 개 의료생협이 하나가 되기까지의 과정을 들었습니다. 병원에서는 수술실과 병실, 조리실까지 둘러보았고, 진료소에서는 두 나라의 가정의가 동네 주치의로 일하는 경험을 나누었습니다.",
                ),
                picture("exchange", KO, "두 나라의 조합을 잇는 교류 (일러스트)"),
                para(
                    "마지막 날 아침에는 조합원들이 매주 공원에서 여는 운동 모임에 함께했습니다. 누가 시켜서가 아니라 조합원이 스스로 꾸리는 건강 활동이라는 점이 방문단에게 깊은 인상을 남겼습니다.",
                ),
                picture("walking", KO, "공원 운동 모임에 함께한 아침 (일러스트)"),
                quote(
                    "건물을 보러 갔다가 사람을 배우고 왔습니다. 조리실에서도 수술실에서도, 만나는 사람마다 자기 일이 동네 사람들의 삶을 지키는 일이라고 말했습니다. 우리 조합도 그렇게 시작하고 싶습니다.",
                    "방문단원",
                    "서울 조합 설립 준비 모임",
                ),
                picture("home", KO, "마무리 교류회에서 둥글게 모여 앉은 모습 (일러스트)"),
                para(
                    "※ 위의 소감은 이 데모를 위해 새로 쓴 예시 글이며, 실제 참가자의 말이 아닙니다."
                ),
            ],
        },
        JA: {
            "title": "医療生協さいたま視察研修（2015年）",
            "slug": "医療生協さいたま視察研修-2015",
            "city": "埼玉県",
            "intro": "韓国・安山と始興の医療福祉社会的協同組合の医師と理事、ソウルで新しい組合の設立を準備していたメンバーによる視察研修です。",
            "audience": "安山医療福祉社会的協同組合と始興希望医療福祉社会的協同組合の医師・理事、そして2015年9月にソウルで医療福祉社会的協同組合の設立を準備していたメンバー。",
            "goals": [
                "6つの医療生協の合併で生まれた医療生協さいたまの歴史と合併の経験に学ぶ",
                "病院・診療所・介護施設の見学",
                "組合員活動に学ぶ",
            ],
            "meeting_point": "空港の到着ロビー（仮）",
            "interpretation": "全行程で韓国語–日本語の通訳あり（仮）",
            "fee": "情報なし（仮）",
            "fee_notes": "",
            "contact_name": "",
            "body": [
                para(
                    "ソウルでは市長が協同組合を後押しし、医療福祉をはじめさまざまな分野で協同組合が生まれています。いくつかの医療福祉社会的協同組合は合併して病院をつくりました。先に合併を経験した日本の組合の話を聞きたい、という思いがこの研修の出発点でした。",
                    "※このデモページの日程・時刻・場所の名前は仮のものです。",
                )
            ],
            "report": [
                heading("3日間で見たもの"),
                para(
                    "訪問団は講義で、6つの医療生協がひとつになるまでの歩みを学びました。病院では手術室や病室、厨房まで見学し、診療所では日韓の家庭医が、地域のかかりつけ医として働く経験を語り合いました。",
                ),
                picture("exchange", JA, "日韓の組合をつなぐ交流（イラスト）"),
                para(
                    "最終日の朝は、組合員が毎週公園で開いている運動の会に参加しました。誰かに言われてではなく、組合員自身が運営する健康づくりであることが、訪問団の心に強く残りました。",
                ),
                picture("walking", JA, "公園の運動の会に加わった朝（イラスト）"),
                quote(
                    "建物を見に行って、人に学んで帰ってきました。厨房でも手術室でも、出会う人がみな、自分の仕事は地域の人の暮らしを守ることだと話していました。私たちの組合も、そんなふうに始めたいと思います。",
                    "訪問団の参加者",
                    "ソウルの組合設立準備メンバー",
                ),
                picture("home", JA, "まとめの交流会で輪になって座る様子（イラスト）"),
                para(
                    "※上の感想はこのデモのために新しく書いた例文で、実際の参加者の言葉ではありません。"
                ),
            ],
        },
        EN: {
            "title": "Study tour to Medical CO-OP Saitama (2015)",
            "slug": "saitama-2015",
            "city": "Saitama",
            "intro": "Doctors and board members of the Ansan and Siheung medical-welfare cooperatives, with a group preparing a new cooperative in Seoul, visit a Japanese medical co-op.",
            "audience": "Doctors and board members of the Ansan Medical-Welfare Social Cooperative and the Siheung Hope Medical-Welfare Social Cooperative, and people getting ready to found a medical-welfare social cooperative in Seoul in September 2015.",
            "goals": [
                "Learn the history of Medical CO-OP Saitama, formed by the merger of six medical co-ops, and its experience of merging",
                "See a hospital, a clinic and a care facility at work",
                "Learn about members' activities",
            ],
            "meeting_point": "Airport arrivals hall (placeholder)",
            "interpretation": "Korean–Japanese interpretation throughout (placeholder)",
            "fee": "Not known (placeholder)",
            "fee_notes": "",
            "contact_name": "",
            "body": [
                para(
                    "In Seoul, with a mayor who backs cooperatives, new ones keep appearing, medical-welfare cooperatives among them, and some have merged to build a hospital. Hearing from a Japanese co-op that had already been through a merger was where this tour began.",
                    "Note: the dates, times and place names on this demo page are placeholders.",
                )
            ],
            "report": [
                heading("What we saw in three days"),
                para(
                    "A lecture took the delegation through how six medical co-ops became one. At the hospital they saw the operating rooms, the wards and the kitchen; at a clinic, family doctors from both countries compared their work as neighbourhood doctors.",
                ),
                picture(
                    "exchange", EN, "An exchange between two countries' cooperatives (illustration)"
                ),
                para(
                    "On the last morning the group joined the exercise session members hold in a park every week. What struck them was that nobody runs it for the members: the members run it themselves.",
                ),
                picture("walking", EN, "The morning in the park (illustration)"),
                quote(
                    "I went to see buildings and came back having learned about people. In the kitchen as in the operating room, everyone we met described their job as looking after the lives of the people around them. That is how I want our cooperative to start.",
                    "A delegate",
                    "Seoul founding group",
                ),
                picture("home", EN, "Sitting in a circle at the wrap-up meeting (illustration)"),
                para(
                    "Note: the testimonial above was written for this demo; it is not the words of a real participant."
                ),
            ],
        },
    },
    {
        "key": "tour-sample-2027",
        "host": "org-medical-coop-saitama",
        "start_date": date(SAMPLE_YEAR, 5, 17),
        "end_date": date(SAMPLE_YEAR, 5, 19),
        "time_zone": "Asia/Tokyo",
        "country": "JP",
        "themes": ["home_care", "integrated_care", "health_promotion"],
        "languages": ["ko", "ja"],
        "meeting_place": "place-saitama-head-office",
        "meeting_time": time(13, 30),
        "fee_covers": ["transport", "meals", "interpretation"],
        "contact_email": "tours@madang.example",
        "host_contact": ("医療生協さいたま 国際交流担当（仮）", "+81 48-000-0000"),
        "itinerary": tc.SAMPLE_ITINERARY,
        "related_news": [],
        "follow_ups": [],
        KO: {
            "title": f"일본 의료생협 연수 방문 {SAMPLE_YEAR} (예시)",
            "slug": f"sample-tour-{SAMPLE_YEAR}",
            "city": "사이타마현",
            "intro": "사이트의 연수 목록을 보여 주기 위한 예시 일정입니다. 실제 모집 공고가 아닙니다.",
            "audience": "재택 의료와 방문 돌봄을 시작했거나 준비하는 의료복지사회적협동조합의 이사, 직원, 조합원 (예시).",
            "goals": [
                "진료소, 방문 간호, 방문 돌봄이 한 팀으로 일하는 방식 배우기",
                "돌봄 시설의 하루와 직원의 일 살펴보기",
                "조합원이 꾸리는 동네 건강 활동을 함께 해 보기",
            ],
            "meeting_point": "1층 로비 (예시)",
            "interpretation": "강의와 교류회에 한국어–일본어 순차 통역 (예시)",
            "fee": "1인 예시 금액 (예시)",
            "fee_notes": "항공권과 숙박은 각자 준비합니다. 이 금액은 예시입니다.",
            "contact_name": "마당 연수 담당 (예시)",
            "body": [
                para(
                    "실제 연수가 정해지면 편집자가 이 자리를 진짜 일정으로 바꿉니다. 연수 페이지에는 방문할 조합, 날짜, 일정과 참가 방법을 적습니다."
                )
            ],
            "report": [],
        },
        JA: {
            "title": f"医療生協さいたま視察研修{SAMPLE_YEAR}（サンプル）",
            "slug": f"sample-tour-{SAMPLE_YEAR}",
            "city": "埼玉県",
            "intro": "サイトの視察研修一覧を示すためのサンプル日程です。実際の参加募集ではありません。",
            "audience": "在宅医療や訪問介護を始めた、または準備している医療福祉社会的協同組合の理事・職員・組合員（サンプル）。",
            "goals": [
                "診療所・訪問看護・訪問介護がひとつのチームとして働く仕組みに学ぶ",
                "介護施設の一日と職員の仕事を知る",
                "組合員が運営する地域の健康づくりを一緒に体験する",
            ],
            "meeting_point": "1階ロビー（仮）",
            "interpretation": "講義と交流会で韓国語–日本語の逐次通訳（仮）",
            "fee": "1人あたりの参加費（仮）",
            "fee_notes": "航空券と宿泊は各自で手配します。金額は仮のものです。",
            "contact_name": "マダン 視察研修担当（仮）",
            "body": [
                para(
                    "実際の研修が決まったら、編集者がここを本当の予定に差し替えます。研修のページには訪問先の組合、日程、プログラム、参加方法を記載します。"
                )
            ],
            "report": [],
        },
        EN: {
            "title": f"Study tour to a Japanese medical co-op, {SAMPLE_YEAR} (sample)",
            "slug": f"sample-tour-{SAMPLE_YEAR}",
            "city": "Saitama",
            "intro": "A sample tour that shows how the study tour list works. It is not a real call for participants.",
            "audience": "Board members, staff and members of medical-welfare social cooperatives that have started, or are about to start, home medical care and home care (sample).",
            "goals": [
                "Learn how a clinic, home nursing and home care work as one team",
                "See a day at a care facility and the work of its staff",
                "Take part in a neighbourhood health activity run by members",
            ],
            "meeting_point": "Ground-floor lobby (placeholder)",
            "interpretation": "Consecutive Korean–Japanese interpretation at lectures and meetings (placeholder)",
            "fee": "A fee per person (placeholder)",
            "fee_notes": "Flights and lodging are booked by each delegate. The amount is a placeholder.",
            "contact_name": "Madang study tours desk (placeholder)",
            "body": [
                para(
                    "When a real tour is set, editors replace this entry with it. A tour page names the host cooperative and gives the dates, the programme and how to join."
                )
            ],
            "report": [],
        },
    },
]

TEXT_FIELDS = (
    "intro",
    "city",
    "audience",
    "meeting_point",
    "interpretation",
    "fee",
    "fee_notes",
    "contact_name",
)


# --- Snippets ----------------------------------------------------------------------------


def ensure_places(locales, report):
    """``{key: {code: Place}}``."""
    places = {}
    for spec in tc.PLACES:

        def fields_for(code, spec=spec):
            # The driver card: the place as it is written where it is (Japan).
            local = {
                "local_name": spec[JA]["name"],
                "local_address": spec[JA]["address"],
                "country": "JP",
            }
            return {**spec[code], "map_url": spec["map_url"], **local}

        original = demo._ensure_snippet(
            Place, spec["key"], locales[KO], fields_for(KO), report, "places"
        )
        places[spec["key"]] = {KO: original}
        for code in TRANSLATIONS:
            places[spec["key"]][code] = demo._ensure_snippet_translation(
                original, locales[code], fields_for(code), report, "places"
            )
    return places


def ensure_host_profiles(locales, organizations, report):
    for spec in tc.HOST_PROFILES:

        def fields_for(code, spec=spec):
            return {
                **spec[code],
                "organization": organizations[spec["organization"]][code],
                "members": spec["members"],
                "members_year": spec["members_year"],
                "founded": spec["founded"],
            }

        original = demo._ensure_snippet(
            HostProfile, spec["key"], locales[KO], fields_for(KO), report, "host profiles"
        )
        for code in TRANSLATIONS:
            demo._ensure_snippet_translation(
                original, locales[code], fields_for(code), report, "host profiles"
            )


# --- StreamFields --------------------------------------------------------------------------


def _id(key):
    """A StreamField item id that is the same on every run and in every language."""
    return str(demo.demo_key(key))


def itinerary_data(spec, code, places):
    """The raw StreamField data of ``spec``'s itinerary in language ``code``."""
    data = []
    for tour_day in spec["itinerary"]:
        day_key = f"{spec['key']}/{tour_day['key']}"
        stops = []
        for item in tour_day["stops"]:
            title, detail, description = item["texts"][code]
            stops.append(
                {
                    "type": "item",
                    "id": _id(f"{day_key}/{item['key']}"),
                    "value": {
                        "start": f"{item['start']}:00",
                        "end": f"{item['end']}:00",
                        "kind": item["kind"],
                        "title": title,
                        "place": places[item["place"]][code].pk if item["place"] else None,
                        "place_detail": detail,
                        "description": description,
                        "hosts": [],
                        "interpretation": item["interpretation"],
                        "optional": item["optional"],
                        "seats": item.get("seats"),
                    },
                }
            )
        data.append(
            {
                "type": "day",
                "id": _id(day_key),
                "value": {
                    "date": tour_day["date"].isoformat(),
                    "title": tour_day["titles"][code],
                    "stops": stops,
                },
            }
        )
    return data


def goals_data(spec, code):
    return [
        {"type": "goal", "value": goal, "id": _id(f"{spec['key']}/goal-{n}")}
        for n, goal in enumerate(spec[code]["goals"])
    ]


def _page_in(key, locale):
    """The live page of demo key ``key`` in ``locale`` (or its original), or None."""
    pages = Page.objects.live().filter(translation_key=demo.demo_key(key))
    page = pages.filter(locale=locale).first() or pages.order_by("pk").first()
    return page


def links_data(spec, field, block_type, locale):
    data = []
    for key in spec[field]:
        page = _page_in(key, locale)
        if page is not None:
            data.append({"type": block_type, "value": page.pk, "id": _id(f"{spec['key']}/{key}")})
    return data


# --- Pages ---------------------------------------------------------------------------------


def add_demo_tours(context):
    homes, locales, images, organizations, report = (
        context.homes,
        context.locales,
        context.images,
        context.organizations,
        context.report,
    )
    places = ensure_places(locales, report)
    ensure_host_profiles(locales, organizations, report)
    indexes = demo._ensure_index(homes, locales, TourIndexPage, TOUR_INDEX, report)
    tours = {}
    for spec in TOURS:

        def fields_for(code, spec=spec):
            texts = spec[code]
            meeting = spec["meeting_place"]
            return {
                **demo._simple_fields(texts, *TEXT_FIELDS),
                "host": organizations[spec["host"]][code],
                "start_date": spec["start_date"],
                "end_date": spec["end_date"],
                "time_zone": spec["time_zone"],
                "country": spec["country"],
                "themes": spec["themes"],
                "languages": spec["languages"],
                "meeting_place": places[meeting][code] if meeting else None,
                "meeting_time": spec["meeting_time"],
                "fee_covers": spec["fee_covers"],
                "visiting_rules": tc.VISITING_RULES[code],
                "photo_policy": tc.PHOTO_POLICY[code],
                "what_to_bring": tc.WHAT_TO_BRING[code],
                "contact_email": spec["contact_email"],
                "host_contact_name": spec.get("host_contact", ("", ""))[0],
                "host_contact_phone": spec.get("host_contact", ("", ""))[1],
                "goals": goals_data(spec, code),
                "body": demo.stream(texts["body"], code, images),
                "itinerary": itinerary_data(spec, code, places),
                "report": demo.stream(texts["report"], code, images),
                "related_news": links_data(spec, "related_news", "article", locales[code]),
                "follow_ups": links_data(spec, "follow_ups", "event", locales[code]),
            }

        original = demo.ensure_page(
            indexes[KO],
            TourPage,
            spec["key"],
            {**fields_for(KO), **dr.REGISTRATION[spec["key"]]},
            report,
        )
        tours[spec["key"]] = demo._translations(original, spec, locales, report, fields_for)
        dr.add_demo_registrations(original, report)
    return indexes, tours
