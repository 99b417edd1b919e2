# ruff: noqa: E501 -- prose in three languages reads better unwrapped.
"""The demo tours' places, host profile and itineraries, in Korean, Japanese and English.

Facts come from the seed report on the 2015 study tour to Medical CO-OP
Saitama (who went, the three goals, the history lecture, the hospital with
its operating rooms, wards and kitchen, the family doctors' exchange at a
clinic, the members' weekly exercise in a park). Times, places' names and
addresses, the fee and the delegate's words are placeholders written for the
demo, and marked so on the pages.
"""

from datetime import date
from urllib.parse import quote_plus

from madang.core.demo.content import EN, JA, KO, SAMPLE_YEAR


def _osm(query):
    return "https://www.openstreetmap.org/search?query=" + quote_plus(query)


SAITAMA_MAP = _osm("Saitama Prefecture, Japan")

# Placeholder names and addresses: the seed does not name the buildings.
PLACES = [
    {
        "key": "place-saitama-head-office",
        "map_url": SAITAMA_MAP,
        KO: {"name": "의료생협 사이타마 본부 (예시)", "address": "일본 사이타마현 (예시 주소)"},
        JA: {"name": "医療生協さいたま 本部（仮）", "address": "埼玉県（仮の住所）"},
        EN: {
            "name": "Medical CO-OP Saitama head office (placeholder)",
            "address": "Saitama Prefecture, Japan (placeholder address)",
        },
    },
    {
        "key": "place-saitama-hospital",
        "map_url": SAITAMA_MAP,
        KO: {"name": "조합 병원 (예시)", "address": "일본 사이타마현 (예시 주소)"},
        JA: {"name": "生協の病院（仮）", "address": "埼玉県（仮の住所）"},
        EN: {
            "name": "The co-op's hospital (placeholder)",
            "address": "Saitama Prefecture, Japan (placeholder address)",
        },
    },
    {
        "key": "place-saitama-clinic",
        "map_url": SAITAMA_MAP,
        KO: {"name": "조합 진료소 (예시)", "address": "일본 사이타마현 (예시 주소)"},
        JA: {"name": "生協の診療所（仮）", "address": "埼玉県（仮の住所）"},
        EN: {
            "name": "A co-op clinic (placeholder)",
            "address": "Saitama Prefecture, Japan (placeholder address)",
        },
    },
    {
        "key": "place-saitama-care-home",
        "map_url": SAITAMA_MAP,
        KO: {"name": "조합 돌봄 시설 (예시)", "address": "일본 사이타마현 (예시 주소)"},
        JA: {"name": "生協の介護施設（仮）", "address": "埼玉県（仮の住所）"},
        EN: {
            "name": "A co-op care facility (placeholder)",
            "address": "Saitama Prefecture, Japan (placeholder address)",
        },
    },
    {
        "key": "place-saitama-park",
        "map_url": SAITAMA_MAP,
        KO: {"name": "동네 공원 (예시)", "address": "일본 사이타마현 (예시 주소)"},
        JA: {"name": "近所の公園（仮）", "address": "埼玉県（仮の住所）"},
        EN: {
            "name": "A neighbourhood park (placeholder)",
            "address": "Saitama Prefecture, Japan (placeholder address)",
        },
    },
]

HOST_PROFILES = [
    {
        "key": "host-profile-medical-coop-saitama",
        "organization": "org-medical-coop-saitama",
        "members": None,
        "members_year": None,
        "founded": None,
        KO: {
            "runs": "병원\n진료소\n돌봄 시설\n조합원이 꾸리는 건강 모임",
            "history": "여섯 개 의료생협이 합병해 하나의 큰 조합이 되었습니다. 합병으로 병원과 진료소, 돌봄 시설을 함께 꾸려 가는 힘을 얻었고, 동네마다 조합원의 건강 활동은 그대로 이어 가고 있습니다.",
        },
        JA: {
            "runs": "病院\n診療所\n介護施設\n組合員が運営する健康づくりの会",
            "history": "6つの医療生協が合併して、ひとつの大きな組合になりました。合併によって病院・診療所・介護施設をまとめて運営する力をつけ、地域ごとの組合員の健康づくり活動もそのまま続いています。",
        },
        EN: {
            "runs": "A hospital\nClinics\nCare facilities\nHealth groups run by members",
            "history": "Six medical co-ops merged into one large cooperative. The merger gave it the strength to run a hospital, clinics and care facilities together, while members carry on their health activities neighbourhood by neighbourhood.",
        },
    },
]


