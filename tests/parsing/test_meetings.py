"""Meeting mentions and their merging into meetings with one report per source."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase, load_knowledge
from diplomatic_events.knowledge._places import Gazetteer, PlaceMention, venue_line
from diplomatic_events.model import (
    Actor,
    ActorKind,
    Extraction,
    Meeting,
    MeetingKind,
    PartialDate,
    Role,
    Source,
    Span,
)
from diplomatic_events.parsing import parse
from diplomatic_events.parsing._meetings import find_meeting_mentions, merge_meeting_mentions
from diplomatic_events.parsing._meetings._bystanders import _without_spokespeople
from diplomatic_events.parsing._meetings._clues import _clauses, _strangers
from diplomatic_events.parsing._meetings._context import _looks_ahead
from diplomatic_events.parsing._meetings._dating import _after_dateline
from diplomatic_events.parsing._meetings._merge import _most_common
from diplomatic_events.parsing._meetings._named_pairs import NamedInClauses, named_in_clauses
from diplomatic_events.parsing._meetings._page_days import _stated_span
from diplomatic_events.parsing._meetings._parties import _bare_item
from diplomatic_events.parsing._meetings._referring_back import more_about
from diplomatic_events.parsing._meetings._sentences import (
    MeetingMention,
    Sentence,
    sentence_mentions,
    sentences,
)
from diplomatic_events.parsing._meetings._speaker_labels import head_byline, labelled_speakers
from diplomatic_events.parsing._meetings._transcripts import _title_meeting
from diplomatic_events.parsing._statements import SourceStatements, extract_statements
from diplomatic_events.parsing._time import TimeExpression
from diplomatic_events.parsing._times import dates_of
from diplomatic_events.parsing._visit_find import dateline_city
from diplomatic_events.parsing._visit_prepare import _loose_meetings, _most_named, local_knowledge
from diplomatic_events.parsing._visits import assemble
from diplomatic_events.sources import read_source
from diplomatic_events.typing import ActorId, SourceId

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


GROUP_KNOWLEDGE = KNOWLEDGE.with_actors(
    [Actor(id=ActorId("droupadi-murmu"), name="Droupadi Murmu", country="IN")]
)
OPENING = "Scholz arrived in New Delhi on Saturday for a visit to India.\n\n"
CLOSING = "\n\nThe trip by Scholz to India was his second as chancellor.\n"


def _venue_of(text: str, name: str) -> str | None:
    """The venue of the one meeting mention a text holds, read with the test knowledge."""
    (found,) = find_meeting_mentions(source(text, name), KNOWLEDGE, KNOWLEDGE.places)
    return found.venue.name if found.venue else None


def _met_where(text: str, name: str) -> list[tuple[set[str], str | None]]:
    """The people and venue of each meeting mention of a text (the test knowledge)."""
    found = find_meeting_mentions(source(text, name), KNOWLEDGE, KNOWLEDGE.places)
    return [(set(m.people), m.venue.name if m.venue else None) for m in found]


def _extracted_meetings(extraction: Extraction) -> list[Meeting]:
    """Every meeting of an extraction: those of its visits and those of no visit."""
    return [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]


def visit_meetings(body: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    """(participants, kind, date) of each meeting of the one visit in a text written around body."""
    parts = [SourceStatements(source=source(OPENING + body + CLOSING, "v"))]
    (visit,) = assemble(parts, GROUP_KNOWLEDGE).visits
    return [(m.participants, m.kind.value, str(m.date) if m.date else None) for m in visit.meetings]


class TestMeetingSentences:
    def test_an_abbreviated_month_in_brackets_ends_no_sentence(self) -> None:
        """ "KINGSTON, Jamaica (Jan. 20, 2022) -- ...": the dot after "(Jan" is an
        abbreviation's; the sentence goes on, and its meeting has the day."""
        text = "KINGSTON, Jamaica (Jan. 20, 2022) -- Scholz meets with Modi to discuss trade.\n"
        assert 1 == len(sentences(source(text, "a")))

    @pytest.mark.parametrize(
        "text",
        [
            "The Rt. Hon Dr Liam Fox MP and Scholz met on 30 November 2017 in Sydney.\n",
            "Scholz met troops at Ft. Bragg on Monday.\n",
            "Scholz met Asst. Secretary Lee and VAdm. Kim on Monday.\n",
            "Scholz met Maj. Gen. (Ret.) Kim Lee on Monday.\n",
        ],
    )
    def test_a_courtesy_style_or_place_abbreviation_ends_no_sentence(self, text: str) -> None:
        """ "Rt." (Right Honourable), "Ft." (Fort), "Asst." and "VAdm." are abbreviations:
        their stops end no sentence, so the meeting word keeps its people."""
        assert 1 == len(sentences(source(text, "a")))

    @pytest.mark.parametrize(
        "clause",
        ["held two hour discussions with", 'held "in-depth" talks with', "had discussions with"],
    )
    def test_discussions_held_with_one_person_are_the_visitor_s_meeting(self, clause: str) -> None:
        """ "He also held two hour discussions with Narendra Modi": the one person named met
        the story's visitor, as "he also met Narendra Modi" says."""
        text = f"Scholz arrived in New Delhi on Sunday.\n\nHe also {clause} Narendra Modi.\n"
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("narendra-modi",)] == [m.people for m in mentions if m.sentence == 1]

    @pytest.mark.parametrize(
        ("opening", "day"),
        [
            ("During his three-day visit, Scholz", "2024-02"),
            ("Throughout the trip, Scholz", "2024-02"),
            ("Scholz", "2024-02-25"),
        ],
    )
    def test_some_day_of_a_trip_is_the_month(self, opening: str, day: str) -> None:
        """ "During his three-day visit, Scholz met Modi" names no day: some day of the
        visit, so the month the page went up in, not its day."""
        text = f"Chancellor Olaf Scholz is in India.\n\n{opening} met Narendra Modi.\n"
        page = evolve(source(text, "a"), published=dt.datetime(2024, 2, 25, 12, tzinfo=dt.UTC))
        (mention,) = find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)
        assert mention.date is not None
        assert day == str(mention.date.date)

    def test_a_passive_reception_is_a_meeting(self) -> None:
        """ "X was received by Y" dates a meeting of X and Y from its own day words."""
        text = "A day earlier, on Sunday, Scholz was received by Prime Minister Narendra Modi.\n"
        (mention,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert mention.date is not None
        assert mention.date.date is not None
        assert (("olaf-scholz", "narendra-modi"), "2024-02-25", "on Sunday") == (
            mention.people,
            mention.date.date.isoformat(),
            mention.date.evidence.text,
        )

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("President of Sri Lanka, Honorable Anura Kumara Dissanayake", True),
            ("Commander of the Sri Lanka Navy, Vice Adm. Priyantha Perera", True),
            ("The transfer of the aircraft will provide key capabilities.", False),
            ("Meetings with defense officials included:", False),
            ("Chief of Staff of the Armed Forces, Gen. Romeo Brawner Jr.", True),
            ("Western Command Deputy Commander, Brig. Gen. Romulo D.", True),
            ("The meeting ended early.", False),
        ],
    )
    def test_a_short_line_without_a_stop_is_a_bare_list_item(
        self, line: str, expected: bool
    ) -> None:
        """A list written one item per line without bullets: short lines that end in no
        sentence mark are its items; a sentence or a lead-in is not."""
        item = Sentence(start=0, end=len(line), paragraph=0, reference=None)
        assert expected == _bare_item(line, item)

    def test_welcoming_someone_for_discussions_is_a_meeting(self) -> None:
        """ "Scholz welcomed Minister of External Affairs Dr. S. Jaishankar and other senior
        officers for discussions": the abbreviations' stops do not end the look for "for"."""
        text = (
            "Scholz welcomed Minister of External Affairs Dr. Subrahmanyam Jaishankar and"
            " other senior officials for discussions on trade.\n"
        )
        assert [("olaf-scholz", "s-jaishankar")] == _people_met(text)

    def test_welcomed_by_someone_on_arrival_is_no_meeting(self) -> None:
        """ "Scholz is welcomed by Minister Jaishankar and the Ambassador to India upon his
        arrival at the airport": a greeting on arrival, no meeting word."""
        text = (
            "Scholz is welcomed by Minister Subrahmanyam Jaishankar and the U.S. Ambassador to"
            " India upon his arrival at the airport.\n"
        )
        assert [] == _people_met(text)

    def test_welcoming_a_counterpart_is_a_meeting(self) -> None:
        """ "Scholz this morning welcomed his counterpart from India, Narendra Modi": they met."""
        text = "Scholz this morning welcomed his counterpart from India, Narendra Modi.\n"
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    def test_initials_inside_a_name_do_not_end_the_sentence(self) -> None:
        """ "met at Camp H.M. Smith ..., Feb. 25, 2024.": one sentence, so its day dates
        the meeting."""
        text = (
            "Scholz and Prime Minister Narendra Modi met at Camp H.M. Smith to discuss"
            " cooperation, Feb. 25, 2024.\n"
        )
        (mention,) = find_meeting_mentions(source(text, "i"), KNOWLEDGE, KNOWLEDGE.places)
        assert "2024-02-25" == str(mention.date.date if mention.date else None)

    def test_the_following_day_counts_from_the_last_meeting(self) -> None:
        """ "They held talks the following day" is a new meeting the day after the last one."""
        body = (
            "Scholz and Modi first met on Saturday for an informal walk.\n\n"
            "They held formal talks the following day at Hyderabad House."
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-24"),
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
        ] == visit_meetings(body)

    def test_one_named_counterpart_met_the_visitor(self) -> None:
        """ "Later the same day he met X" is the visitor's meeting with X on that day."""
        body = (
            "On Sunday, Scholz met Modi.\n\n"
            "Later the same day he met Foreign Minister Subrahmanyam Jaishankar."
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
            (("olaf-scholz", "s-jaishankar"), "talks", "2024-02-25"),
        ] == visit_meetings(body)

    def test_a_meeting_between_three_is_one_meeting(self) -> None:
        """ "the three-way meeting between A, B and C" has all three as participants."""
        body = "On Monday, the three-way meeting between Scholz, Modi and Murmu lasted an hour."
        assert [
            (("droupadi-murmu", "narendra-modi", "olaf-scholz"), "talks", "2024-02-26")
        ] == visit_meetings(body)

    @pytest.mark.parametrize(
        "talks",
        ["India-Germany Ministerial Consultations", "Ministerial (INGMIN) talks", "INGMIN talks"],
    )
    def test_ministerial_consultations_are_one_meeting_of_all(self, talks: str) -> None:
        """ "hosted A, B and C for the ... Ministerial Consultations": ministers of two
        countries meet together in such formats."""
        body = f"On Sunday, Modi hosted Scholz, Murmu and Jaishankar for the annual {talks}."
        assert [
            (
                ("droupadi-murmu", "narendra-modi", "olaf-scholz", "s-jaishankar"),
                "talks",
                "2024-02-25",
            )
        ] == visit_meetings(body)

    def test_the_chairs_of_a_meeting_met_together(self) -> None:
        """ "It was co-chaired by A, B, C and D": everyone chairing a council sat at one table,
        not the first with each of the others."""
        text = (
            "Council news\n\n"
            "The council held its ministerial meeting on Sunday. It was co-chaired by"
            " Chancellor Olaf Scholz, Minister Subrahmanyam Jaishankar, Prime Minister Narendra"
            " Modi and President Droupadi Murmu.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), GROUP_KNOWLEDGE, KNOWLEDGE.places)
        assert [({"olaf-scholz", "s-jaishankar", "narendra-modi", "droupadi-murmu"}, True)] == [
            (set(m.people), m.group) for m in mentions
        ]

    def test_two_hosts_joined_by_and_met_the_guest_together(self) -> None:
        """ "A and B hosted C" is one meeting of the three."""
        body = "On Sunday, Modi and President Droupadi Murmu hosted Scholz at Rashtrapati Bhavan."
        assert [
            (("droupadi-murmu", "narendra-modi", "olaf-scholz"), "talks", "2024-02-25")
        ] == visit_meetings(body)

    def test_one_along_with_another_met_their_counterparts_together(self) -> None:
        """ "A, along with B, met with their Indian counterparts, C and D": the two met their
        two counterparts together; B came along as a party, not as staff."""
        knowledge = GROUP_KNOWLEDGE.with_actors(
            [Actor(id=ActorId("tom-roe"), name="Tom Roe", country="DE")]
        )
        text = (
            "Visit news\n\n"
            "Chancellor Olaf Scholz, along with Minister Tom Roe, met with their Indian"
            " counterparts, Narendra Modi and Subrahmanyam Jaishankar, on Sunday.\n"
        )
        (mention,) = find_meeting_mentions(source(text, "a"), knowledge, KNOWLEDGE.places)
        assert (
            {"olaf-scholz", "tom-roe", "narendra-modi", "s-jaishankar"},
            True,
        ) == (set(mention.people), mention.group)

    def test_two_hosts_with_long_offices_met_the_guest_together(self) -> None:
        """ "A and the Minister of External Affairs, the Hon B, hosted C": the second host's
        office between them does not split the two."""
        body = (
            "On Sunday, Prime Minister Narendra Modi and the Minister of External Affairs of"
            " India, the Hon Subrahmanyam Jaishankar, hosted Scholz in New Delhi."
        )
        assert [
            (("narendra-modi", "olaf-scholz", "s-jaishankar"), "talks", "2024-02-25")
        ] == visit_meetings(body)

    def test_whoever_joined_later_was_not_at_the_meeting(self) -> None:
        """ "A and B met ..., before being joined by C" is a meeting of A and B."""
        text = "Scholz and Modi met for about an hour on Monday, before being joined by Murmu.\n"
        (mention,) = find_meeting_mentions(source(text, "a"), GROUP_KNOWLEDGE, KNOWLEDGE.places)
        assert (("olaf-scholz", "narendra-modi"), ("about an hour",), False) == (
            mention.people,
            tuple(d.text for d in mention.durations),
            mention.group,
        )

    def test_someone_named_in_what_was_discussed_was_not_at_the_meeting(self) -> None:
        """ "A met with B and discussed ... C's war": C is the subject of the talks."""
        text = (
            "Scholz met with Modi on Monday and discussed prices resulting from Murmu's policies.\n"
        )
        (mention,) = find_meeting_mentions(source(text, "a"), GROUP_KNOWLEDGE, KNOWLEDGE.places)
        assert ("olaf-scholz", "narendra-modi") == mention.people

    def test_the_previous_evening_counts_from_the_last_meeting(self) -> None:
        """ "The two leaders had met the previous evening" is the day before the last meeting."""
        body = (
            "On Monday, Scholz met Modi at Hyderabad House.\n\n"
            "Modi said he would call Murmu. Scholz agreed.\n\n"
            "The two leaders had met the previous evening for a working dinner."
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-26"),
        ] == visit_meetings(body)

    def test_the_previous_evening_counts_from_a_later_day_the_story_named(self) -> None:
        """ "Scholz visited the school on Feb. 27 ... The previous evening he hosted Modi" is
        the day before the day the story named last, not before the last meeting."""
        body = (
            "On Monday, Scholz met Modi at Hyderabad House.\n\n"
            "Scholz visited the Indian Military Academy on Feb. 28, 2024.\n\n"
            "The previous evening Scholz hosted Modi for dinner at the residence."
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-26"),
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-27"),
        ] == visit_meetings(body)

    def test_a_meeting_told_in_an_aside_keeps_its_day(self) -> None:
        """ "Scholz, who also met X later on Sunday, said ..." dates that meeting Sunday."""
        text = "Scholz, who also met Prime Minister Narendra Modi later on Sunday, said little.\n"
        (mention,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert mention.date is not None
        assert mention.date.date is not None
        assert (("olaf-scholz", "narendra-modi"), "2024-02-25") == (
            mention.people,
            mention.date.date.isoformat(),
        )

    def test_touring_a_place_with_someone_is_meeting_them(self) -> None:
        """ "Scholz toured a school with Modi" is a meeting of the two."""
        text = "On Sunday, Scholz toured a school in New Delhi with Narendra Modi.\n"
        (mention,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ("olaf-scholz", "narendra-modi") == mention.people

    def test_touring_a_place_of_many_words_with_someone_is_meeting_them(self) -> None:
        """ "toured the Pentagon 9/11 Memorial with Modi", "toured the Northern Army
        Yausubetsu Training Area with Modi": a long place's name, a number in it."""
        for place in ("the Pentagon 9/11 Memorial", "the Northern Army Yausubetsu Training Area"):
            text = f"On Sunday, Scholz toured {place} with Narendra Modi.\n"
            (mention,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
            assert ("olaf-scholz", "narendra-modi") == mention.people

    def test_touring_alone_is_no_meeting(self) -> None:
        """ "Scholz toured a factory with great interest" names nobody he toured with."""
        text = "On Sunday, Scholz toured a factory with great interest.\n"
        assert () == find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)

    def test_a_live_entry_dates_its_undated_meetings(self) -> None:
        """On a live page, "have wrapped up their meeting" is on the day of the entry's stamp;
        "will meet" in the morning's entry is planned, no meeting held."""
        text = (
            "Scholz in India – live\n\nMon 26 Feb 2024 13.10 CET\n\n"
            "12.40 CET\nTalks end\n\nScholz and Modi have wrapped up their meeting.\n\n"
            "04.15 CET\nGood morning\n\nScholz will meet Modi in the afternoon.\n"
        )
        page = read_source(text, source_id="live")
        mentions = find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)
        assert [("2024-02-26", "12.40 CET")] == [
            (
                None if m.date is None or m.date.date is None else m.date.date.isoformat(),
                None if m.date is None else m.date.evidence.text,
            )
            for m in mentions
        ]

    def test_a_meeting_in_a_relative_clause_is_its_antecedent_s(self) -> None:
        """ "A's tone was sharper than B's, who met C the day before": B and C met, not A."""
        text = (
            "Modi's remarks were sharper than those of Subrahmanyam Jaishankar, who met Scholz"
            " on Sunday.\n"
        )
        (mention,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ("s-jaishankar", "olaf-scholz") == mention.people

    def test_a_live_entry_day_yields_to_the_day_the_text_states(self) -> None:
        """A summary that lists the trip's meetings under today's stamp does not make a second
        meeting of a pair whose day another sentence states."""
        text = (
            "Scholz in India – live\n\nMon 26 Feb 2024 13.10 CET\n\n"
            "12.40 CET\nTalks end\n\nScholz met Modi and Foreign Minister Subrahmanyam"
            " Jaishankar in New Delhi during his visit to India.\n\n"
            "04.15 CET\nYesterday\n\nOn Sunday, Scholz held talks with Jaishankar.\n\n"
            "The trip by Scholz to India was his second as chancellor.\n"
        )
        page = evolve(read_source(text, source_id="live"), published=MONDAY_EVENING)
        (visit,) = assemble([SourceStatements(source=page)], KNOWLEDGE).visits
        assert [
            (("narendra-modi", "olaf-scholz"), "2024-02-26"),
            (("olaf-scholz", "s-jaishankar"), "2024-02-25"),
        ] == sorted((m.participants, str(m.date)) for m in visit.meetings)

    def test_a_ministry_or_an_office_is_a_venue(self) -> None:
        """ "at the Ministry of Finance", "in the Oval Office and the Cabinet Room" are venues."""
        text = (
            "On Monday, Scholz and Modi met at the Ministry of Finance in New Delhi.\n\n"
            "On Tuesday, Scholz and Modi met in the Oval Office and the Cabinet Room.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["Ministry of Finance", "Oval Office"] == [
            m.venue.name if m.venue else None for m in mentions
        ]

    def test_a_meal_that_is_the_meeting_is_not_a_second_one(self) -> None:
        """ "met X, and had dinner with Y" gives one meeting with Y, not talks and a dinner."""
        body = "Scholz met reporters on Sunday, and had dinner with Modi the same evening."
        assert [(("narendra-modi", "olaf-scholz"), "talks", "2024-02-25")] == visit_meetings(body)


class TestHeldOutShapes:
    def test_a_second_meeting_after_and_has_its_own_day(self) -> None:
        """ "A met B, and on Monday had dinner with C": two meetings, each on its own day."""
        body = (
            "On Sunday, Scholz met Modi, and on Monday evening had dinner with Foreign Minister"
            " Subrahmanyam Jaishankar."
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
            (("olaf-scholz", "s-jaishankar"), "dinner", "2024-02-26"),
        ] == visit_meetings(body)

    def test_a_person_the_story_introduced_can_be_met(self) -> None:
        """A person no data file knows but the statements stage discovered is a participant."""
        reddy = Actor(
            id=ActorId("revanth-reddy"), name="Revanth Reddy", country=None, discovered=True
        )
        text = (
            OPENING + "On Sunday, Scholz met the state's chief minister, Revanth Reddy." + CLOSING
        )
        parts = [SourceStatements(source=source(text, "v"), actors=(reddy,))]
        (visit,) = assemble(parts, GROUP_KNOWLEDGE).visits
        assert [(("olaf-scholz", "revanth-reddy"), "2024-02-25")] == [
            (m.participants, str(m.date)) for m in visit.meetings
        ]

    def test_a_group_meeting_outside_any_visit_keeps_everyone(self) -> None:
        """A trilateral summit in a story about no visit keeps all three participants."""
        text = "On Monday, Scholz, Modi and Murmu held a trilateral summit.\n"
        parts = [SourceStatements(source=source(text, "t"))]
        extraction = assemble(parts, GROUP_KNOWLEDGE)
        assert ((), [("droupadi-murmu", "narendra-modi", "olaf-scholz")]) == (
            extraction.visits,
            [m.participants for m in extraction.meetings],
        )

    def test_an_aside_s_date_is_not_the_meeting_s(self) -> None:
        """ "X, who is due to retire in May," dates X's retirement, and the story's day stands."""
        body = (
            "On Sunday, Scholz met Modi.\n\n"
            "Scholz also met Foreign Minister Subrahmanyam Jaishankar, who is due to retire in"
            " May, for talks that ran for an hour."
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
            (("olaf-scholz", "s-jaishankar"), "talks", "2024-02-25"),
        ] == visit_meetings(body)

    def test_the_two_leaders_are_the_pair_just_named(self) -> None:
        """ "The two leaders met ..." is a meeting of the last two people named nearby."""
        text = (
            "Scholz and Modi agreed on Sunday to expand trade.\n\n"
            "The two leaders met at the Ministry of Finance for two hours.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [
            (("olaf-scholz", "narendra-modi"), "2024-02-25", "Ministry of Finance", "two hours")
        ] == [
            (
                m.people,
                str(m.date.date) if m.date else None,
                m.venue.name if m.venue else None,
                m.durations[0].text,
            )
            for m in mentions
        ]

    def test_the_two_leaders_with_one_of_them_described(self) -> None:
        """ "The two leaders met ..., the prime minister's office" is still the pair's meeting."""
        text = (
            "Scholz and Modi agreed on Sunday to expand trade.\n\n"
            "The two leaders met at the Ministry of Finance, near the office of Prime Minister"
            " Modi, for two hours.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [(("olaf-scholz", "narendra-modi"), "2024-02-25", "two hours")] == [
            (m.people, str(m.date.date) if m.date else None, m.durations[0].text) for m in mentions
        ]

    def test_received_with_an_adverb_before_by(self) -> None:
        """ "A was received earlier in the day by B" is a meeting of A and B."""
        text = (
            "Modi was received earlier in the day by Chancellor Olaf Scholz at the Chancellery.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("narendra-modi", "olaf-scholz")] == [m.people for m in mentions]

    def test_a_delay_is_not_the_meeting_s_length(self) -> None:
        """ "after a delay of more than an hour" is a wait, not how long the talks ran."""
        text = (
            "Scholz met Modi on Sunday for two hours, after a delay of more than an hour at"
            " the start.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("two hours",)] == [tuple(d.text for d in m.durations) for m in mentions]

    def test_the_story_s_day_dates_a_later_undated_meeting(self) -> None:
        """An undated meeting takes the last single day the story named a little earlier."""
        text = (
            "Scholz landed in New Delhi on Sunday to find Modi waiting.\n\n"
            "After talks that ran for two hours, the two leaders signed a pact.\n"
        )
        (mention,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ("2024-02-25", "on Sunday") == (
            str(mention.date.date) if mention.date else None,
            mention.date.evidence.text if mention.date else None,
        )

    @pytest.mark.parametrize(
        ("verb", "expected"), [("will visit", []), ("visited", [("olaf-scholz", "narendra-modi")])]
    )
    def test_a_purpose_after_asides_serves_the_clause_s_verb(
        self, verb: str, expected: list[tuple[str, ...]]
    ) -> None:
        """ "Scholz will visit Delhi, the capital, from March 8 to March 11, to meet with Modi"
        is a plan however many asides stand between "will" and "to meet"; after "visited"
        the same purpose is a meeting held."""
        text = (
            f"Scholz {verb} Delhi, the capital of India, from March 8 to March 11, 2024, to meet"
            " with Modi and other officials.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert expected == [m.people for m in mentions]

    @pytest.mark.parametrize(
        ("opening", "expected"),
        [("Tomorrow", []), ("Yesterday", [("olaf-scholz", "narendra-modi")])],
    )
    def test_a_meeting_word_far_after_its_modal_on_a_day_ahead_is_planned(
        self, opening: str, expected: list[tuple[str, ...]]
    ) -> None:
        """ "Tomorrow, Scholz and Modi will jointly host the Global Education Summit": the
        sentence's only day is ahead and a modal governs it, however far from the meeting
        word: a plan. The same words on a day past are a meeting held."""
        verb = "will jointly host" if opening == "Tomorrow" else "jointly hosted"
        text = f"{opening}, Scholz and Modi {verb} the Global Education Summit in London.\n"
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert expected == [m.people for m in mentions]

    def test_a_future_meeting_takes_no_story_day(self) -> None:
        """ "They will meet again" is planned: no meeting mention, so not dated by the day the
        story told before."""
        text = "Scholz met Modi on Sunday.\n\nScholz will meet Modi again at the summit.\n"
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["2024-02-25"] == [
            str(m.date.date) if m.date and m.date.date else None for m in mentions
        ]

    @pytest.mark.parametrize(
        ("words", "ahead"),
        [
            ("They both looked forward to discussing migration at the", True),
            ("The leaders look forward to meeting again at the", True),
            ("They looked at the forward base after the", False),
        ],
    )
    def test_looking_forward_to_it_is_ahead(self, words: str, ahead: bool) -> None:
        """ "They both looked forward to discussing ... at the ... meeting later this week":
        a meeting looked forward to is still to come, in any tense of the verb."""
        assert ahead == _looks_ahead(KNOWLEDGE, words)

    def test_a_meeting_after_before_is_a_second_meeting(self) -> None:
        """ "A and B met for ... before A went to X, where he met C" gives two meetings."""
        text = (
            "On Monday, Scholz and Modi met for an hour and a half before Scholz went to the"
            " Ministry of Finance, where he met Murmu for an hour.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), GROUP_KNOWLEDGE, KNOWLEDGE.places)
        assert [
            (("olaf-scholz", "narendra-modi"), ("an hour and a half",), None),
            (("olaf-scholz", "droupadi-murmu"), ("an hour",), "Ministry of Finance"),
        ] == [
            (m.people, tuple(d.text for d in m.durations), m.venue.name if m.venue else None)
            for m in mentions
        ]


def loose_meetings(text: str, name: str = "l") -> list[tuple[tuple[str, ...], str, str | None]]:
    """(participants, kind, date) of the meetings of a text that reports no visit."""
    extraction = assemble([SourceStatements(source=source(text, name))], GROUP_KNOWLEDGE)
    return [
        (m.participants, m.kind.value, str(m.date) if m.date else None) for m in extraction.meetings
    ]


class TestListedWithHosts:
    def test_one_of_no_known_country_listed_among_hosts_is_theirs(self) -> None:
        """ "Paparo met with ... Deputy Prime Minister Richard Marles, Foreign Minister Penny
        Wong and Secretary of the Department of Defence Greg Moriarty": Moriarty, whom no
        data file places, is listed among two Australians; Paparo met him too."""
        knowledge = load_knowledge()
        text = (
            "Gen. Samuel Paparo said the alliance was strong.\n\n"
            "Paparo met with senior leaders to include Deputy Prime Minister Richard Marles,"
            " Foreign Minister Penny Wong and Secretary of the Department of Defence Greg"
            " Moriarty.\n\nPaparo said he was pleased.\n"
        )
        assert [
            ("samuel-paparo", "greg-moriarty"),
            ("samuel-paparo", "penny-wong"),
            ("samuel-paparo", "richard-marles"),
        ] == self._met(text, knowledge)

    def test_one_of_no_known_country_meets_an_unplaced_protagonist(self) -> None:
        """ "I've been honoured to meet with Prime Minister Manele and ... Minister Tom Roe for
        Planning": a labelled speaker whose country no data file gives met the one listed among
        the hosts too, as they met the hosts."""
        knowledge = load_knowledge().with_actors(
            [
                Actor(id=ActorId("tunde-ade"), name="Tunde Ade"),
                Actor(id=ActorId("tom-roe"), name="Tom Roe"),
            ]
        )
        text = (
            "Tunde Ade: During this visit, I've been honoured to meet with Prime Minister"
            " Jeremiah Manele, Prime Minister Manasseh Sogavare and Minister Tom Roe for"
            " Planning.\n"
        )
        assert [
            ("tunde-ade", "jeremiah-manele"),
            ("tunde-ade", "manasseh-sogavare"),
            ("tunde-ade", "tom-roe"),
        ] == self._met(text, knowledge)

    @staticmethod
    def _met(text: str, knowledge: KnowledgeBase) -> list[tuple[str, ...]]:
        """The participants of each meeting the page's assembly reports, sorted."""
        extraction = assemble([extract_statements(source(text, "p"), knowledge)], knowledge)
        return sorted(m.participants for m in extraction.meetings)


class TestGeneralShapes:
    def test_one_of_the_pair_meeting_on_another_day_meets_someone_else(self) -> None:
        """After "On Saturday, Scholz met Modi", "Today, Scholz visited Mumbai to meet with
        business leaders" is no second meeting with Modi."""
        text = (
            "On Saturday, Scholz met Prime Minister Narendra Modi in New Delhi.\n\n"
            "Today, Scholz visited Mumbai to meet with business leaders.\n"
        )
        extraction = assemble([SourceStatements(source=source(text, "o"))], GROUP_KNOWLEDGE)
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        assert [({"olaf-scholz", "narendra-modi"}, "2024-02-24")] == [
            (set(m.participants), str(m.date)) for m in meetings
        ]

    def test_held_a_named_dialogue_is_a_meeting(self) -> None:
        """ "A and B held the fifth India-Germany Annual Leaders' Dialogue on Sunday": their
        meeting; "held a phone call" is none."""
        text = (
            "Prime Minister Narendra Modi and Chancellor Olaf Scholz held the fifth"
            " India-Germany Annual Leaders’ Dialogue on Sunday in New Delhi.\n"
        )
        assert [(("narendra-modi", "olaf-scholz"), "talks", "2024-02-25")] == loose_meetings(text)
        phoned = "Narendra Modi and Olaf Scholz held a phone call on Sunday.\n"
        assert [] == loose_meetings(phoned)

    def test_held_discussions_with_is_a_meeting(self) -> None:
        """ "held discussions with A" without an article is a meeting too; "held phone
        discussions with" is none."""
        text = "On Sunday, Scholz also held discussions with Prime Minister Narendra Modi.\n"
        assert [(("olaf-scholz", "narendra-modi"), "talks", "2024-02-25")] == loose_meetings(text)
        phoned = "On Sunday, Scholz held phone discussions with Prime Minister Narendra Modi.\n"
        assert [] == loose_meetings(phoned)

    def test_and_called_on_is_a_second_meeting(self) -> None:
        """ "held talks with A and called on B": talks with A, a courtesy call on B."""
        text = (
            "On Sunday, Scholz held talks with Prime Minister Narendra Modi and called on"
            " President Droupadi Murmu.\n"
        )
        assert [
            (("olaf-scholz", "narendra-modi"), "talks", "2024-02-25"),
            (("olaf-scholz", "droupadi-murmu"), "courtesy_call", "2024-02-25"),
        ] == loose_meetings(text)

    def test_the_one_named_counterpart_is_the_participant(self) -> None:
        """ "On Monday he met X, before the two men had lunch": a meeting with X, not the last."""
        text = (
            "Scholz held talks with Modi on Sunday.\n\n"
            "On Monday he met Foreign Minister Subrahmanyam Jaishankar before the two men had"
            " lunch.\n"
        )
        assert [
            (("olaf-scholz", "narendra-modi"), "talks", "2024-02-25"),
            (("olaf-scholz", "s-jaishankar"), "talks", "2024-02-26"),
        ] == loose_meetings(text)[:2]

    def test_he_met_two_people_in_no_data_file_one_after_the_other(self) -> None:
        """ "He also met with President A and Minister of Defense B", both unknown: the
        protagonist's meeting with each, not one of A with B."""
        text = (
            "Scholz visited Mombasa on Sunday and spoke to the troops there.\n\n"
            "He also met with President Amina Okonjo and Minister of Defense Tunde Bakare, to"
            " discuss shared priorities.\n\n"
            "Scholz said the partnership was strong.\n"
        )
        extraction = parse([source(text, "h")], knowledge=load_knowledge())
        assert [("olaf-scholz", "amina-okonjo"), ("olaf-scholz", "tunde-bakare")] == [
            m.participants for m in extraction.meetings
        ]

    def test_the_protagonist_of_no_known_country_met_them_not_a_counterpart(self) -> None:
        """ "he ... met with Romanian President A and Minister B" in a story of Vance (whose
        title names no country), who "also met with Polish Minister of Defense C": Vance met
        A and B, not C, whom no one met more often than Vance."""
        text = (
            "Deputy Secretary of Defense Bob Vance visited Romania and Poland, May 10-13.\n\n"
            "In Romania, he visited Bucharest May 11 and met with Romanian President Ana Lisca"
            " and Minister of Foreign Affairs Dan Popa.\n\n"
            "In Poland, Vance also met with Polish Minister of Defense Jan Kowalczyk.\n"
        )
        extraction = parse([source(text, "v")], knowledge=load_knowledge())
        assert [
            ("bob-vance", "ana-lisca"),
            ("bob-vance", "dan-popa"),
            ("bob-vance", "jan-kowalczyk"),
        ] == sorted(m.participants for m in extraction.meetings)

    def test_people_who_sat_in_on_the_meeting_did_not_meet_each_other(self) -> None:
        """ "Brig. Gen. A and Brig. Gen. B also participated in the meeting": staff of the
        meeting told before, not a meeting of theirs."""
        text = (
            "Scholz met with Prime Minister Modi in New Delhi on Monday.\n\n"
            "Brig. Gen. Ana Lisca, deputy adjutant general, and Brig. Gen. Tom Vasko, assistant"
            " adjutant general, also participated in the meeting.\n"
        )
        extraction = parse([source(text, "p")], knowledge=load_knowledge())
        assert [("olaf-scholz", "narendra-modi")] == [m.participants for m in extraction.meetings]

    def test_people_taking_part_in_the_meeting_did_not_meet_each_other(self) -> None:
        """ "Taking part in the meeting on the German side were A and B": the delegation of
        the meeting told before, not a meeting of theirs."""
        text = (
            "Scholz met with Prime Minister Modi in New Delhi on Monday.\n\n"
            "Taking part in the meeting on the German side were Foreign Minister Ana Lisca and"
            " Minister of Labour and Social Protection Tom Vasko.\n"
        )
        extraction = parse([source(text, "p")], knowledge=load_knowledge())
        assert [("olaf-scholz", "narendra-modi")] == [m.participants for m in extraction.meetings]

    def test_his_meeting_with_someone_is_the_protagonist_s(self) -> None:
        """ "During his meeting with Deputy Foreign Minister B, ... were discussed" in a story
        of A's visit: A met B, though the sentence has no verb of meeting."""
        text = (
            "British Minister Tom Vasko visited Uzbekistan from 6 to 7 June, 2023.\n\n"
            "During his meeting with the Uzbek Deputy Foreign Minister Ana Lisca, trade and"
            " security were discussed.\n"
        )
        extraction = parse([source(text, "m")], knowledge=load_knowledge())
        assert [("tom-vasko", "ana-lisca")] == [m.participants for m in extraction.meetings]

    def test_i_of_an_unlabelled_speech_met_the_people_named(self) -> None:
        """ "I also met with President A, with Prime Minister B" in a speech no label credits:
        the speaker's meetings with each, never one of A with B."""
        text = (
            "Good evening. I just had the honor of a meeting with the Patriarch.\n\n"
            "I also met during the course of the day with President Amina Okonjo, with"
            " Prime Minister Tunde Bakare and other political leaders.\n"
        )
        extraction = parse([source(text, "i")], knowledge=load_knowledge())
        assert [] == [m.participants for m in extraction.meetings]

    def test_we_of_an_unlabelled_post_met_the_people_named(self) -> None:
        """ "Over the course of the week, we met with A, B and C" (of three countries) in a
        member's post no label credits: the writer's party met each, never A, B or C the
        other two."""
        text = (
            "Last week I joined a bipartisan delegation of Senators.\n\n"
            "Over the course of the week, we met with Dutch Defence Minister Ana Lisca, German"
            " Defence Minister Tom Vasko and Greek Prime Minister Tunde Bakare.\n"
        )
        extraction = parse([source(text, "w")], knowledge=load_knowledge())
        assert [] == [m.participants for m in extraction.meetings]

    def test_my_meetings_of_an_unlabelled_speech_are_with_each(self) -> None:
        """ "From my meetings with Dutch Minister A and German Minister B" in a speech no
        label credits: the speaker's meetings, never one of A with B, though their countries
        differ."""
        text = (
            "Thank you all for coming today.\n\n"
            "From my meetings with Dutch Defence Minister Ana Lisca and German Defence Minister"
            " Tom Vasko, I have no doubt that the alliance is united.\n"
        )
        extraction = parse([source(text, "o")], knowledge=load_knowledge())
        assert [] == [m.participants for m in extraction.meetings]

    def test_the_protagonist_meeting_a_compatriot_is_no_meeting(self) -> None:
        """ "He also met with Ambassador X, German Ambassador to India" in a story about
        Scholz: compatriots are one side, not a meeting of countries."""
        text = (
            "Scholz visited Mumbai on Sunday and spoke to business leaders.\n\n"
            "He also met with Ambassador Tunde Bakare, German Ambassador to India, to discuss"
            " trade.\n\n"
            "Scholz said the partnership was strong.\n"
        )
        assert [] == list(parse([source(text, "h")], knowledge=load_knowledge()).meetings)

    def test_a_bulleted_list_after_a_colon_is_met_one_by_one(self) -> None:
        """ "Meetings with Indian officials included:" and a bulleted list: the story's
        protagonist met each one listed, not they each other."""
        text = (
            "Scholz arrived in New Delhi on Sunday for talks on trade.\n\n"
            "Meetings with Indian officials included:\n\n"
            "· Prime Minister, Narendra Modi\n\n"
            "· Foreign Minister, Subrahmanyam Jaishankar\n\n"
            "Scholz said the partnership was strong.\n"
        )
        assert [("olaf-scholz", "narendra-modi"), ("olaf-scholz", "s-jaishankar")] == [
            people for people, _, _ in loose_meetings(text)
        ]

    def test_a_dateline_s_date_is_when_the_story_was_filed(self) -> None:
        """ "NEW DELHI, Feb. 26, 2024 — Scholz ... in meetings yesterday": the meetings are of
        the day before the dateline's."""
        text = (
            "NEW DELHI, Feb. 26, 2024 — Scholz pledged support in meetings with India's"
            " leaders yesterday, an official said.\n\n"
            "Scholz met with Prime Minister Narendra Modi as part of his trip.\n"
        )
        assert [(("olaf-scholz", "narendra-modi"), "talks", "2024-02-25")] == loose_meetings(text)

    def test_a_line_that_is_only_a_date_stamps_the_page_not_the_story(self) -> None:
        """ "Mon. Jul 22nd, 2024" atop a page published in February (the day the site was
        viewed) is the page's metadata, not a day the story names: the readout's meeting is
        of its publication day, never of July."""
        text = (
            "Mon. Jul 22nd, 2024\n\nThe readout of the day.\n\n"
            "Scholz met Prime Minister Narendra Modi at the Hyderabad House.\n"
        )
        page = source(text, "l")
        assert "metadata" == page.blocks[0].kind.value
        assert [(("olaf-scholz", "narendra-modi"), "talks", "2024-02-26")] == loose_meetings(text)

    def test_more_about_the_meeting_keeps_its_day(self) -> None:
        """ "Scholz was in Delhi to attend yesterday's summit" after his meeting with Modi
        today: more about that meeting, not a second one yesterday."""
        text = (
            "Scholz met Prime Minister Narendra Modi today.\n\n"
            "Scholz was in Delhi to attend yesterday’s Investment Summit.\n"
        )
        assert [(("olaf-scholz", "narendra-modi"), "talks", "2024-02-26")] == loose_meetings(text)

    def test_discussed_plans_to_is_no_future_meeting(self) -> None:
        """ "also met with B and discussed plans to advance trade": a past meeting, dated by
        the story's day like the one before it."""
        text = (
            "Scholz met Prime Minister Narendra Modi today.\n\n"
            "Scholz also met with Foreign Minister Subrahmanyam Jaishankar and discussed plans"
            " to advance trade.\n"
        )
        found = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["2024-02-26", "2024-02-26"] == [
            str(m.date.date) if m.date and m.date.date else None for m in found
        ]

    def test_the_day_a_period_began_is_not_the_meeting_s(self) -> None:
        """ "on his first trip since taking office on December 8, 2021": that day began his
        term; the meeting it mentions is left undated rather than dated then."""
        text = (
            "On his first trip to India since taking office on December 8, 2021, Scholz met"
            " Prime Minister Narendra Modi.\n"
        )
        found = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [(("olaf-scholz", "narendra-modi"), None)] == [(m.people, m.date) for m in found]

    def test_a_readout_of_the_meeting_refers_back(self) -> None:
        """ "Modi told Scholz ..., according to a readout of the meeting" is no new meeting."""
        text = (
            "Scholz held talks with Modi on Sunday.\n\n"
            "Modi told Scholz that trade mattered, according to a readout of the meeting"
            " released on Monday.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [False, True] == [m.anaphoric for m in mentions]

    def test_the_talks_lasted_attaches_outside_a_visit(self) -> None:
        """ "The talks lasted some three hours" gives its length to the meeting just told."""
        text = "Scholz held talks with Modi on Sunday.\n\nThe talks lasted some three hours.\n"
        extraction = assemble([SourceStatements(source=source(text, "a"))], GROUP_KNOWLEDGE)
        (meeting,) = extraction.meetings
        assert meeting.duration is not None
        assert "some three hours" == meeting.duration.text

    def test_a_described_holder_of_a_third_country_joins_no_meeting(self) -> None:
        """ "The British prime minister" is of neither side's country and is dropped; the
        compatriots left in the sentence (the Chinese president, the premier) did not meet
        each other."""
        knowledge = load_knowledge().with_actors(
            [Actor(id=ActorId("giorgia-meloni"), name="Giorgia Meloni", country="IT")]
        )
        text = (
            "Meloni visits China\n\nThe British prime minister meets the Chinese president at a"
            " guesthouse a day after talks with Premier Li Qiang.\n\n"
            "Chinese President Xi Jinping received Italian Prime"
            " Minister Giorgia Meloni on Monday in Beijing, state media said.\n"
        )
        published = dt.datetime(2024, 7, 29, 12, tzinfo=dt.UTC)
        page = evolve(read_source(text, source_id="m"), published=published)
        mentions = find_meeting_mentions(page, knowledge, knowledge.places)
        assert [("xi-jinping", "giorgia-meloni")] == [m.people for m in mentions if m.people]

    def test_talks_a_day_earlier_are_not_this_meeting(self) -> None:
        """ "a day after talks with X" tells another meeting: X does not join this one."""
        knowledge = load_knowledge().with_actors(
            [Actor(id=ActorId("giorgia-meloni"), name="Giorgia Meloni", country="IT")]
        )
        text = (
            "Meloni visits China\n\nItalian Prime Minister Giorgia Meloni met Chinese President"
            " Xi Jinping at a guesthouse on Monday a day after talks with Premier Li Qiang.\n"
        )
        published = dt.datetime(2024, 7, 29, 12, tzinfo=dt.UTC)
        page = evolve(read_source(text, source_id="m"), published=published)
        mentions = find_meeting_mentions(page, knowledge, knowledge.places)
        assert [("giorgia-meloni", "xi-jinping")] == [m.people for m in mentions if m.people]

    def test_a_readout_s_only_date_dates_its_meeting(self) -> None:
        """A page dated only by its date line: the undated talks are that day's."""
        text = (
            "Talks with the Prime Minister of India\n\nMonday, February 26, 2024, 16:20\n\n"
            "Olaf Scholz held talks with Prime Minister of India Narendra Modi.\n\n"
            "The talks took place at the chancellery.\n"
        )
        parts = [SourceStatements(source=read_source(text, source_id="r"))]
        extraction = assemble(parts, GROUP_KNOWLEDGE)
        assert [(("olaf-scholz", "narendra-modi"), "2024-02-26")] == [
            (m.participants, str(m.date)) for m in extraction.meetings
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a story that names no day for its talks supports the month it appeared in
            (
                "Scholz in India\n\nMonday, February 26, 2024, 16:20\n\n"
                "During his visit, Olaf Scholz held talks with Prime Minister Narendra Modi.\n\n"
                "He had arrived on Saturday.\n",
                "2024-02",
            ),
            # published on 2 March, naming 29 February: either month, so none is made up
            (
                "Scholz in India\n\nSaturday, March 2, 2024, 16:20\n\n"
                "During his visit, Olaf Scholz held talks with Prime Minister Narendra Modi.\n\n"
                "He had arrived in New Delhi on February 29.\n",
                "None",
            ),
            # another occasion's day ("the Sept. 11, 2001, attacks") is no day of the story
            (
                "Scholz in India\n\nMonday, February 26, 2024, 16:20\n\n"
                "During his visit, Olaf Scholz held talks with Prime Minister Narendra Modi.\n\n"
                "India was one of the first to help after the Sept. 11, 2001, attacks.\n",
                "2024-02",
            ),
            # "yesterday and today": within those two days, their month, as "Feb. 25-26"
            (
                "Scholz in India\n\nMonday, February 26, 2024, 16:20\n\n"
                "Olaf Scholz met Prime Minister Narendra Modi during an official visit to India"
                " yesterday and today.\n",
                "2024-02",
            ),
        ],
    )
    def test_a_meeting_with_no_day_of_its_own_is_dated_as_the_text_supports(
        self, text: str, expected: str
    ) -> None:
        """No day of its own: the month of publication, of the days named, or nothing."""
        assert [expected] == _group_meeting_dates(text)

    def test_a_weekday_and_its_date_are_one_day(self) -> None:
        """ "on Monday, Feb. 26, 2024" in a page dated to the month: the weekday is the date's
        own, one day, not two different days."""
        text = "Olaf Scholz met Prime Minister Narendra Modi on Monday, Feb. 26, 2024.\n"
        page = evolve(
            read_source(text, source_id="w"),
            published=None,
            published_date=PartialDate(year=2024, month=2),
        )
        found = find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)
        assert ["2024-02-26"] == [str(m.date.date) if m.date else None for m in found]

    def test_two_days_ahead_date_no_meeting(self) -> None:
        """ "On March 3rd and 4th, Sunday and Monday, Scholz will meet Modi": a plan, undated."""
        text = (
            "Scholz to visit India\n\nMonday, February 26, 2024, 16:20\n\n"
            "On March 3rd and 4th, Sunday and Monday, Olaf Scholz will meet Prime Minister"
            " Narendra Modi.\n"
        )
        found = find_meeting_mentions(source(text, "r"), KNOWLEDGE, KNOWLEDGE.places)
        assert [] == [str(m.date.coarse) for m in found if m.date is not None and not m.date.future]

    def test_another_day_named_leaves_the_meeting_its_month(self) -> None:
        """With a weekday elsewhere in the text, the publication day dates no undated talks:
        they get its month, the precision the text supports."""
        text = (
            "Talks with the Prime Minister of India\n\nMonday, February 26, 2024, 16:20\n\n"
            "Olaf Scholz held talks with Prime Minister of India Narendra Modi.\n\n"
            "He had arrived in New Delhi on Saturday for a visit that officials in both capitals"
            " described as the most important of the year.\n"
        )
        assert ["2024-02"] == _group_meeting_dates(text)

    def test_today_elsewhere_is_the_publication_day_too(self) -> None:
        """ "today" names the day the page is dated: the undated talks are still that day's."""
        text = (
            "Talks with the Prime Minister of India\n\nMonday, February 26, 2024, 16:20\n\n"
            "Olaf Scholz held talks with Prime Minister of India Narendra Modi.\n\n"
            "The two leaders signed a migration accord today.\n"
        )
        parts = [SourceStatements(source=read_source(text, source_id="r"))]
        extraction = assemble(parts, GROUP_KNOWLEDGE)
        assert ["2024-02-26"] == [str(m.date) for m in extraction.meetings]

    def test_the_meeting_means_the_last_meeting_of_those_named(self) -> None:
        """ "at the start of the meeting, Modi noted ..." after another meeting is Modi's."""
        text = (
            "Scholz held talks with Modi on Sunday.\n\n"
            "On Monday he met Foreign Minister Subrahmanyam Jaishankar at a hotel in Delhi.\n\n"
            "At the start of the meeting, Modi noted that Scholz had spent Saturday in Mumbai.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert (True, ("olaf-scholz", "narendra-modi")) == (
            mentions[-1].anaphoric,
            mentions[-1].people,
        )

    def test_a_short_venue_name_takes_the_fuller_one(self) -> None:
        """ "also at the Great Hall" is the Great Hall of the People the story named before."""
        text = (
            "Scholz held talks with Modi at the Great Hall of the People on Sunday.\n\n"
            "On Monday he met Foreign Minister Subrahmanyam Jaishankar, also at the Great Hall.\n"
        )
        mentions = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["Great Hall of the People", "Great Hall of the People"] == [
            m.venue.name if m.venue else None for m in mentions
        ]


class TestCaptionsAndStoryDays:
    CAPTION = (
        "Scholz in India\n\n"
        "Olaf Scholz and Narendra Modi at the Hyderabad House on Monday.\n"
        "Photo: Jane Roe/Reuters\n\n"
        "Scholz arrived in New Delhi on Sunday evening for a visit to India.\n\n"
        "The leaders' talks lasted about two hours.\n\n"
        "The visit by Scholz to India is his first since 2019.\n"
    )

    def test_a_caption_of_two_countries_at_a_venue_on_a_day_is_a_meeting(self) -> None:
        """A caption naming people of two countries at a venue on a day shows their meeting."""
        mentions = find_meeting_mentions(source(self.CAPTION, "a"), KNOWLEDGE, KNOWLEDGE.places)
        first = mentions[0]
        assert (("olaf-scholz", "narendra-modi"), "2024-02-26", "Hyderabad House") == (
            first.people,
            str(first.date.date) if first.date else None,
            first.venue.name if first.venue else None,
        )

    @pytest.mark.parametrize(
        ("text", "day"),
        [
            # a city where they were, on a day, shows them together as a venue does
            pytest.param(
                "Olaf Scholz and Narendra Modi sign a memorandum at a symposium in Colorado"
                " Springs, April 20, 2023.\nPhoto: Jane Roe/Reuters\n",
                "2023-04-20",
                id="a caption of two countries in a city on a day",
            ),
            # the one day a story names dates a meeting told paragraphs later, in a sentence
            # naming only a year ahead ("through 2027")
            pytest.param(
                "NEW DELHI — German and Indian officials gathered for the annual consultations"
                " on Feb. 24, 2024.\n\nThe consultations cover trade.\n\nThey began in 2011."
                "\n\nBoth sides sent large teams.\n\nAt the conclusion of the meeting, Olaf"
                " Scholz and Narendra Modi signed an agreement extending the partnership through"
                " 2027.\n",
                "2024-02-24",
                id="the one day of the story, paragraphs before",
            ),
        ],
    )
    def test_a_meeting_on_the_day_the_text_gives(self, text: str, day: str) -> None:
        """ "A and B sign a memorandum at a symposium in Colorado Springs, April 20, 2023" is
        their meeting that day; so is one told paragraphs after the story's only day."""
        (mention,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert (("olaf-scholz", "narendra-modi"), day) == (
            mention.people,
            str(mention.date.date) if mention.date else None,
        )

    def test_an_undated_caption_is_no_meeting(self) -> None:
        """Without a day a caption may be a file photo: no meeting."""
        text = "Olaf Scholz and Narendra Modi at the Hyderabad House.\nPhoto: Jane Roe/Reuters\n"
        assert () == find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)

    def test_the_leaders_talks_are_the_pair_s(self) -> None:
        """ "The leaders' talks" are a meeting of the last two people named nearby."""
        mentions = find_meeting_mentions(source(self.CAPTION, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("narendra-modi", "olaf-scholz")] == [
            tuple(sorted(m.people)) for m in mentions if m.durations
        ]

    def test_the_story_s_day_yields_to_the_stated_day(self) -> None:
        """The arrival day the story last told does not beat the day a caption states."""
        meetings = extract(("a", self.CAPTION))
        meeting = meetings["narendra-modi", "olaf-scholz", "talks"]
        assert ("2024-02-26", "Hyderabad House", "about two hours") == (
            str(meeting.date),
            meeting.location,
            meeting.duration.text if meeting.duration else None,
        )

    def test_a_photo_s_day_does_not_date_the_story_s_next_meeting(self) -> None:
        """A photo of a protest "..., Feb. 20, 2024." between two paragraphs tells when it
        was taken, not the day of the meeting the story tells next."""
        text = (
            "Scholz in India\n\n"
            "Olaf Scholz held talks with Prime Minister Narendra Modi on Monday.\n\n"
            "Farmers march during a protest in New Delhi, India, Feb. 20, 2024.\n"
            "Photo: Jane Roe/Reuters\n\n"
            "Scholz also met with Foreign Minister Subrahmanyam Jaishankar.\n"
        )
        assert ["2024-02-26"] == _days_met(text, "s-jaishankar")

    @pytest.mark.parametrize(
        ("sentence", "day"),
        [
            ("Scholz on Monday spoke to reporters after he'd met with Narendra Modi.", "2024-02"),
            ("Scholz on Monday told reporters he had already met Narendra Modi.", "2024-02"),
            ("Scholz on Monday spoke to reporters after he met with Narendra Modi.", "2024-02-26"),
            ("Scholz had met with Narendra Modi on Monday.", "2024-02-26"),
            # "had dinner": "had" is the verb, not a pluperfect's
            ("Scholz on Monday had dinner with Narendra Modi.", "2024-02-26"),
        ],
    )
    def test_a_meeting_in_the_pluperfect_after_the_day_is_before_it(
        self, sentence: str, day: str
    ) -> None:
        """ "On Monday spoke ... after he'd met with Modi": the meeting came before the day
        the sentence names, on a day the text does not give (its month only); "had met ...
        on Monday" is dated by its own day."""
        assert [day] == _days_met(f"Scholz in India\n\n{sentence}\n", "narendra-modi")

    def test_tomorrow_far_after_the_meeting_word_is_another_thing_s_day(self) -> None:
        """ "In all his meetings he discussed ... the conference coming up tomorrow": the
        day ahead is the conference's, not the meetings'; "is to meet ... tomorrow" is."""
        told = (
            "Scholz met with Narendra Modi. In all his meetings he discussed trade, security"
            " and the conference on climate coming up tomorrow."
        )
        assert ["2024-02-26", "2024-02-26"] == _days_met(
            f"Scholz in India\n\n{told}\n", "narendra-modi"
        )
        planned = "Scholz is to meet Narendra Modi tomorrow."
        assert ["2024-02-27"] == _days_met(f"Scholz in India\n\n{planned}\n", "narendra-modi")

    def test_a_quoted_transcript_s_own_day_line_dates_its_words(self) -> None:
        """A story quoting a transcript under its own head ("(begin transcript)" / "February
        23, 2024"): "this evening" in it is that day, not the page's."""
        text = (
            "Scholz in India\n\nThe spokesman briefed reporters on the talks.\n\n"
            "(begin transcript)\n\nFebruary 23, 2024\n\n"
            "MR. ROE: Scholz this evening met with Narendra Modi.\n"
        )
        assert ["2024-02-23"] == _days_met(text, "narendra-modi")

    def test_a_photo_of_the_story_s_day_keeps_that_day_current(self) -> None:
        """A photo "... on Monday" far down the story tells the day the story still tells:
        the meeting after it is of that day."""
        text = (
            "Scholz in India\n\n"
            "Olaf Scholz held talks with Prime Minister Narendra Modi on Monday.\n\n"
            "The visit is his first.\n\nTrade was on the agenda.\n\nSo was climate.\n\n"
            "Scholz and Modi at the Hyderabad House on Monday.\n"
            "Photo: Jane Roe/Reuters\n\n"
            "Scholz also met with Foreign Minister Subrahmanyam Jaishankar.\n"
        )
        assert ["2024-02-26"] == _days_met(text, "s-jaishankar")

    def test_two_days_of_talks_place_each_day_s_meeting(self) -> None:
        """ "Two days of talks at X": X is where each day's meeting was."""
        text = (
            "Scholz and Modi hold two days of talks at the Hyderabad House\n\n"
            "Scholz met Modi on Sunday, on his visit to India.\n\n"
            "On Monday, Scholz and Modi held formal talks.\n\n"
            "The visit by Scholz to India is his first since 2019.\n"
        )
        (visit,) = assemble([SourceStatements(source=source(text, "a"))], KNOWLEDGE).visits
        assert [("2024-02-25", "Hyderabad House"), ("2024-02-26", "Hyderabad House")] == [
            (str(m.date), m.location) for m in visit.meetings
        ]

    def test_a_backstory_clause_s_people_did_not_meet_here(self) -> None:
        """ ", soon after A's summit with B in Y": A and B are another event's, not a meeting."""
        text = (
            "They first met in Geneva in May 2019, soon after Scholz's summit with Modi in Rome.\n"
        )
        assert () == find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)


class TestScheduledAndAnchoredDays:
    def test_earlier_in_the_day_is_the_last_meeting_s_day(self) -> None:
        """ "Earlier in the day, A met C" is dated by the meeting told just before."""
        body = (
            "On Sunday, Scholz met Modi at the Hyderabad House.\n\n"
            "Earlier in the day, Scholz met Foreign Minister Subrahmanyam Jaishankar.\n"
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
            (("olaf-scholz", "s-jaishankar"), "talks", "2024-02-25"),
        ] == visit_meetings(body)

    def test_a_meeting_due_on_a_weekday_is_dated_forward(self) -> None:
        """ "On Tuesday, A was to meet B": the Tuesday after the story, not before it."""
        body = "On Tuesday, Scholz was to meet President Droupadi Murmu at her palace.\n"
        assert [(("droupadi-murmu", "olaf-scholz"), "talks", "2024-02-27")] == visit_meetings(body)

    def test_where_he_will_meet_is_planned(self) -> None:
        """ "he is expected to travel to X, where he will meet B": a meeting still to come,
        which the events record as planned, not a meeting of the visit held."""
        body = (
            "On Tuesday he is expected to travel to Mumbai, where he will meet Narendra Modi"
            " and business leaders.\n"
        )
        assert [] == visit_meetings(body)

    def test_he_also_saw_is_a_meeting_with_the_one_named(self) -> None:
        """ "He also saw B" after a meeting is a meeting of the visitor with B."""
        body = (
            "On Sunday, Scholz met Modi at the Hyderabad House.\n\n"
            "He also saw Subrahmanyam Jaishankar, the foreign minister.\n"
        )
        assert [
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
            (("olaf-scholz", "s-jaishankar"), "talks", "2024-02-25"),
        ] == visit_meetings(body)

    def test_one_day_dates_each_counterpart_met_in_turn(self) -> None:
        """ "On Tuesday, A was to meet B ... and C ...": both meetings are that Tuesday's."""
        body = (
            "On Tuesday, Scholz was to meet President Droupadi Murmu in the morning and"
            " Prime Minister Narendra Modi in the afternoon.\n"
        )
        assert [
            (("droupadi-murmu", "olaf-scholz"), "talks", "2024-02-27"),
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-27"),
        ] == visit_meetings(body)

    def test_an_anchored_day_is_the_story_s_day_after_it(self) -> None:
        """After "Earlier in the day, A met B", an undated "He also saw C" is that day's too."""
        body = (
            "On Sunday, Scholz met Modi at the Hyderabad House.\n\n"
            "Advertisement\n\nMore on this story\n\nRead more\n\n"
            "Earlier in the day, Scholz met President Droupadi Murmu. He also saw"
            " Subrahmanyam Jaishankar.\n"
        )
        assert [
            (("droupadi-murmu", "olaf-scholz"), "talks", "2024-02-25"),
            (("narendra-modi", "olaf-scholz"), "talks", "2024-02-25"),
            (("olaf-scholz", "s-jaishankar"), "talks", "2024-02-25"),
        ] == sorted(visit_meetings(body))

    def test_unnamed_talks_are_the_pair_just_named(self) -> None:
        """ "A and B on Sunday announced ... The pact came after talks at X": A and B's talks."""
        body = (
            "Scholz and Modi on Sunday announced a pact on green hydrogen.\n\n"
            "The pact came after talks that began in the Hyderabad House and ran for two"
            " hours.\n"
        )
        meetings = [
            (m.participants, str(m.date), m.location)
            for m in assemble(
                [SourceStatements(source=source(OPENING + body + CLOSING, "v"))], GROUP_KNOWLEDGE
            )
            .visits[0]
            .meetings
        ]
        assert [(("narendra-modi", "olaf-scholz"), "2024-02-25", "Hyderabad House")] == meetings

    def test_unnamed_talks_of_compatriots_are_no_meeting(self) -> None:
        """Two people of one country named before "talks" are not taken as its participants."""
        text = (
            "Modi and Subrahmanyam Jaishankar on Sunday announced a pact.\n\n"
            "The pact came after talks that began in the Hyderabad House.\n"
        )
        assert () == find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)


class TestUpdatedPages:
    TEXT = "On Monday morning, Scholz met Prime Minister Narendra Modi at his hotel.\n"

    def dates(self, updated: dt.datetime | None) -> list[str | None]:
        sunday = dt.datetime(2024, 2, 25, 21, 40, tzinfo=DELHI)
        page = evolve(read_source(self.TEXT, source_id="u"), published=sunday, updated=updated)
        mentions = find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)
        return [str(m.date.date) if m.date and m.date.date else None for m in mentions]

    def test_a_weekday_between_post_and_update_is_the_update_s(self) -> None:
        """Posted Sunday, updated Monday: "On Monday, A met B" is that Monday."""
        assert ["2024-02-26"] == self.dates(dt.datetime(2024, 2, 26, 8, 15, tzinfo=DELHI))

    def test_without_an_update_the_weekday_is_the_one_before(self) -> None:
        """Posted Sunday and never updated: "On Monday, A met B" is the Monday before."""
        assert ["2024-02-19"] == self.dates(None)


class TestTranscripts:
    def test_a_speech_s_byline_under_its_one_sentence_summary(self) -> None:
        """A speech page's one-sentence summary above its byline ("Opening statements
        between A and B at a press conference ..." over "Olaf Scholz" / "Chancellor"): the
        byline still names the speaker, whose "welcome Prime Minister Modi" is a meeting."""
        text = (
            "Press conference with Prime Minister Narendra Modi\n\n"
            "Opening statements between Chancellor Olaf Scholz and Prime Minister Modi at a"
            " press conference in Berlin on 26 February 2024.\n\n"
            "This was published under the 2021 to 2025 government\nOlaf Scholz\n\n"
            "Chancellor\n\n"
            "It’s a great pleasure to welcome Prime Minister Modi to Berlin today. We have"
            " agreed on many things that matter to both our countries and to our peoples.\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    def test_two_labelled_speakers_of_two_countries_met(self) -> None:
        """A transcript of two leaders speaking at length under their labels records their
        meeting, on the day it was published."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            f"PRIME MINISTER MODI: Welcome, Chancellor.\n\n{speech}\n\n"
            f"Chancellor Olaf Scholz: Thank you.\n\n{speech}\n\n"
            "Q: A question for both of you.\n"
        )
        page = source(text, "t")
        mentions = [m for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places) if m.people]
        assert [(("narendra-modi", "olaf-scholz"), "2024-02-26")] == [
            (m.people, None if m.date is None or m.date.date is None else str(m.date.date))
            for m in mentions
        ]

    def test_speakers_named_on_lines_of_their_own_met(self) -> None:
        """ "Narendra Modi, Prime Minister of India" on a line of its own labels the speech
        below it, as some sites print transcripts."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            "Opening remarks in New Delhi\n\n"
            "Below is the text of the opening remarks the two leaders made in New Delhi on"
            " Monday.\n\n"
            f"Narendra Modi, Prime Minister of India\n\n{speech}\n\n"
            f"Olaf Scholz, Chancellor of Germany\n\n{speech}\n"
        )
        page = source(text, "t")
        knowledge = load_knowledge()  # the offices' titles are in the data files
        found = [m for m in find_meeting_mentions(page, knowledge, knowledge.places) if m.people]
        assert [("narendra-modi", "olaf-scholz")] == [m.people for m in found]

    def test_a_bare_office_label_is_the_issuing_country_s_holder(self) -> None:
        """ "Prime Minister:" on a line of its own, on a page put out by the "Prime Minister
        of India", labels Modi's speech; "Olaf Scholz, Chancellor of Germany:" labels his."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            "Joint press release\n\n26 February 2024\n\nPrime Ministerial bilateral meeting\n\n"
            f"Prime Minister:\n\n{speech}\n\n"
            f"Olaf Scholz, Chancellor of Germany:\n\n{speech}\n"
        )
        page = evolve(
            read_source(text, source_id="t", outlet_name="Prime Minister of India"),
            published=MONDAY_EVENING,
        )
        knowledge = load_knowledge()  # the offices' holders are in the data files
        found = [m for m in find_meeting_mentions(page, knowledge, knowledge.places) if m.people]
        assert [("narendra-modi", "olaf-scholz")] == [m.people for m in found]

    def test_a_label_line_in_capitals_labels_the_speech_below(self) -> None:
        """ "HIS EXCELLENCY MR NARENDRA MODI, PRIME MINISTER OF INDIA:" on a line of its own
        labels his speech."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            "HIS EXCELLENCY MR NARENDRA MODI, PRIME MINISTER OF INDIA:\n\n"
            f"{speech}\n\nOlaf Scholz, Chancellor of Germany:\n\n{speech}\n"
        )
        knowledge = load_knowledge()
        found = [
            m.people
            for m in find_meeting_mentions(source(text, "t"), knowledge, knowledge.places)
            if m.people
        ]
        assert [("narendra-modi", "olaf-scholz")] == found

    def test_the_place_of_an_earlier_visit_is_not_the_venue(self) -> None:
        """ "When I visited Germany in April you welcomed me to the Chancellery" names where
        they met before, not where they meet now."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            "PRIME MINISTER MODI: Welcome, Chancellor. When I visited Germany in April, you"
            f" welcomed me to the Chancellery. {speech}\n\n"
            f"Chancellor Olaf Scholz: Thank you.\n\n{speech}\n"
        )
        page = source(text, "t")
        found = [m for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places) if m.people]
        assert [None] == [m.venue for m in found]

    def test_a_moderator_or_reporter_is_not_at_the_meeting(self) -> None:
        """Someone who only asks a short question under a label did not meet anyone."""
        speech = "We are glad to work together on trade and security. " * 8
        text = f"Olaf Scholz: {speech}\n\nNarendra Modi: Is that right?\n\nOlaf Scholz: Yes.\n"
        page = source(text, "t")
        assert [] == [m.people for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)]

    def test_the_venue_the_first_speaker_welcomes_the_guest_to(self) -> None:
        """ "welcome you to the Chancellery" in the first speech is where both met."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            "Chancellor Olaf Scholz: Prime Minister, friends,\n\n"
            f"I am happy to welcome you to the Chancellery. {speech}\n\n"
            f"PRIME MINISTER MODI: Thank you.\n\n{speech}\n"
        )
        page = source(text, "t")
        found = [m for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places) if m.people]
        assert ["Federal Chancellery"] == [m.venue.name if m.venue else None for m in found]

    def test_a_labelled_speech_the_excerpt_cuts_off_counts(self) -> None:
        """The guest's speech stopping mid-word at the end of an excerpt still puts the guest
        at the meeting, however short what survives."""
        speech = "We are glad to work together on trade and security. " * 8
        text = f"Olaf Scholz: {speech}\n\nPRIME MINISTER MODI: Thank you for the warm wor"
        page = source(text, "t")
        found = [m for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places) if m.people]
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]

    def test_a_speaker_introduced_by_the_label_alone_met_the_other(self) -> None:
        """ "President of Mongolia Amina Okonjo:" in no data file, speaking with Putin: the
        label introduces her, of Mongolia, and the two met."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            f"President of Russia Vladimir Putin: {speech}\n\n"
            f"President of Mongolia Amina Okonjo: Thank you. {speech}\n"
        )
        extraction = parse([source(text, "k")], knowledge=load_knowledge())
        assert [("vladimir-putin", "amina-okonjo")] == [m.participants for m in extraction.meetings]

    def test_an_office_holder_of_no_stated_country_is_the_other_side(self) -> None:
        """ "DEPUTY SUPREME COMMANDER OF THE ARMED FORCES TUNDE BAKARE:" speaking with the
        Secretary of State: a guest the data does not know, whose office the label gives; a
        label of a bare name gives no one to meet."""
        speech = "We are glad to work together on trade and security. " * 8
        titled = (
            f"SECRETARY BLINKEN: {speech}\n\n"
            f"DEPUTY SUPREME COMMANDER OF THE ARMED FORCES TUNDE BAKARE: {speech}\n"
        )
        bare = f"SECRETARY BLINKEN: {speech}\n\nTUNDE BAKARE: {speech}\n"
        full = load_knowledge()
        published = dt.datetime(2023, 2, 20, 12, tzinfo=dt.UTC)
        meetings = [
            [m.participants for m in parse([page], knowledge=full).meetings]
            for page in (
                evolve(read_source(text, source_id=name), published=published)
                for name, text in (("t", titled), ("b", bare))
            )
        ]
        assert [[("antony-blinken", "tunde-bakare")], []] == meetings

    def test_a_title_and_name_closed_by_a_full_stop_is_a_label(self) -> None:
        """An archive's transcript: "Prime Minister Modi. Welcome, Chancellor." labels the
        speech as a colon would."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            f"Prime Minister Modi. Welcome, Chancellor. {speech}\n\n"
            f"Chancellor Scholz. Thank you. {speech}\n"
        )
        page = source(text, "t")
        full = load_knowledge()
        found = [m for m in find_meeting_mentions(page, full, full.places) if m.people]
        assert [("narendra-modi", "olaf-scholz")] == [m.people for m in found]

    def test_a_short_labelled_speech_that_ends_is_no_meeting(self) -> None:
        """The same short speech ending with its sentence was all that was said."""
        speech = "We are glad to work together on trade and security. " * 8
        text = f"Olaf Scholz: {speech}\n\nPRIME MINISTER MODI: Thank you for the warm words."
        page = source(text, "t")
        assert [] == [m.people for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)]

    def test_the_room_named_in_apposition_is_the_venue(self) -> None:
        """ "welcome you to the White House, the Oval Office": the room, the exacter name."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            "Olaf Scholz: Prime Minister, it is a pleasure to welcome you to the White House,"
            f" the Oval Office. {speech}\n\nPRIME MINISTER MODI: Thank you. {speech}\n"
        )
        page = source(text, "t")
        found = [m for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places) if m.people]
        assert ["Oval Office"] == [m.venue.name if m.venue else None for m in found]


class TestLocativeBeforeAVenue:
    @pytest.mark.parametrize(
        ("opening", "venue"),
        [
            ("State Department Spokesman Ned Price said", None),
            ("Pentagon officials said", None),
            ("At the Pentagon,", "Pentagon"),
        ],
    )
    def test_a_place_naming_its_people_is_not_where_they_met(
        self, opening: str, venue: str | None
    ) -> None:
        """ "State Department Spokesman Ned Price said ...", "Pentagon officials said ...":
        the place names those who speak or work for it, not where the meeting was."""
        text = f"Scholz in India\n\n{opening} Scholz met with Narendra Modi on Monday.\n"
        assert [({"narendra-modi", "olaf-scholz"}, venue)] == _met_where(text, "v")

    def test_possessives_between_at_and_the_venue_keep_it_the_meeting_s(self) -> None:
        """ "at the People's Liberation Army's Bayi Building" is where they met, under the
        name the sentence writes."""
        text = (
            "Scholz met with Prime Minister Narendra Modi at the People’s Liberation Army’s"
            " Bayi Building on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["People’s Liberation Army’s Bayi Building"] == [
            m.venue.name if m.venue else None for m in found
        ]

    def test_a_meeting_named_after_its_place_is_there(self) -> None:
        """ "at the start of the Pentagon meeting with Modi": the Pentagon."""
        text = (
            "Scholz spoke at the start of the Pentagon meeting with Prime Minister Narendra"
            " Modi on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["Pentagon"] == [m.venue.name if m.venue else None for m in found]

    def test_the_place_a_visit_was_to_is_where_they_met_during_it(self) -> None:
        """ "when the two met during Scholz's visit Feb. 24-26 to the Pentagon": there."""
        text = (
            "Scholz and Prime Minister Narendra Modi talked when the two met during Scholz’s"
            " visit Feb. 24-26 to the Pentagon.\n"
        )
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["Pentagon"] == [m.venue.name if m.venue else None for m in found]

    def test_the_venue_the_second_speaker_welcomes_the_guest_to(self) -> None:
        """The host who speaks second ("here, back in Downing Street") gives the venue too."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            f"Olaf Scholz: All the flowers bloomed. {speech}\n\n"
            "PRIME MINISTER MODI: Well, Olaf, welcome.\n\n"
            f"It is great to have you here, back in Hyderabad House. {speech}\n"
        )
        page = source(text, "t")
        found = [m for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places) if m.people]
        assert ["Hyderabad House"] == [m.venue.name if m.venue else None for m in found]

    @pytest.mark.parametrize(
        ("label", "day", "person"),
        [
            # Mevlüt Çavuşoğlu, the label without its accents
            ("FOREIGN MINISTER CAVUSOGLU", dt.datetime(2023, 2, 20, 12), "mevlut-cavusoglu"),
            # Saifuddin Abdullah, whom the data files call by "Saifuddin": the label uses the
            # full name's last word
            ("FOREIGN MINISTER ABDULLAH", dt.datetime(2021, 12, 14, 12), "saifuddin-abdullah"),
        ],
    )
    def test_a_label_of_title_and_surname_is_that_person(
        self, label: str, day: dt.datetime, person: str
    ) -> None:
        """ "FOREIGN MINISTER CAVUSOGLU:" is the known person of that surname in office that
        day, who met the other speaker."""
        speech = "We are glad to work together on trade and security. " * 8
        text = f"{label}: {speech}\n\nSECRETARY BLINKEN: Thank you. {speech}\n"
        assert [(person, "antony-blinken")] == [m.people for m in _full_mentions(text, day)]

    def test_a_label_s_surname_is_the_office_holder_of_the_day_not_an_undated_namesake(
        self,
    ) -> None:
        """ "SEC. GATES:" in 2009 is Robert Gates, Secretary of Defense that year, not Bill
        Gates, whose one role (a company's co-founder) has no dates."""
        speech = "We are glad to work together on trade and security. " * 8
        text = f"SEC. GATES: {speech}\n\nFOREIGN MINISTER LAVROV: Thank you. {speech}\n"
        found = _full_mentions(text, dt.datetime(2009, 7, 27, 12))
        assert [("robert-gates", "sergei-lavrov")] == [m.people for m in found]


