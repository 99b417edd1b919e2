"""The public search page: /<lang>/search/?q=...

Searches live, public pages of every locale (aliases, which only copy another
page, are left out) and lists the pages in the current language first, then
those in other languages, ten to a page.
"""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from madang.core.languages import own_name

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10

# Control characters (NUL included) and lone surrogates: never shown, never searched.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_query(raw):
    """The query as the user typed it, minus control characters and extra
    spaces, cut to ``MAX_QUERY_LENGTH`` characters."""
    text = " ".join(_UNSAFE.sub(" ", raw).split())
    return text[:MAX_QUERY_LENGTH].rstrip()


def page_number(raw):
    """The requested results page: 1 unless a positive whole number is given
    (``Paginator.get_page`` then turns a number past the end into the last page)."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


@dataclass(frozen=True)
class Hit:
    page: Page
    url: str
    type_name: str
    summary: str
    language_code: str
    language_name: str
    in_current_language: bool


class GroupedResults:
    """Two search results, the first group before the second, as one sequence
    for ``Paginator``: counting costs one query per group and a page of hits
    only searches the group(s) it overlaps."""

    def __init__(self, first, second):
        self.groups = (first, second)
        self.sizes = (first.count(), second.count())

    def count(self):
        return sum(self.sizes)

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        if not isinstance(window, slice):
            raise TypeError("GroupedResults only supports slicing")
        start, stop, _step = window.indices(self.count())
        items = []
        offset = 0
        for group, size in zip(self.groups, self.sizes, strict=True):
            low, high = max(start - offset, 0), min(stop - offset, size)
            if low < high:
                items.extend((page, group is self.groups[0]) for page in group[low:high])
            offset += size
        return items


def _pages():
    # Filtering on alias_of directly is refused by the search backend (it is
    # not a FilterField); the id subquery is allowed and stays in SQL.
    originals = Page.objects.filter(alias_of__isnull=True).values("id")
    return Page.objects.live().public().filter(id__in=originals).specific().defer_streamfields()


def _summary(page):
    return page.search_description or getattr(page, "intro", "") or ""


def _hits(items, request, languages):
    hits = []
    for page, in_current_language in items:
        code = languages.get(page.locale_id, "")
        hits.append(
            Hit(
                page=page,
                url=page.get_url(request) or "",
                type_name=capfirst(page._meta.verbose_name),
                summary=_summary(page),
                language_code=code,
                language_name=own_name(code),
                in_current_language=in_current_language,
            )
        )
    return hits


def search(request):
    query = clean_query(request.GET.get("q", ""))
    context = {"query": query, "max_query_length": MAX_QUERY_LENGTH}
    if not query:
        return render(request, "search/search.html", context)

    locale = Locale.get_active()
    pages = _pages()
    results = GroupedResults(
        pages.filter(locale_id=locale.pk).search(query),
        pages.exclude(locale_id=locale.pk).search(query),
    )
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(page_number(request.GET.get("page")))
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    hits = _hits(page_obj.object_list, request, languages)
    total = paginator.count
    hits_here = [hit for hit in hits if hit.in_current_language]
    context.update(
        {
            "page_obj": page_obj,
            "hits_here": hits_here,
            "hits_elsewhere": [hit for hit in hits if not hit.in_current_language],
            "elsewhere_start": page_obj.start_index() + len(hits_here),
            "result_count": total,
            "result_summary": ngettext(
                "%(count)s result for “%(query)s”",
                "%(count)s results for “%(query)s”",
                total,
            )
            % {"count": total, "query": query},
            "current_language_name": own_name(locale.language_code),
            "page_title": _("Search results for “%(query)s”") % {"query": query},
        }
    )
    return render(request, "search/search.html", context)
