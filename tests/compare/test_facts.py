"""Fact reconciliation: per-source values and verdicts."""

from __future__ import annotations

import datetime as dt

import pytest
from attrs import evolve

from diplomatic_events.compare import (
    FactAttribute,
    Verdict,
    group_by_source,
    reconcile_intervals,
    reconcile_meeting,
)
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import (
    Actor,
    Duration,
    Hedge,
    Interval,
    Meeting,
    MeetingReport,
    PartialDate,
    Span,
)
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visits import assemble
from diplomatic_events.sources import read_source
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


TZ = dt.timezone(dt.timedelta(hours=8))


def _report(source: str, **values: object) -> MeetingReport:
    return MeetingReport(
        source=SourceId(source),
        participants=(ActorId("lee"), ActorId("kim")),
        **values,  # type: ignore[arg-type]
    )


class TestReconcileMeetingReports:
    def test_hedged_durations_per_source_are_compatible(self) -> None:
        """Each source's own duration is its value; overlapping hedges give the intersection."""
        meeting = _meeting(
            reports=(
                _report("a", duration=_duration("a", TEXT_A, "nearly six hours", 300, 360)),
                _report("b", duration=_duration("b", TEXT_B, "five and a half hours", 330, 330)),
                _report("c", duration=_duration("c", TEXT_C, "more than five hours", 300, None)),
            )
        )
        fact = _fact(meeting, FactAttribute.DURATION)
        assert (
            ["a", "b", "c"],
            ["nearly six hours", "five and a half hours", "more than five hours"],
            Verdict.COMPATIBLE,
            Interval.point(330),
        ) == (
            [v.source for v in fact.values],
            [v.value for v in fact.values],
            fact.verdict,
            fact.intersection,
        )

    def test_clock_length_and_stated_length_agree(self) -> None:
        """A source's 16:34-17:09 (35 minutes) agrees with another's "35-minute"."""
        clock = Duration.exactly(35, text="16:34 to 17:09", evidence=_span("d", TEXT_D, "4:34"))
        meeting = _meeting(
            reports=(
                _report("e", duration=_duration("e", TEXT_E, "35-minute", 35, 35)),
                _report(
                    "d",
                    start=dt.datetime(2023, 6, 19, 16, 34, tzinfo=TZ),
                    end=dt.datetime(2023, 6, 19, 17, 9, tzinfo=TZ),
                    duration=clock,
                ),
            )
        )
        fact = _fact(meeting, FactAttribute.DURATION)
        start = _fact(meeting, FactAttribute.START)
        assert (Verdict.AGREE, ["e", "d"], ["d"]) == (
            fact.verdict,
            [v.source for v in fact.values],
            [v.source for v in start.values],
        )

    def test_different_days_conflict_by_days(self) -> None:
        """Two sources putting the meeting on different days conflict, with the gap."""
        meeting = _meeting(
            reports=(
                _report("a", date=PartialDate(year=2023, month=6, day=18)),
                _report("b", date=PartialDate(year=2023, month=6, day=19)),
            )
        )
        fact = _fact(meeting, FactAttribute.DATE)
        assert (Verdict.CONFLICT, "1 day") == (fact.verdict, fact.disagreements[0].by)

    def test_different_start_times_conflict_by_minutes(self) -> None:
        """Start times ten minutes apart conflict by 10 minutes."""
        meeting = _meeting(
            reports=(
                _report("a", start=dt.datetime(2023, 6, 19, 16, 34, tzinfo=TZ)),
                _report("b", start=dt.datetime(2023, 6, 19, 16, 44, tzinfo=TZ)),
            )
        )
        fact = _fact(meeting, FactAttribute.START)
        assert (Verdict.CONFLICT, "10 minutes") == (fact.verdict, fact.disagreements[0].by)

    def test_venues_per_source(self) -> None:
        """Each source's venue is its own value; different venues conflict."""
        meeting = _meeting(
            reports=(_report("a", location="Great Hall"), _report("b", location="Guest House"))
        )
        fact = _fact(meeting, FactAttribute.LOCATION)
        assert (["Great Hall", "Guest House"], Verdict.CONFLICT) == (
            [v.value for v in fact.values],
            fact.verdict,
        )

    def test_a_venue_told_with_the_one_it_is_in_agrees_with_that_one(self) -> None:
        """ "Oval Office, White House" and "White House": one account is finer, no conflict."""
        meeting = _meeting(
            reports=(
                _report("a", location="Oval Office, White House"),
                _report("b", location="White House"),
            )
        )
        assert Verdict.AGREE == _fact(meeting, FactAttribute.LOCATION).verdict

    def test_a_comma_in_other_facts_is_no_venue_within_another(self) -> None:
        """Cities are compared whole: "Washington, D.C." against "D.C." still differs."""
        meeting = _meeting(
            reports=(_report("a", city="Washington, D.C."), _report("b", city="D.C."))
        )
        assert Verdict.CONFLICT == _fact(meeting, FactAttribute.CITY).verdict


class TestReconcileParsedMeeting:
    def test_three_wordings_of_one_meeting_are_compatible(self) -> None:
        """Three reports of one meeting, parsed, reconcile to the one length they all allow."""
        knowledge = KnowledgeBase().with_actors(
            [
                Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz", country="DE"),
                Actor(id=ActorId("narendra-modi"), name="Narendra Modi", country="IN"),
            ]
        )
        published = dt.datetime(2024, 2, 26, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))
        texts = {
            "a": "Scholz met Modi for nearly two hours in New Delhi on Monday, on his visit to"
            " India. The visit by Scholz to India was his second.\n",
            "b": "Scholz met Modi in New Delhi on Monday during a visit to India. The meeting"
            " lasted 105 minutes. The trip by Scholz to India was long planned.\n",
            "c": "Scholz met Modi on Monday in New Delhi for more than an hour and a half, on"
            " his visit to India. The visit by Scholz to India ends today.\n",
        }
        parts = [
            SourceStatements(source=evolve(read_source(t, source_id=n), published=published))
            for n, t in texts.items()
        ]
        (visit,) = assemble(parts, knowledge).visits
        (meeting,) = visit.meetings
        fact = _fact(meeting, FactAttribute.DURATION)
        assert (
            {"a": "nearly two hours", "b": "105 minutes", "c": "more than an hour and a half"},
            Verdict.COMPATIBLE,
            Interval.point(105),
        ) == (
            {v.source: v.value for v in fact.values},
            fact.verdict,
            fact.intersection,
        )


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
