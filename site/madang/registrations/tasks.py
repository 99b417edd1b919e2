"""The engine's tasks, by the names django-tasks keeps in queued rows.

The task lives beside the code it runs (``outbox.deliver_mail``): it queues
itself again after a failed attempt.
"""

from .outbox import deliver_mail

__all__ = ["deliver_mail"]
