"""Organizers make documents for many people at once: a task with its progress page.

"Print documents" on an event's or tour's registrations opens a form (which
document, the programme's languages, everyone or one group or delegation);
sending it writes a :class:`~.models.DocumentJob` and queues its task. The
job's page shows the progress, reloads itself until the file is ready and
then offers it for download. Nothing is rendered inside these requests.
"""

from django import forms
from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from madang.registrations.admin_views.base import OrganizerMixin
from madang.registrations.models import Delegation

from . import services
from .kinds import Kind
from .models import DocumentJob

NAMESPACE = "documents_admin"


def admin_url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


class DocumentsForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Document"), choices=Kind.choices, widget=forms.RadioSelect
    )
    languages = forms.MultipleChoiceField(
        label=gettext_lazy("Languages of the programme"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Two or three, printed side by side. Only for the programme."),
    )
    group = forms.ChoiceField(label=gettext_lazy("Only the group or bus"), required=False)
    delegation = forms.ModelChoiceField(
        label=gettext_lazy("Only the delegation"),
        queryset=Delegation.objects.none(),
        required=False,
    )

    def __init__(self, *args, registrable, **kwargs):
        super().__init__(*args, **kwargs)
        groups = (
            registrable.registrations.exclude(group="")
            .order_by("group")
            .values_list("group", flat=True)
            .distinct()
        )
        self.fields["group"].choices = [("", _("Everyone")), *((g, g) for g in groups)]
        self.fields["delegation"].queryset = registrable.delegations.order_by("organization")
        self.fields["delegation"].empty_label = _("Every delegation")

    def clean(self):
        data = super().clean()
        if data.get("kind") == Kind.PROGRAMME and not 2 <= len(data.get("languages") or []) <= 3:
            self.add_error("languages", _("Choose two or three languages for the programme."))
        return data


class DocumentsView(OrganizerMixin, WagtailAdminTemplateMixin, View):
    template_name = "documents/admin/start.html"
    header_icon = "doc-full"

    page_title = gettext_lazy("Print documents")

    def get(self, request, *args, **kwargs):
        return self.render(DocumentsForm(registrable=self.registrable, initial={"kind": "badge"}))

    def post(self, request, *args, **kwargs):
        form = DocumentsForm(request.POST, registrable=self.registrable)
        if form.is_valid():
            try:
                job = services.start_document_job(
                    registrable=self.registrable,
                    kind=form.cleaned_data["kind"],
                    languages=form.cleaned_data["languages"],
                    group=form.cleaned_data["group"],
                    delegation=form.cleaned_data["delegation"],
                    user=request.user,
                )
            except services.DocumentError as error:
                messages.error(request, error.message)
            else:
                return redirect(admin_url("job", self.registrable.pk, job.uuid))
        return self.render(form, status=400)

    def render(self, form, status=200):
        jobs = self.registrable.document_jobs.select_related("delegation")[:10]
        context = self.get_context_data(
            form=form,
            registrable=self.registrable,
            jobs=[(job, admin_url("job", self.registrable.pk, job.uuid)) for job in jobs],
            keep_days=services.KEEP_DAYS,
        )
        return TemplateResponse(self.request, self.template_name, context, status=status)


class JobMixin(OrganizerMixin):
    def get_job(self):
        return get_object_or_404(DocumentJob, uuid=self.kwargs["job"], registrable=self.registrable)


class JobView(JobMixin, WagtailAdminTemplateMixin, View):
    template_name = "documents/admin/job.html"
    header_icon = "doc-full"

    page_title = gettext_lazy("Print documents")

    def get(self, request, *args, **kwargs):
        job = self.get_job()
        context = self.get_context_data(
            job=job,
            registrable=self.registrable,
            download_url=admin_url("download", self.registrable.pk, job.uuid),
            back_url=admin_url("start", self.registrable.pk),
        )
        return TemplateResponse(request, self.template_name, context)


class DownloadView(JobMixin, View):
    def get(self, request, *args, **kwargs):
        job = self.get_job()
        if not job.file:
            raise Http404
        try:
            file = services.open_job_file(job)
        except FileNotFoundError as error:
            raise Http404 from error
        return FileResponse(
            file,
            as_attachment=True,
            filename=job.file.rsplit("/", 1)[-1],
            content_type="application/pdf",
        )


def urlpatterns():
    patterns = [
        path("", DocumentsView.as_view(), name="start"),
        path("<uuid:job>/", JobView.as_view(), name="job"),
        path("<uuid:job>/download/", DownloadView.as_view(), name="download"),
    ]
    return [path("registrations/<int:pk>/documents/", include((patterns, NAMESPACE)))]
