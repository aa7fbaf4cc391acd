"""The word lists the parsers once held in code live in ``grammar.toml``: each loads, holds
the words the parsers used, is what the parser reads, and a user's file extends it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplomatic_events.knowledge._grammar import grammar, literal_alternation, load_grammar
from diplomatic_events.knowledge._load import default_knowledge
from diplomatic_events.parsing._analysis import title_case_words
from diplomatic_events.parsing._discovery import discover_people
from diplomatic_events.parsing._discovery._countries import (
    _country_in_apposition,
    _country_near,
)
from diplomatic_events.parsing._meetings._find import _ANOTHER_TIME
from diplomatic_events.parsing._meetings._words import _ATTENDED, _TRIGGER
from diplomatic_events.parsing._statements._designations import _SAY_IN_CLAUSE
from diplomatic_events.parsing._statements._unsaid import (
    _HABITUAL,
    _LINK_LIST_HEADER,
    _MOTTO,
    _NAMED_SO,
    _SIGN,
    _TERM,
)
from diplomatic_events.testing.sources import lines_source


def _extended(tmp_path: Path, key: str, words: list[str]) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(f"{key} = {words!r}\n".replace("'", '"'), encoding="utf-8")
    return path


class TestLiteralAlternation:
    def test_words_are_literal_and_longest_first(self) -> None:
        """Words are escaped and ordered longest first; a phrase's space is the given one."""
        expected = r"sat[ ]+in|a\.b|at"
        assert expected == literal_alternation(["at", "a.b", "sat in"], space="[ ]+")

    def test_an_empty_class_matches_nothing(self) -> None:
        """No words give a pattern that never matches."""
        assert re.search(literal_alternation([]), "anything") is None


class TestGreetedRanks:
    def test_the_bundled_ranks(self) -> None:
        """The bundled ranks are the ones the meeting finder held in code."""
        expected = {
            *("Gen", "Lt", "Maj", "Col", "Adm", "Brig", "Vice", "Rear", "Minister"),
            *("President", "Prime", "Secretary", "Ambassador", "Commander", "General"),
            *("Admiral", "Air"),
        }
        assert expected == grammar().greeted_ranks

    def test_every_bundled_rank_makes_greets_a_meeting(self) -> None:
        """A caption's "greets" before each bundled rank is a meeting word."""
        expected = dict.fromkeys(grammar().greeted_ranks, "greets")
        found = {
            rank: (m.group() if (m := _TRIGGER.search(f"Shaw greets {rank} Bilton")) else None)
            for rank in grammar().greeted_ranks
        }
        assert expected == found

    def test_greets_before_no_rank_is_no_meeting(self) -> None:
        """ "greets Sailors" names no rank: no meeting word."""
        assert _TRIGGER.search("Shaw greets Sailors aboard") is None

    def test_a_users_rank_joins_the_ranks(self, tmp_path: Path) -> None:
        """A rank in a user's file is matched as written, and only there."""
        path = _extended(tmp_path, "greeted_ranks", ["Marshal"])
        pattern = rf"(?:{literal_alternation(load_grammar(path).greeted_ranks)})\b"
        bundled = rf"(?:{literal_alternation(grammar().greeted_ranks)})\b"
        assert (True, False) == (
            re.match(pattern, "Marshal") is not None,
            re.match(bundled, "Marshal") is not None,
        )


class TestAttendedWords:
    def test_the_bundled_words(self) -> None:
        """The bundled words are the ones the meeting finder held in code, and "taking part
        in" / "took part in" ("Taking part in the meeting on the Russian side were ...")."""
        assert {
            "attended",
            "participated in",
            "sat in on",
            "taking part in",
            "took part in",
        } == grammar().attended_words

    @pytest.mark.parametrize(
        "words", ["attended", "participated in", "sat in on", "taking part in", "took part in"]
    )
    def test_each_phrase_tells_a_meeting_attended(self, words: str) -> None:
        """Each bundled phrase before "the meeting" is taking part in it."""
        match = _ATTENDED.search(f"He also {words} the meeting.")
        assert f"{words} the " == (match.group() if match else None)

    def test_a_line_break_parts_the_phrase(self) -> None:
        """The words of a phrase stand on one line."""
        assert _ATTENDED.search("He also participated\nin the meeting.") is None

    def test_a_users_phrase_joins_the_words(self, tmp_path: Path) -> None:
        """A phrase in a user's file is matched, its space any run of spaces or tabs."""
        path = _extended(tmp_path, "attended_words", ["took part in"])
        pattern = literal_alternation(load_grammar(path).attended_words, space=r"[ \t]+")
        match = re.search(pattern, "she took  part\tin the talks")
        assert "took  part\tin" == (match.group() if match else None)


