"""Meetings told without a meeting word: two people of two countries who appeared together
before the press ("Remarks by Secretary A and Minister B"), signed together ("A and Defense
Minister B signed a joint vision statement"), or deliberated together as one subject ("A and
B reaffirmed today their desire ...") met.

Moved out of ``_parties`` because these readings find the meeting itself, with its two
parties, where the rest of ``_parties`` reads who took part in a meeting a word tells.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._grammar import grammar, literal_alternation
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.parsing._meetings._clues import _country_of
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    PersonMention,
    Sentence,
    person_mentions,
)

_SIGNED = re.compile(r"\bsigned\b")
_SIGNED = guarded(_SIGNED)
_APPOSED = r",[^,;:.\n]{1,80}"
"""A comma and the words of an apposition up to its closing comma (", the Adjutant General of
Indiana"), no clause's mark among them."""
_SIGNERS = re.compile(
    rf"(?:{_APPOSED}(?=,))?"
    r"\s*,?\s+(?:and|alongside|along\s+with|together\s+with)\s+(?:[\w’'.-]+\s+){0,8}"
)
"""Between two who signed together: the first one's office in apposition, "and" (or
"alongside") and the second one's titles ("Gavin Williamson, alongside his German
counterpart Ursula von der Leyen, signed", "A, the Adjutant General of Indiana, and Gen.
B")."""
_SIGNED_WITH = re.compile(
    r"[ \u00a0]+(?:[\w’'.()-]+[ \u00a0]+){0,7}?with[ \u00a0]+(?:[\w’'.-]+,?[ \u00a0]+){0,8}"
)
"""Between "signed" and the one who signed with the subject: what was signed (its letters in
brackets too), "with" and the other one's titles ("signed the partnership with Brig. Gen. ",
"signed a Protection Cooperative Agreement with Salvadoran Minister of Foreign Affairs, ",
"signed a Memorandum of Understanding (MOU) with the Honorable ")."""
_OTHER_SUBJECT = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|who|which|that)\b")
"""A subject of its own between a name and "signed": the name is not the signer."""


