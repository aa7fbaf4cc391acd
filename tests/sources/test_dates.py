"""Publication metadata: printed lines, locale zones, inferred dates, page dates."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from diplomatic_events.model import PartialDate, SourceKind
from diplomatic_events.sources import read_source

BODY = "Ministers met in the capital to discuss trade and security, officials said on Monday.\n"
HINDU_HEAD = (
    "Ministers agree to resume trade talks after long freeze\n"
    "Updated - March 5, 2024 09:10 pm IST\n"
    "Published - March 5, 2024 07:30 pm IST - NEW DELHI\n"
)


class TestPublicationLines:
    def test_ist_is_india_for_an_indian_outlet(self) -> None:
        """IST resolves to Asia/Kolkata through The Hindu's locale."""
        source = read_source(HINDU_HEAD + BODY, outlet="the-hindu")
        kolkata = ZoneInfo("Asia/Kolkata")
        assert (
            dt.datetime(2024, 3, 5, 19, 30, tzinfo=kolkata),
            dt.datetime(2024, 3, 5, 21, 10, tzinfo=kolkata),
            False,
        ) == (source.published, source.updated, source.published_inferred)
        assert "+05:30" == source.published.isoformat()[-6:] if source.published else None

    def test_evidence_is_the_published_line(self) -> None:
        """The published line is the evidence, offsets into the original."""
        source = read_source(HINDU_HEAD + BODY, outlet="the-hindu")
        assert source.published_evidence is not None
        start = HINDU_HEAD.index("Published")
        end = start + len("Published - March 5, 2024 07:30 pm IST - NEW DELHI")
        assert (start, end) == (source.published_evidence.start, source.published_evidence.end)

    def test_ambiguous_abbreviation_falls_to_outlet_zone(self) -> None:
        """For an outlet with no IST rule, the time is read in the outlet's own zone."""
        source = read_source(HINDU_HEAD + BODY)
        assert dt.datetime(2024, 3, 5, 19, 30, tzinfo=dt.UTC) == source.published

    def test_spelled_out_zone(self) -> None:
        """A spelled-out zone name resolves to its IANA zone."""
        text = "Talks begin in Rome\nPublished at 09:05 British Summer Time 4 July 2024\n" + BODY
        source = read_source(text)
        assert dt.datetime(2024, 7, 4, 9, 5, tzinfo=ZoneInfo("Europe/London")) == source.published
        assert "+01:00" == source.published.isoformat()[-6:] if source.published else None

    def test_updated_only(self) -> None:
        """With only an update time, it is the publication time and the reason says so."""
        text = (
            "Talks resume in Geneva after a long pause\nLast updated: 2 May 2024 08:00 CEST\n"
            + BODY
        )
        source = read_source(text)
        assert (
            dt.datetime(2024, 5, 2, 8, 0, tzinfo=ZoneInfo("Europe/Paris")),
            "only an update time is printed",
        ) == (
            source.published,
            source.published_reason,
        )


class TestInferredDates:
    def test_caption_date(self) -> None:
        """Without a publication line, the caption date dates the story, flagged inferred."""
        text = (
            BODY
            + "The minister arrives in Paris, France, May 7, 2024. Jane Doe/AP\n"
            + "Talks in 2019 had failed on March 1, 2019, the official said.\n"
        )
        source = read_source(text)
        assert (
            dt.datetime(2024, 5, 7, tzinfo=dt.UTC),
            PartialDate(year=2024, month=5, day=7),
            True,
        ) == (source.published, source.published_date, source.published_inferred)
        assert source.published_reason is not None
        assert "caption" in source.published_reason
        assert source.published_evidence is not None
        assert "May 7, 2024" == source.published_evidence.text

    def test_dated_reference_in_body(self) -> None:
        """With no caption, the latest full date in the text dates the story."""
        text = BODY + "The ministers first met on 12 January 2024 and again on 2 February 2024.\n"
        source = read_source(text)
        assert (PartialDate(year=2024, month=2, day=2), True) == (
            source.published_date,
            source.published_inferred,
        )

    def test_no_date_at_all(self) -> None:
        """A text with no date stays undated rather than guessed."""
        source = read_source(BODY)
        assert (None, None, False) == (
            source.published,
            source.published_date,
            source.published_inferred,
        )


