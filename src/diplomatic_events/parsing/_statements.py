"""Quotations and speakers of one source, and joining one utterance across sources.

:func:`extract_statements` reads only the readable blocks: it finds every pair of
quotation marks, recognises people the knowledge does not know, attributes each
quotation and records every other pair as a :class:`NonQuotation`, so that no pair of
marks is silently lost. :func:`merge_statements` joins reports of the same words by the
same speaker into one :class:`Statement`.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase, Mention
from diplomatic_events.knowledge._prefilter import guarded
from diplomatic_events.model import (
    Actor,
    ActorKind,
    Block,
    BlockKind,
    NonQuotation,
    NonQuotationKind,
    PartialDate,
    Report,
    Source,
    Statement,
    StatementKind,
)
from diplomatic_events.parsing._analysis import TextAnalysis
from diplomatic_events.parsing._attribution import Attributor
from diplomatic_events.parsing._discovery import Discovery, discover_people
from diplomatic_events.parsing._quotes import MarkPair, PairKind, find_pairs
from diplomatic_events.typing import ActorId, StatementId

__all__ = [
    "People",
    "SourceStatements",
    "attribute_statements",
    "extract_statements",
    "find_actor_mentions",
    "find_people",
    "merge_statements",
]


@frozen(kw_only=True)
class SourceStatements:
    """What one source says and who says it.

    ``actors`` are the people the text introduced (``discovered=True``), the unnamed
    sources it quoted and the known actors it mentions; ``mentions`` are every place a
    readable block names an actor.
    """

    source: Source
    statements: tuple[Statement, ...] = ()
    actors: tuple[Actor, ...] = ()
    non_quotations: tuple[NonQuotation, ...] = ()
    mentions: tuple[Mention, ...] = ()


def _story_date(source: Source) -> PartialDate | None:
    if source.published_date is not None:
        return source.published_date
    if source.published is not None:
        return PartialDate.of(source.published)
    return None


@frozen(kw_only=True)
class People:
    """The people a source introduces, and the knowledge that also knows them."""

    discovery: Discovery
    knowledge: KnowledgeBase


def find_people(analysis: TextAnalysis, knowledge: KnowledgeBase) -> People:
    """The people the readable blocks introduce whom ``knowledge`` does not know."""
    discovery = discover_people(analysis.text, analysis.blocks, knowledge)
    local = knowledge.with_actors(
        discovery.actors, {ActorId(key): value for key, value in discovery.genders}
    )
    return People(discovery=discovery, knowledge=local)


def find_actor_mentions(analysis: TextAnalysis, people: People) -> tuple[Mention, ...]:
    """Every place a readable block names an actor, known or introduced, on the story's day."""
    text = analysis.text
    day = _story_date(analysis.source)
    return tuple(
        mention
        for block in analysis.blocks
        for mention in people.knowledge.find_mentions(text, block.start, block.end, on=day)
    )


def extract_statements(source: Source, knowledge: KnowledgeBase) -> SourceStatements:
    """Every quotation in ``source``'s readable blocks, attributed where the text allows.

    The stages of the default pipeline, run in order on one source.

    .. versionadded:: 0.1.0
    """
    analysis = TextAnalysis.of(source)
    people = find_people(analysis, knowledge)
    return attribute_statements(
        analysis,
        knowledge,
        people,
        find_actor_mentions(analysis, people),
        find_pairs(analysis.text, analysis.blocks),
    )


