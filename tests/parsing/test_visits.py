"""Visits and their meetings, from texts written for the tests (a made-up visit to New Delhi)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from attrs import evolve

from diplomatic_events import parse
from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.model import (
    Actor,
    Meeting,
    MeetingReport,
    PartialDate,
    Position,
    Report,
    Source,
    Stance,
    Statement,
    StatementKind,
    Visit,
)
from diplomatic_events.parsing._meetings import Sentence, person_mentions, sentences
from diplomatic_events.parsing._statements import SourceStatements, extract_statements
from diplomatic_events.parsing._visit_find import (
    _sentence_finder,
    _where_people_are,
    head_place_city,
)
from diplomatic_events.parsing._visits import (
    SourceVisit,
    _between_countries,
    _fold_into_visits,
    _own_positions,
    assemble,
    find_visit,
)
from diplomatic_events.sources import read_source
from diplomatic_events.typing import ActorId, MeetingId, SourceId, StatementId, TopicId, VisitId

KNOWLEDGE = KnowledgeBase().with_actors(
    [
        Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz", country="DE"),
        Actor(id=ActorId("narendra-modi"), name="Narendra Modi", country="IN"),
        Actor(id=ActorId("s-jaishankar"), name="Subrahmanyam Jaishankar", country="IN"),
    ]
)
DELHI = ZoneInfo("Asia/Kolkata")

FIRST = (
    "Scholz wraps up visit to India\n\n"
    "New Delhi — German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi on Monday"
    " at Hyderabad House as he wrapped up a two-day visit to New Delhi. The meeting lasted about"
    " 90 minutes, beginning at 11:00 a.m. local time and ending at 12:30 p.m.\n\n"
    "On Sunday, Scholz held talks with Foreign Minister Subrahmanyam Jaishankar for nearly two"
    " hours, followed by a working dinner.\n\n"
    "The visit by Scholz to India is his first since 2019.\n"
)
SECOND = (
    "Olaf Scholz and Narendra Modi met for 90 minutes in New Delhi on February 26, on the"
    " second day of the visit by Scholz to India.\n\n"
    "The trip by Scholz to India came after months of planning.\n"
)
UNDATED = (
    "Scholz met Modi on Monday in New Delhi, on his visit to India.\n\n"
    "Before the trip to India, Scholz spoke to Modi by phone.\n"
)


def source(text: str, name: str, published: dt.datetime | None) -> Source:
    return evolve(read_source(text, source_id=name), published=published)


def parts(*sources: Source) -> list[SourceStatements]:
    return [SourceStatements(source=item) for item in sources]


def by_pair(meetings: tuple[Meeting, ...]) -> dict[tuple[str, ...], Meeting]:
    return {(*m.participants, m.kind.value): m for m in meetings}


MONDAY_EVENING = dt.datetime(2024, 2, 26, 18, 0, tzinfo=DELHI)


class TestFindVisit:
    def test_the_visitor_and_host_come_from_the_visit_sentences(self) -> None:
        """The person the visit sentences name with a foreign city is the visitor."""
        candidate = find_visit(source(FIRST, "a", MONDAY_EVENING), KNOWLEDGE)
        assert candidate is not None
        assert ("olaf-scholz", "IN", "New Delhi", 2) == (
            candidate.visitor,
            candidate.host_country,
            candidate.host_city,
            candidate.days,
        )

    def test_a_passing_mention_makes_no_visit(self) -> None:
        """One sentence about a trip does not make the document a visit report."""
        text = "Modi spoke about trade. Modi said Scholz would visit India someday.\n"
        assert find_visit(source(text, "b", MONDAY_EVENING), KNOWLEDGE) is None


class TestWhereTheVisitorIs:
    KNOWLEDGE = KnowledgeBase().with_actors(
        [
            Actor(id=ActorId("john-harris"), name="John Harris", country="US"),
            Actor(id=ActorId("milan-lukic"), name="Milan Lukic", country="RS"),
        ]
    )

    def _visit(self, text: str) -> tuple[str, str]:
        candidate = find_visit(source(text, "h", MONDAY_EVENING), self.KNOWLEDGE)
        assert candidate is not None
        return (candidate.visitor, candidate.host_country)

    def test_a_place_inside_a_name_or_an_aside_shows_no_one_there(self) -> None:
        """ "Gen. Milan Lukic" is a name, not Milan; a state in an aside about another
        occasion is not where the sentence's people are: the visitor is the one abroad."""
        text = (
            "BELGRADE, Serbia — U.S. Gen. John Harris visited Serbia this week.\n\n"
            "The visit was a success, said Gen. Milan Lukic.\n\n"
            "Harris met Milan Lukic (who led a delegation on a visit to Ohio in January)"
            " during the visit.\n\n"
            "Lukic thanked the Guard.\n"
        )
        assert ("john-harris", "RS") == self._visit(text)

    def test_a_country_named_twice_in_one_sentence_votes_once(self) -> None:
        """ "Stuttgart, Germany - Harris wrapped up his visit to Serbia": the sentence names
        Germany twice (city and country) and Serbia once; with the next sentence in
        Belgrade, the visit is to Serbia."""
        text = (
            "Visit news\n\n"
            "Stuttgart, Germany - U.S. Gen. John Harris wrapped up his visit to Serbia on"
            " Friday.\n\n"
            "While visiting a school in Belgrade, Harris met Milan Lukic.\n"
        )
        assert ("john-harris", "RS") == self._visit(text)


