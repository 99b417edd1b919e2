"""Model fields the site's apps share."""

from django.db import models


def optional_link(to, verbose_name=None, *, related_name="+", **options):
    """A link to another object that may stay empty, and is emptied when that object goes
    (``ForeignKey`` with ``null``, ``blank`` and ``SET_NULL``); no reverse accessor by default."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )
