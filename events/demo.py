# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""Demo events for ``manage.py load_demo``, in Korean, Japanese and English.

Registered through the ``madang_load_demo`` hook (see wagtail_hooks.py), so the
site package's demo builder never imports this app. Facts come from the seed
texts; sentences are Madang's own. Dates marked "placeholder" are not
historical.
"""

from datetime import datetime

from madang.core.demo import build as demo
from madang.core.demo.content import (
    EN,
    JA,
    KO,
    SAMPLE_YEAR,
    SEOUL,
    TOKYO,
    bullets,
    heading,
    para,
    picture,
)

from .models import EventIndexPage, EventPage

EVENT_INDEX = {
    "key": "event-index",
    KO: {
        "title": "행사",
        "slug": "events",
        "intro": "총회와 콘퍼런스, 포럼 등 협동조합과 지역 돌봄에 관한 행사를 모았습니다.",
    },
    JA: {
        "title": "イベント",
        "slug": "events",
        "intro": "総会やカンファレンス、フォーラムなど、協同組合と地域ケアに関するイベントをまとめています。",
    },
    EN: {
        "title": "Events",
        "slug": "events",
        "intro": "General assemblies, conferences and forums on cooperatives and community care.",
    },
}

EVENTS = [
    {
        "key": "event-gwangju-conference-2026",
        "kind": "conference",
        "start": datetime(2026, 2, 27, 14, 0, tzinfo=SEOUL),
        "end": datetime(2026, 2, 27, 18, 0, tzinfo=SEOUL),  # end time: placeholder
        "time_zone": "Asia/Seoul",
        "country": "KR",
        KO: {
            "title": "지역사회와 함께 여는 돌봄의 시대 전국 콘퍼런스",
            "slug": "gwangju-national-conference-2026",
            "city": "광주",
            "venue": "김대중컨벤션센터 4층 컨벤션홀",
            "intro": "「돌봄통합지원법」 시행을 맞아 광주광역시가 여는 통합돌봄 전국 콘퍼런스입니다. 전국에서 700여 명이 참석합니다.",
            "body": [
                heading("프로그램"),
                para(
                    "<b>1부</b> 기념식과 기조강연. 돌봄과미래 김용익 이사장이 ‘돌봄, 지역이 주인공이 되다’를 주제로 강연합니다.",
                    "<b>2부</b> 분야별 공개 토론. 네 개 분과에서 의료 기반 돌봄, 일상생활 돌봄, 현장 협력, 자치구·대학 협력과 인력 양성에 관한 사례 16건을 발표합니다.",
                ),
                heading("전시와 참가"),
                para(
                    "13개 기관이 홍보 부스를 운영합니다. 참가비는 없으며, 2월 26일까지 온라인이나 QR코드로 신청할 수 있습니다."
                ),
                picture("conference", KO, "콘퍼런스의 청중"),
            ],
        },
        JA: {
            "title": "地域とともに開くケアの時代 全国カンファレンス",
            "slug": "gwangju-national-conference-2026",
            "city": "光州",
            "venue": "金大中コンベンションセンター 4階 コンベンションホール",
            "intro": "「統合ケア支援法」の施行にあわせて光州広域市が開く、統合ケアの全国カンファレンスです。全国から約700人が参加します。",
            "body": [
                heading("プログラム"),
                para(
                    "<b>第1部</b> 記念式と基調講演。ケアと未来財団のキム・ヨンイク（김용익）理事長が「ケア、地域が主役になる」をテーマに講演します。",
                    "<b>第2部</b> 分野別の公開討論。四つの分科会で、医療を軸としたケア、日常生活のケア、現場での連携、区と大学の連携や人材育成に関する16件の事例を発表します。",
                ),
                heading("展示と参加"),
                para(
                    "13の機関が広報ブースを出展します。参加費は無料で、2月26日までオンラインまたはQRコードから申し込めます。"
                ),
                picture("conference", JA, "カンファレンスの聴衆（イメージ）"),
            ],
        },
        EN: {
            "title": "National Conference for the Era of Care, Opened Together with Local Communities",
            "slug": "gwangju-national-conference-2026",
            "city": "Gwangju",
            "venue": "Kimdaejung Convention Center, Convention Hall (4F)",
            "intro": "Gwangju Metropolitan City's national conference on integrated care, held as the Integrated Care Support Act comes into force. About 700 participants from across Korea.",
            "body": [
                heading("Programme"),
                para(
                    "<b>Part 1</b>: opening ceremony and keynote. Kim Yong-ik, Chair of the Board of the Care and Future Foundation, speaks on “Care: the community takes centre stage”.",
                    "<b>Part 2</b>: public forums by field. Sixteen case presentations in four sub-sessions: medical care, everyday care, cooperation in the field, and district–university partnerships and training.",
                ),
                heading("Booths and registration"),
                para(
                    "Thirteen organisations run information booths. Attendance is free; register online or by QR code by 26 February."
                ),
                picture("conference", EN, "A conference audience"),
            ],
        },
    },
    {
        "key": "event-busan-forum-2025",
        "kind": "forum",
        "start": datetime(2025, 11, 3, 13, 30, tzinfo=SEOUL),
        "end": datetime(2025, 11, 3, 17, 0, tzinfo=SEOUL),  # end time: placeholder
        "time_zone": "Asia/Seoul",
        "country": "KR",
        "translation_notes": {EN: "machine"},
        KO: {
            "title": "부산형 의료·돌봄 통합지원 정책 포럼",
            "slug": "busan-policy-forum-2025",
            "city": "부산",
            "venue": "부산시청 대강당",
            "intro": "「돌봄통합지원법」 시행을 앞두고 구·군의 역할과 과제를 살피는 정책 포럼입니다. 부산광역시가 주최하고 한국보건복지인재원이 주관합니다.",
            "body": [
                heading("프로그램"),
                bullets(
                    "기조강연: 권현정 영산대학교 사회복지학과 교수",
                    "사례 발표: 이진선 광주광역시 북구 통합돌봄정책팀장",
                    "정책 토론: 좌장 한지나 신라대학교 사회복지학과 교수, 토론 김태석(부산시 복지정책과), 강숙경(국민건강보험공단 부산울산경남지역본부), 안여현(해운대구보건소), 장지현(부산연구원)",
                ),
                para(
                    "사회복지국장, 구·군 통합돌봄 부서장, 보건소장, 공무원, 서비스 제공기관 관계자 등 400여 명이 참석했습니다."
                ),
                picture("harbour", KO, "물결 위로 떠오르는 해"),
            ],
        },
        JA: {
            "title": "釜山型 医療・ケア統合支援 政策フォーラム",
            "slug": "busan-policy-forum-2025",
            "city": "釜山",
            "venue": "釜山市庁 大講堂",
            "intro": "「統合ケア支援法」の施行を前に、区・郡の役割と課題を考える政策フォーラム。釜山広域市の主催、韓国保健福祉人材院の運営です。",
            "body": [
                heading("プログラム"),
                bullets(
                    "基調講演：クォン・ヒョンジョン（권현정）ヨンサン大学校社会福祉学科教授",
                    "事例発表：イ・ジンソン（이진선）光州広域市北区 統合ケア政策チーム長",
                    "政策討論：座長 ハン・ジナ（한지나）新羅大学校社会福祉学科教授／討論者 キム・テソク（釜山市福祉政策課）、カン・スクキョン（国民健康保険公団 釜山・蔚山・慶南地域本部）、アン・ヨヒョン（海雲台区保健所）、チャン・ジヒョン（釜山研究院）",
                ),
                para(
                    "社会福祉局長、区・郡の統合ケア担当部署の責任者、保健所長、公務員、サービス提供機関の関係者など400人余りが参加しました。"
                ),
                picture("harbour", JA, "波の上に昇る太陽（イメージ）"),
            ],
        },
        EN: {
            "title": "Busan-type Medical and Care Integrated Support Policy Forum",
            "slug": "busan-policy-forum-2025",
            "city": "Busan",
            "venue": "Busan City Hall Auditorium",
            "intro": "Busan Metropolitan City's forum, run by the Korea Human Resource Development Institute for Health and Welfare, on what districts and counties need to do before the Integrated Care Support Act takes effect.",
            "body": [
                heading("Program"),
                bullets(
                    "Keynote speech: Professor Kwon Hyun-jung, Department of Social Welfare, Youngsan University",
                    "Case presentation: Lee Jin-seon, Team Leader of the Integrated Care Policy Team, Buk-gu, Gwangju",
                    "Policy discussion: moderator Professor Han Ji-na, Department of Social Welfare, Silla University; panelists Kim Tae-seok (Busan Welfare Policy Division), Kang Sook-kyung (National Health Insurance Service Busan–Ulsan–Gyeongnam Regional Headquarters), Ahn Yeo-hyun (Haeundae-gu Public Health Center), Jang Ji-hyun (Busan Development Institute)",
                ),
                para(
                    "Over 400 people took part: welfare bureau leaders, integrated care managers from the districts and counties, public health center directors, officials and service providers."
                ),
                picture("harbour", EN, "The sun rising over the waves"),
            ],
        },
    },
    {
        "key": "event-aphco-assembly-2015",
        "kind": "assembly",
        # Placeholder dates and city: the sources only say "2015, in Korea".
        "start": datetime(2015, 10, 27, 9, 30, tzinfo=SEOUL),
        "end": datetime(2015, 10, 29, 17, 0, tzinfo=SEOUL),
        "time_zone": "Asia/Seoul",
        "country": "KR",
        KO: {
            "title": "2015 APHCO 총회 (한국)",
            "slug": "aphco-general-assembly-2015",
            "city": "서울",
            "venue": "",
            "intro": "아시아태평양보건협동조합기구(APHCO)의 2015년 총회가 한국에서 열렸습니다. 아시아 각국의 보건의료 협동조합이 모여 경험을 나누었습니다.",
            "body": [
                para(
                    "그해 여름 의료생협 사이타마를 찾은 한국 방문단은 이 총회에서 아시아의 보건 협동조합 사람들을 만나기를 고대한다고 전했습니다.",
                    "※ 이 데모 페이지의 날짜와 도시는 예시로 넣은 값입니다.",
                )
            ],
        },
        JA: {
            "title": "2015年 APHCO総会（韓国）",
            "slug": "aphco-general-assembly-2015",
            "city": "ソウル",
            "venue": "",
            "intro": "アジア太平洋保健協同組合機構（APHCO）の2015年総会が韓国で開かれ、アジア各地の保健医療協同組合が経験を持ち寄りました。",
            "body": [
                para(
                    "同じ年の夏に医療生協さいたまを訪れた韓国の訪問団は、この総会でアジアの保健協同組合の仲間に会えるのを楽しみにしていると伝えていました。",
                    "※このデモページの日程と都市は仮のものです。",
                )
            ],
        },
        EN: {
            "title": "2015 APHCO General Assembly (Korea)",
            "slug": "aphco-general-assembly-2015",
            "city": "Seoul",
            "venue": "",
            "intro": "The Asia Pacific Health Cooperative Organization held its 2015 general assembly in Korea, where health cooperatives from across Asia shared their experience.",
            "body": [
                para(
                    "The Korean delegation that visited Medical CO-OP Saitama that summer said they were looking forward to meeting fellow health cooperators from across Asia here.",
                    "Note: the dates and city on this demo page are placeholders.",
                )
            ],
        },
    },
    {
        "key": "event-sample-seminar-2027",
        "kind": "seminar",
        "start": datetime(SAMPLE_YEAR, 6, 10, 13, 0, tzinfo=TOKYO),
        "end": datetime(SAMPLE_YEAR, 6, 11, 17, 0, tzinfo=TOKYO),
        "time_zone": "Asia/Tokyo",
        "country": "JP",
        KO: {
            "title": f"아시아 보건의료협동조합 교류 세미나 {SAMPLE_YEAR} (예시 행사)",
            "slug": f"sample-exchange-seminar-{SAMPLE_YEAR}",
            "city": "도쿄",
            "venue": "미정",
            "intro": "사이트의 행사 목록을 보여 주기 위한 예시 행사입니다. 실제 일정이나 모집이 아닙니다.",
            "body": [
                para(
                    "실제 행사가 정해지면 편집자가 이 자리를 진짜 일정으로 바꿉니다. 행사 페이지에는 날짜와 장소, 프로그램, 참가 방법을 적습니다."
                )
            ],
        },
        JA: {
            "title": f"アジア保健医療協同組合 交流セミナー{SAMPLE_YEAR}（サンプル）",
            "slug": f"sample-exchange-seminar-{SAMPLE_YEAR}",
            "city": "東京",
            "venue": "未定",
            "intro": "サイトのイベント一覧を示すためのサンプルです。実際の日程や参加募集ではありません。",
            "body": [
                para(
                    "実際のイベントが決まったら、編集者がここを本当の予定に差し替えます。イベントのページには日時と会場、プログラム、参加方法を記載します。"
                )
            ],
        },
        EN: {
            "title": f"Asian Health Cooperatives Exchange Seminar {SAMPLE_YEAR} (sample event)",
            "slug": f"sample-exchange-seminar-{SAMPLE_YEAR}",
            "city": "Tokyo",
            "venue": "To be announced",
            "intro": "A sample event that shows how the events list works. It is not a real date or a call for participants.",
            "body": [
                para(
                    "When a real event is set, editors replace this entry with it. An event page gives the dates, the venue, the programme and how to take part."
                )
            ],
        },
    },
]


# --- Study tours ---------------------------------------------------------------------


def add_demo_events(context):
    homes, locales, images, report = (
        context.homes,
        context.locales,
        context.images,
        context.report,
    )
    indexes = demo._ensure_index(homes, locales, EventIndexPage, EVENT_INDEX, report)
    events = {}
    for spec in EVENTS:

        def fields_for(code, spec=spec):
            texts = spec[code]
            return {
                **demo._simple_fields(texts, "intro", "city", "venue"),
                "kind": spec["kind"],
                "start": spec["start"],
                "end": spec["end"],
                "time_zone": spec["time_zone"],
                "country": spec["country"],
                "body": demo.stream(texts["body"], code, images),
            }

        original = demo.ensure_page(indexes[KO], EventPage, spec["key"], fields_for(KO), report)
        events[spec["key"]] = demo._translations(original, spec, locales, report, fields_for)
    return indexes, events
