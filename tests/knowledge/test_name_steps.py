"""A name's steps match where, and as far as, the name's compiled pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events.knowledge._mention_index import _NAME_RIGHT, _name_pattern, _surname_right
from diplomatic_events.knowledge._name_steps import match_end, name_steps

NAMES = [
    "Michael R. Pompeo",
    "Michael Pompeo",
    "U.S. State Department",
    "U.S.",
    "O'Brien",
    "CQ Brown, Jr.",
    "Khan al Ahmar",
    "Jean-Yves Le Drian",
    "Xi",
    "Wiśniewski",
]
PIECES = [*NAMES, "Michael", "Pompeo", "R.", "Q. ", "U.S", "US", "Brien", "O’Brien", "Jr"]
PIECES += [" ", "  ", "\n", "\u00a0", ".", "..", "-", "'", "’", ",", "x", "A", " al ", " bin Z"]
PIECES += ["[", "]", "] ", " [", "[Michael] "]  # an editor's brackets between a name's words
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
RIGHTS = [_NAME_RIGHT, _surname_right()]


class TestNameSteps:
    @settings(max_examples=500, deadline=None)
    @given(
        name=st.sampled_from(NAMES),
        text=TEXTS,
        start=st.integers(0, 3),
        cut=st.integers(0, 60),
        right=st.sampled_from(RIGHTS),
    )
    def test_same_end_as_the_compiled_pattern(
        self, name: str, text: str, start: int, cut: int, right: str
    ) -> None:
        """At any start and window end, the steps end where the compiled pattern's match
        ends (or both find nothing)."""
        pattern = _name_pattern(name)
        steps = name_steps(pattern)
        assert steps is not None
        end = max(start, len(text) - cut)
        match = re.compile(rf"(?:{pattern})(?!{right})").match(text, start, end)
        expected = None if match is None else match.end()
        assert expected == match_end(steps, text, start, end, re.compile(right))

    def test_the_names_patterns_have_steps(self) -> None:
        """Every pattern the mention index writes for these names reads into steps."""
        expected = [True] * len(NAMES)
        assert expected == [name_steps(_name_pattern(name)) is not None for name in NAMES]

    def test_other_patterns_have_none(self) -> None:
        """Classes, alternatives, anchors, spaces that could be given back: no steps."""
        patterns = [r"Xi|Li", r"[XY]i", r"\bXi", r"Xi\s+", r"Xi\s+\.?Li", r"Xi\ Li", r"Xi\d", ""]
        assert [None] * len(patterns) == [name_steps(pattern) for pattern in patterns]
