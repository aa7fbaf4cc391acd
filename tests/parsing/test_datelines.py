"""The dateline pattern: the place a story is filed from, before its first words."""

from __future__ import annotations

import pytest

from diplomatic_events.parsing._datelines import DATELINE


class TestDateline:
    @pytest.mark.parametrize(
        ("line", "place"),
        [
            ("CAMP ZAMA, JAPAN--U.S. Army Maj. Gen. Tunde Bakare traveled north.", "CAMP ZAMA"),
            ("BEIJING (Reuters) - China said on Monday ...", "BEIJING"),
            ("KYIV, Aug 23 — The minister arrived.", "KYIV"),
            ("WASHINGTON—The secretary met his counterpart.", "WASHINGTON"),
        ],
    )
    def test_a_dash_or_double_hyphen_ends_the_dateline(self, line: str, place: str) -> None:
        """A dash or a double hyphen may touch the story's first word ("JAPAN--U.S."); the
        place before it is where the story was filed."""
        found = DATELINE.match(line)
        assert found is not None
        assert place == found["place"]

    def test_a_single_hyphen_inside_a_name_is_no_dateline(self) -> None:
        """ "Jean-Paul": a single hyphen needs a space after it to end a dateline."""
        assert DATELINE.match("Jean-Paul Bakare met the minister.") is None
