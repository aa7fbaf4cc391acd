"""The parsing entry points: raw reports in, the model out."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from diplomatic_events.exceptions import (
    BatchError,
    DiplomaticEventsError,
    InputError,
    ParseError,
    shorten,
)
from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import Extraction, Source, Visit
from diplomatic_events.parsing._pipeline import Document, Pipeline, default_pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visits import assemble
from diplomatic_events.seeds import seed_sources
from diplomatic_events.sources import read_source

__all__ = ["Input", "parse", "parse_source", "parse_visit", "run_pipeline"]

Input = Source | str | bytes | os.PathLike[str]
"""What the entry points accept: a :class:`Source`, a ``pathlib.Path`` (a ``.html`` or ``.htm``
file is read as a page), raw bytes, or a ``str`` holding the article text itself (not a file
name). To give a publication date, title or outlet, read the input first with
:func:`~diplomatic_events.read_source` (or ``read_html``, ``read_record``, ``read_manifest``)
and pass the :class:`Source`."""

Progress = Callable[[int, int, Source], None]
"""Called after each source is parsed with how many are done, how many in all, and the source."""


def _as_source(item: Input) -> Source:
    if isinstance(item, Source):
        return item
    return read_source(item)


def _describe(item: object) -> str:
    """Names an input in an error note; never fails, whatever ``item`` is."""
    if isinstance(item, Source):
        return f"source {item.id}"
    if isinstance(item, os.PathLike):
        try:
            return shorten(str(os.fspath(item)), 300)
        except TypeError:
            return f"a {type(item).__name__}"
    if isinstance(item, str):
        return f"str of {len(item):,} characters"
    if isinstance(item, bytes):
        return f"bytes of {len(item):,} bytes"
    return f"a {type(item).__name__} (not an input: give str, bytes, a path or a Source)"


def _read_all(inputs: Iterable[Input] | None) -> list[Source]:
    """Every input as a Source; all failures are reported together, each naming its input."""
    if inputs is None:
        return list(seed_sources())
    if isinstance(inputs, str | bytes | os.PathLike | Source):
        # one input given alone (``parse("text")``), not a sequence of characters or bytes
        items: list[Input] = [inputs]
    else:
        try:
            items = list(inputs)
        except TypeError:
            raise InputError(
                f"inputs must be a list of texts, paths or sources, not {type(inputs).__name__}"
            ) from None
    sources: list[Source] = []
    errors: list[DiplomaticEventsError] = []
    for number, item in enumerate(items, start=1):
        try:
            sources.append(_as_source(item))
        except DiplomaticEventsError as error:
            error.add_note(f"input {number} of {len(items)}: {_describe(item)}")
            errors.append(error)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise BatchError(f"{len(errors)} of {len(items)} inputs could not be read", errors)
    return sources


def run_pipeline(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
) -> tuple[Document, ...]:
    """Run the per-source pipeline and return each source's working :class:`Document`.

    This is :func:`parse` without the assembly into visits: use it to read what your own
    stages added to ``document.results``. ``progress`` is called after each source.

    Raises:
        InputError: an input cannot be read (its note names the input).
        BatchError: several inputs cannot be read; one error per input.

    .. versionadded:: 0.1.0
    """
    knowledge = knowledge if knowledge is not None else load_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    sources = _read_all(inputs)
    documents: list[Document] = []
    for number, source in enumerate(sources, start=1):
        documents.append(pipeline.run(Document(source=source, knowledge=knowledge)))
        if progress is not None:
            progress(number, len(sources), source)
    return tuple(documents)


def parse(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Read every input and reconstruct the visits they report.

    Called with no ``inputs`` at all (``parse()``), the bundled seed corpus is read, as a
    demonstration; an empty list reads nothing and returns an empty :class:`Extraction`.
    Each source runs through ``pipeline`` (default: :func:`default_pipeline`), then the
    sources are assembled into visits together. ``progress`` is called after each source.

    Raises:
        InputError: an input cannot be read (its note names the input).
        BatchError: several inputs cannot be read; one error per input.

    .. versionadded:: 0.1.0
    """
    knowledge = knowledge if knowledge is not None else load_knowledge()
    documents = run_pipeline(inputs, knowledge=knowledge, pipeline=pipeline, progress=progress)
    per_source: list[SourceStatements] = [document.get("statements") for document in documents]
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
