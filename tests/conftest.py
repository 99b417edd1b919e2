import pytest

from tests.factories import LANGUAGE_CODES, LocaleFactory, make_home_pages


@pytest.fixture
def locales(db):
    """The site's three locales, ``{language_code: Locale}``."""
    return {code: LocaleFactory(language_code=code) for code in LANGUAGE_CODES}


@pytest.fixture
def home_pages(locales):
    """A live HomePage per locale under the tree root (translations of the
    Korean one, which is the default site's root), ``{language_code: HomePage}``."""
    return make_home_pages()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The cache outlives a test's database rollback; start every test without it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
