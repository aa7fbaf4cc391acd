"""Live pages: timestamped entries with their own headings, authors and blocks."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from diplomatic_events.model import BlockKind, ContributorRole, SourceKind
from diplomatic_events.sources import read_source

LONDON = ZoneInfo("Europe/London")
PAGE = (
    "Summary\n"
    "\n"
    "  • Ministers meet in Oslo for climate talks\n"
    "  • A deal on forests is expected\n"
    "\n"
    "  1. Thanks for following uspublished at 16:40 British Summer Time 2 May 2024\n"
    "\n"
    "    Ana Costa\n"
    "    Live reporter\n"
    "\n"
    "    We are ending our coverage of the talks in Oslo now.\n"
    "\n"
    "    This page was edited by Li Wei and myself. The writers were Omar Haddad and Eva Berg.\n"
    "\n"
    "  2. Analysis\n"
    "\n"
    "    Forests deal is a first steppublished at 15:05 British Summer Time 2 May 2024\n"
    "\n"
    "    The minister at the table in OsloImage source, Reuters\n"
    "    Image caption,\n"
    "\n"
    "    The minister spoke for an hour\n"
    "\n"
    "    • The deal covers forests in three countries\n"
    "    • It starts next year\n"
)


class TestLiveEntries:
    def test_entries(self) -> None:
        """Each numbered, stamped entry is a unit with its time, heading and label."""
        source = read_source(PAGE)
        assert [
            (dt.datetime(2024, 5, 2, 16, 40, tzinfo=LONDON), "Thanks for following us", None),
            (
                dt.datetime(2024, 5, 2, 15, 5, tzinfo=LONDON),
                "Forests deal is a first step",
                "Analysis",
            ),
        ] == [(e.published, e.heading.text if e.heading else None, e.label) for e in source.entries]

    def test_heading_span_excludes_stamp(self) -> None:
        """The heading block stops where the glued "published at" stamp begins."""
        source = read_source(PAGE)
        heading = source.entries[0].heading
        start = PAGE.index("Thanks")
        assert heading is not None
        assert (start, start + len("Thanks for following us")) == (
            heading.start,
            heading.end,
        )
        stamp = next(b for b in source.blocks if b.kind is BlockKind.METADATA and b.entry == 0)
        assert source.block_text(stamp).startswith("published at 16:40")

    def test_page_kind_and_times(self) -> None:
        """The page is live; published is the earliest entry time and updated the newest."""
        source = read_source(PAGE)
        assert (
            SourceKind.LIVE_PAGE,
            dt.datetime(2024, 5, 2, 15, 5, tzinfo=LONDON),
            dt.datetime(2024, 5, 2, 16, 40, tzinfo=LONDON),
        ) == (
            source.kind,
            source.published,
            source.updated,
        )

    def test_entry_author_and_myself(self) -> None:
        """An entry's name and title lines are its author; "myself" is that author."""
        source = read_source(PAGE)
        assert [("Ana Costa", ContributorRole.REPORTER, "Live reporter")] == [
            (a.name, a.role, a.title) for a in source.entries[0].authors
        ]
        assert [
            ("Li Wei", "editor"),
            ("Omar Haddad", "writer"),
            ("Eva Berg", "writer"),
            ("Ana Costa", "editor"),
        ] == [(c.name, c.role.value) for c in source.contributors]

    def test_blocks_carry_entry_and_kind(self) -> None:
        """Summary bullets are page summary; entry bullets are one body block each."""
        source = read_source(PAGE)
        assert [
            ("boilerplate", None, "Summary"),
            ("summary", None, "• Ministers meet in Oslo for climate talks"),
            ("summary", None, "• A deal on forests is expected"),
            ("heading", 0, "Thanks for following us"),
            ("metadata", 0, "published at 16:40 British Summer Time 2 May 2024"),
            ("byline", 0, "Ana Costa"),
            ("byline", 0, "Live reporter"),
            ("body", 0, "We are ending our coverage of the talks in Oslo now."),
            (
                "metadata",
                0,
                "This page was edited by Li Wei and myself."
                " The writers were Omar Haddad and Eva Berg.",
            ),
            ("metadata", 1, "2. Analysis"),
            ("heading", 1, "Forests deal is a first step"),
            ("metadata", 1, "published at 15:05 British Summer Time 2 May 2024"),
            ("caption", 1, "The minister at the table in Oslo"),
            ("photo_credit", 1, "Image source, Reuters"),
            ("boilerplate", 1, "Image caption,"),
            ("caption", 1, "The minister spoke for an hour"),
            ("body", 1, "• The deal covers forests in three countries"),
            ("body", 1, "• It starts next year"),
        ] == [(b.kind.value, b.entry, source.block_text(b)) for b in source.blocks]

    def test_entry_spans_cover_their_blocks(self) -> None:
        """Every block of an entry lies inside the entry's span."""
        source = read_source(PAGE)
        assert all(
            source.entries[b.entry].start <= b.start and b.end <= source.entries[b.entry].end
            for b in source.blocks
            if b.entry is not None
        )


