"""Meeting mentions and their merging into meetings with one report per source."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Actor, Meeting, PartialDate, Source
from diplomatic_events.parsing._meetings import find_meeting_mentions
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visits import assemble
from diplomatic_events.sources import read_source
from diplomatic_events.typing import ActorId

KNOWLEDGE = KnowledgeBase().with_actors(
    [
        Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz", country="DE"),
        Actor(id=ActorId("narendra-modi"), name="Narendra Modi", country="IN"),
        Actor(id=ActorId("s-jaishankar"), name="Subrahmanyam Jaishankar", country="IN"),
    ]
)
DELHI = ZoneInfo("Asia/Kolkata")
MONDAY_EVENING = dt.datetime(2024, 2, 26, 18, 0, tzinfo=DELHI)

FIRST = (
    "Scholz wraps up visit to India\n\n"
    "New Delhi — German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi on Monday"
    " in New Delhi as he wrapped up a two-day visit to India.\n\n"
    "On Sunday, Scholz held talks with Foreign Minister Subrahmanyam Jaishankar for nearly two"
    " hours.\n\n"
    "A Foreign Office official told reporters the meeting lasted 105 minutes and was"
    " followed by a two-hour dinner.\n\n"
    "The visit by Scholz to India is his first since 2019.\n"
)
SECOND = (
    "Scholz met Modi in New Delhi on Monday, on his visit to India. It began at 10 a.m. local"
    " time and ended at noon, a Berlin official said.\n\n"
    "On Sunday, Scholz met Jaishankar for more than an hour.\n\n"
    "The trip by Scholz to India came after months of planning.\n"
)


def source(text: str, name: str) -> Source:
    return evolve(read_source(text, source_id=name), published=MONDAY_EVENING)


def extract(*texts: tuple[str, str]) -> dict[tuple[str, ...], Meeting]:
    parts = [SourceStatements(source=source(text, name)) for name, text in texts]
    (visit,) = assemble(parts, KNOWLEDGE).visits
    return {(*m.participants, m.kind.value): m for m in visit.meetings}


class TestFindMeetingMentions:
    def test_the_meeting_refers_back_to_the_last_one(self) -> None:
        """ "the meeting lasted ..." gives its length to the meeting mentioned just before."""
        mentions = find_meeting_mentions(source(FIRST, "a"), KNOWLEDGE, KNOWLEDGE.places)
        back = [m for m in mentions if m.anaphoric and m.kind.value == "talks"]
        assert [("olaf-scholz", "s-jaishankar")] == [tuple(sorted(m.people)) for m in back]
        assert ["105 minutes"] == [d.text for m in back for d in m.durations]

    def test_a_meal_duration_is_the_meal_s(self) -> None:
        """ "followed by a two-hour dinner" is the dinner's length, not the talks'."""
        mentions = find_meeting_mentions(source(FIRST, "a"), KNOWLEDGE, KNOWLEDGE.places)
        dinners = [m for m in mentions if m.kind.value == "dinner"]
        assert [["two-hour"]] == [[d.text for d in m.durations] for m in dinners]

    def test_a_comparison_is_not_a_length(self) -> None:
        """ "went hours longer than expected" says nothing of how long the meeting took."""
        text = "Scholz met Modi on Monday. The talks went hours longer than expected.\n"
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert () == tuple(d for m in mentions for d in m.durations)

    def test_an_official_s_department_is_not_the_venue(self) -> None:
        """ "a Foreign Office official" does not put the meeting at the Foreign Office."""
        text = "Scholz met Modi in New Delhi. It lasted an hour, a Washington official said.\n"
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["New Delhi", None] == [m.city for m in mentions]


class TestMeetingReports:
    def test_one_report_per_source(self) -> None:
        """Each source keeps its own day, times and tightest duration; the meeting merges them."""
        meetings = extract(("a", FIRST), ("b", SECOND))
        talks = meetings["olaf-scholz", "s-jaishankar", "talks"]
        reports = {r.source: r for r in talks.reports}
        assert ["a", "b"] == sorted(reports)
        assert reports["a"].duration is not None
        assert reports["b"].duration is not None
        assert ("105 minutes", "more than an hour") == (
            reports["a"].duration.text,
            reports["b"].duration.text,
        )
        assert (PartialDate(year=2024, month=2, day=25),) * 2 == (
            reports["a"].date,
            reports["b"].date,
        )
        assert {"a"} == {span.source for span in reports["a"].evidence}

    def test_clock_times_in_the_host_zone(self) -> None:
        """ "began at 10 a.m. local time and ended at noon" is 10:00-12:00 in Asia/Kolkata."""
        modi = extract(("a", FIRST), ("b", SECOND))["narendra-modi", "olaf-scholz", "talks"]
        start = dt.datetime(2024, 2, 26, 10, 0, tzinfo=DELHI)
        end = dt.datetime(2024, 2, 26, 12, 0, tzinfo=DELHI)
        assert (start, end) == (modi.start, modi.end)
        (second,) = (r for r in modi.reports if r.source == "b")
        assert second.duration is not None
        assert (start, end, 120.0) == (second.start, second.end, second.duration.low_minutes)

    def test_a_start_and_an_exact_length_give_the_end(self) -> None:
        """ "started shortly after 9 a.m. and lasted two hours" ends at 11 a.m."""
        text = (
            "Scholz met Modi in New Delhi on Monday during his visit to India. The meeting"
            " started shortly after 9 a.m. and lasted two hours.\n\n"
            "The trip by Scholz to India was his second.\n"
        )
        modi = extract(("a", text))["narendra-modi", "olaf-scholz", "talks"]
        assert (
            dt.datetime(2024, 2, 26, 9, 0, tzinfo=DELHI),
            dt.datetime(2024, 2, 26, 11, 0, tzinfo=DELHI),
        ) == (modi.start, modi.end)
