"""One person's data in the admin: find it, export it, erase it (after a confirmation).

For a person's request to see or to be forgotten. A person is found by their
address (every registration with it) or, when they have none of their own (a
delegation member whose mails go to the head), by one registration. Both the
export and the erasure are written to the privacy log (``PrivacyLog``) with the
organizer who did it; the page lists the latest entries. Needs the
"Can export and erase a person's personal data" permission.
"""

import json

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .models import PrivacyLog, PrivacyVia, Registration, title_in

PERMISSION = "registrations.manage_personal_data"


def can_manage(user):
    return user.is_active and user.has_perm(PERMISSION)


class PersonForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        required=False,
        help_text=gettext_lazy("Every registration with this address, in any event or tour."),
    )
    registration = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("registration"):
            raise forms.ValidationError(_("Enter the person's email address."))
        return cleaned

    def person(self):
        """``{"email": …}`` or ``{"registration": Registration}`` for the services."""
        if self.cleaned_data.get("registration"):
            return {
                "registration": get_object_or_404(
                    Registration, pk=self.cleaned_data["registration"]
                )
            }
        return {"email": self.cleaned_data["email"]}


class ConfirmEraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "I understand: the personal data of these registrations is erased for good."
        ),
        required=True,
    )


class PersonalDataMixin(WagtailAdminTemplateMixin):
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("registrations_personal_data"), "label": _("Personal data")},
            {"url": "", "label": self.get_page_title()},
        ]

    def person_form(self, data):
        form = PersonForm(data)
        if not form.is_valid():
            return form, None, []
        person = form.person()
        rows = list(
            services.person_registrations(**person)
            .filter(erased_at__isnull=True)
            .select_related("registrable")
            .annotate(registrable_title=title_in(get_language(), of="registrable"))
            .order_by("created_at", "pk")
        )
        return form, person, rows

    def query(self, person):
        if "registration" in person:
            return urlencode({"registration": person["registration"].pk})
        return urlencode({"email": person["email"]})


class PersonalDataView(PersonalDataMixin, View):
    """Find one person's registrations; export them; go on to erase them."""

    template_name = "registrations/admin/personal_data.html"

    page_title = gettext_lazy("Personal data")

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request):
        searched = bool(request.GET)
        form, person, rows = self.person_form(request.GET if searched else None)
        context = self.get_context_data(
            form=form,
            searched=searched and form.is_valid(),
            registrations=rows,
            query=self.query(person) if person else "",
            log=PrivacyLog.objects.all()[:30],
        )
        return TemplateResponse(request, self.template_name, context)


class ExportView(PersonalDataMixin, View):
    """POST: the person's data as a JSON file, written to the privacy log."""

    http_method_names = ["post"]

    def post(self, request):
        form, person, rows = self.person_form(request.POST)
        if not rows:
            messages.error(request, _("Nothing is kept about this person."))
            return redirect(reverse("registrations_personal_data"))
        data = services.export_personal_data(**person, via=PrivacyVia.ADMIN, user=request.user)
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        response = HttpResponse(text + "\n", content_type="application/json; charset=utf-8")
        name = f"personal-data-{timezone.localdate():%Y%m%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class EraseView(PersonalDataMixin, View):
    """GET: what would be erased, and a confirmation; POST: erase, log, report."""

    template_name = "registrations/admin/personal_data_erase.html"

    page_title = gettext_lazy("Erase personal data")

    def render(self, form, person, rows, confirm_form):
        context = self.get_context_data(
            form=form,
            registrations=rows,
            query=self.query(person) if person else "",
            person=person,
            confirm_form=confirm_form,
        )
        return TemplateResponse(self.request, self.template_name, context)

    def get(self, request):
        form, person, rows = self.person_form(request.GET)
        if not rows:
            messages.error(request, _("Nothing is kept about this person."))
            return redirect(reverse("registrations_personal_data"))
        return self.render(form, person, rows, ConfirmEraseForm())

    def post(self, request):
        form, person, rows = self.person_form(request.POST)
        if not rows:
            messages.error(request, _("Nothing is kept about this person."))
            return redirect(reverse("registrations_personal_data"))
        confirm = ConfirmEraseForm(request.POST)
        if not confirm.is_valid():
            messages.error(request, _("Tick the box to confirm the erasure."))
            return self.render(form, person, rows, confirm)
        count = services.erase_person(**person, via=PrivacyVia.ADMIN, user=request.user)
        messages.success(
            request,
            ngettext(
                "The personal data of %(count)s registration is erased.",
                "The personal data of %(count)s registrations is erased.",
                count,
            )
            % {"count": count},
        )
        return redirect(reverse("registrations_personal_data"))


def urlpatterns():
    return [
        path("personal-data/", PersonalDataView.as_view(), name="registrations_personal_data"),
        path(
            "personal-data/export/",
            ExportView.as_view(),
            name="registrations_personal_data_export",
        ),
        path(
            "personal-data/erase/",
            EraseView.as_view(),
            name="registrations_personal_data_erase",
        ),
    ]
