"""Reading the vocabulary data files: one place for TOML parsing and schema errors."""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import cattrs
from cattrs.v import format_exception

from diplomatic_events.exceptions import DataFileError, DiplomaticEventsError, shorten
from diplomatic_events.serialization import get_converter

__all__ = ["MAX_FILE_BYTES", "describe_error", "read_data_files", "read_user_file"]

MAX_FILE_BYTES = 20 * 1024 * 1024
"""The largest knowledge file read (20 MiB)."""


def describe_error(error: BaseException, cls: type | None) -> str:
    """A field's error for ``cattrs.transform_error``: the library's own message kept."""
    if isinstance(error, DiplomaticEventsError):
        return str(error)
    if (
        isinstance(error, (TypeError, ValueError))
        and not isinstance(error, KeyError)
        and str(error)
    ):
        return f"{format_exception(error, cls)}: {shorten(str(error), 200)}"
    return format_exception(error, cls)


def read_user_file(path: Path | str) -> bytes:
    """The bytes of a user's knowledge file: a regular file of at most :data:`MAX_FILE_BYTES`.

    Checked with ``os.stat`` first, so a named pipe or device is refused, never read.

    Raises:
        DataFileError: the file is missing, unreadable, not a regular file, or too large.
    """
    try:
        info = os.stat(path)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        raise DataFileError(f"{path}: cannot be read: {_reason(error)}") from None
    _check_regular(path, info.st_mode)
    if info.st_size > MAX_FILE_BYTES:
        raise DataFileError(
            f"{path}: cannot be read: {info.st_size:,} bytes is over the limit of "
            f"{MAX_FILE_BYTES:,}"
        )
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise DataFileError(f"{path}: cannot be read: {_reason(error)}") from None
    try:
        _check_regular(path, os.fstat(descriptor).st_mode)  # swapped since the stat?
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise DataFileError(f"{path}: cannot be read: {_reason(error)}") from None
    finally:
        os.close(descriptor)


def _reason(error: BaseException) -> str:
    return str(getattr(error, "strerror", None) or error)


def _check_regular(path: Path | str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise DataFileError(f"{path}: cannot be read: not a regular file")


T = TypeVar("T")


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as error:
        raise DataFileError(f"{where}: not a TOML file: {error}") from None


def _structure(data: dict[str, Any], cls: type[T], where: str) -> T:
    try:
        return get_converter().structure(data, cls)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as error:
        messages = cattrs.transform_error(error, path="$", format_exception=describe_error)
        raise DataFileError(f"{where}: " + "; ".join(messages)) from None
    except (TypeError, ValueError, KeyError, RecursionError) as error:
        raise DataFileError(f"{where}: {error}") from None


def read_data_files(bundled: str, extra_files: Sequence[Path], cls: type[T]) -> list[tuple[str, T]]:
    """The bundled ``data/<bundled>`` file, then each user file, as ``(name, value)`` pairs.

    Every file goes through the one converter, which refuses unknown keys, so a typo is
    reported with the file and the key's path.

    Raises:
        DataFileError: a file cannot be read, is not TOML or breaks the schema; the message
            names the file and the entry.
    """
    resource = resources.files("diplomatic_events.knowledge").joinpath(f"data/{bundled}")
    files = [
        (bundled, _structure(_parse(resource.read_text(encoding="utf-8"), bundled), cls, bundled))
    ]
    for path in extra_files:
        where = str(path)
        try:
            text = read_user_file(path).decode("utf-8")
        except UnicodeDecodeError as error:
            raise DataFileError(f"{where}: not UTF-8 at byte {error.start}") from None
        files.append((where, _structure(_parse(text, where), cls, where)))
    return files
