"""Delegates' pages: register (alone or as a delegation), confirm, see, change, cancel.

Thin views: a form validates, one service acts, the view renders or redirects.
Links in mails carry signed tokens (tokens.py); a bad or old link gets a clear
page, never someone else's data.
"""

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited

from madang.core.cache import content_generation

from . import services
from .attachments import calendar_file, qr_png
from .forms import CancelForm, DelegationForm, MemberFormSet, RegistrationForm
from .models import Registrable, Status
from .tokens import (
    ExpiredLink,
    InvalidLink,
    manage_token,
    registration_from_manage_token,
    registration_from_verify_token,
)

DONE_SALT = "madang.registrations.done"


def form_setup(key, language):
    """The registrable's row and its page in ``language``, ready to build the form.

    The page comes with its questions, its activity names and the activities'
    rows. All of them change only when the page is published, so they are kept
    in the cache until the next publish (the content generation); every POST
    needs them. The row's seats and dates may be stale in this copy: pages read
    the row again, and the services lock it and read it fresh.
    Returns ``(None, None)`` for an unknown key or a page that is not live.
    """
    cache_key = f"registrations:form:{key}:{language}:{content_generation()}"
    found = cache.get(cache_key)
    if found is None:
        registrable = Registrable.objects.filter(key=key, parent__isnull=True).first()
        page = registrable.page_in(language) if registrable is not None else None
        if page is None:
            return None, None
        page.registration_questions_list = list(page.registration_questions.all())
        page.registration_names = page.registration_activity_names()
        page.engine_activities = list(registrable.activities.all())
        found = (registrable, page)
        cache.set(cache_key, found, 600)
    return found


def _registrable_and_page(key, *, fresh=True):
    """The registrable and its page; ``fresh=False`` keeps the row as of the last publish.

    A POST builds its form from that copy (the service reads the row again,
    locked); whatever shows seats or dates reads it fresh.
    """
    registrable, page = form_setup(key, get_language())
    if page is None:
        raise Http404
    return (_fresh(registrable) if fresh else registrable), page


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


