from functools import partial

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import register_snippet

from madang.core.fields import optional_link
from madang.news.models import NewsPage

from .blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from .pages import MadangPage, TranslationNote, page_search_fields
from .sections import home_sections

__all__ = ["MadangPage", "TranslationNote"]  # the base page lives in core.pages


class HomePage(MadangPage):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    hero_image = optional_link("wagtailimages.Image", _("hero image"))
    hero_alt = models.CharField(_("hero image description"), max_length=250, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")),
        FieldPanel("body"),
    ]
    search_fields = page_search_fields("intro", "body")
    parent_page_types = ["wagtailcore.Page"]
    serve_select_related = ["hero_image"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Callables: the template calls them only when its cached fragment of
        # listings has expired, so a cached home page runs none of these queries.
        context["latest_news"] = partial(NewsPage.objects.latest_in_locale, self.locale_id, limit=4)
        context["sections"] = partial(home_sections, page=self, request=request)
        return context


class StandardPage(MadangPage):
    """About, research projects, privacy policy: any plain content page."""

    intro = models.TextField(_("introduction"), blank=True)
    image = optional_link("wagtailimages.Image", _("image"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = page_search_fields("intro", "body")
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class SocialLinkBlock(wagtail_blocks.StructBlock):
    label = wagtail_blocks.CharBlock(label=_("Label"), max_length=60)
    url = wagtail_blocks.URLBlock(label=_("URL"))

    class Meta:
        icon = "link"
        label = _("Social link")
        template = "blocks/social_link_block.html"
        preview_value = {"label": "YouTube", "url": "https://www.youtube.com/"}


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Contact details and links that are the same in every language."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], verbose_name=_("social links"), blank=True
    )

    panels = [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("social_links")]

    class Meta:
        verbose_name = _("site settings")


@register_snippet
class FooterText(TranslatableMixin, ClusterableModel):
    """The organization's name, address and footer text, translated per language."""

    organization_name = models.CharField(_("organization name"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    body = RichTextField(_("footer text"), features=RICH_TEXT_FEATURES, blank=True)

    panels = [FieldPanel("organization_name"), FieldPanel("address"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.organization_name
