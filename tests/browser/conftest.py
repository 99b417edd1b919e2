"""Fixtures for the browser tests: Debian's Chromium driven by Playwright.

Playwright's browsers are never downloaded (no ``playwright install``): the
tests launch the system Chromium at /usr/bin/chromium, and the test module is
skipped when it is missing. One Chromium serves the whole run (``SharedChromium``);
each test gets a fresh context in it, as isolated as a fresh profile.

Playwright's sync API marks an asyncio loop as running in the test thread for
as long as it is started. Django then keeps a second set of database
connections for that "async" context, without the data that serialized
rollback needs. So Playwright runs only inside the ``page`` fixture (``chromium_page``),
after the database work of ``demo_site`` is done, and the test bodies do not use the ORM
inside it. The shared Chromium runs in a process of its own, which holds no loop here.
"""

import mimetypes
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# What axe checks on every page: the WCAG 2.0/2.1/2.2 A and AA rules. Only the
# violations are reported in full: axe still runs every rule on every element, but
# skips building selectors and HTML snippets for the many elements that pass, which
# took most of its time on long pages (the same violations, found in half the time).
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}


@dataclass(frozen=True)
class DemoSite:
    url: str  # the live server, without a trailing slash
    article: str  # path of the newest Korean news article
    korean_only: str | None  # path of a Korean article with no Japanese translation


def korean_articles():
    """Paths of the live Korean news articles (newest first), and of those with no
    Japanese translation: no Japanese page at all, or only an alias of the Korean one."""
    from wagtail.models import Page

    from madang.news.models import NewsPage

    articles = list(
        NewsPage.objects.live().public().filter(locale__language_code="ko").order_by("-date", "pk")
    )
    translated = set(
        Page.objects.filter(
            locale__language_code="ja",
            alias_of__isnull=True,
            translation_key__in=[article.translation_key for article in articles],
        ).values_list("translation_key", flat=True)
    )
    return (
        [article.url for article in articles],
        [article.url for article in articles if article.translation_key not in translated],
    )


@contextmanager
def serving(blocker):
    """A live server of its own over what the caller commits to the database, for tests
    that only read it (no pytest-django database: database access stays open for them
    and the server's threads); afterwards the database is emptied and what the
    migrations created put back (``MigratedContent`` in tests/conftest.py)."""
    from django.core.cache import cache
    from pytest_django.live_server_helper import LiveServer

    from tests.conftest import MigratedContent

    blocker.unblock()
    server = None
    try:
        server = LiveServer("localhost")
        yield server
    finally:
        try:
            if server is not None:
                server.stop()
            MigratedContent.restore()
            cache.clear()
        finally:
            blocker.restore()


@pytest.fixture(scope="session")
def served_content(django_db_setup, django_db_blocker):
    """``serving`` for the fixtures below (tests/conftest.py's ``django_db_setup`` looks
    for this name)."""
    return lambda: serving(django_db_blocker)


class ServedDemo:
    """The demo content, committed and served, for the tests that use ``demo_site``
    (one after another: ``pytest_collection_modifyitems``)."""

    site = None
    serving = None

    @classmethod
    def load(cls, serve):
        from django.core.cache import cache
        from django.core.management import call_command

        cls.serving = serve()
        server = cls.serving.__enter__()
        try:
            call_command("load_demo", verbosity=0)
            # The header and footer are cached fragments; start from a clean cache.
            cache.clear()
            articles, korean_only = korean_articles()
            assert articles != [], "the demo content has no Korean news"
        except BaseException:
            cls.unload()
            raise
        cls.site = DemoSite(
            url=server.url,
            article=articles[0],
            korean_only=korean_only[0] if korean_only else None,
        )

    @classmethod
    def unload(cls):
        try:
            cls.serving.__exit__(None, None, None)
        finally:
            cls.site = cls.serving = None


def serves_demo(item):
    return item is not None and "demo_site" in getattr(item, "fixturenames", ())


