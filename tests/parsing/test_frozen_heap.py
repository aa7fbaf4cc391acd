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

    def test_only_the_young_generation_is_collected_during_the_block(self) -> None:
        """The older generations' thresholds are out of reach inside and restored after."""
        gc.unfreeze()
        before = gc.get_threshold()
        with frozen_heap():
            inside = gc.get_threshold()
        assert ((before[0], 1 << 30, 1 << 30), before) == (inside, gc.get_threshold())

    def test_the_caller_s_own_freeze_is_left_alone(self) -> None:
        """A caller that froze objects itself finds them still frozen after the block, and
        nothing more frozen inside it."""
        gc.unfreeze()
        gc.freeze()
        try:
            before = gc.get_freeze_count()
            thresholds = gc.get_threshold()
            with frozen_heap():
                inside = (gc.get_freeze_count(), gc.get_threshold())
            assert ((before, thresholds), before) == (inside, gc.get_freeze_count())
        finally:
            gc.unfreeze()

    def test_parses_at_once_share_one_freeze_until_the_last_ends(self) -> None:
        """A parse starting inside another keeps the freeze; the collector is restored once."""
        gc.unfreeze()
        before = gc.get_threshold()
        outer = frozen_heap()
        inner = frozen_heap()
        outer.__enter__()
        inner.__enter__()
        outer.__exit__(None, None, None)
        still = (gc.get_freeze_count() > 0, gc.get_threshold()[1])
        inner.__exit__(None, None, None)
        assert ((True, 1 << 30), (0, before)) == (
            still,
            (gc.get_freeze_count(), gc.get_threshold()),
        )
