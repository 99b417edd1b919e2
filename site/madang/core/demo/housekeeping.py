"""What the demo build does around its content: the ``admin`` account it makes (or
whose password it resets), and the search and reference indexes it keeps from updating
at every save, to update them once at the end. ``build.build`` uses these.
"""

import os
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@madang.example"
DEFAULT_ADMIN_PASSWORD = "madang-demo"
ADMIN_PASSWORD_ENV = "DEMO_ADMIN_PASSWORD"


def ensure_admin(report):
    """Create the ``admin`` superuser; reset its password only when asked to."""
    user_model = get_user_model()
    password = os.environ.get(ADMIN_PASSWORD_ENV)
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        password = password or DEFAULT_ADMIN_PASSWORD
        user_model.objects.create_superuser(ADMIN_USERNAME, ADMIN_EMAIL, password)
        report.count("admin users", True)
        report.admin_password = password
        return
    if password and not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
        report.count("admin users", True)
    else:
        report.count("admin users", False)
    if password:
        report.admin_password = password
    elif user.check_password(DEFAULT_ADMIN_PASSWORD):
        report.admin_password = DEFAULT_ADMIN_PASSWORD


# --- Search and reference indexes -----------------------------------------------------------


@contextmanager
def search_updates_paused():
    """Skip the per-save search index updates while the demo is built.

    Each save would otherwise queue (or, with the immediate task backend, run)
    an index update; ``build`` updates the whole index once at the end instead.
    """
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    indexed = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    disconnected = [m for m in indexed if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def indexed_object(instance):
    """The object whose references Wagtail indexes for a save of ``instance``: itself,
    or for a child row (a ``ParentalKey``) its parent's, as ``update_reference_index_task``
    finds it."""
    while instance is not None:
        parental = [f for f in instance._meta.get_fields() if isinstance(f, ParentalKey)]
        if not parental:
            return instance
        instance = getattr(instance, parental[0].name)
    return None


@contextmanager
def reference_updates_gathered():
    """Index the references of each object the build saved once, at the end.

    Wagtail updates an object's references at every save; the build saves a page
    four or five times (created, its revision, published, copied for translation, its
    translation published) and a child row makes its page's be indexed again. The
    saves inside are gathered instead, and each object still there at the end gets
    one ``update_reference_index_task`` (the same task, the same index); what was
    deleted inside has its references removed as Wagtail's own handler does.
    """
    saved, deleted = {}, []

    def on_save(sender, instance, raw=False, **kwargs):
        if sender in ReferenceIndex.tracked_models and not raw:
            saved[(sender, instance.pk)] = instance

    def on_delete(sender, instance, **kwargs):
        if sender in ReferenceIndex.tracked_models:
            saved.pop((sender, instance.pk), None)
            deleted.append(instance)

    post_save.connect(on_save, weak=False)
    post_delete.connect(on_delete, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(on_save)
        post_delete.disconnect(on_delete)
    objects = {}
    for instance in saved.values():
        found = indexed_object(instance)
        if found is not None and ReferenceIndex.is_indexed(type(found)):
            objects[(found._meta.label_lower, str(found.pk))] = found
    for obj in objects.values():
        update_reference_index_task.enqueue(obj._meta.app_label, obj._meta.model_name, str(obj.pk))
    for instance in deleted:
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)
