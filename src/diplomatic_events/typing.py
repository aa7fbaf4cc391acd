"""Public type aliases shared across the package."""

from __future__ import annotations

from typing import NewType

__all__ = ["ActorId", "EventId", "MeetingId", "SourceId", "StatementId", "TopicId", "VisitId"]

ActorId = NewType("ActorId", str)
"""Stable identifier of an :class:`~diplomatic_events.Actor` (``"antony-blinken"``)."""
SourceId = NewType("SourceId", str)
"""Stable identifier of a :class:`~diplomatic_events.Source`."""
StatementId = NewType("StatementId", str)
MeetingId = NewType("MeetingId", str)
EventId = NewType("EventId", str)
TopicId = NewType("TopicId", str)
VisitId = NewType("VisitId", str)
