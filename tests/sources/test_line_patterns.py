"""A line is tested against an outlet's list of patterns in one go, as each pattern would."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from diplomatic_events.sources._layout._base import _any, _line_patterns
from diplomatic_events.sources._rules import generic_rules

_PATTERNS = (
    "(?i)^sign[ -]?(in|up)\\b",
    "^Watch CBS News$",
    "(?i)(?s)^read more",
    "(?i)\\bwe use cookies\\b",
    "^a|b$",
    "(?m)^c",
    "^(x)\\1",
    "(?i)^(?P<word>more)\\b",
)
_WORDS = st.sampled_from(
    [
        "Sign in",
        "sign-up",
        "Watch CBS News",
        "READ MORE",
        "We use cookies",
        "a",
        "b",
        "c",
        "xx",
        "More",
        "more",
        "\n",
        " ",
        "news",
        "ſign in",
    ]
)


class TestLinePatterns:
    def test_anchored_patterns_are_joined(self) -> None:
        """Patterns that only match at a line's start are one pattern; the others stay apart."""
        anchored, others = _line_patterns(_PATTERNS)
        assert anchored is not None
        expected = ["(?i)\\bwe use cookies\\b", "^a|b$", "(?m)^c", "^(x)\\1"]
        assert expected == [pattern.pattern for pattern in others]

    def test_group_names_used_twice_leave_every_pattern_apart(self) -> None:
        """Two patterns naming the same group cannot be joined: each is searched alone."""
        patterns = ("^(?P<a>x)", "^(?P<a>y)")
        assert (None, 2) == (_line_patterns(patterns)[0], len(_line_patterns(patterns)[1]))
        assert [True, True, False] == [_any(patterns, line) for line in ("x", "y", "z")]

    @given(st.lists(_WORDS, max_size=6).map("".join))
    def test_same_answer_as_each_pattern(self, line: str) -> None:
        """Any line is found by the join exactly when one of the patterns finds it."""
        for patterns in (_PATTERNS, generic_rules().boilerplate, generic_rules().metadata):
            expected = any(re.search(pattern, line) for pattern in patterns)
            assert expected == _any(patterns, line)
