"""Security headers: the strict public CSP, the admin's CSP, Permissions-Policy, health checks."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from madang.settings.csp import media_origins
from tests.events.factories import EventIndexPageFactory, make_event

PUBLIC_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self'; font-src 'self'; connect-src 'self'; "
    "frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com; "
    "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'self'"
)
ADMIN_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; "
    "font-src 'self' data:; connect-src 'self'; frame-src 'self' https://www.youtube.com "
    "https://www.youtube-nocookie.com https://player.vimeo.com; worker-src 'self' blob:; "
    "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'self'"
)
PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(self), display-capture=(), "
    "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
    "payment=(), serial=(), usb=()"
)


@pytest.mark.django_db
def test_a_public_page_gets_the_strict_policy_and_no_nonce_it_does_not_use(home_pages):
    response = Client().get("/ko/")

    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == PUBLIC_CSP
    assert response.headers["Permissions-Policy"] == PERMISSIONS_POLICY
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "<script>" not in response.text


@pytest.mark.django_db
def test_the_booth_maps_style_carries_the_nonce_of_its_policy(home_pages):
    home = home_pages["ko"]
    index = EventIndexPageFactory(parent=home, locale=home.locale)
    image = Image.objects.create(title="배치도", file=get_test_image_file())
    page = make_event(index, booths=2, floor_map=image)

    response = Client().get(f"{page.url}booths/")

    assert response.status_code == 200
    header = response.headers["Content-Security-Policy"]
    nonces = re.findall(r"<style nonce=\"([^\"]+)\">", response.text)
    assert len(nonces) == 1
    assert f"style-src 'self' 'nonce-{nonces[0]}';" in header
    assert f"script-src 'self' 'nonce-{nonces[0]}';" in header
    assert "style=" not in response.text
    again = Client().get(f"{page.url}booths/")
    assert re.findall(r"<style nonce=\"([^\"]+)\">", again.text) != nonces


@pytest.mark.django_db
def test_the_admin_gets_the_policy_it_works_under(home_pages):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("o", "o@example.org", "pw"))

    for path in ["/admin/", f"/admin/pages/{home_pages['ko'].pk}/edit/", "/admin/images/"]:
        response = client.get(path)
        assert (response.status_code, response.headers["Content-Security-Policy"]) == (
            200,
            ADMIN_CSP,
        )
        assert response.headers["Permissions-Policy"] == PERMISSIONS_POLICY


@pytest.mark.django_db
def test_the_sign_in_page_gets_the_public_policy_with_its_qr_code_allowed(db):
    response = Client().get("/accounts/login/")

    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == PUBLIC_CSP


@pytest.mark.django_db
def test_the_health_check_answers_a_load_balancer_over_http_with_any_host(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["madang.example"]

    response = Client().get("/healthz", HTTP_HOST="10.0.0.5")

    assert (response.status_code, response.text) == (200, "ok\n")
    assert Client().get("/ko/", HTTP_HOST="madang.example").status_code == 301


@pytest.mark.django_db
def test_https_is_enforced_and_remembered_as_in_production(settings, home_pages):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    client = Client(HTTP_HOST="madang.test")

    plain = client.get("/ko/")
    behind_proxy = client.get("/ko/", HTTP_X_FORWARDED_PROTO="https")

    assert (plain.status_code, plain.headers["Location"]) == (301, "https://madang.test/ko/")
    assert behind_proxy.status_code == 200
    assert behind_proxy.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )


@pytest.mark.parametrize(
    ("options", "origins"),
    [
        (None, []),
        (
            {"bucket_name": "m", "custom_domain": "media.madang.example", "url_protocol": "https:"},
            ["https://media.madang.example"],
        ),
        (
            {
                "bucket_name": "m",
                "endpoint_url": "https://s3.example.net:9000/",
                "custom_domain": None,
            },
            ["https://s3.example.net:9000"],
        ),
        (
            {"bucket_name": "m", "region_name": "ap-northeast-2", "endpoint_url": None},
            ["https://m.s3.amazonaws.com", "https://m.s3.ap-northeast-2.amazonaws.com"],
        ),
    ],
)
def test_images_may_come_from_the_media_bucket(options, origins):
    assert media_origins(options) == origins
