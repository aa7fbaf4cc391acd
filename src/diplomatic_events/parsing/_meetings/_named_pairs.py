"""The people a source's clauses name, read once per source, so "the two leaders" finds the
last two people named nearby (and whether the two who met last are among them) by a look-up
and a bisection rather than by reading the clauses before it again, each time (one long
paragraph made that a pass over the paragraph for each such clause)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from diplomatic_events._identity_memo import IdentityMemo
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.parsing._meetings._sentences import Sentence, persons
from diplomatic_events.typing import ActorId


class NamedInClauses:
    """Each clause's people (:func:`persons`) in turn, for clauses in paragraph order."""

    __slots__ = ("_before", "_clauses_of", "_other", "_paragraphs", "_people", "knowledge", "text")

    def __init__(self, knowledge: KnowledgeBase, text: str, clauses: Sequence[Sentence]) -> None:
        self.knowledge = knowledge
        self.text = text
        self._paragraphs = [clause.paragraph for clause in clauses]
        self._people: list[ActorId] = []  # every clause's people, in turn
        # per person named: the nearest one before naming someone else (-1: none)
        self._other: list[int] = []
        self._before: list[int] = []  # per clause: how many were named before it
        self._clauses_of: dict[ActorId, list[int]] = {}  # the clauses naming each person
        for number, clause in enumerate(clauses):
            self._before.append(len(self._people))
            for person in persons(knowledge, text, clause):
                at = len(self._people)
                if at == 0:
                    other = -1
                elif self._people[at - 1] != person:
                    other = at - 1
                else:
                    other = self._other[at - 1]
                self._people.append(person)
                self._other.append(other)
                self._clauses_of.setdefault(person, []).append(number)

    def first_near(self, index: int, reach: int) -> int:
        """The first clause of those before ``index`` whose paragraph is at most ``reach``
        before its own."""
        here = self._paragraphs[index]
        return bisect.bisect_left(self._paragraphs, here - reach, 0, index)

    def names(self, person: ActorId, first: int, index: int) -> bool:
        """Whether a clause from ``first`` up to ``index`` names ``person``."""
        numbers = self._clauses_of.get(person, [])
        at = bisect.bisect_left(numbers, first)
        return at < len(numbers) and numbers[at] < index

    def last_two(self, first: int, index: int) -> list[ActorId]:
        """The last two people named in the clauses from ``first`` up to ``index``, in the
        order named (none when fewer than two are)."""
        floor = self._before[first] if first < len(self._before) else len(self._people)
        last = (self._before[index] if index < len(self._before) else len(self._people)) - 1
        if last < floor or self._other[last] < floor:
            return []
        return [self._people[self._other[last]], self._people[last]]


_NAMED: IdentityMemo[NamedInClauses] = IdentityMemo(8)
"""By a source's list of clauses: the last few sources' people."""


def named_in_clauses(
    knowledge: KnowledgeBase, text: str, clauses: Sequence[Sentence]
) -> NamedInClauses:
    """The :class:`NamedInClauses` of ``clauses`` (made once per list).

    The clauses are in paragraph order: they are a source's :func:`sentences` (``_split``
    numbers the readable blocks in turn and lists each block's sentences after the last
    one's), each cut in order by ``_clauses`` into parts that keep its paragraph.
    """
    named = _NAMED.get_or_make(clauses, lambda: NamedInClauses(knowledge, text, clauses))
    if named.knowledge is not knowledge or named.text is not text:
        return NamedInClauses(knowledge, text, clauses)  # another reading of the same clauses
    return named
