"""Hypothesis strategies for every public model type, for this package and its users.

Each ``*s()`` function returns a strategy of *valid* values; :func:`invalid_values`
returns ``(factory, kwargs)`` pairs that the model must refuse. Needs ``hypothesis``
(the ``test`` extra).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from diplomatic_events.model import (
    Actor,
    ActorKind,
    Block,
    BlockKind,
    Contributor,
    ContributorRole,
    Duration,
    Event,
    EventKind,
    Extraction,
    Interval,
    LiveEntry,
    Meeting,
    MeetingKind,
    MeetingReport,
    NonQuotation,
    NonQuotationKind,
    PartialDate,
    Position,
    PublishedOrigin,
    Report,
    Role,
    Source,
    SourceKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    Topic,
    Visit,
)
from diplomatic_events.testing._primitives import (
    _names,
    _optional,
    _tuples,
    _unique_tuples,
    aware_datetimes,
    durations,
    identifiers,
    intervals,
    partial_dates,
    spans,
)
from diplomatic_events.typing import (
    ActorId,
    EventId,
    MeetingId,
    SourceId,
    StatementId,
    TopicId,
    VisitId,
)

__all__ = [
    "actors",
    "aware_datetimes",
    "durations",
    "events",
    "extractions",
    "identifiers",
    "intervals",
    "invalid_values",
    "meeting_reports",
    "meetings",
    "non_quotations",
    "partial_dates",
    "positions",
    "reports",
    "sources",
    "spans",
    "statements",
    "topics",
    "visits",
]


def roles() -> st.SearchStrategy[Role]:
    """Titles over optional periods."""
    return st.builds(
        _role,
        title=_names(),
        organization=_optional(_names()),
        dates=st.lists(partial_dates(), max_size=2),
    )


def _role(title: str, organization: str | None, dates: list[PartialDate]) -> Role:
    ordered = sorted(dates)
    start = ordered[0] if ordered else None
    end = ordered[1] if len(ordered) > 1 else None
    return Role(title=title, organization=organization, start=start, end=end)


def actors() -> st.SearchStrategy[Actor]:
    """People, institutions, unnamed sources and groups."""
    return st.builds(
        Actor,
        id=identifiers().map(ActorId),
        name=_names(),
        kind=st.sampled_from(ActorKind),
        aliases=_unique_tuples(_names()),
        country=_optional(st.sampled_from(["US", "CN", "IN", "GB", "DE"])),
        roles=_tuples(roles(), max_size=2),
        discovered=st.booleans(),
    )


def contributors(evidence: st.SearchStrategy[Span] | None = None) -> st.SearchStrategy[Contributor]:
    """Credited people; ``evidence`` draws the span that credits them (default: made up)."""
    return st.builds(
        Contributor,
        name=_names(),
        role=st.sampled_from(ContributorRole),
        title=_optional(_names()),
        evidence=_optional(spans() if evidence is None else evidence),
    )


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """Sources whose blocks, entries and spans all lie inside their own text; the readable
    blocks in text order and apart."""
    source_id = SourceId(draw(identifiers()))
    text = draw(st.text(max_size=200))
    size = len(text)

    def inside() -> st.SearchStrategy[tuple[int, int]]:
        return st.tuples(
            st.integers(min_value=0, max_value=size), st.integers(min_value=0, max_value=size)
        ).map(lambda pair: (min(pair), max(pair)))

    def span_in() -> st.SearchStrategy[Span]:
        return inside().map(lambda pair: Span.of(source_id, text, pair[0], pair[1]))

    entry_count = draw(st.integers(min_value=0, max_value=2))
    entries = []
    for _ in range(entry_count):
        start, end = draw(inside())
        entries.append(
            LiveEntry(
                start=start,
                end=end,
                heading=draw(_optional(span_in())),
                published=draw(_optional(aware_datetimes())),
                authors=draw(_tuples(contributors(evidence=span_in()), max_size=2)),
                label=draw(_optional(_names())),
            )
        )
    drawn = [
        (draw(st.sampled_from(BlockKind)), span) for span in draw(st.lists(inside(), max_size=4))
    ]
    # the readable blocks in text order and apart (a Source refuses others): their ends,
    # sorted, taken two by two; the other blocks stay where they were drawn
    ends = iter(sorted(end for kind, span in drawn if kind.is_readable for end in span))
    blocks = []
    for kind, (start, end) in drawn:
        if kind.is_readable:
            start, end = next(ends), next(ends)
        entry = (
            draw(st.none() | st.integers(min_value=0, max_value=entry_count - 1))
            if entries
            else None
        )
        blocks.append(Block(kind=kind, start=start, end=end, entry=entry))
    return Source(
        id=source_id,
        text=text,
        path=draw(_optional(st.text(max_size=20))),
        url=draw(_optional(st.text(max_size=20))),
        outlet=draw(_optional(identifiers())),
        outlet_name=draw(_optional(_names())),
        title=draw(_optional(st.text(max_size=30))),
        original_outlet=draw(_optional(_names())),
        kind=draw(st.sampled_from(SourceKind)),
        headline=draw(_optional(span_in())),
        published=draw(_optional(aware_datetimes())),
        published_date=draw(_optional(partial_dates())),
        published_inferred=draw(st.booleans()),
        published_reason=draw(_optional(st.text(max_size=20))),
        published_origin=draw(_optional(st.sampled_from(PublishedOrigin))),
        published_evidence=draw(_optional(span_in())),
        updated=draw(_optional(aware_datetimes())),
        page_date=draw(_optional(partial_dates())),
        page_date_conflict=draw(st.booleans()),
        contributors=draw(_tuples(contributors(evidence=span_in()), max_size=2)),
        blocks=tuple(blocks),
        entries=tuple(entries),
        language=draw(st.sampled_from(["en", "zh", "fr"])),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """One outlet's wording of a statement."""
    span = draw(spans())
    return Report(
        source=span.source,
        kind=draw(st.sampled_from(StatementKind)),
        text=span.text,
        start=span.start,
        end=span.end,
        cue=draw(_optional(spans(source=span.source))),
        speaker_mention=draw(_optional(spans(source=span.source))),
        occasion=draw(_optional(_names())),
        said_at=draw(_optional(aware_datetimes())),
        said_on=draw(_optional(partial_dates().map(PartialDate.isoformat))),
    )