class TestAVenueAtASite:
    def test_the_site_a_venue_stands_at_is_part_of_its_name(self) -> None:
        """ "the JASDF Air Defense Command headquarters at Yokota Air Base, where he met with
        ...": the venue as written runs on to the base it stands at."""
        text = (
            "Gen. Tunde Ade also visited the JASDF Air Defense Command headquarters at Yokota"
            " Air Base, where he met with Commander, Air Defense Command, Lt. Gen. Kofi Mensah"
            " of Japan.\n"
        )
        page = read_source(text, source_id="v", published="2022-10-20")
        assert ["JASDF Air Defense Command headquarters at Yokota Air Base"] == [
            m.location for m in parse([page]).all_meetings()
        ]


class TestAGatheringInItsPlace:
    def test_the_place_written_after_a_gathering_is_part_of_its_name(self) -> None:
        """ "at the G20 Summit in Brazil": which G20 summit it was, as the text writes it."""
        text = (
            "Foreign Minister Ama Mensah met Foreign Minister Kofi Tetteh of Ghana at the G20"
            " Summit in Brazil on Monday.\n"
        )
        page = read_source(text, source_id="v", published="2024-11-20")
        assert ["G20 Summit in Brazil"] == [m.location for m in parse([page]).all_meetings()]

    @pytest.mark.parametrize(
        ("where", "expected"),
        [
            pytest.param(
                "at the AI Safety Summit at Bletchley Park",
                "AI Safety Summit at Bletchley Park",
                id="its site",
            ),
            pytest.param(
                "at the Islands Conference of Leaders",
                "Islands Conference of Leaders",
                id="of whom",
            ),
            pytest.param(
                "on the sidelines of the Defense Ministers' Meeting-Plus",
                "the sidelines of the Defense Ministers' Meeting-Plus",
                id="a hyphened part",
            ),
        ],
    )
    def test_the_rest_of_a_gathering_s_name_as_written(self, where: str, expected: str) -> None:
        """A gathering's site, "of Leaders" and "-Plus" are part of its name as written."""
        text = (
            f"Foreign Minister Ama Mensah met Foreign Minister Kofi Tetteh of Ghana {where} on"
            " Monday.\n"
        )
        page = read_source(text, source_id="v", published="2024-11-20")
        assert [expected] == [m.location for m in parse([page]).all_meetings()]

    def test_a_building_keeps_its_place_in_the_city(self) -> None:
        """ "at the Pentagon in Washington": the building is the venue, Washington its city."""
        text = (
            "Secretary of Defense Lloyd Austin met Defence Minister Kofi Tetteh of Ghana at the"
            " Pentagon in Washington on Monday.\n"
        )
        page = read_source(text, source_id="v", published="2024-11-20")
        assert [("Pentagon", "Washington")] == [
            (m.location, m.city) for m in parse([page]).all_meetings()
        ]

    def test_a_month_after_a_gathering_is_no_place(self) -> None:
        """ "at the NATO Summit in July": a time, not where the summit was."""
        text = (
            "Foreign Minister Ama Mensah met Foreign Minister Kofi Tetteh of Ghana at the NATO"
            " Summit in July.\n"
        )
        page = read_source(text, source_id="v", published="2024-07-20")
        assert ["NATO Summit"] == [m.location for m in parse([page]).all_meetings()]


