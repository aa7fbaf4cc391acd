"""Stance cues: where a clause states a stance, and the topics statements name."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from attrs import evolve, frozen

from diplomatic_events.knowledge._prefilter import WordStartFilter, matching, word_start_filter
from diplomatic_events.knowledge._topics import Topics, default_topics
from diplomatic_events.model import Stance, Statement
from diplomatic_events.parsing._positions._words import _CLAUSE_BREAK, _NEGATION, _STANCE_ORDER
from diplomatic_events.typing import TopicId


@frozen(kw_only=True)
class _Cue:
    start: int
    end: int
    stance: Stance
    negated: bool
    noun: bool = False
    """A cue used as a noun ("in support of"): it states no one's stance but ends the
    reach of the cue before it."""


_NOUN_CUE = re.compile(r"\b(?:in|of)\s+$", re.I)
"""Before a cue that no verb cue just before governs, words that make it a noun of no
one's stance ("in support of", "areas of concern")."""
_FOR_NOUN = re.compile(r"\bfor\s+(?:[a-z][\w-]*\s+)?$", re.I)
"""Before a cue that is not a gerund, "for" (and an adjective) makes it a noun ("request for
international support"); "thanked them for supporting" stays a verb."""
_ADJACENT = re.compile(r"(?:\s+(?!(?:and|but|or|while|as)\b)[\w’'-]+){0,3}\s+", re.I)
"""Up to three words between two cues that make them one ("agreed to support", "raised
our deep concerns"): the first cue's stance holds, unless it is a mere mention."""


def _cues(text: str, start: int, end: int, topics: Topics) -> list[_Cue]:
    """The stance cues of ``text[start:end]`` in order, adjacent ones joined into one.

    Cues at the same offset are ranked by the order above ("rejects" before "agrees"); a
    mention ("discussed") followed closely by a stance ("discussed the importance of")
    takes that stance.
    """
    # Only the cues a word of the window can begin are searched (the source's words are
    # looked up once): most clauses have none.
    # Each is tried only at the words that can begin it, as its scan would find it there.
    words = word_start_filter(topics.stances)
    filed = words.filed(text, start, end)
    if not filed and not words.always:
        return []
    found: list[tuple[int, int, int, Stance]] = []
    bits = _bits_of(words)
    for rank, stance in enumerate(_STANCE_ORDER):
        pattern = topics.stances.get(stance)
        if pattern is None:
            continue
        bit = bits[stance]
        if words.always & bit:
            found.extend(
                (m.start(), rank, m.end(), stance) for m in pattern.finditer(text, start, end)
            )
            continue
        after = start  # where the last match ended: matches do not overlap
        for at, filing in filed:
            if filing & bit and at >= after:
                match = pattern.match(text, at, end)
                if match is not None:
                    found.append((at, rank, match.end(), stance))
                    after = match.end()
    if not found:
        return []
    cues: list[_Cue] = []
    headline = _title_case(text, start, end)
    for at, _, stop, stance in sorted(found):
        if cues and at < cues[-1].end:
            continue
        if not headline and _in_name(text, start, at, stop):
            continue  # "the Multinational Security Support Mission"
        if cues and not cues[-1].noun and _ADJACENT.fullmatch(text, cues[-1].end, at):
            last = cues[-1]
            mention = last.stance is Stance.MENTIONS and stance is not Stance.MENTIONS
            cues[-1] = evolve(last, end=stop, stance=stance if mention else last.stance)
            continue
        if _NOUN_CUE.search(text, max(start, at - 4), at) or (
            not text[at:stop].endswith("ing") and _FOR_NOUN.search(text, max(start, at - 30), at)
        ):
            cues.append(_Cue(start=at, end=stop, stance=stance, negated=False, noun=True))
            continue
        cues.append(_Cue(start=at, end=stop, stance=stance, negated=_negated(text, start, at)))
    return cues


@functools.lru_cache(maxsize=64)
def _bits_of(words: WordStartFilter[Stance]) -> dict[Stance, int]:
    """Each stance's bit in ``words``' masks, made once per filter rather than per window."""
    return {key: 1 << number for number, key in enumerate(words.keys)}


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether most words of ``text[start:end]`` are capitalised (a headline)."""
    words = _WORD.findall(text, start, end)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _in_name(text: str, start: int, at: int, stop: int) -> bool:
    """Whether the capitalised cue at ``at`` sits between capitalised words: part of a name."""
    if not text[at : at + 1].isupper():
        return False
    before = _WORD.findall(text, max(start, at - 40), at)
    after = _WORD.match(text, stop + 1) if text[stop : stop + 1] == " " else None
    return (
        bool(before)
        and before[-1][0].isupper()
        and after is not None
        and after.group()[0].isupper()
    )


def _negated(text: str, start: int, at: int) -> bool:
    window = text[max(start, at - 30) : at]
    # "has not changed and pressed China": the negation stays in its own clause.
    window = _CLAUSE_BREAK.split(window)[-1]
    return _NEGATION.search(window) is not None


def stance_of(text: str, start: int, end: int, topics: Topics) -> tuple[Stance, bool, int] | None:
    """The earliest stance cue in ``text[start:end]``, negated or not, with its offset.

    Cues at the same offset are ranked by the order above ("rejects" before "agrees").
    """
    cues = [cue for cue in _cues(text, start, end, topics) if not cue.noun]
    if not cues:
        return None
    return cues[0].stance, cues[0].negated, cues[0].start


def tag_topics(
    statements: Iterable[Statement], topics: Topics | None = None
) -> tuple[Statement, ...]:
    """The statements with :attr:`Statement.topics` set from the words of their reports."""
    topics = topics or default_topics()
    tagged: list[Statement] = []
    for statement in statements:
        named = {
            topic
            for report in statement.reports
            for topic in matching(topics.patterns, report.text, 0, len(report.text))
        }
        found = [TopicId(topic) for topic in topics.patterns if topic in named]
        merged = tuple(dict.fromkeys((*statement.topics, *found)))
        tagged.append(statement if merged == statement.topics else evolve(statement, topics=merged))
    return tuple(tagged)
