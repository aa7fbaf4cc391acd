"""Positions: each side's stance on each topic, with the statements that carry it.

Precision first: a stance cue and the topic words after it (up to the next cue, or in the
"that" clause that is its object) give a position when its holder is plain: the possessor
of a noun cue, "both sides" as the cue's subject, the speaker of a direct quotation, the
sentence's subject read from its start (:func:`_lead`: names before the first lower-case
word, a title, They/He/She from the sentence before), the subject before the cue in its
clause, then the speaker of the report holding it (see :func:`_holders`). A stance with no
such holder is left out. Negation is kept, not flipped: "does not support Taiwan
independence" is ``SUPPORTS`` with ``negated=True`` (a refusal to support is not the same
claim as opposition, so the reader decides).
:func:`compare_positions` puts the sides next to each other, topic by topic.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence

from attrs import define, evolve, field, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.knowledge._prefilter import any_of, matching
from diplomatic_events.knowledge._topics import Topics, default_topics
from diplomatic_events.model import (
    ActorKind,
    Position,
    Source,
    Span,
    Stance,
    Statement,
    StatementKind,
)
from diplomatic_events.parsing._events import clauses, is_object
from diplomatic_events.parsing._meetings import (
    PersonMention,
    Sentence,
    person_mentions,
    sentence_mentions,
    sentences,
)
from diplomatic_events.typing import ActorId, SourceId, StatementId, TopicId

__all__ = [
    "Agreement",
    "TopicSides",
    "compare_positions",
    "default_topics",
    "find_positions",
    "stance_of",
    "tag_topics",
]

_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't|neither|nor)\b\W*(?:\w+\W+){0,2}$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|while|whereas|although|though)\b", re.I)
"""Where a negation's reach ends: it does not cross into the next clause."""
_COORDINATED = re.compile(r"\s*(?:,|&|,?\s+and)\s*")
"""Between two subjects that hold a stance together ("U.S., China pledge")."""
_STANCE_ORDER = (
    Stance.REJECTS,
    Stance.OPPOSES,
    Stance.DEMANDS,
    Stance.CONCERNED,
    Stance.COMMITS,
    Stance.SUPPORTS,
    Stance.AGREES,
    Stance.MENTIONS,
)
_BOTH = re.compile(
    r"\b(?:(?:both|the\s+two)\s+(?:sides|countries|nations|governments|leaders|ministers"
    r"|secretaries|presidents|men|women)|the\s+(?:leaders|ministers|secretaries)"
    r"|(?<![\w,]\s)both(?=\s+(?:have\s+|had\s+)?[a-z]+ed\b))\b(?!['’])",
    re.I,
)
"""Subjects that stand for both sides: "the two leaders agreed", "The Secretaries welcomed",
"both expressed" (a bare "both" only at a clause's start, before a verb)."""
_NOT_SUBJECT = re.compile(r"\b(?:from|between|of|by|for|with|on|to)\s+$", re.I)
"""Before "both sides", a word that makes it an object ("rhetoric from both sides")."""
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|it)\s+(?:\S+\s+){0,2}$", re.I)
"""In a quotation, a third person right before the cue: the stance is theirs, not the
speaker's ("He called for ...", she said)."""
_POSSESSIVE = re.compile(r"['’]s?\b")
_HYPHENS = frozenset("-‐‑")
_PREPOSITION_THE = re.compile(
    r"\b(?:with|to|from|by|for|between|on|at|in|against|towards?|into|over|about)\s+the\s+"
    r"(?:U\.?S\.?\s+)?$",
    re.I,
)
_VISITED = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|toured|leaves|left|into|across|throughout)\s+(?:(?:[A-Z][\w.’'-]*|,|and)\s+)*$"
)
_COMPOUND = re.compile(r"[\s-]")
"""Between two topics' words that make one term, the first naming its domain
("military-to-military communication", "trade relations")."""
_QUALIFIED = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?", re.I)
"""Between another topic's word and a topic word that only says whose it is ("relations
with Russia" is the relationship, not the war)."""
_QUALIFIER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")
"""A topic word as a possessor, before up to two words and another topic's word ("Russia's
Arctic Council"): it qualifies that topic and is no topic of its own."""
_POSITIVE = frozenset({Stance.SUPPORTS, Stance.COMMITS, Stance.AGREES})
_NEGATIVE = frozenset({Stance.OPPOSES, Stance.REJECTS, Stance.CONCERNED, Stance.DEMANDS})


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
    # One scan of the cues' alternation finds where the first of them starts, or that
    # there is none: each cue's own scan starts there.
    first = start
    joined = any_of(topics.stances, topics.stances.values())
    if joined is not None:
        hit = joined.search(text, start, end)
        if hit is None:
            return []
        first = hit.start()
    found: list[tuple[int, int, int, Stance]] = []
    for rank, stance in enumerate(_STANCE_ORDER):
        pattern = topics.stances.get(stance)
        if pattern is not None:
            found.extend(
                (m.start(), rank, m.end(), stance) for m in pattern.finditer(text, first, end)
            )
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


@frozen(kw_only=True)
class _Holder:
    side: str
    actor: ActorId | None


def _country_of(knowledge: KnowledgeBase, actor_id: ActorId | None) -> str | None:
    actor = None if actor_id is None else knowledge.actor(actor_id)
    return None if actor is None else actor.country


def _subjects(
    source: Source,
    sentence: Sentence,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    sides: Sequence[str],
) -> list[tuple[int, _Holder]]:
    """People and countries that may be a stance's subject, by offset (objects left out)."""
    text = source.text
    found: list[tuple[int, _Holder]] = []
    ends: list[int] = []

    def joined(start: int) -> bool:
        """Whether the name at ``start`` is coordinated with a subject ("Scholz and Modi")."""
        return any(_COORDINATED.fullmatch(text[end:start]) for end in ends if end <= start)

    for mention in person_mentions(knowledge, text, sentence):
        if mention.modifier or (is_object(text, mention.start) and not joined(mention.start)):
            continue
        ends.append(mention.end)
        country = _country_of(knowledge, mention.actor)
        if country is not None:  # a side is a country: whose is a stranger's stance?
            found.append((mention.start, _Holder(side=country, actor=mention.actor)))
    for body in _institutions(knowledge, text, sentence):
        if (is_object(text, body.start) and not joined(body.start)) or _POSSESSIVE.match(
            text, body.end
        ):
            continue
        window = text[max(0, body.start - 24) : body.start]
        if _PREPOSITION_THE.search(window) or _VISITED.search(window):
            continue  # "a visit to the Pentagon", "signed at the U.S. Department of State"
        country = _country_of(knowledge, body.actor)
        if country is not None and country in sides:  # one of two plain sides only
            ends.append(body.end)
            found.append((body.start, _Holder(side=country, actor=body.actor)))
    for place in gazetteer.find(source.id, text, sentence.start, sentence.end):
        if place.kind != "country" or place.country is None:
            continue
        if sides and place.country not in sides:
            continue  # "Taiwan", "Russia's war": the topic, not a side
        at = place.evidence.start
        if (is_object(text, at) and not joined(at)) or _POSSESSIVE.match(text, place.evidence.end):
            continue
        if _VISITED.search(text, max(0, at - 20), at):
            continue  # "visited Colombia and Brazil": where, not who
        if _PREPOSITION_THE.search(text, max(0, at - 20), at) and not joined(at):
            continue  # "stand with the Philippines"
        if (
            text[at - 1 : at] in _HYPHENS
            or text[place.evidence.end : place.evidence.end + 1] in _HYPHENS
        ):
            continue  # "U.S.-Brazil ties": a compound's part, not a subject
        if any(at < start < place.evidence.end for start, _ in found):
            continue
        ends.append(place.evidence.end)
        found.append((place.evidence.start, _Holder(side=place.country, actor=None)))
    return sorted(found, key=lambda item: item[0])


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


_QUOTED_SPAN = re.compile(r"[\"“][^\"“”\n]*[\"”]")


class _Carriers:
    """The reports of one source's statements, swept sentence by sentence in text order.

    Each report is looked at a bounded number of times: it joins the active set when the
    sweep reaches its start and leaves it once a sentence begins after its end, so a clause
    looks only at the reports that overlap its sentence, not at every statement of a visit.
    """

    def __init__(self, statements: Sequence[Statement], source: SourceId) -> None:
        entries = [
            (report.start, report.end, order, statement, report.kind)
            for order, (statement, report) in enumerate(
                (statement, report)
                for statement in statements
                for report in statement.reports
                if report.source == source
            )
        ]
        self._pending = sorted(entries, key=lambda entry: (entry[0], entry[2]))
        self._next = 0
        self._active: list[tuple[int, int, int, Statement, StatementKind]] = []
        self._start = 0

    def advance(self, sentence: Sentence) -> None:
        """Move the sweep to ``sentence`` (sentences come in text order)."""
        pending = self._pending
        while self._next < len(pending) and pending[self._next][0] < sentence.end:
            self._active.append(pending[self._next])
            self._next += 1
        self._active = sorted(
            (entry for entry in self._active if entry[1] > sentence.start),
            key=lambda entry: entry[2],
        )
        self._start = sentence.start

    def carried(self, sentence: Sentence) -> tuple[StatementId, ...]:
        """The statements with a report that starts in ``sentence``, in statement order."""
        return tuple(
            StatementId(entry[3].id)
            for entry in self._active
            if sentence.start <= entry[0] < sentence.end
        )

    def carrier(self, at: int) -> tuple[Statement, StatementKind] | None:
        """The first statement whose report holds offset ``at`` of the current sentence."""
        for start, end, _, statement, kind in self._active:
            if start <= at < end:
                return statement, kind
        return None


def _holders(
    source: Source,
    sentence: Sentence,
    clause: tuple[int, int],
    window: int,
    at: int,
    carriers: _Carriers,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    sides: Sequence[str],
    inherited: Sequence[_Holder],
    people: Sequence[tuple[int, int, ActorId]] = (),
) -> list[_Holder]:
    """Who holds the stance whose cue is at ``at``: nobody when the text does not say.

    In order: both sides when "both sides" is the cue's subject; the speaker of a direct
    quotation holding the cue; the subject in ``[window, at)`` (and those joined to it);
    ``inherited``: the holders the clause's subject gives when none is named before the
    cue (the sentence's lead, or the earlier cue's holders for a verb joined to it);
    the speaker of the indirect or partial report holding the cue. A stance whose holder
    is none of these is left out: a wrong side is worse than a missing one.
    """
    text = source.text
    both = _BOTH.search(text, clause[0], at)
    if (
        both is not None
        and len(sides) >= 2
        and not _NOT_SUBJECT.search(text, clause[0], both.start())
    ):
        return _both_holders(both.group(), sides, people, knowledge, both.start())
    carrier = carriers.carrier(at)
    speaker: _Holder | None = None
    if carrier is not None and carrier[0].speaker is not None:
        speaker_id = carrier[0].speaker
        country = _country_of(knowledge, speaker_id)
        speaker = None if country is None else _Holder(side=country, actor=speaker_id)
        if carrier[1] is StatementKind.DIRECT:
            if speaker is None or _OTHER_SUBJECT.search(text, clause[0], at):
                return []
            return [speaker]
    they = next(reversed(list(_THEY_BEFORE.finditer(text, window, at))), None)
    if they is not None and _LEAD_GAP.fullmatch(text, they.end(), at):
        # "Blinken met Chinh ..., as they discussed": the two sides the sentence named
        named = _one_per_side(
            [
                _Holder(side=country, actor=m.actor)
                for m in person_mentions(knowledge, text, sentence)
                if m.start < they.start()
                and (country := _country_of(knowledge, m.actor)) is not None
            ]
        )
        if len(named) == 2 and (len(sides) < 2 or {h.side for h in named} <= set(sides)):
            return named
        return []
    subjects = _subjects(source, sentence, knowledge, gazetteer, sides)
    before = [(start, h) for start, h in subjects if window <= start < at]
    if window > clause[0]:
        # a later verb of the clause: only a subject right before it is its own ("..., and
        # Lula pledged"); names between the two verbs are the first one's objects
        before = [
            (start, h)
            for start, h in before
            if _LEAD_GAP.fullmatch(text, start + _subject_length(text, start), at)
        ]
    if before:
        together = _coordinated(text, before, subjects)
        if len(together) > 1:
            return together
        chosen = before[-1][1]
        if chosen.actor is None:  # "Scholz said Germany ...": Scholz holds Germany's stance
            chosen = next(
                (
                    h
                    for start, h in reversed(subjects)
                    if start < at and h.side == chosen.side and h.actor is not None
                ),
                chosen,
            )
        return [chosen]
    if inherited:
        return list(inherited)
    if speaker is None:
        speaker = _tagline(source, sentence, at, knowledge)
    return [speaker] if speaker is not None else []


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
        people = [
            m.actor
            for m in knowledge.find_mentions(label.title())
            if (actor := knowledge.actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
        ]
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


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\s+(?:[\w’'-]+\s+){0,3}$")
"""A first-person subject right before a cue ("we have verily discussed")."""
_JOINT = frozenset({Stance.MENTIONS, Stance.AGREES})
"""Stances that "we" of a bilateral meeting hold together ("we discussed", "we agreed")."""


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


@frozen(kw_only=True)
class _Lead:
    """A sentence's subject, read from its start, and where that subject ends."""

    holders: tuple[_Holder, ...]
    end: int


_INTRO = re.compile(
    r"(?:(?:And|But|Yet|So)\s+)?"
    r"(?:(?:On|In|At|During|After|Before|To|For|Following|Turning\s+to|Separately|Meanwhile"
    r"|Additionally|Finally|Later|Earlier|Also|Further(?:more)?|Moreover|However|Today"
    r"|Yesterday|Together|Over|Throughout|Upon|Beyond)\b[^,.;:\n\"“”]{0,80},\s+)?",
)
"""An opening conjunction or phrase before a sentence's subject ("But he ...", "On illegal
migration, they ...")."""
_THEY = re.compile(r"[Tt]hey\b")
_THEY_BEFORE = re.compile(r"\bthey\s+", re.I)
_HE_SHE = re.compile(r"(?P<word>[Hh]e|[Ss]he)\b")
_ROLE_SUBJECT = re.compile(
    r"[Tt]he\s+(?P<title>(?:(?:Prime|Foreign|Defen[cs]e|Vice|Deputy)\s+)?"
    r"(?:Secretary|Minister|Minster|President|Chancellor|Premier|Ambassador|General|Admiral)"
    r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w-]*)+)?)\b(?!['’])"
)
"""A title as a sentence's subject ("The Secretary", "the Minister of National Defense"):
the one person named before it with that title."""
_JOINED_ROLE = re.compile(r"\s+and\s+")
_LEAD_GAP = re.compile(
    r"\s*(?:(?:also|have|has|had|both|today|further|jointly|each|strongly|again|then|all|will"
    r"|would|firmly|warmly|once|recently|later|subsequently|additionally)\s+){0,3}",
    re.I,
)
"""Words between a sentence's subject and its main verb ("They also welcomed")."""
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
                for start, _, actor in people
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
            person = _titled(text, role["title"], role.start(), people, knowledge, previous)
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


_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|for|the)\s+)+$")
"""The capitalised words right before a name: its title ("Secretary of Defense ")."""


def _titled(
    text: str,
    title: str,
    before: int,
    people: Sequence[tuple[int, int, ActorId]],
    knowledge: KnowledgeBase,
    previous: _Lead | None = None,
) -> ActorId | None:
    """The one person named before ``before`` whose title (in the data, or written just
    before the name) has the words of ``title``; of several, the one who was the previous
    sentence's subject, else nobody."""
    words = {w.casefold() for w in title.split()}
    words = {"minister" if w == "minster" else w for w in words}
    holders = [
        actor_id
        for start, _, actor_id in people
        if start < before and _has_title(text, start, actor_id, words, knowledge)
    ]
    # two people named with the title ("Prime Minister Sánchez", "Prime Minister Starmer"):
    # "the Prime Minister" could be either
    if len(set(holders)) == 1:
        return holders[-1]
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


_Key = tuple[str, str, Stance, bool]
"""A position's side, topic, stance and negation."""


@define(kw_only=True)
class _Gathered:
    """What the clauses say of one position so far: its holder, the statements carrying it
    and its evidence, each in the order first seen."""

    holder: ActorId | None
    statements: dict[StatementId, None]
    evidence: dict[Span, None]


@frozen(kw_only=True)
class PositionReading:
    """What the position finder reads of one source before the visit is known: the topics
    each sentence names, the clauses of those sentences and the stance cues of each clause,
    and a transcript's speaker labels. The ``positions`` stage reads it once per source;
    the positions of a visit, found once its sources are grouped, read it back.

    .. versionadded:: 0.1.0
    """

    source: SourceId
    length: int
    """The length of the source's text, a check that a reading is of that text."""
    vocabulary: int = field(repr=False)
    """A checksum of the topic and stance patterns it was read with (see :func:`_checksum`)."""
    labels: tuple[tuple[int, ActorId | None], ...] = ()
    sentences: Mapping[tuple[int, int], tuple[tuple[str, ...], tuple[tuple[int, int], ...]]] = (
        field(factory=dict, repr=False)
    )
    """Per sentence span with a verb of stance, the topics it names and, when it names any,
    its clauses (a sentence with none states no position)."""
    clause_cues: Mapping[tuple[int, int], tuple[_Cue, ...]] = field(factory=dict, repr=False)
    """Per clause span of those sentences, its stance cues."""

    def serves(self, source: Source, topics: Topics) -> bool:
        """Whether this is a reading of ``source`` with ``topics``."""
        return (
            self.source == source.id
            and self.length == len(source.text)
            and self.vocabulary == _checksum(topics)
        )

    def topics_of(self, sentence: Sentence) -> list[str]:
        """The topics ``sentence`` names, in the vocabulary's order."""
        found = self.sentences.get((sentence.start, sentence.end))
        return [] if found is None else list(found[0])

    def clauses_of(self, sentence: Sentence) -> tuple[tuple[int, int], ...]:
        """The clauses of a sentence that names a topic."""
        found = self.sentences.get((sentence.start, sentence.end))
        return () if found is None else found[1]

    def cues(self, clause: tuple[int, int]) -> tuple[_Cue, ...]:
        """The stance cues of one of those clauses."""
        return self.clause_cues.get(clause, ())


_CHECKSUMS: dict[int, tuple[Topics, int]] = {}


def _checksum(topics: Topics) -> int:
    """A number that tells ``topics`` apart by their patterns, the same in every process (a
    reading made in a worker is used in the parent)."""
    held = _CHECKSUMS.get(id(topics))
    if held is not None and held[0] is topics:
        return held[1]
    words = [
        *(f"{key}={pattern.pattern}/{pattern.flags}" for key, pattern in topics.patterns.items()),
        *(f"{key}={pattern.pattern}/{pattern.flags}" for key, pattern in topics.stances.items()),
    ]
    value = zlib.crc32("\n".join(words).encode("utf-8"))
    if len(_CHECKSUMS) >= 64:
        _CHECKSUMS.clear()
    _CHECKSUMS[id(topics)] = (topics, value)
    return value


def read_positions(
    source: Source, knowledge: KnowledgeBase, topics: Topics | None = None
) -> PositionReading:
    """The :class:`PositionReading` of ``source`` (``knowledge``: with the people it
    introduces, for the speaker labels of a transcript)."""
    topics = topics or knowledge.topics
    text = source.text
    read: dict[tuple[int, int], tuple[tuple[str, ...], tuple[tuple[int, int], ...]]] = {}
    cues: dict[tuple[int, int], tuple[_Cue, ...]] = {}
    for sentence in sentences(source):
        start, end = sentence.start, sentence.end
        parts = tuple(clauses(text, start, end))
        stated = {clause: tuple(_cues(text, clause[0], clause[1], topics)) for clause in parts}
        if all(cue.noun for found in stated.values() for cue in found):
            continue  # no verb of stance: no position, whatever topics it names
        named = tuple(matching(topics.patterns, text, start, end))
        if not named:
            continue
        read[(start, end)] = (named, parts)
        cues.update(stated)
    return PositionReading(
        source=source.id,
        length=len(text),
        vocabulary=_checksum(topics),
        labels=tuple(_speaker_labels(text, knowledge)),
        sentences=read,
        clause_cues=cues,
    )


def find_positions(
    sources: Sequence[Source],
    statements: Sequence[Statement],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    topics: Topics | None = None,
    *,
    sides: Sequence[str] = (),
    local: Mapping[SourceId, KnowledgeBase] | None = None,
    readings: Mapping[SourceId, PositionReading] | None = None,
) -> tuple[Position, ...]:
    """Positions per side and topic; one :class:`Position` per side, topic, stance and negation.

    Args:
        sides: The two countries of the visit (visitor's, host's): "both sides agreed"
            gives each of them the position.
        local: Per source, the knowledge plus the people that source introduced, so a
            person no data file knows can hold a position; ``knowledge`` otherwise.
        readings: Per source, what the ``positions`` stage read of it before the visit was
            known (:func:`read_positions`); read here for a source without one.
    """
    topics = topics or knowledge.topics
    found: dict[_Key, _Gathered] = {}
    by_source: dict[SourceId, list[Statement]] = {}
    for statement in statements:
        for source_id in dict.fromkeys(r.source for r in statement.reports):
            by_source.setdefault(source_id, []).append(statement)
    for source in sources:
        own = knowledge if local is None else local.get(source.id, knowledge)
        # only this source's statements can carry its clauses: each clause looks at these,
        # not at every statement of the visit
        carriers = _Carriers(by_source.get(source.id, []), source.id)
        text = source.text
        reading = None if readings is None else readings.get(source.id)
        if reading is None or not reading.serves(source, topics):
            reading = read_positions(source, own, topics)
        people: list[tuple[int, int, ActorId]] = []
        lead: _Lead | None = None
        last = (0, 0)
        pair: tuple[str, ...] | Sequence[str] = ()
        read = sentences(source)
        labels = reading.labels
        for number, sentence in enumerate(read):
            people.extend((m.start, m.end, m.actor) for m in person_mentions(own, text, sentence))
            context = read[max(0, number - 2)].start
            pair = (
                sides
                if len(sides) >= 2
                else _recent_pair(source, sentence, context, people, own, gazetteer, pair)
            )
            lead = _lead(source, sentence, lead, last, people, own, gazetteer, pair)
            last = (sentence.start, sentence.end)
            everywhere = reading.topics_of(sentence)
            if everywhere:
                carriers.advance(sentence)
                named_so_far = tuple(people)
                speaker = _labelled(labels, sentence.start)
                parts = reading.clauses_of(sentence)
                for index, clause in enumerate(parts):
                    following = parts[index + 1 : index + 3]
                    _clause_positions(
                        source,
                        _Reading(
                            sentence=sentence,
                            clause=clause,
                            lead=lead,
                            topics=everywhere,
                            complement=_complement(text, following, reading),
                            people=named_so_far,
                            labelled=speaker,
                        ),
                        carriers,
                        own,
                        gazetteer,
                        reading,
                        topics,
                        pair,
                        found,
                    )
    return _sorted(
        Position(
            side=side,
            topic=TopicId(topic),
            stance=stance,
            negated=negated,
            holder=gathered.holder,
            statements=tuple(gathered.statements),
            evidence=tuple(gathered.evidence),
        )
        for (side, topic, stance, negated), gathered in found.items()
    )


_OFFICE_OF = re.compile(
    r"\b(?:Minister|Minster|President|Secretary|Chancellor|King|Emir|Premier|Ambassador"
    r"|Defen[cs]e|Affairs|Chief)\s+of\s+(?:the\s+)?$"
)
"""Before a country's name, an office that names a person of that country."""


def _recent_pair(
    source: Source,
    sentence: Sentence,
    since: int,
    people: Sequence[tuple[int, int, ActorId]],
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    earlier: Sequence[str],
) -> Sequence[str]:
    """With no sides given, the two countries "both sides" or "the leaders" stand for: the
    only two whose people are named (or whose offices: "Prime Minister of Iraq") in the two
    sentences before this one and in this one before "both sides", else the pair found
    before while no one of a third country is named; none when that is not plain."""
    text = source.text
    both = _BOTH.search(text, sentence.start, sentence.end)
    until = sentence.start if both is None else both.start()
    by_people = [
        country
        for start, _, actor in people
        if since <= start < until and (country := _country_of(knowledge, actor)) is not None
    ]
    by_name = [
        place.country
        for place in gazetteer.find(source.id, text, since, until)
        if place.kind == "country"
        and place.country is not None
        and _OFFICE_OF.search(text, max(0, place.evidence.start - 40), place.evidence.start)
    ]
    for named in ([*by_people, *by_name], by_people):
        countries = tuple(dict.fromkeys(named))
        if len(countries) == 2:
            return countries
    # the pair found earlier holds until someone of a third country is named
    return earlier if set(by_people) <= set(earlier) else ()


def _sorted(positions: Iterable[Position]) -> tuple[Position, ...]:
    return tuple(sorted(positions, key=lambda p: (p.topic, p.side, p.stance.value, p.negated)))


@frozen(kw_only=True)
class _Reading:
    """One clause of a sentence, with the sentence's lead subject and the topics it names."""

    sentence: Sentence
    clause: tuple[int, int]
    lead: _Lead | None
    topics: Sequence[str]
    people: Sequence[tuple[int, int, ActorId]] = ()
    """The people named so far in the source (start, end, actor)."""
    labelled: ActorId | None = None
    """In a transcript, the speaker whose label ("SECRETARY BLINKEN:") this sentence follows."""
    complement: tuple[int, int] | None = None
    """The "that" or "which" clause after this one when it has no cue of its own: the
    object of this clause's last cue ("both sides agreed | that they want to stop the
    spiral", "they discussed areas in | which ..., including Afghanistan")."""


_COPULA = re.compile(r"\b(?:was|were|is|are)\b", re.I)
"""After a cue and a topic, a copula ends the cue's object: the phrase was a subject ("the
need to stabilise the relationship was at the centre of the talks, as well as Taiwan")."""
_RELATIVE = re.compile(r"\W*(?:which|that)\b", re.I)
_NO_ANTECEDENT = re.compile(r"(?:\b(?:no|never|not|cannot)\b|n['’]t\b)[^,;:.!?\"“”]{0,50}$", re.I)
"""Before a relative clause, a negated antecedent ("no scenario in which ...", "I cannot
imagine a condition under which ...") that negates the stance inside it."""
_LIST_BREAK = re.compile(r"[:—–]\s*$|\s-\s+$")
"""Before a clause, a colon or dash that opens what the cue before names ("exchanged
opinions on the most relevant issues – first and foremost Venezuela, ...")."""
_FINITE = re.compile(r"\b(?:have|has|had|was|were|is|are|will|would|can|could|did|does|do)\b", re.I)
"""A word of a finite verb: after a dash, a clause with one says something new."""
_THAT = re.compile(r"\s*(?:that|(?:in\s+)?which)\b", re.I)


def _complement(
    text: str, following: Sequence[tuple[int, int]], reading: PositionReading
) -> tuple[int, int] | None:
    """The "that"/"which" clauses (or a list after a colon or dash) right after a clause, up
    to two, with no cue of their own, as one span ("rejected | that explanation, telling
    reporters | that ... decoupling")."""
    reach: tuple[int, int] | None = None
    for clause in following:
        listed = _LIST_BREAK.search(text, max(0, clause[0] - 3), clause[0]) is not None
        if listed and _FINITE.search(text, clause[0], clause[1]):
            break  # "... for meetings — the countries' ties have grown": a new statement
        if _THAT.match(text, clause[0]) is None and not listed:
            break
        if any(not cue.noun for cue in reading.cues(clause)):
            break
        reach = (clause[0] if reach is None else reach[0], clause[1])
    return reach


_LATER_CLAUSE = re.compile(r"\W*(?:(?:but|and|while)\s+)?")
"""The start of a later clause whose verb has the sentence's subject ("..., but also welcomed")."""


def _first_person(
    text: str,
    clause: tuple[int, int],
    cue: _Cue,
    reading: _Reading,
    knowledge: KnowledgeBase,
    sides: Sequence[str],
) -> list[_Holder]:
    """In a transcript, "I"/"we" right before a cue is the labelled speaker; "we discussed" or
    "we agreed" of one of the two sides' principals is both sides'."""
    speaker = reading.labelled
    country = None if speaker is None else _country_of(knowledge, speaker)
    if speaker is None or country is None:
        return []
    first = _FIRST_PERSON.search(text, max(clause[0], cue.start - 60), cue.start)
    if first is None:
        return []
    if (
        text[first.start()] in "Ww"
        and cue.stance in _JOINT
        and len(sides) >= 2
        and country in sides[:2]
    ):
        return [
            _Holder(side=country, actor=speaker)
            if side == country
            else _principal(side, reading.people, knowledge)
            for side in sides[:2]
        ]
    return [_Holder(side=country, actor=speaker)]


def _inherits_lead(text: str, reading: _Reading, at: int) -> bool:
    """Whether the cue at ``at`` is the verb of the sentence's lead subject: right after it
    ("They also welcomed"), or opening a later clause with no subject of its own."""
    lead, clause = reading.lead, reading.clause
    if lead is None:
        return False
    if clause[0] <= lead.end <= at:
        return _LEAD_GAP.fullmatch(text, lead.end, at) is not None
    if lead.end < clause[0]:
        later = _LATER_CLAUSE.match(text, clause[0], at)
        return later is not None and _LEAD_GAP.fullmatch(text, later.end(), at) is not None
    return False


def _named_topics(
    text: str, start: int, end: int, candidates: Sequence[str], topics: Topics
) -> list[str]:
    """The topics named in ``text[start:end]``; a word inside a longer word of another topic
    ("relationship" in "defense relationship"), right after one as a term's head ("trade
    relations") or qualifying one ("Russia's Arctic Council", "relations with Russia") does
    not count."""
    matches = [
        (m.start(), m.end(), topic)
        for topic in candidates
        for m in topics.patterns[topic].finditer(text, start, end)
    ]
    kept = {
        topic
        for a, b, topic in matches
        if not any(
            other != topic
            and (
                (c <= a and b <= d and d - c > b - a)
                or (b < c and _QUALIFIER.fullmatch(text, b, c) is not None)
                or (d < a and _QUALIFIED.fullmatch(text, d, a) is not None)
                or (d < a and _COMPOUND.fullmatch(text, d, a) is not None)
            )
            for c, d, other in matches
        )
    }
    return [topic for topic in candidates if topic in kept]


def _clause_positions(
    source: Source,
    reading: _Reading,
    carriers: _Carriers,
    knowledge: KnowledgeBase,
    gazetteer: Gazetteer,
    read: PositionReading,
    topics: Topics,
    sides: Sequence[str],
    found: dict[_Key, _Gathered],
) -> None:
    """The positions of one clause: each cue states a stance on the topics named after it,
    up to the next cue ("welcomed X and committed to Y")."""
    text = source.text
    clause, sentence = reading.clause, reading.sentence
    cues: Sequence[_Cue] = read.cues(clause)
    if _RELATIVE.match(text, clause[0]) and _NO_ANTECEDENT.search(
        text, max(sentence.start, clause[0] - 40), clause[0]
    ):
        # "there is no scenario in | which the United States would accept ...": negated
        cues = [evolve(cue, negated=True) for cue in cues]
    complement = reading.complement
    reach = clause[1] if complement is None else complement[1]
    evidence = source.span(clause[0], clause[1])
    carried = carriers.carried(sentence)
    earlier: list[_Holder] = []
    verbs = [index for index, cue in enumerate(cues) if not cue.noun]
    for index in verbs:
        cue = cues[index]
        first = index == verbs[0]
        scope = cues[index + 1].start if index + 1 < len(cues) else reach
        copula = _COPULA.search(text, cue.end, scope)
        if copula is not None and _named_topics(
            text, cue.start, copula.start(), reading.topics, topics
        ):
            scope = copula.start()  # "the need to stabilise X | was at the centre of ..."
        if first:
            window = clause[0]
            lead = reading.lead
            inherited = (
                list(lead.holders) if lead and _inherits_lead(text, reading, cue.start) else []
            )
        else:
            window, inherited = cues[index - 1].end, earlier
        carrier = carriers.carrier(cue.start)
        quoted = carrier is not None and carrier[1] is StatementKind.DIRECT
        if first and inherited and not quoted:
            holders = inherited  # the sentence's subject, right before its verb
        else:
            holders = _holders(
                source,
                sentence,
                clause,
                window,
                cue.start,
                carriers,
                knowledge,
                gazetteer,
                sides,
                inherited,
                reading.people,
            )
        if not holders and reading.labelled is not None:
            holders = _first_person(text, clause, cue, reading, knowledge, sides)
        earlier = holders
        owner = _owner(source, sentence, cue.start, knowledge, gazetteer, sides)
        if owner is not None:
            holders = [owner]  # the noun's possessor; the clause's subject stays for later verbs
        named = _named_topics(text, cue.start, scope, reading.topics, topics)
        stated = evidence
        if complement is not None and scope > clause[1]:
            stated = source.span(clause[0], complement[1])  # the cue and its "that" clause
        for holder in holders:
            for topic in named:
                key = (holder.side, topic, cue.stance, cue.negated)
                known = found.get(key)
                if known is None:
                    found[key] = _Gathered(
                        holder=holder.actor,
                        statements=dict.fromkeys(carried),
                        evidence={stated: None},
                    )
                    continue
                known.holder = known.holder or holder.actor
                known.statements.update(dict.fromkeys(carried))
                known.evidence.setdefault(stated, None)


class Agreement:
    """How two sides' positions on a topic relate (string constants, for JSON and tables)."""

    AGREE = "agree"
    DISAGREE = "disagree"
    MIXED = "mixed"
    ONE_SIDED = "one-sided"


@frozen(kw_only=True)
class TopicSides:
    """One topic with each side's positions next to each other.

    .. versionadded:: 0.1.0
    """

    topic: TopicId
    sides: tuple[tuple[str, tuple[Position, ...]], ...]
    agreement: str
    """One of :class:`Agreement`'s values."""


def _lean(positions: Sequence[Position]) -> int:
    """+1 when a side's positions lean towards support, -1 towards objection, 0 when split."""
    score = 0
    for position in positions:
        positive = position.stance in _POSITIVE and not position.negated
        negative = position.stance in _NEGATIVE or (
            position.stance in _POSITIVE and position.negated
        )
        score += max(1, len(position.evidence)) * (int(positive) - int(negative))
    return (score > 0) - (score < 0)


def compare_positions(
    positions: Iterable[Position], sides: Sequence[str] = ()
) -> tuple[TopicSides, ...]:
    """The positions topic by topic, each side's next to the other's, with a verdict.

    Two sides agree on a topic when both lean towards support, commitment or agreement;
    they disagree when one leans towards it and the other away, or both object (to each
    other, as in "concerned about" vs "rejects"); a side with no lean makes the topic mixed.

    .. versionadded:: 0.1.0
    """
    by_topic: dict[TopicId, dict[str, list[Position]]] = {}
    for position in positions:
        by_topic.setdefault(position.topic, {}).setdefault(position.side, []).append(position)
    compared: list[TopicSides] = []
    for topic, per_side in sorted(by_topic.items()):
        wanted = [side for side in sides if side in per_side] if sides else sorted(per_side)
        if len(wanted) < 2:
            agreement = Agreement.ONE_SIDED
        else:
            leans = [_lean(per_side[side]) for side in wanted[:2]]
            if 0 in leans:
                agreement = Agreement.MIXED
            elif leans[0] > 0 and leans[1] > 0:
                agreement = Agreement.AGREE
            else:
                agreement = Agreement.DISAGREE
        compared.append(
            TopicSides(
                topic=topic,
                sides=tuple((side, tuple(per_side[side])) for side in (wanted or sorted(per_side))),
                agreement=agreement,
            )
        )
    return tuple(compared)
