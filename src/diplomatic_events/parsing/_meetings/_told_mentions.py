"""The mentions a meeting sentence adds to those found before it: a mention of the meeting
just told ("a readout of the meeting"), the meeting a caption shows, the protagonist's
meetings with each one listed or named, the meeting of the people named, more about a
meeting told before, or the protagonist's meeting with the one person named; and the dinner
that followed the talks.

Moved out of ``_find`` as the last steps of its pass over the clauses: they read what the
pass found before and return what the sentence adds, so the pass keeps its state itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Duration, MeetingKind, Source, Span
from diplomatic_events.parsing._discovery._titles import folded_title_words
from diplomatic_events.parsing._meetings._clues import _kind, _referent, _shift
from diplomatic_events.parsing._meetings._implied_meetings import each_listed, each_met, one_met
from diplomatic_events.parsing._meetings._merge import _mention_day
from diplomatic_events.parsing._meetings._parties import (
    _he_met_them,
    _leads_a_group,
    agentless,
    trip_included,
)
from diplomatic_events.parsing._meetings._referring_back import _about, more_about
from diplomatic_events.parsing._meetings._sentences import MeetingMention, Sentence, person_mentions
from diplomatic_events.parsing._meetings._words import _ACTIVE, _MEAL_WORD, _SEQUEL, _TRIGGER
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.typing import ActorId


@frozen(kw_only=True)
class Told:
    """What one meeting sentence adds to the mentions found before it."""

    mentions: tuple[MeetingMention, ...]
    primary: bool
    """Whether the last of ``mentions`` is now the meeting later sentences refer back to."""
    anaphoric: bool = False
    """Whether the sentence only mentions the meeting just told: no dinner follows it."""


def told_mentions(
    knowledge: KnowledgeBase,
    text: str,
    source: Source,
    sentence: Sentence,
    words: str,
    base: MeetingMention,
    found: Sequence[MeetingMention],
    *,
    people: Sequence[ActorId],
    listed: Sequence[tuple[ActorId, Sentence]],
    trigger: re.Match[str] | None,
    anaphora: re.Match[str] | None,
    pictured: bool,
    evidence: tuple[Span, ...],
    date: TimeExpression | None,
    narrative: TimeExpression | None,
    from_entry: bool,
    speakers: Mapping[int, ActorId],
    last_primary: int | None,
    last_paragraph: int,
    headings: frozenset[int],
) -> Told | None:
    """The mentions ``sentence`` adds to ``found`` (``base`` is its own mention, before it is
    read as one of these), or ``None`` when it tells none. ``last_primary`` is the index in
    ``found`` of the meeting told last, ``last_paragraph`` the paragraph of the last mention."""
    # a heading between opens another section: its meetings are not the last one's
    near = (
        last_primary is not None
        and sentence.paragraph - last_paragraph <= 2
        and not any(last_paragraph < h <= sentence.paragraph for h in headings)
    )
    target = found[last_primary] if near and last_primary is not None else None
    day = _mention_day(base)
    refers_back = (
        anaphora is not None
        and trigger is not None
        and anaphora.start() <= trigger.start() < anaphora.end()
        and _TRIGGER.search(words, anaphora.end()) is None
        and _TRIGGER.search(words, 0, anaphora.start()) is None
    )
    if refers_back:
        target = _referent(found, people, sentence.paragraph) or target
    if refers_back and target is not None and set(people) <= set(target.people):
        # "a readout of the meeting": the meeting just told, not a new one
        return Told(mentions=(_about(base, target, anaphoric=True),), primary=False, anaphoric=True)
    if pictured:
        told = Told(mentions=(base,), primary=True)
    elif listed:
        # "Meetings with Papua New Guinea defense officials included:" and a bulleted
        # list: the story's protagonist (or the clause's one person) met each one listed
        told = Told(
            mentions=tuple(
                each_listed(
                    base,
                    people,
                    listed,
                    source=source,
                    evidence=evidence,
                    words=words,
                    trigger=trigger,
                    date=date,
                    narrative=narrative,
                    from_entry=from_entry,
                )
            ),
            primary=True,
        )
    elif (
        len(people) >= 2
        and trigger is not None
        and (
            _ACTIVE.search(words)
            or agentless().search(words)
            or trip_included().search(words, 0, trigger.start())
        )
        and _he_met_them(
            knowledge,
            text,
            sentence,
            trigger,
            people,
            unknown_speaker=speakers.get(sentence.paragraph) is None,
        )
    ):
        # "He met yesterday with Gazmin and President Aquino": the story's protagonist
        # met each of them, not they each other
        told = Told(
            mentions=tuple(
                each_met(
                    base,
                    people,
                    words=words,
                    trigger=trigger,
                    date=date,
                    narrative=narrative,
                    from_entry=from_entry,
                )
            ),
            primary=True,
        )
    elif len(people) >= 2 and trigger is not None:
        told = Told(
            mentions=(
                evolve(
                    base,
                    kind=_kind(words, trigger),
                    date=date or narrative,
                    narrative=from_entry or (date is None and narrative is not None),
                ),
            ),
            primary=True,
        )
    elif (
        target is not None
        and (anaphora is not None or len(people) <= 1)
        and set(people) <= set(target.people)
        # "Today, Mattis visited Baghdad to meet with ... leaders" after his meeting with
        # the crown prince on Saturday: one of the pair named, meeting on another day, is
        # meeting someone else, not the same pair again
        and not (
            anaphora is None
            and len(people) == 1
            and trigger is not None
            and day is not None
            and _mention_day(target) not in (None, day)
        )
    ):
        more, new_meeting = more_about(
            found, base, target, people=people, words=words, trigger=trigger, day=day
        )
        told = Told(mentions=tuple(more), primary=new_meeting)
    elif (
        len(people) == 1
        and trigger is not None
        and _ACTIVE.search(words)
        and not _leads_a_group(text, sentence, trigger, people[0], knowledge)
    ):
        # the labelled speaker alone met people it does not name: told, with no one to pair
        alone = _speaker_alone(knowledge, words, people[0], speakers.get(sentence.paragraph))
        told = Told(
            mentions=tuple(
                evolve(mention, implied=False) if alone else mention
                for mention in one_met(
                    base,
                    words=words,
                    trigger=trigger,
                    date=date,
                    narrative=narrative,
                    from_entry=from_entry,
                    met_after=any(
                        m.actor == people[0]
                        and _OBJECT_TITLES.fullmatch(text, sentence.start + trigger.end(), m.start)
                        is not None
                        for m in person_mentions(knowledge, text, sentence)
                    ),
                )
            ),
            primary=True,
        )
    else:
        told = None
    return told


def dinner_after(
    source: Source,
    sentence: Sentence,
    words: str,
    primary: MeetingMention,
    *,
    meal_durations: tuple[Duration, ...],
    evidence: tuple[Span, ...],
) -> MeetingMention | None:
    """The dinner that followed the talks ``primary`` tells, when the sentence gives a meal
    its own length or tells a meal after them ("followed by a working dinner")."""
    meal = _MEAL_WORD.search(words)
    if meal_durations or (
        meal is not None
        and primary.kind is MeetingKind.TALKS
        and _SEQUEL.search(words, 0, meal.start()) is not None
    ):
        return evolve(
            primary,
            kind=MeetingKind.DINNER,
            durations=meal_durations,
            venue=None,
            clock=(),
            evidence=(evidence if meal is None else (source.span(*_shift(sentence, meal)),)),
        )
    return None


def _speaker_alone(
    knowledge: KnowledgeBase, words: str, person: ActorId, speaker: ActorId | None
) -> bool:
    """Whether the one person of a meeting sentence is its labelled speaker, with no one
    else described in it ("Yesterday I had the opportunity to meet with counterparts from
    India"): whom they met the sentence does not say. One described by an office ("hosted
    ... by the Minister") is someone the speaker met."""
    if person != speaker:
        return False
    titles = folded_title_words(knowledge)
    return not any(match["title"].casefold() in titles for match in _DESCRIBED.finditer(words))


_DESCRIBED = re.compile(r"\b(?:the|my|our|his|her|your)[ \u00a0]+(?P<title>[A-Z][a-z]+)")
"""An office that describes someone ("the Minister", "my counterpart" in capitals)."""


_OBJECT_TITLES = re.compile(
    r"[ \u00a0]+(?:with[ \u00a0]+)?(?:(?:the|of|for|and|(?-i:[A-Z])[\w.’'-]*),?[ \u00a0]+)*"
)
"""Between a meeting word and the one met: "with" and their titles ("met with Somali
President "), not a passive's "hosted on behalf of the President of Russia"."""
