"""A programme side by side in several languages, from the translations that exist.

Each column is one language. Days and items line up by their ids, which the
translations share (``contract.ProgrammeDay``/``ProgrammeItem``); a cell whose
language has no translation of the page, or whose translation lacks that day
or item, shows a marker instead of text.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext, override

from madang.registrations.timefmt import format_date, zone_name


@dataclass
class Column:
    language: str
    title: str
    translated: bool  # False: the page has no translation in this language
    marker: str  # "Not translated", in the column's language
    optional_label: str = ""  # "optional", in the column's language
    zone: str = ""  # the time zone's name, in the column's language


@dataclass
class Cell:
    language: str
    text: str = ""
    where: str = ""  # a room or a place; for a day, its date
    missing: bool = False  # the language lacks this day or item
    marker: str = ""  # what a missing cell shows, in its language
    optional: str = ""  # "optional" in its language, for an optional stop


@dataclass
class Row:
    times: str
    cells: list
    optional: bool = False


@dataclass
class DayBlock:
    headings: list  # Cell per column: the date and the day's title
    rows: list = field(default_factory=list)


@dataclass
class Programme:
    columns: list
    days: list

    @property
    def languages(self):
        return [column.language for column in self.columns]


def programme_in(registrable, languages):
    """The :class:`Programme` of ``registrable`` in ``languages`` (codes, in column order)."""
    columns, programmes = [], {}
    original = registrable.page_in(languages[0])
    for language in languages:
        page = registrable.page_in(language)
        translated = page is not None and page.locale.language_code == language
        shown = page if translated else original
        with override(language):
            when = shown.registration_when() if shown is not None else None
            columns.append(
                Column(
                    language=language,
                    title=shown.registration_title() if shown is not None else registrable.title,
                    translated=translated,
                    marker=gettext("Not translated"),
                    optional_label=gettext("optional"),
                    zone=zone_name(when.time_zone, when.starts) if when else "",
                )
            )
        programmes[language] = page.registration_programme() if translated else []
    labels = {column.language: column for column in columns}
    return Programme(columns=columns, days=_line_up(languages, programmes, labels))


def _line_up(languages, programmes, labels):
    days = {}  # id -> (date, {language: ProgrammeDay})
    for language in languages:
        for day in programmes[language]:
            days.setdefault(day.id, (day.date, {}))[1][language] = day
    blocks = []
    for date, by_language in sorted(days.values(), key=lambda entry: entry[0]):
        headings = []
        for language in languages:
            day = by_language.get(language)
            with override(language):
                label = format_date(date)
            headings.append(
                Cell(
                    language,
                    day.title if day else "",
                    label,
                    missing=day is None,
                    marker=labels[language].marker,
                )
            )
        items = {}  # id -> {language: ProgrammeItem}
        for language in languages:
            day = by_language.get(language)
            for item in day.items if day else ():
                items.setdefault(item.id, {})[language] = item
        block = DayBlock(headings=headings)
        for by_lang in sorted(items.values(), key=lambda found: _first(found).starts):
            first = _first(by_lang)
            block.rows.append(
                Row(
                    times=first.times,
                    optional=first.optional,
                    cells=[
                        Cell(
                            language,
                            by_lang[language].title,
                            by_lang[language].where,
                            optional=labels[language].optional_label if first.optional else "",
                        )
                        if language in by_lang
                        else Cell(language, missing=True, marker=labels[language].marker)
                        for language in languages
                    ],
                )
            )
        blocks.append(block)
    return blocks


def _first(by_language):
    return next(iter(by_language.values()))
