from contextlib import contextmanager
from types import SimpleNamespace

import pytest

from tests.factories import LANGUAGE_CODES, LocaleFactory, make_home_pages


@pytest.fixture
def locales(db):
    """The site's three locales, ``{language_code: Locale}``."""
    return {code: LocaleFactory(language_code=code) for code in LANGUAGE_CODES}


@pytest.fixture
def home_pages(_shared_home_pages, locales, request):
    """A live HomePage per locale under the tree root (translations of the
    Korean one, which is the default site's root), ``{language_code: HomePage}``.

    Shared by a run of tests (see ``SharedHomePages`` below): each test gets them read
    afresh from the database; a test that cannot share them builds its own."""
    if SharedHomePages.ids is not None and shares_home_pages(request.node):
        return SharedHomePages.fresh()
    return make_home_pages()


@pytest.fixture
def visitors():
    """A personal visitor (a messages cookie: pages render, reusing their fragments)
    and an anonymous one (answered from the page cache), each with its own client."""
    from django.test import Client

    personal = Client()
    personal.cookies["messages"] = "personal"
    return personal, Client()


# --- Content arranged without the search and reference indexes --------------------
#
# Every save of a page, snippet or image updates Wagtail's reference index and the
# search index (tasks run at once in tests): about a third of the time of building a
# test's content. While a test's fixtures are set up (pytest's setup phase) neither
# is updated, as when fixtures are loaded (tests/tasks.py); the test itself (its call
# phase) runs as in production. A test whose assertions read either index for content
# its fixtures made (search results, admin usage counts, cache purges that follow
# references, renditions found by reference) is marked ``indexed`` (or its module is),
# and so are the modules reading the shared demo: their content is indexed as arranged.


def arranged_indexed(item):
    """Whether the test's fixtures put their content in the indexes: marked ``indexed``,
    reading the shared demo, or an end-to-end test (browser, cluster: as in production)."""
    return uses_demo(item) or any(
        item.get_closest_marker(name) is not None for name in ("indexed", "browser", "cluster")
    )


@contextmanager
def arranging(item):
    """While the test's fixtures are set up: the indexes left alone, unless it is indexed."""
    from tests.tasks import arranging_without_indexes

    if arranged_indexed(item):
        yield
        return
    with arranging_without_indexes():
        yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    SharedHomePages.current = item
    try:
        with arranging(item):
            return (yield)
    finally:
        SharedHomePages.current = None


# --- pytest-xdist's groups (tests/xdist_groups.py) ----------------------------------


def pytest_configure(config):
    from tests.xdist_groups import name_the_file

    name_the_file(config)


def pytest_xdist_make_scheduler(config, log):
    from tests.xdist_groups import GroupScheduling

    if config.getoption("dist") == "loadgroup":
        return GroupScheduling(config, log)
    return None


@pytest.fixture(scope="session")
def released(tmp_path_factory):
    """A folder whose ``static/`` the release step filled, once per run (tests/released.py)."""
    from tests.released import release_once

    return release_once(tmp_path_factory)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The cache outlives a test's database rollback; start every test without it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# --- The demo, loaded once for every module that reads it ----------------------
#
# Building the demo takes a while. The modules that read it (the ``demo`` xdist
# group) run one after another (``pytest_collection_modifyitems``);
# the first of their tests loads it twice (the second run must create nothing)
# inside a transaction, each test runs in its own savepoint on top of it, and
# the transaction is rolled back after the last of them
# (``pytest_runtest_teardown``). Under pytest-xdist they share one group
# (``xdist_group("demo")`` in their ``pytestmark``), so one worker runs them all.


def uses_demo(item):
    """Whether the test reads the shared demo (its module is in the ``demo`` group)."""
    if item is None:
        return False
    return any(mark.args[:1] == ("demo",) for mark in item.iter_markers("xdist_group"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session, config, items):
    """Keep the tests of the modules that read the demo together, in their order, and
    the tests that share the home pages; in a pytest-xdist worker, tell the controller
    the tests' groups (tests/xdist_groups.py). The order is the same in every worker;
    pytest-django's (transactional tests last) is applied after it, keeping it."""
    from tests.xdist_groups import write_groups

    for item in items:  # one worker loads the served demo once (tests/browser/conftest.py)
        if "demo_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("served_demo"))
    write_groups(config, items)
    modules = {item.path for item in items if uses_demo(item)}
    keep_together(items, lambda item: item.path in modules)
    keep_together(items, shares_home_pages)


def keep_together(items, belongs):
    """Move the items that belong together (in their order) to where the first of them is;
    every other run of items stays as it was (the demo's group among them)."""
    first = next((i for i, item in enumerate(items) if belongs(item)), None)
    if first is None:
        return
    together = [item for item in items if belongs(item)]
    rest = [item for item in items if not belongs(item)]
    items[:] = rest[:first] + together + rest[first:]


class SharedTransaction:
    """A transaction opened before the own of a run of tests (each of them then runs in
    a savepoint on top of it) and rolled back after the last of them. The cache outlives
    the rollback: it is emptied at both ends, so that nothing built inside is served to
    another test."""

    atomic = None
    blocker = None

    @classmethod
    def open(cls, blocker):
        from django.core.cache import cache
        from django.db import transaction

        cache.clear()
        cls.blocker = blocker
        blocker.unblock()
        cls.atomic = transaction.atomic()
        cls.atomic.__enter__()

    @classmethod
    def roll_back(cls):
        from django.core.cache import cache
        from django.db import transaction

        cls.blocker.unblock()
        try:
            transaction.set_rollback(True)
            cls.atomic.__exit__(None, None, None)
        finally:
            cls.blocker.restore()
            cls.atomic = cls.blocker = None
            cache.clear()


class SharedDemo(SharedTransaction):
    """The loaded demo and the transaction it lives in (one at a time)."""

    state = None

    @classmethod
    def load(cls, blocker):
        from io import StringIO

        from django.core.management import call_command
        from django.utils import translation

        from tests.demo_snapshot import counts, snapshot

        def load_demo(*args):
            out = StringIO()
            with translation.override("en"):
                call_command("load_demo", *args, stdout=out)
            return out.getvalue()

        cls.open(blocker)
        first_output = load_demo()
        first, first_counts = snapshot(), counts()
        # The second run must create nothing; the search index is the first run's.
        second_output = load_demo("--no-index")
        cls.state = SimpleNamespace(
            first_output=first_output,
            first=first,
            first_counts=first_counts,
            second_output=second_output,
            second=snapshot(),
            second_counts=counts(),
        )
        blocker.restore()

    @classmethod
    def unload(cls):
        try:
            cls.roll_back()
        finally:
            cls.state = None


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content (see above): what its two runs printed and counted.

    Module-scoped, so that it is set up before each test's own transaction.
    """
    if SharedDemo.state is None:
        SharedDemo.load(django_db_blocker)
    return SharedDemo.state


# --- The home pages, built once for a run of the tests that use them --------------
#
# About five hundred tests start from the home pages (``home_pages``), and building
# them is a good part of such a test's setup. The tests that use them run one after
# another (``pytest_collection_modifyitems``, the same order in every pytest-xdist
# worker); the first of them builds them inside a transaction opened before its own
# (a module-scoped fixture, as the demo's), each test runs in a savepoint on top of it
# and gets them read afresh from the database (nothing in memory is shared between
# tests), and the transaction is rolled back before the next test that does not use
# them (``pytest_runtest_teardown``): a test of ``locales`` alone finds no home pages.
# A transactional test (live server, ``transaction=True``) commits, so it builds its own.

TRANSACTIONAL_FIXTURES = {
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


def is_transactional(item):
    """Whether the test's database work is committed (pytest-django's transactional tests)."""
    names = set(getattr(item, "fixturenames", ()))
    marker = item.get_closest_marker("django_db")
    marked = marker is not None and (
        bool(marker.args[:1] and marker.args[0])
        or marker.kwargs.get("transaction", False)
        or marker.kwargs.get("reset_sequences", False)
    )
    return marked or bool(names & TRANSACTIONAL_FIXTURES)


def shares_home_pages(item):
    """Whether the test uses the shared home pages (see above)."""
    if item is None or "home_pages" not in getattr(item, "fixturenames", ()):
        return False
    end_to_end = any(item.get_closest_marker(name) for name in ("browser", "cluster"))
    return not (end_to_end or uses_demo(item) or is_transactional(item))


class SharedHomePages(SharedTransaction):
    """The home pages' ids and the transaction they live in (one at a time)."""

    ids = None
    model = None
    current = None  # the test being set up (pytest_runtest_setup)

    @classmethod
    def load(cls, blocker):
        from tests.tasks import indexing

        cls.open(blocker)
        # Indexed whatever the test: some of the tests that share them read the indexes.
        with indexing():
            homes = make_home_pages()
        cls.ids = {code: page.pk for code, page in homes.items()}
        cls.model = type(next(iter(homes.values())))
        blocker.restore()

    @classmethod
    def fresh(cls):
        """The home pages read from the database, ``{language_code: HomePage}``."""
        pages = cls.model.objects.in_bulk(cls.ids.values())
        return {code: pages[pk] for code, pk in cls.ids.items()}

    @classmethod
    def unload(cls):
        try:
            cls.roll_back()
        finally:
            cls.ids = cls.model = None


