"""The bundled seed corpus: five reports of Antony Blinken's June 2023 visit to Beijing.

The files ship inside the wheel and are read through :mod:`importlib.resources`, so they
are there after ``pip install`` with no source tree around.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diplomatic_events.model import Source

__all__ = ["read_seed", "seed_files", "seed_names", "seed_sources"]


def seed_files() -> tuple[Traversable, ...]:
    """The seed documents, sorted by name."""
    folder = resources.files(__name__)
    return tuple(
        sorted(
            (item for item in folder.iterdir() if item.name.endswith(".txt")),
            key=lambda item: item.name,
        )
    )


def seed_names() -> tuple[str, ...]:
    """The seed documents' file names."""
    return tuple(item.name for item in seed_files())


def read_seed(name: str) -> str:
    """The text of one seed document (UTF-8)."""
    for item in seed_files():
        if item.name == name:
            return item.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no seed named {name!r}; seeds: {', '.join(seed_names())}")


def seed_sources() -> tuple[Source, ...]:
    """The seed documents read as sources, each with the path ``seeds/<name>``.

    .. versionadded:: 0.1.0
    """
    from diplomatic_events.sources import read_source

    return tuple(read_source(item.read_bytes(), path=f"seeds/{item.name}") for item in seed_files())
