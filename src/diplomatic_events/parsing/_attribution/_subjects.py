"""The subject of a clause or a sentence, on top of the subjects where a sentence opens."""

from __future__ import annotations

import functools
import re

from diplomatic_events.knowledge._grammar import grammar, phrase_pattern
from diplomatic_events.model import BlockKind
from diplomatic_events.parsing._attribution._openings import _TITLES_ONLY, _Openings
from diplomatic_events.parsing._attribution._state import Attribution, Candidate
from diplomatic_events.parsing._attribution._text_scans import ending_at, only
from diplomatic_events.parsing._attribution._words import (
    _MODIFYING,
    _RELATIVE,
    _SPEAKING,
    _TIME_WORDS,
)
from diplomatic_events.parsing._datelines import past_datelines
from diplomatic_events.parsing._quotes import MarkPair
from diplomatic_events.typing import ActorId

_WHO_AFTER = re.compile(r"^\s*,\s*who\b(?=[^,]*$)")
_COMMA = re.compile(r"\s*,\s*")
_COMMA_BEFORE = re.compile(r",\s*$")
_BETWEEN_COMMAS = re.compile(r"^\s*,[^,]*,")
_GAP_WORD = re.compile(r"[\w’'.-]+")
_QUOTATION_BETWEEN = re.compile(r"[\"“”‘]|(?<!\w)’|’(?!\w)")
"""The gap between a subject and its cue: a relative "who", commas around a name or an
aside, its words, and a quotation mark (not an apostrophe) that cuts them apart."""


_LAST_WORD = re.compile(r"([\w’'.-]+)?[\s•*\-–—]*$")
"""The last word before a place, and the spaces and bullets after it."""


_CONJUNCTION_GAP = re.compile(r"[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+")
_INTRODUCTION = re.compile(r"[\s•*\-–—]*(?:[^,]{0,80},\s+)?")
_COMMA_END = re.compile(r"[\w’'”\"],[ \u00a0]*$")


