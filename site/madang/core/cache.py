"""A site-wide content generation number for fragment caches.

Menus, footers and listings are cached per language under the current
generation. Publishing, unpublishing, moving or deleting a page, and saving a
snippet or a setting, bumps it, so no fragment outlives the content it shows.
"""

from django.core.cache import cache

KEY = "madang:content-generation"


def content_generation():
    generation = cache.get(KEY)
    if generation is None:
        cache.add(KEY, 1, timeout=None)
        generation = cache.get(KEY, 1)
    return generation


def bump_generation(**kwargs):
    try:
        cache.incr(KEY)
    except ValueError:
        cache.set(KEY, 2, timeout=None)
