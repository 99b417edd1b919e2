from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "madang.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import signals

        signals.connect()
