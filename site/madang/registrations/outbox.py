"""The durable outbox: mails written with the registration, sent after commit.

``deliver(mail_id)`` claims a row with one conditional UPDATE (pending or
uncertain → sending), so two workers never send the same row. Every attempt
ends in one of four outcomes (``outcome_of``):

- **accepted**: the provider took the mail (and gave its id, kept in
  ``message_id``); the row is sent, and the provider's tracking webhooks
  (``delivery.py``) later say whether it was delivered or bounced;
- **refused**: the provider will never take this mail (an invalid address, a
  rejected message); the row fails for good;
- **temporary**: the provider is down, throttles or could not be reached; the
  row is tried again after a wait that doubles from one minute up to an hour,
  for ``RETRY_FOR`` (five days), then it fails;
- **unknown**: the request went out but no answer came back (a timeout, a lost
  connection): the provider may have the mail. The row waits ``GRACE`` for the
  provider's webhook; an event for it settles the row, and only without one is
  it sent again.

Every row carries its uuid in anymail's ``metadata`` (and its Message-ID), so
the webhooks find it. Rows left in "sending" by a crashed worker are treated
as unknown too (``recover_stuck``). ``deliver_due`` sends whatever is due;
``manage.py housekeeping`` runs it.

``enqueue`` writes a row inside the transaction that made the change it
reports: the row commits (or rolls back) with it and is sent after commit, by
the ``deliver_mail`` task.
"""

import datetime
import enum
import http.client
import logging
import smtplib
import socket
from functools import partial

from anymail.exceptions import (
    AnymailError,
    AnymailInvalidAddress,
    AnymailRecipientsRefused,
    AnymailSerializationError,
    AnymailUnsupportedFeature,
)
from anymail.message import AnymailMessage
from django.conf import settings
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.tasks import default_task_backend, task
from django.utils import timezone

from .attachments import calendar_file, qr_file
from .mails import reader_of, render_outbox_mail
from .models import MailKind, OutboxMail, OutboxStatus

logger = logging.getLogger(__name__)

ATTACH_CALENDAR = {MailKind.CONFIRMED, MailKind.PROMOTED, MailKind.CHANGED, MailKind.REMINDER}

STUCK_AFTER = datetime.timedelta(minutes=10)
#: How long a mail whose send timed out waits for the provider's word before it is sent again.
GRACE = datetime.timedelta(hours=1)
#: How long a mail is tried before it fails for good (counted from its first attempt).
RETRY_FOR = datetime.timedelta(days=5)
FIRST_WAIT = datetime.timedelta(minutes=1)
LONGEST_WAIT = datetime.timedelta(hours=1)

#: Rows a worker may claim (when their time has come).
CLAIMABLE = [OutboxStatus.PENDING, OutboxStatus.UNCERTAIN]


