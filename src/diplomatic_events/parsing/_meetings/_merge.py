"""Merging the mentions of one meeting into a meeting with its reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TypeVar

from attrs import evolve

from diplomatic_events.model import (
    Duration,
    Hedge,
    Meeting,
    MeetingKind,
    MeetingReport,
    PartialDate,
    Precision,
)
from diplomatic_events.parsing._meetings._sentences import MeetingMention
from diplomatic_events.parsing._time import clock_range
from diplomatic_events.typing import ActorId, MeetingId, SourceId


def merge_durations(reports: Iterable[Duration]) -> Duration | None:
    """One duration for a meeting from every report of it.

    The intersection of all reports when they are compatible (its wording joins theirs);
    otherwise the interval most reports allow.
    """
    reports = tuple(reports)
    if not reports:
        return None
    if len(reports) == 1:
        return reports[0]
    interval = reports[0].interval
    compatible = True
    for report in reports[1:]:
        meet = interval.intersection(report.interval)
        if meet is None:
            compatible = False
            break
        interval = meet
    if compatible:
        words = " / ".join(dict.fromkeys(report.text for report in reports))
        return Duration.from_interval(interval, text=words)

    def support(candidate: Duration) -> int:
        return sum(candidate.is_compatible_with(other) for other in reports)

    return max(reports, key=support)


def merge_meeting_mentions(
    mentions: Sequence[tuple[tuple[ActorId, ...], MeetingMention]],
    *,
    timezone: str | None,
    prefix: str,
) -> tuple[Meeting, ...]:
    """Merge mentions (each with the participants the caller decided) into meetings.

    Mentions of the same participants and kind are one meeting when their days agree;
    an undated mention joins the best-attested dated meeting of its participants.
    """
    groups: dict[tuple[tuple[ActorId, ...], MeetingKind], list[MeetingMention]] = {}
    order: dict[tuple[ActorId, ...], tuple[ActorId, ...]] = {}
    for participants, mention in mentions:
        # the same people in another order are the same meeting, named as first told
        key = tuple(sorted(participants))
        order.setdefault(key, participants)
        groups.setdefault((key, mention.kind), []).append(mention)
    meetings: list[Meeting] = []
    for (key, kind), members in groups.items():
        participants = order[key]
        by_day: dict[PartialDate | None, list[MeetingMention]] = {}
        stated = {d for m in members if not m.narrative and (d := _mention_day(m)) is not None}
        for mention in members:
            day = _mention_day(mention)
            if (
                mention.narrative
                and len(stated) == 1
                and day not in stated
                and (day is None or _days_apart(day, next(iter(stated))) <= _YIELD_DAYS)
            ):
                # the story's running day yields to the one day a mention states, when the
                # two could be the same encounter (not a transcript of a later meeting)
                day = None
            by_day.setdefault(day, []).append(mention)
        undated = by_day.pop(None, [])
        if not by_day:
            by_day[None] = undated
        else:
            support = {day: len(cluster) for day, cluster in by_day.items()}
            best = max(by_day, key=lambda day: support[day])
            apart: list[MeetingMention] = []
            for mention in undated:
                if mention.spans_days:
                    continue
                # a mention dated to a range of days ("Sept. 19-21") or to a month never
                # joins a day outside it: the best-attested day it allows, else none
                allowed = [
                    day
                    for day in support
                    if day is not None
                    and not _outside(mention, day)
                    and not _far_from_story(mention, day)
                ]
                if best in allowed:
                    by_day[best].append(mention)
                elif allowed:
                    by_day[max(allowed, key=lambda day: support[day])].append(mention)
                else:
                    apart.append(mention)
            for mention in apart:
                by_day.setdefault(mention.date.coarse if mention.date else None, []).append(mention)
            for cluster in by_day.values():
                # "two days of talks in the Kremlin": the place of every day's talks
                cluster.extend(m for m in undated if m.spans_days)
        for day, cluster in by_day.items():
            meetings.append(_meeting(participants, kind, day, cluster, timezone, prefix))
    ordered = sorted(meetings, key=lambda m: (*m.sort_key(), m.kind is not MeetingKind.TALKS))
    return tuple(evolve(m, id=MeetingId(f"{prefix}meeting-{i + 1}")) for i, m in enumerate(ordered))


_YIELD_DAYS = 3
"""How far a guessed day may lie from a stated one and still be taken for it."""


def _days_apart(a: PartialDate, b: PartialDate) -> int:
    return abs((a.earliest() - b.earliest()).days)


def _outside(mention: MeetingMention, day: PartialDate) -> bool:
    """Whether ``mention`` states a range of days or a month that leaves ``day`` out (a
    guessed range, such as the trip's days, yields; a guessed month, the story's, allows a
    few days either way)."""
    date = mention.date
    if date is None or date.date is None or date.future:
        return False
    if date.date_end is None:
        if date.date.precision is not Precision.MONTH:
            return False  # a bare year is as often another thing's ("Vision 2030")
        # a month: a guessed one (the story's month) allows a few days either way
        slack = dt.timedelta(days=_YIELD_DAYS if mention.narrative else 0)
        return not date.date.earliest() - slack <= day.earliest() <= date.date.latest() + slack
    if mention.narrative:
        return False
    return not date.date.earliest() <= day.earliest() <= date.date_end.latest()


_STORY_WINDOW = dt.timedelta(days=60)
"""How long before its story an undated mention's meeting may have been held and still be
taken for another story's dated meeting of the same people."""


