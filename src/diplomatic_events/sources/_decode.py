"""Turning what the caller gives (text, a path, raw bytes) into text and a stable id."""

from __future__ import annotations

import codecs
import hashlib
import os
import warnings
from pathlib import Path

from diplomatic_events.exceptions import InputError
from diplomatic_events.typing import SourceId

__all__ = ["FALLBACK_ENCODING", "DecodingWarning", "decode_bytes", "load_input", "source_id_for"]

FALLBACK_ENCODING = "cp1252"
"""Tried when bytes are neither UTF-8 nor carry a byte-order mark; ``latin-1`` comes last
because it accepts every byte, so decoding never fails."""


class DecodingWarning(UserWarning):
    """Bytes were not UTF-8 and were decoded with a fallback encoding."""


def decode_bytes(raw: bytes, *, name: str = "<bytes>") -> str:
    """Decode ``raw`` as UTF-8, UTF-16 (with BOM), or a documented fallback.

    A UTF-8 byte-order mark is kept as ``U+FEFF`` at offset 0, so offsets agree with any
    reader that decodes the file as plain UTF-8 (it never falls inside a block). A UTF-16
    mark is consumed by the codec. Other bytes are decoded as :data:`FALLBACK_ENCODING`,
    then ``latin-1``, with a :class:`DecodingWarning` naming ``name``.
    """
    return _decode(raw, name=name, warn_from=2)


def _decode(raw: bytes, *, name: str, warn_from: int) -> str:
    """:func:`decode_bytes`, warning ``warn_from`` frames up so the caller's line is shown."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: broken UTF-16 after its byte-order mark") from error
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in (FALLBACK_ENCODING, "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        warnings.warn(
            f"{name} is not UTF-8; decoded as {encoding}", DecodingWarning, stacklevel=warn_from + 1
        )
        return text
    raise InputError(f"{name}: cannot decode")  # pragma: no cover - latin-1 accepts all bytes


def load_input(data: str | bytes | os.PathLike[str], path: str | None) -> tuple[str, str | None]:
    """The decoded text and the path to keep for ``data``."""
    if isinstance(data, str):
        return data, path
    if isinstance(data, bytes):
        return _decode(data, name=path or "<bytes>", warn_from=3), path
    if isinstance(data, os.PathLike):
        file_path = os.fspath(data)
        try:
            raw = Path(file_path).read_bytes()
        except OSError as error:
            raise InputError(f"cannot read {file_path}: {error.strerror}") from error
        return _decode(raw, name=file_path, warn_from=3), path or file_path
    raise InputError(f"cannot read a {type(data).__name__}; give str, bytes or a path")


def source_id_for(text: str, *, source_id: str | None, path: str | None) -> SourceId:
    """The caller's id, else the file stem, else a hash of the content (stable across runs)."""
    if source_id:
        return SourceId(source_id)
    if path:
        stem = Path(path).stem
        if stem:
            return SourceId(stem)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return SourceId(f"src-{digest[:16]}")
