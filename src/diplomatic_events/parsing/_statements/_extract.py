"""One source's statements: its people, mentions, quotations and their speakers."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve, frozen

from diplomatic_events.knowledge import KnowledgeBase, Mention
from diplomatic_events.model import (
    Actor,
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
from diplomatic_events.parsing._discovery._countries import issuer_code
from diplomatic_events.parsing._quotes import MarkPair, PairKind, find_pairs
from diplomatic_events.parsing._statements._designations import _designation
from diplomatic_events.parsing._statements._labelled import LabelledSpeech
from diplomatic_events.parsing._statements._merge import _normal
from diplomatic_events.parsing._statements._repeated import (
    _attribute_echoes,
    _attribute_headings,
    _attribute_repeated,
)
from diplomatic_events.parsing._statements._unsaid import (
    _HEAD_LINES,
    _Echoes,
    _link_list_items,
    _modifier,
    _name_of_thing,
    _no_words,
    _on_a_sign,
    _title_of_work,
    _unattributed_words,
    _unsaid,
)
from diplomatic_events.typing import ActorId, StatementId


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
    home = issuer_code(people.knowledge, analysis.source)
    return tuple(
        mention
        for block in analysis.blocks
        for mention in people.knowledge.find_mentions(
            text, block.start, block.end, on=day, home=home
        )
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
    _normal.cache_clear()  # the normal forms of this source's quotations, remembered
    quoted = [
        (pair, _normal(text[pair.start : pair.end]))
        for pair in pairs
        if pair.kind is PairKind.QUOTE
    ]
    echoes = _Echoes.of(quoted)
    labelled: LabelledSpeech | None = None  # read when a quotation is left unattributed
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
            else _no_words(text, pair, blocks[pair.block])
            or _unsaid(text, pair, blocks[pair.block])
            or _on_a_sign(text, pair, blocks[pair.block])
            or _designation(text, pair, blocks[pair.block], attributor, knowledge.designations)
            or _name_of_thing(text, pair, blocks[pair.block], attributor)
            or _title_of_work(text, pair, blocks[pair.block], attributor)
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
    statements = _attribute_echoes(statements, pairs_of)
    kept: list[Statement] = []
    for statement, pair in zip(statements, pairs_of, strict=True):
        unsaid = (
            _unattributed_words(text, pair, blocks[pair.block], attributor, echoes)
            if statement.speaker is None
            else None
        )
        if unsaid is None:
            if statement.speaker is None and blocks[pair.block].kind not in _HEAD_LINES:
                if labelled is None:
                    labelled = LabelledSpeech.of(source, local, day)
                # "I say: “...”" inside a labelled speech: the label's speaker's own words
                speaker = labelled.own_words_at(text, pair.open_at)
                statement = statement if speaker is None else evolve(statement, speaker=speaker)
            kept.append(statement)
            continue
        kind_of, reason = unsaid
        non_quotations.append(
            NonQuotation(evidence=source.span(pair.start, pair.end), kind=kind_of, reason=reason)
        )
    if len(kept) < len(statements):
        # numbered again, so the ids still count the quotations 1, 2, 3 ...
        kept = [
            evolve(statement, id=StatementId(f"{source.id}:s{number}"))
            for number, statement in enumerate(kept, start=1)
        ]
    statements = kept
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
