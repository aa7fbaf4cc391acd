"""Bounded per-text memory: the derived values of a few recent texts, and word memos.

Apart from the name indexes because every text-reading stage (places, mentions, the
prefilter, tense, sentences) keeps its per-text analyses in one of these, not only the
indexes; nothing here knows about names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["TextCache", "fill_memo"]

_K = TypeVar("_K")
_V = TypeVar("_V")


def fill_memo(
    memo: dict[_K, _V], keys: Iterable[_K], limit: int, compute: Callable[[_K], _V]
) -> None:
    """Add to ``memo`` the ``keys`` it lacks, emptied first when it would outgrow ``limit``: a
    bounded memo of words, holding one text's at least."""
    wanted = set(keys)
    missing = wanted.difference(memo)
    if len(memo) + len(missing) > limit:
        memo.clear()
        missing = wanted
    for key in missing:
        memo[key] = compute(key)


class TextCache:
    """A few recent texts' derived values, so each text is analysed once, not per window.

    Keyed by the text itself (a ``str`` hashes once); only the last ``size`` texts are kept,
    so a long-lived knowledge base does not hold every text it has seen. Safe to share
    between threads (the dask engine's threaded scheduler): a hit is one dictionary read;
    storing and evicting happen under a lock, so two threads never evict the same text.
    """

    def __init__(self, size: int = 4, characters: int = 1 << 24) -> None:
        self._empty(size, characters)

    def _empty(self, size: int, characters: int) -> None:
        self._size = size
        self._characters = characters
        self._held = 0
        self._items: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, int]:
        """Pickled empty (for worker processes): a cache is rebuilt where it is used."""
        return {"size": self._size, "characters": self._characters}

    def __setstate__(self, state: dict[str, int]) -> None:
        self._empty(state["size"], state["characters"])

    def get(self, kind: str, text: str, build: Callable[[], Any]) -> Any:
        """The value ``build`` makes for ``text``, built once while the text is recent."""
        key = (kind, text)
        try:
            return self._items[key]
        except KeyError:
            pass
        value = build()
        with self._lock:
            held = self._items.get(key)
            if held is not None:
                return held  # another thread built it meanwhile: one value per text
            while self._items and (
                len(self._items) >= self._size or self._held + len(text) > self._characters
            ):
                oldest = next(iter(self._items))
                self._held -= len(oldest[1])
                del self._items[oldest]
            self._items[key] = value
            self._held += len(text)
        return value
