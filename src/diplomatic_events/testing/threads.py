"""Running one piece of work in many threads at once, to find races in shared caches."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

__all__ = ["race"]


def race(work: Callable[[int], None], threads: int = 8) -> None:
    """Run ``work(seed)`` for seeds ``0 .. threads - 1`` in as many threads, switching between
    them as often as the interpreter allows, so that interleavings a cache must survive occur;
    the switch interval is restored afterwards."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        running = [threading.Thread(target=work, args=(seed,)) for seed in range(threads)]
        for thread in running:
            thread.start()
        for thread in running:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
