from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .models import FooterText, SiteSettings
from .pagecache import pages_showing


@hooks.register("madang_pages_showing")
def pages_showing_site_wide(instance):
    """The footer shows in every page of its language; settings, sites and locales in all."""
    if isinstance(instance, FooterText):
        return Page.objects.filter(locale_id=instance.locale_id)
    if isinstance(instance, SiteSettings | Site | Locale):
        return Page.objects.all()
    return None


@hooks.register("madang_pages_showing")
def pages_showing_a_restriction(instance):
    """A view restriction set or lifted changes the page and every page below it, and the
    listings and menus that show them (they list public pages only)."""
    if isinstance(instance, PageViewRestriction):
        page = instance.page
        return pages_showing(page) | set(
            Page.objects.descendant_of(page).values_list("pk", flat=True)
        )
    return None
