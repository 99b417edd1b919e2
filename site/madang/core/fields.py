"""Model fields the site's apps share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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


def local_script_name(verbose_name, help_text):
    """A place's name as people there write it (to show a taxi driver); may stay empty."""
    return models.CharField(verbose_name, max_length=200, blank=True, help_text=help_text)


def local_script_address():
    """A place's address as people there write it, shown to delegates offline; may stay empty."""
    return models.CharField(
        _("address in the local script"),
        max_length=300,
        blank=True,
        help_text=_("Shown to delegates offline, to show a taxi driver."),
    )
