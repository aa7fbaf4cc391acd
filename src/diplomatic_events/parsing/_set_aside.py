"""The sources :func:`~diplomatic_events.parse_stream` sets aside, indexed on disk.

What grouping and adoption (:mod:`._visit_groups`) need of each source set aside is kept in
a temporary SQLite database, not in memory: the ids of the sources seen, each
visit-reporting source's visitor, host and day (:data:`GroupKey`), each meeting-telling
source's day and who met people of which countries (:data:`MeetingCountries`), and where
each source lies in the spill file. Grouping reads the keys one block (visitor and host) at
a time in date order and keeps one open group of that block in memory; adoption is one
query. Memory holds SQLite's page cache (:data:`_CACHE_KIB`) and sorter, whatever the
number of sources.

The groups and adoptions are those of :func:`group_keys` and :func:`adoptions` on the same
keys, in the same order (the tests check it).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from types import TracebackType

from diplomatic_events.parsing._visit_find import AHEAD_DAYS, SAME_VISIT_DAYS
from diplomatic_events.parsing._visit_groups import GroupKey, MeetingCountries
from diplomatic_events.typing import ActorId, SourceId

__all__ = ["SetAside", "VisitGroup"]

_CACHE_KIB = 2048
"""SQLite's page cache, in KiB: the most the index holds in memory."""

_SCHEMA = """
CREATE TABLE seen (id TEXT PRIMARY KEY, reports INTEGER, idx INTEGER) WITHOUT ROWID;
CREATE TABLE visit (idx INTEGER PRIMARY KEY, visitor TEXT, host TEXT, day INTEGER, at INTEGER);
CREATE TABLE loose (idx INTEGER PRIMARY KEY, day INTEGER, at INTEGER, grp INTEGER);
CREATE TABLE met (idx INTEGER, person TEXT, country TEXT);
CREATE INDEX met_idx ON met (idx);
CREATE TABLE grp (
    id INTEGER PRIMARY KEY, visitor TEXT, host TEXT,
    undated INTEGER, opened INTEGER, first_idx INTEGER, first INTEGER, last INTEGER
);
CREATE TABLE member (grp INTEGER, seq INTEGER, idx INTEGER, PRIMARY KEY (grp, seq));
"""

VisitGroup = tuple[int, ActorId, str, list[int], list[tuple[int, dt.date | None]]]
"""One visit's group: its number, visitor and host, where its sources lie in the spill file
(in the order they joined it), and where the sources it adopts lie, each with its day."""


