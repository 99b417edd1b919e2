"""``manage.py export_personal_data EMAIL``: everything kept about one person, as JSON.

For a request to see one's data (access, portability). The JSON keeps
Hangul, kana and kanji as they are (``ensure_ascii=False``). ``--output``
writes it to a file (UTF-8) instead of the standard output.
"""

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from madang.registrations import services
from madang.registrations.models import PrivacyVia


def checked_email(email):
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError:
        raise CommandError(_("%(email)s is not an email address.") % {"email": email}) from None
    return email


class Command(BaseCommand):
    help = "Print (or write to a file) the personal data kept about EMAIL, as JSON."

    def add_arguments(self, parser):
        parser.add_argument("email", metavar="EMAIL")
        parser.add_argument("--output", metavar="FILE", help="Write the JSON to FILE.")

    def handle(self, *args, email, output=None, **options):
        email = checked_email(email)
        data = services.export_personal_data(email=email, via=PrivacyVia.COMMAND)
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        if not data:
            self.stderr.write(_("No registration has the address %(email)s.") % {"email": email})
        if output is None:
            self.stdout.write(text)
            return
        try:
            Path(output).write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            raise CommandError(
                _("Could not write %(path)s: %(error)s") % {"path": output, "error": error}
            ) from None
        self.stdout.write(
            ngettext(
                "Wrote the data of %(count)d registration to %(path)s.",
                "Wrote the data of %(count)d registrations to %(path)s.",
                len(data),
            )
            % {"count": len(data), "path": output}
        )
