"""Positions: who holds a stance, negation, both sides, and the side-by-side comparison."""

from __future__ import annotations

import datetime as dt

from attrs import evolve

from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.knowledge._place_files import default_gazetteer
from diplomatic_events.model import (
    Actor,
    ActorKind,
    Position,
    Report,
    Source,
    Stance,
    Statement,
    StatementKind,
)
from diplomatic_events.parsing._positions import (
    Agreement,
    compare_positions,
    find_positions,
    tag_topics,
)
from diplomatic_events.parsing._positions._named import TitledSoFar, _named_since
from diplomatic_events.sources import read_source
from diplomatic_events.typing import ActorId, SourceId, StatementId, TopicId

KNOWLEDGE = KnowledgeBase().with_actors(
    [
        Actor(id=ActorId("olaf-scholz"), name="Olaf Scholz", country="DE"),
        Actor(id=ActorId("narendra-modi"), name="Narendra Modi", country="IN"),
    ]
)
GAZETTEER = default_gazetteer()
SIDES = ("DE", "IN")


def source(text: str) -> Source:
    published = dt.datetime(2024, 2, 26, tzinfo=dt.UTC)
    return evolve(read_source(text, source_id="s"), published=published)


def positions(
    text: str,
    statements: tuple[Statement, ...] = (),
    sides: tuple[str, ...] = SIDES,
    knowledge: KnowledgeBase = KNOWLEDGE,
) -> list[tuple[str, str, str, bool, str | None]]:
    found = find_positions([source(text)], statements, knowledge, GAZETTEER, sides=sides)
    return [(p.side, p.topic, p.stance.value, p.negated, p.holder) for p in found]


def quote(text: str, words: str, speaker: str, kind: StatementKind) -> Statement:
    start = text.index(words)
    report = Report(
        source=SourceId("s"), kind=kind, text=words, start=start, end=start + len(words)
    )
    return Statement(id=StatementId("q1"), speaker=ActorId(speaker), kind=kind, reports=(report,))


class TestFindPositions:
    def test_subject_of_the_stance_verb_holds_it(self) -> None:
        """ "Scholz told Modi that India ..." is not Scholz's stance: the subject's is."""
        text = "Scholz said Modi rejected any talk of sanctions.\n"
        assert [("IN", "economic-policy", "rejects", False, "narendra-modi")] == positions(text)

    def test_object_after_told_is_not_the_subject(self) -> None:
        """ "Modi told Scholz ... concerned" gives India's concern, not Germany's."""
        text = "Modi told Scholz he was concerned about the war in Ukraine.\n"
        assert [("IN", "russia-ukraine", "concerned", False, "narendra-modi")] == positions(text)

    def test_negation_is_kept(self) -> None:
        """ "does not support Taiwan independence" is SUPPORTS, negated."""
        text = "Scholz said Germany does not support Taiwan independence.\n"
        assert [("DE", "taiwan", "supports", True, "olaf-scholz")] == positions(text)

    def test_speaker_of_a_full_quotation_holds_its_stance(self) -> None:
        """A stance inside a direct quotation belongs to the quotation's speaker."""
        text = 'Modi said: "We oppose any export controls on chips."\n'
        statement = quote(
            text, "We oppose any export controls on chips.", "narendra-modi", StatementKind.DIRECT
        )
        (found,) = find_positions([source(text)], (statement,), KNOWLEDGE, GAZETTEER, sides=SIDES)
        assert ("IN", "technology-export-controls", Stance.OPPOSES, ("q1",)) == (
            found.side,
            found.topic,
            found.stance,
            found.statements,
        )
        assert text.index('"We oppose') == found.evidence[0].start  # the clause stating it

    def test_both_sides_agreeing_gives_each_side_the_position(self) -> None:
        """ "both sides agreed" gives the agreement to both countries of the visit."""
        text = "Scholz said both sides agreed to stabilise the relationship.\n"
        assert {("DE", "relationship", "agrees"), ("IN", "relationship", "agrees")} == {
            p[:3] for p in positions(text)
        }

    def test_country_named_as_topic_is_not_a_side(self) -> None:
        """ "China's actions" in a sentence is a topic word, not the side that is concerned."""
        text = "Scholz voiced concern about Russia's war in Ukraine.\n"
        assert [("DE", "russia-ukraine", "concerned", False, "olaf-scholz")] == positions(text)

    def test_negation_stays_in_its_clause(self) -> None:
        """ "has not changed and pressed India" does not negate "pressed"."""
        text = "Scholz said the policy has not changed and pressed India over human rights.\n"
        assert [("DE", "human-rights", "demands", False, "olaf-scholz")] == positions(text)

    def test_coordinated_subjects_both_hold_the_stance(self) -> None:
        """ "Germany, India pledge to ..." gives the pledge to both sides."""
        text = "Germany, India pledge to stabilise the relationship.\n"
        assert {("DE", "relationship", "commits"), ("IN", "relationship", "commits")} == {
            p[:3] for p in positions(text)
        }

    def test_countries_joined_by_and_both_hold_the_stance(self) -> None:
        """ "Germany and India have pledged ..." gives the pledge to both sides."""
        text = "Germany and India have pledged to stabilise the relationship.\n"
        assert {("DE", "relationship", "commits"), ("IN", "relationship", "commits")} == {
            p[:3] for p in positions(text)
        }

    def test_coordinated_people_both_hold_the_stance(self) -> None:
        """ "Scholz and Modi vowed ..." gives the vow to both their countries."""
        text = "Scholz and Modi vowed to stabilise the relationship.\n"
        assert {
            ("DE", "relationship", "commits", False, "olaf-scholz"),
            ("IN", "relationship", "commits", False, "narendra-modi"),
        } == set(positions(text))


