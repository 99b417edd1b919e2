import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from madang.registrations import outbox, services
from madang.registrations.models import OutboxMail, Registrable, Status

from .factories import make_registrable, register


def test_register_confirms_while_seats_last_then_waitlists(db):
    registrable = make_registrable(capacity=1)
    first = register(registrable)
    second = register(registrable)
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITLISTED)


def test_cancelling_promotes_the_first_person_waiting(db):
    registrable = make_registrable(capacity=1)
    first = register(registrable)
    second = register(registrable)
    third = register(registrable)
    services.cancel_registration(registration=first)
    second.refresh_from_db()
    third.refresh_from_db()
    assert (second.status, third.status) == (Status.CONFIRMED, Status.WAITLISTED)


def test_mails_are_written_to_the_outbox_and_sent_in_the_registrants_language(db):
    registrable = make_registrable(capacity=5, requires_verification=True)
    registration = register(registrable, correspondence_language="ja")
    assert OutboxMail.objects.filter(registration=registration).count() == 1
    assert outbox.deliver_due() == 1
    assert len(mail.outbox) == 1
    english = "Please confirm your email address: %(title)s"
    title = {"title": "Gwangju national conference"}
    with translation.override("ja"):
        japanese = gettext(english) % title
    assert japanese != english % title  # the catalog has it: the subject tells ja from en
    assert mail.outbox[0].subject == japanese


def test_registering_for_a_row_deleted_meanwhile_says_registration_is_not_open(db):
    registrable = make_registrable(capacity=5)
    Registrable.objects.filter(pk=registrable.pk).delete()

    with translation.override("en"), pytest.raises(services.RegistrationError) as raised:
        register(registrable)

    assert (raised.value.code, raised.value.message) == ("closed", "Registration is not open.")
