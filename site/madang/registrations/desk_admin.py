"""Camera check-in for desk volunteers, in the Wagtail admin (``desk.py`` acts).

``/admin/registrations/<id>/scan/`` is a page for a phone: it reads QR codes
with the camera (``static/js/src/desk-scan.js``, bundled at build time: the
browser's ``BarcodeDetector`` where it exists, else the ``barcode-detector``
polyfill on ZXing's WebAssembly), shows the person's name in both scripts and
their needs from the list it loaded, and queues check-ins on the phone while
the network is down. ``scan/sync/`` takes the queue (JSON) and answers per
scan; a scan id counts once however often it is sent.

Who may use it: ``roles.may_check_in``.
"""

import json

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail_localize.views.report import TranslationsReportFilterSet, TranslationsReportView

from madang.core.errors import permission_denied
from madang.core.languages import name_in_reader_language

from .admin_views.base import registrable_breadcrumbs, registrable_of_url, url
from .admin_views.reports import local_moment
from .desk import arrival_time, arrivals, record_scan
from .models import ACTIVE, Registration, Status
from .roles import desk_registrables, is_desk_only, may_check_in

#: The most scans one sync may carry (a phone sends its queue in batches of this size).
MAX_SCANS = 100


class ScanForm(forms.Form):
    id = forms.UUIDField()
    code = forms.CharField(max_length=40)
    at = forms.DateTimeField(required=False)


class DeskMixin:
    @cached_property
    def registrable(self):
        return registrable_of_url(self.kwargs)

    def dispatch(self, request, *args, **kwargs):
        if not may_check_in(request.user, self.registrable):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _language_name(code):
    """The language named in the volunteer's language ("일본어")."""
    return name_in_reader_language(code) if code else ""


def roster(registrable):
    """``{code: facts}`` of the people who may come to the desk, for the phone to read offline."""
    people = {}
    for registration in Registration.objects.filter(
        registrable=registrable, status__in=ACTIVE
    ).select_related("registrable"):
        people[registration.code] = {
            "name": registration.name,
            "romanized": registration.name_romanized,
            "organization": registration.organization,
            "group": registration.group,
            "confirmed": registration.status == Status.CONFIRMED,
            "status": registration.get_status_display(),
            "arrived": arrival_time(registration),
            "dietary": registration.dietary_needs,
            "accessibility": registration.accessibility_needs,
            "interpretation": _language_name(registration.interpretation_language),
        }
    return people


def arrivals_label(registrable):
    arrived, confirmed = arrivals(registrable)
    return _("%(arrived)s of %(confirmed)s confirmed delegates have arrived.") % {
        "arrived": arrived,
        "confirmed": confirmed,
    }


def words():
    """What the phone says, in the volunteer's language (the script fills the %(…)s)."""
    return {
        "welcome": _("Welcome, %(name)s."),
        "already": _("%(name)s had already arrived at %(time)s."),
        "unknown": _("No registration has the code %(code)s."),
        "refused": _("%(name)s is not confirmed (%(status)s)."),
        "queued": _("Saved on this phone: it is sent when the network is back."),
        "waiting_one": ngettext(
            "%(count)s check-in waits to be sent.", "%(count)s check-ins wait to be sent.", 1
        ),
        "waiting_many": ngettext(
            "%(count)s check-in waits to be sent.", "%(count)s check-ins wait to be sent.", 2
        ),
        "all_sent": _("Every check-in is sent."),
        "no_camera": _("The camera cannot be used here. Type the code under the QR code instead."),
        "failed": _("The site refused the check-ins (%(status)s). Reload the page."),
    }


class ScanView(DeskMixin, WagtailAdminTemplateMixin, View):
    template_name = "registrations/admin/desk_scan.html"
    header_icon = "tick"

    page_title = gettext_lazy("Camera check-in")

    def get_page_subtitle(self):
        return self.registrable.shown_title

    def get_breadcrumbs_items(self):
        return registrable_breadcrumbs(self.request.user, self.registrable, self.get_page_title())

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(
            registrable=self.registrable,
            roster=roster(self.registrable),
            words=words(),
            arrivals=arrivals_label(self.registrable),
            sync_url=reverse("registrations_desk_sync", args=[self.registrable.pk]),
        )
        return TemplateResponse(request, self.template_name, context)


def _bad_request(message):
    return JsonResponse({"error": message}, status=400)


