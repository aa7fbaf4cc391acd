"""How a visit is recognised: datelines, hosts' verbs, meetings abroad, and earlier trips."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Actor, Meeting, PartialDate, Source
from diplomatic_events.parsing._statements import SourceStatements
from diplomatic_events.parsing._visits import assemble, find_visit
from diplomatic_events.sources import read_source
from diplomatic_events.typing import ActorId

KNOWLEDGE = KnowledgeBase().with_actors(
    [
        Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz", country="DE"),
        Actor(id=ActorId("narendra-modi"), name="Narendra Modi", country="IN"),
        Actor(id=ActorId("s-jaishankar"), name="Subrahmanyam Jaishankar", country="IN"),
        Actor(id=ActorId("li-qiang"), name="Li Qiang", country="CN"),
        Actor(id=ActorId("fw-steinmeier"), name="Frank-Walter Steinmeier", country="DE"),
    ]
)
DELHI = ZoneInfo("Asia/Kolkata")
MONDAY_EVENING = dt.datetime(2024, 2, 26, 18, 0, tzinfo=DELHI)


def source(text: str, name: str = "a") -> Source:
    return evolve(read_source(text, source_id=name), published=MONDAY_EVENING)


def parts(*sources: Source) -> list[SourceStatements]:
    return [SourceStatements(source=item) for item in sources]


def where(text: str) -> tuple[str, str, str | None, int] | None:
    """The visitor, host country, host city and supporting sentences found in ``text``."""
    found = find_visit(source(text), KNOWLEDGE)
    if found is None:
        return None
    return (found.visitor, found.host_country, found.host_city, found.sentences)


def by_pair(meetings: tuple[Meeting, ...]) -> dict[tuple[str, ...], Meeting]:
    return {(*m.participants, m.kind.value): m for m in meetings}


class TestDateline:
    def test_a_dateline_city_is_where_the_visitor_is(self) -> None:
        """An upper-case dateline names the host city; a visit word without a place uses it."""
        text = (
            "MUMBAI, India (Wire) — Olaf Scholz was welcomed by business leaders on Monday.\n\n"
            "Scholz is on his first trip since taking office.\n"
        )
        assert ("olaf-scholz", "IN", "Mumbai", 2) == where(text)

    def test_an_unknown_dateline_place_keeps_its_country(self) -> None:
        """ "NORTH CAPE SPACEPORT, India —" puts the visit in India, in no known city."""
        text = (
            "NORTH CAPE SPACEPORT, India — Olaf Scholz arrived on Monday.\n\n"
            "Scholz toured the launch pads.\n"
        )
        assert ("olaf-scholz", "IN", None, 2) == where(text)

    def test_a_dated_dateline(self) -> None:
        """ "NEW DELHI, Feb 26 —" is a dateline too."""
        text = (
            "NEW DELHI, Feb 26 — Scholz arrived on Monday.\n\nScholz began his trip with a walk.\n"
        )
        assert ("olaf-scholz", "IN", "New Delhi", 2) == where(text)

    def test_a_dateline_at_home_makes_no_visit(self) -> None:
        """A story filed from the person's own country does not send them abroad."""
        text = "BERLIN — Olaf Scholz arrived on Monday.\n\nScholz began his trip with a walk.\n"
        assert where(text) is None


class TestHost:
    def test_a_host_welcoming_a_guest(self) -> None:
        """ "Modi welcomed Scholz", "Modi hosted Scholz": Scholz is in India."""
        text = (
            "Narendra Modi welcomed Olaf Scholz on Monday.\n\n"
            "Later, Modi hosted Scholz for dinner.\n"
        )
        assert ("olaf-scholz", "IN", None, 2) == where(text)

    def test_a_passive_host(self) -> None:
        """ "Scholz was received by Modi": the person after "by" is the host."""
        text = (
            "Olaf Scholz was received by Narendra Modi on Monday.\n\n"
            "Scholz was greeted by Modi with a hug.\n"
        )
        assert ("olaf-scholz", "IN", None, 2) == where(text)

    def test_compatriots_host_no_visit(self) -> None:
        """A host of the guest's own country does not send the guest abroad."""
        text = "Modi welcomed Jaishankar on Monday.\n\nModi hosted Jaishankar for dinner.\n"
        assert where(text) is None