class TestPageDate:
    COPY = (
        "Tuesday, October 1, 2024\n"
        "Ministers meet in Lisbon for fisheries talks\n"
        + BODY
        + "The ministers meet in Lisbon, Portugal, June 3, 2023.\nJane Doe/AP\n"
    )

    def test_republisher_header_is_page_date(self) -> None:
        """A republisher's header date is kept as a conflicting page date, not the story's."""
        source = read_source(self.COPY, outlet="beryl-tv")
        assert (
            SourceKind.REPUBLICATION,
            PartialDate(year=2024, month=10, day=1),
            True,
            "2023-06-03",
            True,
        ) == (
            source.kind,
            source.page_date,
            source.page_date_conflict,
            source.published.isoformat()[:10] if source.published else None,
            source.published_inferred,
        )

    def test_generic_header_contradicted_by_content(self) -> None:
        """A header date far from every content date is flagged, not used."""
        source = read_source(self.COPY)
        assert (True, "2023-06-03") == (
            source.page_date_conflict,
            source.published.isoformat()[:10] if source.published else None,
        )

    def test_generic_header_date_used_when_consistent(self) -> None:
        """A header date with no contradiction is the story date, not inferred."""
        text = "Tuesday, October 1, 2024\nMinisters meet in Lisbon for fisheries talks\n" + BODY
        source = read_source(text)
        assert ("2024-10-01", False, None, False) == (
            source.published.isoformat()[:10] if source.published else None,
            source.published_inferred,
            source.page_date,
            source.page_date_conflict,
        )

    def test_older_body_dates_do_not_contradict_header(self) -> None:
        """Only a caption date can overrule a header date; older dates in the body cannot."""
        text = (
            "Tuesday, October 1, 2024\nMinisters meet in Lisbon for fisheries talks\n"
            + BODY
            + "They first met on 15 November 2022 in Bali, the statement added after the talks.\n"
        )
        source = read_source(text)
        assert ("2024-10-01", False) == (
            source.published.isoformat()[:10] if source.published else None,
            source.page_date_conflict,
        )

    def test_file_photo_caption_ignored(self) -> None:
        """A file photo's caption date does not date the story."""
        text = (
            BODY
            + "FILE - The minister in Rome, Italy, May 1, 2020. Jane Doe/AP\n"
            + "The minister arrives in Oslo, Norway, June 2, 2024. John Roe/AP\n"
        )
        assert PartialDate(year=2024, month=6, day=2) == read_source(text).published_date


class TestStampForms:
    def test_am_glued_to_the_clock(self) -> None:
        """A bare stamp with "7:30am" and a zone abbreviation dates the page in that zone."""
        text = "Leaders sign a pact in Hanoi\n\n3 March 2025 • 7:30am KST\n\n" + BODY
        source = read_source(text)
        assert dt.datetime(2025, 3, 3, 7, 30, tzinfo=ZoneInfo("Asia/Seoul")) == source.published
        assert "3 March 2025 • 7:30am KST" == (
            source.published_evidence.text if source.published_evidence else None
        )

    def test_year_first_numeric_date(self) -> None:
        """A year-first numeric stamp ("2025/03/04 10:48 (JST)") is read, zone included."""
        text = (
            "Ministers agree on a new supply pact\n\n2025/03/04 10:48 (JST)\n"
            "Last updated: 2025/03/04 13:05 (JST)\n\n" + BODY
        )
        source = read_source(text)
        tokyo = ZoneInfo("Asia/Tokyo")
        assert (
            dt.datetime(2025, 3, 4, 10, 48, tzinfo=tokyo),
            dt.datetime(2025, 3, 4, 13, 5, tzinfo=tokyo),
        ) == (source.published, source.updated)

    def test_dateline_place_before_the_stamp(self) -> None:
        """A stamp led by the dateline's place, month in capitals, is the publication."""
        text = (
            "Ministers agree on a new supply pact\n\nLisbon - 12 FEB 2025 - 09:30 CET\n"
            "Last updated: 13/02/2025 - 10:00 CET\n\n" + BODY
        )
        source = read_source(text)
        paris = ZoneInfo("Europe/Paris")
        start = text.index("Lisbon")
        assert (dt.datetime(2025, 2, 12, 9, 30, tzinfo=paris), start, start + 32) == (
            source.published,
            source.published_evidence.start if source.published_evidence else None,
            source.published_evidence.end if source.published_evidence else None,
        )

    def test_capitalised_month(self) -> None:
        """A month printed in capitals ("12 FEB 2025") is read; a capital word is not one."""
        from diplomatic_events.sources._dates import find_dates

        assert [dt.date(2025, 2, 12)] == [m.date for m in find_dates("12 FEB 2025, 12 MAYOR 2025")]

    def test_numeric_dates_need_the_year_first(self) -> None:
        """Day-first or month-first numbers ("04/03/2025") stay unread: locales disagree."""
        from diplomatic_events.sources._dates import find_dates

        assert [dt.date(2025, 3, 4)] == [m.date for m in find_dates("on 2025-03-04 and 04/03/2025")]


