from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "madang.core"
    label = "core"
    verbose_name = _("Site")
    # The demo content of the site package, read by ``manage.py load_demo`` in this order.
    demo_data = (
        "demo/data/people.yaml",
        "demo/data/site.yaml",
        "demo/data/news.yaml",
        "demo/data/research.yaml",
    )

    def ready(self):
        # These use models: they load once the apps are ready (checks: the release checks).
        from . import checks, pagecache, renditions, sites  # noqa: F401, PLC0415

        pagecache.connect()
        sites.connect()
        renditions.connect()
        post_migrate.connect(sites.sync_after_migrate, sender=self, dispatch_uid="madang-site-url")
