from django.tasks import task

from . import services


@task()
def make_documents(job_id):
    """Make one bulk document job's PDF (see services.run_document_job)."""
    services.run_document_job(job_id=job_id)
