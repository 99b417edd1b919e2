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
    """A view restriction applies to its page, the pages below it and their aliases (and the
    pages below those); listings and menus of public pages show the page, or no longer do."""
    if not isinstance(instance, PageViewRestriction):
        return None
    ids = set()
    tops = [instance.page]
    while tops:
        below = set()
        for top in tops:
            below |= set(
                Page.objects.descendant_of(top, inclusive=True).values_list("pk", flat=True)
            )
        below -= ids
        ids |= below
        tops = list(Page.objects.filter(alias_of_id__in=below).exclude(pk__in=ids))
    return ids | pages_showing(instance.page)
