"""Delegates' pages: register, alone or as a delegation, and the thanks page.
A delegate's own pages, reached by the links in their mails, are in self_service.py.

Thin views: a form validates, one service acts, the view renders or redirects.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited
from wagtail import wagtail_hooks

from . import services
from .contract import Facts, facts_of
from .details import chosen_activities
from .forms import (
    DelegationForm,
    RegistrationForm,
    member_formset,
)
from .models import Registrable

DONE_SALT = "madang.registrations.done"


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


def registration_setup(key, *, fresh=True):
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
    setup = registration_setup(key, fresh=not posted)
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
    setup = registration_setup(key, fresh=not posted)
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
    setup = registration_setup(key)
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
