"""HTML pages: the main text is kept, offsets index it, and the page's metadata is read."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from diplomatic_events import MissingExtraError, PublishedOrigin, parse_source
from diplomatic_events.model import Extraction
from diplomatic_events.sources import read_html, read_source

DATA = Path(__file__).parent / "data"
HAS_HTML = importlib.util.find_spec("trafilatura") is not None
needs_html = pytest.mark.skipif(not HAS_HTML, reason="the [html] extra is not installed")


def _quotations(extraction: Extraction) -> list[tuple[str, int, int, str | None]]:
    return sorted(
        (report.text, report.start, report.end, statement.speaker)
        for statement in extraction.all_statements()
        for report in statement.reports
    )


@needs_html
class TestReadHtml:
    def test_quotations_equal_those_of_the_text_form(self) -> None:
        """A saved readout page yields the quotations, offsets and speakers of its text form."""
        from_html = parse_source(DATA / "readout.html")
        from_text = parse_source(DATA / "readout.txt")
        assert _quotations(from_text) == _quotations(from_html)
        assert 4 == len(_quotations(from_html))

    def test_offsets_index_the_extracted_text(self) -> None:
        """Every report's offsets cut its text out of the text the Source keeps."""
        extraction = parse_source(DATA / "briefing.html")
        source = extraction.sources[0]
        for text, start, end, _ in _quotations(extraction):
            assert text == source.text[start:end]

    def test_chrome_is_left_out(self) -> None:
        """Navigation, related links and the footer are not in the text."""
        text = read_source(DATA / "readout.html").text
        for chrome in ("Privacy Policy", "Related Articles", "About the Department", "Search"):
            assert chrome not in text

    def test_date_title_author_and_site_from_the_page(self) -> None:
        """The page's published time, title, author and site name are the source's."""
        source = read_source(DATA / "readout.html")
        expected = (
            dt.datetime(2024, 3, 12, 16, 40, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
            PublishedOrigin.METADATA,
            "given by the page's metadata",
            "Deputy Secretary Marlowe’s Meeting with Foreign Minister Okafor",
            ("Helen Whitcombe",),
            "Department of External Affairs",
        )
        actual = (
            source.published,
            source.published_origin,
            source.published_reason,
            source.title,
            tuple(person.name for person in source.authors),
            source.outlet_name,
        )
        assert expected == actual

    def test_json_ld_date_and_authors(self) -> None:
        """A day-only JSON-LD date is midnight UTC with the reason; both authors are kept."""
        source = read_source(DATA / "briefing.html")
        assert dt.datetime(2024, 5, 8, tzinfo=dt.UTC) == source.published
        assert "as a day" in (source.published_reason or "")
        assert ("Tomasz Wieczorek", "Amara Lindqvist") == tuple(p.name for p in source.authors)

    def test_title_is_the_first_line_and_the_headline(self) -> None:
        """The text starts with the title, which is the headline span."""
        source = read_source(DATA / "briefing.html")
        title = "Envoy Says Ceasefire Talks Will Resume Next Week"
        assert source.text.startswith(title + "\n\n")
        assert source.headline is not None
        assert title == source.headline.text

    def test_caller_metadata_wins_over_the_page(self) -> None:
        """published, title and outlet given by the caller win over the page's."""
        html = (DATA / "briefing.html").read_text(encoding="utf-8")
        source = read_html(
            html,
            url="https://courier.example/envoy",
            published="2024-05-09T07:30:00+02:00",
            outlet_name="Courier Wire",
        )
        expected = ("2024-05-09T07:30:00+02:00", "given by the caller", "Courier Wire")
        actual = (source.published.isoformat(), source.published_reason, source.outlet_name)  # type: ignore[union-attr]
        assert expected == actual

    def test_bytes_in_the_pages_declared_charset(self) -> None:
        """Bytes are decoded by the page's declared charset, not guessed."""
        html = (DATA / "readout.html").read_text(encoding="utf-8")
        html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
        html = html.replace("Okafor", "Okafór")
        source = read_html(html.encode("cp1252"))
        assert "Deputy Secretary Marlowe’s Meeting with Foreign Minister Okafór" == source.title

    def test_html_text_is_read_as_a_page(self) -> None:
        """A str that starts as an HTML document is read as a page, not as text."""
        html = (DATA / "readout.html").read_text(encoding="utf-8")
        source = read_source(html)
        assert "<html" not in source.text
        assert "Deputy Secretary Marlowe’s Meeting with Foreign Minister Okafor" == source.title


class TestWithoutTheExtra:
    def test_html_file_names_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without trafilatura, an HTML file is an error naming the [html] extra."""
        monkeypatch.setitem(sys.modules, "trafilatura", None)
        with pytest.raises(MissingExtraError, match=r"\[html\]"):
            read_source(DATA / "readout.html")

    def test_html_text_is_never_parsed_as_text(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without trafilatura, HTML given as a str is refused too."""
        monkeypatch.setitem(sys.modules, "trafilatura", None)
        with pytest.raises(MissingExtraError, match=r"pip install"):
            read_source("<!DOCTYPE html><html><body><p>Hello</p></body></html>")

    def test_missing_extra_is_an_import_error(self) -> None:
        """The error is also an ImportError, for callers who catch that."""
        assert issubclass(MissingExtraError, ImportError)