class TestHeadPlaceLine:
    _PAGE = (
        "Press Availability\n\nRichard L. Tunbridge, Deputy Secretary\nLagos, Nigeria\n"
        "July 14, 2004\n\nDEPUTY SECRETARY TUNBRIDGE: Good afternoon. I met today with Mr."
        " Okonkwo and through the day with Mr. Adeyemi, the National Security Advisor.\n"
    )

    def test_a_head_line_of_a_city_is_where_the_page_was_given(self) -> None:
        """ "Lagos, Nigeria" over the day, before the remarks: the page's place."""
        source = read_source(self._PAGE, published="2004-07-14")
        assert "Lagos" == head_place_city(source, load_knowledge().places)

    def test_a_sentence_in_the_head_is_no_place_line(self) -> None:
        """ "Lagos is busy." is a sentence: the story has begun, no place line is read."""
        source = read_source("Remarks\n\nLagos is busy today. We met.\n", published="2004-07-14")
        assert None is head_place_city(source, load_knowledge().places)

    def test_people_no_data_places_met_in_the_head_s_city_are_its_hosts(self) -> None:
        """The speaker met Okonkwo and Adeyemi, whom no data file places, in Lagos: each is a
        meeting with the speaker, as a dateline's city would make them."""
        extraction = parse([read_source(self._PAGE, published="2004-07-14")])
        names = {a.id: a.name for a in extraction.actors}
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        assert [["Okonkwo", "Tunbridge"], ["Adeyemi", "Tunbridge"]] == [
            sorted(names[p] for p in m.participants) for m in meetings
        ]


class TestPlacesOfEventsAhead:
    @pytest.mark.parametrize(
        ("sentence", "where"),
        [
            (
                "Scholz thanked Modi for hosting the upcoming talks in Mumbai.",
                [],
            ),
            (
                "Scholz met Modi in Singapore, before the forthcoming summit in Mumbai.",
                ["Singapore"],
            ),
            ("Scholz met Modi in Mumbai.", ["Mumbai"]),
        ],
    )
    def test_the_place_of_an_event_still_to_come_is_where_no_one_is(
        self, sentence: str, where: list[str]
    ) -> None:
        """ "for hosting the upcoming talks in Mumbai": Mumbai is where the talks will be
        held, not where the sentence's people are; a place before the clause still is."""
        page = source(sentence + "\n", "u", MONDAY_EVENING)
        knowledge = load_knowledge()
        (clause,) = sentences(page)
        people = person_mentions(KNOWLEDGE, page.text, clause)
        places = knowledge.places.find(page.id, page.text, clause.start, clause.end)
        found = _where_people_are(places, people, page.text, clause)
        assert where == [p.name for p in found if p.kind == "city"]


