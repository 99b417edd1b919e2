import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from madang.core.renditions import PICTURES, filter_specs, make_renditions
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory

# indexed: renditions are found through the reference index (core/renditions.py).
pytestmark = [pytest.mark.usefixtures("renditions_in_advance"), pytest.mark.indexed]

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [
    path
    for folder in ("site", "events", "tours")
    for path in (ROOT / folder).rglob("templates/**/*.html")
]
IMAGE_TAG = re.compile(r"{%\s*(image|srcset_image|picture)\s+\S+\s+(.*?)%}")


class Pictures(HTMLParser):
    """The <picture> elements of a page: [(sources, img)], each tag's attributes a dict."""

    def __init__(self, html):
        super().__init__()
        self.found = []
        self.open = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "picture":
            self.open = ([], None)
        elif self.open is not None and tag == "source":
            self.open[0].append(dict(attrs))
        elif self.open is not None and tag == "img":
            self.found.append((self.open[0], dict(attrs)))
            self.open = None


def widths(srcset):
    return [int(item.rsplit(" ", 1)[1].rstrip("w")) for item in srcset.split(", ")]


@pytest.fixture
def renditions_in_advance(settings):
    settings.RENDITIONS_IN_ADVANCE = True


@pytest.fixture
def news_index(home_pages):
    home = home_pages["ko"]
    return NewsIndexPageFactory(parent=home, locale=home.locale, title="소식", slug="news")


@pytest.fixture
def photo(db):
    return Image.objects.create(title="총회", file=get_test_image_file(size=(640, 480)))


@pytest.fixture
def large_photo(db):
    return Image.objects.create(title="총회", file=get_test_image_file(size=(1300, 900)))


def publish_article(news_index, photo, callbacks):
    page = NewsPageFactory(
        parent=news_index,
        locale=news_index.locale,
        title="총회 소식",
        slug="assembly",
        date=datetime.date(2025, 3, 1),
        lead_image=photo,
        lead_image_alt="총회 장면",
    )
    with callbacks(execute=True):
        page.save_revision().publish()
    return page


def test_public_templates_show_images_only_with_the_listed_pictures():
    used = {
        " ".join(
            bit
            for bit in match.group(2).split()
            if bit.startswith(("format-", "fill-", "width-", "max-"))
        )
        for path in TEMPLATES
        for match in IMAGE_TAG.finditer(path.read_text())
        if match.group(1) == "picture"
    }
    other_tags = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in TEMPLATES
        for match in IMAGE_TAG.finditer(path.read_text())
        if match.group(1) != "picture"
    ]

    assert other_tags == []
    assert used == set(PICTURES.values())


def test_a_lead_image_is_an_avif_and_webp_picture_with_a_jpeg_fallback(
    client, news_index, large_photo, django_capture_on_commit_callbacks
):
    page = publish_article(news_index, large_photo, django_capture_on_commit_callbacks)

    [(sources, img)] = Pictures(client.get(page.url).text).found

    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    assert [widths(source["srcset"]) for source in sources] == [[480, 800, 1200]] * 2
    assert [source["sizes"] for source in sources] == ["(min-width: 48rem) 44rem, 100vw"] * 2
    assert widths(img["srcset"]) == [480, 800, 1200]
    assert img["src"].endswith(".jpg")
    assert (img["width"], img["height"], img["alt"]) == ("480", "332", "총회 장면")
    assert img["fetchpriority"] == "high"
    assert "loading" not in img


def test_a_card_image_is_lazy(client, news_index, photo, django_capture_on_commit_callbacks):
    publish_article(news_index, photo, django_capture_on_commit_callbacks)

    [(sources, img)] = Pictures(client.get(news_index.url).text).found

    assert [widths(source["srcset"]) for source in sources] == [[320, 640], [320, 640]]
    assert (img["width"], img["height"], img["loading"]) == ("320", "200", "lazy")


def test_publishing_a_page_makes_the_renditions_of_its_images(
    news_index, photo, django_capture_on_commit_callbacks
):
    publish_article(news_index, photo, django_capture_on_commit_callbacks)

    made = set(photo.renditions.values_list("filter_spec", flat=True))
    assert made == set(filter_specs("column", "card"))
    assert len(made) == 15


def test_saving_an_image_makes_its_renditions_again(
    news_index, photo, django_capture_on_commit_callbacks
):
    publish_article(news_index, photo, django_capture_on_commit_callbacks)
    photo.renditions.all().delete()  # as Wagtail does when the focal point changes

    with django_capture_on_commit_callbacks(execute=True):
        photo.set_focal_point(None)
        photo.save()

    made = set(photo.renditions.values_list("filter_spec", flat=True))
    assert made == set(filter_specs("column", "card"))


def test_an_image_used_nowhere_gets_no_renditions(photo):
    assert make_renditions.call(photo.pk) == 0
    assert photo.renditions.count() == 0


def test_a_page_whose_renditions_are_made_creates_none_when_shown(
    client, news_index, photo, django_capture_on_commit_callbacks
):
    page = publish_article(news_index, photo, django_capture_on_commit_callbacks)
    count = photo.renditions.count()

    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)

    assert response.status_code == 200
    assert photo.renditions.count() == count
    writes = [
        q["sql"] for q in queries if "wagtailimages_rendition" in q["sql"] and "INSERT" in q["sql"]
    ]
    assert writes == []


def test_an_image_block_in_a_body_gets_the_text_column_pictures(
    client, home_pages, photo, django_capture_on_commit_callbacks
):
    home = home_pages["ko"]
    page = StandardPageFactory(
        parent=home,
        locale=home.locale,
        title="조합 소개",
        slug="about",
        body=[("image", {"image": photo, "alt_text": "조합원 모임"})],
    )
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    [(sources, img)] = Pictures(client.get(page.url).text).found

    assert set(photo.renditions.values_list("filter_spec", flat=True)) == set(
        filter_specs("column")
    )
    assert (img["alt"], img["loading"]) == ("조합원 모임", "lazy")
