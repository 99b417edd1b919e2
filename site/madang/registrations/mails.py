"""Mails to delegates, rendered in their language (the outbox's worker renders them).

``outbox.enqueue`` writes one to the outbox; ``render_outbox_mail`` fills it in.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from madang.core.links import absolute_url

from .details import details_for
from .models import MailKind, Registration
from .tokens import manage_token, verify_token


def manage_url(registration, language=None):
    with translation.override(language or registration.correspondence_language):
        return absolute_url(reverse("registrations:manage", args=[manage_token(registration)]))


def verify_url(registration, language=None):
    with translation.override(language or registration.correspondence_language):
        return absolute_url(reverse("registrations:verify", args=[verify_token(registration)]))


def _subject(kind, title, custom):
    subjects = {
        MailKind.RECEIVED: _("Please confirm your email address: %(title)s"),
        MailKind.PENDING: _("Registration received, awaiting approval: %(title)s"),
        MailKind.CONFIRMED: _("Registration confirmed: %(title)s"),
        MailKind.WAITLISTED: _("You are on the waiting list: %(title)s"),
        MailKind.PROMOTED: _("A seat is yours: %(title)s"),
        MailKind.CHANGED: _("Registration changed: %(title)s"),
        MailKind.CANCELLED: _("Registration cancelled: %(title)s"),
        MailKind.REJECTED: _("Registration not accepted: %(title)s"),
        MailKind.REMINDER: _("See you soon: %(title)s"),
        MailKind.MESSAGE: "%(subject)s",
    }
    return subjects[kind] % {"title": title, "subject": custom or ""}


def _paragraphs(kind, registration, title, activity):
    name = {"title": title}
    texts = {
        MailKind.RECEIVED: [
            _("Thank you for registering for %(title)s.") % name,
            _(
                "Please confirm your email address with the link below. Your registration "
                "holds a seat only once the address is confirmed."
            ),
        ],
        MailKind.PENDING: [
            _("Thank you for registering for %(title)s.") % name,
            _("The organizers approve each registration. We will write again when they have."),
        ],
        MailKind.CONFIRMED: [
            _("Your registration for %(title)s is confirmed.") % name,
            _("Show the QR code attached to this mail at the registration desk."),
        ],
        MailKind.WAITLISTED: [
            _("%(title)s is full at the moment, so you are on the waiting list.") % name,
            _(
                "If a seat becomes free, it goes to the first person waiting, "
                "and we tell you at once."
            ),
        ],
        MailKind.PROMOTED: [
            _("Good news: a seat in %(activity)s is now yours.") % {"activity": activity}
            if activity
            else _("Good news: a seat at %(title)s is now yours.") % name,
        ],
        MailKind.CHANGED: [_("Your registration for %(title)s was changed.") % name],
        MailKind.CANCELLED: [
            _("Your registration for %(title)s is cancelled.") % name,
            _("If you change your mind, you can register again while registration is open."),
        ],
        MailKind.REJECTED: [
            _("We are sorry: the organizers could not accept your registration for %(title)s.")
            % name
        ],
        MailKind.REMINDER: [_("%(title)s starts soon. We look forward to seeing you.") % name],
        MailKind.MESSAGE: [],
    }
    return texts[kind]


def reader_of(registration):
    """Who reads the mails about a registration: the person, or, for a delegation member
    without an address of their own, the head of the delegation. None: nobody."""
    if registration.email:
        return registration
    if registration.delegation_id and not registration.is_head:
        return (
            Registration.objects.filter(delegation_id=registration.delegation_id, is_head=True)
            .exclude(email="")
            .first()
        )
    return None


def register_url(registration, language=None):
    """The form to register again (after a cancellation), in the mail's language."""
    with translation.override(language or registration.correspondence_language):
        return absolute_url(reverse("registrations:register", args=[registration.registrable.key]))


def _footer(kind):
    if kind == MailKind.RECEIVED:
        return _(
            "You get this mail because this address was used to register. If that was not "
            "you, ignore it: without confirmation the registration expires."
        )
    return _("You get this mail because this address was used to register.")


def render(registration, kind, *, activity=None, subject=None, body=None):
    """``(subject, text, html)`` in the registration's language of correspondence.

    Everything about the event or tour comes through the engine's contract
    (``details.details_for``): when (with the time zone's name in the
    reader's language), where, the chosen activities, the personal itinerary
    and the organizers' contact.
    """
    language = registration.correspondence_language or registration.language
    with translation.override(language):
        details = details_for(registration, language)
        title = details.title
        activity_name = None
        if activity is not None:
            facts = details.facts.activities.get(str(activity.key)) if details.facts else None
            activity_name = facts.title if facts else activity.title
        facts = details.facts
        page_url = absolute_url(facts.page_url) if facts and facts.page_url else ""
        reader = reader_of(registration) or registration
        paragraphs = _paragraphs(kind, registration, title, activity_name)
        if reader.pk != registration.pk:
            paragraphs.insert(
                0,
                _(
                    "This mail is about the registration of %(name)s, who is registered with "
                    "your delegation without an email address of their own."
                )
                % {"name": registration.name},
            )
        context = {
            "registration": registration,
            "reader": reader,
            "details": details,
            "facts": facts,
            "kind": kind,
            "title": title,
            "page_url": page_url,
            "paragraphs": paragraphs,
            "body": body or "",
            "manage_url": manage_url(registration, language),
            "verify_url": verify_url(registration, language) if kind == MailKind.RECEIVED else "",
            "register_url": (
                register_url(registration, language) if kind == MailKind.CANCELLED else ""
            ),
            "show_details": kind not in (MailKind.CANCELLED, MailKind.REJECTED, MailKind.MESSAGE),
            "footer": _footer(kind),
            "LANGUAGE_CODE": language,
        }
        return (
            _subject(kind, title, subject),
            render_to_string("registrations/mail/mail.txt", context),
            render_to_string("registrations/mail/mail.html", context),
        )


def render_outbox_mail(mail):
    """Fill in the subject, text and HTML of an outbox row, once, in the delegate's language."""
    if mail.rendered:
        return mail
    if mail.registration is None:
        raise ValueError("The registration of this mail no longer exists.")
    custom = mail.kind == MailKind.MESSAGE
    subject, text, html = render(
        mail.registration,
        mail.kind,
        activity=mail.activity,
        subject=mail.subject if custom else None,
        body=mail.text if custom else None,
    )
    mail.subject, mail.text, mail.html, mail.rendered = subject[:255], text, html, True
    mail.save(update_fields=["subject", "text", "html", "rendered"])
    return mail
