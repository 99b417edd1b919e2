"""What the mail provider says about our mails: its tracking webhooks, and resending.

With ``MAIL_TRACKING`` on, anymail's tracking webhooks are served at
``/anymail/<provider>/tracking/`` (e.g. ``/anymail/amazon_ses/tracking/``),
protected by anymail's ``WEBHOOK_SECRET`` (HTTP basic auth; production refuses
to start without it). anymail checks and parses each post and sends its
``tracking`` signal; ``record_event`` finds the outbox row (by the uuid the
outbox put in the mail's metadata, or by the provider's message id), keeps
the event once, and sets the row's status from its latest meaningful event:
accepted → sent, delivered → delivered, bounced → bounced, rejected or
failed → failed. A post anymail cannot read gets a 400, not a 500.

``resend_mails`` is the organizers' bulk action on bounced and failed mails.
"""

import functools
import logging
import uuid

from anymail import urls as anymail_urls
from anymail.exceptions import AnymailAPIError, AnymailConfigurationError
from anymail.signals import tracking
from django.db import IntegrityError, transaction
from django.http import HttpResponseBadRequest
from django.urls import include, path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from .mails import reader_of
from .models import MailEvent, MailEventKind, OutboxMail, OutboxStatus
from .outbox import schedule

logger = logging.getLogger(__name__)

#: anymail's event type → ours (anything else is kept as "other").
KINDS = {kind.value: kind for kind in MailEventKind}

#: The events that tell where a mail is, with the status each one gives the row.
STATUS_FOR = {
    MailEventKind.QUEUED: OutboxStatus.SENT,
    MailEventKind.SENT: OutboxStatus.SENT,
    MailEventKind.DEFERRED: OutboxStatus.SENT,
    MailEventKind.DELIVERED: OutboxStatus.DELIVERED,
    MailEventKind.BOUNCED: OutboxStatus.BOUNCED,
    MailEventKind.REJECTED: OutboxStatus.FAILED,
    MailEventKind.FAILED: OutboxStatus.FAILED,
}
#: Of two events at the same moment, the later step wins (a bounce after its delivery).
RANK = {
    MailEventKind.QUEUED: 0,
    MailEventKind.SENT: 1,
    MailEventKind.DEFERRED: 2,
    MailEventKind.DELIVERED: 3,
    MailEventKind.BOUNCED: 4,
    MailEventKind.REJECTED: 4,
    MailEventKind.FAILED: 4,
}

#: The rows organizers should look at: the provider gave up on them, or we did.
NEEDS_ATTENTION = [OutboxStatus.BOUNCED, OutboxStatus.FAILED]


def _find_mail(event):
    metadata = event.metadata if isinstance(event.metadata, dict) else {}
    try:
        key = uuid.UUID(str(metadata.get("outbox", "")))
    except ValueError:
        key = None
    if key is not None:
        found = OutboxMail.objects.filter(uuid=key).first()
        if found is not None:
            return found
    if event.message_id:
        return OutboxMail.objects.filter(message_id=str(event.message_id)[:255]).first()
    return None


def _description(event):
    parts = [event.description, event.mta_response]
    return " · ".join(str(part).strip() for part in parts if part and str(part).strip())[:2000]


def status_from_events(mail):
    """The status the row's latest meaningful event gives it, or None if there is none."""
    events = [e for e in mail.events.all() if e.kind in STATUS_FOR]
    if not events:
        return None
    latest = max(events, key=lambda e: (e.occurred_at, RANK[e.kind], e.pk))
    return STATUS_FOR[latest.kind]


def record_event(event):
    """Keep one tracking event (anymail's ``AnymailTrackingEvent``). Returns the row or None."""
    mail = _find_mail(event)
    if mail is None:
        logger.info(
            "Tracking event %s for a mail we do not know (%s)", event.event_type, event.message_id
        )
        return None
    kind = KINDS.get(event.event_type, MailEventKind.OTHER)
    with transaction.atomic():
        mail = OutboxMail.objects.select_for_update().get(pk=mail.pk)
        try:
            with transaction.atomic():
                MailEvent.objects.create(
                    mail=mail,
                    kind=kind,
                    occurred_at=event.timestamp or timezone.now(),
                    event_id=str(event.event_id or "")[:255],
                    description=_description(event),
                )
        except IntegrityError:  # the provider posted this event before
            return mail
        status = status_from_events(mail)
        if status is not None and status != mail.status:
            mail.status = status
            fields = ["status"]
            if mail.sent_at is None:
                mail.sent_at = event.timestamp or timezone.now()
                fields.append("sent_at")
            if event.message_id and not mail.message_id:
                mail.message_id = str(event.message_id)[:255]
                fields.append("message_id")
            mail.save(update_fields=fields)
    return mail


def on_tracking(sender, event, esp_name, **kwargs):
    record_event(event)


def connect():
    tracking.connect(on_tracking, dispatch_uid="registrations_mail_tracking")


# --- resending -----------------------------------------------------------------


def resendable(queryset=None):
    """Bounced and failed rows nobody has resent yet."""
    queryset = OutboxMail.objects.all() if queryset is None else queryset
    return queryset.filter(status__in=NEEDS_ATTENTION, resent_as__isnull=True)


def resend_mails(*, mails):
    """Write a new outbox row for each bounced or failed mail among ``mails``, once each.

    The copy keeps the mail as it was rendered, in its reader's language, and
    goes to the registration's address as it is now (an organizer may have
    corrected it). Rows already resent, or not bounced or failed, are left
    alone. Returns the new rows; they are sent after commit.
    """
    created = []
    with transaction.atomic():
        rows = resendable(OutboxMail.objects.filter(pk__in=[m.pk for m in mails]))
        # Only the outbox rows are locked (the registration is joined on its nullable side).
        for old in rows.select_for_update(of=("self",)).order_by("pk"):
            to = old.to
            if old.registration is not None:
                reader = reader_of(old.registration)
                if reader is not None and reader.email:
                    to = reader.email
            created.append(
                OutboxMail.objects.create(
                    registration=old.registration,
                    kind=old.kind,
                    activity=old.activity,
                    rendered=old.rendered,
                    to=to,
                    language=old.language,
                    subject=old.subject,
                    text=old.text,
                    html=old.html,
                    attach_calendar=old.attach_calendar,
                    attach_qr=old.attach_qr,
                    resend_of=old,
                )
            )
        for row in created:
            transaction.on_commit(functools.partial(schedule, row.pk))
    return created


# --- the webhooks' addresses ---------------------------------------------------


def _guarded(view):
    """anymail's view, with a post it cannot read answered by a 400 instead of a 500."""

    @csrf_exempt
    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except (
            AnymailAPIError,
            AnymailConfigurationError,
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
        ) as error:
            logger.warning("Unreadable mail tracking webhook post: %s", error)
            return HttpResponseBadRequest("The webhook post could not be read.")

    return guarded


def urlpatterns():
    """anymail's tracking webhooks (not its inbound ones), under ``anymail/``."""
    patterns = [
        path(str(pattern.pattern), _guarded(pattern.callback), name=pattern.name)
        for pattern in anymail_urls.urlpatterns
        if pattern.name
        and pattern.name.endswith("_tracking_webhook")
        and "(" not in str(pattern.pattern)
    ]
    return [path("anymail/", include((patterns, "anymail")))]
