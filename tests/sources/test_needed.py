"""A pattern is searched only in a text holding the literal text every match of it holds."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser
from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events._needed import holds_needed, needed_text
from diplomatic_events.seeds import seed_files
from diplomatic_events.sources._dates import _MONTHS, _spelled_date
from diplomatic_events.sources._registry import outlets
from diplomatic_events.sources._rules import generic_rules

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
