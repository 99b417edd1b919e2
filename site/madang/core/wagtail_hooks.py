from wagtail import hooks
from wagtail.models import Locale, Page, Site

from .models import FooterText, SiteSettings


@hooks.register("madang_pages_showing")
def pages_showing_site_wide(instance):
    """The footer shows in every page of its language; settings, sites and locales in all."""
    if isinstance(instance, FooterText):
        return Page.objects.filter(locale_id=instance.locale_id)
    if isinstance(instance, SiteSettings | Site | Locale):
        return Page.objects.all()
    return None
