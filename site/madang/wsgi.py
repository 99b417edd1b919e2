"""The WSGI callable granian serves: Django, behind the legacy-charset form reader."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madang.settings.dev")

application = get_wsgi_application()

from madang.core.legacy_forms import LegacyCharsetForms  # noqa: E402  (after Django's setup)

application = LegacyCharsetForms(application)
