"""from_json: every malformed document is a DocumentError with a bounded message."""

from __future__ import annotations

import functools
import json
import time
from typing import Any

import pytest

from diplomatic_events.exceptions import DocumentError
from diplomatic_events.model import Extraction, Source, Span
from diplomatic_events.parsing import parse_source
from diplomatic_events.serialization import from_dict, from_json, to_json

ARTICLE = (
    "Ministers meet in Paris\n\n"
    'The foreign minister said "we will keep talking" after the meeting on Sunday.\n'
)


@functools.cache
def _document() -> str:
    return to_json(parse_source(ARTICLE))


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_document())
    return data


class TestShapes:
    @pytest.mark.parametrize(
        ("text", "got"), [("[]", "an array"), ('"x"', "a string"), ("3", "a number")]
    )
    def test_top_level_must_be_an_object(self, text: str, got: str) -> None:
        """A top level that is not an object is a DocumentError saying what it is."""
        with pytest.raises(DocumentError) as caught:
            from_json(text, Extraction)
        assert f"not a valid Extraction: expected an object, got {got} @ $" == str(caught.value)

    def test_five_thousand_digit_integer(self) -> None:
        """An integer too long for Python to read is a DocumentError, not a ValueError."""
        with pytest.raises(DocumentError, match=r"^not JSON: "):
            from_json('{"schema_version": ' + "9" * 5000 + "}", Extraction)

    def test_ten_thousand_nested_brackets(self) -> None:
        """Deep nesting is a DocumentError, not a RecursionError."""
        with pytest.raises(DocumentError, match="nested too deeply"):
            from_json("[" * 10_000 + "]" * 10_000, Extraction)

    def test_deep_nesting_inside_a_field(self) -> None:
        """Deep nesting where a string is expected is a DocumentError too."""
        text = '{"schema_version": 1, "sources": ' + "[" * 900 + "]" * 900 + "}"
        with pytest.raises(DocumentError):
            from_json(text, Extraction)

    def test_undecodable_bytes_name_the_offset(self) -> None:
        """Bytes that are not UTF-8 are a DocumentError naming the byte and its offset."""
        with pytest.raises(DocumentError) as caught:
            from_json(b'{"sources": "\xff"}', Extraction)
        assert "not JSON: byte 0xff at byte offset 13 is not utf-8" == str(caught.value)

    def test_not_text_at_all(self) -> None:
        """A value that is neither str nor bytes is a DocumentError."""
        with pytest.raises(DocumentError, match="expected str or bytes, got int"):
            from_json(12, Extraction)  # type: ignore[arg-type]

    def test_valid_bytes_are_read(self) -> None:
        """UTF-8 bytes of a valid document are read like the text."""
        assert from_json(_document(), Extraction) == from_json(_document().encode(), Extraction)


class TestOffsets:
    def test_shifted_report_is_refused_with_its_path(self) -> None:
        """A report moved by one character no longer cuts its text: DocumentError, JSON path."""
        data = _data()
        report = data["statements"][0]["reports"][0]
        report["start"] += 1
        report["end"] += 1
        with pytest.raises(DocumentError) as caught:
            from_json(json.dumps(data), Extraction)
        assert ["@ $.statements[0].reports[0]"] == [p[p.rindex("@") :] for p in caught.value.paths]

    def test_shifted_headline_is_refused(self) -> None:
        """A source's own spans are checked against its text, alone or in a document."""
        data = _data()["sources"][0]
        data["headline"]["start"] += 1
        data["headline"]["end"] += 1
        with pytest.raises(DocumentError) as caught:
            from_dict(data, Source)
        assert caught.value.paths[0].endswith("@ $.headline")

    def test_entry_past_the_text_is_refused(self) -> None:
        """A live entry that ends past its source's text is refused."""
        data = _data()
        size = len(data["sources"][0]["text"])
        data["sources"][0]["entries"] = [
            {
                "start": 0,
                "end": size + 5,
                "heading": None,
                "published": None,
                "authors": [],
                "label": None,
            }
        ]
        with pytest.raises(DocumentError, match=r"past the text's \d+ characters"):
            from_json(json.dumps(data), Extraction)

    def test_unchanged_document_is_accepted(self) -> None:
        """The document the library wrote reads back equal."""
        assert parse_source(ARTICLE) == from_json(_document(), Extraction)

    def test_span_of_a_source_elsewhere_is_not_checked(self) -> None:
        """A span naming a source the document does not hold cannot be checked; it is kept."""
        span = Span(source="elsewhere", start=3, end=5, text="ab")
        assert span == from_json(to_json(span), Span)


class TestBoundedMessages:
    def test_huge_string_is_cut_in_the_message(self) -> None:
        """A 100 MB string never ends up whole in an error message or its paths."""
        data = _data()
        data["sources"][0]["published"] = "x" * 100_000_000
        text = json.dumps(data)
        started = time.perf_counter()
        with pytest.raises(DocumentError) as caught:
            from_json(text, Extraction)
        assert time.perf_counter() - started < 30
        assert len(str(caught.value)) <= 1_000
        assert all(len(path) <= 1_000 for path in caught.value.paths)
        assert "characters cut]" in str(caught.value)