def _appeared_together(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> re.Match[str] | None:
    """ "Remarks by Secretary Mattis and Minister of Defense Salman in Saudi Arabia",
    "Turnbull and Ardern joint press release": exactly two people of two countries who
    appeared together before the press met (the appearance's words, offset in the
    sentence)."""
    cue = knowledge.event_cues.press_appearance  # ``press_appearance`` in ``events.toml``
    joint = (
        None
        if cue is None or not may_match_in(cue, text, sentence.start, sentence.end)
        else cue.search(text[sentence.start : sentence.end])
    )
    if joint is None:
        return None
    named = [m for m in person_mentions(knowledge, text, sentence) if not m.modifier]
    people = list(dict.fromkeys(m.actor for m in named))
    if len(people) != 2:
        return None
    countries = [_country_of(knowledge, p) for p in people]
    if countries[0] == countries[1]:
        return None
    if None in countries:
        # one of no known country only as the one the appearance was "with" ("Minister
        # Fontes Lima told reporters in a joint news conference with Yates"), not a reporter
        # named at it ("At a joint news conference ..., reporter A asked")
        unknown = people[countries.index(None)]
        after = sentence.start + joint.end()
        with_word = _WITH_NEXT.match(text, after)
        first_after = next((m for m in named if m.start >= after), None)
        if (
            with_word is None
            or first_after is None
            or first_after.actor != unknown
            or first_after.start - with_word.end() > _WITH_REACH
        ):
            return None
    return joint


_WITH_NEXT = re.compile(r"[ \u00a0]+with[ \u00a0]+")
_WITH_REACH = 60
"""How far after "with" the one appeared with is named (their titles between)."""


def _joint_subjects(
    knowledge: KnowledgeBase, text: str, sentence: Sentence, at: int, *, modifiers: bool = True
) -> list[PersonMention] | None:
    """The two people named before offset ``at`` when they are joined as one subject ("A and
    Defense Minister B", "A, alongside his German counterpart B,"), else ``None``; without
    ``modifiers``, a possessive that only qualifies the next name does not count."""
    named = person_mentions(knowledge, text, sentence)
    before = [m for m in named if m.start < at and (modifiers or not m.modifier)]
    if len(before) != 2 or _SIGNERS.fullmatch(text, before[0].end, before[1].start) is None:
        return None
    return before


def _signed_together(
    knowledge: KnowledgeBase, text: str, sentence: Sentence
) -> re.Match[str] | None:
    """ "Hagel and Defense Minister Bat-Erdene signed a joint vision statement here": two
    people of two countries, joined by "and", who sign together met (the "signed", as the
    sentence's meeting word, offset in the sentence)."""
    words = text[sentence.start : sentence.end]
    held = may_match_in(_SIGNED, text, sentence.start, sentence.end)
    signed = _SIGNED.search(words) if held else None
    if signed is None:
        return None
    at = sentence.start + signed.start()
    named = person_mentions(knowledge, text, sentence)
    before = [m for m in named if m.start < at]
    joint = _joint_subjects(knowledge, text, sentence, at)
    if joint is not None:
        before = joint
    elif len(before) == 1:
        # "Sprynczynatyk co-signed the partnership with Brig. Gen. Kadangha": one signer
        # before the word, the other after "with"
        after = [m for m in named if m.start > at]
        if (
            not after
            or _SIGNED_WITH.fullmatch(text, at + len(signed.group()), after[0].start) is None
            # "... Spencer for ..., the declaration I signed with Bob Work": another subject
            or _OTHER_SUBJECT.search(text, before[0].end, at) is not None
        ):
            return None
        before = [before[0], after[0]]
    else:
        return None
    countries = [_country_of(knowledge, m.actor) for m in before]
    # of two countries, or of one and of none known ("Defense Minister Bat-Erdene")
    if countries[0] == countries[1] or countries == [None, None]:
        return None
    return signed


@functools.cache
def _deliberation() -> re.Pattern[str]:
    """A verb of two who deliberate together (``deliberation_verbs`` in ``grammar.toml``)."""
    verbs = literal_alternation(grammar().deliberation_verbs, space=r"[ \t\u00a0]+")
    return re.compile(rf"\b(?:{verbs})\b")


_REMOTE = re.compile(r"\b(?:phone|telephone|video|virtual|virtually|call)\b", re.IGNORECASE)
"""Words of talking apart: a call is no meeting."""
_BEFORE_VERB = re.compile(
    rf"(?:{_APPOSED},)?(?:[ \u00a0]+(?:today|also|jointly|together))*[ \u00a0]+"
)
"""Between the second of two subjects and their verb: an apposition, "today", "jointly"."""


def _deliberated_together(
    knowledge: KnowledgeBase,
    text: str,
    sentence: Sentence,
    found: Sequence[MeetingMention] = (),
) -> re.Match[str] | None:
    """ "President Barack Obama and President Ollanta Humala reaffirmed today their desire
    ...": two people of two countries, joined by "and" as the subject of a verb of
    deliberating together, met (the verb, as the sentence's meeting word, offset in the
    sentence); not when the sentence tells of a call, nor when a meeting of the two is
    already ``found`` ("Pompeo met today with Dendias. Pompeo and Dendias discussed ...":
    what they discussed at it)."""
    deliberation = _deliberation()
    if not may_match_in(deliberation, text, sentence.start, sentence.end):
        return None
    words = text[sentence.start : sentence.end]
    verb = deliberation.search(words)
    if verb is None or _REMOTE.search(words) is not None:
        return None
    at = sentence.start + verb.start()
    before = _joint_subjects(knowledge, text, sentence, at, modifiers=False)
    if before is None or _BEFORE_VERB.fullmatch(text, before[1].end, at) is None:
        return None
    countries = [_country_of(knowledge, m.actor) for m in before]
    if countries[0] == countries[1] or None in countries:
        return None
    pair = {before[0].actor, before[1].actor}
    if any(pair <= set(mention.people) for mention in found):
        return None
    return verb


_PRESS_WITH_MEETING = re.compile(
    r"\bmet\b|\bmeeting\s+with\b|\bjoint\s+(?:news|press)\s+conference\s+with\b"
    r"|\b(?:after|following)\s+(?:their\s+|the\s+)?talks\b"
)
"""What makes a sentence about a news conference tell a meeting: "met", "a meeting with", a
joint conference with someone, or the talks it followed."""
