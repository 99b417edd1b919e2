from django.shortcuts import get_object_or_404, redirect
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtail_document_views
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


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form of a restricted page, answered with a 4xx when refused.

    Wagtail's view shows the form again with its error, as a 200. A wrong password
    gets 403 (the request was understood; access is refused: 401 would need an HTTP
    authentication challenge), a form without the password or the page to return to
    400. The page shows the translated error either way (``password_required.html``).
    """
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    return refused_with_4xx(request, response)


def authenticate_document_with_password(request, restriction_id):
    """Wagtail's password form of a document in a restricted collection, answered as the
    page's is: 403 for a wrong password, 400 for an incomplete form, with the translated
    error in the site's layout (``WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE``)."""
    response = wagtail_document_views.authenticate_with_password(request, restriction_id)
    return refused_with_4xx(request, response)


def refused_with_4xx(request, response):
    """A password form Wagtail shows again after a POST (a 200): 403 when the password
    is wrong, 400 when the form is incomplete."""
    if request.method == "POST" and response.status_code == 200:
        errors = response.context_data["form"].errors.as_data()
        wrong = [e for e in errors.get("password", []) if e.code != "required"]
        response.status_code = 403 if wrong else 400
    return response