def attribute_statements(
    analysis: TextAnalysis,
    knowledge: KnowledgeBase,
    people: People,
    mentions: Sequence[Mention],
    pairs: Sequence[MarkPair],
) -> SourceStatements:
    """Each quotation of ``pairs`` as a statement with its speaker, each other pair as a
    non-quotation, and the reported speech of every block."""
    source = analysis.source
    text = source.text
    blocks = analysis.blocks
    discovery = people.discovery
    local = people.knowledge
    day = _story_date(source)
    attributor = Attributor(
        text=text, blocks=blocks, knowledge=local, mentions=mentions, pairs=pairs, day=day
    )
    quoted = [
        (pair, _normal(text[pair.start : pair.end]))
        for pair in pairs
        if pair.kind is PairKind.QUOTE
    ]
    echoes = _Echoes.of(quoted)
    links = _link_list_items(source)
    statements: list[Statement] = []
    pairs_of: list[MarkPair] = []
    inferred: list[bool] = []
    non_quotations: list[NonQuotation] = []
    for pair in pairs:
        if pair.kind is PairKind.NESTED:
            non_quotations.append(
                NonQuotation(
                    evidence=source.span(pair.start, pair.end),
                    kind=NonQuotationKind.NESTED,
                    reason="inside a longer quotation",
                )
            )
            continue
        if pair.kind is PairKind.UNPAIRED:
            non_quotations.append(
                NonQuotation(
                    evidence=source.span(pair.open_at, pair.open_at + 1),
                    kind=NonQuotationKind.UNPAIRED,
                    reason="no closing mark in its paragraph",
                )
            )
            continue
        if pair.end <= pair.start:
            non_quotations.append(
                NonQuotation(
                    evidence=source.span(pair.start, pair.end),
                    kind=NonQuotationKind.TERM,
                    reason="empty",
                )
            )
            continue
        link = (blocks[pair.block].start, blocks[pair.block].end) in links
        unsaid = (
            (NonQuotationKind.TITLE, "a link in a list of related stories")
            if link
            else _unsaid(text, pair, blocks[pair.block])
            or _on_a_sign(text, pair, blocks[pair.block])
            or _designation(text, pair, blocks[pair.block], attributor, knowledge.designations)
            or _name_of_thing(text, pair, blocks[pair.block], attributor)
            or _modifier(text, pair, blocks[pair.block], attributor, echoes)
        )
        if unsaid is not None:
            kind_of, reason = unsaid
            non_quotations.append(
                NonQuotation(
                    evidence=source.span(pair.start, pair.end), kind=kind_of, reason=reason
                )
            )
            continue
        attribution = attributor.attribute(pair)
        block = blocks[pair.block]
        entry = source.entries[block.entry] if block.entry is not None else None
        kind = StatementKind.DIRECT if attribution.direct else StatementKind.PARTIAL
        report = Report(
            source=source.id,
            kind=kind,
            text=text[pair.start : pair.end],
            start=pair.start,
            end=pair.end,
            cue=source.span(*attribution.cue) if attribution.cue else None,
            speaker_mention=(
                source.span(*attribution.speaker_mention) if attribution.speaker_mention else None
            ),
            occasion=attribution.occasion,
            said_at=entry.published if entry is not None else None,
            said_on=(
                entry.published.date().isoformat()
                if entry is not None and entry.published is not None
                else None
            ),
        )
        pairs_of.append(pair)
        inferred.append(attribution.inferred)
        statements.append(
            Statement(
                id=StatementId(f"{source.id}:s{len(statements) + 1}"),
                speaker=attribution.speaker,
                kind=kind,
                reports=(report,),
                speaker_candidates=attribution.candidates,
            )
        )
    statements = _attribute_headings(statements, blocks, pairs_of, text)
    statements = _attribute_repeated(statements, blocks, pairs_of, inferred, local, attributor)
    for index in range(len(blocks)):
        for attribution, start, end in attributor.reported_speech(index):
            statements.append(
                Statement(
                    id=StatementId(f"{source.id}:s{len(statements) + 1}"),
                    speaker=attribution.speaker,
                    kind=StatementKind.INDIRECT,
                    reports=(
                        Report(
                            source=source.id,
                            kind=StatementKind.INDIRECT,
                            text=text[start:end],
                            start=start,
                            end=end,
                            cue=source.span(*attribution.cue) if attribution.cue else None,
                            speaker_mention=(
                                source.span(*attribution.speaker_mention)
                                if attribution.speaker_mention
                                else None
                            ),
                            occasion=attribution.occasion,
                        ),
                    ),
                )
            )
    referenced = {m.actor for m in mentions} | {s.speaker for s in statements if s.speaker}
    actors: dict[ActorId, Actor] = {actor.id: actor for actor in discovery.actors}
    actors.update(attributor.created)
    for actor_id in sorted(referenced):
        known = knowledge.actor(actor_id)
        if known is not None:
            actors.setdefault(actor_id, known)
    return SourceStatements(
        source=source,
        statements=tuple(statements),
        actors=tuple(actors.values()),
        non_quotations=tuple(non_quotations),
        mentions=tuple(mentions),
    )


