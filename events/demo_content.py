# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""The demo events' agendas, presenters and booths, as data, in ko, ja and en.

Facts (names, places, dates, numbers) come from the seed texts: the Gwangju
national conference (Part 1 with the keynote by Kim Yong-ik; Part 2 with 16
case presentations in four sub-sessions; 13 booths), the Busan policy forum
and the 2015 APHCO general assembly. Everything the sources do not give —
the titles and presenters of the 16 cases, the sub-session chairs, the rooms
of Part 2, which organizations hold which booth, the end times — is an
illustration, and says so: the presenters and chairs are fictional people
whose biographies say they were made up for the demo.

``demo.py`` turns this data into snippets, StreamField raw data and booths.
"""

from datetime import date

from madang.core.demo.content import EN, JA, KO

# --- Organizations (besides those of madang.core.demo.content) --------------------------


def _district(key, romanized, ko, ja, en):
    return {
        "key": key,
        "kind": "government",
        "country": "KR",
        "name_romanized": f"Gwangju Gwangyeoksi {romanized}",
        "website": "",
        KO: {
            "name": f"광주광역시 {ko}",
            "city": "광주",
            "description": "<p>광주광역시의 다섯 자치구 가운데 하나입니다.</p>",
        },
        JA: {
            "name": f"光州広域市 {ja}",
            "city": "光州",
            "description": "<p>光州広域市にある五つの区の一つです。</p>",
        },
        EN: {
            "name": f"{en}, Gwangju",
            "city": "Gwangju",
            "description": "<p>One of the five districts of Gwangju Metropolitan City.</p>",
        },
    }


ORGANIZATIONS = [
    _district("org-gwangju-dong-gu", "Dong-gu", "동구", "東区", "Dong-gu"),
    _district("org-gwangju-seo-gu", "Seo-gu", "서구", "西区", "Seo-gu"),
    _district("org-gwangju-nam-gu", "Nam-gu", "남구", "南区", "Nam-gu"),
    _district("org-gwangju-gwangsan-gu", "Gwangsan-gu", "광산구", "光山区", "Gwangsan-gu"),
    {
        "key": "org-gwangju-social-service",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Gwangju Gwangyeoksi Sahoeseobiseuwon",
        "website": "",
        KO: {
            "name": "광주광역시사회서비스원",
            "city": "광주",
            "description": "<p>광주광역시가 세운 공공 사회서비스 기관입니다.</p>",
        },
        JA: {
            "name": "光州広域市社会サービス院",
            "city": "光州",
            "description": "<p>光州広域市が設けた公的な社会サービス機関です。</p>",
        },
        EN: {
            "name": "Gwangju Social Service Agency",
            "city": "Gwangju",
            "description": "<p>The public social service agency set up by Gwangju Metropolitan City.</p>",
        },
    },
    {
        "key": "org-gwangju-community-council",
        "kind": "other",
        "country": "KR",
        "name_romanized": "Gwangju Gwangyeoksi Jiyeok Sahoe Bojang Hyeobuiche",
        "website": "",
        KO: {
            "name": "광주광역시 지역사회보장협의체",
            "city": "광주",
            "description": "<p>공공기관과 민간 복지기관, 주민이 한자리에서 지역의 복지를 의논하는 민관 협의 기구입니다.</p>",
        },
        JA: {
            "name": "光州広域市 地域社会保障協議体",
            "city": "光州",
            "description": "<p>行政と民間の福祉機関、住民が同じテーブルで地域の福祉を話し合う官民の協議機関です。</p>",
        },
        EN: {
            "name": "Gwangju Community Social Security Council",
            "city": "Gwangju",
            "description": "<p>A council where public bodies, private welfare organizations and residents plan local welfare together.</p>",
        },
    },
    {
        "key": "org-gwangju-rise-care",
        "kind": "university",
        "country": "KR",
        "name_romanized": "Gwangju RISE Tonghap Dolbom Daehak Keonsosieom",
        "website": "",
        KO: {
            "name": "광주 RISE 통합돌봄 대학 컨소시엄",
            "city": "광주",
            "description": "<p>지역혁신중심 대학지원체계(RISE)의 ‘통합돌봄’ 단위과제에 참여하는 네 개 컨소시엄(11개 대학)을 이 데모에서 하나로 묶어 보여 주는 항목입니다.</p>",
        },
        JA: {
            "name": "光州RISE 統合ケア大学コンソーシアム",
            "city": "光州",
            "description": "<p>地域革新中心の大学支援体系（RISE）の「統合ケア」単位課題に加わる四つのコンソーシアム（11大学）を、このデモでは一つにまとめて示しています。</p>",
        },
        EN: {
            "name": "Gwangju RISE Integrated Care University Consortia",
            "city": "Gwangju",
            "description": "<p>In this demo, one entry for the four consortia (eleven universities) of the Integrated Care unit project in RISE, the Regional Innovation-led University Support System.</p>",
        },
    },
    {
        "key": "org-gwangju-public-health",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Gwangju Gwangyeoksi Gonggong Bogeon Uiryo Jiwondan",
        "website": "",
        KO: {
            "name": "광주광역시 공공보건의료지원단",
            "city": "광주",
            "description": "<p>광주광역시의 공공보건의료 정책을 연구하고 뒷받침하는 기관입니다.</p>",
        },
        JA: {
            "name": "光州広域市 公共保健医療支援団",
            "city": "光州",
            "description": "<p>光州広域市の公共保健医療政策を調査し、支える機関です。</p>",
        },
        EN: {
            "name": "Gwangju Public Health and Medical Care Support Group",
            "city": "Gwangju",
            "description": "<p>Researches and supports Gwangju's public health and medical care policy.</p>",
        },
    },
    {
        "key": "org-gwangju-dementia-center",
        "kind": "government",
        "country": "KR",
        "name_romanized": "Gwangju Gwangyeok Chimae Senteo",
        "website": "",
        KO: {
            "name": "광주광역시 광역치매센터",
            "city": "광주",
            "description": "<p>광주 지역의 치매 관리를 지원하고 자치구의 치매안심센터와 함께 일하는 기관입니다.</p>",
        },
        JA: {
            "name": "光州広域市 広域認知症センター",
            "city": "光州",
            "description": "<p>光州地域の認知症ケアを支え、各区の認知症安心センターと協力する機関です。</p>",
        },
        EN: {
            "name": "Gwangju Metropolitan Dementia Center",
            "city": "Gwangju",
            "description": "<p>Supports dementia care across Gwangju and works with the districts' dementia centres.</p>",
        },
    },
]


# --- The Gwangju conference: Part 2 and its people -------------------------------------
# Sub-sessions (tracks) of Part 2, each with a chair and four case presentations.
# Presenters and chairs: (key, name, romanized, katakana, organization, role per language).

PART2_SLOTS = [("15:40", "16:10"), ("16:10", "16:40"), ("16:40", "17:10"), ("17:10", "17:40")]

TRACKS = [
    {
        "key": "track-1",
        KO: {"title": "2부 · 1분과: 의료 기반 돌봄", "room": "제1분과장", "short": "1분과"},
        JA: {
            "title": "第2部・第1分科会：医療を軸にしたケア",
            "room": "第1分科会場",
            "short": "第1分科会",
        },
        EN: {
            "title": "Part 2, sub-session 1: Care built on medicine",
            "room": "Room 1",
            "short": "sub-session 1",
        },
        "chair": (
            "person-demo-koo-sera",
            "구세라",
            "Koo Se-ra",
            "ク・セラ",
            "org-gwangju-rise-care",
            {KO: "간호학과 교수", JA: "看護学科 教授", EN: "Professor of Nursing"},
        ),
        "cases": [
            (
                (
                    "person-demo-park-soyeon",
                    "박소연",
                    "Park So-yeon",
                    "パク・ソヨン",
                    "org-gwangju-public-health",
                    {KO: "연구원", JA: "研究員", EN: "Researcher"},
                ),
                {
                    KO: (
                        "공공의료에서 시작하는 통합돌봄",
                        "공공병원과 보건소가 퇴원한 환자와 거동이 불편한 주민을 동네의 돌봄으로 이어 주는 흐름을 살펴봅니다.",
                    ),
                    JA: (
                        "公的医療から始まる統合ケア",
                        "公立病院と保健所が、退院した患者や外出の難しい住民を地域のケアへつないでいく流れをたどります。",
                    ),
                    EN: (
                        "Integrated care that starts from public medical care",
                        "How a public hospital and public health centres pass discharged patients and housebound residents on to care in their neighbourhood.",
                    ),
                },
            ),
            (
                (
                    "person-demo-choi-minho",
                    "최민호",
                    "Choi Min-ho",
                    "チェ・ミンホ",
                    "org-gwangju-nam-gu",
                    {KO: "치과위생사", JA: "歯科衛生士", EN: "Dental hygienist"},
                ),
                {
                    KO: (
                        "집으로 찾아가는 구강건강 교육",
                        "치과위생사가 어르신 댁을 방문해 씹고 삼키는 힘을 살피고, 본인과 가족에게 입안을 돌보는 법을 알려 드린 경험입니다.",
                    ),
                    JA: (
                        "自宅を訪ねる口腔健康教育",
                        "歯科衛生士が高齢者の自宅を訪ね、噛む力と飲み込む力を確かめながら、本人と家族に口の中の手入れを伝えてきた経験です。",
                    ),
                    EN: (
                        "Oral health education in people's homes",
                        "Dental hygienists visit older residents, check how well they chew and swallow, and show them and their families how to care for their mouths.",
                    ),
                },
            ),
            (
                (
                    "person-demo-jeong-eunju",
                    "정은주",
                    "Jeong Eun-ju",
                    "チョン・ウンジュ",
                    "org-gwangju-gwangsan-gu",
                    {KO: "운동처방사", JA: "運動指導士", EN: "Exercise specialist"},
                ),
                {
                    KO: (
                        "몸 상태에 맞춘 운동 프로그램",
                        "근력과 균형 검사 결과로 한 사람 한 사람에게 맞는 운동을 짜고, 경로당과 집에서 꾸준히 이어 가도록 도운 사례입니다.",
                    ),
                    JA: (
                        "一人ひとりの体に合わせた運動プログラム",
                        "筋力とバランスの測定結果から一人ずつ運動メニューを組み、敬老堂や自宅で続けられるよう支えた事例です。",
                    ),
                    EN: (
                        "Exercise programmes tailored to each person",
                        "Strength and balance tests lead to a personal exercise plan that people keep up at their senior centre and at home.",
                    ),
                },
            ),
            (
                (
                    "person-demo-yoon-taejun",
                    "윤태준",
                    "Yoon Tae-jun",
                    "ユン・テジュン",
                    "org-gwangju-dong-gu",
                    {KO: "약사", JA: "薬剤師", EN: "Pharmacist"},
                ),
                {
                    KO: (
                        "여러 약을 함께 드시는 어르신의 약물 관리",
                        "약사가 가정을 찾아가 드시는 약을 모두 꺼내 확인하고, 겹치거나 맞지 않는 약을 주치의와 함께 정리한 과정입니다.",
                    ),
                    JA: (
                        "多くの薬を飲む高齢者の服薬管理",
                        "薬剤師が家庭を訪ねて飲んでいる薬をすべて確かめ、重なっている薬や合わない薬を主治医と一緒に整理した取り組みです。",
                    ),
                    EN: (
                        "Managing many medicines at once",
                        "A pharmacist visits, goes through every medicine in the house and, with the family doctor, sorts out duplicates and poor combinations.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "track-2",
        KO: {"title": "2부 · 2분과: 일상생활 돌봄", "room": "제2분과장", "short": "2분과"},
        JA: {
            "title": "第2部・第2分科会：日常生活のケア",
            "room": "第2分科会場",
            "short": "第2分科会",
        },
        EN: {
            "title": "Part 2, sub-session 2: Care in daily life",
            "room": "Room 2",
            "short": "sub-session 2",
        },
        "chair": (
            "person-demo-namgung-hyeon",
            "남궁현",
            "Namgung Hyeon",
            "ナムグン・ヒョン",
            "org-gwangju-rise-care",
            {KO: "사회복지학과 교수", JA: "社会福祉学科 教授", EN: "Professor of Social Welfare"},
        ),
        "cases": [
            (
                (
                    "person-demo-seo-jimin",
                    "서지민",
                    "Seo Ji-min",
                    "ソ・ジミン",
                    "org-gwangju-seo-gu",
                    {
                        KO: "통합돌봄 담당 주무관",
                        JA: "統合ケア担当職員",
                        EN: "Integrated care officer",
                    },
                ),
                {
                    KO: (
                        "혼자 끼니를 챙기기 어려운 주민의 식사 지원",
                        "도시락을 전하는 데서 그치지 않고 동네 식당과 함께 차린 밥상에서 이웃의 안부까지 살핀 경험을 나눕니다.",
                    ),
                    JA: (
                        "一人で食事を用意するのが難しい住民への食事支援",
                        "弁当を届けるだけでなく、近所の食堂と一緒に囲む食卓を通じて、隣人の様子も見守ってきた経験を話します。",
                    ),
                    EN: (
                        "Meals for residents who cannot manage on their own",
                        "Not just meal delivery: shared tables with neighbourhood restaurants that also keep an eye on how people are doing.",
                    ),
                },
            ),
            (
                (
                    "person-demo-lim-donghyeon",
                    "임동현",
                    "Lim Dong-hyeon",
                    "イム・ドンヒョン",
                    "org-gwangju-buk-gu",
                    {KO: "사회복지사", JA: "ソーシャルワーカー", EN: "Social worker"},
                ),
                {
                    KO: (
                        "병원 가는 길을 함께하는 동행 지원",
                        "혼자 병원에 가기 어려운 주민과 접수부터 귀가까지 함께 다니며 알게 된 점을 이야기합니다.",
                    ),
                    JA: (
                        "通院に付き添う同行支援",
                        "一人で病院へ行くのが難しい住民に、受付から帰宅まで付き添うなかで見えてきたことを話します。",
                    ),
                    EN: (
                        "Going to hospital together",
                        "What a district team learned by accompanying residents from the hospital reception desk all the way back home.",
                    ),
                },
            ),
            (
                (
                    "person-demo-oh-hyerin",
                    "오혜린",
                    "Oh Hye-rin",
                    "オ・ヘリン",
                    "org-gwangju-nam-gu",
                    {KO: "주거복지 담당", JA: "住まい支援担当", EN: "Housing support officer"},
                ),
                {
                    KO: (
                        "살던 집에서 계속 살 수 있도록 돕는 주거 지원",
                        "문턱을 없애고 안전 손잡이를 다는 작은 집수리부터 임시 거처를 찾는 일까지, 주거 지원이 닿는 범위를 소개합니다.",
                    ),
                    JA: (
                        "住み慣れた家で暮らし続けるための住まい支援",
                        "段差をなくし手すりを付ける小さな住宅改修から、一時的な住まい探しまで、住まいの支援が届く範囲を紹介します。",
                    ),
                    EN: (
                        "Housing support for staying in one's own home",
                        "From small repairs such as removing thresholds and fitting grab rails to finding somewhere to stay for a while.",
                    ),
                },
            ),
            (
                (
                    "person-demo-moon-seongu",
                    "문성우",
                    "Moon Seong-u",
                    "ムン・ソンウ",
                    "org-gwangju-gwangsan-gu",
                    {KO: "돌봄 코디네이터", JA: "ケアコーディネーター", EN: "Care coordinator"},
                ),
                {
                    KO: (
                        "가사 지원과 일시 돌봄",
                        "갑자기 몸이 아프거나 가족이 집을 비울 때 청소·빨래 같은 가사 지원과 일시 돌봄을 서둘러 연결한 사례입니다.",
                    ),
                    JA: (
                        "家事支援と一時的なケア",
                        "急に体調を崩したときや家族が留守にするときに、掃除や洗濯などの家事支援と一時的なケアを素早くつないだ事例です。",
                    ),
                    EN: (
                        "Help with housework and short-term care",
                        "Quickly arranging cleaning, laundry and short-term care when someone suddenly falls ill or their family is away.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "track-3",
        KO: {"title": "2부 · 3분과: 현장의 협력", "room": "제3분과장", "short": "3분과"},
        JA: {"title": "第2部・第3分科会：現場の連携", "room": "第3分科会場", "short": "第3分科会"},
        EN: {
            "title": "Part 2, sub-session 3: Working together in the field",
            "room": "Room 3",
            "short": "sub-session 3",
        },
        "chair": (
            "person-demo-yu-jeonga",
            "유정아",
            "Yu Jeong-a",
            "ユ・ジョンア",
            "org-gwangju-social-service",
            {KO: "연구위원", JA: "研究委員", EN: "Research fellow"},
        ),
        "cases": [
            (
                (
                    "person-demo-bae-sujin",
                    "배수진",
                    "Bae Su-jin",
                    "ペ・スジン",
                    "org-gwangju-dementia-center",
                    {KO: "간호사", JA: "看護師", EN: "Nurse"},
                ),
                {
                    KO: (
                        "병원에서 동네까지, 의료기관 사이의 협력",
                        "종합병원과 동네 의원, 치매안심센터가 한 주민의 정보를 나누고 할 일을 나눠 맡은 과정을 사례로 풀어 봅니다.",
                    ),
                    JA: (
                        "病院から地域へ、医療機関どうしの連携",
                        "総合病院と地域の診療所、認知症安心センターが一人の住民の情報を共有し、役割を分け合った過程を事例で解き明かします。",
                    ),
                    EN: (
                        "From hospital to neighbourhood: medical institutions working together",
                        "A general hospital, a local clinic and a dementia centre share what they know about one resident and divide the work between them.",
                    ),
                },
            ),
            (
                (
                    "person-demo-song-jaehun",
                    "송재훈",
                    "Song Jae-hun",
                    "ソン・ジェフン",
                    "org-gwangju-community-council",
                    {KO: "민간위원", JA: "民間委員", EN: "Community member of the council"},
                ),
                {
                    KO: (
                        "민관이 함께 만드는 동네 돌봄",
                        "행정복지센터와 복지관, 주민 모임이 한 탁자에 둘러앉아 돌봄이 필요한 이웃을 함께 찾고 돕는 방식을 소개합니다.",
                    ),
                    JA: (
                        "官民でつくる地域のケア",
                        "行政福祉センターと福祉館、住民の集まりが一つのテーブルを囲み、ケアが必要な隣人をともに見つけて支える方法を紹介します。",
                    ),
                    EN: (
                        "Public and private partners caring for a neighbourhood",
                        "Community service centres, welfare centres and residents' groups sit at one table to find neighbours who need care, and help them.",
                    ),
                },
            ),
            (
                (
                    "person-demo-no-gyeonghui",
                    "노경희",
                    "No Gyeong-hui",
                    "ノ・ギョンヒ",
                    "org-gwangju-dong-gu",
                    {
                        KO: "사회복지 전담공무원",
                        JA: "社会福祉専任公務員",
                        EN: "Social welfare officer",
                    },
                ),
                {
                    KO: (
                        "사회적으로 고립된 가구 지원",
                        "좀처럼 문을 열지 않던 1인 가구를 여러 차례 찾아가 관계를 쌓고, 필요한 서비스로 이어 간 경험입니다.",
                    ),
                    JA: (
                        "社会的に孤立した世帯への支援",
                        "なかなか扉を開けなかった単身世帯を何度も訪ねて関係を築き、必要なサービスへつないでいった経験です。",
                    ),
                    EN: (
                        "Reaching socially isolated households",
                        "Visiting single-person households again and again until the door opens, then linking them with the services they need.",
                    ),
                },
            ),
            (
                (
                    "person-demo-hong-jungi",
                    "홍준기",
                    "Hong Jun-gi",
                    "ホン・ジュンギ",
                    "org-federation",
                    {
                        KO: "회원 조합 활동가",
                        JA: "会員組合の活動家",
                        EN: "Organizer at a member cooperative",
                    },
                ),
                {
                    KO: (
                        "조합원이 함께하는 의료복지사회적협동조합의 돌봄",
                        "주치의 진료와 방문 간호에 조합원의 자원활동을 더해 이웃을 돌보는 협동조합의 방식을 나눕니다.",
                    ),
                    JA: (
                        "組合員がともに担う医療福祉社会的協同組合のケア",
                        "かかりつけ医の診療や訪問看護に組合員のボランティア活動を重ねて、隣人を支える協同組合のやり方を紹介します。",
                    ),
                    EN: (
                        "Care with members: medical-welfare social cooperatives",
                        "How a cooperative adds its members' volunteering to family-doctor care and home nursing to look after its neighbours.",
                    ),
                },
            ),
        ],
    },
    {
        "key": "track-4",
        KO: {
            "title": "2부 · 4분과: 자치구와 대학, 품질과 인력",
            "room": "제4분과장",
            "short": "4분과",
        },
        JA: {
            "title": "第2部・第4分科会：区と大学、質と人材",
            "room": "第4分科会場",
            "short": "第4分科会",
        },
        EN: {
            "title": "Part 2, sub-session 4: Districts and universities, quality and staff",
            "room": "Room 4",
            "short": "sub-session 4",
        },
        "chair": (
            "person-demo-cheon-seungmin",
            "천승민",
            "Cheon Seung-min",
            "チョン・スンミン",
            "org-gwangju-rise-care",
            {KO: "행정학과 교수", JA: "行政学科 教授", EN: "Professor of Public Administration"},
        ),
        "cases": [
            (
                (
                    "person-demo-yang-migyeong",
                    "양미경",
                    "Yang Mi-gyeong",
                    "ヤン・ミギョン",
                    "org-gwangju-rise-care",
                    {KO: "연구교수", JA: "研究教授", EN: "Research professor"},
                ),
                {
                    KO: (
                        "자치구와 대학이 함께하는 협력 모델 (RISE)",
                        "RISE ‘통합돌봄’ 단위과제의 네 개 컨소시엄, 11개 대학이 자치구와 함께 지역의 돌봄 수요를 조사하고 해법을 시험해 본 과정입니다.",
                    ),
                    JA: (
                        "区と大学が組む連携モデル（RISE）",
                        "RISEの「統合ケア」単位課題に加わる四つのコンソーシアム、11大学が、区とともに地域のケアニーズを調べ、解決策を試してきた過程です。",
                    ),
                    EN: (
                        "Districts and universities in partnership (RISE)",
                        "The four consortia and eleven universities of RISE's Integrated Care project study local care needs with the districts and try out answers.",
                    ),
                },
            ),
            (
                (
                    "person-demo-jo-hyeonseok",
                    "조현석",
                    "Jo Hyeon-seok",
                    "チョ・ヒョンソク",
                    "org-gwangju-social-service",
                    {KO: "품질관리 담당", JA: "品質管理担当", EN: "Quality manager"},
                ),
                {
                    KO: (
                        "돌봄 서비스의 품질 관리",
                        "이용자 만족도 조사와 현장 점검 결과를 서비스 개선으로 잇는 품질 관리의 틀을 소개합니다.",
                    ),
                    JA: (
                        "ケアサービスの品質管理",
                        "利用者満足度調査と現場点検の結果をサービス改善へつなげる、品質管理の枠組みを紹介します。",
                    ),
                    EN: (
                        "Managing the quality of care services",
                        "A quality framework that turns user surveys and on-site checks into better services.",
                    ),
                },
            ),
            (
                (
                    "person-demo-shin-yuna",
                    "신유나",
                    "Shin Yu-na",
                    "シン・ユナ",
                    "org-gwangju-social-service",
                    {KO: "교육 담당", JA: "研修担当", EN: "Training officer"},
                ),
                {
                    KO: (
                        "돌봄 종사자의 역량을 키우는 교육",
                        "요양보호사와 돌봄 코디네이터를 위한 단계별 교육 과정과 현장 실습을 운영한 경험입니다.",
                    ),
                    JA: (
                        "ケア従事者の力を伸ばす研修",
                        "療養保護士（介護職員）やケアコーディネーターのための段階別研修と現場実習を運営してきた経験です。",
                    ),
                    EN: (
                        "Training that builds care workers' skills",
                        "Running step-by-step courses and field placements for care workers and care coordinators.",
                    ),
                },
            ),
            (
                (
                    "person-demo-hwang-boram",
                    "황보람",
                    "Hwang Bo-ram",
                    "ファン・ボラム",
                    "org-gwangju",
                    {
                        KO: "통합돌봄 담당 주무관",
                        JA: "統合ケア担当職員",
                        EN: "Integrated care officer",
                    },
                ),
                {
                    KO: (
                        "자료로 읽는 동네의 돌봄 수요",
                        "상담 기록과 서비스 이용 자료를 모아 동네마다 필요한 돌봄을 가늠하고, 그 결과를 계획에 반영한 경험입니다.",
                    ),
                    JA: (
                        "データで読み解く地域のケアニーズ",
                        "相談記録とサービス利用のデータを集めて地域ごとに必要なケアを見積もり、その結果を計画に生かした経験です。",
                    ),
                    EN: (
                        "Reading care needs from data",
                        "Bringing together consultation records and service use to estimate the care each neighbourhood needs, and planning with the result.",
                    ),
                },
            ),
        ],
    },
]

DEMO_PERSON_NOTE = {
    KO: "<p>※ 데모를 위해 만든 가상의 인물이며, 실제 발표자 명단과는 관계가 없습니다.</p>",
    JA: "<p>※デモ用に作成した架空の人物で、実際の登壇者とは関係ありません。</p>",
    EN: "<p>A fictional person made up for the demo, not a real speaker.</p>",
}


def _presenter_bio(code, katakana, track, title):
    if code == KO:
        text = f"<p>2026년 2월 광주에서 열리는 통합돌봄 전국 콘퍼런스 {track['short']}의 발표자입니다. 발표 주제는 ‘{title}’입니다.</p>"
    elif code == JA:
        text = f"<p>{katakana}。2026年2月に光州で開かれる統合ケア全国カンファレンス{track['short']}の発表者。テーマは「{title}」。</p>"
    else:
        text = f"<p>Presents “{title}” in {track['short']} of the national integrated care conference in Gwangju, February 2026.</p>"
    return text + DEMO_PERSON_NOTE[code]


def _chair_bio(code, katakana, track):
    if code == KO:
        text = f"<p>2026년 2월 광주에서 열리는 통합돌봄 전국 콘퍼런스 {track['short']}의 좌장을 맡습니다.</p>"
    elif code == JA:
        text = f"<p>{katakana}。2026年2月に光州で開かれる統合ケア全国カンファレンス{track['short']}の座長を務めます。</p>"
    else:
        text = f"<p>Chairs {track['short']} of the national integrated care conference in Gwangju, February 2026.</p>"
    return text + DEMO_PERSON_NOTE[code]


def _person(entry, bio_for):
    key, name, romanized, katakana, organization, roles = entry
    return {
        "key": key,
        "name": name,
        "name_romanized": romanized,
        "organization": organization,
        **{code: {"role": roles[code], "bio": bio_for(code, katakana)} for code in (KO, JA, EN)},
    }


def _people():
    people = []
    for track in TRACKS:
        people.append(
            _person(
                track["chair"], lambda code, kana, track=track: _chair_bio(code, kana, track[code])
            )
        )
        for presenter, texts in track["cases"]:
            people.append(
                _person(
                    presenter,
                    lambda code, kana, track=track, texts=texts: _presenter_bio(
                        code, kana, track[code], texts[code][0]
                    ),
                )
            )
    return people


PEOPLE = _people()


# --- Agendas ----------------------------------------------------------------------------
# Days → parts → sessions, language-neutral, with the texts per language. Session
# texts are (title, description); part texts (title, room). ``channels`` holds
# the interpretation channels per language (None: no interpretation).


def session(
    key, start, end, kind, texts, *, people=(), languages=("ko",), channels=None, materials=()
):
    if kind == "break":  # nobody speaks, nothing to interpret
        languages, channels = (), None
    return {
        "key": key,
        "start": start,
        "end": end,
        "kind": kind,
        "texts": texts,
        "people": list(people),
        "languages": list(languages),
        "channels": channels,
        "materials": list(materials),
    }


def part(key, texts, sessions):
    return {"key": key, "texts": texts, "sessions": sessions}


def day(key, on, titles, parts):
    return {"key": key, "date": on, "titles": titles, "parts": parts}


GWANGJU_CHANNELS = {
    KO: "1번 일본어, 2번 영어 (데모)",
    JA: "1ch 日本語、2ch 英語（デモ）",
    EN: "Ch. 1 Japanese, ch. 2 English (demo)",
}


def _gwangju_tracks():
    parts = []
    for track in TRACKS:
        chair_key = track["chair"][0]
        sessions = [
            session(
                f"case-{n}",
                start,
                end,
                "case",
                texts,
                people=[(presenter[0], "speaker"), (chair_key, "moderator")],
            )
            for n, ((presenter, texts), (start, end)) in enumerate(
                zip(track["cases"], PART2_SLOTS, strict=True), start=1
            )
        ]
        parts.append(
            part(
                track["key"],
                {code: (track[code]["title"], track[code]["room"]) for code in (KO, JA, EN)},
                sessions,
            )
        )
    return parts


GWANGJU_AGENDA = [
    day(
        "day-1",
        date(2026, 2, 27),
        {KO: "본 행사", JA: "本大会", EN: "Conference day"},
        [
            part(
                "part-1",
                {
                    KO: ("1부: 기념식과 기조강연", "컨벤션홀"),
                    JA: ("第1部：記念式と基調講演", "コンベンションホール"),
                    EN: ("Part 1: Opening and keynote", "Convention Hall"),
                },
                [
                    session(
                        "opening",
                        "14:00",
                        "14:30",
                        "ceremony",
                        {
                            KO: (
                                "개회 기념식",
                                "「돌봄통합지원법」 시행을 기념하며 콘퍼런스의 문을 엽니다.",
                            ),
                            JA: (
                                "開会記念式",
                                "「統合ケア支援法」の施行を記念して、カンファレンスの幕を開けます。",
                            ),
                            EN: (
                                "Opening ceremony",
                                "The conference opens by marking the Integrated Care Support Act's entry into force.",
                            ),
                        },
                        channels=GWANGJU_CHANNELS,
                    ),
                    session(
                        "keynote",
                        "14:30",
                        "15:20",
                        "keynote",
                        {
                            KO: (
                                "돌봄, 지역이 주인공이 되다",
                                "돌봄과미래 김용익 이사장이 지역이 이끄는 통합돌봄이 앞으로 나아갈 길을 제시합니다.",
                            ),
                            JA: (
                                "ケア、地域が主役になる",
                                "ケアと未来財団のキム・ヨンイク理事長が、地域が担う統合ケアのこれからの道筋を示します。",
                            ),
                            EN: (
                                "Care: the community takes centre stage",
                                "Kim Yong-ik, Chair of the Board of the Care and Future Foundation, sets out where community-led integrated care should go next.",
                            ),
                        },
                        people=[("person-kim-yongik", "keynote")],
                        channels=GWANGJU_CHANNELS,
                    ),
                    session(
                        "break",
                        "15:20",
                        "15:40",
                        "break",
                        {
                            KO: (
                                "휴식 및 분과장 이동",
                                "2부 분과장으로 옮겨 주세요. 쉬는 동안 로비의 홍보 부스를 둘러볼 수 있습니다.",
                            ),
                            JA: (
                                "休憩・分科会場への移動",
                                "第2部の分科会場へお移りください。休憩中はロビーの広報ブースもご覧いただけます。",
                            ),
                            EN: (
                                "Break and move to the sub-session rooms",
                                "Please make your way to the Part 2 rooms; the booths in the lobby are open during the break.",
                            ),
                        },
                    ),
                ],
            ),
            *_gwangju_tracks(),
        ],
    )
]

BUSAN_AGENDA = [
    day(
        "day-1",
        date(2025, 11, 3),
        {KO: "", JA: "", EN: ""},
        [
            part(
                "forum",
                {
                    KO: ("정책 포럼", "대강당"),
                    JA: ("政策フォーラム", "大講堂"),
                    EN: ("Policy forum", "Auditorium"),
                },
                [
                    session(
                        "opening",
                        "13:30",
                        "13:45",
                        "ceremony",
                        {
                            KO: ("개회", "참석자를 맞이하고 포럼을 여는 취지를 나눕니다."),
                            JA: ("開会", "参加者を迎え、フォーラムを開く趣旨を共有します。"),
                            EN: ("Opening", "Welcome, and why the forum was called."),
                        },
                    ),
                    session(
                        "keynote",
                        "13:45",
                        "14:25",
                        "keynote",
                        {
                            KO: (
                                "우리 구·군만의 부산형 통합돌봄, 어떻게 만들 것인가",
                                "부산형 통합돌봄에서 구·군이 맡을 역할과 과제를 짚고, 구·군 단위의 모델을 설계하는 방향을 제안합니다.",
                            ),
                            JA: (
                                "区・郡ごとの釜山型統合ケアをどうつくるか",
                                "釜山型統合ケアで区・郡が担う役割と課題を整理し、区・郡単位のモデルを設計する方向を提案します。",
                            ),
                            EN: (
                                "How can each district build its own Busan-type integrated care?",
                                "What districts and counties have to do for Busan-type integrated care, and how to design a model for each of them.",
                            ),
                        },
                        people=[("person-kwon-hyunjung", "keynote")],
                        materials=["busan-keynote"],
                    ),
                    session(
                        "case",
                        "14:25",
                        "15:05",
                        "case",
                        {
                            KO: (
                                "의료·돌봄 통합지원 사업의 추진 현황과 사례",
                                "광주 북구가 모델을 세우고 보건의료와 손잡으며 추진 조직을 갖춰 온 과정과 남은 과제를 공유합니다.",
                            ),
                            JA: (
                                "医療・ケア統合支援事業の進み具合と事例",
                                "光州市北区がモデルをつくり、保健医療と手を組み、推進体制を整えてきた過程と、残る課題を共有します。",
                            ),
                            EN: (
                                "Integrated medical and care support: progress and cases",
                                "How Buk-gu in Gwangju set up its model, joined forces with health services and organised its team, and what is still to be done.",
                            ),
                        },
                        people=[("person-lee-jinseon", "speaker")],
                    ),
                    session(
                        "break",
                        "15:05",
                        "15:20",
                        "break",
                        {KO: ("휴식", ""), JA: ("休憩", ""), EN: ("Break", "")},
                    ),
                    session(
                        "panel",
                        "15:20",
                        "16:50",
                        "panel",
                        {
                            KO: (
                                "정책 토론: 부산형 통합돌봄 협력체계",
                                "‘부산 함께돌봄’의 추진 방향, 의료·돌봄 연계를 위한 국민건강보험공단과 구·군의 협력, 보건소에서 본 현황과 과제, 지역사회보장계획과의 연계를 두고 토론합니다.",
                            ),
                            JA: (
                                "政策討論：釜山型統合ケアの連携体制",
                                "「釜山ともにケア（부산 함께돌봄）」の進め方、医療とケアをつなぐための国民健康保険公団と区・郡の連携、保健所から見た現状と課題、地域社会保障計画との連動について討論します。",
                            ),
                            EN: (
                                "Policy discussion: a cooperation system for Busan-type integrated care",
                                "On the direction of “Busan Together Care”, how the National Health Insurance Service and the districts can link medical care and care, what public health centres see on the ground, and tying integrated care to the community welfare plan.",
                            ),
                        },
                        people=[
                            ("person-han-jina", "moderator"),
                            ("person-kim-taeseok", "panelist"),
                            ("person-kang-sookkyung", "panelist"),
                            ("person-ahn-yeohyun", "panelist"),
                            ("person-jang-jihyun", "panelist"),
                        ],
                    ),
                    session(
                        "closing",
                        "16:50",
                        "17:00",
                        "ceremony",
                        {KO: ("폐회", ""), JA: ("閉会", ""), EN: ("Closing", "")},
                    ),
                ],
            )
        ],
    )
]

APHCO_CHANNELS = {
    KO: "1번 한국어, 2번 일본어, 3번 영어 (예시)",
    JA: "1ch 韓国語、2ch 日本語、3ch 英語（仮）",
    EN: "Ch. 1 Korean, 2 Japanese, 3 English (placeholder)",
}
APHCO_LANGUAGES = ("ko", "ja", "en")
APHCO_PLENARY = {
    KO: ("전체 회의", "본회의장"),
    JA: ("全体会議", "本会議場"),
    EN: ("Plenary", "Main hall"),
}


def _aphco(key, start, end, kind, texts):
    return session(key, start, end, kind, texts, languages=APHCO_LANGUAGES, channels=APHCO_CHANNELS)


APHCO_AGENDA = [
    day(
        "day-1",
        date(2015, 10, 27),
        {KO: "1일차 (예시 일정)", JA: "1日目（仮の日程）", EN: "Day 1 (placeholder schedule)"},
        [
            part(
                "plenary-1",
                APHCO_PLENARY,
                [
                    _aphco(
                        "opening",
                        "09:30",
                        "10:00",
                        "ceremony",
                        {
                            KO: ("개회식", "주최 측의 환영 인사와 참가 단체 소개."),
                            JA: ("開会式", "主催者の歓迎のあいさつと参加団体の紹介。"),
                            EN: (
                                "Opening ceremony",
                                "Welcome from the hosts and a round of introductions.",
                            ),
                        },
                    ),
                    _aphco(
                        "reports-1",
                        "10:00",
                        "12:00",
                        "talk",
                        {
                            KO: (
                                "국가별 활동 보고 (1)",
                                "각국의 보건의료 협동조합이 그동안의 활동과 지금의 상황을 보고합니다.",
                            ),
                            JA: (
                                "国別の活動報告（1）",
                                "各国の保健医療協同組合が、これまでの活動と現在の状況を報告します。",
                            ),
                            EN: (
                                "Country reports (1)",
                                "Health cooperatives from each country report on their work and where they stand.",
                            ),
                        },
                    ),
                    _aphco(
                        "lunch",
                        "12:00",
                        "13:30",
                        "break",
                        {KO: ("점심", ""), JA: ("昼食", ""), EN: ("Lunch", "")},
                    ),
                    _aphco(
                        "reports-2",
                        "13:30",
                        "15:30",
                        "talk",
                        {
                            KO: (
                                "국가별 활동 보고 (2)",
                                "오전에 이어 나머지 나라의 보고를 듣고 질문을 나눕니다.",
                            ),
                            JA: (
                                "国別の活動報告（2）",
                                "午前に続いて残りの国の報告を聞き、質疑を交わします。",
                            ),
                            EN: (
                                "Country reports (2)",
                                "The remaining countries report, followed by questions.",
                            ),
                        },
                    ),
                    _aphco(
                        "business",
                        "15:45",
                        "17:00",
                        "other",
                        {
                            KO: (
                                "총회 안건 심의",
                                "활동 계획과 임원 선출 같은 총회 안건을 다룹니다.",
                            ),
                            JA: (
                                "総会議案の審議",
                                "活動計画や役員の選出など、総会の議案を扱います。",
                            ),
                            EN: (
                                "Assembly business",
                                "The assembly's motions, such as the plan of activities and elections.",
                            ),
                        },
                    ),
                ],
            )
        ],
    ),
    day(
        "day-2",
        date(2015, 10, 28),
        {KO: "2일차 (예시 일정)", JA: "2日目（仮の日程）", EN: "Day 2 (placeholder schedule)"},
        [
            part(
                "visit",
                {
                    KO: ("현장 방문", "한국의 의료복지사회적협동조합 (예시)"),
                    JA: ("現地視察", "韓国の医療福祉社会的協同組合（仮）"),
                    EN: ("Field visit", "A Korean medical-welfare cooperative (placeholder)"),
                },
                [
                    _aphco(
                        "visit",
                        "09:00",
                        "12:30",
                        "visit",
                        {
                            KO: (
                                "현장 방문: 의료복지사회적협동조합의 의원과 돌봄",
                                "조합의 의원과 주민 건강 모임을 둘러보고 조합원들과 이야기를 나눕니다.",
                            ),
                            JA: (
                                "現地視察：医療福祉社会的協同組合の診療所とケア",
                                "組合の診療所や住民の健康サークルを見学し、組合員と語り合います。",
                            ),
                            EN: (
                                "Field visit: a cooperative's clinic and care services",
                                "A look round the cooperative's clinic and a residents' health group, and time to talk with members.",
                            ),
                        },
                    ),
                    _aphco(
                        "lunch",
                        "12:30",
                        "14:00",
                        "break",
                        {KO: ("점심", ""), JA: ("昼食", ""), EN: ("Lunch", "")},
                    ),
                ],
            ),
            part(
                "plenary-2",
                APHCO_PLENARY,
                [
                    _aphco(
                        "reflections",
                        "14:30",
                        "16:00",
                        "other",
                        {
                            KO: (
                                "방문 소감 나누기와 다음 총회 논의",
                                "현장 방문에서 배운 점을 나누고 다음 총회를 어떻게 준비할지 의논합니다.",
                            ),
                            JA: (
                                "視察の振り返りと次回総会に向けた話し合い",
                                "視察で学んだことを共有し、次の総会の準備について話し合います。",
                            ),
                            EN: (
                                "Reflections and the next assembly",
                                "What the visit taught us, and how to prepare the next assembly.",
                            ),
                        },
                    ),
                    _aphco(
                        "closing",
                        "16:00",
                        "16:30",
                        "ceremony",
                        {KO: ("폐회식", ""), JA: ("閉会式", ""), EN: ("Closing ceremony", "")},
                    ),
                ],
            ),
        ],
    ),
]

SAMPLE_CHANNELS = {
    KO: "1번 한국어, 2번 일본어 (예시)",
    JA: "1ch 韓国語、2ch 日本語（サンプル）",
    EN: "Ch. 1 Korean, ch. 2 Japanese (sample)",
}


def sample_agenda(year):
    """The sample seminar's one-day agenda (its year follows SAMPLE_YEAR)."""

    def sample(key, start, end, kind, texts):
        return session(
            key, start, end, kind, texts, languages=("ja", "ko"), channels=SAMPLE_CHANNELS
        )

    return [
        day(
            "day-1",
            date(year, 6, 10),
            {KO: "", JA: "", EN: ""},
            [
                part(
                    "seminar",
                    {
                        KO: ("세미나", "회의실 (미정)"),
                        JA: ("セミナー", "会議室（未定）"),
                        EN: ("Seminar", "Meeting room (to be announced)"),
                    },
                    [
                        sample(
                            "welcome",
                            "13:00",
                            "13:15",
                            "ceremony",
                            {KO: ("여는 인사", ""), JA: ("開会あいさつ", ""), EN: ("Welcome", "")},
                        ),
                        sample(
                            "talk",
                            "13:15",
                            "14:15",
                            "talk",
                            {
                                KO: (
                                    "조합원이 만드는 건강 활동 (예시 주제)",
                                    "예시로 넣은 발표입니다. 실제 세미나가 정해지면 바뀝니다.",
                                ),
                                JA: (
                                    "組合員がつくる健康づくり活動（サンプル）",
                                    "サンプルとして入れた発表です。実際のセミナーが決まれば差し替えます。",
                                ),
                                EN: (
                                    "Health activities run by members (sample topic)",
                                    "A sample talk, to be replaced when a real seminar is planned.",
                                ),
                            },
                        ),
                        sample(
                            "break",
                            "14:15",
                            "14:30",
                            "break",
                            {KO: ("휴식", ""), JA: ("休憩", ""), EN: ("Break", "")},
                        ),
                        sample(
                            "panel",
                            "14:30",
                            "16:00",
                            "panel",
                            {
                                KO: (
                                    "한·일 협동조합 돌봄 교류 (예시 주제)",
                                    "한국과 일본의 협동조합이 돌봄 경험을 나누는 토론 자리의 예시입니다.",
                                ),
                                JA: (
                                    "日韓の協同組合によるケアの交流（サンプル）",
                                    "韓国と日本の協同組合がケアの経験を語り合う討論の例です。",
                                ),
                                EN: (
                                    "Korea–Japan exchange on cooperative care (sample topic)",
                                    "An example of a discussion in which Korean and Japanese cooperatives compare their care work.",
                                ),
                            },
                        ),
                        sample(
                            "closing",
                            "16:00",
                            "16:30",
                            "ceremony",
                            {KO: ("마무리", ""), JA: ("閉会", ""), EN: ("Closing", "")},
                        ),
                    ],
                )
            ],
        )
    ]


