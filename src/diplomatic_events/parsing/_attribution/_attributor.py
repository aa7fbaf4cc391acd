"""The search around each quotation: after it, before it, then the wider context."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import frozen

from diplomatic_events._needed import may_match_in
from diplomatic_events.knowledge import Mention
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import ActorKind, BlockKind
from diplomatic_events.parsing._attribution._fallbacks import _Fallbacks
from diplomatic_events.parsing._attribution._state import Attribution, _Said
from diplomatic_events.parsing._attribution._text_scans import only
from diplomatic_events.parsing._attribution._words import (
    _CHANNEL,
    _CLAUSE_BOUNDARY,
    _HEADLINE_CLAUSE_BOUNDARY,
    _QUOTING,
    _REPORTED,
)
from diplomatic_events.parsing._quotes import MarkPair, PairKind
from diplomatic_events.typing import ActorId

_LABEL_LEAD = re.compile(r"[\s•*\-–—]*")

_QUOTE_MARK = re.compile(r"[\"“”„«»‘’‹›]|(?<![\w])'|'(?![\w])")
"""A quotation mark, or an apostrophe that opens or closes a quotation."""


_RELATIVE_CLAUSE = re.compile(r",[ \u00a0]+(?:who|which)\b[^,;:.]*,")
"""A relative clause in commas after a name ("Podolyak, who is also an adviser to ..., said")."""
_ENDS_SENTENCE = re.compile(r"[.?!][”\"’']?$")
"""A stop at the end of a quotation's words: the quotation ends its sentence."""
_BARE_ATTRIBUTION = re.compile(r"[ \u00a0]+(?:[\w’'.-]+[ \u00a0]+){1,5}?[a-z]+[.,]")
"""A sentence of a few words ending in its verb ("Mack said."): only who spoke."""
_SIGNATURE = re.compile(
    r"[ \u00a0]+[A-Z][^\n.!?]{0,40}?(?:\.[^\n.!?]{0,40}?){0,4},(?:[^\n.!?]|(?<=[A-Z])\.){1,100}"
)
"""A name (its title's abbreviations allowed) and a description after a comma, ending the
paragraph with no sentence end of its own (a stop only after a capital: "U.S."): a signature
under a quotation."""


_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:!?…]|$)")
_CLAUSE_WORD = re.compile(r"[\w’'-]+")
_LABEL_COLON = re.compile(r"[ \u00a0]*:[ \u00a0]")
_COMMA_CLOSED = re.compile(r",[”\"’']$")
"""A quotation whose words end with a comma: its sentence goes on after the closing mark."""
_NAME_ALONE = re.compile(r"[ \u00a0]+(?P<name>[A-Z][^\n\x00]{0,100}?)[.,]?[ \u00a0]*(?=\x00|\n|$)")
"""Only a name (and its title) after a quotation, up to the next quotation or the line's end:
"“...,” U.S. Air Force Chief of Staff Gen. CQ Brown, Jr. “...”", the verb left out."""
_SIGN_OFF_DASH = re.compile(r"\s*[-–—:]\s+(?=\S)")
_SIGN_OFF_SPACE = re.compile(r"[ \u00a0]+")
_SUBJECT_WORD = re.compile(r"[\w’'.-]+")
_NAME_ALONE_WORDS = 12
"""The most words of a title and name read as a speaker named alone after a quotation."""
_PARTICIPLE_END = re.compile(r"ing\W*$")
_TYPO_PRONOUN = re.compile(rf"[\s,.;:]*{UPPER}\w{{0,2}}\s*")


