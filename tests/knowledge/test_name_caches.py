"""The caches keyed by names stay bounded however many people an archive introduces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from diplomatic_events.knowledge import _index, _mention_index

_CACHES: list[tuple[str, Callable[[str], Any]]] = [
    ("_name_pattern", _mention_index._name_pattern),
    ("_variants", _mention_index._variants),
    ("_compile", lambda name: _index._compile(name, 0)),
    ("_first_key", lambda name: _index._first_key(name, False)),
]


class TestNameCaches:
    @pytest.mark.parametrize(("name", "call"), _CACHES, ids=[name for name, _ in _CACHES])
    def test_more_names_than_the_cache_holds(self, name: str, call: Callable[[str], Any]) -> None:
        """A cache asked for more distinct names than its size keeps only its size."""
        cached = getattr(_index if name in ("_compile", "_first_key") else _mention_index, name)
        size = cached.cache_info().maxsize
        assert size is not None
        for number in range(size + 100):
            call(f"Person{number} Name")
        assert size == cached.cache_info().currsize