def statements() -> st.SearchStrategy[Statement]:
    """Utterances with one to three reports."""
    return st.builds(
        Statement,
        id=identifiers().map(StatementId),
        speaker=_optional(identifiers().map(ActorId)),
        kind=st.sampled_from(StatementKind),
        reports=st.lists(reports(), min_size=1, max_size=3).map(tuple),
        speaker_candidates=_unique_tuples(identifiers().map(ActorId)),
        topics=_unique_tuples(identifiers().map(TopicId)),
    )


def non_quotations() -> st.SearchStrategy[NonQuotation]:
    """Quoted spans that are not quotations."""
    return st.builds(
        NonQuotation,
        evidence=spans(),
        kind=st.sampled_from(NonQuotationKind),
        reason=st.text(max_size=20),
    )


@st.composite
def meeting_reports(draw: st.DrawFn) -> MeetingReport:
    """One source's account of a meeting."""
    start = draw(_optional(aware_datetimes()))
    end = draw(_optional(aware_datetimes()))
    if start is not None and end is not None and end < start:
        start, end = end, start
    return MeetingReport(
        source=SourceId(draw(identifiers())),
        participants=draw(_unique_tuples(identifiers().map(ActorId))),
        date=draw(_optional(partial_dates())),
        start=start,
        end=end,
        duration=draw(_optional(durations())),
        location=draw(_optional(_names())),
        city=draw(_optional(_names())),
        evidence=draw(_tuples(spans(), max_size=2)),
    )


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """Meetings whose end, when given, is not before their start."""
    start = draw(_optional(aware_datetimes()))
    end = draw(_optional(aware_datetimes()))
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Meeting(
        id=MeetingId(draw(identifiers())),
        participants=draw(_unique_tuples(identifiers().map(ActorId))),
        kind=draw(st.sampled_from(MeetingKind)),
        date=draw(_optional(partial_dates())),
        date_inferred=draw(st.booleans()),
        date_reason=draw(_optional(st.text(max_size=20))),
        start=start,
        end=end,
        duration=draw(_optional(durations())),
        duration_reports=draw(_tuples(durations(), max_size=2)),
        location=draw(_optional(_names())),
        city=draw(_optional(_names())),
        outcome=draw(_tuples(identifiers().map(StatementId))),
        evidence=draw(_tuples(spans(), max_size=2)),
        reports=draw(_tuples(meeting_reports(), max_size=2)),
    )