class TestPositionsAbstain:
    def test_both_sides_as_an_object_holds_nothing(self) -> None:
        """ "angry rhetoric from both sides over Taiwan" is no side's stance."""
        text = "Talks were marred by rhetoric from both sides, and Modi's aides rejected it.\n"
        assert [] == positions("Talks were marred by rhetoric from both sides over Taiwan.\n")
        assert [] == positions(text)

    def test_a_topic_only_before_the_cue_is_not_its_object(self) -> None:
        """ "On Taiwan, nothing changed and Modi pressed Scholz" gives no Taiwan stance."""
        text = "Scholz said the position on Taiwan has not changed and Modi pressed him.\n"
        assert [] == positions(text)

    def test_a_third_person_inside_a_quotation_is_not_the_speaker(self) -> None:
        """ "He called for dialogue," she said: the stance is not the speaker's."""
        text = '"He called for more dialogue with India," Scholz said.\n'
        statement = quote(
            text, "He called for more dialogue with India,", "olaf-scholz", StatementKind.DIRECT
        )
        assert [] == positions(text, (statement,))

    def test_no_holder_no_position(self) -> None:
        """A stance whose clause names no holder and no report carries it is left out."""
        assert [] == positions("Concerns about the war in Ukraine were raised.\n")

    def test_a_press_conference_is_no_demand(self) -> None:
        """ "press conference" is not "pressed"."""
        text = "Modi held a press conference on the war in Ukraine.\n"
        assert [] == positions(text)


class TestTagTopics:
    def test_statement_gets_the_topics_its_words_name(self) -> None:
        """A quotation about fentanyl and Taiwan is tagged with both topics."""
        text = '"Fentanyl and Taiwan came up," Scholz said.\n'
        statement = quote(text, "Fentanyl and Taiwan came up,", "olaf-scholz", StatementKind.DIRECT)
        (tagged,) = tag_topics([statement])
        assert ("fentanyl", "taiwan") == tuple(sorted(tagged.topics))


def position(side: str, topic: str, stance: Stance, negated: bool = False) -> Position:
    return Position(side=side, topic=TopicId(topic), stance=stance, negated=negated)


class TestComparePositions:
    def test_both_sides_supporting_agree(self) -> None:
        """Two sides that both commit or agree on a topic agree."""
        (row,) = compare_positions(
            [position("DE", "t", Stance.COMMITS), position("IN", "t", Stance.AGREES)], SIDES
        )
        assert (Agreement.AGREE, ("DE", "IN")) == (row.agreement, tuple(s for s, _ in row.sides))

    def test_support_against_rejection_disagrees(self) -> None:
        """One side supporting and the other rejecting is a disagreement."""
        (row,) = compare_positions(
            [position("DE", "t", Stance.SUPPORTS), position("IN", "t", Stance.REJECTS)], SIDES
        )
        assert Agreement.DISAGREE == row.agreement

    def test_negated_support_counts_against(self) -> None:
        """ "does not support" leans away from the topic, so it disagrees with support."""
        (row,) = compare_positions(
            [position("DE", "t", Stance.SUPPORTS, True), position("IN", "t", Stance.SUPPORTS)],
            SIDES,
        )
        assert Agreement.DISAGREE == row.agreement

    def test_one_side_only(self) -> None:
        """A topic only one side took a stance on is one-sided."""
        (row,) = compare_positions([position("DE", "t", Stance.CONCERNED)], SIDES)
        assert Agreement.ONE_SIDED == row.agreement