def _far_from_story(mention: MeetingMention, day: PartialDate) -> bool:
    """Whether an undated mention cannot be the meeting held on ``day``: its story was
    published before that day (a day's slack for the zones) or long after it ("The Prime
    Minister met President Herzog in Paris", a page of July 2024, is not their meeting of
    September 2025 another page tells)."""
    if mention.date is not None or mention.reference is None:
        return False
    published = mention.reference
    return (
        day.earliest() > published + dt.timedelta(days=1)
        or published - day.latest() > _STORY_WINDOW
    )


def _mention_day(mention: MeetingMention) -> PartialDate | None:
    """The one day a mention dates its meeting to; a range of days ("Nov. 17-19") is none."""
    date = None if mention.date is None else mention.date.coarse
    if date is None or date.precision is not Precision.DAY:
        return None
    return date


def _meeting(
    participants: tuple[ActorId, ...],
    kind: MeetingKind,
    day: PartialDate | None,
    cluster: Sequence[MeetingMention],
    timezone: str | None,
    prefix: str,
) -> Meeting:
    durations = tuple(d for m in cluster for d in m.durations)
    venues = _venue_names(cluster)
    cities = [m.city for m in cluster if m.city is not None]
    by_source: dict[SourceId, list[MeetingMention]] = {}
    for mention in cluster:
        by_source.setdefault(mention.source, []).append(mention)
    reports = tuple(
        _report(source, participants, day, members, timezone)
        for source, members in by_source.items()
    )
    start = next((r.start for r in reports if r.start is not None), None)
    end = next((r.end for r in reports if r.end is not None and r.start == start), None)
    if end is None:
        end = next((r.end for r in reports if r.end is not None), None)
    if start is not None and end is not None and end < start:
        end = None
    duration = merge_durations(durations)
    if start is not None and end is not None:
        exact = Duration.exactly((end - start).total_seconds() / 60, text="start to end")
        duration = exact if duration is None or duration.is_compatible_with(exact) else duration
    evidence = tuple(dict.fromkeys(span for m in cluster for span in m.evidence))
    coarse = [
        m.date.coarse
        for m in cluster
        if day is None and m.date is not None and m.date.coarse is not None and not m.date.future
    ]
    return Meeting(
        id=MeetingId(f"{prefix}meeting"),
        participants=participants,
        kind=kind,
        # no day known: the month (or year) the text supports, when it gives one
        date=day or (_most_common(coarse) if coarse else None),
        start=start,
        end=end,
        duration=duration,
        duration_reports=durations,
        location=_most_common(venues),
        city=_most_common(cities),
        evidence=evidence,
        reports=reports,
    )


