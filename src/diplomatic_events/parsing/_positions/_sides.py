"""The two sides and who stands for them: holders, principals, titles and subjects' extent."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._actors import TITLE_WORD
from diplomatic_events.model import ActorKind, Source
from diplomatic_events.parsing._meetings import (
    PersonMention,
    Sentence,
    person_mentions,
    sentence_mentions,
)
from diplomatic_events.parsing._positions._named import TitledSoFar
from diplomatic_events.parsing._positions._words import _COORDINATED, _QUOTED_SPAN
from diplomatic_events.typing import ActorId


@frozen(kw_only=True)
class _Holder:
    side: str
    actor: ActorId | None


def _country_of(knowledge: KnowledgeBase, actor_id: ActorId | None) -> str | None:
    actor = None if actor_id is None else knowledge.actor(actor_id)
    return None if actor is None else actor.country


def _institutions(knowledge: KnowledgeBase, text: str, sentence: Sentence) -> list[PersonMention]:
    """Ministries, departments and governments a sentence names ("the State Department"),
    outside quotation marks: they hold their country's stance as its subject."""
    quoted = [m.span() for m in _QUOTED_SPAN.finditer(text, sentence.start, sentence.end)]
    return [
        PersonMention(actor=m.actor, start=m.start, end=m.end)
        for m in sentence_mentions(knowledge, text, sentence)
        if (actor := knowledge.actor(m.actor)) is not None
        and actor.kind is ActorKind.INSTITUTION
        and not any(a <= m.start < b for a, b in quoted)
    ]


_TAGLINE = re.compile(r"\s[-–—]\s*(?P<who>[^-–—\n]{2,40})$")
"""A live page's headline that ends with whose words it gives ("We do not support Taiwan
independence - Blinken")."""


def _tagline(
    source: Source, sentence: Sentence, at: int, knowledge: KnowledgeBase
) -> _Holder | None:
    """The person a headline's closing " - Name" gives its words to, when the cue is before it."""
    text = source.text
    tag = _TAGLINE.search(text, sentence.start, sentence.end)
    if tag is None or at >= tag.start():
        return None
    for mention in person_mentions(knowledge, text, sentence):
        if tag.start("who") <= mention.start and mention.end <= tag.end("who"):
            country = _country_of(knowledge, mention.actor)
            return None if country is None else _Holder(side=country, actor=mention.actor)
    return None


@frozen(kw_only=True)
class _Lead:
    """A sentence's subject, read from its start, and where that subject ends."""

    holders: tuple[_Holder, ...]
    end: int


_COUNTRIES_AS_SUCH = re.compile(r"(?:sides|countries|nations|governments|both)$", re.I)


def _both_holders(
    words: str,
    sides: Sequence[str],
    people: Sequence[tuple[int, int, ActorId]],
    knowledge: KnowledgeBase,
    before: int,
) -> list[_Holder]:
    """Each side for "both sides"/"the two countries"; each side's principal (the person of
    that country named last) for "the two leaders"/"the ministers"."""
    if _COUNTRIES_AS_SUCH.search(words):
        return [_Holder(side=side, actor=None) for side in sides]
    return [_principal(side, people, knowledge, before=before) for side in sides]


def _principal(
    side: str,
    people: Sequence[tuple[int, int, ActorId]],
    knowledge: KnowledgeBase,
    before: int | None = None,
) -> _Holder:
    """The side, held by the person of that country named last (before ``before``), if any."""
    actor = next(
        (
            a
            for start, _, a in reversed(people)
            if (before is None or start < before) and _country_of(knowledge, a) == side
        ),
        None,
    )
    return _Holder(side=side, actor=actor)


def _one_per_side(holders: Sequence[_Holder]) -> list[_Holder]:
    """The first holder of each side, people before the countries they speak for."""
    ordered = sorted(holders, key=lambda h: h.actor is None)
    chosen: dict[str, _Holder] = {}
    for holder in ordered:
        chosen.setdefault(holder.side, holder)
    return [chosen[side] for side in dict.fromkeys(h.side for h in holders)]


_TITLE_RUN = re.compile(rf"(?:{TITLE_WORD}\s+)+$")
"""The capitalised words right before a name: its title ("Secretary of Defense ")."""


def _titled(
    text: str,
    title: str,
    before: int,
    people: Sequence[tuple[int, int, ActorId]],
    knowledge: KnowledgeBase,
    previous: _Lead | None = None,
    *,
    starts: list[int],
    titled: TitledSoFar,
) -> ActorId | None:
    """The one person named before ``before`` whose title (in the data, or written just
    before the name) has the words of ``title``; of several, the one who was the previous
    sentence's subject, else nobody. ``starts``: the people's starts (in order), so ``titled``
    reads each mention once per source (:class:`TitledSoFar`)."""
    words = {w.casefold() for w in title.split()}
    words = {"minister" if w == "minster" else w for w in words}

    def holds(start: int, actor_id: ActorId) -> bool:
        return _has_title(text, start, actor_id, words, knowledge)

    holders = titled.holders(frozenset(words), people, bisect.bisect_left(starts, before), holds)
    # two people named with the title ("Prime Minister Sánchez", "Prime Minister Starmer"):
    # "the Prime Minister" could be either
    if len(holders) == 1:
        return next(iter(holders))
    subject = {h.actor for h in previous.holders} & set(holders) if previous else set()
    return subject.pop() if len(subject) == 1 else None


def _has_title(
    text: str, start: int, actor_id: ActorId, words: set[str], knowledge: KnowledgeBase
) -> bool:
    """Whether the person named at ``start`` holds a title with ``words`` (in the data or as
    written right before the name)."""
    actor = knowledge.actor(actor_id)
    titles = " ".join(role.title for role in actor.roles) if actor is not None else ""
    title_run = _TITLE_RUN.search(text, max(0, start - 80), start)
    written = "" if title_run is None else title_run.group()
    folded = {w.casefold() for w in re.findall(r"[\w]+", f"{titles} {written}")}
    return words <= folded


def _coordinated(
    text: str, before: Sequence[tuple[int, _Holder]], subjects: Sequence[tuple[int, _Holder]]
) -> list[_Holder]:
    """The last subject before the stance and those joined to it by "," or "and".

    "U.S., China pledge to ..." is a pledge of both sides; "Scholz said Modi ..." is Modi's.
    """
    ends = {start: start + _subject_length(text, start) for start, _ in subjects}
    group = [before[-1]]
    for start, holder in reversed(before[:-1]):
        gap = text[ends[start] : group[-1][0]]
        if _COORDINATED.fullmatch(gap) is None:
            break
        group.append((start, holder))
    sides = list(dict.fromkeys(h.side for _, h in reversed(group)))
    if len(sides) < 2:
        return [before[-1][1]]
    return [next(h for _, h in reversed(group) if h.side == side) for side in sides]


def _subject_length(text: str, start: int) -> int:
    """The length of the name at ``start``: capitalised words and dotted initials ("U.S.")."""
    match = _NAME_AT.match(text, start)
    return 0 if match is None else match.end() - start


_NAME_AT = re.compile(r"(?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*)*")