class TestBothSidesAsSubjects:
    def test_the_two_leaders_agreeing_is_both_sides(self) -> None:
        """ "The two leaders agreed to ... trade" gives each side the position."""
        text = "The two leaders agreed to expand trade and investment.\n"
        assert {("DE", "agrees"), ("IN", "agrees")} == {
            (side, stance) for side, _, stance, _, _ in positions(text)
        }


class TestCueReach:
    def test_each_verb_states_a_stance_on_what_follows_it(self) -> None:
        """ "welcomed X and committed to Y": X is welcomed, Y committed to, by the same subject."""
        text = "Scholz welcomed the trade deal and committed to fighting terrorism.\n"
        assert [
            ("DE", "counterterrorism", "commits", False, "olaf-scholz"),
            ("DE", "economic-policy", "supports", False, "olaf-scholz"),
        ] == positions(text)

    def test_a_noun_cue_ends_the_reach_of_the_verb_before_it(self) -> None:
        """ "welcomed X in support of Y": Y is not welcomed, and "in support" is no stance."""
        text = "Scholz welcomed the trade deal in support of a rules-based order.\n"
        assert [("DE", "economic-policy", "supports", False, "olaf-scholz")] == positions(text)

    def test_the_possessor_of_a_noun_cue_holds_it(self) -> None:
        """ "..., including India's pledge to end deforestation" is India's pledge."""
        text = (
            "Scholz thanked Modi for India's leadership on climate, including India's pledge"
            " to end deforestation.\n"
        )
        assert {("DE", "climate", "supports"), ("IN", "climate", "commits")} == {
            p[:3] for p in positions(text)
        }

    def test_a_cue_inside_a_name_is_no_stance(self) -> None:
        """ "the Security Support Mission in Haiti" names a mission; "Support" states nothing."""
        text = (
            "Germany is also leading the Multinational Security Support Mission in Haiti in"
            " response to a request from the region.\n"
        )
        assert [] == positions(text)

    def test_relations_with_a_country_are_the_relationship(self) -> None:
        """ "relations with Russia" is the relationship, not the war in Ukraine."""
        text = "Scholz welcomed better relations with Russia.\n"
        assert [("DE", "relationship", "supports", False, "olaf-scholz")] == positions(text)

    def test_a_mention_followed_by_a_stance_takes_the_stance(self) -> None:
        """ "discussed the importance of X" supports X; "discussed X" only mentions it."""
        assert [("DE", "climate", "supports", False, "olaf-scholz")] == positions(
            "Scholz discussed the importance of climate cooperation.\n"
        )
        assert [("DE", "afghanistan", "mentions", False, "olaf-scholz")] == positions(
            "Scholz discussed Afghanistan.\n"
        )

    def test_a_that_clause_is_the_object_of_the_cue_before_it(self) -> None:
        """ "both sides agreed that they want to expand trade" is an agreement on trade."""
        text = "Both sides agreed that they want to expand trade.\n"
        assert {("DE", "economic-policy", "agrees"), ("IN", "economic-policy", "agrees")} == {
            p[:3] for p in positions(text)
        }


class TestTopicWords:
    def test_a_longer_word_of_another_topic_wins(self) -> None:
        """ "defence relationship" is defence cooperation, not the state of the relationship."""
        text = "Scholz welcomed the growing defence relationship.\n"
        assert [("DE", "defense-cooperation", "supports", False, "olaf-scholz")] == positions(text)

    def test_a_possessor_of_another_topic_is_no_topic(self) -> None:
        """ "Russia's Arctic Council chairmanship" is about the Arctic, not the war."""
        text = "Scholz discussed Russia's Arctic Council chairmanship.\n"
        assert [("DE", "arctic", "mentions", False, "olaf-scholz")] == positions(text)