@frozen(kw_only=True)
class Attributor(_Fallbacks):
    """Attributes the quotations of one source, in text order.

    It keeps what it has learnt (speakers so far, unnamed sources it named) in plain
    lists; one instance serves one source.
    """

    def attribute(self, pair: MarkPair) -> Attribution:
        """The speaker of ``pair`` (a quotation), remembered for later pronouns."""
        block_index = pair.block
        close = pair.close_at if pair.close_at is not None else pair.end
        sentence_start, sentence_end = self._sentence(block_index, pair.open_at)
        if sentence_end < close:
            _, sentence_end = self._sentence(block_index, close)
        previous_close = self._previous_close(block_index, pair.open_at, sentence_start - 1)
        before_start = max(sentence_start, previous_close + 1)
        result = self._label(pair) or self._after(close + 1, sentence_end, block_index)
        if result is not None and result.cue is not None and self._is_source_cue(result.cue):
            # "..., according to a readout": the sentence's own subject, if any, said it.
            result = (
                self._before_quotation(before_start, sentence_start, pair.open_at, block_index)
                or result
            )
        result = (
            result
            or self._before_quotation(before_start, sentence_start, pair.open_at, block_index)
            or self._next_sentence_cue(pair, close, sentence_end, block_index)
            or self._document_subject(sentence_start, close, sentence_end, block_index)
            or self._after(close + 1, sentence_end, block_index, tail=True)
            or self._colon_subject(before_start, pair.open_at, block_index)
        )
        heading = self.blocks[block_index].kind in (BlockKind.HEADLINE, BlockKind.HEADING)
        direct = self._is_direct(before_start, pair)
        occasion = self._occasion(sentence_start, sentence_end)
        if result is None and heading:
            result = self._headline_subject(pair)
        if result is None:
            result = self._possessor_speech(before_start, pair.open_at)
        if result is None and not heading:
            result = self._opening_subject(sentence_start, pair.open_at)
        if result is None and not heading:
            result = self._epithet_subject(sentence_start, pair.open_at, block_index)
        if result is None and not heading and pair.close_at is None:
            result = self._continued(pair)
        if result is None and not heading:
            result = self._introduced_before(pair, block_index)
        if result is None and not heading:
            fallback = self._fallback(pair, close) or self._lead_speaking_first_person(pair)
            result = Attribution(speaker=fallback, inferred=True) if fallback else None
        if result is None:
            candidates = tuple(
                dict.fromkeys(
                    m.actor
                    for m in self._mentions_from(sentence_start, sentence_end)
                    if sentence_start <= m.start < sentence_end
                    and (a := self._actor(m.actor)) is not None
                    and a.kind is not ActorKind.INSTITUTION
                )
            )
            return Attribution(
                speaker=None, occasion=occasion, direct=direct, candidates=candidates
            )
        if result.speaker is not None:
            self._said.append(
                _Said(position=pair.open_at, actor=result.speaker, entry=self._entry(block_index))
            )
        return Attribution(
            speaker=result.speaker,
            cue=result.cue,
            speaker_mention=result.speaker_mention,
            occasion=occasion,
            direct=direct,
            inferred=result.inferred,
        )

    def is_cue(self, words: str) -> bool:
        """Whether ``words`` are a speech cue ("said", "called for")."""
        return self._cue.fullmatch(words) is not None

    def cue_near(self, pair: MarkPair, words_after: int, *, clause: bool = False) -> bool:
        """Whether a speech cue stands in the sentence of ``pair`` before it, follows it within
        ``words_after`` words or ends a later clause ("China's 'broad success' helps the US -
        but ..., he adds"). With ``clause``, a cue before it counts only in its own clause:
        in "X urges Y to act as Z's 'controversial' trip draws fire", "urges" does not
        govern the words after "as"."""
        block = self.blocks[pair.block]
        sentence_start, _ = self._sentence(pair.block, pair.open_at)
        if clause:
            boundary = (
                _HEADLINE_CLAUSE_BOUNDARY
                if block.kind in (BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.SUMMARY)
                else _CLAUSE_BOUNDARY
            )
            boundaries = list(boundary.finditer(self._masked, sentence_start, pair.open_at))
            if boundaries:
                sentence_start = boundaries[-1].end()
        if self._cue.search(self._masked, sentence_start, pair.open_at) is not None:
            return True
        close = pair.close_at if pair.close_at is not None else pair.end
        after = re.match(rf"\s*(?:\S+\s*){{0,{words_after}}}", self._masked[close + 1 : block.end])
        reach = close + 1 + (after.end() if after else 0)
        if self._cue.search(self._masked, close + 1, reach) is not None:
            return True
        # A trailing attribution ("..., he adds."): a cue that ends its clause.
        _, sentence_end = self._sentence(pair.block, close)
        return any(
            _CLAUSE_ENDS_AFTER.match(self._masked[cue.end() : sentence_end])
            for cue in self._cue.finditer(self._masked, close + 1, sentence_end)
        )

    def person_before(self, pair: MarkPair) -> bool:
        """Whether a person is named in the clause of ``pair`` before it ("Mayor Ann Lee wants
        to 'stabilize the relationship'"): the words are likely theirs, cue or not."""
        start, _ = self._sentence(pair.block, pair.open_at)
        boundaries = list(_CLAUSE_BOUNDARY.finditer(self._masked, start, pair.open_at))
        if boundaries:
            start = boundaries[-1].end()
        return any(
            (actor := self._actor(m.actor)) is not None and actor.kind is ActorKind.PERSON
            for m in self._mentions_from(start, pair.open_at)
        )

    def reported_speech(self, block_index: int) -> list[tuple[Attribution, int, int]]:
        """Paraphrase of speech with no quotation marks, per sentence of a body block:
        "<speaker> said (that) <clause>." gives the speaker, the cue and the clause's span.

        Only that clear shape counts: a sentence with any quotation mark, a cue with no
        subject right before it, or a clause of fewer than three words gives nothing.
        """
        block = self.blocks[block_index]
        if block.kind is not BlockKind.BODY:
            return []
        if not may_match_in(_REPORTED, self.text, block.start, block.end):
            return []  # no cue word in the block: none in its sentences, no need to find them
        found: list[tuple[Attribution, int, int]] = []
        start = block.start
        for end in self._sentence_ends(block_index):
            sentence_start, sentence_end = start, end
            start = end
            if not may_match_in(_REPORTED, self.text, sentence_start, sentence_end):
                continue
            sentence = self.text[sentence_start:sentence_end]
            if _QUOTE_MARK.search(sentence):
                continue
            match = _REPORTED.search(sentence)
            if match is None:
                continue
            cue = "cue" if match.group("cue") else "that_cue"
            cue_start = sentence_start + match.start(cue)
            cue_end = sentence_start + match.end(cue)
            subject = self._subject_before(sentence_start, cue_start, block_index)
            if subject is None:
                continue
            clause_start = sentence_start + match.end()
            clause_end = sentence_end
            while clause_end > clause_start and self.text[clause_end - 1] in " \t.!?…":
                clause_end -= 1
            if len(_CLAUSE_WORD.findall(self.text[clause_start:clause_end])) < 3:
                continue
            candidate, actor_id = subject
            found.append(
                (
                    Attribution(
                        speaker=actor_id,
                        cue=(cue_start, cue_end),
                        speaker_mention=(candidate.start, candidate.end),
                        occasion=self._occasion(sentence_start, sentence_end),
                    ),
                    clause_start,
                    clause_end,
                )
            )
        return found

    def _mentions_at(self, start: int) -> Sequence[Mention]:
        """The mentions (in their order) that start at ``start``."""
        at = bisect.bisect_left(self._mention_starts, start)
        end = bisect.bisect_right(self._mention_starts, start)
        return self.mentions[at:end]

    def _label(self, pair: MarkPair) -> Attribution | None:
        """ "Von der Leyen: arming Russia would be '...'": a heading or bullet that opens
        with a name and a colon gives the quotations after it to that name."""
        block = self.blocks[pair.block]
        lead = _LABEL_LEAD.match(self._masked, block.start, pair.open_at)
        label_start = lead.end() if lead else block.start
        for mention in self._mentions_at(label_start):
            if not _LABEL_COLON.match(self.text[mention.end : mention.end + 3]):
                return None
            if mention.end > pair.open_at:
                return None
            return Attribution(speaker=mention.actor, speaker_mention=(mention.start, mention.end))
        return None

    def _after(
        self, start: int, end: int, block_index: int, *, tail: bool = False
    ) -> Attribution | None:
        masked = self._masked[start:end]
        if not tail:
            dash = _SIGN_OFF_DASH.match(masked)
            if dash is None and self._signs_off(start, block_index):
                # "'... in the community.' Lt. Gen. Steven R. Rudder, MARFORPAC commander":
                # the paragraph ends with the name signing, no dash before it
                end = self.blocks[block_index].end
                masked = self._masked[start:end]
                dash = _SIGN_OFF_SPACE.match(masked)
            # the name signing off after the dash, up to its description ("” - Gen.
            # Christopher Cavoli, commanding general of U.S. Army Europe and Africa")
            signed = masked[dash.end() :].split(",", 1)[0] if dash else ""
            if dash and not self._cue.search(masked) and len(_SUBJECT_WORD.findall(signed)) <= 5:
                found = self._best_in(
                    start + dash.end(), start + dash.end() + len(signed), block_index
                )
                if found is not None and found[0].kind == "mention":
                    candidate, actor_id = found
                    return Attribution(
                        speaker=actor_id, speaker_mention=(candidate.start, candidate.end)
                    )
        if not tail and (named := self._named_without_a_verb(start, block_index)) is not None:
            return named
        for cue in self._cue.finditer(masked):
            cue_start, cue_end = start + cue.start(), start + cue.end()
            gap = masked[: cue.start()]
            if "\x00" in gap and not tail:
                break
            if not gap.strip(" ,.;:—–-"):
                document = self._document_cue(cue_start, cue_end, block_index)
                if document is not None:
                    return document
            if cue.group().casefold().startswith("according"):
                if _CHANNEL.match(self._masked, cue_end):
                    # Pictures someone released show who spoke; they do not name them.
                    continue
                found = self._best_in(cue_end, min(end, cue_end + 80), block_index)
                if found is not None and (not gap.strip(" ,.;:—–-") or tail):
                    return self._made(found, cue_start, cue_end)
                continue
            edge = max(gap.rfind(","), gap.rfind("\x00"), *(gap.rfind(m) for m in '"”’'))
            region_start = start + (edge + 1 if tail else 0)
            if tail and edge < 0:
                continue
            region = self._masked[region_start:cue_start]
            # '"...," Mykhailo Podolyak, who is also an adviser to President Zelenskyy, said':
            # the relative clause between the name and its cue is no part of the subject
            relative = _RELATIVE_CLAUSE.search(region)
            subject = region if relative is None else region[: relative.start()]
            rest = "" if relative is None else region[relative.end() :]
            words = _SUBJECT_WORD.findall(f"{subject} {rest}")
            if not tail and words and words[0] in grammar().prepositions:
                # '"more exchanges" with Washington but urged': the sentence's subject spoke.
                break
            if not words:
                if _PARTICIPLE_END.search(cue.group()):
                    # '"x", adding that Berlin ...': a participle has no subject after it;
                    # the one after is the reported clause's. The sentence's subject spoke.
                    continue
                found = self._best_in(cue_end, min(end, cue_end + 120), block_index, first=True)
                if found is not None and self._near(cue_end, found[0].start):
                    return self._made(found, cue_start, cue_end)
                continue
            if len(words) > 10:
                if tail:
                    continue
                break
            found = self._best_in(region_start, region_start + len(subject), block_index)
            if found is not None:
                return self._made(found, cue_start, cue_end)
            if not tail and _TYPO_PRONOUN.fullmatch(self.text[start:cue_start]):
                # A typo'd pronoun ("Hs says"): the entry's speaker.
                fallback = self._recent_speaker(start, block_index)
                if fallback is not None:
                    return Attribution(speaker=fallback, cue=(cue_start, cue_end))
            if not tail:
                break
        return None

    def _named_without_a_verb(self, start: int, block_index: int) -> Attribution | None:
        """The speaker a quotation ending in a comma is followed by, the verb left out
        ("“...,” U.S. Air Force Chief of Staff Gen. CQ Brown, Jr. “...”", "“...,”
        Rahmonali."): a person named alone up to the next quotation or the line's end."""
        if _COMMA_CLOSED.search(self.text, max(0, start - 2), start) is None:
            return None
        alone = _NAME_ALONE.match(self._masked, start, self.blocks[block_index].end)
        if alone is None or self._cue.search(alone.group("name")) is not None:
            return None
        if len(_SUBJECT_WORD.findall(alone.group("name"))) > _NAME_ALONE_WORDS:
            return None
        found = self._best_in(alone.start("name"), alone.end("name"), block_index)
        if found is None or found[0].kind != "mention":
            return None
        candidate, actor_id = found
        actor = self._actor(actor_id)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        return Attribution(speaker=actor_id, speaker_mention=(candidate.start, candidate.end))

    def _signs_off(self, start: int, block_index: int) -> bool:
        """Whether the words after a quotation that ends its sentence (``start`` is right
        after the closing mark) are a name and its description alone, up to the paragraph's
        end: no cue, no sentence of their own."""
        if not _ENDS_SENTENCE.search(self._masked, max(0, start - 3), start):
            return False
        block_end = self.blocks[block_index].end
        # matched in place, not on a copy of the rest of the paragraph: a signature is short,
        # so the match fails within a few hundred characters (linear in a long paragraph)
        return (
            _SIGNATURE.fullmatch(self._masked, start, block_end) is not None
            and self._cue.search(self._masked, start, block_end) is None
            and self._masked.find("\x00", start, block_end) < 0
        )

    def _next_sentence_cue(
        self, pair: MarkPair, close: int, sentence_end: int, block_index: int
    ) -> Attribution | None:
        """ "'... through our partners.' Mack said. '...'": a quotation that ends its own
        sentence, followed by a sentence that only says who spoke, is that speaker's."""
        if pair.close_at is None or sentence_end > close + 1:
            return None
        if not _ENDS_SENTENCE.search(self._masked, max(0, close - 2), close):
            return None
        start, end = self._sentence(block_index, close + 1)
        if start > close + 1 or not _BARE_ATTRIBUTION.fullmatch(self._masked, close + 1, end):
            return None
        return self._after(close + 1, end, block_index)

    def _is_source_cue(self, cue: tuple[int, int]) -> bool:
        return self.text[cue[0] : cue[1]].casefold().startswith("according")

    def _before_quotation(
        self, before_start: int, sentence_start: int, end: int, block_index: int
    ) -> Attribution | None:
        """The speaker a cue before the quotation gives: in the words since the last quotation
        of its sentence, else in the whole sentence before it (read once when both are one)."""
        found = self._before(before_start, end, block_index)
        if found is None and sentence_start != before_start:
            found = self._before(sentence_start, end, block_index)
        return found

    def _before(self, start: int, end: int, block_index: int) -> Attribution | None:
        masked = self._masked[start:end]
        cues = list(self._cue.finditer(masked))
        source: Attribution | None = None
        # The cue nearest the quotation governs it: in "As he said goodbye, Xi told Putin:
        # ..." or "According to Xinhua, Xi told Macron that ...", Xi is the speaker.
        for cue in reversed(cues):
            cue_start, cue_end = start + cue.start(), start + cue.end()
            document = self._document_cue(cue_start, cue_end, block_index)
            if document is not None:
                return document
            if cue.group().casefold().startswith("according"):
                found = self._best_in(cue_end, self._phrase_end(cue_end, end), block_index)
                if found is not None:
                    source = self._made(found, cue_start, cue_end)
                continue
            quoting = _QUOTING.search(masked[: cue.start()])
            if quoting is not None and cue.group().casefold() == "saying":
                # "state media quoted Wang as saying": the object of "quoted" spoke.
                found = self._best_in(
                    start + quoting.start("who"), start + quoting.end("who"), block_index
                )
                if found is not None:
                    return self._made(found, cue_start, cue_end)
            subject = self._subject_before(start, cue_start, block_index)
            if subject is not None and (
                subject[0].kind in ("country", "pair") or self._plural(subject[0])
            ):
                # "Zhao said China hoped Berlin would '...'", "X said the two leaders had
                # agreed that '...'": the one reporting the country's wish or the pair's
                # agreement is the one quoted.
                person = self._reporter_before(start, cue.start(), cues, block_index)
                if person is not None:
                    return person
            if subject is not None:
                return self._made(subject, cue_start, cue_end)
        if source is not None:
            return source
        if cues:
            first = cues[0]
            cue_start, cue_end = start + first.start(), start + first.end()
            head = self._sentence_subject(start, cue_start, block_index)
            if head is not None:
                return self._made(head, cue_start, cue_end)
        return None

    def _recent_speaker(self, position: int, block_index: int) -> ActorId | None:
        scope = self._entry(block_index)
        for said in reversed(self._said):
            if said.position < position and said.entry == scope:
                return said.actor
        return None

    def _continued(self, pair: MarkPair) -> Attribution | None:
        """A quotation carried on into the next paragraph ("...<para> "... ," he said") is
        attributed where it ends: the carried-on part's own attribution, worked out before
        this paragraph counts as anyone's words."""
        following = pair.block + 1
        if following >= len(self.blocks):
            return None
        block = self.blocks[following]
        nxt = next(
            (
                p
                for p in self.pairs
                if p.kind is PairKind.QUOTE
                and p.block == following
                and only(self.text, block.start, p.open_at, " \t\u00a0•-*")
            ),
            None,
        )
        if nxt is None:
            return None
        said = len(self._said)
        found = self.attribute(nxt)
        del self._said[said:]
        if found.speaker is None or found.inferred:
            return None
        return Attribution(speaker=found.speaker, cue=found.cue, inferred=True)
