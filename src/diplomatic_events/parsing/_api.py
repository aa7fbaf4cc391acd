"""The parsing entry points: raw reports in, the model out."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized

from diplomatic_events.exceptions import (
    BatchError,
    DiplomaticEventsError,
    InputError,
    ParseError,
    shorten,
)
from diplomatic_events.knowledge import KnowledgeBase, default_knowledge
from diplomatic_events.model import Extraction, Source, Visit
from diplomatic_events.parsing._frozen_heap import frozen_heap
from diplomatic_events.parsing._pipeline import Document, Pipeline, default_pipeline
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visit_prepare import SourceVisit
from diplomatic_events.parsing._visit_prepare import prepare as _prepare
from diplomatic_events.parsing._visits import assemble
from diplomatic_events.seeds import seed_sources
from diplomatic_events.sources import ManifestEntry, read_source

__all__ = ["Input", "parse", "parse_each", "parse_source", "parse_visit", "run_pipeline"]

Input = Source | ManifestEntry | str | bytes | os.PathLike[str]
"""What the entry points accept: a :class:`Source`, a ``pathlib.Path`` (a ``.html`` or ``.htm``
file is read as a page), raw bytes, or a ``str`` holding the article text itself (not a file
name). To give a publication date, title or outlet, read the input first with
:func:`~diplomatic_events.read_source` (or ``read_html``, ``read_record``, ``read_manifest``)
and pass the :class:`Source`, or pass a manifest's entries
(:func:`~diplomatic_events.sources.load_manifest`), which are read when their turn comes."""

Progress = Callable[[int, int, Source], None]
"""Called after each source is parsed with how many are done, how many in all, and the source."""


def _as_source(item: Input) -> Source:
    if isinstance(item, Source):
        return item
    if isinstance(item, ManifestEntry):
        return item.read()
    return read_source(item)


def _describe(item: object) -> str:
    """Names an input in an error note; never fails, whatever ``item`` is."""
    if isinstance(item, Source):
        return f"source {item.id}"
    if isinstance(item, ManifestEntry):
        return shorten(f"{item.manifest}, line {item.line}: {item.path}", 300)
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


def _items(inputs: Iterable[Input] | None) -> list[Input]:
    """The inputs as a list: the seed corpus for ``None``; one input given alone, a list of one."""
    if inputs is None:
        return list(seed_sources())
    if isinstance(inputs, str | bytes | os.PathLike | Source | ManifestEntry):
        # one input given alone (``parse("text")``), not a sequence of characters or bytes
        return [inputs]
    try:
        return list(inputs)
    except TypeError:
        raise InputError(
            f"inputs must be a list of texts, paths or sources, not {type(inputs).__name__}"
        ) from None


def _read_one(item: Input, number: int, total: int | None) -> Source:
    """``item`` as a Source; a failure carries a note naming the input and its place.

    ``total`` is ``None`` when the inputs come one by one and their number is not known.
    """
    try:
        return _as_source(item)
    except DiplomaticEventsError as error:
        place = f"input {number}" if total is None else f"input {number} of {total}"
        error.add_note(f"{place}: {_describe(item)}")
        raise


def _read_all(items: Sequence[Input]) -> list[Source]:
    """Every input as a Source; all failures are reported together, each naming its input."""
    sources: list[Source] = []
    errors: list[DiplomaticEventsError] = []
    for number, item in enumerate(items, start=1):
        try:
            sources.append(_read_one(item, number, len(items)))
        except DiplomaticEventsError as error:
            errors.append(error)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise BatchError(f"{len(errors)} of {len(items)} inputs could not be read", errors)
    return sources


def _checked_jobs(jobs: object) -> int:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise InputError(f"jobs must be a positive integer, got {jobs!r}")
    return jobs


def run_pipeline(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> tuple[Document, ...]:
    """Run the per-source pipeline and return each source's working :class:`Document`.

    This is :func:`parse` without the assembly into visits: use it to read what your own
    stages added to ``document.results``. ``progress`` is called after each source.

    With ``jobs`` above 1, the inputs are read and run through the pipeline in that many
    worker processes (see :ref:`parallel-runs`); the documents are the same, in the same
    order, as with ``jobs=1``.

    Raises:
        InputError: an input cannot be read (its note names the input), or ``jobs`` is not
            a positive integer.
        BatchError: several inputs cannot be read; one error per input.
        PipelineError: with ``jobs`` above 1, a stage cannot be sent to a worker process.

    .. versionadded:: 0.1.0
    """
    jobs = _checked_jobs(jobs)
    knowledge = knowledge if knowledge is not None else default_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    items = _items(inputs)
    if jobs > 1 and len(items) > 1:
        from diplomatic_events.parsing._parallel import run_in_processes

        return run_in_processes(
            items, knowledge=knowledge, pipeline=pipeline, jobs=jobs, progress=progress
        )
    with frozen_heap():
        documents, _ = _run_serially(items, knowledge, pipeline, progress, prepare=False)
    return documents


def _run_serially(
    items: Sequence[Input],
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    progress: Progress | None,
    *,
    prepare: bool,
) -> tuple[tuple[Document, ...], tuple[SourceVisit | None, ...]]:
    """:func:`run_pipeline` in this process; with ``prepare`` (for ``parse``), each source's
    part of the assembly is done as soon as it is parsed, and of its stages' results only
    the statements are kept (``None`` where there are none), as the workers do."""
    sources = _read_all(items)
    documents: list[Document] = []
    prepared: list[SourceVisit | None] = []
    for number, source in enumerate(sources, start=1):
        document = pipeline.run(Document(source=source, knowledge=knowledge))
        if prepare and "statements" in document.results:
            # as the workers do: keep only what parse needs, not each stage's own knowledge
            part = document.results["statements"]
            prepared.append(_prepare(part, knowledge, document.results))
            document = Document(
                source=document.source, knowledge=knowledge, results={"statements": part}
            )
        else:
            prepared.append(None)
        documents.append(document)
        if progress is not None:
            progress(number, len(sources), source)
    return tuple(documents), tuple(prepared)


def parse(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> Extraction:
    """Read every input and reconstruct the visits they report.

    Called with no ``inputs`` at all (``parse()``), the bundled seed corpus is read, as a
    demonstration; an empty list reads nothing and returns an empty :class:`Extraction`.
    Each source runs through ``pipeline`` (default: :func:`default_pipeline`), then the
    sources are assembled into visits together. ``progress`` is called after each source.

    ``jobs`` above 1 reads and runs the per-source pipeline in that many worker processes
    (see :ref:`parallel-runs`), with what the assembly needs of each source on its own
    (meeting mentions, the visit it reports, related events); the result is the same as with
    ``jobs=1``. Grouping the sources into visits runs in this process, the workers assemble
    each visit, and meanwhile this process assembles the sources of no visit.

    Raises:
        InputError: an input cannot be read (its note names the input), or ``jobs`` is not
            a positive integer.
        BatchError: several inputs cannot be read; one error per input.
        PipelineError: with ``jobs`` above 1, a stage cannot be sent to a worker process.

    .. versionadded:: 0.1.0
    """
    jobs = _checked_jobs(jobs)
    knowledge = knowledge if knowledge is not None else default_knowledge()
    pipeline = pipeline if pipeline is not None else default_pipeline()
    items = _items(inputs)
    if jobs > 1 and len(items) > 1:
        from diplomatic_events.parsing._parallel import parse_in_processes

        return parse_in_processes(
            items, knowledge=knowledge, pipeline=pipeline, jobs=jobs, progress=progress
        )
    with frozen_heap():
        documents, prepared = _run_serially(items, knowledge, pipeline, progress, prepare=True)
        per_source: list[SourceStatements] = [d.get("statements") for d in documents]
        return assemble(per_source, knowledge, _prepared(per_source, prepared, knowledge))


def _prepared(
    per_source: Sequence[SourceStatements],
    prepared: Sequence[SourceVisit | None],
    knowledge: KnowledgeBase,
) -> list[SourceVisit]:
    """The per-source part of the assembly: the workers', else found here."""
    return [
        done if done is not None else _prepare(part, knowledge)
        for part, done in zip(per_source, prepared, strict=True)
    ]


