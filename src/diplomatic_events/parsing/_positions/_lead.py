"""A sentence's subject read from its start, speaker labels, taglines and possessors."""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.model import Source
from diplomatic_events.parsing._meetings import Sentence, person_mentions
from diplomatic_events.parsing._positions._named import TitledSoFar, _named_since
from diplomatic_events.parsing._positions._sides import (
    _both_holders,
    _country_of,
    _Holder,
    _institutions,
    _Lead,
    _one_per_side,
    _principal,
    _titled,
)
from diplomatic_events.parsing._positions._words import _BOTH, _HYPHENS, _POSSESSIVE
from diplomatic_events.typing import ActorId

_LABEL = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,6})[ \t]*:", re.M
)
"""A transcript's speaker label at a line's start ("FOREIGN MINISTER LAVROV:", "Q:")."""


def _speaker_labels(text: str, knowledge: KnowledgeBase) -> list[tuple[int, ActorId | None]]:
    """Each upper-case speaker label of a transcript, with the person it names (``None``
    for a moderator, a questioner or a name no data file knows)."""
    found: list[tuple[int, ActorId | None]] = []
    for match in _LABEL.finditer(text):
        label = match["label"]
        if not label.isupper():
            continue
        people = knowledge.people_named(label.title())
        found.append((match.start(), people[-1] if len(set(people)) == 1 else None))
    return found


def _labelled(labels: Sequence[tuple[int, ActorId | None]], at: int) -> ActorId | None:
    """The speaker of the last label before ``at``."""
    speaker: ActorId | None = None
    for start, actor in labels:
        if start > at:
            break
        speaker = actor
    return speaker


_OWNED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,1}$")
"""Between a possessor and a noun cue ("Brazil's pledge", "China's strong opposition")."""


def _owner(
    source: Source,
    sentence: Sentence,
    at: int,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    sides: Sequence[str],
) -> _Holder | None:
    """The possessor of a noun cue ("Brazil's pledge to ...") holds its stance."""
    text = source.text
    for mention in person_mentions(knowledge, text, sentence):
        if mention.end < at and _OWNED.fullmatch(text, mention.end, at):
            country = _country_of(knowledge, mention.actor)
            return None if country is None else _Holder(side=country, actor=mention.actor)
    for place in gazetteer.find(source.id, text, sentence.start, at):
        if place.kind != "country" or place.country is None:
            continue
        if _OWNED.fullmatch(text, place.evidence.end, at) and (not sides or place.country in sides):
            return _Holder(side=place.country, actor=None)
    return None