class TestSubjectsCarried:
    def test_they_after_a_meeting_are_both_people(self) -> None:
        """ "Scholz hosted Modi. They welcomed ..." gives both of them the stance."""
        text = "Scholz hosted Modi in Berlin.\n\nThey welcomed the new trade deal.\n"
        assert {
            ("DE", "economic-policy", "supports", False, "olaf-scholz"),
            ("IN", "economic-policy", "supports", False, "narendra-modi"),
        } == set(positions(text))

    def test_he_is_the_previous_subject(self) -> None:
        """ "Scholz arrived. He welcomed ..." is Scholz's stance."""
        text = "Scholz arrived in New Delhi.\n\nHe welcomed the new trade deal.\n"
        assert [("DE", "economic-policy", "supports", False, "olaf-scholz")] == positions(text)

    def test_a_title_is_the_person_named_last_with_it(self) -> None:
        """ "The Chancellor welcomed ..." after "Chancellor Olaf Scholz met ..." is Scholz's."""
        text = "Chancellor Olaf Scholz met Modi.\n\nThe Chancellor welcomed the trade deal.\n"
        assert [("DE", "economic-policy", "supports", False, "olaf-scholz")] == positions(text)

    def test_a_title_two_people_hold_is_nobody(self) -> None:
        """ "The President", when two presidents were named and neither is the last subject,
        could be either: left out."""
        text = (
            "President Scholz met President Modi.\n\nReporters waited outside.\n\n"
            "The President welcomed the trade deal.\n"
        )
        assert [] == positions(text)

    def test_people_named_before_the_verb_are_its_subject(self) -> None:
        """ "Chancellor of Germany Olaf Scholz and Prime Minister Modi agreed": both agree."""
        text = "Chancellor of Germany Olaf Scholz and Prime Minister Modi agreed to expand trade.\n"
        assert {("DE", "agrees"), ("IN", "agrees")} == {
            (side, stance) for side, _, stance, _, _ in positions(text)
        }

    def test_a_visited_country_is_no_subject(self) -> None:
        """ "visited India and Germany, meeting leaders to discuss X" is not India's stance."""
        text = "The envoy visited India this week, meeting leaders to discuss trade.\n"
        assert [] == positions(text, sides=())


THREE = KNOWLEDGE.with_actors(
    [Actor(id=ActorId("emmanuel-macron"), name="Emmanuel Macron", country="FR")]
)


class TestSidesOfNoVisit:
    def test_the_leaders_are_the_two_countries_just_named(self) -> None:
        """With no visit, "the leaders" are the two countries whose people were just named."""
        text = "Scholz met Modi on Monday.\n\nThe leaders agreed to expand trade.\n"
        assert {("DE", "agrees"), ("IN", "agrees")} == {
            (side, stance) for side, _, stance, _, _ in positions(text, sides=())
        }

    def test_a_third_country_leaves_the_leaders_unknown(self) -> None:
        """Once someone of a third country is named, "the leaders" could be anyone."""
        text = (
            "Scholz met Modi on Monday.\n\nMacron spoke to reporters.\n\n"
            "The leaders agreed to expand trade.\n"
        )
        assert [] == positions(text, sides=(), knowledge=THREE)


class TestMoreSubjects:
    def test_they_after_two_people_of_the_sentence(self) -> None:
        """ "Scholz met Modi, as they discussed trade": both discussed it."""
        text = "Scholz met Modi in Berlin on Monday, as they discussed trade.\n"
        assert {("DE", "mentions"), ("IN", "mentions")} == {
            (side, stance) for side, _, stance, _, _ in positions(text)
        }

    def test_a_bare_both_before_a_verb_is_both_sides(self) -> None:
        """ "Both expressed support for more trade" gives each side the position."""
        text = "Both expressed support for more trade.\n"
        assert {("DE", "supports"), ("IN", "supports")} == {
            (side, stance) for side, _, stance, _, _ in positions(text)
        }

    def test_a_negated_antecedent_negates_the_relative_clause(self) -> None:
        """ "no condition under which Germany would accept sanctions" is a negated acceptance."""
        text = "Scholz said there is no condition under which Germany would accept sanctions.\n"
        assert [("DE", "economic-policy", "agrees", True, "olaf-scholz")] == positions(text)

    def test_of_two_titled_people_the_previous_subject(self) -> None:
        """ "The President" after "President Scholz met President Modi" is Scholz, the subject."""
        text = "President Scholz met President Modi.\n\nThe President welcomed the trade deal.\n"
        assert [("DE", "economic-policy", "supports", False, "olaf-scholz")] == positions(text)

    def test_the_two_leaders_are_each_sides_principal(self) -> None:
        """ "The two leaders agreed" is held by the two people; "both sides" by the countries."""
        leaders = "Scholz met Modi.\n\nThe two leaders agreed to expand trade.\n"
        sides = "Scholz met Modi.\n\nBoth sides agreed to expand trade.\n"
        assert {"olaf-scholz", "narendra-modi"} == {p[4] for p in positions(leaders)}
        assert {None} == {p[4] for p in positions(sides)}

    def test_a_country_after_a_preposition_and_the_is_no_subject(self) -> None:
        """ "Germany stands with the Philippines in its commitment to the alliance" is Germany's."""
        text = "Germany stands with the Philippines in its commitment to the alliance.\n"
        assert [("DE", "defense-cooperation", "commits", False, None)] == positions(text, sides=())

    def test_a_headline_tagline_names_the_speaker(self) -> None:
        """ "We do not support Taiwan independence - Scholz" is Scholz's negated support."""
        text = "We do not support Taiwan independence - Scholz\n"
        assert [("DE", "taiwan", "supports", True, "olaf-scholz")] == positions(text)

    def test_but_before_the_subject_is_an_opening(self) -> None:
        """ "Scholz arrived. But he also warned against tariffs." is Scholz's opposition."""
        text = "Scholz arrived in New Delhi.\n\nBut he also warned against new tariffs.\n"
        assert [("DE", "economic-policy", "opposes", False, "olaf-scholz")] == positions(text)

    def test_a_copula_after_the_topic_ends_the_object(self) -> None:
        """ "the need to expand trade was at the centre, as was Taiwan": only trade is wanted."""
        text = "Scholz said the need to expand trade was at the centre of talks, as was Taiwan.\n"
        assert [("DE", "economic-policy", "supports", False, "olaf-scholz")] == positions(text)


