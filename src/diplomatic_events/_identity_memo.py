"""A bounded memo keyed by an object's identity, for keys that hash slowly or not at all.

A compiled pattern hashes its whole program at each look-up (10 µs for a long list of
titles), which ``functools.lru_cache`` would pay at every call; a list of patterns does not
hash. The memo holds each key with its value, so an identity is not reused while it is
remembered, and empties itself when full, so it cannot grow without bound.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["IdentityMemo"]

_V = TypeVar("_V")


class IdentityMemo(Generic[_V]):
    """Values made once per key object (by identity), at most ``limit`` of them at once."""

    __slots__ = ("_limit", "held")

    def __init__(self, limit: int) -> None:
        self.held: dict[int, tuple[object, _V]] = {}
        """Each key's value with the key, by the key's identity (read, not written, outside)."""
        self._limit = limit

    def get_or_make(self, key: object, make: Callable[[], _V]) -> _V:
        """The value remembered for ``key``, else ``make()``, remembered."""
        found = self.held.get(id(key))
        if found is not None and found[0] is key:
            return found[1]
        value = make()
        if len(self.held) >= self._limit:
            self.held.clear()
        self.held[id(key)] = (key, value)
        return value
