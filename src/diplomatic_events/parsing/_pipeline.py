"""The per-source pipeline: a tuple of named stages over one mutable :class:`Document`.

Each stage declares what it needs and what it adds, so a misordered pipeline is refused
when it is built, not halfway through a corpus. Users replace, insert or drop stages, or
register their own under a name (and installed packages under the entry-point group
``diplomatic_events.stages``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from attrs import define, field, frozen

from diplomatic_events.exceptions import PipelineError
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Source
from diplomatic_events.registry import Registry

__all__ = ["DEFAULT_STAGES", "Document", "Pipeline", "Stage", "default_pipeline", "stages"]


@define(kw_only=True)
class Document:
    """The one mutable working object a source passes through before it is frozen.

    ``results`` holds each stage's output under the name it provides.
    """

    source: Source
    knowledge: KnowledgeBase
    results: dict[str, Any] = field(factory=dict)

    def get(self, name: str) -> Any:
        """The output a stage provided under ``name``."""
        try:
            return self.results[name]
        except KeyError:
            raise PipelineError(
                f"{self.source.id}: nothing provides {name!r} (have: {sorted(self.results)})"
            ) from None


@frozen(kw_only=True)
class Stage:
    """A named step: reads what it ``requires`` from the document and adds what it ``provides``."""

    name: str
    run: Callable[[Document], None]
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()


class Pipeline:
    """An ordered, validated tuple of stages.

    Raises:
        PipelineError: a stage needs something no earlier stage provides, or two stages
            share a name.

    .. versionadded:: 0.1.0
    """

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages = tuple(stages)
        available: set[str] = set()
        names: set[str] = set()
        for stage in self.stages:
            if stage.name in names:
                raise PipelineError(f"two stages are named {stage.name!r}")
            names.add(stage.name)
            missing = stage.requires - available
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage provides"
                )
            available |= stage.provides

    def names(self) -> tuple[str, ...]:
        """The stage names, in order."""
        return tuple(stage.name for stage in self.stages)

    def without(self, name: str) -> Pipeline:
        """A copy with the stage ``name`` dropped."""
        self._index(name)
        return Pipeline(stage for stage in self.stages if stage.name != name)

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """A copy with the stage ``name`` replaced by ``stage``."""
        self._index(name)
        return Pipeline(stage if current.name == name else current for current in self.stages)

    def insert_after(self, name: str, stage: Stage) -> Pipeline:
        """A copy with ``stage`` right after the stage ``name``."""
        index = self._index(name) + 1
        return Pipeline((*self.stages[:index], stage, *self.stages[index:]))

    def append(self, stage: Stage) -> Pipeline:
        """A copy with ``stage`` at the end."""
        return Pipeline((*self.stages, stage))

    def run(self, document: Document) -> Document:
        """Run every stage on ``document`` in order."""
        for stage in self.stages:
            stage.run(document)
        return document

    def _index(self, name: str) -> int:
        for index, stage in enumerate(self.stages):
            if stage.name == name:
                return index
        raise PipelineError(f"no stage named {name!r}; stages: {', '.join(self.names())}")

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names())})"


def _text_stage(document: Document) -> None:
    from diplomatic_events.parsing._analysis import TextAnalysis

    document.results["analysis"] = TextAnalysis.of(document.source)


def _quotes_stage(document: Document) -> None:
    from diplomatic_events.parsing._quotes import find_pairs

    analysis = document.get("analysis")
    document.results["quotes"] = tuple(find_pairs(analysis.text, analysis.blocks))


def _people_stage(document: Document) -> None:
    from diplomatic_events.parsing._statements import find_people

    document.results["people"] = find_people(document.get("analysis"), document.knowledge)


def _mentions_stage(document: Document) -> None:
    from diplomatic_events.parsing._statements import find_actor_mentions

    document.results["mentions"] = find_actor_mentions(
        document.get("analysis"), document.get("people")
    )


def _statements_stage(document: Document) -> None:
    from diplomatic_events.parsing._statements import attribute_statements

    document.results["statements"] = attribute_statements(
        document.get("analysis"),
        document.knowledge,
        document.get("people"),
        document.get("mentions"),
        document.get("quotes"),
    )


def _time_stage(document: Document) -> None:
    from diplomatic_events.parsing._times import SourceTimes

    document.results["times"] = SourceTimes.of(document.get("analysis").source)


def _meetings_stage(document: Document) -> None:
    from diplomatic_events.parsing._meetings import find_meeting_mentions, quoted_speakers
    from diplomatic_events.parsing._visits import local_knowledge

    analysis = document.get("analysis")
    statements = document.get("statements")
    local = local_knowledge(document.knowledge, statements)
    document.results["meeting_mentions"] = find_meeting_mentions(
        analysis.source,
        local,
        document.knowledge.places,
        document.get("times"),
        quoted_speakers(statements.statements),
    )


def _positions_stage(document: Document) -> None:
    from diplomatic_events.parsing._positions import read_positions
    from diplomatic_events.parsing._visits import local_knowledge

    local = local_knowledge(document.knowledge, document.get("statements"))
    document.results["position_reading"] = read_positions(document.get("analysis").source, local)


TEXT = Stage(name="text", run=_text_stage, provides=frozenset({"analysis"}))
"""The text layer: the source's blocks, paragraphs, sentences and tokens, computed once."""

