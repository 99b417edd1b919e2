"""Scheduled publishing: what editors set to go live or expire at a time does so.

The admin lets an editor schedule a page (or a snippet with drafts) to go live
or to expire; Wagtail applies that only when its ``publish_scheduled`` command
runs. ``manage.py housekeeping`` runs it every few minutes (see
:func:`publish_scheduled`), so a schedule takes effect within one round; the
page cache is purged by the usual publish and unpublish signals.
"""

import io

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision


def publish_scheduled():
    """Publish the revisions whose go-live time has passed and unpublish the pages whose
    expiry has passed (Wagtail's ``publish_scheduled``). Returns how many pages and
    revisions were due."""
    now = timezone.now()
    due = (
        Revision.objects.filter(approved_go_live_at__lt=now).count()
        + Page.objects.filter(live=True, expire_at__lt=now).count()
    )
    if due:
        call_command("publish_scheduled", stdout=io.StringIO())
    return due
