"""What the caller knows about a report wins over what the text suggests, and says so."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from diplomatic_events import InputError, PublishedOrigin, UnknownPluginError
from diplomatic_events.model import ContributorRole
from diplomatic_events.sources import read_source

UNDATED = 'Ministers meet\n\nThe minister said "we will talk again" after the meeting.\n'
DATED_LINE = (
    "Ministers meet in Lisbon to discuss a fisheries deal\n"
    "By Ana Costa\n"
    "Posted: 3 March 2024 10:15 GMT\n"
    "\n"
    "Portuguese and Spanish ministers met on Sunday to discuss a fisheries deal, officials said.\n"
)
DATED_IN_TEXT = (
    "Ministers meet\n\nThe ministers met on March 3, 2024 and agreed to talk again in April.\n"
)


class TestPublished:
    def test_aware_datetime_is_kept(self) -> None:
        """An aware datetime is the publication time as given, from metadata."""
        given = dt.datetime(2023, 6, 19, 14, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
        source = read_source(UNDATED, published=given)
        expected = (given, PublishedOrigin.METADATA, "given by the caller", False)
        actual = (
            source.published,
            source.published_origin,
            source.published_reason,
            source.published_inferred,
        )
        assert expected == actual

    def test_a_month_alone_dates_the_page_to_the_month(self) -> None:
        """ "2017-10" is a publication month: no time is made up, the month is kept."""
        source = read_source(UNDATED, published="2017-10")
        assert (None, "2017-10", PublishedOrigin.METADATA) == (
            source.published,
            str(source.published_date),
            source.published_origin,
        )

    def test_a_month_keeps_a_printed_time_within_it(self) -> None:
        """A publication line inside the given month is more precise and stays."""
        text = "Talks\n\nPublished - March 3, 2024 10:00 am\n\nThe two met.\n"
        source = read_source(text, published="2024-03")
        assert source.published is not None
        assert "2024-03-03" == source.published.date().isoformat()

    def test_an_impossible_month_is_an_error(self) -> None:
        """ "2017-13" names no month: an InputError, not a silent guess."""
        with pytest.raises(InputError, match="2017-13"):
            read_source(UNDATED, published="2017-13")

    def test_iso_string_with_offset(self) -> None:
        """An ISO 8601 string keeps its offset and its day."""
        source = read_source(UNDATED, published="2023-06-19T02:00:00+08:00")
        assert "2023-06-19T02:00:00+08:00" == source.published.isoformat()  # type: ignore[union-attr]
        assert "2023-06-19" == source.published_date.isoformat()  # type: ignore[union-attr]

    def test_date_only_is_midnight_in_utc_for_an_unknown_outlet(self) -> None:
        """A day alone is midnight UTC when no outlet zone is known, and the reason says so."""
        source = read_source(UNDATED, published=dt.date(2023, 6, 19))
        assert dt.datetime(2023, 6, 19, tzinfo=dt.UTC) == source.published
        assert "as the outlet's time zone is not known" in (source.published_reason or "")

    def test_naive_datetime_is_read_in_the_outlets_zone(self) -> None:
        """A naive time is in the outlet's zone (The Hindu: India), and the reason names it."""
        source = read_source(
            UNDATED, published=dt.datetime(2023, 6, 19, 10, 0), outlet_name="The Hindu"
        )
        assert dt.datetime(2023, 6, 19, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata")) == source.published
        assert "Asia/Kolkata, the outlet's time zone" in (source.published_reason or "")

    def test_zone_name_after_the_time(self) -> None:
        """An IANA zone name after the time places it in that zone."""
        source = read_source(UNDATED, published="2023-06-19T10:00 Asia/Shanghai")
        expected = dt.datetime(2023, 6, 19, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
        assert expected == source.published

    def test_unknown_zone_is_an_error_naming_it(self) -> None:
        """An unknown zone name is an InputError that names it, never a silent UTC."""
        with pytest.raises(InputError, match="Mars/Olympus"):
            read_source(UNDATED, published="2023-06-19T10:00[Mars/Olympus]")

    def test_not_a_date_is_an_error(self) -> None:
        """A published value that is not ISO 8601 is an InputError quoting it."""
        with pytest.raises(InputError, match="June 19"):
            read_source(UNDATED, published="June 19")

    def test_wrong_type_is_an_error(self) -> None:
        """A number is not a date."""
        with pytest.raises(InputError, match="int"):
            read_source(UNDATED, published=20230619)  # type: ignore[arg-type]

    def test_metadata_wins_over_the_publication_line(self) -> None:
        """A given time replaces the one printed in the text."""
        source = read_source(DATED_LINE, published="2024-03-04T08:00:00+00:00")
        expected = (dt.datetime(2024, 3, 4, 8, tzinfo=dt.UTC), PublishedOrigin.METADATA, None)
        assert expected == (source.published, source.published_origin, source.published_evidence)

    def test_day_agreeing_with_the_line_keeps_the_lines_time(self) -> None:
        """A day alone that agrees with the publication line keeps the line's time."""
        source = read_source(DATED_LINE, published="2024-03-03")
        assert dt.datetime(2024, 3, 3, 10, 15, tzinfo=dt.UTC) == source.published
        assert PublishedOrigin.TEXT == source.published_origin
        assert "the caller gave the same day" in (source.published_reason or "")

    def test_agreeing_time_keeps_the_lines_evidence(self) -> None:
        """A given time on the day of the publication line keeps the line as evidence."""
        source = read_source(DATED_LINE, published="2024-03-03T12:00:00+00:00")
        assert source.published_evidence is not None
        assert "3 March 2024" in source.published_evidence.text

    def test_other_day_drops_the_lines_evidence(self) -> None:
        """A given time on another day has no evidence in the text."""
        source = read_source(DATED_LINE, published="2024-03-05T12:00:00+00:00")
        assert source.published_evidence is None

    def test_metadata_wins_over_an_inferred_date(self) -> None:
        """A given day replaces a date inferred from the text."""
        inferred = read_source(DATED_IN_TEXT)
        given = read_source(DATED_IN_TEXT, published="2024-03-05")
        assert PublishedOrigin.INFERRED == inferred.published_origin
        assert (PublishedOrigin.METADATA, False, "2024-03-05") == (
            given.published_origin,
            given.published_inferred,
            given.published_date.isoformat(),  # type: ignore[union-attr]
        )


class TestOrigin:
    def test_publication_line_is_text(self) -> None:
        """A printed publication line is origin text."""
        assert PublishedOrigin.TEXT == read_source(DATED_LINE).published_origin

    def test_no_date_is_none(self) -> None:
        """No date at all leaves the origin unknown."""
        assert read_source(UNDATED).published_origin is None


class TestOtherMetadata:
    def test_title_url_and_language_are_recorded(self) -> None:
        """title, url and language are kept on the source."""
        source = read_source(
            UNDATED, title="Ministers meet", url="https://example.org/a", language="fr"
        )
        expected = ("Ministers meet", "https://example.org/a", "fr")
        assert expected == (source.title, source.url, source.language)

    def test_title_found_in_the_text_is_the_headline(self) -> None:
        """A given title that the text shows becomes the headline span when none was found."""
        text = "the minister spoke.\n\nMinisters meet at last\n"
        source = read_source(text, title="Ministers meet at last")
        assert source.headline is not None
        assert "Ministers meet at last" == text[source.headline.start : source.headline.end]

    def test_one_author_as_a_string(self) -> None:
        """A single author given as a string is one name, not its letters."""
        source = read_source(UNDATED, authors="Maria Silva")  # type: ignore[arg-type]
        assert ["Maria Silva"] == [person.name for person in source.authors]

    def test_authors_replace_the_byline(self) -> None:
        """Given authors replace the authors a byline names."""
        source = read_source(DATED_LINE, authors=["Maria Silva", "João Pereira"])
        expected = [
            ("Maria Silva", ContributorRole.AUTHOR),
            ("João Pereira", ContributorRole.AUTHOR),
        ]
        assert expected == [(person.name, person.role) for person in source.authors]

    def test_unknown_outlet_name_is_kept_and_the_adapter_detected(self) -> None:
        """An outlet name no adapter has is the display name; the adapter is still detected."""
        source = read_source(UNDATED, outlet_name="Reuters")
        assert ("generic", "Reuters") == (source.outlet, source.outlet_name)

    def test_outlet_display_name_picks_its_adapter(self) -> None:
        """An adapter's display name picks that adapter."""
        source = read_source(UNDATED, outlet_name="CBS News")
        assert ("cbs-news", "CBS News") == (source.outlet, source.outlet_name)

    def test_outlet_registry_name_is_still_strict(self) -> None:
        """outlet= is still the registry name, and an unknown one is an error."""
        with pytest.raises(UnknownPluginError):
            read_source(UNDATED, outlet="reuters")


class TestOutletZones:
    def test_unknown_outlet_zone_is_an_error_naming_it(self) -> None:
        """An outlet's rules with an unknown time zone are refused, never a silent UTC."""
        from diplomatic_events import DataFileError
        from diplomatic_events.sources import OutletAdapter

        with pytest.raises(DataFileError, match="Asia/Kolcata"):
            OutletAdapter.from_toml('name = "x"\ndisplay_name = "X"\ntimezone = "Asia/Kolcata"\n')

    def test_unknown_abbreviation_zone_is_an_error(self) -> None:
        """A zone abbreviation mapped to an unknown zone is refused too."""
        from diplomatic_events import DataFileError
        from diplomatic_events.sources import OutletAdapter

        rules = 'name = "x"\ndisplay_name = "X"\n[zone_abbreviations]\nIST = "India/Delhi"\n'
        with pytest.raises(DataFileError, match="India/Delhi"):
            OutletAdapter.from_toml(rules)
