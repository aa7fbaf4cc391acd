"""Who holds a stance: a clause's subject before its cue, and the report that carries it."""

from __future__ import annotations

from collections.abc import Sequence

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.model import Source, Statement, StatementKind
from diplomatic_events.parsing._events import is_object
from diplomatic_events.parsing._meetings import Sentence, person_mentions
from diplomatic_events.parsing._positions._sides import (
    _both_holders,
    _coordinated,
    _country_of,
    _Holder,
    _institutions,
    _one_per_side,
    _subject_length,
    _tagline,
)
from diplomatic_events.parsing._positions._words import (
    _BOTH,
    _COORDINATED,
    _HYPHENS,
    _LEAD_GAP,
    _NOT_SUBJECT,
    _OTHER_SUBJECT,
    _POSSESSIVE,
    _PREPOSITION_THE,
    _THEY_BEFORE,
    _VISITED,
)
from diplomatic_events.typing import ActorId, SourceId, StatementId


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
