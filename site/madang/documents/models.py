"""Bulk documents an organizer asked for: one job, run as a task, with its progress."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from madang.core.fields import optional_link

from .kinds import Kind


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Being made")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class DocumentJob(models.Model):
    """A PDF of many people's badges, letters or certificates (or a programme).

    The task writes the file to the default storage (object storage in
    production) and counts ``done`` of ``total`` as it goes; housekeeping
    deletes the file and the row after ``KEEP_DAYS``.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    registrable = models.ForeignKey(
        "registrations.Registrable",
        verbose_name=_("for"),
        on_delete=models.CASCADE,
        related_name="document_jobs",
    )
    kind = models.CharField(_("document"), max_length=12, choices=Kind.choices)
    languages = models.JSONField(_("languages"), default=list)
    group = models.CharField(_("group or bus"), max_length=60, blank=True)
    delegation = optional_link("registrations.Delegation", _("delegation"))
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    total = models.PositiveIntegerField(_("people"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    file = models.CharField(_("file"), max_length=255, blank=True)
    error = models.TextField(_("error"), blank=True)
    user = optional_link(settings.AUTH_USER_MODEL, _("asked by"))
    created_at = models.DateTimeField(_("asked"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("document job")
        verbose_name_plural = _("document jobs")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.registrable}"

    @property
    def percent(self):
        if self.status == JobStatus.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def progress_label(self):
        """How far the job is, counted in people, or in documents for the programme."""
        counts = {"done": self.done, "total": self.total}
        if self.kind == Kind.PROGRAMME:
            return (
                ngettext(
                    "%(done)s of %(total)s document done",
                    "%(done)s of %(total)s documents done",
                    self.total,
                )
                % counts
            )
        return (
            ngettext(
                "%(done)s of %(total)s person done", "%(done)s of %(total)s people done", self.total
            )
            % counts
        )

    @property
    def finished(self):
        return self.status in (JobStatus.DONE, JobStatus.FAILED)