def changes_demo(item):
    return "changed_demo_site" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(items):
    """The tests of the served demo one after another, those that change it last (after
    pytest-django's order: they are not database tests for it)."""
    served = [item for item in items if serves_demo(item)]
    if not served:
        return
    first = items.index(served[0])
    rest = [item for item in items if not serves_demo(item)]
    items[:] = rest[:first] + sorted(served, key=changes_demo) + rest[first:]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last test of the served demo, once its own fixtures are gone (a page's
    Playwright marks an asyncio loop running in this thread, and Django refuses the
    database there): when no test follows, ``served_demo_end`` unloads it instead, before
    the session's database goes."""
    result = yield
    if ServedDemo.serving is not None and nextitem is not None and not serves_demo(nextitem):
        ServedDemo.unload()
    return result


@pytest.fixture(scope="session")
def served_demo_end(served_content):
    """Unloads the served demo when the run ends with one of its tests."""
    yield
    if ServedDemo.serving is not None:
        ServedDemo.unload()


@pytest.fixture
def demo_site(served_content, served_demo_end):
    """The demo content, served by a live server of its own: loaded once for all the
    tests that use it, which run one after another.

    They do not use pytest-django's ``live_server``: a test that does gets a
    transactional database, emptied after it. The demo is loaded and committed before
    the first of them (``serving``); after the last, the database is emptied and what
    the migrations created put back.
    """
    if ServedDemo.site is None:
        ServedDemo.load(served_content)
    return ServedDemo.site


@pytest.fixture
def changed_demo_site(demo_site):
    """The served demo, for a test that changes it: it runs after those that only read it."""
    return demo_site


def serve_media(route):
    """Answer /media/ requests from the test storage: the live server serves
    static files only, and the test settings keep uploads in memory."""
    from django.conf import settings
    from django.core.files.storage import default_storage

    name = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
    if not default_storage.exists(name):
        route.fulfill(status=404)
        return
    with default_storage.open(name) as file:
        body = file.read()
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    route.fulfill(status=200, body=body, content_type=content_type)


class SharedChromium:
    """One Chromium for the whole run, started by Playwright's browser server
    (``playwright launch-server``) in a process group of its own, with the options
    ``launch`` takes. Starting Playwright and Chromium for each test took some five
    seconds on a busy machine; connecting to this one and opening a fresh context
    (nothing shared between tests: cookies, storage, service workers, cache) takes
    about one. Stopped when the test process exits."""

    process = None
    endpoint = None

    @classmethod
    def connect(cls, playwright):
        if cls.process is None or cls.process.poll() is not None:
            cls.start()
        return playwright.chromium.connect(cls.endpoint)

    @classmethod
    def start(cls):
        import atexit
        import json
        import select
        import subprocess
        import sys
        import tempfile

        options = {"executablePath": str(CHROMIUM), "headless": True, "args": CHROMIUM_ARGS}
        with tempfile.TemporaryDirectory(prefix="madang-chromium-") as folder:
            config = Path(folder) / "launch-server.json"
            config.write_text(json.dumps(options))
            cls.process = subprocess.Popen(
                [sys.executable, "-m", "playwright", "launch-server", "--browser", "chromium"]
                + ["--config", str(config)],
                stdout=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            atexit.register(cls.stop)
            # It prints its WebSocket address once Chromium runs.
            started, _, _ = select.select([cls.process.stdout], [], [], 60)
            cls.endpoint = cls.process.stdout.readline().strip() if started else ""
        assert cls.endpoint.startswith("ws://"), f"no browser server: {cls.endpoint!r}"

    @classmethod
    def stop(cls):
        import os
        import signal
        import subprocess

        process, cls.process = cls.process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)  # the server closes its Chromium
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def chromium_page(*, args=(), **context_options):
    """A page in a fresh browser context (Debian's Chromium, never a downloaded one): in
    the run's shared Chromium, or, when ``args`` adds command-line switches (a fake
    camera), in a Chromium of its own."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        if args:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=[*CHROMIUM_ARGS, *args]
            )
        else:
            browser = SharedChromium.connect(playwright)
        try:
            context = browser.new_context(
                locale="ko-KR", reduced_motion="reduce", **context_options
            )
            context.set_default_timeout(15_000)
            page = context.new_page()
            page.route("**/media/**", serve_media)
            try:
                yield page
            finally:
                context.close()
        finally:
            browser.close()  # the shared one is only disconnected from


@pytest.fixture
def page(demo_site):
    """A page in a fresh browser context, opened after the demo content is loaded."""
    with chromium_page() as page:
        yield page
