"""A mail provider that is down: every send raises, as anymail does on an API error."""

from anymail.exceptions import AnymailAPIError
from django.core.mail.backends.base import BaseEmailBackend

FAILING = {"default": {"BACKEND": "tests.registrations.failing_mail.FailingBackend"}}
WORKING = {"default": {"BACKEND": "anymail.backends.test.EmailBackend"}}


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise AnymailAPIError("503 Service Unavailable: the provider is down")
