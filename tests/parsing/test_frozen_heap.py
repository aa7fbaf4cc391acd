"""The objects alive before a parse are frozen for it only (``parsing._frozen_heap``)."""

from __future__ import annotations

import gc

from diplomatic_events.parsing._frozen_heap import frozen_heap


class TestFrozenHeap:
    def test_frozen_during_the_block_only(self) -> None:
        """What was alive is frozen inside the block and unfrozen after it."""
        gc.unfreeze()
        with frozen_heap():
            inside = gc.get_freeze_count() > 0
        assert (True, 0) == (inside, gc.get_freeze_count())

    def test_the_caller_s_own_freeze_is_left_alone(self) -> None:
        """A caller that froze objects itself finds them still frozen after the block, and
        nothing more frozen inside it."""
        gc.unfreeze()
        gc.freeze()
        try:
            before = gc.get_freeze_count()
            with frozen_heap():
                inside = gc.get_freeze_count()
            assert (before, before) == (inside, gc.get_freeze_count())
        finally:
            gc.unfreeze()
