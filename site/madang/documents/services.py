"""Making documents: one person's from their page, many people's as a task.

A delegate's own document is small (one badge, one letter) and made in the
request. An organizer's bulk job is never made in a request: the admin
writes a :class:`~.models.DocumentJob` and queues :func:`make_documents` (a task),
which renders the people in chunks, counts its progress and stores one PDF.
"""

import datetime
import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.fields.json import KeyTransform
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from madang.registrations.models import Registration, Status

from . import render
from .kinds import Kind, two_languages
from .models import DocumentJob, JobStatus

logger = logging.getLogger(__name__)

#: People per rendered chunk of a bulk job (a sheet of badges is 8).
CHUNK = 16
#: Bulk files and their jobs are deleted this long after they were asked for.
KEEP_DAYS = 14

HTML_OF = {
    Kind.BADGE: render.badges_html,
    Kind.LETTER: render.letters_html,
    Kind.CERTIFICATE: render.certificates_html,
}


class DocumentError(Exception):
    """A document that cannot be made, with a translated message for the person who asked."""

    def __init__(self, message, *, code="invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


def letter_question(registrable, language=settings.LANGUAGE_CODE):
    """The question by which delegates ask for the invitation letter (its ``clean_name``),
    or None when the event or tour asks none (then every confirmed delegate may have it)."""
    page = registrable.page_in(language)
    return page.registration_letter_question() if page is not None else None


def people_for(kind, registrations, *, asked_by=None):
    """Who gets ``kind``: confirmed people; for certificates, those who were checked in;
    for letters, those who ticked the question ``asked_by`` (when there is one)."""
    people = registrations.filter(status=Status.CONFIRMED, erased_at__isnull=True)
    if kind == Kind.CERTIFICATE:
        people = people.filter(checked_in_at__isnull=False)
    if kind == Kind.LETTER and asked_by:
        people = people.alias(asked=KeyTransform(asked_by, "answers")).filter(asked=True)
    return people.order_by("group", "delegation_id", "name", "pk")


def delegate_kinds(registration):
    """The documents a person can download from their page now, in order."""
    if registration.status != Status.CONFIRMED or registration.erased_at is not None:
        return [Kind.PROGRAMME] if registration.is_active else []
    kinds = [Kind.PROGRAMME, Kind.BADGE]
    asked_by = letter_question(registration.registrable, registration.language)
    if asked_by is None or registration.answers.get(asked_by) is True:
        kinds.append(Kind.LETTER)
    if registration.checked_in_at is not None:
        kinds.append(Kind.CERTIFICATE)
    return kinds


def filename(kind, registrable, *, suffix=""):
    stamp = registrable.starts_at.date().isoformat() if registrable.starts_at else "madang"
    return f"{kind}-{stamp}{suffix}.pdf"


def make_delegate_document(*, registration, kind):
    """``(filename, pdf bytes)`` of one person's own document, in their language."""
    if kind not in Kind.values:
        raise DocumentError(_("There is no such document."), code="unknown")
    if kind not in delegate_kinds(registration):
        if kind == Kind.CERTIFICATE and registration.status == Status.CONFIRMED:
            raise DocumentError(
                _("The certificate of attendance is ready once you have checked in at the event."),
                code="not_checked_in",
            )
        if kind == Kind.LETTER and registration.status == Status.CONFIRMED:
            raise DocumentError(
                _("The invitation letter is for delegates who asked for it when they registered."),
                code="not_asked",
            )
        raise DocumentError(
            _("This document is only for confirmed registrations."), code="not_confirmed"
        )
    registrable = registration.registrable
    if kind == Kind.PROGRAMME:
        book = render.FactsBook(registrable)
        languages = two_languages(registration.language, book.host_language)
        html = render.programme_html(registrable=registrable, languages=languages)
    else:
        book = render.FactsBook(registrable)
        with override(registration.language):
            html = HTML_OF[kind](book=book, registrations=[registration])
    pdf = render.write_pdf([render.render(html)], title=registrable.title)
    return filename(kind, registrable, suffix=f"-{registration.code}"), pdf


def start_document_job(*, registrable, kind, languages=(), group="", delegation=None, user=None):
    """Write a job and queue its task (after commit); returns the job."""
    if kind not in Kind.values:
        raise DocumentError(_("There is no such document."), code="unknown")
    languages = list(dict.fromkeys(languages))
    if kind == Kind.PROGRAMME and not 2 <= len(languages) <= 3:
        raise DocumentError(_("Choose two or three languages for the programme."), code="languages")
    if delegation is not None and delegation.registrable_id != registrable.pk:
        raise DocumentError(_("This delegation is not registered for this."), code="delegation")
    if kind == Kind.PROGRAMME:
        total = 1
    else:
        total = _people(registrable, kind, group, delegation).count()
    job = DocumentJob.objects.create(
        registrable=registrable,
        kind=kind,
        languages=languages,
        group=group,
        delegation=delegation,
        user=user,
        total=total,
    )
    transaction.on_commit(lambda: make_documents.enqueue(job.pk))
    return job


def _people(registrable, kind, group, delegation):
    registrations = Registration.objects.filter(registrable=registrable)
    if group:
        registrations = registrations.filter(group=group)
    if delegation is not None:
        registrations = registrations.filter(delegation=delegation)
    asked_by = letter_question(registrable) if kind == Kind.LETTER else None
    return people_for(kind, registrations, asked_by=asked_by)


def run_document_job(*, job_id):
    """Make the job's PDF in chunks, counting progress; store it. Safe to run twice."""
    claimed = DocumentJob.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, done=0
    )
    if not claimed:
        return None
    job = DocumentJob.objects.select_related("registrable").get(pk=job_id)
    try:
        documents = list(_render_job(job))
        if not documents:
            raise DocumentError(_("Nobody to make this document for."), code="empty")
        pdf = render.write_pdf(documents, title=job.registrable.title)
        name = default_storage.save(
            f"documents/{job.uuid}/{filename(job.kind, job.registrable)}", ContentFile(pdf)
        )
    except DocumentError as error:
        _finish(job, status=JobStatus.FAILED, error=error.message)
        return job
    except Exception:
        logger.exception("Document job %s failed", job.pk)
        _finish(job, status=JobStatus.FAILED, error=_("Something went wrong; please try again."))
        return job
    _finish(job, status=JobStatus.DONE, file=name)
    return job


