from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "madang.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks, pagecache, renditions  # noqa: F401  (checks: the release checks)
        from .sites import sync_after_migrate

        pagecache.connect()
        renditions.connect()
        post_migrate.connect(sync_after_migrate, sender=self, dispatch_uid="madang-site-url")
