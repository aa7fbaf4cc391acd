"""A word list written as a trie finds exactly what the alternation of its words finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events.knowledge._alternation import alternation, factored
from diplomatic_events.knowledge._mention_index import _name_pattern
from diplomatic_events.knowledge._word_runs import _ignore_case

SPACE = r"[ \u00a0]+"
WORDS = st.lists(st.text("abAB .'ſ", min_size=1, max_size=5), min_size=1, max_size=8)
TEXTS = st.text("abAB .'ſ\u00a0-", max_size=40)
WRAPS = ["(?<![\\w-])(?:{})(?![\\w-])", "(?:{})b", "(?P<found>{})"]


def _plain(words: list[str], space: str | None) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) if space else re.escape(w) for w in ordered)


def _found(pattern: str, flags: int, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.finditer(pattern, text, flags)]


class TestAlternation:
    @settings(max_examples=300)
    @given(
        words=WORDS, text=TEXTS, wrap=st.sampled_from(WRAPS), space=st.sampled_from([None, SPACE])
    )
    def test_finds_what_the_longest_first_alternation_finds(
        self, words: list[str], text: str, wrap: str, space: str | None
    ) -> None:
        """Every match, span and text, is the one the plain alternation gives."""
        expected = _found(wrap.format(_plain(words, space)), 0, text)
        assert expected == _found(wrap.format(alternation(words, space=space)), 0, text)

    @settings(max_examples=300)
    @given(
        words=WORDS, text=TEXTS, wrap=st.sampled_from(WRAPS), space=st.sampled_from([None, SPACE])
    )
    def test_ignoring_case_finds_what_the_alternation_finds(
        self, words: list[str], text: str, wrap: str, space: str | None
    ) -> None:
        """With folded characters, an ``re.IGNORECASE`` trie matches as the alternation does."""
        expected = _found(wrap.format(_plain(words, space)), re.IGNORECASE, text)
        actual = _found(
            wrap.format(alternation(words, space=space, fold=_ignore_case)), re.IGNORECASE, text
        )
        assert expected == actual

    def test_shares_the_first_characters_of_words(self) -> None:
        """Words with a common start are tried through it once."""
        assert "Pr(?:esident|ime[ ]+Minister)" == alternation(
            ["President", "Prime Minister"], space="[ ]+"
        )

    def test_a_word_that_ends_inside_a_longer_one_is_an_option(self) -> None:
        """ "US" and "USA": the longer word first, then the shorter."""
        assert "US(?:A)?" == alternation(["US", "USA"])

    def test_no_words_never_match(self) -> None:
        """An empty list is a pattern that matches nothing."""
        assert re.search(alternation([]), "anything") is None


NAMES = st.lists(st.text("abAB .'’ſ", min_size=1, max_size=6), min_size=1, max_size=8)


class TestFactored:
    @settings(max_examples=300)
    @given(
        names=NAMES,
        text=TEXTS,
        wrap=st.sampled_from(WRAPS),
        flags=st.sampled_from([0, re.IGNORECASE]),
        longest_first=st.booleans(),
    )
    def test_finds_what_the_alternation_finds(
        self, names: list[str], text: str, wrap: str, flags: int, longest_first: bool
    ) -> None:
        """Every match, span and text, is the one the alternation in the given order gives."""
        if longest_first:
            names = sorted(names, key=lambda n: -len(n))
        patterns = [_name_pattern(name) for name in names]
        fold = _ignore_case if flags else None
        expected = _found(wrap.format("|".join(patterns)), flags, text)
        assert expected == _found(wrap.format(factored(patterns, fold=fold)), flags, text)

    def test_groups_patterns_by_their_first_characters(self) -> None:
        """Patterns sharing first characters are tried through them once, in their order."""
        assert "C(?:h(?:i(?:n(?:a|ese)|le)))|Japan" == factored(
            ["China", "Chinese", "Chile", "Japan"]
        )

    def test_a_group_with_a_pattern_not_starting_with_a_letter_is_left(self) -> None:
        """ "U.S." with an optional dot after its first letter keeps its group as it is."""
        assert r"U(?:\.?S\.?|K)" == factored([r"U\.?S\.?", "UK"])
