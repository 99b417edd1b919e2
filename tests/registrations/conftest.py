import pytest

from tests.events.factories import EventIndexPageFactory


@pytest.fixture
def event_index(home_pages):
    """The Korean event index (the default site's language)."""
    home = home_pages["ko"]
    return EventIndexPageFactory(parent=home, locale=home.locale)
