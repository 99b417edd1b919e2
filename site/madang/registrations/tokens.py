"""Signed links in mails: the self-service link and the email confirmation link.

A link carries the registration's id and its random secret, signed with the
site's key, so it can neither be guessed nor altered into another person's.
The self-service link is the same every time it is made (no timestamp): the
person keeps one address for their page, which their phone can bookmark and
keep offline; it stops working when the secret changes or the grace period
after the event ends. The confirmation link carries its time and expires.
"""

import datetime

from django.core import signing
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from .models import Registration

MANAGE_SALT = "madang.registrations.manage"
VERIFY_SALT = "madang.registrations.verify"
#: Self-service links keep working this long after the end of what was registered for.
MANAGE_GRACE = datetime.timedelta(days=30)


class InvalidLink(Exception):
    """Tampered, unknown or revoked."""


class ExpiredLink(Exception):
    pass


def manage_token(registration):
    return signing.Signer(salt=MANAGE_SALT).sign_object([registration.pk, registration.secret])


def verify_token(registration):
    return signing.dumps([registration.pk, registration.secret], salt=VERIFY_SALT)


def _load(token, *, salt):
    signer = (
        signing.Signer(salt=salt) if salt == MANAGE_SALT else signing.TimestampSigner(salt=salt)
    )
    try:
        pk, secret = signer.unsign_object(token)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise InvalidLink from error
    registration = (
        Registration.objects.select_related("registrable", "registrable__parent")
        .filter(pk=pk)
        .first()
        if isinstance(pk, int)
        else None
    )
    if registration is None or not constant_time_compare(registration.secret, str(secret)):
        raise InvalidLink
    if registration.erased_at is not None:
        raise ExpiredLink
    return registration


def registration_from_manage_token(token, *, now=None):
    registration = _load(token, salt=MANAGE_SALT)
    ends = registration.registrable.ends_at
    if ends is not None and (now or timezone.now()) > ends + MANAGE_GRACE:
        raise ExpiredLink
    return registration


def registration_from_verify_token(token):
    registration = _load(token, salt=VERIFY_SALT)
    hours = registration.registrable.verification_hours
    try:
        signing.loads(token, salt=VERIFY_SALT, max_age=datetime.timedelta(hours=hours))
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    return registration
