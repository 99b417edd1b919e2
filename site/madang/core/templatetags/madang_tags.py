from django import template
from django.db.models import Subquery
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from madang.core.i18n import page_languages, view_languages
from madang.core.languages import list_separator, name_in_reader_language, own_name
from madang.core.models import FooterText, SiteSettings
from madang.core.pagecache import Expiring, fragment, fragment_until
from madang.core.sites import current_site
from madang.news.models import NewsIndexPage

register = template.Library()


def active_language():
    """The active content language's code, as ``Locale.get_active()`` would find it,
    without its query (the tags below filter on it; every page's chrome uses them)."""
    return get_supported_content_language_variant(get_language())


@register.simple_tag(takes_context=True)
def languages_for(context):
    """Language switcher links, hreflang alternates and the content language.

    Computed once per request and kept on it (the head and the header both use it).
    """
    request = context.get("request")
    if request is None:
        return None
    cached = getattr(request, "_madang_languages", None)
    if cached is not None:
        return cached
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        result = fragment(request, "languages", lambda: page_languages(page, request))
    else:
        result = view_languages(request)
    request._madang_languages = result
    return result


# The context variable through which ``fragment_expires`` reaches its fragment.
EXPIRY_VARIABLE = "madang_fragment_expiry"


class FragmentExpiry:
    """The earliest moment a fragment's parts said they hold until."""

    def __init__(self):
        self.until = None

    def at(self, moment):
        if moment is not None and (self.until is None or moment < self.until):
            self.until = moment


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        def compute():
            expiry = FragmentExpiry()
            with context.push({EXPIRY_VARIABLE: expiry}):
                content = self.nodelist.render(context)
            return Expiring(content, expiry.until)

        found = fragment_until(context.get("request"), self.name.resolve(context), compute)
        # A fragment inside another: the outer one holds no longer than this one.
        outer = context.get(EXPIRY_VARIABLE)
        if outer is not None:
            outer.at(found.until)
        return found.value


@register.simple_tag(takes_context=True)
def fragment_expires(context, moment):
    """``{% fragment_expires moment %}`` inside ``{% page_fragment %}``: what it
    renders changes by time alone at ``moment`` (an aware datetime; None: never),
    so the fragment is computed again from then on. Renders nothing."""
    expiry = context.get(EXPIRY_VARIABLE)
    if expiry is not None:
        expiry.at(moment)
    return ""


@register.tag
def page_fragment(parser, token):
    """``{% page_fragment "name" %}...{% end_page_fragment %}``: a part of the page
    that is the same for every visitor, rendered once per page, address and
    language until the page is purged (madang/core/pagecache.py, ``fragment``).

    Only for what the page's purges cover (the page's own content, its chrome,
    listings of its children) and nothing personal: no form with a CSRF token,
    no CSP nonce, no user or messages. What changes with time alone says when
    with ``{% fragment_expires %}``.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the fragment's name")
    nodelist = parser.parse(("end_page_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(parser.compile_filter(bits[1]), nodelist)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = current_site(request)
    items = []
    home = None
    if site is not None:
        root = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
        home = (
            Page.objects.filter(
                translation_key=Subquery(root),
                locale__language_code=active_language(),
            )
            .live()
            .first()
        )
        if home is not None:
            items = list(home.get_children().live().in_menu().public())
    return {"request": request, "home": home, "items": items}


@register.inclusion_tag("includes/footer_content.html", takes_context=True)
def footer_content(context):
    footer = FooterText.objects.filter(locale__language_code=active_language()).first()
    return {
        "request": context["request"],
        "footer": footer,
        "site_settings": SiteSettings.load(request_or_site=context["request"]),
    }


@register.simple_tag
def language_name(code):
    return own_name(code)


@register.filter
def content_lang(page):
    """The language of a page's own content (an alias shows its original's)."""
    if getattr(page, "alias_of_id", None):
        return page.alias_of.locale.language_code
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else ""


@register.simple_tag
def language_name_in_ui(code):
    """A language's name in the active language ("Korean", "韓国語", "한국어")."""
    return name_in_reader_language(code)


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context):
    """``<link rel="alternate">`` to the news feeds (Atom, RSS) and the calendar of coming
    events in the active language, for every page's head."""
    language = active_language()
    index = (
        NewsIndexPage.objects.live().filter(locale__language_code=language).order_by("path").first()
    )
    links = {"calendar": reverse("coming_calendar")}
    if index is not None and index.url:
        links |= {
            "title": index.title,
            "atom": index.url + index.reverse_subpage("feed"),
            "rss": index.url + index.reverse_subpage("rss"),
        }
    return {"links": links}


@register.simple_tag
def separator():
    """``{% separator %}``: between the parts of a line, as the reader's language
    writes it (", ", Japanese "、")."""
    return list_separator()


@register.filter
def join_parts(values):
    """``{{ roles|join_parts }}``: the values joined by ``{% separator %}``."""
    return list_separator().join(str(value) for value in values)
