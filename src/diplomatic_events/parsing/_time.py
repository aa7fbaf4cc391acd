"""Date and clock-time expressions, resolved against a report's reference date.

A report says "on Sunday", "last year" or "June 18"; what day that is depends on when the
report was written (its publication date, or the time of a live entry). Each expression keeps
the precision the words support (a day, a month, a year, or a range of days) and the span it
was read from. Calendar arithmetic is python-dateutil's (``parser``, ``relativedelta``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from zoneinfo import ZoneInfo

from attrs import evolve, frozen
from dateutil import parser as date_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._index import Spans, TextCache
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import PartialDate, Precision, Span
from diplomatic_events.sources._dates import MONTH_NUMBERS, month_name_date
from diplomatic_events.typing import SourceId

__all__ = [
    "ClockTime",
    "TimeExpression",
    "clock_range",
    "find_clock_times",
    "find_dates",
    "resolve_month",
    "resolve_weekday",
]

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
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*[-–—]\s*"
_DAYS_TO = rf"(?:{_DASH}|\s+(?:to|through|until|and)\s+)"
"""Between the first and the last day of a range: "Nov. 19-21", "Aug. 23 to 28", "June 15th
and 16th"."""

_FUTURE_CUES = guarded(
    re.compile(
        r"\b(?:will|would|shall|plans?|planned|planning|expected|expects|hopes?|hoped|scheduled"
        r"|upcoming|intends?|invit\w+|next|to\s+visit|to\s+travel|to\s+meet)\b",
        re.IGNORECASE,
    )
)

_PAST_AUXILIARY = guarded(re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE))
"""(Both guarded: a look-ahead for their first letters, so most positions fail at once.)"""

# Each pattern opens with a lookahead for the characters its matches can start with: one
# test of a character at most positions instead of the whole pattern.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "month_day",
        re.compile(
            rf"(?=[JFMASOND])\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:{_DAYS_TO}(?P<day_end>\d{{1,2}})(?:st|nd|rd|th)?)?"
            r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b(?![:.,]\d)"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"(?=\d)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:{_DAYS_TO}(?P<day_end>\d{{1,2}})(?:st|nd|rd|th)?)?"
            # "the 15th of April": an ordinal's "of" before the month
            rf"\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b"
        ),
    ),
    (
        "ordinal_day",
        # "Later on the 15th, ...": a day of the month the story is in, by its ordinal
        # alone; only after "on", and before a clause's end ("on the 2nd Fleet" names none)
        re.compile(
            r"(?=[Oo])\b[Oo]n\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
            r"(?=[ \u00a0]*[,.;:)]|[ \u00a0]+(?:and|to|through)[ \u00a0])"
        ),
    ),
    (
        "month_year",
        # "December '96": a year's last two digits after an apostrophe
        re.compile(rf"(?=[JFMASOND])\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20|['’])\d{{2}})\b"),
    ),
    (
        "month",
        re.compile(
            r"(?=[islntubfdoISLNTUBFDO])\b(?P<prep>(?i:in|since|last|this|next|until|by|from|during|of))\s+"
            r"(?:(?:early|late|mid)[\s-]+)?"
            r"(?P<month>January|February|March|April|May|June|July|August|September|October"
            r"|November|December)\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"(?=[EeLlTtNnOoMWFS])\b(?:(?P<mod>[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ll]ate|[Ee]arly)\s+)?"
            rf"(?P<weekday>{_WEEKDAY})\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?=[eltyoinp])\b(?P<phrase>"
            r"(?:earlier|later)\s+today|today|yesterday|tomorrow|tonight|last\s+night"
            r"|this\s+(?:morning|afternoon|evening)"
            r"|the\s+(?:previous|prior|following|next)\s+day|the\s+day\s+(?:before|after)"
            r"|(?:earlier|later)\s+(?:this|that)\s+(?:week|month|year)"
            # "This past week, Secretary Perry visited ...": the week up to the day written
            r"|(?:this|the)\s+past\s+week"
            r"|(?:last|this|next|past)\s+(?:week|month|year)|over\s+the\s+weekend"
            r"|in\s+(?:the\s+)?(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)"
            r"|in\s+recent\s+(?:days|weeks|months|years)"
            r")\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(r"(?=[12])(?<![\d/.,-])(?P<year>(?:19|20)\d{2})(?![\d%-]|\s*(?:%|per))"),
    ),
)