# --- Documents --------------------------------------------------------------------------
# Short text files made at build time; found again by title.

DOCUMENTS = {
    "busan-keynote": {
        KO: {
            "title": "기조강연 요약: 우리 구·군만의 부산형 통합돌봄 (데모 자료)",
            "filename": "busan-keynote-ko.txt",
            "text": "부산형 의료·돌봄 통합지원 정책 포럼 (2025년 11월 3일, 부산시청 대강당)\n기조강연: 권현정 (영산대학교 사회복지학과)\n\n이 파일은 데모용 예시 자료입니다. 실제 발표 자료가 아닙니다.\n",
        },
        JA: {
            "title": "基調講演の要約：区・郡ごとの釜山型統合ケア（デモ資料）",
            "filename": "busan-keynote-ja.txt",
            "text": "釜山型 医療・ケア統合支援 政策フォーラム（2025年11月3日、釜山市庁 大講堂）\n基調講演：クォン・ヒョンジョン（권현정、ヨンサン大学校 社会福祉学科）\n\nこのファイルはデモ用のサンプルで、実際の発表資料ではありません。\n",
        },
        EN: {
            "title": "Keynote summary: Busan-type integrated care for each district (demo material)",
            "filename": "busan-keynote-en.txt",
            "text": "Busan-type Medical and Care Integrated Support Policy Forum (3 November 2025, Busan City Hall Auditorium)\nKeynote: Kwon Hyun-jung (Department of Social Welfare, Youngsan University)\n\nThis file is a sample made for the demo, not the actual presentation.\n",
        },
    },
}

