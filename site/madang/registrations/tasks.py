from django.tasks import task

from . import outbox


@task()
def deliver_mail(mail_id):
    """Send one outbox row (see outbox.deliver)."""
    return outbox.deliver(mail_id)
