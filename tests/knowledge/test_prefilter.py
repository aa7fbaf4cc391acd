"""Tests for the alternation that tells whether any of several patterns matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.knowledge._prefilter import (
    WordStartFilter,
    any_of,
    guarded,
    lookahead,
    matching,
    word_heads,
    word_starts,
)
from diplomatic_events.knowledge._topics import compile_words


class TestAnyOf:
    def test_finds_a_window_where_any_pattern_matches(self) -> None:
        """The joined pattern matches in a window where only the second pattern does."""
        patterns = (re.compile(r"\btrade\b", re.I), re.compile(r"\bclimate\b", re.I))
        joined = any_of(patterns, patterns)
        assert joined is not None
        text = "They spoke of trade. Then of Climate policy."
        found = joined.search(text, 21)
        assert found is not None
        assert (29, 36) == found.span()

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


PATTERNS = {
    "trade": re.compile(r"\btrade\b", re.I),
    "taiwan": re.compile(r"\b(?:Taiwan|Taiwan\s+Strait)\b", re.I),
    "strait": re.compile(r"\bStrait\b", re.I),
}


class TestMatching:
    def test_every_pattern_that_matches_in_the_window(self) -> None:
        """Patterns matching at the same place, and later, are all found, in their order."""
        text = "On trade. Peace across the Taiwan Strait and trade."
        assert ["trade", "taiwan", "strait"] == matching(PATTERNS, text, 10, len(text))

    def test_the_same_as_searching_each(self) -> None:
        """For every window of a text, the same keys as searching each pattern alone."""
        text = "Trade talks; the Taiwan Strait. Strait of trade, Taiwan."
        for start in range(len(text)):
            for end in range(start, len(text) + 1, 7):
                expected = [
                    key for key, pattern in PATTERNS.items() if pattern.search(text, start, end)
                ]
                assert expected == matching(PATTERNS, text, start, end)


class TestGuarded:
    def test_matches_are_the_same(self) -> None:
        """The guarded pattern finds the same matches at the same places."""
        pattern = re.compile(r"\b(?:(?>Taiwan)|(?>cross\-strait)|(?>One\s++China))\b", re.I)
        text = "TAIWAN and the Cross-Strait ties; one  china, Taiwanese, taiwan."
        expected = [match.span() for match in pattern.finditer(text)]
        assert expected == [match.span() for match in guarded(pattern).finditer(text)]

    def test_a_look_ahead_for_the_first_letters(self) -> None:
        """The guard names the letters a match can start with."""
        pattern = re.compile(r"\b(?:support(?:s|ed)?|back|[cs]ite)\b", re.I)
        assert guarded(pattern).pattern.startswith("(?=[bcs])")

    def test_a_pattern_that_can_match_nothing_is_left_alone(self) -> None:
        """A pattern that may match the empty string has no first letter to look for."""
        pattern = re.compile(r"a*")
        assert pattern is guarded(pattern)

    def test_a_negated_class_is_left_alone(self) -> None:
        """A match that may start with any character but a few is not guarded."""
        pattern = re.compile(r"[^a]b")
        assert pattern is guarded(pattern)


class TestLookahead:
    def test_an_opening_gives_the_whole_pattern_s_look_ahead(self) -> None:
        """The look-ahead told from a pattern's opening is the one :func:`guarded` puts
        before the whole pattern (the discovery patterns open with a title)."""
        opening = r"(?<![\w-])(?P<title>Mr|Mrs|Dr|Prof)"
        whole = re.compile(opening + r"[ \u00a0]+(?P<name>[A-Z]\w+)(?![\w-])")
        assert guarded(whole).pattern == f"{lookahead(opening)}(?:{whole.pattern})"

    def test_nothing_for_an_opening_that_can_be_empty(self) -> None:
        """An opening that may match nothing tells no first letter."""
        assert "" == lookahead(r"(?:Mr)?")


class TestWordStarts:
    def test_the_first_letters_of_each_word(self) -> None:
        """Each word gives the letters its matches start with, folded, up to eight."""
        pattern = compile_words(("support(s|ed)?", "U.S.", "(are|is) for", "defen[cs]e"), "t")
        expected = frozenset(
            {"support", "supports", "supporte", "u", "are", "is", "defence", "defense"}
        )
        assert expected == word_starts(pattern)

    def test_no_boundary_no_word_starts(self) -> None:
        """A pattern that may start inside a word gives nothing to file it under."""
        assert None is word_starts(re.compile("trade", re.I))

    def test_a_class_of_letters_at_the_start_gives_nothing(self) -> None:
        """A match that may start with any word character cannot be filed."""
        assert None is word_starts(re.compile(r"\b\w+ing\b"))


WORDS = {
    "trade": compile_words(("trad(e|es|ing)", "tariff*"), "t"),
    "taiwan": compile_words(("Taiwan", "cross-strait", "one china"), "t"),
    "support": compile_words(("support(s|ed|ing)?", "(are|is) for", "a need (to|for)"), "t"),
    "loose": re.compile(r"\w+ist\b", re.I),
}
TEXT = (
    "Trade and TARIFFS; the Cross-Strait talks. They are for one China, a need to support "
    "it. Supporters of Taiwanese trades are not centrists; Is for, a needle."
)


class TestWordStartFilter:
    def test_candidates_hold_every_key_that_matches(self) -> None:
        """For every window, the candidates include each key whose pattern matches there."""
        words = WordStartFilter(WORDS)
        for start in range(len(TEXT)):
            for end in range(start, len(TEXT) + 1, 5):
                candidates = set(words.candidates(TEXT, start, end))
                matched = {k for k, p in WORDS.items() if p.search(TEXT, start, end) is not None}
                assert matched == matched & candidates

    def test_a_window_of_other_words_has_only_the_unfiled(self) -> None:
        """A window whose words begin none of the filed words has only the unfiled ones."""
        assert ["loose"] == WordStartFilter(WORDS).candidates("Peace talks went on.", 0, 20)

    def test_a_search_from_the_first_start_finds_the_same(self) -> None:
        """From each candidate's first start, a search finds what one from the window's does."""
        words = WordStartFilter(WORDS)
        for start in range(len(TEXT)):
            for end in range(start, len(TEXT) + 1, 5):
                firsts = words.first_starts(TEXT, start, end)
                for key, pattern in WORDS.items():
                    expected = pattern.search(TEXT, start, end)
                    if expected is None:
                        continue
                    actual = pattern.search(TEXT, firsts[key], end)
                    assert expected.span() == (None if actual is None else actual.span())

    def test_every_match_starts_at_a_word_filed_under_its_pattern(self) -> None:
        """Each match of a filed pattern in a window starts at a word filed with its bit."""
        words = WordStartFilter(WORDS)
        for start in range(0, len(TEXT), 4):
            for end in range(start, len(TEXT) + 1, 9):
                filed = words.filed(TEXT, start, end)
                for bit, pattern in enumerate(WORDS.values()):
                    if words.always >> bit & 1:
                        continue
                    starts = {at for at, bits in filed if bits >> bit & 1}
                    matched = {m.start() for m in pattern.finditer(TEXT, start, end)}
                    assert matched == matched & starts

    def test_matching_is_searching_each(self) -> None:
        """matching() gives the keys searching each pattern gives, in their order."""
        for start in range(0, len(TEXT), 3):
            for end in range(start, len(TEXT) + 1, 11):
                expected = [k for k, p in WORDS.items() if p.search(TEXT, start, end)]
                assert expected == matching(WORDS, TEXT, start, end)


class TestWordHeads:
    @given(st.text("ab1_ -,’éſ\n", max_size=40))
    def test_each_word_start_and_first_eight_characters(self, text: str) -> None:
        """Where each run of word characters starts, and its first eight characters."""
        runs = list(re.finditer(r"\w+", text))
        assert ([m.start() for m in runs], [m.group()[:8] for m in runs]) == word_heads(text)
