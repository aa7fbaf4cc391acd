"""Each date match read as a date against the report's reference date: a written day, an
ordinal day, a month, a weekday, a relative phrase ("last week") or a year, the tense of its
clause deciding which way a day written without a year goes.

Apart from the patterns that find the matches (``_dates``): this is the calendar reasoning.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateutil import parser as date_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.model import PartialDate, Span
from diplomatic_events.parsing._time._expressions import (
    TimeExpression,
    _day,
    resolve_month,
    resolve_weekday,
)
from diplomatic_events.parsing._time._tense import _is_future
from diplomatic_events.sources._dates import MONTH_NUMBERS, month_name_date
from diplomatic_events.typing import SourceId

_WEEKDAYS: dict[str, weekday] = {
    "monday": MO,
    "tuesday": TU,
    "wednesday": WE,
    "thursday": TH,
    "friday": FR,
    "saturday": SA,
    "sunday": SU,
}
_MONTHS = MONTH_NUMBERS


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Za-z]")
"""A year between a determiner and a noun names a thing ("the 2022 Joint Statement", "a 2019
report"), not when the sentence's event happened."""
_SINCE_BEFORE = re.compile(r"\b(?:since|going\s+back\s+to|from)\s+(?:early\s+|late\s+)?$", re.I)


@functools.cache
def _until_before() -> tuple[re.Pattern[str], int]:
    """Before a year, words that make it where a period ends ("extending the partnership
    through 2027", "until the end of 2030"; ``period_ends`` in ``grammar.toml``), and how
    far back from the year they may start."""
    phrases = grammar().period_ends
    reach = max((len(p) for p in phrases), default=0) + 8
    return re.compile(rf"\b(?:{phrase_pattern(phrases)})\s+$", re.IGNORECASE), reach


def _full_year(written: str, reference: dt.date | None) -> int | None:
    """The year a text means by "2016" or "'96": two digits name the latest such year no
    later than a year after the reference day; without one they name no year for sure."""
    if written[0].isdigit():
        return int(written)
    if reference is None:
        return None
    latest = reference.year + 1
    return latest - (latest - int(written[1:])) % 100


def _resolve(
    kind: str, match: re.Match[str], text: str, source: SourceId, reference: dt.date | None
) -> TimeExpression | None:
    span = Span.of(source, text, match.start(), match.end())
    future = _is_future(text, match.start(), match.end())
    if kind in ("month_day", "day_month"):
        return _explicit_day(kind, match, span, reference, future=future)
    if kind == "ordinal_day":
        return _ordinal_day(match, span, reference, future=future)
    if kind == "month_year":
        month = _MONTHS[match["month"].rstrip(".").lower()]
        year = _full_year(match["year"], reference)
        if year is None:
            return TimeExpression(evidence=span, kind=kind, relative=True)
        return TimeExpression(evidence=span, kind=kind, date=PartialDate(year=year, month=month))
    if kind == "month":
        prep = match["prep"].lower()
        if prep == "of" or (match["month"] == "May" and prep in ("by", "this")):
            return None  # "of May" rarely dates anything; "may" is a verb after "this"/"by"
        month = _MONTHS[match["month"].lower()]
        ahead = future or prep == "next"
        if reference is not None and prep == "this":
            # "this November" on a page of June is the November of the page's year, ahead
            ahead = ahead or month > reference.month
        if reference is None:
            return TimeExpression(evidence=span, kind=kind, relative=True, future=ahead)
        if prep == "this":
            date = PartialDate(year=reference.year, month=month)
        elif prep == "last":
            date = resolve_month(month, reference - relativedelta(months=1))
        else:
            date = resolve_month(month, reference, future=ahead)
        return TimeExpression(
            evidence=span,
            kind=kind,
            date=date,
            relative=True,
            future=ahead,
            since=prep in ("since", "from"),
            until=prep in ("until", "by"),
        )
    if kind == "weekday":
        return _weekday(match, span, reference, future=future)
    if kind == "relative":
        return _relative(match["phrase"], span, reference, future=future)
    if (
        _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start())
        and _WORD_AFTER.match(text, match.end()) is not None
    ):
        return None  # "the 2017 Memorandum of Understanding": a year naming a thing
    if _names_with_year(text, match.start()):
        return None  # "in support of Southern Seas 2024": the year is part of a name
    year = int(match["year"])
    since = _SINCE_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
    period_end, reach = _until_before()
    until = period_end.search(text, max(0, match.start() - reach), match.start()) is not None
    return TimeExpression(
        evidence=span, kind=kind, date=PartialDate(year=year), since=since, until=until
    )


