"""The meeting word of a clause: its first one, the clause cut before a later clause that
tells another meeting ("They first met in X, soon after A's summit with B in Y"), and when
it has none, a meeting told without one (two who signed, deliberated or appeared together,
people together at a venue, the head of a delegation).

Moved out of ``_find`` as the first steps of its pass over the clauses: each reads one
clause and returns what the pass assigned, so the pass keeps its state itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.model import Source
from diplomatic_events.parsing._meetings._context import _together_at
from diplomatic_events.parsing._meetings._delegations import DelegationPair
from diplomatic_events.parsing._meetings._joint_acts import (
    _appeared_together,
    _deliberated_together,
    _signed_together,
)
from diplomatic_events.parsing._meetings._parties import _OTHER_MEETING, _has_person_between
from diplomatic_events.parsing._meetings._sentences import MeetingMention, Sentence
from diplomatic_events.parsing._meetings._words import _ATTENDED, _BACKSTORY, _TRIGGER


def _attended(words: str, trigger: re.Match[str]) -> bool:
    """Whether the meeting word is what the sentence's people sat in on ("Brig. Gen. A and
    Brig. Gen. B also participated in the meeting"): staff of a meeting told before, who
    did not meet each other."""
    return any(m.end() == trigger.start() for m in _ATTENDED.finditer(words))


def _trigger_in(text: str, sentence: Sentence) -> re.Match[str] | None:
    """The sentence's first meeting word, offsets in the sentence; searched only when one
    of the literals every meeting word holds one of is there (:func:`may_match_in`)."""
    if not may_match_in(_TRIGGER, text, sentence.start, sentence.end):
        return None
    words = text[sentence.start : sentence.end]
    found = _TRIGGER.search(words)
    while found is not None and _a_topic_s_backstory(words, found):
        found = _TRIGGER.search(words, found.end())
    return found


_TOPIC_RELATIVE = re.compile(r"\b(?:that|which)[ \u00a0]+(?:(?-i:[A-Z])[\w.’'-]*[ \u00a0]+){1,5}$")
"""A relative clause's pronoun and its named subject right before its verb ("the issues that
President Santos "): the clause tells about a noun, not the story's meeting."""


def _a_topic_s_backstory(words: str, trigger: re.Match[str]) -> bool:
    """Whether a "discussed ... with" is told of a topic in a relative clause ("the issues
    that President Santos discussed with President Obama a couple of days ago"): talks held
    before, not a meeting of the visit."""
    start = max(0, trigger.start() - _TOPIC_RELATIVE_REACH)  # a bounded window: linear
    return trigger.group().startswith("discuss") and (
        _TOPIC_RELATIVE.search(words, start, trigger.start()) is not None
    )


_TOPIC_RELATIVE_REACH = 300
"""How far before a "discussed" its relative clause's pronoun and subject are looked for
(the pronoun and five names fit well within it)."""


def cut_at_another_meeting(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> tuple[Sentence, re.Match[str] | None, bool]:
    """The clause up to a later clause that tells another meeting, its first meeting word
    (offsets in the clause, which a cut leaves where it starts) and whether it was cut."""
    words = text[sentence.start : sentence.end]
    first = _trigger_in(text, sentence)
    # Searched in the rest of the sentence alone, so a clause may open where it starts.
    aside = None if first is None else _BACKSTORY.search(words[first.end() :])
    if first is not None and aside is None:
        # "met today with Cho to build on the May 21 Summit between President Biden and
        # President Yoon": a meeting named later in the sentence is another one
        aside = _OTHER_MEETING.search(words, first.end())
        if aside is not None and not _has_person_between(
            knowledge, text, sentence, first.end(), aside.start()
        ):
            aside = None
        elif aside is not None:
            aside = _OTHER_MEETING.search(words[first.end() :])
    cut = first is not None and aside is not None
    if first is not None and aside is not None:
        # "They first met in X, soon after A's summit with B in Y": the clause after the
        # comma tells another, earlier event; its people and places are not this meeting's
        sentence = evolve(sentence, end=sentence.start + first.end() + aside.start())
    return sentence, first, cut


def meeting_word(
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    source: Source,
    sentence: Sentence,
    found: Sequence[MeetingMention],
    *,
    first: re.Match[str] | None,
    cut: bool,
    delegated: DelegationPair | None,
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The clause's meeting word (offsets in the clause), and the words of two who appeared
    together before the press when they are what tells the meeting. ``first`` is the meeting
    word found before the clause was cut (``cut``); ``delegated`` the delegation heads the
    clause names."""
    text = source.text
    # the first trigger is this one unless the sentence was cut since
    appeared: re.Match[str] | None = None
    trigger = (
        (_trigger_in(text, sentence) if cut else first)
        or _signed_together(knowledge, text, sentence)
        or _deliberated_together(knowledge, text, sentence, found)
        or _together_at(gazetteer, source, sentence)
        or (appeared := _appeared_together(knowledge, text, sentence))
        or (delegated.match if delegated is not None else None)
    )
    return trigger, appeared
