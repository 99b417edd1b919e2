# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""Demo events for ``manage.py load_demo``, in Korean, Japanese and English.

Registered through the ``madang_load_demo`` hook (see wagtail_hooks.py), so the
site package's demo builder never imports this app. Facts come from the seed
texts; sentences are Madang's own. Dates marked "placeholder" are not
historical. The agendas, presenters and booths are in demo_content.py, the
Gwangju floor map is drawn by demo_images.py.

Like the rest of the demo, the build is idempotent: snippets, images,
documents and pages are found by their demo key (or title) and only what is
missing is created. Agendas are written as StreamField raw data with ids
derived from the demo keys, so a session has the same id on every run and in
every language.
"""

from datetime import datetime
from io import BytesIO
from urllib.parse import quote_plus

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from madang.core.demo import build as demo
from madang.core.demo.content import (
    EN,
    JA,
    KO,
    SAMPLE_YEAR,
    SEOUL,
    TOKYO,
    TRANSLATIONS,
    bullets,
    heading,
    para,
    picture,
)
from madang.core.models import TranslationNote
from madang.people.models import Organization, Person

from . import demo_content as dc
from . import demo_registration as dr
from .blocks import ROLES
from .demo_images import booth_positions, floor_map_png
from .models import EventBooth, EventIndexPage, EventPage

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

FLOOR_MAP = {
    "title": "마당 데모: 광주 콘퍼런스 부스 배치도 (Madang demo: Gwangju conference booth plan)",
    "alt": "Plan of the 4th-floor lobby: the Convention Hall with three doors at the top, the entrance on the right, the registration desk in the bottom right corner, booths A-01 to A-07 along the bottom wall and A-08 to A-13 in a row in the middle.",
}


def _osm(query):
    return "https://www.openstreetmap.org/search?query=" + quote_plus(query)


EVENTS = [
    {
        "key": "event-gwangju-conference-2026",
        "kind": "conference",
        "start": datetime(2026, 2, 27, 14, 0, tzinfo=SEOUL),
        "end": datetime(2026, 2, 27, 17, 40, tzinfo=SEOUL),  # end of Part 2: placeholder
        "time_zone": "Asia/Seoul",
        "country": "KR",
        "map_url": _osm("Kimdaejung Convention Center, Gwangju"),
        "host": "org-gwangju",
        "organizers": ["org-gwangju"],
        "expected_participants": 700,
        "registration_deadline": datetime(2026, 2, 26, 23, 59, tzinfo=SEOUL),
        "registration_url": "",
        "registration": True,  # here in the demo (elsewhere in reality): demo_registration.py
        "contact_email": "gwangju-conference@madang.example",
        "contact_phone": "+82 62-000-0000",
        "agenda": dc.GWANGJU_AGENDA,
        "programme_document": True,
        "booths": dc.BOOTHS,
        KO: {
            "title": "지역사회와 함께 여는 돌봄의 시대 전국 콘퍼런스",
            "slug": "gwangju-national-conference-2026",
            "city": "광주",
            "venue": "김대중컨벤션센터",
            "venue_address": "광주광역시 서구 상무누리로 30",
            "venue_floor": "4층",
            "venue_hall": "컨벤션홀",
            "transport": "광주 도시철도 1호선 김대중컨벤션센터역에서 걸어서 갈 수 있습니다.\n시내버스 노선은 출발하는 곳에 따라 다르니 광주광역시 버스 정보 안내에서 확인해 주세요.",
            "parking": "컨벤션센터 주차장을 이용할 수 있지만 행사 당일에는 붐빌 수 있습니다. 주차 요금과 할인 여부는 주최 측에 문의해 주세요.",
            "venue_accessibility": "엘리베이터와 휠체어 이동 경로 등 편의시설은 주최 측에 미리 문의해 주세요. 수어 통역이나 좌석 배려가 필요하면 신청할 때 알려 주세요.",
            "fee": "",
            "contact_name": "콘퍼런스 사무국 (데모 연락처)",
            "intro": "「돌봄통합지원법」 시행을 맞아 광주광역시가 여는 통합돌봄 전국 콘퍼런스입니다. 전국에서 700여 명이 참석합니다.",
            "body": [
                heading("프로그램"),
                para(
                    "<b>1부</b> 기념식과 기조강연. 돌봄과미래 김용익 이사장이 ‘돌봄, 지역이 주인공이 되다’를 주제로 강연합니다.",
                    "<b>2부</b> 분야별 공개 토론. 네 개 분과에서 의료 기반 돌봄, 일상생활 돌봄, 현장 협력, 자치구·대학 협력과 인력 양성에 관한 사례 16건을 발표합니다.",
                ),
                heading("전시와 참가"),
                para(
                    "13개 기관이 홍보 부스를 운영합니다. 참가비는 없으며, 2월 26일까지 온라인이나 QR코드로 신청할 수 있습니다.",
                    "※ 이 데모에서 2부의 발표 제목과 발표자, 분과장, 부스를 맡은 기관과 배치는 예시로 채운 것입니다. 실제 신청은 다른 곳에서 받았지만, 데모에서는 이 사이트가 신청을 받고 신청자도 지어낸 이름입니다.",
                ),
                picture("conference", KO, "콘퍼런스의 청중"),
            ],
        },
        JA: {
            "title": "地域とともに開くケアの時代 全国カンファレンス",
            "slug": "gwangju-national-conference-2026",
            "city": "光州",
            "venue": "金大中コンベンションセンター",
            "venue_address": "光州広域市 西区 尚武ヌリ路 30",
            "venue_floor": "4階",
            "venue_hall": "コンベンションホール",
            "transport": "光州都市鉄道1号線「金大中コンベンションセンター」駅から歩いて行けます。\n市内バスの路線は出発地によって異なりますので、光州広域市のバス案内でご確認ください。",
            "parking": "コンベンションセンターの駐車場を利用できますが、当日は混み合うことがあります。料金や割引の有無は主催者にお問い合わせください。",
            "venue_accessibility": "エレベーターや車いすでの移動経路などの設備については、事前に主催者へお問い合わせください。手話通訳や座席への配慮が必要な方は、申し込みの際にお知らせください。",
            "fee": "",
            "contact_name": "カンファレンス事務局（デモ用の連絡先）",
            "intro": "「統合ケア支援法」の施行にあわせて光州広域市が開く、統合ケアの全国カンファレンスです。全国から約700人が参加します。",
            "body": [
                heading("プログラム"),
                para(
                    "<b>第1部</b> 記念式と基調講演。ケアと未来財団のキム・ヨンイク（김용익）理事長が「ケア、地域が主役になる」をテーマに講演します。",
                    "<b>第2部</b> 分野別の公開討論。四つの分科会で、医療を軸としたケア、日常生活のケア、現場での連携、区と大学の連携や人材育成に関する16件の事例を発表します。",
                ),
                heading("展示と参加"),
                para(
                    "13の機関が広報ブースを出展します。参加費は無料で、2月26日までオンラインまたはQRコードから申し込めます。",
                    "※このデモでは、第2部の発表テーマと発表者、座長、ブースの出展機関と配置をサンプルとして入れています。実際の申し込みは別の場所で受け付けましたが、デモではこのサイトで受け付け、申込者の名前も架空のものです。",
                ),
                picture("conference", JA, "カンファレンスの聴衆（イメージ）"),
            ],
        },
        EN: {
            "title": "National Conference for the Era of Care, Opened Together with Local Communities",
            "slug": "gwangju-national-conference-2026",
            "city": "Gwangju",
            "venue": "Kimdaejung Convention Center",
            "venue_address": "30 Sangmunuri-ro, Seo-gu, Gwangju",
            "venue_floor": "4th floor",
            "venue_hall": "Convention Hall",
            "transport": "Within walking distance of Kimdaejung Convention Center station on Gwangju Metro Line 1.\nBus routes depend on where you start from; check Gwangju's bus information service.",
            "parking": "The convention centre has a car park, which may be busy on the day. Ask the organizers about charges and discounts.",
            "venue_accessibility": "Ask the organizers in advance about lifts, step-free routes and other facilities. If you need sign language interpretation or a particular seat, tell them when you register.",
            "fee": "",
            "contact_name": "Conference office (demo contact)",
            "intro": "Gwangju Metropolitan City's national conference on integrated care, held as the Integrated Care Support Act comes into force. About 700 participants from across Korea.",
            "body": [
                heading("Programme"),
                para(
                    "<b>Part 1</b>: opening ceremony and keynote. Kim Yong-ik, Chair of the Board of the Care and Future Foundation, speaks on “Care: the community takes centre stage”.",
                    "<b>Part 2</b>: public forums by field. Sixteen case presentations in four sub-sessions: medical care, everyday care, cooperation in the field, and district–university partnerships and training.",
                ),
                heading("Booths and registration"),
                para(
                    "Thirteen organisations run information booths. Attendance is free; register online or by QR code by 26 February.",
                    "Note: in this demo, the Part 2 titles and presenters, the chairs, and which organisation has which booth are illustrations. The real registration took place elsewhere; in the demo this site takes it, and the delegates' names are invented.",
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
        "map_url": _osm("Busan City Hall"),
        "host": "org-busan",
        "organizers": ["org-kohi"],
        "expected_participants": 400,
        "registration_deadline": None,
        "registration_url": "https://example.org/register/busan",
        "contact_email": "busan-forum@madang.example",
        "contact_phone": "",
        "agenda": dc.BUSAN_AGENDA,
        KO: {
            "title": "부산형 의료·돌봄 통합지원 정책 포럼",
            "slug": "busan-policy-forum-2025",
            "city": "부산",
            "venue": "부산광역시청",
            "venue_address": "부산광역시 연제구 중앙대로 1001",
            "venue_floor": "",
            "venue_hall": "대강당",
            "transport": "부산 도시철도 1호선 시청역에서 가깝습니다.",
            "parking": "시청 주차장은 자리가 넉넉하지 않을 수 있어 대중교통 이용을 권합니다. 자세한 사항은 주최 측에 문의해 주세요.",
            "venue_accessibility": "대강당의 휠체어 좌석과 엘리베이터 위치는 주최 측에 문의해 주세요.",
            "fee": "",
            "contact_name": "포럼 사무국 (데모 연락처)",
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
            "venue": "釜山広域市庁",
            "venue_address": "釜山広域市 蓮堤区 中央大路 1001",
            "venue_floor": "",
            "venue_hall": "大講堂",
            "transport": "釜山都市鉄道1号線「市庁」駅の近くです。",
            "parking": "市庁の駐車場は台数に限りがあるため、公共交通機関のご利用をおすすめします。詳しくは主催者にお問い合わせください。",
            "venue_accessibility": "大講堂の車いす席やエレベーターの場所については、主催者にお問い合わせください。",
            "fee": "",
            "contact_name": "フォーラム事務局（デモ用の連絡先）",
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
            "venue": "Busan City Hall",
            "venue_address": "1001 Jungang-daero, Yeonje-gu, Busan",
            "venue_floor": "",
            "venue_hall": "Auditorium",
            "transport": "Close to City Hall station on Busan Metro Line 1.",
            "parking": "Parking at City Hall may be limited, so public transport is recommended. Ask the organizers for details.",
            "venue_accessibility": "Ask the organizers about wheelchair spaces in the auditorium and where the lifts are.",
            "fee": "",
            "contact_name": "Forum office (demo contact)",
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
        # Placeholder dates, city and venue: the sources only say "2015, in Korea".
        "start": datetime(2015, 10, 27, 9, 30, tzinfo=SEOUL),
        "end": datetime(2015, 10, 28, 16, 30, tzinfo=SEOUL),
        "time_zone": "Asia/Seoul",
        "country": "KR",
        "map_url": "",
        "host": "org-aphco",
        "organizers": ["org-federation"],
        "expected_participants": None,
        "registration_deadline": None,
        "registration_url": "",
        "contact_email": "",
        "contact_phone": "",
        "agenda": dc.APHCO_AGENDA,
        KO: {
            "title": "2015 APHCO 총회 (한국)",
            "slug": "aphco-general-assembly-2015",
            "city": "서울",
            "venue": "서울 시내 회의장 (예시)",
            "venue_address": "",
            "venue_floor": "",
            "venue_hall": "본회의장",
            "transport": "예시로 만든 일정이어서 교통편 정보는 없습니다. 실제 행사 페이지에는 가까운 역과 버스 노선을 적습니다.",
            "parking": "",
            "venue_accessibility": "",
            "fee": "정보 없음 (예시)",
            "contact_name": "",
            "intro": "아시아태평양보건협동조합기구(APHCO)의 2015년 총회가 한국에서 열렸습니다. 아시아 각국의 보건의료 협동조합이 모여 경험을 나누었습니다.",
            "body": [
                para(
                    "그해 여름 의료생협 사이타마를 찾은 한국 방문단은 이 총회에서 아시아의 보건 협동조합 사람들을 만나기를 고대한다고 전했습니다.",
                    "※ 이 데모 페이지의 날짜와 도시, 장소, 프로그램은 예시로 넣은 값입니다.",
                )
            ],
        },
        JA: {
            "title": "2015年 APHCO総会（韓国）",
            "slug": "aphco-general-assembly-2015",
            "city": "ソウル",
            "venue": "ソウル市内の会議場（仮）",
            "venue_address": "",
            "venue_floor": "",
            "venue_hall": "本会議場",
            "transport": "仮の日程のため、交通案内はありません。実際のイベントページには最寄り駅やバス路線を載せます。",
            "parking": "",
            "venue_accessibility": "",
            "fee": "情報なし（仮）",
            "contact_name": "",
            "intro": "アジア太平洋保健協同組合機構（APHCO）の2015年総会が韓国で開かれ、アジア各地の保健医療協同組合が経験を持ち寄りました。",
            "body": [
                para(
                    "同じ年の夏に医療生協さいたまを訪れた韓国の訪問団は、この総会でアジアの保健協同組合の仲間に会えるのを楽しみにしていると伝えていました。",
                    "※このデモページの日程、都市、会場、プログラムは仮のものです。",
                )
            ],
        },
        EN: {
            "title": "2015 APHCO General Assembly (Korea)",
            "slug": "aphco-general-assembly-2015",
            "city": "Seoul",
            "venue": "A conference venue in Seoul (placeholder)",
            "venue_address": "",
            "venue_floor": "",
            "venue_hall": "Main hall",
            "transport": "This is a placeholder schedule, so there are no travel details. A real event page lists the nearest stations and bus routes.",
            "parking": "",
            "venue_accessibility": "",
            "fee": "Not known (placeholder)",
            "contact_name": "",
            "intro": "The Asia Pacific Health Cooperative Organization held its 2015 general assembly in Korea, where health cooperatives from across Asia shared their experience.",
            "body": [
                para(
                    "The Korean delegation that visited Medical CO-OP Saitama that summer said they were looking forward to meeting fellow health cooperators from across Asia here.",
                    "Note: the dates, city, venue and programme on this demo page are placeholders.",
                )
            ],
        },
    },
    {
        "key": "event-sample-seminar-2027",
        "kind": "seminar",
        "start": datetime(SAMPLE_YEAR, 6, 10, 13, 0, tzinfo=TOKYO),
        "end": datetime(SAMPLE_YEAR, 6, 10, 16, 30, tzinfo=TOKYO),
        "time_zone": "Asia/Tokyo",
        "country": "JP",
        "map_url": "",
        "host": "org-aphco",
        "organizers": ["org-medical-coop-saitama", "org-federation"],
        "expected_participants": 80,
        "registration_deadline": datetime(SAMPLE_YEAR, 5, 31, 23, 59, tzinfo=TOKYO),
        "registration_url": "",
        "registration": True,  # this site's form: see demo_registration.py
        "contact_email": "seminar@madang.example",
        "contact_phone": "",
        "agenda": dc.sample_agenda(SAMPLE_YEAR),
        KO: {
            "title": f"아시아 보건의료협동조합 교류 세미나 {SAMPLE_YEAR} (예시 행사)",
            "slug": f"sample-exchange-seminar-{SAMPLE_YEAR}",
            "city": "도쿄",
            "venue": "미정",
            "venue_address": "",
            "venue_floor": "",
            "venue_hall": "",
            "transport": "장소가 정해지면 가는 방법을 안내합니다.",
            "parking": "",
            "venue_accessibility": "장소가 정해지면 접근성 정보도 함께 알려 드립니다. 필요한 지원이 있으면 미리 말씀해 주세요.",
            "fee": "5,000엔 (예시)",
            "contact_name": "세미나 사무국 (예시)",
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
            "venue_address": "",
            "venue_floor": "",
            "venue_hall": "",
            "transport": "会場が決まりしだい、アクセスをご案内します。",
            "parking": "",
            "venue_accessibility": "会場が決まりしだい、バリアフリー情報もお知らせします。必要な配慮があれば事前にお知らせください。",
            "fee": "5,000円（サンプル）",
            "contact_name": "セミナー事務局（サンプル）",
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
            "venue_address": "",
            "venue_floor": "",
            "venue_hall": "",
            "transport": "Directions will follow once the venue is fixed.",
            "parking": "",
            "venue_accessibility": "Accessibility details will come with the venue. Tell the organizers in advance about any support you need.",
            "fee": "¥5,000 (sample)",
            "contact_name": "Seminar office (sample)",
            "intro": "A sample event that shows how the events list works. It is not a real date or a call for participants.",
            "body": [
                para(
                    "When a real event is set, editors replace this entry with it. An event page gives the dates, the venue, the programme and how to take part."
                )
            ],
        },
    },
]

#: Whose texts name a venue in the local script, by the event's country.
LOCAL_TEXTS = {"KR": KO, "JP": JA}

TEXT_FIELDS = (
    "intro",
    "city",
    "venue",
    "venue_address",
    "venue_floor",
    "venue_hall",
    "transport",
    "parking",
    "venue_accessibility",
    "fee",
    "contact_name",
)


# --- Snippets, image and documents ---------------------------------------------------------


def ensure_organizations(locales, report):
    """The organizations only the events use: ``{key: {code: Organization}}``."""
    organizations = {}
    for spec in dc.ORGANIZATIONS:
        common = {
            "kind": spec["kind"],
            "country": spec["country"],
            "name_romanized": spec["name_romanized"],
            "website": spec["website"],
        }
        original = demo._ensure_snippet(
            Organization,
            spec["key"],
            locales[KO],
            {**common, **spec[KO]},
            report,
            "organizations",
        )
        organizations[spec["key"]] = {KO: original}
        for code in TRANSLATIONS:
            organizations[spec["key"]][code] = demo._ensure_snippet_translation(
                original, locales[code], spec[code], report, "organizations"
            )
    return organizations


def ensure_people(locales, organizations, report):
    """The presenters and chairs of the Gwangju conference: ``{key: {code: Person}}``."""
    people = {}
    for spec in dc.PEOPLE:

        def fields_for(code, spec=spec):
            return {
                "role": spec[code]["role"],
                "bio": spec[code]["bio"],
                "organization": organizations[spec["organization"]][code],
            }

        original = demo._ensure_snippet(
            Person,
            spec["key"],
            locales[KO],
            {"name": spec["name"], "name_romanized": spec["name_romanized"], **fields_for(KO)},
            report,
            "people",
        )
        people[spec["key"]] = {KO: original}
        for code in TRANSLATIONS:
            people[spec["key"]][code] = demo._ensure_snippet_translation(
                original, locales[code], fields_for(code), report, "people"
            )
    return people


def ensure_floor_map(report):
    image_model = get_image_model()
    image = image_model.objects.filter(title=FLOOR_MAP["title"]).first()
    if image is not None:
        report.count("images", False)
        return image
    image = image_model(
        title=FLOOR_MAP["title"],
        description=FLOOR_MAP["alt"],
        file=ImageFile(BytesIO(floor_map_png()), name="madang-demo-gwangju-floor-map.png"),
    )
    image._set_image_file_metadata()
    image.save()
    report.count("images", True)
    return image


def ensure_document(title, filename, text, report):
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is not None:
        report.count("documents", False)
        return document
    document = document_model(title=title, file=ContentFile(text.encode(), name=filename))
    document._set_document_file_metadata()
    document.save()
    report.count("documents", True)
    return document


def programme_text(spec, code, people):
    """The event's programme as plain text in language ``code``."""
    texts = spec[code]
    with translation.override(code):
        roles = {value: str(label) for value, label in ROLES}
    lines = [
        texts["title"],
        f"{spec['start']:%Y-%m-%d %H:%M} ({spec['time_zone']}) · {texts['venue']} {texts['venue_floor']} {texts['venue_hall']}",
        dc.PROGRAMME_DOCUMENT[code]["note"],
    ]
    for agenda_day in spec["agenda"]:
        lines += ["", f"{agenda_day['date']:%Y-%m-%d} {agenda_day['titles'][code]}".strip()]
        for agenda_part in agenda_day["parts"]:
            title, room = agenda_part["texts"][code]
            lines += ["", f"{title} — {room}"]
            for item in agenda_part["sessions"]:
                lines.append(f"  {item['start']}–{item['end']}  {item['texts'][code][0]}")
                lines += [
                    f"      {people[key][code]} · {roles[role]}" for key, role in item["people"]
                ]
    return "\n".join(lines) + "\n"


