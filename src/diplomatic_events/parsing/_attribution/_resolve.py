"""What a candidate names: mentions, roles, pronouns and their antecedents."""

from __future__ import annotations

import bisect
import re

from diplomatic_events.knowledge import Mention
from diplomatic_events.knowledge._actors import UPPER
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.model import ActorKind, BlockKind
from diplomatic_events.parsing._attribution._introduced import introduced
from diplomatic_events.parsing._attribution._sources import _Sources
from diplomatic_events.parsing._attribution._state import Candidate
from diplomatic_events.parsing._attribution._words import _OPENING_PHRASE, _PAIR
from diplomatic_events.parsing._datelines import past_datelines
from diplomatic_events.typing import ActorId

_OPENING = re.compile(rf"(?:{_OPENING_PHRASE.pattern}|(?:On|In|At|Upon|Ahead|Throughout)\b)")
"""Words that open a phrase before the sentence's subject, where a pronoun may point ahead."""
_TRAILING_REPORTER = re.compile(r",[ \u00a0]+$")
"""The comma before a sentence's own reporter at its end ("..., the press secretary added.")."""
_TITLE_REACH = 30
"""How far before a name its written title is read ("chief Pentagon spokesperson ")."""


_TITLE_RUN = re.compile(rf"(?:{UPPER}[\w’'.-]*\s+){{0,6}}")
_SPACED_TITLE_RUN = re.compile(rf"\s*(?:{UPPER}[\w’'.-]*\s+){{0,6}}")
_VERB_NEXT = re.compile(r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]")
"""A small word next (an adverb, then a verb), after spaces."""


_MET_OR_LISTED = re.compile(
    r"\b(?:including|met(?:\s+with)?|(?:meetings?|talks)\s+with|such\s+as"
    r"|(?:was|were)\s+(?:[a-z]+\s+)?[a-z]+ed\b[^.;:!?“”\"]{0,60}?\bby)"
    # the names listed before this one, titles and all ("including Defense Minister A and
    # Chief of Staff of the Self-Defense Forces General B")
    r"\s+(?:(?:[A-Z][\w.'’-]*|and|of|the|for),?\s+){0,16}$"
)
"""What puts a name in object place: a list ("including President ..."), a meeting ("met
with Foreign Minister ...") or a passive's agent ("Shanahan was briefed on progress by Army
Lt. Gen. Paul LaCamera"): the story goes on with its subject."""
_OBJECT_REACH = 120
"""How far before a name the words that make it an object are looked for."""
_NEW_CLAUSE = re.compile(r"[,;][ \u00a0]+(?:but|while|whereas|yet|and|though|although)\b|;")
"""A clause joined after a cue's words ("pledged $30 million, but Gates said"): its subject
reports for itself, not for the cue's subject."""


_TITLE_GOES_ON = re.compile(r"(?:[ \u00a0]+(?:of|the|for|[A-Z][\w’'.-]*))*[ \u00a0]+")
"""Between an office and the name it is the title of: more of the title, no comma."""


_LIST_LEAD = re.compile(r"^[\s•*\-–—\d.]*")
_PLAIN_WORDS = re.compile(r"[\s\w.’'-]*")
_TITLE_WORD = re.compile(r"[\w.]+")


