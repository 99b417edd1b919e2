"""``manage.py erase_personal_data EMAIL``: erase what is kept about one person.

For a request to be forgotten. The registrations stay, blanked, so counts
and history stay right (``services.erase_person``); before the end, an
active registration is cancelled and its seat goes to the first person
waiting. Asks for confirmation unless ``--yes`` (or ``--noinput``).
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from madang.registrations import services
from madang.registrations.models import PrivacyVia, Registration

from .export_personal_data import checked_email


class Command(BaseCommand):
    help = "Erase the personal data of every registration with EMAIL (asks first)."

    def add_arguments(self, parser):
        parser.add_argument("email", metavar="EMAIL")
        parser.add_argument(
            "--yes",
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, email, interactive=True, **options):
        email = checked_email(email)
        registrations = list(
            Registration.objects.filter(email__iexact=email).select_related("registrable")
        )
        if not registrations:
            self.stdout.write(_("No registration has the address %(email)s.") % {"email": email})
        elif interactive:
            self.stdout.write(
                _("The personal data of these registrations with %(email)s will be erased:")
                % {"email": email}
            )
            for registration in registrations:
                self.stdout.write(
                    f"  - {registration.registrable.title}: {registration.name} "
                    f"({registration.get_status_display()})"
                )
            answer = input(_("This cannot be undone. Type 'yes' to erase: "))
            if answer.strip().casefold() not in {"yes", pgettext("confirmation", "yes").casefold()}:
                self.stdout.write(_("Nothing was erased."))
                return
        count = services.erase_person(email=email, via=PrivacyVia.COMMAND)
        self.stdout.write(
            ngettext(
                "Erased the personal data of %(count)d registration.",
                "Erased the personal data of %(count)d registrations.",
                count,
            )
            % {"count": count}
        )