class TestAVenueWithinAnother:
    def test_a_room_is_told_with_the_house_it_is_in(self) -> None:
        """ "met in the Oval Office": the venue with the one it is part of, "Oval Office,
        White House", so an account naming the White House agrees with it."""
        text = (
            "President Joe Biden met with Japanese Prime Minister Fumio Kishida in the Oval"
            " Office on Wednesday.\n"
        )
        page = read_source(text, source_id="v", published="2024-04-10")
        assert ["Oval Office, White House"] == [m.location for m in parse([page]).all_meetings()]

    def test_a_state_department_room_is_told_with_the_department(self) -> None:
        """ "met in the Treaty Room": a room of the State Department, told with it."""
        text = (
            "Secretary of State John Kerry met with Japanese Foreign Minister Fumio Kishida in"
            " the Treaty Room on Wednesday.\n"
        )
        page = read_source(text, source_id="v", published="2015-04-29")
        assert ["Treaty Room, State Department"] == [
            m.location for m in parse([page]).all_meetings()
        ]

    def test_the_finer_venue_wins_over_the_one_it_is_in(self) -> None:
        """A guest welcomed to the White House, the talks then in the Oval Office: the
        meeting's place is the finer one, told with the house it is in."""
        text = (
            "President Joe Biden welcomed Japanese Prime Minister Fumio Kishida to the White"
            " House on Wednesday. The two leaders met in the Oval Office.\n"
        )
        page = read_source(text, source_id="v", published="2024-04-10")
        assert ["Oval Office, White House"] == [m.location for m in parse([page]).all_meetings()]


class TestTheVenueAfterTheMeetingWord:
    def test_a_venue_after_the_meeting_word_wins_over_one_before(self) -> None:
        """ "Borrell, who spoke at Tongji University, later met Han Zheng at the Great Hall of
        the People": the venue of the meeting is the one after its word."""
        text = (
            "Borrell visits China\n\n"
            "The European Union's foreign policy chief began a three-day visit to China this"
            " week, his first since the pandemic, with talks on trade, Ukraine and climate.\n\n"
            "EU foreign policy chief Josep Borrell, who spoke to students at Tongji University"
            " on Thursday, later met Vice President Han Zheng at the Great Hall of the People"
            " on Friday.\n"
        )
        page = read_source(text, source_id="v", published="2023-10-14")
        assert ["Great Hall of the People"] == [m.location for m in parse([page]).all_meetings()]

    def test_a_venue_opening_the_sentence_is_still_where_they_met(self) -> None:
        """ "At the Great Hall of the People, Borrell met Han Zheng": no venue after the
        meeting word, so the one before it is where they met."""
        text = (
            "At the Great Hall of the People, EU foreign policy chief Josep Borrell met Vice"
            " President Han Zheng on Friday.\n"
        )
        page = read_source(text, source_id="v", published="2023-10-14")
        assert ["Great Hall of the People"] == [m.location for m in parse([page]).all_meetings()]


class TestAVenueHeadInThePlural:
    def test_a_head_noun_in_the_plural_ends_the_name(self) -> None:
        """ "at Parliament Buildings": the whole word, not "Parliament Building"."""
        text = (
            "Prime Minister Ama Mensah and Prime Minister Kofi Tetteh of Ghana met at"
            " Parliament Buildings today.\n"
        )
        page = read_source(text, source_id="v", published="2024-02-05")
        assert ["Parliament Buildings"] == [m.location for m in parse([page]).all_meetings()]


class TestAGuestWelcomedThere:
    def test_the_venue_a_guest_is_welcomed_to_is_the_meeting_told_before(self) -> None:
        """ "X today met with Y. 'It was a pleasure to welcome Y to the U.S. Capitol today'":
        where the meeting was."""
        text = (
            "WASHINGTON - Senator Dana Kole today met with Prime Minister Ama Tetteh of Ghana.\n"
            "\u201cIt was a pleasure to welcome Prime Minister Ama Tetteh to the U.S. Capitol"
            " today,\u201d Kole said.\n"
        )
        page = read_source(text, source_id="v", published="2024-07-10")
        assert ["U.S. Capitol"] == [m.location for m in parse([page]).all_meetings()]

    def test_a_welcome_a_few_paragraphs_on_is_still_where_it_was(self) -> None:
        """The statements under the meeting's lead ("View the statements" / "Kole said:" /
        "I am delighted to welcome Prime Minister Ama Tetteh to the U.S. Capitol this
        afternoon"): the welcome a few paragraphs on tells where the meeting was."""
        text = (
            "WASHINGTON - Senator Dana Kole today met with Prime Minister Ama Tetteh of Ghana.\n\n"
            "Portrait of the Senator\n\nView the statements\n\nSenator Kole said:\n\n"
            "I am delighted to welcome Prime Minister Ama Tetteh to the U.S. Capitol this"
            " afternoon.\n"
        )
        page = read_source(text, source_id="v", published="2024-07-10")
        assert ["U.S. Capitol"] == [m.location for m in parse([page]).all_meetings()]

    def test_a_welcome_to_two_venues_does_not_say_which(self) -> None:
        """ "to the White House, the Oval Office": two venues, neither taken."""
        text = (
            "WASHINGTON - Senator Dana Kole today met with Prime Minister Ama Tetteh of Ghana.\n"
            "\u201cIt was a pleasure to welcome Prime Minister Ama Tetteh to the White House,"
            " the Oval Office,\u201d Kole said.\n"
        )
        page = read_source(text, source_id="v", published="2024-07-10")
        assert [None] == [m.location for m in parse([page]).all_meetings()]

    def test_a_welcome_on_another_day_is_another_occasion(self) -> None:
        """A welcome told on another day than the meeting's is not where it was."""
        text = (
            "WASHINGTON - Senator Dana Kole today met with Prime Minister Ama Tetteh of Ghana.\n"
            "\u201cIt was a pleasure to welcome Prime Minister Ama Tetteh to the U.S. Capitol in"
            " 2019,\u201d Kole said.\n"
        )
        page = read_source(text, source_id="v", published="2024-07-10")
        assert [None] == [m.location for m in parse([page]).all_meetings()]


class TestAChanceToSee:
    def test_a_chance_to_see_people_is_a_meeting_with_each(self) -> None:
        """ "I have had the chance to see President A and Foreign Minister B": calls on them,
        told by the labelled speaker; over "an extremely busy two days in Lagos", each on
        some day of the month, not on the day the remarks were given."""
        text = (
            "Remarks by Secretary of State Antony Blinken at a Media Availability in Lagos\n\n"
            "SECRETARY BLINKEN: Hello everybody. It has been an extremely busy two days in Lagos."
            " I have had the chance to see Ghanaian President Kofi Mensah and Ghanaian Foreign"
            " Minister Amina Okon.\n"
        )
        page = read_source(text, source_id="v", published="2023-05-16")
        meetings = parse([page]).all_meetings()
        assert {
            ("antony-blinken", "kofi-mensah", "2023-05"),
            ("amina-okon", "antony-blinken", "2023-05"),
        } == {(*sorted(m.participants), str(m.date)) for m in meetings}

    def test_a_chance_to_see_a_place_is_no_meeting(self) -> None:
        """ "the chance to see the new police academy": a sight, not a call on someone."""
        text = (
            "Secretary of State Antony Blinken said he had the chance to see the new police"
            " academy in Lagos on Monday.\n"
        )
        page = read_source(text, source_id="v", published="2023-05-16")
        assert [] == list(parse([page]).all_meetings())


class TestDaysOfMeetings:
    def test_days_of_meetings_date_their_meetings_to_the_month(self) -> None:
        """ "today departed after three days of meetings ... also met with A": a meeting of
        one of those days, the month."""
        text = (
            "LAGOS - Senator Dana Kole today departed Nigeria after three days of meetings.\n"
            "Kole met with Nigerian Foreign Minister Amina Okon.\n"
        )
        page = read_source(text, source_id="v", published="2016-06-22")
        assert ["2016-06"] == [str(m.date) for m in parse([page]).all_meetings()]


