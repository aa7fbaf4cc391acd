"""The attributor's state: the source, its sentences, candidate speakers and plain lookups."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from attrs import field, frozen

from diplomatic_events._needed import may_match
from diplomatic_events.knowledge import KnowledgeBase, Mention
from diplomatic_events.knowledge._abbreviations import abbreviations
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._alternation import alternation
from diplomatic_events.knowledge._word_runs import _ignore_case
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind, PartialDate
from diplomatic_events.parsing._attribution._text_scans import _masked
from diplomatic_events.parsing._attribution._words import (
    _BODY,
    _DOCUMENT,
    _PAIR,
    _PRONOUN,
    _PRONOUNS,
    _UNNAMED,
    _UNNAMED_HEAD,
    _WORD_OR_DOT,
    role_pattern,
)
from diplomatic_events.parsing._discovery import country_adjective
from diplomatic_events.parsing._quotes import MarkPair, PairKind
from diplomatic_events.typing import ActorId


@frozen(kw_only=True)
class Candidate:
    """Words that may name a speaker, and whom they name when that is known already."""

    start: int
    end: int
    text: str
    kind: str
    """``"mention"``, ``"pronoun"``, ``"unnamed"`` or ``"document"``."""
    actor: ActorId | None = None


@frozen(kw_only=True)
class Attribution:
    """The speaker of one quotation and the words that say so."""

    speaker: ActorId | None
    cue: tuple[int, int] | None = None
    speaker_mention: tuple[int, int] | None = None
    occasion: str | None = None
    direct: bool = False
    candidates: tuple[ActorId, ...] = ()
    inferred: bool = False
    """True when no words of the text name the speaker: the previous speaker carried on."""


@frozen(kw_only=True)
class _Said:
    position: int
    actor: ActorId
    entry: int | None


_POSSESSIVE = re.compile(r"['’]s?\b")
_CAPITAL = re.compile(UPPER)
_INITIALS = re.compile(rf"{UPPER}\.{UPPER}")
"""Two initials of a given name ("K.K. Chinn"), read backwards without the last stop."""
_WORD_BEFORE = re.compile(r"([\w.]+)[ \u00a0]+$")


def _after_abbreviation(masked: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` (no further back than ``start``) is an abbreviation
    ("Gen."): initials after a rank are a name's, not a place's ("Washington, D.C.")."""
    before = _WORD_BEFORE.search(masked, max(start, at - 40), at)
    return before is not None and before.group(1).casefold().rstrip(".") in abbreviations()


