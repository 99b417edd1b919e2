from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Every live page of the site in every language (placeholders excluded:
    they repeat another language's content)."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        paths = list(roots.values_list("path", flat=True))
        query = Page.objects.none()
        for path in paths:
            query |= Page.objects.filter(path__startswith=path)
        return (
            query.live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
