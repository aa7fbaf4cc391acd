"""Tests for statements: who said each quotation, discovery, merging and properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomatic_events.exceptions import DiplomaticEventsError
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import (
    ActorKind,
    Block,
    BlockKind,
    LiveEntry,
    NonQuotationKind,
    Report,
    Source,
    Statement,
    StatementKind,
)
from diplomatic_events.parsing._quotes import PairKind, find_pairs
from diplomatic_events.parsing._statements import (
    SourceStatements,
    extract_statements,
    merge_statements,
)
from diplomatic_events.testing.sources import lines_source as _source
from diplomatic_events.typing import ActorId, SourceId, StatementId


def _said(result: SourceStatements) -> list[tuple[str, str | None]]:
    return [(s.reports[0].text, s.speaker) for s in result.statements]


class TestShapes:
    def test_quote_cue_speaker(self, knowledge: KnowledgeBase) -> None:
        """'"…," Jane Doe said' names the speaker after the quotation, with cue and mention."""
        result = extract_statements(_source('"We agree," Jane Doe said.'), knowledge)
        (statement,) = result.statements
        report = statement.reports[0]
        assert ("jane-doe", "said", "Jane Doe", (1, 10)) == (
            statement.speaker,
            report.cue.text if report.cue else None,
            report.speaker_mention.text if report.speaker_mention else None,
            (report.start, report.end),
        )

    def test_speaker_cue_quote(self, knowledge: KnowledgeBase) -> None:
        """'Jane Doe said: "…"' names the speaker before the quotation."""
        result = extract_statements(_source('Jane Doe said: "We agree."'), knowledge)
        assert [("We agree.", "jane-doe")] == _said(result)

    @pytest.mark.parametrize("verb", ["branded", "termed", "dubbed", "labelled"])
    def test_a_naming_verb_gives_the_subject_s_word(
        self, knowledge: KnowledgeBase, verb: str
    ) -> None:
        """ "Foreign Minister Jane Doe branded the cooperation as 'exemplary'": the word is
        hers."""
        text = f"Foreign Minister Jane Doe {verb} the cooperation as “exemplary” during a visit."
        assert [("exemplary", "jane-doe")] == _said(extract_statements(_source(text), knowledge))

    def test_a_reminder_introduces_the_quotation_after_it(self, knowledge: KnowledgeBase) -> None:
        """ "Gen. Jane Doe reminded all of the importance of this gathering. '...'": the
        quotation after her reminder is hers."""
        text = (
            "Gen. Jane Doe reminded all of the importance of this gathering. “This conference is"
            " a critical opportunity.”"
        )
        assert [("This conference is a critical opportunity.", "jane-doe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_cue_then_speaker(self, knowledge: KnowledgeBase) -> None:
        """'"…," said Jane Doe' puts the cue first."""
        result = extract_statements(_source('"We agree," said Jane Doe.'), knowledge)
        assert [("We agree,", "jane-doe")] == _said(result)

    def test_split_quote(self, knowledge: KnowledgeBase) -> None:
        """Both halves of a split quotation go to the speaker in the middle."""
        text = '"At the same time," Doe added, "we have concerns."'
        result = extract_statements(_source("Jane Doe spoke.\n" + text), knowledge)
        assert [("At the same time,", "jane-doe"), ("we have concerns.", "jane-doe")] == _said(
            result
        )

    def test_partial_inside_paraphrase(self, knowledge: KnowledgeBase) -> None:
        """A fragment inside paraphrase is a partial statement of the sentence's subject."""
        result = extract_statements(
            _source('Jane Doe called the talks "candid and useful" on Monday.'), knowledge
        )
        (statement,) = result.statements
        assert ("jane-doe", "partial") == (statement.speaker, statement.kind.value)

    def test_pronoun_resolution_by_gender(self, knowledge: KnowledgeBase) -> None:
        """'she' resolves to the woman just mentioned, not the man mentioned last."""
        text = 'Jane Doe met Tom Roe in Paris.\n"It went well," she said.'
        assert [("It went well,", "jane-doe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_he_after_meeting_is_the_subject(self, knowledge: KnowledgeBase) -> None:
        """'he said after meeting with X' makes 'he' the speaker, not X."""
        text = 'Tom Roe arrived.\n"We talked," he said after meeting with Jane Doe.'
        assert [("We talked,", "tom-roe")] == _said(extract_statements(_source(text), knowledge))

    def test_title_resolution(self, knowledge: KnowledgeBase) -> None:
        """'the top US diplomat' resolves to the Secretary of State the text names."""
        text = 'Jane Doe landed.\n"We hope so," said the top US diplomat.'
        assert [("We hope so,", "jane-doe")] == _said(extract_statements(_source(text), knowledge))

    def test_institution(self, knowledge: KnowledgeBase) -> None:
        """A quotation given by a department is the institution's."""
        text = 'The State Department said Doe "underscored the importance of talks."'
        assert [("underscored the importance of talks.", "us-state-department")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_statement_added(self, knowledge: KnowledgeBase) -> None:
        """'the statement added' is the institution that issued the statement."""
        text = (
            'China\'s Ministry of Foreign Affairs wrote in a statement that talks "matter."\n'
            '"Respect our interests," the statement added.'
        )
        speakers = {s for _, s in _said(extract_statements(_source(text), knowledge))}
        assert {"chinese-ministry-of-foreign-affairs"} == speakers

    def test_unnamed_official(self, knowledge: KnowledgeBase) -> None:
        """An unnamed official becomes an unnamed actor named by affiliation."""
        text = '"Progress was made," a senior State Department official told reporters.'
        result = extract_statements(_source(text), knowledge)
        (statement,) = result.statements
        actor = next(a for a in result.actors if a.id == statement.speaker)
        assert ("unnamed US State Department official", ActorKind.UNNAMED) == (
            actor.name,
            actor.kind,
        )

    def test_unattributed_is_kept(self, knowledge: KnowledgeBase) -> None:
        """A quotation nobody is named for is kept, with no speaker."""
        result = extract_statements(
            _source('The crowd chanted "peace now" in the rain.'), knowledge
        )
        assert [("peace now", None)] == _said(result)

    def test_headline_takes_body_speaker(self, knowledge: KnowledgeBase) -> None:
        """A headline quotation takes the speaker of the same words in the body."""
        text = (
            'Talks at a "critical juncture"\nJane Doe said the talks came at a "critical juncture."'
        )
        result = extract_statements(_source(text, {0: BlockKind.HEADLINE}), knowledge)
        assert ["jane-doe", "jane-doe"] == [s for _, s in _said(result)]

    def test_title_line_left_as_body_takes_body_speaker(self, knowledge: KnowledgeBase) -> None:
        """A short unpunctuated line over a paragraph is a title: it takes the body's speaker."""
        text = (
            "Critics: 'A costly friendship'\n"
            'Ann Lee, a lawmaker, objected. "This is a costly friendship," she wrote.'
        )
        result = extract_statements(_source(text), knowledge)
        assert [
            ("A costly friendship", "ann-lee"),
            ("This is a costly friendship,", "ann-lee"),
        ] == [(s.reports[0].text, s.speaker) for s in result.statements]

    def test_nested_recorded(self, knowledge: KnowledgeBase) -> None:
        """A nested pair is a NonQuotation, not a statement."""
        text = "\"Oppose 'independence,'\" Jane Doe said."
        result = extract_statements(_source(text), knowledge)
        assert (1, [NonQuotationKind.NESTED]) == (
            len(result.statements),
            [n.kind for n in result.non_quotations],
        )

    def test_live_entry_subject_and_time(self, knowledge: KnowledgeBase) -> None:
        """Pronouns stay inside their live entry, and reports take the entry's time."""
        text = 'Doe on trade - Jane Doe\n"We are done," she says.\nRoe speaks\n"Fine," he says.'
        lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
        when = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
        entries = (
            LiveEntry(start=lines[0][0], end=lines[1][1], published=when),
            LiveEntry(start=lines[2][0], end=lines[3][1], published=when),
        )
        kinds = [BlockKind.HEADING, BlockKind.BODY, BlockKind.HEADING, BlockKind.BODY]
        blocks = tuple(
            Block(kind=kind, start=a, end=b, entry=n // 2)
            for n, (kind, (a, b)) in enumerate(zip(kinds, lines, strict=True))
        )
        text = text.replace("Roe speaks", "Tom Roe on")
        source = Source(id=SourceId("live"), text=text, blocks=blocks, entries=entries)
        result = extract_statements(source, knowledge)
        assert [("We are done,", "jane-doe", when), ("Fine,", "tom-roe", when)] == [
            (s.reports[0].text, s.speaker, s.reports[0].said_at) for s in result.statements
        ]


class TestNearestCue:
    def test_nearest_cue_subject_speaks(self, knowledge: KnowledgeBase) -> None:
        """'As he said goodbye to Roe, Zhang was heard telling him: "…"': Zhang, the cue nearest."""
        text = 'As he said goodbye to Tom Roe, Zhang Wei was heard telling him: "Take care."'
        result = extract_statements(_source(text), knowledge)
        (statement,) = result.statements
        assert ("zhang-wei", 65, 75) == (
            statement.speaker,
            statement.reports[0].start,
            statement.reports[0].end,
        )

    def test_subject_of_told_beats_object(self, knowledge: KnowledgeBase) -> None:
        """'Doe asked Roe: "…"' is Doe's question, not Roe's."""
        result = extract_statements(_source('Jane Doe asked Tom Roe: "Will you come?"'), knowledge)
        assert [("Will you come?", "jane-doe")] == _said(result)

    def test_according_to_yields_to_sentence_cue(self, knowledge: KnowledgeBase) -> None:
        """'According to Xinhua, Zhang told Roe that "…"': the teller, not the listener."""
        text = 'According to Xinhua, Zhang Wei told Tom Roe that both "have a duty to talk".'
        result = extract_statements(_source(text), knowledge)
        assert [("have a duty to talk", "zhang-wei")] == _said(result)

    def test_according_to_alone_names_the_source(self, knowledge: KnowledgeBase) -> None:
        """With no other cue, 'according to' names its own phrase, not a later person."""
        text = 'According to Xinhua, the talks with Tom Roe were "deep and candid".'
        result = extract_statements(_source(text), knowledge)
        assert [("deep and candid", "xinhua")] == _said(result)

    def test_unnamed_ambassador_with_place(self, knowledge: KnowledgeBase) -> None:
        """'one European ambassador in Brussels told us' is an unnamed ambassador."""
        text = '"Unity matters," one European ambassador in Brussels told us.'
        result = extract_statements(_source(text), knowledge)
        ((quoted, speaker),) = _said(result)
        actor = next(a for a in result.actors if a.id == speaker)
        assert ("Unity matters,", ActorKind.UNNAMED, True) == (
            quoted,
            actor.kind,
            actor.name.endswith("ambassador"),
        )

    def test_reporter_title_discovers_person(self, knowledge: KnowledgeBase) -> None:
        """'reporter Ann Vale asked' introduces Ann Vale, who asked the question."""
        text = 'Newspaper reporter Ann Vale asked Tom Roe: "What steps will you take?"'
        result = extract_statements(_source(text), knowledge)
        assert [("What steps will you take?", "ann-vale")] == _said(result)


class TestClauseShapes:
    def test_relative_who_is_the_name_before(self, knowledge: KnowledgeBase) -> None:
        """'met X, who told him "…"' makes X the speaker, not the sentence's subject."""
        text = 'On Monday Tom Roe met Jane Doe, who told him trade would grow "in every way."'
        assert [("in every way.", "jane-doe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_appositive_name_before_cue(self, knowledge: KnowledgeBase) -> None:
        """'A spokesperson, X, said' gives the name between the commas."""
        text = 'A foreign ministry spokesperson, Jane Doe, said they wanted "more talks".'
        assert [("more talks", "jane-doe")] == _said(extract_statements(_source(text), knowledge))

    def test_place_after_preposition_is_not_the_speaker(self, knowledge: KnowledgeBase) -> None:
        """'X ended her trip in Beijing saying "…"' is X's, not China's."""
        text = 'Jane Doe ended her trip in Beijing saying the world is "big enough".'
        assert [("big enough", "jane-doe")] == _said(extract_statements(_source(text), knowledge))

    def test_the_object_of_to_is_not_the_speaker(self, knowledge: KnowledgeBase) -> None:
        """'welcomed X to the White House October 6 saying "…"' is the subject's; the
        place the guest was welcomed to says nothing. "According to" still names one."""
        text = (
            'Jane Doe welcomed Tom Roe to the White House October 6 saying, "Today we affirm'
            ' our ties." Officials met again, according to the White House, which said it'
            ' was "a good day".'
        )
        assert [
            ("Today we affirm our ties.", "jane-doe"),
            ("a good day", "white-house"),
        ] == _said(extract_statements(_source(text), knowledge))

    def test_a_participle_of_saying_opens_a_quotation(self, knowledge: KnowledgeBase) -> None:
        """'... October 6 declaring, "…"' reports the subject's words as "saying" does: the
        participles of the verbs that only report speech are cues."""
        text = (
            "Washington -- President Jane Doe welcomed President Tom Roe to the White House"
            ' October 6 declaring, "Today we affirm our ties. And we go on."'
        )
        assert [("Today we affirm our ties. And we go on.", "jane-doe")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_object_after_quote_does_not_speak(self, knowledge: KnowledgeBase) -> None:
        """'welcomed "…" with Washington but urged' keeps the sentence's subject."""
        text = 'Zhang Wei said he welcomed "more exchanges" with Washington but urged restraint.'
        assert [("more exchanges", "zhang-wei")] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestLabels:
    def test_name_colon_heading(self, knowledge: KnowledgeBase) -> None:
        """A heading 'Name: … "…"' gives the quotation to the name, not the story's speaker."""
        text = "Tom Roe arrives.\nDoe: arming them would be 'against the law'\nTom Roe spoke."
        result = extract_statements(_source(text, {1: BlockKind.HEADING}), knowledge)
        (statement,) = result.statements
        mention = statement.reports[0].speaker_mention
        assert ("jane-doe", (17, 20)) == (
            statement.speaker,
            (mention.start, mention.end) if mention else None,
        )


class TestDocuments:
    def test_statement_said_is_its_issuer(self, knowledge: KnowledgeBase) -> None:
        """'The statement said' goes to the institution that released the statement."""
        text = (
            "In a statement released by China's Ministry of Foreign Affairs, both sides agreed."
            "\nTom Roe arrived.\n"
            'The statement said both leaders "stressed dialogue".'
        )
        assert [("stressed dialogue", "chinese-ministry-of-foreign-affairs")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_readout_skips_institution_that_is_an_object(self, knowledge: KnowledgeBase) -> None:
        """'the readout' is the issuer's, not an organisation named only as an object."""
        text = (
            "According to Xinhua, Zhang Wei spoke as a member of the UN security council.\n"
            'The readout repeats the call for talks "as soon as possible".'
        )
        assert [("as soon as possible", "xinhua")] == _said(
            extract_statements(_source(text), knowledge)
        )

    def test_in_a_statement_keeps_the_person(self, knowledge: KnowledgeBase) -> None:
        """'X said in a statement' is X's, whoever issued earlier statements."""
        text = (
            "A statement released by the State Department came first.\n"
            'Jane Doe said in a statement that she would not go, citing "grave concerns."'
        )
        assert [("grave concerns.", "jane-doe")] == _said(
            extract_statements(_source(text), knowledge)
        )


class TestUnnamedSources:
    def _speaker_name(self, text: str, knowledge: KnowledgeBase) -> list[tuple[str, str]]:
        result = extract_statements(_source(text), knowledge)
        names = {a.id: a.name for a in result.actors}
        return [(s.reports[0].text, names.get(s.speaker or "", "")) for s in result.statements]

    def test_possessive_person_and_aides(self, knowledge: KnowledgeBase) -> None:
        """'Doe's advisers say' is an unnamed adviser affiliated with Doe's country."""
        text = 'Jane Doe landed. Doe\'s advisers say the aim is to "engage" them.'
        assert [("engage", "unnamed US adviser")] == self._speaker_name(text, knowledge)

    def test_country_adjective_not_country_noun(self, knowledge: KnowledgeBase) -> None:
        """'a Japanese official' is named with the adjective, 'Japanese', not 'Japan'."""
        text = 'A senior Japanese official said it was "fine".'
        assert [("fine", "unnamed Japanese official")] == self._speaker_name(text, knowledge)

    def test_seat_of_power_is_the_affiliation(self, knowledge: KnowledgeBase) -> None:
        """'Sources in Elmhall' (no city the gazetteer knows) are Elmhall sources."""
        text = 'Sources in Elmhall said the talks were "frank".'
        assert [("frank", "unnamed Elmhall source")] == self._speaker_name(text, knowledge)

    def test_bare_plural_with_origin_is_new_source(self, knowledge: KnowledgeBase) -> None:
        """'diplomats from central Europe say' is a new unnamed source, not the one before."""
        text = (
            'A Chinese official said it was "fine".\n'
            'Privately, diplomats from central Europe say it looks like "business as usual".'
        )
        assert [
            ("fine", "unnamed Chinese official"),
            ("business as usual", "unnamed diplomat"),
        ] == self._speaker_name(text, knowledge)


class TestReportedSpeech:
    def _indirect(self, text: str, knowledge: KnowledgeBase) -> list[tuple[str, str | None, str]]:
        result = extract_statements(_source(text), knowledge)
        return [
            (
                s.reports[0].text,
                s.speaker,
                s.reports[0].cue.text if s.reports[0].cue else "",
            )
            for s in result.statements
            if s.kind is StatementKind.INDIRECT
        ]

    def test_said_clause(self, knowledge: KnowledgeBase) -> None:
        """'X said <clause>.' is an indirect statement of X with the clause's exact span."""
        text = "Jane Doe said Zhang Wei assured her the talks would go on."
        result = extract_statements(_source(text), knowledge)
        (statement,) = result.statements
        report = statement.reports[0]
        assert (StatementKind.INDIRECT, "jane-doe", "said", 14, 57) == (
            statement.kind,
            statement.speaker,
            report.cue.text if report.cue else None,
            report.start,
            report.end,
        )
        assert text[14:57] == report.text

    def test_told_that_and_pronoun(self, knowledge: KnowledgeBase) -> None:
        """'she told reporters that …' resolves the pronoun; the cue keeps its object."""
        text = "Jane Doe arrived.\nShe told reporters that the visit had been useful."
        assert [("the visit had been useful", "jane-doe", "told reporters")] == self._indirect(
            text, knowledge
        )

    def test_noun_object_is_not_speech(self, knowledge: KnowledgeBase) -> None:
        """'X stressed the commitment' reports no clause; 'X stressed that …' does."""
        text = (
            "Jane Doe stressed the commitment to peace.\nTom Roe stressed that peace mattered most."
        )
        assert [("peace mattered most", "tom-roe", "stressed")] == self._indirect(text, knowledge)

    def test_sentence_with_quotation_marks_is_left_alone(self, knowledge: KnowledgeBase) -> None:
        """A sentence with quotation marks gives its quotations, not a paraphrase."""
        text = 'Jane Doe said the talks were "useful" for both sides.'
        assert [] == self._indirect(text, knowledge)


class TestDiscovery:
    def test_unknown_person_discovered_and_surname_resolved(self, knowledge: KnowledgeBase) -> None:
        """An appositive introduces a new person; the surname alone then names them."""
        text = (
            "Yang Tao, director-general of the Chinese Foreign Ministry's department, spoke.\n"
            '"Remove the obstacle first," Yang told reporters.'
        )
        result = extract_statements(_source(text), knowledge)
        actor = next(a for a in result.actors if a.id == "yang-tao")
        assert (True, "CN", [("Remove the obstacle first,", "yang-tao")]) == (
            actor.discovered,
            actor.country,
            _said(result),
        )

    def test_name_in_commas_after_title(self, knowledge: KnowledgeBase) -> None:
        """'A spokesperson, Li Wumin, said' discovers Li Wumin, who speaks."""
        text = 'A Chinese ministry spokesperson, Li Wumin, said they want "more talks".'
        result = extract_statements(_source(text), knowledge)
        assert [("more talks", "li-wumin")] == _said(result)

    def test_title_introduces_person(self, knowledge: KnowledgeBase) -> None:
        """A title before an unknown name introduces a person."""
        text = 'German President Karl Beispiel said "ties matter."'
        result = extract_statements(_source(text), knowledge)
        assert [("ties matter.", "karl-beispiel")] == _said(result)

    def test_user_file_actor_is_recognised(self, knowledge: KnowledgeBase) -> None:
        """An actor from the user's TOML file is recognised by surname."""
        result = extract_statements(_source('"Fine," Zhang said.'), knowledge)
        assert [("Fine,", "zhang-wei")] == _said(result)


def _plain(
    source: str, speaker: str | None, text: str, kind: StatementKind = StatementKind.DIRECT
) -> Statement:
    report = Report(source=SourceId(source), kind=kind, text=text, start=0, end=len(text))
    return Statement(
        id=StatementId(f"{source}:s1"),
        speaker=ActorId(speaker) if speaker else None,
        kind=kind,
        reports=(report,),
    )


class TestMerge:
    def test_same_words_same_speaker_merge(self) -> None:
        """Two outlets' reports of the same words by the same speaker become one statement."""
        a = _plain("a", "jane-doe", "We both agree on the need to stabilize.")
        b = _plain("b", "jane-doe", "“We both agree on the need to stabilize”")
        (merged,) = merge_statements([a, b])
        assert ("a:s1", ("a", "b")) == (merged.id, merged.sources)

    def test_a_statement_one_outlet_quotes_is_quoted(self) -> None:
        """A longer paraphrase ("said the United States will continue to stand with ...")
        and a quotation of the same words by the same speaker: the statement is quoted, of
        the quotation's kind, whichever report is longest."""
        a = _plain(
            "a",
            "jane-doe",
            "the United States will continue to stand with the Senegalese people",
            StatementKind.INDIRECT,
        )
        b = _plain("b", "jane-doe", "The United States will continue to stand")
        (merged,) = merge_statements([a, b])
        assert (StatementKind.DIRECT, ("a", "b")) == (merged.kind, merged.sources)

    def test_different_speakers_stay_apart(self) -> None:
        """The same words by different speakers are different statements."""
        a = _plain("a", "jane-doe", "We both agree on the need to stabilize.")
        b = _plain("b", "tom-roe", "We both agree on the need to stabilize.")
        assert 2 == len(merge_statements([a, b]))

    def test_order_independent(self) -> None:
        """Merging gives the same result whatever the input order."""
        items = [
            _plain("a", "jane-doe", "We both agree on the need to stabilize."),
            _plain("b", "jane-doe", "We both agree on the need to stabilize"),
            _plain("c", "tom-roe", "Something else entirely here."),
        ]
        assert merge_statements(items) == merge_statements(list(reversed(items)))


_TEXT = st.text(st.sampled_from(list("\"'“”‘’ abHeJaneDoSid.,:-\n")), max_size=80)


class TestProperties:
    @settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(_TEXT)
    def test_any_text_gives_a_result(self, knowledge: KnowledgeBase, text: str) -> None:
        """Any text yields statements whose offsets cut their words from the original."""
        try:
            result = extract_statements(_source(text), knowledge)
        except DiplomaticEventsError:
            return
        for statement in result.statements:
            for report in statement.reports:
                assert text[report.start : report.end] == report.text

    @settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(_TEXT)
    def test_every_pair_accounted_for(self, knowledge: KnowledgeBase, text: str) -> None:
        """Every pair of marks is a statement report or a recorded non-quotation."""
        source = _source(text)
        result = extract_statements(source, knowledge)
        pairs = find_pairs(text, source.readable_blocks())
        quotes = [p for p in pairs if p.kind is PairKind.QUOTE and p.end > p.start]
        # A quote pair may still be judged a scare quote, so only the total is a law.
        assert (len(pairs), True) == (
            len(result.statements) + len(result.non_quotations),
            len(result.statements) <= len(quotes),
        )


class TestAttributorMentions:
    def test_mentions_given_out_of_order_are_read_in_text_order(self) -> None:
        """Mentions given last first are kept in text order, so a span's are found by
        bisection: those starting in it, not every mention."""
        from diplomatic_events.knowledge import Mention
        from diplomatic_events.model import Block, BlockKind
        from diplomatic_events.parsing._attribution import Attributor

        text = "Jane Doe spoke. John Roe spoke."
        jane = Mention(actor=ActorId("jane-doe"), start=0, end=8, text="Jane Doe")
        john = Mention(actor=ActorId("john-roe"), start=16, end=24, text="John Roe")
        attributor = Attributor(
            text=text,
            blocks=[Block(kind=BlockKind.BODY, start=0, end=len(text))],
            knowledge=KnowledgeBase(),
            mentions=[john, jane],
            pairs=[],
            day=None,
        )
        assert ((jane, john), [john]) == (
            attributor.mentions,
            list(attributor._mentions_from(10, len(text))),
        )