def ensure_documents(people, report):
    """``{key: {code: Document}}``: session materials and the programme files."""
    documents = {
        key: {
            code: ensure_document(texts["title"], texts["filename"], texts["text"], report)
            for code, texts in spec.items()
        }
        for key, spec in dc.DOCUMENTS.items()
    }
    for spec in EVENTS:
        if spec.get("programme_document"):
            documents[spec["key"]] = {
                code: ensure_document(
                    texts["title"], texts["filename"], programme_text(spec, code, people), report
                )
                for code, texts in dc.PROGRAMME_DOCUMENT.items()
            }
    return documents


# --- Agenda and booths ----------------------------------------------------------------------


def _id(key):
    """A StreamField item id that is the same on every run and in every language."""
    return str(demo.demo_key(key))


def _item(key, value):
    return {"type": "item", "value": value, "id": _id(key)}


def agenda_data(spec, code, people, documents):
    """The raw StreamField data of ``spec``'s agenda in language ``code``."""
    data = []
    for agenda_day in spec["agenda"]:
        day_key = f"{spec['key']}/{agenda_day['key']}"
        parts = []
        for agenda_part in agenda_day["parts"]:
            part_key = f"{day_key}/{agenda_part['key']}"
            title, room = agenda_part["texts"][code]
            sessions = []
            for item in agenda_part["sessions"]:
                key = f"{part_key}/{item['key']}"
                session_title, description = item["texts"][code]
                channels = item["channels"]
                sessions.append(
                    _item(
                        key,
                        {
                            "start": f"{item['start']}:00",
                            "end": f"{item['end']}:00",
                            "kind": item["kind"],
                            "title": session_title,
                            "description": description,
                            "languages": item["languages"],
                            "interpretation": channels is not None,
                            "interpretation_channels": channels[code] if channels else "",
                            "people": [
                                _item(
                                    f"{key}/person-{n}",
                                    {"person": people[person][code].pk, "role": role},
                                )
                                for n, (person, role) in enumerate(item["people"])
                            ],
                            "materials": [
                                _item(f"{key}/material-{n}", documents[document][code].pk)
                                for n, document in enumerate(item["materials"])
                            ],
                            "materials_published": bool(item["materials"]),
                        },
                    )
                )
            parts.append(_item(part_key, {"title": title, "room": room, "sessions": sessions}))
        data.append(
            {
                "type": "day",
                "value": {
                    "date": agenda_day["date"].isoformat(),
                    "title": agenda_day["titles"][code],
                    "parts": parts,
                },
                "id": _id(day_key),
            }
        )
    return data


