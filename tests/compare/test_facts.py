"""Fact reconciliation: per-source values and verdicts."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_events.compare import (
    FactAttribute,
    Verdict,
    group_by_source,
    reconcile_intervals,
    reconcile_meeting,
)
from diplomatic_events.model import Duration, Hedge, Interval, Meeting, PartialDate, Span
from diplomatic_events.typing import ActorId, MeetingId, SourceId

TEXT_A = "The talks lasted nearly six hours at the guest house."
TEXT_B = "After five and a half hours of talks, the ministers ate."
TEXT_C = "They met for more than five hours."
TEXT_D = "They met from 4:34 p.m. to 5:09 p.m. in the Great Hall."
TEXT_E = "The 35-minute meeting was cordial."


def _span(source: str, text: str, words: str) -> Span:
    start = text.index(words)
    return Span.of(SourceId(source), text, start, start + len(words))


def _duration(source: str, text: str, words: str, low: float, high: float | None) -> Duration:
    return Duration(
        low_minutes=low,
        high_minutes=high,
        text=words,
        hedge=Hedge.EXACT,
        evidence=_span(source, text, words),
    )


def _meeting(**values: object) -> Meeting:
    return Meeting(
        id=MeetingId("m1"),
        participants=(ActorId("lee"), ActorId("kim")),
        date=PartialDate(year=2023, month=6, day=18),
        **values,  # type: ignore[arg-type]
    )


def _fact(meeting: Meeting, attribute: FactAttribute):  # type: ignore[no-untyped-def]
    return next(f for f in reconcile_meeting(meeting) if f.attribute is attribute)


class TestReconcileIntervals:
    def test_hedged_durations_are_compatible_with_their_intersection(self) -> None:
        """[300,360], [330,330] and [300,∞) are compatible on exactly 330 minutes."""
        verdict, common, conflicts = reconcile_intervals(
            [Interval(low=300, high=360), Interval.point(330), Interval(low=300)]
        )
        assert (Verdict.COMPATIBLE, Interval.point(330), ()) == (verdict, common, conflicts)

    def test_equal_intervals_agree(self) -> None:
        """The same interval twice agrees."""
        assert Verdict.AGREE == reconcile_intervals([Interval.point(35), Interval.point(35)])[0]

    def test_disjoint_intervals_conflict_with_the_gap(self) -> None:
        """Intervals that do not meet conflict, naming the pair and the gap."""
        verdict, common, conflicts = reconcile_intervals(
            [Interval.point(35), Interval(low=50, high=60)]
        )
        assert (Verdict.CONFLICT, None, ((0, 1, 15),)) == (verdict, common, conflicts)

    def test_no_interval_is_refused(self) -> None:
        """Reconciling nothing is a programming error."""
        with pytest.raises(ValueError, match="at least one"):
            reconcile_intervals([])


class TestReconcileMeeting:
    def test_durations_are_read_per_source(self) -> None:
        """Each duration report becomes the value of its evidence's source."""
        meeting = _meeting(
            duration_reports=(
                _duration("a", TEXT_A, "nearly six hours", 300, 360),
                _duration("b", TEXT_B, "five and a half hours", 330, 330),
                _duration("c", TEXT_C, "more than five hours", 300, None),
            )
        )
        fact = _fact(meeting, FactAttribute.DURATION)
        assert (["a", "b", "c"], Verdict.COMPATIBLE, Interval.point(330)) == (
            [value.source for value in fact.values],
            fact.verdict,
            fact.intersection,
        )

    def test_clock_times_agree_with_a_stated_length(self) -> None:
        """4:34 p.m. to 5:09 p.m. is 35 minutes, which agrees with "35-minute"."""
        tz = dt.timezone(dt.timedelta(hours=8))
        meeting = _meeting(
            start=dt.datetime(2023, 6, 19, 16, 34, tzinfo=tz),
            end=dt.datetime(2023, 6, 19, 17, 9, tzinfo=tz),
            duration_reports=(_duration("e", TEXT_E, "35-minute", 35, 35),),
            evidence=(_span("d", TEXT_D, "from 4:34 p.m. to 5:09 p.m."),),
        )
        fact = _fact(meeting, FactAttribute.DURATION)
        assert (Verdict.AGREE, ["e", "d"]) == (fact.verdict, [v.source for v in fact.values])

    def test_conflicting_durations_name_the_sources(self) -> None:
        """Durations that cannot both hold conflict, with the gap in minutes."""
        meeting = _meeting(
            duration_reports=(
                _duration("e", TEXT_E, "35-minute", 35, 35),
                _duration("c", TEXT_C, "more than five hours", 300, None),
            )
        )
        fact = _fact(meeting, FactAttribute.DURATION)
        assert (Verdict.CONFLICT, "e", "c", "265 minutes") == (
            fact.verdict,
            fact.disagreements[0].a,
            fact.disagreements[0].b,
            fact.disagreements[0].by,
        )

    def test_location_is_given_by_sources_whose_evidence_names_it(self) -> None:
        """Only sources whose evidence mentions the venue are listed for it."""
        meeting = _meeting(
            location="Great Hall",
            evidence=(_span("d", TEXT_D, "in the Great Hall"), _span("e", TEXT_E, "meeting")),
        )
        fact = _fact(meeting, FactAttribute.LOCATION)
        assert (["d"], Verdict.AGREE) == ([v.source for v in fact.values], fact.verdict)


class TestGroupBySource:
    def test_spans_are_grouped_and_ordered(self) -> None:
        """Spans of one source come together, in text order."""
        spans = [
            _span("b", TEXT_B, "talks"),
            _span("a", TEXT_A, "hours"),
            _span("b", TEXT_B, "five"),
        ]
        grouped = group_by_source(spans)
        assert {"b": ("five", "talks"), "a": ("hours",)} == {
            source: tuple(span.text for span in found) for source, found in grouped.items()
        }
