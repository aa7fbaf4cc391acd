"""Who said each quotation: cues, subjects, pronouns, documents and unnamed sources.

The search is local first and wider after: the words right after the quotation
(``," Blinken said``, ``- Blinken``, ``said the top US diplomat``), then the clause before
it (``Wang told Blinken that "..."``, ``according to a readout``), then the tail of the
sentence (``..., the official added.``), and only then the previous quotation's speaker or
the subject of the entry. Pronouns resolve to the most recent speaker or sentence subject
of the same gender within the same live entry; "the statement" and "it" resolve to the
institution that last spoke. Cue words, titles and country words come from data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrs import field, frozen

from diplomatic_events.knowledge import KnowledgeBase, Mention, slug
from diplomatic_events.knowledge._abbreviations import abbreviations
from diplomatic_events.knowledge._actors import LOWER, UPPER
from diplomatic_events.model import Actor, ActorKind, Block, BlockKind, PartialDate
from diplomatic_events.parsing._discovery import country_adjective
from diplomatic_events.parsing._quotes import MarkPair, PairKind
from diplomatic_events.typing import ActorId

__all__ = ["Attribution", "Attributor"]

_SPEAKING = re.compile(
    r"\b(?:spoke|speaks|addressed|addresses|thanked|thanks|told|tells|briefed|remarked"
    r"|responded|answered|welcomed|welcomes|greeted)\b"
)
"""Verbs of speaking that introduce what the next paragraph quotes."""

_PRONOUNS = {"he": "male", "hs": "male", "she": "female", "it": "it", "they": "they"}
_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "on",
        "with",
        "for",
        "to",
        "from",
        "by",
        "of",
        "after",
        "before",
        "during",
        "about",
        "into",
        "over",
        "between",
        "among",
        "against",
        "toward",
        "towards",
        "than",
        "like",
        "beside",
        "near",
        "meets",
        "met",
        "meet",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "as",
    ]
)
_TIME_WORDS = re.compile(
    r"(?i)\b(?:(?:on|last|this|earlier|later|late|early)[ \u00a0]+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|"
    r"afternoon|evening|night|earlier|later|again|also|previously|recently|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:[ \u00a0]+\d{1,2})?)\b"
)
_DOCUMENTS = r"statement|readout|transcript|communiqu[eé]|release|report|post|editorial"
_UNNAMED = re.compile(
    r"(?<![\w-])(?P<phrase>(?:(?:a|an|one|the|two|three|several|some|other|another)[ \u00a0]+)?"
    r"(?:(?!(?:of|with|to|in|at|by|for|from|and|or|the|that|who|on|said|says|told)\b)"
    r"[\w.’'-]+[ \u00a0]+){0,5}?(?:officials?|diplomats?|sources?|spokes(?:man|woman|person)"
    r"|ambassadors?|advis[eo]rs?|aides?)"
    # "a member of the Zedlandic delegation": one of a party, unnamed.
    r"|(?:(?:a|an|one|the|two|three|several|some|other|another)[ \u00a0]+)?members?[ \u00a0]+of"
    r"[ \u00a0]+(?:the|a|an|his|her|their)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){0,3}?"
    r"(?:delegation|entourage|team))"
    # "the official KCNA news agency", "official state media": an adjective, not a person.
    r"(?!(?<=official)[ \u00a0]+(?:(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z])"
    r"|(?:news|media|agency|state|newspaper|daily|television|broadcaster|mouthpiece|visit"
    r"|trip|talks|ceremony|statement|readout)\b))"
    r"(?:[ \u00a0]+(?:in[ \u00a0]+the[ \u00a0]+room|familiar[ \u00a0]+with[ \u00a0]+[^,.;]+"
    r"|(?:in|from)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[A-Z][\w’'-]+))?"
    r"(?![\w-])",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    rf"(?<![\w-])(?P<phrase>(?:the|a|an|its|their|his|her)[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){{0,3}}?"
    rf"(?:{_DOCUMENTS}))(?![\w-])",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"(?<![\w-])(?:(?P<cue>said|says|added|adds)"
    r"(?:[ \u00a0]+(?:on|in|at|during|after|over|last|this|late|early)[ \u00a0]+[^,.;:]{1,40}?"
    r"(?=[ \u00a0]+that\b))?[ \u00a0]+(?:that[ \u00a0]+)?"
    # Other verbs take a noun object too ("stressed the commitment"): only with "that".
    r"|(?P<that_cue>told(?:[ \u00a0]+[\w’'.-]+){1,4}?|noted|stressed|warned|insisted"
    r"|argued|acknowledged|confirmed|announced)[ \u00a0]+that[ \u00a0]+)(?=[\w])"
)
_MODIFYING = re.compile(r"[ \u00a0]+[a-z]+ing\b[^,;:\x00\n]*?(?=,|[ \u00a0]*$)")
_QUOTING = re.compile(
    r"(?i)(?<![\w-])quot(?:ing|ed|es|e)[ \u00a0]+(?P<who>[^,;:\x00]{1,60}?)[ \u00a0]+as[ \u00a0]+$"
)
_PRONOUN = re.compile(r"(?<![\w’'-])(?P<phrase>[Hh]e|[Ss]he|Hs|[Ii]t|[Tt]hey)(?![\w’'-])")
_ROLE_NOUNS = {
    "general": ("general", "gen"),
    "admiral": ("admiral", "adm"),
    "colonel": ("colonel", "col"),
    "captain": ("captain", "capt"),
    "commander": ("commander", "cmdr", "cdr"),
    "sergeant": ("sergeant", "sgt"),
    "lieutenant": ("lieutenant", "lt"),
    "major": ("major", "maj"),
    "ambassador": ("ambassador", "amb"),
    "secretary": ("secretary",),
    "minister": ("minister",),
    "envoy": ("envoy",),
    "senator": ("senator", "sen"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
}
"""Nouns of a rank or office ("the general said") and the title words that give it."""
_ROLE = re.compile(
    rf"(?<![\w’'-])(?P<phrase>[Tt]he[ \u00a0]+(?P<noun>{'|'.join(_ROLE_NOUNS)}))(?![\w’'-])"
)
# Words that open a new clause: a cue before them does not reach a quotation after them.
# "as", "when", "after" also head phrases in running text ("blamed X as the 'root cause'");
# headlines chain clauses with them ("X urges Y as Z's 'controversial' trip draws fire").
_CLAUSE_BOUNDARY = re.compile(r"[;—–]|(?<![\w-])(?:while|whereas|because|although|though)(?![\w-])")
_HEADLINE_CLAUSE_BOUNDARY = re.compile(
    r"[;—–]|(?<![\w-])(?:as|while|whereas|because|since|although|though|when|after|before)"
    r"(?![\w-])"
)
# Words that open a sentence with a phrase before its subject: "Asked whether ..., X said".
_OPENING_PHRASE = re.compile(
    r"(?:Asked|Pressed|Questioned|Speaking|Having|After|Before|When|While|As|During|Following"
    r"|Despite|Unlike|Like|Standing|Sitting|Arriving|Responding|Turning|Addressing)\b"
)
# "the two leaders", "both presidents": the pair the story has just named.
_PAIR = re.compile(
    r"(?<![\w-])(?P<phrase>(?:[Tt]he|[Bb]oth)[ \u00a0]+(?:two[ \u00a0]+)?(?:leaders|presidents|men"
    r"|women|heads[ \u00a0]+of[ \u00a0]+state))(?![\w’'-])"
)
# Between a subject and its cue: a relative clause, without commas ("A diplomat who asked
# not to be named because he ... said") or between them ("Verdini, who runs ..., said").
_RELATIVE = re.compile(
    r"(?:[ \u00a0]+who\b[^,;:\x00\"“”\n]*?|[ \u00a0]*,[ \u00a0]*who\b[^;:\x00\"“”\n]*?,)"
    r"[ \u00a0]*(?:[a-z]+ly[ \u00a0]+)?"
)
# "The department said": a body the story has just named, by its head noun.
_BODY = re.compile(
    r"(?<![\w-])(?P<phrase>[Tt]he[ \u00a0]+(?P<noun>department|ministry|embassy|office|council"
    r"|commission|agency|secretariat|presidency|chancellery))(?![\w’'-])"
)
# "Putin's warning that ...": a possessor's words, then what they said.
_SPEECH_NOUN = re.compile(
    r"['’]s?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<noun>warnings?|claims?|remarks?|comments?|words"
    r"|threats?|pledges?|promises?|assertions?|accusations?|insistence|suggestions?|vows?"
    r"|descriptions?|calls?)[ \u00a0]+(?:that|of)[ \u00a0]"
)
# "according to footage released by the Kremlin": pictures are a channel, not a speaker.
_CHANNEL = re.compile(
    r"(?i)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?:\w+[ \u00a0]+)?(?:footage|videos?|images"
    r"|pictures|photos|photographs|recordings?|clips?)\b"
)


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


@frozen(kw_only=True)
class Attributor:
    """Attributes the quotations of one source, in text order.

    It keeps what it has learnt (speakers so far, unnamed sources it named) in plain
    lists; one instance serves one source.
    """

    text: str
    blocks: Sequence[Block]
    knowledge: KnowledgeBase
    mentions: Sequence[Mention]
    pairs: Sequence[MarkPair]
    day: PartialDate | None = None
    created: dict[ActorId, Actor] = field(factory=dict)
    _said: list[_Said] = field(factory=list)
    _masked: str = field(init=False)
    _cue: re.Pattern[str] = field(init=False)
    _boundaries: dict[int, list[int]] = field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        chars = list(self.text)
        for pair in self.pairs:
            if pair.kind is PairKind.QUOTE:
                for i in range(pair.start, pair.end):
                    if chars[i] not in ".!?\n":
                        chars[i] = "\x00"
        object.__setattr__(self, "_masked", "".join(chars))
        cues = sorted(set(self.knowledge.cues), key=lambda c: (-len(c), c))
        alternation = "|".join(re.escape(c).replace(r"\ ", r"[ \u00a0]+") for c in cues)
        object.__setattr__(
            self,
            "_cue",
            re.compile(rf"(?<![\w-])(?:{alternation or 'said'})(?![\w-])", re.IGNORECASE),
        )

    # ------------------------------------------------------------------ sentences
    def _sentence_ends(self, block_index: int) -> list[int]:
        if block_index in self._boundaries:
            return self._boundaries[block_index]
        block = self.blocks[block_index]
        ends = []
        masked = self._masked
        for match in re.finditer(
            rf"[.!?…]+[”\"’']?(?=\s+[\"“‘'0-9(•{UPPER[1:-1]}]|\s*$)",
            masked[block.start : block.end],
        ):
            position = block.start + match.end()
            head = masked[block.start : block.start + match.start()]
            word = re.search(r"([\w.]+)$", head)
            if word and (
                word.group(1).casefold().rstrip(".") in abbreviations()
                or re.fullmatch(UPPER, word.group(1))
            ):
                continue
            if "\x00" in masked[max(block.start, position - 1) : position + 1]:
                continue
            ends.append(position)
        ends.append(block.end)
        self._boundaries[block_index] = ends
        return ends

    def _sentence(self, block_index: int, position: int) -> tuple[int, int]:
        block = self.blocks[block_index]
        start = block.start
        for end in self._sentence_ends(block_index):
            if end > position:
                return start, end
            start = end
        return start, block.end

    # ------------------------------------------------------------------ candidates
    def _candidates(self, start: int, end: int) -> list[Candidate]:
        found: list[Candidate] = [
            Candidate(start=m.start, end=m.end, text=m.text, kind="mention", actor=m.actor)
            for m in self.mentions
            if start <= m.start and m.end <= end
        ]
        segment = self._masked[start:end]
        for match in self._country_pattern().finditer(segment):
            a, b = start + match.start(), start + match.end()
            if any(c.start < b and a < c.end for c in found):
                continue
            if re.match(rf"['’]s?\b|[ \u00a0]+{UPPER}", self.text[b : b + 3]):
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
            (_ROLE, "role"),
        ):
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

    def _named_after(self, end: int, found: Sequence[Candidate]) -> bool:
        """Whether a person's name stands in apposition right after ``end`` (", Name,")."""
        gap = re.match(r",[ \u00a0]+", self.text[end : end + 3])
        if gap is None:
            return False
        at = end + gap.end()
        return any(
            c.kind == "mention"
            and c.start == at
            and (actor := self._actor(c.actor)) is not None
            and actor.kind is ActorKind.PERSON
            and re.match(r"[ \u00a0]*[,.;]", self.text[c.end : c.end + 2]) is not None
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
            alternation = "|".join(re.escape(name) for name in names) or "(?!)"
            return re.compile(rf"(?<![\w’'.-])(?:{alternation})(?![\w’'-])")

        return self.knowledge.cached("country-subjects", build)

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

    def _role_holder(self, candidate: Candidate, block_index: int) -> ActorId | None:
        """ "the general said": the person named last whose title holds that rank or office
        ("Lt. Gen. John Kolasheski"), not just whoever was named last."""
        noun = candidate.text.split()[-1].casefold()
        words = set(_ROLE_NOUNS.get(noun, (noun,)))
        for _, actor in self._people_before(candidate.start, block_index):
            titles = " ".join(role.title for role in actor.roles)
            if words & {w.rstrip(".").casefold() for w in re.findall(r"[\w.]+", titles)}:
                return actor.id
        return None

    def _people_before(
        self, position: int, block_index: int, *, captions: bool = True
    ) -> Iterator[tuple[Mention, Actor]]:
        """People named before ``position`` in the same scope, last first, outside
        quotations (and, without ``captions``, outside photo captions)."""
        for mention in reversed(self.mentions):
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

    def _best_in(self, start: int, end: int, block_index: int) -> tuple[Candidate, ActorId] | None:
        """The speaker named in ``[start, end)``: the nearest person, then institution, then
        pronoun or description, then a country standing for its government."""
        candidates = self._without_affiliations(self._candidates(start, end))
        mentions = [c for c in candidates if c.kind == "mention"]
        people = [
            c
            for c in mentions
            if (actor := self._actor(c.actor)) is not None and actor.kind is ActorKind.PERSON
        ]
        groups = (
            people,
            mentions,
            [c for c in candidates if c.kind not in ("mention", "country")],
            [c for c in candidates if c.kind == "country"],
        )
        for group in groups:
            for candidate in reversed(group):
                if self._possessive(candidate):
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

    def _possessive_mention(self, mention: Mention) -> bool:
        return bool(re.match(r"['’]s?\b", self.text[mention.end : mention.end + 2]))

    def _possessive(self, candidate: Candidate | Mention) -> bool:
        return bool(re.match(r"['’]s?\b", self.text[candidate.end : candidate.end + 2]))

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

    def _antecedent(self, pronoun: str, position: int, block_index: int) -> ActorId | None:
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
        for mention in reversed(self.mentions):
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
                last_subject = mention
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
        for mention in reversed(self.mentions):
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
        for mention in reversed(self.mentions):
            if mention.start >= position or mention.start < block.start:
                continue
            actor = self._actor(mention.actor)
            if actor is None or not actor.discovered or actor.kind is not ActorKind.PERSON:
                continue
            if not self._compatible(mention.actor, pronoun):
                continue
            if "\x00" in self._masked[mention.start : mention.end]:
                continue
            first = next(m for m in self.mentions if m.actor == mention.actor)
            return mention if first is mention else None
        return None

    def _is_subject(self, mention: Mention, block_index: int) -> bool:
        """First named in its sentence (after any opening phrase), or right before a cue."""
        if re.match(r"['’]s?\b", self.text[mention.end : mention.end + 2]):
            return False
        after = self._masked[mention.end : mention.end + 40]
        if self._cue.match(after.lstrip(" ,")) or re.match(
            r"\s+(?:[a-z]+\s+){0,2}?(?:" + self._cue.pattern + ")", after
        ):
            return True
        start, _ = self._sentence(block_index, mention.start)
        head = self._masked[start : mention.start]
        head = re.sub(r"^[\s•*\-–—\d.]*", "", head)
        if not head:
            return True
        if re.fullmatch(rf"(?:{UPPER}[\w’'.-]*\s+){{0,6}}", head):
            return True
        clause = head.rsplit(",", 1)
        if (
            len(clause) == 2
            and not clause[1].strip()
            and _OPENING_PHRASE.match(head)
            and re.match(r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]", self._masked[mention.end :])
        ):
            # "Asked whether he would back X, Biden was careful": a name after an opening
            # phrase and before its verb is the subject, whatever the phrase names.
            return True
        if len(clause) == 2 and not clause[1].strip():
            first = self._first_candidate(start, mention.start)
            return first is None or first.start >= start + len(head) - len(clause[1]) - 1
        return False

    def _opening_subject(self, start: int, open_at: int) -> Attribution | None:
        """ "Lula thanked him for recognising the result 'within hours'": a partial quote
        with no cue belongs to the person who opens its sentence as the subject of a
        verb, not to whoever was quoted last."""
        first = self._first_candidate(start, open_at)
        if first is None or self._masked[start : first.start].strip(" \u00a0\n•*-–—"):
            return None
        actor = self._actor(first.actor)
        if actor is None or actor.kind is not ActorKind.PERSON or self._possessive_mention(first):
            return None
        if "\x00" in self._masked[first.start : first.end]:
            return None
        if not re.match(rf"[ \u00a0]+{LOWER}+(?:ed|s)\b", self._masked[first.end : open_at]):
            return None
        return Attribution(speaker=first.actor, speaker_mention=(first.start, first.end))

    def _epithet_subject(self, start: int, open_at: int, block_index: int) -> Attribution | None:
        """ "Lula ... The former metalworker told the union leaders he felt '...'": a
        definite description no data entry resolves, opening the sentence before its cue,
        is the person the text named last (an epithet for them)."""
        head = self._masked[start:open_at]
        match = re.match(
            rf"[\s•*\-–—]*[Tt]he[ \u00a0]+(?:{LOWER}[\w-]*[ \u00a0]+)?{LOWER}[\w-]*[ \u00a0]+",
            head,
        )
        cue = self._cue.match(head, match.end()) if match is not None else None
        if match is None or cue is None:
            return None
        if _UNNAMED.match(head, match.start()) or _DOCUMENT.match(head, match.start()):
            return None
        first = max(0, block_index - 3)
        low = self.blocks[first].start
        for mention in reversed(self.mentions):
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

    def _first_candidate(self, start: int, end: int) -> Mention | None:
        return next((m for m in self.mentions if start <= m.start < end), None)

    def _document_author(
        self, candidate: Candidate, block_index: int, *, strict: bool = False
    ) -> ActorId | None:
        """Who issued "the statement": its country's government ("the Chinese statement"),
        the institution said to issue one, the last institution quoted in the entry, and
        unless ``strict`` the last institution named."""
        if re.search(r"(?i)\b(?:leaders|presidents|two[ \u00a0]+men)['’]", candidate.text):
            # "the leaders' joint statement": the pair just named.
            return self._pair_first(candidate.start, block_index)
        joint = self._joint_document(candidate, block_index)
        if joint is not None:
            return joint
        words = re.findall(r"[\w’'.]+", candidate.text)
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
        for mention in reversed(self.mentions):
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
        for mention in reversed(self.mentions):
            if mention.start >= position or mention.start < low:
                continue
            actor = self._actor(mention.actor)
            if actor is None or actor.kind is not ActorKind.INSTITUTION:
                continue
            if "\x00" in masked[mention.start : mention.end]:
                continue
            head = masked[max(0, mention.start - 60) : mention.start]
            if re.search(
                rf"(?i)(?:according[ \u00a0]+to|(?:{_DOCUMENTS}|account)[ \u00a0]+"
                rf"(?:\w+[ \u00a0]+){{0,2}}?(?:by|from))[ \u00a0]+(?:the[ \u00a0]+)?$",
                head,
            ):
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
            if re.search(
                rf"(?i)(?<![\w-])(?:{_DOCUMENTS}|account)(?![\w-])",
                masked[mention.end : sentence_end],
            ):
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

    def _government(self, country: str) -> ActorId | None:
        for actor in self.knowledge.actors:
            if (
                actor.country == country
                and actor.kind is ActorKind.INSTITUTION
                and actor.name.casefold().endswith("government")
            ):
                return actor.id
        return None

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

    def _pair_first(self, position: int, block_index: int) -> ActorId | None:
        """The first named of the two people the text named last before ``position`` (in
        the same entry, outside captions and quotations): "the two leaders", "they"."""
        pair = self._pair(position, block_index)
        return pair[0] if pair else None

    def _joint_document(self, candidate: Candidate, block_index: int) -> ActorId | None:
        """ "a joint statement": the document of the two countries whose people the text
        named last, "Indonesia-China joint statement", in the order first named."""
        noun = re.search(
            rf"(?i)\bjoint[ \u00a0]+(?P<noun>{_DOCUMENTS}|declaration)\b", candidate.text
        )
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
        inside = [m for m in self.mentions if candidate.start <= m.start and m.end <= candidate.end]
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
        affiliation = re.sub(r"(?i)[ \u00a0]+in[ \u00a0]+[^,.;]*$", "", candidate.text)
        country = country or self._country_in(affiliation)
        noun = re.search(
            r"(official|diplomat|source|spokes\w+|ambassador|advis[eo]r|aide)",
            candidate.text,
            re.IGNORECASE,
        )
        role = noun.group(1).casefold() if noun else "official"
        # "sources in Moncloa", "officials in the Kremlin": a seat of power that is no city
        # the gazetteer knows is the affiliation itself.
        seat = re.search(
            r"[ \u00a0]+(?:in|from|at)[ \u00a0]+(?:the[ \u00a0]+)?(?P<seat>[A-Z][\w’'-]+)$",
            candidate.text,
        )
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
            bare = not re.match(
                r"(?i)(a|an|the|one|another|two|three|several|some)\b", candidate.text
            )
            plural = noun is not None and candidate.text[noun.end() : noun.end() + 1] in "sS"
            if re.match(r"(?i)(the|one|another)\b", candidate.text) or (bare and not plural):
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
        for mention in reversed(self.mentions):
            if not window_start <= mention.start < candidate.start:
                continue
            actor = self._actor(mention.actor)
            if actor is None or actor.kind is not ActorKind.INSTITUTION:
                continue
            names = (actor.name, *actor.aliases, mention.text)
            if any(noun in name.casefold().split() for name in names):
                return actor.id
        return None

    def _adjective(self, country: str) -> str:
        """How a name reads a country: "US", "French", "Chinese"."""
        return country_adjective(self.knowledge, country)

    def _last_unnamed(self, position: int, block_index: int) -> ActorId | None:
        """ "the official": the latest official the text described by affiliation."""
        first_block = max(0, block_index - 4)
        while first_block < block_index and not self._same_scope(first_block, block_index):
            first_block += 1
        window_start = self.blocks[first_block].start
        phrases = [
            match
            for match in _UNNAMED.finditer(self._masked, window_start, position)
            if "\x00" not in match.group("phrase")
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
            for m in self.mentions
        ):
            return True
        return self._country_in(candidate.text) is not None

    def _country_in(self, text: str) -> str | None:
        """The first country a phrase names, by one word or two ("South African")."""
        words = re.findall(r"[\w.’']+", text)
        for index, word in enumerate(words):
            for phrase in (" ".join(words[index : index + 2]), word):
                for form in (phrase, phrase.removesuffix("’s").removesuffix("'s")):
                    country = self.knowledge.country_of(form)
                    if country is not None:
                        return country
        return None

    # ------------------------------------------------------------------ attribution
    def attribute(self, pair: MarkPair) -> Attribution:
        """The speaker of ``pair`` (a quotation), remembered for later pronouns."""
        block_index = pair.block
        close = pair.close_at if pair.close_at is not None else pair.end
        sentence_start, sentence_end = self._sentence(block_index, pair.open_at)
        if sentence_end < close:
            _, sentence_end = self._sentence(block_index, close)
        previous_close = max(
            (
                (p.close_at or p.end)
                for p in self.pairs
                if p.kind is PairKind.QUOTE
                and p.block == block_index
                and (p.close_at or p.end) < pair.open_at
            ),
            default=sentence_start - 1,
        )
        before_start = max(sentence_start, previous_close + 1)
        result = self._label(pair) or self._after(close + 1, sentence_end, block_index)
        if result is not None and result.cue is not None and self._is_source_cue(result.cue):
            # "..., according to a readout": the sentence's own subject, if any, said it.
            result = (
                self._before(before_start, pair.open_at, block_index)
                or self._before(sentence_start, pair.open_at, block_index)
                or result
            )
        result = (
            result
            or self._before(before_start, pair.open_at, block_index)
            or self._before(sentence_start, pair.open_at, block_index)
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
            fallback = self._fallback(pair, close)
            result = Attribution(speaker=fallback, inferred=True) if fallback else None
        if result is None:
            candidates = tuple(
                dict.fromkeys(
                    m.actor
                    for m in self.mentions
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

    def _possessor_speech(self, start: int, open_at: int) -> Attribution | None:
        """ "Putin's warning that Nato was "at war"": the words are the possessor's."""
        for mention in reversed(self.mentions):
            if not start <= mention.start < open_at or mention.end > open_at:
                continue
            actor = self._actor(mention.actor)
            if actor is None or not self._possessive_mention(mention):
                continue
            tail = self.text[mention.end : open_at]
            match = _SPEECH_NOUN.match(tail)
            if match is None or re.search(r"[;:.!?\"“”]", tail):
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
        source = re.search(r"(?i)(?<![\w-])according[ \u00a0]+to(?![\w-])", self._masked[close:end])
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
        if not re.search(r":[ \u00a0]*$", head) or "\x00" in head:
            return None
        clause_start = start + max(head.rfind(","), head.rfind("\n")) + 1
        if (
            clause_start > start
            and re.match(r"[ \u00a0]*[a-z]", self._masked[clause_start:])
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
            if self._masked[clause_start : candidate.start].strip():
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
        if not re.search(r":[ \u00a0]*$", self._masked[block.start : pair.open_at]):
            return None
        lead = re.match(r"[\s•*\-–—]*", self._masked[block.start : pair.open_at])
        subject_start = block.start + (lead.end() if lead else 0)
        first = self._first_candidate(subject_start, pair.open_at)
        if first is None or first.start != subject_start or self._possessive_mention(first):
            return None
        actor = self._actor(first.actor)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        return Attribution(speaker=first.actor, speaker_mention=(first.start, first.end))

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
            re.match(r"\s*(?:[,.;:!?…]|$)", self._masked[cue.end() : sentence_end])
            for cue in self._cue.finditer(self._masked, close + 1, sentence_end)
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
        found: list[tuple[Attribution, int, int]] = []
        start = block.start
        for end in self._sentence_ends(block_index):
            sentence_start, sentence_end = start, end
            start = end
            sentence = self.text[sentence_start:sentence_end]
            if re.search(r"[\"“”„«»‘’‹›]|(?<![\w])'|'(?![\w])", sentence):
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
            if len(re.findall(r"[\w’'-]+", self.text[clause_start:clause_end])) < 3:
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

    def _label(self, pair: MarkPair) -> Attribution | None:
        """ "Von der Leyen: arming Russia would be '...'": a heading or bullet that opens
        with a name and a colon gives the quotations after it to that name."""
        block = self.blocks[pair.block]
        lead = re.match(r"[\s•*\-–—]*", self._masked[block.start : pair.open_at])
        label_start = block.start + (lead.end() if lead else 0)
        for mention in self.mentions:
            if mention.start != label_start:
                continue
            if not re.match(r"[ \u00a0]*:[ \u00a0]", self.text[mention.end : mention.end + 3]):
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
            dash = re.match(r"\s*[-–—:]\s+(?=\S)", masked)
            if (
                dash
                and not self._cue.search(masked)
                and len(re.findall(r"[\w’'.-]+", masked[dash.end() :])) <= 5
            ):
                found = self._best_in(start + dash.end(), end, block_index)
                if found is not None and found[0].kind == "mention":
                    candidate, actor_id = found
                    return Attribution(
                        speaker=actor_id, speaker_mention=(candidate.start, candidate.end)
                    )
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
            words = re.findall(r"[\w’'.-]+", self._masked[region_start:cue_start])
            if not tail and words and words[0] in _PREPOSITIONS:
                # '"more exchanges" with Washington but urged': the sentence's subject spoke.
                break
            if not words:
                if re.search(r"ing\W*$", cue.group()):
                    # '"x", adding that Berlin ...': a participle has no subject after it;
                    # the one after is the reported clause's. The sentence's subject spoke.
                    continue
                found = self._best_in(cue_end, min(end, cue_end + 120), block_index)
                if found is not None and self._near(cue_end, found[0].start):
                    return self._made(found, cue_start, cue_end)
                continue
            if len(words) > 10:
                if tail:
                    continue
                break
            found = self._best_in(region_start, cue_start, block_index)
            if found is not None:
                return self._made(found, cue_start, cue_end)
            if not tail and re.fullmatch(
                rf"[\s,.;:]*{UPPER}\w{{0,2}}\s*", self.text[start:cue_start]
            ):
                # A typo'd pronoun ("Hs says"): the entry's speaker.
                fallback = self._recent_speaker(start, block_index)
                if fallback is not None:
                    return Attribution(speaker=fallback, cue=(cue_start, cue_end))
            if not tail:
                break
        return None

    def _is_source_cue(self, cue: tuple[int, int]) -> bool:
        return self.text[cue[0] : cue[1]].casefold().startswith("according")

    def _near(self, cue_end: int, start: int) -> bool:
        gap = self._masked[cue_end:start]
        return len(re.findall(r"[\w’'.-]+", gap)) <= 8 and "\x00" not in gap

    def _made(self, found: tuple[Candidate, ActorId], cue_start: int, cue_end: int) -> Attribution:
        candidate, actor_id = found
        return Attribution(
            speaker=actor_id,
            cue=(cue_start, cue_end),
            speaker_mention=(candidate.start, candidate.end),
        )

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

    def _phrase_end(self, start: int, end: int) -> int:
        """Where the phrase after "according to" ends: the next comma or clause mark."""
        match = re.search(r"[,;:\x00]|\bthat\b", self._masked[start:end])
        return start + match.start() if match else end

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
            gap = re.sub(r"^\s*,\s*who\b(?=[^,]*$)", " ", gap)
            appositive = (
                candidate.kind == "mention"
                and re.fullmatch(r"\s*,\s*", gap) is not None
                and re.search(r",\s*$", self._masked[max(0, candidate.start - 3) : candidate.start])
                is not None
            )
            if appositive:
                # "A ministry spokesperson, Wang Wenbin, said": the name between commas.
                gap = " "
            gap = re.sub(r"^\s*,[^,]*,", " ", gap)
            gap = _TIME_WORDS.sub(" ", gap)
            words = re.findall(r"[\w’'.-]+", gap)
            if len(words) > 3 or any(w.casefold() in _PREPOSITIONS for w in words):
                continue
            if "," in gap or "\x00" in gap or self._possessive(candidate):
                continue
            # A quotation between the name and its cue cuts them apart; an apostrophe
            # ("the Review’s correspondent") does not.
            if re.search(r"[\"“”‘]|(?<!\w)’|’(?!\w)", self.text[candidate.end : cue_start]):
                continue
            candidate = self._first_conjunct(candidates, candidate)
            actor_id = self._resolve(candidate, block_index)
            if actor_id is not None:
                return candidate, actor_id
        return None

    def _plural(self, candidate: Candidate) -> bool:
        """Whether ``candidate`` leads a subject of several people ("he and Xi")."""
        return (
            self._is_person_or_pronoun(candidate)
            and re.match(
                rf"[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:[Hh]e|[Ss]he|{UPPER})",
                self._masked[candidate.end : candidate.end + 12],
            )
            is not None
        )

    def _is_person_or_pronoun(self, candidate: Candidate) -> bool:
        if candidate.kind == "pronoun":
            return candidate.text.casefold() in ("he", "she")
        actor = self._actor(candidate.actor) if candidate.kind == "mention" else None
        return actor is not None and actor.kind is ActorKind.PERSON

    def _first_conjunct(self, candidates: list[Candidate], candidate: Candidate) -> Candidate:
        """ "Albanese, Xi hail ...", "he and Xi had agreed": a subject of several people
        is led by the first of them."""
        if not self._is_person_or_pronoun(candidate):
            return candidate
        first = candidate
        for other in reversed([c for c in candidates if c.end <= first.start]):
            if other.end > first.start:
                continue
            if not re.fullmatch(
                r"[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+", self._masked[other.end : first.start]
            ):
                break
            if not self._is_person_or_pronoun(other) or self._possessive(other):
                break
            first = other
        if first is candidate:
            return candidate
        before = re.search(r"([\w’'.-]+)?[\s•*\-–—]*$", self._masked[: first.start])
        word = before.group(1) if before is not None else None
        if word is not None and word.casefold() in _PREPOSITIONS:
            # "goodbye to Tom Roe, Zhang Wei said": the first name is an object.
            return candidate
        between = self._masked[first.end : candidate.start]
        if "and" not in between:
            # A bare comma joins subjects only at the head of a sentence ("Albanese, Xi hail").
            sentence_start, _ = self._sentence(self._block_of(first.start) or 0, first.start)
            if self._masked[sentence_start : first.start].strip(" \n•*-–—"):
                return candidate
        return first

    def _object_of_preposition(self, candidate: Candidate, *, absolute: bool = False) -> bool:
        """ "in Beijing saying", "talks with Washington but urged": a place or party after a
        preposition is not who spoke; "with an official telling" (``absolute``) is."""
        head = self._masked[max(0, candidate.start - 20) : candidate.start]
        match = re.search(
            r"(?<![\w-])(in|at|on|from|with|of|for|into|near|over|about|against|toward"
            r"|towards|between|among)[ \u00a0]+(?:the[ \u00a0]+)?$",
            head,
            re.IGNORECASE,
        )
        return match is not None and not (absolute and match.group(1).casefold() == "with")

    def _sentence_subject(
        self, start: int, cue_start: int, block_index: int
    ) -> tuple[Candidate, ActorId] | None:
        sentence_start, _ = self._sentence(block_index, cue_start)
        region_start = max(start, sentence_start)
        head = self._masked[region_start:cue_start]
        intro = re.match(r"[\s•*\-–—]*(?:[^,]{0,80},\s+)?", head)
        offset = region_start + (intro.end() if intro else 0)
        candidates = [
            c
            for c in self._without_affiliations(self._candidates(region_start, cue_start))
            if c.kind != "country"
        ]
        for candidate in candidates:
            if candidate.start < offset and candidate.start != region_start:
                continue
            if candidate.kind == "unnamed" and self._masked[region_start : candidate.start].strip(
                " \u00a0\n.,;:!?\"”’'\x00•*-–—"
            ):
                # "The Commission's spokesperson limited herself to ..., saying": only an
                # unnamed source that opens the sentence is its subject.
                continue
            if self._possessive(candidate):
                continue
            if candidate.kind == "pronoun" and candidate.text.casefold() in ("it", "they"):
                continue
            actor_id = self._resolve(candidate, block_index)
            if actor_id is not None:
                return candidate, actor_id
            break
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
                and not self.text[block.start : p.open_at].strip(" \t\u00a0•-*")
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

    def _introduced_before(self, pair: MarkPair, block_index: int) -> Attribution | None:
        """A paragraph that is only a quotation, after a paragraph whose last sentence has a
        speaker speak ("Secretary Carter spoke at a news conference afterwards.", "The
        president spoke to reporters on Wednesday."): that sentence's subject said it."""
        block = self.blocks[block_index]
        if block_index == 0 or self._masked[block.start : pair.open_at].strip(" \u00a0\t•*-–—"):
            return None
        previous = self.blocks[block_index - 1]
        if previous.kind not in (BlockKind.BODY, BlockKind.SUMMARY) or not self._same_scope(
            block_index - 1, block_index
        ):
            return None
        start, end = self._sentence(block_index - 1, previous.end - 1)
        words = self._masked[start:end]
        verb = _SPEAKING.search(words) or self._cue.search(words)
        if "\x00" in words or verb is None:
            return None
        found = self._sentence_subject(start, start + verb.start(), block_index - 1)
        if found is None:
            return None
        candidate, actor_id = found
        return Attribution(
            speaker=actor_id, speaker_mention=(candidate.start, candidate.end), inferred=True
        )

    def _fallback(self, pair: MarkPair, close: int) -> ActorId | None:
        """A quotation with no attribution of its own: the speaker just before, nearby, of
        the gender of a pronoun that follows it and resolved to no one ("..., she said")."""
        scope = self._entry(pair.block)
        block_start = self.blocks[max(0, pair.block - 2)].start
        pronoun = re.match(r"[\s,.;:—–-]*(he|she)\b", self._masked[close + 1 : close + 12], re.I)
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
        return None

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

    def _occasion(self, start: int, end: int) -> str | None:
        window = self._masked[start:end]
        for phrase in sorted(self.knowledge.occasions, key=len, reverse=True):
            match = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", window, re.IGNORECASE)
            if match is None:
                continue
            if phrase.endswith(" with"):
                rest = re.match(
                    rf"[ \u00a0]+((?:{UPPER}[\w’'.-]*[ \u00a0]?){{1,4}})", window[match.end() :]
                )
                if rest:
                    return f"{match.group()} {rest.group(1).strip()}"
            return match.group()
        return None
