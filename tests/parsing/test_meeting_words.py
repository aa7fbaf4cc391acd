"""The meeting finder's cheap tests for a pattern's words give what searching the pattern gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.parsing._meetings._words import (
    _ANAPHORA,
    _PRESS,
    _find_anaphora,
    _find_press,
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
