"""The per-text cache shared by the knowledge base's indexes and the sentence tables."""

from __future__ import annotations

import pickle

from diplomatic_events.knowledge._text_cache import TextCache
from diplomatic_events.testing.threads import race


class TestTextCacheAcrossThreads:
    def test_threads_sharing_a_small_cache_never_fail(self) -> None:
        """Eight threads asking a two-text cache for five texts (the dask engine's threaded
        scheduler shares the module's tables): every answer is its text's value, and no
        eviction races another (it raised KeyError or "dictionary changed size")."""
        cache = TextCache(size=2)
        errors: list[str] = []

        def work(seed: int) -> None:
            try:
                for i in range(5000):
                    text = f"text {(seed * 7 + i) % 5}"
                    if cache.get("kind", text, text.upper) != text.upper():
                        errors.append(f"wrong value for {text!r}")
            except Exception as error:  # any failure in a thread is the finding
                errors.append(repr(error))

        race(work)
        assert [] == errors


class TestTextCachePickled:
    def test_a_pickled_cache_comes_back_empty_and_working(self) -> None:
        """Worker processes receive the knowledge by pickle: its caches travel empty (a
        lock cannot be pickled) and work where they arrive."""
        cache = TextCache(size=3)
        cache.get("kind", "a text", lambda: 1)
        copy = pickle.loads(pickle.dumps(cache))
        assert 2 == copy.get("kind", "a text", lambda: 2)
