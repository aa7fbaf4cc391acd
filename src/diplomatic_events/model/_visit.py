"""A visit and the document that holds everything read from a corpus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import field, frozen

from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model._actor import Actor
from diplomatic_events.model._checks import non_empty
from diplomatic_events.model._meeting import Event, Meeting, Position, Topic
from diplomatic_events.model._source import Source
from diplomatic_events.model._statement import NonQuotation, Statement
from diplomatic_events.model._time import PartialDate
from diplomatic_events.typing import ActorId, SourceId, VisitId

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SCHEMA_VERSION", "Extraction", "TimelineItem", "Visit"]

SCHEMA_VERSION = 1
"""Version of the JSON document; raised whenever a reader would misread an older one."""


@frozen(kw_only=True)
class TimelineItem:
    """One row of :meth:`Visit.timeline`: a meeting or a related event, with its date."""

    date: PartialDate | None
    kind: str
    label: str
    ref: str
    """The id of the meeting or event."""


@frozen(kw_only=True)
class Visit:
    """A visit by one actor to a host country, and everything the coverage says of it.

    .. versionadded:: 0.1.0
    """

    id: VisitId = field(validator=non_empty)
    visitor: ActorId | None
    host_country: str | None = None
    host_city: str | None = None
    delegation: tuple[ActorId, ...] = ()
    start: PartialDate | None = None
    end: PartialDate | None = None
    purpose: str | None = None
    meetings: tuple[Meeting, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    sources: tuple[SourceId, ...] = ()

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if start is not None and end is not None and end.latest() < start.earliest():
            raise InvalidModelError(f"Visit {self.id!r} ends before it starts")

    def timeline(self) -> tuple[TimelineItem, ...]:
        """Meetings and related events in date order (undated ones last)."""
        items = [
            TimelineItem(
                date=meeting.date,
                kind=f"meeting:{meeting.kind.value}",
                label=" + ".join(meeting.participants),
                ref=meeting.id,
            )
            for meeting in self.meetings
        ]
        items.extend(
            TimelineItem(
                date=event.date,
                kind=f"event:{event.kind.value}",
                label=event.description,
                ref=event.id,
            )
            for event in self.events
        )
        return tuple(sorted(items, key=_timeline_key))


def _timeline_key(item: TimelineItem) -> tuple[int, str, str]:
    if item.date is None:
        return (1, "", item.ref)
    return (0, item.date.isoformat(), item.ref)


@frozen(kw_only=True)
class Extraction:
    """Everything read from a set of sources: the document ``extract --json`` prints.

    Statements, meetings and positions that belong to a visit live in that :class:`Visit`;
    the top-level ``statements``, ``meetings`` and ``positions`` hold only those read from
    sources that belong to none (each position's evidence names its source and offsets).

    .. versionadded:: 0.1.0
    """

    schema_version: int = SCHEMA_VERSION
    sources: tuple[Source, ...] = ()
    actors: tuple[Actor, ...] = ()
    topics: tuple[Topic, ...] = ()
    visits: tuple[Visit, ...] = ()
    statements: tuple[Statement, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    events: tuple[Event, ...] = ()
    non_quotations: tuple[NonQuotation, ...] = ()
    positions: tuple[Position, ...] = ()
    """Positions read from sources of no visit.

    .. versionadded:: 0.1.0
    """

    def __attrs_post_init__(self) -> None:
        if self.schema_version != SCHEMA_VERSION:
            raise InvalidModelError(
                f"schema_version {self.schema_version} is not supported"
                f" (this library reads {SCHEMA_VERSION})"
            )

    def actor(self, actor_id: ActorId) -> Actor | None:
        """The actor with this id, if any."""
        return next((actor for actor in self.actors if actor.id == actor_id), None)

    def source(self, source_id: SourceId) -> Source | None:
        """The source with this id, if any."""
        return next((source for source in self.sources if source.id == source_id), None)

    def all_statements(self) -> tuple[Statement, ...]:
        """Statements of every visit, then the unassigned ones."""
        return (*(s for visit in self.visits for s in visit.statements), *self.statements)

    def all_meetings(self) -> tuple[Meeting, ...]:
        """Meetings of every visit, then the unassigned ones."""
        return (*(m for visit in self.visits for m in visit.meetings), *self.meetings)

    def all_positions(self) -> tuple[Position, ...]:
        """Positions of every visit, then those of sources of no visit.

        .. versionadded:: 0.1.0
        """
        return (*(p for visit in self.visits for p in visit.positions), *self.positions)

    def to_pandas(self) -> dict[str, pd.DataFrame]:
        """One pandas DataFrame per table: sources, actors, visits, statements, reports,
        meetings, events, positions (see :func:`diplomatic_events.tables.to_pandas`).

        Raises:
            MissingExtraError: pandas is not installed (the ``[pandas]`` extra).

        .. versionadded:: 0.1.0
        """
        from diplomatic_events.tables import to_pandas

        return to_pandas(self)