def _venue_names(mentions: Sequence[MeetingMention]) -> list[str]:
    """The venues the mentions name, each with the larger venue it is part of ("Oval Office,
    White House"); a venue that another named one is part of yields to it (the White House
    to the Oval Office in it), the finer account of the same place."""
    venues = [m.venue for m in mentions if m.venue is not None]
    enclosing = {v.within for v in venues if v.within is not None}
    return [v.full_name for v in venues if v.name not in enclosing]


_T = TypeVar("_T")


def _most_common(values: Sequence[_T]) -> _T | None:
    """The value named most often, the first named on a tie."""
    if not values:
        return None
    counts: dict[_T, int] = {}  # counted in one pass, each value where first named
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda value: counts[value])


def _report(
    source: SourceId,
    participants: tuple[ActorId, ...],
    day: PartialDate | None,
    members: Sequence[MeetingMention],
    timezone: str | None,
) -> MeetingReport:
    """What one source says of a meeting: its own day, times, length and place.

    The duration is the tightest interval the source's own wordings allow together (the clock
    times count as an exact wording); wordings that cannot all be true give the best-supported.
    """
    days = [d for m in members if not m.narrative and (d := _mention_day(m)) is not None]
    own_day = _most_common(days)
    if own_day is None:
        # only the day the story was telling, a guess: it yields to the meeting's day that
        # another account states ("Blinken earlier spent hours in meetings with Wang Yi and
        # Qin Gang" on a live page of the 19th is no report of the 18th's talks on the 19th)
        guessed = _most_common([d for m in members if (d := _mention_day(m)) is not None])
        own_day = guessed if day is None or guessed == day else None
    start, end = _clock_range(members, own_day or day, timezone)
    wordings = [d for m in members for d in m.durations]
    clock_span = next((m.evidence[0] for m in members if len(m.clock) >= 2 and m.evidence), None)
    if start is not None and end is not None:
        wordings.append(
            Duration.exactly(
                (end - start).total_seconds() / 60,
                text=f"{start:%H:%M} to {end:%H:%M}",
                evidence=clock_span,
            )
        )
    named = {p for m in members if not m.anaphoric for p in m.people}
    return MeetingReport(
        source=source,
        participants=tuple(p for p in participants if p in named) or participants,
        date=own_day,
        start=start,
        end=end,
        duration=_tightest(wordings),
        location=_most_common(_venue_names(members)),
        city=_most_common([m.city for m in members if m.city is not None]),
        evidence=tuple(dict.fromkeys(span for m in members for span in m.evidence)),
    )


def _tightest(wordings: Sequence[Duration]) -> Duration | None:
    """One source's duration: the wording that equals the common interval, or the interval."""
    merged = merge_durations(wordings)
    if merged is None or len(wordings) == 1:
        return merged
    for wording in sorted(wordings, key=lambda w: w.hedge is not Hedge.EXACT):
        if wording.interval == merged.interval:
            return wording
    narrowest = min(
        wordings,
        key=lambda w: (w.high_minutes or float("inf")) - (w.low_minutes or 0.0),
    )
    return evolve(merged, evidence=narrowest.evidence)


def _clock_range(
    cluster: Sequence[MeetingMention], day: PartialDate | None, timezone: str | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Aware start and end on ``day`` from the first mention whose clock times give them.

    "local time", or no zone at all, is the host city's zone; a start with an exact length
    ("began at 3 p.m. and lasted two hours") gives the end too.
    """
    if day is None or day.to_date() is None:
        return None, None
    date = day.earliest()
    for mention in cluster:
        times = [t for t in mention.clock if t.zone is not None or timezone is not None]
        first, last = clock_range(times)
        if first is None and last is None:
            continue
        zone = timezone or "UTC"
        start = None if first is None else first.on(date, zone)
        end = None if last is None else last.on(date, zone)
        if start is not None and end is None:
            exact = [d for d in mention.durations if d.hedge is Hedge.EXACT and d.low_minutes]
            if exact and exact[0].low_minutes is not None:
                end = start + dt.timedelta(minutes=exact[0].low_minutes)
        if start is not None and end is not None and end < start:
            end = None
        return start, end
    return None, None