class SetAside:
    """The index of the sources set aside: seen ids, grouping keys, adoption records.

    Use as a context manager; the database is deleted when it closes.
    """

    def __init__(self) -> None:
        # "" is a private temporary database on disk, deleted when closed
        # one generator uses it at a time, maybe resumed from another thread each time
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.executescript(
            f"PRAGMA cache_size = -{_CACHE_KIB}; PRAGMA journal_mode = OFF;"
            f" PRAGMA synchronous = OFF; PRAGMA temp_store = FILE; BEGIN; {_SCHEMA}"
        )
        self._visits = 0
        self._loose = 0

    def __enter__(self) -> SetAside:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._db.close()

    def first_yielded(self, source: SourceId) -> bool:
        """Record ``source`` as yielded at once; ``False`` when it was seen before."""
        done = self._db.execute("INSERT OR IGNORE INTO seen VALUES (?, -1, -1)", (source,))
        return done.rowcount == 1

    def place(self, source: SourceId, reports: bool) -> tuple[bool, int | None]:
        """Whether a source to set aside counts, and where it goes.

        A new source counts and goes after the others (``None``); one seen before as the
        same kind replaces it, in its place; one seen as the other kind, or yielded, does
        not count (a source given twice counts once, as :func:`~diplomatic_events.parse`
        counts it).
        """
        row = self._db.execute("SELECT reports, idx FROM seen WHERE id = ?", (source,)).fetchone()
        if row is None:
            return True, None
        kind, index = row
        return kind == int(reports), int(index)

    def add_visit(self, source: SourceId, key: GroupKey, at: int, place: int | None) -> None:
        """Set aside a source reporting a visit: its :data:`GroupKey`, and where it lies."""
        visitor, host, day = key
        if place is None:
            place = self._visits
            self._visits += 1
            self._db.execute("INSERT INTO seen VALUES (?, 1, ?)", (source, place))
        self._db.execute(
            "INSERT OR REPLACE INTO visit VALUES (?, ?, ?, ?, ?)",
            (place, visitor, host, _ordinal(day), at),
        )

    def add_loose(
        self,
        source: SourceId,
        day: dt.date | None,
        countries: MeetingCountries,
        at: int,
        place: int | None,
    ) -> None:
        """Set aside a source of no visit that tells meetings a visit may adopt."""
        if place is None:
            place = self._loose
            self._loose += 1
            self._db.execute("INSERT INTO seen VALUES (?, 0, ?)", (source, place))
        else:
            self._db.execute("DELETE FROM met WHERE idx = ?", (place,))
        self._db.execute(
            "INSERT OR REPLACE INTO loose VALUES (?, ?, ?, NULL)", (place, _ordinal(day), at)
        )
        self._db.executemany(
            "INSERT INTO met VALUES (?, ?, ?)",
            (
                (place, person, country)
                for person, met in countries
                for country in sorted(c for c in met if c is not None)
            ),
        )

    def group(self) -> None:
        """Group the visit-reporting sources into visits, then let the visits adopt.

        As :func:`group_keys`: by visitor and host, taking dated sources in date order (then
        input order) and undated ones last; a dated source joins its block's open group when
        that group's first day lies at most ``SAME_VISIT_DAYS`` before its own, else opens
        the next; an undated source joins the block's first group. Dated sources come in
        date order, so a block has one open group at a time, and one group is all a block
        keeps in memory. Then each source of no visit is adopted as :func:`adoptions` adopts
        it.
        """
        rows = self._db.execute(
            "SELECT idx, visitor, host, day FROM visit"
            " ORDER BY visitor, host, day IS NULL, day, idx"
        )
        block: tuple[str, str] | None = None
        first = opened = -1
        """This block's first group, and its open group (-1: none)."""
        opened_day = last = 0
        """The day the open group opened, and its last day so far."""
        size: dict[int, int] = {}
        """How many sources the block's first and open groups hold."""
        groups = 0
        for index, visitor, host, day in rows:
            if (visitor, host) != block:
                self._close(opened, last)
                block, first, opened, size = (visitor, host), -1, -1, {}
            if day is None:
                chosen = first
            elif opened >= 0 and day - opened_day <= SAME_VISIT_DAYS:
                chosen, last = opened, day
            else:
                self._close(opened, last)
                chosen = opened = -1
            if chosen < 0:
                chosen, groups = groups, groups + 1
                first = chosen if first < 0 else first
                if day is not None:
                    opened, opened_day, last = chosen, day, day
                size = {g: n for g, n in size.items() if g == first}
                self._db.execute(
                    "INSERT INTO grp VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (chosen, visitor, host, day is None, day, index, day, day),
                )
            seq = size.get(chosen, 0)
            size[chosen] = seq + 1
            self._db.execute("INSERT INTO member VALUES (?, ?, ?)", (chosen, seq, index))
        self._close(opened, last)
        self._db.execute("CREATE INDEX grp_visitor ON grp (visitor, host)")
        self._adopt()
        self._db.execute("CREATE INDEX loose_grp ON loose (grp, idx)")

    def _close(self, group: int, last: int) -> None:
        """The open group's last day, once no later dated source can join it."""
        if group >= 0:
            self._db.execute("UPDATE grp SET last = ? WHERE id = ?", (last, group))

    def _adopt(self) -> None:
        """Each dated source of no visit joins the one group whose visitor it shows meeting
        someone of the host country, ``AHEAD_DAYS`` before its first day to
        ``SAME_VISIT_DAYS`` after its last; with several such groups, or none, no group."""
        self._db.execute(
            "UPDATE loose SET grp = ("
            " SELECT CASE WHEN COUNT(DISTINCT g.id) = 1 THEN MIN(g.id) END"
            " FROM met m JOIN grp g ON g.visitor = m.person AND g.host = m.country"
            " WHERE m.idx = loose.idx AND g.first IS NOT NULL"
            " AND loose.day BETWEEN g.first - ? AND g.last + ?"
            ") WHERE day IS NOT NULL",
            (AHEAD_DAYS, SAME_VISIT_DAYS),
        )

    def unadopted(self) -> Iterator[int]:
        """Where each source of no visit that no visit adopts lies, in input order."""
        for (at,) in self._db.execute("SELECT at FROM loose WHERE grp IS NULL ORDER BY idx"):
            yield int(at)

    def groups(self) -> Iterator[VisitGroup]:
        """Each visit's group, in the order :func:`group_keys` opens them (the numbers)."""
        ordered = self._db.execute(
            "SELECT id, visitor, host FROM grp ORDER BY undated, opened, first_idx"
        )
        for number, (group, visitor, host) in enumerate(ordered, start=1):
            members = [
                int(at)
                for (at,) in self._db.execute(
                    "SELECT v.at FROM member m JOIN visit v ON v.idx = m.idx"
                    " WHERE m.grp = ? ORDER BY m.seq",
                    (group,),
                )
            ]
            adopted = [
                (int(at), _day(day))
                for at, day in self._db.execute(
                    "SELECT at, day FROM loose WHERE grp = ? ORDER BY idx", (group,)
                )
            ]
            yield number, ActorId(visitor), host, members, adopted


def _ordinal(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def _day(ordinal: int | None) -> dt.date | None:
    return None if ordinal is None else dt.date.fromordinal(ordinal)
