"""The meeting finder's date choice for one sentence: which of the days it names is its
meeting's, a day counted from the one told last ("the previous evening"), and the day given
to a sentence that names none (its live entry's, the story's, the trip's, the page's month).

Apart from the finder (:mod:`._find`) because choosing a sentence's day is a step of its
own, taken at three points of the finder's pass over the sentences; each function returns
what the finder carries on to the next sentence (the day the story is telling).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from attrs import evolve, frozen

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import PartialDate, Precision, Source
from diplomatic_events.parsing._meetings._clues import (
    _shift,
)
from diplomatic_events.parsing._meetings._context import (
    _PURPOSE,
    _ahead_of_meeting,
    _coarse,
    _looks_ahead,
    _trigger_clause_days,
)
from diplomatic_events.parsing._meetings._dating import (
    _after_dateline,
    _asides,
    _dates_the_saying,
    _day_expression,
    _names_another_event,
    _scheduled_day,
    _since_update,
)
from diplomatic_events.parsing._meetings._page_days import (
    _entry_day,
    _published_day,
    _story_day,
)
from diplomatic_events.parsing._meetings._sentences import Sentence
from diplomatic_events.parsing._meetings._trip_days import _day_of_trip, _in_month_of
from diplomatic_events.parsing._meetings._words import _ANCHORED, _STORY_DAY_PARAGRAPHS
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._times import DateFinder

StoryDay = tuple[TimeExpression, int]
"""The day the story is telling, and the paragraph that told it."""


@frozen(kw_only=True)
class StatedDays:
    """What the days a sentence names say of its meeting."""

    stated: Sequence[TimeExpression]
    """The sentence's dates (after its dateline, when it opens with one)."""
    asides: list[tuple[int, int]] | None
    """Its asides' spans, read only when it names a date."""
    expressions: tuple[TimeExpression, ...]
    """The dates that may be its meeting's: none of an aside, another event or a purpose."""
    date: TimeExpression | None
    """Its meeting's day, when the sentence gives one."""
    told: StoryDay | None
    """The day the story was telling before the sentence."""
    story: StoryDay | None
    """The day the story is telling after it."""


def stated_days(
    knowledge: KnowledgeBase,
    source: Source,
    sentence: Sentence,
    first: re.Match[str] | None,
    dates: DateFinder,
    *,
    story: StoryDay | None,
    trip: TimeExpression | None,
    captions: frozenset[int],
) -> StatedDays:
    """The days ``sentence`` names and the one its meeting took place on (``first``: its
    first meeting word; ``story``: the day the story is telling; ``trip``: the trip's stated
    days; ``captions``: the paragraphs that are photo captions)."""
    text = source.text
    stated = _after_dateline(
        text, sentence, dates(sentence.reference, sentence.start, sentence.end)
    )
    # the asides matter only to a clause with a date, or one that tells of a meeting
    asides = _asides(text, sentence, first) if stated else None
    purpose = _PURPOSE.search(text, sentence.start + first.end(), sentence.end) if first else None
    expressions = tuple(
        e
        for e in stated
        if not any(a <= e.evidence.start < b for a, b in asides or ())
        and not _names_another_event(text, e)
        # "met A to ... express gratitude for a rescue last year": the topic's time
        and not (purpose is not None and e.evidence.start >= purpose.end() and _coarse(e))
    )
    said_on = [
        e for e in expressions if e.date is not None and _dates_the_saying(knowledge, text, e)
    ]
    if said_on and any(e.date is not None and e not in said_on for e in expressions):
        # "The two men met last night ..., the press secretary said today": the day of
        # the saying yields to the meeting's own
        expressions = tuple(e for e in expressions if e not in said_on)
    own_clause = _trigger_clause_days(knowledge, text, sentence, first, expressions)
    date = _since_update(source, sentence, _day_expression(own_clause, text))
    if date is not None and first is not None and _met_before(text, sentence, first, date):
        date = _month_of(date)
    if date is not None and date.kind == "ordinal_day" and story is not None:
        # "Later on the 21st" after "On June 21, ...": the month the story is telling
        date = _in_month_of(date, story[0])
    # a photo's day is when it was taken, not a day the story is telling: "..., Oct. 4,
    # 2022." over "traveled to Japan Oct. 2-6" leaves its undated meetings the trip's days
    told = story
    said = _story_day(date, sentence, story)
    if sentence.paragraph not in captions or (
        # a photo of the day the story is telling keeps that day current
        story is not None and said is not None and said[0].date == story[0].date
    ):
        story = said
    if date is None and not any(e.date is not None and not e.future for e in expressions):
        # "was to meet B on Monday"; not a day counted ahead far after the meeting word,
        # another thing's ("In all his meetings he discussed ... the session coming up
        # tomorrow"); a date written out is the one the sentence gives
        date = _scheduled_day(
            [e for e in expressions if not e.relative or _ahead_of_meeting(e, sentence, first)]
        )
    if date is None and trip is not None and not expressions:
        # "During her first day in the country, ..." in a trip of "April 15-18"
        date = _day_of_trip(source, sentence, trip)
    return StatedDays(
        stated=stated, asides=asides, expressions=expressions, date=date, told=told, story=story
    )