PROGRAMME_DOCUMENT = {
    KO: {
        "title": "광주 통합돌봄 전국 콘퍼런스 프로그램 (텍스트, 데모)",
        "filename": "gwangju-conference-programme-ko.txt",
        "link": "프로그램 내려받기 (텍스트 파일)",
        "note": "데모용 자료입니다. 2부의 발표 제목과 발표자는 예시입니다.",
    },
    JA: {
        "title": "光州 統合ケア全国カンファレンス プログラム（テキスト版・デモ）",
        "filename": "gwangju-conference-programme-ja.txt",
        "link": "プログラムをダウンロード（テキストファイル）",
        "note": "デモ用の資料です。第2部の発表テーマと発表者はサンプルです。",
    },
    EN: {
        "title": "Gwangju national integrated care conference: programme (plain text, demo)",
        "filename": "gwangju-conference-programme-en.txt",
        "link": "Download the programme (text file)",
        "note": "Demo material. The Part 2 titles and presenters are illustrations.",
    },
}


# --- Booths of the Gwangju conference ---------------------------------------------------
# (organization, category, description per language). Numbers A-01… follow the
# order; positions come from the floor map (demo_images.booth_positions).

BOOTHS = [
    (
        "org-gwangju",
        "public",
        {
            KO: "광주다움 통합돌봄이 지금까지 걸어온 길을 소개하고, 돌봄이 필요할 때 어디에 연락하면 되는지 안내합니다.",
            JA: "「光州らしい統合ケア」のこれまでの歩みを紹介し、ケアが必要なときの相談先を案内します。",
            EN: "The story of Gwangju's Universal Care System so far, and where to turn when you need care.",
        },
    ),
    (
        "org-gwangju-dong-gu",
        "public",
        {
            KO: "동구의 동네 단위 돌봄 사업과 고립 가구를 찾아가는 활동을 소개합니다.",
            JA: "東区の町ごとのケア事業と、孤立した世帯を訪ねる取り組みを紹介します。",
            EN: "Dong-gu's neighbourhood care projects and its visits to isolated households.",
        },
    ),
    (
        "org-gwangju-seo-gu",
        "public",
        {
            KO: "서구의 식사 지원과 마을 돌봄 이야기를 사진과 함께 보여 줍니다.",
            JA: "西区の食事支援と地域のケアの取り組みを、写真とともに紹介します。",
            EN: "Photos and stories from Seo-gu's meal support and neighbourhood care.",
        },
    ),
    (
        "org-gwangju-nam-gu",
        "public",
        {
            KO: "남구의 방문 구강건강 교육과 주거 지원 사업을 소개합니다.",
            JA: "南区の訪問口腔健康教育と住まいの支援事業を紹介します。",
            EN: "Nam-gu's home visits for oral health and its housing support.",
        },
    ),
    (
        "org-gwangju-buk-gu",
        "public",
        {
            KO: "북구의 의료·돌봄 통합지원 모델과 병원 동행 지원을 소개합니다.",
            JA: "北区の医療・ケア統合支援モデルと通院付き添い支援を紹介します。",
            EN: "Buk-gu's model of integrated medical and care support, and its hospital accompaniment service.",
        },
    ),
    (
        "org-gwangju-gwangsan-gu",
        "public",
        {
            KO: "광산구의 맞춤형 운동 프로그램과 가사 지원 사례를 소개합니다. 간단한 근력 측정도 해 볼 수 있습니다.",
            JA: "光山区の一人ひとりに合わせた運動プログラムと家事支援の事例を紹介します。簡単な筋力測定も体験できます。",
            EN: "Gwangsan-gu's tailored exercise programmes and help with housework, with a quick strength check to try.",
        },
    ),
    (
        "org-gwangju-social-service",
        "care",
        {
            KO: "공공 돌봄 서비스와 종사자 교육, 서비스 품질을 살피는 방법을 소개합니다.",
            JA: "公的なケアサービス、従事者の研修、サービスの質を確かめる方法を紹介します。",
            EN: "Public care services, training for care workers and how the quality of services is checked.",
        },
    ),
    (
        "org-gwangju-community-council",
        "care",
        {
            KO: "행정과 민간, 주민이 함께 만들어 가는 민관협력 돌봄 모델을 소개합니다.",
            JA: "行政・民間・住民がともにつくる官民連携のケアモデルを紹介します。",
            EN: "A model of public–private cooperation in care, built by officials, organizations and residents together.",
        },
    ),
    (
        "org-gwangju-rise-care",
        "education",
        {
            KO: "돌봄 인재를 키우는 대학의 교육 과정과 자치구와의 협력 사례를 소개합니다. 진학과 재교육 상담도 받을 수 있습니다.",
            JA: "ケア人材を育てる大学の教育課程と、区との連携事例を紹介します。進学や学び直しの相談もできます。",
            EN: "University courses that train care professionals, and their work with the districts. Ask about study and retraining.",
        },
    ),
    (
        "org-gwangju-public-health",
        "health",
        {
            KO: "공공의료와 지역 돌봄을 잇는 방법과 다제약물 관리 같은 의료 연계 사업을 소개합니다.",
            JA: "公的医療と地域のケアをつなぐ方法や、多剤服用の管理など医療との連携事業を紹介します。",
            EN: "How public medical care connects with community care, including medicine reviews for people who take many.",
        },
    ),
    (
        "org-gwangju-dementia-center",
        "health",
        {
            KO: "치매 예방과 조기 발견, 가족을 위한 지원 프로그램을 안내합니다.",
            JA: "認知症の予防と早期発見、家族のための支援プログラムを案内します。",
            EN: "Dementia prevention, early detection and support for families.",
        },
    ),
    (
        "org-federation",
        "cooperative",
        {
            KO: "주민과 의료인이 함께 꾸려 가는 의료복지사회적협동조합의 돌봄을 소개합니다.",
            JA: "住民と医療者がともに運営する医療福祉社会的協同組合のケアを紹介します。",
            EN: "Care run by medical-welfare social cooperatives, where residents and health professionals work together.",
        },
    ),
    (
        "org-care-future",
        "other",
        {
            KO: "지역이 중심이 되는 통합돌봄에 관한 연구와 자료를 나눕니다.",
            JA: "地域が中心となる統合ケアについての研究や資料を紹介します。",
            EN: "Research and publications on community-led integrated care.",
        },
    ),
]
