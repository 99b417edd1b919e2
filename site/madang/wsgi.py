"""The WSGI callable granian serves: Django, behind the legacy-charset form reader.

It refuses to start when the release step has not run (catalogs not compiled,
static files not collected), saying which command to run.
"""

import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madang.settings.dev")

application = get_wsgi_application()

from madang.core.checks import release_problems  # noqa: E402  (after Django's setup)
from madang.core.legacy_forms import LegacyCharsetForms  # noqa: E402

if problems := release_problems():
    raise ImproperlyConfigured(problems)

application = LegacyCharsetForms(application)