class Outcome(enum.StrEnum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    TEMPORARY = "temporary"
    UNKNOWN = "unknown"


def backoff(attempts):
    """The wait after ``attempts`` failed attempts: 1, 2, 4 … minutes, at most an hour."""
    return min(FIRST_WAIT * 2 ** min(max(attempts - 1, 0), 16), LONGEST_WAIT)


def _chain(error):
    """The error and the errors it was raised from."""
    seen = []
    while error is not None and error not in seen:
        seen.append(error)
        error = error.__cause__ or error.__context__
    return seen


def _status_code(error):
    """The HTTP status of the provider's answer, if anymail's error carries one."""
    if not isinstance(error, AnymailError):
        return None
    if isinstance(error.status_code, int):
        return error.status_code
    if isinstance(error.response, dict):  # botocore's parsed answer (Amazon SES)
        code = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if isinstance(code, int):
            return code
    return None


def _never_sent(error):
    """True if the request cannot have reached the provider (nothing to wait for)."""
    if isinstance(error, ConnectionRefusedError | socket.gaierror):
        return True
    # requests' ConnectTimeout, botocore's ConnectTimeoutError and EndpointConnectionError,
    # urllib3's NewConnectionError: named here so that no client library must be imported.
    return type(error).__name__ in {
        "ConnectTimeout",
        "ConnectTimeoutError",
        "EndpointConnectionError",
        "NewConnectionError",
    }


def _maybe_sent(error):
    """True if the request went out and its answer was lost."""
    if isinstance(
        error,
        TimeoutError
        | ConnectionResetError
        | http.client.RemoteDisconnected
        | smtplib.SMTPServerDisconnected,
    ):
        return True
    return type(error).__name__ in {
        "ReadTimeout",
        "ReadTimeoutError",
        "ConnectionClosedError",
        "ProtocolError",
        "ChunkedEncodingError",
    }


def outcome_of(error):
    """What a failed send means for the mail: refused, temporary or unknown (see the top)."""
    chain = _chain(error)
    refused = (
        AnymailRecipientsRefused,
        AnymailInvalidAddress,
        AnymailUnsupportedFeature,
        AnymailSerializationError,
        smtplib.SMTPRecipientsRefused,
        smtplib.SMTPSenderRefused,
    )
    if any(isinstance(e, refused) for e in chain):
        return Outcome.REFUSED
    if any(_never_sent(e) for e in chain):
        return Outcome.TEMPORARY
    if any(_maybe_sent(e) for e in chain):
        return Outcome.UNKNOWN
    for e in chain:
        if isinstance(e, smtplib.SMTPResponseException):
            return Outcome.REFUSED if e.smtp_code >= 500 else Outcome.TEMPORARY
        code = _status_code(e)
        if code is not None:
            # Throttled, timed out, the provider's own trouble, or our credentials (which an
            # administrator fixes): worth trying again. Any other 4xx: this mail is refused.
            if code in (401, 403, 408, 429) or code >= 500:
                return Outcome.TEMPORARY
            if 400 <= code < 500:
                return Outcome.REFUSED
    return Outcome.TEMPORARY


def enqueue(registration, kind, *, activity=None, subject=None, body=None):
    """Write the mail to the outbox (in the caller's transaction); sent after commit.

    Only what the mail is about is written here; the worker renders it
    (``render_outbox_mail``) before the first attempt, so the delegate's
    request and the seat lock do not wait for templates. An organizer's own
    message keeps its subject and body in the row.
    """
    reader = reader_of(registration)
    if reader is None:
        return None
    mail = OutboxMail.objects.create(
        registration=registration,
        kind=kind,
        activity=activity,
        to=reader.email,
        language=registration.correspondence_language or registration.language,
        subject=(subject or "")[:255],
        text=body or "",
        attach_calendar=kind in ATTACH_CALENDAR,
        attach_qr=kind in ATTACH_CALENDAR and registration.status == "confirmed",
    )

    transaction.on_commit(partial(schedule, mail.pk))
    return mail


@task()
def deliver_mail(mail_id):
    """Send one outbox row (see :func:`deliver`); a failed attempt queues the next one."""
    return deliver(mail_id)


def schedule(mail_id):
    """Queue the task that sends one outbox row (called after commit)."""
    try:
        deliver_mail.enqueue(mail_id)
    except Exception:  # the row is safe in the outbox; housekeeping sends it
        logger.exception("Could not queue outbox mail %s", mail_id)


def _schedule_at(mail_id, when):
    """Queue a later attempt where the task backend can defer; housekeeping sends it otherwise."""
    if not default_task_backend.supports_defer:
        return

    try:
        deliver_mail.using(run_after=when).enqueue(mail_id)
    except Exception:  # the row waits in the outbox; housekeeping retries it
        logger.exception("Could not queue the retry of outbox mail %s", mail_id)


def _message(mail):
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(">") or "madang.example"
    message = AnymailMessage(
        subject=mail.subject,
        body=mail.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        # The same id on every attempt, so a resent copy can be recognised.
        headers={"Message-ID": f"<{mail.uuid}@{domain}>"},
        # anymail hands metadata to the provider, whose tracking webhooks bring it back.
        metadata={"outbox": str(mail.uuid)},
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    registration = mail.registration
    if registration is not None:
        if mail.attach_calendar:
            attachment = calendar_file(registration)
            if attachment:
                message.attach(*attachment)
        if mail.attach_qr:
            message.attach(*qr_file(registration))
    return message


def _provider_id(message):
    """The provider's id of a sent message (anymail's status; other backends give none)."""
    message_id = message.anymail_status.message_id
    return "" if message_id is None else str(message_id)[:255]


def _after_failure(mail, outcome, error, now):
    """Write what a failed attempt means for the row (only if nothing else settled it)."""
    description = f"{type(error).__name__}: {error}"[:2000]
    if outcome == Outcome.REFUSED:
        status, next_attempt = OutboxStatus.FAILED, now
    else:
        wait = GRACE if outcome == Outcome.UNKNOWN else backoff(mail.attempts)
        next_attempt = now + wait
        if next_attempt > (mail.first_attempt_at or now) + RETRY_FOR:
            status = OutboxStatus.FAILED
        elif outcome == Outcome.UNKNOWN:
            status = OutboxStatus.UNCERTAIN
        else:
            status = OutboxStatus.PENDING
    # A webhook may have settled the row while we were waiting for the answer.
    OutboxMail.objects.filter(pk=mail.pk, status=OutboxStatus.SENDING).update(
        status=status, next_attempt_at=next_attempt, last_error=description
    )
    logger.warning(
        "Outbox mail %s, attempt %s: %s (%s)", mail.pk, mail.attempts, outcome, description
    )
    if status != OutboxStatus.FAILED:
        _schedule_at(mail.pk, next_attempt)
    return status


def deliver(mail_id, *, now=None):
    """Send one row if it is due and nobody else is sending it. Returns True if sent."""
    now = now or timezone.now()
    claimed = OutboxMail.objects.filter(
        pk=mail_id, status__in=CLAIMABLE, next_attempt_at__lte=now
    ).update(
        status=OutboxStatus.SENDING,
        claimed_at=now,
        attempts=F("attempts") + 1,
        first_attempt_at=Coalesce(F("first_attempt_at"), Value(now)),
    )
    if not claimed:
        return False
    mail = OutboxMail.objects.select_related(
        "registration", "registration__registrable", "activity"
    ).get(pk=mail_id)
    if not mail.rendered and mail.registration is None:
        OutboxMail.objects.filter(pk=mail.pk).update(
            status=OutboxStatus.FAILED, last_error="The registration of this mail was deleted."
        )
        return False
    try:
        render_outbox_mail(mail)
        message = _message(mail)
        message.send()
    except Exception as error:
        _after_failure(mail, outcome_of(error), error, now)
        return False
    provider_id = _provider_id(message)
    sent_at = timezone.now()
    updated = OutboxMail.objects.filter(pk=mail.pk, status=OutboxStatus.SENDING).update(
        status=OutboxStatus.SENT, sent_at=sent_at, last_error="", message_id=provider_id
    )
    if not updated:  # the provider's webhook came first and set the status
        OutboxMail.objects.filter(pk=mail.pk).update(
            sent_at=Coalesce(F("sent_at"), Value(sent_at)), message_id=provider_id
        )
    return True


def recover_stuck(*, now=None):
    """Rows a crashed worker left in "sending" wait for the provider's word, then are retried.

    The worker may have handed the mail over before it stopped, so such a row
    is treated like a timeout: it is sent again ``GRACE`` after its claim,
    unless a webhook settles it first. A row past ``RETRY_FOR`` fails instead.
    """
    now = now or timezone.now()
    stuck = OutboxMail.objects.filter(status=OutboxStatus.SENDING, claimed_at__lt=now - STUCK_AFTER)
    first = Coalesce(F("first_attempt_at"), F("claimed_at"))
    stuck.alias(first=first).filter(first__lt=now - RETRY_FOR).update(
        status=OutboxStatus.FAILED, last_error="The worker stopped while sending."
    )
    return stuck.update(
        status=OutboxStatus.UNCERTAIN,
        first_attempt_at=first,
        next_attempt_at=F("claimed_at") + GRACE,
        last_error="The worker stopped while sending.",
    )


def deliver_due(*, now=None):
    """Recover stuck rows, then send every row that is due. Returns how many were sent."""
    now = now or timezone.now()
    recover_stuck(now=now)
    ids = list(
        OutboxMail.objects.filter(status__in=CLAIMABLE, next_attempt_at__lte=now).values_list(
            "pk", flat=True
        )
    )
    return sum(1 for mail_id in ids if deliver(mail_id, now=now))