class TestAssemble:
    def test_meetings_in_another_city_and_time_zone(self) -> None:
        """Dates, venue, clock times in Asia/Kolkata and hedged durations come out per meeting."""
        extraction = assemble(parts(source(FIRST, "a", MONDAY_EVENING)), KNOWLEDGE)
        (visit,) = extraction.visits
        meetings = by_pair(visit.meetings)
        modi = meetings["narendra-modi", "olaf-scholz", "talks"]
        assert (
            PartialDate(year=2024, month=2, day=26),
            "Hyderabad House",
            "New Delhi",
            dt.datetime(2024, 2, 26, 11, 0, tzinfo=DELHI),
            90.0,
        ) == (modi.date, modi.location, modi.city, modi.start, modi.clock_minutes)
        assert modi.duration is not None
        assert (90, 90) == (modi.duration.low_minutes, modi.duration.high_minutes)
        talks = meetings["olaf-scholz", "s-jaishankar", "talks"]
        assert talks.duration is not None
        assert ("2024-02-25", 100.0, 120.0) == (
            str(talks.date),
            talks.duration.low_minutes,
            talks.duration.high_minutes,
        )
        assert ("olaf-scholz", "s-jaishankar", "dinner") in meetings
        assert (
            PartialDate(year=2024, month=2, day=25),
            PartialDate(year=2024, month=2, day=26),
        ) == (
            visit.start,
            visit.end,
        )

    def test_mentions_across_sources_merge(self) -> None:
        """The same participants on the same day are one meeting with every duration report."""
        extraction = assemble(
            parts(source(FIRST, "a", MONDAY_EVENING), source(SECOND, "b", MONDAY_EVENING)),
            KNOWLEDGE,
        )
        (visit,) = extraction.visits
        modi = by_pair(visit.meetings)["narendra-modi", "olaf-scholz", "talks"]
        assert (["90 minutes", "about 90 minutes"], ("a", "b")) == (
            sorted(d.text for d in modi.duration_reports),
            visit.sources,
        )
        assert {"a", "b"} == {span.source for span in modi.evidence}

    def test_an_undated_source_is_dated_from_the_others(self) -> None:
        """Its "Monday" meeting is the one the dated report puts on 26 February."""
        extraction = assemble(
            parts(source(FIRST, "a", MONDAY_EVENING), source(UNDATED, "c", None)), KNOWLEDGE
        )
        undated = extraction.source("c")  # type: ignore[arg-type]
        assert undated is not None
        assert (PartialDate(year=2024, month=2, day=26), True) == (
            undated.published_date,
            undated.published_inferred,
        )
        assert undated.published_reason is not None

    def test_a_meeting_in_another_city_of_the_host_country_is_the_visit_s(self) -> None:
        """A meeting in Mumbai belongs to a visit whose most-named city is New Delhi."""
        text = (
            "Scholz arrived in New Delhi on Sunday for a visit to India.\n\n"
            "Scholz toured New Delhi and visited India Gate in New Delhi.\n\n"
            "On Monday, Scholz and Modi met for about two hours in Mumbai.\n"
        )
        extraction = assemble(parts(source(text, "m", MONDAY_EVENING)), KNOWLEDGE)
        (visit,) = extraction.visits
        modi = by_pair(visit.meetings)["narendra-modi", "olaf-scholz", "talks"]
        assert ("New Delhi", "2024-02-26", "Mumbai") == (visit.host_city, str(modi.date), modi.city)

    def test_visits_of_different_visitors_are_told_apart(self) -> None:
        """A second visitor's trip elsewhere makes a second visit."""
        other = KNOWLEDGE.with_actors(
            [
                Actor(id=ActorId("li-qiang"), name="Li Qiang", country="CN"),
                Actor(id=ActorId("fw-steinmeier"), name="Frank-Walter Steinmeier", country="DE"),
            ]
        )
        text = (
            "Li Qiang arrived in Berlin on Sunday for a visit to Germany.\n\n"
            "Li Qiang met Frank-Walter Steinmeier on Monday during the visit to Berlin.\n"
        )
        extraction = assemble(
            parts(source(FIRST, "a", MONDAY_EVENING), source(text, "d", MONDAY_EVENING)), other
        )
        assert [("olaf-scholz", "IN"), ("li-qiang", "DE")] == [
            (v.visitor, v.host_country) for v in extraction.visits
        ]