_LINK_LIST_HEADER = re.compile(
    r"(?i)(?:more on this(?: story| topic)?|read more|related(?: articles| stories| content"
    r"| coverage| news| links)?|(?:also|further) read(?:ing)?|read also|see also|more from"
    r"|you may also like|recommended(?: for you)?|more stories|top stories)"
    r"(?:[ \u00a0]+(?:on|from|at|in)[ \u00a0]+[\w .&'’-]{1,40})?[ \u00a0]*:?"
)
_BULLET = re.compile(r"[ \u00a0]*[•·▪▸►→*–—-][ \u00a0]")


def _link_list_items(source: Source) -> set[tuple[int, int]]:
    """Bulleted lines right under a "Related stories (on Site)" header: links to other
    stories, whose quoted words are titles, even when the layout kept them as text."""
    items: set[tuple[int, int]] = set()
    in_list = False
    previous_end = -1
    for block in sorted(source.blocks, key=lambda b: b.start):
        line = source.text[block.start : block.end].strip()
        adjacent = "\n\n" not in source.text[previous_end : block.start] if in_list else False
        previous_end = block.end
        if _LINK_LIST_HEADER.fullmatch(line):
            in_list = True
            continue
        if in_list and adjacent and _BULLET.match(source.text[block.start : block.end]):
            items.add((block.start, block.end))
            continue
        in_list = False
    return items


_TERM = re.compile(
    r"(?i)(?:\bso-called|(?<![\w-])the[ \u00a0]+(?:words?|terms?|phrases?|labels?|expressions?"
    r"|slogans?))[ \u00a0]*$"
)
_USED = re.compile(
    r"(?i)\b(?:us(?:e|es|ed|ing)|utter(?:s|ed|ing)?|repeat(?:s|ed|ing)?|invok(?:e|es|ed|ing)"
    r"|chose|choose|chooses|choosing)[ \u00a0]+(?:the[ \u00a0]+)?(?:words?|terms?|phrases?)"
    r"[ \u00a0]*$"
)
_HABITUAL = re.compile(
    r"(?:^|[,;:(—–-]|\b(?:as|and|because|since|while|when|where|but)\b)[ \u00a0]*"
    r"(?P<subject>[a-z]+s)[ \u00a0]+(?:often|usually|typically|frequently|routinely|commonly"
    r"|always|sometimes|tend[ \u00a0]+to)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){1,5}$"
)
_HABITUAL = guarded(_HABITUAL)


def _unsaid(text: str, pair: MarkPair, block: Block) -> tuple[NonQuotationKind, str] | None:
    """Marks around words nobody is reported as saying: "the word 'war'", "so-called
    'X'", and generic habits ("leaders often speak about their 'frank discussions'").

    "X used the word 'war'" reports X's words, but a question ("did he use the word
    'dangerous'?") only asks whether anyone said them.
    """
    head = text[max(block.start, pair.open_at - 80) : pair.open_at]
    if _TERM.search(head) and (not _USED.search(head) or _asks(text, pair, block)):
        return NonQuotationKind.TERM, "a word mentioned, not quoted"
    sentence = re.split(r"[.!?]\s", head)[-1]
    if _HABITUAL.search(sentence):
        return NonQuotationKind.SCARE_QUOTE, "a generic habit, no one reported as saying it"
    return None