_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NEEDS: dict[str, re.Pattern[str]] = {
    "month_day": _MONTH_WORD,
    "day_month": _MONTH_WORD,
    "month_year": _MONTH_WORD,
    "month": _MONTH_WORD,
    "weekday": _WEEKDAY_WORD,
}
"""What every match of a kind of date holds (the first letters of a month's name, a weekday's
name): a window without it is not scanned for that kind. Literal words, so the window is
read at the speed of a string search."""

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


@frozen(kw_only=True)
class TimeExpression:
    """A date read from the text: a day, month or year, or a range from ``date`` to ``date_end``.

    ``date`` is ``None`` when the words need a reference date the source lacks ("on Monday"
    in an undated report); ``weekday`` keeps the named day so the date can be inferred later.
    """

    evidence: Span
    kind: str
    """How it was written: ``month_day``, ``day_month``, ``month``, ``weekday``, ``year``, ..."""
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    weekday: int | None = None
    """0 (Monday) to 6 (Sunday) for weekday names."""
    relative: bool = False
    """True when the date depends on the reference date."""
    future: bool = False
    since: bool = False
    """True for "since 2019", "going back to 2016": the date is where a period starts."""
    until: bool = False
    """True for "through 2027", "until 2030", "by June": the date is where a period ends."""

    @property
    def bound(self) -> bool:
        """True when the date bounds a period ("since 2019", "through 2027") rather than
        dating an event."""
        return self.since or self.until

    @property
    def coarse(self) -> PartialDate | None:
        """One date for the whole expression: a range becomes the month or year both ends share."""
        if self.date is None or self.date_end is None:
            return self.date
        start, end = self.date, self.date_end
        if start == end:
            return start
        if start.year == end.year and start.month == end.month:
            return PartialDate(year=start.year, month=start.month)
        if start.year == end.year:
            return PartialDate(year=start.year)
        return start


@frozen(kw_only=True)
class ClockTime:
    """A time of day ("4:34 p.m. local time"), with the zone the words name, if any."""

    evidence: Span
    hour: int
    minute: int
    zone: str | None = None
    """An IANA zone name when the text names one ("British Summer Time" → Europe/London)."""
    local: bool = False
    """True for "local time": the zone is the place's, known from context."""
    role: str | None = None
    """``"start"`` or ``"end"`` when the words around say so ("beginning at", "until")."""

    def on(self, day: dt.date, zone: str) -> dt.datetime:
        """The aware datetime on ``day``, in the zone the text named or else in ``zone``."""
        return dt.datetime(
            day.year, day.month, day.day, self.hour, self.minute, tzinfo=ZoneInfo(self.zone or zone)
        )


def resolve_weekday(day: int, reference: dt.date, *, future: bool = False) -> dt.date:
    """The ``day`` (0 = Monday) nearest ``reference``: on or before it, or after it if ``future``.

    A Monday story's "Friday" is the Friday before; its "Monday" is the same day.
    """
    if future:
        return reference + relativedelta(days=1, weekday=_weekday_of(day)(+1))
    return reference + relativedelta(weekday=_weekday_of(day)(-1))


def resolve_month(month: int, reference: dt.date, *, future: bool = False) -> PartialDate:
    """The month named without a year: the latest one not after ``reference`` (or next one)."""
    year = reference.year
    if future:
        if month < reference.month:
            year += 1
    elif month > reference.month:
        year -= 1
    return PartialDate(year=year, month=month)


def _weekday_of(day: int) -> weekday:
    return (MO, TU, WE, TH, FR, SA, SU)[day]


def _day(value: dt.date) -> PartialDate:
    return PartialDate.of(value)


def _month(value: dt.date) -> PartialDate:
    return PartialDate(year=value.year, month=value.month)


@frozen
class _Marks:
    """Where a text's sentences stop ("." and line breaks), its future cues and its past
    auxiliaries are: found once per text, looked up by bisection for each date."""

    stops: list[int]
    cues: list[tuple[int, int]]
    cue_starts: list[int]
    auxiliaries: list[tuple[int, int]]
    auxiliary_starts: list[int]

    @classmethod
    def of(cls, text: str) -> _Marks:
        stops = [m.start() for m in _STOP.finditer(text)]
        cues = [m.span() for m in _FUTURE_CUES.finditer(text)]
        auxiliaries = [m.span() for m in _PAST_AUXILIARY.finditer(text)]
        return cls(
            stops=stops,
            cues=cues,
            cue_starts=[a for a, _ in cues],
            auxiliaries=auxiliaries,
            auxiliary_starts=[a for a, _ in auxiliaries],
        )

    def past_auxiliary(self, text: str, start: int, end: int) -> bool:
        """Whether ``_PAST_AUXILIARY.search(text, start, end)`` finds one."""
        at = bisect.bisect_left(self.auxiliary_starts, start)
        if at < len(self.auxiliaries) and self.auxiliaries[at][1] <= end:
            return True
        # A word cut by ``end`` ends there as far as the search can see.
        return start < end and _PAST_AUXILIARY.search(text, max(start, end - 4), end) is not None


