"""A site-wide content generation number for fragment caches.

Menus, footers and listings are cached per language under the current
generation. Publishing, unpublishing, moving or deleting a page, and saving a
snippet or a setting, bumps it, so no fragment outlives the content it shows.
"""

from django.core.cache import cache
from django.db import transaction

KEY = "madang:content-generation"


def content_generation():
    generation = cache.get(KEY)
    if generation is None:
        cache.add(KEY, 1, timeout=None)
        generation = cache.get(KEY, 1)
    return generation


def _bump():
    try:
        cache.incr(KEY)
    except ValueError:
        cache.set(KEY, 2, timeout=None)


def bump_generation(**kwargs):
    """Bump now, and again when the change commits.

    Between the two, another request can still read the old rows and cache
    them under the new generation; the second bump retires what it cached.
    """
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump, robust=True)
