"""Publishing a registrable page writes the engine's rows (services.sync_registrable)."""

from wagtail.signals import page_published

from .models import Registrable
from .pages import RegistrablePageMixin
from .services import sync_registrable


def sync_on_publish(sender, instance, **kwargs):
    page = instance.specific if not isinstance(instance, RegistrablePageMixin) else instance
    if not isinstance(page, RegistrablePageMixin) or page.alias_of_id:
        return
    if page.original_page() is not None:  # a translation: the original rules the seats
        return
    if (
        not page.take_registrations
        and not Registrable.objects.filter(key=page.translation_key).exists()
    ):
        return
    sync_registrable(page=page)


def connect():
    page_published.connect(sync_on_publish, dispatch_uid="registrations_sync_on_publish")