@pytest.mark.parametrize("name", ["a"])
def test_evidence_cuts_the_original_text(name: str) -> None:
    """Every meeting's evidence span is a slice of its source's text."""
    item = source(FIRST, name, MONDAY_EVENING)
    extraction = assemble(parts(item), KNOWLEDGE)
    spans = [s for m in extraction.all_meetings() for s in m.evidence]
    assert spans
    assert all(item.text[s.start : s.end] == s.text for s in spans)


class TestAdoptedReadouts:
    def test_a_readout_of_the_visit_s_meeting_joins_the_visit(self) -> None:
        """A one-line readout of the visitor's meeting in the visit's days is one more account
        of that visit: its meeting merges with the story's, not standing apart."""
        readout = "Olaf Scholz held talks with Narendra Modi on Monday.\n"
        extraction = assemble(
            parts(source(FIRST, "a", MONDAY_EVENING), source(readout, "r", MONDAY_EVENING)),
            KNOWLEDGE,
        )
        (visit,) = extraction.visits
        modi = by_pair(visit.meetings)["narendra-modi", "olaf-scholz", "talks"]
        assert ((), ("a", "r")) == (
            extraction.meetings,
            tuple(sorted({str(e.source) for e in modi.evidence})),
        )

    def test_a_readout_of_a_meeting_with_someone_it_introduces_joins_the_visit(self) -> None:
        """The readout's counterpart is in no data file, but it gives his country ("Indian
        Defence Minister Rajiv Sen"): the visit adopts the readout."""
        readout = "Olaf Scholz held talks with Indian Defence Minister Rajiv Sen on Monday.\n"
        knowledge = load_knowledge()  # its titles and country words introduce Rajiv Sen
        read = [
            extract_statements(source(text, name, MONDAY_EVENING), knowledge)
            for text, name in ((FIRST, "a"), (readout, "r"))
        ]
        extraction = assemble(read, knowledge)
        (visit,) = extraction.visits
        assert ((), ("a", "r")) == (extraction.meetings, visit.sources)

    def test_a_readout_weeks_later_stays_apart(self) -> None:
        """The same pair meeting six weeks after the visit is another meeting, not this visit's."""
        readout = "Olaf Scholz held talks with Narendra Modi on Monday.\n"
        later = MONDAY_EVENING + dt.timedelta(days=42)
        extraction = assemble(
            parts(source(FIRST, "a", MONDAY_EVENING), source(readout, "r", later)), KNOWLEDGE
        )
        assert 1 == len(extraction.meetings)


class TestPositions:
    def test_negated_support_is_kept_as_negated(self) -> None:
        """ "does not support Taiwan independence" is SUPPORTS with negated=True for the side."""
        from diplomatic_events.knowledge._place_files import default_gazetteer
        from diplomatic_events.parsing._positions import find_positions

        text = "Scholz said Germany does not support Taiwan independence.\n"
        (position,) = find_positions(
            [source(text, "e", MONDAY_EVENING)], (), KNOWLEDGE, default_gazetteer()
        )
        assert ("DE", "taiwan", "supports", True, "olaf-scholz") == (
            position.side,
            position.topic,
            position.stance.value,
            position.negated,
            position.holder,
        )


