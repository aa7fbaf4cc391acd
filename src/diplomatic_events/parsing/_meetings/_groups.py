"""Whether the people a meeting sentence names met together or one after another.

"between A, B and C", "the three-way meeting", subjects listed together before the meeting
word, or counterparts of several countries met in one list make one meeting of all;
"separately" makes one meeting each. Moved out of ``_clues`` as the one question the finder
asks of a whole sentence's people at once.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, party_listing, phrase_pattern
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.parsing._meetings._clues import _country_of, _holds_title
from diplomatic_events.parsing._meetings._sentences import PersonMention, Sentence, person_mentions
from diplomatic_events.parsing._meetings._subject_lists import one_list_of_subjects
from diplomatic_events.parsing._meetings._words import (
    _BETWEEN,
    _LIST_GAP,
    _MEAL_WORD,
    _MULTILATERAL,
)
from diplomatic_events.typing import ActorId

_BY = re.compile(r"\bby\b", re.IGNORECASE)
_CO_CHAIRED = re.compile(r"co-chair(?:ed|ing)", re.IGNORECASE)
"""A meeting word that makes everyone named its chairs, at one table together."""
"""The agent of a passive host verb ("received by"): the people after it are the hosts."""


@functools.cache
def together() -> re.Pattern[str]:
    """Words that say the people named met the subject all at once (``together`` in
    ``grammar.toml``: "a joint meeting with A and B", "met together with A and B")."""
    return guarded(re.compile(rf"\b(?:{phrase_pattern(grammar().together)})\b", re.IGNORECASE))


@functools.cache
def separately() -> re.Pattern[str]:
    """Words that say the people named met the subject one at a time (``separately`` in
    ``grammar.toml``: "met separately with A and B", "separate meetings with ...")."""
    return re.compile(rf"\b(?:{phrase_pattern(grammar().separately)})\b", re.IGNORECASE)


def _is_group(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, trigger: re.Match[str] | None
) -> bool:
    """Whether everyone a sentence names met together rather than one after another.

    "between A, B and C", "the three-way meeting", or two subjects joined by "and" before
    the meeting verb with the guest after it ("Biden and first lady Jill Biden hosted Modi").
    """
    if trigger is None or separately().search(text, sentence.start, sentence.end):
        return False  # "met separately with A and B", "separate meetings with A and B"
    if _MULTILATERAL.search(text, sentence.start, sentence.end):
        return True
    if together().search(text, sentence.start, sentence.end):
        return True  # "in a joint meeting with A, and B, Mr C explored ..."
    if _CO_CHAIRED.fullmatch(trigger.group()):
        return True  # "It was co-chaired by A, B, C and D": the chairs sat at one table
    mentions = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
    for between in _BETWEEN.finditer(text, sentence.start, sentence.end):
        after = [m for m in mentions if m.start >= between.end()]
        if after and len(text[between.end() : after[0].start].split()) <= 3:
            return True
    at = sentence.start + trigger.start()
    subjects = [m for m in mentions if m.start < at]
    objects = [m for m in mentions if m.start > at]
    if objects and _delegation_listed().search(text, at, objects[0].start):
        return True  # "met with a Zambian government delegation that included A, B and C"
    if len(objects) >= 2 and _MEAL_WORD.fullmatch(trigger.group()):
        return True  # "attended a lunch at the State Department with A and B": one table
    if subjects and _of_several_countries(knowledge, text, subjects[0].actor, objects):
        return True
    if subjects and _hosted_party(text, at + len(trigger.group()), trigger, objects):
        return True
    if len(subjects) >= 2 and not objects:
        # "President Whipps, Ambassador Ehrendreich and Commodore Lett led the Joint Committee
        # Meeting": people of two countries or more, named together before the meeting and
        # no one after it, met together
        countries = {_country_of(knowledge, m.actor) for m in subjects}
        return (
            None not in countries and len(countries) >= 2 and one_list_of_subjects(text, subjects)
        )
    if len(subjects) < 2:
        return False
    if any(_holds_title(knowledge, s.actor, grammar().embassy_titles) for s in subjects[1:]):
        return False  # "Langley and U.S. Ambassador Ba met with A and B": staff beside him
    # "A and B hosted C"; "Senators A (D-Conn.), B (R-Ohio), and C (D-Ill.) met with D"
    return one_list_of_subjects(text, subjects)


@functools.cache
def _delegation_listed() -> re.Pattern[str]:
    """A phrase listing a party's members (:func:`party_listing`: "delegation that
    included"): the people after it met the subject together, as one party."""
    return re.compile(rf"\b(?:{phrase_pattern(party_listing())})\b", re.IGNORECASE)


def _hosted_party(
    text: str, verb_end: int, trigger: re.Match[str], objects: Sequence[PersonMention]
) -> bool:
    """Whether a host verb's people form one list ("hosted Vice Adm. A and Rear Adm. B"):
    visitors received together came as one party, while "met with A and B" may be one call
    after another. Not the hosts of a passive ("was received by A and B")."""
    if len(objects) < 2 or trigger.group().lower() not in grammar().host_verbs:
        return False
    if _BY.search(text, verb_end, objects[0].start):
        return False
    return all(
        _LIST_GAP.fullmatch(text, before.end, after.start) is not None
        for before, after in itertools.pairwise(objects)
    )


def _of_several_countries(
    knowledge: KnowledgeBase, text: str, subject: ActorId, objects: Sequence[PersonMention]
) -> bool:
    """Whether the people met form one list ("met with German Foreign Minister Baerbock, UK
    Foreign Secretary Truss and ...") of two or more countries other than the subject's: the
    counterparts of several countries met together, while a list of one country's people
    ("met Prime Minister Suga, Foreign Minister Motegi, ...") were met one after another."""
    if len(objects) < 2:
        return False
    for before, after in itertools.pairwise(objects):
        if _LIST_GAP.fullmatch(text, before.end, after.start) is None:
            return False
    home = _country_of(knowledge, subject)
    countries = {_country_of(knowledge, m.actor) for m in objects}
    return None not in countries and len(countries - {home}) >= 2
