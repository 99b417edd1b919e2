"""Drafts that were started and left: their slugs are given back.

Wagtail's autosave creates a new page as a draft from the first keystroke,
so a page an organizer started and abandoned keeps its slug taken under its
parent, and the next page with that slug is refused. A draft that was never
published and has not been edited for ``ABANDONED_DRAFT_DAYS`` days gets the
slug ``<slug>-draft-<id>``: nothing of it is lost (it stays in the page tree
and can be edited and published under any free slug), and its old slug is
free again. ``manage.py housekeeping`` runs :func:`free_abandoned_draft_slugs`.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, WorkflowState

DEFAULT_ABANDONED_DRAFT_DAYS = 14


def abandoned_draft_days():
    return getattr(settings, "ABANDONED_DRAFT_DAYS", DEFAULT_ABANDONED_DRAFT_DAYS)


def draft_slug(page):
    return f"{page.slug}-draft-{page.pk}"[: Page._meta.get_field("slug").max_length]


def abandoned_drafts(*, now=None):
    """Never-published drafts, not edited for ``ABANDONED_DRAFT_DAYS``, not in moderation."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=abandoned_draft_days())
    in_moderation = (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return (
        Page.objects.filter(
            depth__gt=1,
            live=False,
            first_published_at__isnull=True,
            alias_of__isnull=True,
            latest_revision_created_at__lt=cutoff,
        )
        .exclude(pk__in=[int(pk) for pk in in_moderation if str(pk).isdigit()])
        .order_by("pk")
    )


def free_abandoned_draft_slugs(*, now=None):
    """Give abandoned drafts the slug ``<slug>-draft-<id>``. Returns how many were renamed."""
    renamed = 0
    for page in abandoned_drafts(now=now):
        if page.slug.endswith(f"-draft-{page.pk}"):
            continue
        with transaction.atomic():
            page = Page.objects.select_for_update().get(pk=page.pk)
            page.slug = draft_slug(page)
            page.save(update_fields=["slug", "url_path"], clean=False)
        renamed += 1
    return renamed