class TestMottoWords:
    def test_the_bundled_words(self) -> None:
        """The bundled nouns are the ones the non-quotation reader held in code."""
        expected = {"motto", "creed", "slogan", "maxim", "watchword", "mantra"}
        assert expected == grammar().motto_words

    def test_every_noun_and_its_plural_marks_a_motto(self) -> None:
        """Each bundled noun, singular or plural, before the marks makes them a motto."""
        words = sorted(grammar().motto_words)
        expected = [True] * 2 * len(words)
        found = [
            _MOTTO.search(f"the unit's {word}{plural}, ") is not None
            for word in words
            for plural in ("", "s")
        ]
        assert expected == found

    def test_another_noun_is_no_motto(self) -> None:
        """A noun not listed ("answer") does not make the marks a motto."""
        assert _MOTTO.search("the unit's answer, ") is None

    def test_a_users_noun_joins_the_words(self, tmp_path: Path) -> None:
        """A noun in a user's file is read as the bundled ones are."""
        path = _extended(tmp_path, "motto_words", ["adage"])
        pattern = rf"(?i)(?:{literal_alternation(load_grammar(path).motto_words)})s?$"
        assert re.search(pattern, "an old Adages") is not None


class TestClauseWords:
    def test_the_bundled_words(self) -> None:
        """The bundled words are the ones the apposition reader held in code."""
        expected = {"who", "which", "that", "whose", "where", "when", "while", "as"}
        assert expected == grammar().clause_words

    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("Gen. Bob Smith, minister for defence who visited Japan.", None),
            ("Gen. Bob Smith, minister for defence and visited Japan.", "JP"),
        ],
    )
    def test_a_clause_word_ends_the_office_s_field(self, text: str, country: str | None) -> None:
        """A clause word after an office in lower case ends its field; "and" does not."""
        assert country == _country_in_apposition(text, len("Gen. Bob Smith"), default_knowledge())

    def test_a_users_word_joins_the_words(self, tmp_path: Path) -> None:
        """A word in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "clause_words", ["whom"])
        assert {"whom", "who"} <= load_grammar(path).clause_words


class TestTitleStopWords:
    def test_the_bundled_words(self) -> None:
        """The bundled words are the ones the country reader held in code."""
        expected = {"with", "met", "meets", "by", "at", "to", "from", "hosted"}
        assert expected == grammar().title_stop_words

    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("Japanese officials with Philip Dunne said.", None),
            ("Japanese officials and Philip Dunne said.", "JP"),
        ],
    )
    def test_a_stop_word_ends_the_title(self, text: str, country: str | None) -> None:
        """A country before "with" is not in the name's title; before "and" it is."""
        start = text.index("Philip")
        assert country == _country_near(text, start, start + 12, default_knowledge())


