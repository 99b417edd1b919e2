"""Delegates' pages: register (alone or as a delegation), confirm, see, change, cancel.

Thin views: a form validates, one service acts, the view renders or redirects.
Links in mails carry signed tokens (tokens.py); a bad or old link gets a clear
page, never someone else's data.
"""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from wagtail import wagtail_hooks

from . import services
from .attachments import calendar_file, qr_png
from .contract import Facts, facts_of
from .details import chosen_activities, details_for
from .forms import (
    CancelForm,
    DelegationForm,
    RegistrationForm,
    WithdrawConsentForm,
    member_formset,
)
from .models import Registrable, Registration, Status
from .tokens import (
    ExpiredLink,
    InvalidLink,
    manage_token,
    registration_from_manage_token,
    registration_from_verify_token,
)

DONE_SALT = "madang.registrations.done"

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


@dataclass
class FormSetup:
    """What a registration form of one offering needs, in one language.

    The page comes with its questions, its activities' rows and their titles
    in that language, and its facts (``contract.Facts``).
    """

    registrable: Registrable
    page: object  # the offering's page in the language
    questions: list
    activities: list  # [(activity's Registrable row, title in the language)]
    facts: Facts


def form_setup(key, language):
    """The :class:`FormSetup` of the offering with this key, or None (unknown, not live)."""
    registrable = Registrable.objects.filter(key=key, parent__isnull=True).first()
    page = registrable.page_in(language) if registrable is not None else None
    if page is None:
        return None
    facts = facts_of(page)
    return FormSetup(
        registrable=registrable,
        page=page,
        questions=page.registration_question_list(),
        activities=[
            (row, facts.activities[str(row.key)].title)
            if str(row.key) in facts.activities
            else (row, row.title)
            for row in registrable.activities.order_by("starts_at", "pk")
        ],
        facts=facts,
    )


def _setup(key, *, fresh=True):
    """The form setup; ``fresh=False`` keeps the row as of the last publish.

    A POST builds its form from that copy (the service reads the row again,
    locked); whatever shows seats or dates reads it fresh.
    """
    setup = form_setup(key, get_language())
    if setup is None:
        raise Http404
    if fresh:
        setup.registrable = _fresh(setup.registrable)
    return setup


def _page_asks_first(request, setup):
    """What the offering's page asks first when it is behind a password or a sign-in
    this visitor has not passed, else None: Wagtail's own check of the page's view
    restrictions, for this address (the password form, or the sign-in, comes back to
    the registration form, not to the page)."""
    passed = HttpResponse()
    check = wagtail_hooks.check_view_restrictions(lambda *args: passed)
    asks = check(setup.page, request, [], {})
    return None if asks is passed else asks


def _fresh(registrable):
    """The row as the database has it now (seats, dates)."""
    return get_object_or_404(Registrable, pk=registrable.pk)


def _rate_limited(request):
    return is_ratelimited(
        request,
        group="registrations",
        key="ip",
        rate=settings.REGISTRATION_RATE_LIMIT,
        method="POST",
        increment=True,
    )


def too_many_requests(request):
    return render(request, "registrations/too_many_requests.html", status=429)


def _context(setup, **extra):
    registrable = setup.registrable
    return {
        "registrable": registrable,
        "target_page": setup.page,
        "facts": setup.facts,
        "seats_left": services.seats_left(registrable),
        "now": timezone.now(),
        **extra,
    }


def _done_redirect(registrations):
    token = signing.dumps([r.pk for r in registrations], salt=DONE_SALT)
    key = registrations[0].registrable.key
    return redirect(reverse("registrations:done", args=[key]) + "?r=" + token)