class TestLiveVariants:
    STAMPED = (
        "Live: talks in Rome\n"
        "1. Ministers arrive in Rome\n"
        "Posted at 09:30 GMT 3 March 2024\n"
        "The ministers arrived, officials said in a statement to reporters on Sunday.\n"
        "2. Talks begin\n"
        "Posted at 10:30 GMT 3 March 2024\n"
        "The talks began, officials said in a statement to reporters on Sunday morning.\n"
    )

    def test_stamp_on_its_own_line(self) -> None:
        """A stamp under the entry title makes the line above the entry heading."""
        source = read_source(self.STAMPED)
        assert ["Ministers arrive in Rome", "Talks begin"] == [
            e.heading.text if e.heading else None for e in source.entries
        ]
        assert [("heading", 0), ("metadata", 0), ("body", 0)] == [
            (b.kind.value, b.entry) for b in source.blocks[1:4]
        ]

    def test_stamp_lines_months_apart_are_no_live_page(self) -> None:
        """Two date-and-time lines 17 months apart (the day the site was viewed, the day the
        readout was posted) are the page's own dates, not live entries."""
        text = (
            "Tuesday, 02 January 2024 12:17 GMT\n"
            "Secretary's Meeting With the Foreign Minister\n"
            "2025-05-28 11:01:27\n"
            "The Secretary met today with the Foreign Minister in Washington, DC.\n"
        )
        source = read_source(text)
        assert ((), SourceKind.ARTICLE) == (source.entries, source.kind)

    def test_one_stamp_is_not_a_live_page(self) -> None:
        """A single "published at" line is a publication line, not a live entry."""
        text = (
            "Talks end in Rome\nPublished at 10:00 GMT 3 March 2024\n"
            + self.STAMPED.splitlines()[3]
        )
        source = read_source(text)
        assert ((), SourceKind.ARTICLE, "2024-03-03T10:00:00+00:00") == (
            source.entries,
            source.kind,
            source.published.isoformat() if source.published else None,
        )

    def test_crlf_line_endings(self) -> None:
        """Windows and old Mac line endings give the same blocks as Unix ones."""
        kinds = [b.kind for b in read_source(PAGE).blocks]
        assert (kinds, kinds) == (
            [b.kind for b in read_source(PAGE.replace("\n", "\r\n")).blocks],
            [b.kind for b in read_source(PAGE.replace("\n", "\r")).blocks],
        )


OSLO = ZoneInfo("Europe/Oslo")
TIME_ONLY = (
    "Climate talks in Oslo – live\n"
    "\n"
    "Tue 7 May 2024 18.10 CEST\n"
    "\n"
    "18.02 CEST\n"
    "Talks end\n"
    "\n"
    "The ministers have wrapped up their meeting in Oslo after two hours.\n"
    "\n"
    "09.15 CEST\n"
    "Good morning\n"
    "\n"
    "Welcome to our coverage of the talks in Oslo, which begin at noon.\n"
)


