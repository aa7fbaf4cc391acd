"""Quality gate on positions: precision first on the seeds and on twenty real documents.

The positions gold (``positions/positions_gold.json``) was written by a helper who writes no
rules, for the five seeds and twenty real development documents; ``positions/README.md`` says
how. The scorer is ``positions/score_positions.py`` (standard library only).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from diplomatic_events import to_json
from diplomatic_events.knowledge import load_knowledge
from diplomatic_events.parsing import parse
from diplomatic_events.seeds import seed_files
from diplomatic_events.sources import read_manifest

HERE = Path(__file__).resolve().parent
GOLD = json.loads((HERE / "positions" / "positions_gold.json").read_text(encoding="utf-8"))
REAL = HERE / "real" / "dev"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "positions_scorer", HERE / "positions" / "score_positions.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(extraction: Any, corpus: Path) -> dict[str, Any]:
    vocabulary = {entry.id for entry in load_knowledge().topics.entries}
    result: dict[str, Any] = _scorer().score(GOLD, extraction, corpus, vocabulary)
    return result


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    corpus = tmp_path_factory.mktemp("seeds")
    for item in seed_files():
        (corpus / item.name).write_bytes(item.read_bytes())
    extraction = json.loads(to_json(parse(sorted(corpus.glob("*.txt")))))
    return _score(extraction, corpus)


@pytest.fixture(scope="module")
def real() -> dict[str, Any]:
    files = {d["file"] for d in GOLD["documents"]}
    sources = [
        s for s in read_manifest(REAL / "manifest.jsonl") if Path(s.path or "").name in files
    ]
    return _score(json.loads(to_json(parse(sources))), REAL)


@pytest.mark.slow
class TestPositionsQuality:
    def test_seed_precision(self, seeds: dict[str, Any]) -> None:
        """Positions on the seeds are right (side, topic, stance and evidence): floor just
        under today's 1.000 of 90."""
        assert seeds["precision"] >= 0.97
        assert seeds["totals"]["extracted"] >= 85

    def test_seed_recall_floor(self, seeds: dict[str, Any]) -> None:
        """Recall is reported, with a floor just under today's 0.481."""
        assert seeds["recall"] >= 0.47

    def test_real_precision(self, real: dict[str, Any]) -> None:
        """Positions on the twenty real documents are right: floor just under today's
        0.985 of 67 (the one miss is "Middle East" in a list of issues the gold leaves out),
        with loose sources' positions counted."""
        assert real["precision"] >= 0.95
        assert real["totals"]["extracted"] >= 60

    def test_real_recall_floor(self, real: dict[str, Any]) -> None:
        """Recall on the twenty real documents, with a floor just under today's 0.405."""
        assert real["recall"] >= 0.39
