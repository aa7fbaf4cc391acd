"""A table of a few entries read over a shared one, without copying the shared one.

Each source's copy of the knowledge (:meth:`KnowledgeBase.with_actors`) adds a few people
to tables of thousands (the actors by id, the surnames, the name index's names): copying
those tables for every source took a few per cent of a parse. Apart from the knowledge
because the name index uses it too; nothing here knows about actors.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

__all__ = ["Overlay"]

_K = TypeVar("_K")
_V = TypeVar("_V")
_MISSING = object()


class Overlay(Mapping[_K, _V]):
    """``own`` read over ``base``, as one table: ``own``'s entry wins. Never changed once
    made; an overlay over an overlay keeps one layer (its own entries merged in)."""

    __slots__ = ("_base", "_len", "_own")
    _base: Mapping[_K, _V]
    _own: dict[_K, _V]
    _len: int

    def __init__(self, own: Mapping[_K, _V], base: Mapping[_K, _V]) -> None:
        if isinstance(base, Overlay):
            own = {**base._own, **own}
            base = base._base
        self._own = dict(own)
        self._base = base
        self._len = len(base) + sum(1 for key in self._own if key not in base)

    def get(self, key: _K, default: _V | None = None) -> _V | None:  # type: ignore[override]
        """The value of ``key``, ``own``'s first (one dictionary read when it is there)."""
        value = self._own.get(key, _MISSING)
        return self._base.get(key, default) if value is _MISSING else value  # type: ignore[return-value]

    def __getitem__(self, key: _K) -> _V:
        value = self._own.get(key, _MISSING)
        return self._base[key] if value is _MISSING else value  # type: ignore[return-value]

    def __contains__(self, key: object) -> bool:
        return key in self._own or key in self._base

    def __iter__(self) -> Iterator[_K]:
        """``base``'s keys in their order, then ``own``'s new ones: a copy of ``base``
        updated with ``own`` lists its keys so."""
        yield from self._base
        yield from (key for key in self._own if key not in self._base)

    def __len__(self) -> int:
        return self._len
