# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""The demo's texts, as data, in Korean (the originals), Japanese and English.

Facts (names, places, dates, numbers) come from public reports on Korean and
Japanese health cooperatives and on integrated care in Gwangju and Busan; the
sentences are written for Madang, natively in each language. Dates marked
"placeholder" below were chosen for the demo and are not historical facts.

Everything here is plain Python data: ``build.py`` turns it into pages,
snippets and images. Body blocks are ``(block_type, value)`` pairs in the raw
form of ``madang.core.blocks.BaseStreamBlock``; image blocks name an entry of
``IMAGES`` and get their alt text in the page's language when built.
"""

from datetime import date
from zoneinfo import ZoneInfo

KO, JA, EN = "ko", "ja", "en"
LOCALES = (KO, JA, EN)
TRANSLATIONS = (JA, EN)

SEOUL = ZoneInfo("Asia/Seoul")
TOKYO = ZoneInfo("Asia/Tokyo")

# The sample event and tour must lie ahead for the home page's "next events"
# and "next study tours" to show something: 2027, or the year after the demo
# is loaded once 2027 has begun.
SAMPLE_YEAR = max(2027, date.today().year + 1)


# --- Block helpers ---------------------------------------------------------------


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def para(*paragraphs):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def bullets(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def numbered(*items):
    return ("paragraph", "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>")


def quote(text, attribution="", role=""):
    return ("quote", {"text": text, "attribution": attribution, "role": role})


CREDIT = {KO: "마당 데모 일러스트", JA: "マダン デモ用イラスト", EN: "Madang demo illustration"}


def picture(image_key, locale, caption=""):
    return (
        "image",
        {"image": image_key, "alt_text": None, "caption": caption, "credit": CREDIT[locale]},
    )


# --- Images ------------------------------------------------------------------------
# Drawn by images.py. The alt texts describe what is actually drawn.

IMAGES = {
    "home": {
        "title": "마당 데모: 둥글게 모인 이웃 (Madang demo: neighbours in a ring)",
        "motif": "gathering",
        "palette": "dawn",
        "seed": 1994,
        "alt": {
            KO: "살굿빛 바탕 가운데 열린 빈터를 크고 작은 원들이 둥글게 둘러싼 추상 그림",
            JA: "淡いアプリコット色の背景の中央にひらけた空き地があり、大小の円がそれを輪になって囲む抽象イラスト",
            EN: "Abstract illustration: circles of different sizes stand in a ring around an open space on a soft apricot background",
        },
    },
    "neighbourhood": {
        "title": "마당 데모: 언덕 사이 작은 마을 (Madang demo: houses between green hills)",
        "motif": "neighbourhood",
        "palette": "meadow",
        "seed": 2024,
        "alt": {
            KO: "초록 언덕이 겹겹이 펼쳐진 사이로 작은 집 일곱 채가 모여 있고 하늘에 노란 해가 뜬 추상 그림",
            JA: "重なり合う緑の丘のあいだに小さな家が七軒集まり、空に黄色い太陽が浮かぶ抽象イラスト",
            EN: "Abstract illustration: seven small houses nestle between layered green hills under a yellow sun",
        },
    },
    "walking": {
        "title": "마당 데모: 함께 걷는 길 (Madang demo: walking together)",
        "motif": "walking",
        "palette": "sand",
        "seed": 7,
        "alt": {
            KO: "모래빛 언덕 사이로 구불구불 이어진 길을 따라 작은 사람 모양 아홉이 나란히 걸어가는 추상 그림",
            JA: "砂色の丘のあいだを曲がりくねって続く道を、小さな人の形が九つ並んで歩いていく抽象イラスト",
            EN: "Abstract illustration: nine small figures walk one after another along a winding path between sandy hills",
        },
    },
    "exchange": {
        "title": "마당 데모: 바다를 잇는 다리 (Madang demo: an arch across the sea)",
        "motif": "exchange",
        "palette": "sea",
        "seed": 2015,
        "alt": {
            KO: "잔잔한 바다 양쪽 기슭에 원들이 한 무리씩 모여 있고 그 위로 커다란 아치가 두 무리를 잇는 추상 그림",
            JA: "穏やかな海の両岸に円がひとかたまりずつ集まり、その上に大きなアーチが架かって二つをつなぐ抽象イラスト",
            EN: "Abstract illustration: two clusters of circles on either side of a calm sea, joined by a wide arch",
        },
    },
    "conference": {
        "title": "마당 데모: 콘퍼런스의 청중 (Madang demo: a conference audience)",
        "motif": "conference",
        "palette": "dusk",
        "seed": 700,
        "alt": {
            KO: "연보랏빛 무대 앞에 동그란 점들이 여러 줄로 앉아 있는 청중처럼 늘어선 추상 그림",
            JA: "薄紫色のステージの前に、丸い点が何列にも並んで聴衆のように座っている抽象イラスト",
            EN: "Abstract illustration: rows of round dots sit like an audience in front of a lilac stage",
        },
    },
    "harbour": {
        "title": "마당 데모: 물결 위의 해 (Madang demo: sun over the waves)",
        "motif": "harbour",
        "palette": "sea",
        "seed": 400,
        "alt": {
            KO: "청록색 물결이 여러 겹으로 일렁이는 수평선 위로 연한 주황빛 해가 떠오르는 추상 그림",
            JA: "幾重にも重なる青緑色の波の水平線から、淡いオレンジ色の太陽が昇る抽象イラスト",
            EN: "Abstract illustration: a pale orange sun rises over layered blue-green waves",
        },
    },
    "research": {
        "title": "마당 데모: 기둥과 점으로 그린 자료 (Madang demo: columns and points)",
        "motif": "research",
        "palette": "dusk",
        "seed": 9,
        "alt": {
            KO: "높이가 서로 다른 보랏빛 기둥 여덟 개 위로 점들이 한 줄의 선으로 이어진 그래프 모양의 추상 그림",
            JA: "高さの違う紫色の柱が八本並び、その上の点が一本の線で結ばれたグラフのような抽象イラスト",
            EN: "Abstract illustration: eight purple columns of different heights, their tops joined by a single line like a chart",
        },
    },
    "courtyard": {
        "title": "마당 데모: 건물 사이의 마당 (Madang demo: a yard between buildings)",
        "motif": "courtyard",
        "palette": "dawn",
        "seed": 1,
        "alt": {
            KO: "창문이 난 네 채의 건물 앞에 타원형의 열린 마당이 펼쳐진 추상 그림",
            JA: "窓のある四棟の建物の前に、楕円形のひらけた中庭が広がる抽象イラスト",
            EN: "Abstract illustration: an oval open yard in front of four buildings with rows of windows",
        },
    },
}


# --- Organizations -----------------------------------------------------------------
# ``name_romanized`` is synchronised across languages; everything per language sits
# under the language code. The organization's key is its stable identity.

ORGANIZATIONS = [
    {
        "key": "org-medical-coop-saitama",
        "kind": "cooperative",
        "country": "JP",
        "name_romanized": "Iryō Seikyō Saitama",
        "website": "https://www.mcp-saitama.or.jp/",
        KO: {
            "name": "의료생협 사이타마",
            "city": "사이타마현",
            "description": "<p>일본 사이타마현의 의료생활협동조합(医療生協さいたま)입니다. 여섯 개 의료생협이 합병해 지금의 모습이 되었고, 병원과 진료소, 돌봄 시설을 운영합니다. 조합원이 스스로 꾸리는 건강 활동으로도 잘 알려져 있습니다.</p>",
        },
        JA: {
            "name": "医療生協さいたま",
            "city": "埼玉県",
            "description": "<p>埼玉県の医療生活協同組合。6つの医療生協が合併して現在の形になり、病院・診療所・介護施設を運営しています。組合員が自ら担う健康づくり活動でも知られています。</p>",
        },
        EN: {
            "name": "Medical CO-OP Saitama",
            "city": "Saitama Prefecture",
            "description": "<p>A medical consumer cooperative in Saitama Prefecture, Japan, formed when six medical co-ops merged. It runs a hospital, clinics and care facilities, and is known for health activities that members organise themselves.</p>",
        },
    },
    {
        "key": "org-ansan",
        "kind": "cooperative",
        "country": "KR",
        "name_romanized": "Ansan Uiryo Bokji Sahoejeok Hyeopdong Johap",
        "website": "",
        KO: {
            "name": "안산의료복지사회적협동조합",
            "city": "안산",
            "description": "<p>경기도 안산에서 주민과 의료인이 함께 꾸려 가는 의료복지사회적협동조합입니다. 2015년 의료생협 사이타마 연수에 의사와 이사들이 참여했습니다.</p>",
        },
        JA: {
            "name": "安山医療福祉社会的協同組合",
            "city": "安山",
            "description": "<p>京畿道安山市で、住民と医療者がともに運営する医療福祉社会的協同組合。2015年の医療生協さいたま視察研修には医師と理事が参加しました。</p>",
        },
        EN: {
            "name": "Ansan Medical-Welfare Social Cooperative",
            "city": "Ansan",
            "description": "<p>A medical-welfare social cooperative in Ansan, Gyeonggi Province, run jointly by residents and health professionals. Its doctors and board members joined the 2015 study tour to Medical CO-OP Saitama.</p>",
        },
    },
    {
        "key": "org-siheung",
        "kind": "cooperative",
        "country": "KR",
        "name_romanized": "Siheung Huimang Uiryo Bokji Sahoejeok Hyeopdong Johap",
        "website": "",
        KO: {
            "name": "시흥희망의료복지사회적협동조합",
            "city": "시흥",
            "description": "<p>경기도 시흥의 의료복지사회적협동조합입니다. 2015년 의료생협 사이타마 연수에 의사와 이사들이 함께했습니다.</p>",
        },
        JA: {
            "name": "始興希望医療福祉社会的協同組合",
            "city": "始興",
            "description": "<p>京畿道始興市の医療福祉社会的協同組合。2015年の医療生協さいたま視察研修に医師と理事が加わりました。</p>",
        },
        EN: {
            "name": "Siheung Hope Medical-Welfare Social Cooperative",
            "city": "Siheung",
            "description": "<p>A medical-welfare social cooperative in Siheung, Gyeonggi Province. Its doctors and board members took part in the 2015 study tour to Medical CO-OP Saitama.</p>",
        },
    },
    {
        "key": "org-federation",
        "kind": "federation",
        "country": "KR",
        "name_romanized": "Hanguk Uiryo Bokji Sahoejeok Hyeopdong Johap Yeonhaphoe",
        "website": "",
        KO: {
            "name": "한국의료복지사회적협동조합연합회",
            "city": "",
            "description": "<p>전국 30여 곳의 의료복지사회적협동조합이 함께하는 연합 조직입니다. 1994년 첫 조합이 생긴 지 30년이 된 2024년에 기념행사를 열었습니다.</p>",
        },
        JA: {
            "name": "韓国医療福祉社会的協同組合連合会",
            "city": "",
            "description": "<p>韓国全土のおよそ30の医療福祉社会的協同組合が加盟する連合組織。1994年に最初の組合が誕生してから30年を迎えた2024年に、記念行事を開きました。</p>",
        },
        EN: {
            "name": "Korean Federation of Medical-Welfare Social Cooperatives",
            "city": "",
            "description": "<p>The federation of some 30 medical-welfare social cooperatives across Korea. In 2024 it marked thirty years since the first cooperative was founded in 1994.</p>",
        },
    },
    {
        "key": "org-gwangju",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Gwangju Gwangyeoksi",
        "website": "https://www.gwangju.go.kr/",
        KO: {
            "name": "광주광역시",
            "city": "광주",
            "description": "<p>2023년 전국에서 처음으로 ‘광주다움 통합돌봄’을 도입하고, 이를 지역사회 돌봄과 의료 돌봄으로 넓혀 왔습니다.</p>",
        },
        JA: {
            "name": "光州広域市",
            "city": "光州",
            "description": "<p>2023年に韓国で初めて独自の統合ケア制度「光州らしい統合ケア」を導入し、地域でのケアや医療的ケアへと広げてきました。</p>",
        },
        EN: {
            "name": "Gwangju Metropolitan City",
            "city": "Gwangju",
            "description": "<p>In 2023 Gwangju became the first city in Korea to introduce a Universal Care System, since extended to community-based and medical care.</p>",
        },
    },
    {
        "key": "org-busan",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Busan Gwangyeoksi",
        "website": "https://www.busan.go.kr/",
        KO: {
            "name": "부산광역시",
            "city": "부산",
            "description": "<p>2025년 10월 ‘부산형 통합돌봄 추진단’을 꾸리고, 구·군의 통합돌봄 역량을 키우는 교육과 컨설팅을 이어 가고 있습니다.</p>",
        },
        JA: {
            "name": "釜山広域市",
            "city": "釜山",
            "description": "<p>2025年10月に「釜山型統合ケア推進団」を立ち上げ、区・郡の統合ケアの力を高める研修やコンサルティングを続けています。</p>",
        },
        EN: {
            "name": "Busan Metropolitan City",
            "city": "Busan",
            "description": "<p>Launched a Busan-type Integrated Care Promotion Taskforce in October 2025 and provides ongoing training and consulting to its districts and counties.</p>",
        },
    },
    {
        "key": "org-care-future",
        "kind": "nonprofit",
        "country": "KR",
        "name_romanized": "Dolbomgwa Mirae",
        "website": "",
        KO: {
            "name": "돌봄과미래",
            "city": "",
            "description": "<p>지역이 중심이 되는 통합돌봄을 연구하고 알리는 재단입니다.</p>",
        },
        JA: {
            "name": "ケアと未来財団",
            "city": "",
            "description": "<p>地域が主体となる統合ケアの研究と普及に取り組む韓国の財団です。</p>",
        },
        EN: {
            "name": "Care and Future Foundation",
            "city": "",
            "description": "<p>A Korean foundation that studies and promotes community-led integrated care.</p>",
        },
    },
    {
        "key": "org-kohi",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Hanguk Bogeon Bokji Injaewon",
        "short_name": "KOHI",
        "website": "https://www.kohi.or.kr/",
        KO: {
            "name": "한국보건복지인재원",
            "city": "",
            "description": "<p>보건복지 분야 종사자와 공무원의 교육을 맡는 공공기관입니다. 2025년 부산형 의료·돌봄 통합지원 정책 포럼을 주관했습니다.</p>",
        },
        JA: {
            "name": "韓国保健福祉人材院",
            "city": "",
            "description": "<p>保健福祉分野の従事者や公務員の研修を担う公的機関。2025年の釜山型医療・ケア統合支援政策フォーラムを運営しました。</p>",
        },
        EN: {
            "name": "Korea Human Resource Development Institute for Health and Welfare",
            "city": "",
            "description": "<p>The public institute that trains health and welfare workers and officials. It organised the 2025 Busan policy forum on integrated medical and care support.</p>",
        },
    },
    {
        "key": "org-youngsan",
        "kind": "university",
        "country": "KR",
        "name_romanized": "Youngsan Daehakgyo",
        "website": "https://www.ysu.ac.kr/",
        KO: {"name": "영산대학교", "city": "", "description": ""},
        JA: {"name": "ヨンサン大学校", "city": "", "description": ""},
        EN: {"name": "Youngsan University", "city": "", "description": ""},
    },
    {
        "key": "org-silla",
        "kind": "university",
        "country": "KR",
        "name_romanized": "Silla Daehakgyo",
        "website": "https://www.silla.ac.kr/",
        KO: {"name": "신라대학교", "city": "부산", "description": ""},
        JA: {"name": "新羅大学校", "city": "釜山", "description": ""},
        EN: {"name": "Silla University", "city": "Busan", "description": ""},
    },
    {
        "key": "org-nhis",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Gungmin Geongang Boheom Gongdan",
        "website": "https://www.nhis.or.kr/",
        KO: {
            "name": "국민건강보험공단",
            "short_name": "건보공단",
            "city": "원주",
            "description": "<p>한국의 공적 건강보험을 운영하는 기관으로, 의료·돌봄 통합지원에서 구·군과의 협력을 맡습니다.</p>",
        },
        JA: {
            "name": "国民健康保険公団",
            "short_name": "NHIS",
            "city": "原州",
            "description": "<p>韓国の公的医療保険を運営する機関。医療・ケアの統合支援では区・郡との連携を担います。</p>",
        },
        EN: {
            "name": "National Health Insurance Service",
            "short_name": "NHIS",
            "city": "Wonju",
            "description": "<p>Korea's public health insurer, which works with districts and counties on integrated medical and care support.</p>",
        },
    },
    {
        "key": "org-aphco",
        "kind": "federation",
        "country": "",
        "name_romanized": "Asia Pacific Health Cooperative Organization",
        "short_name": "APHCO",
        "website": "",
        KO: {
            "name": "아시아태평양보건협동조합기구",
            "city": "",
            "description": "<p>아시아·태평양 지역의 보건의료 협동조합이 모여 경험을 나누는 국제 네트워크입니다. 2015년 총회는 한국에서 열렸습니다.</p>",
        },
        JA: {
            "name": "アジア太平洋保健協同組合機構",
            "city": "",
            "description": "<p>アジア・太平洋地域の保健医療協同組合が経験を共有する国際ネットワーク。2015年の総会は韓国で開かれました。</p>",
        },
        EN: {
            "name": "Asia Pacific Health Cooperative Organization",
            "city": "",
            "description": "<p>The international network in which health cooperatives of the Asia-Pacific region share their experience. Its 2015 general assembly took place in Korea.</p>",
        },
    },
    {
        "key": "org-gwangju-buk-gu",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Gwangju Gwangyeoksi Buk-gu",
        "website": "",
        KO: {"name": "광주광역시 북구", "city": "광주", "description": ""},
        JA: {"name": "光州広域市 北区", "city": "光州", "description": ""},
        EN: {"name": "Buk-gu, Gwangju", "city": "Gwangju", "description": ""},
    },
    {
        "key": "org-haeundae-health-center",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Haeundae-gu Bogeonso",
        "website": "",
        KO: {"name": "해운대구보건소", "city": "부산", "description": ""},
        JA: {"name": "海雲台区保健所", "city": "釜山", "description": ""},
        EN: {"name": "Haeundae-gu Public Health Center", "city": "Busan", "description": ""},
    },
    {
        "key": "org-busan-institute",
        "kind": "university",
        "country": "KR",
        "name_romanized": "Busan Yeonguwon",
        "website": "",
        KO: {"name": "부산연구원", "city": "부산", "description": ""},
        JA: {"name": "釜山研究院", "city": "釜山", "description": ""},
        EN: {"name": "Busan Development Institute", "city": "Busan", "description": ""},
    },
]


# --- People --------------------------------------------------------------------------
# Names stay in the person's own script in every language (see Person.name);
# role and biography are translated.

PEOPLE = [
    {
        "key": "person-milly",
        "name": "Milly",
        "name_romanized": "",
        "organization": None,
        KO: {
            "role": "블로그 필자",
            "bio": "<p>한국의 사회적경제와 지역 통합돌봄에 관한 글을 씁니다. 2024년 의료복지사회적협동조합 30주년 기념식 현장을 사진으로 남겼습니다.</p>",
        },
        JA: {
            "role": "ブロガー",
            "bio": "<p>韓国の社会的経済と地域の統合ケアについて書いています。2024年の医療福祉社会的協同組合30周年記念式典を写真で記録しました。</p>",
        },
        EN: {
            "role": "Blogger",
            "bio": "<p>Writes about Korea's social economy and community-based integrated care, and photographed the 2024 ceremony for the 30th anniversary of the medical-welfare cooperatives.</p>",
        },
    },
    {
        "key": "person-kim-yongik",
        "name": "김용익",
        "name_romanized": "Kim Yong-ik",
        "organization": "org-care-future",
        KO: {
            "role": "이사장",
            "bio": "<p>2026년 2월 광주 통합돌봄 전국 콘퍼런스에서 ‘돌봄, 지역이 주인공이 되다’를 주제로 기조강연을 했습니다.</p>",
        },
        JA: {
            "role": "理事長",
            "bio": "<p>キム・ヨンイク。2026年2月、光州での統合ケア全国カンファレンスで「ケア、地域が主役になる」をテーマに基調講演を行いました。</p>",
        },
        EN: {
            "role": "Chair of the Board",
            "bio": "<p>Gave the keynote, “Care: the community takes centre stage”, at the national integrated-care conference in Gwangju in February 2026.</p>",
        },
    },
    {
        "key": "person-kwon-hyunjung",
        "name": "권현정",
        "name_romanized": "Kwon Hyun-jung",
        "organization": "org-youngsan",
        KO: {
            "role": "사회복지학과 교수",
            "bio": "<p>2025년 11월 부산 정책 포럼에서 구·군별 부산형 통합돌봄 모델을 어떻게 설계할지에 관해 기조강연을 했습니다.</p>",
        },
        JA: {
            "role": "社会福祉学科 教授",
            "bio": "<p>クォン・ヒョンジョン。2025年11月の釜山の政策フォーラムで、区・郡ごとの釜山型統合ケアモデルの設計について基調講演を行いました。</p>",
        },
        EN: {
            "role": "Professor, Department of Social Welfare",
            "bio": "<p>Keynote speaker at the Busan policy forum in November 2025, on designing integrated care district by district.</p>",
        },
    },
    {
        "key": "person-lee-jinseon",
        "name": "이진선",
        "name_romanized": "Lee Jin-seon",
        "organization": "org-gwangju-buk-gu",
        KO: {
            "role": "통합돌봄정책팀장",
            "bio": "<p>부산 정책 포럼에서 의료·돌봄 통합지원 사업의 추진 현황과 사례를 발표했습니다.</p>",
        },
        JA: {
            "role": "統合ケア政策チーム長",
            "bio": "<p>イ・ジンソン。釜山の政策フォーラムで、医療・ケア統合支援事業の進み具合と事例を報告しました。</p>",
        },
        EN: {
            "role": "Team Leader, Integrated Care Policy Team",
            "bio": "<p>Presented the progress and cases of the integrated medical and care support project at the Busan policy forum.</p>",
        },
    },
    {
        "key": "person-han-jina",
        "name": "한지나",
        "name_romanized": "Han Ji-na",
        "organization": "org-silla",
        KO: {
            "role": "사회복지학과 교수",
            "bio": "<p>부산 정책 포럼의 정책 토론에서 좌장을 맡았습니다.</p>",
        },
        JA: {
            "role": "社会福祉学科 教授",
            "bio": "<p>ハン・ジナ。釜山の政策フォーラムで政策討論の座長を務めました。</p>",
        },
        EN: {
            "role": "Professor, Department of Social Welfare",
            "bio": "<p>Chaired the policy discussion at the Busan policy forum.</p>",
        },
    },
    {
        "key": "person-kim-taeseok",
        "name": "김태석",
        "name_romanized": "Kim Tae-seok",
        "organization": "org-busan",
        KO: {"role": "복지정책과", "bio": "<p>부산 정책 포럼의 토론자로 참여했습니다.</p>"},
        JA: {
            "role": "福祉政策課",
            "bio": "<p>キム・テソク。釜山の政策フォーラムに討論者として参加しました。</p>",
        },
        EN: {
            "role": "Welfare Policy Division",
            "bio": "<p>Panellist at the Busan policy forum.</p>",
        },
    },
    {
        "key": "person-kang-sookkyung",
        "name": "강숙경",
        "name_romanized": "Kang Sook-kyung",
        "organization": "org-nhis",
        KO: {
            "role": "부산울산경남지역본부 팀장",
            "bio": "<p>부산 정책 포럼에서 의료·돌봄 연계를 위한 국민건강보험공단의 역할을 이야기했습니다.</p>",
        },
        JA: {
            "role": "釜山・蔚山・慶南地域本部 チーム長",
            "bio": "<p>カン・スクキョン。釜山の政策フォーラムで、医療とケアをつなぐ国民健康保険公団の役割について発言しました。</p>",
        },
        EN: {
            "role": "Team Leader, Busan–Ulsan–Gyeongnam Regional Headquarters",
            "bio": "<p>Spoke at the Busan policy forum on the insurer's role in linking medical care and care services.</p>",
        },
    },
    {
        "key": "person-ahn-yeohyun",
        "name": "안여현",
        "name_romanized": "Ahn Yeo-hyun",
        "organization": "org-haeundae-health-center",
        KO: {
            "role": "보건소장",
            "bio": "<p>부산 정책 포럼에서 보건소가 본 의료·돌봄 통합의 현황과 과제를 나누었습니다.</p>",
        },
        JA: {
            "role": "保健所長",
            "bio": "<p>アン・ヨヒョン。釜山の政策フォーラムで、保健所から見た医療・ケア統合の現状と課題を語りました。</p>",
        },
        EN: {
            "role": "Director",
            "bio": "<p>Shared a public health centre's view of integrated medical and care services at the Busan policy forum.</p>",
        },
    },
    {
        "key": "person-jang-jihyun",
        "name": "장지현",
        "name_romanized": "Jang Ji-hyun",
        "organization": "org-busan-institute",
        KO: {"role": "박사", "bio": "<p>부산 정책 포럼의 토론자로 참여했습니다.</p>"},
        JA: {
            "role": "博士（研究員）",
            "bio": "<p>チャン・ジヒョン。釜山の政策フォーラムに討論者として参加しました。</p>",
        },
        EN: {"role": "Researcher (PhD)", "bio": "<p>Panellist at the Busan policy forum.</p>"},
    },
    {
        "key": "person-victor-pestoff",
        "name": "Victor Pestoff",
        "name_romanized": "",
        "organization": None,
        KO: {"role": "연구자", "bio": "<p>일본 협동조합 의료의 공동생산 연구에 참여했습니다.</p>"},
        JA: {
            "role": "研究者",
            "bio": "<p>ヴィクター・ペストフ。日本の協同組合医療における共同生産の研究に参加しました。</p>",
        },
        EN: {
            "role": "Researcher",
            "bio": "<p>Co-author of the study on co-produced health and elder care in Japanese cooperatives.</p>",
        },
    },
    {
        "key": "person-johan-vamstad",
        "name": "Johan Vamstad",
        "name_romanized": "",
        "organization": None,
        KO: {"role": "연구자", "bio": "<p>일본 협동조합 의료의 공동생산 연구에 참여했습니다.</p>"},
        JA: {
            "role": "研究者",
            "bio": "<p>ヨハン・ヴァムスタッド。日本の協同組合医療における共同生産の研究に参加しました。</p>",
        },
        EN: {
            "role": "Researcher",
            "bio": "<p>Co-author of the study on co-produced health and elder care in Japanese cooperatives.</p>",
        },
    },
    {
        "key": "person-yayoi-saito",
        "name": "斉藤弥生",
        "name_romanized": "Yayoi Saito",
        "organization": None,
        KO: {
            "role": "연구자",
            "bio": "<p>사이토 야요이. 일본 협동조합 의료의 공동생산 연구에 참여했습니다.</p>",
        },
        JA: {
            "role": "研究者",
            "bio": "<p>日本の協同組合医療における共同生産の研究に参加しました。</p>",
        },
        EN: {
            "role": "Researcher",
            "bio": "<p>Co-author of the study on co-produced health and elder care in Japanese cooperatives.</p>",
        },
    },
]


# --- Home page -----------------------------------------------------------------------

HOME = {
    "key": "home",
    "hero_image": "home",
    KO: {
        "title": "마당 Madang",
        "slug": "madang",
        "intro": "한국과 일본, 아시아의 의료복지 협동조합이 소식을 나누고 서로 찾아가 배우는 온라인 마당입니다.",
        "body": [
            heading("왜 ‘마당’인가요"),
            para(
                "마당은 집 앞에 열린 뜰입니다. 이웃이 모여 일을 거들고, 잔치를 벌이고, 이야기를 나누던 자리이지요. 이 사이트는 한국의 의료복지사회적협동조합과 일본의 의료생협, 아시아 곳곳의 보건의료 협동조합이 그렇게 모이는 마당이 되려 합니다.",
                "행사와 연수 일정, 현장에서 들려오는 소식을 한국어·일본어·영어로 전합니다.",
            ),
        ],
    },
    JA: {
        "title": "マダン Madang",
        "slug": "madang-ja",
        "intro": "韓国・日本・アジアの医療福祉協同組合が、ニュースを伝え合い、互いを訪ねて学び合うためのオンラインの広場です。",
        "body": [
            heading("「マダン」という名前"),
            para(
                "韓国語の「マダン（마당）」は、家の前にひらけた庭のこと。近所の人が集まって仕事を手伝い、祝いの席を設け、語り合ってきた場所です。このサイトは、韓国の医療福祉社会的協同組合、日本の医療生協、アジア各地の保健医療協同組合が集う、そんな広場でありたいと考えています。",
                "イベントや視察研修の予定、現場からの便りを、日本語・韓国語・英語でお届けします。",
            ),
        ],
    },
    EN: {
        "title": "Madang",
        "slug": "madang-en",
        "intro": "An online courtyard where health and medical-welfare cooperatives in Korea, Japan and across Asia share news and learn by visiting one another.",
        "body": [
            heading("Why “Madang”?"),
            para(
                "In Korean, a madang is the open yard in front of a house: the place where neighbours lend a hand, hold a feast and talk things over. This site hopes to be that kind of yard for Korea's medical-welfare social cooperatives, Japan's medical co-ops and health cooperatives across Asia.",
                "Here you will find events, study tours and news from the field, in English, Korean and Japanese.",
            ),
        ],
    },
}


# --- Standard pages ------------------------------------------------------------------

ABOUT = {
    "key": "page-about",
    KO: {
        "title": "마당 소개",
        "slug": "about",
        "intro": "마당은 아시아의 의료복지 협동조합이 서로의 경험을 나누는 세 언어 소식 사이트입니다.",
        "body": [
            heading("누구를 위한 곳인가요"),
            para(
                "조합원과 직원, 이사, 의료인, 그리고 협동조합과 함께 지역 돌봄을 고민하는 지방정부와 연구자를 위한 곳입니다. 한국에서는 1994년 첫 조합이 문을 연 뒤 지금은 전국 30여 곳에서 의료복지사회적협동조합이 활동하고 있고, 일본에는 오랜 역사를 지닌 의료생협이 있습니다."
            ),
            heading("무엇을 볼 수 있나요"),
            bullets(
                "총회, 콘퍼런스, 포럼 같은 행사 안내",
                "협동조합끼리 서로 찾아가 배우는 연수 방문의 기록과 모집 소식",
                "현장 소식과 연구 소개",
            ),
            picture("courtyard", KO, "건물 사이에 열린 마당"),
            heading("세 언어로"),
            para(
                "한국어로 쓴 글을 일본어와 영어로 옮깁니다. 사람이 옮긴 글인지 기계 번역인지를 함께 밝히고, 기계 번역에는 원문으로 가는 길을 안내합니다."
            ),
        ],
    },
    JA: {
        "title": "マダンについて",
        "slug": "マダンについて",
        "intro": "マダンは、アジアの医療福祉協同組合が経験を分かち合うための、三言語のニュースサイトです。",
        "body": [
            heading("どなたのためのサイトか"),
            para(
                "組合員や職員、理事、医療従事者、そして協同組合とともに地域のケアを考える自治体や研究者のためのサイトです。韓国では1994年に最初の組合が生まれ、いまでは全国およそ30の医療福祉社会的協同組合が活動しています。日本には長い歴史を持つ医療生協があります。"
            ),
            heading("掲載している内容"),
            bullets(
                "総会・カンファレンス・フォーラムなどのイベント案内",
                "協同組合どうしが訪ね合って学ぶ視察研修の記録と参加募集",
                "現場からのニュースと研究の紹介",
            ),
            picture("courtyard", JA, "建物のあいだにひらけた中庭"),
            heading("三つの言語で"),
            para(
                "韓国語で書かれた記事を日本語と英語に翻訳しています。人による翻訳か機械翻訳かを明記し、機械翻訳の記事からは原文をご案内します。"
            ),
        ],
    },
    EN: {
        "title": "About Madang",
        "slug": "about",
        "intro": "Madang is a news site in three languages where Asia's health and medical-welfare cooperatives share what they have learned.",
        "body": [
            heading("Who it is for"),
            para(
                "Members, staff, board members and health professionals of cooperatives, and the local governments and researchers who work with them on community care. In Korea, the first medical-welfare cooperative opened in 1994 and some 30 are active today; Japan has medical co-ops with a long history of their own."
            ),
            heading("What you will find"),
            bullets(
                "Announcements of general assemblies, conferences and forums",
                "Reports from study tours, when one cooperative visits another to learn, and calls to join the next one",
                "News from the field and introductions to research",
            ),
            picture("courtyard", EN, "An open yard between buildings"),
            heading("In three languages"),
            para(
                "Articles are written in Korean and translated into Japanese and English. Each translation says whether a person or a machine made it, and machine translations point you to the original."
            ),
        ],
    },
}

RESEARCH_INDEX = {
    "key": "research-index",
    KO: {
        "title": "연구",
        "slug": "research",
        "intro": "협동조합 의료와 돌봄을 다루는 연구 사업을 소개합니다. 기간, 참여자, 성과를 한곳에서 볼 수 있습니다.",
    },
    JA: {
        "title": "研究",
        "slug": "research",
        "intro": "協同組合の医療とケアをテーマにした研究プロジェクトを紹介します。期間、参加者、成果をまとめて見られます。",
    },
    EN: {
        "title": "Research",
        "slug": "research",
        "intro": "Research projects on cooperative health and care: their period, the people taking part and what came of them.",
    },
}

#: The project's facts (the seed gives no dates, so the period is left open).
RESEARCH_FACTS = {
    "status": "ongoing",
    "outputs": [
        {
            "kind": "paper",
            "year": 2015,
            "url": "",
            "title": {
                KO: "Co-production of Health and Elder Care – Cooperative models in Japan (연구 개요)",
                JA: "Co-production of Health and Elder Care – Cooperative models in Japan（研究概要）",
                EN: "Co-production of Health and Elder Care – Cooperative models in Japan (project outline)",
            },
            "detail": {
                KO: "EMES 학술대회 선정 논문 시리즈, ECSP-5EMES-28",
                JA: "EMES国際会議 選定論文シリーズ、ECSP-5EMES-28",
                EN: "EMES Conferences Selected Papers Series, ECSP-5EMES-28",
            },
        }
    ],
    "partners": [
        {
            KO: ("빅토르 페스토프", "연구자"),
            JA: ("ヴィクター・ペストフ", "研究者"),
            EN: ("Victor Pestoff", "Researcher"),
        },
        {
            KO: ("요한 밤스타드", "연구자"),
            JA: ("ヨハン・ヴァムスタッド", "研究者"),
            EN: ("Johan Vamstad", "Researcher"),
        },
        {
            KO: ("사이토 야요이(斉藤弥生)", "연구자"),
            JA: ("斉藤弥生", "研究者"),
            EN: ("Yayoi Saito", "Researcher"),
        },
        {
            KO: ("일본 각지의 협동조합 병원 9곳", "조사 현장"),
            JA: ("全国9か所の協同組合病院", "調査の現場"),
            EN: ("Nine cooperative hospitals across Japan", "Where the surveys are done"),
        },
    ],
}

RESEARCH = {
    "key": "research-project-coproduction",
    KO: {
        "title": "일본 협동조합 의료의 ‘공동생산’ 연구",
        "slug": "research-coproduction-japan",
        "intro": "환자와 이용자가 의료진의 ‘동반자’가 되어 돌봄을 함께 만들 수 있을까요? 일본의 협동조합 병원을 현장으로 삼은 국제 연구를 소개합니다.",
        "body": [
            heading("연구의 출발점"),
            para(
                "대부분의 선진국에서 보건의료와 노인 돌봄은 재정 압박과 효율화 요구에 동시에 놓여 있고, 서비스의 질을 걱정하는 목소리도 커지고 있습니다. 이 연구는 그 해법을 이용자의 참여에서 찾습니다. 전문가와 환자·이용자가 각자의 몫을 보태 서비스를 함께 만들어 내는 ‘공동생산(co-production)’이 어떤 조건에서 가능한지를 묻습니다."
            ),
            heading("왜 일본인가"),
            para(
                "일본에는 이용자가 소유하는 협동조합형 의료 체계가 하나가 아니라 둘이나 있고, 두 체계 모두 조합원에게 노인 돌봄까지 제공합니다. 두 체계의 병상을 합치면 5만 개 가까이, 일본 전체 병상의 약 5%에 이릅니다.",
                "연구진은 이들 협동조합이 공립병원이나 의료법인과 어떤 사회적 가치에서 다른지, 그리고 그 가치가 지배구조와 직원 사이의 관계, 직원·환자·자원봉사자 사이의 관계에 어떻게 드러나는지를 살핍니다.",
            ),
            heading("어떻게 조사하나요"),
            bullets(
                "일본 각지 협동조합 병원 9곳에서 환자, 의료진, 자원봉사자를 조사합니다.",
                "공립 또는 비영리 병원 2곳의 같은 자료와 비교합니다.",
                "협동조합이 공동생산의 원칙에 따라 돌봄을 어떻게 조직하는지, 또 어떤 조직 환경에서 그것이 가능한지를 정리합니다.",
            ),
            picture("research", KO, "조사 자료를 떠올리게 하는 그림"),
            heading("연구진"),
            para(
                "빅토르 페스토프(Victor Pestoff), 요한 밤스타드(Johan Vamstad), 사이토 야요이(斉藤弥生). 연구 개요는 EMES 학술대회 선정 논문 시리즈(ECSP-5EMES-28)로 나왔습니다."
            ),
        ],
    },
    JA: {
        "title": "協同組合による保健医療・高齢者ケアの「共同生産」研究",
        "slug": "kyodo-seisan-kenkyu",
        "intro": "患者や利用者が医療者の「パートナー」となって、ケアを一緒につくることはできるのか。日本の協同組合病院を舞台にした国際共同研究を紹介します。",
        "body": [
            heading("研究の出発点"),
            para(
                "多くの先進国で、保健医療と高齢者ケアは財政の逼迫と効率化の要請に同時にさらされ、サービスの質への不安も高まっています。この研究は、その打開策を利用者の参加に求めます。専門職と患者・利用者がそれぞれの力を持ち寄ってサービスをともに生み出す「共同生産（コ・プロダクション）」が、どのような条件のもとで成り立つのかを問います。"
            ),
            heading("なぜ日本なのか"),
            para(
                "日本には、利用者が所有する協同組合型の医療提供体制が一つではなく二つあり、どちらも組合員に高齢者ケアまで提供しています。二つを合わせた病床数は5万床近く、全国の病床の約5%にあたります。",
                "研究チームは、これらの協同組合が公立病院や医療法人とどのような社会的価値の点で異なるのか、そしてその価値がガバナンスや職員どうしの関係、職員・患者・ボランティアの関係にどう表れるのかを調べます。",
            ),
            heading("調査の方法"),
            bullets(
                "全国9か所の協同組合病院で、患者・医療専門職・ボランティアから独自のデータを集めます。",
                "公立または非営利の病院2か所の同様のデータと比較します。",
                "協同組合が共同生産の原則に沿ってケアをどう組み立てているか、またそれを可能にする組織の条件は何かをまとめます。",
            ),
            picture("research", JA, "調査データのイメージ"),
            heading("研究チーム"),
            para(
                "ヴィクター・ペストフ（Victor Pestoff）、ヨハン・ヴァムスタッド（Johan Vamstad）、斉藤弥生（Yayoi Saito）。研究の概要は、EMES国際会議の選定論文シリーズ（ECSP-5EMES-28）として発表されています。"
            ),
        ],
    },
    EN: {
        "title": "Co-producing health and elder care in Japan's cooperatives",
        "slug": "co-production-research",
        "intro": "Can patients and clients become partners of the professionals who care for them? An international study set in Japan's cooperative hospitals.",
        "body": [
            heading("Where the study starts"),
            para(
                "In most developed countries, health and elder care face budget pressure and demands for efficiency at the same time, and worries about quality are growing. This study looks for an answer in user participation: it asks under which conditions professionals and patients or clients can co-produce a service, each contributing their own part."
            ),
            heading("Why Japan"),
            para(
                "Unusually, Japan has two separate health care systems owned by their users as cooperatives, and each of them offers elder care to its members too. Between them they hold close to 50,000 hospital beds, about 5% of the country's total.",
                "The researchers ask how these cooperatives differ from public hospitals and medical corporations in the social values they stand for, and how those values show in their governance, in relations among staff, and in relations between staff, patients and volunteers.",
            ),
            heading("How the data are gathered"),
            bullets(
                "Surveys at nine cooperative hospitals around Japan, of patients, medical staff and volunteers.",
                "A comparison with the same data from two public or non-profit hospitals.",
                "An account of how the cooperatives organise care on the principle of co-production, and of the organisational setting that makes it possible.",
            ),
            picture("research", EN, "A picture suggesting survey data"),
            heading("The researchers"),
            para(
                "Victor Pestoff, Johan Vamstad and Yayoi Saito (斉藤弥生). An outline of the project appeared in the EMES Conferences Selected Papers series (ECSP-5EMES-28)."
            ),
        ],
    },
}

PRIVACY = {
    "key": "page-privacy",
    KO: {
        "title": "개인정보 처리방침",
        "slug": "privacy",
        "intro": "마당이 어떤 정보를 왜 보관하는지 짧게 정리했습니다.",
        "body": [
            heading("보관하는 정보"),
            bullets(
                "<b>접속 기록</b>: 보안과 장애 대응을 위해 서버가 IP 주소, 접속 시각, 요청한 주소를 기록합니다. 필요한 기간이 지나면 지웁니다.",
                "<b>조회 수</b>: 기사마다 읽힌 횟수의 합계만 셉니다. 누가 읽었는지는 남기지 않습니다.",
                "<b>쿠키</b>: 로그인처럼 사이트 운영에 꼭 필요한 쿠키만 씁니다. 광고나 추적을 위한 쿠키는 쓰지 않습니다.",
                "<b>편집자 계정</b>: 사이트를 관리하는 편집자의 이름, 이메일 주소, 암호화된 비밀번호를 보관합니다.",
            ),
            heading("문의"),
            para(
                "개인정보에 관해 궁금한 점은 사이트 아래쪽의 연락처로 보내 주세요. 새로운 기능이 생기면 이 방침도 함께 고칩니다."
            ),
        ],
    },
    JA: {
        "title": "プライバシーポリシー",
        "slug": "privacy",
        "intro": "マダンがどのような情報を、何のために保存しているかを簡単にまとめました。",
        "body": [
            heading("保存している情報"),
            bullets(
                "<b>アクセス記録</b>：セキュリティと障害対応のため、サーバーがIPアドレス、アクセス日時、リクエストされたアドレスを記録します。必要な期間を過ぎたものは削除します。",
                "<b>閲覧数</b>：記事ごとに読まれた回数の合計だけを数えています。誰が読んだかは記録しません。",
                "<b>クッキー</b>：ログインなど、サイトの運営に欠かせないクッキーだけを使います。広告やトラッキングのためのクッキーは使いません。",
                "<b>編集者アカウント</b>：サイトを管理する編集者の氏名、メールアドレス、暗号化したパスワードを保存しています。",
            ),
            heading("お問い合わせ"),
            para(
                "個人情報についてのご質問は、ページ下部の連絡先までお寄せください。新しい機能を加えるときには、このポリシーもあわせて改訂します。"
            ),
        ],
    },
    EN: {
        "title": "Privacy policy",
        "slug": "privacy",
        "intro": "A short account of what Madang keeps, and why.",
        "body": [
            heading("What we keep"),
            bullets(
                "<b>Server logs</b>: for security and troubleshooting, the server records IP addresses, the time of each request and the address requested. They are deleted once no longer needed.",
                "<b>View counts</b>: we count how often each article is read, as a total. We do not record who read it.",
                "<b>Cookies</b>: only the cookies the site needs to work, such as for signing in. No advertising or tracking cookies.",
                "<b>Editor accounts</b>: the name, email address and encrypted password of the editors who look after the site.",
            ),
            heading("Questions"),
            para(
                "Please send any questions about your personal data to the contact address at the bottom of each page. When the site gains new features, this policy will be updated with them."
            ),
        ],
    },
}

STANDARD_PAGES = [ABOUT, PRIVACY]


# --- News ----------------------------------------------------------------------------

NEWS_INDEX = {
    "key": "news-index",
    KO: {"title": "소식", "slug": "news", "intro": "협동조합 현장과 행사, 연수 소식을 전합니다."},
    JA: {
        "title": "ニュース",
        "slug": "news",
        "intro": "協同組合の現場やイベント、視察研修の話題をお届けします。",
    },
    EN: {
        "title": "News",
        "slug": "news",
        "intro": "Stories from cooperatives, events and study tours.",
    },
}

# Tags are per language; articles share them so that "related articles" finds
# neighbours in every language.
TAG_COOPS = {
    KO: "의료복지사회적협동조합",
    JA: "医療福祉協同組合",
    EN: "medical-welfare cooperatives",
}
TAG_CARE = {KO: "통합돌봄", JA: "統合ケア", EN: "integrated care"}
TAG_COMMUNITY = {KO: "지역돌봄", JA: "地域ケア", EN: "community care"}
TAG_EXCHANGE = {KO: "한일교류", JA: "日韓交流", EN: "Korea-Japan exchange"}
TAG_TOURS = {KO: "연수", JA: "視察研修", EN: "study tours"}
TAG_EVENTS = {KO: "행사", JA: "イベント", EN: "events"}
TAG_GWANGJU = {KO: "광주", JA: "光州", EN: "Gwangju"}
TAG_BUSAN = {KO: "부산", JA: "釜山", EN: "Busan"}
TAG_NOTICE = {KO: "공지"}


def _tags(*tag_sets):
    return {code: [t[code] for t in tag_sets if code in t] for code in LOCALES}


NEWS = [
    {
        "key": "news-coops-30-years",
        "date": date(2025, 7, 15),  # placeholder: the source post gives no exact date
        "authors": ["person-milly"],
        "lead_image": "neighbourhood",
        "views": {KO: 412, JA: 168, EN: 233},
        "tags": _tags(TAG_COOPS, TAG_CARE, TAG_COMMUNITY),
        KO: {
            "title": "살던 동네에서 나이 들 수 있도록: 의료복지사회적협동조합 30년",
            "slug": "medical-welfare-coops-30-years",
            "intro": "1994년 첫 조합이 문을 연 지 30년. 전국 30여 곳의 의료복지사회적협동조합이 1차 의료와 방문 돌봄, 걷기 모임으로 지역 돌봄의 한 축을 맡고 있습니다.",
            "caption": "동네와 돌봄을 떠올리며 그린 데모 일러스트",
            "body": [
                para(
                    "초고령사회로 들어선 한국에서는 병원 중심의 돌봄을 넘어, 살던 동네에서 계속 지내며 나이 들 수 있는 체계를 만들자는 목소리가 커지고 있습니다. 2026년 「돌봄통합지원법」 시행을 앞두고 공공 부문에서도 돌봄 서비스를 어떻게 효율적으로 이어 줄지 논의가 한창입니다."
                ),
                heading("이름에 ‘복지’를 더하다"),
                para(
                    "이런 흐름 속에서 눈길을 끄는 곳이 의료복지사회적협동조합입니다. 그동안 흔히 ‘의료협동조합’으로만 불려 온 이 조합들은 2025년 5월, 의료와 사회적 돌봄을 함께 아우르겠다는 뜻을 담아 이름을 바꾸었습니다.",
                    "조합마다 지역의 사정에 맞춰 저마다의 방식으로 움직이지만, 가장 앞에 두는 목표는 같습니다. 조합원과 이웃의 건강, 그리고 삶의 질입니다.",
                ),
                heading("세 가지 공통 목표"),
                bullets(
                    "건강과 돌봄 서비스의 공공성을 지킨다",
                    "의료인과 지역 주민의 협력을 다진다",
                    "자기 돌봄, 서로 돌봄, 지역 돌봄을 키운다",
                ),
                quote(
                    "병원이 병을 고치는 곳이라면, 조합은 병이 나기 전부터 이웃의 하루하루를 함께 살피는 관계를 만드는 곳입니다.",
                    "Milly",
                    "글쓴이",
                ),
                heading("진료실에서 골목까지"),
                para(
                    "대부분의 조합은 가정의학과, 치과, 한의원처럼 주민이 자주 찾는 1차 의료기관을 운영합니다. 걷기 모임이나 가벼운 운동 교실 같은 작은 건강 모임도 꾸립니다. 병원에 오기 어려운 어르신에게는 집으로 찾아가는 돌봄을 제공하고, 지역의 복지 자원과 이어 줍니다."
                ),
                picture("walking", KO, "함께 걷는 건강 모임"),
                heading("시설에서 동네로"),
                para(
                    "예전에는 노년의 마지막 시기를 요양시설에서 보내는 것을 당연하게 여겼습니다. 이제는 살던 집과 동네에서 일상을 이어 가며 필요한 돌봄을 받고 싶어 하는 사람이 늘고 있습니다. 의료복지사회적협동조합은 이 변화의 한가운데에서, 주민과 함께 믿음에 바탕을 둔 지역 건강 체계를 만들어 가고 있습니다.",
                    "새 법이 시행되면 조합의 역할은 더 커질 것입니다. 그러려면 정부의 제도적 뒷받침과 시민의 적극적인 참여가 함께 가야 합니다. 어느 동네에 살든 믿을 수 있는 돌봄을 가까이에서 받을 수 있도록, 더 많은 조합이 생겨나기를 기대합니다.",
                ),
            ],
        },
        JA: {
            "title": "住み慣れた地域で年を重ねるために――韓国の医療福祉社会的協同組合の30年",
            "slug": "iryo-fukushi-kyodo-kumiai-30nen",
            "intro": "1994年に最初の組合が誕生してから30年。韓国全土のおよそ30の医療福祉社会的協同組合が、プライマリ・ケアや訪問ケア、ウォーキングの会などを通じて地域ケアの一翼を担っています。",
            "caption": "地域とケアをイメージしたデモ用イラスト",
            "body": [
                para(
                    "超高齢社会を迎えた韓国では、病院中心のケアから一歩進んで、住み慣れた地域で暮らし続けながら年を重ねられる仕組みを求める声が高まっています。2026年の「統合ケア支援法」（돌봄통합지원법）施行を前に、行政でもケアサービスをどう効率よくつないでいくかの議論が活発です。"
                ),
                heading("名前に「福祉」を加えて"),
                para(
                    "そこで注目されているのが医療福祉社会的協同組合です。これまで単に「医療協同組合」と呼ばれることの多かったこれらの組合は、2025年5月、医療と社会的ケアを一体で担うという考えを込めて名称を改めました。",
                    "活動の形は地域の事情に合わせてさまざまですが、いちばんに掲げる目標は共通しています。組合員と地域の人びとの健康、そして暮らしの質です。",
                ),
                heading("共通する三つの目標"),
                bullets(
                    "保健・ケアサービスの公共性を守る",
                    "医療専門職と地域住民の協力を育てる",
                    "セルフケア、助け合いのケア、地域のケアを広げる",
                ),
                quote(
                    "病院が病気を治す場所だとすれば、組合は病気になる前から、ご近所の毎日をともに見守る関係をつくる場所です。",
                    "Milly",
                    "筆者",
                ),
                heading("診察室から路地まで"),
                para(
                    "多くの組合は、家庭医療科や歯科、韓方（韓国の伝統医学）など、住民がふだん通う一次医療機関を運営しています。ウォーキングの会や軽い体操教室といった小さな健康づくりのグループも組織しています。通院が難しい高齢者には自宅を訪ねてケアを届け、地域の福祉資源へとつないでいます。"
                ),
                picture("walking", JA, "一緒に歩く健康づくりの会（イメージ）"),
                heading("施設から地域へ"),
                para(
                    "かつての韓国では、人生の最後の時期を介護施設で過ごすのが当たり前と考えられていました。いまは、住み慣れた家と地域で日々の暮らしを続けながら、必要なケアを受けたいと願う人が増えています。医療福祉社会的協同組合はその変化の中心にいて、住民とともに信頼に根ざした地域の健康の仕組みを築いています。",
                    "新しい法律の施行によって、組合の役割はさらに大きくなるでしょう。そのためには、政府による制度面の支えと市民の積極的な参加が欠かせません。どこに住んでいても信頼できるケアを身近に受けられるよう、組合がもっと増えていくことが期待されます。",
                ),
            ],
        },
        EN: {
            "title": "Growing old close to home: 30 years of Korea's medical-welfare cooperatives",
            "slug": "medical-welfare-coops-30-years",
            "intro": "Thirty years after the first one opened in 1994, some 30 medical-welfare social cooperatives across Korea carry part of the load of community care, from primary care to home visits and walking groups.",
            "caption": "Demo illustration of a neighbourhood and its care",
            "body": [
                para(
                    "As Korea becomes a super-aged society, more people are calling for care that does not revolve around the hospital: systems that let older people go on living, and ageing, in the places they know. With the Integrated Care Support Act due in 2026, the public sector is busy working out how to link care services efficiently."
                ),
                heading("Adding “welfare” to the name"),
                para(
                    "Medical-welfare social cooperatives have drawn particular attention. Long known simply as health cooperatives, they took a new name in May 2025 that says plainly what they stand for: medical and social care, together.",
                    "Each one works in its own way, shaped by its neighbourhood, but all aim first at the same thing: healthier, fuller lives for their members and the people around them.",
                ),
                heading("Three shared goals"),
                bullets(
                    "Keep health and care services a public good",
                    "Build cooperation between health professionals and local residents",
                    "Grow self-care, mutual care and community care",
                ),
                quote(
                    "A hospital treats illness. A cooperative builds the relationships that look after everyday life, long before anyone falls ill.",
                    "Milly",
                    "Author",
                ),
                heading("From the consulting room to the street"),
                para(
                    "Most cooperatives run primary care clinics in the fields residents use most, such as family medicine, dentistry and Korean traditional medicine. They also run small health groups like walking clubs and gentle exercise classes. For older people who cannot get to a clinic, they bring care to the home and connect them with local welfare services."
                ),
                picture("walking", EN, "Walking together for health"),
                heading("From institutions to neighbourhoods"),
                para(
                    "Growing old in Korea used to mean moving into a care home for one's last years. Now many would rather stay put, at home and among neighbours, carrying on with everyday life and getting care where they are. Medical-welfare cooperatives are at the centre of this shift, building local health systems with residents on a basis of trust.",
                    "Once the new Act is in force, their role is likely to grow. For that, the cooperatives will need the government to back them with the right institutions, and citizens to take an active part. The hope is for many more of them, so that reliable care is close at hand wherever people live.",
                ),
            ],
        },
    },
    {
        "key": "news-saitama-study-tour-2015",
        "date": date(2015, 7, 24),  # placeholder, see TOURS
        "authors": [],
        "lead_image": "exchange",
        "views": {KO: 287, JA: 195, EN: 140},
        "tags": _tags(TAG_COOPS, TAG_EXCHANGE, TAG_TOURS),
        KO: {
            "title": "의료복지사회적협동조합 방문단, 의료생협 사이타마에서 합병과 조합원 활동을 배우다",
            "slug": "saitama-study-tour-2015",
            "intro": "안산과 시흥의 의료복지사회적협동조합, 그리고 서울에서 새 조합을 준비하던 사람들이 일본 사이타마현의 의료생협 사이타마를 찾아 병원과 진료소, 조합원 활동 현장을 둘러봤습니다.",
            "caption": "한국과 일본의 협동조합을 잇는 다리를 그린 데모 일러스트",
            "body": [
                para(
                    "한국의 의료복지사회적협동조합 방문단이 일본 사이타마현의 의료생협 사이타마(医療生協さいたま)를 찾았습니다. 안산의료복지사회적협동조합과 시흥희망의료복지사회적협동조합의 의사와 이사들, 그리고 2015년 9월 서울에서 새 조합을 세우려고 준비하던 이들이 함께했습니다.",
                    "서울에서는 시장이 협동조합을 적극적으로 지원하면서 의료복지 분야를 비롯해 곳곳에서 협동조합이 늘고 있습니다. 여러 조합이 힘을 합쳐 병원을 세운 사례도 나왔습니다.",
                ),
                heading("연수의 세 가지 목표"),
                numbered(
                    "여섯 개 의료생협이 합쳐 만들어진 의료생협 사이타마의 역사와 합병 경험을 배운다",
                    "병원과 진료소, 돌봄 시설을 둘러본다",
                    "조합원 활동을 배운다",
                ),
                heading("병원에서 공원까지"),
                para(
                    "첫 일정은 의료생협 사이타마의 역사 강의였습니다. 방문단은 여섯 개의 의료생협이 하나로 합쳐 지금의 큰 조합이 된 과정을 들었습니다. 병원에서는 수술실과 병실, 조리실까지 살펴보았고, 진료소에서는 두 나라의 가정의가 서로의 진료 경험을 나누었습니다.",
                    "조합원들이 공원에서 매주 여는 운동 모임에도 함께했습니다. 조합원이 스스로 꾸려 가는 건강 활동을 몸으로 겪어 본 시간이었습니다.",
                ),
                quote(
                    "연수 내내 조합원과 직원 모두가 생명을 지킨다는 같은 철학을 품고 있다는 점이 가장 깊이 남았습니다. 새 조합을 시작하면서 이 마음을 잊지 않으려 합니다.",
                    "한국에서 온 방문단원",
                ),
                para(
                    "방문단은 같은 해 한국에서 열리는 APHCO(아시아태평양보건협동조합기구) 총회에서 아시아 여러 나라의 보건 협동조합 사람들을 만나기를 고대한다는 인사도 남겼습니다."
                ),
            ],
        },
        JA: {
            "title": "韓国の医療福祉協同組合の訪問団、医療生協さいたまで視察研修",
            "slug": "saitama-shisatsu-kenshu-2015",
            "intro": "安山と始興の医療福祉社会的協同組合、そしてソウルで新しい組合の設立を準備していたメンバーが、埼玉県の医療生協さいたまを訪れ、病院や診療所、組合員活動の現場を見て回りました。",
            "caption": "日韓の協同組合をつなぐ橋を描いたデモ用イラスト",
            "body": [
                para(
                    "韓国の医療福祉社会的協同組合の訪問団が、埼玉県の医療生協さいたまを訪れました。参加したのは、安山医療福祉社会的協同組合と始興希望医療福祉社会的協同組合の医師・理事、そして2015年9月にソウルで新しい組合を立ち上げようと準備を進めていたメンバーです。",
                    "ソウルでは市長が協同組合を積極的に後押ししており、医療福祉の分野をはじめ、市内の各地で協同組合が増えています。複数の組合が力を合わせて病院をつくった例も生まれています。",
                ),
                heading("視察研修の三つのねらい"),
                numbered(
                    "6つの医療生協が合併して誕生した医療生協さいたまの歴史と、合併の経験に学ぶ",
                    "病院・診療所・介護施設を見学する",
                    "組合員活動に学ぶ",
                ),
                heading("病院から公園まで"),
                para(
                    "最初のプログラムは、医療生協さいたまの歴史についての講義でした。訪問団は、6つの医療生協がひとつになって今の大きな組合となった経緯を学びました。病院では手術室や病室、厨房まで見学し、診療所では日韓の家庭医が互いの診療経験を語り合いました。",
                    "組合員が公園で毎週開いている運動の会にも加わり、組合員が自ら運営する健康づくりの活動を体験しました。",
                ),
                quote(
                    "研修を通じて、組合員も職員も「いのちを守る」という同じ理念を持っていることに強く心を動かされました。新しい組合を始めるにあたって、この思いを大切にしていきたいです。",
                    "韓国からの参加者",
                ),
                para(
                    "訪問団からは、同じ年に韓国で開かれるAPHCO（アジア太平洋保健協同組合機構）総会で、アジア各地の保健協同組合の仲間に会えるのを楽しみにしているとのメッセージも寄せられました。"
                ),
            ],
        },
        EN: {
            "title": "Korean delegation on a study tour at Medical CO-OP Saitama",
            "slug": "saitama-study-tour-2015",
            "intro": "Members of the Ansan and Siheung medical-welfare cooperatives and a group preparing a new cooperative in Seoul visited Medical CO-OP Saitama in Japan to see its hospital, a clinic and members' activities.",
            "caption": "Demo illustration of a bridge between Korean and Japanese cooperatives",
            "body": [
                para(
                    "A delegation from Korea's medical-welfare social cooperatives travelled to Saitama Prefecture, Japan, to visit Medical CO-OP Saitama. Doctors and board members of the Ansan Medical-Welfare Social Cooperative and the Siheung Hope Medical-Welfare Social Cooperative were joined by a group getting ready to launch a new cooperative in Seoul in September 2015.",
                    "In Seoul, the mayor's support for cooperatives has helped new ones spring up across the city, medical-welfare cooperatives among them, and several cooperatives have joined forces to build a hospital.",
                ),
                heading("Three goals"),
                numbered(
                    "Learn the history of Medical CO-OP Saitama, formed when six medical co-ops merged, and what the merger taught them",
                    "See a hospital, a clinic and a care facility at work",
                    "Learn how members run their own activities",
                ),
                heading("From the hospital to the park"),
                para(
                    "First came a talk on how the cooperative grew, and how six medical co-ops turned into one large organisation. At the hospital the delegates were shown operating theatres, wards and even the kitchen; in a clinic, family doctors from both countries compared notes on their work.",
                    "They also joined a weekly exercise session that members organise in a park: a first-hand look at health promotion run by members themselves.",
                ),
                quote(
                    "What stayed with me most was that every member and every staff member shares the same commitment to protecting life. I want to hold on to that as we start our new cooperative.",
                    "A delegate from Korea",
                ),
                para(
                    "Before leaving, the delegation also looked ahead to the 2015 APHCO General Assembly in Korea, where they hope to see fellow health cooperators from all over Asia."
                ),
            ],
        },
    },
    {
        "key": "news-gwangju-conference-2026",
        "date": date(2026, 2, 22),
        "authors": [],
        "lead_image": "conference",
        "views": {KO: 198, JA: 54, EN: 87},
        "tags": _tags(TAG_CARE, TAG_GWANGJU, TAG_EVENTS),
        KO: {
            "title": "광주, 27일 통합돌봄 전국 콘퍼런스… 지역이 쌓은 경험 나눈다",
            "slug": "gwangju-conference-2026",
            "intro": "광주광역시가 2월 27일 김대중컨벤션센터에서 전국의 지자체와 전문기관, 서비스 제공기관 관계자 700여 명이 모이는 통합돌봄 콘퍼런스를 엽니다.",
            "caption": "콘퍼런스의 청중을 그린 데모 일러스트",
            "body": [
                para(
                    "「돌봄통합지원법」 시행을 계기로 마련된 ‘지역사회와 함께 여는 돌봄의 시대 전국 콘퍼런스’가 27일 오후 2시 김대중컨벤션센터 4층 컨벤션홀에서 열립니다. 광주시는 그동안 통합돌봄을 운영하며 쌓은 경험과 현장의 성과를 전국과 나눌 계획입니다."
                ),
                heading("1부 기조강연, 2부 분과 토론"),
                para(
                    "1부에서는 기념식에 이어 돌봄과미래 김용익 이사장이 ‘돌봄, 지역이 주인공이 되다’를 주제로 지역 주도 통합돌봄이 나아갈 방향을 이야기합니다. 2부에서는 네 개 분과에서 모두 16개 사례가 발표됩니다."
                ),
                bullets(
                    "1분과: 공공의료, 방문 구강건강 교육, 맞춤형 운동, 다제약물 관리 등 의료 기반 사례",
                    "2분과: 식사, 동행, 주거 지원 같은 일상생활 돌봄",
                    "3분과: 의료기관 간 협력, 민관 협력, 사회적 고립 가구 지원 현장 사례",
                    "4분과: 자치구와 대학의 협력 모델, 서비스 품질 관리, 종사자 역량 강화 교육",
                ),
                para(
                    "행사장에는 13개 기관이 홍보 부스를 차려 자치구별 사업과 민관 협력 모델, 돌봄 인력 양성 사업을 소개합니다. 광주는 2023년 전국에서 처음으로 ‘광주다움 통합돌봄’을 도입한 뒤 지역사회 돌봄과 의료 돌봄으로 범위를 넓혀 왔습니다. 지역혁신중심 대학지원체계(RISE)의 통합돌봄 과제에 참여하는 4개 컨소시엄(11개 대학)도 지자체와 대학의 협력 모델을 발표합니다.",
                    "참가 신청은 26일까지 온라인이나 QR코드로 받으며, 참가비는 없습니다.",
                ),
            ],
        },
        JA: {
            "title": "光州で27日に統合ケア全国カンファレンス　地域で積み重ねた経験を共有",
            "slug": "gwangju-conference-2026",
            "intro": "光州広域市は2月27日、金大中コンベンションセンターで、全国の自治体や専門機関、サービス提供機関の関係者約700人が集まる統合ケアのカンファレンスを開きます。",
            "caption": "カンファレンスの聴衆を描いたデモ用イラスト",
            "body": [
                para(
                    "「統合ケア支援法」の施行に合わせて企画された「地域とともに開くケアの時代 全国カンファレンス」が、27日午後2時から金大中コンベンションセンター4階のコンベンションホールで開かれます。光州市は、統合ケアの運営を通じて積み重ねてきた経験と現場の成果を全国に共有する予定です。"
                ),
                heading("第1部は基調講演、第2部は分科会"),
                para(
                    "第1部では記念式に続いて、ケアと未来財団のキム・ヨンイク（김용익）理事長が「ケア、地域が主役になる」と題し、地域主導の統合ケアの方向性について講演します。第2部では、四つの分科会で計16件の事例が発表されます。"
                ),
                bullets(
                    "第1分科会：公共医療、訪問による口腔保健教育、個別の運動プログラム、多剤服用の管理など医療を軸とした事例",
                    "第2分科会：食事・同行・住まいの支援など、日常生活のケア",
                    "第3分科会：医療機関どうしの連携、官民協力、社会的に孤立した世帯への支援などの現場事例",
                    "第4分科会：区と大学の連携モデル、サービスの質の管理、従事者の力量を高める研修",
                ),
                para(
                    "会場では13の機関が広報ブースを設け、区ごとの事業や官民協力のモデル、ケア人材の育成事業を紹介します。光州は2023年に韓国で初めて独自の統合ケア制度を導入し、その後、地域でのケアや医療的ケアへと対象を広げてきました。地域革新中心大学支援体制（RISE）の統合ケア課題に取り組む4つのコンソーシアム（11大学）も、自治体と大学の連携モデルを発表します。",
                    "参加申し込みは26日まで、オンラインまたはQRコードで受け付けています。参加費は無料です。",
                ),
            ],
        },
        EN: {
            "title": "Gwangju hosts national integrated-care conference on 27 February",
            "slug": "gwangju-conference-2026",
            "intro": "Gwangju Metropolitan City is bringing about 700 people from local governments, specialist institutions and service providers across Korea to the Kimdaejung Convention Center on 27 February to talk about integrated care.",
            "caption": "Demo illustration of a conference audience",
            "body": [
                para(
                    "Organised as the Integrated Care Support Act comes into force, the National Conference for the Era of Care, Opened Together with Local Communities, starts at 2 p.m. on 27 February in the Convention Hall on the fourth floor of the Kimdaejung Convention Center. The city wants to share what it has learned from running integrated care, and what has worked on the ground, with the rest of the country."
                ),
                heading("Keynote first, then four sub-sessions"),
                para(
                    "After an opening ceremony, Kim Yong-ik, Chair of the Board of the Care and Future Foundation, gives the keynote, “Care: the community takes centre stage”, on where community-led integrated care should go next. In the second part, 16 cases are presented across four sub-sessions."
                ),
                bullets(
                    "Sub-session 1: medical cases such as public health care, home-visit oral health education, tailored exercise programmes and managing multiple medications",
                    "Sub-session 2: everyday care, including meals, accompaniment and housing support",
                    "Sub-session 3: field cases of cooperation between medical institutions, public–private partnership and support for socially isolated households",
                    "Sub-session 4: district–university partnerships, service quality management and training for care workers",
                ),
                para(
                    "Thirteen organisations will run booths showing district projects, public–private models and care workforce programmes. In 2023 Gwangju became the first city in Korea to introduce a Universal Care System, which it has since extended to community-based and medical care. Four university consortia (eleven universities) from the Regional Innovation-led University Support System (RISE) will also present their work with local government.",
                    "Registration is free and open online or by QR code until 26 February.",
                ),
            ],
        },
    },
    {
        "key": "news-busan-forum-2025",
        "date": date(2025, 11, 4),
        "authors": [],
        "lead_image": "harbour",
        "views": {KO: 164, JA: 41, EN: 73},
        "tags": _tags(TAG_CARE, TAG_BUSAN, TAG_EVENTS),
        "translation_notes": {EN: "machine"},
        KO: {
            "title": "부산형 의료·돌봄 통합지원 정책 포럼에 400여 명 참석",
            "slug": "busan-forum-2025",
            "intro": "부산광역시가 11월 3일 시청 대강당에서 통합돌봄을 앞둔 구·군의 역할과 과제를 짚는 정책 포럼을 열었습니다.",
            "caption": "물결 위로 떠오르는 해를 그린 데모 일러스트",
            "body": [
                para(
                    "부산광역시가 주최하고 한국보건복지인재원이 주관한 이번 포럼에는 사회복지국장을 비롯해 구·군 통합돌봄 부서장과 보건소장, 공무원, 서비스 제공기관과 관련 단체 관계자 등 400여 명이 참석했습니다. 2026년 3월 「돌봄통합지원법」 시행을 앞두고, 지역 특성에 맞는 계획을 세우고 의료·요양·돌봄을 함께 제공하는 부산형 협력 체계를 논의했습니다."
                ),
                heading("기조강연과 사례 발표"),
                para(
                    "영산대학교 사회복지학과 권현정 교수가 ‘구·군마다 부산형 통합돌봄을 어떻게 만들 것인가’를 주제로 기조강연을 하며 구·군 단위 모델의 설계 방향을 제시했습니다. 이어 광주광역시 북구 이진선 통합돌봄정책팀장이 의료·돌봄 통합지원 사업의 추진 현황과 사례를 발표했습니다."
                ),
                heading("정책 토론"),
                para(
                    "신라대학교 사회복지학과 한지나 교수가 좌장을 맡은 토론에는 부산시 복지정책과 김태석, 국민건강보험공단 부산울산경남지역본부 강숙경 팀장, 해운대구보건소 안여현 소장, 부산연구원 장지현 박사가 참여했습니다."
                ),
                bullets(
                    "부산시 통합돌봄의 추진 방향",
                    "의료·돌봄 연계를 위한 국민건강보험공단의 역할과 구·군 협력",
                    "보건소가 본 의료·돌봄 통합의 현황과 과제",
                    "통합지원 체계와 지역사회보장계획의 연계",
                ),
                para(
                    "부산시는 10월 23일 행정부시장을 단장으로 6개 반 21개 팀의 ‘부산형 통합돌봄 추진단’을 꾸렸고 30일 첫 회의를 열었습니다. 1월부터 10월까지는 부산사회서비스원, 한국보건복지인재원과 함께 구·군과 읍·면·동 공무원을 위한 역량 강화 교육을 15차례 진행했으며, 앞으로 구·군의 준비 상황을 점검하는 컨설팅을 이어 갈 계획입니다."
                ),
            ],
        },
        JA: {
            "title": "釜山型の医療・ケア統合支援政策フォーラムに400人超が参加",
            "slug": "busan-forum-2025",
            "intro": "釜山広域市は11月3日、市庁の大講堂で、統合ケアの本格実施を前にした区・郡の役割と課題を考える政策フォーラムを開きました。",
            "caption": "波の上に昇る太陽を描いたデモ用イラスト",
            "body": [
                para(
                    "釜山広域市が主催し、韓国保健福祉人材院が運営したフォーラムには、社会福祉局長をはじめ、区・郡の統合ケア担当部署の責任者や保健所長、公務員、サービス提供機関や関係団体など400人余りが集まりました。2026年3月の「統合ケア支援法」施行を控え、地域の特性に合った計画づくりと、医療・看護・ケアを一体的に届ける釜山型の連携体制について話し合いました。"
                ),
                heading("基調講演と事例発表"),
                para(
                    "ヨンサン大学校社会福祉学科のクォン・ヒョンジョン（권현정）教授が「区・郡ごとの釜山型統合ケアをどうつくるか」をテーマに基調講演を行い、区・郡単位のモデル設計の方向を示しました。続いて、光州広域市北区のイ・ジンソン（이진선）統合ケア政策チーム長が、医療・ケア統合支援事業の進み具合と事例を報告しました。"
                ),
                heading("政策討論"),
                para(
                    "新羅大学校社会福祉学科のハン・ジナ（한지나）教授が座長を務めた討論には、釜山市福祉政策課のキム・テソク（김태석）氏、国民健康保険公団釜山・蔚山・慶南地域本部のカン・スクキョン（강숙경）チーム長、海雲台区保健所のアン・ヨヒョン（안여현）所長、釜山研究院のチャン・ジヒョン（장지현）博士が加わりました。"
                ),
                bullets(
                    "釜山市の統合ケアの推進方向",
                    "医療とケアをつなぐための国民健康保険公団の役割と区・郡との連携",
                    "保健所から見た医療・ケア統合の現状と課題",
                    "統合支援の仕組みと地域社会保障計画との連携",
                ),
                para(
                    "釜山市は10月23日、行政副市長を団長とする6班21チームの「釜山型統合ケア推進団」を発足させ、30日に初会合を開きました。1月から10月にかけては、釜山社会サービス院、韓国保健福祉人材院とともに、区・郡や邑・面・洞の職員向けの研修を15回実施しています。今後は区・郡の準備状況を点検するコンサルティングを続ける予定です。"
                ),
            ],
        },
        EN: {
            "title": "Over 400 attend Busan-type medical and care integrated support policy forum",
            "slug": "busan-forum-2025",
            "intro": "On 3 November, Busan Metropolitan City gathered its districts and counties in the City Hall Auditorium to discuss their part in integrated care.",
            "caption": "Demo illustration of the sun rising over waves",
            "body": [
                para(
                    "The forum, hosted by the city and run by the Korea Human Resource Development Institute for Health and Welfare, drew an audience of over 400: senior officials of the city's welfare bureau, the district and county teams in charge of integrated care, public health center directors, civil servants, service providers and related groups. With the Integrated Care Support Act coming into force in March 2026, the discussion centered on a Busan-style cooperation system in which each area plans for its own conditions and medical, nursing and care services are delivered as one."
                ),
                heading("Keynote speech and case presentation"),
                para(
                    "In the keynote, Youngsan University social welfare professor Kwon Hyun-jung asked how every district and county could shape its own version of Busan-type integrated care, and set out how such local models might be designed. Lee Jin-seon, who leads the integrated care policy team in Buk-gu, Gwangju, then reported on the progress of the integrated medical and care support project there, with examples."
                ),
                heading("Policy discussion"),
                para(
                    "Silla University social welfare professor Han Ji-na chaired the panel. Taking part were Kim Tae-seok (welfare policy division, Busan Metropolitan City), Kang Sook-kyung (team leader, Busan–Ulsan–Gyeongnam regional headquarters of the National Health Insurance Service), Ahn Yeo-hyun (director, Haeundae-gu Public Health Center) and Jang Ji-hyun (Busan Development Institute)."
                ),
                bullets(
                    "Where “Busan Together Care”, the city's integrated care program, is heading",
                    "What the National Health Insurance Service can do to connect medical care and care, and how it works with districts and counties",
                    "Integrated medical and care services as public health centers see them: progress and problems",
                    "Tying the integrated support system into the community welfare plan",
                ),
                para(
                    "Earlier, on October 23, the city set up a Busan-type Integrated Care Promotion Taskforce of 21 teams in six divisions, headed by the Vice Mayor for Administrative Affairs; it first met on October 30. Between January and October the city, the Busan Social Service Foundation and the Korea Human Resource Development Institute for Health and Welfare ran 15 training sessions for officials of districts, counties, towns and neighborhoods, and consulting on local readiness will follow."
                ),
            ],
        },
    },
    {
        # Written for Korean members only: ja and en get it as an alias through
        # the locale synchronisation, not as a translation.
        "key": "news-members-notice",
        "date": date(2026, 11, 2),
        "authors": [],
        "lead_image": None,
        "views": {KO: 36},
        "tags": _tags(TAG_NOTICE, TAG_COOPS),
        "korean_only": True,
        KO: {
            "title": "[안내] 국내 회원 조합의 담당자 연락처를 확인해 주세요",
            "slug": "members-contact-check",
            "intro": "국내 의료복지사회적협동조합 회원께 드리는 안내입니다. 담당자가 바뀐 조합은 연락처를 알려 주세요.",
            "caption": "",
            "body": [
                para(
                    "마당 운영팀이 국내 회원 조합의 담당자 연락처를 새로 정리하고 있습니다. 올해 담당자가 바뀐 조합은 이달 말까지 조합 이름, 담당자 이름, 이메일 주소를 사이트 아래쪽의 연락처로 보내 주세요.",
                    "이 안내는 국내 회원을 위한 것이라 일본어와 영어로는 옮기지 않았습니다. (데모용 공지입니다.)",
                )
            ],
        },
    },
]


# --- Events --------------------------------------------------------------------------

FOOTER = {
    "key": "footer",
    KO: {
        "organization_name": "마당 Madang",
        "address": "(예시 주소) 서울특별시 마당로 1",
        "body": "<p>한국과 일본, 아시아의 의료복지 협동조합이 함께 가꾸는 소식 마당입니다.</p>",
    },
    JA: {
        "organization_name": "マダン Madang",
        "address": "（住所は例示）大韓民国 ソウル特別市 マダン路1",
        "body": "<p>韓国・日本・アジアの医療福祉協同組合がともに育てるニュースの広場です。</p>",
    },
    EN: {
        "organization_name": "Madang",
        "address": "(example address) 1 Madang-ro, Seoul, Republic of Korea",
        "body": "<p>A shared news courtyard for health and medical-welfare cooperatives in Korea, Japan and across Asia.</p>",
    },
}

SITE_SETTINGS = {
    "contact_email": "hello@madang.example",
    "contact_phone": "+82 2-0000-0000",
    "social_links": [
        {"label": "YouTube", "url": "https://youtube.example/@madang"},
        {"label": "Facebook", "url": "https://facebook.example/madang"},
    ],
}
