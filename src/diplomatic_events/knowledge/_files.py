"""Reading the vocabulary data files: one place for TOML parsing and schema errors."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import cattrs

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.serialization import get_converter

__all__ = ["read_data_files"]

T = TypeVar("T")


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(f"{where}: not a TOML file: {error}") from None


def _structure(data: dict[str, Any], cls: type[T], where: str) -> T:
    try:
        return get_converter().structure(data, cls)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as error:
        raise DataFileError(
            f"{where}: " + "; ".join(cattrs.transform_error(error, path="$"))
        ) from None
    except (TypeError, ValueError, KeyError) as error:
        raise DataFileError(f"{where}: {error}") from None


def read_data_files(bundled: str, extra_files: Sequence[Path], cls: type[T]) -> list[tuple[str, T]]:
    """The bundled ``data/<bundled>`` file, then each user file, as ``(name, value)`` pairs.

    Every file goes through the one converter, which refuses unknown keys, so a typo is
    reported with the file and the key's path.

    Raises:
        DataFileError: a file cannot be read, is not TOML or breaks the schema.
    """
    resource = resources.files("diplomatic_events.knowledge").joinpath(f"data/{bundled}")
    files = [
        (bundled, _structure(_parse(resource.read_text(encoding="utf-8"), bundled), cls, bundled))
    ]
    for path in extra_files:
        where = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise DataFileError(f"{where}: cannot be read: {error}") from None
        files.append((where, _structure(_parse(text, where), cls, where)))
    return files