class TestTranscripts:
    def test_i_after_a_speaker_label_is_the_labelled_speaker(self) -> None:
        """In a transcript, "I welcome ..." after "CHANCELLOR SCHOLZ:" is Scholz's stance."""
        text = "CHANCELLOR SCHOLZ: Thank you. I welcome the new trade deal.\n"
        assert [("DE", "economic-policy", "supports", False, "olaf-scholz")] == positions(text)

    def test_we_discussed_is_both_sides(self) -> None:
        """ "we discussed X" from one side's principal is both sides' mention of X."""
        text = "CHANCELLOR SCHOLZ: Today we discussed trade.\n"
        assert {
            ("DE", "economic-policy", "mentions", False, "olaf-scholz"),
            ("IN", "economic-policy", "mentions", False, None),
        } == set(positions(text))

    def test_a_list_after_a_dash_is_the_object(self) -> None:
        """ "exchanged views on issues – first and foremost Afghanistan" mentions Afghanistan."""
        text = "Scholz exchanged views on many issues – first and foremost Afghanistan.\n"
        assert [("DE", "afghanistan", "mentions", False, "olaf-scholz")] == positions(text)

    def test_a_new_statement_after_a_dash_is_not_the_object(self) -> None:
        """ "welcomed Modi for talks — the countries' ties have grown" states no stance on ties."""
        text = "Scholz welcomed Modi for talks — the countries' ties have grown closer.\n"
        assert [] == positions(text)


OFFICE = KNOWLEDGE.with_actors(
    [
        Actor(
            id=ActorId("german-foreign-office"),
            name="German Foreign Office",
            kind=ActorKind.INSTITUTION,
            country="DE",
        )
    ]
)


class TestInstitutions:
    def test_a_ministry_as_subject_holds_its_countrys_stance(self) -> None:
        """ "The German Foreign Office welcomed ..." is Germany's stance, held by the office."""
        text = "The German Foreign Office welcomed the new trade deal.\n"
        assert [("DE", "economic-policy", "supports", False, "german-foreign-office")] == positions(
            text, knowledge=OFFICE
        )

    def test_a_ministry_as_a_place_holds_nothing(self) -> None:
        """ "India, speaking at the German Foreign Office, welcomed ..." is India's stance."""
        text = "India, speaking at the German Foreign Office, welcomed the trade deal.\n"
        assert {"IN"} == {p[0] for p in positions(text, knowledge=OFFICE)}


NAMED = [(0, 5, ActorId("a")), (10, 15, ActorId("b")), (20, 25, ActorId("c"))]
"""Three people named, in order of their starts."""


class TestPeopleNamedSince:
    def test_in_order_the_people_from_a_start_on(self) -> None:
        """People in order of their starts: those starting at or after the start."""
        starts = [start for start, _, _ in NAMED]
        assert NAMED[1:] == list(_named_since(NAMED, starts, 10))


class TestTitledSoFar:
    def test_the_people_read_once_as_the_point_moves_on(self) -> None:
        """Each mention is read once for a title's words; later points read only the rest."""
        titled = TitledSoFar()
        read: list[int] = []

        def holds(start: int, actor: ActorId) -> bool:
            read.append(start)
            return actor != "b"

        words = frozenset({"secretary"})
        first = list(titled.holders(words, NAMED, 2, holds))
        second = list(titled.holders(words, NAMED, 3, holds))
        assert (["a"], ["a", "c"], [0, 10, 20]) == (first, second, read)
