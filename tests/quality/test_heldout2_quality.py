"""Quality gate on the second held-out corpus: six more visits, annotated before any parser run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HELDOUT = Path(__file__).resolve().parent / "heldout2"


@pytest.fixture(scope="module")
def result(score_corpus: Callable[[Path, Path], dict[str, Any]]) -> dict[str, Any]:
    return score_corpus(HELDOUT, HELDOUT / "heldout2_gold.json")


class TestHeldout2Quality:
    def test_provenance_is_exact(self, result: dict[str, Any]) -> None:
        """Every report's offsets cut its own text out of the original file."""
        assert 0 == result["provenance"]["mismatched"]
        assert result["provenance"]["checked"] > 0

    def test_quote_f1_floor(self, result: dict[str, Any]) -> None:
        """Quotations found on unseen visits: F1 at or above the floor."""
        assert result["quotes"]["f1"] >= 0.985

    def test_attributed_recall_floor(self, result: dict[str, Any]) -> None:
        """Quotations found with the right speaker, over all gold quotations."""
        assert result["attributed_recall"] >= 0.95

    def test_speaker_accuracy_floor(self, result: dict[str, Any]) -> None:
        """Of the quotations found, the share given to the right speaker."""
        quotes = result["quotes"]
        assert quotes["speaker_ok"] / quotes["matched"] >= 0.95

    def test_meetings_floor(self, result: dict[str, Any]) -> None:
        """Meetings of the visits found with the right people and day."""
        assert result["meetings"]["found"] >= 11

    def test_publication_dates_floor(self, result: dict[str, Any]) -> None:
        """Held-out sources dated correctly, every page-stamp format included."""
        found, _ = (int(n) for n in result["published_ok"].split("/"))
        assert found >= 6
