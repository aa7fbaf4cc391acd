"""The public API: curated names, typing marker, bundled seeds, one version."""

from __future__ import annotations

import hashlib
from importlib import metadata, resources
from pathlib import Path

import diplomatic_events as de
from diplomatic_events.seeds import read_seed, seed_names

REPO = Path(__file__).resolve().parent.parent


class TestPublicApi:
    def test_all_names_resolve(self) -> None:
        """Every name in __all__ is importable from the top level."""
        for name in de.__all__:
            assert getattr(de, name) is not None, name

    def test_core_classes_are_exported(self) -> None:
        """The classes the mission names are at the top level."""
        for name in ("Visit", "Meeting", "Statement", "Position", "Source", "Actor", "Span"):
            assert name in de.__all__

    def test_py_typed_is_shipped(self) -> None:
        """The package carries the PEP 561 marker."""
        assert resources.files("diplomatic_events").joinpath("py.typed").is_file()

    def test_version_agrees_with_metadata(self) -> None:
        """__version__ is the installed distribution's version."""
        assert metadata.version("diplomatic-events") == de.__version__


class TestSeeds:
    def test_five_seeds_are_bundled(self) -> None:
        """The package ships the five seed reports."""
        assert 5 == len(seed_names())

    def test_bundled_seeds_equal_the_repository_copy(self) -> None:
        """The copy inside the package is byte-identical to seeds/ at the top of the repo."""
        folder = REPO / "seeds"
        if not folder.is_dir():  # installed without the source tree
            return
        repo = {
            path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in folder.glob("*.txt")
        }
        bundled = {
            name: hashlib.sha256(read_seed(name).encode("utf-8")).hexdigest()
            for name in seed_names()
        }
        assert repo == bundled
