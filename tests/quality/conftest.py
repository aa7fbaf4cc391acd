"""Shared machinery of the quality gates: run the parser on a folder, score it against gold."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplomatic_events import to_json
from diplomatic_events.parsing import parse
from diplomatic_events.sources import read_manifest

HERE = Path(__file__).resolve().parent

ScoreCorpus = Callable[[Path, Path], dict[str, Any]]


@pytest.fixture(scope="session")
def score_corpus() -> ScoreCorpus:
    """``score_corpus(folder, gold)``: parse every ``*.txt`` in ``folder`` and score it.

    The scorer is the recorded copy ``score.py`` beside this file (see README.md), run
    exactly as on the JSON that ``diplomatic-events extract --json`` prints.
    """
    spec = importlib.util.spec_from_file_location("quality_scorer", HERE / "score.py")
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    def run(folder: Path, gold: Path) -> dict[str, Any]:
        manifest = folder / "manifest.jsonl"
        # a real set passes its publication dates as metadata, as the outside evaluation does
        inputs = read_manifest(manifest) if manifest.exists() else sorted(folder.glob("*.txt"))
        extraction = json.loads(to_json(parse(inputs)))
        answer = json.loads(gold.read_text(encoding="utf-8"))
        scored: dict[str, Any] = scorer.score(answer, extraction, folder)
        return scored

    return run
