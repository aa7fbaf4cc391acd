"""Related events: clauses, participants, dates at the text's precision, merging."""

from __future__ import annotations

import datetime as dt

from attrs import evolve

from diplomatic_events import parse
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._place_files import default_gazetteer
from diplomatic_events.model import Actor, Event, EventKind, PartialDate, Source, Span
from diplomatic_events.parsing._events import clauses, find_events, is_the_visit, merge_events
from diplomatic_events.sources import read_source
from diplomatic_events.typing import ActorId, EventId, SourceId

KNOWLEDGE = KnowledgeBase().with_actors(
    [
        Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz", country="DE"),
        Actor(id=ActorId("narendra-modi"), name="Narendra Modi", country="IN"),
        Actor(id=ActorId("annalena-baerbock"), name="Annalena Baerbock", country="DE"),
        Actor(id=ActorId("s-jaishankar"), name="Subrahmanyam Jaishankar", country="IN"),
        Actor(id=ActorId("emmanuel-macron"), name="Emmanuel Macron", country="FR"),
    ]
)
GAZETTEER = default_gazetteer()
REFERENCE = dt.datetime(2024, 2, 26, 18, 0, tzinfo=dt.UTC)


def source(text: str, name: str = "s") -> Source:
    return evolve(read_source(text, source_id=name), published=REFERENCE)


def events(text: str, **kwargs: object) -> tuple[Event, ...]:
    return find_events(source(text), KNOWLEDGE, GAZETTEER, **kwargs)  # type: ignore[arg-type]


def summary(found: tuple[Event, ...]) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [
        (e.kind.value, None if e.date is None else e.date.isoformat(), e.participants)
        for e in found
    ]


class TestClauses:
    def test_while_starts_a_clause(self) -> None:
        """ "A did X, while B did Y" is two clauses, with offsets into the text."""
        text = "Scholz flew to Paris in May, while Modi went to Rome."
        assert [(0, 27), (29, 53)] == list(clauses(text, 0, len(text)))
        assert "while Modi went to Rome." == text[29:53]


class TestFindEvents:
    def test_each_clause_gets_its_own_trip(self) -> None:
        """Two travellers in one sentence give two trips, each with one participant."""
        found = events("Olaf Scholz travelled to France in May, while Modi travelled to Italy.\n")
        assert [
            ("trip", "2023-05", ("olaf-scholz",)),
            ("trip", "2023-05", ("narendra-modi",)),
        ] == summary(found)

    def test_possessive_before_an_aide_is_not_a_participant(self) -> None:
        """ "Scholz's foreign minister Annalena Baerbock met Jaishankar" leaves Scholz out."""
        text = (
            "Scholz's foreign minister Annalena Baerbock met Subrahmanyam Jaishankar"
            " in Paris in March.\n"
        )
        (event,) = events(text)
        assert ("meeting", "2023-03", ("annalena-baerbock", "s-jaishankar"), "Paris") == (
            event.kind.value,
            event.date.isoformat() if event.date else None,
            event.participants,
            event.location,
        )
        assert (
            Span(source=SourceId("s"), start=0, end=len(text) - 1, text=text[:-1])
            == (event.evidence[0])
        )

    def test_month_after_the_reference_is_last_year(self) -> None:
        """ "in November" in a February story is the previous November."""
        (event,) = events("Olaf Scholz and Emmanuel Macron met in Berlin in November.\n")
        assert PartialDate(year=2023, month=11) == event.date

    def test_date_nearest_the_cue_dates_the_event(self) -> None:
        """Of two months in a clause, the one next to the meeting word is the meeting's."""
        text = (
            "The visit in early January followed a face-to-face between Scholz and Macron"
            " in Berlin in November.\n"
        )
        (event,) = events(text)
        assert ("meeting", "2023-11") == (event.kind.value, str(event.date))

    def test_refused_meeting_is_a_refusal_only(self) -> None:
        """A rebuffed request for a meeting is a refusal, not a meeting or a plan."""
        text = "Earlier this month, Modi rebuffed a request from Macron for a meeting.\n"
        assert [("refusal", "2024-02", ("narendra-modi", "emmanuel-macron"))] == summary(
            events(text)
        )

    def test_postponed_plan_is_a_postponement_not_a_plan(self) -> None:
        """ "his plans to travel were postponed in January" gives one postponement."""
        text = "Scholz said his plans to travel to India were postponed in January.\n"
        assert [("postponement", "2024-01", ("olaf-scholz",))] == summary(events(text))

    def test_plan_without_a_visit_or_meeting_is_no_event(self) -> None:
        """ "plans to open embassies" is no planned visit."""
        assert () == events("Scholz said India plans to open five new embassies next year.\n")

    def test_invitation_is_a_planned_visit(self) -> None:
        """An accepted invitation to visit is a planned event, undated when the text is."""
        text = "Jaishankar accepted an invitation from Baerbock to visit Berlin.\n"
        (event,) = events(text)
        assert ("planned", None, ("s-jaishankar", "annalena-baerbock"), "Berlin") == (
            event.kind.value,
            event.date,
            event.participants,
            event.location,
        )

    def test_clause_without_second_person_borrows_the_subject(self) -> None:
        """ "Modi ..., saying in a meeting with Macron" is a meeting of Modi and Macron."""
        text = (
            "Modi struck a warmer tone Friday, saying in a meeting with Macron that ties matter.\n"
        )
        assert [("meeting", "2024-02-23", ("narendra-modi", "emmanuel-macron"))] == summary(
            events(text)
        )

    def test_visitor_meeting_during_the_visit_is_not_related(self) -> None:
        """The visitor's own undated or in-window meeting is the visit, not a related event."""
        text = "Scholz met Modi on Monday.\n"
        window = (dt.date(2024, 2, 25), dt.date(2024, 2, 26))
        assert () == events(text, visitor=ActorId("olaf-scholz"), window=window)

    def test_a_visitor_s_events_are_all_events_but_the_visit(self) -> None:
        """Events for a visitor are those found for none, less the ones that are the visit."""
        text = (
            "Scholz met Modi on Monday. Scholz visited India in 2022. Baerbock met Jaishankar"
            " on Friday, and Macron met Modi last week.\n"
        )
        visitor, window = ActorId("olaf-scholz"), (dt.date(2024, 2, 25), dt.date(2024, 2, 26))
        every = events(text)
        expected = tuple(e for e in every if not is_the_visit(e, visitor, window))
        assert (expected, True) == (
            events(text, visitor=visitor, window=window),
            len(expected) < len(every),
        )