def _context(registrable, page, **extra):
    return {
        "registrable": registrable,
        "target_page": page,
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
    registrable, page = _registrable_and_page(key, fresh=not posted)
    form = RegistrationForm(
        request.POST if posted else None,
        registrable=registrable,
        page=page,
        language=get_language(),
    )
    closed = None
    if posted:
        if _rate_limited(request):
            return too_many_requests(request)
        if form.is_spam():
            return redirect("registrations:done", key=key)  # looks like success; keeps nothing
        if form.is_valid():
            try:
                registration = services.register(
                    registrable=registrable,
                    data=form.person_data(),
                    language=get_language(),
                    answers=form.answers(),
                    activities=form.chosen_activities(),
                )
            except services.RegistrationError as error:
                if error.code in services.CLOSED_CODES:
                    closed = error.message
                else:
                    form.add_error(None, error.message)
            else:
                return _done_redirect([registration])
        registrable = _fresh(registrable)
    closed = closed or services.closed_reason(registrable)
    return render(
        request,
        "registrations/register.html",
        _context(registrable, page, form=form, closed=closed),
        status=_status(request, closed=closed, failed=bool(form.errors)),
    )


@never_cache
def register_delegation(request, key):
    posted = request.method == "POST"
    registrable, page = _registrable_and_page(key, fresh=not posted)
    data = request.POST if posted else None
    head = RegistrationForm(
        data, registrable=registrable, page=page, language=get_language(), prefix="head"
    )
    del head.fields["organization"]  # the delegation's, asked once above
    delegation_form = DelegationForm(data, prefix="delegation")
    members = MemberFormSet(data, prefix="members", form_kwargs={"registrable": registrable})
    errors = closed = None
    if posted:
        if _rate_limited(request):
            return too_many_requests(request)
        if head.is_spam():
            return redirect("registrations:done", key=key)
        valid = all([head.is_valid(), delegation_form.is_valid(), members.is_valid()])
        if valid:
            language = head.cleaned_data["correspondence_language"] or get_language()
            people = [{**head.person_data(), "activities": head.chosen_activities()}]
            for member in members.filled_forms():
                people.append({**member.member_data(), "correspondence_language": language})
            try:
                _delegation, registrations = services.register_delegation(
                    registrable=registrable,
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
        registrable = _fresh(registrable)
    closed = closed or services.closed_reason(registrable)
    failed = posted and bool(
        errors or head.errors or delegation_form.errors or members.total_error_count()
    )
    return render(
        request,
        "registrations/register_delegation.html",
        _context(
            registrable,
            page,
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
    registrable, page = _registrable_and_page(key)
    registrations = []
    token = request.GET.get("r", "")
    if token:
        try:
            ids = signing.loads(token, salt=DONE_SALT, max_age=3600)
        except signing.BadSignature:
            ids = []
        if isinstance(ids, list) and all(isinstance(i, int) for i in ids):
            registrations = list(registrable.registrations.filter(pk__in=ids))
    return render(
        request, "registrations/done.html", _context(registrable, page, registrations=registrations)
    )


def _bad_link(request, error):
    expired = isinstance(error, ExpiredLink)
    return render(
        request,
        "registrations/bad_link.html",
        {"expired": expired},
        status=410 if expired else 404,
    )


def _manage_context(registration, **extra):
    page = registration.registrable.page_in(get_language())
    names = _activity_names(page)
    bookings = list(registration.bookings.select_related("activity"))
    for booking in bookings:
        booking.name = names.get(str(booking.activity.key), booking.activity.title)
    return {
        "registration": registration,
        "registrable": registration.registrable,
        "target_page": page,
        "token": manage_token(registration),
        "bookings": bookings,
        "itinerary_template": getattr(page, "registration_itinerary_template", None),
        "itinerary": (
            page.registration_itinerary(registration)
            if hasattr(page, "registration_itinerary")
            else None
        ),
        **extra,
    }


def _activity_names(page):
    if page is None or not hasattr(page, "registration_activity_names"):
        return {}
    return {str(key): name for key, name in page.registration_activity_names().items()}


@never_cache
def verify(request, token):
    try:
        registration = registration_from_verify_token(token)
    except (InvalidLink, ExpiredLink) as error:
        return _bad_link(request, error)
    try:
        registration = services.confirm_email(registration=registration)
    except services.RegistrationError as error:
        return render(
            request,
            "registrations/manage.html",
            _manage_context(registration, error=error.message),
            status=409,
        )
    return redirect("registrations:manage", token=manage_token(registration))


@never_cache
def manage(request, token):
    try:
        registration = registration_from_manage_token(token)
    except (InvalidLink, ExpiredLink) as error:
        return _bad_link(request, error)
    return render(request, "registrations/manage.html", _manage_context(registration))


@never_cache
def change(request, token):
    try:
        registration = registration_from_manage_token(token)
    except (InvalidLink, ExpiredLink) as error:
        return _bad_link(request, error)
    if not registration.is_active:
        return redirect("registrations:manage", token=token)
    registrable = registration.registrable
    page = registrable.page_in(get_language())
    form = RegistrationForm(
        request.POST if request.method == "POST" else None,
        instance=registration,
        registrable=registrable,
        page=page,
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
    if request.method == "POST" and form.is_valid():
        try:
            services.change_registration(
                registration=registration,
                data=form.person_data(),
                answers=form.answers(),
                activities=form.chosen_activities(),
            )
        except services.RegistrationError as error:
            form.add_error(None, error.message)
        else:
            return redirect("registrations:manage", token=token)
    registration.refresh_from_db()
    return render(
        request,
        "registrations/change.html",
        _manage_context(registration, form=form),
        status=400 if form.errors else 200,
    )


@never_cache
def cancel(request, token):
    try:
        registration = registration_from_manage_token(token)
    except (InvalidLink, ExpiredLink) as error:
        return _bad_link(request, error)
    form = CancelForm(request.POST if request.method == "POST" else None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_registration(registration=registration)
        except services.RegistrationError as exc:
            error = exc.message
        else:
            return redirect("registrations:manage", token=token)
    return render(
        request,
        "registrations/cancel.html",
        _manage_context(registration, form=form, error=error),
        status=400 if (form.errors or error) else 200,
    )


def calendar(request, token):
    try:
        registration = registration_from_manage_token(token)
    except (InvalidLink, ExpiredLink) as error:
        return _bad_link(request, error)
    attachment = calendar_file(registration) if registration.status == Status.CONFIRMED else None
    if attachment is None:
        raise Http404
    name, data, mimetype = attachment
    response = HttpResponse(data, content_type=f"{mimetype}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def qr(request, token):
    try:
        registration = registration_from_manage_token(token)
    except (InvalidLink, ExpiredLink) as error:
        return _bad_link(request, error)
    if registration.status != Status.CONFIRMED:
        raise Http404
    return HttpResponse(qr_png(registration), content_type="image/png")