@never_cache
def register(request, key):
    posted = request.method == "POST"
    setup = _setup(key, fresh=not posted)
    if asks := _page_asks_first(request, setup):
        return asks
    form = RegistrationForm(request.POST if posted else None, setup=setup, language=get_language())
    closed = None
    if posted:
        if _rate_limited(request):
            return too_many_requests(request)
        if form.is_spam():
            return redirect("registrations:done", key=key)  # looks like success; keeps nothing
        if form.is_valid():
            try:
                registration = services.register(
                    registrable=setup.registrable,
                    data=form.person_data(),
                    language=get_language(),
                    answers=form.answers(),
                    activities=form.chosen_activities(),
                    sensitive_consent=form.cleaned_data["sensitive_consent"],
                )
            except services.RegistrationError as error:
                if error.code in services.CLOSED_CODES:
                    closed = error.message
                else:
                    form.add_error(None, error.message)
            else:
                return _done_redirect([registration])
        setup.registrable = _fresh(setup.registrable)
    closed = closed or services.closed_reason(setup.registrable)
    return render(
        request,
        "registrations/register.html",
        _context(setup, form=form, closed=closed),
        status=_status(request, closed=closed, failed=bool(form.errors)),
    )


@never_cache
def register_delegation(request, key):
    posted = request.method == "POST"
    setup = _setup(key, fresh=not posted)
    if asks := _page_asks_first(request, setup):
        return asks
    data = request.POST if posted else None
    head = RegistrationForm(data, setup=setup, language=get_language(), prefix="head")
    del head.fields["organization"]  # the delegation's, asked once above
    delegation_form = DelegationForm(data, prefix="delegation")
    members = member_formset(setup.registrable)(
        data, prefix="members", form_kwargs={"registrable": setup.registrable}
    )
    errors = closed = None
    if posted:
        if _rate_limited(request):
            return too_many_requests(request)
        if head.is_spam():
            return redirect("registrations:done", key=key)
        valid = all([head.is_valid(), delegation_form.is_valid(), members.is_valid()])
        if valid:
            language = head.cleaned_data["correspondence_language"] or get_language()
            people = [
                {
                    **head.person_data(),
                    "activities": head.chosen_activities(),
                    "sensitive_consent": head.cleaned_data["sensitive_consent"],
                }
            ]
            for member in members.filled_forms():
                people.append({**member.member_data(), "correspondence_language": language})
            try:
                _delegation, registrations = services.register_delegation(
                    registrable=setup.registrable,
                    organization=delegation_form.cleaned_data["organization"],
                    members=people,
                    language=get_language(),
                    answers=head.answers(),
                )
            except services.RegistrationError as error:
                if error.code in services.CLOSED_CODES:
                    closed = error.message
                else:
                    errors = error.message
            else:
                return _done_redirect(registrations)
        setup.registrable = _fresh(setup.registrable)
    closed = closed or services.closed_reason(setup.registrable)
    failed = posted and bool(
        errors or head.errors or delegation_form.errors or members.total_error_count()
    )
    return render(
        request,
        "registrations/register_delegation.html",
        _context(
            setup,
            form=head,
            delegation_form=delegation_form,
            members=members,
            error=errors,
            closed=closed,
        ),
        status=_status(request, closed=closed, failed=failed),
    )


def _status(request, *, closed, failed):
    """403 for a form sent while registration is closed, 400 for one with errors."""
    if request.method != "POST":
        return 200
    if closed:
        return 403
    return 400 if failed else 200


@never_cache
def done(request, key):
    setup = _setup(key)
    registrations = []
    token = request.GET.get("r", "")
    if token:
        try:
            ids = signing.loads(token, salt=DONE_SALT, max_age=3600)
        except signing.BadSignature:
            ids = []
        if isinstance(ids, list) and all(isinstance(i, int) for i in ids):
            registrations = list(setup.registrable.registrations.filter(pk__in=ids))
    chosen = chosen_activities(registrations[0], setup.facts) if len(registrations) == 1 else []
    return render(
        request,
        "registrations/done.html",
        _context(
            setup,
            registrations=registrations,
            activities=chosen,
            statuses={r.status for r in registrations},
        ),
    )


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
    setup = _setup(registration.registrable.key, fresh=False)
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
@require_POST
@from_link(registration_from_manage_token)
def withdraw_consent(request, registration, token):
    """The person withdraws their consent to keeping their dietary and accessibility needs."""
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