QUOTES = Stage(
    name="quotes",
    run=_quotes_stage,
    requires=frozenset({"analysis"}),
    provides=frozenset({"quotes"}),
)
"""Every pair of quotation marks in the readable blocks, told from apostrophes."""

PEOPLE = Stage(
    name="people",
    run=_people_stage,
    requires=frozenset({"analysis"}),
    provides=frozenset({"people"}),
)
"""People and institutions the text introduces whom the knowledge does not know."""

MENTIONS = Stage(
    name="mentions",
    run=_mentions_stage,
    requires=frozenset({"analysis", "people"}),
    provides=frozenset({"mentions"}),
)
"""Every place the readable blocks name an actor, by name, alias, surname or description."""

STATEMENTS = Stage(
    name="statements",
    run=_statements_stage,
    requires=frozenset({"analysis", "people", "mentions", "quotes"}),
    provides=frozenset({"statements"}),
)
"""Quotations with their speakers, non-quotations and reported speech of one source."""

TIME = Stage(
    name="time",
    run=_time_stage,
    requires=frozenset({"analysis"}),
    provides=frozenset({"times"}),
)
"""The dates of every sentence, resolved against the story's date (``SourceTimes``)."""

MEETINGS = Stage(
    name="meetings",
    run=_meetings_stage,
    requires=frozenset({"analysis", "statements", "times"}),
    provides=frozenset({"meeting_mentions"}),
)
"""Every sentence that reports a meeting or refers back to one, with its people, day,
length, clock times and venue (the source's meeting mentions, before the visit is known)."""

POSITIONS = Stage(
    name="positions",
    run=_positions_stage,
    requires=frozenset({"analysis", "statements"}),
    provides=frozenset({"position_reading"}),
)
"""The topics each sentence names, its clauses and their stance cues, and a transcript's
speaker labels (``PositionReading``): what positions are read from once the
visit's sides and merged statements are known."""

DEFAULT_STAGES = (
    "text",
    "quotes",
    "people",
    "mentions",
    "statements",
    "time",
    "meetings",
    "positions",
)
"""The names of the stages :func:`default_pipeline` runs, in order."""

stages: Registry[Stage] = Registry(
    "pipeline stage",
    entry_point_group="diplomatic_events.stages",
    builtins={
        name: f"diplomatic_events.parsing._pipeline:{name.upper()}" for name in DEFAULT_STAGES
    },
)
"""Stages by name: the built-ins and any a user or package registers."""


def default_pipeline(registry: Registry[Stage] | None = None) -> Pipeline:
    """The stages :func:`~diplomatic_events.parsing.parse` runs on each source.

    Each is looked up by name (:data:`DEFAULT_STAGES`) in ``registry``, by default
    :data:`stages`; a registry of your own can hold other stages under these names.
    """
    chosen = stages if registry is None else registry
    return Pipeline(chosen.get(name) for name in DEFAULT_STAGES)
