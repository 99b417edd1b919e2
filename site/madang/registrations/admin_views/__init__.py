"""The organizers' side in the Wagtail admin.

One viewset (``registrations_admin``, under ``/admin/registrations/``):

- ``index``: the events and tours that take registrations, with their counts;
- ``list``: one registrable's registrations with filters, search, counts and
  CSV/XLSX export (Wagtail's ``SpreadsheetExportMixin``), bulk assignment of
  groups/buses and interpreters, adding seats;
- ``detail``: one registration, its organizer fields and its actions;
- ``check_in`` and ``walk_in``: the registration desk;
- ``write``: a message to all confirmed delegates;
- ``settings``: the settings that live only on the registrable row.

Views are thin: a form validates, one ``services`` function acts, and a
:class:`~.services.RegistrationError` becomes an error message. Every action
is a POST. Reading needs the "view registration" permission, acting needs
"change registration" (superusers have both).

The modules: ``base`` (permission policy, URLs, mixins), ``reports`` (counts),
``forms``, ``filters``, ``actions`` (what a button on one registration does),
``columns``, ``listing`` (the two lists and the export), ``views`` (one
registration, bulk changes), ``desk`` (check-in, walk-in, writing, settings)
and ``viewsets``. Everything public is importable from the package.
"""

from .actions import ACTIONS, available_actions, quick_actions
from .base import (
    NAMESPACE,
    ActingMixin,
    CountingPaginator,
    OrganizerMixin,
    registration_policy,
    url,
)
from .columns import ActionsColumn, NeedsColumn, SelectColumn, StatusColumn
from .desk import CheckInView, FormPageView, SettingsView, WalkInView, WriteView
from .filters import NEEDS, YES_NO, RegistrationFilterSet
from .forms import (
    AddSeatsForm,
    AssignForm,
    CheckInForm,
    MessageForm,
    OrganizerFieldsForm,
    RegistrableSettingsForm,
    WalkInForm,
)
from .listing import RegistrableIndexView, RegistrationIndexView
from .reports import fill_rate, summary, upcoming
from .views import AddSeatsView, AssignView, RegistrationActionView, RegistrationDetailView
from .viewsets import RegistrationsMenuItem, RegistrationsViewSet

__all__ = [
    "ACTIONS",
    "ActingMixin",
    "ActionsColumn",
    "AddSeatsForm",
    "AddSeatsView",
    "AssignForm",
    "AssignView",
    "CheckInForm",
    "CheckInView",
    "CountingPaginator",
    "FormPageView",
    "MessageForm",
    "NAMESPACE",
    "NEEDS",
    "NeedsColumn",
    "OrganizerFieldsForm",
    "OrganizerMixin",
    "RegistrableIndexView",
    "RegistrableSettingsForm",
    "RegistrationActionView",
    "RegistrationDetailView",
    "RegistrationFilterSet",
    "RegistrationIndexView",
    "RegistrationsMenuItem",
    "RegistrationsViewSet",
    "SelectColumn",
    "SettingsView",
    "StatusColumn",
    "WalkInForm",
    "WalkInView",
    "WriteView",
    "YES_NO",
    "available_actions",
    "fill_rate",
    "quick_actions",
    "registration_policy",
    "summary",
    "upcoming",
    "url",
]
