"""Quality gate on the held-out corpus: articles about other visits, never used to write rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HELDOUT = Path(__file__).resolve().parent / "heldout"


@pytest.fixture(scope="module")
def result(score_corpus: Callable[[Path, Path], dict[str, Any]]) -> dict[str, Any]:
    return score_corpus(HELDOUT, HELDOUT / "heldout_gold.json")


def _ratio(text: str) -> tuple[int, int]:
    found, total = text.split("/")
    return int(found), int(total)


class TestHeldoutQuality:
    def test_provenance_is_exact(self, result: dict[str, Any]) -> None:
        """Every report's offsets cut its own text out of the original file."""
        assert 0 == result["provenance"]["mismatched"]
        assert result["provenance"]["checked"] > 0

    def test_quote_f1_floor(self, result: dict[str, Any]) -> None:
        """Quotations found on unseen visits: F1 at or above the floor."""
        assert result["quotes"]["f1"] >= 0.99

    def test_attributed_recall_floor(self, result: dict[str, Any]) -> None:
        """Quotations found with the right speaker, over all gold quotations."""
        assert result["attributed_recall"] >= 0.985

    def test_speaker_accuracy_floor(self, result: dict[str, Any]) -> None:
        """Of the quotations found, the share given to the right speaker."""
        quotes = result["quotes"]
        assert quotes["speaker_ok"] / quotes["matched"] >= 0.99

    def test_publication_dates(self, result: dict[str, Any]) -> None:
        """Every held-out source is dated correctly."""
        found, total = _ratio(result["published_ok"])
        assert found == total

    def test_meetings_floor(self, result: dict[str, Any]) -> None:
        """Meetings of the visit found with the right participants and day."""
        meetings = result["meetings"]
        assert meetings["found"] >= 14
