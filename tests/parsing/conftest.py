"""Shared fixtures of the parsing tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_events.knowledge import KnowledgeBase, load_knowledge


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    """The bundled knowledge plus the made-up people of ``people.toml``."""
    return load_knowledge(Path(__file__).resolve().parent / "people.toml")
