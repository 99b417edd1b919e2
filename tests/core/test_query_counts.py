"""Home and news pages render in a bounded number of SQL queries.

Counted once the site-wide fragments (menu, footer, settings, language links)
are cached, as they are after the first visitor; they are invalidated on every
publish. The page's own content is queried on every request.
"""

import datetime

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from events.models import EventIndexPage, EventPage
from madang.core.models import FooterText, SiteSettings
from madang.people.models import Person
from tests.factories import NewsIndexPageFactory, NewsPageFactory, PageFactory
from tests.helpers import warm_count
from tours.models import TourIndexPage, TourPage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 27


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage


class TourIndexPageFactory(PageFactory):
    class Meta:
        model = TourIndexPage


@pytest.fixture
def full_site(home_pages):
    home = home_pages["ko"]
    locale = home.locale
    image = Image.objects.create(title="사진", file=get_test_image_file())
    authors = [Person.objects.create(name=f"저자 {n}", locale=locale) for n in range(3)]
    news = NewsIndexPageFactory(parent=home, locale=locale, slug="news", show_in_menus=True)
    articles = []
    for n in range(12):
        page = NewsPageFactory(
            parent=news,
            locale=locale,
            title=f"소식 {n}",
            slug=f"news-{n}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
            lead_image=image,
            view_count=n,
        )
        page.tags.add("돌봄", f"tag-{n % 3}")
        page.authors.set(authors[: 1 + n % 3])
        page.save_revision().publish()
        articles.append(page)
    events = EventIndexPageFactory(parent=home, locale=locale, slug="events", show_in_menus=True)
    start = datetime.datetime(2030, 5, 1, 9, tzinfo=datetime.UTC)
    for n in range(5):
        events.add_child(
            instance=EventPage(
                title=f"행사 {n}",
                slug=f"event-{n}",
                locale=locale,
                kind="conference",
                start=start + datetime.timedelta(days=30 * n),
                end=start + datetime.timedelta(days=30 * n, hours=8),
                city="광주",
                country="KR",
            )
        )
    tours = TourIndexPageFactory(parent=home, locale=locale, slug="tours", show_in_menus=True)
    for n in range(5):
        tours.add_child(
            instance=TourPage(
                title=f"연수 {n}",
                slug=f"tour-{n}",
                locale=locale,
                start_date=datetime.date(2030, 6, 1) + datetime.timedelta(days=30 * n),
                end_date=datetime.date(2030, 6, 3) + datetime.timedelta(days=30 * n),
                city="さいたま",
                country="JP",
            )
        )
    FooterText.objects.create(locale=locale, organization_name="마당", address="서울")
    settings = SiteSettings.load()
    settings.contact_email = "hello@example.org"
    settings.save()
    return {"home": home, "article": articles[5]}


def test_home_page_renders_in_few_queries(client, full_site):
    assert warm_count(client, "/ko/") <= MAX_QUERIES


def test_news_article_renders_in_few_queries(client, full_site):
    assert warm_count(client, full_site["article"].url) <= MAX_QUERIES


def test_news_index_renders_in_few_queries(client, full_site):
    assert warm_count(client, "/ko/news/") <= MAX_QUERIES


def test_query_count_does_not_grow_with_more_articles(client, full_site):
    before = warm_count(client, "/ko/")
    news = full_site["article"].get_parent()
    for n in range(10):
        NewsPageFactory(
            parent=news,
            locale=news.locale,
            title=f"더 {n}",
            slug=f"more-{n}",
            date=datetime.date(2026, 1, 1),
            lead_image=full_site["article"].lead_image,
        )

    assert warm_count(client, "/ko/") == before
