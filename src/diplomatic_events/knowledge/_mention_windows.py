"""The mentions found in the windows of one text, and a window read out of a larger one.

A source's blocks are read first (the mentions stage), then its sentences and clauses (the
meetings, positions and visit passes). A sentence inside a block read under the same
knowledge names what the block names there, so its mentions are the block's between its
edges, without a second reading, when nothing the block's reading did can have seen past
those edges (:meth:`Windows.within`).

Apart from :mod:`._mentions` because it holds no names: only spans and where they start.
"""

from __future__ import annotations

import array
import bisect
import itertools
import re
import threading
from collections.abc import Sequence
from typing import Any

from diplomatic_events.knowledge._actors import Mention

__all__ = ["ANY_DAY", "WholeNames", "Windows"]

ANY_DAY: Any = object()
"""The day of a window whose reading resolved no description or title: any day finds the same."""

_OPEN_END = re.compile(r"[\w\s]")
"""A window's last character that a look-ahead may read on from past the window's end: a
surname's ("Khan" before " al Ahmar") and a title's ("The Prime Minister" before " said")
read white space and a word after them; none reads on past a mark ("talks.")."""
_READ_ON = re.compile(r"\s+[a-z]")
"""What those look-aheads read first after a match ending at the window's end: white space
and a lower-case word (a particle, "al", "bin"; a verb, "said")."""
_LOOK_BACK = 4
"""How many of the windows starting before a window are tried as the one holding it."""
_MARKS = 4
"""How many numbers place one window's matches in the store (:class:`Windows`)."""


class _Order:
    """A reading's matches and mentions in order for bisection: where each match starts,
    the furthest end of the matches up to each, where each mention starts, where each
    description ends, and where each match whose reading looked at the day starts."""

    __slots__ = ("dated", "described", "reach", "seen", "starts")

    def __init__(
        self,
        spans: Sequence[int],
        mentions: Sequence[Mention],
        described: Sequence[int],
        dated: Sequence[int] = (),
    ) -> None:
        code = spans.typecode if isinstance(spans, array.array) else "q"
        pairs = sorted(zip(spans[0::2], spans[1::2], strict=True))
        # kept compactly, as the spans were: the windows asked about stay while the text does
        self.seen = array.array(code, [first for first, _ in pairs])
        # a match crossing a position is one starting before it whose end is past it
        self.reach = array.array(code, itertools.accumulate((last for _, last in pairs), max))
        self.starts = array.array(code, [mention.start for mention in mentions])
        self.described = array.array(code, sorted(described))
        self.dated = array.array(code, sorted(dated))

    def dated_in(self, start: int, end: int) -> bool:
        """Whether a match whose reading looked at the day starts in ``start:end``."""
        at = bisect.bisect_left(self.dated, start)
        return at < len(self.dated) and self.dated[at] < end

    def crosses(self, at: int) -> bool:
        """Whether a match of the reading starts before ``at`` and ends after it."""
        before = bisect.bisect_left(self.seen, at)
        return before > 0 and self.reach[before - 1] > at