class TestTitleCaseMinorWords:
    def test_the_bundled_words(self) -> None:
        """The bundled words are the ones the text layer held in code."""
        expected = {
            *("with", "from", "into", "over", "upon", "about", "through", "toward"),
            *("towards", "across", "among", "amid", "within", "without", "between"),
            *("under", "after", "before", "against", "during", "beyond", "around", "along"),
        }
        assert expected == grammar().title_case_minor_words

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Capacity through Partnership", ["Capacity", "through", "Partnership"]),
            ("Capacity in Partnership", ["Capacity", "in", "Partnership"]),
            ("Capacity throughout Partnership", None),
        ],
    )
    def test_a_minor_word_stays_in_lower_case(self, text: str, expected: list[str] | None) -> None:
        """A listed word or one of three letters may stay in lower case in a title."""
        assert expected == title_case_words(text)

    def test_a_users_word_joins_the_words(self, tmp_path: Path) -> None:
        """A word in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "title_case_minor_words", ["throughout"])
        minor = re.compile(literal_alternation(load_grammar(path).title_case_minor_words))
        expected = ["Capacity", "throughout", "Partnership"]
        assert expected == title_case_words("Capacity throughout Partnership", minor)


class TestGenderedTitles:
    def test_the_bundled_titles(self) -> None:
        """The bundled titles are the ones the people finder held in code, and the styles
        of address of other languages' usage ("Smt.", "Mme", "Sra.", "Shri")."""
        expected = (
            {
                *("spokeswoman", "chairwoman", "congresswoman", "queen", "ms", "mrs", "miss"),
                *("madam", "smt", "mme", "sra", "daw"),
            },
            {"spokesman", "chairman", "congressman", "king", "prince", "mr", "shri"},
        )
        assert expected == (grammar().female_titles, grammar().male_titles)

    @pytest.mark.parametrize(("honorific", "gender"), [("Ms.", "female"), ("Mr.", "male")])
    def test_an_honorific_gives_the_gender(self, honorific: str, gender: str) -> None:
        """A person an honorific introduces ("Ms. Zhou said") has its gender."""
        text = f"The talks went well, {honorific} Zhou said.\n"
        found = discover_people(text, lines_source(text).blocks, default_knowledge())
        assert {"zhou": gender} == dict(found.genders)

    def test_a_users_title_joins_the_titles(self, tmp_path: Path) -> None:
        """A title in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "female_titles", ["dame"])
        assert {"dame", "queen"} <= load_grammar(path).female_titles


class TestHonorifics:
    def test_the_bundled_honorifics(self) -> None:
        """The bundled honorifics are the ones the people finder held in code, and peers'
        styles ("Lord Ahmad", "Baroness Goldie") and other languages' styles ("Smt. Sushma
        Swaraj", "Mme Colonna")."""
        expected = {
            *("Mr", "Mrs", "Ms", "Miss", "Madam", "Dr", "Prof", "Lord", "Baroness"),
            *("Smt", "Shri", "Mme", "Sra", "Daw"),
        }
        assert expected == grammar().honorifics

    @pytest.mark.parametrize("honorific", ["Dr", "Mrs", "Miss", "Madam"])
    def test_an_honorific_introduces_a_surname(self, honorific: str) -> None:
        """A surname after an honorific and its stop is a person, the honorific their role."""
        text = f"The talks went well, {honorific}. Zhou said.\n"
        found = discover_people(text, lines_source(text).blocks, default_knowledge())
        assert [("Zhou", (honorific,))] == [
            (actor.name, tuple(role.title for role in actor.roles)) for actor in found.actors
        ]

    def test_a_users_honorific_joins_them(self, tmp_path: Path) -> None:
        """An honorific in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "honorifics", ["Sir"])
        assert {"Sir", "Dr"} <= load_grammar(path).honorifics


class TestNamingVerbs:
    def test_the_bundled_verbs(self) -> None:
        """The bundled verbs are the ones the non-quotation reader held in code."""
        expected = {
            *("dubbed", "called", "named", "nicknamed", "known as", "branded", "titled"),
            *("entitled", "christened", "termed", "described as", "referred to as"),
        }
        assert expected == grammar().naming_verbs

    def test_every_verb_names_a_thing(self) -> None:
        """Each bundled verb before the marks gives a thing its name."""
        verbs = sorted(grammar().naming_verbs)
        found = [
            m.group() if (m := _NAMED_SO.search(f"a new platform {verb} ")) else None
            for verb in verbs
        ]
        assert [f"platform {verb} " for verb in verbs] == found

    def test_a_users_verb_joins_them(self, tmp_path: Path) -> None:
        """A verb in a user's file is matched, its space any run of spaces."""
        path = _extended(tmp_path, "naming_verbs", ["labelled as"])
        pattern = literal_alternation(load_grammar(path).naming_verbs, space=r"[ \u00a0]+")
        assert re.fullmatch(pattern, "labelled  as") is not None