class _Subjects(_Openings):
    """Finds who a clause or sentence is about, as the speaker of a quotation."""

    __slots__ = ()

    def _reporter_before(
        self, start: int, before: int, cues: list[re.Match[str]], block_index: int
    ) -> Attribution | None:
        """A person who is the subject of an earlier cue of the same sentence."""
        for cue in reversed([c for c in cues if c.end() <= before]):
            cue_start, cue_end = start + cue.start(), start + cue.end()
            subject = self._subject_before(start, cue_start, block_index)
            if subject is not None and subject[0].kind in ("mention", "pronoun", "unnamed"):
                return self._made(subject, cue_start, cue_end)
        return None

    def _subject_before(
        self, start: int, cue_start: int, block_index: int
    ) -> tuple[Candidate, ActorId] | None:
        candidates = self._without_affiliations(
            [c for c in self._candidates(start, cue_start) if c.end <= cue_start]
        )
        participle = self._masked[cue_start : cue_start + 30].split(" ")[0].endswith("ing")
        unnamed = [c for c in candidates if c.kind == "unnamed"]
        for candidate in candidates:
            # The subject of a relative clause's head, not a name inside the clause.
            if candidate.kind not in ("mention", "unnamed") or self._possessive(candidate):
                continue
            if (
                candidate.kind == "mention"
                and "\x00" in self._masked[candidate.start : candidate.end]
            ):
                continue
            if not _RELATIVE.fullmatch(self._masked, candidate.end, cue_start):
                continue
            if self._object_of_preposition(candidate):
                continue
            actor_id = self._resolve(candidate, block_index)
            if actor_id is not None:
                return candidate, actor_id
        for candidate in reversed(candidates):
            if self._object_of_preposition(candidate, absolute=participle):
                continue
            if any(
                _MODIFYING.fullmatch(self._masked[u.end : candidate.start])
                for u in unnamed
                if u.end <= candidate.start
            ):
                # "An official accompanying Blinken said": Blinken is in the description.
                continue
            gap = self._masked[candidate.end : cue_start]
            if candidate.kind == "unnamed":
                # "A German official travelling with the chancellor, who ..., said".
                gap = _MODIFYING.sub("", gap, count=1)
            # "Mishustin, who told him": the relative pronoun is the name before it.
            gap = _WHO_AFTER.sub(" ", gap)
            appositive = (
                candidate.kind == "mention"
                and _COMMA.fullmatch(gap) is not None
                and _COMMA_BEFORE.search(
                    self._masked[max(0, candidate.start - 3) : candidate.start]
                )
                is not None
            )
            if appositive:
                # "A ministry spokesperson, Wang Wenbin, said": the name between commas.
                gap = " "
            gap = _BETWEEN_COMMAS.sub(" ", gap)
            gap = _TIME_WORDS.sub(" ", gap)
            words = _GAP_WORD.findall(gap)
            if len(words) > 3 or any(w.casefold() in grammar().prepositions for w in words):
                continue
            if "," in gap or "\x00" in gap or self._possessive(candidate):
                continue
            # A quotation between the name and its cue cuts them apart; an apostrophe
            # ("the Review’s correspondent") does not.
            if _QUOTATION_BETWEEN.search(self.text[candidate.end : cue_start]):
                continue
            candidate = self._first_conjunct(candidates, candidate)
            actor_id = self._resolve(candidate, block_index)
            if actor_id is not None:
                return candidate, actor_id
        return None

    def _first_conjunct(self, candidates: list[Candidate], candidate: Candidate) -> Candidate:
        """ "Albanese, Xi hail ...", "he and Xi had agreed": a subject of several people
        is led by the first of them."""
        if not self._is_person_or_pronoun(candidate):
            return candidate
        first = candidate
        for other in reversed([c for c in candidates if c.end <= first.start]):
            if other.end > first.start:
                continue
            if not _CONJUNCTION_GAP.fullmatch(self._masked[other.end : first.start]):
                break
            if not self._is_person_or_pronoun(other) or self._possessive(other):
                break
            first = other
        if first is candidate:
            return candidate
        word = ending_at(_LAST_WORD, self._masked, first.start).group(1)
        if word is not None and word.casefold() in grammar().prepositions:
            # "goodbye to Tom Roe, Zhang Wei said": the first name is an object.
            return candidate
        between = self._masked[first.end : candidate.start]
        if "and" not in between:
            # A bare comma joins subjects only at the head of a sentence ("Albanese, Xi hail").
            sentence_start, _ = self._sentence(self._block_of(first.start) or 0, first.start)
            if self._masked[sentence_start : first.start].strip(" \n•*-–—"):
                return candidate
        return first

    def _sentence_subject(
        self, start: int, cue_start: int, block_index: int, *, cue: bool = True
    ) -> tuple[Candidate, ActorId] | None:
        """The subject of the sentence ending at ``cue_start``: the one named right before a
        verb of saying there (``cue``), else the one opening the sentence."""
        sentence_start, _ = self._sentence(block_index, cue_start)
        region_start = max(start, sentence_start)
        # "WASHINGTON – U.S. Sen. Mark R. Warner (D-VA), Chairman of ..., released": the
        # sentence opens after the place it was filed from
        region_start = self._past_dateline(region_start, cue_start)
        head = self._masked[region_start:cue_start]
        intro = _INTRODUCTION.match(head)
        offset = region_start + (intro.end() if intro else 0)
        candidates = [
            c
            for c in self._without_affiliations(self._candidates(region_start, cue_start))
            if c.kind != "country"
        ]
        adjacent = next(
            (
                c
                for c in reversed(candidates)
                if not self._masked[c.end : cue_start].strip(" \u00a0\n")
                and (c.kind == "unnamed" or (c.kind == "mention" and self._is_person_or_pronoun(c)))
                and not self._possessive(c)
                # "A spokesperson for the Prime Minister said": an object, not the subject
                and not self._object_of_preposition(c)
            ),
            None,
        )
        if cue and adjacent is not None and adjacent is not candidates[0]:
            # "Following the meeting with the Prime Minister of Canada Mark Carney in Downing
            # Street a Downing Street spokesperson said:": the one right before the verb
            actor_id = self._resolve(adjacent, block_index)
            if actor_id is not None:
                return adjacent, actor_id
        for candidate in candidates:
            if (
                candidate.start < offset
                and candidate.start != region_start
                and not _TITLES_ONLY.fullmatch(self._masked, region_start, candidate.start)
            ):
                # "On Monday, X ..." opens with a phrase of its own; "Secretary Marco Rubio
                # welcomed the decision, calling it" does not: a title opens the name
                continue
            if candidate.kind == "unnamed" and self._masked[region_start : candidate.start].strip(
                " \u00a0\n.,;:!?\"”’'\x00•*-–—"
            ):
                # "The Commission's spokesperson limited herself to ..., saying": only an
                # unnamed source that opens the sentence is its subject.
                continue
            if self._possessive(candidate):
                continue
            if candidate.kind == "pronoun" and candidate.text.casefold() == "they":
                joint = self._joint_subject(block_index, sentence_start)
                if joint is not None:
                    return joint
                continue
            if candidate.kind == "pronoun" and candidate.text.casefold() == "it":
                continue
            actor_id = self._resolve(candidate, block_index)
            if actor_id is not None:
                return candidate, actor_id
            break
        return None

    def _joint_subject(
        self, block_index: int, sentence_start: int
    ) -> tuple[Candidate, ActorId] | None:
        """ "Senators A (D-VT) and B (D-OR) met this week with C. They released the following
        statement:": "they" are the two people the sentence before opens with, and a joint
        statement is its first-named signer's. Only for words put out ("released the
        following statement"): "They also discussed ..., Cook said" reports the two."""
        if sentence_start <= self.blocks[block_index].start:
            return None
        _, sentence_end = self._sentence(block_index, sentence_start)
        if _gave_words().search(self._masked, sentence_start, sentence_end) is None:
            return None
        start, end = self._sentence(block_index, sentence_start - 1)
        people = [
            c
            for c in self._candidates(start, end)
            if c.kind == "mention" and self._is_person_or_pronoun(c)
        ]
        if (
            len(people) < 2
            or _JOINED.fullmatch(self._masked, people[0].end, people[1].start) is None
        ):
            return None
        if self._masked[start : people[0].start].count(" ") > _SUBJECT_OPENING_WORDS:
            return None  # not the sentence's subject: "On Monday, at the ..., A and B"
        actor_id = self._resolve(people[0], block_index)
        return None if actor_id is None else (people[0], actor_id)

    def _opening_person(self, start: int, candidate: Candidate) -> bool:
        """Whether ``candidate`` is a person named by name who opens the sentence from
        ``start`` (after its dateline and a few words: "WASHINGTON – U.S. Senator Jim
        Risch")."""
        head = self._masked[self._past_dateline(start, candidate.start) : candidate.start]
        return (
            candidate.kind == "mention"
            and self._is_person_or_pronoun(candidate)
            and len(head.split()) <= _SUBJECT_OPENING_WORDS
        )

    def _past_dateline(self, start: int, end: int) -> int:
        """Where a sentence from ``start`` opens after the place it was filed from, if it
        opens with one before ``end`` ("WASHINGTON – ", "Dec. 10 - "), else ``start``."""
        return past_datelines(self._masked, start, end)

    def _owner_of_words(
        self, start: int, end: int, block_index: int
    ) -> tuple[Candidate, ActorId] | None:
        """The person named right before "'s remarks" (or another noun of what was said) in
        ``[start, end)``, if any."""
        own = _own_words().search(self._masked, start, end)
        if own is None:
            return None
        for candidate in self._candidates(start, own.start()):
            if candidate.kind == "mention" and candidate.end == own.start():
                actor_id = self._resolve(candidate, block_index)
                if actor_id is not None:
                    return candidate, actor_id
        return None

    def _introduced_before(self, pair: MarkPair, block_index: int) -> Attribution | None:
        """A paragraph that is only a quotation, after a paragraph whose last sentence has a
        speaker speak ("Secretary Carter spoke at a news conference afterwards.", "The
        president spoke to reporters on Wednesday."): that sentence's subject said it."""
        block = self.blocks[block_index]
        if not only(self._masked, block.start, pair.open_at, " \u00a0\t•*-–—"):
            # inside a paragraph, a quotation that opens a sentence after one whose subject
            # speaks ("This is U.S. Defense Secretary Jim Mattis responding to the report.
            # "We're very much aware ...")
            sentence_start, _ = self._sentence(block_index, pair.open_at)
            if sentence_start <= block.start or self._masked[sentence_start : pair.open_at].strip():
                return None
            where, start, end = block_index, *self._sentence(block_index, sentence_start - 1)
        else:
            if block_index == 0:
                return None
            # lines the reader set aside between ("(REUTERS VIDEO: https://...)") part nothing
            where = block_index - 1
            while where > 0 and self.blocks[where].kind is BlockKind.BOILERPLATE:
                where -= 1
            previous = self.blocks[where]
            if previous.kind not in (BlockKind.BODY, BlockKind.SUMMARY) or not self._same_scope(
                where, block_index
            ):
                return None
            start, end = self._sentence(where, previous.end - 1)
        words = self._masked[start:end]
        verb = _SPEAKING.search(words) or self._cue.search(words)
        gave = _gave_words().search(words) if verb is None else None
        if verb is None and gave is None and where != block_index:
            # "Nancy Pelosi issued the following statement on the first official delegation
            # ... . After arriving in Havana, the delegation met ...": "the following" points
            # past the rest of its paragraph to the quotation after it
            previous = self.blocks[where]
            following = _following_words().search(self._masked, previous.start, start)
            if following is not None:
                start, end = self._sentence(where, following.start())
                words = self._masked[start:end]
                gave = _gave_words().search(words)
        # "After the visit, Kurilla issued this statement:": a paragraph that ends in a
        # colon introduces the quotation after it, whatever its verb
        opens = where != block_index and words.rstrip().endswith(":")
        # "WASHINGTON – Senator A today met with King B in the Capitol." and then a paragraph
        # that is only a quotation: a release's lead, told of its subject, introduces it
        lead = where != block_index and where == self._first_body
        if "\x00" in words or (verb is None and gave is None and not opens and not lead):
            return None
        # "Ed Royce released the following statement after meeting with Prime Minister
        # al-Abadi:": the subject before the verb that put the words out
        told = verb or gave
        # ("Senator A today met with President B:": with no such verb, the colon ends the
        # sentence, and the one named right before it is no subject of a verb there)
        found = self._sentence_subject(
            start,
            start + (told.start() if told is not None else len(words.rstrip()) - 1),
            where,
            cue=told is not None,
        )
        if found is None and verb is not None and _COMMA_END.search(words[: verb.start()]):
            # "The MOU will solidify ..., said Maj. Gen. David Mikolaities, New Hampshire's
            # adjutant general.": the one named right after the cue
            after = self._best_in(start + verb.end(), end, where, first=True)
            if (
                after is not None
                and after[0].kind == "mention"
                and self._near(start + verb.end(), after[0].start)
            ):
                found = after
        if found is None and opens:
            # "Following are Speaker Boehner's remarks during the luncheon, as prepared for
            # delivery:": the possessor of the words the colon introduces said them
            found = self._owner_of_words(start, end, where)
        if found is None or (
            where == block_index
            and (found[0].kind != "mention" or found[0].text.casefold().startswith("the "))
        ):
            return None  # inside a paragraph, only a subject named by name
        if (
            lead
            and verb is None
            and gave is None
            and not opens
            and not self._opening_person(start, found[0])
        ):
            return None  # "The CODEL was focused on ... the Chinese Communist Party (CCP)."
        candidate, actor_id = found
        return Attribution(
            speaker=actor_id, speaker_mention=(candidate.start, candidate.end), inferred=True
        )


