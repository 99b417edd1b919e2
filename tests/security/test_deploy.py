"""Production as README.md's Deployment section documents it passes Django's deployment checks."""

import pytest

from tests.released import manage

# The release step (tests/released.py) runs once per test run, in production as documented.
pytestmark = pytest.mark.xdist_group("release")


def test_the_deployment_checks_pass_with_the_documented_environment(released):
    done = manage("check", "--deploy", "--fail-level", "WARNING", folder=released)

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