def booth_number(n):
    return f"A-{n:02d}"


def original_booths(spec, locale, organizations):
    """The Korean booths of ``spec``, unsaved; the page's save stores them."""
    positions = booth_positions()
    booths = []
    for n, (org_key, category, descriptions) in enumerate(spec.get("booths", ()), start=1):
        number = booth_number(n)
        organization = organizations[org_key][KO]
        map_x, map_y = positions[number]
        booths.append(
            EventBooth(
                translation_key=demo.demo_key(f"{spec['key']}/booth-{number}"),
                locale=locale,
                sort_order=n - 1,
                number=number,
                organization=organization,
                category=category,
                description=descriptions[KO],
                website=organization.website,
                map_x=map_x,
                map_y=map_y,
            )
        )
    return booths


def translate_booths(page, spec, code, organizations):
    """Point the booths ``copy_for_translation`` copied (already in the page's
    locale, with the originals' translation keys) to the translated
    organizations and descriptions; the page's next save stores them."""
    by_key = {
        demo.demo_key(f"{spec['key']}/booth-{booth_number(n)}"): (org_key, descriptions)
        for n, (org_key, _category, descriptions) in enumerate(spec.get("booths", ()), start=1)
    }
    booths = list(page.booths.all())
    for booth in booths:
        if booth.translation_key in by_key:
            org_key, descriptions = by_key[booth.translation_key]
            booth.organization = organizations[org_key][code]
            booth.description = descriptions[code]
    page.booths = booths