_HAD_BEFORE = re.compile(
    r"(?:\bhad|[’']d)(?:[ \u00a0]+(?:also|earlier|already|just|previously|separately))?"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
"""A pluperfect's auxiliary right before the meeting word ("after he'd met", "who had also
met")."""


def _met_before(
    text: str, sentence: Sentence, trigger: re.Match[str], date: TimeExpression
) -> bool:
    """Whether the meeting word is in the pluperfect after the day the sentence names
    ("Dempsey today spoke with reporters after he'd met separately with King Abdullah"): the
    meeting came before that day, on a day the text does not give, so only its month holds."""
    at = sentence.start + trigger.start()
    return (
        date.date is not None
        and date.date.precision is Precision.DAY
        and date.evidence.end <= at
        and _PARTICIPLE.match(trigger.group()) is not None
        and _HAD_BEFORE.search(text, max(date.evidence.end, at - 24), at) is not None
    )


_PARTICIPLE = re.compile(r"(?:met|held|sat|shook|given|[a-z-]+ed)\b", re.IGNORECASE)
"""A meeting word that is a past participle ("had met", "had hosted"); not a noun after
"had" as a verb of its own ("had dinner with")."""


def anchored_day(
    source: Source,
    sentence: Sentence,
    words: str,
    expressions: Sequence[TimeExpression],
    *,
    date: TimeExpression | None,
    last_day: PartialDate | None,
    told: StoryDay | None,
    last_paragraph: int,
    story: StoryDay | None,
) -> tuple[TimeExpression | None, StoryDay | None]:
    """The day and story day of a sentence that counts its day from another ("the following
    day", "the previous evening"): from the last meeting's day (``last_day``, told in
    ``last_paragraph``) or a later day the story named (``told``); ``date`` and ``story``
    as they were otherwise."""
    text = source.text
    held = may_match_in(_ANCHORED, text, sentence.start, sentence.end)
    anchored = _ANCHORED.search(words) if held else None
    if anchored is not None:
        a, b = _shift(sentence, anchored)
        own = [e for e in expressions if not a <= e.evidence.start < b]
        date = _day_expression(own)
        # from the day told last: the last meeting's, or a later day the story named
        # ("visited the school Jan. 20 ... The previous evening Brooks hosted X")
        anchor = last_day
        if (
            told is not None
            and told[0].date is not None
            and (anchor is None or told[1] > last_paragraph)
        ):
            anchor = told[0].date
        if date is None and anchor is not None:
            offset = 1 if anchored["next"] else -1 if anchored["previous"] else 0
            date = TimeExpression(
                evidence=source.span(a, b),
                kind="anchored",
                date=PartialDate.of(anchor.earliest() + dt.timedelta(days=offset)),
                relative=True,
            )
            story = _story_day(date, sentence, told)  # the story is telling that day now
    return date, story


def undated_day(
    knowledge: KnowledgeBase,
    source: Source,
    sentence: Sentence,
    words: str,
    *,
    date: TimeExpression | None,
    asides: Sequence[tuple[int, int]],
    trigger: re.Match[str] | None,
    stated: Sequence[TimeExpression],
    expressions: Sequence[TimeExpression],
    told: StoryDay | None,
    trip: TimeExpression | None,
    fallback: TimeExpression | None,
    month: TimeExpression | None,
    spoken: bool,
    sole_day: PartialDate | None = None,
    at_a_stop: bool = False,
    summed_up: bool = False,
) -> tuple[TimeExpression | None, TimeExpression | None, bool]:
    """For a sentence with no day of its own (``date`` is none) that tells of no meeting
    ahead: its live entry's day, and the day it is told in (the story's, the trip's, the
    page's, a speech's, the month of publication). Returns the day (``date`` unless it was
    none), that narrative day, and whether the day is the entry's stamp. ``sole_day``: the
    one day the whole story names, which dates such a sentence however far back it was told.
    ``at_a_stop``: the sentence opens at one stop of a trip of several ("In Qatar, the
    Senators met ..."); ``summed_up``: the story sums up such a trip, so a meeting it tells
    with no day at all was on one of the trip's days, not the page's."""
    narrative: TimeExpression | None = None
    from_entry = False
    plain = _blanked(words, sentence.start, asides)
    if (
        date is None
        and not _looks_ahead(knowledge, _before_the_reported(plain, trigger))
        and not any(_ahead_of_meeting(e, sentence, trigger) for e in expressions)
    ):
        date = _entry_day(source, sentence)
        # the entry's stamp says when it was written, not when the meeting was: a guess
        from_entry = date is not None
        if (
            told is not None
            and (
                sentence.paragraph - told[1] <= _STORY_DAY_PARAGRAPHS
                # "Following the engagement, A and B sat down ...": the day told goes on
                or same_day_sequence().match(source.text, sentence.start, sentence.end) is not None
            )
            and (trip is None or told[1] == sentence.paragraph)
        ):
            narrative = told[0]
            if _listing_others(plain, trigger):
                # "The delegation also met with:" and a list below: more meetings of the
                # visit, on days the text does not give: the month of the day told
                narrative = _month_of(narrative)
        elif trip is not None and not from_entry:
            narrative = trip  # within the trip's days, at the precision that holds them
        elif told is None or (
            fallback is not None
            and fallback.date is not None
            and fallback.date.precision is not Precision.DAY
        ):
            # a page dated only to the month dates every meeting it tells to that month
            narrative = fallback
        if narrative is None and spoken:
            # the speaker's own meeting, told in a speech: the day it was given
            narrative = _published_day(source)
        elif narrative is None and not stated:
            # a sentence naming no time at all ("have met many times in recent years"
            # names one): the month the story was published in
            narrative = month
        if (
            narrative is None
            and sole_day is not None
            and told is not None
            and told[0].date == sole_day
        ):
            # the story's only day, told paragraphs before ("gathered ... on Aug. 27, 2024"):
            # the day of a meeting whose sentence names none ("... through 2027")
            narrative = told[0]
        if (
            date is None
            and narrative is not None
            and narrative.date is not None
            and narrative.date.precision is Precision.DAY
            and month is not None
            and (
                at_a_stop
                or (summed_up and narrative is fallback)
                or (
                    narrative is not _told_day(told) and _DURING_THE_VISIT.search(plain) is not None
                )
            )
        ):
            # "During this visit, I've been honoured to meet with ...", "In Qatar, the
            # Senators met with ..." in a trip of several stops: some day of the visit, not
            # the day the page went up or the story tells
            narrative = month
    return date, narrative, from_entry


@functools.cache
def _reported() -> re.Pattern[str]:
    """ "<verb> that", a verb of ``reported_verbs``, ``speech_verbs`` or
    ``deliberation_verbs``: the words reported begin after it."""
    words = grammar()
    verbs = words.reported_verbs | words.speech_verbs | words.deliberation_verbs
    return guarded(re.compile(rf"\b(?:{phrase_pattern(verbs)})[ \u00a0]+that\b", re.IGNORECASE))


def _before_the_reported(words: str, trigger: re.Match[str] | None) -> str:
    """A sentence's words up to the words it reports after its meeting word ("In meetings
    with A, the Defence Secretary reaffirmed that the UK would maintain ..." ends before
    "the UK"): their "would" tells what was said, not that the meeting is ahead."""
    if trigger is None:
        return words
    reported = _reported().search(words, trigger.end())
    return words if reported is None else words[: reported.end()]


@functools.cache
def same_day_sequence() -> re.Pattern[str]:
    """Words opening a sentence that go on with the day told (``same_day_openings``:
    "Following the interview,", "In the afternoon,")."""
    openings = phrase_pattern(grammar().same_day_openings)
    return re.compile(rf"[ \u00a0]*(?:{openings})\b", re.IGNORECASE)


def _told_day(told: StoryDay | None) -> TimeExpression | None:
    """The day the story was last telling, if any."""
    return None if told is None else told[0]


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _listing_others(words: str, trigger: re.Match[str] | None) -> bool:
    """Whether the clause introduces a list of further meetings: "also" before its meeting
    word and a colon at its end ("The delegation also met with:")."""
    return (
        trigger is not None
        and words.rstrip().endswith(":")
        and _ALSO.search(words, 0, trigger.start()) is not None
    )


def _month_of(day: TimeExpression) -> TimeExpression:
    """``day`` at the precision of its month (itself when it is no finer)."""
    date = day.date
    if date is None or date.month is None or date.precision is not Precision.DAY:
        return day
    return evolve(day, date=PartialDate.month_of(date))


_DURING_THE_VISIT = re.compile(
    rf"\b(?:{phrase_pattern(grammar().some_day_of_trip)})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:visit|trip|stay|tour)\b",
    re.IGNORECASE,
)
"""Some day of a trip ("during this visit", "throughout his three-day trip")."""


def _blanked(words: str, offset: int, spans: Sequence[tuple[int, int]]) -> str:
    """``words`` (which start at ``offset`` in the text) with every character inside one of
    ``spans`` (offsets into the text) replaced by a space."""
    if not spans:
        return words
    characters = list(words)
    for a, b in spans:
        low, high = max(a - offset, 0), min(b - offset, len(words))
        if low < high:
            characters[low:high] = " " * (high - low)
    return "".join(characters)
