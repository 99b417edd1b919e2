"""What the demo content holds, counted: compared between two runs of ``load_demo``."""

from collections import Counter

from wagtail.images import get_image_model
from wagtail.models import Page

from madang.core.models import FooterText
from madang.people.models import Organization, Person
from tours.models import HostProfile, Place, TourPage


def page_counts():
    return Counter(
        (page.locale.language_code, page.specific_class.__name__, page.alias_of_id is not None)
        for page in Page.objects.filter(depth__gt=1).select_related("locale")
    )


def snapshot():
    return {
        "pages": page_counts(),
        "organizations": Organization.objects.count(),
        "people": Person.objects.count(),
        "footer texts": FooterText.objects.count(),
        "images": get_image_model().objects.count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.filter(depth__gt=1)),
        "live": Page.objects.live().count(),
    }


def counts():
    """The study tours' part: places, host profiles, tours."""
    return {
        "places": Place.objects.count(),
        "profiles": HostProfile.objects.count(),
        "tours": TourPage.objects.count(),
    }
