"""Input forms: text, paths and bytes in several encodings, and source ids."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from diplomatic_events.exceptions import InputError
from diplomatic_events.sources import DecodingWarning, read_source

TEXT = "Ministers meet in Zürich for talks\n\nThe ministers met on Sunday, officials said.\n"


class TestDecoding:
    def test_str(self) -> None:
        """Text is kept exactly as given."""
        assert TEXT == read_source(TEXT).text

    def test_utf8_bytes(self) -> None:
        """UTF-8 bytes decode to the same text."""
        assert TEXT == read_source(TEXT.encode("utf-8")).text

    def test_utf8_bom_kept_at_offset_zero(self) -> None:
        """A UTF-8 BOM stays as U+FEFF so offsets match a plain UTF-8 reader, outside blocks."""
        source = read_source(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
        assert ("\ufeff" + TEXT, 1) == (source.text, source.blocks[0].start)

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
    def test_utf16_with_bom(self, encoding: str) -> None:
        """UTF-16 with a byte-order mark decodes without the mark."""
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(
            encoding, b""
        )
        assert TEXT == read_source(bom + TEXT.encode(encoding)).text

    def test_fallback_warns_with_file_name(self, tmp_path: Path) -> None:
        """Bytes that are not UTF-8 decode as cp1252 with a warning naming the file."""
        path = tmp_path / "old.txt"
        path.write_bytes("Caf\u00e9 \u201ctalks\u201d".encode("cp1252"))
        with pytest.warns(DecodingWarning, match="old.txt"):
            source = read_source(path)
        assert "Caf\u00e9 \u201ctalks\u201d" == source.text

    def test_path_kept(self, tmp_path: Path) -> None:
        """A path is read, kept, and names the source."""
        path = tmp_path / "report_7.txt"
        path.write_text(TEXT, encoding="utf-8")
        source = read_source(path)
        assert (TEXT, str(path), "report_7") == (source.text, source.path, source.id)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is an InputError."""
        with pytest.raises(InputError):
            read_source(tmp_path / "nope.txt")

    def test_wrong_type(self) -> None:
        """Anything but text, bytes or a path is an InputError."""
        with pytest.raises(InputError):
            read_source(42)  # type: ignore[arg-type]


class TestSourceId:
    def test_callers_id_wins(self) -> None:
        """The caller's id is used as given."""
        assert "mine" == read_source(TEXT, source_id="mine", path="x/other.txt").id

    def test_stem_of_path(self) -> None:
        """Without an id, the path's file stem names the source."""
        assert "story" == read_source(TEXT, path="a/b/story.txt").id

    def test_content_hash_is_stable(self) -> None:
        """Without id or path, the same text always gets the same id, other text another."""
        first, again, other = read_source(TEXT), read_source(TEXT), read_source(TEXT + "x")
        assert (True, False) == (first.id == again.id, first.id == other.id)
        assert first.id.startswith("src-")