_POSSESSIVE_OR_NAME = re.compile(rf"['’]s?\b|[ \u00a0]+{UPPER}")
_AND_ANOTHER = re.compile(rf"[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:[Hh]e|[Ss]he|{UPPER})")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(in|at|on|from|with|of|for|into|near|over|about|against|toward"
    r"|towards|between|among|(?<!according[ \u00a0])to)[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
_SENTENCE_MARK = re.compile(rf"[.!?…]+[”\"’']?(?=\s+[\"“‘'0-9(•{UPPER[1:-1]}]|\s*$)")


def _cue_pattern(knowledge: KnowledgeBase) -> re.Pattern[str]:
    """Any cue word ("said", "told reporters"), as a whole word, in any case."""

    def build() -> re.Pattern[str]:
        cues = alternation(set(knowledge.cues), space=r"[ \u00a0]+", fold=_ignore_case)
        return re.compile(
            rf"(?<![\w-])(?:{cues if knowledge.cues else 'said'})(?![\w-])", re.IGNORECASE
        )

    return knowledge.cached("vocabulary:attribution-cues", build)


class _Governments:
    """The first institution of each country whose name ends in "government", in the
    actors' order: one scan of the actors per knowledge, which goes on only as far as the
    questions asked so far need (a source's copy of the knowledge asks about a country or
    two), instead of a scan for each question."""

    __slots__ = ("_actors", "_found", "_scanned")

    def __init__(self, *, actors: Sequence[Actor]) -> None:
        self._actors = actors
        self._found: dict[str, ActorId] = {}
        self._scanned = 0

    def of(self, country: str) -> ActorId | None:
        """The government of ``country``, if the actors hold one."""
        if country in self._found:
            return self._found[country]
        found = self._found
        for index in range(self._scanned, len(self._actors)):
            actor = self._actors[index]
            if (
                actor.kind is ActorKind.INSTITUTION
                and actor.country is not None
                and actor.name.casefold().endswith("government")
            ):
                found.setdefault(actor.country, actor.id)
                if actor.country == country:
                    self._scanned = index + 1
                    return found[country]
        self._scanned = len(self._actors)
        return None


_APPOSITION_COMMA = re.compile(r",[ \u00a0]+")
_APPOSITION_END = re.compile(r"[ \u00a0]*[,.;]")
_PHRASE_WORD = re.compile(r"[\w.’']+")
_PHRASE_END = re.compile(r"[,;:\x00]|\bthat\b")


def _in_text_order(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """The mentions by their starts (a stable sort: those of a source's readable blocks,
    found block by block in order, are so already, and stay as they were)."""
    return tuple(sorted(mentions, key=lambda mention: mention.start))


@frozen(kw_only=True)
class _AttributorState:
    """The source an attributor reads, what it has learnt, and the lookups every layer uses."""

    text: str
    blocks: Sequence[Block]
    knowledge: KnowledgeBase
    mentions: tuple[Mention, ...] = field(converter=_in_text_order)
    """In text order (put so when given): the lookups below find them by bisection."""
    pairs: Sequence[MarkPair]
    day: PartialDate | None = None
    created: dict[ActorId, Actor] = field(factory=dict)
    _said: list[_Said] = field(factory=list)
    _masked: str = field(init=False)
    _cue: re.Pattern[str] = field(init=False)
    _boundaries: dict[int, list[int]] = field(init=False, factory=dict)
    _closes: dict[int, list[int]] | None = field(init=False, default=None)
    _mention_starts: list[int] = field(init=False)
    _block_starts: list[int] | None = field(init=False, default=None)
    _first_body: int | None = field(init=False, default=None)
    _occasions: dict[tuple[int, int], str | None] = field(init=False, factory=dict)
    _found: dict[tuple[int, int], tuple[Candidate, ...]] = field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_masked", _masked(self.text, self.pairs))
        object.__setattr__(self, "_cue", _cue_pattern(self.knowledge))
        object.__setattr__(
            self,
            "_first_body",
            next((i for i, b in enumerate(self.blocks) if b.kind is BlockKind.BODY), None),
        )
        object.__setattr__(self, "_mention_starts", [m.start for m in self.mentions])
        if all(a.end <= b.start for a, b in itertools.pairwise(self.blocks)):
            # in text order, none overlapping: a position's block is found by bisection
            object.__setattr__(self, "_block_starts", [block.start for block in self.blocks])

    def _cue_after_words(self) -> re.Pattern[str]:
        """A cue after white space and up to two small words ("Xi also said"), matched
        case-sensitively up to the cue (compiled once per knowledge's cue words)."""

        def build() -> re.Pattern[str]:
            return re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:" + self._cue.pattern + ")")

        return self.knowledge.cached("vocabulary:attribution-cue-after-words", build)

    # ------------------------------------------------------------------ sentences
    def _sentence_ends(self, block_index: int) -> list[int]:
        if block_index in self._boundaries:
            return self._boundaries[block_index]
        block = self.blocks[block_index]
        ends = []
        masked = self._masked
        for match in _SENTENCE_MARK.finditer(masked[block.start : block.end]):
            position = block.start + match.end()
            # The word before the mark (the run of word characters and dots ending there),
            # read backwards from the mark rather than searched for in the whole block.
            word_end = block.start + match.start()
            if word_end > block.start and masked[word_end - 1] == "\n":
                word_end -= 1  # as ``$`` does, before a last line break
            word_start = word_end
            while word_start > block.start and _WORD_OR_DOT.match(masked, word_start - 1):
                word_start -= 1
            word = masked[word_start:word_end]
            if word and (
                word.casefold().rstrip(".") in abbreviations() or _CAPITAL.fullmatch(word)
            ):
                continue
            if _INITIALS.fullmatch(word) and _after_abbreviation(masked, block.start, word_start):
                continue  # "Maj. Gen. K.K. Chinn": initials inside a titled name
            if "\x00" in masked[max(block.start, position - 1) : position + 1]:
                continue
            ends.append(position)
        ends.append(block.end)
        self._boundaries[block_index] = ends
        return ends

    def _sentence(self, block_index: int, position: int) -> tuple[int, int]:
        block = self.blocks[block_index]
        ends = self._sentence_ends(block_index)
        at = bisect.bisect_right(ends, position)  # the first end after ``position``
        start = ends[at - 1] if at > 0 else block.start
        return (start, ends[at]) if at < len(ends) else (start, block.end)

    # ------------------------------------------------------------------ candidates
    def _candidates(self, start: int, end: int) -> list[Candidate]:
        # the words before a cue are read for each quotation it governs: each span once
        if (start, end) not in self._found:
            self._found[(start, end)] = tuple(self._candidates_in(start, end))
        return list(self._found[(start, end)])

    def _candidates_in(self, start: int, end: int) -> list[Candidate]:
        found: list[Candidate] = [
            Candidate(start=m.start, end=m.end, text=m.text, kind="mention", actor=m.actor)
            for m in self._mentions_from(start, end)
            if start <= m.start and m.end <= end
        ]
        segment = self._masked[start:end]
        # the window's own words (a few dozen characters), not a table of the whole text's
        lower = segment.lower()
        for match in self._country_pattern().finditer(segment):
            a, b = start + match.start(), start + match.end()
            if any(c.start < b and a < c.end for c in found):
                continue
            if _POSSESSIVE_OR_NAME.match(self.text[b : b + 3]):
                continue
            code = self.knowledge.country_of(match.group())
            government = self._voice_of(code) if code else None
            if government is not None:
                found.append(
                    Candidate(start=a, end=b, text=match.group(), kind="country", actor=government)
                )
        for pattern, kind in (
            (_UNNAMED, "unnamed"),
            (_DOCUMENT, "document"),
            (_PRONOUN, "pronoun"),
            (_PAIR, "pair"),
            (_BODY, "body"),
            (role_pattern(), "role"),
        ):
            if not may_match(pattern, segment, lower):
                continue  # none of the words every match holds one of
            if kind == "unnamed" and _UNNAMED_HEAD.search(segment) is None:
                continue  # no head noun ("officials", "aides"), no unnamed source
            for match in pattern.finditer(segment):
                a, b = start + match.start("phrase"), start + match.end("phrase")
                if kind == "unnamed":
                    # "diplomats from central Europe say": the place belongs to the phrase.
                    b = start + match.end()
                if "\x00" in self._masked[a:b]:
                    continue
                overlapping = any(c.start < b and a < c.end for c in found if c.kind == "mention")
                if overlapping and kind != "unnamed":
                    continue
                if kind == "unnamed" and self._named_after(b, found):
                    # "the party's spokesman, Han Jae-woo, said": the phrase is the title
                    # of the person named right after it, who is the subject.
                    continue
                found.append(Candidate(start=a, end=b, text=self.text[a:b], kind=kind))
        return sorted(found, key=lambda c: (c.start, -c.end))

    def _mentions_from(self, start: int, end: int) -> Sequence[Mention]:
        """The mentions starting in ``[start, end)``, in order."""
        starts = self._mention_starts
        return self.mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def _mentions_before(self, position: int) -> Sequence[Mention]:
        """The mentions starting before ``position``, in order."""
        return self.mentions[: bisect.bisect_left(self._mention_starts, position)]

    def _named_after(self, end: int, found: Sequence[Candidate]) -> bool:
        """Whether a person's name stands in apposition right after ``end`` (", Name,")."""
        gap = _APPOSITION_COMMA.match(self.text[end : end + 3])
        if gap is None:
            return False
        at = end + gap.end()
        return any(
            c.kind == "mention"
            and c.start == at
            and (actor := self._actor(c.actor)) is not None
            and actor.kind is ActorKind.PERSON
            and _APPOSITION_END.match(self.text[c.end : c.end + 2]) is not None
            for c in found
        )

    def _country_pattern(self) -> re.Pattern[str]:
        def build() -> re.Pattern[str]:
            names = sorted(
                {
                    name
                    for entry in self.knowledge.countries.values()
                    for name in entry.names
                    if not name.endswith(("ese", "ian", "ish", "can", "ch", "an"))
                },
                key=lambda n: (-len(n), n),
            )
            return re.compile(rf"(?<![\w’'.-])(?:{alternation(names)})(?![\w’'-])")

        return self.knowledge.cached("vocabulary:country-subjects", build)

    def _people_before(
        self, position: int, block_index: int, *, captions: bool = True
    ) -> Iterator[tuple[Mention, Actor]]:
        """People named before ``position`` in the same scope, last first, outside
        quotations (and, without ``captions``, outside photo captions)."""
        for mention in reversed(self._mentions_before(position)):
            if mention.start >= position:
                continue
            index = self._block_of(mention.start)
            if index is None or not self._same_scope(index, block_index):
                continue
            if not captions and self.blocks[index].kind is BlockKind.CAPTION:
                continue
            if "\x00" in self._masked[mention.start : mention.end]:
                continue
            actor = self._actor(mention.actor)
            if actor is not None and actor.kind is ActorKind.PERSON:
                yield mention, actor

    def _possessive_mention(self, mention: Mention) -> bool:
        return bool(_POSSESSIVE.match(self.text[mention.end : mention.end + 2]))

    def _possessive(self, candidate: Candidate | Mention) -> bool:
        return bool(_POSSESSIVE.match(self.text[candidate.end : candidate.end + 2]))

    def _actor(self, actor_id: ActorId | None) -> Actor | None:
        if actor_id is None:
            return None
        return self.created.get(actor_id) or self.knowledge.actor(actor_id)

    # ------------------------------------------------------------------ resolution
    def _entry(self, block_index: int) -> int | None:
        return self.blocks[block_index].entry

    def _same_scope(self, block_a: int, block_b: int) -> bool:
        return self._entry(block_a) == self._entry(block_b)

    def _block_of(self, position: int) -> int | None:
        if self._block_starts is not None:
            index = bisect.bisect_right(self._block_starts, position) - 1
            if index >= 0 and position < self.blocks[index].end:
                return index
            return None
        for index, block in enumerate(self.blocks):
            if block.start <= position < block.end:
                return index
        return None

    def _compatible(self, actor_id: ActorId, pronoun: str) -> bool:
        actor = self._actor(actor_id)
        if actor is None:
            return False
        want = _PRONOUNS.get(pronoun, "")
        if want in ("male", "female"):
            if actor.kind is not ActorKind.PERSON:
                return False
            gender = self.knowledge.gender(actor_id)
            return gender is None or gender == want
        if want == "it":
            return actor.kind in (ActorKind.INSTITUTION, ActorKind.UNNAMED, ActorKind.GROUP)
        return actor.kind in (ActorKind.GROUP, ActorKind.UNNAMED)

    def _first_candidate(self, start: int, end: int) -> Mention | None:
        return next((m for m in self._mentions_from(start, end) if start <= m.start < end), None)

    def _government(self, country: str) -> ActorId | None:
        """The first institution of ``country`` whose name ends in "government"."""
        actors = self.knowledge.actors
        governments = self.knowledge.cached(
            "attribution-governments", lambda: _Governments(actors=actors)
        )
        return governments.of(country)

    def _voice_of(self, country: str) -> ActorId | None:
        """Who a country or its capital stands for as a subject ("Pyongyang used the word"):
        its government when the data know one, else its one leader on the story day."""
        government = self._government(country)
        if government is not None:
            return government
        for entry in self.knowledge.descriptions:
            if entry.country == country and "leader" in entry.words:
                holders = self.knowledge.holders(entry.titles, country, self.day)
                if len(holders) == 1:
                    return holders[0].id
        return None

    def _adjective(self, country: str) -> str:
        """How a name reads a country: "US", "French", "Chinese"."""
        return country_adjective(self.knowledge, country)

    def _country_in(self, text: str) -> str | None:
        """The first country a phrase names, by one word or two ("South African")."""
        words = _PHRASE_WORD.findall(text)
        for index, word in enumerate(words):
            for phrase in (" ".join(words[index : index + 2]), word):
                for form in (phrase, phrase.removesuffix("’s").removesuffix("'s")):
                    country = self.knowledge.country_of(form)
                    if country is not None:
                        return country
        return None

    # ------------------------------------------------------------------ attribution
    def _previous_close(self, block_index: int, before: int, default: int) -> int:
        """The last closing mark of a quotation in the block before ``before``."""
        by_block = self._closes
        if by_block is None:
            # every block's closing marks, in one pass over the pairs
            by_block = {}
            for p in self.pairs:
                if p.kind is PairKind.QUOTE:
                    by_block.setdefault(p.block, []).append(p.close_at or p.end)
            for marks in by_block.values():
                marks.sort()
            object.__setattr__(self, "_closes", by_block)
        closes = by_block.get(block_index, [])
        at = bisect.bisect_left(closes, before)
        return closes[at - 1] if at > 0 else default

    def _made(self, found: tuple[Candidate, ActorId], cue_start: int, cue_end: int) -> Attribution:
        candidate, actor_id = found
        return Attribution(
            speaker=actor_id,
            cue=(cue_start, cue_end),
            speaker_mention=(candidate.start, candidate.end),
        )

    def _phrase_end(self, start: int, end: int) -> int:
        """Where the phrase after "according to" ends: the next comma or clause mark."""
        match = _PHRASE_END.search(self._masked[start:end])
        return start + match.start() if match else end

    def _plural(self, candidate: Candidate) -> bool:
        """Whether ``candidate`` leads a subject of several people ("he and Xi")."""
        return (
            self._is_person_or_pronoun(candidate)
            and _AND_ANOTHER.match(self._masked[candidate.end : candidate.end + 12]) is not None
        )

    def _is_person_or_pronoun(self, candidate: Candidate) -> bool:
        if candidate.kind == "pronoun":
            return candidate.text.casefold() in ("he", "she")
        actor = self._actor(candidate.actor) if candidate.kind == "mention" else None
        return actor is not None and actor.kind is ActorKind.PERSON

    def _object_of_preposition(self, candidate: Candidate, *, absolute: bool = False) -> bool:
        """ "in Beijing saying", "talks with Washington but urged": a place or party after a
        preposition is not who spoke; "with an official telling" (``absolute``) is."""
        head = self._masked[max(0, candidate.start - 20) : candidate.start]
        match = _PREPOSITION_BEFORE.search(head)
        return match is not None and not (absolute and match.group(1).casefold() == "with")
