"""Site-wide request handling for security: health checks, the admin's CSP, the second factor.

``HealthCheck`` comes first in MIDDLEWARE: a load balancer asks ``/healthz``
over plain HTTP with whatever Host it likes, so the answer skips the HTTPS
redirect and the host check. ``AdminContentSecurityPolicy`` follows Django's
``ContentSecurityPolicyMiddleware`` and gives ``/admin/`` its own policy (Django
leaves a header it finds alone). ``AdminSecondFactorRequired`` sends a person
who may use the admin but has no second factor yet to set one up first.
"""

from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csp import get_nonce
from django.urls import reverse
from django.utils.csp import CSP, build_policy

HEALTH_PATH = "/healthz"
ADMIN_PREFIX = "/admin/"


class HealthCheck:
    """``/healthz``: 200 when the database answers, 503 otherwise; nothing else is read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
        return HttpResponse("ok\n", content_type="text/plain")


def is_admin_path(path):
    return path.startswith(ADMIN_PREFIX)


class AdminContentSecurityPolicy:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request.path_info) and CSP.HEADER_ENFORCE not in response:
            response.headers[str(CSP.HEADER_ENFORCE)] = build_policy(
                settings.ADMIN_CSP, get_nonce(request)
            )
        return response


def may_use_admin(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def has_second_factor(user):
    return is_mfa_enabled(user)


class AdminSecondFactorRequired:
    """With ``ADMIN_MFA_REQUIRED``, the admin opens only once its user has a second factor."""

    # Pages of the admin a person without a second factor may still open.
    ALLOWED = ("/admin/logout/",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            settings.ADMIN_MFA_REQUIRED
            and is_admin_path(path)
            and path not in self.ALLOWED
            and may_use_admin(request.user)
            and not has_second_factor(request.user)
        ):
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse('mfa_activate_totp')}?{query}")
        return self.get_response(request)
