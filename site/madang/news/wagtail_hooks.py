from taggit.models import Tag
from wagtail import hooks

from madang.people.models import Person

from .models import NewsIndexPage, NewsPage


@hooks.register("madang_pages_showing")
def articles_by(instance):
    """An article names its authors (a many-to-many field, which Wagtail's reference
    index does not follow)."""
    if isinstance(instance, Person):
        return NewsPage.objects.filter(authors=instance)
    return None


@hooks.register("madang_pages_showing")
def articles_tagged(instance):
    """A tag names itself on its articles and on its page in every news index
    (``tags/<slug>/``, a route of the index): renamed or deleted, it shows on them."""
    if isinstance(instance, Tag):
        articles = NewsPage.objects.filter(tags=instance).values_list("pk", flat=True)
        return [*articles, *NewsIndexPage.objects.values_list("pk", flat=True)]
    return None


@hooks.register("madang_pages_showing")
def articles_beside(instance):
    """An article's sidebar lists other articles in its language ("related", "most
    read"), and its breadcrumb names its index: an article published, unpublished,
    moved or deleted shows on the other articles in its language, an index on its
    articles."""
    model = getattr(instance, "specific_class", None)  # pages only, specific or not
    if model is not None and issubclass(model, NewsPage):
        return NewsPage.objects.filter(locale_id=instance.locale_id).exclude(pk=instance.pk)
    if model is not None and issubclass(model, NewsIndexPage):
        return NewsPage.objects.child_of(instance)
    return None
