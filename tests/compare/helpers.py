"""Small hand-built model values for the comparison tests."""

from __future__ import annotations

import datetime as dt

from diplomatic_events.model import Report, Source, SourceKind, Statement, StatementKind
from diplomatic_events.typing import ActorId, SourceId, StatementId

WIRE_ONE = (
    "The foreign ministers spent the morning at the lakeside guest house discussing grain "
    "shipments, river water quotas and the reopening of two border crossings closed since "
    "the spring floods, officials from both delegations said."
)
WIRE_TWO = (
    "A joint statement released in the evening promised a working group on fisheries that "
    "would meet every quarter and report to both cabinets before the end of the year."
)
OWN_A = (
    "Our correspondent watched the motorcade arrive under heavy rain as protesters held "
    "banners about pensions outside the parliament building on the north side of the square. "
    "Local shopkeepers said they expected little from the meeting but hoped trade would grow. "
    "A retired teacher queuing for the tram said her grandson works across the border and "
    "crosses twice a week, and that the closures had cost him three months of wages."
)
OWN_B = (
    "Analysts at the university think tank cautioned that earlier agreements on fisheries had "
    "collapsed within months because neither coast guard enforced the catch limits agreed. "
    "Opposition lawmakers demanded that the text be published in full before any ratification. "
    "The prime minister's office declined to comment on the timetable, saying only that a "
    "summit could follow in the autumn if the working group made visible progress."
)
UNRELATED = (
    "The orchestra opened its summer season with a programme of Baltic composers, and the "
    "conductor thanked volunteers who repaired the concert hall roof after a winter storm."
)


def source(
    source_id: str,
    text: str,
    *,
    outlet_name: str | None = None,
    kind: SourceKind = SourceKind.ARTICLE,
    published: dt.datetime | None = None,
    original_outlet: str | None = None,
) -> Source:
    """A source without blocks: the whole text is read."""
    return Source(
        id=SourceId(source_id),
        text=text,
        outlet_name=outlet_name,
        kind=kind,
        published=published,
        original_outlet=original_outlet,
    )


def quote(source_id: str, text: str, words: str) -> Report:
    """A direct report of ``words``, which must occur in ``text``."""
    start = text.index(words)
    return Report(
        source=SourceId(source_id),
        kind=StatementKind.DIRECT,
        text=words,
        start=start,
        end=start + len(words),
    )


def statement(statement_id: str, speaker: str | None, *reports: Report) -> Statement:
    """A statement with the given reports."""
    return Statement(
        id=StatementId(statement_id),
        speaker=ActorId(speaker) if speaker is not None else None,
        kind=StatementKind.DIRECT,
        reports=reports,
    )