class TestTermNouns:
    def test_the_bundled_nouns(self) -> None:
        """The bundled nouns are the ones the non-quotation reader held in code."""
        expected = {"word", "term", "phrase", "label", "expression", "slogan"}
        assert expected == grammar().term_nouns

    def test_every_noun_and_its_plural_marks_a_term(self) -> None:
        """ "the word", "the words", ... before the marks mention words, not quote them."""
        nouns = sorted(grammar().term_nouns)
        found = [
            _TERM.search(f"used the {noun}{plural} ") is not None
            for noun in nouns
            for plural in ("", "s")
        ]
        assert [True] * 2 * len(nouns) == found

    def test_another_noun_is_no_term(self) -> None:
        """A noun not listed ("the answer") does not mark a term."""
        assert _TERM.search("gave the answer ") is None

    def test_a_users_noun_joins_them(self, tmp_path: Path) -> None:
        """A noun in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "term_nouns", ["catchphrase"])
        assert {"catchphrase", "term"} <= load_grammar(path).term_nouns


class TestSignNouns:
    def test_the_bundled_nouns(self) -> None:
        """The bundled nouns are the ones the non-quotation reader held in code."""
        expected = {"sign", "banner", "placard", "poster", "t-shirt", "flag"}
        assert expected == grammar().sign_nouns

    def test_every_noun_and_its_plural_carries_words(self) -> None:
        """Each bundled noun, singular or plural, before "reading" shows the words."""
        nouns = sorted(grammar().sign_nouns)
        found = [
            _SIGN.search(f"held {noun}{plural} reading ") is not None
            for noun in nouns
            for plural in ("", "s")
        ]
        assert [True] * 2 * len(nouns) == found

    def test_a_users_noun_joins_them(self, tmp_path: Path) -> None:
        """A noun in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "sign_nouns", ["billboard"])
        assert {"billboard", "sign"} <= load_grammar(path).sign_nouns


class TestLinkListHeaders:
    def test_every_header_opens_a_link_list(self) -> None:
        """Each bundled header, in any case and with a site and a colon, is a whole line."""
        headers = sorted(grammar().link_list_headers)
        found = [
            _LINK_LIST_HEADER.fullmatch(f"{header.title()} on Example News:") is not None
            for header in headers
        ]
        assert [True] * len(headers) == found

    def test_the_bundled_headers_hold_the_old_ones(self) -> None:
        """The headers the non-quotation reader held in code are all bundled."""
        expected = {
            *("more on this", "more on this story", "read more", "related", "related stories"),
            *("also read", "further reading", "see also", "you may also like", "top stories"),
        }
        assert expected <= grammar().link_list_headers

    def test_another_line_is_no_header(self) -> None:
        """A line of prose is no header."""
        assert _LINK_LIST_HEADER.fullmatch("Read the statement") is None

    def test_a_users_header_joins_them(self, tmp_path: Path) -> None:
        """A header in a user's file is matched as written, in any case."""
        path = _extended(tmp_path, "link_list_headers", ["latest news"])
        pattern = literal_alternation(load_grammar(path).link_list_headers, space=" ")
        assert re.fullmatch(rf"(?i)(?:{pattern})", "Latest News") is not None


