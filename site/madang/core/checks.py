"""What a release must have done before the site serves: compiled catalogs, static files.

The ``.mo`` files are not in git, and WhiteNoise's manifest is written by
``collectstatic``; without the first the site answers in English, without the
second every page fails. Both are deployment checks (``check --deploy``), and
``madang.wsgi`` refuses to start when they fail, naming the command to run.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core import checks
from django.core.files.storage import storages

RELEASE = "python manage.py release"


@checks.register(checks.Tags.translation, deploy=True)
def catalogs_compiled(app_configs=None, **kwargs):
    problems = []
    for folder in map(Path, settings.LOCALE_PATHS):
        for source in sorted(folder.glob("*/LC_MESSAGES/django.po")):
            compiled = source.with_suffix(".mo")
            if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
                problems.append(
                    checks.Error(
                        f"The {source.parent.parent.name} translations are not compiled: "
                        f"{compiled} is missing or older than {source.name}, so the site "
                        "would answer in English.",
                        hint=f"Run `python manage.py compilemessages` (part of `{RELEASE}`).",
                        id="madang.E001",
                    )
                )
    return problems


@checks.register(checks.Tags.staticfiles, deploy=True)
def static_files_collected(app_configs=None, **kwargs):
    storage = storages["staticfiles"]
    if not isinstance(storage, ManifestFilesMixin):
        return []
    manifest = Path(settings.STATIC_ROOT) / storage.manifest_name
    if manifest.exists():
        return []
    return [
        checks.Error(
            f"The static files are not collected: {manifest} is missing, so no page can render.",
            hint=f"Run `python manage.py collectstatic` (part of `{RELEASE}`).",
            id="madang.E002",
        )
    ]


def release_problems():
    """The errors of both checks, as one message; empty when the release is complete."""
    errors = catalogs_compiled() + static_files_collected()
    return "\n".join(f"{error.msg} {error.hint}" for error in errors)
