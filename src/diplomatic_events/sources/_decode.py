"""Turning what the caller gives (text, a path, raw bytes) into text and a stable id.

Input is checked before it is read: a path must name a regular file (a named pipe, a
device or a directory is refused without being opened for long, so nothing blocks), and
every input has a size limit, :data:`DEFAULT_MAX_BYTES` unless the caller gives another.
"""

from __future__ import annotations

import codecs
import contextlib
import contextvars
import hashlib
import os
import stat
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from diplomatic_events.exceptions import InputError
from diplomatic_events.typing import SourceId

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FALLBACK_ENCODING",
    "DecodingWarning",
    "check_input_size",
    "decode_bytes",
    "input_limit",
    "load_input",
    "read_file_bytes",
    "read_stream_bytes",
    "source_id_for",
]

FALLBACK_ENCODING = "cp1252"
"""Tried when bytes are neither UTF-8 nor carry a byte-order mark; ``latin-1`` comes last
because it accepts every byte, so decoding never fails."""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""The largest input read by default: 20 MiB (bytes of a file or of ``bytes``, characters of
a ``str``). A news report is a few tens of kilobytes; pass ``max_bytes=`` to
:func:`read_source` (``--max-bytes`` on the command line) or use :func:`input_limit` to
change it."""

_LIMIT: contextvars.ContextVar[int] = contextvars.ContextVar(
    "diplomatic_events_max_bytes", default=DEFAULT_MAX_BYTES
)

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class DecodingWarning(UserWarning):
    """Bytes were not UTF-8 and were decoded with a fallback encoding."""


@contextlib.contextmanager
def input_limit(max_bytes: int) -> Iterator[None]:
    """Within the block, inputs read without an explicit ``max_bytes`` may be this large.

    The limit belongs to the current thread or task (a :mod:`contextvars` variable), so it
    also applies to :func:`~diplomatic_events.parsing.parse` reading paths::

        with input_limit(100 * 1024 * 1024):
            extraction = parse([Path("huge.txt")])

    Raises:
        InputError: ``max_bytes`` is not a positive integer.

    .. versionadded:: 0.1.0
    """
    token = _LIMIT.set(_checked_limit(max_bytes))
    try:
        yield
    finally:
        _LIMIT.reset(token)


def _checked_limit(max_bytes: object) -> int:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise InputError(f"max_bytes must be a positive integer, got {max_bytes!r}")
    return max_bytes


def decode_bytes(raw: bytes, *, name: str = "<bytes>") -> str:
    """Decode ``raw`` as UTF-8, UTF-16 or UTF-32 (with a BOM), UTF-16 without one, or a fallback.

    A UTF-8 byte-order mark is kept as ``U+FEFF`` at offset 0, so offsets agree with any
    reader that decodes the file as plain UTF-8 (it never falls inside a block). A UTF-16
    or UTF-32 mark is consumed by the codec. UTF-16 without a mark is recognised by its NUL
    bytes (every other byte of ASCII text). Other bytes are decoded as
    :data:`FALLBACK_ENCODING`, then ``latin-1``, with a :class:`DecodingWarning` naming
    ``name``.

    Raises:
        InputError: the bytes hold NUL characters once decoded (a binary file), or are broken
            after a byte-order mark.
    """
    return _decode(raw, name=name, warn_from=2)


def _utf16_without_bom(raw: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the NULs fall on one side of each pair."""
    if len(raw) < 2 or b"\x00" not in raw[:4096]:
        return None
    sample = raw[:4096]
    pairs = len(sample) // 2
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _no_nul(text: str, name: str, encoding: str) -> str:
    where = text.find("\x00")
    if where >= 0:
        raise InputError(
            f"{name}: holds a NUL character at offset {where} once decoded as {encoding}; "
            "not a text file (binary data, or an encoding such as UTF-32 without a byte-order mark)"
        )
    return text