def event(kind: EventKind, date: str | None, *people: str, at: int = 0) -> Event:
    return Event(
        id=EventId("event"),
        kind=kind,
        description="d",
        date=None if date is None else PartialDate.from_iso(date),
        participants=tuple(ActorId(p) for p in people),
        evidence=(Span(source=SourceId("s"), start=at, end=at + 1, text="x"),),
    )


class TestMergeEvents:
    def test_overlapping_participants_and_compatible_dates_merge(self) -> None:
        """A year and a month of one refusal merge, keeping the month and both participants."""
        (merged,) = merge_events(
            [
                event(EventKind.REFUSAL, "2023", "a", at=1),
                event(EventKind.REFUSAL, "2023-06", "a", "b"),
            ]
        )
        assert (PartialDate(year=2023, month=6), ("a", "b"), 2) == (
            merged.date,
            merged.participants,
            len(merged.evidence),
        )

    def test_undated_report_joins_the_dated_one(self) -> None:
        """An undated report of the same refusal adds its evidence to the dated one."""
        (merged,) = merge_events(
            [
                event(EventKind.REFUSAL, None, "b", at=2),
                event(EventKind.REFUSAL, "2023-06", "a", "b"),
            ]
        )
        assert ("2023-06", 2) == (str(merged.date), len(merged.evidence))

    def test_different_kinds_or_people_or_dates_stay_apart(self) -> None:
        """Events differing in kind, in participants or in date are not merged."""
        merged = merge_events(
            [
                event(EventKind.TRIP, "2023-05", "a"),
                event(EventKind.MEETING, "2023-05", "a"),
                event(EventKind.TRIP, "2023-05", "b"),
                event(EventKind.TRIP, "2023-02", "a"),
            ]
        )
        assert 4 == len(merged)

    def test_ids_follow_date_order(self) -> None:
        """Merged events are numbered in date order, undated last."""
        merged = merge_events(
            [
                event(EventKind.TRIP, None, "c"),
                event(EventKind.TRIP, "2023-05", "a"),
                event(EventKind.TRIP, "2022", "b"),
            ]
        )
        assert [("event-1", "2022"), ("event-2", "2023-05"), ("event-3", "None")] == [
            (e.id, str(e.date)) for e in merged
        ]


class TestPeopleTheSourceIntroduced:
    def test_an_earlier_meeting_of_people_no_data_file_knows(self) -> None:
        """ "Vellari and Brenneval first met in Washington in March 2019, Pentagon
        spokesperson Dana Roe said": the earlier meeting is the two people the story
        introduced, without the spokesperson who tells of it."""
        text = (
            "Lt. Gen. Tomas Vellari, commander of U.S. Army South, visited Lima on Monday and"
            " met Peruvian Defense Minister Oskar Brenneval.\n\n"
            "Vellari and Brenneval first met in Washington in March 2019, Pentagon"
            " spokesperson Dana Roe said.\n"
        )
        page = evolve(
            read_source(text, source_id="e"), published=dt.datetime(2024, 5, 8, 12, tzinfo=dt.UTC)
        )
        extraction = parse([page])
        events = [*extraction.events, *(e for v in extraction.visits for e in v.events)]
        assert [("tomas-vellari", "oskar-brenneval")] == [
            e.participants for e in events if e.date == PartialDate(year=2019, month=3)
        ]
