from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from madang.core.demo.build import demo_key
from madang.registrations.models import Registrable


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once per module inside a transaction rolled back at the end."""
    cache.clear()
    with django_db_blocker.unblock(), transaction.atomic():
        with translation.override("en"):
            call_command("load_demo", verbosity=0)
        yield SimpleNamespace(
            saitama=Registrable.objects.get(key=demo_key("tour-saitama-2015")),
        )
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def event_index(home_pages):
    """The Korean event index (the default site's language)."""
    from tests.events.factories import EventIndexPageFactory

    home = home_pages["ko"]
    return EventIndexPageFactory(parent=home, locale=home.locale)
