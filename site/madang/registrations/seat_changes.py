"""The engine tells the page cache when seats are taken or freed.

Pages show a registrable's free seats ("3 seats left", "full, waiting list").
When a registration or a booking starts or stops holding a seat, the engine
sends ``madang.core.pagecache.seats_changed`` for its registrable; the pages
that show it are then purged (see ``pages_showing_seats`` in wagtail_hooks.py).
Other saves (a changed address, a note) leave the seats, and the pages, alone.
"""

from django.db.models.signals import post_delete, post_init, post_save

from madang.core.pagecache import seats_changed

from .models import SEAT_HOLDING, Booking, Registrable, Registration

_HELD = "_madang_seat_held_when_loaded"


def _registrable_id(instance):
    return instance.activity_id if isinstance(instance, Booking) else instance.registrable_id


def _remember(sender, instance, **kwargs):
    instance.__dict__[_HELD] = instance.pk is not None and instance.status in SEAT_HOLDING


def _after_save(sender, instance, created=False, raw=False, **kwargs):
    if raw:
        return
    held = instance.status in SEAT_HOLDING
    if held != instance.__dict__.get(_HELD, False):
        _send(instance)
    instance.__dict__[_HELD] = held


def _after_delete(sender, instance, **kwargs):
    if instance.__dict__.get(_HELD, False):
        _send(instance)


def _send(instance):
    registrable = Registrable.objects.filter(pk=_registrable_id(instance)).first()
    if registrable is not None:
        seats_changed.send(sender=Registrable, registrable=registrable)


def connect():
    for model in (Registration, Booking):
        label = model._meta.label_lower
        post_init.connect(_remember, sender=model, dispatch_uid=f"madang-seats-init-{label}")
        post_save.connect(_after_save, sender=model, dispatch_uid=f"madang-seats-save-{label}")
        post_delete.connect(_after_delete, sender=model, dispatch_uid=f"madang-seats-del-{label}")