class TestGatheringAsVenue:
    def test_the_sidelines_of_a_named_gathering_is_where_they_met(self) -> None:
        """ "met on the sidelines of the ASEAN Regional Forum": the gathering, when no
        venue is named; a named venue still wins."""
        texts = (
            "Scholz met Prime Minister Narendra Modi on the sidelines of the ASEAN Regional"
            " Forum on Monday.\n",
            "Scholz met Prime Minister Narendra Modi at the Hyderabad House during the G20"
            " Summit on Monday.\n",
        )
        venues = [
            [
                m.venue.name if m.venue else None
                for m in find_meeting_mentions(source(text, "g"), KNOWLEDGE, KNOWLEDGE.places)
            ]
            for text in texts
        ]
        assert [["the sidelines of the ASEAN Regional Forum"], ["Hyderabad House"]] == venues

    @pytest.mark.parametrize(
        ("gathering", "venue"),
        [
            ("during the G20 Summit", "G20 Summit"),
            ("at the 2023 Raisina Dialogue", "2023 Raisina Dialogue"),
            ("at the 80th United Nations General Assembly", "80th United Nations General Assembly"),
            ("at the COP28 climate summit", "COP28 climate summit"),
        ],
    )
    def test_a_gathering_during_it_or_with_a_number_or_a_lower_case_word(
        self, gathering: str, venue: str
    ) -> None:
        """ "met ... during the G20 Summit", "at the 80th United Nations General Assembly",
        "at the COP28 climate summit": the gathering they met at, its name as written from an
        ordinal or a year, with one word in lower case before the gathering's word."""
        text = f"Scholz met Prime Minister Narendra Modi {gathering} on Monday.\n"
        assert venue == _venue_of(text, "g")

    @pytest.mark.parametrize(
        ("place", "venue"),
        [
            ("onboard HMS Diamond", "HMS Diamond"),
            ("aboard USS Blue Ridge", "USS Blue Ridge"),
            ("at the Tower of London", "Tower of London"),
            ("at the beautiful Lis Arts Center", "Lis Arts Center"),
            ("at the U.S. 6th Fleet headquarters", "U.S. 6th Fleet headquarters"),
        ],
    )
    def test_a_venue_s_name_as_written(self, place: str, venue: str) -> None:
        """ "met ... onboard HMS Diamond": a ship by its navy's prefix (``front_heads`` in
        ``places.toml``) after "aboard" or "onboard"; "the Tower of London" as "the Ministry
        of ..." is (``institution_heads``); a word in lower case after "the" ("the beautiful
        ...") and an ordinal in the name ("6th Fleet") are read past."""
        text = f"Scholz met Prime Minister Narendra Modi {place} on Monday.\n"
        assert venue == _venue_of(text, "s")

    def test_a_gathering_glued_to_the_next_sentence(self) -> None:
        """ "with Modi at the G20 SummitThe Chancellor then ...": a caption glued to the
        next sentence still names the gathering, which ends at the capital."""
        text = (
            "Scholz with Prime Minister Narendra Modi at the New Delhi G20 SummitThe Chancellor"
            " met Narendra Modi on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "g"), KNOWLEDGE, KNOWLEDGE.places)
        assert {"New Delhi G20 Summit"} == {m.venue.name for m in found if m.venue is not None}


class TestWeekdayWithinStatedDays:
    def test_a_weekday_falls_within_the_days_the_sentence_gives(self) -> None:
        """ "visited India February 19-20, and on Monday he met Modi", published Monday 26
        February: the Monday of those days (the 19th), not the day of the page."""
        text = (
            "Scholz wraps up trip\n\n"
            "German Chancellor Olaf Scholz visited India February 19-20, and on Monday he met"
            " Indian Prime Minister Narendra Modi in New Delhi.\n"
        )
        assert [(("olaf-scholz", "narendra-modi"), "2024-02-19")] == _dated_people(text, "w")

    def test_a_named_week_does_not_move_the_weekday(self) -> None:
        """ "on Monday ... agreed last week": Monday is the page's, not last week's."""
        text = (
            "Scholz in Delhi\n\n"
            "German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi on Monday in"
            " New Delhi to follow up on talks held last week in Geneva.\n"
        )
        found = find_meeting_mentions(source(text, "w"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["2024-02-26"] == [
            str(m.date.date) for m in found if m.date and m.date.date and len(m.people) == 2
        ]


class TestVisitedWith:
    def test_visited_with_someone_is_a_meeting(self) -> None:
        """ "Scholz also visited with Indian Prime Minister Narendra Modi on Monday": the two
        met (American English for a call on someone)."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz also visited with Indian Prime Minister Narendra Modi"
            " on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]

    @pytest.mark.parametrize(
        ("visited", "met"),
        [
            ("Prime Minister Narendra Modi a few minutes ago", [("olaf-scholz", "narendra-modi")]),
            ("New Delhi's Red Fort with his wife", []),
        ],
    )
    def test_visiting_an_office_s_holder_is_a_meeting(
        self, visited: str, met: list[tuple[str, ...]]
    ) -> None:
        """ "The Secretary of State also visited President Lula a few minutes ago": a call
        on the holder of an office; a place visited is no meeting."""
        text = f"Visit news\n\nGerman Chancellor Olaf Scholz also visited {visited}.\n"
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert met == [m.people for m in found if len(m.people) > 1]


class TestCompanions:
    def test_two_who_travel_to_meet_others_did_not_meet_each_other(self) -> None:
        """ "General Tiko Rask and Sgt. Maj. Ivo Karan visited India to meet with partner
        leaders": no meeting of the two."""
        knowledge = KNOWLEDGE.with_actors(
            [
                Actor(id=ActorId("tiko-rask"), name="Tiko Rask"),
                Actor(id=ActorId("ivo-karan"), name="Ivo Karan"),
            ]
        )
        text = (
            "Visit news\n\n"
            "General Tiko Rask and Sgt. Maj. Ivo Karan visited India on Monday to meet with"
            " partner leaders.\n"
        )
        found = find_meeting_mentions(source(text, "c"), knowledge, knowledge.places)
        assert [] == [m.people for m in found if len(m.people) > 1]

    def test_two_of_different_countries_meeting_with_their_delegations_still_met(self) -> None:
        """ "Scholz and Modi met with their delegations on Monday": the two met."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz and Indian Prime Minister Narendra Modi met with"
            " their delegations on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "c"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]


class TestTheDayOfTheSaying:
    def test_the_day_something_was_said_yields_to_the_meeting_s(self) -> None:
        """ "The two men met last night ..., Press Secretary George Little said today in a
        statement", published Monday evening: the meeting was on Sunday, not Sunday to
        Monday."""
        text = (
            "Scholz in Delhi\n\n"
            "German Chancellor Olaf Scholz arrived in New Delhi for talks with Indian Prime"
            " Minister Narendra Modi.\n\n"
            "The two men met last night and reaffirmed their partnership, Press Secretary"
            " George Little said today in a statement.\n"
        )
        # the speech cues are the bundled knowledge's (``cues``)
        found = _full_mentions(text, dt.datetime(2024, 2, 26, 12, 30))
        assert "2024-02-25" == str(found[-1].date.coarse if found[-1].date else None)


class TestTitleOfAJointAppearance:
    def test_a_title_of_two_at_a_press_availability_is_their_meeting(self) -> None:
        """ "Chancellor Scholz And Prime Minister Modi At a Press Availability" over a speech
        without labels: the two met that day."""
        text = (
            "Chancellor Scholz And Indian Prime Minister Modi At a Press Availability\n\n"
            "Thank you all for coming. We are glad to work together on trade and security,"
            " and we will keep doing so in the years ahead.\n"
        )
        assert [(("olaf-scholz", "narendra-modi"), "2024-02-26")] == _dated_people(text, "j")

    def test_a_guest_of_no_known_country_still_makes_the_pair(self) -> None:
        """ "Chancellor Scholz And Foreign Minister Tiko Rask At a Press Availability", Rask
        known by no country: the two met that day."""
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("tiko-rask"), name="Tiko Rask")])
        text = (
            "Chancellor Scholz And Foreign Minister Tiko Rask At a Press Availability\n\n"
            "Thank you all for coming. We are glad to work together on trade and security,"
            " and we will keep doing so in the years ahead.\n"
        )
        assert [("olaf-scholz", "tiko-rask")] == _people_met(text, knowledge)

    def test_remarks_by_two_people_are_a_joint_appearance(self, knowledge: KnowledgeBase) -> None:
        """ "Remarks by Chancellor Scholz and Prime Minister Modi in Berlin": the people of
        two countries a remarks title names together met."""
        text = (
            "Remarks by Chancellor Scholz and Prime Minister Modi in Berlin\n\n"
            "Thank you all for coming. We are glad to work together on trade and security,"
            " and we will keep doing so in the years ahead.\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text, knowledge)

    def test_remarks_following_a_meeting_with_a_guest(self) -> None:
        """ "Remarks Following a Meeting With Prime Minister Narendra Modi of India" over
        Scholz's labelled remarks: the two met."""
        text = (
            "Remarks Following a Meeting With Prime Minister Narendra Modi of India\n\n"
            "Olaf Scholz, Chancellor: Well, I want to welcome the Prime Minister to Berlin."
            " We have had a wide-ranging conversation on trade and security.\n"
        )
        assert ("olaf-scholz", "narendra-modi") in _people_met(text, KNOWLEDGE)

    def test_a_statement_by_one_with_another_is_a_joint_appearance(self) -> None:
        """ "Statement by Chancellor Scholz with Indian Prime Minister Modi": the two met."""
        text = (
            "Statement by Chancellor Scholz with Indian Prime Minister Modi\n\n"
            "Thank you all for coming. We are glad to work together on trade and security,"
            " and we will keep doing so in the years ahead.\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text, KNOWLEDGE)

    def test_a_title_under_a_label_line_still_shows_the_pair(self) -> None:
        """ "European Commission - Speech" heading the page, then "Statement by Chancellor
        Scholz at the joint press conference with Prime Minister Modi": the line under the
        label is the title, and the two met."""
        text = (
            "European Commission - Speech\n\n"
            "Statement by Chancellor Scholz at the joint press conference with Indian Prime"
            " Minister Modi\n\n"
            "Thank you all for coming. We are glad to work together on trade and security,"
            " and we will keep doing so in the years ahead.\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text, KNOWLEDGE)

    def test_the_remarks_own_date_line_dates_the_meeting(self) -> None:
        """A page posted on Monday whose head gives the remarks' own day ("After Their
        Meeting / February 24, 2024") dates the meeting to that day."""
        text = (
            "Chancellor Scholz And Indian Prime Minister Modi At a Press Availability\n\n"
            "After Their Meeting\n\nFebruary 24, 2024\n\n"
            "Thank you all for coming. We are glad to work together on trade and security,"
            " and we will keep doing so in the years ahead.\n"
        )
        assert [(("olaf-scholz", "narendra-modi"), "2024-02-24")] == _dated_people(text, "j")

    def test_an_office_line_names_the_speaker_of_a_bilateral(self) -> None:
        """ "Remarks at bilateral with ... John Key MP" over a head line "Prime Minister" on
        a page the Prime Minister of Australia put out: the holder that day met Key."""
        text = (
            "Remarks at bilateral with the Right Honourable John Key MP, Prime Minister of"
            " New Zealand\n\n07 Sep 2016\n\nPrime Minister\n\n"
            "It is great to see you and the team again. We have a lot to talk about here.\n"
        )
        found = _full_mentions(text, dt.datetime(2016, 9, 7, 12), "Prime Minister of Australia")
        assert [("malcolm-turnbull", "john-key")] == [m.people for m in found]

    def test_the_first_speech_says_where_a_title_s_people_met(self) -> None:
        """ "Bilateral Meeting With Chancellor Scholz and Prime Minister Modi" over a speech
        whose third paragraph welcomes the guest "to the Chancellery": they met there."""
        filler = "We have much to discuss on trade, security and the climate this year. " * 6
        text = (
            "Bilateral Meeting With Chancellor Scholz and Prime Minister Modi\n\n"
            "CHANCELLOR SCHOLZ: Well, good morning, Prime Minister.\n\n"
            f"{filler}\n\n"
            "Prime Minister, welcome to the Chancellery. It is a pleasure to host you.\n"
        )
        found = _title_meeting(source(text, "j"), KNOWLEDGE, None, {}, KNOWLEDGE.places)
        assert "Federal Chancellery" == (
            None if found is None or found.venue is None else found.venue.name
        )

    @pytest.mark.parametrize(
        ("head", "venue"),
        [
            # the headline ends in a colon: a section label, no speaker
            pytest.param(
                "Europe and Eurasia: Remarks With President Olaf Scholz Before Their Meeting\n\n"
                "Presidential Palace\n\nBerlin, Germany",
                "Presidential Palace",
                id="a venue line under a section label",
            ),
            # "Diaoyutai, Beijing": a known venue and its city on one line
            pytest.param(
                "Remarks With President Olaf Scholz Before Their Meeting\n\n"
                "Federal Chancellery, Berlin, Germany",
                "Federal Chancellery",
                id="a venue and its city on one line",
            ),
        ],
    )
    def test_a_head_line_names_where_the_speakers_met(self, head: str, venue: str) -> None:
        """A transcript's head line holding a venue (alone, or a known one with its city:
        "Diaoyutai, Beijing") is where the labelled speakers met, though the headline above
        may end in a colon ("Europe and Eurasia: Remarks With ...")."""
        speech = "We are glad to work together on trade and security. " * 8
        text = f"{head}\n\nCHANCELLOR SCHOLZ: {speech}\n\nSECRETARY BLINKEN: Thank you. {speech}\n"
        found = _full_mentions(text, dt.datetime(2023, 2, 20, 12))
        assert [venue] == [m.venue.name if m.venue else None for m in found]

    def test_a_line_over_an_office_opening_with_a_country_is_no_venue(self) -> None:
        """ "Subject Index Share" over "U.S. Department of State" (a page's chrome over the
        office's name, which opens with a country): no line above a city, so no venue."""
        speech = "We are glad to work together on trade and security. " * 8
        text = (
            "Subject Index Share\nU.S. Department of State\n\nRemarks With Chancellor Scholz"
            f"\n\nCHANCELLOR SCHOLZ: {speech}\n\nSECRETARY BLINKEN: Thank you. {speech}\n"
        )
        found = _full_mentions(text, dt.datetime(2023, 2, 20, 12))
        assert [None] == [m.venue.name if m.venue else None for m in found]

    @pytest.mark.parametrize(
        "head",
        [
            pytest.param(
                "Remarks With Indian Prime Minister Narendra Modi and External Affairs Minister"
                " Subrahmanyam Jaishankar Before Their Meeting",
                id="remarks with the guests before their meeting",
            ),
            # "Photo of Olaf Scholz" is an image's alternative text, no headline: the line
            # below it is the title
            pytest.param(
                "Photo of Olaf Scholz\n\nRemarks Prior to a Working Lunch With Indian Prime"
                " Minister Narendra Modi and External Affairs Minister Subrahmanyam Jaishankar",
                id="a photo line above remarks prior to a working lunch",
            ),
            # "comments following meeting with ...": no article before the meeting
            pytest.param(
                "Remarks on Trade\n\nComments Following Meeting With Indian Prime Minister"
                " Narendra Modi and External Affairs Minister Subrahmanyam Jaishankar",
                id="comments following meeting with the guests",
            ),
        ],
    )
    def test_remarks_with_guests_include_the_transcripts_speaker(self, head: str) -> None:
        """ "Remarks With A and B Before Their Meeting" over a transcript whose labelled
        speaker is Scholz: the title leaves him out, yet he met them."""
        text = (
            f"{head}\n\n"
            "CHANCELLOR SCHOLZ: Good afternoon. We will talk about trade.\n\n"
            "QUESTION: Chancellor, what do you expect?\n\n"
            "CHANCELLOR SCHOLZ: Progress, I hope.\n"
        )
        page = source(text, "j")
        speakers = labelled_speakers(page, KNOWLEDGE, None)
        found = _title_meeting(page, KNOWLEDGE, None, speakers)
        assert ("olaf-scholz", "narendra-modi", "s-jaishankar") == (
            None if found is None else found.people
        )

    def test_a_title_under_a_sites_chrome_is_read_above_the_first_label(self) -> None:
        """A transcript's title of few words under a site's name read as the headline and a
        menu read as prose is kept with the head's chrome: read above the first label, it
        still shows the meeting."""
        text = (
            "U.S. Department of State\n"
            "HomeHot Topics, press releases, publications, info for journalists, and"
            " morepassports, visas, hotline, business support\n"
            "Video\n"
            " You are in: Under Secretary for Political Affairs > Remarks \n\n"
            "Press Availability With Prime Minister Narendra Modi\n\n"
            "Olaf Scholz\n"
            "New Delhi, India\n"
            "January 20, 2007\n\n"
            "CHANCELLOR SCHOLZ: Good afternoon. We will talk about trade with my friend.\n\n"
            "QUESTION: Chancellor, what do you expect?\n\n"
            "CHANCELLOR SCHOLZ: Progress, I hope.\n"
        )
        page = source(text, "j")
        found = _title_meeting(page, KNOWLEDGE, None, labelled_speakers(page, KNOWLEDGE, None))
        assert ("olaf-scholz", "narendra-modi") == (None if found is None else found.people)

    def test_a_first_paragraph_ending_in_a_quoted_sentence_is_no_title(self) -> None:
        """A story's first paragraph, its last sentence closing inside marks ("... was
        “unprecedented.”"), is prose even when it names a press conference."""
        text = (
            "Scholz Visits India\n\n"
            "Olaf Scholz arrived in New Delhi on Monday. In a joint press conference with"
            " Chancellor Scholz, Prime Minister Narendra Modi said the welcome was"
            " “unprecedented.”\n\n"
            "The two leaders will meet again in the autumn, officials said on Monday.\n"
        )
        assert _title_meeting(source(text, "j"), KNOWLEDGE, None, {}) is None

    def test_a_guest_speaking_first_meets_the_office_holder_whose_page_it_is(self) -> None:
        """ "Joint press conference with New Zealand Foreign Minister Nanaia Mahuta" on the
        Australian Foreign Minister's site, the excerpt ending in the guest's speech: the
        page's office holder (then Penny Wong) met her."""
        speech = "We are glad to work together on trade and security in the Pacific. " * 8
        text = (
            "Joint press conference with New Zealand Foreign Minister Nanaia Mahuta\n\n"
            f"Nanaia Mahuta, Minister of Foreign Affairs of New Zealand: {speech}\n"
        )
        page = evolve(
            read_source(
                text,
                source_id="f",
                url="https://www.foreignminister.gov.au/minister/transcript/joint-press",
                outlet_name="Australian Minister for Foreign Affairs",
            ),
            published=dt.datetime(2022, 6, 16, 3, tzinfo=dt.UTC),
        )
        full = load_knowledge()
        found = find_meeting_mentions(page, full, full.places)
        assert [("nanaia-mahuta", "penny-wong")] == [
            tuple(sorted(m.people)) for m in found if len(m.people) > 1
        ]

    @pytest.mark.parametrize(
        ("lines", "expected"),
        [
            # a head line "Treaty Room" under the title: they met in the Treaty Room
            pytest.param("{title}\n\nTreaty Room", "Treaty Room", id="a venue line"),
            # "The White House" (the issuer) then "Hyderabad House" over "New Delhi, India"
            pytest.param(
                "{title}\n\nThe White House\n\nHyderabad House\n\nNew Delhi, India",
                "Hyderabad House",
                id="the line its city follows beats the masthead",
            ),
            # the issuer's masthead, then the title, then "Oval Office": the line nearest the
            # speech
            pytest.param(
                "The White House\n\nOffice of the Press Secretary\n\n{title}\n\nOval Office",
                "Oval Office",
                id="the place line under the title beats the masthead",
            ),
            # of two place lines in a run, the first is the room in the building
            pytest.param(
                "{title}\n\nVice President’s Ceremonial Office\nEisenhower Executive Office"
                " Building",
                "Vice President’s Ceremonial Office",
                id="the room over its building",
            ),
        ],
    )
    def test_a_venue_line_of_the_head_is_where_the_title_s_people_met(
        self, lines: str, expected: str
    ) -> None:
        """ "Scholz And Modi At a Press Availability" with a venue on a head line of its own:
        they met there."""
        title = "Chancellor Scholz And Indian Prime Minister Modi At a Press Availability"
        text = (
            f"{lines.format(title=title)}\n\n"
            "Thank you all for coming. We are glad to work together on trade and security,"
            " and we will keep doing so in the years ahead.\n"
        )
        found = _title_meeting(source(text, "j"), KNOWLEDGE, None, {}, KNOWLEDGE.places)
        assert expected == (None if found is None or found.venue is None else found.venue.name)

    def test_a_title_without_a_joint_appearance_is_no_meeting(self) -> None:
        """ "Scholz And Modi Differ On Trade" shows no one appearing together."""
        text = (
            "Chancellor Scholz And Indian Prime Minister Modi Differ On Trade\n\n"
            "The two governments disagree on tariffs, officials in both capitals said on"
            " Monday, and no talks are planned.\n"
        )
        found = find_meeting_mentions(source(text, "j"), KNOWLEDGE, KNOWLEDGE.places)
        assert [] == [m.people for m in found if len(m.people) > 1]


class TestGreetedGuests:
    SPEECH = "We are glad to work together on trade and security. " * 8

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            # "Prime Minister Scott Morrison. Ladies and Gentlemen. Good evening to all. I bid
            # a very warm welcome to ...": the fourth sentence still opens the speech
            pytest.param(
                "Press Conference - Singapore\n\n"
                "His Excellency Lee Hsien Loong, Prime Minister of Singapore: Prime Minister"
                " Scott Morrison. Ladies and Gentlemen. Good evening to all. I bid a very warm"
                " welcome to Prime Minister Scott Morrison to Singapore.",
                dt.datetime(2021, 6, 11, 11),
                ("lee-hsien-loong", "scott-morrison"),
                id="a welcome after three short addresses",
            ),
            # "to host the Vice President of the United States, Mike Pence, together with his
            # wife": the office greeted, then its holder's name after a comma
            pytest.param(
                "Remarks - Warsaw, Poland\n\n"
                "PRESIDENT DUDA: I am delighted to be able to host the Vice President of the"
                " United States, Mike Pence, together with his wife here in Warsaw.",
                dt.datetime(2019, 2, 13, 16),
                ("andrzej-duda", "mike-pence"),
                id="an office greeted, then its holder's name after a comma",
            ),
            # "Prime Minister Suga [delivered via translator]: I have the honour to greet Prime
            # Minister Morrison": the label's note in square brackets is no part of it, and the
            # guest greeted "to greet" met the speaker
            pytest.param(
                "Remarks - Tokyo, Japan\n\n"
                "Prime Minister Suga [delivered via translator]: I have the honour to greet"
                " Prime Minister Morrison as my first guest.",
                dt.datetime(2020, 11, 17, 9),
                ("scott-morrison", "yoshihide-suga"),
                id="a label with a bracketed note, greeting with an infinitive",
            ),
            # "It's a great pleasure to be here with my colleague, my friend, Marcelo Ebrard,
            # the foreign minister of Mexico": the guest beside the speaker
            pytest.param(
                "Remarks - Washington\n\n"
                "SECRETARY BLINKEN: Well, good afternoon, everyone. It's a great pleasure to be"
                " here with my colleague, my friend, Foreign Minister Olaf Scholz.",
                dt.datetime(2022, 5, 3, 15),
                ("antony-blinken", "olaf-scholz"),
                id="a pleasure to be here with the guest",
            ),
            # "It's a great honor to have President Moon of South Korea with us": the guest
            # the speaker has with them
            pytest.param(
                "Remarks - Oval Office\n\n"
                "PRESIDENT TRUMP: Thank you very much. It's a great honor to have Chancellor"
                " Scholz of Germany with us.",
                dt.datetime(2019, 4, 11, 12),
                ("donald-trump", "olaf-scholz"),
                id="an honor to have the guest",
            ),
            # "today I had the honor to welcome my U.S. counterpart here in the National
            # Museum of Latvia, Mr. Blinken": the guest's country and word, where, then them
            pytest.param(
                "Remarks - Riga\n\n"
                "PRESIDENT TRUMP: Good afternoon. Today I had the honor to welcome my German"
                " counterpart here in the National Museum of Latvia, Chancellor Scholz.",
                dt.datetime(2022, 3, 7, 15),
                ("donald-trump", "olaf-scholz"),
                id="a counterpart welcomed at a place, then named",
            ),
            # "Well, Minister Murniece, good morning. Welcome to the Pentagon.": the guest
            # addressed with the day's greeting, the welcome a sentence on
            pytest.param(
                "Remarks - Pentagon\n\n"
                "SECRETARY BLINKEN: Well, Chancellor Scholz, good morning. Welcome to the"
                " State Department.",
                dt.datetime(2022, 3, 7, 15),
                ("antony-blinken", "olaf-scholz"),
                id="the guest addressed with good morning",
            ),
        ],
    )
    def test_the_guest_a_lone_speaker_greets_met_them(
        self, text: str, published: dt.datetime, expected: tuple[str, str]
    ) -> None:
        """Only one speech survives: the guest its opening sentences greet met the speaker on
        the day."""
        found = _full_mentions(f"{text} {self.SPEECH}\n", published)
        assert [expected] == [tuple(sorted(m.people)) for m in found if len(m.people) > 1]

    def test_the_page_s_person_in_the_head_met_the_speaker_the_title_names(self) -> None:
        """ "Meeting with Prime Minister Narendra Modi" over the head lines "John Kerry" /
        "Secretary of State", and only Modi's speech survives: the head lists the page's own
        person, who met the speaker the title names."""
        text = (
            "Meeting with Indian Prime Minister Narendra Modi\n\n"
            "John Kerry\nSecretary of State\nNew Delhi, India\nAugust 31, 2016\n\n"
            "PRIME MINISTER MODI: Esteemed Secretary of State, it is a great pleasure for us."
            f" {self.SPEECH}\n"
        )
        found = _full_mentions(text, dt.datetime(2016, 8, 31, 12))
        assert ("john-kerry", "narendra-modi") in [
            tuple(sorted(m.people)) for m in found if len(m.people) > 1
        ]

    def _met(self, text: str) -> list[tuple[str, ...]]:
        page = source(text, "g")
        return [m.people for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)]

    def test_a_guest_addressed_by_name_met_the_speaker(self) -> None:
        """Only the host's speech survives: the guest he addresses ("Chancellor Scholz, thank
        you") met him."""
        text = f"PRIME MINISTER MODI: Chancellor Scholz, thank you for coming.\n\n{self.SPEECH}\n"
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)

    def test_a_guest_addressed_by_the_first_words_met_the_speaker(self) -> None:
        """ "Chancellor Scholz, members of the German delegation, distinguished guests." opens
        the speech without a greeting word: spoken to the guest, there."""
        text = (
            "PRIME MINISTER MODI: Chancellor Scholz, members of the German delegation,"
            f" distinguished guests, my fellow citizens.\n\n{self.SPEECH}\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)

    def test_a_name_addressed_later_without_a_greeting_is_no_guest(self) -> None:
        """ "Chancellor Scholz, as you know, ..." in the speech's third sentence, with no
        greeting word, addresses no one present."""
        text = (
            "PRIME MINISTER MODI: We met our partners. Trade matters to us."
            f" Chancellor Scholz, as you know, said so too.\n\n{self.SPEECH}\n"
        )
        assert [] == self._met(text)

    def test_a_guest_welcomed_met_the_speaker(self) -> None:
        """ "a pleasure to welcome Chancellor Scholz" names the guest."""
        text = (
            "PRIME MINISTER MODI: It is a pleasure to welcome Chancellor Scholz to Delhi.\n\n"
            f"{self.SPEECH}\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)

    def test_a_guest_welcomed_here_in_a_place_met_the_speaker(self) -> None:
        """ "a joy to welcome here in Boa Vista my dear friend Chancellor Scholz": where,
        then the guest."""
        text = (
            "PRIME MINISTER MODI: It is a joy to welcome here in Boa Vista my dear friend"
            f" Chancellor Scholz.\n\n{self.SPEECH}\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)

    def test_someone_named_in_passing_is_not_the_guest(self) -> None:
        """ "great to see you with Chancellor Scholz yesterday" greets "you", not Scholz."""
        text = (
            "PRIME MINISTER MODI: Mr. President, welcome. It was great to see you in Berlin"
            f" with Chancellor Scholz last week.\n\n{self.SPEECH}\n"
        )
        assert [] == self._met(text)

    def test_the_heading_names_a_guest_greeted_by_title(self) -> None:
        """ "Mr. Chancellor, welcome" under a heading "Modi Welcomes Chancellor Olaf Scholz"
        is a meeting with Scholz."""
        text = (
            "Prime Minister Narendra Modi Welcomes German Chancellor Olaf Scholz\n\n"
            f"PRIME MINISTER MODI: Mr. Chancellor, welcome. {self.SPEECH}\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)[-1:]

    def test_a_heading_of_joint_remarks_names_who_met(self) -> None:
        """ "Remarks by Prime Minister Modi and Chancellor Scholz" over Modi's speech alone:
        the two met."""
        text = (
            "Remarks by Prime Minister Narendra Modi and Chancellor Olaf Scholz\n\n"
            f"PRIME MINISTER MODI: Well, it is good to see you again. {self.SPEECH}\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)[-1:]

    def test_a_guest_welcomed_to_a_place_before_the_name(self) -> None:
        """ "honored to welcome to the Chancellery Prime Minister Modi" names the guest."""
        text = (
            "Olaf Scholz: Hello, everyone. Today, I have been honored to welcome to the"
            f" Chancellery Prime Minister Modi.\n\n{self.SPEECH}\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == self._met(text)

    def test_the_guests_listed_after_the_one_welcomed_met_the_speaker_too(self) -> None:
        """ "to welcome to Delhi Olaf Scholz, the Chancellor of Germany, and Emmanuel Macron,
        the President of France": both guests met the speaker."""
        text = (
            "PRIME MINISTER MODI: I am delighted to welcome to Delhi Olaf Scholz, the Chancellor"
            f" of Germany, and Emmanuel Macron, the President of France.\n\n{self.SPEECH}\n"
        )
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("emmanuel-macron"), name="Emmanuel Macron", country="FR")]
        )
        found = find_meeting_mentions(source(text, "g"), knowledge, knowledge.places)
        assert [("narendra-modi", "olaf-scholz", "emmanuel-macron")] == [m.people for m in found]

    def test_a_guest_welcomed_after_an_address_of_its_own_met_the_speaker(self) -> None:
        """A first paragraph that is only an address ("Chancellor Scholz, ministers,") goes
        on in the next, where the guest is welcomed: the guest met the speaker."""
        text = (
            "PRIME MINISTER MODI: Chancellor Scholz, ministers, members of the delegation,\n\n"
            f"I am delighted to welcome Chancellor Scholz to India.\n\n{self.SPEECH}\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)

    def test_a_guest_the_transcript_head_lists_with_the_speaker_met_him(self) -> None:
        """A head listing who speaks, a line each ("Prime Minister Narendra Modi" / "His
        Excellency Mr Olaf Scholz"), over a speech welcoming "you": the two met."""
        text = (
            "Opening remarks - Annual Leaders' Meeting\n\n"
            "Transcript\n\n"
            "Prime Minister Narendra Modi\n\n"
            "His Excellency Mr Olaf Scholz\n\n"
            "Chancellor of Germany\n\n"
            "NARENDRA MODI, PRIME MINISTER OF INDIA: It is my great pleasure to welcome you to"
            f" India.\n\n{self.SPEECH}\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == self._met(text)

    def test_a_head_that_does_not_list_the_speaker_names_no_guest(self) -> None:
        """A head line naming someone else ("Special Briefing" / "Chancellor Olaf Scholz")
        over another speaker's words says nothing of whom that speaker met."""
        text = (
            "Opening remarks - Annual Leaders' Meeting\n\n"
            "Transcript\n\n"
            "His Excellency Mr Olaf Scholz\n\n"
            "NARENDRA MODI, PRIME MINISTER OF INDIA: It is my great pleasure to be here"
            f" today.\n\n{self.SPEECH}\n"
        )
        assert [] == self._met(text)

    def test_a_compatriot_greeted_is_no_guest(self) -> None:
        """Thanking a minister of one's own country records no meeting."""
        text = (
            f"PRIME MINISTER MODI: Minister Subrahmanyam Jaishankar, thank you.\n\n{self.SPEECH}\n"
        )
        assert [] == self._met(text)


class TestGuessedDaysAcrossSources:
    def test_a_publication_day_months_away_is_another_meeting(self) -> None:
        """A readout dated only by its publication day, months after another source's stated
        meeting of the same pair, is a meeting of its own, not that one."""
        first = evolve(
            read_source("Scholz met Modi in New Delhi on Monday.\n", source_id="a"),
            published=MONDAY_EVENING,
        )
        later = evolve(
            read_source("Scholz met Modi for talks on trade.\n", source_id="b"),
            published=MONDAY_EVENING + dt.timedelta(days=90),
        )
        extraction = assemble(
            [SourceStatements(source=first), SourceStatements(source=later)], KNOWLEDGE
        )
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        assert ["2024-02-26", "2024-05-26"] == sorted(str(m.date) for m in meetings)


class TestReporters:
    KNOWLEDGE = KNOWLEDGE.with_actors(
        [Actor(id=ActorId("dana-white"), name="Dana White", country="US")]
    )

    def _people(self, text: str) -> list[tuple[str, ...]]:
        page = source(text, "r")
        found = find_meeting_mentions(page, self.KNOWLEDGE, self.KNOWLEDGE.places)
        return [m.people for m in found if m.people]

    def test_the_source_named_after_the_clause_did_not_meet(self) -> None:
        """ "Scholz met Modi in Delhi on Monday, spokesperson Dana White said." is Scholz and
        Modi's meeting; White only reports it."""
        text = "Scholz met Modi in Delhi on Monday, spokesperson Dana White said.\n"
        assert [("olaf-scholz", "narendra-modi")] == self._people(text)

    def test_the_source_before_a_clause_naming_two_did_not_meet(self) -> None:
        """ "Dana White said Scholz and Modi met ..." leaves White out."""
        text = "Dana White said Scholz and Modi met in Delhi on Monday.\n"
        assert [("olaf-scholz", "narendra-modi")] == self._people(text)

    def test_a_speaker_who_said_after_meeting_with_them_met_them(self) -> None:
        """ "Trade will grow, Scholz said at a press conference after meeting with Modi and
        Jaishankar": Scholz met them."""
        text = (
            "Trade will grow, Scholz said at a news conference after meeting with Prime"
            " Minister Narendra Modi and Foreign Minister Subrahmanyam Jaishankar today.\n"
        )
        assert [("olaf-scholz", "narendra-modi", "s-jaishankar")] == self._people(text)

    def test_a_speaker_telling_his_own_meeting_met(self) -> None:
        """ "Scholz said he met Modi" keeps Scholz: the clause names one other only."""
        text = "Scholz said he met Modi in Delhi on Monday.\n"
        assert [("olaf-scholz", "narendra-modi")] == self._people(text)


class TestSpokespeople:
    def test_a_spokesperson_summing_up_a_meeting_is_no_party(self) -> None:
        """ "Pentagon Press Secretary Kara Croft said Berg and Lima discussed ..." then "In
        a statement summarizing the meeting, Croft said Lima conveyed ...": Croft tells of
        the meeting of Berg and Lima; she is in none."""
        text = (
            "Berg meets Lima\n\n"
            "Defense Secretary Ola Berg met with Defense Minister Ana Lima of Honduras today.\n\n"
            "In a statement summarizing the meeting, Pentagon Press Secretary Kara Croft said"
            " Lima conveyed her commitment to the alliance.\n"
        )
        assert [("ana-lima", "ola-berg")] == _parsed_meetings(text)

    def test_a_spokeswoman_by_the_words_after_her_name(self) -> None:
        """ "Navy Lt. Cmdr. Kara Croft, a spokeswoman for Berg, said the trip gave Berg a
        chance to meet with ... officials": Croft tells of the trip; she met no one."""
        text = (
            "Berg visits Honduras\n\n"
            "Navy Lt. Cmdr. Kara Croft, a spokeswoman for Berg, said the trip gave Berg a chance"
            " to meet with Honduran officials.\n\n"
            "Defense Secretary Ola Berg met with Defense Minister Ana Lima of Honduras today.\n"
        )
        assert [("ana-lima", "ola-berg")] == _parsed_meetings(text)


class TestSections:
    def test_a_heading_ends_the_meeting_told_before_it(self) -> None:
        """ "On Tuesday, the ministry hosted the first full meeting of the Coalition" under a
        new heading is another section's gathering, not Scholz and Modi meeting again."""
        text = (
            "Scholz wraps up visit to India\n\n"
            "New Delhi — German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi"
            " on Monday in New Delhi.\n\n"
            "Scholz Opened the Coalition Conference\n\n"
            "On Tuesday, the ministry hosted the first full meeting of the Coalition since 2014.\n"
        )
        found = find_meeting_mentions(source(text, "h"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found if m.people]


class TestPhotoAboveTheStory:
    def test_the_trip_s_days_date_meetings_under_a_dated_photo(self) -> None:
        """A photo "..., Oct. 4, 2022." above "traveled to Japan Oct. 2-6" and "Berg met
        with ... Ken Sato": the meeting falls within the trip's days (October), not on the
        photo's day; the story is published a week after the trip began."""
        text = (
            "Berg visits partners in Japan\n\n"
            "Gen. Ola Berg, chief of the space staff, smiles at Yokota Air Base, Japan, Oct. 4,"
            " 2022. (U.S. Air Force photo by Staff Sgt. Jo Lee)\n\n"
            "Chief of the space staff Gen. Ola Berg traveled to Japan Oct. 2-6 to deepen the"
            " partnership.\n\n"
            "Berg met with Japanese Minister of Defense Ken Sato in Tokyo.\n\n"
            "The two sides agreed on the importance of cooperation.\n"
        )
        page = evolve(
            read_source(text, source_id="p"),
            published=dt.datetime(2022, 10, 11, 12, tzinfo=dt.UTC),
        )
        meetings = _extracted_meetings(parse([page]))
        assert [(("ken-sato", "ola-berg"), PartialDate(year=2022, month=10))] == [
            (tuple(sorted(m.participants)), m.date) for m in meetings
        ]

    def test_the_photographer_credited_before_a_bar_met_no_one(self) -> None:
        """ "Photo By Staff Sgt. Jo Lee | Gen. Ola Berg ... meets with ... Ken Sato ...":
        the photographer is no participant; the caption's people met."""
        text = (
            "Photo By Staff Sgt. Jo Lee | Gen. Ola Berg, chief of the space staff, meets with"
            " Japanese Minister of Defense Ken Sato in Tokyo, Oct. 4, 2022.\n\n"
            "Berg traveled to Japan to deepen the partnership.\n"
        )
        page = evolve(
            read_source(text, source_id="p"),
            published=dt.datetime(2022, 10, 5, 12, tzinfo=dt.UTC),
        )
        meetings = _extracted_meetings(parse([page]))
        assert [("ken-sato", "ola-berg")] == [tuple(sorted(m.participants)) for m in meetings]

    @pytest.mark.parametrize(
        ("second", "day"),
        [
            ("Berg met with Sato to discuss the partnership.", "2024-07-25"),
            ("Berg later met with Sato at the ministry.", "2024-07"),
        ],
    )
    def test_a_caption_s_day_dates_its_undated_sentences(self, second: str, day: str) -> None:
        """ "MIAMI (July 25, 2024) Gen. Ola Berg and ... Ken Sato stand at the entrance. Berg
        met with Sato ...": the photo's day dates the caption's meeting, unless the sentence
        tells of another time ("later")."""
        text = (
            "Photo By Jo Lee | MIAMI (July 25, 2024) Gen. Ola Berg, commander, and Japanese"
            f" Minister of Defense Ken Sato stand at the entrance of the headquarters. {second}"
            "\n\nMIAMI -- Japanese Minister of Defense Ken Sato visited the headquarters this"
            " week to discuss cooperation.\n"
        )
        page = evolve(
            read_source(text, source_id="p"),
            published=dt.datetime(2024, 7, 26, 12, tzinfo=dt.UTC),
        )
        meetings = _extracted_meetings(parse([page]))
        assert [(("ken-sato", "ola-berg"), day)] == [
            (tuple(sorted(m.participants)), str(m.date)) for m in meetings
        ]


class TestCoChairs:
    @pytest.mark.parametrize(
        "text",
        [
            "Under Secretary Olaf Scholz and Prime Minister Narendra Modi co-chaired the 12th"
            " Defense Consultative Committee on Monday.\n",
            "The commission was co-chaired by Prime Minister Narendra Modi and Chancellor Olaf"
            " Scholz on Monday.\n",
        ],
    )
    def test_the_co_chairs_of_a_bilateral_body_met(self, text: str) -> None:
        """ "A and B co-chaired the Defense Consultative Committee", "co-chaired by A and B":
        the co-chairs of two countries met."""
        assert [("narendra-modi", "olaf-scholz")] == [
            tuple(sorted(p)) for p in _people_met(text) if len(p) > 1
        ]


class TestOutletOfAnOffice:
    @pytest.mark.parametrize(
        ("outlet", "met"),
        [
            ("Prime Minister of Australia (pm.gov.au)", [("anthony-albanese", "narendra-modi")]),
            ("Lima Daily News", []),
        ],
    )
    def test_a_page_an_office_puts_out_is_its_holder_s_word(
        self, outlet: str, met: list[tuple[str, ...]]
    ) -> None:
        """A press conference with no label on a page of the "Prime Minister of Australia":
        its "I met Prime Minister Modi" is the Prime Minister's meeting; on a newspaper's
        page the "I" is no one known."""
        text = (
            "Well, I'm very pleased to be here in Lima at the leaders' meeting, and thank you"
            " all for joining me here today.\n\nThis morning I met Prime Minister Narendra"
            " Modi of India, and we discussed trade and our partnership.\n"
        )
        published = dt.datetime(2024, 11, 14, 18)
        found = _full_mentions(text, published, outlet_name=outlet)
        assert met == [tuple(sorted(m.people)) for m in found if len(m.people) > 1]


class TestRanksOfOtherArmies:
    def test_a_spanish_rank_s_dot_ends_no_meeting_sentence(self) -> None:
        """ "met with Gral. Eduardo Zapateiro Altamiranda, Colombian National Army commanding
        general July 21": the rank's dot ends no sentence; the two met on the day."""
        text = (
            "Brig. Gen. Jo Lee, U.S. Army South commanding general, met with Gral. Eduardo"
            " Zapateiro Altamiranda, Colombian National Army commanding general July 21 in"
            " Bogota.\n\nThe purpose of the visit was to strengthen relations.\n"
        )
        page = evolve(
            read_source(text, source_id="p"),
            published=dt.datetime(2021, 7, 22, 12, tzinfo=dt.UTC),
        )
        meetings = _extracted_meetings(parse([page]))
        assert [(("eduardo-zapateiro-altamiranda", "jo-lee"), "2021-07-21")] == [
            (tuple(sorted(m.participants)), str(m.date)) for m in meetings
        ]


class TestGreetings:
    def _people(self, text: str) -> list[tuple[str, ...]]:
        found = find_meeting_mentions(source(text, "g"), KNOWLEDGE, KNOWLEDGE.places)
        return [m.people for m in found if m.people]

    def test_greeted_by_on_arrival_is_a_meeting(self) -> None:
        """ "Scholz was officially greeted upon his arrival by Modi" is their meeting."""
        text = "Scholz was officially greeted upon his arrival in New Delhi by Modi on Monday.\n"
        assert [("olaf-scholz", "narendra-modi")] == self._people(text)

    @pytest.mark.parametrize(
        ("text", "met"),
        [
            (
                "Gen. Olaf Scholz greets Indian Army Lt. Gen. Narendra Modi during a visit to the"
                " headquarters Nov. 1, 2021.\n",
                [("olaf-scholz", "narendra-modi")],
            ),
            ("Adm. Olaf Scholz greets Sailors aboard the ship on Monday.\n", []),
        ],
    )
    def test_a_caption_s_greets_before_a_rank_is_a_meeting(
        self, text: str, met: list[tuple[str, ...]]
    ) -> None:
        """A caption's "greets" before a rank or an office ("greets Indian Army Lt. Gen.
        Modi") tells a meeting; "greets Sailors" tells none."""
        found = find_meeting_mentions(source(text, "g"), KNOWLEDGE, KNOWLEDGE.places)
        assert met == [m.people for m in found if len(m.people) > 1]

    def test_greeting_people_in_lower_case_is_none(self) -> None:
        """ "Scholz greeted troops and reporters" names no one he met."""
        text = "Scholz greeted troops and reporters in New Delhi on Monday.\n"
        assert [] == self._people(text)


class TestHeadBylines:
    def test_a_name_before_the_comma_of_a_long_office_is_a_byline(self) -> None:
        """ "Olaf Scholz, Chancellor of the Federal Republic of Germany and Chair of the
        Party": a name, a comma and an office however long its field: the page's speaker."""
        text = (
            "Remarks on Trade\n\nOlaf Scholz, Chancellor of the Federal Republic of Germany"
            " and Chair of the Party\n\nBerlin, Germany\n\nI am glad to be here.\n"
        )
        found = head_byline(load_knowledge(), source(text, "k"), None, None)
        assert "olaf-scholz" == (None if found is None else found[0])

    def test_a_long_title_with_a_comma_is_no_byline(self) -> None:
        """ "Scholz Begins Fact-Finding Trip to Middle East, Central Asia": words before the
        comma that are no name alone, and no office after it: a headline, no byline."""
        text = (
            "Remarks on Trade\n\nScholz Begins Fact-Finding Trip to Middle East, Central"
            " Asia\n\nBerlin, Germany\n\nI am glad to be here.\n"
        )
        assert head_byline(load_knowledge(), source(text, "k"), None, None) is None


class TestGatheringInATitle:
    def test_a_title_case_headline_names_no_gathering(self) -> None:
        """ "Remarks by Scholz and Modi at the Top of Their Meeting in New Delhi" capitalises
        every word: "Top of Their Meeting" is no gathering the meeting took place at."""
        text = (
            "Remarks by Scholz and Modi at the Top of Their Meeting in New Delhi\n\n"
            "Scholz thanked Modi for the welcome on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "t"), KNOWLEDGE, KNOWLEDGE.places)
        # the sentence's meeting and the title's joint appearance, neither at a gathering
        assert {None} == {m.venue for m in found if m.people}


class TestSpeechUnderItsSpeakersName:
    def test_the_speaker_named_above_a_speech_met_whom_i_met(self) -> None:
        """ "Chancellor Olaf Scholz" alone on the first line, then remarks "I had the great
        pleasure of meeting with Prime Minister Modi just now": Scholz met Modi."""
        text = (
            "Chancellor Olaf Scholz\nNew Delhi, India\nAS DELIVERED\n"
            "It is very nice to be here with you today. I had the great pleasure of meeting"
            " with Prime Minister Modi just now.\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)


class TestSomeonesPeople:
    @pytest.mark.parametrize(
        ("text", "met"),
        [
            (
                "Scholz met today with members of Prime Minister Modi’s administration.",
                [("olaf-scholz",)],
            ),
            ("Scholz met today with Modi's senior officials in New Delhi.", [("olaf-scholz",)]),
            (
                "Scholz met today with Modi on his first official trip to India.",
                [("olaf-scholz", "narendra-modi")],
            ),
            (
                "Scholz traveled to Warsaw today to meet with senior officials in response to"
                " Vladimir Putin’s unprovoked invasion of Ukraine.",
                [("olaf-scholz",)],
            ),
            # "Tim Geithner, President Barack Obama's special representative, met with ...
            # Wang Qishan ... special representative of Chinese President Hu Jintao"
            (
                "Scholz met today with Foreign Minister Jaishankar, special representative of"
                " Prime Minister Narendra Modi.",
                [("olaf-scholz", "s-jaishankar")],
            ),
            (
                "Scholz met today with Foreign Minister Jaishankar, Prime Minister Narendra"
                " Modi's special representative.",
                [("olaf-scholz", "s-jaishankar")],
            ),
        ],
    )
    def test_the_owner_of_a_group_is_not_met(self, text: str, met: list[tuple[str, ...]]) -> None:
        """A name before "’s administration", "'s officials" owns the people met and is not
        among them, nor is one before their forces' deeds ("Putin’s unprovoked invasion") or
        after an agent's "of" ("special representative of Prime Minister Modi"); "his first
        official trip" owns nothing of the kind."""
        assert met == _people_met(text)


class TestDatelineDays:
    def test_the_sentence_s_own_date_wins_over_its_dateline_s(self) -> None:
        """ "MIAMI (May 23, 2025) -- Holsey visited Brazil this week": the dateline's day is
        when the story was filed; the sentence's own "this week" dates what it tells."""
        text = "MIAMI (May 23, 2025) -- Adm. Holsey visited Brazil this week to meet leaders."
        page = source(text, "d")
        stated = dates_of(page, None)(dt.date(2025, 5, 23), 0, len(text))
        kept = _after_dateline(text, Sentence(start=0, end=len(text), paragraph=0), stated)
        assert ["this week"] == [e.evidence.text for e in kept]

    def test_a_dateline_s_day_alone_still_dates_the_sentence(self) -> None:
        """ "KYIV, Aug. 23, 2024 -- Blinken met Zelensky." names no other day: the stamp."""
        text = "KYIV, Aug. 23, 2024 -- Blinken met Zelensky."
        page = source(text, "k")
        stated = dates_of(page, None)(dt.date(2024, 8, 23), 0, len(text))
        kept = _after_dateline(text, Sentence(start=0, end=len(text), paragraph=0), stated)
        assert ["Aug. 23, 2024"] == [e.evidence.text for e in kept]

    @pytest.mark.parametrize(
        ("stamp", "day"),
        [
            ("Feb. 24, 2024", "2024-02-24"),  # filed two days before the page went up
            ("Jan. 2, 2024", "2024-02-26"),  # weeks before: another story's stamp, no reference
        ],
    )
    def test_today_is_the_day_the_story_was_filed(self, stamp: str, day: str) -> None:
        """ "NEW DELHI, Feb. 24, 2024 -- ... met Modi today" on a page published Monday the
        26th: "today" is the dateline's Saturday, for the sentences after it too."""
        text = (
            "Scholz in India\n\n"
            f"NEW DELHI, {stamp} -- Chancellor Olaf Scholz arrived for talks.\n\n"
            "Scholz met Prime Minister Modi today.\n"
        )
        assert [day] == _days_met(text, "narendra-modi")

    def test_today_is_the_day_the_headline_names(self) -> None:
        """A readout headed "Chancellor's visit to India: 25 February 2024", published the
        next day: "earlier this evening" is the evening of the 25th."""
        text = (
            "Chancellor's visit to India: 25 February 2024\n\n"
            "The Chancellor held talks with Prime Minister Modi in New Delhi earlier this"
            " evening.\n"
        )
        assert ["2024-02-25"] == _days_met(text, "narendra-modi")


class TestDaysOfAMeetingClause:
    @pytest.mark.parametrize(
        ("text", "days"),
        [
            (
                "Scholz traveled on Feb. 23 to New Delhi, where he met with Prime Minister Modi,"
                " Foreign Minister Subrahmanyam Jaishankar, and other officials on Feb. 24.",
                ["2024-02-24"],
            ),
            # no clause boundary: both days stand, and their range begins on the first
            (
                "Scholz met Prime Minister Modi on Feb. 24 and Feb. 25 in New Delhi.",
                ["2024-02-24"],
            ),
        ],
    )
    def test_the_meeting_word_s_clause_gives_its_day(self, text: str, days: list[str]) -> None:
        """Of several days in a sentence, the one in the clause of the meeting word and of
        the people met dates the meeting; another clause's day is the travel's."""
        assert days == _days_met(text, "narendra-modi")


class TestPlaceToldBeforeItsPeople:
    @pytest.mark.parametrize(
        ("opening", "venue"),
        [
            (
                "Officials discussed trade during a meeting at Hyderabad House today.",
                "Hyderabad House",
            ),
            # another occasion's place, on a day of its own
            ("We last met at Hyderabad House in November of last year.", None),
        ],
    )
    def test_the_place_goes_to_the_meeting_told_next(self, opening: str, venue: str | None) -> None:
        """A meeting sentence naming a place but no one ("during a meeting at Hyderabad
        House today") lends it to the meeting whose people the next sentence names."""
        text = f"{opening} Scholz hosted Prime Minister Modi for these talks.\n"
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        assert [venue] == [m.venue.name if m.venue else None for m in found if m.people]


class TestPageStamp:
    @pytest.mark.parametrize(
        ("stamp", "place"),
        [
            ("February 26, 2024, Hyderabad House, New Delhi", ("Hyderabad House", "New Delhi")),
            # the stamp of another day says nothing of this day's meeting
            ("January 2, 2024, Hyderabad House, New Delhi", (None, None)),
        ],
    )
    def test_a_stamp_line_places_the_day_s_meetings(
        self, stamp: str, place: tuple[str | None, str | None]
    ) -> None:
        """A page's stamp on a line of its own ("April 27, 2017, The Kremlin, Moscow") is
        where its meetings of that day were held when they name no place."""
        text = (
            "Russian-Indian talks\n\n"
            f"{stamp}\n\n"
            "Chancellor Olaf Scholz held talks with Prime Minister Narendra Modi today.\n"
        )
        (found,) = find_meeting_mentions(source(text, "k"), KNOWLEDGE, KNOWLEDGE.places)
        assert place == (found.venue.name if found.venue else None, found.city)

    def test_the_stamp_places_the_night_before(self) -> None:
        """ "Last night, Scholz held talks with Modi" under a stamp of the next day names
        no other place: the stamp's place is the meeting's."""
        text = (
            "Russian-Indian talks\n\n"
            "February 26, 2024, Hyderabad House, New Delhi\n\n"
            "Last night, Chancellor Olaf Scholz held talks with Prime Minister Narendra Modi.\n"
        )
        (found,) = find_meeting_mentions(source(text, "k"), KNOWLEDGE, KNOWLEDGE.places)
        assert ("2024-02-25", "Hyderabad House", "New Delhi") == (
            str(found.date.date) if found.date else None,
            found.venue.name if found.venue else None,
            found.city,
        )

    def test_the_stamp_places_a_transcript_s_meeting(self) -> None:
        """A transcript's meeting (two speakers of two countries under their labels) on the
        stamp's day is held at the stamp's place."""
        text = (
            "Russian-Indian talks\n\n"
            "February 26, 2024, Hyderabad House, New Delhi\n\n"
            "PRIME MINISTER NARENDRA MODI: Chancellor, I am very glad to see you again. We have a"
            " great deal to discuss about trade, energy and our shared partnership today.\n\n"
            "CHANCELLOR OLAF SCHOLZ: Thank you, Prime Minister, for the warm welcome. Our two"
            " countries have a great deal to do together on trade and on climate policy.\n\n"
            "PRIME MINISTER NARENDRA MODI: Our trade has grown every year, and our companies"
            " invest in each other's markets more than ever before.\n\n"
            "CHANCELLOR OLAF SCHOLZ: Germany wants to deepen this partnership in every field,"
            " from green hydrogen to skilled workers and research.\n"
        )
        assert [({"narendra-modi", "olaf-scholz"}, "Hyderabad House")] == _met_where(text, "k")


class TestDateInsideAHeadline:
    @pytest.mark.parametrize(
        ("headline", "day"),
        [
            # a photo's caption taken for the headline: its date is the photo's
            (
                "Chancellor Olaf Scholz hosts Prime Minister Narendra Modi in Berlin, Feb. 24,"
                " 2024. © Jane Roe, DOD\n\nScholz, Modi Meet for Talks",
                "2024-02-25",
            ),
            # a headline closed by its date: the story was filed that day
            ("Visit of the Indian Prime Minister: 25 February 2024", "2024-02-24"),
        ],
    )
    def test_only_a_date_closing_the_headline_files_the_story(
        self, headline: str, day: str
    ) -> None:
        """ "Yesterday" counts from the day a headline closes with, not from a date inside
        a caption that was taken for the headline."""
        text = (
            f"{headline}\n\nChancellor Olaf Scholz and Prime Minister Narendra Modi met in"
            " Berlin yesterday.\n"
        )
        found = find_meeting_mentions(source(text, "h"), KNOWLEDGE, KNOWLEDGE.places)
        assert [day] == [
            str(m.date.date) if m.date else None for m in found if "yesterday" in m.evidence[0].text
        ]


class TestThereAfterAPlace:
    @pytest.mark.parametrize(
        ("second", "venue"),
        [
            ("There Scholz met with Prime Minister Narendra Modi.", "Hyderabad House"),
            ("There were talks between Scholz and Prime Minister Narendra Modi.", None),
        ],
    )
    def test_there_is_the_place_named_before(self, second: str, venue: str | None) -> None:
        """ "... a summit at Hyderabad House. There Scholz met with Modi": the place the
        sentence before named; the "there" of "there were talks" names no place."""
        text = (
            "Prime Minister Narendra Modi praised the summit held yesterday at Hyderabad House."
            f" {second}\n"
        )
        found = find_meeting_mentions(source(text, "t"), KNOWLEDGE, KNOWLEDGE.places)
        assert [venue] == [
            m.venue.name if m.venue else None for m in found if m.evidence[0].text == second
        ]


FULL = load_knowledge()


class TestTranscriptHeadVenues:
    SPEECH = "We are glad to work together on trade and security. " * 8

    @pytest.mark.parametrize(
        ("line", "venue"),
        [
            ("Casa de Huespedes Ilustres", "Casa de Huespedes Ilustres"),
            ("Secretary of State", None),
        ],
    )
    def test_the_line_over_the_city_is_the_venue(self, line: str, venue: str | None) -> None:
        """A transcript's head names where it was spoken on the line above "City, Country",
        known or not; an office on that line is the speaker's, no place."""
        text = (
            "Remarks by Chancellor Scholz and Prime Minister Modi\n\n"
            f"{line}\n\nCartagena, Colombia\n\n"
            f"CHANCELLOR OLAF SCHOLZ: {self.SPEECH}\n\nPRIME MINISTER MODI: {self.SPEECH}\n"
        )
        assert [venue] == self._venues(text)

    def test_a_place_of_the_guest_s_earlier_visit_is_not_this_one(self) -> None:
        """ "to welcome you to the White House during your historic visit in May": the place
        of an earlier visit, not of this meeting."""
        text = (
            "CHANCELLOR OLAF SCHOLZ: Prime Minister, it was an honor to welcome you to the"
            f" White House during your historic visit in May. {self.SPEECH}\n\n"
            f"PRIME MINISTER MODI: {self.SPEECH}\n"
        )
        assert [None] == self._venues(text)

    @staticmethod
    def _venues(text: str) -> list[str | None]:
        """The venue of each meeting mention with people, read with the bundled knowledge."""
        found = find_meeting_mentions(source(text, "t"), FULL, FULL.places)
        return [m.venue.name if m.venue else None for m in found if m.people]


class TestCoHosts:
    SPEECH = "We are glad to work together on trade and security. " * 8

    @pytest.mark.parametrize(
        ("opening", "met"),
        [
            (
                "I am delighted to join with my colleague Foreign Minister Annalena Baerbock to"
                " welcome to Berlin Prime Minister Narendra Modi.",
                {"annalena-baerbock", "narendra-modi", "olaf-scholz"},
            ),
            (
                "I am delighted to welcome to Berlin Prime Minister Narendra Modi, as my"
                " colleague Foreign Minister Annalena Baerbock hoped.",
                {"narendra-modi", "olaf-scholz"},
            ),
        ],
    )
    def test_a_compatriot_the_host_joins_to_welcome_is_a_host(
        self, opening: str, met: set[str]
    ) -> None:
        """ "I am delighted to join with my colleague Minister Baerbock to welcome ... Modi":
        the colleague greets the guest with the host, so met him too; a compatriot named in
        passing did not."""
        text = f"CHANCELLOR OLAF SCHOLZ: {opening} {self.SPEECH}\n"
        page = evolve(
            read_source(text, source_id="c"),
            published=dt.datetime(2023, 3, 2, 12, tzinfo=dt.UTC),
        )
        found = find_meeting_mentions(page, FULL, FULL.places)
        assert [met] == [set(m.people) for m in found if len(m.people) > 1]


class TestRemarksWith:
    SPEECH = "We are glad to work together on trade and security. " * 8

    def test_remarks_with_others_under_a_byline_are_the_byline_s_meeting(self) -> None:
        """ "Remarks With Prime Minister Narendra Modi and Foreign Minister Subrahmanyam
        Jaishankar" above the byline "Olaf Scholz": the page's own speaker appeared with
        them all, though only the guest's speech survives in the excerpt."""
        text = (
            "Remarks With Prime Minister Narendra Modi and External Affairs Minister"
            " Subrahmanyam Jaishankar\n\nOlaf Scholz\n\nChancellor\n\nNew Delhi, India\n\n"
            f"PRIME MINISTER MODI: {self.SPEECH}\n"
        )
        page = evolve(
            read_source(text, source_id="r"),
            published=dt.datetime(2023, 2, 25, 12, tzinfo=dt.UTC),
        )
        found = find_meeting_mentions(page, FULL, FULL.places)
        assert {"narendra-modi", "olaf-scholz", "subrahmanyam-jaishankar"} in [
            set(m.people) for m in found
        ]


class TestWrittenVenues:
    @pytest.mark.parametrize(
        ("place", "written"),
        [
            ("the Moscow Kremlin", "Moscow Kremlin"),
            ("the White House Rose Garden", "White House Rose Garden"),
            ("the Kremlin US embassy", "Kremlin"),
            ("the Pentagon Monday", "Pentagon"),
        ],
    )
    def test_a_venue_keeps_the_name_the_sentence_writes(self, place: str, written: str) -> None:
        """The capitalised words around a known venue's name are the venue's name as written
        ("the Moscow Kremlin"); initials, meeting words and a weekday begin something else."""
        text = f"Chancellor Olaf Scholz met Prime Minister Narendra Modi at {place} on Sunday.\n"
        assert written == _venue_of(text, "w")

    def test_number_10_is_downing_street(self) -> None:
        """ "met ... at Number 10" (GOV.UK's name for the Prime Minister's residence, an alias
        in ``places.toml``) is 10 Downing Street."""
        text = "Chancellor Olaf Scholz met Prime Minister Narendra Modi at Number 10 on Sunday.\n"
        assert "10 Downing Street" == _venue_of(text, "w")


class TestVisitedVenues:
    @pytest.mark.parametrize(
        ("visited", "opening", "venue"),
        [
            ("Hyderabad House", "Upon arrival, Scholz met with", "Hyderabad House"),
            ("Hyderabad House", "During his visit, Scholz met with", "Hyderabad House"),
            ("Hyderabad House", "While there, Scholz met with", "Hyderabad House"),
            ("Hyderabad House", "Scholz also met with", None),
            # which of several stops the meeting was at is not told
            ("Hyderabad House and Rashtrapati Bhavan", "During his visit, Scholz met with", None),
        ],
    )
    def test_a_meeting_tied_to_the_visit_of_a_venue_was_there(
        self, visited: str, opening: str, venue: str | None
    ) -> None:
        """ "Scholz visited Hyderabad House on Monday." and next "Upon arrival, Scholz met
        with Modi": the venue just visited is the meeting's; a meeting the story does not tie
        to that visit ("also met"), or a visit of several stops, may have been anywhere."""
        text = (
            f"Chancellor Olaf Scholz visited {visited} on Monday.\n\n"
            f"{opening} Prime Minister Narendra Modi.\n"
        )
        assert venue == _venue_of(text, "v")

    def test_each_meeting_of_a_list_keeps_the_visited_venue(self) -> None:
        """ "Upon arrival, Scholz met with Modi and Jaishankar" after "visited Hyderabad
        House": both meetings of the visit were there."""
        text = (
            "New Delhi - Chancellor Olaf Scholz visited Hyderabad House on Monday.\n\n"
            "Upon arrival, Scholz met with Prime Minister Narendra Modi and Foreign Minister"
            " Subrahmanyam Jaishankar.\n"
        )
        parts = [SourceStatements(source=source(text, "v"))]
        (visit,) = assemble(parts, KNOWLEDGE).visits
        assert {"Hyderabad House"} == {m.location for m in visit.meetings}
        assert 2 == len(visit.meetings)


class TestProseOnlyVenueHeads:
    @pytest.mark.parametrize(
        ("place", "written"),
        [
            ("the Justice Department", "Justice Department"),
            ("the Fifth Regiment Armory", "Fifth Regiment Armory"),
            ("Horse Guards Parade", "Horse Guards Parade"),
            ("the War Memorial", "War Memorial"),
            ("Naval Support Activity Bahrain", "Naval Support Activity Bahrain"),
            ("Fort Indiantown Gap Aug. 11", "Fort Indiantown Gap"),
        ],
    )
    def test_a_prose_head_ends_a_venue_after_at(self, place: str, written: str) -> None:
        """ "met ... at the Justice Department": "Department", "Armory" and "Parade" end a
        venue's name after "at" in a sentence."""
        text = f"Chancellor Olaf Scholz met Prime Minister Narendra Modi at {place} on Sunday.\n"
        assert written == _venue_of(text, "w")

    def test_a_venue_ends_before_the_sentence_s_stop(self) -> None:
        """ "... met at Naval Support Activity Bahrain.": the full stop is the sentence's."""
        text = "Chancellor Olaf Scholz met Prime Minister Narendra Modi at Camp Smith.\n"
        assert "Camp Smith" == _venue_of(text, "w")

    def test_a_sight_visited_before_meetings_is_not_their_venue(self) -> None:
        """ "Before our meetings here, Scholz and Modi visited the National War Memorial": a
        memorial names where something happened only after "at" or "in"."""
        text = (
            "Before their talks, Chancellor Olaf Scholz and Prime Minister Narendra Modi"
            " visited the National War Memorial.\n"
        )
        found = find_meeting_mentions(source(text, "w"), KNOWLEDGE, KNOWLEDGE.places)
        assert [None] == [m.venue.name if m.venue else None for m in found]

    def test_a_prose_head_makes_no_venue_of_a_line(self) -> None:
        """A site's menu line "Defense Department" names no venue: the prose-only heads end a
        name only after "at" or "in"."""
        assert venue_line("Defense Department", KNOWLEDGE.places) is None


class TestReceivedAtAPlace:
    def test_received_in_a_place_is_a_meeting_there(self) -> None:
        """ "Modi received in Hyderabad House Chancellor Olaf Scholz": a meeting of the two,
        at that venue."""
        text = "Prime Minister Narendra Modi received in Hyderabad House Chancellor Olaf Scholz.\n"
        assert [({"narendra-modi", "olaf-scholz"}, "Hyderabad House")] == _met_where(text, "r")


class TestPlannedMeetings:
    @pytest.mark.parametrize(
        ("text", "met"),
        [
            (
                "During the visit Scholz will meet with Prime Minister Modi and Foreign Minister"
                " Subrahmanyam Jaishankar.",
                [],
            ),
            (
                "Scholz met Prime Minister Modi and will travel to Mumbai next.",
                [("olaf-scholz", "narendra-modi")],
            ),
            (
                "Scholz heads to Mumbai on Monday and then to New Delhi, where he will hold"
                " talks with Prime Minister Modi.",
                [],
            ),
            (
                "Scholz on Sunday begins a visit to India, where he will hold talks with Prime"
                " Minister Modi.",
                [],
            ),
            ("Scholz is also planning to meet with Prime Minister Modi.", []),
        ],
    )
    def test_a_meeting_still_to_come_is_no_meeting_held(
        self, text: str, met: list[tuple[str, ...]]
    ) -> None:
        """ "will meet" before the meeting word, with no past day in its clause: planned
        (the events record it), whatever day another clause names ("heads to Mumbai on
        Monday and then to New Delhi, where he will hold talks"); a modal after the meeting
        word ("met ... and will travel") leaves the meeting."""
        assert met == [p for p in _people_met(text) if len(p) > 1]


def _transcript_meetings(text: str) -> list[tuple[ActorId, ...]]:
    """The people of each meeting mention of a transcript read with the bundled knowledge
    and the people it introduces."""
    knowledge = load_knowledge()
    page = source(text, "t")
    local = local_knowledge(knowledge, extract_statements(page, knowledge))
    return [m.people for m in find_meeting_mentions(page, local, knowledge.places)]


class TestTranscriptCutOff:
    def test_a_speech_the_excerpt_stops_in_a_paragraph_on_is_in_the_exchange(self) -> None:
        """The excerpt stops mid-sentence in the paragraph after a short labelled speech
        opened on its label's line: its speaker was in the exchange (the speech may have
        gone on at length)."""
        text = (
            "Prime Minister of India Narendra Modi: Ladies and gentlemen, on behalf of the"
            " Government I cordially welcome our guests to our country. We are very glad that"
            " you could make an official visit, and I am very pleased to meet with you again."
            " Relations between our countries have steadily grown stronger over the years,"
            " and trust between our governments has grown with them.\n\n"
            "President of Russia Vladimir Putin: Mr Prime Minister, my dear friend, I am very"
            " glad to see you again.\n\nI well remember our talks in Sochi. We agreed to"
            " stimulate ties, an"
        )
        assert [("narendra-modi", "vladimir-putin")] == [
            tuple(sorted(p)) for p in _transcript_meetings(text) if len(p) > 1
        ]


class TestEnvoysBesideTheProtagonist:
    def test_an_envoy_named_with_a_foreigner_came_along_with_he(self) -> None:
        """ "He also met with U.S. Chargé d'Affaires Susan Roe and Major General Tunde Bakare,
        Niger Armed Forces Chief of Defense": the protagonist met the general; the envoy of
        his own country came along and met no one."""
        text = (
            "Gen. Michael Langley, commander of U.S. Africa Command, visited Niger.\n\n"
            "He also met with U.S. Chargé d’Affaires Susan Roe and Major General Tunde Bakare,"
            " Niger Armed Forces Chief of Defense, to discuss the partnership.\n"
        )
        assert [("tunde-bakare",)] == [p for p in _transcript_meetings(text) if p]


class TestModeratorIntroductions:
    _SPEECH = (
        " Thirty-two years ago our country was still part of another state. The villa that"
        " we use today to host this visit was used by the old elite, while some of us were"
        " held in prisons. Our two countries have grown close since then, in trade, in"
        " defence and in the values we share, and we will go on working together.\n"
    )

    def test_the_press_conference_a_moderator_introduces_is_a_meeting(self) -> None:
        """ "MODERATOR: ... the press conference of Prime Minister Narendra Modi and Chancellor
        Olaf Scholz" and only the host's speech after it: the two the moderator introduces
        with the host met."""
        text = (
            "MODERATOR: Good afternoon. We are about to start the press conference of Prime"
            " Minister Narendra Modi and Chancellor Olaf Scholz.\n\n"
            f"PRIME MINISTER MODI:{self._SPEECH}"
        )
        assert [("narendra-modi", "olaf-scholz")] == [
            tuple(sorted(p)) for p in _transcript_meetings(text) if len(p) > 1
        ]

    def test_a_briefer_of_no_known_country_meets_no_one_the_moderator_names(self) -> None:
        """ "MODERATOR: ... to preview Chancellor Olaf Scholz's travel. Our speaker is Assistant
        Secretary Amina Okafor": a briefer no data file places met no one named there."""
        text = (
            "MODERATOR: Welcome to this call to preview Chancellor Olaf Scholz's travel to"
            " India. Our speaker today is Assistant Secretary Amina Okafor.\n\n"
            f"ASSISTANT SECRETARY OKAFOR:{self._SPEECH}"
        )
        assert [] == [p for p in _transcript_meetings(text) if len(p) > 1]


class TestAddressedThenWelcomed:
    def test_a_guest_addressed_before_the_welcome_met_the_speaker(self) -> None:
        """ "Once again to my friend, the Honourable Minister Julie Bishop, Foreign Minister
        of Australia, welcome to South Africa": the guest is addressed, then welcomed."""
        text = (
            "MINISTER NALEDI PANDOR: Once again to my friend and colleague, the Honourable"
            " Minister Julie Bishop, Foreign Minister of Australia, welcome to South Africa to"
            " you and your delegation. South Africa attaches great importance to our relations"
            " with your country, which has become one of our biggest trading partners over the"
            " past decades. We agreed that there is a lot that we can do together on tourism,"
            " trade and investment, and on the training of our officials.\n"
        )
        assert [("julie-bishop", "naledi-pandor")] == [
            tuple(sorted(p)) for p in _transcript_meetings(text) if len(p) > 1
        ]


class TestGreetedByAnOfficeOfNoCountry:
    def test_a_labelled_host_of_no_known_country_greets_the_guest(self) -> None:
        """ "PRIME MINISTER TIKO RASK: Federal Chancellor, Dr Olaf Scholz, ... welcome" (the
        excerpt cut off in his speech): the host, introduced by the label with no country,
        met the guest he addresses by office and rank."""
        text = (
            "STAFF: We will start with the opening remarks of the Prime Minister.\n"
            "PRIME MINISTER TIKO RASK: Federal Chancellor, Dr Olaf Scholz, members of the press"
            " corps, good morning and welcome to this bilateral press conference. We are here"
            " to talk about peace and how we\n"
        )
        assert [("tiko-rask", "olaf-scholz")] == _transcript_meetings(text)

    def test_a_host_greets_a_guest_the_page_introduces_by_office(self) -> None:
        """A host of a known country greets, in the third sentence of the speech, a guest the
        page names only by office and surname ("my friend, Prime Minister Rask"): they met."""
        text = (
            "CHANCELLOR OLAF SCHOLZ, CHANCELLOR OF GERMANY: Good afternoon, on what is a very"
            " historic day for our two countries. Last month I had the privilege of visiting"
            " your country. I'm delighted to welcome my friend, Prime Minister Rask, back to"
            " Berlin once again. We both enjoyed the dinner last night and we talked about"
            " trade and how we\n"
        )
        met = _transcript_meetings(text)
        assert [("olaf-scholz", "rask")] == [people for people in met if len(people) == 2]


class TestThePairTogetherAtAPlace:
    @pytest.mark.parametrize(
        ("second", "met"),
        [
            (
                "The two leaders spoke Monday at Hyderabad House.",
                [("olaf-scholz", "narendra-modi")],
            ),
            ("The two leaders spoke Monday by phone from Hyderabad House.", []),
        ],
    )
    def test_the_two_leaders_at_a_venue_met(self, second: str, met: list[tuple[str, ...]]) -> None:
        """ "The two leaders spoke Friday at the White House" after a sentence naming them:
        the pair met there; by phone they did not."""
        text = (
            f"Chancellor Olaf Scholz and Prime Minister Narendra Modi warned Russia.\n\n{second}\n"
        )
        assert met == [p for p in _people_met(text) if len(p) > 1]


class TestAudience:
    def test_an_audience_with_someone_is_a_meeting(self) -> None:
        """ "Scholz was received in an audience with Prime Minister Modi": a meeting."""
        text = "This morning Scholz was received in an audience with Prime Minister Modi.\n"
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    def test_an_audience_granted_to_someone_is_a_meeting(self) -> None:
        """ "Prime Minister Modi granted an audience to Chancellor Scholz": a meeting."""
        text = "Prime Minister Modi granted an audience to Chancellor Olaf Scholz this morning.\n"
        assert [("narendra-modi", "olaf-scholz")] == _people_met(text)


class TestTimeOfTheTopic:
    def test_a_year_in_the_purpose_is_the_topic_s(self) -> None:
        """ "met Modi to express gratitude for the rescue last year": last year is the
        rescue's; the meeting is the story's day."""
        text = (
            "On Monday Scholz arrived in New Delhi.\n\n"
            "Scholz met Prime Minister Modi to express gratitude for the rescue last year.\n"
        )
        assert ["2024-02-26"] == _days_met(text, "narendra-modi")


class TestSender:
    def test_the_sender_of_a_message_is_not_met(self) -> None:
        """ "met Modi and passed on a message of congratulations from Chancellor Olaf Scholz":
        the sender was not there."""
        text = (
            "Foreign Minister Subrahmanyam Jaishankar met Prime Minister Modi and passed on a"
            " message of congratulations from Chancellor Olaf Scholz.\n"
        )
        assert [] == [p for p in _people_met(text) if "olaf-scholz" in p]

    def test_a_sender_after_from_in_capitals_is_not_met(self) -> None:
        """ "a message of congratulations FROM Chancellor Olaf Scholz": "from" in any case
        names the sender (the quick test for the word reads every case)."""
        text = (
            "Foreign Minister Subrahmanyam Jaishankar met Prime Minister Modi and passed on a"
            " message of congratulations FROM Chancellor Olaf Scholz.\n"
        )
        assert [] == [p for p in _people_met(text) if "olaf-scholz" in p]


class TestTimeAheadOfSomethingElse:
    def test_a_future_time_far_after_the_meeting_word_is_another_thing_s(self) -> None:
        """ "met Modi and passed on ... an invitation to the summit in Berlin next year": the
        meeting is the story's day; next year is the summit's."""
        text = (
            "On Monday Scholz attended the ceremony.\n\n"
            "Scholz met Prime Minister Modi and passed on a message, alongside an invitation to"
            " the summit in Berlin next year.\n"
        )
        assert ["2024-02-26"] == _days_met(text, "narendra-modi")


class TestLooseLists:
    def test_each_counterpart_in_a_list_met_the_subject(self) -> None:
        """Outside a visit, "Scholz met Modi, Jaishankar and Murmu" is Scholz's meeting with
        each of them."""
        text = (
            "Scholz met with Prime Minister Narendra Modi, Foreign Minister"
            " Subrahmanyam Jaishankar and President Droupadi Murmu on Monday.\n"
        )
        people = sorted(p for p, _, _ in loose_meetings(text))
        assert [
            ("olaf-scholz", "droupadi-murmu"),
            ("olaf-scholz", "narendra-modi"),
            ("olaf-scholz", "s-jaishankar"),
        ] == people

    @pytest.mark.parametrize(
        "text",
        [
            "Scholz met with Prime Minister Narendra Modi and Japanese Prime Minister"
            " Fumio Kishida on Monday.\n",
            # a list written with semicolons, a country after each name
            "Scholz met with his counterparts, Prime Minister Narendra Modi, India; and Prime"
            " Minister Fumio Kishida, Japan on Monday.\n",
        ],
    )
    def test_counterparts_of_several_countries_listed_met_together(self, text: str) -> None:
        """ "Scholz met with India's Modi and Japan's Kishida" lists people of two countries
        other than his: one meeting of the three, not two."""
        knowledge = GROUP_KNOWLEDGE.with_actors(
            [Actor(id=ActorId("fumio-kishida"), name="Fumio Kishida", country="JP")]
        )
        parts = [SourceStatements(source=source(text, "l"))]
        meetings = assemble(parts, knowledge).meetings
        assert [("fumio-kishida", "narendra-modi", "olaf-scholz")] == [
            m.participants for m in meetings
        ]

    def test_the_sentence_s_one_venue_is_each_meeting_s(self) -> None:
        """ "Scholz visited the Ministry of Defence, where he met Jaishankar and President
        Murmu": the one venue the sentence names is where he met each of them."""
        parts = [
            SourceStatements(
                source=source(
                    OPENING + "During his visit, Scholz visited the Ministry of Defence, where he"
                    " met with Foreign Minister Subrahmanyam Jaishankar and President Droupadi"
                    " Murmu." + CLOSING,
                    "v",
                )
            )
        ]
        (visit,) = assemble(parts, GROUP_KNOWLEDGE).visits
        assert {"Ministry of Defence"} == {m.location for m in visit.meetings}

    def test_he_met_them_is_the_protagonist_meeting_each(self) -> None:
        """ "He met yesterday with Jaishankar and President Murmu" in a story about Scholz:
        Scholz met each of them; they did not meet each other."""
        text = (
            "Chancellor Olaf Scholz said trade would grow. Scholz praised India's reforms.\n\n"
            "He met yesterday with Foreign Minister Subrahmanyam Jaishankar and President"
            " Droupadi Murmu in New Delhi.\n\nScholz said he was pleased.\n"
        )
        assert [
            ("olaf-scholz", "droupadi-murmu"),
            ("olaf-scholz", "s-jaishankar"),
        ] == sorted(p for p, _, _ in loose_meetings(text))

    @pytest.mark.parametrize(
        ("subject", "met"),
        [
            (
                "He spoke with reporters",
                [("olaf-scholz", "droupadi-murmu"), ("olaf-scholz", "s-jaishankar")],
            ),
            ("Lawmakers spoke with reporters", []),
        ],
    )
    def test_after_meeting_with_them_he_did_something_else(
        self, subject: str, met: list[tuple[str, ...]]
    ) -> None:
        """ "He spoke with reporters after meeting with officials, including Jaishankar and
        President Murmu": the protagonist met each; "Lawmakers ... after meeting with" tells
        of other people's meetings."""
        text = (
            "Chancellor Olaf Scholz said trade would grow. Scholz praised India's reforms.\n\n"
            f"{subject} after meeting with officials, including Foreign Minister Subrahmanyam"
            " Jaishankar and President Droupadi Murmu.\n\nScholz said he was pleased.\n"
        )
        assert met == sorted(p for p, _, _ in loose_meetings(text))

    def test_they_met_them_is_the_protagonist_meeting_each(self) -> None:
        """ "They also met with Jaishankar and President Murmu": those named after the
        meeting word are the other side; they did not meet each other."""
        text = (
            "Chancellor Olaf Scholz said trade would grow. Scholz praised India's reforms.\n\n"
            "They also met with Foreign Minister Subrahmanyam Jaishankar and President"
            " Droupadi Murmu in New Delhi.\n\nScholz said he was pleased.\n"
        )
        assert [
            ("olaf-scholz", "droupadi-murmu"),
            ("olaf-scholz", "s-jaishankar"),
        ] == sorted(p for p, _, _ in loose_meetings(text))

    def test_he_met_separately_people_of_two_countries(self) -> None:
        """ "He also met separately with Jaishankar and Japan's Kishida": Scholz met each of
        them, though they are of two countries."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("fumio-kishida"), name="Fumio Kishida", country="JP")]
        )
        text = (
            "Chancellor Olaf Scholz said trade would grow. Scholz praised India's reforms.\n\n"
            "He also met separately with Foreign Minister Subrahmanyam Jaishankar and Japanese"
            " Prime Minister Fumio Kishida in New Delhi.\n\nScholz said he was pleased.\n"
        )
        parts = [SourceStatements(source=source(text, "sep"))]
        assert [("fumio-kishida", "olaf-scholz"), ("olaf-scholz", "s-jaishankar")] == sorted(
            tuple(sorted(m.participants)) for m in assemble(parts, knowledge).meetings
        )

    @pytest.mark.parametrize("day", ["February 20 terror attacks", "Feb. 20, 2023, attacks"])
    def test_a_date_naming_another_event_does_not_date_the_meeting(self, day: str) -> None:
        """ "In a meeting with Jaishankar, Scholz mourned those killed in the February 20
        attacks" (or "the Feb. 20, 2023, attacks", the year's comma before the noun): the
        meeting is not dated by the attacks' day."""
        text = (
            "In a meeting with Foreign Minister Subrahmanyam Jaishankar, Scholz mourned those"
            f" killed in the {day}.\n"
        )
        found = find_meeting_mentions(source(text, "att"), KNOWLEDGE, KNOWLEDGE.places)
        assert [None] == [m.date for m in found if len(m.people) > 1]

    def test_one_who_came_along_is_no_party_to_the_meeting(self) -> None:
        """ "Scholz, along with Ambassador Mara Lindqvist, met with Jaishankar": Scholz met
        Jaishankar; the ambassador came with him."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("mara-lindqvist"), name="Mara Lindqvist", country="DE")]
        )
        text = (
            "Chancellor Olaf Scholz, along with German Ambassador Mara Lindqvist, met with Foreign"
            " Minister Subrahmanyam Jaishankar in New Delhi.\n"
        )
        assert [("olaf-scholz", "s-jaishankar")] == _people_met(text, knowledge)

    def test_a_meeting_named_later_in_the_sentence_is_another(self) -> None:
        """ "Scholz met today with Jaishankar to build on the May 21 Summit between Modi and
        Macron": Scholz met Jaishankar; the summit's people were not there."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("emmanuel-macron"), name="Emmanuel Macron", country="FR")]
        )
        text = (
            "Chancellor Olaf Scholz met today with Foreign Minister Subrahmanyam Jaishankar to"
            " build on the momentum from the May 21 Summit between Prime Minister Narendra"
            " Modi and President Emmanuel Macron.\n"
        )
        assert [("olaf-scholz", "s-jaishankar")] == _people_met(text, knowledge)

    def test_a_protagonist_of_no_known_country_met_them(self) -> None:
        """A story about "Gen. Jon Berg" (no data file, no country in his title): "He met
        yesterday with Jaishankar and President Murmu" is his meeting with each."""
        text = (
            "Gen. Jon Berg, commander of the fleet, toured the region this week. Berg praised"
            " the sailors. Berg said ties were strong.\n\nHe met yesterday with Foreign"
            " Minister Subrahmanyam Jaishankar and President Droupadi Murmu in New Delhi.\n"
        )
        extraction = parse([source(text, "prot")], knowledge=load_knowledge())
        assert [("jon-berg", "droupadi-murmu"), ("jon-berg", "subrahmanyam-jaishankar")] == sorted(
            m.participants for m in extraction.meetings
        )

    def test_two_compatriots_meeting_is_no_meeting_between_countries(self) -> None:
        """ "Modi met Foreign Minister Jaishankar on Monday" outside a visit: one side."""
        text = "Narendra Modi met Foreign Minister Subrahmanyam Jaishankar on Monday.\n"
        assert [] == loose_meetings(text)

    def test_compatriots_listed_together_are_one_side(self) -> None:
        """ "The Indian side was represented by Modi, Jaishankar and Murmu" is no meeting of
        Modi with his own ministers."""
        text = (
            "On Monday the Indian side was represented at the meeting by Prime Minister Narendra"
            " Modi, Foreign Minister Subrahmanyam Jaishankar and President Droupadi Murmu.\n"
        )
        assert [] == loose_meetings(text)


class TestWelcomedTo:
    def test_the_place_a_guest_is_welcomed_to_is_the_venue(self) -> None:
        """ "a meeting to welcome Chancellor Olaf Scholz to the Rashtrapati Bhavan" was held
        there."""
        text = (
            "Modi held a meeting to welcome German Chancellor Olaf Scholz to the"
            " Rashtrapati Bhavan on Monday.\n"
        )
        page = source(text, "w")
        venues = [
            m.venue.name
            for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)
            if m.venue is not None
        ]
        assert ["Rashtrapati Bhavan"] == venues

    def test_a_long_aside_between_guest_and_place(self) -> None:
        """ "welcomed Crown Prince X, who is also the country's prime minister, to the
        Pentagon": the aside about the guest does not hide the welcome."""
        text = (
            "Defense Secretary Lloyd Austin welcomed Bahrain Crown Prince Salman bin Hamad Al"
            " Khalifa, who is also the country's prime minister, to the Pentagon today.\n"
        )
        knowledge = KNOWLEDGE.with_actors(
            [
                Actor(id=ActorId("lloyd-austin"), name="Lloyd Austin", country="US"),
                Actor(id=ActorId("salman-bh"), name="Salman bin Hamad Al Khalifa", country="BH"),
            ]
        )
        page = source(text, "w")
        people = [m.people for m in find_meeting_mentions(page, knowledge, knowledge.places)]
        assert [("lloyd-austin", "salman-bh")] == people


class TestFirstPersonInTranscripts:
    def _people(self, line: str) -> list[tuple[str, ...]]:
        text = f"Olaf Scholz, Chancellor: Thank you all for coming today. {line}\n"
        page = source(text, "f")
        return [m.people for m in find_meeting_mentions(page, KNOWLEDGE, KNOWLEDGE.places)]

    def test_i_is_the_labelled_speaker(self) -> None:
        """ "I've just had a meeting with Modi" under Scholz's label is Scholz's meeting."""
        assert [("olaf-scholz", "narendra-modi")] == self._people(
            "I've just had a meeting with Prime Minister Narendra Modi."
        )

    def test_i_is_the_subject_across_a_comma(self) -> None:
        """ "I'm very, very pleased to have just met with Prime Minister Rask" (a person of
        no known country): the comma between the adverbs does not part "I" from the meeting
        word."""
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("tiko-rask"), name="Tiko Rask")])
        text = (
            "Olaf Scholz, Chancellor: Thank you all for coming today. And I'm very, very"
            " pleased to have just met with Prime Minister Tiko Rask.\n"
        )
        page = source(text, "f")
        people = [m.people for m in find_meeting_mentions(page, knowledge, knowledge.places)]
        assert [("olaf-scholz", "tiko-rask")] == people

    def test_a_meeting_ahead_is_no_meeting_of_the_speaker(self) -> None:
        """ "I'll meet Modi tomorrow" does not put the speaker at a meeting now."""
        assert [] == [
            p for p in self._people("I'll meet Prime Minister Narendra Modi.") if len(p) > 1
        ]

    def test_me_or_we_with_one_other_country_is_the_speaker_s_meeting(self) -> None:
        """ "a pleasure for me to have a discussion with Prime Minister Modi face-to-face"
        names the speaker by "me": Scholz met Modi."""
        assert [("olaf-scholz", "narendra-modi")] == self._people(
            "It was a pleasure for me to have a discussion with Prime Minister Modi face-to-face."
        )

    def test_we_with_someone_of_no_known_country_beside_one_of_another(self) -> None:
        """ "Jointly with President Tiko Rask and Prime Minister Modi we held talks": Rask,
        of no known country, is named with Modi's; the speaker was there."""
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("tiko-rask"), name="Tiko Rask")])
        text = (
            "Olaf Scholz, Chancellor: Thank you all for coming today. Jointly with President"
            " Tiko Rask and Prime Minister Narendra Modi we held substantial talks.\n"
        )
        page = source(text, "f")
        people = [m.people for m in find_meeting_mentions(page, knowledge, knowledge.places)]
        assert [("olaf-scholz", "tiko-rask", "narendra-modi")] == people

    def test_a_quoted_we_is_not_the_speaker_s(self) -> None:
        """'"We attach importance to this," Tiko Rask said after meeting Modi' under
        Scholz's label: the "we" is Rask's, Scholz did not meet Modi."""
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("tiko-rask"), name="Tiko Rask")])
        text = (
            "Olaf Scholz, Chancellor: Thank you all for coming today. “We attach importance"
            " to this,” Tiko Rask said after meeting with Prime Minister Narendra Modi.\n"
        )
        page = source(text, "f")
        people = [m.people for m in find_meeting_mentions(page, knowledge, knowledge.places)]
        assert [("tiko-rask", "narendra-modi")] == people

    def test_a_greeting_s_to_meet_is_the_meeting_now(self) -> None:
        """ "it's a pleasure to meet with you again" under Scholz's label: Scholz meets Modi
        on the day of the speech, not at some time ahead."""
        text = (
            "Olaf Scholz, Chancellor: Good morning, everyone.\n\n"
            "Prime Minister Modi, it's a pleasure to meet with you again as we continue"
            " our work.\n"
        )
        found = find_meeting_mentions(source(text, "g"), KNOWLEDGE, KNOWLEDGE.places)
        assert [(("olaf-scholz", "narendra-modi"), MONDAY_EVENING.date().isoformat())] == [
            (m.people, None if m.date is None else str(m.date.date)) for m in found
        ]

    def test_a_meeting_to_come_after_a_greeting_is_still_ahead(self) -> None:
        """ "a pleasure, and I'm due to meet Modi": the greeting is not before "to meet"."""
        assert [] == [
            p
            for p in self._people(
                "It is a pleasure to be here, and the Chancellor is due to meet Prime Minister"
                " Narendra Modi."
            )
            if len(p) > 1
        ]

    def test_we_beside_two_other_countries_adds_nobody(self) -> None:
        """ "We welcome the talks between Modi and Kishida": a meeting of two other countries
        is not the speaker's."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("fumio-kishida"), name="Fumio Kishida", country="JP")]
        )
        text = (
            "Olaf Scholz, Chancellor: Thank you all for coming today. We welcome the talks"
            " between Prime Minister Narendra Modi and Prime Minister Fumio Kishida.\n"
        )
        assert [("narendra-modi", "fumio-kishida")] == _people_met(text, knowledge)


class TestSignedTogether:
    @pytest.mark.parametrize(
        "signers",
        [
            "Chancellor Olaf Scholz and Indian Prime Minister Narendra Modi",
            "Chancellor Olaf Scholz, alongside Indian Prime Minister Narendra Modi,",
            # the first one's office in apposition before "and"
            "Olaf Scholz, the Chancellor of Germany, and Indian Prime Minister Narendra Modi",
        ],
    )
    def test_two_of_two_countries_who_signed_together_met(self, signers: str) -> None:
        """ "Chancellor Olaf Scholz and Indian Prime Minister Narendra Modi signed an accord
        Monday", "Scholz, alongside ... Modi, signed" or "Scholz, the Chancellor of Germany,
        and ... Modi signed": the two met."""
        text = f"{signers} signed a migration accord on Monday.\n"
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    def test_a_signer_of_no_known_country_with_one_of_a_known_country_met(self) -> None:
        """ "Scholz and Defense Minister Tiko Rask signed a joint vision statement here":
        Rask's country is unknown, Scholz's is not; the two met."""
        text = (
            "Chancellor Olaf Scholz and Defense Minister Tiko Rask signed a joint vision"
            " statement here on Monday.\n"
        )
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("tiko-rask"), name="Tiko Rask")])
        assert [("olaf-scholz", "tiko-rask")] == _people_met(text, knowledge)

    def test_one_who_signed_with_another_met_them(self) -> None:
        """ "Scholz co-signed the partnership with Defense Minister Tiko Rask": the two met;
        "the declaration I signed with Rask" after Scholz's name is someone else's signing."""
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("tiko-rask"), name="Tiko Rask")])
        signed = (
            "Chancellor Olaf Scholz, on a visit, co-signed the partnership with Defense"
            " Minister Tiko Rask on Monday.\n"
        )
        other = (
            "Chancellor Olaf Scholz praised the declaration I signed last year with Defense"
            " Minister Tiko Rask.\n"
        )
        assert ([("olaf-scholz", "tiko-rask")], []) == (
            _people_met(signed, knowledge),
            [p for p in _people_met(other, knowledge) if len(p) > 1],
        )

    def test_what_was_signed_may_carry_its_letters_in_brackets(self) -> None:
        """ "Scholz signed a Memorandum of Understanding (MOU) with the Honorable Tiko Rask":
        the letters of the thing signed are words of it; the two met."""
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("tiko-rask"), name="Tiko Rask")])
        text = (
            "Chancellor Olaf Scholz today signed a Memorandum of Understanding (MOU) with the"
            " Honorable Tiko Rask, Minister of Foreign Affairs.\n"
        )
        assert [("olaf-scholz", "tiko-rask")] == _people_met(text, knowledge)

    def test_compatriots_who_signed_did_not_meet_as_countries(self) -> None:
        """ "Chancellor Scholz and Minister Rask signed the budget", both known to be German:
        one side, no meeting of countries."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("tiko-rask"), name="Tiko Rask", country="DE")]
        )
        text = "Chancellor Olaf Scholz and Minister Tiko Rask signed the budget on Monday.\n"
        assert [] == [p for p in _people_met(text, knowledge) if len(p) > 1]

    def test_one_signer_meets_no_one_named_after(self) -> None:
        """ "Scholz signed the bill, Modi said" is no meeting."""
        text = "Chancellor Olaf Scholz signed the bill on Monday, Narendra Modi said.\n"
        found = find_meeting_mentions(source(text, "s"), KNOWLEDGE, KNOWLEDGE.places)
        assert [] == [m.people for m in found if len(m.people) > 1]


class TestLongRanges:
    def test_in_recent_years_dates_no_meeting(self) -> None:
        """ "have met many times in recent years" gives the meeting no date five years back."""
        text = "Scholz and Prime Minister Narendra Modi have met many times in recent years.\n"
        found = find_meeting_mentions(source(text, "r"), KNOWLEDGE, KNOWLEDGE.places)
        assert [None] == [str(m.date.date) if m.date and m.date.date else None for m in found]


class TestBackstory:
    def test_an_earlier_meeting_after_since_does_not_date_this_one(self) -> None:
        """ "..., since we met in Davos in January": the month is the earlier meeting's."""
        text = (
            "Olaf Scholz held talks with Prime Minister Narendra Modi today, since they met"
            " in Davos in January.\n"
        )
        (mention,) = find_meeting_mentions(source(text, "b"), KNOWLEDGE, KNOWLEDGE.places)
        assert ("2024-02-26", None) == (
            str(mention.date.date) if mention.date else None,
            mention.city,
        )

    def test_a_dialogue_had_is_a_meeting_apart_from_the_ones_it_builds_on(self) -> None:
        """ "Modi and I had a constructive dialogue, building on our meetings in Davos and
        Tokyo": today's meeting, not one in another city."""
        text = (
            "Olaf Scholz, Chancellor: Today, Prime Minister Modi and I had a very constructive"
            " dialogue, building on the ties we built with meetings in Davos and Tokyo.\n"
        )
        (mention,) = find_meeting_mentions(source(text, "d"), KNOWLEDGE, KNOWLEDGE.places)
        assert (("narendra-modi", "olaf-scholz"), "2024-02-26", None) == (
            tuple(sorted(mention.people)),
            str(mention.date.date) if mention.date else None,
            mention.city,
        )


