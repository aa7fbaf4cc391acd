"""Live pages stamped with clock times ("7:52 p.m. ET"), alone or glued to entry titles."""

from __future__ import annotations

from diplomatic_events.model import BlockKind
from diplomatic_events.sources import read_source

GLUED = (
    "Home  News  World  Opinion  LIVE\n\n"
    "Summit live: leaders meet in the capital\n"
    "Updated May 23, 2024, 10:58 p.m. ET\n\n"
    "Dinner beginsby Ann Lee10:58 p.m. ET\nGuests arrived at the palace.\n\n"
    "Talks run long3:02 p.m. ET — Bo Chen\nThe talks ran for two hours.\n\n"
    "Arrival9:48 a.m. ET — by Ann Lee, Nairobi\nThe guest landed.\n"
)
ALONE = (
    "Americas  Politics  Economy  Video\n\n"
    "Summit live: leaders meet in the capital\n"
    "Last updated Friday 10 February 2023, 7:52 p.m. ET\n\n"
    "7:52 p.m. ET\nDay ends\nBy Ann Lee\n\nThe guest left.\n\n"
    "1:50 p.m. ET\nTalks begin\nBy Bo Chen\n\nThe talks began.\n\n"
    "12:40 a.m. ET\nGood morning\nBy Bo Chen\n\nThe day starts.\n"
)


class TestClockEntries:
    def test_titles_glued_to_stamps_make_entries(self) -> None:
        """Each "Title<time> ET — Author" line opens an entry with its time, heading, author."""
        page = read_source(GLUED, source_id="glued")
        assert [
            ("2024-05-23T22:58:00-04:00", "Dinner begins", ("Ann Lee",)),
            ("2024-05-23T15:02:00-04:00", "Talks run long", ("Bo Chen",)),
            ("2024-05-23T09:48:00-04:00", "Arrival", ("Ann Lee",)),
        ] == [
            (
                None if e.published is None else e.published.isoformat(),
                None if e.heading is None else e.heading.text,
                tuple(a.name for a in e.authors),
            )
            for e in page.entries
        ]

    def test_stamps_alone_make_entries_and_a_later_time_below_is_the_day_before(self) -> None:
        """A stamp line alone heads an entry titled by the next line; newest first, a time
        later than the one above belongs to the previous day."""
        page = read_source(ALONE, source_id="alone")
        assert [
            ("2023-02-10T19:52:00-05:00", "Day ends", ("Ann Lee",)),
            ("2023-02-10T13:50:00-05:00", "Talks begin", ("Bo Chen",)),
            ("2023-02-10T00:40:00-05:00", "Good morning", ("Bo Chen",)),
        ] == [
            (
                None if e.published is None else e.published.isoformat(),
                None if e.heading is None else e.heading.text,
                tuple(a.name for a in e.authors),
            )
            for e in page.entries
        ]

    def test_a_menu_line_is_not_the_headline(self) -> None:
        """ "Home  News  World" is navigation; the headline is the title under it."""
        page = read_source(GLUED, source_id="glued")
        assert page.headline is not None
        assert "Summit live: leaders meet in the capital" == page.headline.text
        heading = next(b for b in page.blocks if b.kind is BlockKind.BOILERPLATE)
        assert "Home  News  World  Opinion  LIVE" == page.text[heading.start : heading.end]


class TestClockEntryLineLength:
    def test_a_long_run_of_spaces_is_read_in_linear_time(self) -> None:
        """A line with 200,000 spaces before a stamp is read in well under two seconds."""
        import time

        from diplomatic_events.sources._layout._patterns import _CLOCK_ENTRY

        line = "Talks" + " " * 200_000 + "said 10:58 p.m. x"
        start = time.perf_counter()
        matched = _CLOCK_ENTRY.match(line)
        assert (None, True) == (matched, time.perf_counter() - start < 2.0)