_SIGN = re.compile(
    r"(?i)(?<![\w-])(?:signs?|banners?|placards?|posters?|t-shirts?|flags?)[ \u00a0]+"
    r"(?:reading|read|saying|that[ \u00a0]+(?:read|said)|which[ \u00a0]+(?:read|said)"
    r"|with[ \u00a0]+the[ \u00a0]+words)[ \u00a0:,]*$"
)


def _on_a_sign(text: str, pair: MarkPair, block: Block) -> tuple[NonQuotationKind, str] | None:
    """Words on a sign or banner ("signs reading 'Free Tibet'"): shown, not said."""
    head = text[max(block.start, pair.open_at - 60) : pair.open_at]
    if _SIGN.search(head):
        return NonQuotationKind.TERM, "words on a sign, not speech"
    return None


_SAY_IN_CLAUSE = re.compile(
    r"(?i)(?<![\w-])(?:said|says|say|saying|told|tells|telling|added|adds|stressed|insisted"
    r"|noted|declared|wrote|writes|stated|argued|warned)(?![\w-])"
)
_ACTS = frozenset(
    {
        "announced",
        "announces",
        "announce",
        "unveiled",
        "unveils",
        "unveil",
        "signed",
        "signs",
        "sign",
        "sealed",
        "seals",
        "seal",
        "agreed",
        "agree",
        "launched",
        "launch",
        "forged",
    }
)
_ARTICLES = frozenset({"a", "an", "the"})
_DETERMINERS = _ARTICLES | {"this", "that", "our", "my", "your", "its", "their", "his", "her"}
_DESIGNATION_WORDS = 8
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "to",
        "of",
        "for",
        "with",
        "and",
        "or",
        "is",
        "are",
        "was",
        "be",
        "it",
        "we",
        "our",
        "their",
        "its",
        "this",
        "that",
        "not",
        "no",
        "more",
    }
)


_FOLLOWING_WORD = re.compile(r"[ \u00a0]+([\w-]+)")


def _designation(
    text: str, pair: MarkPair, block: Block, attributor: Attributor, nouns: Sequence[str]
) -> tuple[NonQuotationKind, str] | None:
    """The name of a relationship or agreement in marks: words ending in a designation
    noun ("announced a 'comprehensive strategic partnership'", "had been 'comprehensive
    partners'") or modifying one ("their 'no limits' partnership"), unless the verb just
    before them reports speech ("hail 'global partnership'", "what they called a
    '...' treaty") or a verb of saying stands in their clause."""
    designations = {noun.casefold() for noun in nouns}
    if not designations:
        return None
    words = [w.strip(",.;:") for w in text[pair.start : pair.end].split()]
    words = [w for w in words if w]
    if not words or len(words) > _DESIGNATION_WORDS or words[0].casefold() in _DETERMINERS:
        return None
    if text[pair.start : pair.end].rstrip().endswith(("?", "!")):
        return None
    close = pair.close_at if pair.close_at is not None else pair.end
    following = _FOLLOWING_WORD.match(text, close + 1, block.end)
    modifies = following is not None and following.group(1).casefold() in designations
    lowered = [w.casefold() for w in words]
    ends = next((i for i, w in enumerate(lowered) if w in designations), None)
    # A name is a noun with words that qualify it ("comprehensive strategic partnership"),
    # perhaps a "for"/"of" tail; articles, prepositions or clitics before the noun make a
    # phrase someone said ("stabilize the relationship", "a critical juncture in ties").
    # "the 'Green and Sustainable Development Partnership'": every word but the small ones
    # capitalised is a proper name, joiners and all.
    proper = (
        ends is not None
        and len(words) >= 2
        and all(
            w[0].isupper()
            for w, low in zip(words, lowered, strict=True)
            if low not in _FUNCTION_WORDS
        )
        and words[ends][0].isupper()
        and not any("'" in w or "’" in w for w in words)
    )
    named = (
        ends is not None
        and 1 <= ends <= 4
        and (ends == len(words) - 1 or lowered[ends + 1] in {"for", "of"})
        and (
            proper or not any(w in _FUNCTION_WORDS or "'" in w or "’" in w for w in lowered[:ends])
        )
    )
    head = text[max(block.start, pair.open_at - 120) : pair.open_at]
    before = re.findall(r"[\w’'-]+", head)
    # "thanked him for a 'fair and respectful' partnership": evaluative words after an
    # article are the speaker's; labels stand bare or after a possessive.
    article = bool(before) and before[-1].casefold() in _ARTICLES
    modifies = modifies and len(words) <= 4 and not article
    if not modifies and not named:
        return None
    if not article and before and before[-1].casefold() == "to":
        return None
    while before and before[-1].casefold() in _ARTICLES:
        before.pop()
    if before and attributor.is_cue(before[-1]) and before[-1].casefold() not in _ACTS:
        return None
    clause = re.split(r"[.;:!?]\s|,\s(?:and|but)\s|\n", head)[-1]
    if _SAY_IN_CLAUSE.search(clause) and not (named and proper):
        return None
    return NonQuotationKind.TERM, "the name of a relationship or agreement, not speech"


