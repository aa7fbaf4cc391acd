"""Finding the date expressions in a window of text: a pattern for each way a date is
written, the longer expression winning over the shorter ones inside it, a weekday joined to
the day written after it, and two written days joined as one range.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge._spans import Spans
from diplomatic_events.model import Precision, Span
from diplomatic_events.parsing._time._expressions import TimeExpression
from diplomatic_events.parsing._time._resolve import _resolve
from diplomatic_events.typing import SourceId

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*[-–—]\s*"
_DAYS_TO = rf"(?:{_DASH}|\s+(?:to|through|until|and)\s+)"
"""Between the first and the last day of a range: "Nov. 19-21", "Aug. 23 to 28", "June 15th
and 16th"."""


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
            r"(?=[eltyoinpjma])\b(?P<phrase>"
            r"(?:earlier|later)\s+today|today|yesterday|tomorrow|tonight|last\s+night"
            # "meeting with President Bazoum just now": the day the words were spoken
            r"|just\s+now|(?:a\s+few\s+)?(?:moments|minutes)\s+ago"
            # "Minister Bishop and I just had a very good meeting": when the words are said
            # (not "had just met", a narrative's earlier time)
            r"|(?<!\bhad\s)just(?=\s+(?:had|met|held|concluded|finished|completed|wrapped\s+up)\b)"
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
_DIGIT = re.compile(r"\d")
_NEEDS: dict[str, re.Pattern[str]] = {
    "month_day": _MONTH_WORD,
    "day_month": _MONTH_WORD,
    "ordinal_day": _DIGIT,
    "month_year": _MONTH_WORD,
    "month": _MONTH_WORD,
    "weekday": _WEEKDAY_WORD,
    "year": _DIGIT,
}
"""What every match of a kind of date holds (the first letters of a month's name, a weekday's
name, a digit: "on the 15th", "2023"): a window without it is not scanned for that kind.
Literal words and one class, so the window is read at the speed of a string search, once
for the kinds that share it."""
_TABLE_GATED = frozenset({"relative"})
"""The kinds of date whose window is first looked up in the text's table of literal starts
(:func:`may_match_in`, one bisection): every relative day ("today", "last week", "the
following day") holds one of two dozen words, found once per text, and the pattern, which
ignores case, is slow to scan; most sentences hold none of them."""


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
        if kind in _TABLE_GATED and not may_match_in(pattern, text, start, end):
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