class TestWelcomedToAPlace:
    def test_welcomed_to_a_place_is_a_meeting(self) -> None:
        """ "Scholz welcomed Prime Minister Modi to the Chancellery" is a meeting of the two."""
        text = "Scholz welcomed Prime Minister Narendra Modi to the Chancellery on Monday.\n"
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    def test_welcoming_a_decision_is_no_meeting(self) -> None:
        """ "Scholz welcomed Modi's decision to join" meets nobody."""
        text = "Scholz welcomed the decision by Narendra Modi to join the accord on Monday.\n"
        assert [] == _people_met(text)


class TestAddressedByOffice:
    @staticmethod
    def _met(
        speech: str,
        opening: str = (
            "Madam Federal Chancellor, colleagues, we are delighted to welcome you to the Kremlin."
        ),
    ) -> list[tuple[str, ...]]:
        """Who met, in Putin's speech opening "Madam Federal Chancellor," on 20 August 2021."""
        text = f"President of Russia Vladimir Putin: {opening} {speech}\n"
        page = evolve(
            read_source(text, source_id="k"),
            published=dt.datetime(2021, 8, 20, 12, tzinfo=dt.UTC),
        )
        full = load_knowledge()
        found = find_meeting_mentions(page, full, full.places)
        return [m.people for m in found if len(m.people) > 1]

    def test_an_office_and_the_country_the_speech_names_give_the_guest(self) -> None:
        """ "Madam Federal Chancellor," in a speech about Germany, on 20 August 2021, is
        Angela Merkel, who met the speaker."""
        speech = "Germany remains one of our main partners, and trade with Germany grew. " * 5
        assert [("vladimir-putin", "angela-merkel")] == self._met(speech)

    def test_an_office_addressed_after_the_audience_names_the_guest(self) -> None:
        """ "Dear ladies and gentlemen, Dear Madam Federal Chancellor,": the audience first,
        then the guest by office."""
        speech = "Germany remains one of our main partners, and trade with Germany grew. " * 5
        opening = "Dear ladies and gentlemen, Dear Madam Federal Chancellor, thank you."
        assert [("vladimir-putin", "angela-merkel")] == self._met(speech, opening)

    def test_comrade_and_an_office_name_the_guest(self) -> None:
        """ "Comrade Prime Minister," in a speech about Vietnam, on 22 May 2019, is Nguyen
        Xuan Phuc."""
        text = (
            "President of Russia Vladimir Putin: Comrade Prime Minister, friends, colleagues,"
            " I am very glad to see you at the Kremlin. "
            + "Trade between Vietnam and Russia is growing, and Vietnam is a friend. "
            * 5
        )
        page = evolve(
            read_source(text, source_id="v"),
            published=dt.datetime(2019, 5, 22, 12, tzinfo=dt.UTC),
        )
        full = load_knowledge()
        found = find_meeting_mentions(page, full, full.places)
        assert [("vladimir-putin", "nguyen-xuan-phuc")] == [
            m.people for m in found if len(m.people) > 1
        ]

    def test_an_office_addressed_in_a_later_paragraph_gives_the_guest(self) -> None:
        """A speech opening "Friends, ..." whose next paragraph is "Madam Federal
        Chancellor," addresses the guest there."""
        opening = (
            "Friends, we are delighted to welcome the German delegation.\n\n"
            "Madam Federal Chancellor,\n\n"
        )
        speech = "Germany remains one of our main partners, and trade with Germany grew. " * 5
        assert [("vladimir-putin", "angela-merkel")] == self._met(speech, opening)

    def test_an_office_addressed_after_excellency_gives_the_guest(self) -> None:
        """ "Excellency Madam Federal Chancellor," after the label's spaces addresses the
        guest by office as "Madam Federal Chancellor," does."""
        speech = "Germany remains one of our main partners, and trade with Germany grew. " * 5
        opening = (
            " Excellency Madam Federal Chancellor, colleagues, we are delighted to welcome"
            " you to the Kremlin."
        )
        assert [("vladimir-putin", "angela-merkel")] == self._met(speech, opening)

    def test_two_countries_named_alike_give_nobody(self) -> None:
        """With two other countries named as often, the office names no one."""
        assert [] == self._met("Germany and France remain our partners. " * 5)


class TestMergingOrder:
    def test_the_same_pair_in_either_order_is_one_meeting(self) -> None:
        """ "Scholz met Modi" and "Modi met Scholz" the same day are one meeting."""
        text = "Scholz met Modi in Delhi on Monday.\n\nOn Monday, Modi met Scholz for talks.\n"
        assert 1 == len([m for m in _meetings_of(source(text, "o")) if m.kind.value == "talks"])


class TestCoarseDates:
    def test_a_page_dated_to_the_month_dates_its_meetings_to_the_month(self) -> None:
        """A source dated "2024-02" (no day) gives its undated meetings that month, no day."""
        text = OPENING + "Scholz met Modi for talks on trade." + CLOSING
        page = read_source(text, source_id="m", published="2024-02")
        (visit,) = assemble([SourceStatements(source=page)], GROUP_KNOWLEDGE).visits
        assert ["2024-02"] == [str(m.date) for m in visit.meetings]


class TestRangesOfDays:
    def test_a_meeting_in_a_range_of_days_is_dated_to_its_month(self) -> None:
        """ "met Modi on Feb. 19-21" is a meeting some day of those three: the month, not
        the 19th."""
        text = "Scholz met Modi in New Delhi on Feb. 19-21 for talks on trade.\n"
        assert ["2024-02"] == [str(m.date) for m in _meetings_of(source(text, "r"))]

    def test_a_meeting_with_no_day_falls_within_the_trip_s_days(self) -> None:
        """A trip told as "visited India Feb. 19-21" dates its undated meetings to the month
        that holds those days, not to the publication day."""
        text = (
            "Scholz toured India Feb. 19-21.\n\n"
            "During his visit, Scholz met Prime Minister Narendra Modi.\n"
        )
        assert ["2024-02"] == [str(m.date) for m in _meetings_of(source(text, "t"))]

    def test_a_trip_ending_on_the_story_s_day_is_over(self) -> None:
        """ "visited India to meet leaders, Feb. 20-26", published on the 26th: the trip's
        days are past, not a plan, and date its meetings to their month."""
        text = (
            "Scholz visited India to meet government leaders, Feb. 20-26.\n\n"
            "In New Delhi, Scholz met with Prime Minister Narendra Modi.\n"
        )
        assert ["2024-02"] == [str(m.date) for m in _meetings_of(source(text, "t"))]

    def test_a_day_told_for_one_meeting_of_a_trip_dates_no_other(self) -> None:
        """ "visited India Feb. 19-21"; "On Feb. 19, Scholz met Modi."; next paragraph "Scholz
        also met Jaishankar": some day of the trip, not the 19th the reader cannot tell."""
        text = (
            "Scholz visited India Feb. 19-21.\n\n"
            "On Feb. 19, Scholz met Prime Minister Narendra Modi.\n\n"
            "Scholz also met Foreign Minister Subrahmanyam Jaishankar.\n"
        )
        dates = {
            tuple(sorted(m.participants)): str(m.date) for m in _meetings_of(source(text, "t"))
        }
        assert {
            ("narendra-modi", "olaf-scholz"): "2024-02-19",
            ("olaf-scholz", "s-jaishankar"): "2024-02",
        } == dates

    def test_last_week_of_another_occasion_is_no_trip(self) -> None:
        """ "The advisers held their first joint talks last week" tells another occasion: the
        day the story tells still dates Scholz's later meeting."""
        text = (
            "On Sunday, Scholz met Prime Minister Narendra Modi.\n\n"
            "The national security advisers held their first joint talks last week.\n\n"
            "Scholz also met Foreign Minister Subrahmanyam Jaishankar.\n"
        )
        dates = {
            tuple(sorted(m.participants)): str(m.date) for m in _meetings_of(source(text, "t"))
        }
        assert "2024-02-25" == dates[("olaf-scholz", "s-jaishankar")]

    def test_two_different_ranges_date_nothing(self) -> None:
        """A story naming two different trips' days gives no span to an undated meeting."""
        text = (
            "Scholz toured France Feb. 19-21.\n\n"
            "He was in Japan Jan. 3-5.\n\n"
            "During his visit, Scholz met Prime Minister Narendra Modi.\n"
        )
        assert "2024-02" not in [str(m.date) for m in _meetings_of(source(text, "t"))]


def _dated_people(text: str, name: str) -> list[tuple[tuple[ActorId, ...], str | None]]:
    """The people and the day of each meeting mention in a page published Monday evening."""
    found = find_meeting_mentions(source(text, name), KNOWLEDGE, KNOWLEDGE.places)
    return [(m.people, str(m.date.date) if m.date and m.date.date else None) for m in found]


def _people_met(text: str, knowledge: KnowledgeBase = KNOWLEDGE) -> list[tuple[ActorId, ...]]:
    """The people of each meeting mention in a page published Monday evening."""
    return [m.people for m in find_meeting_mentions(source(text, "p"), knowledge, knowledge.places)]


def _full_mentions(
    text: str, published: dt.datetime, outlet_name: str | None = None
) -> list[MeetingMention]:
    """The meeting mentions naming people, with the full bundled knowledge, of a page
    published at ``published`` (UTC)."""
    page = evolve(
        read_source(text, source_id="f", outlet_name=outlet_name),
        published=published.replace(tzinfo=dt.UTC),
    )
    full = load_knowledge()
    return [m for m in find_meeting_mentions(page, full, full.places) if m.people]


def _days_met(text: str, person: str) -> list[str | None]:
    """The day of each meeting mention of ``person`` in a page published Monday evening."""
    found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
    return [str(m.date.date) if m.date else None for m in found if person in m.people]


def _group_meeting_dates(text: str) -> list[str]:
    """The dates of the meetings a page read with the group knowledge reports."""
    parts = [SourceStatements(source=read_source(text, source_id="r"))]
    return [str(m.date) for m in assemble(parts, GROUP_KNOWLEDGE).meetings]


def _meetings_of(page: Source) -> list[Meeting]:
    extraction = assemble([SourceStatements(source=page)], KNOWLEDGE)
    return [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]


class TestDescribedHosts:
    def test_an_unnamed_prime_minister_of_the_story_s_country_met_the_guest(self) -> None:
        """ "The Prime Minister met X in Delhi", in a story naming India, is the Indian prime
        minister's meeting, though the text never gives his name."""
        knowledge = KNOWLEDGE.with_actors(
            [
                Actor(
                    id=ActorId("narendra-modi"),
                    name="Narendra Modi",
                    country="IN",
                    roles=(Role(title="Prime Minister", start=PartialDate(year=2014)),),
                )
            ]
        )
        full = load_knowledge().with_actors(knowledge.actors)
        text = (
            "The Prime Minister met German Chancellor Olaf Scholz in New Delhi today.\n\n"
            "They discussed trade between India and Germany.\n"
        )
        page = source(text, "pm")
        people = [m.people for m in find_meeting_mentions(page, full, full.places) if m.people]
        assert [("narendra-modi", "olaf-scholz")] == people[:1]


def _parsed_meetings(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(m.participants)) for m in _all_meetings(text, MONDAY_EVENING))


