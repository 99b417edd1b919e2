from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "madang.registrations"
    label = "registrations"
    verbose_name = _("Registrations")

    def ready(self):
        from . import delivery, seat_changes, signals  # noqa: PLC0415 -- they use models

        signals.connect()
        delivery.connect()
        seat_changes.connect()