def _asks(text: str, pair: MarkPair, block: Block) -> bool:
    """Whether the sentence holding ``pair`` is a question."""
    tail = re.match(r"[^.!?\n]*[.!?]?", text[pair.end : block.end])
    return tail is not None and tail.group().rstrip("\"”’' ").endswith("?")


_NAME_WORD = re.compile(r"[A-Z0-9][\w’'.&-]*|of|the|and|for|on|in|to|a|an|de|with")
_NAMING = re.compile(
    r"(?i)(?:(?<![\w-])(?:dubbed|called|named|nicknamed|known[ \u00a0]+as|branded|titled"
    r"|christened)[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?"
    r"|(?<![\w-])(?P<plain>the|a|an|aboard|on[ \u00a0]+board))[ \u00a0]*$"
)
# "a statement on building a 'community with ...'": a concept built, not words said.
_CONCEPT = re.compile(
    r"(?i)(?<![\w-])(?P<before>[\w’'-]+)[ \u00a0]+(?:on|of|to|for|towards?|about|in)[ \u00a0]+"
    r"(?:build|forg|creat|establish|construct|promot|deepen)(?:e|es|ed|ing)?[ \u00a0]+"
    r"(?:a|an|the)(?:[ \u00a0]+new)?[ \u00a0]*$"
)


def _name_of_thing(
    text: str, pair: MarkPair, block: Block, attributor: Attributor
) -> tuple[NonQuotationKind, str] | None:
    """The name of a thing in marks: a capitalised name of several words after an article,
    a preposition of travel or a naming verb ("what the office called the 'Atlantic
    Declaration'", "aboard 'Rail Force One'"), or a concept after a verb of building in a
    noun phrase ("a statement on building a 'community with a shared future'")."""
    if block.kind is not BlockKind.BODY:
        # Headlines capitalise every word: there, capitals name nothing.
        return None
    head = text[max(block.start, pair.open_at - 80) : pair.open_at]
    concept = _CONCEPT.search(head)
    if concept is not None and not attributor.is_cue(concept.group("before")):
        return NonQuotationKind.TERM, "a concept named, not quoted"
    words = text[pair.start : pair.end].split()
    if not 2 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return None
    naming = _NAMING.search(head)
    if naming is None:
        return None
    if naming.group("plain") and attributor.cue_near(pair, _CUE_REACH, clause=True):
        return None
    return NonQuotationKind.TERM, "a name of a thing, not speech"


_DETERMINED = re.compile(
    r"(?i)(?:^|[\s(,;:—–])(?:a|an|the|no|its|their|his|her|our|this|that"
    r"|[\w-]+['’]s|[\w-]+s['’])(?:[ \u00a0]+[a-z][\w-]*)?[ \u00a0]*$"
)
_MODIFIER_WORDS = 3
_CUE_REACH = 6