class TestNumericAndZoneStamps:
    def test_day_first_numeric_with_day_above_twelve(self) -> None:
        """ "15/04/2023 09h12 (BRT)": a day above 12 settles the order; BRT is Brazil."""
        text = "Talks end in Lisbon\n15/04/2023 09h12 (BRT)\n" + BODY
        source = read_source(text)
        sao_paulo = ZoneInfo("America/Sao_Paulo")
        assert dt.datetime(2023, 4, 15, 9, 12, tzinfo=sao_paulo) == source.published

    def test_ambiguous_numeric_read_by_zone_locale(self) -> None:
        """ "04/05/2024 10:00 CEST" is 4 May: a European zone writes the day first."""
        text = "Talks end in Vienna\n04/05/2024 10:00 CEST\n" + BODY
        source = read_source(text)
        assert dt.date(2024, 5, 4) == (source.published.date() if source.published else None)

    def test_ambiguous_numeric_without_locale_is_not_read(self) -> None:
        """ "04/05/2024 10:00" with no zone and no outlet locale dates nothing from that line."""
        text = "Talks end in Vienna\n04/05/2024 10:00\n" + BODY
        source = read_source(text)
        assert source.published is None or source.published_inferred

    def test_h_clock_writes_the_day_first(self) -> None:
        """ "04/05/2024 10h00": a clock written with "h" is day-first usage, so 4 May."""
        text = "Talks end in Vienna\n04/05/2024 10h00\n" + BODY
        source = read_source(text)
        assert dt.date(2024, 5, 4) == (source.published.date() if source.published else None)

    def test_month_first_zone(self) -> None:
        """ "04/05/2024 10:00 EDT" is 5 April: a United States zone writes the month first."""
        text = "Talks end in Ottawa\n04/05/2024 10:00 EDT\n" + BODY
        source = read_source(text)
        assert dt.date(2024, 4, 5) == (source.published.date() if source.published else None)

    def test_dotted_day_first(self) -> None:
        """ "29.07.2024 – 14:05 CEST": dotted dates are day first."""
        text = "Talks end in Rome\n29.07.2024 – 14:05 CEST\n" + BODY
        source = read_source(text)
        paris = ZoneInfo("Europe/Paris")
        assert dt.datetime(2024, 7, 29, 14, 5, tzinfo=paris) == source.published
        assert source.published_evidence is not None
        assert "29.07.2024 – 14:05 CEST" == source.published_evidence.text

    def test_gmt_is_utc_in_summer(self) -> None:
        """ "18:20 GMT" in September is +00:00; BST is +01:00."""
        gmt = read_source("Talks end in Paris\nPublished: 13 Sep 2023 18:20 GMT\n" + BODY)
        bst = read_source("Talks end in Paris\nPublished: 13 Sep 2023 18:20 BST\n" + BODY)
        assert ("+00:00", "+01:00") == (
            gmt.published.isoformat()[-6:] if gmt.published else None,
            bst.published.isoformat()[-6:] if bst.published else None,
        )

    def test_stamps_split_by_a_bar(self) -> None:
        """A publication and an update stamp on one line, split by a bar, are both read."""
        text = "Talks end in Lisbon\n15/04/2023 09h12 (BRT) | Updated 15/04/2023 11h40 (BRT)\n"
        source = read_source(text + BODY)
        assert (dt.time(9, 12), dt.time(11, 40)) == (
            source.published.time() if source.published else None,
            source.updated.time() if source.updated else None,
        )

    def test_originally_published_beats_page_date(self) -> None:
        """An "Originally published" line is the story's date; the header date is the page's."""
        text = (
            "09 Nov 2023\nAggregator home\n\nTalks end in Canberra\n"
            "Originally published November 7, 2023 — 6.45pm AEDT\n" + BODY
        )
        source = read_source(text)
        sydney = ZoneInfo("Australia/Sydney")
        assert (
            dt.datetime(2023, 11, 7, 18, 45, tzinfo=sydney),
            PartialDate(year=2023, month=11, day=9),
            True,
        ) == (source.published, source.page_date, source.page_date_conflict)
