"""Counting article views for the "most read" list without a write per request.

Views are counted in the cache and written to the database in batches, so a
busy article costs one UPDATE per ``FLUSH_EVERY`` readers rather than one per
reader. A counter lost with a cache restart only makes "most read" a little
less exact.
"""

from django.core.cache import cache
from django.db.models import F

from .models import NewsPage

FLUSH_EVERY = 20


def record_view(*, page_id, flush_every=FLUSH_EVERY):
    key = f"news:views:{page_id}"
    try:
        pending = cache.incr(key)
    except ValueError:  # no counter yet (or it was evicted)
        cache.add(key, 0, timeout=None)
        pending = cache.incr(key)
    if pending >= flush_every:
        cache.decr(key, pending)  # views counted meanwhile stay pending
        NewsPage.objects.filter(pk=page_id).update(view_count=F("view_count") + pending)
        return pending
    return 0


def flush_views(*, page_id):
    """Write a page's pending views now (used by tests and the demo)."""
    key = f"news:views:{page_id}"
    pending = cache.get(key) or 0
    if pending:
        cache.decr(key, pending)
        NewsPage.objects.filter(pk=page_id).update(view_count=F("view_count") + pending)
    return pending
