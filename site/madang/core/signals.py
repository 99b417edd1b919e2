from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_generation


def connect():
    page_published.connect(bump_generation, dispatch_uid="madang-bump-published")
    page_unpublished.connect(bump_generation, dispatch_uid="madang-bump-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="madang-bump-moved")
    post_delete.connect(_bump_for_page, sender=None, dispatch_uid="madang-bump-deleted")
    post_save.connect(_bump_for_snippet, sender=None, dispatch_uid="madang-bump-snippet")


def _bump_for_page(sender, instance, **kwargs):
    from wagtail.models import PageViewRestriction

    if isinstance(instance, Page | PageViewRestriction):
        bump_generation()


def _bump_for_snippet(sender, instance, **kwargs):
    from wagtail.documents.models import AbstractDocument
    from wagtail.models import Locale, PageViewRestriction, Site

    from madang.core.models import FooterText, SiteSettings
    from madang.people.models import Organization, Person

    # Shown inside cached fragments (menus, footers, agendas, listings).
    shown = (FooterText, SiteSettings, Locale, Site, PageViewRestriction, Person, Organization)
    if isinstance(instance, shown + (AbstractDocument,)):
        bump_generation()