def stop(key, start, end, kind, place, texts, *, interpretation=True, optional=False, seats=None):
    """One stop: ``texts`` is ``{code: (title, place detail, what happens)}``."""
    return {
        "seats": seats,
        "key": key,
        "start": start,
        "end": end,
        "kind": kind,
        "place": place,
        "texts": texts,
        "interpretation": interpretation,
        "optional": optional,
    }


def day(key, when, titles, stops):
    return {"key": key, "date": when, "titles": titles, "stops": stops}


SAITAMA_ITINERARY = [
    day(
        "day-1",
        date(2015, 7, 8),
        {
            KO: "도착, 그리고 합병의 역사",
            JA: "到着、そして合併の歴史",
            EN: "Arrival and the story of the merger",
        },
        [
            stop(
                "bus-from-airport",
                "12:30",
                "14:30",
                "travel",
                None,
                {
                    KO: (
                        "공항에서 사이타마로 이동",
                        "전세 버스",
                        "공항 도착 로비에서 모여 버스로 이동합니다.",
                    ),
                    JA: (
                        "空港からさいたまへ移動",
                        "貸切バス",
                        "空港の到着ロビーで集合し、バスで移動します。",
                    ),
                    EN: (
                        "From the airport to Saitama",
                        "Chartered bus",
                        "We meet in the arrivals hall and travel on together by bus.",
                    ),
                },
                interpretation=False,
            ),
            stop(
                "history-lecture",
                "15:00",
                "17:00",
                "lecture",
                "place-saitama-head-office",
                {
                    KO: (
                        "강의: 여섯 조합이 하나가 되기까지",
                        "대회의실",
                        "의료생협 사이타마가 여섯 개 의료생협의 합병으로 어떻게 지금에 이르렀는지 듣고, 합병을 앞둔 한국 조합의 질문을 나눕니다.",
                    ),
                    JA: (
                        "講義：6つの組合がひとつになるまで",
                        "大会議室",
                        "6つの医療生協の合併を経て今の医療生協さいたまがどう形づくられたかを聞き、合併を考える韓国の組合からの質問に答えていただきます。",
                    ),
                    EN: (
                        "Lecture: how six co-ops became one",
                        "Main meeting room",
                        "How Medical CO-OP Saitama grew out of the merger of six medical co-ops, followed by questions from Korean cooperatives thinking about merging.",
                    ),
                },
            ),
            stop(
                "welcome-dinner",
                "18:00",
                "20:00",
                "meal",
                "place-saitama-head-office",
                {
                    KO: (
                        "환영 만찬",
                        "",
                        "사이타마 이사들과 저녁을 함께하며 서로의 조합을 소개합니다.",
                    ),
                    JA: (
                        "歓迎夕食会",
                        "",
                        "さいたまの理事の皆さんと夕食をともにし、互いの組合を紹介し合います。",
                    ),
                    EN: (
                        "Welcome dinner",
                        "",
                        "Dinner with the host's board members, and a round of introductions.",
                    ),
                },
            ),
        ],
    ),
    day(
        "day-2",
        date(2015, 7, 9),
        {KO: "병원과 진료소", JA: "病院と診療所", EN: "Hospital and clinic"},
        [
            stop(
                "hospital-tour",
                "09:30",
                "12:00",
                "hospital",
                "place-saitama-hospital",
                {
                    KO: (
                        "병원 견학: 수술실, 병실, 조리실",
                        "정문 안내 데스크에서 시작",
                        "직원의 안내로 수술실과 병실을 둘러보고, 환자식을 만드는 조리실까지 살펴봅니다.",
                    ),
                    JA: (
                        "病院見学：手術室・病室・厨房",
                        "正面玄関の受付から",
                        "職員の案内で手術室や病室を回り、患者さんの食事をつくる厨房まで見せていただきます。",
                    ),
                    EN: (
                        "Hospital tour: operating rooms, wards and kitchen",
                        "Starts at the main reception",
                        "Staff take us through the operating rooms and the wards, and on to the kitchen where patients' meals are made.",
                    ),
                },
            ),
            stop(
                "lunch-day-2",
                "12:00",
                "13:00",
                "meal",
                "place-saitama-hospital",
                {
                    KO: ("점심", "직원 식당", ""),
                    JA: ("昼食", "職員食堂", ""),
                    EN: ("Lunch", "Staff canteen", ""),
                },
                interpretation=False,
            ),
            stop(
                "to-clinic",
                "13:00",
                "13:30",
                "travel",
                None,
                {
                    KO: ("진료소로 이동", "전세 버스", ""),
                    JA: ("診療所へ移動", "貸切バス", ""),
                    EN: ("To the clinic", "Chartered bus", ""),
                },
                interpretation=False,
            ),
            stop(
                "family-doctors",
                "13:30",
                "16:00",
                "clinic",
                "place-saitama-clinic",
                {
                    KO: (
                        "진료소에서: 한일 가정의의 대화",
                        "진료소 회의실",
                        "진료소를 둘러본 뒤, 일본과 한국의 가정의가 동네 주치의로서 겪는 일과 고민을 나눕니다.",
                    ),
                    JA: (
                        "診療所で：日韓の家庭医の対話",
                        "診療所の会議室",
                        "診療所を見学したあと、日本と韓国の家庭医が、地域のかかりつけ医としての日々や悩みを語り合います。",
                    ),
                    EN: (
                        "At a clinic: family doctors from both countries",
                        "Clinic meeting room",
                        "After a look round the clinic, Japanese and Korean family doctors talk about their work as neighbourhood doctors and what they find hard.",
                    ),
                },
            ),
            stop(
                "care-facility",
                "16:30",
                "17:30",
                "care",
                "place-saitama-care-home",
                {
                    KO: (
                        "돌봄 시설 둘러보기 (선택)",
                        "",
                        "희망자만 참여합니다. 이용자의 생활 공간이므로 소규모로 조용히 둘러봅니다.",
                    ),
                    JA: (
                        "介護施設の見学（希望者）",
                        "",
                        "希望者のみ参加します。利用者の生活の場なので、少人数で静かに見学します。",
                    ),
                    EN: (
                        "Care facility visit (optional)",
                        "",
                        "For those who sign up. It is where residents live, so we go in small groups and keep our voices down.",
                    ),
                },
                optional=True,
                seats=8,
            ),
        ],
    ),
    day(
        "day-3",
        date(2015, 7, 10),
        {
            KO: "조합원 활동, 그리고 돌아보기",
            JA: "組合員活動、そしてふり返り",
            EN: "Members' activities, and looking back",
        },
        [
            stop(
                "park-exercise",
                "08:00",
                "09:30",
                "members",
                "place-saitama-park",
                {
                    KO: (
                        "공원에서 조합원 운동 모임 함께하기",
                        "공원 입구에서 모임",
                        "조합원들이 매주 스스로 여는 운동 모임에 함께 참여해, 조합원이 주도하는 건강 활동을 직접 겪어 봅니다.",
                    ),
                    JA: (
                        "公園で組合員の運動の会に参加",
                        "公園の入口に集合",
                        "組合員が毎週自分たちで開いている運動の会に加わり、組合員主体の健康づくりを体験します。",
                    ),
                    EN: (
                        "Members' exercise session in the park",
                        "Meet at the park entrance",
                        "We join the exercise session members run themselves every week, and see member-led health promotion from the inside.",
                    ),
                },
            ),
            stop(
                "wrap-up",
                "10:30",
                "12:00",
                "exchange",
                "place-saitama-head-office",
                {
                    KO: (
                        "마무리 교류회: 무엇을 가져갈까",
                        "대회의실",
                        "사흘 동안 보고 들은 것을 정리하고, 각 조합이 돌아가서 해 볼 일을 이야기합니다.",
                    ),
                    JA: (
                        "まとめの交流会：何を持ち帰るか",
                        "大会議室",
                        "3日間で見聞きしたことをふり返り、それぞれの組合が帰ってから取り組みたいことを話し合います。",
                    ),
                    EN: (
                        "Wrap-up meeting: what we take home",
                        "Main meeting room",
                        "We go over what we saw and heard in three days, and each cooperative says what it wants to try back home.",
                    ),
                },
            ),
            stop(
                "farewell-lunch",
                "12:00",
                "13:00",
                "meal",
                "place-saitama-head-office",
                {
                    KO: ("작별 점심", "", ""),
                    JA: ("お別れの昼食", "", ""),
                    EN: ("Farewell lunch", "", ""),
                },
            ),
            stop(
                "bus-to-airport",
                "13:30",
                "15:30",
                "travel",
                None,
                {
                    KO: ("공항으로 이동", "전세 버스", ""),
                    JA: ("空港へ移動", "貸切バス", ""),
                    EN: ("To the airport", "Chartered bus", ""),
                },
                interpretation=False,
            ),
        ],
    ),
]

