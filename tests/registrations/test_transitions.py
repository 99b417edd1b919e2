"""Status transitions are defined once (transitions.py): the services refuse what it
refuses, the admin offers what it allows, the delegate's pages show what it allows."""

import pytest

from madang.registrations import services, transitions
from madang.registrations.admin_views import available_actions
from madang.registrations.models import Registration, Status
from madang.registrations.transitions import ALLOWED, Action

from .factories import make_registrable, register

#: action → the service that performs it.
SERVICES = {
    Action.APPROVE: lambda r: services.approve_registration(registration=r),
    Action.REJECT: lambda r: services.reject_registration(registration=r),
    Action.GIVE_SEAT: lambda r: services.confirm_from_waitlist(registration=r),
    Action.WAITLIST: lambda r: services.move_to_waitlist(registration=r),
    Action.CHECK_IN: lambda r: services.check_in(registrable=r.registrable, code=r.code),
    Action.RESEND: lambda r: services.resend_mail(registration=r),
    Action.CHANGE: lambda r: services.change_registration(registration=r, data={}),
    Action.CANCEL: lambda r: services.cancel_registration(registration=r),
}


def in_status(status):
    """A registration in ``status`` (set directly: only the service under test acts)."""
    registrable = make_registrable(capacity=5)
    registration = register(registrable)
    Registration.objects.filter(pk=registration.pk).update(status=status)
    registration.refresh_from_db()
    return registration


@pytest.mark.parametrize("action", list(SERVICES))
@pytest.mark.parametrize("status", Status.values)
def test_each_service_acts_exactly_where_the_transitions_allow_it(db, action, status):
    registration = in_status(status)

    try:
        SERVICES[action](registration)
    except services.RegistrationError as error:
        assert status not in ALLOWED[action], error.message
        assert error.message  # a sentence for the person, not a code
    else:
        assert status in ALLOWED[action]


@pytest.mark.parametrize("status", Status.values)
def test_the_admin_offers_exactly_the_allowed_actions(db, status):
    registration = in_status(status)

    offered = {name for name, _label in available_actions(registration)}

    assert offered == {
        str(action) for action in transitions.ORGANIZER_ACTIONS if status in ALLOWED[action]
    }


def test_an_organizer_can_cancel_a_registration_awaiting_approval(db, admin_client):
    registration = in_status(Status.PENDING)

    assert "cancel" in {name for name, _label in available_actions(registration)}
    response = admin_client.post(
        f"/admin/registrations/registration/{registration.pk}/cancel/", HTTP_ACCEPT_LANGUAGE="en"
    )

    registration.refresh_from_db()
    assert (response.status_code, registration.status) == (302, Status.CANCELLED)


def test_after_arrival_the_admin_no_longer_offers_check_in(db):
    registration = in_status(Status.CONFIRMED)
    services.check_in(registrable=registration.registrable, code=registration.code)
    registration.refresh_from_db()

    assert "check-in" not in {name for name, _label in available_actions(registration)}


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        (Status.CONFIRMED, {"change", "cancel", "ticket"}),
        (Status.WAITLISTED, {"change", "cancel"}),
        (Status.UNVERIFIED, {"change", "cancel"}),
        (Status.CANCELLED, {"register_again"}),
        (Status.EXPIRED, {"register_again"}),
    ],
)
def test_the_delegates_pages_ask_the_same_rules(db, status, shown):
    registration = in_status(status)
    can = registration.can

    asked = {
        name for name in ("change", "cancel", "ticket", "register_again") if getattr(can, name)
    }

    assert asked == shown


def test_nothing_is_possible_on_erased_data(db):
    registration = in_status(Status.CONFIRMED)
    services.erase_personal_data(registrations=[registration])
    registration.refresh_from_db()

    assert [a for a in Action if transitions.allows(a, registration)] == []