class TestWhatTheyDiscussed:
    TEXT = (
        "Visit news\n\nNEW DELHI - Chancellor Olaf Scholz and Indian Prime Minister Narendra"
        " Modi discussed President Emmanuel Macron’s Feb. 15 visit to India, officials said"
        " on Monday.\n"
    )

    def test_the_subjects_of_discussed_met_not_the_one_discussed(self) -> None:
        """ "Scholz and Modi discussed President Macron's visit": Macron was not there."""
        assert [("narendra-modi", "olaf-scholz")] == _parsed_meetings(self.TEXT)

    def test_the_day_of_the_occasion_discussed_is_not_the_meeting_s(self) -> None:
        """ "India's Feb. 15 launch" dates the launch, not a meeting of Scholz and Modi."""
        text = (
            "Visit news\n\nNEW DELHI - In a meeting with his Indian counterpart today,"
            " Chancellor Olaf Scholz underscored the partnership.\n\nScholz and Prime Minister"
            " Narendra Modi discussed India’s Feb. 15 launch of its lunar probe.\n"
        )
        meetings = _all_meetings(text, MONDAY_EVENING)
        assert ["2024-02-26"] == [str(m.date) for m in meetings]


class TestAMeetingANameOwns:
    def test_the_owner_and_those_after_with_met_not_the_others(self) -> None:
        """ "Jaishankar's visit follows Scholz's meeting last week with Prime Minister Modi":
        the meeting is Scholz's and Modi's; Jaishankar, whose visit it is, was not at it."""
        text = (
            "Minister Subrahmanyam Jaishankar's visit follows Chancellor Olaf Scholz's meeting"
            " last week with Prime Minister Narendra Modi in New Delhi.\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)


class TestReportedBy:
    def test_a_correspondent_who_reports_the_meeting_is_no_party(self) -> None:
        """ "Scholz made the appeal in New Delhi, where he met with the region's leaders, as
        VOA's Senior Diplomatic Correspondent Cindy Saine reports": the correspondent reports
        the meeting, she was not at it."""
        text = (
            "Chancellor Olaf Scholz made the appeal in New Delhi, where he met with the region's"
            " leaders, as VOA's Senior Diplomatic Correspondent Cindy Saine reports.\n"
        )
        assert [] == _parsed_meetings(text)


class TestTalksATripIncluded:
    @pytest.mark.parametrize(
        "clause", ["The visit, which included talks with", "The trip also included meetings with"]
    )
    def test_the_visitor_met_each_one_the_trip_included(self, clause: str) -> None:
        """ "The visit, which included talks with President A and Prime Minister B": the
        visitor met each of them, not they each other."""
        text = (
            "Visit news\n\nBerlin - Chancellor Olaf Scholz visited Bulgaria on Monday, the first"
            " visit by a German chancellor in years.\n\n"
            f"{clause} Bulgarian President Ivo Karan and Prime Minister Tiko Rask, was a"
            " success.\n"
        )
        assert [("ivo-karan", "olaf-scholz"), ("olaf-scholz", "tiko-rask")] == _parsed_meetings(
            text
        )


class TestEnvoysOfTheVisitor:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "Gen. Ola Berg visits Honduras\n\n"
                "TEGUCIGALPA, Honduras - U.S. Army Gen. Ola Berg met with Honduran President"
                " Tiko Rask, Honduran Defense Minister Ana Lima and U.S. Ambassador to Honduras"
                " Kara Croft on Monday.\n\nThe visit was Berg's first to Honduras.\n",
                [("ana-lima", "ola-berg"), ("ola-berg", "tiko-rask")],
                id="an envoy listed with the hosts attends for her compatriot",
            ),
            pytest.param(
                "Berg in Nairobi\n\nNAIROBI, Kenya - U.S. Gen. Ola Berg visited Kenya on Monday."
                " Later, Berg and U.S. Ambassador Ana Lima met with Kenya's Defence"
                " Minister Tiko Rask and Chief of Defence Staff Gen. Ken Oduya in Nairobi.\n\n"
                "They discussed security.\n",
                [("ken-oduya", "ola-berg"), ("ola-berg", "tiko-rask")],
                id="an envoy beside the visitor does not make one side meeting the hosts together",
            ),
            pytest.param(
                "Gen. Ola Berg visits Djibouti\n\n"
                "DJIBOUTI - U.S. Army Gen. Ola Berg and U.S. Ambassador to Djibouti Kara Croft met"
                " with Djiboutian Defense Minister Ana Lima on Monday.\n\n"
                "The visit was Berg's first to Djibouti.\n",
                [("ana-lima", "ola-berg")],
                id="an envoy named beside the visitor came with him",
            ),
            pytest.param(
                "Ambassador meets minister\n\n"
                "TEGUCIGALPA, Honduras - U.S. Ambassador to Honduras Kara Croft met with Honduran"
                " Defense Minister Ana Lima on Monday to discuss security.\n\n"
                "The two spoke for an hour.\n",
                [("ana-lima", "kara-croft")],
                id="an envoy meeting a host alone is a party",
            ),
            pytest.param(
                "Ambassador meets general\n\n"
                "MOSCOW - U.S. Ambassador Kara Croft and Chief of the General Staff, General of"
                " the Army Ana Lima met in Moscow today to discuss security issues.\n\n"
                "The two spoke for an hour.\n",
                [("ana-lima", "kara-croft")],
                id="an envoy and a foreigner named before 'met' met each other",
            ),
        ],
    )
    def test_who_met_whom(self, text: str, expected: list[tuple[str, ...]]) -> None:
        """An envoy of the visitor's country is staff when listed with the hosts or beside
        the visitor, and a party when meeting a host alone or named with a foreigner before
        the meeting word."""
        assert expected == _parsed_meetings(text)


class TestDescribedSubject:
    @pytest.mark.parametrize(
        "subject",
        [
            "The general also met with",  # a rank standing for the protagonist
            "The Vermont delegation then met with",  # the protagonist's travelling party
            "Meetings were held with",  # no one named holds them but the protagonist
        ],
    )
    def test_the_protagonist_met_each_one_named(self, subject: str) -> None:
        """ "The general also met with Minister Lima and Gen. Rask" after a story about Gen.
        Berg: Berg met each of them; the two hosts did not meet each other."""
        text = (
            "Gen. Ola Berg visits Honduras\n\n"
            "TEGUCIGALPA, Honduras - U.S. Army Gen. Ola Berg visited Honduras on Monday to"
            " discuss security cooperation.\n\n"
            f"{subject} Honduran Defense Minister Ana Lima and Joint Staff Chief Gen. Tiko Rask"
            " on Monday.\n"
        )
        assert [("ana-lima", "ola-berg"), ("ola-berg", "tiko-rask")] == _parsed_meetings(text)

    @pytest.mark.parametrize(
        ("title", "subject"),
        [
            ("Deputy Administrator", "the Deputy Administrator"),
            ("Under Secretary", "the Under Secretary"),
            ("Assistant Secretary", "the Assistant Secretary"),
        ],
    )
    def test_an_office_of_two_words_stands_for_the_protagonist(
        self, title: str, subject: str
    ) -> None:
        """ "After arriving, the Deputy Administrator met with A, B and C" in a readout of
        Deputy Administrator Berg's trip: Berg met each of them."""
        text = (
            f"{title} Berg visits Honduras\n\n"
            f"On May 14, {title} Ola Berg completed a trip to Honduras.\n\n"
            f"After arriving in Tegucigalpa, {subject} met with Honduran Defense Minister Ana"
            " Lima and Joint Staff Chief Gen. Tiko Rask to discuss cooperation.\n"
        )
        assert [("ana-lima", "ola-berg"), ("ola-berg", "tiko-rask")] == _parsed_meetings(text)


class TestSeparateMeetings:
    def test_a_named_subject_met_each_separately(self) -> None:
        """ "Berg met separately with Israeli Prime Minister Tiko Rask and Palestinian
        President Ana Lima": one meeting with each, though they are of two countries."""
        text = (
            "Berg in Jerusalem\n\nJERUSALEM - U.S. envoy Ola Berg met separately on Monday with"
            " Israeli Prime Minister Tiko Rask and Palestinian President Ana Lima.\n\n"
            "Berg said the talks were useful.\n"
        )
        assert [("ana-lima", "ola-berg"), ("ola-berg", "tiko-rask")] == _parsed_meetings(text)

    def test_the_reporter_following_separate_meetings_took_part(self) -> None:
        """ "Berg said ... following separate meetings Monday with A and B": Berg met each;
        the reporting verb does not make him a mere reporter of their meeting."""
        text = (
            "Berg in Jerusalem\n\nJERUSALEM - U.S. envoy Ola Berg said progress was possible"
            " following separate meetings Monday with Israeli Prime Minister Tiko Rask and"
            " Palestinian President Ana Lima.\n\nThe talks will go on.\n"
        )
        assert [("ana-lima", "ola-berg"), ("ola-berg", "tiko-rask")] == _parsed_meetings(text)


class TestMeetingsOfAllAtOnce:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Berg held a joint meeting with Honduran Defense Minister Tiko Rask and Foreign"
            " Minister Ana Lima.",
            "Berg met together with Honduran Defense Minister Tiko Rask and Foreign Minister"
            " Ana Lima.",
            "Later, Berg attended a lunch at the palace with Honduran Defense Minister Tiko Rask"
            " and Foreign Minister Ana Lima.",
        ],
    )
    def test_hosts_met_at_once_make_one_meeting(self, sentence: str) -> None:
        """A joint meeting, a meeting "together" or a meal with two hosts of one country is
        one meeting of all three, not one with each."""
        text = (
            "Berg in Tegucigalpa\n\nTEGUCIGALPA, Honduras - U.S. Army Gen. Ola Berg visited"
            f" Honduras on Monday.\n\n{sentence}\n"
        )
        assert [("ana-lima", "ola-berg", "tiko-rask")] == _parsed_meetings(text)

    def test_visitors_a_host_received_make_one_meeting(self) -> None:
        """ "Berg hosted Vice Adm. A and Rear Adm. B": the visitors came as one party and
        met their host together."""
        text = (
            "Visitors in Norfolk\n\nNORFOLK, Va. - U.S. Navy Vice Adm. Ola Berg hosted Vice Adm."
            " Tiko Rask and Rear Adm. Ana Lima, Brazilian Navy, on Monday.\n"
        )
        assert [("ana-lima", "ola-berg", "tiko-rask")] == _parsed_meetings(text)

    def test_hosts_of_a_passive_are_no_party_of_visitors(self) -> None:
        """ "Berg was received by A and B": the people after "by" are hosts, who need not
        have sat together with him; one meeting each."""
        text = (
            "Berg in Tegucigalpa\n\nTEGUCIGALPA, Honduras - U.S. Army Gen. Ola Berg was received"
            " by Honduran President Tiko Rask and Foreign Minister Ana Lima on Monday.\n"
        )
        assert ("ana-lima", "ola-berg", "tiko-rask") not in _parsed_meetings(text)

    def test_a_meal_named_again_is_that_meal(self) -> None:
        """ "Addressing the luncheon, ..." after "attended a lunch at the Palace with A and
        B" is more about that lunch, not talks of their own without its venue."""
        text = (
            "Berg in Tegucigalpa\n\nTEGUCIGALPA, Honduras - U.S. Army Gen. Ola Berg visited"
            " Honduras on Monday.\n\nLater Monday, Berg attended a lunch at the Presidential"
            " Palace with Honduran Defense Minister Tiko Rask and Foreign Minister Ana Lima.\n\n"
            "Addressing the luncheon, Berg spoke of the partnership.\n"
        )
        meetings = _all_meetings(text, MONDAY_EVENING)
        assert [
            (MeetingKind.DINNER, ("ana-lima", "ola-berg", "tiko-rask"), "Presidential Palace")
        ] == [(m.kind, tuple(sorted(m.participants)), m.location) for m in meetings]

    def test_hosts_met_in_turn_make_one_meeting_each(self) -> None:
        """ "met with A and B" of one country, with no word of one sitting: one each."""
        text = (
            "Berg in Tegucigalpa\n\nTEGUCIGALPA, Honduras - U.S. Army Gen. Ola Berg visited"
            " Honduras on Monday.\n\nBerg met with Honduran Defense Minister Tiko Rask and"
            " Foreign Minister Ana Lima.\n"
        )
        assert [("ana-lima", "ola-berg"), ("ola-berg", "tiko-rask")] == _parsed_meetings(text)


class TestUnknownSubject:
    @pytest.mark.parametrize(
        ("subject", "expected"),
        [
            pytest.param("Berg", [], id="a name known to no one"),
            pytest.param(
                "Ana Lima",
                [("ana-lima", "tiko-rask"), ("ana-lima", "uma-roe")],
                id="a known name",
            ),
            pytest.param(
                "They",
                [("ana-lima", "tiko-rask"), ("ana-lima", "uma-roe")],
                id="a pronoun for the story's visitor",
            ),
        ],
    )
    def test_the_people_met_by_an_unknown_subject_did_not_meet_each_other(
        self, subject: str, expected: list[tuple[str, ...]]
    ) -> None:
        """ "Berg met with A and B", Berg in no data file: A and B are whom Berg met, not a
        meeting of the two; a known subject or a pronoun still met each of them."""
        text = (
            "Lima in Tegucigalpa\n\nTEGUCIGALPA, Honduras - U.S. Army Gen. Ana Lima visited"
            f" Honduras on Monday.\n\n{subject} met with Honduran Defense Minister Tiko Rask"
            " and Foreign Minister Uma Roe.\n"
        )
        assert expected == _parsed_meetings(text)


class TestBilateralMeetings:
    @pytest.mark.parametrize(
        "opening",
        [
            # "a series of bilateral meetings": one meeting with each, not one of all three
            "held a series of bilateral meetings",
            # "bilateral consultations" are meetings too
            "continued a series of bilateral consultations",
        ],
    )
    def test_bilateral_meetings_are_one_with_each(self, opening: str) -> None:
        """ "Berg held a series of bilateral meetings: with A of Iran and B of Peru": a
        meeting of the subject with each."""
        text = (
            f"Summit in Kazan\n\nKAZAN - On Monday, President Ola Berg {opening}: with"
            " President of Iran Tiko Rask and President of Peru Ana Lima.\n\nThe summit"
            " ended.\n"
        )
        assert [("ana-lima", "ola-berg"), ("ola-berg", "tiko-rask")] == _parsed_meetings(text)


def _loose_pairs(text: str, knowledge: KnowledgeBase) -> list[tuple[str, ...]]:
    """The pairs (or groups) of one page's loose meetings, each sorted, in order."""
    found = find_meeting_mentions(source(text, "l"), knowledge, knowledge.places)
    return sorted(tuple(sorted(p)) for p, _ in _loose_meetings(found, knowledge))


class TestTheSpeakerAlone:
    def test_the_labelled_speaker_meeting_people_unnamed_pairs_with_no_one(self) -> None:
        """ "Yesterday I had the opportunity to meet with counterparts from Vietnam,
        Cambodia and Laos" under the speaker's label: whom the speaker met it does not say,
        so no one met elsewhere on the page is taken for them."""
        text = (
            "Press Conference Jakarta\n\nOlaf Scholz, Chancellor: I've also just had a"
            " meeting with Narendra Modi, my counterpart from India.\n\n"
            "Yesterday I had the opportunity to meet with counterparts from Vietnam, Cambodia"
            " and Laos.\n"
        )
        assert [("narendra-modi", "olaf-scholz")] == _loose_pairs(text, KNOWLEDGE)

    def test_one_the_speaker_describes_by_office_is_met(self) -> None:
        """ "My cabinet and I have just been hosted to a dinner by the Chancellor": someone
        the speaker met, described by an office."""
        text = (
            "Press Conference Jakarta\n\nNarendra Modi, Prime Minister: I've also just had a"
            " meeting with Olaf Scholz.\n\n"
            "My cabinet and I have just been hosted to a dinner by the Chancellor.\n"
        )
        assert [("narendra-modi", "olaf-scholz")] * 2 == _loose_pairs(text, KNOWLEDGE)


class TestListsAbroad:
    TEXT = (
        "Olaf Scholz met yesterday in New Delhi with Prime Minister Narendra Modi and Vice"
        " Foreign Minister Ravi Anand Kumar in separate meetings.\n"
    )

    def _pairs(self, knowledge: KnowledgeBase) -> list[tuple[str, ...]]:
        found = find_meeting_mentions(source(self.TEXT, "l"), knowledge, knowledge.places)
        return sorted(tuple(sorted(p)) for p, _ in _loose_meetings(found, knowledge))

    def test_one_listed_in_the_hosts_city_is_theirs(self) -> None:
        """A vice minister no data file places, listed with India's prime minister in New
        Delhi, is India's: Scholz met each of them."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("ravi-anand-kumar"), name="Ravi Anand Kumar")]
        )
        assert [("narendra-modi", "olaf-scholz"), ("olaf-scholz", "ravi-anand-kumar")] == (
            self._pairs(knowledge)
        )

    def test_one_listed_elsewhere_is_nobody_s(self) -> None:
        """In the visitor's own capital, the one no data file places may be his aide."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("ravi-anand-kumar"), name="Ravi Anand Kumar")]
        )
        page = source(self.TEXT.replace("New Delhi", "Berlin"), "l")
        found = find_meeting_mentions(page, knowledge, knowledge.places)
        assert [("narendra-modi", "olaf-scholz")] == sorted(
            tuple(sorted(p)) for p, _ in _loose_meetings(found, knowledge)
        )

    UNPLACED = (
        Actor(id=ActorId("ravi-anand-kumar"), name="Ravi Anand Kumar"),
        Actor(id=ActorId("asha-rao"), name="Asha Rao"),
    )

    def test_all_listed_unplaced_in_the_hosts_city_are_theirs(self) -> None:
        """Two no data file places, met in New Delhi: Scholz met each of them."""
        knowledge = KNOWLEDGE.with_actors(self.UNPLACED)
        text = (
            "Olaf Scholz met yesterday in New Delhi with Vice Foreign Minister Ravi Anand Kumar"
            " and Defence Secretary Asha Rao.\n"
        )
        assert [("asha-rao", "olaf-scholz"), ("olaf-scholz", "ravi-anand-kumar")] == (
            _loose_pairs(text, knowledge)
        )

    def test_a_delegation_s_roster_is_one_side(self) -> None:
        """ "The German delegation at the talks included A and B" in New Delhi: Scholz's
        own people, met by no one there."""
        knowledge = KNOWLEDGE.with_actors(self.UNPLACED)
        text = (
            "The German delegation at the talks in New Delhi included Olaf Scholz,"
            " Vice Foreign Minister Ravi Anand Kumar and Defence Secretary Asha Rao.\n"
        )
        assert [] == _loose_pairs(text, knowledge)

    def test_one_listed_in_the_datelines_city_is_theirs(self) -> None:
        """ "NEW DELHI - Scholz met with Modi and Kumar": a sentence naming no city of its
        own took place where the story was filed; the one no data file places is India's."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("ravi-anand-kumar"), name="Ravi Anand Kumar")]
        )
        text = (
            "NEW DELHI, India - Olaf Scholz met yesterday with Prime Minister Narendra Modi"
            " and Vice Foreign Minister Ravi Anand Kumar in separate meetings.\n"
        )
        found = find_meeting_mentions(source(text, "l"), knowledge, knowledge.places)
        assert [("narendra-modi", "olaf-scholz"), ("olaf-scholz", "ravi-anand-kumar")] == sorted(
            tuple(sorted(p))
            for p, _ in _loose_meetings(
                found, knowledge, filed_from=dateline_city(text, knowledge.places)
            )
        )


class TestSpokespeopleEverywhere:
    def test_a_spokesperson_is_no_party_to_any_meeting_found(self) -> None:
        """Whatever found the meeting (a title, a transcript), the spokesperson a readout is
        attributable to reported it and took no part."""
        knowledge = load_knowledge()
        (mention,) = find_meeting_mentions(
            source("Antony Blinken met Wang Yi in Beijing.\n", "s"), knowledge, knowledge.places
        )
        reported = evolve(mention, people=(ActorId("matthew-miller"), ActorId("wang-yi")))
        assert ("wang-yi",) == _without_spokespeople(knowledge, reported).people


def _dated_mention(day: PartialDate, *, narrative: bool = False) -> MeetingMention:
    span = Span(source=SourceId("m"), start=0, end=3, text="met")
    return MeetingMention(
        source=SourceId("m"),
        people=(ActorId("olaf-scholz"), ActorId("narendra-modi")),
        date=TimeExpression(evidence=span, kind="date", date=day),
        evidence=(span,),
        narrative=narrative,
    )


class TestMoreAboutAMonthDatedMeeting:
    _MONTH = PartialDate(year=2024, month=2)
    _DAY = PartialDate(year=2024, month=2, day=26)

    def _refined(self, *, future: bool) -> str:
        target = _dated_mention(self._MONTH, narrative=True)
        base = _dated_mention(self._DAY)
        assert base.date is not None
        base = evolve(base, date=evolve(base.date, future=future))
        words = "Today, it was my honor to meet with Prime Minister Modi."
        trigger = re.search("meet", words)
        more, new_meeting = more_about(
            [target],
            base,
            target,
            people=[ActorId("narendra-modi")],
            words=words,
            trigger=trigger,
            day=self._DAY,
        )
        assert not new_meeting
        return ", ".join(str(m.date.date) if m.date else "-" for m in more)

    def test_a_day_told_about_a_meeting_of_that_month_dates_it(self) -> None:
        """ "Today, it was my honor to meet with Prime Minister Modi" after a title dated
        only to February: the meeting was on the day the sentence tells."""
        assert "2024-02-26" == self._refined(future=False)

    def test_a_day_still_to_come_leaves_the_month(self) -> None:
        """ "... the meeting we will have next Sunday": a day ahead dates something else."""
        assert "2024-02" == self._refined(future=True)


class TestMergeMeetingMentions:
    def _days(self, *mentions: MeetingMention) -> list[str]:
        merged = merge_meeting_mentions([(m.people, m) for m in mentions], timezone=None, prefix="")
        return sorted(str(m.date) for m in merged)

    def test_a_month_joins_a_day_inside_it(self) -> None:
        """A mention dated only to March joins the stated day in March: one meeting."""
        assert ["2024-03-10"] == self._days(
            _dated_mention(PartialDate(year=2024, month=3, day=10)),
            _dated_mention(PartialDate(year=2024, month=3)),
        )

    def test_a_month_never_joins_a_day_of_another_year(self) -> None:
        """A mention of March 2017 is not the same pair's meeting of July 2022."""
        assert ["2017-03", "2022-07-19"] == self._days(
            _dated_mention(PartialDate(year=2022, month=7, day=19)),
            _dated_mention(PartialDate(year=2022, month=7, day=19)),
            _dated_mention(PartialDate(year=2017, month=3), narrative=True),
        )

    def test_a_guessed_month_allows_a_day_just_before_it(self) -> None:
        """The story's month (a guess) still takes a stated day two days before it."""
        assert ["2024-02-28"] == self._days(
            _dated_mention(PartialDate(year=2024, month=2, day=28)),
            _dated_mention(PartialDate(year=2024, month=3), narrative=True),
        )


class TestVenueOfATranscript:
    def test_an_officer_who_opens_the_event_says_where_it_is(self) -> None:
        """ "STAFF: Welcome to the Ministry of Defense" before two leaders speak at length:
        the leaders met at the Ministry of Defense."""
        speech = "Our two countries work together on trade and on security every day. " * 12
        text = (
            "Joint Press Conference of the Two Leaders\n\n"
            "STAFF: Good afternoon, everyone. Welcome to the Ministry of Defense. We will"
            " start with statements.\n\n"
            f"PRESIDENT PUTIN: {speech}\n\n"
            f"CHANCELLOR MERKEL: {speech}\n"
        )
        page = evolve(
            read_source(text, source_id="v"),
            published=dt.datetime(2021, 8, 20, 12, tzinfo=dt.UTC),
        )
        full = load_knowledge()
        found = find_meeting_mentions(page, full, full.places)
        assert [(("vladimir-putin", "angela-merkel"), "Ministry of Defense")] == [
            (m.people, m.venue.name if m.venue else None) for m in found if len(m.people) > 1
        ]

    def test_a_venue_visited_for_the_meeting_is_its_venue(self) -> None:
        """ "Scholz visited the Ministry of Defense for talks with Modi": they met there."""
        text = "Scholz visited the Ministry of Defense on Monday for talks with Narendra Modi.\n"
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["Ministry of Defense"] == [m.venue.name for m in found if m.venue is not None]


class TestStrangers:
    """People reached only by a description, of a country the story names no one of."""

    @staticmethod
    def strangers(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], int]:
        """The countries of the strangers of ``text``, and how many whole-story place scans
        finding them took."""
        knowledge = load_knowledge().with_actors(
            [Actor(id=ActorId("giorgia-meloni"), name="Giorgia Meloni", country="IT")]
        )
        scans: list[str] = []
        find = Gazetteer.find

        def counted(
            self: Gazetteer, source: SourceId, text: str, start: int = 0, end: int | None = None
        ) -> tuple[PlaceMention, ...]:
            scans.append(source)
            return find(self, source, text, start, end)

        monkeypatch.setattr(Gazetteer, "find", counted)
        page = evolve(
            read_source(text, source_id="m"),
            published=dt.datetime(2024, 7, 29, 12, tzinfo=dt.UTC),
        )
        clauses = [c for whole in sentences(page) for c in _clauses(knowledge, page.text, whole)]
        found = _strangers(knowledge, page.text, clauses)
        countries = {a.country for s in found if (a := knowledge.actor(s)) is not None}
        return {c for c in countries if c is not None}, scans.count(SourceId("story"))

    def test_a_holder_of_a_country_never_named_is_a_stranger(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """ "The British prime minister" in a story of Italy and China is a stranger."""
        text = (
            "Meloni visits China\n\nThe British prime minister meets the Chinese president at a"
            " guesthouse.\n\nChinese President Xi Jinping received Italian Prime Minister"
            " Giorgia Meloni on Monday in Beijing.\n"
        )
        assert ({"GB"}, 1) == self.strangers(text, monkeypatch)

    def test_a_holder_of_a_country_the_story_names_is_no_stranger(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The story names the United Kingdom: its prime minister is one it is about."""
        text = (
            "Meloni visits China\n\nThe British prime minister meets the Chinese president at a"
            " guesthouse.\n\nChinese President Xi Jinping received Italian Prime Minister"
            " Giorgia Meloni on Monday in Beijing, before a trip to the United Kingdom.\n"
        )
        assert (set(), 1) == self.strangers(text, monkeypatch)

    def test_no_place_scan_when_no_description_is_foreign(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Every described person is of a country someone is named of: no stranger, and the
        story's places are not scanned for one."""
        text = (
            "Meloni visits China\n\nThe Chinese premier meets the Italian prime minister at a"
            " guesthouse.\n\nChinese President Xi Jinping received Italian Prime Minister"
            " Giorgia Meloni on Monday in Beijing.\n"
        )
        assert (set(), 0) == self.strangers(text, monkeypatch)


class TestMeetingsReferredBackTogether:
    def test_those_meetings_took_place_at_one_venue(self) -> None:
        """ "He also met Modi and Jaishankar. Those meetings took place at Hyderabad House."
        gives the venue to both meetings the sentence before told, not only the last."""
        text = (
            "Scholz arrived in New Delhi on Monday. He met Prime Minister Narendra Modi and"
            " Foreign Minister Subrahmanyam Jaishankar. Those meetings took place at the"
            " Hyderabad House.\n"
        )
        found = find_meeting_mentions(source(text, "b"), KNOWLEDGE, KNOWLEDGE.places)
        venues = {
            tuple(sorted(m.people)): m.venue.name for m in found if m.people and m.venue is not None
        }
        # each meeting names the one he met (the protagonist is implied)
        assert {("narendra-modi",): "Hyderabad House", ("s-jaishankar",): "Hyderabad House"} == (
            venues
        )


class TestWelcomedAcrossAnAside:
    def test_an_aside_between_dashes_leaves_the_welcome_to_the_place(self) -> None:
        """ "welcomed Modi — who is also ... — to Hyderabad House": the aside between the
        dashes is no part of the guest, so the place he was welcomed to is the venue."""
        text = (
            "Scholz welcomed Indian Prime Minister Narendra Modi — who is also the leader of"
            " the largest party in the lower house of the Indian parliament and of the ruling"
            " alliance of the country — to the Hyderabad House on Monday for talks.\n"
        )
        found = find_meeting_mentions(source(text, "w"), KNOWLEDGE, KNOWLEDGE.places)
        assert ["Hyderabad House"] == [m.venue.name for m in found if m.venue is not None]


class TestDescribedPeopleOfTheStory:
    def test_a_described_holder_of_a_country_the_story_names_meets(self) -> None:
        """A prime minister reached only by a description belongs to the story when it names
        one of the country's institutions ("Downing Street"): the meeting is David
        Cameron's (30 August 2014)."""
        text = (
            "The Prime Minister met with Angela Merkel today.\n\n"
            "A Downing Street spokesperson said the talks were good.\n"
        )
        knowledge = load_knowledge()
        page = evolve(
            read_source(text, source_id="pm"),
            published=dt.datetime(2014, 8, 30, 15, 43, tzinfo=dt.UTC),
        )
        found = find_meeting_mentions(page, knowledge, knowledge.places)
        assert {("angela-merkel", "david-cameron")} == {
            tuple(sorted(m.people)) for m in found if m.people
        }


class TestTitleKeptAsFirstParagraph:
    TITLE = (
        "Secretary Antony J. Blinken, Secretary of Defense Lloyd J. Austin III, Australian"
        " Deputy Prime Minister Richard Marles, and Australian Foreign Minister Penny Wong at a"
        " Joint Press Availability\n\n"
    )
    SPEECH = "We are glad to work together on trade and security with our friends. " * 6

    def _people(self, text: str) -> list[tuple[str, ...]]:
        knowledge = load_knowledge()
        page = evolve(
            read_source(text, source_id="t"),
            published=dt.datetime(2024, 8, 6, 16, 0, tzinfo=dt.UTC),
        )
        found = find_meeting_mentions(page, knowledge, knowledge.places)
        return sorted({tuple(sorted(set(m.people))) for m in found if len(m.people) > 1})

    def test_the_title_adds_who_appeared_without_speaking(self) -> None:
        """A transcript whose title line the reader kept as a paragraph: everyone it shows
        appearing together met, the one who never speaks in the excerpt too."""
        text = (
            f"{self.TITLE}SECRETARY BLINKEN: {self.SPEECH}\n\n"
            f"FOREIGN MINISTER WONG: {self.SPEECH}\n\nDEPUTY PRIME MINISTER MARLES: {self.SPEECH}\n"
        )
        everyone = ("antony-blinken", "lloyd-austin", "penny-wong", "richard-marles")
        assert [everyone] == self._people(text)

    def test_a_sentence_opening_the_page_is_no_title(self) -> None:
        """A first paragraph that is a sentence ("... at a joint press availability.") is
        the story's, not a title: the labelled speakers alone met."""
        text = (
            f"{self.TITLE.rstrip()}.\n\nSECRETARY BLINKEN: {self.SPEECH}\n\n"
            f"FOREIGN MINISTER WONG: {self.SPEECH}\n"
        )
        assert [("antony-blinken", "penny-wong")] == self._people(text)

    def test_the_title_under_a_site_s_label_is_read(self) -> None:
        """ "European Commission - Speech" read as the headline names no one: the title line
        under it shows who appeared together, though no label below names a speaker."""
        text = f"Department of State - Remarks\n\n{self.TITLE}{self.SPEECH}\n"
        everyone = ("antony-blinken", "lloyd-austin", "penny-wong", "richard-marles")
        assert [everyone] == self._people(text)

    def test_a_first_paragraph_under_a_headline_naming_someone_is_no_title(self) -> None:
        """A headline that names someone is the page's title: the first paragraph under it
        (a photo's caption without a full stop) is not read as a second title."""
        text = f"Blinken and Wong in Annapolis\n\n{self.TITLE}{self.SPEECH}\n"
        assert [] == self._people(text)


class TestTheWriterIsNoProtagonist:
    def test_a_byline_s_writer_is_not_the_one_the_story_is_about(self) -> None:
        """ "From Specialist Jane Doe" above a story of Modi: the writer, named in the byline
        and the manifest, is never the protagonist who meets the people the story names."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("jane-doe"), name="Jane Doe", country="US")]
        )
        text = "From Specialist Jane Doe\n\nJane Doe reports. Narendra Modi met the press.\n"
        page = read_source(text, source_id="w", authors=["Jane Doe"])
        assert ("narendra-modi",) == _most_named(page, knowledge)


class TestTheIssuersOffice:
    def test_the_issuer_s_holder_meets(self) -> None:
        """A Downing Street release ("The Prime Minister met President of the European
        Parliament Roberta Metsola") names no British word in its sentences (the office's
        line heads the page): the office that put it out (the outlet) is the United
        Kingdom's, so its prime minister met her."""
        knowledge = load_knowledge()
        text = (
            "Prime Ministers Office 10 Downing Street\nOctober 2\n17:58\n2024\n"
            "The Prime Minister met President of the European Parliament Roberta Metsola in"
            " Brussels today.\n"
        )
        page = evolve(
            read_source(
                text, source_id="pm", outlet_name="Prime Minister's Office, 10 Downing Street"
            ),
            published=dt.datetime(2024, 10, 2, 17, 58, tzinfo=dt.UTC),
        )
        extraction = parse([page], knowledge=knowledge)
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        assert [("keir-starmer", "roberta-metsola")] == [
            tuple(sorted(m.participants)) for m in meetings
        ]

    @pytest.mark.parametrize(
        ("sentence", "other"),
        [
            ("The Prime Minister met the President of Moldova, Maia Sandu, today.", "maia-sandu"),
            (
                "The Prime Minister met the Prime Minister of Poland Donald Tusk in Budapest"
                " today.",
                "donald-tusk",
            ),
        ],
    )
    def test_the_page_s_own_office_is_its_country_s_holder(self, sentence: str, other: str) -> None:
        """ "The Prime Minister met the Prime Minister of Poland Donald Tusk" on a Downing
        Street page with no masthead: the office alone is the United Kingdom's holder, not
        the other prime minister the sentence names."""
        knowledge = load_knowledge()
        text = f"PM meeting with a counterpart\n\n{sentence}\n"
        page = evolve(
            read_source(
                text,
                source_id="pm",
                outlet_name="GOV.UK (Prime Minister's Office, 10 Downing Street)",
            ),
            published=dt.datetime(2024, 11, 7, 17, 0, tzinfo=dt.UTC),
        )
        extraction = parse([page], knowledge=knowledge)
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        assert [tuple(sorted(("keir-starmer", other)))] == [
            tuple(sorted(m.participants)) for m in meetings
        ]

    def test_an_office_label_with_its_article_is_the_issuer_s_holder(self) -> None:
        """ "THE VICE PRESIDENT:" on a White House page of January 2018 is Mike Pence: the
        office, its article aside, of the issuer's country on the day."""
        knowledge = load_knowledge()
        text = (
            "Cairo, Egypt\n\nTHE VICE PRESIDENT:  Well, good evening, everybody. We just"
            " completed a very productive discussion.\n\nWe spoke today on a number of issues.\n"
        )
        page = read_source(text, source_id="wh", outlet_name="The White House")
        speakers = labelled_speakers(page, knowledge, PartialDate(year=2018, month=1, day=20))
        assert {"mike-pence"} == set(speakers.values())

    def test_a_guest_the_office_was_read_as_is_still_met(self) -> None:
        """When the office alone was read as the guest ("the Prime Minister commended the
        Bahraini government" reads as Bahrain's prime minister), the guest the welcome names
        after its verb still met the issuer's holder."""
        knowledge = load_knowledge()
        text = (
            "The Prime Minister welcomed HRH the Crown Prince and Prime Minister of Bahrain"
            " Salman Bin Hamad al-Khalifa to Downing Street this morning.\n\nThey also spoke"
            " about regional security issues, and the Prime Minister commended the Bahraini"
            " government’s steps.\n"
        )
        page = read_source(
            text,
            source_id="pm",
            published="2021-06-17",
            outlet_name="GOV.UK (Prime Minister's Office, 10 Downing Street)",
        )
        extraction = parse([page], knowledge=knowledge)
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        assert [("boris-johnson", "salman-bin-hamad-al-khalifa")] == [
            tuple(sorted(m.participants)) for m in meetings
        ]


class TestNewsConferences:
    @pytest.mark.parametrize(
        ("text", "met"),
        [
            (
                "Scholz spoke at a joint press conference with Narendra Modi after the summit on"
                " Monday.\n",
                True,
            ),
            (
                "Scholz spoke at a press conference after talks with Narendra Modi on Monday.\n",
                True,
            ),
            ("Scholz told a press conference that Narendra Modi was right on Monday.\n", False),
        ],
    )
    def test_a_conference_tells_a_meeting_only_with_someone(self, text: str, met: bool) -> None:
        """A joint news conference with someone, or one after talks with them, tells their
        meeting; a news conference where one speaks of another does not."""
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        assert met == any(len(set(m.people)) == 2 for m in found)


class TestMeetingInProgress:
    @pytest.mark.parametrize("verb", ["is also meeting with", "was meeting with"])
    def test_a_progressive_meeting_of_the_visit(self, verb: str) -> None:
        """ "He is also meeting with Modi" in a story of the visit's day (or "was meeting
        with"): the visitor named before met him."""
        text = (
            f"Scholz arrived in New Delhi on Monday.\n\nHe {verb} Prime Minister Narendra Modi.\n"
        )
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("narendra-modi",)] == [m.people for m in found if m.people]


class TestTheLeadsSubject:
    def test_the_person_the_lead_opens_on_meets_those_named_alone(self) -> None:
        """No one named clearly most: the person the first sentence opens on (after a
        title) is the story's protagonist, who met the counterpart a later sentence names
        alone ("he met Defence Minister Narendra Modi")."""
        text = (
            "The Chancellor Olaf Scholz visited India this week for talks.\n\n"
            "On Tuesday he met Prime Minister Narendra Modi in New Delhi.\n\n"
            "Subrahmanyam Jaishankar spoke of trade.\n"
        )
        page = source(text, "l")
        assert ("olaf-scholz",) == _most_named(page, KNOWLEDGE)

    @pytest.mark.parametrize(
        "opening", ["In mid-February, ", "NEW DELHI -- ", "NEW DELHI -- Speaking to reporters, "]
    )
    def test_the_lead_opens_on_a_person_after_a_phrase_or_dateline(self, opening: str) -> None:
        """ "In mid-February, Chancellor Olaf Scholz visited India": the opening phrase and
        the dateline come before the sentence's subject, who is still the protagonist."""
        text = (
            f"{opening}The Chancellor Olaf Scholz visited India this week for talks.\n\n"
            "On Tuesday he met Prime Minister Narendra Modi in New Delhi.\n\n"
            "Subrahmanyam Jaishankar spoke of trade.\n"
        )
        page = source(text, "l")
        assert ("olaf-scholz",) == _most_named(page, KNOWLEDGE)

    @pytest.mark.parametrize(
        ("author", "expected"),
        [("Winston Peters", ("winston-peters",)), ("Sara Eshleman", ("winston-peters",))],
    )
    def test_an_office_holder_credited_as_author_is_the_subject(
        self, author: str, expected: tuple[str, ...]
    ) -> None:
        """A minister credited with a government's release ("Winston Peters") is still its
        subject, as when a writer no data file knows (a reporter) is credited."""
        text = (
            "Foreign Minister Winston Peters attended the G20 meeting in Nagoya. Mr Peters"
            " spoke on trade.\n\n"
            "He also met with Spain's Foreign Minister Josep Borrell.\n"
        )
        page = read_source(
            text,
            source_id="l",
            authors=[author],
            published=dt.datetime(2019, 11, 24, tzinfo=dt.UTC),
        )
        assert expected == _most_named(page, load_knowledge())[:1]

    def test_an_institution_opening_the_lead_is_no_protagonist(self) -> None:
        """ "The Pentagon said Scholz ...": the lead opens on an institution, not a person."""
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("pentagon"), name="Pentagon", kind=ActorKind.INSTITUTION)]
        )
        text = "The Pentagon said Olaf Scholz met Narendra Modi.\n\nModi spoke to Scholz.\n"
        assert () == _most_named(source(text, "l"), knowledge)


