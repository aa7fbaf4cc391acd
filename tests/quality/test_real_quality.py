"""Quality gate on real documents: the real development set must not fall below its floors.

The set (``real/dev``) is real text from public-domain and freely licensed pages, with gold
written by helpers who write no rules and reviewed by a second one; see ``real/README.md``.
Its publication dates are passed as metadata from ``manifest.jsonl``, as the outside
evaluation passes them. Floors sit just under the scores recorded in the README.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
DEV = HERE / "real" / "dev"


@pytest.fixture(scope="module")
def result(score_corpus: Callable[[Path, Path], dict[str, Any]]) -> dict[str, Any]:
    return score_corpus(DEV, DEV / "gold.json")


def _found(text: str) -> int:
    return int(text.split("/")[0])


@pytest.mark.slow
class TestRealDevQuality:
    def test_provenance_is_exact(self, result: dict[str, Any]) -> None:
        """Every report's offsets cut its own text out of the real file."""
        assert 0 == result["provenance"]["mismatched"]

    def test_quote_f1_floor(self, result: dict[str, Any]) -> None:
        """Quotations found on real text: F1 at or above the floor."""
        assert result["quotes"]["f1"] >= FLOORS["quote_f1"]

    def test_attributed_recall_floor(self, result: dict[str, Any]) -> None:
        """Quotations found with the right speaker, over all gold quotations."""
        assert result["attributed_recall"] >= FLOORS["attributed_recall"]

    def test_meetings_found_floor(self, result: dict[str, Any]) -> None:
        """Meetings of the visit found with the right people and day."""
        assert result["meetings"]["found"] >= FLOORS["meetings_found"]

    def test_venues_floor(self, result: dict[str, Any]) -> None:
        """Meetings found with the venue the gold gives."""
        assert _found(result["meetings"]["location_ok"]) >= FLOORS["venues"]

    def test_invented_meetings_ceiling(self, result: dict[str, Any]) -> None:
        """Meetings the gold knows neither as a meeting nor as an event stay few."""
        assert _found(result["meetings"]["extra"]) <= FLOORS["extra_meetings"]


FLOORS = {
    "quote_f1": 0.94,
    "attributed_recall": 0.82,
    "meetings_found": 47,
    "venues": 8,
    "extra_meetings": 19,
}
