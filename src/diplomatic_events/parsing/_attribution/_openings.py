"""The subject read where a sentence opens, and the words between a name and its cue.

The person who opens a sentence as a verb's subject, an epithet for the person named last,
the possessor of a speech noun, the person a document reports, the subject of a clause that
ends in a colon or of a headline; and whether the words between a cue and a name are only a
title or a description. The first layer of the subject search; ``_subjects`` adds the
subject of a clause before a cue and of a sentence on top of it.
"""

from __future__ import annotations

import re

from diplomatic_events.knowledge._actors import LOWER, TITLE_WORD
from diplomatic_events.model import ActorKind
from diplomatic_events.parsing._attribution._resolve import _Resolver
from diplomatic_events.parsing._attribution._state import Attribution
from diplomatic_events.parsing._attribution._words import _DOCUMENT, _SPEECH_NOUN, _UNNAMED
from diplomatic_events.parsing._quotes import MarkPair

_LOWER_NEXT = re.compile(r"[ \u00a0]*[a-z]")
"""A small letter next, after any spaces."""
_VERB_AFTER = re.compile(rf"[ \u00a0]+{LOWER}+(?:ed|s)\b")
"""A verb after a name: "Lula said", "Lula told"."""
_EPITHET = re.compile(
    rf"[\s•*\-–—]*[Tt]he[ \u00a0]+(?:{LOWER}[\w-]*[ \u00a0]+)?{LOWER}[\w-]*[ \u00a0]+"
)
"""A definite description opening a sentence: "The former metalworker"."""
_TITLES_ONLY = re.compile(rf"[\s•*\-–—]*(?:{TITLE_WORD}[ \u00a0]+){{1,5}}")
"""Capitalised words alone, as a title before a name ("Secretary ", "U.S. Army Gen. ")."""


_TITLE_GLUE = frozenset({"of", "the", "for", "and"})
"""Small words inside a title ("Chief of the Army Staff")."""
_LONG_TITLE_WORDS = 14
"""The most words a title between a cue and its speaker's name may have."""


_GAP_WORDS = re.compile(r"[\w’'.-]+")
_CLAUSE_MARK = re.compile(r"[;:.!?\"“”]")
_ACCORDING_TO = re.compile(r"(?i)(?<![\w-])according[ \u00a0]+to(?![\w-])")
_COLON_END = re.compile(r":[ \u00a0]*$")
_BULLET_LEAD = re.compile(r"[\s•*\-–—]*")
_OPENING_PHRASE = re.compile(
    rf"[^,;:.!?\"“”\n\x00]{{1,60}},[ \u00a0]+(?:{TITLE_WORD}[ \u00a0]+){{0,5}}"
)
"""A phrase opening a sentence before its subject, closed by a comma ("Following their
meeting, "), with the subject's titles after it."""


