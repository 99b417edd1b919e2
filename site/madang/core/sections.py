"""Sections that feature apps add to the home page.

The site package never imports ``events`` or ``tours``. Instead they register a
``madang_home_sections`` hook: a function taking ``page`` and ``request`` and
returning a :class:`HomeSection` (or None to show nothing).
"""

import datetime
from dataclasses import dataclass, field

from wagtail import hooks


@dataclass
class HomeSection:
    key: str
    title: str
    items: list
    template: str
    more_url: str | None = None
    more_label: str = ""
    order: int = 100
    extra: dict = field(default_factory=dict)
    # When time alone next changes what the section shows (a page ending, a
    # registration deadline); None: only a change of pages does.
    until: datetime.datetime | None = None


def home_sections(*, page, request):
    sections = []
    for fn in hooks.get_hooks("madang_home_sections"):
        section = fn(page=page, request=request)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda s: s.order)


def upcoming_section(*, page, request, items, index_model, **fields):
    """A home section of upcoming pages, with a link to the index in the page's language.

    ``items`` are the pages to show; ``fields`` the rest of :class:`HomeSection`
    (key, title, template, more_label, order, until).
    """
    index = index_model.objects.live().filter(locale_id=page.locale_id).first()
    return HomeSection(items=items, more_url=index.get_url(request) if index else None, **fields)
