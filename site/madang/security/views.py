from django.http import HttpResponseRedirect
from django.urls import reverse


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