@frozen(kw_only=True)
class _Echoes:
    """A source's quotations by wording and by length, to ask whether a quotation's words
    are quoted again elsewhere without comparing it with every other quotation."""

    normals: dict[int, str]
    """Each quotation's normalised words, by the identity of its pair."""
    counts: Counter[str]
    lengths: list[int]
    by_length: list[str]

    @classmethod
    def of(cls, quoted: Sequence[tuple[MarkPair, str]]) -> _Echoes:
        ordered = sorted(((len(normal), normal) for _, normal in quoted), key=lambda x: x[0])
        return cls(
            normals={id(pair): normal for pair, normal in quoted},
            counts=Counter(normal for _, normal in quoted),
            lengths=[length for length, _ in ordered],
            by_length=[normal for _, normal in ordered],
        )

    def echoed(self, pair: MarkPair, own: str) -> bool:
        """Whether another quotation has the same or nearly the same words as ``own`` (the
        words of ``pair``), of a comparable length (at least 0.6 of the longer)."""
        same = self.counts[own] - (1 if self.normals.get(id(pair)) == own else 0)
        if same > 0 and _same_words(own, own):
            return True
        # Only wordings of a comparable length can count: those within 0.6 and 1/0.6 of it.
        low = bisect.bisect_left(self.lengths, int(0.6 * len(own)))
        high = bisect.bisect_right(self.lengths, int(len(own) / 0.6) + 1)
        return any(
            normal != own
            and _same_words(own, normal)
            and min(len(own), len(normal)) >= 0.6 * max(len(own), len(normal))
            for normal in self.by_length[low:high]
        )


def _modifier(
    text: str,
    pair: MarkPair,
    block: Block,
    attributor: Attributor,
    echoes: _Echoes,
) -> tuple[NonQuotationKind, str] | None:
    """A word or two in marks used as a modifier of the writer's own noun phrase ("a
    'pariah' state", "Kim's 'fraternal' embrace", "no shared 'plan'") in a sentence
    with no speech cue near it: a scare quote, whoever spoke last. Words quoted again
    elsewhere in the text (a headline echoing the story) stay quotations."""
    words = text[pair.start : pair.end].split()
    if not words or len(words) > _MODIFIER_WORDS or words[-1][-1] in ",.;:!?…":
        return None
    if echoes.echoed(pair, _normal(text[pair.start : pair.end])):
        return None
    head = text[max(block.start, pair.open_at - 80) : pair.open_at]
    if not _DETERMINED.search(head) or _USED.search(head):
        return None
    if attributor.cue_near(pair, _CUE_REACH, clause=True):
        return None
    return NonQuotationKind.SCARE_QUOTE, "a modifier in the writer's own words, no cue"


_TYPOGRAPHY = str.maketrans("’‘“”—–", "''\"\"--")


_TITLE_WORDS = 14


def _title_line(text: str, blocks: Sequence[Block], index: int) -> bool:
    """A body line that reads as a title: short, no closing punctuation once its marks are
    stripped, and followed by more of the same entry ("Opposition: 'A costly friendship'"
    over a live entry whose layout left it as body text)."""
    block = blocks[index]
    if block.kind is not BlockKind.BODY or index + 1 >= len(blocks):
        return False
    line = text[block.start : block.end].strip().rstrip("\"”’'")
    following = blocks[index + 1]
    return (
        bool(line)
        and len(line.split()) <= _TITLE_WORDS
        and line[-1] not in ".!?:;,…"
        and following.kind is BlockKind.BODY
        and following.entry == block.entry
    )