class TestLoosePositions:
    def test_a_source_of_no_visit_keeps_its_positions(self) -> None:
        """A story that reports no visit still gives its positions, with source and offsets."""
        text = "Scholz said Germany does not support Taiwan independence.\n"
        extraction = assemble(parts(source(text, "loose", MONDAY_EVENING)), KNOWLEDGE)
        (position,) = extraction.positions
        (span,) = position.evidence
        assert ((), "DE", "loose", text.index("Scholz said")) == (
            extraction.visits,
            position.side,
            span.source,
            span.start,
        )
        assert text[span.start : span.end] == span.text

    def test_the_two_countries_that_meet_are_both_sides(self) -> None:
        """ "The two leaders agreed" in a source of no visit: each country that met agrees."""
        text = (
            "Scholz met Modi in Berlin on Monday.\n\n"
            "The two leaders agreed to expand trade and investment.\n"
        )
        extraction = assemble(parts(source(text, "loose", MONDAY_EVENING)), KNOWLEDGE)
        assert {("DE", "agrees"), ("IN", "agrees")} == {
            (p.side, p.stance.value) for p in extraction.positions
        }

    def test_both_sides_stand_for_nobody_without_a_meeting(self) -> None:
        """With no two countries meeting in the source, "both sides" holds nothing."""
        text = "The two leaders agreed to expand trade and investment.\n"
        extraction = assemble(parts(source(text, "loose", MONDAY_EVENING)), KNOWLEDGE)
        assert () == extraction.positions


DELEGATION_KNOWLEDGE = KNOWLEDGE.with_actors(
    [
        Actor(id=ActorId("annalena-baerbock"), name="Annalena Baerbock", country="DE"),
        Actor(id=ActorId("robert-habeck"), name="Robert Habeck", country="DE"),
    ]
)


class TestDelegation:
    def test_people_travelling_with_the_visitor(self) -> None:
        """ "accompanied by A and B" puts A and B in the visitor's delegation."""
        text = (
            "German Chancellor Olaf Scholz, accompanied by Annalena Baerbock and Robert Habeck,"
            " arrived in New Delhi on Sunday for a visit to India.\n\n"
            "Scholz met Narendra Modi on Monday during the visit to India.\n"
        )
        extraction = assemble(parts(source(text, "a", MONDAY_EVENING)), DELEGATION_KNOWLEDGE)
        (visit,) = extraction.visits
        assert ("annalena-baerbock", "robert-habeck") == visit.delegation

    def test_no_companions_named_means_no_delegation(self) -> None:
        """A visit text that names nobody travelling along gives an empty delegation."""
        text = (
            "Olaf Scholz arrived in New Delhi on Sunday for a visit to India, joined by Robert"
            " Habeck's staff.\n\nScholz met Narendra Modi on Monday during the visit to India.\n"
        )
        extraction = assemble(parts(source(text, "a", MONDAY_EVENING)), DELEGATION_KNOWLEDGE)
        (visit,) = extraction.visits
        assert () == visit.delegation


class TestTourLegs:
    TEXT = (
        "ISLAMABAD - German Chancellor Olaf Scholz met Prime Minister Shehbaz Sharif in"
        " Islamabad on Tuesday.\n\n"
        "Scholz arrived from New Delhi, where he met Indian Prime Minister Narendra Modi on Monday"
        " at Hyderabad House during a two-day visit to India.\n\n"
        "On Sunday, Scholz held talks in New Delhi with Foreign Minister Subrahmanyam Jaishankar"
        " on his visit to India.\n"
    )
    TOUR = KNOWLEDGE.with_actors(
        [Actor(id=ActorId("shehbaz-sharif"), name="Shehbaz Sharif", country="PK")]
    )

    def test_a_meeting_where_the_story_is_filed_is_a_leg_of_the_visit(self) -> None:
        """A meeting in the dateline's city, in another country, is a leg of the tour."""
        tuesday = dt.datetime(2024, 2, 27, 18, 0, tzinfo=DELHI)
        extraction = assemble(parts(source(self.TEXT, "t", tuesday)), self.TOUR)
        (visit,) = extraction.visits
        assert [
            (("narendra-modi", "olaf-scholz"), "2024-02-26"),
            (("olaf-scholz", "s-jaishankar"), "2024-02-25"),
            (("olaf-scholz", "shehbaz-sharif"), "2024-02-27"),
        ] == sorted((m.participants, str(m.date)) for m in visit.meetings)

    def test_a_dated_meeting_with_a_host_of_another_leg_is_the_visit_s(self) -> None:
        """A day of the trip in Islamabad with Pakistan's prime minister is a leg of the tour,
        though the story is filed from New Delhi."""
        text = (
            "NEW DELHI - German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi"
            " in New Delhi on Tuesday at Hyderabad House, on his visit to India.\n\n"
            "In Islamabad on Monday, Scholz met Prime Minister Shehbaz Sharif.\n"
        )
        tuesday = dt.datetime(2024, 2, 27, 18, 0, tzinfo=DELHI)
        extraction = assemble(parts(source(text, "t", tuesday)), self.TOUR)
        (visit,) = extraction.visits
        assert [
            (("narendra-modi", "olaf-scholz"), "2024-02-27"),
            (("olaf-scholz", "shehbaz-sharif"), "2024-02-26"),
        ] == sorted((m.participants, str(m.date)) for m in visit.meetings)


