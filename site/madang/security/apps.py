from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "madang.security"
    label = "madang_security"
    verbose_name = _("Security")
