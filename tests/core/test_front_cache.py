"""The front cache: a real Varnish (Debian's varnishd) on loopback, with docs/varnish.vcl.

Wagtail's frontend_cache sends the purge requests (PURGE to FRONT_CACHE_URL);
a page that shows a change is fetched afresh at once, every other page stays
in Varnish. Skipped when varnishd is not installed, except in CI (.ci/run
installs it), where that is a failure.
"""

import os
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from wagtail.models import Page

from madang.core.models import SiteSettings
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory
from tests.helpers import free_port

# indexed: asserts exactly what a publish purges from Varnish (purges follow references).
pytestmark = pytest.mark.indexed

ROOT = Path(__file__).resolve().parents[2]
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
HOST = "madang.test"  # the default site's host (SITE_URL in the test settings)


@pytest.fixture
def varnish(django_db_serialized_rollback, transactional_db, live_server, settings):
    if not os.path.exists(VARNISHD):
        if os.environ.get("CI"):
            pytest.fail("varnishd is not installed (apt-get install varnish)")
        pytest.skip("varnishd is not installed (apt-get install varnish)")
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = (ROOT / "docs" / "varnish.vcl").read_text()
    assert '.port = "8000";' in vcl
    # Readable by varnishd's unprivileged worker user.
    folder = Path(tempfile.mkdtemp(prefix="madang-varnish-"))
    folder.chmod(0o755)
    vcl_file = folder / "test.vcl"
    vcl_file.write_text(vcl.replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    process = subprocess.Popen(
        [
            VARNISHD,
            "-F",
            "-n",
            str(folder / "work"),
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "127.0.0.1:0",
            "-f",
            str(vcl_file),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/robots-probe", timeout=2)  # noqa: S310
            break
        except urllib.error.HTTPError:
            break  # it answers
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
    time.sleep(0.2)
    if process.poll() is not None:  # the answer came from another listener on that port
        pytest.fail(f"varnishd exited: {process.stderr.read().decode()[-2000:]}")
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": base,
        }
    }
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(folder, ignore_errors=True)


def get(base, path, **headers):
    request = urllib.request.Request(base + path, headers={"Host": HOST, **headers})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        body = response.read()
        if response.headers.get("Content-Encoding") != "gzip":
            body = body.decode()
        return response.headers, body


def states(base, paths):
    return {path: get(base, path)[0]["X-Front-Cache"] for path in paths}


@pytest.fixture
def news(home_pages):
    home = home_pages["ko"]
    SiteSettings.load()  # made on the first visit otherwise (a change of settings)
    index = NewsIndexPageFactory(parent=home, locale=home.locale, slug="news")
    articles = [
        NewsPageFactory(parent=index, locale=home.locale, title=f"기사 {n}", slug=f"a-{n}")
        for n in range(2)
    ]
    return index, articles


def paths(*pages):
    return [Page.objects.get(pk=page.pk).url for page in pages]


def test_varnish_keeps_public_pages_and_passes_everything_else(varnish, news):
    index, (first, _second) = news
    urls = paths(index, first)
    states(varnish, urls)

    assert states(varnish, urls) == dict.fromkeys(urls, "hit")
    # Editors (a session) and the search page (not marked shareable) always reach the app.
    assert get(varnish, urls[1], Cookie="sessionid=x")[0]["X-Front-Cache"] == "miss"
    assert [get(varnish, "/ko/search/?q=a")[0]["X-Front-Cache"] for _ in range(2)] == [
        "miss",
        "miss",
    ]


def test_varnish_compresses_for_clients_that_take_gzip(varnish, news):
    index, _articles = news
    url = paths(index)[0]
    get(varnish, url)

    headers, _body = get(varnish, url, **{"Accept-Encoding": "gzip"})

    assert (headers["Content-Encoding"], headers["X-Front-Cache"]) == ("gzip", "hit")


def test_publishing_purges_the_page_and_its_listing_from_varnish_and_nothing_else(
    varnish, news, home_pages
):
    index, (first, second) = news
    home = home_pages["ko"]
    about = StandardPageFactory(parent=home, locale=home.locale, slug="about")
    urls = paths(home, index, first, second, about)
    states(varnish, urls)
    assert set(states(varnish, urls).values()) == {"hit"}

    first.title = "새 제목"
    first.save_revision().publish()

    # The other article too (its sidebar lists the articles in its language).
    expected = ["miss", "miss", "miss", "miss", "hit"]
    assert states(varnish, urls) == dict(zip(urls, expected, strict=True))
    assert "새 제목" in get(varnish, urls[1])[1]
    assert "새 제목" in get(varnish, urls[2])[1]


def test_a_query_string_variant_is_purged_with_its_page(varnish, news):
    index, (first, _second) = news
    url = paths(index)[0]
    variant = f"{url}?page=1"
    states(varnish, [url, variant])

    first.title = "새 제목"
    first.save_revision().publish()

    assert states(varnish, [url, variant]) == {url: "miss", variant: "miss"}
