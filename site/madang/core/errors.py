"""Error pages (400, 403, 404, 500) that never read the request body.

Django's default handlers are decorated with ``requires_csrf_token``, whose
check reads ``request.POST``. For a body Django has already refused to parse
(a form declared in a legacy charset, a malformed upload), reading it again
raises again, and the 400 page became a bare 500. These handlers render with
the request's language only; the 404 page also shows the site's navigation,
which reads nothing but the path and the query string. A 403 inside the admin, for
someone who may use it, leads back to the admin's dashboard, in their admin language.
"""

from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile


def _page(template_name, status, request=None, **context):
    return HttpResponse(loader.render_to_string(template_name, context, request), status=status)


def bad_request(request, exception=None):
    return _page("400.html", 400)


def permission_denied(request, exception=None):
    admin_home = reverse("wagtailadmin_home")
    user = getattr(request, "user", None)  # absent when a middleware above auth refuses
    if request.path.startswith(admin_home) and user and user.has_perm("wagtailadmin.access_admin"):
        with translation.override(UserProfile.get_for_user(user).get_preferred_language()):
            return _page("403.html", 403, admin_url=admin_home)
    return _page("403.html", 403)


def page_not_found(request, exception=None):
    return _page("404.html", 404, request)


def server_error(request):
    return _page("500.html", 500)
