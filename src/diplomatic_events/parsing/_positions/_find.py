"""Positions of a visit's sources: each clause's stance, topics and holder."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.knowledge._topics import Topics
from diplomatic_events.model import Position, Source, Statement, StatementKind
from diplomatic_events.parsing._meetings import Sentence, person_mentions, sentences
from diplomatic_events.parsing._positions._cues import _Cue
from diplomatic_events.parsing._positions._holders import _Carriers, _holders
from diplomatic_events.parsing._positions._lead import _labelled, _lead, _owner
from diplomatic_events.parsing._positions._named import TitledSoFar, _named_since
from diplomatic_events.parsing._positions._reading import (
    PositionReading,
    _Gathered,
    _Key,
    read_positions,
)
from diplomatic_events.parsing._positions._sides import _country_of, _Holder, _Lead, _principal
from diplomatic_events.parsing._positions._words import (
    _BOTH,
    _COMPOUND,
    _FIRST_PERSON,
    _JOINT,
    _LEAD_GAP,
    _QUALIFIED,
    _QUALIFIER,
)
from diplomatic_events.typing import ActorId, SourceId, TopicId


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
        starts: list[int] = []  # their starts, in order (:func:`_named_since`)
        titled = TitledSoFar()  # who holds each title the lead's subjects refer back to
        lead: _Lead | None = None
        last = (0, 0)
        pair: tuple[str, ...] | Sequence[str] = ()
        read = sentences(source)
        labels = reading.labels
        for number, sentence in enumerate(read):
            named = person_mentions(own, text, sentence)
            people.extend((m.start, m.end, m.actor) for m in named)
            starts.extend(m.start for m in named)
            context = read[max(0, number - 2)].start
            pair = (
                sides
                if len(sides) >= 2
                else _recent_pair(
                    source,
                    sentence,
                    context,
                    _named_since(people, starts, context),
                    own,
                    gazetteer,
                    pair,
                )
            )
            lead = _lead(
                source,
                sentence,
                lead,
                last,
                people,
                own,
                gazetteer,
                pair,
                starts=starts,
                titled=titled,
            )
            last = (sentence.start, sentence.end)
            everywhere = reading.topics_of(sentence)
            if everywhere:
                carriers.advance(sentence)
                # the people named so far, as they are while this sentence is read (no
                # copy per sentence: the list grows only when the next sentence is read)
                named_so_far = people
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
