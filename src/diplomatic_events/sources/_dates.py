"""Dates and times as pages print them, read with python-dateutil in the outlet's locale."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as date_parser

from diplomatic_events.sources._rules import OutletRules

__all__ = ["DateMention", "find_dates", "parse_timestamp", "zone"]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_FULL_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}}))\b"
    r"|(?<![\d/.-])(?P<y3>(?:19|20)\d{2})(?P<sep>[/.-])(?P<m3>\d{1,2})(?P=sep)(?P<d3>\d{1,2})(?![\d/.-]\d)"
)
"""Spelled-out months in either order, or numeric dates written year first ("2024/04/11",
"2024-04-11"), the one numeric order no locale reads differently."""
_ABBREVIATION = re.compile(r"\b[A-Z]{2,5}\b")
_DOTTED_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})\b(?!\.\d)")
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
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMention]:
    """Every day-month-year date in ``text[start:end]`` ("June 19, 2023", "19 June 2023")."""
    for match in _FULL_DATE.finditer(text, start, len(text) if end is None else end):
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
            value = date_parser.parse(f"{day} {month} {year}", dayfirst=True).date()
        except (ValueError, OverflowError):
            continue
        yield DateMention(value, match.start(), match.end())


def parse_timestamp(text: str, rules: OutletRules) -> dt.datetime | None:
    """An aware datetime from a printed timestamp, or ``None`` when it holds no full date.

    Spelled-out zone names and abbreviations are resolved by ``rules`` (the outlet's locale,
    so ``IST`` is India for an Indian outlet); a time with no zone is in ``rules.timezone``.
    """
    mentions = list(find_dates(text))
    if not mentions:
        return None
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
