"""``manage.py release``: the release step of a deployment, in the order it must run.

1. ``compilemessages``: the ``.mo`` catalogs are not in git;
2. ``collectstatic``: the hashed static files and WhiteNoise's manifest;
3. ``migrate``: the database schema (which also moves the default Wagtail
   Site to ``SITE_URL``; see ``madang.core.sites``).

The first two write files where the web servers read them: run them on every
machine (or once, while building the image the machines share). Migrations run
once per release: ``--skip-migrate`` on the other machines. Every step is safe
to repeat. Needs GNU gettext's ``msgfmt`` on the machine.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

IGNORE = [".venv", ".git", "var", "node_modules"]


class Command(BaseCommand):
    help = "Compile the translations, collect static files and migrate (the release step)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-migrate",
            action="store_true",
            help="Only compile and collect (for every machine but the one that migrates).",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        call_command("compilemessages", ignore_patterns=IGNORE, verbosity=verbosity)
        call_command("collectstatic", interactive=False, verbosity=verbosity)
        if not options["skip_migrate"]:
            call_command("migrate", interactive=False, verbosity=verbosity)