class TestActVerbs:
    def test_the_bundled_verbs(self) -> None:
        """The bundled verbs are the ones the designation reader held in code."""
        expected = {
            *("announced", "announces", "announce", "unveiled", "unveils", "unveil"),
            *("signed", "signs", "sign", "sealed", "seals", "seal", "agreed", "agree"),
            *("launched", "launch", "forged"),
        }
        assert expected == grammar().act_verbs

    def test_a_users_verb_joins_them(self, tmp_path: Path) -> None:
        """A verb in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "act_verbs", ["inaugurated"])
        assert {"inaugurated", "signed"} <= load_grammar(path).act_verbs


class TestSpeechVerbs:
    def test_the_bundled_verbs(self) -> None:
        """The bundled verbs are the ones the designation reader held in code."""
        expected = {
            *("said", "says", "say", "saying", "told", "tells", "telling", "added", "adds"),
            *("stressed", "insisted", "noted", "declared", "wrote", "writes", "stated"),
            *("argued", "warned"),
        }
        assert expected == grammar().speech_verbs

    def test_every_verb_is_a_verb_of_saying(self) -> None:
        """Each bundled verb, as a whole word in any case, is found; a longer word is not."""
        verbs = sorted(grammar().speech_verbs)
        found = [_SAY_IN_CLAUSE.search(f"as he {verb.upper()} then") is not None for verb in verbs]
        assert ([True] * len(verbs), None) == (found, _SAY_IN_CLAUSE.search("a sayings book"))

    def test_a_users_verb_joins_them(self, tmp_path: Path) -> None:
        """A verb in a user's file joins the bundled ones."""
        path = _extended(tmp_path, "speech_verbs", ["remarked"])
        pattern = literal_alternation(load_grammar(path).speech_verbs)
        assert re.fullmatch(pattern, "remarked") is not None


class TestHabitAdverbs:
    def test_the_bundled_adverbs(self) -> None:
        """The bundled adverbs are the ones the non-quotation reader held in code."""
        expected = {
            *("often", "usually", "typically", "frequently", "routinely", "commonly"),
            *("always", "sometimes", "tend to"),
        }
        assert expected == grammar().habit_adverbs

    def test_every_adverb_tells_a_habit(self) -> None:
        """ "leaders <adverb> speak about their" before the marks is a generic habit."""
        adverbs = sorted(grammar().habit_adverbs)
        found = [
            _HABITUAL.search(f"and leaders {adverb} speak about their ") is not None
            for adverb in adverbs
        ]
        assert [True] * len(adverbs) == found

    def test_a_users_adverb_joins_them(self, tmp_path: Path) -> None:
        """An adverb in a user's file is matched, its space any run of spaces."""
        path = _extended(tmp_path, "habit_adverbs", ["as a rule"])
        pattern = literal_alternation(load_grammar(path).habit_adverbs, space=r"[ \u00a0]+")
        assert re.fullmatch(pattern, "as  a rule") is not None


class TestAnotherTimeWords:
    def test_the_bundled_words(self) -> None:
        """The bundled words are the ones the meeting finder held in code."""
        assert {
            "later",
            "earlier",
            "afterward",
            "afterwards",
            "subsequently",
            "previously",
        } == grammar().another_time_words

    @pytest.mark.parametrize("word", ["later", "Afterwards", "previously"])
    def test_the_finder_reads_each_word(self, word: str) -> None:
        """The caption's "another time" pattern finds each bundled word, in any case."""
        match = _ANOTHER_TIME.search(f"Berg {word} met with Sato.")
        assert word == (match.group() if match else None)

    def test_a_users_word_joins_the_words(self, tmp_path: Path) -> None:
        """A word in a user's file is read with the bundled ones."""
        path = _extended(tmp_path, "another_time_words", ["thereafter"])
        assert "thereafter" in load_grammar(path).another_time_words


class TestCourtesyStyles:
    def test_the_bundled_words(self) -> None:
        """The bundled styles: "the", "Hon" and its long forms, "Rt"/"Right", "HE" and
        "His/Her Excellency"."""
        assert {
            "the",
            "Hon",
            "Honourable",
            "Honorable",
            "Rt",
            "Right",
            "HE",
            "His",
            "Her",
            "Excellency",
        } == grammar().courtesy_styles

    def test_a_users_word_joins_the_words(self, tmp_path: Path) -> None:
        """A style in a user's file is read with the bundled ones."""
        path = _extended(tmp_path, "courtesy_styles", ["Datuk"])
        assert "Datuk" in load_grammar(path).courtesy_styles