def _attribute_headings(
    statements: list[Statement], blocks: Sequence[Block], pairs: Sequence[MarkPair], text: str
) -> list[Statement]:
    """A headline quotes the story: its speaker is whoever the body quotes in those words,
    else the first speaker in the paragraphs right after it (a summary: only the former)."""
    result = list(statements)
    for index, (statement, pair) in enumerate(zip(statements, pairs, strict=True)):
        block = blocks[pair.block]
        summary = block.kind is BlockKind.SUMMARY
        if statement.speaker is not None or (
            block.kind not in (BlockKind.HEADLINE, BlockKind.HEADING)
            and not summary
            and not _title_line(text, blocks, pair.block)
        ):
            continue
        words = _normal(statement.reports[0].text)
        later = [
            (other, other_pair)
            for other, other_pair in zip(statements, pairs, strict=True)
            if other_pair.start > pair.end and other.speaker is not None
        ]
        same = next(
            (o for o, _ in later if words and _same_words(words, _normal(o.reports[0].text))), None
        )
        if same is None and len(words.split()) >= 2:
            # "promise 'calm waters'" over a body quoting "closer to the calm waters": a
            # phrase of two or more words the body quotes within longer words.
            same = next(
                (
                    o
                    for o, _ in later
                    if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", _normal(o.reports[0].text))
                ),
                None,
            )
        if same is None and not summary:
            same = next(
                (
                    o
                    for o, p in later
                    if p.block <= pair.block + 3 and blocks[p.block].entry == block.entry
                ),
                None,
            )
        if same is not None:
            result[index] = evolve(statement, speaker=same.speaker)
    return result


