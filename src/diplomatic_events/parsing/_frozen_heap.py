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
frees an object (reference counting frees what a parse drops): a tenth of the parse went to
those passes. So for the parse the older generations' thresholds are raised out of reach
(:data:`_OLDER_THRESHOLD`): the young generation is still collected as often as before, and
what reached the older ones is collected once the parse is done.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["frozen_heap"]

_OLDER_THRESHOLD = 1 << 30
"""The older generations' thresholds during a parse: passes of the young generation before
one over the middle generation, and of that before one over the oldest; never reached."""


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Freeze what is alive now and collect the young generation only, for the ``with``
    block, unless something is frozen already (the caller's own :func:`gc.freeze`, or a parse
    running in another thread): then leave the collector as it is."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(thresholds[0], _OLDER_THRESHOLD, _OLDER_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