class _Resolver(_Sources):
    """Resolves candidates to actors, pronouns to antecedents."""

    __slots__ = ()

    def _resolve(self, candidate: Candidate, block_index: int) -> ActorId | None:
        if candidate.kind in ("mention", "country"):
            return candidate.actor
        if candidate.kind == "pronoun":
            return self._antecedent(candidate.text.casefold(), candidate.start, block_index)
        if candidate.kind == "document":
            return self._document_author(candidate, block_index)
        if candidate.kind == "pair":
            return self._pair_first(candidate.start, block_index)
        if candidate.kind == "body":
            return self._named_body(candidate, block_index)
        if candidate.kind == "role":
            return self._role_holder(candidate, block_index)
        return self._unnamed(candidate, block_index)

    def _cataphora(self, pronoun: str, position: int, block_index: int) -> ActorId | None:
        """A pronoun in a phrase that opens the sentence stands for the subject after the
        comma ("On the last stop of what he called a 'very productive' trip ..., Defense
        Secretary Chuck Hagel met ..."), not for someone named before."""
        start, end = self._sentence(block_index, position)
        # "MANILA, Philippines, Aug. 30, 2013 – On ..."
        head = self._masked[past_datelines(self._masked, start, position) : position]
        if "," in head or _OPENING.match(head.lstrip()) is None:
            return None
        comma = self._masked.find(",", position, end)
        if comma < 0:
            return None
        for mention in self._mentions_from(comma, end):
            actor = self._actor(mention.actor)
            if actor is None or actor.kind is not ActorKind.PERSON:
                continue
            if self._masked[comma + 1 : mention.start].strip() and not _PLAIN_WORDS.fullmatch(
                self._masked[comma + 1 : mention.start]
            ):
                return None
            return mention.actor if self._compatible(mention.actor, pronoun) else None
        return None

    def _role_holder(self, candidate: Candidate, block_index: int) -> ActorId | None:
        """ "the general said": the person named last whose title holds that rank or office
        ("Lt. Gen. John Kolasheski"), not just whoever was named last."""
        noun = " ".join(candidate.text.split()[1:]).casefold()
        words = set(grammar().role_nouns.get(noun, (noun,)))
        for mention, actor in self._people_before(candidate.start, block_index):
            titles = " ".join(role.title for role in actor.roles)
            # the roles the knowledge gives, else the title written before the name
            # ("chief Pentagon spokesperson Dana W. White")
            # ... written right before this name, not before the one ahead of it ("Crown
            # Prince Omar Haddad met Tom Roe": "prince" is no title of Roe's)
            floor = max(0, mention.start - _TITLE_REACH)
            at = bisect.bisect_left(self.mentions, mention.start, key=lambda m: m.start)
            if at > 0:
                floor = max(floor, min(self.mentions[at - 1].end, mention.start))
            titles += " " + self.text[floor : mention.start]
            if words & {w.rstrip(".").casefold() for w in _TITLE_WORD.findall(titles)}:
                return actor.id
        return None

    def _best_in(
        self, start: int, end: int, block_index: int, *, first: bool = False
    ) -> tuple[Candidate, ActorId] | None:
        """The speaker named in ``[start, end)``: the nearest person, then institution, then
        pronoun or description, then a country standing for its government. The nearest is
        the last one before a cue, or with ``first`` the first one after it ("said Lt. Gen.
        Ventura, ..., as he and Thigpen signed": Ventura)."""
        candidates = self._without_affiliations(self._candidates(start, end))
        mentions = [c for c in candidates if c.kind == "mention"]
        people = [
            c
            for c in mentions
            if (actor := self._actor(c.actor)) is not None and actor.kind is ActorKind.PERSON
        ]
        if (
            first
            and len(people) >= 2
            and _TITLE_GOES_ON.fullmatch(self.text, people[0].end, people[1].start)
        ):
            # "said U.S. Secretary of the Interior David Bernhardt": the office read as its
            # holder ("U.S. Secretary") is the title of the name after it
            people = people[1:]
        groups = (
            people,
            mentions,
            [c for c in candidates if c.kind not in ("mention", "country")],
            [c for c in candidates if c.kind == "country"],
        )
        for group in groups:
            for candidate in group if first else reversed(group):
                if self._possessive(candidate):
                    continue
                if (
                    not first
                    and candidate is not group[0]
                    and self._object_of_preposition(candidate)
                ):
                    # "..., Courtney Hillson, spokesperson for Work, said": the one the
                    # appositive is of is not who spoke
                    continue
                actor_id = self._resolve(candidate, block_index)
                if actor_id is not None:
                    return candidate, actor_id
        return None

    def _without_affiliations(self, candidates: list[Candidate]) -> list[Candidate]:
        """Drop "State Department" inside "a State Department official": the official spoke."""
        people = [
            c
            for c in candidates
            if c.kind == "mention"
            and (actor := self._actor(c.actor)) is not None
            and actor.kind is ActorKind.PERSON
        ]
        candidates = [
            c
            for c in candidates
            if not (
                c.kind == "unnamed"
                and any(c.start <= p.start < c.end and not self._possessive(p) for p in people)
            )
        ]
        unnamed = [c for c in candidates if c.kind == "unnamed" and self._affiliated(c)]
        return [
            c
            for c in candidates
            if c in people
            or not (c.kind != "unnamed" and any(u.start <= c.start < u.end for u in unnamed))
        ]

    def _antecedent(self, pronoun: str, position: int, block_index: int) -> ActorId | None:
        ahead = self._cataphora(pronoun, position, block_index)
        if ahead is not None:
            return ahead
        scope = self._entry(block_index)
        last_speaker = next(
            (
                said
                for said in reversed(self._said)
                if said.position < position
                and said.entry == scope
                and self._compatible(said.actor, pronoun)
            ),
            None,
        )
        last_subject: Mention | None = None
        for mention in reversed(self._mentions_before(position)):
            if mention.start >= position:
                continue
            index = self._block_of(mention.start)
            if index is None or not self._same_scope(index, block_index):
                continue
            if self.blocks[index].kind is BlockKind.CAPTION and index != block_index:
                continue
            if "\x00" in self._masked[mention.start : mention.end]:
                continue
            if not self._compatible(mention.actor, pronoun):
                continue
            if self._is_subject(mention, index):
                # '..., the press secretary added.': the sentence's own reporter, after what
                # they report ("Gates told Tantawi ..."), is not one reported by its subject
                trailing = _TRAILING_REPORTER.search(
                    self._masked, max(0, mention.start - 3), mention.start
                ) is not None and self._cue_follows(mention)
                last_subject = (
                    None if trailing else self._reporter_of(mention, index, pronoun)
                ) or mention
                break
        introduced = self._introduced_in_block(pronoun, position, block_index)
        if (
            introduced is not None
            and (last_speaker is None or last_speaker.position < introduced.start)
            and (last_subject is None or last_subject.start <= introduced.start)
        ):
            return introduced.actor
        if last_speaker is not None and (
            last_subject is None or last_speaker.position > last_subject.start
        ):
            return last_speaker.actor
        if last_subject is not None:
            return last_subject.actor
        if pronoun == "they":
            start, _ = self._sentence(block_index, position)
            if _PAIR.search(self._masked, start, position):
                # "the two leaders signed what they called ...": the pair just named.
                return self._pair_first(position, block_index)
            return None
        for mention in reversed(self._mentions_before(position)):
            index = self._block_of(mention.start)
            if (
                mention.start < position
                and index is not None
                and self._same_scope(index, block_index)
                and self._compatible(mention.actor, pronoun)
                # never someone named inside a quotation: the speaker's subject, not the speaker
                and "\x00" not in self._masked[mention.start : mention.end]
            ):
                return mention.actor
        return None

    def _introduced_in_block(self, pronoun: str, position: int, block_index: int) -> Mention | None:
        """The last person the text introduces for the first time earlier in this block
        ("Among those watching was Rahul Verma, a student ... 'X,' he said"): a new
        person introduced right before a pronoun is whom it means, wherever in the
        sentence the name stands."""
        block = self.blocks[block_index]
        # (only the mentions of those who may be discovered people)
        listed = introduced(self, self.knowledge, self.mentions)
        near = listed.between(block.start, position)
        for mention in reversed(near):
            if mention.start >= position or mention.start < block.start:
                continue
            actor = self._actor(mention.actor)
            if actor is None or not actor.discovered or actor.kind is not ActorKind.PERSON:
                continue
            if not self._compatible(mention.actor, pronoun):
                continue
            if "\x00" in self._masked[mention.start : mention.end]:
                continue
            if _MET_OR_LISTED.search(
                self._masked, max(block.start, mention.start - _OBJECT_REACH), mention.start
            ):
                # "Blinken met national leaders, including President Joao Lourenco. He hailed":
                # someone met or listed is the object; the pronoun goes on with the subject
                return None
            return mention if listed.first[mention.actor] is mention else None
        return None

    def _reporter_of(self, mention: Mention, block_index: int, pronoun: str) -> Mention | None:
        """The subject who reports the clause ``mention`` is the subject of ("Little said
        Hagel and Pabriks reiterated ..."): an earlier subject of the same sentence with a
        cue between the two. The story goes on about the reporter, not the reported."""
        start, _ = self._sentence(block_index, mention.start)
        first = bisect.bisect_left(self._mention_starts, start)
        for earlier in self.mentions[first:]:
            if earlier.start >= mention.start:
                break
            if earlier.start < start or "\x00" in self._masked[earlier.start : earlier.end]:
                continue
            if (
                self._compatible(earlier.actor, pronoun)
                and self._is_subject(earlier, block_index)
                and (cue := self._cue.search(self._masked, earlier.end, mention.start)) is not None
                # "Obama pledged $30 million, but Gates said ...": a clause of its own
                and _NEW_CLAUSE.search(self._masked, cue.end(), mention.start) is None
            ):
                return earlier
        return None

    def _cue_follows(self, mention: Mention) -> bool:
        """Whether a speech cue comes right after the mention, past spaces and a comma."""
        after = self._masked[mention.end : mention.end + 40]
        return self._cue.match(after.lstrip(" ,")) is not None

    def _is_subject(self, mention: Mention, block_index: int) -> bool:
        """First named in its sentence (after any opening phrase), or right before a cue."""
        if self._possessive_mention(mention):
            return False
        after = self._masked[mention.end : mention.end + 40]
        if self._cue_follows(mention) or self._cue_after_words().match(after):
            return True
        start, _ = self._sentence(block_index, mention.start)
        # past the story's datelines ("TOKYO - Admiral Michael Mullen ...")
        start = past_datelines(self._masked, start, mention.start)
        head = self._masked[start : mention.start]
        head = _LIST_LEAD.sub("", head)
        if not head:
            return True
        if _TITLE_RUN.fullmatch(head):
            return True
        clause = head.rsplit(",", 1)
        if len(clause) == 2 and _SPACED_TITLE_RUN.fullmatch(clause[1]):
            # "In remarks after their meeting, Secretary Tillerson discussed": the title
            # before the name belongs to it
            clause[1] = " " * len(clause[1])
        if (
            len(clause) == 2
            and not clause[1].strip()
            and _OPENING_PHRASE.match(head)
            and _VERB_NEXT.match(self._masked, mention.end)
        ):
            # "Asked whether he would back X, Biden was careful": a name after an opening
            # phrase and before its verb is the subject, whatever the phrase names.
            return True
        if len(clause) == 2 and not clause[1].strip():
            first = self._first_candidate(start, mention.start)
            return first is None or first.start >= start + len(head) - len(clause[1]) - 1
        return False