_INTRO = re.compile(
    r"(?:(?:And|But|Yet|So)\s+)?"
    r"(?:(?:On|In|At|During|After|Before|To|For|Following|Turning\s+to|Separately|Meanwhile"
    r"|Additionally|Finally|Later|Earlier|Also|Further(?:more)?|Moreover|However|Today"
    r"|Yesterday|Together|Over|Throughout|Upon|Beyond)\b[^,.;:\n\"“”]{0,80},\s+)?",
)
"""An opening conjunction or phrase before a sentence's subject ("But he ...", "On illegal
migration, they ...")."""
_THEY = re.compile(r"[Tt]hey\b")
_HE_SHE = re.compile(r"(?P<word>[Hh]e|[Ss]he)\b")
_ROLE_SUBJECT = re.compile(
    r"[Tt]he\s+(?P<title>(?:(?:Prime|Foreign|Defen[cs]e|Vice|Deputy)\s+)?"
    r"(?:Secretary|Minister|Minster|President|Chancellor|Premier|Ambassador|General|Admiral)"
    r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w-]*)+)?)\b(?!['’])"
)
"""A title as a sentence's subject ("The Secretary", "the Minister of National Defense"):
the one person named before it with that title."""
_JOINED_ROLE = re.compile(r"\s+and\s+")
_ZONE_END = re.compile(r"\b(?!(?:and|of|the|de|da|del|bin|al|van|von|der|du|la|le)\b)[a-z][a-z]+\b")
"""The first lower-case word after a sentence's opening names ends the subject."""
_PRONOUN_GENDER = {"he": "male", "she": "female"}


def _lead(
    source: Source,
    sentence: Sentence,
    previous: _Lead | None,
    last_sentence: tuple[int, int],
    people: Sequence[tuple[int, int, ActorId]],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    sides: Sequence[str],
    *,
    starts: list[int],
    titled: TitledSoFar,
) -> _Lead | None:
    """The sentence's subject when its start makes it plain, else ``None``.

    "Both sides" or "the two leaders" are the two sides; "They" the previous sentence's
    subject when that was two or more holders (else the two sides' people it named, or both
    principals after one of them), "He"/"She" when it was one person (of that gender, when
    known); "The Secretary" the one person named with that title (see :func:`_titled`);
    otherwise the people or countries named before the first lower-case word.
    """
    text = source.text
    at = _INTRO.match(text, sentence.start, sentence.end)
    begin = sentence.start if at is None else at.end()
    if (both := _BOTH.match(text, begin, sentence.end)) is not None:
        if len(sides) < 2:
            return None
        return _Lead(
            holders=tuple(_both_holders(both.group(), sides, people, knowledge, both.start())),
            end=both.end(),
        )
    if (they := _THEY.match(text, begin, sentence.end)) is not None:
        if previous is not None and len({h.side for h in previous.holders}) >= 2:
            return _Lead(holders=previous.holders, end=they.end())
        # "Austin hosted Marcos. They celebrated ...": the two sides' people just pair
        pair = _one_per_side(
            [
                _Holder(side=country, actor=actor)
                for start, _, actor in _named_since(people, starts, last_sentence[0])
                if last_sentence[0] <= start < last_sentence[1]
                and (country := _country_of(knowledge, actor)) is not None
            ]
        )
        if len(pair) == 2 and (not sides or {h.side for h in pair} == set(sides[:2])):
            return _Lead(holders=tuple(pair), end=they.end())
        # "The Secretary underscored ... They also discussed": after one of the two sides'
        # principals, "they" are both of them
        if (
            previous is None
            or len(sides) < 2
            or not {h.side for h in previous.holders} <= set(sides[:2])
        ):
            return None
        return _Lead(
            holders=tuple(_principal(side, people, knowledge) for side in sides[:2]),
            end=they.end(),
        )
    if (pronoun := _HE_SHE.match(text, begin, sentence.end)) is not None:
        if previous is None or len(previous.holders) != 1:
            return None
        (holder,) = previous.holders
        gender = None if holder.actor is None else knowledge.gender(holder.actor)
        if holder.actor is None or gender not in (
            None,
            _PRONOUN_GENDER[pronoun["word"].casefold()],
        ):
            return None
        return _Lead(holders=previous.holders, end=pronoun.end())
    if (role := _ROLE_SUBJECT.match(text, begin, sentence.end)) is not None:
        holders: list[_Holder] = []
        stop = begin
        while role is not None:
            person = _titled(
                text,
                role["title"],
                role.start(),
                people,
                knowledge,
                previous,
                starts=starts,
                titled=titled,
            )
            country = None if person is None else _country_of(knowledge, person)
            if person is None or country is None:
                return None
            holders.append(_Holder(side=country, actor=person))
            stop = role.end()
            joined = _JOINED_ROLE.match(text, stop, sentence.end)
            role = None if joined is None else _ROLE_SUBJECT.match(text, joined.end(), sentence.end)
        return _Lead(holders=tuple(_one_per_side(holders)), end=stop)
    zone = _ZONE_END.search(text, begin, sentence.end)
    stop = sentence.end if zone is None else zone.start()
    named = _named_before_verb(source, sentence, begin, stop, knowledge, gazetteer, sides)
    if not named:
        return None
    if len({h.side for _, h in named}) > 1:
        return _Lead(holders=tuple(_one_per_side([h for _, h in named])), end=stop)
    return _Lead(holders=(named[-1][1],), end=stop)


def _named_before_verb(
    source: Source,
    sentence: Sentence,
    begin: int,
    stop: int,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    sides: Sequence[str],
) -> list[tuple[int, _Holder]]:
    """People and countries named in ``[begin, stop)``, the words before a sentence's first
    lower-case word: all are its subject ("Secretary of Defense Lloyd Austin and President
    Marcos of the Philippines"), but for possessors and parts of compounds ("U.S.-Iraq")."""
    text = source.text
    found: list[tuple[int, _Holder]] = []
    for mention in person_mentions(knowledge, text, sentence):
        if begin <= mention.start < stop and not mention.modifier:
            if _POSSESSIVE.match(text, mention.end):
                continue
            country = _country_of(knowledge, mention.actor)
            if country is not None:
                found.append((mention.start, _Holder(side=country, actor=mention.actor)))
    for body in _institutions(knowledge, text, sentence):
        country = _country_of(knowledge, body.actor)
        if (
            begin <= body.start < stop
            and country is not None
            and country in sides
            and not _POSSESSIVE.match(text, body.end)
        ):
            found.append((body.start, _Holder(side=country, actor=body.actor)))
    for place in gazetteer.find(source.id, text, begin, stop):
        if place.kind != "country" or place.country is None:
            continue
        if sides and place.country not in sides:
            continue
        at, end = place.evidence.start, place.evidence.end
        if _POSSESSIVE.match(text, end) or text[at - 1 : at] in _HYPHENS:
            continue
        if text[end : end + 1] in _HYPHENS:
            continue
        found.append((at, _Holder(side=place.country, actor=None)))
    return sorted(found, key=lambda item: item[0])