class TestMeetingsAbroad:
    def test_meetings_in_the_host_country_make_the_visit(self) -> None:
        """Two meetings with Indians in India on the story's days are a visit to India."""
        text = (
            "Olaf Scholz met Narendra Modi at Hyderabad House on Monday.\n\n"
            "On Sunday, Scholz and Jaishankar held talks in New Delhi for two hours.\n"
        )
        extraction = assemble(parts(source(text)), KNOWLEDGE)
        (visit,) = extraction.visits
        meetings = by_pair(visit.meetings)
        modi = meetings["narendra-modi", "olaf-scholz", "talks"]
        talks = meetings["olaf-scholz", "s-jaishankar", "talks"]
        assert talks.duration is not None
        assert (
            ("olaf-scholz", "IN", "New Delhi"),
            (PartialDate(year=2024, month=2, day=26), "Hyderabad House"),
            (PartialDate(year=2024, month=2, day=25), 120.0),
        ) == (
            (visit.visitor, visit.host_country, visit.host_city),
            (modi.date, modi.location),
            (talks.date, talks.duration.low_minutes),
        )

    def test_a_back_reference_gives_the_meeting_its_place(self) -> None:
        """ "The talks took place in Mumbai" places the day's talks before it in India."""
        text = (
            "Narendra Modi held talks with Olaf Scholz on Monday, who is in India on a visit.\n\n"
            "The talks took place at the Taj Mahal Palace Hotel in Mumbai.\n"
        )
        (visit,) = assemble(parts(source(text)), KNOWLEDGE).visits
        assert ("olaf-scholz", "IN", "Mumbai") == (
            visit.visitor,
            visit.host_country,
            visit.host_city,
        )

    def test_meetings_long_before_the_story_make_no_visit(self) -> None:
        """Meetings dated weeks before publication are another trip."""
        text = (
            "Olaf Scholz met Narendra Modi at Hyderabad House on January 3.\n\n"
            "On January 4, Scholz and Jaishankar held talks in New Delhi.\n"
        )
        assert () == assemble(parts(source(text)), KNOWLEDGE).visits


class TestEarlierTrips:
    def test_visit_sentences_dated_long_ago_do_not_count(self) -> None:
        """Trips in March 2023 told in a February 2024 story make no visit."""
        text = (
            "Olaf Scholz visited New Delhi in March 2023.\n\n"
            "Scholz arrived in Mumbai in March 2023.\n\n"
            "Scholz spoke about trade.\n"
        )
        assert where(text) is None

    def test_a_passing_mention_makes_no_visit(self) -> None:
        """One sentence about a trip does not make the document a visit report."""
        assert where("Modi said trade mattered. Modi said Scholz would visit India.\n") is None


class TestLocalTime:
    def test_clock_times_in_the_host_city_zone(self) -> None:
        """ "from 10am to 11.15am local time" on a New Delhi visit is 10:00-11:15 Asia/Kolkata."""
        text = (
            "NEW DELHI — Olaf Scholz arrived on Sunday.\n\n"
            "Narendra Modi received Olaf Scholz on Monday at Hyderabad House.\n\n"
            "The meeting ran from 10am to 11.15am local time.\n"
        )
        (visit,) = assemble(parts(source(text)), KNOWLEDGE).visits
        modi = by_pair(visit.meetings)["narendra-modi", "olaf-scholz", "talks"]
        assert modi.duration is not None
        assert (
            dt.datetime(2024, 2, 26, 10, 0, tzinfo=DELHI),
            dt.datetime(2024, 2, 26, 11, 15, tzinfo=DELHI),
            75.0,
        ) == (modi.start, modi.end, modi.duration.low_minutes)


class TestSeveralVisits:
    def test_datelines_of_two_visits_are_told_apart(self) -> None:
        """Two stories filed from two countries about two visitors are two visits."""
        delhi = "NEW DELHI — Olaf Scholz arrived on Monday.\n\nScholz began his trip at a temple.\n"
        berlin = "BERLIN — Li Qiang arrived on Monday.\n\nLi Qiang began his trip at a museum.\n"
        extraction = assemble(parts(source(delhi, "a"), source(berlin, "b")), KNOWLEDGE)
        assert [("olaf-scholz", "IN", "New Delhi"), ("li-qiang", "DE", "Berlin")] == [
            (v.visitor, v.host_country, v.host_city) for v in extraction.visits
        ]
