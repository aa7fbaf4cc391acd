"""Laws that hold for any text read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events.exceptions import DiplomaticEventsError
from diplomatic_events.sources import read_source

_LINES = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "",
                "1. Headline of the entrypublished at 14:27 British Summer Time 19 June 2023",
                "Updated - June 19, 2023 06:44 pm IST",
                "Monday, April 29, 2024",
                "Leah Millis/AP",
                "A caption of a photo taken on June 19, 2023. Jane Doe/AP",
                "Image caption,",
                "• a bullet",
                "Some video title 02:15",
                "By Jane Doe and John Roe",
                "A, B and C contributed to this report.",
                "The main paragraph of a story says things, as a long sentence usually does.",
            ]
        ),
    ),
    max_size=12,
).map("\n".join)


class TestReadSourceLaws:
    @settings(max_examples=150, deadline=None)
    @given(st.one_of(st.text(), _LINES))
    def test_blocks_in_bounds_sorted_disjoint(self, text: str) -> None:
        """Any text gives blocks inside the text, in order, never overlapping."""
        try:
            source = read_source(text)
        except DiplomaticEventsError:
            return
        ends = [0, *(edge for block in source.blocks for edge in (block.start, block.end))]
        assert ends == sorted(ends)
        assert all(block.end <= len(text) and block.end > block.start for block in source.blocks)
        assert text == source.text
