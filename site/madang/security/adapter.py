"""django-allauth as the admin's sign-in: no sign-up, throttled attempts answered with a 429."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.shortcuts import render

THROTTLED = "too_many_login_attempts"


def too_many_attempts(request):
    return render(request, "security/too_many_attempts.html", status=429)


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Accounts are made by organizers in the Wagtail admin.
        return False

    def pre_authenticate(self, request, **credentials):
        """Failed sign-ins are counted per account and per client address in the shared cache
        (ACCOUNT_RATE_LIMITS["login_failed"]); over either limit the answer is a 429 page."""
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if error.code == THROTTLED:
                raise ImmediateHttpResponse(too_many_attempts(request)) from None
            raise

    def get_client_ip(self, request):
        try:
            return super().get_client_ip(request)
        except ImproperlyConfigured:
            # Fewer X-Forwarded-For entries than TRUSTED_PROXY_COUNT: the request did
            # not come through the proxies, so its own address is the client's.
            return request.META["REMOTE_ADDR"]