class TestLateSummaries:
    TEXT = (
        "Chancellor Scholz's Travel to India\n\n"
        "German Chancellor Olaf Scholz traveled to New Delhi, India, on February 12 to meet"
        " with Prime Minister Narendra Modi to discuss trade and security.\n\n"
        "On February 13, Scholz met with Foreign Minister Subrahmanyam Jaishankar in New"
        " Delhi.\n"
    )

    def test_a_trip_summed_up_weeks_later_keeps_its_meetings(self) -> None:
        """A page put out two weeks after the trip, giving each meeting's day: the days are
        the trip's, not earlier meetings outside it."""
        later = dt.datetime(2024, 2, 27, 18, 0, tzinfo=DELHI)
        extraction = assemble(parts(source(self.TEXT, "t", later)), KNOWLEDGE)
        (visit,) = extraction.visits
        assert [
            (("narendra-modi", "olaf-scholz"), "2024-02-12"),
            (("olaf-scholz", "s-jaishankar"), "2024-02-13"),
        ] == sorted((m.participants, str(m.date)) for m in visit.meetings)

    def test_an_account_days_before_another_keeps_its_meetings(self) -> None:
        """Two accounts of one visit put out ten days apart: the earlier one's meeting on
        its own Monday is the visit's, not an earlier occasion before the later account."""
        text = (
            "Scholz in India\n\n"
            "New Delhi — German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi"
            " on Monday during a visit to New Delhi.\n\n"
            "The visit by Scholz to India is his first since 2019.\n"
        )
        back = (
            "Scholz back from India\n\n"
            "New Delhi — German Chancellor Olaf Scholz said his visit to New Delhi had been a"
            " success.\n\n"
            "The visit by Scholz to India was his first since 2019.\n"
        )
        first = source(text, "a", MONDAY_EVENING)
        later = source(back, "b", MONDAY_EVENING + dt.timedelta(days=10))
        extraction = assemble(parts(first, later), KNOWLEDGE)
        assert [(("narendra-modi", "olaf-scholz"), "2024-02-26")] == [
            (m.participants, str(m.date)) for v in extraction.visits for m in v.meetings
        ]

    def test_a_meeting_months_before_stays_outside(self) -> None:
        """The same page put out three months later tells an earlier occasion: no meeting of
        a visit of that day."""
        later = dt.datetime(2024, 5, 27, 18, 0, tzinfo=DELHI)
        extraction = assemble(parts(source(self.TEXT, "t", later)), KNOWLEDGE)
        assert [] == [m.date for v in extraction.visits for m in v.meetings]


def _own_statement(number: int, text: str, start: int) -> Statement:
    report = Report(
        source=SourceId("s"),
        kind=StatementKind.DIRECT,
        text=text[start : start + 5],
        start=start,
        end=start + 5,
    )
    return Statement(
        id=StatementId(f"s:s{number}"),
        speaker=ActorId("lee"),
        kind=StatementKind.DIRECT,
        reports=(report,),
    )