def _decode(raw: bytes, *, name: str, warn_from: int) -> str:
    """:func:`decode_bytes`, warning ``warn_from`` frames up so the caller's line is shown."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if raw.startswith(bom):
            return _strict(raw, codec, name, "UTF-32 after its byte-order mark")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", name, "UTF-16 after its byte-order mark")
    guessed = _utf16_without_bom(raw)
    if guessed is not None:
        return _strict(raw, guessed, name, f"UTF-16 (guessed {guessed} from its NUL bytes)")
    try:
        return _no_nul(raw.decode("utf-8"), name, "UTF-8")
    except UnicodeDecodeError:
        pass
    for encoding in (FALLBACK_ENCODING, "latin-1"):
        try:
            text = _no_nul(raw.decode(encoding), name, encoding)
        except UnicodeDecodeError:
            continue
        warnings.warn(
            f"{name} is not UTF-8; decoded as {encoding}", DecodingWarning, stacklevel=warn_from + 1
        )
        return text
    raise InputError(f"{name}: cannot decode")  # pragma: no cover - latin-1 accepts all bytes


def _strict(raw: bytes, codec: str, name: str, what: str) -> str:
    try:
        return _no_nul(raw.decode(codec), name, codec)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: broken {what} at byte {error.start}") from None


def _size(count: int) -> str:
    return f"{count:,}"


def _read_file(file_path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is refused.

    ``os.stat`` first, so a named pipe or a device is never opened; then the file is opened
    without blocking and checked again (it may have been swapped), and read up to the limit.
    """
    try:
        info = os.stat(file_path)
    except OSError as error:
        raise InputError(f"cannot read {file_path}: {error.strerror}") from None
    except ValueError as error:  # a NUL in the name
        raise InputError(f"cannot read {file_path!r}: {error}") from None
    _check_regular(file_path, info.st_mode)
    _check_size(file_path, info.st_size, limit, "bytes")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(file_path, flags)
    except OSError as error:
        raise InputError(f"cannot read {file_path}: {error.strerror}") from None
    try:
        _check_regular(file_path, os.fstat(descriptor).st_mode)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise InputError(f"cannot read {file_path}: {error.strerror}") from None
    finally:
        os.close(descriptor)
    _check_size(file_path, len(raw), limit, "bytes", at_least=len(raw) > limit)
    return raw


def _check_regular(file_path: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    raise InputError(f"cannot read {file_path}: it is {kind}, not a regular file")


def _check_size(name: str, size: int, limit: int, unit: str, *, at_least: bool = False) -> None:
    if size > limit:
        more = "at least " if at_least else ""
        raise InputError(
            f"{name}: {more}{_size(size)} {unit} is over the input limit of {_size(limit)} "
            "(raise it with max_bytes= or --max-bytes)"
        )


def read_file_bytes(file_path: str) -> bytes:
    """The bytes of the regular file at ``file_path``, within the current :func:`input_limit`.

    Raises:
        InputError: the file is missing, unreadable, not a regular file, or too large.
    """
    return _read_file(file_path, _LIMIT.get())


def read_stream_bytes(stream: BinaryIO, name: str) -> bytes:
    """At most the current :func:`input_limit` of bytes from ``stream`` (standard input).

    Raises:
        InputError: the stream holds more; it is not read further.
    """
    limit = _LIMIT.get()
    raw = stream.read(limit + 1)
    _check_size(name, len(raw), limit, "bytes", at_least=True)
    return raw


def check_input_size(data: str | bytes, name: str) -> None:
    """Refuse ``data`` over the current :func:`input_limit`.

    Raises:
        InputError: ``data`` is too large; the message names ``name`` and the size.
    """
    unit = "characters" if isinstance(data, str) else "bytes"
    _check_size(name, len(data), _LIMIT.get(), unit)


def load_input(
    data: str | bytes | os.PathLike[str], path: str | None, max_bytes: int | None = None
) -> tuple[str, str | None]:
    """The decoded text and the path to keep for ``data``.

    ``max_bytes`` bounds the input (``None``: the current :func:`input_limit`).

    Raises:
        InputError: the input is of the wrong type, too large, not a regular file, cannot
            be read, or is not text.
    """
    limit = _LIMIT.get() if max_bytes is None else _checked_limit(max_bytes)
    if isinstance(data, str):
        _check_size(path or "<str>", len(data), limit, "characters")
        return data, path
    if isinstance(data, bytes):
        _check_size(path or "<bytes>", len(data), limit, "bytes")
        return _decode(data, name=path or "<bytes>", warn_from=3), path
    if isinstance(data, os.PathLike):
        try:
            file_path = os.fspath(data)
        except TypeError as error:
            raise InputError(f"cannot read a {type(data).__name__}: {error}") from None
        if not isinstance(file_path, str):
            raise InputError(f"cannot read a {type(data).__name__} path of bytes; give a str path")
        raw = _read_file(file_path, limit)
        return _decode(raw, name=file_path, warn_from=3), path or file_path
    raise InputError(
        f"cannot read a value of type {type(data).__name__}; give str, bytes or a path"
    )


def source_id_for(text: str, *, source_id: str | None, path: str | None) -> SourceId:
    """The caller's id, else the file stem, else a hash of the content (stable across runs).

    Raises:
        InputError: ``source_id`` is blank (only white space).
    """
    if source_id:
        if not source_id.strip():
            raise InputError(f"source_id must not be blank, got {source_id!r}")
        return SourceId(source_id)
    if path:
        stem = Path(path).stem
        if stem.strip():
            return SourceId(stem)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return SourceId(f"src-{digest[:16]}")
