"""A pattern is searched only in a text holding the literal text every match of it holds."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import pkgutil
import re
import string
import sys

import pytest
from dateutil import parser as date_parser
from hypothesis import given
from hypothesis import strategies as st

import diplomatic_events.parsing
from diplomatic_events import _needed
from diplomatic_events._needed import (
    _FOLDED_AWAY,
    WindowScan,
    holds_needed,
    may_match,
    may_match_in,
    needed_text,
    needed_words,
    table_words,
)
from diplomatic_events.knowledge import default_knowledge
from diplomatic_events.parsing._discovery._patterns import _patterns
from diplomatic_events.seeds import seed_files
from diplomatic_events.sources._dates import _MONTHS, _spelled_date
from diplomatic_events.sources._registry import outlets
from diplomatic_events.sources._rules import generic_rules
from diplomatic_events.testing.threads import race

_SEED_TEXT = "\n".join(path.read_text(encoding="utf-8") for path in seed_files())
_RULE_PATTERNS = [
    re.compile(pattern, flags)
    for _, adapter in outlets
    for patterns, flags in (
        (adapter.rules.boilerplate, 0),
        (adapter.rules.short_boilerplate, 0),
        (adapter.rules.related_link, 0),
        (adapter.rules.related_list, 0),
        (adapter.rules.metadata, 0),
        (adapter.rules.strong_evidence, re.MULTILINE),
        (adapter.rules.weak_evidence, re.MULTILINE),
    )
    for pattern in patterns
]

_PATTERNS = (
    "(?i)\\bsign in to (unlock|continue|read|comment)",
    "(?i)bloggers like this",
    "(?i)\\bcomments? (have|has|must) to be\\b",
    "(?i)member-only benefits",
    "spot_img",
    "(?m)^Watch CBS News$",
    "\\bCNN\\b",
    "(?i)ſkip",
    "(?i)\\bopens new tab$",
    "(?:abc)+x",
)
_PIECES = st.sampled_from(
    [
        "Sign in to read",
        "SIGN IN TO COMMENT",
        "ſign in to read",
        "bloggers like this",
        "BLOGGERS LİKE THİS",
        "bloggerſ like thiſ",
        "Comments have to be",
        "commentſ muſt to be",
        "Member-Only Benefits",
        "spot_img",
        "Watch CBS News",
        "CNN",
        "skip",
        "SKIP",
        "opens new tab",
        "abcabcx",
        "\n",
        " ",
        "K",
        "news",
    ]
)


class TestNeededText:
    def test_the_longest_literal_a_match_holds(self) -> None:
        """A case-sensitive pattern's longest literal run is needed as written."""
        assert ("contributed ", False) == needed_text(
            re.compile(r"CNN[’']s [A-Z][^\n]{0,300}contributed (?:reporting )?to this")
        )

    def test_ignoring_case_leaves_out_letters_with_other_equals(self) -> None:
        """Ignoring case, the literal is in lower case and holds no "i", "s" or "k" (the
        engine also takes "ı", "ſ" and the Kelvin sign for them)."""
        assert ("blogger", True) == needed_text(re.compile("(?i)bloggers like this"))

    def test_nothing_told_from_a_branch_or_an_optional_part(self) -> None:
        """An alternation at the top or a repeat that may match nothing needs no literal."""
        expected = [None, None, ("abc", False)]
        actual = [needed_text(re.compile(p)) for p in ("^a|b$", "(?:abcd)?x", "(?:abc)+x")]
        assert expected == actual

    def test_outlet_evidence_is_found_as_before(self) -> None:
        """Every outlet's evidence patterns are told a literal, and found in a page."""
        patterns = [
            re.compile(pattern, re.MULTILINE)
            for _, adapter in outlets
            for pattern in (*adapter.rules.strong_evidence, *adapter.rules.weak_evidence)
        ]
        page = "Watch CBS News\n(CNN) — CNN’s Ann Lee contributed to this report."
        assert [] == [p.pattern for p in patterns if needed_text(p) is None]
        expected = [pattern.search(page) is not None for pattern in patterns]
        assert expected == [holds_needed(p, page) and p.search(page) is not None for p in patterns]

    @given(st.lists(_PIECES, max_size=8).map(" ".join))
    def test_a_text_without_the_literal_holds_no_match(self, text: str) -> None:
        """Any text the literal test turns away is one the pattern finds nothing in."""
        patterns = [re.compile(p) for p in (*_PATTERNS, *generic_rules().boilerplate)]
        expected = [pattern.search(text) is not None for pattern in patterns]
        actual = [holds_needed(p, text) and p.search(text) is not None for p in patterns]
        assert expected == actual

    @given(st.integers(0, len(_SEED_TEXT)), st.integers(1, 400))
    def test_windows_of_real_texts(self, start: int, length: int) -> None:
        """On any window of the seed texts, every outlet's rule and evidence patterns are
        found exactly where they were before the literal test."""
        window = _SEED_TEXT[start : start + length]
        expected = [pattern.search(window) is not None for pattern in _RULE_PATTERNS]
        actual = [holds_needed(p, window) and p.search(window) is not None for p in _RULE_PATTERNS]
        assert expected == actual


