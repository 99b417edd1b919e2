from django.shortcuts import get_object_or_404, redirect
from wagtail.models import Locale, Page


def translation_fallback(request, page_id):
    """Show a page in the visitor's language, or in the language it exists in.

    The language switcher links here when a page has no version at all in a
    language. A version that exists (translation or placeholder) is a redirect
    away; otherwise the page is rendered in its own language under this URL, and
    the base template explains that it is not translated yet. Never a 404 for a
    live page.
    """
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    locale = Locale.get_active()
    translation = page.get_translation_or_none(locale)
    if translation is not None and translation.live:
        return redirect(translation.get_url(request))
    response = page.serve(request)
    response["X-Robots-Tag"] = "noindex"
    return response
