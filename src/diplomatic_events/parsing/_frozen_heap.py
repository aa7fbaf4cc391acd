"""What was alive before a parse is left out of the garbage collector's passes during it,
and the collector passes over young objects only.

A parse allocates many short-lived containers, so the collector runs often; each pass over
the oldest generation also walks everything alive before the parse began (the knowledge
base, its compiled patterns, the imported modules, the caller's own data), which the parse
never frees. :func:`frozen_heap` moves those objects to the collector's permanent generation
for the parse (:func:`gc.freeze`) and back after (:func:`gc.unfreeze`), so they are collected
as before once the parse is done.

The parse's own survivors (the per-text tables of recent texts, the results) are walked again
by every pass over the older generations, and on the real sets no pass of any generation
frees an object (reference counting frees what a parse drops): up to a tenth of the parse went to
those passes. So for the parse the older generations' thresholds are raised out of reach
(:data:`_OLDER_THRESHOLD`): the young generation is still collected as often as before, and
what reached the older ones is collected once the parse is done.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["frozen_heap"]

_OLDER_THRESHOLD = 1 << 30
"""The older generations' thresholds during a parse: passes of the young generation before
one over the middle generation, and of that before one over the oldest; never reached."""


class _Collector:
    """The parses running now (in any thread) and the thresholds to restore when the last one
    ends (``None``: the collector was left as it was)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.restore: tuple[int, int, int] | None = None


_COLLECTOR = _Collector()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Freeze what is alive now and collect the young generation only, from the first of the
    parses running at once (in threads) to the end of the last; unless the first found
    something frozen already (the caller's own :func:`gc.freeze`) or the collector disabled:
    then the collector is left as it is."""
    state = _COLLECTOR
    with state.lock:
        if state.running == 0 and not gc.get_freeze_count() and gc.isenabled():
            state.restore = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(state.restore[0], _OLDER_THRESHOLD, _OLDER_THRESHOLD)
        state.running += 1
    try:
        yield
    finally:
        with state.lock:
            state.running -= 1
            if state.running == 0 and state.restore is not None:
                gc.set_threshold(*state.restore)
                gc.unfreeze()
                state.restore = None
