from types import SimpleNamespace

import pytest

from madang.core.demo.build import demo_key
from madang.registrations.models import Registrable


@pytest.fixture(scope="module")
def demo(demo, django_db_blocker):
    """The shared demo (tests/conftest.py; modules in the ``demo`` xdist group) and
    the two registrables whose documents these tests print."""
    with django_db_blocker.unblock():
        return SimpleNamespace(
            saitama=Registrable.objects.get(key=demo_key("tour-saitama-2015")),
            gwangju=Registrable.objects.get(key=demo_key("event-gwangju-conference-2026")),
        )


@pytest.fixture
def event_index(home_pages):
    """The Korean event index (the default site's language)."""
    from tests.events.factories import EventIndexPageFactory

    home = home_pages["ko"]
    return EventIndexPageFactory(parent=home, locale=home.locale)