_WORD_BEFORE = re.compile(r"(?<![\w.’'-])(?P<word>[A-Z][a-z]+)[ \u00a0]$")
"""A capitalised word right before a year, with one space between."""
_WORD_BEFORE_REACH = 40


def _names_with_year(text: str, start: int) -> bool:
    """Whether the year at ``start`` ends a name after a capitalised word ("Southern Seas
    2024", "Vision 2030", "Cobra Gold 2023"): an exercise, plan or games named with its year,
    not when the sentence's event happened. Not after a month, weekday, preposition or
    sentence opener ("May 2024", "In 2019", "Since 2014")."""
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    return before is not None and before["word"].lower() not in _not_naming_words()


@functools.cache
def _not_naming_words() -> frozenset[str]:
    """Capitalised words a year after is still a date after (lower case): months and
    weekdays, prepositions, sentence openers and the other name stop words."""
    words = grammar()
    return frozenset(
        w.lower()
        for w in (
            *words.name_stop_words,
            *words.prepositions,
            *words.sentence_starters,
            *_MONTHS,
            *_WEEKDAYS,
        )
    )


_SAME_YEAR_GRACE = dt.timedelta(days=1)
_PLAN_AHEAD = dt.timedelta(days=7)


def _month_day(month: str, day: str, year: str | None, default: dt.datetime) -> dt.date:
    """The date python-dateutil reads in "March 5" or "March 5 2024" (the year, when none
    is written, ``default``'s): the plain case by :func:`month_name_date`, anything else by
    the general parser.

    Raises:
        ValueError: no such date ("February 30").
    """
    plain = month_name_date(month, day, default.year if year is None else year)
    if plain is not None:
        return plain
    words = f"{month} {day}" + (f" {year}" if year else "")
    return date_parser.parse(words, default=default).date()


def _explicit_day(
    kind: str, match: re.Match[str], span: Span, reference: dt.date | None, *, future: bool
) -> TimeExpression | None:
    default_year = reference.year if reference is not None else 2000
    default = dt.datetime(default_year, 1, 1)
    try:
        first = _month_day(match["month"], match["day"], match["year"], default)
    except (ValueError, OverflowError):
        return None
    if match["year"] is None:
        if reference is None:
            return TimeExpression(evidence=span, kind=kind, relative=True, future=future)
        # Without a year, look back unless the clause looks ahead: a June story's
        # "December 5" is last December, its "will meet on December 5" this December. The
        # day after the reference is this year's (the page's date may be a day early: a time
        # zone, an index's stamp); a day in the week after it is a plan of this year ("From
        # May 5-6, she will be in Libreville"), not a year back.
        if not future and first > reference + _SAME_YEAR_GRACE:
            if first <= reference + _PLAN_AHEAD:
                future = True
            else:
                first -= relativedelta(years=1)
        elif future and first < reference - relativedelta(months=1):
            first += relativedelta(years=1)
    last = first
    if match["day_end"]:
        try:
            last = first.replace(day=int(match["day_end"]))
        except ValueError:
            return None
        if last < first:
            return None
    return TimeExpression(
        evidence=span,
        kind=kind,
        date=_day(first),
        date_end=_day(last) if last != first else None,
        relative=match["year"] is None,
        future=future,
    )


