"""Speakers that are not named people: documents, pairs of leaders and unnamed sources."""

from __future__ import annotations

import re

from diplomatic_events.knowledge import Mention, slug
from diplomatic_events.model import Actor, ActorKind
from diplomatic_events.parsing._attribution._state import Attribution, Candidate, _AttributorState
from diplomatic_events.parsing._attribution._words import (
    _DOCUMENT,
    _DOCUMENTS,
    _UNNAMED,
    _UNNAMED_HEAD,
)
from diplomatic_events.typing import ActorId

_NAME_AFTER_TITLE = re.compile(
    r"[ \u00a0]+(?:(?:to|of|for)[ \u00a0]+(?:the[ \u00a0]+)?)?(?-i:[A-Z])", re.IGNORECASE
)
"""What follows an office written in capitals before its holder: a name, or where the office
is ("Ambassador to El Salvador Charles Glazer")."""


def _titles_someone(text: str, start: int, end: int) -> bool:
    """Whether an unnamed-looking phrase is an office before its holder's name ("U.S.
    Ambassador to El Salvador Charles Glazer", "Pentagon Spokesman John Kirby"): its head
    noun capitalised mid-sentence, a name or a place after it. Unnamed sources are written
    in lower case ("a senior defense official")."""
    head = max(text.rfind(" ", start, end), text.rfind("\u00a0", start, end)) + 1
    return (
        head > start
        and text[head : head + 1].isupper()
        and _NAME_AFTER_TITLE.match(text, end) is not None
    )


_PAIR_POSSESSIVE = re.compile(r"(?i)\b(?:leaders|presidents|two[ \u00a0]+men)['’]")
_DESCRIPTION_WORD = re.compile(r"[\w’'.]+")
_DOCUMENT_OF = re.compile(
    rf"(?i)(?:according[ \u00a0]+to|(?:{_DOCUMENTS}|account)[ \u00a0]+"
    rf"(?:\w+[ \u00a0]+){{0,2}}?(?:by|from))[ \u00a0]+(?:the[ \u00a0]+)?$"
)
_DOCUMENT_WORD = re.compile(rf"(?i)(?<![\w-])(?:{_DOCUMENTS}|account)(?![\w-])")
_JOINT_DOCUMENT = re.compile(rf"(?i)\bjoint[ \u00a0]+(?P<noun>{_DOCUMENTS}|declaration)\b")
_PLACE_AFTER = re.compile(r"(?i)[ \u00a0]+in[ \u00a0]+[^,.;]*$")
_SOURCE_NOUN = re.compile(
    r"(official|diplomat|source|spokes\w+|ambassador|advis[eo]r|aide)", re.IGNORECASE
)
_SEAT = re.compile(r"[ \u00a0]+(?:in|from|at)[ \u00a0]+(?:the[ \u00a0]+)?(?P<seat>[A-Z][\w’'-]+)$")
_DETERMINER = re.compile(r"(?i)(a|an|the|one|another|two|three|several|some)\b")
_DEFINITE = re.compile(r"(?i)(the|one|another)\b")


