"""The caches keyed by names stay bounded however many people an archive introduces, and
compiled patterns are shared by the knowledge bases they serve alike."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

import pytest
from attrs import evolve

from diplomatic_events.knowledge import _index, _mention_index, load_knowledge
from diplomatic_events.seeds import seed_files

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


class TestDescriptionLead:
    def test_t_in_any_case_is_only_t(self) -> None:
        """ "[Tt]" ignoring case matches "T" and "t" and nothing else, so the lead of one
        class written in both cases says what "[Tt]" said."""
        letter = re.compile("[Tt]", re.IGNORECASE)
        matched = [chr(code) for code in range(sys.maxunicode + 1) if letter.fullmatch(chr(code))]
        assert ["T", "t"] == matched

    def test_the_lead_finds_what_two_branches_found(self) -> None:
        """The descriptions found in the seed texts are those the lead of two branches
        ("(?-i:[letters])|[Tt]") found."""
        pattern = _mention_index._index(load_knowledge()).descriptions
        assert pattern is not None
        lead = re.match(r"\(\?=\(\?-i:\[([^\]]*)\]\)\)", pattern.pattern)
        assert lead is not None
        letters = lead.group(1).replace("T", "").replace("t", "")
        rest = pattern.pattern[lead.end() :]
        two = re.compile(rf"(?=(?-i:[{letters}])|[Tt]){rest}", pattern.flags)
        text = "\n".join(path.read_text(encoding="utf-8") for path in seed_files())
        expected = [m.span() for m in two.finditer(text)]
        assert expected == [m.span() for m in pattern.finditer(text)]