class _Openings(_Resolver):
    """Finds the subject where a sentence or headline opens, and what stands before a name."""

    __slots__ = ()

    def _near(self, cue_end: int, start: int) -> bool:
        """Whether the name at ``start`` is the subject of the cue before it: a few words
        between, or a long title ("said Chief of the Indian Army Staff and co-host Gen.
        Manoj Pande"), whose words are capitalised but for a few."""
        gap = self._masked[cue_end:start]
        if "\x00" in gap:
            return False
        words = _GAP_WORDS.findall(gap)
        if len(words) <= 8:
            return True
        # a service written in lower case is still a title's ("Sri Lanka air force Chief of
        # Staff Air Vice Marshal Sudarshana Pathirana")
        return len(words) <= _LONG_TITLE_WORDS and len(self._untitled_lower(words)) <= 1

    def _untitled_lower(self, words: list[str]) -> list[str]:
        """The words in lower case that are neither a title's small word nor a title word
        ("air force" and "commander" are a title's; "posed" is not)."""
        titles = self.knowledge.cached(
            "vocabulary:title-words", lambda: frozenset(self.knowledge.title_words)
        )
        return [
            w
            for w in words
            if w[:1].islower() and w not in _TITLE_GLUE and w.capitalize() not in titles
        ]

    def _description_only(self, words_before: str) -> bool:
        """Whether the words before a name only describe who the name is ("the commander of
        the Vermont National Guard (Adjutant General of Vermont) Colonel "): capitalised
        words, title words in lower case and small words, no verb's clause."""
        words = _GAP_WORDS.findall(words_before)
        return (
            0 < len(words) <= _LONG_TITLE_WORDS
            and words[0].casefold() == "the"
            and all(w[:1].isalpha() for w in words)
            and not self._untitled_lower(words)
        )

    def _opening_subject(self, start: int, open_at: int) -> Attribution | None:
        """ "Lula thanked him for recognising the result 'within hours'": a partial quote
        with no cue belongs to the person who opens its sentence as the subject of a
        verb, not to whoever was quoted last."""
        first = self._first_candidate(start, open_at)
        if first is None:
            return None
        lead = self._masked[start : first.start]
        if lead.strip(" \u00a0\n•*-–—") and not _OPENING_PHRASE.fullmatch(lead):
            return None  # "Following their meeting, Secretary Kerry thanked ...": still his
        actor = self._actor(first.actor)
        if actor is None or actor.kind is not ActorKind.PERSON or self._possessive_mention(first):
            return None
        if "\x00" in self._masked[first.start : first.end]:
            return None
        if not _VERB_AFTER.match(self._masked[first.end : open_at]):
            return None
        return Attribution(speaker=first.actor, speaker_mention=(first.start, first.end))

    def _epithet_subject(self, start: int, open_at: int, block_index: int) -> Attribution | None:
        """ "Lula ... The former metalworker told the union leaders he felt '...'": a
        definite description no data entry resolves, opening the sentence before its cue,
        is the person the text named last (an epithet for them)."""
        head = self._masked[start:open_at]
        match = _EPITHET.match(head)
        cue = self._cue.match(head, match.end()) if match is not None else None
        if match is None or cue is None:
            return None
        if _UNNAMED.match(head, match.start()) or _DOCUMENT.match(head, match.start()):
            return None
        first = max(0, block_index - 3)
        low = self.blocks[first].start
        for mention in reversed(self._mentions_from(low, start)):
            if mention.start >= start or mention.start < low:
                continue
            if "\x00" in self._masked[mention.start : mention.end]:
                continue
            actor = self._actor(mention.actor)
            if actor is None:
                continue
            if actor.kind is not ActorKind.PERSON:
                return None
            return Attribution(
                speaker=mention.actor,
                cue=(start + cue.start(), start + cue.end()),
                speaker_mention=(start + match.start(), start + match.end()),
            )
        return None

    def _possessor_speech(self, start: int, open_at: int) -> Attribution | None:
        """ "Putin's warning that Nato was "at war"": the words are the possessor's."""
        for mention in reversed(self._mentions_from(start, open_at)):
            if not start <= mention.start < open_at or mention.end > open_at:
                continue
            actor = self._actor(mention.actor)
            if actor is None or not self._possessive_mention(mention):
                continue
            tail = self.text[mention.end : open_at]
            match = _SPEECH_NOUN.match(tail)
            if match is None or _CLAUSE_MARK.search(tail):
                continue
            cue = (mention.end + match.start("noun"), mention.end + match.end("noun"))
            return Attribution(
                speaker=actor.id, cue=cue, speaker_mention=(mention.start, mention.end)
            )
        return None

    def _document_subject(
        self, start: int, close: int, end: int, block_index: int
    ) -> Attribution | None:
        """ "Modi invited Zelensky '...', according to the joint statement": a document
        reports what the person opening the sentence said, not the last person quoted."""
        source = _ACCORDING_TO.search(self._masked[close:end])
        if source is None or _DOCUMENT.match(self._masked, close + source.end() + 1) is None:
            return None
        first = self._first_candidate(start, close)
        if first is None or self._masked[start : first.start].strip(" \u00a0\n•*-–—"):
            return None
        actor = self._actor(first.actor)
        if actor is None or actor.kind is not ActorKind.PERSON or self._possessive_mention(first):
            return None
        cue_start = close + source.start()
        return Attribution(
            speaker=first.actor,
            cue=(cue_start, close + source.end()),
            speaker_mention=(first.start, first.end),
        )

    def _colon_subject(self, start: int, open_at: int, block_index: int) -> Attribution | None:
        """ "Asked about the trip, he shrugged: '...'": a clause that ends in a colon right
        before a quotation introduces it, whatever its verb; its subject spoke."""
        head = self._masked[start:open_at]
        if not _COLON_END.search(head) or "\x00" in head:
            return None
        clause_start = start + max(head.rfind(","), head.rfind("\n")) + 1
        if (
            clause_start > start
            and _LOWER_NEXT.match(self._masked, clause_start)
            and not self._candidates(clause_start, open_at)
        ):
            # "Her neighbour, Ana Lis, a nurse, was less sure: '...'": the clause is a
            # predicate; its subject stands before the appositives.
            return self._subject_of_predicate(start, clause_start, block_index)
        for candidate in self._candidates(clause_start, open_at):
            if candidate.kind not in ("mention", "pronoun", "unnamed"):
                continue
            if candidate.kind == "pronoun" and candidate.text.casefold() in ("it", "they"):
                return None
            if self._possessive(candidate) or self._object_of_preposition(candidate):
                return None
            opening = self._masked[clause_start : candidate.start]
            if (
                opening.strip()
                and not _TITLES_ONLY.fullmatch(opening)
                and not self._description_only(opening)
            ):
                return None
            actor_id = self._resolve(candidate, block_index)
            if actor_id is None:
                return None
            return Attribution(speaker=actor_id, speaker_mention=(candidate.start, candidate.end))
        return None

    def _subject_of_predicate(self, start: int, end: int, block_index: int) -> Attribution | None:
        """The first person or unnamed source named before a bare predicate, in subject place."""
        sentence_start, _ = self._sentence(block_index, end - 1)
        start = max(start, sentence_start)
        for candidate in self._candidates(start, end):
            if candidate.kind not in ("mention", "unnamed"):
                continue
            if self._possessive(candidate) or self._object_of_preposition(candidate):
                continue
            actor = self._actor(candidate.actor) if candidate.kind == "mention" else None
            if candidate.kind == "mention" and (
                actor is None or actor.kind is not ActorKind.PERSON
            ):
                continue
            actor_id = self._resolve(candidate, block_index)
            if actor_id is None:
                return None
            return Attribution(speaker=actor_id, speaker_mention=(candidate.start, candidate.end))
        return None

    def _headline_subject(self, pair: MarkPair) -> Attribution | None:
        """ "Putin hosts Kim, hints at satellite help: '...'": a quotation after a colon in a
        headline belongs to the person the headline opens with."""
        block = self.blocks[pair.block]
        if not _COLON_END.search(self._masked[block.start : pair.open_at]):
            return None
        lead = _BULLET_LEAD.match(self._masked[block.start : pair.open_at])
        subject_start = block.start + (lead.end() if lead else 0)
        first = self._first_candidate(subject_start, pair.open_at)
        if first is None or first.start != subject_start or self._possessive_mention(first):
            return None
        actor = self._actor(first.actor)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        return Attribution(speaker=first.actor, speaker_mention=(first.start, first.end))
