"""What was alive before a parse is left out of the garbage collector's passes during it.

A parse allocates many short-lived containers, so the collector runs often; each pass over
the oldest generation also walks everything alive before the parse began (the knowledge
base, its compiled patterns, the imported modules, the caller's own data), which the parse
never frees. :func:`frozen_heap` moves those objects to the collector's permanent generation
for the parse (:func:`gc.freeze`) and back after (:func:`gc.unfreeze`), so they are collected
as before once the parse is done.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["frozen_heap"]


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Freeze what is alive now for the ``with`` block, unless something is frozen already
    (the caller's own :func:`gc.freeze`, or a parse running in another thread): then leave
    the collector as it is."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
