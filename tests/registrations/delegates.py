"""Helpers for the delegate-side tests: the form's data, links in mails, old tokens,
pages' extras."""

import re
import time

from django.conf import settings
from django.core import signing

from madang.registrations import services
from madang.registrations.models import Registrable


def link_in(message, marker):
    """The path of the first link in ``message``'s text that contains ``marker``.

    Every link in a mail is at the site's public address, ``SITE_URL``.
    """
    for url in re.findall(re.escape(settings.SITE_URL) + r"(/\S+)", message.body):
        if marker in url:
            return url
    raise AssertionError(f"no link with {marker!r} in:\n{message.body}")


class _BackdatedSigner(signing.TimestampSigner):
    def __init__(self, *args, hours, **kwargs):
        super().__init__(*args, **kwargs)
        self.hours = hours

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - int(self.hours * 3600))


def old_token(registration, *, salt, hours):
    """A link token as it was issued ``hours`` ago."""
    return _BackdatedSigner(salt=salt, hours=hours).sign_object(
        [registration.pk, registration.secret], serializer=signing.JSONSerializer
    )


def add_activity(page, **fields):
    """An optional activity on an event page, synced to the engine as publishing does.

    Returns the activity's registrable row.
    """
    from events.models import EventActivity

    activity = EventActivity.objects.create(page=page, locale=page.locale, **fields)
    services.sync_registrable(page=page, activities=list(page.registration_activities.all()))
    return Registrable.objects.get(key=activity.translation_key)


def add_question(page, **fields):
    from events.models import EventQuestion

    fields.setdefault("sort_order", page.registration_questions.count())
    fields.setdefault("required", False)  # Wagtail's form fields are required by default
    return EventQuestion.objects.create(page=page, locale=page.locale, **fields)


def form_data(**overrides):
    data = {
        "name": "김민지",
        "name_romanized": "Kim Minji",
        "email": "minji@example.org",
        "phone": "010-0000-0000",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "ko",
        "interpretation_language": "ja",
        "dietary_needs": "",
        "accessibility_needs": "",
        "consent": "on",
    }
    data.update(overrides)
    return data


def register_url(registrable, language="ko"):
    return f"/{language}/register/{registrable.key}/"


def post(client, url, capture, **overrides):
    with capture(execute=True):
        return client.post(url, form_data(**overrides))
