"""Dates and times as pages print them, read with python-dateutil in the outlet's locale."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as date_parser

from diplomatic_events.sources._rules import OutletRules

__all__ = ["DateMention", "day_first", "find_dates", "parse_timestamp", "zone"]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_NAME = f"(?:{_MONTHS}|{_MONTHS.upper()})"
"""A month as written, or in capitals as some datelines print it ("31 MAR 2023")."""
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_FULL_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:(?P<m1>{_MONTH_NAME})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAME})\.?,?\s+(?P<y2>\d{{4}}))\b"
    r"|(?<![\d/.-])(?P<y3>(?:19|20)\d{2})(?P<sep>[/.-])(?P<m3>\d{1,2})(?P=sep)(?P<d3>\d{1,2})(?![\d/.-]\d)"
    r"|(?<![\d/.-])(?P<a4>\d{1,2})(?P<sep4>[/.-])(?P<b4>\d{1,2})(?P=sep4)(?P<y4>(?:19|20)\d{2})(?![\d/.-]\d)"
)
"""Spelled-out months in either order, numeric dates written year first ("2024/04/11",
"2024-04-11"), the one numeric order no locale reads differently, or year last
("15/04/2023", "29.07.2024"), read only when the order is certain (see :func:`_year_last`)."""
_DIGIT = re.compile(r"\d")
_ABBREVIATION = re.compile(r"\b[A-Z]{2,5}\b")
_DOTTED_TIME = re.compile(r"\b(\d{1,2})[.h](\d{2})(?!\.?\d)(?=\s*(?:[ap]\.?m\b|[^\w.]|$))", re.I)
"""A clock time written with a dot or an "h" ("10.55 BST", "6.45pm", "09h12")."""
_H_CLOCK = re.compile(r"\b\d{1,2}h\d{2}\b")
"""A clock written "22h10"."""
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\b")


class DateMention:
    """A full calendar date written in the text, with where it is."""

    __slots__ = ("date", "end", "start")

    def __init__(self, date: dt.date, start: int, end: int) -> None:
        self.date = date
        self.start = start
        self.end = end


def zone(name: str) -> dt.tzinfo:
    """The IANA zone ``name``, or UTC when the system has no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return dt.UTC


def _year_last(match: re.Match[str], day_first: bool | None) -> dt.date | None:
    """A numeric date written year last, when its order is certain.

    A first number above 12 can only be a day, a second above 12 only a day too (month
    first, as in the United States); dots are written day first everywhere they are used
    ("29.07.2024"). Otherwise ``day_first`` (the page's locale) decides, and with no locale
    the date is not read: a wrong date is worse than none.
    """
    first, second, year = int(match["a4"]), int(match["b4"]), int(match["y4"])
    if first > 12 or match["sep4"] == ".":
        order: bool | None = True
    elif second > 12:
        order = False
    else:
        order = day_first
    if order is None:
        return None
    day, month = (first, second) if order else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, day_first: bool | None = None
) -> Iterator[DateMention]:
    """Every day-month-year date in ``text[start:end]`` ("June 19, 2023", "19 June 2023").

    ``day_first`` is the locale's order for numeric dates such as "04/05/2023" (``None``
    when unknown: such a date is then skipped unless its numbers settle the order).
    """
    end = len(text) if end is None else end
    if _DIGIT.search(text, start, end) is None:
        return  # every date written in full holds its year's digits
    for match in _FULL_DATE.finditer(text, start, end):
        if match["y4"] is not None:
            found = _year_last(match, day_first)
            if found is not None:
                yield DateMention(found, match.start(), match.end())
            continue
        if match["y3"] is not None:
            try:
                value = dt.date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
            except ValueError:
                continue
            yield DateMention(value, match.start(), match.end())
            continue
        month = match["m1"] or match["m2"]
        day = match["d1"] or match["d2"]
        year = match["y1"] or match["y2"]
        try:
            value = _spelled_date(day, month, year)
        except (ValueError, OverflowError):
            continue
        yield DateMention(value, match.start(), match.end())


MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
"""Month names and abbreviations (lower case) and their numbers, as python-dateutil reads
them: one table for the page reader's dates and the parsers' time expressions."""
_LONGEST_MONTH = 31


