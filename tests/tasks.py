"""The tests' task backend: Django's ImmediateBackend, which can leave the indexes alone.

While a test's content is arranged (its fixtures being set up, see tests/conftest.py),
``ArrangingBackend.arranging`` is true and the tasks that every save of a page, snippet or
image enqueues to index it (Wagtail's reference index, modelsearch's search index) are
not run: the arranged content is like a fixture load. Every other task, and every task
outside the arranging, runs at once as before.

The reference index is left alone here rather than with Wagtail's
``disable_reference_index_auto_update``: the factories use that one themselves, and it
does not nest (the inner one's exit turns it back on, and the outer one's fails).
"""

from contextlib import contextmanager
from dataclasses import fields

from django.tasks.backends.immediate import ImmediateBackend
from django.tasks.base import TaskResult, TaskResultStatus
from django.utils.crypto import get_random_string

SKIPPED_WHILE_ARRANGING = {
    "modelsearch.tasks.insert_or_update_object_task",
    "wagtail.tasks.update_reference_index_task",
}


class ArrangingBackend(ImmediateBackend):
    arranging = False

    def enqueue(self, task, args, kwargs):
        if not (ArrangingBackend.arranging and task.module_path in SKIPPED_WHILE_ARRANGING):
            return super().enqueue(task, args, kwargs)
        self.validate_task(task)
        # Enqueued, never run: every field of the result not given here is empty.
        given = {"task": task, "id": get_random_string(32), "status": TaskResultStatus.READY}
        given |= {"args": args, "kwargs": kwargs, "backend": self.alias}
        empty = {field.name: None for field in fields(TaskResult) if field.init}
        return TaskResult(**(empty | given | {"errors": [], "worker_ids": []}))


@contextmanager
def arranging_without_indexes():
    """Saves inside leave the search and reference indexes as they were."""
    ArrangingBackend.arranging = True
    try:
        yield
    finally:
        ArrangingBackend.arranging = False


@contextmanager
def indexing():
    """Saves inside update the indexes, even while arranging (content shared by tests,
    some of which read them)."""
    arranging, ArrangingBackend.arranging = ArrangingBackend.arranging, False
    try:
        yield
    finally:
        ArrangingBackend.arranging = arranging