class TestTimeOnlyStamps:
    def test_entries_take_the_page_s_day(self) -> None:
        """Stamps that print only "18.02 CEST" are entries on the day of the page's date line."""
        source = read_source(TIME_ONLY, source_id="t")
        assert [
            (dt.datetime(2024, 5, 7, 18, 2, tzinfo=OSLO), "Talks end"),
            (dt.datetime(2024, 5, 7, 9, 15, tzinfo=OSLO), "Good morning"),
        ] == [(e.published, e.heading.text if e.heading else None) for e in source.entries]
        assert SourceKind.LIVE_PAGE == source.kind

    def test_entry_spans_start_at_their_stamp(self) -> None:
        """Each entry runs from its stamp line to the line before the next stamp."""
        source = read_source(TIME_ONLY, source_id="t")
        assert ["18.02 CEST", "09.15 CEST"] == [
            source.text[e.start : e.start + 10] for e in source.entries
        ]

    def test_lone_clock_times_without_a_zone_make_no_entries(self) -> None:
        """Video lengths ("2:31") on their own lines are not entry stamps."""
        text = "Tue 7 May 2024\n\nA video\n2:31\n\nAnother video\n4:05\n\nThe talks went on.\n"
        assert () == read_source(text, source_id="t").entries


H_STAMPS = (
    "Ministers in Lisbon - live\n"
    "\n"
    "Updated 04/03/2025 18h40 (Lisbon)\n"
    "\n"
    "18h40\n"
    "Dinner under way\n"
    "The ministers sat down to dinner.\n"
    "\n"
    "13h05\n"
    "Talks over\n"
    "The two ministers met for an hour.\n"
    "\n"
    "09h30\n"
    "Good morning\n"
    "Welcome to our coverage.\n"
)


class TestUnzonedStamps:
    def test_h_clock_stamps_in_time_order_are_entries(self) -> None:
        """Three "13h05" stamps, newest first, each over a title, are entries of the page's day."""
        source = read_source(H_STAMPS, source_id="t")
        assert [
            (dt.date(2025, 3, 4), "Dinner under way"),
            (dt.date(2025, 3, 4), "Talks over"),
            (dt.date(2025, 3, 4), "Good morning"),
        ] == [
            (e.published.date() if e.published else None, e.heading.text if e.heading else None)
            for e in source.entries
        ]

    def test_unordered_unzoned_stamps_make_no_entries(self) -> None:
        """Unzoned times out of order are not a live page's stamps."""
        text = H_STAMPS.replace("13h05", "20h05")
        assert () == read_source(text, source_id="t").entries

    def test_two_unzoned_stamps_make_no_entries(self) -> None:
        """Two unzoned clock times are too few to make a live page."""
        text = H_STAMPS.replace("09h30\n", "")
        assert () == read_source(text, source_id="t").entries


ET = ZoneInfo("America/New_York")
STAMP_LINES = (
    "Ministers meet in Lima as trade row deepens\n"
    "\n"
    "Updated 9:41 a.m. ET, May 8, 2025\n"
    "\n"
    "9:38 a.m. ET, May 8, 2025\n"
    "Talks end after two hours\n"
    "\n"
    "The ministers wrapped up their meeting in Lima on Thursday after two hours of talks.\n"
    "\n"
    "9:02 p.m. ET, May 7, 2025\n"
    "Minister lands in Lima\n"
    "\n"
    "The minister's plane landed in Lima on Wednesday evening local time.\n"
)


class TestBareStampLines:
    def test_lines_of_date_and_time_head_entries(self) -> None:
        """Lines holding only a date and a time ("9:38 a.m. ET, May 8, 2025") are entries."""
        source = read_source(STAMP_LINES, source_id="t")
        assert [
            (dt.datetime(2025, 5, 8, 9, 38, tzinfo=ET), "Talks end after two hours"),
            (dt.datetime(2025, 5, 7, 21, 2, tzinfo=ET), "Minister lands in Lima"),
        ] == [(e.published, e.heading.text if e.heading else None) for e in source.entries]
        assert SourceKind.LIVE_PAGE == source.kind

    def test_the_labelled_page_stamp_dates_the_page(self) -> None:
        """The page's own "Updated" line, not its oldest entry, is its date."""
        source = read_source(STAMP_LINES, source_id="t")
        assert dt.datetime(2025, 5, 8, 9, 41, tzinfo=ET) == source.published

    def test_one_stamp_line_is_no_live_page(self) -> None:
        """A single bare stamp is the page's publication line, not an entry."""
        text = "Ministers meet in Lima\n\n9:38 a.m. ET, May 8, 2025\n\nThe ministers met in Lima.\n"
        source = read_source(text, source_id="t")
        assert ((), dt.datetime(2025, 5, 8, 9, 38, tzinfo=ET)) == (source.entries, source.published)