def _module_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern at the top of a parsing module."""
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(
        diplomatic_events.parsing.__path__, "diplomatic_events.parsing."
    ):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    return list(found.values())


_PARSING_PATTERNS = _module_patterns()
_GATED = [p for p in _PARSING_PATTERNS if needed_words(p) is not None]
_TABLE_GATED = [p for p in _PARSING_PATTERNS if table_words(p) is not None]
_MEETING_PIECES = st.sampled_from(
    [
        "the talks",
        "THEIR MEETING",
        "his Sit-Down",
        "met",
        "MET",
        "who",
        "since",
        "ſince",
        "İn",
        "ınto",
        "so-called",
        "signed",
        "the two leaders",
        "officials",
        "said",
        ", and",
        " before ",
        "\n",
        " ",
        "K",
    ]
)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """A window of a seed text, or words the patterns need, in any case."""
    if draw(st.booleans()):
        return " ".join(draw(st.lists(_MEETING_PIECES, max_size=8)))
    start = draw(st.integers(0, len(_SEED_TEXT)))
    return _SEED_TEXT[start : start + draw(st.integers(0, 400))]


class TestNeededWords:
    def test_one_literal_per_branch(self) -> None:
        """A branch's literals are joined to what follows them while they stay few."""
        expected = [(("xtalksy", "xmety"), False), (("conference",), True)]
        actual = [
            needed_words(re.compile(r"x(?:met|talks)y")),
            needed_words(re.compile(r"\b(?:news|press)\s+conference\b", re.IGNORECASE)),
        ]
        assert expected == actual

    def test_a_word_holding_another_is_left_out(self) -> None:
        """ "talks" holds "talk": a text holding it holds "talk", which is tested alone."""
        assert (("talk",), True) == needed_words(re.compile(r"(?i)\btalks?\b"))

    def test_nothing_told_when_a_branch_needs_no_literal(self) -> None:
        """A branch of letters of any kind needs no literal: nothing is told."""
        assert None is needed_words(re.compile(r"abc|[a-z]+"))

    def test_the_meeting_words_are_told(self) -> None:
        """Most parsing patterns need one of a few literals (the gates are of use)."""
        assert len(_GATED) >= 40

    def test_a_table_looks_for_more_literals_than_a_gate(self) -> None:
        """40 words, one per branch: too many to test in every window, few enough to find
        once per text."""
        words = [f"{letter}{letter}word" for letter in "abcdefghijklmnopqrst"]
        pattern = re.compile("|".join(words + [word.upper() for word in words]))
        expected = (None, 40)
        actual = (needed_words(pattern), len((table_words(pattern) or ((), False))[0]))
        assert expected == actual