# --- Pages -----------------------------------------------------------------------------------


def ensure_event_translation(source, spec, code, locales, fields, m2m, organizations, report):
    """Like ``demo.ensure_translation``, and the copied booths are translated too."""
    existing = source.get_translation_or_none(locales[code])
    if existing is not None:
        report.count("pages", False)
        return existing.specific
    page = source.copy_for_translation(locales[code]).specific
    fields = dict(fields)
    page.slug = find_available_slug(page.get_parent(), fields.pop("slug"), ignore_page_id=page.pk)
    page.translation_note = spec.get("translation_notes", {}).get(code, TranslationNote.HUMAN)
    demo._apply(page, fields, m2m)
    translate_booths(page, spec, code, organizations)
    if spec.get("registration"):
        dr.translate_children(page, spec["key"], code)
    demo._publish(page)
    report.count("pages", True)
    return page


def add_demo_events(context):
    locales, images, report = context.locales, context.images, context.report
    organizations = {**context.organizations, **ensure_organizations(locales, report)}
    people = {**context.people, **ensure_people(locales, organizations, report)}
    floor_map = ensure_floor_map(report)
    documents = ensure_documents(people, report)
    indexes = demo._ensure_index(context.homes, locales, EventIndexPage, EVENT_INDEX, report)
    events = {}
    for spec in EVENTS:

        def fields_for(code, spec=spec):
            texts = spec[code]
            programme = documents.get(spec["key"], {}).get(code)
            # The venue as a taxi driver there reads it: the texts of the country's language.
            local = spec.get(LOCAL_TEXTS.get(spec["country"]), {})
            return {
                **demo._simple_fields(texts, *TEXT_FIELDS),
                "venue_local_name": local.get("venue", ""),
                "venue_local_address": local.get("venue_address", ""),
                "kind": spec["kind"],
                "start": spec["start"],
                "end": spec["end"],
                "time_zone": spec["time_zone"],
                "country": spec["country"],
                "map_url": spec["map_url"],
                "host": organizations[spec["host"]][code] if spec["host"] else None,
                "expected_participants": spec["expected_participants"],
                "registration_deadline": spec["registration_deadline"],
                "registration_url": spec["registration_url"],
                "contact_email": spec["contact_email"],
                "contact_phone": spec["contact_phone"],
                "floor_map": floor_map if spec.get("booths") else None,
                "body": demo.stream(texts["body"], code, images),
                "agenda": agenda_data(spec, code, people, documents),
                "documents": [
                    {
                        "type": "document",
                        "value": {
                            "document": programme.pk,
                            "title": dc.PROGRAMME_DOCUMENT[code]["link"],
                        },
                        "id": _id(f"{spec['key']}/documents/programme"),
                    }
                ]
                if programme
                else [],
            }

        def m2m_for(code, spec=spec):
            return {"organizers": [organizations[key][code] for key in spec["organizers"]]}

        registration = dr.registration_fields(spec["key"], locales[KO])
        original = demo.ensure_page(
            indexes[KO],
            EventPage,
            spec["key"],
            {
                **fields_for(KO),
                "booths": original_booths(spec, locales[KO], organizations),
                **registration,
            },
            report,
            m2m=m2m_for(KO),
        )
        pages = {KO: original}
        for code in TRANSLATIONS:
            pages[code] = ensure_event_translation(
                original,
                spec,
                code,
                locales,
                fields_for(code),
                m2m_for(code),
                organizations,
                report,
            )
        events[spec["key"]] = pages
        if spec.get("registration"):
            dr.add_demo_registrations(original, spec["key"], report)
    return indexes, events
