"""News-API records: title, url, date, text and outlet as one mapping."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from diplomatic_events import InputError, PublishedOrigin
from diplomatic_events.sources import read_record

NEWSAPI = {
    "source": {"id": None, "name": "Harbour Wire"},
    "author": "Tomasz Wieczorek",
    "title": "Envoy says talks will resume",
    "description": "The envoy spoke in Geneva.",
    "url": "https://wire.example/envoy",
    "urlToImage": "https://wire.example/envoy.jpg",
    "publishedAt": "2024-05-08T09:15:00Z",
    "content": 'The envoy said "the channel is open again" on Wednesday… [+2817 chars]',
}


class TestReadRecord:
    def test_newsapi_record(self) -> None:
        """A NewsAPI article gives the text, date, url, outlet and author."""
        source = read_record(NEWSAPI)
        expected = (
            'Envoy says talks will resume\n\nThe envoy said "the channel is open again"'
            " on Wednesday…\n",
            dt.datetime(2024, 5, 8, 9, 15, tzinfo=dt.UTC),
            PublishedOrigin.METADATA,
            "https://wire.example/envoy",
            "Harbour Wire",
            ("Tomasz Wieczorek",),
        )
        actual = (
            source.text,
            source.published,
            source.published_origin,
            source.url,
            source.outlet_name,
            tuple(person.name for person in source.authors),
        )
        assert expected == actual

    def test_reason_names_the_record(self) -> None:
        """The publication reason says the record gave it."""
        assert "given by the record" == read_record(NEWSAPI).published_reason

    def test_plain_keys(self) -> None:
        """published, text, a plain source name and a list of authors work too."""
        source = read_record(
            {
                "title": "Talks",
                "published": "2024-05-08",
                "text": "They talked.",
                "source": "Courier",
                "authors": ["A. Writer", "B. Writer"],
                "id": 42,
            }
        )
        expected = ("42", "Courier", "2024-05-08", ("A. Writer", "B. Writer"))
        actual = (
            source.id,
            source.outlet_name,
            source.published_date.isoformat(),  # type: ignore[union-attr]
            tuple(person.name for person in source.authors),
        )
        assert expected == actual

    def test_offsets_index_the_composed_text(self) -> None:
        """The title is in the text, so a quotation in it has offsets there."""
        source = read_record({"title": 'Envoy: "talks resume"', "content": "More later."})
        at = source.text.index("talks resume")
        assert "talks resume" == source.text[at : at + len("talks resume")]
        assert source.text.startswith('Envoy: "talks resume"\n\nMore later.')

    def test_empty_record_is_an_error(self) -> None:
        """A record with neither title nor text is an InputError."""
        with pytest.raises(InputError, match="neither a title nor any text"):
            read_record({"url": "https://wire.example/x"})

    def test_wrong_type_is_an_error(self) -> None:
        """A key of the wrong type is an InputError naming the key."""
        with pytest.raises(InputError, match="'title'"):
            read_record({"title": 3, "content": "x"})

    def test_bad_date_is_an_error(self) -> None:
        """A date that is not ISO 8601 is an InputError quoting it."""
        with pytest.raises(InputError, match="yesterday"):
            read_record({"title": "T", "content": "x", "publishedAt": "yesterday"})

    @pytest.mark.skipif(
        importlib.util.find_spec("trafilatura") is None, reason="the [html] extra is not installed"
    )
    def test_html_content_is_read_as_a_page(self) -> None:
        """HTML content loses its markup; the quotation is in the text."""
        paragraph = (
            "<p>The envoy said “the channel is open again” after three days of talks with"
            " both delegations in Geneva, and promised a new round before the summer.</p>"
        )
        source = read_record({"title": "Envoy", "content": "<div>" + paragraph * 3 + "</div>"})
        assert "<p>" not in source.text
        assert "“the channel is open again”" in source.text
