"""``manage.py load_demo``: fill the site with demo content in Korean, Japanese and English.

Safe to run again: it only creates what is missing. The content and the
building logic live in ``madang.core.demo``.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from madang.core.demo.build import build
from madang.core.demo.housekeeping import ADMIN_USERNAME

# The kinds of objects counted in the build report, as shown to the user (every kind
# the demo builders count: tests/core/test_demo.py checks that none is left out).
KINDS = {
    "admin users": gettext_lazy("admin users"),
    "aliases": gettext_lazy("aliases"),
    "documents": gettext_lazy("documents"),
    "footer texts": gettext_lazy("footer texts"),
    "host profiles": gettext_lazy("host profiles"),
    "images": gettext_lazy("images"),
    "locale synchronizations": gettext_lazy("locale synchronizations"),
    "locales": gettext_lazy("locales"),
    "organizations": gettext_lazy("organizations"),
    "pages": gettext_lazy("pages"),
    "people": gettext_lazy("people"),
    "places": gettext_lazy("places"),
    "registrations": gettext_lazy("registrations"),
    "site settings": gettext_lazy("site settings"),
    "sites": gettext_lazy("sites"),
    "welcome pages removed": gettext_lazy("welcome pages removed"),
}


class Command(BaseCommand):
    help = "Create the Madang demo site (pages, snippets, images, admin user); safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Skip the search index update at the end.",
        )

    def handle(self, *args, **options):
        report = build(update_index=not options["no_index"])

        def counts(counter):
            return ", ".join(
                _("%(kind)s %(number)d") % {"kind": KINDS.get(kind, kind), "number": number}
                for kind, number in sorted(counter.items())
            )

        self.stdout.write(
            _("Demo content: created %(created)s; kept %(kept)s.")
            % {
                "created": counts(report.created) or _("nothing"),
                "kept": counts(report.kept) or _("nothing"),
            }
        )
        password = report.admin_password or _("(unchanged, not shown)")
        self.stdout.write(
            _("Admin: %(url)s  user %(user)s  password %(password)s")
            % {"url": f"{settings.SITE_URL}/admin/", "user": ADMIN_USERNAME, "password": password}
        )
        for url in report.site_urls:
            self.stdout.write(_("Site: %(url)s") % {"url": url})
