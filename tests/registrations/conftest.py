import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.events.factories import EventIndexPageFactory
from tests.registrations.factories import make_registrable, register


@pytest.fixture
def event_index(home_pages):
    """The Korean event index (the default site's language)."""
    home = home_pages["ko"]
    return EventIndexPageFactory(parent=home, locale=home.locale)


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def full_event():
    """Two seats, both taken, one person waiting."""
    registrable = make_registrable(capacity=2)
    first = register(registrable, organization="Ansan coop", country="KR")
    second = register(registrable, organization="Minami coop", country="JP")
    third = register(registrable, organization="Ansan coop", country="KR")
    return registrable, first, second, third