class TestOwnPositions:
    TEXT = "Lee said trade must stay open. Lee said so again."

    def _part(self) -> SourceStatements:
        source = read_source(self.TEXT, source_id="s")
        return SourceStatements(
            source=source,
            statements=(_own_statement(1, self.TEXT, 0), _own_statement(2, self.TEXT, 31)),
        )

    def _position(self, *cited: str) -> Position:
        return Position(
            side="X",
            topic=TopicId("trade"),
            stance=Stance.SUPPORTS,
            statements=tuple(StatementId(c) for c in cited),
        )

    def test_one_own_statement_becomes_the_merged_one(self) -> None:
        """A position citing one own statement cites the merged statement of its report."""
        found = SourceVisit(source=SourceId("s"), loose_positions=(self._position("s:s2"),))
        merged = {(SourceId("s"), 31, 36): "a:s7"}
        assert (self._position("a:s7"),) == _own_positions(found, self._part(), merged)

    def test_several_own_statements_are_found_again(self) -> None:
        """A position citing two own statements is not remapped (their order may change)."""
        found = SourceVisit(source=SourceId("s"), loose_positions=(self._position("s:s1", "s:s2"),))
        merged = {(SourceId("s"), 0, 5): "a:s1", (SourceId("s"), 31, 36): "a:s7"}
        assert _own_positions(found, self._part(), merged) is None


class TestMeetingsBetweenCountries:
    @pytest.mark.parametrize(
        ("countries", "kept"),
        [(("US", "US"), False), (("US", "TG"), True), (("US", None), True), ((None, None), True)],
    )
    def test_compatriots_alone_are_no_meeting(
        self, countries: tuple[str | None, str | None], kept: bool
    ) -> None:
        """Two people the actor table places in one country are one side of a visit
        ("Langley and Sgt. Maj. Woods"), not a meeting; a country not known keeps it."""
        actors = [
            Actor(id=ActorId(name), name=name.title(), country=country)
            for name, country in zip(("ann", "bo"), countries, strict=True)
        ]
        meeting = Meeting(id=MeetingId("m1"), participants=(ActorId("ann"), ActorId("bo")))
        assert kept == bool(_between_countries([meeting], actors))


class TestLooseAccountsOfAVisitMeeting:
    @staticmethod
    def _meeting(name: str, source: str, *, day: int, location: str | None) -> Meeting:
        people = (ActorId("ann"), ActorId("bo"))
        return Meeting(
            id=MeetingId(name),
            participants=people,
            date=PartialDate(year=2014, month=9, day=day),
            location=location,
            reports=(MeetingReport(source=SourceId(source), participants=people),),
        )

    @pytest.mark.parametrize(("day", "folded"), [(7, True), (8, False)])
    def test_a_loose_account_of_a_visit_meeting_joins_it(self, day: int, folded: bool) -> None:
        """A source no visit holds that tells a visit's meeting (same kind, people and day)
        adds its report to that meeting instead of a second copy; another day stays apart."""
        held = self._meeting("v1", "a", day=7, location=None)
        visit = Visit(id=VisitId("visit-1"), visitor=ActorId("ann"), meetings=(held,))
        loose = self._meeting("m1", "b", day=day, location="Ministry of Defense")
        visits, kept = _fold_into_visits([visit], [loose])
        (meeting,) = visits[0].meetings
        assert (folded, not folded) == (
            [r.source for r in meeting.reports] == ["a", "b"],
            kept == (loose,),
        )
        assert ("Ministry of Defense" if folded else None) == meeting.location


class TestSentenceFinder:
    def test_by_bisection_as_by_a_pass(self) -> None:
        """Sentences in order and apart: each offset's sentence start, the offset between."""
        found = [Sentence(start=0, end=10, paragraph=0), Sentence(start=11, end=20, paragraph=0)]
        finder = _sentence_finder(found)
        assert [0, 10, 11, 25] == [finder(offset) for offset in (5, 10, 15, 25)]
