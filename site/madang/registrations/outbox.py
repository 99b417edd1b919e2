"""The durable outbox: mails written with the registration, sent after commit.

``deliver(mail_id)`` claims a row with one conditional UPDATE (pending →
sending), so two workers never send the same row. A failure puts the row back
to pending with a later ``next_attempt_at`` (exponential backoff) and, where
the task backend can defer, queues the retry. Rows left in "sending" by a
crashed worker go back to pending after ``STUCK_AFTER`` (``recover_stuck``).
``deliver_due`` sends whatever is due; ``manage.py housekeeping`` runs it.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import F
from django.tasks import default_task_backend
from django.utils import timezone

from .models import OutboxMail, OutboxStatus

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
STUCK_AFTER = datetime.timedelta(minutes=10)


def backoff(attempts):
    """1, 2, 4 … minutes, at most six hours."""
    return datetime.timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def schedule(mail_id):
    """Queue the task that sends one outbox row (called after commit)."""
    from .tasks import deliver_mail

    try:
        deliver_mail.enqueue(mail_id)
    except Exception:  # the row is safe in the outbox; housekeeping sends it
        logger.exception("Could not queue outbox mail %s", mail_id)


def _message(mail):
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(">") or "madang.example"
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        # The same id on every attempt, so a resent copy can be recognised.
        headers={"Message-ID": f"<{mail.uuid}@{domain}>"},
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    registration = mail.registration
    if registration is not None:
        from .attachments import calendar_file, qr_file

        if mail.attach_calendar:
            attachment = calendar_file(registration)
            if attachment:
                message.attach(*attachment)
        if mail.attach_qr:
            message.attach(*qr_file(registration))
    return message


def deliver(mail_id, *, now=None):
    """Send one row if it is due and nobody else is sending it. Returns True if sent."""
    now = now or timezone.now()
    claimed = OutboxMail.objects.filter(
        pk=mail_id, status=OutboxStatus.PENDING, next_attempt_at__lte=now
    ).update(status=OutboxStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return False
    mail = OutboxMail.objects.select_related(
        "registration", "registration__registrable", "activity"
    ).get(pk=mail_id)
    try:
        from .mails import render_outbox_mail

        render_outbox_mail(mail)
        _message(mail).send()
    except Exception as error:
        failed = mail.attempts >= MAX_ATTEMPTS
        mail.status = OutboxStatus.FAILED if failed else OutboxStatus.PENDING
        mail.next_attempt_at = now + backoff(mail.attempts)
        mail.last_error = f"{type(error).__name__}: {error}"[:2000]
        mail.save(update_fields=["status", "next_attempt_at", "last_error"])
        logger.warning("Outbox mail %s failed (attempt %s): %s", mail.pk, mail.attempts, error)
        if not failed and default_task_backend.supports_defer:
            from .tasks import deliver_mail

            try:
                deliver_mail.using(run_after=mail.next_attempt_at).enqueue(mail.pk)
            except Exception:  # the row is pending; housekeeping retries it
                logger.exception("Could not queue the retry of outbox mail %s", mail.pk)
        return False
    OutboxMail.objects.filter(pk=mail.pk).update(
        status=OutboxStatus.SENT, sent_at=timezone.now(), last_error=""
    )
    return True


def recover_stuck(*, now=None):
    """Rows a crashed worker left in "sending" become pending again.

    A row that has used up its attempts fails instead, so that a mail which
    crashes the worker every time is not tried forever.
    """
    now = now or timezone.now()
    stuck = OutboxMail.objects.filter(status=OutboxStatus.SENDING, claimed_at__lt=now - STUCK_AFTER)
    stuck.filter(attempts__gte=MAX_ATTEMPTS).update(
        status=OutboxStatus.FAILED, last_error="The worker stopped while sending."
    )
    return stuck.update(status=OutboxStatus.PENDING, next_attempt_at=now)


def deliver_due(*, now=None):
    """Recover stuck rows, then send every row that is due. Returns how many were sent."""
    now = now or timezone.now()
    recover_stuck(now=now)
    ids = list(
        OutboxMail.objects.filter(
            status=OutboxStatus.PENDING, next_attempt_at__lte=now
        ).values_list("pk", flat=True)
    )
    return sum(1 for mail_id in ids if deliver(mail_id, now=now))
