from wagtail import hooks

from madang.people.models import Person

from .models import NewsPage


@hooks.register("madang_pages_showing")
def articles_by(instance):
    """An article names its authors (a many-to-many field, which Wagtail's reference
    index does not follow)."""
    if isinstance(instance, Person):
        return NewsPage.objects.filter(authors=instance)
    return None
