import pytest

from madang.core.models import FooterText, SiteSettings
from tests.tours.factories import TourIndexPageFactory


@pytest.fixture
def tour_index(home_pages):
    """The Korean tour index at /ko/tours/, on a site whose footer and settings
    exist before the first request, as on a real site (saving them bumps the
    content generation, which would empty the fragment caches)."""
    home = home_pages["ko"]
    FooterText.objects.create(locale=home.locale, organization_name="마당", address="서울")
    settings = SiteSettings.load()
    settings.contact_email = "hello@example.org"
    settings.save()
    return TourIndexPageFactory(parent=home, locale=home.locale)
