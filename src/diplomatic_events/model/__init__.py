"""The domain model: plain, frozen, validated values with no parsing or I/O."""

from diplomatic_events.model._actor import Actor, ActorKind, Role
from diplomatic_events.model._evidence import Span
from diplomatic_events.model._meeting import (
    Event,
    EventKind,
    Meeting,
    MeetingKind,
    MeetingReport,
    Position,
    Stance,
    Topic,
)
from diplomatic_events.model._quantity import Duration, Hedge, Interval
from diplomatic_events.model._source import (
    Block,
    BlockKind,
    Contributor,
    ContributorRole,
    LiveEntry,
    PublishedOrigin,
    Source,
    SourceKind,
)
from diplomatic_events.model._statement import (
    NonQuotation,
    NonQuotationKind,
    Report,
    Statement,
    StatementKind,
)
from diplomatic_events.model._time import PartialDate, Precision
from diplomatic_events.model._visit import SCHEMA_VERSION, Extraction, TimelineItem, Visit

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Block",
    "BlockKind",
    "Contributor",
    "ContributorRole",
    "Duration",
    "Event",
    "EventKind",
    "Extraction",
    "Hedge",
    "Interval",
    "LiveEntry",
    "Meeting",
    "MeetingKind",
    "MeetingReport",
    "NonQuotation",
    "NonQuotationKind",
    "PartialDate",
    "Position",
    "Precision",
    "PublishedOrigin",
    "Report",
    "Role",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "Statement",
    "StatementKind",
    "TimelineItem",
    "Topic",
    "Visit",
]