class _Sources(_AttributorState):
    """Documents and their issuers, pairs of leaders, unnamed sources and named bodies."""

    __slots__ = ()

    def _document_author(
        self, candidate: Candidate, block_index: int, *, strict: bool = False
    ) -> ActorId | None:
        """Who issued "the statement": its country's government ("the Chinese statement"),
        the institution said to issue one, the last institution quoted in the entry, and
        unless ``strict`` the last institution named."""
        if _PAIR_POSSESSIVE.search(candidate.text):
            # "the leaders' joint statement": the pair just named.
            return self._pair_first(candidate.start, block_index)
        joint = self._joint_document(candidate, block_index)
        if joint is not None:
            return joint
        words = _DESCRIPTION_WORD.findall(candidate.text)
        for word in words[1:-1]:
            country = self.knowledge.country_of(word)
            if country is not None:
                government = self._government(country)
                if government is not None:
                    return government
        issuer = self._issuer(candidate.start, block_index)
        if issuer is not None:
            return issuer
        scope = self._entry(block_index)
        low = self.blocks[max(0, block_index - 4)].start if strict else 0
        for said in reversed(self._said):
            if low <= said.position < candidate.start and said.entry == scope:
                actor = self._actor(said.actor)
                if actor is not None and actor.kind is ActorKind.INSTITUTION:
                    return said.actor
        if strict:
            return None
        for mention in reversed(self._mentions_before(candidate.start)):
            if mention.start < candidate.start:
                actor = self._actor(mention.actor)
                if actor is not None and actor.kind is ActorKind.INSTITUTION:
                    return mention.actor
        return None

    def _issuer(self, position: int, block_index: int) -> ActorId | None:
        """The institution the text says issued a document: "a statement released by X",
        "according to X", "X has published its account", "X, in a statement, said".

        An institution that is only an object ("members of the UN security council") is
        passed over, however near.
        """
        first = max(0, block_index - 6)
        while first < block_index and not self._same_scope(first, block_index):
            first += 1
        low = self.blocks[first].start
        masked = self._masked
        for mention in reversed(self._mentions_from(low, position)):
            if mention.start >= position or mention.start < low:
                continue
            actor = self._actor(mention.actor)
            if actor is None or actor.kind is not ActorKind.INSTITUTION:
                continue
            if "\x00" in masked[mention.start : mention.end]:
                continue
            head = masked[max(0, mention.start - 60) : mention.start]
            if _DOCUMENT_OF.search(head):
                return mention.actor
            candidate = Candidate(
                start=mention.start, end=mention.end, text=mention.text, kind="mention"
            )
            if self._object_of_preposition(candidate):
                continue
            index = self._block_of(mention.start)
            if index is None:
                continue
            _, sentence_end = self._sentence(index, mention.start)
            if _DOCUMENT_WORD.search(masked[mention.end : sentence_end]):
                return mention.actor
        return None

    def _document_cue(self, cue_start: int, cue_end: int, block_index: int) -> Attribution | None:
        """ "the statement said", "the readout added": the cue names the document itself."""
        match = _DOCUMENT.match(self._masked, cue_start, cue_end)
        if match is None:
            # "said in a statement": the document is not the subject.
            return None
        candidate = Candidate(
            start=match.start("phrase"),
            end=match.end("phrase"),
            text=match.group("phrase"),
            kind="document",
        )
        author = self._document_author(candidate, block_index, strict=True)
        if author is None:
            return None
        return Attribution(
            speaker=author,
            cue=(cue_start, cue_end),
            speaker_mention=(candidate.start, candidate.end),
        )

    def _pair_first(self, position: int, block_index: int) -> ActorId | None:
        """The first named of the two people the text named last before ``position`` (in
        the same entry, outside captions and quotations): "the two leaders", "they"."""
        pair = self._pair(position, block_index)
        return pair[0] if pair else None

    def _joint_document(self, candidate: Candidate, block_index: int) -> ActorId | None:
        """ "a joint statement": the document of the two countries whose people the text
        named last, "Indonesia-China joint statement", in the order first named."""
        noun = _JOINT_DOCUMENT.search(candidate.text)
        if noun is None:
            return None
        countries: list[str] = []
        for actor_id in self._pair(candidate.start, block_index, distinct_countries=True):
            actor = self._actor(actor_id)
            if actor is not None and actor.country is not None:
                countries.append(actor.country)
        if len(countries) != 2:
            return None
        names = []
        for country in countries:
            entry = self.knowledge.countries.get(country)
            names.append(entry.names[0] if entry is not None and entry.names else country)
        name = f"{names[0]}-{names[1]} joint {noun.group('noun').casefold()}"
        actor_id = slug(name)
        if actor_id not in self.created and self.knowledge.actor(actor_id) is None:
            self.created[actor_id] = Actor(
                id=actor_id, name=name, kind=ActorKind.INSTITUTION, discovered=True
            )
        return actor_id

    def _pair(
        self, position: int, block_index: int, *, distinct_countries: bool = False
    ) -> list[ActorId]:
        """The two people the text named last before ``position``, in the order the text
        first names them (with ``distinct_countries``, two of different countries)."""
        pair: list[Mention] = []
        for mention, actor in self._people_before(position, block_index, captions=False):
            if any(m.actor == mention.actor for m in pair):
                continue
            if distinct_countries and (
                actor.country is None
                or any(
                    (other := self._actor(p.actor)) is not None and other.country == actor.country
                    for p in pair
                )
            ):
                continue
            pair.append(mention)
            if len(pair) == 2:
                break
        if len(pair) < 2:
            return []
        first = {
            m.actor: m.start for m in reversed(self.mentions) if m.actor in {p.actor for p in pair}
        }
        return sorted(first, key=lambda actor_id: first[actor_id])

    def _unnamed(self, candidate: Candidate, block_index: int) -> ActorId | None:
        inside = [
            m
            for m in self._mentions_from(candidate.start, candidate.end)
            if candidate.start <= m.start and m.end <= candidate.end
        ]
        institution = next(
            (
                actor
                for m in inside
                if (actor := self._actor(m.actor)) is not None
                and actor.kind is ActorKind.INSTITUTION
            ),
            None,
        )
        people = [
            m
            for m in inside
            if (actor := self._actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
        ]
        patron = next((m for m in people if self._possessive(m)), None)
        if people and patron is None:
            return None
        country = None
        if patron is not None:
            # "Macron's advisers": unnamed, affiliated with the person's country.
            actor = self._actor(patron.actor)
            country = actor.country if actor is not None else None
        # "diplomats in Beijing" are placed there, not from there.
        affiliation = _PLACE_AFTER.sub("", candidate.text)
        country = country or self._country_in(affiliation)
        noun = _SOURCE_NOUN.search(candidate.text)
        role = noun.group(1).casefold() if noun else "official"
        # "sources in Moncloa", "officials in the Kremlin": a seat of power that is no city
        # the gazetteer knows is the affiliation itself.
        seat = _SEAT.search(candidate.text)
        if (
            institution is None
            and patron is None
            and seat is not None
            and self.knowledge.places.city(seat.group("seat")) is None
            and self.knowledge.places.country_code(seat.group("seat")) is None
        ):
            name = f"unnamed {seat.group('seat')} {role}"
            country = self.knowledge.country_of(seat.group("seat"))
        elif institution is not None:
            name = f"unnamed {institution.name} {role}"
            country = institution.country
        elif country is not None:
            name = f"unnamed {self._adjective(country)} {role}"
        else:
            bare = not _DETERMINER.match(candidate.text)
            plural = noun is not None and candidate.text[noun.end() : noun.end() + 1] in "sS"
            if _DEFINITE.match(candidate.text) or (bare and not plural):
                previous = self._last_unnamed(candidate.start, block_index)
                if previous is not None:
                    return previous
            name = f"unnamed {role}"
        actor_id = slug(name)
        if actor_id not in self.created and self.knowledge.actor(actor_id) is None:
            self.created[actor_id] = Actor(
                id=actor_id, name=name, kind=ActorKind.UNNAMED, country=country, discovered=True
            )
        return actor_id

    def _named_body(self, candidate: Candidate, block_index: int) -> ActorId | None:
        """ "the department": the latest institution named in scope whose name has that noun."""
        noun = candidate.text.split()[-1].casefold()
        first_block = max(0, block_index - 4)
        while first_block < block_index and not self._same_scope(first_block, block_index):
            first_block += 1
        window_start = self.blocks[first_block].start
        for mention in reversed(self._mentions_from(window_start, candidate.start)):
            if not window_start <= mention.start < candidate.start:
                continue
            actor = self._actor(mention.actor)
            if actor is None or actor.kind is not ActorKind.INSTITUTION:
                continue
            names = (actor.name, *actor.aliases, mention.text)
            if any(noun in name.casefold().split() for name in names):
                return actor.id
        return None

    def _last_unnamed(self, position: int, block_index: int) -> ActorId | None:
        """ "the official": the latest official the text described by affiliation."""
        first_block = max(0, block_index - 4)
        while first_block < block_index and not self._same_scope(first_block, block_index):
            first_block += 1
        window_start = self.blocks[first_block].start
        # Most windows hold no head noun ("officials", "aides"): no phrase to look for.
        head = _UNNAMED_HEAD.search(self._masked, window_start, position)
        phrases = [
            match
            for match in _UNNAMED.finditer(
                self._masked, window_start if head else position, position
            )
            if "\x00" not in match.group("phrase")
            and not _titles_someone(self.text, match.start("phrase"), match.end("phrase"))
        ]
        for match in reversed(phrases):
            candidate = Candidate(
                start=match.start("phrase"),
                end=match.end("phrase"),
                text=self.text[match.start("phrase") : match.end("phrase")],
                kind="unnamed",
            )
            if self._affiliated(candidate):
                return self._unnamed(candidate, block_index)
        for said in reversed(self._said):
            actor = self._actor(said.actor)
            if said.position < position and actor is not None and actor.kind is ActorKind.UNNAMED:
                return said.actor
        return None

    def _affiliated(self, candidate: Candidate) -> bool:
        if any(
            candidate.start <= m.start
            and m.end <= candidate.end
            and (a := self._actor(m.actor)) is not None
            and (
                a.kind is ActorKind.INSTITUTION
                or (a.kind is ActorKind.PERSON and self._possessive_mention(m))
            )
            for m in self._mentions_from(candidate.start, candidate.end)
        ):
            return True
        return self._country_in(candidate.text) is not None
