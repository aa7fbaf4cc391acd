"""When a meeting mention took place: the day a sentence gives it, ranges and weekdays read
within the trip, and the dates that belong to something else (a saying, another event)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._alternation import alternation
from diplomatic_events.model import BlockKind, PartialDate, Precision, Source, Span
from diplomatic_events.parsing._datelines import DATELINE_AT
from diplomatic_events.parsing._meetings._sentences import Sentence
from diplomatic_events.parsing._meetings._words import _RELATIVE_CLAUSE, _SINCE_CLAUSE, _TRIGGER
from diplomatic_events.parsing._time import TimeExpression, resolve_weekday
from diplomatic_events.parsing._time._resolve import _DETERMINER_BEFORE
from diplomatic_events.parsing._times import DateFinder


def _weekdays_within_range(expressions: Sequence[TimeExpression]) -> Sequence[TimeExpression]:
    """A weekday read within the days the same sentence gives ("visited September 1-2, and
    on Friday he met ...", on a page put out a week later): the Friday of those days, not
    the last one before the page."""
    ranges = [
        (e.date.earliest(), e.date_end.latest())
        for e in expressions
        if e.date is not None
        and e.date_end is not None
        and e.date.precision is Precision.DAY
        and not e.future
        # days the text writes out ("September 1-2"), not a week it names ("last week")
        and e.kind in ("month_day", "day_month", "range")
    ]
    if len(ranges) != 1:
        return expressions
    first, last = ranges[0]
    if not 0 <= (last - first).days < 7:
        return expressions
    out = []
    for e in expressions:
        if e.kind == "weekday" and e.date is not None and not e.future:
            day = e.date.earliest()
            inside = first + dt.timedelta(days=(day.weekday() - first.weekday()) % 7)
            if inside <= last and inside != day:
                e = evolve(e, date=PartialDate.of(inside))
        out.append(e)
    return out


def _day_expression(
    expressions: Sequence[TimeExpression], text: str | None = None
) -> TimeExpression | None:
    """The expression that dates a meeting: a single day, or a weekday awaiting a reference.

    Two different days in one sentence ("met Parrikar and called on Modi ... yesterday and
    today") date no one day: with ``text``, the days read as the range that holds them
    (their month), as "June 2-3" would; without it, or with a weekday not yet resolved,
    nothing.
    """
    if not expressions:
        return None  # most clauses name no time
    expressions = _weekdays_within_range(expressions)
    named = [
        e
        for e in expressions
        if not (e.future or e.bound)
        and (e.weekday is not None or e.date_end is None)
        and (e.date is None or e.date.precision is Precision.DAY)
    ]
    # "Thursday, Aug. 1, 2024" with no reference to resolve the weekday: one day, not two
    weekdays = {e.date.earliest().weekday() for e in named if e.date is not None}
    same = [e for e in named if e.date is None and e.weekday in weekdays]
    if same:
        expressions = [e for e in expressions if e not in same]
        named = [e for e in named if e not in same]
    days = {e.date if e.date is not None else e.weekday for e in named}
    if len(days) > 1:
        if text is None or any(e.future for e in expressions):
            return None  # "On October 3rd and 4th, Monday and Tuesday, ... will meet"
        return _days_range(named, text)
    for expression in expressions:
        if expression.future or expression.bound:
            continue
        if expression.date is not None and expression.date.precision is Precision.DAY:
            if expression.date_end is None:
                return expression
        elif expression.date is None and expression.weekday is not None:
            return expression
    for expression in expressions:
        if expression.future or expression.bound or expression.date is None:
            continue
        if (
            expression.date_end is not None
            and (expression.date_end.latest() - expression.date.earliest()).days > _LONGEST_RANGE
        ):
            continue  # "in recent years", "over the past months": no one meeting's date
        return expression
    return None


_LONGEST_RANGE = 31
"""The longest range of days that still dates one meeting (to its month)."""


def _days_range(named: Sequence[TimeExpression], text: str) -> TimeExpression | None:
    """Several days named in one sentence as one range, from the first to the last."""
    days = sorted(((e.date, e) for e in named if e.date is not None), key=lambda d: d[0].earliest())
    if len(days) < len(named) or not days:
        return None  # a weekday with no reference yet
    (first, _), (last, _) = days[0], days[-1]
    if (last.earliest() - first.earliest()).days > _LONGEST_RANGE:
        return None
    dated = [e for _, e in days]
    start = min(e.evidence.start for e in dated)
    end = max(e.evidence.end for e in dated)
    return TimeExpression(
        evidence=Span.of(dated[0].evidence.source, text, start, end),
        kind="days",
        date=first,
        date_end=last,
        relative=any(e.relative for e in dated),
    )


def _since_update(
    source: Source, sentence: Sentence, date: TimeExpression | None
) -> TimeExpression | None:
    """A past weekday told by a page updated days after it was posted ("Posted Sunday 21:40,
    Updated Monday 08:15": "On Monday morning, A met B"): the day between the two stamps,
    since a week-old day would be "last Monday", not the update's news."""
    if (
        date is None
        or date.weekday is None
        or date.future
        or sentence.entry is not None
        or source.published is None
        or source.updated is None
    ):
        return date
    posted, updated = source.published.date(), source.updated.date()
    since = resolve_weekday(date.weekday, updated)
    if not posted < since <= updated:
        return date
    return evolve(date, date=PartialDate.of(since))


def _scheduled_day(expressions: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day a sentence says a meeting is due ("On Monday, A was to meet B"): its one
    future day, resolved forward from the reference. Two future days date nothing."""
    future = [
        e
        for e in expressions
        if e.future
        and not e.bound
        and e.date is not None
        and e.date.precision is Precision.DAY
        and e.date_end is None
    ]
    if len({e.date for e in future}) != 1:
        return None
    return future[0]


_NAMES_MEETING = re.compile(r"[ \u00a0]+(?:meetings?|talks|summit|session|dinner|lunch)\b")


_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<noun>[a-z][\w-]*)")
_NOUN_AFTER_YEAR = re.compile(r",[ \u00a0]+(?P<noun>[a-z][\w-]*)")
"""A noun after a year's comma, as a date with its year is written before its noun."""


def _dates_the_saying(knowledge: KnowledgeBase, text: str, expression: TimeExpression) -> bool:
    """Whether a date follows a speech cue ("..., Pentagon Press Secretary George Little
    said today in a statement"): the day it was said, not the day of the meeting told."""
    start = expression.evidence.start
    return _said_before(knowledge).search(text, max(0, start - 40), start) is not None


def _said_before(knowledge: KnowledgeBase) -> re.Pattern[str]:
    """A speech cue word (the knowledge's ``cues``) right before a date, perhaps with "in a
    statement" and one object word between ("told reporters")."""

    def build() -> re.Pattern[str]:
        cues = alternation([c for c in knowledge.cues if " " not in c]) or "said"
        return re.compile(
            rf"\b(?:{cues})(?:\s+\w+)?"
            r"(?:\s+in\s+a\s+(?:statement|readout|news\s+release|release))?\s+$"
        )

    return knowledge.cached("vocabulary:meeting-said-before", build)


def _names_another_event(text: str, expression: TimeExpression) -> bool:
    """Whether a date modifies a noun that is no meeting ("those killed in the March 22
    terror attacks"): the day of that event, not of the sentence's meeting ("the March 22
    talks" is the meeting's)."""
    start, end = expression.evidence.start, expression.evidence.end
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    noun = _NOUN_AFTER.match(text, end)
    if noun is None and text[end - 4 : end].isdigit():
        noun = _NOUN_AFTER_YEAR.match(text, end)  # "the Sept. 11, 2001, attacks"
    return noun is not None and _TRIGGER.fullmatch(noun["noun"]) is None


def _after_dateline(
    text: str, sentence: Sentence, stated: Sequence[TimeExpression]
) -> Sequence[TimeExpression]:
    """The sentence's dates without its dateline's day when it names one of its own: "MIAMI
    (May 23, 2025) -- Holsey visited Brazil and Guatemala this week" tells of this week;
    the 23rd is when the story was filed."""
    if len(stated) < 2:
        return stated  # none of them is left out unless another is kept
    dateline = DATELINE_AT.match(text, sentence.start, sentence.end)
    if dateline is None:
        return stated
    own = [e for e in stated if e.evidence.start >= dateline.end()]
    return own if own and len(own) < len(stated) else stated


def _spoken_day(source: Source, dates: DateFinder) -> TimeExpression | None:
    """The day a transcript's remarks were given, when a line of its head is that day alone
    and the page went up a few days later ("Remarks ... After Their Meeting / October 6,
    2013" on a page dated October 8)."""
    if source.published is None:
        return None
    posted = source.published.date()
    for block in source.blocks:
        if block.kind is not BlockKind.METADATA:
            continue
        line = source.text[block.start : block.end]
        for expression in dates(posted, block.start, block.end):
            day = None if expression.date is None else expression.date.to_date()
            said = source.text[expression.evidence.start : expression.evidence.end]
            if (
                day is not None
                and expression.date is not None
                and expression.date.precision is Precision.DAY
                and expression.date_end is None
                and 0 < (posted - day).days <= _SPOKEN_BEFORE_DAYS
                and not line.replace(said, "").strip(" ,.\u00a0")
            ):
                return evolve(expression, kind="dateline")
    return None


_SPOKEN_BEFORE_DAYS = 7
"""How long before its page a transcript's own date line may be."""


_EARLIER_STOP = re.compile(
    r"[ \u00a0]*(?:Following|After)[ \u00a0]+(?:his|her|their|the|a|an)[ \u00a0]+"
    r"(?:[\w’'-]+[ \u00a0]+){0,2}?(?:visit|trip|talks|meetings?|stop|tour|stay)\b[^,;:]{0,80},"
)
"""An opening phrase telling the stop before ("Following his visit to Gaza on Monday,")."""


def earlier_stop(
    text: str, sentence: Sentence, first: re.Match[str] | None
) -> tuple[int, int] | None:
    """The span of an opening phrase that tells the stop before the sentence's meeting
    ("Following his visit to Gaza on Monday,"), when the meeting word comes after it."""
    earlier = _EARLIER_STOP.match(text, sentence.start, sentence.end)
    if earlier is None or (first is not None and sentence.start + first.start() < earlier.end()):
        return None
    return earlier.span()


def _asides(text: str, sentence: Sentence, first: re.Match[str] | None) -> list[tuple[int, int]]:
    """The spans of ``sentence`` that tell of something else: relative and "since" clauses
    and a dateline's stamp (``first``: the sentence's meeting word, if any)."""
    asides = [
        m.span()
        for m in _RELATIVE_CLAUSE.finditer(text, sentence.start, sentence.end)
        # "Marcos, who also met Li later on Wednesday, said ...": the aside is the meeting
        if first is None or not m.start() <= sentence.start + first.start() < m.end()
    ]
    if may_match_in(_SINCE_CLAUSE, text, sentence.start, sentence.end):
        asides += [m.span() for m in _SINCE_CLAUSE.finditer(text, sentence.start, sentence.end)]
    earlier = earlier_stop(text, sentence, first)
    if earlier is not None:
        # "Following his visit to Gaza on Monday, Mr Ellwood today met ...": the day of the
        # stop before, not the meeting's
        asides.append(earlier)
    dateline = DATELINE_AT.match(text, sentence.start, sentence.end)
    if dateline is not None and dateline["stamp"] is not None:
        # "WASHINGTON, Aug. 25, 2017 —": the day the story was filed, not the meeting's
        asides.append(dateline.span("stamp"))
    return asides