class TestTalksHeldByTheProtagonist:
    def test_he_held_regional_talks_with_each(self) -> None:
        """ "where he held regional security talks with A, as well as B": the protagonist's
        talks with each, as "held talks" was."""
        text = (
            "Scholz arrived in Asia on Monday.\n\nHe then travelled to India, where he held"
            " regional security talks with Prime Minister Narendra Modi, as well as Foreign"
            " Minister Subrahmanyam Jaishankar.\n"
        )
        found = find_meeting_mentions(source(text, "t"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("narendra-modi",), ("s-jaishankar",)] == [m.people for m in found if m.people]


class TestTheLoneCountryMet:
    def test_the_one_of_a_country_no_other_shares_met_each(self) -> None:
        """ "Along with meeting Prime Minister Narendra Modi, Chancellor Olaf Scholz met
        Foreign Minister Subrahmanyam Jaishankar": the first named shares India with
        another; Scholz, the one German, met each of them."""
        text = (
            "Along with meeting Prime Minister Narendra Modi in New Delhi on Monday, Chancellor"
            " Olaf Scholz met Foreign Minister Subrahmanyam Jaishankar.\n"
        )
        assert [("narendra-modi", "olaf-scholz"), ("olaf-scholz", "s-jaishankar")] == (
            _loose_pairs(text, KNOWLEDGE)
        )


class TestNoMeetingOfTheProtagonist:
    def test_the_leader_of_a_group_that_met_others(self) -> None:
        """ "An advance team, led by Deputy Chief of Staff Narendra Modi, met with the
        other team": the one named led the group that met; no meeting of his with the story's
        protagonist."""
        text = (
            "Olaf Scholz arrived in Singapore on Monday. Olaf Scholz spoke.\n\n"
            "An advance team, led by Deputy Chief of Staff Narendra Modi, met with the other"
            " team on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        assert [] == [m.people for m in found if m.people]

    def test_a_list_under_a_plan_is_planned(self) -> None:
        """ "During the two-day visit he will:" and "- Meet with Modi" below it: a plan."""
        text = (
            "Scholz arrives in New Delhi today.\n\nDuring the two-day visit he will:\n\n"
            "- Meet with Prime Minister Narendra Modi to discuss trade.\n"
        )
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        assert [] == [m.people for m in found if m.people]


class TestOfficeCall:
    def test_an_office_call_is_a_courtesy_call(self) -> None:
        """ "during an office call at the ministry": the military's name for a courtesy
        call."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz paid an office call on Indian Prime Minister"
            " Narendra Modi on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [(("olaf-scholz", "narendra-modi"), MeetingKind.COURTESY_CALL)] == [
            (m.people, m.kind) for m in found
        ]

    def test_a_bilateral_engagement_conducted_with_someone_is_a_meeting(self) -> None:
        """ "conducts a bilateral engagement with X": the military's word for a meeting."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz conducts a bilateral engagement with Indian Prime"
            " Minister Narendra Modi on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]

    @pytest.mark.parametrize("calls", ["office calls", "courtesy calls"])
    def test_calls_in_the_plural_are_meetings(self, calls: str) -> None:
        """ "held office calls with X": the plural is a meeting as the singular is."""
        text = (
            "Visit news\n\n"
            f"German Chancellor Olaf Scholz held {calls} with Indian Prime"
            " Minister Narendra Modi on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]

    def test_key_leader_engagements_are_meetings(self) -> None:
        """ "conducted key leader engagements with X": the army's word for meetings."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz conducted key leader engagements with Indian Prime"
            " Minister Narendra Modi on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]


def _all_meetings(text: str, published: dt.datetime) -> list[Meeting]:
    """The meetings ``parse`` finds in one page published at ``published``, in visits or not."""
    extraction = parse([evolve(read_source(text, source_id="p"), published=published)])
    return [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]


class TestAGatheringOfADayAhead:
    @pytest.mark.parametrize("time", ["tomorrow’s", "tomorrow's important"])
    def test_a_summit_of_tomorrow_dates_no_meeting_held(self, time: str) -> None:
        """ "thanking Modi for hosting tomorrow's important summit": the summit is ahead;
        the meeting the readout tells is today's."""
        text = (
            "Readout\n\nChancellor Olaf Scholz held a bilateral meeting with Prime Minister"
            f" Narendra Modi.\n\nScholz began by thanking Modi for hosting {time} summit.\n"
        )
        meetings = _all_meetings(text, MONDAY_EVENING)
        assert [("2024-02-26",)] == [(str(m.date),) for m in meetings]


class TestTheProtagonistAlone:
    def test_the_protagonist_meeting_unnamed_partners_meets_no_one(self) -> None:
        """ "Scholz has prioritized travel to Asia to meet with partner nations": the one
        named is the story's protagonist, whom he met the sentence does not say; the meeting
        with Modi is the only one."""
        text = (
            "In the past year, Chancellor Olaf Scholz has prioritized travel to Asia to meet with"
            " partner nations.\n\nIn New Delhi, Scholz met Prime Minister Narendra Modi.\n"
        )
        found = find_meeting_mentions(source(text, "p"), KNOWLEDGE, KNOWLEDGE.places)
        named = (ActorId("olaf-scholz"), ActorId("narendra-modi"))
        assert [("narendra-modi", "olaf-scholz")] == sorted(
            tuple(sorted(p)) for p, _ in _loose_meetings(found, KNOWLEDGE, named)
        )


class TestTheTripsStatedDays:
    def test_a_country_with_small_words_in_its_name_opens_the_sentence(self) -> None:
        """ "In Côte d’Ivoire, Langley met with Vice President A and ... B": the people met,
        in no data file, are of the country the sentence opens on, small words and all."""
        text = (
            "Gen. Michael Langley traveled to Côte d’Ivoire and Togo.\n\n"
            "In Côte d’Ivoire, Langley met with Vice President Tiémoko Meyliet Koné and Chief"
            " of Defense Staff Lt. Gen. Lassina Doumbia.\n"
        )
        meetings = _all_meetings(text, dt.datetime(2023, 7, 27, tzinfo=dt.UTC))
        assert [
            ("lassina-doumbia", "michael-langley"),
            ("michael-langley", "tiemoko-meyliet-kone"),
        ] == sorted(tuple(sorted(m.participants)) for m in meetings)

    def test_a_speakers_this_week_is_not_the_trips_days(self) -> None:
        """ "traveled to Togo July 24-27" and a quotation's "This week, we ...": the trip's
        days date its undated meeting (July), the speaker's week is not another span."""
        text = (
            "Africa Command leaders visit Togo\n\n"
            "Gen. Michael Langley, commander of U.S. Africa Command, traveled to Togo July 24-27"
            " to further cooperation.\n\n"
            "“This week, we were able to highlight their professionalism,” Langley said.\n\n"
            "In Togo, Langley met with Minister of Defense Marguerite Gnakadè.\n"
        )
        meetings = _all_meetings(text, dt.datetime(2023, 8, 7, 12, tzinfo=dt.UTC))
        assert [PartialDate(year=2023, month=7)] == [m.date for m in meetings]

    def test_a_visit_told_weeks_later_keeps_meetings_of_its_stated_days(self) -> None:
        """A trip "July 24-27" told on 7 August: its meeting with no day of its own is of the
        trip's days, not an earlier occasion outside the visit's window."""
        text = (
            "Langley visits Togo\n\n"
            "Gen. Michael Langley, commander of U.S. Africa Command, traveled to Togo, July"
            " 24-27, to further cooperation.\n\n"
            "During the visit to Togo, Langley toured the port.\n\n"
            "In Lomé, Langley met with Minister of Defense Marguerite Gnakadè.\n"
        )
        page = evolve(
            read_source(text, source_id="v"), published=dt.datetime(2023, 8, 7, 12, tzinfo=dt.UTC)
        )
        (visit,) = parse([page]).visits
        assert [(("marguerite-gnakade", "michael-langley"), PartialDate(year=2023, month=7))] == [
            (tuple(sorted(m.participants)), m.date) for m in visit.meetings
        ]

    @pytest.mark.parametrize(
        ("opening", "day"),
        [
            ("During her first day in the country", 15),
            ("During the final day", 18),
            ("Upon arrival", 15),
        ],
    )
    def test_a_day_of_the_trip_by_its_order(self, opening: str, day: int) -> None:
        """ "visited Togo April 15-18" and "During her first day in the country, ... met"
        (or "the final day", "Upon arrival"): that day of the trip, not the story's."""
        text = (
            "Langley visits Togo\n\n"
            "Gen. Michael Langley, commander of U.S. Africa Command, visited Togo April 15-18"
            " to further cooperation.\n\n"
            f"{opening}, Langley met with Minister of Defense Marguerite Gnakadè.\n"
        )
        meetings = _all_meetings(text, dt.datetime(2024, 4, 18, 12, tzinfo=dt.UTC))
        assert [PartialDate(year=2024, month=4, day=day)] == [m.date for m in meetings]

    def test_the_first_day_in_one_of_two_countries_is_not_the_trip_s(self) -> None:
        """ "visited Togo and Benin April 15-18" and "On his first day in Benin": not the
        trip's first day; the trip's month."""
        text = (
            "Langley visits Togo and Benin\n\n"
            "Gen. Michael Langley, commander of U.S. Africa Command, visited Togo and Benin"
            " April 15-18 to further cooperation.\n\n"
            "On his first day in Benin, Langley met with Minister of Defense Marguerite"
            " Gnakadè.\n"
        )
        meetings = _all_meetings(text, dt.datetime(2024, 4, 18, 12, tzinfo=dt.UTC))
        assert [PartialDate(year=2024, month=4)] == [m.date for m in meetings]

    def test_a_day_by_its_ordinal_is_in_the_month_the_story_tells(self) -> None:
        """ "On June 21, Langley met A. Later on the 21st, ... met B" in a story of July 25:
        the 21st of June, the month the story is telling."""
        text = (
            "Langley in Togo\n\n"
            "On June 21, Gen. Michael Langley met with Minister of Defense Marguerite Gnakadè"
            " in Lomé.\n\n"
            "Later on the 21st, Langley met with Foreign Minister Robert Dussey.\n"
        )
        meetings = _all_meetings(text, dt.datetime(2023, 7, 25, 12, tzinfo=dt.UTC))
        assert {PartialDate(year=2023, month=6, day=21)} == {m.date for m in meetings}


class TestMilitaryMeetingWords:
    def test_engaged_with_someone_is_a_meeting(self) -> None:
        """ "engaged with India's Prime Minister Narendra Modi": the military's verb."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz engaged with Indian Prime Minister Narendra Modi on"
            " Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]

    def test_discussed_a_topic_with_an_office_s_holder_is_a_meeting(self) -> None:
        """ "discussed defense and NATO issues with Indian Prime Minister Narendra Modi": a
        topic talked over with someone named with an office after "with" is a meeting with
        them; "discussed trade with India" names no one met."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz discussed defense and energy issues with Indian"
            " Prime Minister Narendra Modi on Monday.\n\n"
            "Olaf Scholz also discussed trade with India.\n"
        )
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    def test_a_topic_s_backstory_is_no_meeting(self) -> None:
        """ "the issues that President X discussed with President Y a couple of days ago":
        talks told about a topic in a relative clause, before the story, no meeting of it."""
        text = (
            "Visit news\n\n"
            "Olaf Scholz spoke of the issues that Chancellor Olaf Scholz discussed with"
            " Indian Prime Minister Narendra Modi a couple of days ago.\n"
        )
        assert [] == _people_met(text)

    def test_two_who_greet_each_other_met(self) -> None:
        """ "Scholz (right) and Modi (left) greet each other at the chancellery": a
        caption of the two meeting."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz (right) and Indian Prime Minister Narendra Modi (left)"
            " greet each other at the chancellery on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi")] == [m.people for m in found]

    def test_after_which_a_second_meeting(self) -> None:
        """ "a bilateral meeting with Modi this morning, after which, he met with
        Jaishankar": two meetings, one with each."""
        text = (
            "Visit news\n\n"
            "German Chancellor Olaf Scholz had a bilateral meeting with Prime Minister Narendra"
            " Modi this morning, after which, he met with Foreign Minister Subrahmanyam"
            " Jaishankar.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("olaf-scholz", "narendra-modi"), ("s-jaishankar",)] == [m.people for m in found]


_STAFF_TALKS = dt.datetime(2022, 6, 10, 12, tzinfo=dt.UTC)


class TestHeadsOfDelegations:
    @pytest.mark.parametrize(
        ("text", "heads"),
        [
            # in one sentence, with no meeting word between them
            (
                "Navies hold staff talks\n\n"
                "The U.S. and Peruvian navies held their annual staff talks in Florida this"
                " week.\n\nRear Adm. Tomas Vellari led the U.S. delegation and Rear Adm. Oskar"
                " Brenneval, Deputy Chief of Naval General Staff led the Peruvian delegation.\n",
                ("oskar-brenneval", "tomas-vellari"),
            ),
            # the second head named two paragraphs after the first
            (
                "Consultations in Ulaanbaatar\n\n"
                "Assistant Secretary Daniel Foretti, the State Department's top diplomat for"
                " Asia, led the U.S. delegation, which also included two deputies.\n\n"
                "The sides discussed trade and regional security.\n\n"
                "State Secretary Batbold Ganzorig led the Mongolian delegation.\n",
                ("batbold-ganzorig", "daniel-foretti"),
            ),
            # the head after "led by"
            (
                "Navies hold staff talks\n\n"
                "Rear Adm. Tomas Vellari led the U.S. delegation.\n\n"
                "The Peruvian delegation was led by Rear Adm. Oskar Brenneval.\n",
                ("oskar-brenneval", "tomas-vellari"),
            ),
        ],
    )
    def test_the_heads_of_two_countries_delegations_met(
        self, text: str, heads: tuple[str, str]
    ) -> None:
        """ "A led the U.S. delegation and B, <office> led the Peruvian delegation", across
        paragraphs, or "the Peruvian delegation was led by B": the two heads met."""
        meetings = _all_meetings(text, _STAFF_TALKS)
        assert [heads] == [tuple(sorted(m.participants)) for m in meetings]

    def test_two_heads_of_one_country_did_not_meet(self) -> None:
        """Two heads of the U.S. delegation in two years are one side: no meeting."""
        text = (
            "Navies hold staff talks\n\n"
            "Rear Adm. Tomas Vellari led the U.S. delegation in 2019.\n\n"
            "This year Rear Adm. Oskar Brenneval led the U.S. delegation.\n"
        )
        assert [] == _all_meetings(text, _STAFF_TALKS)


class TestJointAppearance:
    @pytest.mark.parametrize(
        "text",
        [
            "Remarks by Chancellor Olaf Scholz and Prime Minister Narendra Modi in New Delhi\n",
            "Chancellor Olaf Scholz and Prime Minister Narendra Modi address the media in New"
            " Delhi.\n",
            "Scholz in India: Joint Press Point with Prime Minister Narendra Modi\n",
            "Scholz in India – News Conference with Prime Minister Narendra Modi\n",
            "Chancellor Olaf Scholz and Prime Minister Narendra Modi speak with the press.\n",
        ],
    )
    def test_two_of_two_countries_before_the_press_together_met(self, text: str) -> None:
        """ "Remarks by A and B", "A and B address the media", "Joint Press Point with B",
        "News Conference with B", "A and B speak with the press": two people of two
        countries appearing together met."""
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Chancellor Olaf Scholz poses for a photo with Prime Minister Narendra Modi in New"
            " Delhi.\n",
            "Facing reporters in New Delhi, Chancellor Olaf Scholz, standing alongside his host,"
            " Prime Minister Narendra Modi, said ties are strong.\n",
            "Chancellor Olaf Scholz and Prime Minister Narendra Modi hold a news conference in"
            " New Delhi.\n",
        ],
    )
    def test_two_of_two_countries_before_a_camera_together_met(self, text: str) -> None:
        """ "A poses for a photo with B", "A, standing alongside his host, B", "A and B hold
        a news conference": two people of two countries shown together met."""
        assert [("olaf-scholz", "narendra-modi")] == _people_met(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the one the appearance was "with", of no known country, met the other
            (
                "Prime Minister Narendra Modi told reporters Sunday in a joint news conference"
                " with Ambassador Ona Vale.\n",
                [("narendra-modi", "ona-vale")],
            ),
            # a reporter named at the appearance met no one there
            (
                "At a joint news conference in the East Room, reporter Ona Vale asked Prime"
                " Minister Narendra Modi about trade.\n",
                [],
            ),
        ],
    )
    def test_one_of_no_known_country_before_the_press(
        self, text: str, expected: list[tuple[str, ...]]
    ) -> None:
        """ "Minister A told reporters in a joint news conference with Ms Vale": one of a
        known country and the one of none known it was with met; a reporter named at it
        did not."""
        knowledge = KNOWLEDGE.with_actors([Actor(id=ActorId("ona-vale"), name="Ona Vale")])
        assert expected == _people_met(text, knowledge)

    def test_a_news_conference_alone_is_no_meeting(self) -> None:
        """ "Scholz told a news conference that Modi ...": one speaking about another at a
        news conference of his own did not meet him."""
        text = "Chancellor Olaf Scholz told a news conference that Narendra Modi is welcome.\n"
        assert [] == _people_met(text)

    def test_compatriots_before_the_press_did_not_meet(self) -> None:
        """ "Remarks by Secretary Blinken and Secretary Austin": two of one country."""
        text = "Remarks by Secretary Antony Blinken and Secretary Lloyd Austin in Manila\n"
        assert [] == _people_met(text)

    def test_a_press_conference_is_no_venue(self) -> None:
        """ "A and B address the media during a joint press conference": they met, at no
        venue the words name."""
        text = (
            "Chancellor Olaf Scholz and Prime Minister Narendra Modi address the media during a"
            " Joint Press Conference on Monday.\n"
        )
        found = find_meeting_mentions(source(text, "v"), KNOWLEDGE, KNOWLEDGE.places)
        assert [(("olaf-scholz", "narendra-modi"), None)] == [(m.people, m.venue) for m in found]


class TestOfficeAsTheSubject:
    def test_the_minister_capitalised_stands_for_the_protagonist(self) -> None:
        """ "In New Delhi, the Minister has today met with Prime Minister Modi and Foreign
        Minister Jaishankar" (an official page's capital M): the story's minister met each,
        not the two compatriots each other."""
        text = (
            "In New Delhi, the Minister has today met with Prime Minister Narendra Modi and"
            " Foreign Minister Subrahmanyam Jaishankar.\n"
        )
        assert [("narendra-modi",), ("s-jaishankar",)] == _people_met(text)


class TestTheStopBefore:
    def test_an_opening_phrase_about_the_stop_before_dates_and_places_nothing(self) -> None:
        """ "Following his visit to Mumbai on Saturday, Scholz today met Modi": the meeting
        is today's, and not in Mumbai."""
        text = (
            "Following his visit to Mumbai on Saturday, Chancellor Olaf Scholz today met Prime"
            " Minister Narendra Modi.\n"
        )
        found = find_meeting_mentions(source(text, "s"), KNOWLEDGE, KNOWLEDGE.places)
        assert [("2024-02-26", None)] == [
            (str(m.date.date) if m.date and m.date.date else None, m.city) for m in found
        ]


class TestPageDatedToAMonth:
    def test_an_office_is_resolved_on_the_page_s_month(self) -> None:
        """On a page dated only to June 2013, "the Foreign Secretary" is William Hague, who
        held the office then, not whoever holds it today."""
        text = "The Foreign Secretary met Prime Minister Tom Vale of Zedland in London.\n"
        page = evolve(
            read_source(text, source_id="m"),
            published=None,
            published_date=PartialDate(year=2013, month=6),
        )
        full = load_knowledge()
        first = sentences(page)[0]
        assert "william-hague" in [m.actor for m in sentence_mentions(full, text, first)]


class TestTheOneMetIsNamedAfterTheMeetingWord:
    TEXT = (
        "In Delhi, Chancellor Olaf Scholz met with Vice Foreign Minister Ravi Anand Kumar.\n\n"
        "Later, the Chancellor met with Prime Minister Narendra Modi.\n"
    )

    def _pairs(self, named: tuple[str, ...]) -> list[tuple[str, ...]]:
        knowledge = KNOWLEDGE.with_actors(
            [Actor(id=ActorId("ravi-anand-kumar"), name="Ravi Anand Kumar", country="IN")]
        )
        found = find_meeting_mentions(source(self.TEXT, "o"), knowledge, knowledge.places)
        people = tuple(ActorId(p) for p in named)
        return sorted(tuple(sorted(p)) for p, _ in _loose_meetings(found, knowledge, people))

    def test_the_counterpart_named_most_is_met_by_the_protagonist(self) -> None:
        """ "The Chancellor met with Prime Minister Modi", Modi the one the page names most:
        the one named after the meeting word was met, by the one who met Kumar too."""
        assert [("narendra-modi", "olaf-scholz"), ("olaf-scholz", "ravi-anand-kumar")] == (
            self._pairs(("narendra-modi", "olaf-scholz", "ravi-anand-kumar"))
        )

    def test_the_protagonist_named_before_the_meeting_word_meets_no_one(self) -> None:
        """ "Scholz travelled on to meet with partners": the one person named is the subject,
        and whom he met the sentence does not say."""
        knowledge = KNOWLEDGE
        text = "Chancellor Olaf Scholz travelled to Delhi to meet with partners.\n"
        found = find_meeting_mentions(source(text, "o"), knowledge, knowledge.places)
        assert [] == _loose_meetings(found, knowledge, (ActorId("olaf-scholz"),))


class TestOfficesNamedByTheirTitle:
    @pytest.mark.parametrize(
        ("text", "holder"),
        [
            (
                "The Armed Forces Minister met President Hassan Sheikh Mohamud.\n\n"
                "Minister for the Armed Forces, James Heappey, said it went well.\n",
                "james-heappey",
            ),
            (
                "The Administrator met President William Ruto in Nairobi.\n\n"
                "USAID Administrator Samantha Power said it went well.\n",
                "samantha-power",
            ),
            (
                "The High Representative met Foreign Minister Retno Marsudi.\n\n"
                "High Representative Josep Borrell said it went well.\n",
                "josep-borrell",
            ),
        ],
    )
    def test_the_title_alone_is_the_holder_the_page_names(self, text: str, holder: str) -> None:
        """ "The Administrator met ...", with "USAID Administrator Samantha Power" named
        later: the description is the holder the page names (``descriptions.toml``)."""
        page = read_source(text, source_id="d", published="2023-03-01")
        full = load_knowledge()
        first = sentences(page)[0]
        assert holder in [m.actor for m in sentence_mentions(full, text, first)]


class TestEnvoysOnTheDay:
    def test_a_former_ambassador_in_another_office_is_a_party(self) -> None:
        """John Bolton, Ambassador to the United Nations until 2006, is National Security
        Adviser in 2019: met with the Secretary of State, he is a party, not the visitor's
        envoy."""
        text = (
            "Raab in Washington\n\nForeign Secretary Dominic Raab met National Security"
            " Advisor John Bolton and US Secretary of State Mike Pompeo.\n"
        )
        page = read_source(text, source_id="b", published="2019-08-07")
        met = [set(m.participants) for m in _extracted_meetings(parse([page]))]
        assert {"dominic-raab", "john-bolton"} in met


class TestMeetingsToldInTheSpeakersOwnWords:
    TEXT = (
        "Speaker Nancy Pelosi issued this statement after the visit:\n\n"
        "“Next, {verb} with Prime Minister Boris Johnson and discussed Ukraine.”\n"
    )

    def _people(self, verb: str, *, quoted: bool = True) -> list[tuple[str, ...]]:
        text = self.TEXT.format(verb=verb)
        start = text.index("“") + 1
        spans = ((start, text.index("”"), ActorId("nancy-pelosi")),) if quoted else ()
        full = load_knowledge()
        found = find_meeting_mentions(source(text, "p"), full, full.places, None, spans)
        return [m.people for m in found]

    def test_we_met_in_a_quotation_is_its_speaker_s_meeting(self) -> None:
        """ "“Next, we met with Prime Minister Boris Johnson ...”" in Speaker Pelosi's
        statement: the quotation's speaker met the one it names."""
        assert [("nancy-pelosi", "boris-johnson")] == self._people("we met")

    def test_without_the_quotation_s_speaker_no_one_met(self) -> None:
        """The same sentence with no quotation's speaker known: the people it names inside
        the marks are what was said, no one met."""
        assert [] == self._people("we met", quoted=False)

    def test_a_meeting_still_to_come_is_none(self) -> None:
        """ "we will meet with ...": what the speaker looks ahead to is no meeting, and the
        people named inside the marks are what was said."""
        assert [] == self._people("we will meet")

    def _attributed(self, quotation: str) -> list[tuple[str, ...]]:
        text = f"“{quotation},” said Pelosi.\n"
        spans = ((1, text.index("”"), ActorId("nancy-pelosi")),)
        full = load_knowledge()
        page = source(f"Speaker Nancy Pelosi spoke in London.\n\n{text}", "p")
        shift = len("Speaker Nancy Pelosi spoke in London.\n\n")
        moved = tuple((a + shift, b + shift, who) for a, b, who in spans)
        return [m.people for m in find_meeting_mentions(page, full, full.places, None, moved)]

    def test_the_speaker_named_only_by_the_attribution_met_the_one_quoted(self) -> None:
        """'"We met with Prime Minister Boris Johnson here," said Pelosi': the speaker
        named after the marks is no one met there; the one named inside is."""
        assert [("nancy-pelosi", "boris-johnson")] == self._attributed(
            "We met with Prime Minister Boris Johnson here"
        )

    def test_a_meeting_noun_inside_the_marks_is_a_gathering(self) -> None:
        """'"I thank Prime Minister Boris Johnson for bringing us together for the first
        ministers meeting," said Pelosi': a meeting noun names a gathering, no meeting of
        the two."""
        assert [] == self._attributed(
            "I thank Prime Minister Boris Johnson for bringing us together for our first"
            " ministers meeting"
        )


class TestSigningTogether:
    @pytest.mark.parametrize(
        ("words", "met"),
        [
            (
                "signed a Protection Cooperative Agreement with Indian Prime Minister, Narendra"
                " Modi,",
                True,
            ),
            ("signed the agreement with Prime Minister Narendra Modi", True),
            ("praised an agreement with Prime Minister Narendra Modi", False),
        ],
    )
    def test_signing_an_agreement_with_someone_is_meeting_them(self, words: str, met: bool) -> None:
        """ "A signed a Protection Cooperative Agreement with Salvadoran Minister of Foreign
        Affairs, B, at ...": a signing together, the other one's office in commas;
        "praised an agreement with" is not one."""
        text = f"Chancellor Olaf Scholz {words} in Delhi.\n"
        assert met == (("olaf-scholz", "narendra-modi") in _people_met(text))


class TestDeliberatedTogether:
    @pytest.mark.parametrize(
        ("text", "met"),
        [
            (
                "Chancellor Olaf Scholz and Prime Minister Narendra Modi reaffirmed today their"
                " desire to deepen ties.\n",
                [("olaf-scholz", "narendra-modi")],
            ),
            (
                "Chancellor Olaf Scholz and Prime Minister Narendra Modi discussed trade in a"
                " phone call.\n",
                [],
            ),
            (
                "Chancellor Olaf Scholz met Prime Minister Narendra Modi in Delhi. Chancellor"
                " Olaf Scholz and Prime Minister Narendra Modi discussed trade.\n",
                [("olaf-scholz", "narendra-modi")],
            ),
        ],
    )
    def test_two_of_two_countries_deliberating_together_met(
        self, text: str, met: list[tuple[str, ...]]
    ) -> None:
        """ "A and B reaffirmed today ...": two people of two countries as the subject of a
        verb of deliberating together (``deliberation_verbs``) met; not by phone, and a
        meeting of theirs already told is what they discussed at, not a second one."""
        assert met == [p for p in _people_met(text) if len(p) == 2]


class TestThePassiveHostIsNotTheOneMet:
    def test_hosted_on_behalf_of_names_no_one_met(self) -> None:
        """ "a gala reception hosted on behalf of the President of Russia": the one named
        after the meeting word is the host, not someone met (``met_after`` is false)."""
        text = (
            "On October 23, a gala reception was hosted on behalf of Chancellor Olaf Scholz,"
            " to which the heads of state were invited.\n"
        )
        found = find_meeting_mentions(source(text, "h"), KNOWLEDGE, KNOWLEDGE.places)
        assert [False] == [m.met_after for m in found if m.implied]

    def test_met_with_and_titles_name_the_one_met(self) -> None:
        """ "the Chancellor met with Indian Prime Minister Narendra Modi": the one met."""
        text = "Later, the Chancellor met with Indian Prime Minister Narendra Modi.\n"
        found = find_meeting_mentions(source(text, "h"), KNOWLEDGE, KNOWLEDGE.places)
        assert [True] == [m.met_after for m in found if m.implied]


class TestAnUndatedMentionFarFromItsStory:
    @pytest.mark.parametrize(
        ("published", "joins"),
        [
            (dt.date(2024, 2, 27), True),
            (dt.date(2025, 9, 10), False),
            (dt.date(2024, 2, 20), False),
        ],
    )
    def test_it_joins_a_dated_meeting_only_near_its_story(
        self, published: dt.date, joins: bool
    ) -> None:
        """An undated mention of Scholz and Modi joins their meeting of 26 February 2024 when
        its story came out the next day, not when it came out a year and a half later or a
        week before."""
        text = "Chancellor Olaf Scholz met Prime Minister Narendra Modi today.\n"
        (dated,) = find_meeting_mentions(source(text, "a"), KNOWLEDGE, KNOWLEDGE.places)
        undated = evolve(dated, source=SourceId("b"), date=None, reference=published)
        merged = merge_meeting_mentions(
            [(dated.people, dated), (undated.people, undated)], timezone=None, prefix=""
        )
        assert ([2] if joins else [1, 1]) == sorted(len(m.reports) for m in merged)


class TestAGuessedDayInAReport:
    def test_a_story_s_running_day_is_no_report_of_another_day(self) -> None:
        """Source b only guesses the day (the one it was telling) and its mention joins the
        meeting source a dates: b's report gives no day, not a conflicting one."""
        today = "Chancellor Olaf Scholz met Prime Minister Narendra Modi today.\n"
        yesterday = "Chancellor Olaf Scholz met Prime Minister Narendra Modi yesterday.\n"
        (stated,) = find_meeting_mentions(source(today, "a"), KNOWLEDGE, KNOWLEDGE.places)
        (told,) = find_meeting_mentions(source(yesterday, "b"), KNOWLEDGE, KNOWLEDGE.places)
        guessed = evolve(told, narrative=True)
        (meeting,) = merge_meeting_mentions(
            [(stated.people, stated), (guessed.people, guessed)], timezone=None, prefix=""
        )
        assert {"a": "2024-02-26", "b": None} == {
            r.source: (str(r.date) if r.date else None) for r in meeting.reports
        }


def _pipeline_meetings(text: str, published: str) -> list[set[str]]:
    """The people of each meeting the whole pipeline reports on a page, as sets of ids."""
    page = read_source(text, source_id="l", published=published)
    return [set(m.participants) for m in parse([page]).all_meetings()]


class TestATripsDaysWithTheirYear:
    def test_a_headline_s_days_take_the_year_the_text_writes(self) -> None:
        """ "READOUT: ... travel to Japan, Oct. 20-23" posted in December 2025 over "visited
        Japan, Oct. 20-23, 2024": one trip, in October 2024; the headline's days are not
        October 2025's, so the trip's days stand for its meetings with no day of their own."""
        text = (
            "READOUT: Fleet commander's travel to Japan, Oct. 20-23\n\n"
            "Adm. Tunde Bakare visited Japan, Oct. 20-23, 2024, to reaffirm the alliance.\n"
        )
        page = read_source(text, source_id="y", published="2025-12-02")
        span = _stated_span(page, sentences(page), dates_of(page, None))
        assert ("2024-10-20", "2024-10-23") == (
            (str(span.date), str(span.date_end)) if span is not None else None
        )


class TestListsOfLawmakersWithTheirOffices:
    @pytest.mark.parametrize(
        "text",
        [
            "U.S. Senators Tunde Ade (D-Conn.), a member of the Foreign Relations Committee,"
            " Amina Okon (R-Ohio), and Kofi Mensah (D-Ill.) met with Vice President-elect"
            " William Lai of Taiwan on Wednesday.\n",
            "U.S. Senators Tunde Ade (D-N.J.) and Amina Okon (R-Idaho), ranking member and"
            " chairman of the Senate Foreign Relations Committee, along with Senator Kofi Mensah"
            " (R-Colo.), chairman of the Subcommittee on East Asia, today met with Vice"
            " President-elect William Lai of Taiwan.\n",
            "U.S. Senate Majority Whip Tunde Ade (D-IL), Co-Chair of the Senate Ukraine Caucus;"
            " U.S. Senator Amina Okon (D-NH), Chair of the Subcommittee on Europe; and U.S."
            " Senator Kofi Mensah (D-VT) today met with Vice President-elect William Lai of"
            " Taiwan.\n",
        ],
    )
    def test_lawmakers_with_offices_between_them_met_together(self, text: str) -> None:
        """Lawmakers listed with their party, state and offices between the names (an
        appositive, or offices after a comma or a semicolon, then "and" or "along with") are
        one list of subjects: one meeting of all with the one they met, not the first
        subject's alone."""
        assert [{"tunde-ade", "amina-okon", "kofi-mensah", "lai-ching-te"}] == (
            _pipeline_meetings(text, "2020-02-04")
        )