SAMPLE_ITINERARY = [
    day(
        "day-1",
        date(SAMPLE_YEAR, 5, 17),
        {KO: "집결과 첫 강의", JA: "集合と最初の講義", EN: "Meeting up and a first lecture"},
        [
            stop(
                "home-care-lecture",
                "14:00",
                "15:30",
                "lecture",
                "place-saitama-head-office",
                {
                    KO: (
                        "강의: 의료생협의 재택 의료와 방문 돌봄",
                        "대회의실",
                        "진료소와 방문 간호, 방문 돌봄이 한 팀으로 일하는 방식을 듣습니다.",
                    ),
                    JA: (
                        "講義：医療生協の在宅医療と訪問介護",
                        "大会議室",
                        "診療所と訪問看護、訪問介護がひとつのチームとして動く仕組みを聞きます。",
                    ),
                    EN: (
                        "Lecture: home medical care and home care at a medical co-op",
                        "Main meeting room",
                        "How the clinic, home nursing and home care work as one team.",
                    ),
                },
            ),
            stop(
                "exchange-meeting",
                "16:00",
                "17:30",
                "exchange",
                "place-saitama-head-office",
                {
                    KO: (
                        "교류회: 양국 조합의 현황",
                        "대회의실",
                        "참가 조합이 각자의 활동을 짧게 소개하고 질문을 주고받습니다.",
                    ),
                    JA: (
                        "交流会：両国の組合の今",
                        "大会議室",
                        "参加する組合がそれぞれの活動を短く紹介し、質問を交わします。",
                    ),
                    EN: (
                        "Exchange meeting: where our cooperatives stand",
                        "Main meeting room",
                        "Each cooperative gives a short introduction to its work, then questions both ways.",
                    ),
                },
            ),
            stop(
                "welcome-dinner",
                "18:30",
                "20:00",
                "meal",
                "place-saitama-head-office",
                {
                    KO: ("환영 만찬", "", ""),
                    JA: ("歓迎夕食会", "", ""),
                    EN: ("Welcome dinner", "", ""),
                },
            ),
        ],
    ),
    day(
        "day-2",
        date(SAMPLE_YEAR, 5, 18),
        {KO: "진료소와 돌봄 현장", JA: "診療所と介護の現場", EN: "Clinic and care"},
        [
            stop(
                "to-clinic",
                "08:30",
                "09:00",
                "travel",
                None,
                {
                    KO: ("진료소로 이동", "버스", ""),
                    JA: ("診療所へ移動", "バス", ""),
                    EN: ("To the clinic", "Bus", ""),
                },
                interpretation=False,
            ),
            stop(
                "clinic-home-visits",
                "09:00",
                "12:00",
                "clinic",
                "place-saitama-clinic",
                {
                    KO: (
                        "진료소 견학과 방문 진료 팀과의 대화",
                        "진료소 회의실",
                        "방문 진료를 나가는 의사와 간호사에게 하루 일과를 듣습니다. 환자 댁에는 가지 않습니다.",
                    ),
                    JA: (
                        "診療所見学と訪問診療チームとの対話",
                        "診療所の会議室",
                        "訪問診療に出る医師と看護師から一日の流れを聞きます。患者さんのお宅には伺いません。",
                    ),
                    EN: (
                        "Clinic visit and a talk with the home-visit team",
                        "Clinic meeting room",
                        "The doctors and nurses who make home visits walk us through their day. We do not go into patients' homes.",
                    ),
                },
            ),
            stop(
                "lunch-day-2",
                "12:00",
                "13:00",
                "meal",
                "place-saitama-clinic",
                {
                    KO: ("점심", "", ""),
                    JA: ("昼食", "", ""),
                    EN: ("Lunch", "", ""),
                },
                interpretation=False,
            ),
            stop(
                "care-facility",
                "13:30",
                "15:30",
                "care",
                "place-saitama-care-home",
                {
                    KO: (
                        "돌봄 시설 견학",
                        "",
                        "작은 모둠으로 나누어 둘러본 뒤 직원들과 이야기를 나눕니다.",
                    ),
                    JA: (
                        "介護施設の見学",
                        "",
                        "小グループに分かれて見学し、そのあと職員の皆さんと話をします。",
                    ),
                    EN: (
                        "Care facility visit",
                        "",
                        "We look round in small groups, then sit down with the staff.",
                    ),
                },
            ),
            stop(
                "health-check",
                "16:00",
                "17:30",
                "members",
                "place-saitama-head-office",
                {
                    KO: (
                        "조합원 건강 체크 모임 참관 (선택)",
                        "1층 모임방",
                        "조합원들이 서로 혈압을 재고 생활을 돌아보는 모임을 함께합니다.",
                    ),
                    JA: (
                        "組合員の健康チェックの会に参加（希望者）",
                        "1階の集会室",
                        "組合員どうしで血圧を測り合い、暮らしをふり返る会に加わります。",
                    ),
                    EN: (
                        "Members' health check session (optional)",
                        "Ground-floor meeting room",
                        "Members take each other's blood pressure and talk about daily habits; we join in.",
                    ),
                },
                optional=True,
                seats=10,
            ),
        ],
    ),
    day(
        "day-3",
        date(SAMPLE_YEAR, 5, 19),
        {
            KO: "공원에서, 그리고 정리",
            JA: "公園で、そしてまとめ",
            EN: "In the park, then wrapping up",
        },
        [
            stop(
                "park-exercise",
                "08:00",
                "09:00",
                "members",
                "place-saitama-park",
                {
                    KO: (
                        "아침 공원 체조 (선택)",
                        "공원 입구",
                        "조합원이 꾸리는 아침 체조에 함께합니다. 편한 신발을 준비하세요.",
                    ),
                    JA: (
                        "朝の公園体操（希望者）",
                        "公園の入口",
                        "組合員が運営する朝の体操に参加します。歩きやすい靴でどうぞ。",
                    ),
                    EN: (
                        "Morning exercise in the park (optional)",
                        "Park entrance",
                        "Join the members' morning exercise. Bring comfortable shoes.",
                    ),
                },
                interpretation=False,
                optional=True,
            ),
            stop(
                "wrap-up",
                "10:00",
                "12:00",
                "exchange",
                "place-saitama-head-office",
                {
                    KO: ("마무리 교류회", "대회의실", "배운 점을 나누고 다음 교류를 약속합니다."),
                    JA: (
                        "まとめの交流会",
                        "大会議室",
                        "学んだことを共有し、次の交流を約束します。",
                    ),
                    EN: (
                        "Wrap-up meeting",
                        "Main meeting room",
                        "What we learned, and plans for the next exchange.",
                    ),
                },
            ),
            stop(
                "farewell-lunch",
                "12:00",
                "13:00",
                "meal",
                "place-saitama-head-office",
                {
                    KO: ("작별 점심", "", ""),
                    JA: ("お別れの昼食", "", ""),
                    EN: ("Farewell lunch", "", ""),
                },
                interpretation=False,
            ),
        ],
    ),
]

