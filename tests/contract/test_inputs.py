"""Raw input: wrong types, files that are not files, size limits, encodings without a mark."""

from __future__ import annotations

import codecs
import os
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplomatic_events.exceptions import DiplomaticEventsError, InputError
from diplomatic_events.parsing import parse, parse_source
from diplomatic_events.sources import DEFAULT_MAX_BYTES, input_limit, read_source

TEXT = "Ministers meet in Paris\n\nThe ministers met on Sunday, officials said.\n"


def _within(seconds: float, call: Callable[[], Any]) -> BaseException | None:
    """The error ``call`` raised, run in a daemon thread that must finish in ``seconds``."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            call()
        except BaseException as error:
            outcome.append(error)
        else:
            outcome.append(None)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still running after {seconds} s"
    return outcome[0]


class TestWrongTypes:
    @pytest.mark.parametrize("value", [None, 123, 4.5, ["a list"], object()])
    def test_parse_source_names_the_type(self, value: Any) -> None:
        """parse_source of a non-input is an InputError naming the type, not a TypeError."""
        with pytest.raises(InputError) as caught:
            parse_source(value)
        assert type(value).__name__ in str(caught.value)

    def test_note_names_the_input(self) -> None:
        """The error's note says which input of the batch it was."""
        with pytest.raises(InputError) as caught:
            parse_source(None)  # type: ignore[arg-type]
        assert ["input 1 of 1: a NoneType (not an input: give str, bytes, a path or a Source)"] == (
            caught.value.__notes__
        )

    def test_read_source_refuses_a_path_of_bytes(self) -> None:
        """A path object whose fspath is bytes is refused with an InputError."""

        class BytesPath(os.PathLike[bytes]):
            def __fspath__(self) -> bytes:
                return b"/tmp/x"

        with pytest.raises(InputError):
            read_source(BytesPath())  # type: ignore[arg-type]

    def test_unparseable_url_is_kept(self) -> None:
        """A url= that urllib cannot parse picks no adapter by domain and is kept as given."""
        assert ("http://[", "generic") == (
            read_source(TEXT, url="http://[").url,
            read_source(TEXT, url="http://[").outlet,
        )

    def test_blank_stem_falls_back_to_the_hash(self) -> None:
        """A path whose stem is white space does not become a blank id (found by fuzzing)."""
        assert read_source(TEXT, path="\r").id.startswith("src-")

    def test_blank_source_id_is_an_input_error(self) -> None:
        """A blank source_id is an InputError, not the model's InvalidModelError."""
        with pytest.raises(InputError, match="source_id must not be blank"):
            read_source(TEXT, source_id=" ")

    def test_nul_in_a_file_name(self) -> None:
        """A path holding a NUL is an InputError, not the ValueError of os.stat."""
        with pytest.raises(InputError, match="embedded null byte"):
            read_source(Path("report\x00.txt"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
class TestNonRegularFiles:
    def test_named_pipe_is_refused_at_once(self, tmp_path: Path) -> None:
        """A named pipe nobody writes to is refused promptly, never opened for reading."""
        pipe = tmp_path / "pipe.txt"
        os.mkfifo(pipe)
        error = _within(5, lambda: read_source(pipe))
        assert isinstance(error, InputError)
        assert "pipe.txt: it is a named pipe, not a regular file" in str(error)

    def test_dev_zero_is_refused(self) -> None:
        """/dev/zero is a device: refused, not read until memory runs out."""
        error = _within(5, lambda: read_source(Path("/dev/zero")))
        assert isinstance(error, InputError)
        assert "/dev/zero: it is a character device" in str(error)

    def test_directory_is_refused(self, tmp_path: Path) -> None:
        """A directory given as a file is an InputError naming it."""
        with pytest.raises(InputError, match="it is a directory"):
            read_source(tmp_path)

    def test_parse_refuses_a_pipe_too(self, tmp_path: Path) -> None:
        """parse goes through the same check, so it never blocks on a pipe."""
        pipe = tmp_path / "feed"
        os.mkfifo(pipe)
        error = _within(5, lambda: parse([pipe]))
        assert isinstance(error, InputError)


class TestSizeLimit:
    def test_default_is_twenty_mebibytes(self) -> None:
        """The documented default limit."""
        assert 20 * 1024 * 1024 == DEFAULT_MAX_BYTES

    def test_large_file_is_refused_with_its_size(self, tmp_path: Path) -> None:
        """A file over the limit is refused before it is read, naming the file and its size."""
        path = tmp_path / "big.txt"
        path.write_bytes(b"x" * 2_000)
        with pytest.raises(InputError) as caught:
            read_source(path, max_bytes=1_000)
        assert str(caught.value).startswith(f"{path}: 2,000 bytes is over the input limit of 1,000")

    def test_default_refuses_a_file_over_20_mib(self, tmp_path: Path) -> None:
        """Without max_bytes a 21 MiB file is refused quickly."""
        path = tmp_path / "huge.txt"
        with path.open("wb") as handle:
            handle.truncate(21 * 1024 * 1024)
        started = time.perf_counter()
        with pytest.raises(InputError, match="22,020,096 bytes"):
            read_source(path)
        assert time.perf_counter() - started < 1.0

    def test_bytes_and_text_have_the_limit_too(self) -> None:
        """The limit counts bytes of ``bytes`` and characters of ``str``."""
        with pytest.raises(InputError, match="<bytes>: 11 bytes"):
            read_source(b"x" * 11, max_bytes=10)
        with pytest.raises(InputError, match="<str>: 11 characters"):
            read_source("x" * 11, max_bytes=10)

    def test_input_limit_raises_the_default_for_parse(self, tmp_path: Path) -> None:
        """input_limit changes the limit parse reads paths with, only inside the block."""
        path = tmp_path / "article.txt"
        path.write_text(TEXT, encoding="utf-8")
        with input_limit(10), pytest.raises(InputError):
            parse([path])
        assert 1 == len(parse([path]).sources)

    @pytest.mark.parametrize("value", [0, -1, True, 1.5])
    def test_limit_must_be_positive(self, value: Any) -> None:
        """A limit that is not a positive integer is an InputError."""
        with pytest.raises(InputError, match="max_bytes must be a positive integer"):
            read_source(TEXT, max_bytes=value)


class TestEncodings:
    @pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
    def test_utf16_without_bom_is_decoded(self, codec: str) -> None:
        """UTF-16 without a byte-order mark is recognised by its NULs and decoded."""
        assert TEXT == read_source(TEXT.encode(codec)).text

    def test_utf32_with_bom_is_decoded(self) -> None:
        """UTF-32 with its byte-order mark (which starts like UTF-16's) is decoded."""
        assert TEXT == read_source(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le")).text

    def test_utf32_without_bom_is_refused(self) -> None:
        """UTF-32 without a mark is refused, never text with interleaved NULs."""
        with pytest.raises(InputError, match="NUL character"):
            read_source(TEXT.encode("utf-32-le"))

    def test_binary_is_refused(self) -> None:
        """Bytes that decode to text holding NULs are not a report."""
        with pytest.raises(InputError, match="not a text file"):
            read_source(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x10" * 20)

    def test_no_decoded_text_holds_nul(self) -> None:
        """Whatever the bytes, decoded text never holds a NUL character."""
        for raw in (b"a\x00b\x00", b"\x00a\x00b", b"ab\x00\x00cd", b"\xff\xfea\x00\x00\x00"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    text = read_source(raw).text
                except DiplomaticEventsError:
                    continue
            assert "\x00" not in text


class TestParseInputs:
    def test_a_text_alone_is_one_input(self) -> None:
        """parse("text") reads the text as one report, not one report per character."""
        assert 1 == len(parse("Ana Lis met Tom Roe in Lisbon on Monday.").sources)

    def test_a_number_is_an_input_error(self) -> None:
        """parse(123) is an InputError naming the type, not a TypeError."""
        with pytest.raises(InputError, match="int"):
            parse(123)  # type: ignore[arg-type]