def _lazy_items(inputs: Iterable[Input] | None) -> Iterator[Input]:
    """The inputs one by one, as :func:`_items` lists them, without listing them."""
    if inputs is None or isinstance(inputs, str | bytes | os.PathLike | Source | ManifestEntry):
        return iter(_items(inputs))
    try:
        return iter(inputs)
    except TypeError:
        raise InputError(
            f"inputs must be a list of texts, paths or sources, not {type(inputs).__name__}"
        ) from None


def parse_each(
    inputs: Iterable[Input] | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    jobs: int = 1,
) -> Iterator[Extraction]:
    """Parse each input on its own and yield its extraction as soon as it is done.

    For archives too large to hold at once: ``inputs`` is consumed as the extractions are
    (a generator of paths is read a few at a time), and nothing is kept once yielded, so
    memory stays flat however many inputs there are. Each extraction is the one
    :func:`parse_source` gives for its input: one source, its statements, meetings and
    events, and its visit when it reports one. What needs several sources together
    (statements merged across sources, a visit told by several reports, a date inferred
    from the other reports) is :func:`parse`'s.

    The extractions come in input order, also with ``jobs`` above 1 (see
    :ref:`parallel-runs`), where a few inputs per worker are in flight at a time.

    Raises:
        InputError: ``jobs`` is not a positive integer; or, once every readable input
            has been yielded, the one input that could not be read (its note names it).
        BatchError: once every readable input has been yielded, several inputs could not
            be read; one error per input.
        PipelineError: with ``jobs`` above 1, a stage cannot be sent to a worker process.

    A stage's error stops the run when its input is reached, and reaches you unchanged.

    .. versionadded:: 0.1.0
    """
    jobs, knowledge, pipeline, items, total = _streamed_run(inputs, knowledge, pipeline, jobs)
    return _each(items, total, knowledge=knowledge, pipeline=pipeline, jobs=jobs)


