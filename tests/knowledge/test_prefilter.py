"""Tests for the alternation that tells whether any of several patterns matches."""

from __future__ import annotations

import re

from diplomatic_events.knowledge._prefilter import any_of


class TestAnyOf:
    def test_finds_a_window_where_any_pattern_matches(self) -> None:
        """The joined pattern matches in a window where only the second pattern does."""
        patterns = (re.compile(r"\btrade\b", re.I), re.compile(r"\bclimate\b", re.I))
        joined = any_of(patterns, patterns)
        assert joined is not None
        text = "They spoke of trade. Then of Climate policy."
        assert (29, 36) == joined.search(text, 21).span()

    def test_finds_nothing_where_no_pattern_matches(self) -> None:
        """A window none of the patterns matches in is a window the joined one misses."""
        patterns = (re.compile(r"\btrade\b"), re.compile(r"\bclimate\b"))
        joined = any_of(patterns, patterns)
        assert joined is not None
        assert None is joined.search("They spoke of trade. Then of tariffs.", 21)

    def test_patterns_with_other_flags_are_not_joined(self) -> None:
        """Patterns compiled with different flags give no joined pattern."""
        patterns = (re.compile("a", re.I), re.compile("b"))
        assert None is any_of(patterns, patterns)

    def test_back_references_are_not_joined(self) -> None:
        """A back-reference would name another group once joined: nothing is joined."""
        patterns = (re.compile(r"(a)\1"), re.compile("b"))
        assert None is any_of(patterns, patterns)

    def test_one_group_name_twice_is_not_joined(self) -> None:
        """Two patterns with the same group name cannot be one pattern."""
        patterns = (re.compile(r"(?P<w>a)"), re.compile(r"(?P<w>b)"))
        assert None is any_of(patterns, patterns)
