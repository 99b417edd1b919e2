"""``manage.py housekeeping``: the registration engine's periodic jobs.

One run sends the outbox mails that are due (after putting rows a crashed
worker left in "sending" back in line), expires registrations whose address
was not confirmed in time, sends the reminders that are due, erases
personal data whose retention period has passed, deletes organizers'
bulk document files (badges, letters) after a fortnight and publishes or
unpublishes the pages editors scheduled. Every job is safe to run
again at any time. ``--loop SECONDS`` repeats until stopped (``bin/serve``
runs it beside the web server and the task worker); Ctrl-C or SIGTERM lets
the current run finish, then exits.

Output is translated (the site's language, like ``load_demo``); help texts
are English, like Django's own commands.
"""

import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from madang.core import drafts, scheduled
from madang.documents.services import delete_old_document_jobs
from madang.registrations import outbox, services

logger = logging.getLogger(__name__)

#: (key, label) in the order the jobs run and are reported.
LABELS = {
    "recovered": gettext_lazy("stuck mails put back in line"),
    "sent": gettext_lazy("mails sent"),
    "expired": gettext_lazy("unconfirmed registrations expired"),
    "reminded": gettext_lazy("reminders written"),
    "erased": gettext_lazy("registrations erased after the retention period"),
    "drafts": gettext_lazy("abandoned drafts whose slugs were freed"),
    "documents": gettext_lazy("old bulk document files deleted"),
    "scheduled": gettext_lazy("pages published or unpublished on schedule"),
}


def run_jobs(*, now=None):
    """Run every job once. Returns ``(counts, failed)``: the counts by key, the failed keys.

    A job that fails is logged and does not stop the others.
    """
    now = now or timezone.now()
    jobs = [
        ("recovered", lambda: outbox.recover_stuck(now=now)),
        ("sent", lambda: outbox.deliver_due(now=now)),
        ("expired", lambda: services.expire_unverified(now=now)),
        ("reminded", lambda: services.send_reminders(now=now)),
        ("erased", lambda: services.apply_retention(now=now)),
        ("drafts", lambda: drafts.free_abandoned_draft_slugs(now=now)),
        ("documents", lambda: delete_old_document_jobs(now=now)),
        ("scheduled", scheduled.publish_scheduled),
    ]
    counts, failed = {}, []
    for key, job in jobs:
        try:
            counts[key] = job()
        except Exception:
            logger.exception("Housekeeping job %r failed", key)
            failed.append(key)
    return counts, failed


def summary(counts):
    return "; ".join(
        _("%(what)s: %(count)d") % {"what": LABELS[key], "count": count}
        for key, count in counts.items()
    )


class Command(BaseCommand):
    help = (
        "Run the registration engine's periodic jobs once: send due mails (recovering stuck "
        "ones), expire unconfirmed registrations, send reminders, apply the retention period, "
        "free the slugs of abandoned drafts, publish and unpublish scheduled pages."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=int,
            metavar="SECONDS",
            help="Repeat every SECONDS seconds until stopped (Ctrl-C or SIGTERM).",
        )

    def handle(self, *args, loop=None, **options):
        if loop is None:
            counts, failed = run_jobs()
            self.stdout.write(summary(counts) or _("Nothing was done."))
            if failed:
                raise CommandError(
                    _("These jobs failed (see the log): %(jobs)s")
                    % {"jobs": ", ".join(str(LABELS[key]) for key in failed)}
                )
            return
        if loop < 1:
            raise CommandError(_("--loop needs a number of seconds, at least 1."))
        self.loop(loop)

    def loop(self, seconds):
        stop = threading.Event()

        def on_signal(signum, frame):
            # The first signal ends the loop after the current run; a second one stops at once.
            stop.set()
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        self.stdout.write(
            _("Housekeeping every %(seconds)d seconds; Ctrl-C stops.") % {"seconds": seconds}
        )
        try:
            while not stop.is_set():
                close_old_connections()  # a connection the database dropped is not reused
                counts, failed = run_jobs()
                done = {key: count for key, count in counts.items() if count}
                if done or failed:
                    stamp = timezone.localtime().strftime("%Y-%m-%d %H:%M:%S")
                    line = summary(done) or _("Nothing was done.")
                    if failed:
                        line += " " + _("Failed (see the log): %(jobs)s") % {
                            "jobs": ", ".join(str(LABELS[key]) for key in failed)
                        }
                    self.stdout.write(f"[{stamp}] {line}")
                    self.stdout.flush()  # seen at once, also when the output is a pipe or a file
                stop.wait(seconds)
        except KeyboardInterrupt:
            pass
        self.stdout.write(_("Housekeeping stopped."))