def _attribute_repeated(
    statements: list[Statement],
    blocks: Sequence[Block],
    pairs: Sequence[MarkPair],
    inferred: Sequence[bool],
    knowledge: KnowledgeBase,
    attributor: Attributor,
) -> list[Statement]:
    """Words quoted again later with a speaker named are that speaker's: a summary or an
    entry title that repeats the story's quotation ("Beijing's readout: '...'"), a
    quotation whose speaker was only carried over from the one before, and a heading that
    gives a description ("China's ambassador says ...") where the body names the person."""

    def kind_of(actor_id: ActorId | None) -> ActorKind | None:
        if actor_id is None:
            return None
        actor = attributor.created.get(actor_id) or knowledge.actor(actor_id)
        return actor.kind if actor is not None else None

    result = list(statements)
    for index, (statement, pair) in enumerate(zip(statements, pairs, strict=True)):
        block = blocks[pair.block]
        heading = block.kind in (BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.SUMMARY)
        unnamed_heading = heading and kind_of(statement.speaker) is ActorKind.UNNAMED
        if not (
            (statement.speaker is None and block.kind is BlockKind.SUMMARY)
            or inferred[index]
            or unnamed_heading
        ):
            continue
        words = _normal(statement.reports[0].text)
        if len(words.split()) < 2:
            continue
        for other, other_pair, other_inferred in zip(statements, pairs, inferred, strict=True):
            if other_pair.start <= pair.end or other_inferred or other.speaker is None:
                continue
            if unnamed_heading and (
                blocks[other_pair.block].entry != block.entry
                or kind_of(other.speaker) is not ActorKind.PERSON
            ):
                continue
            other_words = _normal(other.reports[0].text)
            contained = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", other_words)
            if _same_words(words, other_words) or (unnamed_heading and contained):
                result[index] = evolve(statement, speaker=other.speaker)
                break
    return result


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TYPOGRAPHY)
    text = text.replace("…", "...")
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _same_words(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= 12 and shorter in longer:
        return True
    if len(shorter) < 0.8 * len(longer):
        return False
    # The matcher's real_quick_ratio and quick_ratio first, without building the matcher.
    if 2.0 * len(shorter) / (len(a) + len(b)) < 0.9:
        return False
    common = sum((_characters(a) & _characters(b)).values())
    if 2.0 * common / (len(a) + len(b)) < 0.9:
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


@functools.lru_cache(maxsize=4096)
def _characters(words: str) -> Counter[str]:
    return Counter(words)


_PAIRWISE_WORDINGS = 200
"""A speaker with at most this many distinct wordings has each pair of them compared."""
_RARE_WORDS = 4
"""How many of its rarest words a wording looks its candidates up by."""
_MAX_POSTINGS = 1000
"""Words held by more wordings than this are too common to look candidates up by."""


def _wording_pairs(wordings: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of one speaker's distinct wordings to compare.

    Every pair when there are few (:data:`_PAIRWISE_WORDINGS`); else each wording is
    compared only with those holding one of its :data:`_RARE_WORDS` rarest words (fewest
    wordings first), so the work grows with the number of wordings, not its square. No
    pair :func:`_same_words` joins is missed when the two share a word and one of them has
    fewer than :data:`_RARE_WORDS` words the other lacks: its four rarest words (or all,
    when it has fewer) hold one of the other's. A wording found inside another lacks at
    most its first and last word (cut in the middle); a wording differing from another by
    a few changed words lacks those. Two short wordings differing in every word ("talk
    trades" and "talks trade") may be missed, and a wording all of whose rare words are
    held by over :data:`_MAX_POSTINGS` wordings looks nothing up.
    """
    if len(wordings) <= _PAIRWISE_WORDINGS:
        for first in range(len(wordings)):
            for second in range(first + 1, len(wordings)):
                yield first, second
        return
    distinct = [tuple(dict.fromkeys(wording.split())) for wording in wordings]
    holders: dict[str, list[int]] = {}
    for number, words in enumerate(distinct):
        for word in words:
            holders.setdefault(word, []).append(number)
    pairs: set[tuple[int, int]] = set()
    for number, words in enumerate(distinct):
        for word in sorted(words, key=lambda word: (len(holders[word]), word))[:_RARE_WORDS]:
            if len(holders[word]) > _MAX_POSTINGS:
                break
            pairs.update((min(number, o), max(number, o)) for o in holders[word] if o != number)
    yield from sorted(pairs)


def merge_statements(statements: Iterable[Statement]) -> tuple[Statement, ...]:
    """Join reports of the same utterance: same speaker, same or containing words.

    Deterministic and independent of input order: statements are grouped by speaker
    and normalised wording, groups are ordered by their first report, and a group takes
    the smallest id of its members.

    .. versionadded:: 0.1.0
    """
    items = sorted(
        statements,
        key=lambda s: (s.speaker or "", min((r.source, r.start) for r in s.reports), s.id),
    )
    normals = [[_normal(r.text) for r in s.reports] for s in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # Two statements of a speaker join when a wording of the earlier and one of the later
    # have the same words. Equal wordings join at once; each pair of distinct wordings is
    # compared once (in each order it occurs in), not once per pair of statements.
    by_speaker: dict[str, dict[str, list[int]]] = {}
    for index, statement in enumerate(items):
        if statement.speaker is not None:
            wordings = by_speaker.setdefault(statement.speaker, {})
            for wording in normals[index]:
                holders = wordings.setdefault(wording, [])
                if not holders or holders[-1] != index:
                    holders.append(index)
    for wordings in by_speaker.values():
        distinct = list(wordings.items())
        for wording, holders in distinct:
            if wording:  # an empty wording has no words to share
                for other in holders[1:]:
                    join(holders[0], other)
        for i, j in _wording_pairs([wording for wording, _ in distinct]):
            a, a_holders = distinct[i]
            b, b_holders = distinct[j]
            # A holder of ``a`` before a holder of ``b`` compares (a, b); the reverse
            # order compares (b, a), which is not always the same for difflib.
            forward = a_holders[0] < b_holders[-1] and _same_words(a, b)
            if forward or (b_holders[0] < a_holders[-1] and _same_words(b, a)):
                join(a_holders[0], b_holders[0])
    groups: dict[int, list[Statement]] = {}
    for index, statement in enumerate(items):
        groups.setdefault(find(index), []).append(statement)
    merged: list[Statement] = []
    for members in groups.values():
        reports = tuple(
            sorted(
                {(r.source, r.start, r.end): r for s in members for r in s.reports}.values(),
                key=lambda r: (r.source, r.start, r.end),
            )
        )
        longest = max(reports, key=lambda r: (len(r.text), r.source, -r.start))
        first = min(members, key=lambda s: s.id)
        merged.append(
            evolve(
                first,
                kind=longest.kind,
                reports=reports,
                speaker_candidates=tuple(
                    dict.fromkeys(c for s in members for c in s.speaker_candidates)
                ),
                topics=tuple(dict.fromkeys(t for s in members for t in s.topics)),
            )
        )
    return tuple(sorted(merged, key=lambda s: (s.reports[0].source, s.reports[0].start, s.id)))
