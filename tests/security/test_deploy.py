"""Production as README.md's Deployment section documents it passes Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The required variables of README.md's table, with values as an operator sets them.
DOCUMENTED = {
    "DJANGO_SETTINGS_MODULE": "madang.settings.production",
    "SECRET_KEY": "k8Vq2-documented-example-" + "x7Pz" * 10,
    "SITE_URL": "https://madang.example",
    "DATABASE_URL": "postgres://madang@db.internal:5432/madang",
    "CACHE_URL": "redis://cache.internal:6379/1",
    "MAIL_BACKEND": "anymail.backends.amazon_ses.EmailBackend",
}


def manage(*args, folder, **environment):
    env = {k: v for k, v in os.environ.items() if k not in DOCUMENTED and k != "DATABASE_URL"}
    env.update(DOCUMENTED, STATIC_ROOT=str(folder / "static"), **environment)
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{ROOT / 'site'}"
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_deployment_checks_pass_with_the_documented_environment(tmp_path):
    assert manage("collectstatic", "--noinput", "-v0", folder=tmp_path).returncode == 0

    done = manage("check", "--deploy", "--fail-level", "WARNING", folder=tmp_path)

    assert (done.returncode, done.stdout.strip()) == (
        0,
        "System check identified no issues (0 silenced).",
    )


def test_production_refuses_a_mail_backend_that_does_not_deliver(tmp_path):
    done = manage(
        "check", folder=tmp_path, MAIL_BACKEND="django.core.mail.backends.console.EmailBackend"
    )

    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: "
        "MAIL_BACKEND=django.core.mail.backends.console.EmailBackend does not deliver mails; "
        "in production set the backend of a mail provider, e.g. "
        "anymail.backends.amazon_ses.EmailBackend, with its keys in ANYMAIL. "
        "See README.md, Deployment."
    )
