"""Two app servers, one database, one Redis, one bucket and a task worker, as in production.

Each test sends one person's requests to either server, the way a load
balancer may: what one server does, the other sees at once.
"""

import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file_jpeg
from wagtail.models import CollectionViewRestriction

from madang.registrations.models import OutboxMail, OutboxStatus, Registration
from madang.registrations.tokens import manage_token
from tests.events.factories import EventIndexPageFactory
from tests.factories import NewsIndexPageFactory
from tests.helpers import totp_code
from tests.registrations.factories import make_registrable_event

from .conftest import RATE_LIMIT
from .remote import Browser, form_fields, path_of, replace

pytestmark = [pytest.mark.cluster, pytest.mark.xdist_group("cluster")]

HOST = "madang.test"


def delegate(n, **overrides):
    return {
        "name": f"김민지 {n}",
        "name_romanized": f"Kim Minji {n}",
        "email": f"delegate{n}@example.org",
        "phone": "010-1234-5678",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "ko",
        "consent": "on",
        **overrides,
    }


def h1(response):
    return re.findall(r"<h1[^>]*>\s*(.*?)\s*</h1>", response.text, re.S)


def eventually(check, timeout=30):
    """``check()`` once it is true (the worker runs in its own time), or the last value."""
    deadline = time.monotonic() + timeout
    while not (result := check()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return result


@pytest.fixture
def event(servers, home_pages):
    home = home_pages["ko"]
    index = EventIndexPageFactory(parent=home, locale=home.locale)
    _page, registrable = make_registrable_event(index, capacity=20)
    return registrable


def test_a_registration_made_on_one_server_is_seen_and_changed_on_the_other(servers, event):
    one, other = servers.web
    person = Browser(HOST)
    form = f"/ko/register/{event.key}/"

    assert person.get(one, form).status == 200
    sent = person.post(one, form, delegate(1))

    assert (sent.status, path_of(sent.location).split("?")[0]) == (302, f"{form}thanks/")
    registration = Registration.objects.get(email="delegate1@example.org")
    manage = f"/ko/registration/{manage_token(registration)}/"
    assert "김민지 1" in person.get(other, manage).text
    change = person.get(other, f"{manage}change/")
    fields = replace(form_fields(change.text, containing="role"), role="사무국장")
    assert person.post(other, f"{manage}change/", fields).status == 302
    registration.refresh_from_db()
    assert registration.role == "사무국장"
    assert "안산의료복지사회적협동조합, 사무국장" in person.get(one, manage).text
    # The worker, a process of its own, sent the mails written with the change,
    # through the provider; their links follow SITE_URL and open on either server.
    assert eventually(
        lambda: (
            set(
                OutboxMail.objects.filter(registration=registration).values_list(
                    "status", flat=True
                )
            )
            == {OutboxStatus.SENT}
        )
    )
    mails = servers.mails("delegate1@example.org")
    assert [mail["Subject"] for mail in mails] == list(
        OutboxMail.objects.filter(registration=registration)
        .order_by("pk")
        .values_list("subject", flat=True)
    )
    text = mails[0].get_body(preferencelist=("plain",)).get_content()
    links = re.findall(rf"{re.escape(django_settings.SITE_URL)}(/\S*)", text)
    assert links
    assert "김민지 1" in person.get(other, links[0]).text


PASSWORD = "pw-org-123"


def sign_in(person, server, password=PASSWORD):
    """Wagtail's /admin/login/ leads to the sign-in (django-allauth); post the password there."""
    login = person.get(server, "/admin/login/?next=/admin/")
    assert (login.status, path_of(login.location)) == (302, "/accounts/login/?next=/admin/")
    page = person.get(server, "/accounts/login/?next=/admin/")
    fields = replace(
        form_fields(page.text, containing="login"), login="organizer", password=password
    )
    return person.post(server, "/accounts/login/?next=/admin/", fields)


@pytest.fixture
def organizer(servers, settings):
    """An organizer signed in to the admin, having set up an authenticator app (production
    requires a second factor); the person carries the app's secret as ``totp_secret``."""
    # Hashed as production hashes passwords (the test settings use a fast hasher).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    get_user_model().objects.create_superuser("organizer", "organizer@example.org", PASSWORD)
    one, other = servers.web
    person = Browser(HOST, client_address="198.51.100.20")
    assert sign_in(person, one).status == 302
    # The admin first asks for a second factor: the password again, then a code.
    asked = person.get(other, "/admin/")
    assert (asked.status, path_of(asked.location)) == (
        302,
        "/accounts/2fa/totp/activate/?next=%2Fadmin%2F",
    )
    again = person.get(other, "/accounts/2fa/totp/activate/")
    assert again.status == 302
    confirm = path_of(again.location)
    fields = replace(
        form_fields(person.get(one, confirm).text, containing="password"), password=PASSWORD
    )
    assert person.post(one, confirm, fields).status == 302
    activate = person.get(other, "/accounts/2fa/totp/activate/")
    secret = re.search(r'id="authenticator_secret"\s+value="([A-Z2-7]+)"', activate.text)[1]
    fields = replace(form_fields(activate.text, containing="code"), code=totp_code(secret))
    assert person.post(other, "/accounts/2fa/totp/activate/", fields).status == 302
    assert person.get(one, "/admin/").status == 200
    person.totp_secret = secret
    return person


def test_an_organizer_signs_in_with_a_password_on_one_server_and_a_code_on_the_other(
    servers, organizer
):
    one, other = servers.web
    person = Browser(HOST, client_address="198.51.100.21")

    answer = sign_in(person, one)

    assert (answer.status, path_of(answer.location)) == (302, "/accounts/2fa/authenticate/")
    assert person.get(other, "/admin/").status == 302
    page = person.get(other, "/accounts/2fa/authenticate/")
    fields = replace(
        form_fields(page.text, containing="code"), code=totp_code(organizer.totp_secret)
    )
    answer = person.post(other, "/accounts/2fa/authenticate/", fields)
    assert (answer.status, path_of(answer.location)) == (302, "/admin/")
    assert person.get(one, "/admin/").status == 200


def test_wrong_passwords_are_counted_for_an_account_across_both_servers(servers, organizer):
    answers = [
        sign_in(Browser(HOST, client_address=f"203.0.113.{n}"), servers.web[n % 2], "wrong").status
        for n in range(6)
    ]

    assert answers == [200] * 5 + [429]


def test_a_page_published_in_the_admin_of_one_server_shows_on_both_at_once(
    servers, home_pages, organizer
):
    home = home_pages["ko"]
    news = NewsIndexPageFactory(parent=home, locale=home.locale, title="소식", slug="news")
    reader = Browser(HOST, client_address="198.51.100.30")
    assert [h1(reader.get(port, "/ko/news/")) for port in servers.web] == [["소식"]] * 2

    edit = f"/admin/pages/{news.pk}/edit/"
    fields = form_fields(organizer.get(servers.web[0], edit).text, containing="title")
    published = organizer.post(
        servers.web[0], edit, replace(fields, title="조합 소식", **{"action-publish": "publish"})
    )

    assert published.status == 302
    assert [h1(reader.get(port, "/ko/news/")) for port in servers.web] == [["조합 소식"]] * 2


def test_an_image_uploaded_through_one_server_is_served_through_the_other(servers, organizer):
    one, other = servers.web
    fields = form_fields(organizer.get(one, "/admin/images/add/").text, containing="title")
    upload = get_test_image_file_jpeg(filename="assembly.jpg", size=(640, 480))

    added = organizer.post(
        one,
        "/admin/images/add/",
        replace(fields, title="총회"),
        {"file": ("assembly.jpg", upload.file.getvalue())},
    )

    assert added.status == 302
    from wagtail.images.models import Image

    image = Image.objects.get(title="총회")
    # The other server makes a rendition from the original in the bucket.
    edit = organizer.get(other, f"/admin/images/{image.pk}/")
    [preview] = re.findall(r'<img[^>]+src="(http://127\.0\.0\.1:\d+/[^"]+)"', edit.text)[:1]
    assert preview.startswith(f"{servers.s3_url}/madang-media/images/")
    with urllib.request.urlopen(preview, timeout=30) as rendition:
        assert (rendition.status, rendition.read(3)) == (200, b"\xff\xd8\xff")


def test_the_rate_limit_counts_a_client_across_both_servers(servers, event):
    person = Browser(HOST, client_address="203.0.113.9")
    form = f"/ko/register/{event.key}/"
    person.get(servers.web[0], form)

    answers = [
        person.post(servers.web[n % 2], form, delegate(100 + n)).status
        for n in range(RATE_LIMIT + 1)
    ]

    assert answers == [302] * RATE_LIMIT + [429]
    assert Registration.objects.count() == RATE_LIMIT


def test_a_document_in_the_bucket_is_served_only_through_wagtails_checks(servers, organizer):
    one, other = servers.web
    fields = form_fields(organizer.get(one, "/admin/documents/add/").text, containing="title")
    agenda = "총회 안건\n".encode()

    added = organizer.post(
        one,
        "/admin/documents/add/",
        replace(fields, title="안건"),
        {"file": ("agenda.txt", agenda)},
    )

    assert added.status == 302
    document = Document.objects.get(title="안건")
    reader = Browser(HOST, client_address="198.51.100.40")
    served = reader.get(other, path_of(document.url))
    assert (served.status, served.body) == (200, agenda)
    # The bucket itself does not give documents away.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{servers.s3_url}/madang-media/{document.file.name}", timeout=30)
    assert refused.value.code == 403
    # Documents of a collection for members only: the server asks who is reading.
    CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    guarded = reader.get(other, path_of(document.url))
    asked = urllib.parse.urlsplit(guarded.location)
    assert (guarded.status, urllib.parse.parse_qs(asked.query)["next"]) == (
        302,
        [path_of(document.url)],
    )
    assert organizer.get(other, path_of(document.url)).body == agenda
