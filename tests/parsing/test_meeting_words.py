"""The meeting finder's cheap tests for a pattern's words give what searching the pattern gives."""

from __future__ import annotations

import re
import string
import sys

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.parsing._meetings._words import (
    _ANAPHORA,
    _FOLDED_AWAY,
    _PRESS,
    _find_anaphora,
    _find_press,
    may_hold,
)
from diplomatic_events.seeds import seed_files

_SEEDS = [item.read_text(encoding="utf-8") for item in seed_files()]
_PIECES = st.sampled_from(
    [
        "The meeting",
        "THEIR TALKS",
        "his Sit-Down",
        "that encounter",
        "It lasted",
        " They began ",
        "news conference",
        "Press  Conference",
        "meetıng",
        "ſession",
        "\u0130t",
        "the",
        "talk",
        " ",
        "\n",
        ",",
        "“",
        "a",
    ]
)
_MADE_UP = st.lists(_PIECES, max_size=12).map("".join)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@st.composite
def _windows(draw: st.DrawFn) -> str:
    """A window of a seed text (a clause's words), or words made up of the patterns' own."""
    if draw(st.booleans()):
        return draw(_MADE_UP)
    text = draw(st.sampled_from(_SEEDS))
    start = draw(st.integers(0, len(text)))
    return text[start : start + draw(st.integers(0, 400))]


class TestMayHold:
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
        """ "THE TALKS" holds "talks"; "the talk" does not."""
        assert [True, False] == [
            may_hold("THE TALKS", ("talks",)),
            may_hold("the talk", ("talks",)),
        ]

    def test_a_character_folded_away_may_hold_anything(self) -> None:
        """ "ſession" matches "session" ignoring case: it may hold it."""
        assert may_hold("the ſession", ("session",))


class TestFindAnaphora:
    @given(_windows())
    def test_same_as_the_search(self, words: str) -> None:
        """The clause's anaphora is the pattern's first match in it."""
        assert _span(_ANAPHORA.search(words)) == _span(_find_anaphora(words))

    def test_it_lasted_at_the_start_without_a_noun(self) -> None:
        """ "It lasted two hours" names no noun and still matches at its start."""
        assert (0, 9) == _span(_find_anaphora("It lasted two hours."))


class TestFindPress:
    @given(_windows())
    def test_same_as_the_search(self, words: str) -> None:
        """The clause's press conference is the pattern's first match in it."""
        assert _span(_PRESS.search(words)) == _span(_find_press(words))