def _ordinal_day(
    match: re.Match[str], span: Span, reference: dt.date | None, *, future: bool
) -> TimeExpression | None:
    """ "on the 15th": that day of the reference's month, or of the month before when the
    day is still to come and the clause does not look ahead."""
    if reference is None:
        return TimeExpression(evidence=span, kind="ordinal_day", relative=True, future=future)
    day = int(match["day"])
    month = reference.replace(day=1)
    if not future and day > reference.day + _SAME_YEAR_GRACE.days:
        month -= relativedelta(months=1)
    elif future and day < reference.day:
        month += relativedelta(months=1)
    try:
        date = month.replace(day=day)
    except ValueError:
        return None
    return TimeExpression(
        evidence=span, kind="ordinal_day", date=_day(date), relative=True, future=future
    )


def _weekday(
    match: re.Match[str], span: Span, reference: dt.date | None, *, future: bool
) -> TimeExpression:
    day = tuple(_WEEKDAYS).index(match["weekday"].lower())
    modifier = (match["mod"] or "").lower()
    ahead = modifier == "next" or (future and modifier not in ("last", "earlier"))
    if reference is None:
        return TimeExpression(
            evidence=span, kind="weekday", weekday=day, relative=True, future=ahead
        )
    if modifier == "last":
        resolved = resolve_weekday(day, reference - dt.timedelta(days=1))
    else:
        resolved = resolve_weekday(day, reference, future=ahead and day != reference.weekday())
    return TimeExpression(
        evidence=span, kind="weekday", date=_day(resolved), weekday=day, relative=True, future=ahead
    )


def _relative(
    phrase: str, span: Span, reference: dt.date | None, *, future: bool
) -> TimeExpression | None:
    words = " ".join(phrase.lower().split())
    ahead = future or "coming" in words or words.startswith(("next", "in the next", "in next"))
    ahead = ahead or words in ("tomorrow", "the following day", "the next day", "the day after")
    if reference is None:
        return TimeExpression(evidence=span, kind="relative", relative=True, future=ahead)
    ref = reference

    def made(date: PartialDate, date_end: PartialDate | None = None) -> TimeExpression:
        return TimeExpression(
            evidence=span,
            kind="relative",
            date=date,
            date_end=date_end,
            relative=True,
            future=ahead,
        )

    if (
        words in ("today", "tonight", "earlier today", "later today", "just now", "just")
        or words.endswith(" ago")
        or words
        in (
            "this morning",
            "this afternoon",
            "this evening",
        )
    ):
        return made(_day(ref))
    if words in ("yesterday", "last night", "the previous day", "the prior day", "the day before"):
        return made(_day(ref - dt.timedelta(days=1)))
    if words in ("tomorrow", "the following day", "the next day", "the day after"):
        return made(_day(ref + dt.timedelta(days=1)))
    if words.endswith("weekend"):
        saturday = resolve_weekday(5, ref - dt.timedelta(days=1))
        return made(_day(saturday), _day(saturday + dt.timedelta(days=1)))
    unit = words.split()[-1].rstrip("s")
    if words.startswith("in ") and ("coming" in words or "next" in words):
        step = {"day": relativedelta(days=7), "week": relativedelta(weeks=4)}.get(
            unit, relativedelta(months=6) if unit == "month" else relativedelta(years=3)
        )
        return made(_day(ref + relativedelta(days=1)), _day(ref + step))
    if words.startswith("in recent"):
        step = {"day": relativedelta(days=7), "week": relativedelta(weeks=6)}.get(
            unit, relativedelta(months=6) if unit == "month" else relativedelta(years=5)
        )
        return made(_day(ref - step), _day(ref))
    if words in ("this past week", "the past week"):
        return made(_day(ref - dt.timedelta(days=6)), _day(ref))
    shift = -1 if words.startswith(("last", "past")) else 1 if words.startswith("next") else 0
    if unit == "week":
        monday = resolve_weekday(0, ref) + relativedelta(weeks=shift)
        sunday = monday + dt.timedelta(days=6)
        if shift == 0 and words.startswith("earlier"):
            sunday = ref
        return made(_day(monday), _day(sunday))
    if unit == "month":
        return made(PartialDate.month_of(ref + relativedelta(months=shift)))
    if unit == "year":
        return made(PartialDate(year=ref.year + shift))
    return None
