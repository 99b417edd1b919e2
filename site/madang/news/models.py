import datetime

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from madang.core.blocks import BaseStreamBlock
from madang.core.fields import optional_link
from madang.core.pages import MadangPage, SectionIndexPage, page_search_fields

from .feeds import NewsAtomFeed, NewsRssFeed

NEWS_PER_PAGE = 10
# How long a page's "most read" list is kept (views are counted without a purge).
MOST_READ_KEPT = datetime.timedelta(minutes=1)


class NewsPageQuerySet(PageQuerySet):
    def in_locale(self, locale_id):
        return self.live().filter(locale_id=locale_id).public()

    def for_listing(self):
        return (
            self.select_related("lead_image", "alias_of__locale")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-pk")
        )


class NewsPageManager(PageManager.from_queryset(NewsPageQuerySet)):
    def latest_in_locale(self, locale_id, *, limit):
        return list(self.get_queryset().in_locale(locale_id).for_listing()[:limit])


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return NewsPage.objects.child_of(self).in_locale(self.locale_id).for_listing()

    def latest_articles(self, limit):
        """The latest ``limit`` articles, for the feeds."""
        return list(
            NewsPage.objects.child_of(self)
            .in_locale(self.locale_id)
            .order_by("-date", "-pk")[:limit]
        )

    def paginate(self, request, queryset):
        paginator = Paginator(queryset, NEWS_PER_PAGE)
        try:
            return paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage as exc:
            raise Http404 from exc

    @path("")
    def index_route(self, request):
        return self.render(
            request, context_overrides={"articles": self.paginate(request, self.articles())}
        )

    @path("tags/<str:tag>/", name="tag")
    def tag_route(self, request, tag):
        tag_obj = get_object_or_404(Tag, slug=tag)
        articles = self.articles().filter(tags=tag_obj)
        return self.render(
            request,
            context_overrides={"articles": self.paginate(request, articles), "tag": tag_obj},
            template="news/news_tag_page.html",
        )

    @path("feed/", name="feed")
    def atom_route(self, request):
        return NewsAtomFeed(self)(request)

    @path("rss/", name="rss")
    def rss_route(self, request):
        return NewsRssFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(MadangPage):
    date = models.DateField(_("date"), default=timezone.localdate)
    authors = ParentalManyToManyField("people.Person", verbose_name=_("authors"), blank=True)
    intro = models.TextField(_("summary"), blank=True, max_length=500)
    lead_image = optional_link("wagtailimages.Image", _("lead image"))
    lead_image_alt = models.CharField(_("lead image description"), max_length=250, blank=True)
    lead_image_caption = models.CharField(_("lead image caption"), max_length=300, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)

    objects = NewsPageManager()

    content_panels = [
        *MadangPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("authors"), FieldPanel("tags")],
            heading=_("About this article"),
        ),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_alt"),
                FieldPanel("lead_image_caption"),
            ],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*page_search_fields("intro", "body"), index.FilterField("date")]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    serve_select_related = ["lead_image"]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @cached_property
    def index_page(self):
        """The news index this article is in."""
        return NewsIndexPage.objects.get(path=self.path[: -self.steplen])

    @cached_property
    def tag_list(self):
        return list(self.tags.all())

    def related_articles(self, limit=3):
        tag_ids = [t.pk for t in self.tag_list]
        if not tag_ids:
            return []
        return list(
            NewsPage.objects.in_locale(self.locale_id)
            .exclude(pk=self.pk)
            .filter(tagged_items__tag_id__in=tag_ids)
            .annotate(shared=Count("tagged_items"))
            .select_related("lead_image")
            .order_by("-shared", "-date")[:limit]
        )

    def most_read_until(self):
        """Until when a rendered "most read" list holds: views change it without a purge."""
        return timezone.now() + MOST_READ_KEPT

    def most_read(self, limit=5):
        return list(
            NewsPage.objects.in_locale(self.locale_id)
            .filter(view_count__gt=0, alias_of__isnull=True)  # a placeholder copies the count
            .order_by("-view_count", "-date")
            .only("title", "url_path", "date", "view_count", "locale_id")[:limit]
        )