class TestATravellingPartysMembers:
    def test_the_members_listed_are_at_the_meetings_the_delegation_holds(self) -> None:
        """ "Accompanying Sen. A were Sen. B and Rep. C." names the party; "Sen. A and the
        delegation met with President Truong Tan Sang" is a meeting of all three with him."""
        text = (
            "A congressional delegation led by Senator Tunde Ade visited Hanoi on April 17.\n\n"
            "Sen. Ade and the delegation met with President Truong Tan Sang to discuss trade.\n\n"
            "Accompanying Sen. Ade were Sen. Amina Okon and Rep. Kofi Mensah.\n"
        )
        assert [{"tunde-ade", "amina-okon", "kofi-mensah", "truong-tan-sang"}] == (
            _pipeline_meetings(text, "2014-04-18")
        )

    def test_a_trip_made_with_a_colleague_makes_both_the_party(self) -> None:
        """ "Sen. A has completed a tour of African nations with U.S. Senator B. ... the
        Senators met with President Traore": both senators met him."""
        text = (
            "Washington - U.S. Senator Tunde Ade (D-RI) has completed a tour of African nations"
            " with U.S. Senator Amina Okon (R-AZ).\n\n"
            "In Mali, the Senators met with President Dioncounda Traore on April 2.\n"
        )
        assert [{"tunde-ade", "amina-okon", "dioncounda-traore"}] == (
            _pipeline_meetings(text, "2013-04-06")
        )

    def test_a_delegation_featuring_members_held_the_lawmakers_meetings(self) -> None:
        """ "Chairman A led a congressional delegation to Taiwan, featuring Ranking Member B
        and Rep. C. The lawmakers met with President Tsai Ing-wen": all three met her."""
        text = (
            "Last week, Chairman Tunde Ade led a historic U.S. congressional delegation to"
            " Taiwan, featuring Ranking Member Amina Okon (D-IL) and Rep. Kofi Mensah (R-MI)."
            " The lawmakers met with top officials including Taiwan President Tsai Ing-wen.\n"
        )
        assert [{"tunde-ade", "amina-okon", "kofi-mensah", "tsai-ing-wen"}] == (
            _pipeline_meetings(text, "2024-02-26")
        )

    def test_the_party_named_as_the_subject_met_each_one(self) -> None:
        """ "... leading a congressional delegation of U.S. Senators B (D-Conn.) and C
        (D-Ga.) ... In Lebanon, the senators met with A and B": the party, led by its first
        member, met each one, whoever else the story names more often."""
        text = (
            "U.S. Senator Tunde Ade (D-Conn.) this week returned after leading a congressional"
            " delegation of U.S. Senators Amina Okon (D-Conn.) and Kofi Mensah (D-Ga.) to"
            " Lebanon and Israel. The visit came after the formation of a new government under"
            " Prime Minister Naftali Bennett, and after President Biden met with Bennett.\n\n"
            "In Lebanon, the senators met with President Michel Aoun and Speaker of Parliament"
            " Nabih Berri to discuss security.\n"
        )
        met = _pipeline_meetings(text, "2021-09-10")
        assert {"tunde-ade", "amina-okon", "kofi-mensah", "michel-aoun"} in met

    def test_an_envoy_accompanying_the_party_is_no_member(self) -> None:
        """ "The Members of Congress and accompanying staff members, accompanied by United
        States Ambassador A, met with President Truong Tan Sang" and "Chairman B was joined by
        Representatives C and D": the party of B, C and D met him; the envoy is staff, and
        "accompanying staff" names no leader."""
        text = (
            "The Members of Congress and accompanying staff members, accompanied by United"
            " States Ambassador Ted Osius, met with President Truong Tan Sang.\n\n"
            "Chairman Tunde Ade (R-Va.) was joined by Representatives Amina Okon (D-Tex.) and"
            " Kofi Mensah (R-N.C.).\n"
        )
        assert [{"tunde-ade", "amina-okon", "kofi-mensah", "truong-tan-sang"}] == (
            _pipeline_meetings(text, "2015-04-18")
        )

    def test_a_delegation_listed_after_the_meeting_word_met_together(self) -> None:
        """ "Deputy Secretary Wendy Sherman met today with a Vietnamese government delegation
        that included A, B and C": one meeting of her with the delegation, not one with each."""
        text = (
            "Deputy Secretary Wendy Sherman met today in Washington with a Vietnamese"
            " government delegation that included Foreign Minister Tunde Ade, Finance Minister"
            " Amina Okon, and National Security Advisor Kofi Mensah.\n"
        )
        assert [{"wendy-sherman", "tunde-ade", "amina-okon", "kofi-mensah"}] == (
            _pipeline_meetings(text, "2022-05-19")
        )

    def test_the_party_s_leader_met_the_one_the_party_met(self) -> None:
        """ "a delegation led by A" then "the delegation met with Foreign Secretary Boris
        Johnson": A led the party that met him."""
        text = (
            "A bipartisan congressional delegation led by House Speaker Tunde Ade (R-WI)"
            " arrived in the United Kingdom this week.\n\n"
            "In London, the delegation met with UK Foreign Secretary Boris Johnson.\n"
        )
        assert [{"tunde-ade", "boris-johnson"}] == _pipeline_meetings(text, "2017-04-20")

    def test_the_visitor_in_a_party_another_leads_met_with_it(self) -> None:
        """ "Senator Coons traveled to Guatemala ... as part of a bipartisan delegation led by
        Senator A" then "the bipartisan delegation met with President Giammattei": the
        visit's visitor, one of the party, met him with its leader."""
        text = (
            "Senator Chris Coons traveled to Guatemala this week as part of a bipartisan"
            " delegation led by Senator Tunde Ade (R-Ohio).\n\n"
            "During their visit, the bipartisan delegation met with President Alejandro"
            " Giammattei to discuss migration.\n\n"
            '"It was a productive trip," said Coons. Coons also visited a school in Guatemala'
            " City.\n"
        )
        assert {"chris-coons", "tunde-ade", "alejandro-giammattei"} in _pipeline_meetings(
            text, "2021-07-10"
        )

    def test_the_subjects_listed_before_a_trip_are_the_party(self) -> None:
        """ "A, B, and Reps. C and D visited Ghana ... The lawmakers met with President X":
        the four listed as the trip's subjects (``party_travel``) met him together."""
        text = (
            "Congresswoman Tunde Ade, Democratic Leader Amina Okon, and Reps. Kofi Mensah and"
            " Ngozi Bello visited Ghana to reaffirm the relationship.\n\n"
            "The lawmakers met with President Nana Akufo-Addo and visited historic sites.\n"
        )
        assert [
            {"tunde-ade", "amina-okon", "kofi-mensah", "ngozi-bello", "nana-akufo-addo"}
        ] == _pipeline_meetings(text, "2023-04-25")

    def test_one_who_joined_a_delegation_is_of_the_party(self) -> None:
        """ "A joined Democratic Leader B on a congressional delegation to Ghana": A and B are
        the party the lawmakers' meetings are held by (``party_joining``)."""
        text = (
            "Congresswoman Tunde Ade joined Democratic Leader Amina Okon on a congressional"
            " delegation to Ghana.\n\n"
            "The lawmakers met with President Nana Akufo-Addo in Accra.\n"
        )
        assert [{"tunde-ade", "amina-okon", "nana-akufo-addo"}] == _pipeline_meetings(
            text, "2023-04-25"
        )

    def test_a_compatriot_the_party_met_abroad_is_beside_it(self) -> None:
        """ "Joining Senator A was Sen. B and Reps. C and D" then "the delegation met with the
        U.S. Ambassador to Mexico E, Mexican President F and Foreign Secretary G": the party
        met F and G; the ambassador is the party's host, no one it met."""
        text = (
            "Senator Tunde Ade (D-Del.) returned from a congressional delegation visit to"
            " Mexico.\n\n"
            "Joining Senator Ade was U.S. Sen. Amina Okon (D-N.H.), and U.S. Reps. Kofi Mensah"
            " (R-Ala.) and Ngozi Bello (D-Calif.).\n\n"
            "In Mexico, the delegation met with the U.S. Ambassador to Mexico Ken Salazar,"
            " Mexican President Andrés Manuel López Obrador and Foreign Secretary Marcelo"
            " Ebrard.\n"
        )
        party = {"tunde-ade", "amina-okon", "kofi-mensah", "ngozi-bello"}
        assert [party | {"andres-manuel-lopez-obrador"}, party | {"marcelo-ebrard"}] == (
            _pipeline_meetings(text, "2023-02-24")
        )

    def test_colleagues_along_with_the_visitor_are_the_party(self) -> None:
        """ "A is in Kyiv today along with Senators B and C. The senators met with ...
        President D": the three met him."""
        text = (
            "WASHINGTON – U.S. Senator Tunde Ade (R-South Carolina) is in Kyiv, Ukraine today"
            " along with Senators Amina Okon (D-Connecticut) and Kofi Mensah (D-Rhode Island)."
            "  The senators met with officials including Ukraine President Volodymyr"
            " Zelensky.\n"
        )
        assert [{"tunde-ade", "amina-okon", "kofi-mensah", "volodymyr-zelensky"}] == (
            _pipeline_meetings(text, "2023-01-20")
        )

    def test_the_members_met_each_one_of_several_countries(self) -> None:
        """ "the Members met with Israeli Prime Minister A, Iraqi Prime Minister B and Afghan
        President C": the party met each (``party_nouns`` in any case), not A the others."""
        text = (
            "Led by Senate Majority Leader Tunde Ade (R-KY), the Iowa Senator was also joined by"
            " Senators Amina Okon (R-AR) and Kofi Mensah (R-SD).\n\n"
            "During the trip, the Members met with Israeli Prime Minister Benjamin Netanyahu,"
            " Iraqi Prime Minister Haider al-Abadi and Afghan President Ashraf Ghani.\n"
        )
        party = {"tunde-ade", "amina-okon", "kofi-mensah"}
        assert [
            party | {"benjamin-netanyahu"},
            party | {"haider-al-abadi"},
            party | {"ashraf-ghani"},
        ] == _pipeline_meetings(text, "2015-04-04")

    def test_one_met_after_the_party_s_phrase_is_not_of_it(self) -> None:
        """ "A, along with other members of the delegation, traveled to Mexico City to meet
        with President B": B, named after the meeting word, is no member of A's party."""
        text = (
            "U.S. Congressman Tunde Ade (TX-28), along with other members of the Texas"
            " delegation, traveled to Mexico City to meet with Mexican President Andrés Manuel"
            " López Obrador.\n\n"
            "Rep. Ade was joined by Rep. Amina Okon (TX-10) and Rep. Kofi Mensah (TX-14).\n\n"
            "The delegation met with Secretary of Foreign Affairs Alicia Bárcena.\n"
        )
        met = _pipeline_meetings(text, "2024-01-25")
        assert {"tunde-ade", "amina-okon", "kofi-mensah", "alicia-barcena"} in met

    def test_one_who_accompanied_a_commander_is_no_party(self) -> None:
        """ "Sgt. Maj. B accompanied Gen. A on the three-day trip": staff who came along, not
        a member of the party at the general's meetings."""
        text = (
            "Gen. Tunde Ade visited Morocco. Sgt. Maj. Amina Okon accompanied Ade on the"
            " three-day trip.\n\n"
            "The delegation met with Inspector General Abdellatif Loudiyi in Rabat.\n"
        )
        assert all("amina-okon" not in met for met in _pipeline_meetings(text, "2022-10-20"))

    def test_a_member_listed_is_no_leader(self) -> None:
        """ "The delegation, which included A, ..." lists a member, not who leads: "the
        delegation met with Boris Johnson" does not make A the one who met him."""
        text = (
            "The delegation, which included Deputy Assistant Secretary Tunde Ade (R-WI),"
            " focused on trade.\n\n"
            "In London, the delegation met with UK Foreign Secretary Boris Johnson.\n"
        )
        assert all("tunde-ade" not in met for met in _pipeline_meetings(text, "2017-04-20"))

    def test_without_the_party_as_subject_the_leader_met_alone(self) -> None:
        """ "Sen. A met with President Truong Tan Sang": the party is named elsewhere, but
        the sentence tells the leader's meeting only."""
        text = (
            "A congressional delegation led by Senator Tunde Ade visited Hanoi on April 17.\n\n"
            "Sen. Ade met with President Truong Tan Sang to discuss trade.\n\n"
            "Accompanying Sen. Ade were Sen. Amina Okon and Rep. Kofi Mensah.\n"
        )
        assert [{"tunde-ade", "truong-tan-sang"}] == _pipeline_meetings(text, "2014-04-18")


class TestRemarksByTheSpeaker:
    def test_a_speech_under_remarks_by_tells_the_speaker_s_own_meetings(self) -> None:
        """A page headed "Remarks by U.S. Commerce Secretary Wilbur L. Ross" is his speech:
        its "I had a productive meeting with President Erdoğan" is his meeting."""
        text = (
            "Remarks by U.S. Commerce Secretary Wilbur L. Ross\n\n"
            "Thank you for that kind introduction. I had an especially productive meeting with"
            " President Erdoğan earlier today.\n"
        )
        assert [{"wilbur-ross", "recep-tayyip-erdogan"}] == _pipeline_meetings(text, "2019-09-11")

    def test_the_occasion_after_the_speaker_and_a_place_label_before(self) -> None:
        """ "Qatar: Remarks by High Representative Josep Borrell at the joint press conference
        with ..." is Borrell's speech: its "I ... meeting with His Highness, the Emir of Qatar
        [Sheikh Tamim bin Hamad Al Thani]" is his meeting, not one of the two Qataris."""
        text = (
            "Qatar: Remarks by High Representative Josep Borrell at the joint press conference"
            " with the Foreign Minister\n\n"
            "I am very thankful for having had the opportunity of meeting with His Highness, the"
            " Emir of Qatar [Sheikh Tamim bin Hamad Al Thani], and I just had a good meeting"
            " with the Deputy Prime Minister, Mohammed bin Abdulrahman Al Thani.\n"
        )
        met = _pipeline_meetings(text, "2021-09-30")
        assert {"josep-borrell", "tamim-bin-hamad-al-thani"} in met
        assert {"mohammed-bin-abdulrahman-al-thani", "tamim-bin-hamad-al-thani"} not in met


def _pipeline_meeting_days(text: str, published: str) -> list[tuple[frozenset[str], str]]:
    """Each meeting the whole pipeline reports on a page: its people and its date."""
    page = read_source(text, source_id="t", published=published)
    return [(frozenset(m.participants), str(m.date)) for m in parse([page]).all_meetings()]


class TestTheDayTheWordsWereSpoken:
    def test_a_head_line_of_place_and_day_is_the_day_of_yesterday(self) -> None:
        """Remarks headed "Washington, 9 February 2017" and posted on the 10th: their
        "meetings yesterday with Secretary of State, [Rex] Tillerson" were on the 8th."""
        text = (
            "Remarks by High Representative Josep Borrell at the press roundtable\n\n"
            "Washington, 9 February 2017\n\n"
            "I was glad to have meetings yesterday with Secretary of State, [Rex] Tillerson,"
            " on the transatlantic agenda.\n"
        )
        assert [(frozenset({"josep-borrell", "rex-tillerson"}), "2017-02-08")] == (
            _pipeline_meeting_days(text, "2017-02-10")
        )


class TestATripKnownByItsLength:
    def test_a_finished_trip_of_days_dates_its_meetings_to_the_month(self) -> None:
        """ "conducted a two-day visit to Ghana" with no day named, posted on the 25th: the
        meeting was on one of the trip's days, not the day the page went up."""
        text = (
            "Gen. Tunde Bakare, commander of the command, conducted a two-day visit to Ghana.\n\n"
            "Bakare met with Ghanaian President Kofi Mensah to discuss maritime security.\n"
        )
        assert [(frozenset({"tunde-bakare", "kofi-mensah"}), "2021-02")] == (
            _pipeline_meeting_days(text, "2021-02-25")
        )

    def test_a_trip_the_page_opens_keeps_the_page_s_day(self) -> None:
        """ "arrived in Accra on a two-day visit": the page tells the trip's first day, and
        its meeting is that day's."""
        text = (
            "Gen. Tunde Bakare arrived in Accra on a two-day visit.\n\n"
            "Bakare met with Ghanaian President Kofi Mensah to discuss maritime security.\n"
        )
        assert [(frozenset({"tunde-bakare", "kofi-mensah"}), "2021-02-25")] == (
            _pipeline_meeting_days(text, "2021-02-25")
        )

    @pytest.mark.parametrize(
        "opening",
        [
            "Bakare arrived in Accra for a two-day visit.",
            "Bakare is in Accra. The two-day visit is an opportunity to discuss security.",
        ],
    )
    def test_a_trip_going_on_keeps_the_page_s_day(self, opening: str) -> None:
        """ "arrived ... for a two-day visit", "The two-day visit is an opportunity": the
        page is written on one of the trip's days, and its meeting is that day's."""
        text = (
            f"{opening}\n\n"
            "Gen. Tunde Bakare met with Ghanaian President Kofi Mensah to discuss security.\n"
        )
        assert [(frozenset({"tunde-bakare", "kofi-mensah"}), "2021-02-27")] == (
            _pipeline_meeting_days(text, "2021-02-27")
        )

    def test_a_one_day_stop_of_a_longer_trip_keeps_the_page_s_day(self) -> None:
        """ "a one-day visit to Ghana ... part of a nine-day trip across Africa": the visit
        the page tells is one day long."""
        text = (
            "Gen. Tunde Bakare made a one-day visit to Ghana.\n\n"
            "Bakare met with Ghanaian President Kofi Mensah to discuss maritime security.\n\n"
            "The visit was part of a nine-day trip across Africa.\n"
        )
        assert [(frozenset({"tunde-bakare", "kofi-mensah"}), "2021-02-25")] == (
            _pipeline_meeting_days(text, "2021-02-25")
        )


class TestAReportedTripOfAWeekBefore:
    def test_he_who_told_of_it_met_each_one_named(self) -> None:
        """ "Bakare said that during a visit to Mogadishu February 21, he met with President
        A and Prime Minister B", posted March 1: the pronoun is Bakare, who told of it; he
        met each of them, on that day, in the visit the page reports."""
        text = (
            "Tunde Bakare, administrator of the U.S. Agency for International Development,"
            " said he is optimistic about the future of Somalia.\n\n"
            "“Today the government is building its own capacity,” Bakare said in a"
            " February 28 conference call.\n\n"
            "Bakare said that during a visit to Mogadishu February 21, he met with Somali"
            " President Kofi Mensah, Prime Minister Amina Okon and local leaders.\n"
        )
        assert {
            (frozenset({"tunde-bakare", "kofi-mensah"}), "2013-02-21"),
            (frozenset({"tunde-bakare", "amina-okon"}), "2013-02-21"),
        } == set(_pipeline_meeting_days(text, "2013-03-01"))


class TestTheDayOfAStop:
    def test_a_sentence_opening_with_a_stop_takes_that_stop_s_day(self) -> None:
        """ "traveled Thursday ... to Guatemala", "continued on to El Salvador Friday", then
        "In Guatemala, Ade joined Bakare to meet with ...": that meeting was Thursday's, the
        day of the stop in Guatemala, not Friday's, the day told last."""
        text = (
            "Sen. Tunde Ade traveled Thursday with Vice President Kofi Bakare to attend the"
            " inauguration of the President of Guatemala. Sen. Ade continued on to El Salvador"
            " Friday to meet with President Amina Okon of El Salvador.\n\n"
            "In Guatemala, Sen. Ade joined Vice President Bakare to meet with President Ona"
            " Vale of Guatemala.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2016-01-16"))
        assert "2016-01-14" == days.get(frozenset({"tunde-ade", "ona-vale"}))

    def test_a_day_long_before_the_story_is_no_stop(self) -> None:
        """ "Slovakia became a NATO member March 29, 2004" gives no day to "While in
        Slovakia, Ade met with ..." of a trip of "March 26-28, 2024": the trip's days do."""
        text = (
            "Gen. Tunde Ade visited Slovakia and Slovenia from March 26-28, 2024, to engage"
            " leaders. Slovakia became a full-fledged NATO member March 29, 2004.\n\n"
            "While in Slovakia, Ade met with Slovak Prime Minister Ona Vale.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2024-03-29"))
        assert "2024-03" == days.get(frozenset({"tunde-ade", "ona-vale"}))


class TestAFullNameBeforeMeets:
    @pytest.mark.parametrize("verb", ["meets", "Meets"])
    def test_the_headline_s_name_met_the_one_after(self, verb: str) -> None:
        """ "Tunde Ade meets President Enrique Peña Nieto" over "The Deputy Prime Minister met
        President Enrique Peña Nieto of Mexico today": the full name with no title before
        "meets" (``met_after_name``) is a person, the one who met him."""
        text = (
            "Press release\n\n"
            f"Tunde Ade {verb} President Enrique Peña Nieto\n\n"
            "The Deputy Prime Minister met President Enrique Peña Nieto of Mexico today (4 March"
            " 2015) during the President's state visit to the UK.\n\n"
            "This was published under the 2010 to 2015 Conservative and Liberal Democrat"
            " coalition government\n"
            f"Tunde Ade {verb} President Enrique Peña Nieto\n\n"
            "Credit: Matt Dunham/AP/Press Association Images\n\n"
            "The Deputy Prime Minister and the President also attended a business breakfast"
            " together at Buckingham Palace.\n"
        )
        assert [{"tunde-ade", "enrique-pena-nieto"}] == _pipeline_meetings(text, "2015-03-04")


class TestATripToldAsOver:
    def test_back_from_a_trip_its_meetings_are_of_the_month(self) -> None:
        """ "today returned from a trip across the Asia-Pacific" then "Sen. A met with B": the
        meeting was on one of the trip's earlier days (``trip_endings``), so its month."""
        text = (
            "ANCHORAGE, AK – Senator Tunde Ade (R-AK) today returned from a trip across the"
            " Asia-Pacific, with stops in Guam and Tokyo, Japan.\n\n"
            "In addition, Sen. Ade met with Japanese Chief Cabinet Secretary Yoshihide Suga.\n"
        )
        assert [(frozenset({"tunde-ade", "yoshihide-suga"}), "2015-04")] == (
            _pipeline_meeting_days(text, "2015-04-03")
        )

    def test_a_visit_completed_today_keeps_the_day(self) -> None:
        """ "completed her first visit to Cambodia today": its last day is the page's
        (``trip_closings`` only with no day named), so its meeting keeps that day."""
        text = (
            "Australian Foreign Minister Tunde Ade completed her first visit to Cambodia today"
            " as part of a regional tour.\n\n"
            "Ms Ade met with Cambodian Prime Minister Hun Sen.\n"
        )
        assert [(frozenset({"tunde-ade", "hun-sen"}), "2014-02-22")] == (
            _pipeline_meeting_days(text, "2014-02-22")
        )

    def test_a_visit_wrapped_up_on_a_day_told_keeps_the_day(self) -> None:
        """ "met today with top officials here" then "wrapped up his Manila visit by meeting
        with A": the story reports the page's day, its meetings of that day."""
        text = (
            "MANILA, Philippines, March 19, 2013 – Deputy Defense Secretary Tunde Ade met today"
            " with top officials here.\n\n"
            "Ade began his visit in Manila by meeting with Defense Secretary Voltaire Gazmin at"
            " Camp Aguinaldo.\n\n"
            "Ade wrapped up his Manila visit by meeting with Executive Secretary Paquito Ochoa.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2013-03-19"))
        assert "2013-03-19" == days.get(frozenset({"tunde-ade", "voltaire-gazmin"}))


class TestATripOfSeveralStops:
    def test_each_stop_s_meeting_is_of_the_month(self) -> None:
        """ "Today, Sen. A announced the end of a trip ... In Saudi Arabia, A met with B. In
        Qatar, the senators met with C.": a trip summed up, each stop on a day of its own the
        page does not give, so the month it was published in, not the day."""
        text = (
            "WASHINGTON - Today, Sen. Tunde Ade announced the end of a trip to the Middle"
            " East.\n\n"
            "In Saudi Arabia, Senator Ade met with Crown Prince Kofi Mensah.\n\n"
            "In Qatar, Senator Ade met with Emir Amina Okon.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2015-01-20"))
        assert {"2015-01"} == {
            days.get(frozenset({"tunde-ade", "kofi-mensah"})),
            days.get(frozenset({"tunde-ade", "amina-okon"})),
        }

    def test_a_stop_of_a_trip_listing_several_countries_is_of_the_month(self) -> None:
        """ "A led a congressional visit to Niger, South Africa and Zimbabwe ... While in
        Zimbabwe, A met with B": one stop opened, but the trip's list names three countries:
        a trip summed up, so the month, not the day the page went up."""
        text = (
            "WASHINGTON - Sen. Tunde Ade led a bipartisan congressional visit to Niger, South"
            " Africa and Zimbabwe this month.\n\n"
            "While in Zimbabwe, Senator Ade met with President Kofi Mensah.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2018-04-14"))
        assert "2018-04" == days.get(frozenset({"tunde-ade", "kofi-mensah"}))

    def test_a_meeting_told_outside_any_stop_is_of_the_month(self) -> None:
        """ "A led a visit to Niger, South Africa and Zimbabwe. ... He also met with B": a
        trip summed up, its undated meeting told at no stop was on one of its days, so the
        month the page went up, not the page's day."""
        text = (
            "WASHINGTON - Sen. Tunde Ade led a bipartisan congressional visit to Niger, South"
            " Africa and Zimbabwe.\n\n"
            "Senator Ade also met with President Kofi Mensah.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2018-04-14"))
        assert "2018-04" == days.get(frozenset({"tunde-ade", "kofi-mensah"}))

    def test_a_trip_to_one_country_keeps_the_day_told(self) -> None:
        """A trip's list of one country's cities ("a visit to Beijing and Shanghai") is no trip
        of several countries: "In Beijing, A met with B" keeps the page's day."""
        text = (
            "WASHINGTON - Today, Sen. Tunde Ade concluded a visit to Beijing and Shanghai.\n\n"
            "In Beijing, Senator Ade met with Premier Kofi Mensah.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2018-04-14"))
        assert "2018-04-14" == days.get(frozenset({"tunde-ade", "kofi-mensah"}))

    def test_one_stop_keeps_the_day_told(self) -> None:
        """The stop of one country alone is no trip of several: "Today, ... In Qatar, A met
        with C" keeps the day the story tells."""
        text = (
            "DOHA - Today, Sen. Tunde Ade visited Qatar.\n\n"
            "In Qatar, Senator Ade met with Emir Amina Okon.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2015-01-20"))
        assert "2015-01-20" == days.get(frozenset({"tunde-ade", "amina-okon"}))


class TestWordsReportedAfterTheMeeting:
    def test_a_would_in_the_words_reported_leaves_the_meeting_past(self) -> None:
        """ "In meetings with Minister A, the Defence Secretary reaffirmed that the United
        Kingdom would maintain ...": the "would" is what he said (``reported_verbs``), so the
        meeting is the page's, on its day."""
        text = (
            "UK Defence Secretary Tunde Ade visited British troops in Estonia.\n\n"
            "In meetings with Estonian Minister for Defence Kofi Mensah, the Defence Secretary"
            " reaffirmed that the United Kingdom would maintain its presence in the country.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2020-12-15"))
        assert "2020-12-15" == days.get(frozenset({"tunde-ade", "kofi-mensah"}))

    def test_a_would_before_the_reported_words_still_looks_ahead(self) -> None:
        """ "A would meet with B and said that ...": the modal governs the meeting, so no
        meeting is held on the page's day."""
        text = (
            "UK Defence Secretary Tunde Ade would meet with Estonian Minister for Defence Kofi"
            " Mensah, officials said that the talks mattered.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2020-12-15"))
        assert "2020-12-15" != days.get(frozenset({"tunde-ade", "kofi-mensah"}))


class TestADayAfterThePage:
    _STATEMENT = (
        "WASHINGTON – U.S. Senator Tunde Ade (R-Iowa) released the following statement after"
        " meeting with President Kofi Mensah of Afghanistan:\n\n"
    )

    def test_a_deadline_ahead_leaves_the_page_s_day(self) -> None:
        """ "draw down U.S. forces by September 11, 2021" on a page of June 24 is ahead of
        it, no day of the story: the meeting the page tells is of its day."""
        text = self._STATEMENT + (
            "“The plan to draw down U.S. forces in Afghanistan by September 11, 2021 leaves the"
            " door open to tragedy.”\n"
        )
        assert [(frozenset({"tunde-ade", "kofi-mensah"}), "2021-06-24")] == (
            _pipeline_meeting_days(text, "2021-06-24")
        )

    def test_a_later_day_told_as_past_leaves_the_meeting_undated(self) -> None:
        """ "held talks in Kabul on July 2, 2021" on a page dated June 24: the page's day may
        be wrong, so the statement's meeting is not given it."""
        text = self._STATEMENT + "“We held talks in Kabul on July 2, 2021 with the President.”\n"
        days = {day for _, day in _pipeline_meeting_days(text, "2021-06-24")}
        assert "2021-06-24" not in days


class TestASpeakersToday:
    def test_today_in_a_quotation_is_no_day_the_story_tells(self) -> None:
        """A story put out the day after the visit: '"I am here today," Ward said' is the
        day the words were said, so the meeting told next keeps the visit's day."""
        text = (
            "ANTANANARIVO, Madagascar, Jan 21, 2009 -- General William E. Ward reaffirmed his"
            " commitment during his first official visit to the island on January 20, 2009.\n\n"
            "Ward met with Malagasy President Marc Ravalomanana.\n\n"
            '"I am here today to listen and to learn," Ward said.\n\n'
            "Ward then met separately with Prime Minister Charles Rabemananjara.\n"
        )
        meetings = _all_meetings(text, dt.datetime(2009, 1, 21, 12, tzinfo=dt.UTC))
        days = {m.date.isoformat() for m in meetings if m.date is not None}
        assert {"2009-01-20"} == days


class TestAnInterviewersYou:
    @pytest.mark.parametrize(
        "question",
        [
            "You just met with President Moon Jae-in.",
            "In your one-on-one meeting with President Moon Jae-in, what did you say?",
        ],
    )
    def test_you_in_a_question_is_the_one_who_answers(self, question: str) -> None:
        """ "QUESTION: You just met with President Moon ..." (or "In your meeting with
        ...") above "SECRETARY POMPEO: We talked about many things": the interviewer tells
        the Secretary's meeting."""
        text = (
            "Interview of Secretary of State Michael R. Pompeo\n\n"
            f"QUESTION: {question} Can you speak about the scope of the conversation?\n\n"
            "SECRETARY POMPEO: We talked about many things, security and investment among"
            " them.\n"
        )
        found = _full_mentions(text, dt.datetime(2018, 10, 18, 15))
        told = [m for m in found if m.evidence[0].text.startswith("QUESTION:")]
        assert [("mike-pompeo", "moon-jae-in")] == [tuple(sorted(m.people)) for m in told]

    def test_your_opinion_of_others_talks_is_no_meeting_of_yours(self) -> None:
        """ "QUESTION: What is your opinion about the talks between the representatives of
        President Moon and the opposition?": the talks are others'; the one who answers did
        not meet Moon."""
        text = (
            "Interview of Secretary of State Michael R. Pompeo\n\n"
            "QUESTION: What is your opinion about the talks currently developing in Seoul"
            " between the representatives of President Moon Jae-in and the opposition?\n\n"
            "SECRETARY POMPEO: I always live in hope.\n"
        )
        found = _full_mentions(text, dt.datetime(2018, 10, 18, 15))
        assert [] == [m.people for m in found if "mike-pompeo" in m.people and len(m.people) > 1]


class TestAMeetingHeldToldWithToMeet:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param("We also had an opportunity to meet with", ["2017-08-14"], id="held"),
            pytest.param("We will also have an opportunity to meet with", ["None"], id="ahead"),
            pytest.param("Ade then travelled to Ramallah to meet with", ["2017-08-14"], id="went"),
            pytest.param("Ade will travel to Ramallah to meet with", [], id="will go"),
        ],
    )
    def test_an_opportunity_taken_is_a_meeting_held(
        self, sentence: str, expected: list[str]
    ) -> None:
        """ "had an opportunity to meet with A" tells a meeting held (``held_to_meet``), on
        the page's day, as does "travelled to Ramallah to meet with A" (``went_to_meet``);
        "will have an opportunity to meet" is still ahead, "will travel ... to meet" a plan."""
        text = (
            "WASHINGTON – U.S. Senator Tunde Ade (D-Mich.) released a statement.\n\n"
            f"{sentence} Palestinian Authority Prime Minister Kofi Mensah.\n"
        )
        found = _pipeline_meeting_days(text, "2017-08-14")
        assert all(people == frozenset({"tunde-ade", "kofi-mensah"}) for people, _ in found)
        assert expected == [day for _, day in found]


class TestTalksTheSpeakerNamed:
    def test_talks_named_inside_a_quotation_are_not_the_speaker_s_meeting(self) -> None:
        """'"... holding U.S.-Russia peace talks without Ukraine - will embolden Vale," said
        Ade': the senator names others' talks; no meeting of Ade with Vale."""
        text = (
            "Sen. Tunde Ade (D-Colo.) joined a bipartisan congressional delegation to the"
            " Munich Security Conference.\n\n"
            "“For nearly three years, the Ukrainian people have fought bravely against Russian"
            " President Ona Vale’s unprovoked aggression. Yet the administration’s shortsighted"
            " policies – such as freezing foreign assistance, and holding U.S.-Russia peace"
            " talks without Ukraine – will embolden Vale,” said Ade.\n"
        )
        assert [] == _pipeline_meeting_days(text, "2025-02-18")


class TestBetweenAfterThePeople:
    def test_a_purpose_s_between_leaves_each_meeting(self) -> None:
        """ "Ade met with President A, Foreign Minister B, and Defense Minister C to discuss
        the relationship between Kyrgyzstan and the United States": Ade met each of them;
        the "between" of the purpose names no pair that met."""
        text = (
            "Sen. Tunde Ade (D-Mich.) traveled to Central Asia this week.\n\n"
            "In Kyrgyzstan, Ade met with Kyrgyz President Kofi Mensah, Foreign Minister Amina"
            " Okon, and Defense Minister Ona Vale to discuss the relationship between"
            " Kyrgyzstan and the United States.\n"
        )
        assert {
            frozenset({"tunde-ade", "kofi-mensah"}),
            frozenset({"tunde-ade", "amina-okon"}),
            frozenset({"tunde-ade", "ona-vale"}),
        } == {people for people, _ in _pipeline_meeting_days(text, "2023-08-30")}


class TestACallBetweenOthers:
    def test_a_call_between_others_after_the_meeting_is_not_its_people(self) -> None:
        """ "Ade today met with Australian Ambassador Kofi Mensah after reports of a contentious
        call between President A and Prime Minister B": the call is another occasion, with
        its own people; Ade met the ambassador."""
        text = (
            "WASHINGTON - U.S. Senate Democratic Whip Tunde Ade (D-IL) today met with Australian"
            " Ambassador to the United States Kofi Mensah after reports of a contentious call"
            " between U.S. President Amina Okon and Australian Prime Minister Ona Vale.\n"
        )
        assert [(frozenset({"tunde-ade", "kofi-mensah"}), "2017-02-09")] == (
            _pipeline_meeting_days(text, "2017-02-09")
        )


class TestADatelineAfterAStamp:
    def test_the_dateline_s_day_is_set_aside_after_a_search_index_stamp(self) -> None:
        """ " date 2023-11-17 ASAN, Guam (Nov. 20, 2023) – A and B led the meeting Nov. 16-17":
        the dateline's day is the story's, set aside as at a line's start; the meeting's days
        are Nov. 16-17 (the month)."""
        text = (
            " date 2023-11-17 ASAN, Guam (Nov. 20, 2023) – Rear Adm. Tunde Bakare, the U.S."
            " Indo-Pacific Command Senior Military Official for the Republic of Palau, and Palau"
            " President Kofi Mensah led the bilateral Joint Committee Meeting Nov. 16-17 in"
            " Palau.\n"
        )
        assert [(frozenset({"tunde-bakare", "kofi-mensah"}), "2023-11")] == (
            _pipeline_meeting_days(text, "2023-11-20")
        )


class TestCoLeadsOfSeveralCountries:
    def test_people_of_several_countries_named_before_the_meeting_met_together(self) -> None:
        """ "U.S. Secretary A, Colombian Foreign Minister B and Panamanian Foreign Minister C
        held a trilateral meeting": people of three countries named before the meeting and no
        one after it met together, not one pair after another."""
        text = (
            "U.S. Secretary of Homeland Security Tunde Ade, Colombian Foreign Minister Kofi"
            " Mensah and Panamanian Foreign Minister Amina Okon held a meeting in Panama City"
            " on Tuesday.\n"
        )
        assert [frozenset({"tunde-ade", "kofi-mensah", "amina-okon"})] == [
            people for people, _ in _pipeline_meeting_days(text, "2023-04-12")
        ]


class TestTheDayTheStoryGoesOnTelling:
    def test_a_meeting_opened_in_sequence_keeps_the_story_s_day(self) -> None:
        """ "arrived Monday, Sept. 23 ... Following the interview, A met B ... Following the
        signing, A met C ... In the afternoon, A met D": each meeting opened as the next of
        that day is on it, however many paragraphs the story runs to."""
        text = (
            "Administrator Tunde Ade arrived in Tokyo Monday, Sept. 23, to hold discussions.\n\n"
            "Ade was greeted at the embassy.\n\n"
            "Later in the morning, Ade was interviewed by a newspaper.\n\n"
            "Following the interview, Ade met with Kofi Mensah, President of the agency.\n\n"
            "They also discussed a lander mission.\n\n"
            "Following the signing of the statement, Ade met with Amina Okon, Minister of"
            " Science.\n\n"
            "In the afternoon, Ade met with Ama Boateng, Minister of State for Space Policy.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2019-09-24"))
        assert ["2019-09-23"] * 3 == [
            days.get(frozenset({"tunde-ade", person}))
            for person in ("kofi-mensah", "amina-okon", "ama-boateng")
        ]

    def test_a_list_of_further_meetings_is_of_the_month(self) -> None:
        """ "President A ... hosted the delegation Wednesday. The delegation also met with:"
        and a list: the listed meetings were on days of the visit the text does not give,
        dated to the month of the day told."""
        text = (
            "Chairman Ade Leads Bipartisan Delegation to Ghana\n"
            "ACCRA, GHANA \u2013 House Foreign Affairs Committee Chairman Tunde Ade (R-CA) and a"
            " bipartisan delegation today departed Ghana after three days of meetings focused"
            " on economic development.\n"
            "President Kofi Mensah, inaugurated in May as Ghana\u2019s fifth president, hosted"
            " the delegation Wednesday in Accra at the president\u2019s office.\n"
            "The delegation also met with:\n"
            "- Parliament Speaker Amina Okon and numerous members of Parliament\n"
        )
        days = dict(_pipeline_meeting_days(text, "2016-06-02"))
        assert ["2016-06-01", "2016-06"] == [
            days.get(frozenset({"tunde-ade", person})) for person in ("kofi-mensah", "amina-okon")
        ]

    def test_a_meeting_not_opened_in_sequence_leaves_the_day_behind(self) -> None:
        """A meeting of the day told not opened in sequence does not carry it on: one told
        five paragraphs after the day, three after that meeting, with nothing tying it to
        the day, is not dated by it."""
        text = (
            "Administrator Tunde Ade arrived in Tokyo Monday, Sept. 23, to hold discussions.\n\n"
            "Ade was greeted at the embassy.\n\n"
            "Ade met with Kofi Mensah, President of the agency.\n\n"
            "They also discussed a lander mission.\n\n"
            "The agency plans a launch.\n\n"
            "Ade met with Amina Okon, Minister of Science.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2019-09-24"))
        assert "2019-09-23" != days.get(frozenset({"tunde-ade", "amina-okon"}))

    def test_a_meeting_opened_in_sequence_far_from_the_day_keeps_it(self) -> None:
        """ "visited the headquarters, March 26." and five paragraphs on "Following the
        engagement, A and B sat down ...": the day told goes on to the meeting opened as
        the next thing of it, however far from it."""
        text = (
            "Admiral Kofi Mensah visited the headquarters, March 26.\n\n"
            "While here, Mensah toured the operations center.\n\n"
            '"This cooperation is needed," said Mensah.\n\n'
            "The command hosts many partners.\n\n"
            '"It is important to talk with friends," Gen. Tunde Ade added.\n\n'
            "Following the engagement, Mensah and Gen. Tunde Ade sat down to talk about"
            " deterrence.\n"
        )
        days = dict(_pipeline_meeting_days(text, "2018-04-02"))
        assert "2018-03-26" == days.get(frozenset({"tunde-ade", "kofi-mensah"}))


class TestNamedInClauses:
    TEXT = "Olaf Scholz spoke. Narendra Modi spoke.\nOlaf Scholz spoke again. The two met."

    def _named(self) -> NamedInClauses:
        knowledge = KnowledgeBase().with_actors(
            [
                Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz", country="DE"),
                Actor(id=ActorId("narendra-modi"), name="Narendra Modi", country="IN"),
            ]
        )
        spans = [(0, 18, 0), (19, 39, 0), (40, 64, 1), (65, 77, 1)]
        clauses = [Sentence(start=a, end=b, paragraph=p) for a, b, p in spans]
        return named_in_clauses(knowledge, self.TEXT, clauses)

    def test_the_last_two_people_named_before_a_clause(self) -> None:
        """The last two people named before the fourth clause, in the order named."""
        assert ["narendra-modi", "olaf-scholz"] == self._named().last_two(0, 3)

    def test_one_person_is_no_pair(self) -> None:
        """Only the third clause near: one person, no pair."""
        assert [] == self._named().last_two(2, 3)

    def test_who_is_named_in_the_paragraphs_near(self) -> None:
        """The clauses near the fourth (same paragraph) name Scholz, not Modi."""
        named = self._named()
        first = named.first_near(3, 0)
        assert (2, True, False) == (
            first,
            named.names(ActorId("olaf-scholz"), first, 3),
            named.names(ActorId("narendra-modi"), first, 3),
        )


class TestMostCommon:
    def test_the_value_named_most_often_the_first_on_a_tie(self) -> None:
        """Venues counted in one pass: the most named wins, the first named on a tie."""
        assert ("Oval Office", "Élysée") == (
            _most_common(["Élysée", "Oval Office", "Oval Office", "Élysée", "Oval Office"]),
            _most_common(["Élysée", "Oval Office", "Oval Office", "Élysée"]),
        )

    def test_the_day_named_most_often_the_first_on_a_tie(self) -> None:
        """Days counted in one pass, equal days as one: the first named wins a tie."""
        first, second = PartialDate.of(dt.date(2024, 5, 2)), PartialDate.of(dt.date(2024, 5, 3))
        assert (second, first) == (
            _most_common([first, second, PartialDate.of(dt.date(2024, 5, 3))]),
            _most_common([first, second, second, first]),
        )


class TestRecalledAndTrailedPeople:
    @staticmethod
    def _met(text: str, published: str, outlet: str | None = None) -> list[list[str]]:
        extraction = parse([read_source(text, published=published, outlet_name=outlet)])
        names = {a.id: a.name for a in extraction.actors}
        meetings = [*extraction.meetings, *(m for v in extraction.visits for m in v.meetings)]
        return [sorted(names[p] for p in m.participants) for m in meetings]

    def test_one_out_of_office_twenty_years_is_recalled_not_met(self) -> None:
        """Rabin's offices ended in 1995: in a 2024 story the sentence is a memory, in a 1994
        one a meeting."""
        text = "President Joe Biden met Prime Minister Yitzhak Rabin in Washington today."
        assert ([], [["Joe Biden", "Yitzhak Rabin"]]) == (
            self._met(text, "2024-07-25"),
            self._met(text, "1994-07-25"),
        )

    def test_an_office_in_a_trail_of_links_is_no_guest(self) -> None:
        """A State Department transcript's trail "Offices Reporting Directly to the Secretary >
        ... Richard Armitage > Remarks" names the Secretary by office over a speaker of no
        known country: no meeting with the Secretary of the day (a real page, sealed43)."""
        page = (
            Path(__file__).parents[1] / "quality/real/sealed43/s43c_017_armitage-new-delhi-2004.txt"
        )
        met = self._met(page.read_text(encoding="utf-8"), "2004-07-14", "U.S. Department of State")
        assert [] == [people for people in met if "Colin Powell" in people]