class SyncView(DeskMixin, View):
    """The phone's queue: ``{"scans": [{"id": uuid, "code": str, "at": iso}]}``."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not may_check_in(request.user, self.registrable):
            # An answer the phone's script reads (not the admin's redirect to its home).
            return JsonResponse(
                {"error": _("You may not check delegates in for this event.")}, status=403
            )
        return View.dispatch(self, request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            data = json.loads(request.body)
        except (ValueError, UnicodeDecodeError):
            return _bad_request(_("The check-ins could not be read."))
        scans = data.get("scans") if isinstance(data, dict) else None
        if not isinstance(scans, list) or not all(isinstance(s, dict) for s in scans):
            return _bad_request(_("The check-ins could not be read."))
        if len(scans) > MAX_SCANS:
            return _bad_request(
                _("Send at most %(count)s check-ins at once.") % {"count": MAX_SCANS}
            )
        now = timezone.now()
        results = []
        for item in scans:
            # JSON may carry numbers or lists where the form reads text: such a scan is
            # left unbound, so unread, like any other scan that cannot be read.
            text = all(isinstance(item.get(name, ""), str) for name in ScanForm.base_fields)
            form = ScanForm(item if text else None)
            if not form.is_valid():
                results.append(
                    {
                        "id": str(item.get("id", "")),
                        "outcome": "invalid",
                        "message": _("This check-in could not be read; it was not counted."),
                    }
                )
                continue
            result = record_scan(
                registrable=self.registrable,
                scan_id=form.cleaned_data["id"],
                code=form.cleaned_data["code"],
                scanned_at=form.cleaned_data["at"],
                user=request.user,
                now=now,
            )
            registration = result.registration
            results.append(
                {
                    "id": str(result.scan.scan_id),
                    "code": result.scan.code,
                    "outcome": result.scan.outcome,
                    "duplicate": result.duplicate,
                    "message": result.message,
                    "arrived": arrival_time(registration) if registration else "",
                }
            )
        return JsonResponse(
            {"results": results, "arrivals": arrivals_label(self.registrable)},
            json_dumps_params={"ensure_ascii": False},
        )


class DeskPanel(Component):
    """A desk volunteer's dashboard: the events and tours they check people in for,
    with links to the check-in desk and the camera page.

    For someone who reaches the admin only as a desk volunteer, it also hides the
    dashboard's page search, which they may not use (its stylesheet)."""

    name = "check_in_desk"
    template_name = "registrations/admin/desk_panel.html"
    order = 10

    def __init__(self, registrables, *, desk_only):
        self.registrables = registrables
        self.desk_only = desk_only

    @property
    def media(self):
        if not self.desk_only:
            return forms.Media()
        return forms.Media(css={"all": ["css/desk-dashboard.css"]})

    def get_context_data(self, parent_context):
        return {
            "rows": [
                {
                    "title": registrable.shown_title,
                    "starts": local_moment(registrable.starts_at, registrable.time_zone),
                    "arrivals": arrivals_label(registrable),
                    "check_in_url": url("check_in", registrable.pk),
                    "scan_url": reverse("registrations_desk_scan", args=[registrable.pk]),
                }
                for registrable in self.registrables
            ],
        }


def desk_panel(request):
    """The dashboard panel of a desk volunteer, or None for anyone without a desk role."""
    registrables = list(
        desk_registrables(request.user).with_titles_in(get_language()).order_by("starts_at", "pk")
    )
    if not registrables:
        return None
    return DeskPanel(registrables, desk_only=is_desk_only(request.user))


def may_see_translations_report(user):
    """wagtail-localize's "Translations" report (open to everyone in the admin) is for
    editors of pages: not for a desk volunteer who edits no page."""
    return not is_desk_only(user) or user_has_any_page_permission(user)


class TranslationsReportFilters(TranslationsReportFilterSet):
    """wagtail-localize's filters, with its two language filters labelled in the admin's
    language (it labels them from its models' field names, in English)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["source_locale"].label = gettext_lazy("Original's language")
        self.filters["target_locale"].label = gettext_lazy("Translation's language")


class TranslationsReport(TranslationsReportView):
    """The report at its own address, refused (403, in the admin's language) to those
    who may not see it: its menu item alone hid it from them, not its address."""

    filterset_class = TranslationsReportFilters

    def dispatch(self, request, *args, **kwargs):
        if not may_see_translations_report(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


def urlpatterns():
    """The desk's pages, and wagtail-localize's report addresses answered by
    ``TranslationsReport`` (the admin tries these before wagtail-localize's own:
    ``madang.registrations`` comes first in ``INSTALLED_APPS``)."""
    return [
        path("localize/reports/translations/", TranslationsReport.as_view()),
        path(
            "localize/reports/translations/results/",
            TranslationsReport.as_view(results_only=True),
        ),
        path("registrations/<int:pk>/scan/", ScanView.as_view(), name="registrations_desk_scan"),
        path(
            "registrations/<int:pk>/scan/sync/",
            SyncView.as_view(),
            name="registrations_desk_sync",
        ),
    ]
