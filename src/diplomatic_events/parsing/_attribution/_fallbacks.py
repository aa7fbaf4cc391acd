"""The wider search around a quotation, once the clauses after and before it named no one:
the story's lead speaking in the first person, the last speaker or the one a block carries
over, and the occasion words were said on ("at a news conference").

A mixin of :class:`~._attributor.Attributor`, apart so each reads on its own.
"""

from __future__ import annotations

import re

from diplomatic_events._needed import may_match
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._alternation import alternation
from diplomatic_events.knowledge._word_runs import _ignore_case
from diplomatic_events.model import ActorKind
from diplomatic_events.parsing._attribution._subjects import _Subjects
from diplomatic_events.parsing._attribution._text_scans import only
from diplomatic_events.parsing._quotes import MarkPair
from diplomatic_events.typing import ActorId

_FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w’'-])(?:I|I['’](?:m|ve|ll|d)|my|me)(?![\w’'-])")
"""The speaker alone ("I met ..."): a "we" may be a whole government, not the lead."""
_CARRIED_BLOCKS = 3
"""How many paragraphs after a speaker's quotation a paragraph about them alone still lets
an unattributed quotation be theirs."""
_LEAD_SUBJECT_CHARACTERS = 80
"""How far into a story's first sentence its lead person may stand (after titles)."""


_HE_OR_SHE_NEXT = re.compile(r"[\s,.;:—–-]*(he|she)\b", re.I)
_CAPITALISED_AFTER = re.compile(rf"[ \u00a0]+((?:{UPPER}[\w’'.-]*[ \u00a0]?){{1,4}})")


class _Fallbacks(_Subjects):
    """The quotation's speaker from the wider context, and the occasion it was said on."""

    __slots__ = ()

    def _lead_speaking_first_person(self, pair: MarkPair) -> ActorId | None:
        """A paragraph that is only a quotation in the first person ("I met with Minister
        Marles ...") or one the excerpt cuts off before anyone is named, and no one else to
        say it: a press release's quotations are its lead's,
        the person who opens its first sentence ("Minister of Defence Peeni Henare departs
        for Australia tomorrow ..."), unless the quotation names them itself."""
        block = self.blocks[pair.block]
        if not only(self._masked, block.start, pair.open_at):
            return None
        # an excerpt cut off inside the quotation lost the words that said whose it was
        cut_off = pair.close_at is None and only(self.text, pair.end, len(self.text))
        if not cut_off and not _FIRST_PERSON_SINGULAR.search(self.text, pair.start, pair.end):
            return None
        first = self._first_body  # the first body paragraph, found once
        if first is None or first >= pair.block:
            return None
        start, end = self._sentence(first, self.blocks[first].start)
        opening = min(end, start + _LEAD_SUBJECT_CHARACTERS)
        for mention in self._mentions_from(start, opening):
            actor = self._actor(mention.actor)
            if actor is None or actor.kind is not ActorKind.PERSON:
                continue
            named_inside = any(
                m.actor == actor.id for m in self._mentions_from(pair.start, pair.end)
            )
            return None if named_inside else actor.id
        return None

    def _fallback(self, pair: MarkPair, close: int) -> ActorId | None:
        """A quotation with no attribution of its own: the speaker just before, nearby, of
        the gender of a pronoun that follows it and resolved to no one ("..., she said")."""
        scope = self._entry(pair.block)
        block_start = self.blocks[max(0, pair.block - 2)].start
        pronoun = _HE_OR_SHE_NEXT.match(self._masked[close + 1 : close + 12])
        for said in reversed(self._said):
            if (
                said.position < pair.open_at
                and said.entry == scope
                and said.position >= block_start
            ):
                if pronoun is not None and not self._compatible(
                    said.actor, pronoun.group(1).casefold()
                ):
                    return None
                return said.actor
        return self._carried_over(pair, scope, pronoun)

    def _carried_over(
        self, pair: MarkPair, scope: int | None, pronoun: re.Match[str] | None
    ) -> ActorId | None:
        """The last speaker, when the paragraphs since their quotation name them and no one
        else ("Mr McClay will then travel to Singapore." between two runs of his
        quotations): the story is still about them."""
        last = next(
            (s for s in reversed(self._said) if s.position < pair.open_at and s.entry == scope),
            None,
        )
        if last is None:
            return None
        said_block = self._block_of(last.position)
        if said_block is None or not 0 < pair.block - said_block <= _CARRIED_BLOCKS:
            return None
        named = {
            m.actor
            for m in self._mentions_from(self.blocks[said_block + 1].start, pair.open_at)
            if "\x00" not in self._masked[m.start : m.end]
            and (actor := self._actor(m.actor)) is not None
            and actor.kind is ActorKind.PERSON
        }
        if named != {last.actor}:
            return None
        if pronoun is not None and not self._compatible(last.actor, pronoun.group(1).casefold()):
            return None
        return last.actor

    def _is_direct(self, before_start: int, pair: MarkPair) -> bool:
        head = self._masked[before_start : pair.open_at].strip()
        if not head or head.endswith((":", ",")):
            return True
        return (
            bool(self._cue.search(head[-30:]))
            and head[-1].isalpha()
            and pair.start < len(self.text)
            and self.text[pair.start].isupper()
        )

    def _occasion_patterns(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """Each occasion phrase with its pattern, longest phrase first."""

        def build() -> tuple[tuple[str, re.Pattern[str]], ...]:
            return tuple(
                (phrase, re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE))
                for phrase in sorted(self.knowledge.occasions, key=len, reverse=True)
            )

        return self.knowledge.cached("vocabulary:occasion-patterns", build)

    def _any_occasion(self) -> re.Pattern[str]:
        """Whether any occasion phrase is named: their trie between the same edges (a
        position is tried only against the phrases that start with its letters)."""

        def build() -> re.Pattern[str]:
            phrases = alternation(self.knowledge.occasions, fold=_ignore_case)
            return re.compile(rf"(?<![\w-])(?:{phrases})(?![\w-])", re.IGNORECASE)

        return self.knowledge.cached("vocabulary:any-occasion", build)

    def _occasion(self, start: int, end: int) -> str | None:
        # each sentence once, however many quotations it holds
        if (start, end) not in self._occasions:
            self._occasions[(start, end)] = self._occasion_in(start, end)
        return self._occasions[(start, end)]

    def _occasion_in(self, start: int, end: int) -> str | None:
        window = self._masked[start:end]
        any_occasion = self._any_occasion()
        if not may_match(any_occasion, window):
            return None
        if any_occasion.search(window) is None:
            return None
        patterns = self._occasion_patterns()
        # in ASCII text, a phrase (ASCII, any case) can match only where its small letters
        # stand in the window's: the others are not searched for
        folded = window.lower() if window.isascii() else None
        for phrase, pattern in patterns:
            if folded is not None and phrase.isascii() and phrase.lower() not in folded:
                continue
            match = pattern.search(window)
            if match is None:
                continue
            if phrase.endswith(" with"):
                rest = _CAPITALISED_AFTER.match(window[match.end() :])
                if rest:
                    return f"{match.group()} {rest.group(1).strip()}"
            return match.group()
        return None