@pytest.fixture(scope="module")
def _shared_home_pages(django_db_setup, django_db_blocker):
    """The shared home pages' transaction, opened (module-scoped) before the first
    sharing test's own; ``home_pages`` reads them."""
    if SharedHomePages.ids is None and shares_home_pages(SharedHomePages.current):
        SharedHomePages.load(django_db_blocker)


# --- What the migrations created, put back whenever a test empties the database --
#
# A test that shares its database with a live server (a transactional database)
# has it emptied after it (``flush``); with serialized rollback, Django puts back
# what the migrations created (the Wagtail root page and collection, the default
# locale, content types, permissions) before the next such test, but not after the
# last one. This puts it back right after each of them, so that every test, and a
# database kept by ``--reuse-db``, starts from the migrated database whatever ran
# before it (a next test that empties it too gets it back from Django as it starts).
# ``serving`` (tests/browser/conftest.py) empties and restores it too.


class MigratedContent:
    """What the migrations created, serialized once the test database is set up."""

    data = None
    blocker = None

    @classmethod
    def restore(cls):
        """Empty the database and put back what the migrations created."""
        from django.core.management import call_command
        from django.db import connection

        with cls.blocker.unblock():
            call_command(
                "flush",
                verbosity=0,
                interactive=False,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(cls.data)


def content_types_first(data):
    """Serialized objects with the content types first: put back in that order, a model
    that looks up its own content type as it is built (Wagtail's tasks, such as the
    moderators' approval task) finds it, rather than creating it under a new id when
    Django's cache of content types is cold, which the content type of that id, put back
    next, then collides with."""
    import json

    objects = json.loads(data)
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    return json.dumps(objects)


def empties_database(item):
    """Whether the database is emptied after the test, without post_migrate's content
    types and permissions (a transactional database with serialized rollback)."""
    names = getattr(item, "fixturenames", ())
    return "django_db_serialized_rollback" in names and (
        "transactional_db" in names or "live_server" in names
    )


def uses_database(item):
    """Whether pytest-django sets up the test database for the test."""
    names = getattr(item, "fixturenames", ())
    return item.get_closest_marker("django_db") is not None or any(
        name in names for name in ("db", "transactional_db", "live_server")
    )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_keepdb, request):
    """pytest-django's test database; when a collected test empties it (or reads
    content served by tests/browser/conftest.py), what the migrations created is kept,
    and put back at the end in a database kept for the next run (``--reuse-db``).

    The tests that read served content use the database without asking pytest-django
    for it (see ``served_content``): when no other collected test does, it is set up
    here.
    """
    from django.db import DEFAULT_DB_ALIAS, connection
    from django.test.utils import setup_databases, teardown_databases

    items = request.session.items
    shared = any("served_content" in getattr(item, "fixturenames", ()) for item in items)
    created = None
    with django_db_blocker.unblock():
        if shared and not any(uses_database(item) for item in items):
            created = setup_databases(
                verbosity=0,
                interactive=False,
                aliases={DEFAULT_DB_ALIAS},
                serialized_aliases=set(),
                keepdb=django_db_keepdb,
            )
        if shared or any(empties_database(item) for item in items):
            MigratedContent.data = content_types_first(connection.creation.serialize_db_to_string())
            MigratedContent.blocker = django_db_blocker
    yield
    if MigratedContent.data is not None and django_db_keepdb:
        MigratedContent.restore()
    MigratedContent.data = MigratedContent.blocker = None
    if created is not None and not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if SharedDemo.state is not None and not uses_demo(nextitem):
        SharedDemo.unload()
    if SharedHomePages.ids is not None and not shares_home_pages(nextitem):
        SharedHomePages.unload()
    # After the last test the session's fixtures are gone too (the database with them,
    # unless it is kept: see django_db_setup). A next test that empties the database
    # too gets the migrated content back from Django before it starts.
    # A transactional test without serialized rollback has the database flushed with
    # post_migrate: content types and permissions come back under new ids, which the
    # migrated content a next test with serialized rollback puts back collides with.
    if (
        MigratedContent.data is not None
        and nextitem is not None
        and (
            (empties_database(item) and not empties_database(nextitem))
            or (is_transactional(item) and not empties_database(item))
        )
    ):
        MigratedContent.restore()
    return result


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, django_db_blocker):
    """Every test database (one per pytest-xdist worker) is a copy of one
    migrated template, built once (tests/migrated.py)."""
    from tests.migrated import use_migrated_template

    with django_db_blocker.unblock():
        use_migrated_template()