_JOINED = re.compile(
    r"(?:[ \u00a0]*\([^()\n]{1,40}\))?,?[ \u00a0]+and[ \u00a0]+"
    r"(?:[A-Z][\w.’'-]*[ \u00a0]+){0,4}"
)
"""Between two people a subject joins: "Peter Welch (D-VT) and Sen. Jeff Merkley"."""
_SUBJECT_OPENING_WORDS = 6
"""How many words may open a sentence before its subject ("WASHINGTON, D.C. - Senators")."""


_PUT_OUT = r"(?:released|issued|made|delivered|gave|provided)"
"""The verbs of putting words out ("released a statement", "issued the following remarks")."""


@functools.cache
def _gave_words() -> re.Pattern[str]:
    """A verb that puts out what was said ("released the following statement", "issued this
    statement", "delivered these remarks", "made these statements", "gave opening remarks"):
    its subject said the quotation after it."""
    nouns = phrase_pattern(grammar().speech_nouns)
    return re.compile(
        rf"\b{_PUT_OUT}[ \u00a0]+"
        r"(?:(?:the[ \u00a0]+following|this|these|a|an|the|his|her|their)[ \u00a0]+)?"
        rf"(?:[a-z]+[ \u00a0]+)?(?:{nouns})s?\b"
    )


@functools.cache
def _following_words() -> re.Pattern[str]:
    """ "issued the following statement": words put out that come after the paragraph."""
    nouns = phrase_pattern(grammar().speech_nouns)
    return re.compile(
        rf"\b{_PUT_OUT}[ \u00a0]+the[ \u00a0]+following"
        rf"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:{nouns})\b"
    )


@functools.cache
def _own_words() -> re.Pattern[str]:
    """A possessive and a noun of what was said ("’s remarks", "'s prepared statement")."""
    nouns = phrase_pattern(grammar().speech_nouns)
    return re.compile(rf"['’]s?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:{nouns})\b")