@st.composite
def _date_range(draw: st.DrawFn) -> tuple[PartialDate | None, PartialDate | None]:
    first = draw(_optional(partial_dates()))
    second = draw(_optional(partial_dates()))
    if first is not None and second is not None and second.latest() < first.earliest():
        first, second = second, first
    return first, second


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Related events with a date range that does not run backwards."""
    start, end = draw(_date_range())
    return Event(
        id=EventId(draw(identifiers())),
        kind=draw(st.sampled_from(EventKind)),
        description=draw(_names()),
        date=start,
        date_end=end,
        participants=draw(_tuples(identifiers().map(ActorId))),
        location=draw(_optional(_names())),
        evidence=draw(_tuples(spans(), max_size=2)),
    )


def topics() -> st.SearchStrategy[Topic]:
    """Topic vocabulary entries."""
    return st.builds(Topic, id=identifiers().map(TopicId), label=_names())


def positions() -> st.SearchStrategy[Position]:
    """Stances of a side on a topic."""
    return st.builds(
        Position,
        side=identifiers(),
        topic=identifiers().map(TopicId),
        stance=st.sampled_from(Stance),
        negated=st.booleans(),
        holder=_optional(identifiers().map(ActorId)),
        statements=_tuples(identifiers().map(StatementId)),
        evidence=_tuples(spans(), max_size=2),
    )


@st.composite
def visits(draw: st.DrawFn) -> Visit:
    """Visits with a few meetings, statements, events and positions."""
    start, end = draw(_date_range())
    return Visit(
        id=VisitId(draw(identifiers())),
        visitor=draw(_optional(identifiers().map(ActorId))),
        host_country=draw(_optional(st.sampled_from(["CN", "US", "IN"]))),
        host_city=draw(_optional(_names())),
        delegation=draw(_tuples(identifiers().map(ActorId))),
        start=start,
        end=end,
        purpose=draw(_optional(st.text(max_size=30))),
        meetings=draw(_tuples(meetings(), max_size=2)),
        statements=draw(_tuples(statements(), max_size=2)),
        events=draw(_tuples(events(), max_size=2)),
        positions=draw(_tuples(positions(), max_size=2)),
        sources=draw(_tuples(identifiers().map(SourceId))),
    )


def _cuts_from_its_sources(extraction: Extraction) -> bool:
    """Whether every span naming a source of the document cuts its text from that source."""
    from diplomatic_events.serialization import to_dict
    from diplomatic_events.serialization._offsets import offset_errors

    return not offset_errors(to_dict(extraction))


def extractions() -> st.SearchStrategy[Extraction]:
    """Whole documents, as ``extract --json`` prints them: evidence that names one of the
    document's sources cuts its text from it (as :func:`~diplomatic_events.from_json` checks)."""
    return st.builds(
        Extraction,
        sources=_tuples(sources(), max_size=2),
        actors=_tuples(actors(), max_size=2),
        topics=_tuples(topics(), max_size=2),
        visits=_tuples(visits(), max_size=1),
        statements=_tuples(statements(), max_size=2),
        meetings=_tuples(meetings(), max_size=1),
        events=_tuples(events(), max_size=1),
        non_quotations=_tuples(non_quotations(), max_size=2),
        positions=_tuples(positions(), max_size=2),
    ).filter(_cuts_from_its_sources)


_NAIVE = st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2100, 1, 1))


def invalid_values() -> st.SearchStrategy[tuple[Callable[..., Any], dict[str, Any]]]:
    """Constructor calls the model must refuse with ``InvalidModelError``."""
    positive = st.integers(min_value=1, max_value=1000)
    return st.one_of(
        # a span that ends before it starts
        st.tuples(st.integers(min_value=0, max_value=1000), positive).map(
            lambda pair: (
                Span,
                {"source": "s", "start": pair[0] + pair[1], "end": pair[0], "text": ""},
            )
        ),
        # a span whose text does not fit its offsets
        st.tuples(st.integers(min_value=0, max_value=1000), st.text(min_size=1, max_size=5)).map(
            lambda pair: (Span, {"source": "s", "start": pair[0], "end": pair[0], "text": pair[1]})
        ),
        # an empty or blank id
        st.sampled_from(["", " ", "\t"]).map(lambda blank: (Actor, {"id": blank, "name": "A"})),
        st.sampled_from(["", "  "]).map(lambda blank: (Topic, {"id": blank, "label": "x"})),
        # an interval whose low exceeds its high
        st.tuples(
            st.floats(min_value=-1e6, max_value=1e6), st.floats(min_value=1e-3, max_value=1e6)
        ).map(lambda pair: (Interval, {"low": pair[0] + pair[1], "high": pair[0]})),
        st.tuples(st.integers(min_value=0, max_value=1000), positive).map(
            lambda pair: (
                Duration,
                {"low_minutes": pair[0] + pair[1], "high_minutes": pair[0], "text": "x"},
            )
        ),
        st.just((Duration, {"low_minutes": None, "high_minutes": None})),
        st.integers(max_value=-1).map(
            lambda low: (Duration, {"low_minutes": low, "high_minutes": None})
        ),
        # a naive datetime where a zone is needed
        _NAIVE.map(lambda naive: (Meeting, {"id": "m", "participants": (), "start": naive})),
        _NAIVE.map(lambda naive: (Source, {"id": "s", "text": "", "published": naive})),
        # a meeting that ends before it starts
        st.tuples(aware_datetimes(), st.integers(min_value=1, max_value=10_000)).map(
            lambda pair: (
                Meeting,
                {
                    "id": "m",
                    "participants": (),
                    "start": pair[0],
                    "end": pair[0] - dt.timedelta(minutes=pair[1]),
                },
            )
        ),
        # a day that does not exist
        st.sampled_from([(2023, 2, 29), (2023, 4, 31), (2024, 13, 1), (2024, 0, 1)]).map(
            lambda ymd: (PartialDate, {"year": ymd[0], "month": ymd[1], "day": ymd[2]})
        ),
        # a block past the end of its source's text
        st.text(max_size=10).map(
            lambda text: (
                Source,
                {
                    "id": "s",
                    "text": text,
                    "blocks": (Block(kind=BlockKind.BODY, start=0, end=len(text) + 1),),
                },
            )
        ),
        # a statement with no report
        st.just(
            (Statement, {"id": "q", "speaker": None, "kind": StatementKind.DIRECT, "reports": ()})
        ),
    )
