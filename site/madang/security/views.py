from allauth.mfa.recovery_codes.views import ViewRecoveryCodesView
from allauth.mfa.totp.views import ActivateTOTPView
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def admin_login(request):
    """Wagtail's own ``/admin/login/`` leads to the sign-in with a second factor (django-allauth).

    Wagtail's view would sign a person in with the password alone, so it is never
    reached: every method is redirected, with the query (``next``) kept and the
    body left unread.
    """
    url = reverse("account_login")
    if query := request.META.get("QUERY_STRING"):
        url = f"{url}?{query}"
    return HttpResponseRedirect(url)


#: Where a person setting up a second factor was going (the ``next`` of the activation page).
NEXT_AFTER_SECOND_FACTOR = "madang_next_after_second_factor"


def _safe_next(request, url):
    """``url`` if it leads back into this site, else ``""``."""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


class ActivateSecondFactor(ActivateTOTPView):
    """allauth's activation of an authenticator app, which keeps ``next``.

    allauth's form posts to the bare address and its answer leads to the recovery
    codes (or the two-factor overview), so where the person was going is lost.
    The ``next`` of the page is kept in the session: the recovery codes page then
    offers to continue there (``RecoveryCodes``).
    """

    def get(self, request, *args, **kwargs):
        next_url = _safe_next(request, request.GET.get("next"))
        if next_url:
            request.session[NEXT_AFTER_SECOND_FACTOR] = next_url
        else:
            request.session.pop(NEXT_AFTER_SECOND_FACTOR, None)
        return super().get(request, *args, **kwargs)

    def get_success_url(self):
        url = super().get_success_url()
        if url == reverse("mfa_view_recovery_codes"):
            return url
        return self.request.session.pop(NEXT_AFTER_SECOND_FACTOR, None) or url


class RecoveryCodes(ViewRecoveryCodesView):
    """allauth's recovery codes, with a way on: where the person was going, or the admin."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        next_url = _safe_next(self.request, self.request.session.get(NEXT_AFTER_SECOND_FACTOR))
        if not next_url and self.request.user.has_perm("wagtailadmin.access_admin"):
            next_url = reverse("wagtailadmin_home")
        context["continue_url"] = next_url
        return context