class TestMayMatch:
    def test_the_characters_folded_away_are_all_there_are(self) -> None:
        """Every character a pattern ignoring case matches to an ASCII letter or "-" lowers
        to it, or is one of ``_FOLDED_AWAY``."""
        letters = re.compile(f"[{string.ascii_lowercase}-]", re.IGNORECASE)
        odd = {
            chr(code)
            for code in range(sys.maxunicode + 1)
            if letters.fullmatch(chr(code))
            and chr(code).lower() not in string.ascii_lowercase + "-"
        }
        assert set(_FOLDED_AWAY) == odd

    def test_a_word_in_any_case_is_held(self) -> None:
        """ "THE TALKS" may match "the talks"; "the talk" may not."""
        pattern = re.compile(r"the\s+talks", re.IGNORECASE)
        assert [True, False] == [may_match(pattern, "THE TALKS"), may_match(pattern, "the talk")]

    def test_a_character_folded_away_may_match_anything(self) -> None:
        """ "ſession" matches "session" ignoring case: it may match."""
        assert may_match(re.compile(r"(?i)session"), "the ſession")

    @given(_texts())
    def test_a_text_turned_away_holds_no_match(self, text: str) -> None:
        """Any text the literal test turns away is one the pattern finds nothing in."""
        assert [] == [
            p.pattern for p in _GATED if not may_match(p, text) and p.search(text) is not None
        ]

    @given(st.integers(0, len(_SEED_TEXT)), st.integers(0, 600))
    def test_a_window_turned_away_holds_no_match(self, start: int, length: int) -> None:
        """Any window of a text that the table of literal starts turns away is one the
        pattern finds nothing in."""
        end = min(len(_SEED_TEXT), start + length)
        window = _SEED_TEXT[start:end]
        assert [] == [
            p.pattern
            for p in _TABLE_GATED
            if not may_match_in(p, _SEED_TEXT, start, end) and p.search(window) is not None
        ]

    def test_the_span_of_each_match_may_match(self) -> None:
        """The exact span of every match in the seed texts is a window that may match (the
        tightest window a literal start must be found in)."""
        turned_away = [
            (p.pattern, m.span())
            for p in _TABLE_GATED
            for m in itertools.islice(p.finditer(_SEED_TEXT), 50)
            if m.end() > m.start() and not may_match_in(p, _SEED_TEXT, m.start(), m.end())
        ]
        assert [] == turned_away

    def test_a_text_with_a_character_folded_away_is_searched_everywhere(self) -> None:
        """A text holding "ſ" is never turned away by a pattern ignoring case."""
        pattern = re.compile(r"(?i)\bsince\b")
        text = "ſince then " * 3
        assert [True, True] == [
            may_match_in(pattern, text, 0, 5),
            may_match_in(pattern, text, 11, 16),
        ]


class TestLiteralTablesAcrossThreads:
    def test_threads_sharing_the_tables_never_turn_a_match_away(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Eight threads asking about windows of five texts, with room for two tables (the
        dask engine's threaded scheduler shares them): no window holding a match is turned
        away, and no eviction fails."""
        monkeypatch.setattr(_needed, "_TABLES_HELD", 2)
        pattern = re.compile(r"(?i)\b(?:met|talks)\b")
        texts = [f"{'x ' * n}they met for talks {n}" for n in range(5)]
        errors: list[str] = []

        def work(seed: int) -> None:
            try:
                for i in range(2000):
                    text = texts[(seed * 7 + i) % 5]
                    start = i % 7
                    held = pattern.search(text[start:]) is not None
                    if held and not may_match_in(pattern, text, start, len(text)):
                        errors.append(f"turned away {text!r} from {start}")
            except Exception as error:  # any failure in a thread is the finding
                errors.append(repr(error))

        race(work)
        assert [] == errors


class TestWindowScan:
    @given(st.lists(st.integers(0, len(_SEED_TEXT)), min_size=1, max_size=30))
    def test_each_window_as_searched_alone(self, cuts: list[int]) -> None:
        """Asked of a text's windows in order, the scan says what a search of each window
        alone finds, for the discovery gates and for patterns with look-arounds."""
        bounds = sorted({0, len(_SEED_TEXT), *cuts})
        windows = list(itertools.pairwise(bounds))
        gates = {id(g): g for _, needs in _patterns(default_knowledge()) for g in needs}
        patterns = [*gates.values(), re.compile(r"(?<![\w-])[A-Z]\w+ said\b"), re.compile(r"^The")]
        for pattern in patterns:
            scan = WindowScan(pattern, _SEED_TEXT)
            expected = [pattern.search(_SEED_TEXT[a:b]) is not None for a, b in windows]
            assert expected == [scan.holds(a, b) for a, b in windows]

    def test_a_window_before_the_last_one_is_searched_again(self) -> None:
        """A window asked out of order is answered as searched alone."""
        text = "Mr A. Mr B."
        scan = WindowScan(re.compile("Mr"), text)
        assert [True, True, False] == [scan.holds(6, 11), scan.holds(0, 5), scan.holds(2, 6)]


class TestSpelledDate:
    @given(
        st.sampled_from(_MONTHS.split("|") + _MONTHS.upper().split("|")),
        st.integers(0, 99).map(str) | st.integers(0, 9).map("{:02d}".format),
        st.sampled_from(["0999", "1000", "1600", "1999", "2000", "2024", "9999"]),
    )
    def test_same_date_as_dateutil(self, month: str, day: str, year: str) -> None:
        """A day, a month's name and a year read as python-dateutil reads them, or refused
        as it refuses them."""

        def read(parse: object) -> dt.date | str:
            try:
                if parse is None:
                    return date_parser.parse(f"{day} {month} {year}", dayfirst=True).date()
                return _spelled_date(day, month, year)
            except (ValueError, OverflowError):
                return "refused"

        assert read(None) == read(_spelled_date)
