"""The parsing entry points: raw reports in, the model out."""

from __future__ import annotations

import os
from collections.abc import Iterable

from diplomatic_events.exceptions import ParseError
from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import Extraction, Source, Visit
from diplomatic_events.parsing._pipeline import Document, Pipeline, default_pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visits import assemble
from diplomatic_events.seeds import seed_files
from diplomatic_events.sources import read_source

__all__ = ["Input", "parse", "parse_source", "parse_visit"]

Input = Source | str | bytes | os.PathLike[str]
"""What the entry points accept: a :class:`Source`, a ``pathlib.Path``, raw bytes, or a ``str``
holding the article text itself (not a file name)."""


def _as_source(item: Input) -> Source:
    if isinstance(item, Source):
        return item
    return read_source(item)


def parse(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
) -> Extraction:
    """Read every input and reconstruct the visits they report.

    With no inputs, the bundled seed corpus is read. Each source runs through
    ``pipeline`` (default: :func:`default_pipeline`), then the sources are assembled
    into visits together.

    .. versionadded:: 0.1.0
    """
    knowledge = knowledge if knowledge is not None else load_knowledge()
    if inputs is None:
        sources = [
            read_source(item.read_bytes(), path=f"seeds/{item.name}") for item in seed_files()
        ]
    else:
        sources = [_as_source(item) for item in inputs]
    pipeline = pipeline if pipeline is not None else default_pipeline()
    per_source: list[SourceStatements] = []
    for source in sources:
        document = pipeline.run(Document(source=source, knowledge=knowledge))
        per_source.append(document.get("statements"))
    return assemble(per_source, knowledge)


def parse_source(
    item: Input, *, knowledge: KnowledgeBase | None = None, pipeline: Pipeline | None = None
) -> Extraction:
    """Read one report on its own.

    .. versionadded:: 0.1.0
    """
    return parse([item], knowledge=knowledge, pipeline=pipeline)


def parse_visit(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
) -> Visit:
    """The one visit the inputs report (the best-covered one when there are several).

    Raises:
        ParseError: the inputs report no visit.

    .. versionadded:: 0.1.0
    """
    extraction = parse(inputs, knowledge=knowledge, pipeline=pipeline)
    if not extraction.visits:
        raise ParseError("the inputs report no visit")
    return max(extraction.visits, key=lambda visit: len(visit.sources))