_STOP = re.compile(r"[.\n]")
_MARKS = TextCache()


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``[start, end)`` speaks of what is still to come.

    Cues before the date count from the sentence start; after it only up to the end of the
    date's clause (", in a meeting that ran longer than scheduled" and "at a summit others
    fear will lead to ..." say nothing of the date), or of the next clause when the date
    opens the sentence ("On Monday, Xi will meet ..."). Words in quotation marks are the
    speaker's, with their own tense.
    """
    marks: _Marks = _MARKS.get("marks", text, lambda: _Marks.of(text))
    at = bisect.bisect_left(marks.stops, start)
    left = marks.stops[at - 1] + 1 if at > 0 else 0
    at = bisect.bisect_left(marks.stops, end)
    right = marks.stops[at] if at < len(marks.stops) else len(text)
    breaks = [m.start() for m in itertools.islice(_CLAUSE_BREAK.finditer(text, end, right), 2)]
    opening = _OPENING.fullmatch(text, left, start) is not None
    if breaks:
        right = breaks[1] if opening and len(breaks) > 1 else right if opening else breaks[0]
    # The cues of the window, in order: every cue is a word or two, so the window's cues
    # are the text's cues that lie inside it.
    first = bisect.bisect_left(marks.cue_starts, left)
    cues = []
    for cue_start, cue_end in marks.cues[first:]:
        if cue_end > right:
            break
        cues.append((cue_start, cue_end))
    if not cues:
        return False
    quoted: list[tuple[int, int]] | None = None

    def is_quoted(position: int) -> bool:
        nonlocal quoted
        if quoted is None:
            quoted = [m.span() for m in _QUOTATION.finditer(text, left, right)]
        return any(a <= position < b for a, b in quoted)

    # A cue counts unless quoted, or a past auxiliary follows it before the date ("his plans
    # to travel were postponed in February"), or, after the date, a reporting verb comes
    # first ("on Wednesday announced that the US would ..."). Before the date the last
    # unquoted cue decides (an auxiliary after it follows every earlier one too); after it,
    # the first.
    for cue_start, cue_end in reversed(cues):
        if cue_start < end and not is_quoted(cue_start):
            if not marks.past_auxiliary(text, cue_end, start):
                return True
            break
    for cue_start, cue_end in cues:
        if cue_start >= end and not is_quoted(cue_start):
            if _PURPOSE.fullmatch(text, cue_start, cue_end) and _PAST_VERB.search(
                text, left, start
            ):
                continue  # "visited Japan November 17-19 to meet ...": why, not when
            return _REPORTED.search(text, end, cue_start) is None
    return False


_PURPOSE = re.compile(r"to\s+\w+", re.IGNORECASE)
"""A cue that is an infinitive of purpose ("to meet"): after a date its verb in the past
tense already placed, it says why the trip was made."""
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|went|came|began|spoke|told|said|made|gave|took|flew|left)\b"
)


_REPORTED = re.compile(r"\b(?:said|told|[a-z]+ed)\s+(?:[a-z]+\s+)?that\b")
"""A past verb reporting what follows ("announced that", "told reporters that"): a future
after it is the report's, not the day's."""
_CLAUSE_BREAK = re.compile(r",\s|;|\s[—–]\s")
_OPENING = re.compile(
    r"[\s\"“‘'(]*(?:(?:and|but|then|so|earlier|later|early|late|on|by|last|this|that)\s+){0,3}",
    re.IGNORECASE,
)
"""The few words before a date that opens its sentence ("Earlier on", "On", "But")."""
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def find_dates(
    source: SourceId,
    text: str,
    reference: dt.date | None,
    start: int = 0,
    end: int | None = None,
) -> tuple[TimeExpression, ...]:
    """Every date expression in ``text[start:end]``, resolved against ``reference``.

    Longer expressions win over the shorter ones inside them ("June 19, 2023" is one
    expression, not a day and a year). Past tense is assumed unless the clause looks ahead
    ("will", "plans", "next", "in the coming months").
    """
    end = len(text) if end is None else end
    return _dates_in(source, text, reference, start, end)


@functools.lru_cache(maxsize=1024)
def _dates_in(
    source: SourceId, text: str, reference: dt.date | None, start: int, end: int
) -> tuple[TimeExpression, ...]:
    # The meeting, visit, event and position passes read the same sentences: each window
    # is resolved once while recent (the result is a tuple of frozen values).
    taken = Spans()
    found: list[TimeExpression] = []
    held: dict[int, bool] = {}  # whether the window holds each needed word, searched once
    for kind, pattern in _PATTERNS:
        needed = _NEEDS.get(kind)
        if needed is not None:
            if id(needed) not in held:
                held[id(needed)] = needed.search(text, start, end) is not None
            if not held[id(needed)]:
                continue
        for match in pattern.finditer(text, start, end):
            if taken.overlaps(match.start(), match.end()):
                continue
            expression = _resolve(kind, match, text, source, reference)
            if expression is not None:
                taken.add(match.start(), match.end())
                found.append(expression)
    ordered = _named_days(text, sorted(found, key=lambda item: item.evidence.start))
    return _joined_ranges(text, ordered)


_WEEKDAY_APPOSITION = re.compile(r",?[ \t\u00a0]*")


def _named_days(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """A weekday and the calendar day after it as one day: "On Wednesday, Aug. 23" is
    August 23 (the day written out wins), not the Wednesday before the story."""
    named: list[TimeExpression] = []
    for expression in found:
        last = named[-1] if named else None
        if (
            last is not None
            and last.kind == "weekday"
            and expression.kind in _DAY_KINDS
            and _WEEKDAY_APPOSITION.fullmatch(text, last.evidence.end, expression.evidence.start)
        ):
            span = Span.of(
                expression.evidence.source, text, last.evidence.start, expression.evidence.end
            )
            named[-1] = evolve(expression, evidence=span)
            continue
        named.append(expression)
    return named


_RANGE_JOIN = re.compile(r"[ \t\u00a0]*(?:to|through|thru|until|till|-|–|—|and)[ \t\u00a0]*")
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t\u00a0]+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom[ \t\u00a0]+$", re.IGNORECASE)
_DAY_KINDS = frozenset({"month_day", "day_month"})
_LONGEST_JOINED_RANGE = 31
"""The longest range of days two written days make ("from January 29 to February 1")."""


def _joined_ranges(text: str, found: list[TimeExpression]) -> tuple[TimeExpression, ...]:
    """Two written days joined as one range: "from January 29 to February 1", "between July
    31 and August 1", "March 30 through April 2". "And" joins only after "between", "to"
    only after "from": "on May 11 and May 12" are two days, "moved May 3 to May 10" too."""
    joined: list[TimeExpression] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        both = None if second is None else _range_of(text, first, second)
        if both is not None:
            joined.append(both)
            index += 2
            continue
        joined.append(first)
        index += 1
    return tuple(joined)


def _range_of(text: str, first: TimeExpression, second: TimeExpression) -> TimeExpression | None:
    """``first`` to ``second`` as one range, when the words between join them as one."""
    start, end = first.date, second.date
    if start is None or end is None or first.date_end is not None or second.date_end is not None:
        return None
    if first.kind not in _DAY_KINDS or second.kind not in _DAY_KINDS:
        return None
    if start.precision is not Precision.DAY or end.precision is not Precision.DAY:
        return None
    gap = _RANGE_JOIN.fullmatch(text, first.evidence.end, second.evidence.start)
    if gap is None:
        return None
    word = gap.group().strip()
    before = text[max(0, first.evidence.start - 12) : first.evidence.start]
    if word == "and" and _BETWEEN_BEFORE.search(before) is None:
        return None
    if word in ("to", "until", "till") and _FROM_BEFORE.search(before) is None:
        return None
    if not 0 < (end.earliest() - start.earliest()).days <= _LONGEST_JOINED_RANGE:
        return None
    return evolve(
        first,
        evidence=Span.of(first.evidence.source, text, first.evidence.start, second.evidence.end),
        kind="range",
        date_end=end,
        future=first.future or second.future,
    )


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
        if reference is None:
            return TimeExpression(evidence=span, kind=kind, relative=True, future=ahead)
        if prep == "last":
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
    year = int(match["year"])
    since = _SINCE_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
    period_end, reach = _until_before()
    until = period_end.search(text, max(0, match.start() - reach), match.start()) is not None
    return TimeExpression(
        evidence=span, kind=kind, date=PartialDate(year=year), since=since, until=until
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

    if words in ("today", "tonight", "earlier today", "later today") or words in (
        "this morning",
        "this afternoon",
        "this evening",
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
        return made(_month(ref + relativedelta(months=shift)))
    if unit == "year":
        return made(PartialDate(year=ref.year + shift))
    return None


_CLOCK = re.compile(
    r"\b(?P<noon>noon|midday|midnight)\b"
    r"(?:\s+(?P<zonen>local\s+time|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Time|[A-Z]{2,5})\b)?"
    r"|\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    r"(?:\s+(?P<zone>local\s+time|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Time|[A-Z]{2,5})\b)?"
    r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b"
    r"(?:\s+(?P<zone24>local\s+time|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Time|[A-Z]{2,5})\b)?"
)
_CLOCK = guarded(_CLOCK)


def find_clock_times(
    source: SourceId,
    text: str,
    zones: dict[str, str],
    start: int = 0,
    end: int | None = None,
) -> tuple[ClockTime, ...]:
    """Every time of day in ``text[start:end]``.

    ``zones`` maps the zone words the text may use ("British Summer Time", "ET", "IST") to IANA
    names; unknown zone words are left out of the evidence and the zone stays ``None``.
    """
    end = len(text) if end is None else end
    return tuple(_clock_times(source, text, zones, start, end))


def _clock_times(
    source: SourceId, text: str, zones: dict[str, str], start: int, end: int
) -> Iterator[ClockTime]:
    lowered = {key.lower(): value for key, value in zones.items()}
    for match in _CLOCK.finditer(text, start, end):
        if match["noon"] is not None:
            hour, minute = (0 if match["noon"].lower() == "midnight" else 12), 0
            zone_words, zone_group = match["zonen"], "zonen"
        elif match["hour"] is not None:
            hour, minute = int(match["hour"]), int(match["minute"] or 0)
            if not 1 <= hour <= 12 or minute > 59:
                continue
            hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
            zone_words, zone_group = match["zone"], "zone"
        else:
            hour, minute = int(match["hour24"]), int(match["minute24"])
            zone_words, zone_group = match["zone24"], "zone24"
        local = zone_words is not None and " ".join(zone_words.lower().split()) == "local time"
        zone = None if zone_words is None or local else lowered.get(zone_words.lower())
        stop = match.end() if (local or zone is not None) else match.start(zone_group)
        if zone_words is None:
            stop = match.end()
        if match["hour"] is None and match["noon"] is None and zone is None and not local:
            continue  # a bare "12:22" is too often a score or a ratio
        yield ClockTime(
            evidence=Span.of(source, text, match.start(), _trim(text, match.start(), stop)),
            hour=hour,
            minute=minute,
            zone=zone,
            local=local,
            role=_clock_role(text, start, match.start()),
        )


_START_CUE = re.compile(
    r"\b(?:from|begin(?:s|ning)?|began|start(?:s|ed|ing)?|open(?:s|ed|ing)?|kick(?:ed)?\s+off"
    r"|got\s+under\s*way|convened)\s+"
    r"(?:(?:at|around|about|shortly|just|soon|after|before|some\s+time)\s+){0,3}$",
    re.IGNORECASE,
)
_END_CUE = re.compile(
    r"(?:\b(?:to|until|till|through|end(?:s|ed|ing)?|finish(?:ed|ing)?|wrapp(?:ed|ing)\s+up"
    r"|conclud(?:ed|ing)|clos(?:ed|ing)|broke\s+up|adjourned)\s+"
    r"(?:(?:at|around|about|shortly|just|soon|after|before)\s+){0,3}|[-–]\s*)$",
    re.IGNORECASE,
)
_CUE_REACH = 40
"""Characters before a clock time searched for the word that makes it a start or an end."""


def _clock_role(text: str, start: int, at: int) -> str | None:
    """``"start"`` for "beginning at 4:34 p.m.", ``"end"`` for "until noon", else ``None``."""
    before = text[max(start, at - _CUE_REACH) : at]
    if _END_CUE.search(before):
        return "end"
    if _START_CUE.search(before):
        return "start"
    return None


def clock_range(clock: Sequence[ClockTime]) -> tuple[ClockTime | None, ClockTime | None]:
    """The start and end a sentence's clock times give, by their cue words or their order.

    "beginning at 4:34 p.m. ... ended at 5:09 p.m." and "from 10 a.m. to noon" give both;
    "started shortly after 9 a.m." gives a start only; two uncued times are start and end.
    """
    starts = [c for c in clock if c.role == "start"]
    ends = [c for c in clock if c.role == "end"]
    start = starts[0] if starts else None
    end = ends[0] if ends else None
    if start is None and end is None and len(clock) == 2:
        start, end = clock
    if (
        start is not None
        and end is not None
        and (end.hour, end.minute) < (start.hour, start.minute)
    ):
        end = None
    return start, end


def _trim(text: str, start: int, stop: int) -> int:
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop
