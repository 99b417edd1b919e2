"""Dates, times and time-zone names as a reader of the active language expects them.

Babel's CLDR data gives full dates ("2025년 10월 14일 화요일", "2025年10月14日火曜日")
and time-zone names ("대한민국 표준시", "韓国標準時", "Korean Standard Time")
instead of IANA ids such as ``Asia/Seoul``. Times are 24-hour ``HH:mm``.
"""

import datetime
import zoneinfo
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

#: Between two times or dates, per language.
SEPARATORS = {"ko": " ~ ", "ja": "～"}


def _locale():
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _separator():
    return SEPARATORS.get(str(_locale()), " – ")


def zone_of(name):
    """The ``ZoneInfo`` of an IANA name; UTC for an empty or unknown one."""
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return datetime.UTC


def zone_name(time_zone, at=None):
    """The time zone's name in the active language, as it is at ``at`` (now by default)."""
    zone = zone_of(time_zone)
    moment = (at or timezone.now()).astimezone(zone)
    locale = _locale()
    try:
        # "Korean Standard Time", with summer time where the zone has it; where
        # CLDR has no such name it gives "GMT+07:00", and the zone's generic
        # name ("Vietnam Time") reads better.
        name = babel_dates.get_timezone_name(moment, locale=locale)
        if name.startswith("GMT"):
            name = babel_dates.get_timezone_name(zone, locale=locale)
    except LookupError:
        return time_zone or "UTC"
    return name


class ZoneBrackets(NamedTuple):
    """What goes between a time and its time zone's name, and around the name."""

    space: str
    open: str
    close: str


def zone_brackets():
    """`` (`` and ``)`` around a time zone's name after a time; Japanese puts
    full-width parentheses right after the time: ``("", "（", "）")``."""
    if str(_locale()) == "ja":
        return ZoneBrackets("", "（", "）")
    return ZoneBrackets(" ", "(", ")")


def _with_zone(text, zone):
    """``text (zone)``, ``text（zone）`` in Japanese."""
    space, opening, closing = zone_brackets()
    return f"{text}{space}{opening}{zone}{closing}"


def format_date(date):
    """A full date with the weekday, in the active language."""
    return babel_dates.format_date(date, "full", locale=_locale())


def format_time(moment):
    return f"{moment:%H:%M}"


def format_dates(first, last):
    """A range of dates; one date when they are the same."""
    if last is None or first == last:
        return format_date(first)
    return babel_dates.format_interval(first, last, "yMMMMEEEEd", locale=_locale())


def format_moment(moment, time_zone):
    """One moment as date, time and time-zone name in ``time_zone``."""
    if moment is None:
        return ""
    local = moment.astimezone(zone_of(time_zone))
    return _with_zone(
        f"{format_date(local.date())} {format_time(local)}", zone_name(time_zone, moment)
    )


def format_when(when):
    """A :class:`~.contract.When` as one line: dates, times, the time zone's name."""
    starts, ends = when.local_starts, when.local_ends
    if starts is None:
        return ""
    if when.all_day:
        return format_dates(starts.date(), ends.date() if ends else None)
    sep = _separator()
    text = f"{format_date(starts.date())} {format_time(starts)}"
    if ends is not None and ends > starts:
        if not when.end_time:
            text += f"{sep}{format_date(ends.date())}"
        elif ends.date() == starts.date():
            text += f"{sep}{format_time(ends)}"
        else:
            text += f"{sep}{format_date(ends.date())} {format_time(ends)}"
    return _with_zone(text, zone_name(when.time_zone, when.starts))


def local_date(moment, time_zone):
    """The calendar date of ``moment`` in ``time_zone``."""
    if isinstance(moment, datetime.datetime):
        return moment.astimezone(zone_of(time_zone)).date()
    return moment