@task()
def make_documents(job_id):
    """Make one bulk document job's PDF (see :func:`run_document_job`)."""
    run_document_job(job_id=job_id)


def _render_job(job):
    registrable = job.registrable
    if job.kind == Kind.PROGRAMME:
        yield render.render(render.programme_html(registrable=registrable, languages=job.languages))
        DocumentJob.objects.filter(pk=job.pk).update(done=1)
        return
    people = list(_people(registrable, job.kind, job.group, job.delegation))
    DocumentJob.objects.filter(pk=job.pk).update(total=len(people))
    book = render.FactsBook(registrable)
    done = 0
    for start in range(0, len(people), CHUNK):
        chunk = people[start : start + CHUNK]
        yield render.render(HTML_OF[job.kind](book=book, registrations=chunk))
        done += len(chunk)
        DocumentJob.objects.filter(pk=job.pk).update(done=done)


def _finish(job, *, status, file="", error=""):
    DocumentJob.objects.filter(pk=job.pk).update(
        status=status, file=file, error=error, finished_at=timezone.now()
    )
    job.refresh_from_db()


def open_job_file(job):
    """The job's PDF, opened from the storage (``FileNotFoundError`` once it is gone)."""
    if not default_storage.exists(job.file):
        raise FileNotFoundError(job.file)
    return default_storage.open(job.file, "rb")


def delete_old_document_jobs(*, now=None):
    """Delete bulk files (they hold personal data) and their jobs after ``KEEP_DAYS``."""
    now = now or timezone.now()
    old = DocumentJob.objects.filter(created_at__lt=now - datetime.timedelta(days=KEEP_DAYS))
    count = 0
    for job in old:
        if job.file:
            default_storage.delete(job.file)
        job.delete()
        count += 1
    return count