def _streamed_run(
    inputs: Iterable[Input] | None,
    knowledge: KnowledgeBase | None,
    pipeline: Pipeline | None,
    jobs: object,
) -> tuple[int, KnowledgeBase, Pipeline, Iterator[Input], int | None]:
    """The checked arguments of a run that reads its inputs one at a time
    (:func:`parse_each`, :func:`parse_stream`): the jobs, the knowledge and pipeline (the
    defaults when not given), the inputs as read lazily, and their number when known."""
    total = (
        len(inputs) if isinstance(inputs, Sized) and not isinstance(inputs, str | bytes) else None
    )
    return (
        _checked_jobs(jobs),
        knowledge if knowledge is not None else default_knowledge(),
        pipeline if pipeline is not None else default_pipeline(),
        _lazy_items(inputs),
        total,
    )


def _each(
    items: Iterator[Input],
    total: int | None,
    *,
    knowledge: KnowledgeBase,
    pipeline: Pipeline,
    jobs: int,
) -> Iterator[Extraction]:
    from diplomatic_events.parsing._parallel import each_in_processes, raise_unreadable

    if jobs > 1:
        yield from each_in_processes(
            items, total, knowledge=knowledge, pipeline=pipeline, jobs=jobs
        )
        return
    unreadable: list[DiplomaticEventsError] = []
    seen = 0
    for seen, item in enumerate(items, start=1):
        try:
            source = _read_one(item, seen, total)
        except DiplomaticEventsError as error:
            unreadable.append(error)
            continue
        document = pipeline.run(Document(source=source, knowledge=knowledge))
        part = document.get("statements")
        yield assemble([part], knowledge, [_prepare(part, knowledge, document.results)])
    raise_unreadable(unreadable, seen)


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
