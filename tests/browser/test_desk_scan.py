"""Camera check-in on a volunteer's phone, through network drops (issue 13, item 3).

Chromium's fake camera plays a video of a delegate's check-in QR code (a Y4M
file made here from segno's QR code). With the network off, the page reads
the code with the barcode-detector polyfill (Linux Chromium has no native
BarcodeDetector), shows the name in both scripts and the needs, and queues
the check-in; a second one is typed in. Back online, the first answer from
the site is lost on the way (the site has counted both): the phone sends its
queue again, and each check-in still counts once.
"""

import io
from dataclasses import dataclass

import pytest

from tests.browser.conftest import CHROMIUM, chromium_page

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

pytestmark = [pytest.mark.browser]

PHONE = {"width": 390, "height": 844}
SYNC_EVERY_MS = 10_000  # static/js/src/desk-scan.js
WIDTH, HEIGHT = 640, 480


def qr_video(code, path, *, frames=10):
    """A Y4M video (4:2:0) of ``code``'s QR code, black on white, centred."""
    import segno
    from PIL import Image

    buffer = io.BytesIO()
    segno.make(code, error="m", micro=False).save(buffer, kind="png", scale=12, border=4)
    qr = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    frame = Image.new("RGB", (WIDTH, HEIGHT), "white")
    frame.paste(qr, ((WIDTH - qr.width) // 2, (HEIGHT - qr.height) // 2))
    y, cb, cr = frame.convert("YCbCr").split()
    half = (WIDTH // 2, HEIGHT // 2)
    planes = y.tobytes() + cb.resize(half).tobytes() + cr.resize(half).tobytes()
    with open(path, "wb") as file:
        file.write(f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            file.write(b"FRAME\n" + planes)


@dataclass(frozen=True)
class Desk:
    url: str
    scan: str  # the scan page's path
    session: str  # the volunteer's session cookie
    typed_code: str  # the second delegate's code, typed in
    registrable: int
    people: tuple  # registration ids


@pytest.fixture
def desk(django_db_serialized_rollback, transactional_db, live_server, client, tmp_path):
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from wagtail.users.models import UserProfile

    from tests.registrations.factories import make_registrable, register

    registrable = make_registrable(capacity=10, time_zone="Asia/Tokyo")
    minji = register(
        registrable,
        name="김민지",
        name_romanized="Kim Minji",
        dietary_needs="채식",
        accessibility_needs="휠체어",
        interpretation_language="ja",
        group="1호차",
    )
    hanako = register(registrable, name="山田花子", name_romanized="Yamada Hanako")
    user = get_user_model().objects.create_superuser("desk", "desk@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ko"
    profile.save()
    client.force_login(user)
    qr_video(minji.code, tmp_path / "qr.y4m")
    return Desk(
        url=live_server.url,
        scan=reverse("registrations_desk_scan", args=[registrable.pk]),
        session=client.cookies[settings.SESSION_COOKIE_NAME].value,
        typed_code=hanako.code,
        registrable=registrable.pk,
        people=(minji.pk, hanako.pk),
    )


def signed_in_desk(page, desk):
    """The scan page, open on the volunteer's phone."""
    from django.conf import settings

    page.set_viewport_size(PHONE)
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": desk.session, "url": desk.url}]
    )
    page.goto(desk.url + desk.scan)
    page.wait_for_selector("[data-desk-scan][data-decoder=ready]")


def test_camera_check_in_queues_offline_and_each_check_in_counts_once(desk, tmp_path):
    camera = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={tmp_path / 'qr.y4m'}",
    ]
    syncs = []
    with chromium_page(args=camera) as page:
        # The page's own clock, running as the real one until it is moved on (below).
        page.clock.install()
        signed_in_desk(page, desk)
        assert page.locator("[data-arrivals]").inner_text() == (
            "확정된 참가자 2명 중 0명이 도착했습니다."
        )

        page.context.set_offline(True)
        page.get_by_role("button", name="카메라 켜기").click()
        result = page.locator("[data-result]")
        result.wait_for()
        assert result.get_attribute("data-outcome") == "queued"
        assert page.locator("[data-result-name]").inner_text() == "김민지"
        assert page.locator("[data-result-romanized]").inner_text() == "Kim Minji"
        assert page.locator("[data-result-state]").inner_text() == (
            "김민지 님, 어서 오세요. 이 휴대전화에 저장했습니다. 네트워크가 돌아오면 전송됩니다."
        )
        assert page.locator(".desk-scan__facts").inner_text().split("\n") == [
            "소속 단체",
            "안산의료복지사회적협동조합",
            "그룹 또는 버스",
            "1호차",
            "통역",
            "일본어",
            "식사 관련 요청",
            "채식",
            "이동·접근 지원 요청",
            "휠체어",
        ]

        # The field for a typed code is drawn (Wagtail's admin resets borders of inputs).
        assert page.locator("#desk-code").evaluate("e => getComputedStyle(e).borderTopWidth") == (
            "1px"
        )
        page.fill("#desk-code", desk.typed_code.lower())
        page.get_by_role("button", name="도착 처리").click()
        assert page.locator("[data-result-name]").inner_text() == "山田花子"
        assert page.locator("[data-result-romanized]").inner_text() == "Yamada Hanako"
        # The camera still sees the first code: it is not queued again.
        page.wait_for_timeout(1500)
        assert page.locator("[data-desk-scan]").get_attribute("data-queued") == "2"
        assert page.locator("[data-queue-status]").inner_text() == (
            "체크인 2건이 전송을 기다리고 있습니다."
        )

        def lose_first_answer(route):
            syncs.append(route.request.post_data_json)
            if len(syncs) == 1:
                route.fetch()  # the site counts both…
                route.abort()  # …and its answer never reaches the phone
            else:
                route.continue_()

        page.route("**/scan/sync/", lose_first_answer)
        with page.expect_event("requestfailed"):  # the lost answer
            page.context.set_offline(False)
        # The phone sends its queue again at its next sync, every ten seconds (the page's
        # SYNC_EVERY_MS): its clock is moved on to it rather than waited for (the camera,
        # still on the first code, may read it again then: already arrived, not queued).
        page.clock.fast_forward(SYNC_EVERY_MS)
        page.wait_for_selector("[data-desk-scan][data-queued='0']", timeout=30_000)
        assert page.locator("[data-queue-status]").inner_text() == "모든 체크인을 전송했습니다."
        assert page.locator("[data-arrivals]").inner_text() == (
            "확정된 참가자 2명 중 2명이 도착했습니다."
        )

    assert len(syncs) == 2
    assert syncs[0] == syncs[1]  # the same scans, with the same ids, sent twice
    from madang.registrations.models import DeskScan, Registration

    assert sorted(DeskScan.objects.values_list("registration_id", "outcome")) == [
        (desk.people[0], "arrived"),
        (desk.people[1], "arrived"),
    ]
    assert Registration.objects.filter(checked_in_at__isnull=False).count() == 2


def test_a_code_typed_again_at_once_is_answered_again(desk):
    """The pause after a code is for the camera, which reads it many times a second: a
    volunteer who types the same code again gets an answer (here: already arrived),
    and nothing is queued twice."""
    answers = []
    with chromium_page() as page:
        signed_in_desk(page, desk)
        page.context.set_offline(True)
        for _typed in range(2):
            page.fill("#desk-code", desk.typed_code)
            page.get_by_role("button", name="도착 처리").click()
            result = page.locator("[data-result]")
            answers.append(
                (
                    result.get_attribute("data-outcome"),
                    page.locator("[data-result-name]").inner_text(),
                )
            )
        queued = page.locator("[data-desk-scan]").get_attribute("data-queued")

    assert (answers, queued) == ([("queued", "山田花子"), ("already", "山田花子")], "1")
