"""Meetings, related events and the positions taken in them."""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen

from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model._checks import aware, non_empty, unique_items
from diplomatic_events.model._evidence import Span
from diplomatic_events.model._quantity import Duration
from diplomatic_events.model._time import PartialDate
from diplomatic_events.typing import ActorId, EventId, MeetingId, SourceId, StatementId, TopicId

__all__ = [
    "Event",
    "EventKind",
    "Meeting",
    "MeetingKind",
    "MeetingReport",
    "Position",
    "Stance",
    "Topic",
]


class MeetingKind(enum.Enum):
    """What sort of meeting took place."""

    TALKS = "talks"
    DINNER = "dinner"
    COURTESY_CALL = "courtesy_call"
    NEWS_CONFERENCE = "news_conference"
    OTHER = "other"


@frozen(kw_only=True)
class MeetingReport:
    """One source's account of a meeting, before sources are merged.

    Kept so that comparison can say which outlet gave which date, time, place or length.

    .. versionadded:: 0.1.0
    """

    source: SourceId = field(validator=non_empty)
    participants: tuple[ActorId, ...] = field(default=(), validator=unique_items)
    date: PartialDate | None = None
    start: dt.datetime | None = field(default=None, validator=aware)
    end: dt.datetime | None = field(default=None, validator=aware)
    duration: Duration | None = None
    location: str | None = None
    city: str | None = None
    evidence: tuple[Span, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidModelError(f"MeetingReport from {self.source!r} ends before it starts")


@frozen(kw_only=True)
class Meeting:
    """A meeting during a visit, merged from every mention of it.

    ``duration`` is the tightest wording that every report allows;
    ``duration_reports`` keeps each wording with its evidence.

    .. versionadded:: 0.1.0
    """

    id: MeetingId = field(validator=non_empty)
    participants: tuple[ActorId, ...] = field(validator=unique_items)
    kind: MeetingKind = MeetingKind.TALKS
    date: PartialDate | None = None
    date_inferred: bool = False
    date_reason: str | None = None
    start: dt.datetime | None = field(default=None, validator=aware)
    end: dt.datetime | None = field(default=None, validator=aware)
    duration: Duration | None = None
    duration_reports: tuple[Duration, ...] = ()
    location: str | None = None
    """The venue ("Great Hall of the People")."""
    city: str | None = None
    outcome: tuple[StatementId, ...] = ()
    evidence: tuple[Span, ...] = ()
    reports: tuple[MeetingReport, ...] = ()
    """What each source said of the meeting, before merging."""

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidModelError(
                f"Meeting {self.id!r} ends ({self.end.isoformat()}) "
                f"before it starts ({self.start.isoformat()})"
            )

    @property
    def clock_minutes(self) -> float | None:
        """Minutes between the stated start and end, when both are given."""
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).total_seconds() / 60

    def sort_key(self) -> tuple[str, str]:
        """Order meetings by day, then start time; undated ones last."""
        day = self.date.isoformat() if self.date is not None else "9999"
        start = self.start.isoformat() if self.start is not None else ""
        return (day, start)


class EventKind(enum.Enum):
    """What sort of related event the coverage mentions."""

    MEETING = "meeting"
    TRIP = "trip"
    INCIDENT = "incident"
    POSTPONEMENT = "postponement"
    REFUSAL = "refusal"
    PLANNED = "planned"
    OTHER = "other"


@frozen(kw_only=True)
class Event:
    """Something outside the visit that the coverage sets it against.

    .. versionadded:: 0.1.0
    """

    id: EventId = field(validator=non_empty)
    kind: EventKind
    description: str = field(validator=non_empty)
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    participants: tuple[ActorId, ...] = ()
    location: str | None = None
    evidence: tuple[Span, ...] = ()

    def __attrs_post_init__(self) -> None:
        start, end = self.date, self.date_end
        if start is not None and end is not None and end.latest() < start.earliest():
            raise InvalidModelError(f"Event {self.id!r} ends before it starts")


@frozen(kw_only=True)
class Topic:
    """A subject positions are taken on ("taiwan"), from the topic vocabulary."""

    id: TopicId = field(validator=non_empty)
    label: str = field(validator=non_empty)


class Stance(enum.Enum):
    """What a side does about a topic."""

    SUPPORTS = "supports"
    OPPOSES = "opposes"
    CONCERNED = "concerned"
    DEMANDS = "demands"
    COMMITS = "commits"
    REJECTS = "rejects"
    AGREES = "agrees"
    MENTIONS = "mentions"
    """The side raised the topic without a stance the text makes clear."""


@frozen(kw_only=True)
class Position:
    """One side's stance on one topic, with the statements that carry it.

    ``side`` is a country code (``"US"``) or an actor id when no country is known.

    .. versionadded:: 0.1.0
    """

    side: str = field(validator=non_empty)
    topic: TopicId = field(validator=non_empty)
    stance: Stance
    negated: bool = False
    """True when the text negates the stance verb ("does not support")."""
    holder: ActorId | None = None
    statements: tuple[StatementId, ...] = ()
    evidence: tuple[Span, ...] = ()
