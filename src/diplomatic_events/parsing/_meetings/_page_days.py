"""The days a page gives the meetings it tells with no day of their own: its publication
day (a transcript's, a readout's only day), the month it appeared in, the trip's stated days,
the day the story is telling and a live page's entry stamp.

Apart from the other clues (:mod:`._clues`) so the dating reads on its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import PartialDate, Precision, Source, Span
from diplomatic_events.parsing._meetings._context import _looks_ahead
from diplomatic_events.parsing._meetings._dating import _names_another_event
from diplomatic_events.parsing._meetings._sentences import (
    Sentence,
)
from diplomatic_events.parsing._meetings._words import _FUTURE
from diplomatic_events.parsing._quantities import find_durations
from diplomatic_events.parsing._quotes import PairKind, find_pairs
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._times import DateFinder


def _published_day(source: Source) -> TimeExpression | None:
    """The publication day as a weak date: a transcript is published the day it is spoken.
    A source dated only to the month gives the month."""
    if source.published_inferred or source.entries:
        return None
    if source.published is not None:
        date: PartialDate | None = PartialDate.of(source.published.date())
    else:
        date = source.published_date
    blocks = source.readable_blocks()
    if date is None or not blocks:
        return None
    return TimeExpression(
        evidence=source.published_evidence or source.span(blocks[0].start, blocks[0].end),
        kind="publication",
        date=date,
        relative=True,
    )


def _stated_span(
    source: Source, clauses: Sequence[Sentence], dates: DateFinder
) -> TimeExpression | None:
    """The days the story gives for the whole trip ("visited Japan November 17-19", "this
    week"), when every past range of days it names is the same: a meeting of the trip with
    no day of its own took place within them. A range is read at the precision that holds
    it (the month), never as its first day."""
    spans: list[TimeExpression] = []
    for sentence in clauses:
        for expression in dates(sentence.reference, sentence.start, sentence.end):
            if (
                expression.date is None
                or expression.date_end is None
                # "visited Japan Nov. 17-19 to meet ..." reads as ahead, but days over
                # before the story's day are past
                or (expression.future and _not_over(expression, sentence))
                or expression.bound
                # a week by name is the trip's only while it lasts ("this week"): "held
                # their first joint talks last week" is another occasion's
                or (expression.kind == "relative" and _over(expression, sentence))
                or expression.date.precision is not Precision.DAY
                or (expression.date_end.latest() - expression.date.earliest()).days > _SPAN_DAYS
            ):
                continue
            spans.append(expression)
    if len({(e.date, e.date_end) for e in spans}) > 1:
        spans = _years_written(spans)
    if len({(e.date, e.date_end) for e in spans}) > 1:
        # a speaker's "this week" is the week the words were said, not the story's days
        quoted = _quoted_spans(source)
        spans = [e for e in spans if not any(a <= e.evidence.start < b for a, b in quoted)]
    if len({(e.date, e.date_end) for e in spans}) != 1:
        return None
    return evolve(spans[0], future=False)


def _trip_of_stated_length(
    knowledge: KnowledgeBase, source: Source, clauses: Sequence[Sentence], dates: DateFinder
) -> TimeExpression | None:
    """A trip the story gives only by its length ("a two-day visit", "her five-day trip to
    ..."), told when it was published: a meeting of it with no day of its own was held on one
    of its days, so the text supports the month of publication, not the day, when the
    trip's days up to then lie in that month (else nothing is said). Not a trip the page
    opens ("arrived on a two-day visit"), a speaker's ("my two-day visit"), one ahead, or
    one whose sentence dates a stop of it."""
    day = _day_published(source)
    if day is None:
        return None
    text = source.text
    quoted: list[tuple[int, int]] | None = None
    trip: TimeExpression | None = None
    for sentence in clauses:
        for length, days, noun in trip_lengths(knowledge, source, sentence):
            if days == 1:
                return None  # "a one-day visit to Tanzania ... part of a nine-day trip"
            if days > _SPAN_DAYS or trip is not None:
                continue
            if _looks_ahead(knowledge, text[sentence.start : sentence.end]):
                continue  # "will begin a three-day visit": the trip is ahead
            if (
                _trip_opens().search(text, sentence.start, length.start) is not None
                or _trip_goes_on().match(text, noun.end(), sentence.end) is not None
            ):
                # "arrived on a two-day visit", "The 2-day visit is an opportunity": the
                # page's day is one of the trip's
                continue
            if quoted is None:
                quoted = _quoted_spans(source)
            if any(a <= length.start < b for a, b in quoted):
                continue  # a speaker's "my two-day visit" is the speaker's to date
            if any(
                not expression.relative
                and expression.date is not None
                and expression.date.precision is Precision.DAY
                for expression in dates(sentence.reference, sentence.start, sentence.end)
            ):
                # "visited Niamey August 5 as part of a four-day visit throughout Africa":
                # the stop has its day, the trip is wider
                continue
            if (day - dt.timedelta(days=days)).month != day.month:
                return None
            trip = TimeExpression(
                evidence=length,
                kind="trip_length",
                date=PartialDate.month_of(day),
                relative=True,
            )
    return trip


def _day_published(source: Source) -> dt.date | None:
    """The day the page was published, when it is known to the day."""
    published = _published_day(source)
    if published is None or published.date is None:
        return None
    if published.date.precision is not Precision.DAY:
        return None
    return published.date.to_date()


def _finished_trip(
    knowledge: KnowledgeBase, source: Source, clauses: Sequence[Sentence], dates: DateFinder
) -> TimeExpression | None:
    """A trip the story tells as over when it was published ("today returned from a trip
    across the Asia-Pacific", "concluded his visit to Ghana"): a meeting of it with no day of
    its own was held on one of its earlier days, so the text supports the month of
    publication, not the day, unless the story names past days of another month. Not a
    speaker's trip, one ahead ("will conclude"), or one in a sentence naming a past day other
    than the page's."""
    day = _day_published(source)
    if day is None:
        return None
    month = _published_month(source, clauses, dates)
    if month is None:
        return None  # "On 31 July and 1 August ...", published 2 August: either month
    text = source.text
    quoted: list[tuple[int, int]] | None = None
    for sentence in clauses:
        ended = _trip_ends().search(text, sentence.start, sentence.end)
        if ended is None:
            continue
        if _looks_ahead(knowledge, text[sentence.start : ended.start()]):
            continue  # "will conclude his visit"
        if quoted is None:
            quoted = _quoted_spans(source)
        if any(a <= ended.start() < b for a, b in quoted):
            continue  # a speaker's "I just returned from a trip"
        named = [
            expression
            for expression in dates(sentence.reference, sentence.start, sentence.end)
            if expression.date is not None and not expression.future
        ]
        if ended.group("closing") is not None and (
            named or _tells_the_page_day(source, clauses, dates, day, quoted)
        ):
            # "completed her visit to Cambodia today", "met today with top officials here ...
            # wrapped up his Manila visit by meeting with": its last day is the page's
            continue
        if any(
            e.date is not None and e.date.precision is Precision.DAY and e.date.to_date() != day
            for e in named
        ):
            continue  # "returned on Friday from ...": the story names the trip's days
        return evolve(month, evidence=source.span(ended.start(), ended.end()), kind="trip_ended")
    return None


def _tells_the_page_day(
    source: Source,
    clauses: Sequence[Sentence],
    dates: DateFinder,
    day: dt.date,
    quoted: list[tuple[int, int]],
) -> bool:
    """Whether the story names the page's own day outside quotations ("met today with top
    officials here"): it reports that day's meetings."""
    return any(
        expression.date is not None
        and expression.date.precision is Precision.DAY
        and expression.date.to_date() == day
        and not any(a <= expression.evidence.start < b for a, b in quoted)
        for sentence in clauses
        for expression in dates(sentence.reference, sentence.start, sentence.end)
    )


@functools.cache
def _trip_ends() -> re.Pattern[str]:
    """A trip told as over (``trip_endings``, or ``trip_closings`` as the group "closing"),
    its noun a few words after the verb."""
    words = grammar()
    back = phrase_pattern(words.trip_endings)
    closing = phrase_pattern(words.trip_closings)
    nouns = phrase_pattern(words.trip_nouns | words.party_nouns | {"mission"})
    return guarded(
        re.compile(
            rf"\b(?:{back}|(?P<closing>{closing}))[ \u00a0]+(?:[\w’'.,-]+[ \u00a0]+){{0,4}}?"
            rf"(?:{nouns})\b",
            re.IGNORECASE,
        )
    )


def trip_lengths(
    knowledge: KnowledgeBase, source: Source, sentence: Sentence
) -> Iterator[tuple[Span, int, re.Match[str]]]:
    """Each length of days a sentence gives a trip ("two-day visit", "five-day official
    trip"): where the length is written, its days and the trip's noun after it."""
    text = source.text
    for duration in find_durations(
        source.id, text, sentence.start, sentence.end, rules=knowledge.hedges
    ):
        if duration.evidence is None or not duration.text.endswith(("day", "days")):
            continue
        noun = _trip_noun().match(text, duration.evidence.end, sentence.end)
        if noun is not None:
            yield duration.evidence, round((duration.low_minutes or 0) / _MINUTES_A_DAY), noun


def _quoted_spans(source: Source) -> list[tuple[int, int]]:
    """Where the source's quotations are: a speaker's days and trips are their own."""
    return [
        (pair.start, pair.end)
        for pair in find_pairs(source.text, source.readable_blocks())
        if pair.kind is PairKind.QUOTE
    ]


_MINUTES_A_DAY = 24 * 60


@functools.cache
def _trip_noun() -> re.Pattern[str]:
    """The trip a length of days is of: "two-day visit", "five-day official visit", the
    place it was spent in ("an extremely busy two days in Kyiv") or the meetings it was
    spent in ("after three days of meetings")."""
    nouns = phrase_pattern(grammar().trip_nouns)
    return re.compile(
        rf"[ \t\u00a0]+(?:(?:[\w’'-]+[ \t\u00a0]+){{0,2}}?(?:{nouns})\b"
        r"|in[ \t\u00a0]+(?-i:[A-Z])[\w’'-]*"
        r"|of[ \t\u00a0]+(?:[\w’'-]+[ \t\u00a0]+)?(?:meetings|talks|consultations|engagements)\b)",
        re.IGNORECASE,
    )


@functools.cache
def _trip_goes_on() -> re.Pattern[str]:
    """A verb after a trip's noun telling it goes on as the page is written."""
    verbs = phrase_pattern(grammar().trip_ongoing)
    return re.compile(rf"[ \t\u00a0]+(?:{verbs})\b", re.IGNORECASE)


@functools.cache
def _trip_opens() -> re.Pattern[str]:
    """Words before a trip's length that put the page on one of its days."""
    openings = phrase_pattern(grammar().trip_openings)
    return re.compile(rf"\b(?:{openings})\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)


def _years_written(spans: list[TimeExpression]) -> list[TimeExpression]:
    """``spans`` without the ranges whose year the reader guessed when another writes the same
    days with their year: "Oct. 20-23" in the headline of a page of December 2025 is the
    "Oct. 20-23, 2024" of its text, not October 2025."""

    def days(e: TimeExpression) -> tuple[int | None, ...]:
        return tuple(
            part
            for end in (e.date, e.date_end)
            for part in ((None, None) if end is None else (end.month, end.day))
        )

    written = {days(e) for e in spans if not e.relative}
    return [e for e in spans if not e.relative or days(e) not in written]


def _over(expression: TimeExpression, sentence: Sentence) -> bool:
    end = expression.date_end or expression.date
    return end is not None and sentence.reference is not None and end.latest() < sentence.reference


def _not_over(expression: TimeExpression, sentence: Sentence) -> bool:
    end = expression.date_end or expression.date
    return end is None or sentence.reference is None or end.latest() > sentence.reference


_SPAN_DAYS = 10
"""The longest range of days read as one trip's."""


def _only_day(
    source: Source, clauses: Sequence[Sentence], dates: DateFinder
) -> TimeExpression | None:
    """The publication day, when it is the only day the text could mean (a readout headed
    "Monday, September 4, 2023" whose sentences name no day): its meetings are that day's.

    "Today" is that day too; any other day named, any weekday, an inferred date or a live
    page leaves meetings without a day here.
    """
    if source.published_inferred or source.entries or not clauses:
        return None
    if source.published is None:
        if source.published_date is None:
            return None
        # dated only to the month (or year): the meetings are of that month, no day is made up
        return TimeExpression(
            evidence=source.span(clauses[0].start, clauses[0].end),
            kind="publication",
            date=source.published_date,
            relative=True,
        )
    # a date the caller gave has no place in the text: the first sentence stands for it
    evidence = source.published_evidence or source.span(clauses[0].start, clauses[0].end)
    day = source.published.date()
    for sentence in clauses:
        for expression in dates(sentence.reference, sentence.start, sentence.end):
            if expression.weekday is not None or expression.kind == "weekday":
                return None
            date = expression.date
            if (
                date is None
                or expression.future
                or _ahead_of_page(source, sentence, expression, day)
            ):
                continue  # "draw down U.S. forces by September 11": ahead, no story's day
            if date.precision is Precision.DAY and date.to_date() != day:
                return None
    return TimeExpression(
        evidence=evidence,
        kind="publication",
        date=PartialDate.of(day),
        relative=True,
    )


def _sole_day(source: Source, clauses: Sequence[Sentence], dates: DateFinder) -> PartialDate | None:
    """The one day the whole story names (past or told as done), when it names no other day
    and no range of days: a story of one occasion ("... gathered for the staff talks on Aug.
    27, 2024") tells an undated meeting on that day, however many paragraphs later."""
    day: PartialDate | None = None
    for sentence in clauses:
        for expression in dates(sentence.reference, sentence.start, sentence.end):
            date = expression.date
            if date is None or expression.future:
                continue
            if date.precision is not Precision.DAY or expression.date_end is not None:
                if date.precision is Precision.DAY:
                    return None
                continue
            if day is not None and date != day:
                return None
            day = date
    return day


def _published_month(
    source: Source, clauses: Sequence[Sentence], dates: DateFinder
) -> TimeExpression | None:
    """The month of publication, for the meetings a story tells with no day of their own:
    news reports the days just before it appears, so the text supports that month, unless
    the story names a past day outside it ("On 31 July and 1 August", published 2 August),
    when an undated meeting could be of either; the day of another occasion ("the Sept. 11,
    2001, attacks") is no day of the story's meetings. A month alone names another occasion
    ("President Obama's visit in January"), not a day of this one."""
    published = _published_day(source)
    if published is None or published.date is None or published.date.month is None:
        return None
    month = PartialDate.month_of(published.date)
    day = published.date.to_date()
    for sentence in clauses:
        for expression in dates(sentence.reference, sentence.start, sentence.end):
            date = expression.date
            if date is None or expression.future or date.precision is not Precision.DAY:
                continue
            if day is not None and _ahead_of_page(source, sentence, expression, day):
                continue  # ahead of the page: no day of the story told
            if _names_another_event(source.text, expression):
                continue  # another occasion's day ("the Sept. 11, 2001, attacks"): not a meeting's
            if (date.year, date.month) != (month.year, month.month):
                return None
    return evolve(published, date=month)


_DEADLINE = re.compile(r"\b(?:by|until|till|before|no[ \u00a0]+later[ \u00a0]+than)[ \u00a0]+$")
"""Words before a deadline's day ("draw down U.S. forces by September 11")."""
_AHEAD_OF = re.compile(r"\bahead[ \u00a0]+of\b", re.IGNORECASE)


def _ahead_of_page(
    source: Source, sentence: Sentence, expression: TimeExpression, day: dt.date
) -> bool:
    """Whether ``expression`` names a day after the page's ``day`` that no story's past
    day can be: a deadline ("by September 11, 2021" on a page of June 24), a day in a
    sentence looking ahead ("will sign on November 7", "ahead of ... on September 16"), or a
    stamp a year or more after the page ("archived on 5 August 2016"). A later day told
    otherwise is not read past: it shows the page's day may be wrong."""
    date = expression.date
    if date is None or date.earliest() <= day:
        return False
    if (date.earliest() - day).days > _DAYS_A_YEAR:
        return True
    text = source.text
    start = expression.evidence.start
    if _DEADLINE.search(text, max(0, start - _DEADLINE_REACH), start) is not None:
        return True
    return (
        _FUTURE.search(text, sentence.start, sentence.end) is not None
        or _AHEAD_OF.search(text, sentence.start, sentence.end) is not None
    )


_DAYS_A_YEAR = 366
_DEADLINE_REACH = 20
"""How far before a day its deadline's word may stand."""


def _story_day(
    date: TimeExpression | None, sentence: Sentence, story: tuple[TimeExpression, int] | None
) -> tuple[TimeExpression, int] | None:
    """The day the story is telling, after ``sentence``: the last single past day it named."""
    if date is None or date.date is None or date.future or date.bound:
        return story
    if date.date.precision is not Precision.DAY or date.date_end is not None:
        return story
    return (date, sentence.paragraph)


def _entry_day(source: Source, sentence: Sentence) -> TimeExpression | None:
    """The day of the live entry a sentence is in, from its stamp: a live page reports the
    day's meetings as they happen ("The three-way meeting has wrapped up")."""
    if sentence.entry is None or not 0 <= sentence.entry < len(source.entries):
        return None
    entry = source.entries[sentence.entry]
    if entry.published is None:
        return None
    line_end = source.text.find("\n", entry.start, entry.end)
    stamp = source.span(entry.start, entry.end if line_end < 0 else line_end)
    return TimeExpression(
        evidence=stamp, kind="entry", date=PartialDate.of(entry.published.date()), relative=True
    )