def month_name_date(month: str, day: str, year: int | str) -> dt.date | None:
    """The date of a month's name, a day and a year when all are plain ("March", "5",
    "2024": ASCII digits, a known month, a year not written with a leading zero), read
    without python-dateutil's general parser; ``None`` when the text is left to it.

    Raises:
        ValueError: no such date ("31 April").
    """
    number = MONTH_NUMBERS.get(month.rstrip(".").lower())
    digits = day + (year if isinstance(year, str) else "")
    if (
        number is None
        or not (digits.isascii() and digits.isdigit())  # other scripts' digits: dateutil
        or not 1 <= int(day) <= _LONGEST_MONTH
        or (isinstance(year, str) and year.startswith("0"))
    ):
        return None
    return dt.date(int(year), number, int(day))


def _spelled_date(day: str, month: str, year: str) -> dt.date:
    """The date of a day, a month's name and a year of four digits ("5", "March", "2024"), as
    python-dateutil reads "5 March 2024" (day first); the common case is read by
    :func:`month_name_date`, anything else by dateutil.

    Raises:
        ValueError: no such date ("31 April 2024").
    """
    plain = month_name_date(month, day, year)
    if plain is not None:
        return plain
    return date_parser.parse(f"{day} {month} {year}", dayfirst=True).date()


def day_first(text: str, rules: OutletRules) -> bool | None:
    """The order of numeric dates on a line: by its zone's locale, else by the outlet's.

    "15/04/2023 09h12 (BRT)" is day first because Brazil writes dates so; a line with a
    United States zone is month first; ``None`` when nothing says. A clock written with an
    "h" ("22h10") is French, Portuguese or Spanish usage, all day first.
    """
    if _H_CLOCK.search(text):
        return True
    for token in _ABBREVIATION.findall(text):
        if token in rules.day_first_zones:
            return True
        if token in rules.month_first_zones:
            return False
    return rules.day_first


def parse_timestamp(text: str, rules: OutletRules) -> dt.datetime | None:
    """An aware datetime from a printed timestamp, or ``None`` when it holds no full date.

    Spelled-out zone names and abbreviations are resolved by ``rules`` (the outlet's locale,
    so ``IST`` is India for an Indian outlet); a time with no zone is in ``rules.timezone``.
    """
    mentions = list(find_dates(text, day_first=day_first(text, rules)))
    if not mentions:
        return None
    first = mentions[0]
    if not re.search(r"[A-Za-z]", text[first.start : first.end]):
        # a numeric date whose order is settled: dateutil must not guess it again
        text = f"{text[: first.start]} {first.date.isoformat()} {text[first.end :]}"
    # "10.55 BST" is a time; "GMT+8" means eight hours ahead (dateutil reads it POSIX-style)
    text = _DOTTED_TIME.sub(r"\1:\2", text)
    text = _GMT_OFFSET.sub(
        lambda m: f" {'-' if m[1] in '-−' else '+'}{int(m[2]):02d}:{m[3] or '00'}", text
    )
    tzinfo: dt.tzinfo | None = None
    lowered = text.lower()
    for name in sorted(rules.zone_names, key=len, reverse=True):
        at = lowered.find(name.lower())
        if at >= 0:
            tzinfo = zone(rules.zone_names[name])
            text = f"{text[:at]} {text[at + len(name) :]}"
            break
    tzinfos: dict[str, dt.tzinfo] = {}
    if tzinfo is None:
        for token in _ABBREVIATION.findall(text):
            if token in rules.zone_abbreviations:
                tzinfos[token] = zone(rules.zone_abbreviations[token])
    with warnings.catch_warnings():
        # An abbreviation the locale does not know is dropped on purpose (the zone below).
        warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
        try:
            value = date_parser.parse(text, fuzzy=True, tzinfos=tzinfos)
        except (ValueError, OverflowError):
            value = dt.datetime.combine(mentions[0].date, dt.time())
    if value.tzinfo is None or tzinfo is not None:
        value = value.replace(tzinfo=tzinfo or zone(rules.timezone))
    return value
