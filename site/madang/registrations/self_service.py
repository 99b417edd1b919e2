"""A delegate's own pages, reached by the links in their mails: confirm the
address, see, change, cancel, withdraw a consent, the calendar file and the
check-in QR code. Each link carries a signed token (tokens.py); a wrong or old
link gets a clear page (404 or 410), never someone else's data.
"""

import functools

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import services
from .attachments import calendar_file, qr_png
from .details import details_for
from .forms import CancelForm, RegistrationForm, WithdrawConsentForm
from .models import Registration, Status
from .tokens import (
    ExpiredLink,
    InvalidLink,
    manage_token,
    registration_from_manage_token,
    registration_from_verify_token,
)
from .views import registration_setup

#: Said after the delegate confirmed their address, by the status it led to.
CONFIRMED_MESSAGES = {
    Status.CONFIRMED: gettext_lazy("Thank you: your address is confirmed and your seat is yours."),
    Status.PENDING: gettext_lazy(
        "Thank you: your address is confirmed. The organizers approve each registration; "
        "we will write again when they have."
    ),
    Status.WAITLISTED: gettext_lazy(
        "Thank you: your address is confirmed. Every seat is taken, so you are on the waiting list."
    ),
}


def bad_link(request, error):
    """The page for a link that is wrong (404) or too old (410)."""
    expired = isinstance(error, ExpiredLink)
    return render(
        request,
        "registrations/bad_link.html",
        {"expired": expired},
        status=410 if expired else 404,
    )


def from_link(read_token):
    """Decorates a view of one registration reached by a link in a mail.

    ``read_token`` reads the registration from the link's token; the view is
    called with it, the token and the URL's other arguments. A wrong or old
    link gets ``bad_link``.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, token, **kwargs):
            try:
                registration = read_token(token)
            except (InvalidLink, ExpiredLink) as error:
                return bad_link(request, error)
            return view(request, registration, token, **kwargs)

        return wrapped

    return decorator


def _delegation_members(registration):
    """A head's members with a link to each one's page (the head manages them all)."""
    if not (registration.is_head and registration.delegation_id):
        return []
    head_token = manage_token(registration)
    members = list(
        Registration.objects.filter(delegation_id=registration.delegation_id)
        .exclude(pk=registration.pk)
        .order_by("pk")
    )
    for member in members:
        member.manage_url = (
            reverse("registrations:manage", args=[manage_token(member)]) + "?head=" + head_token
        )
    return members


def _head_link(request, registration):
    """Back to the head's page, for a member's page opened from it (``?head=<head's token>``)."""
    token = request.GET.get("head", "") if request is not None else ""
    if not token or not registration.delegation_id:
        return ""
    try:
        head = registration_from_manage_token(token)
    except (InvalidLink, ExpiredLink):
        return ""
    if not head.is_head or head.delegation_id != registration.delegation_id:
        return ""
    return reverse("registrations:manage", args=[token])


def _manage_context(registration, request=None, **extra):
    details = details_for(registration, get_language())
    register_again_url = ""
    if (
        registration.can.register_again
        and details.page is not None
        and details.page.registration_status().is_open
    ):
        register_again_url = reverse("registrations:register", args=[registration.registrable.key])
    return {
        "registration": registration,
        "registrable": registration.registrable,
        "target_page": details.page,
        "details": details,
        "facts": details.facts,
        "token": manage_token(registration),
        "register_again_url": register_again_url,
        "members": _delegation_members(registration),
        "head_url": _head_link(request, registration),
        "withdraw_form": WithdrawConsentForm(),
        **extra,
    }


@never_cache
@from_link(registration_from_verify_token)
def verify(request, registration, token):
    try:
        before = registration.status
        registration = services.confirm_email(registration=registration)
    except services.RegistrationError as error:
        return render(
            request,
            "registrations/manage.html",
            _manage_context(registration, error=error.message),
            status=409,
        )
    if before == Status.UNVERIFIED:
        messages.success(request, CONFIRMED_MESSAGES[registration.status])
    return redirect("registrations:manage", token=manage_token(registration))


@never_cache
@from_link(registration_from_manage_token)
def manage(request, registration, token):
    return render(request, "registrations/manage.html", _manage_context(registration, request))


@never_cache
@from_link(registration_from_manage_token)
def change(request, registration, token):
    if not registration.can.change:
        messages.info(request, _("This registration was cancelled and can no longer be changed."))
        return redirect("registrations:manage", token=token)
    setup = registration_setup(registration.registrable.key, fresh=False)
    setup.registrable = registration.registrable
    posted = request.method == "POST"
    form = RegistrationForm(
        request.POST if posted else None,
        instance=registration,
        setup=setup,
        language=registration.language,
        with_consent=False,
        initial={
            "activities": [
                str(b.activity_id)
                for b in registration.bookings.all()
                if b.status not in (Status.CANCELLED, Status.EXPIRED, Status.REJECTED)
            ]
        },
    )
    if posted and form.is_valid():
        try:
            services.change_registration(
                registration=registration,
                data=form.person_data(),
                answers=form.answers(),
                activities=form.chosen_activities(),
                sensitive_consent=form.cleaned_data.get("sensitive_consent"),
            )
        except services.RegistrationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your changes are saved. We have sent you a mail."))
            return redirect("registrations:manage", token=token)
    registration.refresh_from_db()
    return render(
        request,
        "registrations/change.html",
        _manage_context(registration, form=form),
        status=400 if form.errors else 200,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@from_link(registration_from_manage_token)
def withdraw_consent(request, registration, token):
    """The person withdraws their consent to keeping their dietary and accessibility needs.

    The form is on the registration's page: opening this address (from the browser's
    history, after a refused post) leads there."""
    if request.method != "POST":
        return redirect("registrations:manage", token=token)
    form = WithdrawConsentForm(request.POST)
    if not form.is_valid():
        context = _manage_context(registration, request, withdraw_form=form)
        return render(request, "registrations/manage.html", context, status=400)
    services.withdraw_sensitive_consent(registration=registration)
    messages.success(
        request,
        _("Your consent is withdrawn: we have erased your dietary and accessibility needs."),
    )
    return redirect("registrations:manage", token=token)


@never_cache
@from_link(registration_from_manage_token)
def cancel(request, registration, token):
    form = CancelForm(request.POST if request.method == "POST" else None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_registration(registration=registration)
        except services.RegistrationError as exc:
            error = exc.message
        else:
            messages.success(request, _("Your registration is cancelled. We have sent you a mail."))
            return redirect("registrations:manage", token=token)
    return render(
        request,
        "registrations/cancel.html",
        _manage_context(registration, form=form, error=error),
        status=400 if (form.errors or error) else 200,
    )


@never_cache
@from_link(registration_from_manage_token)
def calendar(request, registration, token):
    attachment = calendar_file(registration) if registration.can.ticket else None
    if attachment is None:
        raise Http404
    name, data, mimetype = attachment
    response = HttpResponse(data, content_type=f"{mimetype}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@never_cache
@from_link(registration_from_manage_token)
def qr(request, registration, token):
    if not registration.can.ticket:
        raise Http404
    return HttpResponse(qr_png(registration), content_type="image/png")
