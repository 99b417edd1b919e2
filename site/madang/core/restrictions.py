"""Cheap view-restriction checks for a site that rarely restricts pages.

Wagtail checks every page and queryset against all view restrictions, at one
or two SQL queries each time. Whether any restriction exists at all is cached
under the content generation (bumped when a restriction is saved or deleted),
so the common case - no private pages - costs nothing, and the exact Wagtail
checks run whenever a restriction does exist.
"""

from django.core.cache import cache
from wagtail.models import PageViewRestriction

from .cache import content_generation


def any_view_restrictions():
    key = f"madang:any-restrictions:{content_generation()}"
    found = cache.get(key)
    if found is None:
        found = PageViewRestriction.objects.exists()
        cache.set(key, found, timeout=3600)
    return found


def public(queryset):
    """``queryset.public()``, skipped when no page is restricted."""
    return queryset.public() if any_view_restrictions() else queryset
