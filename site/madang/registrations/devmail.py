"""Mails in development: kept as files, announced in one line each, read in the admin.

``make run`` uses this backend (``settings/dev.py``) instead of Django's console
backend, which printed every mail's whole MIME source into the terminal. Each
mail is written to ``var/mail/`` as an ``.eml`` file (any mail program opens
it) and one line is printed: who it is for, its subject, and where to read it
as its reader would: the admin's page of the mail (``mail_admin.py``) for the
registrations' mails, which carry the outbox row's id in their Message-ID, or
the file for any other mail. Addresses follow ``SITE_URL`` (which ``make run``
sets from ``HOST`` and ``PORT``).
"""

import re
import sys
import threading
from email.header import decode_header, make_header
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse
from django.utils import timezone

from madang.core.links import absolute_url

from .models import OutboxMail

MESSAGE_ID = re.compile(r"<([0-9a-f-]{36})@")


class EmailBackend(BaseEmailBackend):
    def __init__(self, *, directory=None, stream=None, **kwargs):
        super().__init__(**kwargs)
        self.directory = Path(directory or Path(settings.BASE_DIR) / "var" / "mail")
        self.stream = stream or sys.stdout
        self._lock = threading.Lock()

    def send_messages(self, email_messages):
        sent = 0
        with self._lock:
            self.directory.mkdir(parents=True, exist_ok=True)
            for message in email_messages:
                self.stream.write(self.keep(message) + "\n")
                sent += 1
            self.stream.flush()
        return sent

    def keep(self, message):
        """Write ``message`` to a file; return the line that tells where to read it."""
        source = message.message()
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
        path = self.directory / f"{stamp}.eml"
        path.write_bytes(source.as_bytes())
        subject = str(make_header(decode_header(str(source["Subject"] or ""))))
        to = ", ".join(message.to)
        return f"Mail to {to}: {subject}\n    read it: {self.where(source, path)}"

    def where(self, source, path):
        found = MESSAGE_ID.search(str(source["Message-ID"] or ""))
        if found and OutboxMail.objects.filter(uuid=found.group(1)).exists():
            return absolute_url(reverse("registrations_mail", args=[found.group(1)]))
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)
