"""Quality gate: the parsers' scores on the seed corpus must not fall below their floors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplomatic_events.seeds import seed_files

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def result(
    tmp_path_factory: pytest.TempPathFactory, score_corpus: Callable[[Path, Path], dict[str, Any]]
) -> dict[str, Any]:
    corpus: Path = tmp_path_factory.mktemp("seeds")
    for item in seed_files():
        (corpus / item.name).write_bytes(item.read_bytes())
    return score_corpus(corpus, HERE / "seeds_gold.json")


def _ratio(text: str) -> tuple[int, int]:
    found, total = text.split("/")
    return int(found), int(total)


class TestSeedQuality:
    def test_provenance_is_exact(self, result: dict[str, Any]) -> None:
        """Every report's offsets cut its own text out of the original file."""
        assert 0 == result["provenance"]["mismatched"]
        assert result["provenance"]["checked"] > 0

    def test_quote_f1_floor(self, result: dict[str, Any]) -> None:
        """Quotations found: F1 at or above the floor."""
        assert result["quotes"]["f1"] >= 0.995

    def test_attributed_recall_floor(self, result: dict[str, Any]) -> None:
        """Quotations found with the right speaker, over all gold quotations."""
        assert result["attributed_recall"] >= 0.99

    def test_meetings_found(self, result: dict[str, Any]) -> None:
        """Every meeting of the visit, with location and duration consistent with the gold."""
        meetings = result["meetings"]
        assert meetings["gold"] == meetings["found"]
        for key in ("location_ok", "duration_consistent"):
            found, total = _ratio(meetings[key])
            assert found == total, key

    def test_no_meeting_is_invented(self, result: dict[str, Any]) -> None:
        """Every meeting found is one the gold knows, as a meeting or as an earlier event."""
        extra, _ = _ratio(result["meetings"]["extra"])
        assert 0 == extra

    def test_publication_dates(self, result: dict[str, Any]) -> None:
        """Every source is dated, read from its text or inferred from the others."""
        found, total = _ratio(result["published_ok"])
        assert found == total
