"""The caches keyed by names stay bounded however many people an archive introduces, and
compiled patterns are shared by the knowledge bases they serve alike."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from attrs import evolve

from diplomatic_events.knowledge import _index, _mention_index, load_knowledge

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


class TestDescriptionPatternShared:
    def test_a_copy_replacing_an_actor_shares_the_pattern(self) -> None:
        """A copy whose name index is built anew reuses the description pattern compiled for
        the same countries and description words, even after ``re``'s own cache is emptied."""
        knowledge = load_knowledge()
        first = knowledge.actors[0]
        replaced = knowledge.with_actors([evolve(first, aliases=(*first.aliases, "Zora Quell"))])
        expected = _mention_index._index(knowledge).descriptions
        re.purge()
        assert expected is _mention_index._index(replaced).descriptions

    def test_other_description_words_give_another_pattern(self) -> None:
        """Knowledge with other description words gets a pattern of its own."""
        knowledge = load_knowledge()
        fewer = evolve(knowledge, descriptions=knowledge.descriptions[:1])
        assert _mention_index._index(knowledge).descriptions is not (
            _mention_index._index(fewer).descriptions
        )