VISITING_RULES = {
    KO: "병원과 진료소, 돌봄 시설은 환자와 이용자가 생활하는 곳입니다. 안내하는 직원을 따라 움직이고, 병실과 진료 공간에서는 목소리를 낮춰 주세요.\n몸이 좋지 않거나 열이 있으면 그날 방문은 쉬고 인솔자에게 알려 주세요. 시설에 따라 손 소독과 마스크를 요청할 수 있습니다.",
    JA: "病院・診療所・介護施設は、患者さんや利用者の方が過ごす場所です。案内の職員について動き、病室や診療の場では声を控えめにしてください。\n体調がすぐれないときや熱があるときは、その日の見学は休み、引率者に知らせてください。施設によっては手指の消毒とマスクをお願いすることがあります。",
    EN: "Hospitals, clinics and care facilities are where patients and residents live and are treated. Stay with the staff member guiding you and keep your voice down in wards and consulting areas.\nIf you feel unwell or have a fever, skip that day's visits and tell the group leader. Some facilities will ask you to clean your hands and wear a mask.",
}

PHOTO_POLICY = {
    KO: "환자와 이용자, 직원의 얼굴이 나오는 사진은 본인의 동의 없이 찍지 않습니다. 병실과 진료 공간에서는 촬영하지 않습니다.\n연수 기록 사진은 인솔자가 찍으며, 사이트에 싣기 전에 찍힌 사람의 동의를 받습니다.",
    JA: "患者さん・利用者の方・職員の顔が写る写真は、本人の同意なしには撮りません。病室や診療の場では撮影しません。\n研修の記録写真は引率者が撮影し、サイトに載せる前に写っている方の同意をいただきます。",
    EN: "No photos of patients, residents or staff without their consent, and none at all in wards or consulting areas.\nThe group leader takes the tour's record photos and asks the people in them before any go on the site.",
}

WHAT_TO_BRING = {
    KO: "여권, 명함, 편한 신발(공원 모임용), 필기도구, 상비약. 조합을 소개할 자료가 있으면 몇 부 가져오세요.",
    JA: "パスポート、名刺、歩きやすい靴（公園での会用）、筆記用具、常備薬。組合を紹介する資料があれば数部お持ちください。",
    EN: "Passport, business cards, comfortable shoes (for the park), something to write with and any medicines you need. Bring a few copies of material about your cooperative if you have some.",
}