class Windows:
    """One text's windows read under one knowledge: each window's mentions by its span, with
    the day they were resolved on (or :data:`ANY_DAY`), and the windows read anew, by start,
    with where the matches of their scans start and end (kept compactly in arrays: a text's
    windows are kept while it is recent, and most are never asked about)."""

    __slots__ = (
        "_days",
        "_ends",
        "_lock",
        "_marks",
        "_mentions",
        "_orders",
        "_starts",
        "_store",
        "found",
    )

    def __init__(self, size: int = 1 << 62) -> None:
        """``size``: the text's length (every offset is at most that)."""
        self.found: dict[tuple[int, int], tuple[Any, tuple[Mention, ...]]] = {}
        code = "i" if size < 1 << 31 else "q"
        # per window read anew, in the order of their starts
        self._starts = array.array(code)
        self._ends = array.array(code)
        self._days: list[Any] = []
        self._mentions: list[tuple[Mention, ...]] = []
        # where its matches' starts and ends (in turn) begin in the store, how many numbers
        # they take, then how many description ends follow, then how many starts of the
        # matches whose reading looked at the day
        self._marks = array.array("q")
        self._store = array.array(code)
        self._orders: dict[tuple[int, int], _Order] = {}
        self._lock = threading.Lock()

    def keep(
        self,
        start: int,
        end: int,
        day: Any,
        mentions: tuple[Mention, ...],
        seen: list[int],
        described: list[int],
        dated: Sequence[int] = (),
    ) -> None:
        """Keep a window read anew (``seen``: where every match its scans made starts and
        ends, in turn; ``described``: where each description matched ends; ``dated``: where
        each match whose reading looked at the day starts), unless a window kept already
        holds it."""
        self.found[(start, end)] = (day, mentions)
        if self._holder(start, end) >= 0:
            return
        with self._lock:  # threads (the dask engine's) add one at a time
            at = bisect.bisect_right(self._starts, start)
            self._starts.insert(at, start)
            self._ends.insert(at, end)
            self._days.insert(at, day)
            self._mentions.insert(at, mentions)
            marks = (len(self._store), len(seen), len(described), len(dated))
            for number, mark in enumerate(marks):
                self._marks.insert(_MARKS * at + number, mark)
            self._store.extend(seen)
            self._store.extend(described)
            self._store.extend(dated)

    def _holder(self, start: int, end: int) -> int:
        """The window kept that holds ``start:end`` (its number; -1: none)."""
        at = bisect.bisect_right(self._starts, start)
        for number in range(at - 1, max(0, at - _LOOK_BACK) - 1, -1):
            if self._ends[number] >= end:
                return number
        return -1

    def _order(self, number: int) -> _Order:
        """The matches of window ``number`` in order, put so when first asked."""
        offset, spans, described, dated = self._marks[_MARKS * number : _MARKS * (number + 1)]
        window = (self._starts[number], self._ends[number])  # a window is read anew once
        order = self._orders.get(window)
        if order is None:
            order = self._orders[window] = _Order(
                self._store[offset : offset + spans],
                self._mentions[number],
                self._store[offset + spans : offset + spans + described],
                self._store[offset + spans + described : offset + spans + described + dated],
            )
        return order

    def within(
        self, text: str, start: int, end: int, on: object, gap: re.Pattern[str]
    ) -> tuple[Any, tuple[Mention, ...]] | None:
        """The mentions of ``text[start:end]`` read out of a window kept that holds it (with
        the day to keep them under), or ``None`` when its reading may differ there.

        The scans of names, surnames and descriptions find, in a window, what the one
        pattern of them would find from its start to its end; a scan of the larger window
        finds the same inside the smaller one when it reached the smaller one's start free
        (no match of its crosses it) and no match of its crosses the end, and nothing the
        patterns look at around a match changes at the cut: the edges are white space, the
        end is after a mark and before no lower-case word (:data:`_OPEN_END`,
        :data:`_READ_ON`). What else a reading looks at is the whole text's, but for whether a
        description is followed by a name (``gap``, then a mention's start): one whose gap
        runs to the end may be followed by a name past it. A window read on another day
        ``on`` (or for a home country) serves when no match inside the smaller one had the
        day looked at (a description, a surname of several people, a monarch's): what that
        one names is then the same on any day (kept under :data:`ANY_DAY`).
        """
        with self._lock:  # windows are added and put in order by one thread at a time
            number = self._holder(start, end)
            if number < 0:
                return None
            day = self._days[number]
            # read on another day (or for a home country), the window holds what this one
            # names when no reading inside this one looked at the day (nor the country)
            other_day = day is not ANY_DAY and day != on
            outer = (self._starts[number], self._ends[number])
            held = self._mentions[number]
            order = self._order(number)
        if start > outer[0] and (not text[start - 1].isspace() or order.crosses(start)):
            return None
        if end < outer[1] and (
            not text[end].isspace()
            or _OPEN_END.match(text, end - 1)
            or _READ_ON.match(text, end)
            or order.crosses(end)
        ):
            return None
        if other_day:
            if order.dated_in(start, end):
                return None
            day = ANY_DAY
        first = bisect.bisect_left(order.described, start)
        last = bisect.bisect_right(order.described, end)
        for described in order.described[first:last]:
            after = gap.match(text, described)
            if after is not None and after.end() >= end:
                return None
        lo = bisect.bisect_left(order.starts, start)
        hi = bisect.bisect_left(order.starts, end)
        mentions = tuple(m for m in held[lo:hi] if m.end <= end)
        return day, mentions


class WholeNames:
    """A whole text's full names and aliases, read once: for persons' names, then others',
    where each match of the scan starts and ends (kept or not) and the mentions made of
    them, in text order."""

    __slots__ = ("_in_order", "_layers")

    def __init__(self, layers: list[tuple[list[int], list[int], list[Mention]]]) -> None:
        self._layers = [
            (starts, ends, mentions, [mention.start for mention in mentions])
            for starts, ends, mentions in layers
        ]
        self._in_order: list[Mention] | None = None

    def in_order(self) -> list[Mention]:
        """Every mention, by where it starts."""
        found = self._in_order
        if found is None:
            found = sorted(
                (m for _, _, mentions, _ in self._layers for m in mentions),
                key=lambda m: m.start,
            )
            self._in_order = found
        return found

    def within(self, text: str, lo: int, hi: int) -> tuple[list[Mention], list[int]] | None:
        """The mentions of ``text[lo:hi]`` (persons', then others'), and where each match
        there starts and ends, in turn; ``None`` when a scan of the window alone may find
        other names. Each scan's matches do not overlap: the window's scan finds the whole
        text's between its edges when no match crosses an edge and the edges are white space
        (a name's pattern looks at one character past its end: no word character)."""
        if (lo > 0 and not text[lo - 1].isspace()) or (hi < len(text) and not text[hi].isspace()):
            return None
        found: list[Mention] = []
        spans: list[int] = []
        for starts, ends, mentions, mention_starts in self._layers:
            first = bisect.bisect_left(starts, lo)
            last = bisect.bisect_left(starts, hi)
            if (first > 0 and ends[first - 1] > lo) or (last > 0 and ends[last - 1] > hi):
                return None
            for at in range(first, last):
                spans.append(starts[at])
                spans.append(ends[at])
            found += mentions[
                bisect.bisect_left(mention_starts, lo) : bisect.bisect_left(mention_starts, hi)
            ]
        return found, spans
