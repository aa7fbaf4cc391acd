"""Tests for a source's time expressions found once per window."""

from __future__ import annotations

import datetime as dt

from diplomatic_events import read_source
from diplomatic_events.parsing._meetings import sentences
from diplomatic_events.parsing._time import find_dates
from diplomatic_events.parsing._times import SourceTimes, dates_of

TEXT = "Blinken met Wang Yi on Monday. He flew home on June 21, 2023."


class TestSourceTimes:
    def test_a_sentence_has_the_dates_find_dates_gives(self) -> None:
        """Each sentence's dates are those find_dates gives for its window."""
        source = read_source(TEXT, source_id="s", published="2023-06-20")
        times = SourceTimes.of(source)
        expected = [
            find_dates(source.id, source.text, s.reference, s.start, s.end)
            for s in sentences(source)
        ]
        assert expected == [times.find(s.reference, s.start, s.end) for s in sentences(source)]

    def test_another_window_is_read_when_asked(self) -> None:
        """A window no sentence spans (part of one, another reference day) is read too."""
        source = read_source(TEXT, source_id="s", published="2023-06-20")
        day = dt.date(2023, 6, 27)
        expected = find_dates(source.id, source.text, day, 0, 29)
        assert expected == SourceTimes.of(source).find(day, 0, 29)

    def test_times_of_another_text_are_not_used(self) -> None:
        """The dates of one source are not given for another with the same id."""
        source = read_source(TEXT, source_id="s", published="2023-06-20")
        other = read_source("They met on Friday.", source_id="s", published="2023-06-20")
        finder = dates_of(other, SourceTimes.of(source))
        assert find_dates(other.id, other.text, dt.date(2023, 6, 20), 0, 19) == finder(
            dt.date(2023, 6, 20), 0, 19
        )
