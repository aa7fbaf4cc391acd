"""Long or repetitive texts cost time in proportion to their length, not its square.

Each bound is generous (tens of times the time taken on a loaded machine) yet far below what
the quadratic versions of these paths took (minutes); merging is checked by counting the
word comparisons instead of timing them.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_events.knowledge import load_knowledge
from diplomatic_events.model import (
    Event,
    EventKind,
    PartialDate,
    Report,
    Span,
    Statement,
    StatementKind,
)
from diplomatic_events.parsing import _events
from diplomatic_events.parsing._events import _finer, _same_event, clauses, merge_events
from diplomatic_events.parsing._meetings._context import _trigger_clause
from diplomatic_events.parsing._meetings._party_members import party_members
from diplomatic_events.parsing._meetings._sentences import Sentence, sentences
from diplomatic_events.parsing._statements import _merge, merge_statements
from diplomatic_events.parsing._time import find_dates
from diplomatic_events.parsing._visit_find import VisitCandidate
from diplomatic_events.parsing._visit_groups import _group
from diplomatic_events.sources import read_source
from diplomatic_events.typing import ActorId, EventId, SourceId, StatementId


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _statement(number: int, source: str, speaker: str | None, text: str) -> Statement:
    report = Report(
        source=SourceId(source), kind=StatementKind.DIRECT, text=text, start=0, end=len(text)
    )
    return Statement(
        id=StatementId(f"{source}:s{number}"),
        speaker=ActorId(speaker) if speaker else None,
        kind=StatementKind.DIRECT,
        reports=(report,),
    )


def _merged_pairwise(statements: list[Statement]) -> tuple[tuple[str, ...], ...]:
    """The groups merge_statements made when it compared every pair of statements."""
    items = sorted(
        statements,
        key=lambda s: (s.speaker or "", min((r.source, r.start) for r in s.reports), s.id),
    )
    normals = [[_merge._normal(r.text) for r in s.reports] for s in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, first in enumerate(items):
        for j in range(i + 1, len(items)):
            if first.speaker is None or items[j].speaker != first.speaker:
                continue
            if any(_merge._same_words(a, b) for a in normals[i] for b in normals[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[str]] = {}
    for index, statement in enumerate(items):
        groups.setdefault(find(index), []).append(statement.id)
    return tuple(sorted(tuple(sorted(ids)) for ids in groups.values()))


WORDINGS = st.sampled_from(
    ["We agree.", "We agree", "We both agree on this.", "No.", "", "Talks were useful", "x"]
)
STATEMENTS = st.lists(
    st.tuples(st.sampled_from("abc"), st.sampled_from(["jane", "tom", None]), WORDINGS),
    max_size=12,
)


_WORDS = tuple(f"{stem}{n}" for n in range(6) for stem in ("talk", "trade", "peace", "visit"))


@st.composite
def _variant_rows(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Speakers with wordings of a few sentences: whole, cut, or with a word changed.

    Each keeps at least two words of its sentence (the blocked merge needs a shared word).
    """
    sentences = draw(
        st.lists(st.lists(st.sampled_from(_WORDS), min_size=8, max_size=14), min_size=1, max_size=3)
    )
    rows = []
    for _ in range(draw(st.integers(min_value=1, max_value=10))):
        words = list(draw(st.sampled_from(sentences)))
        first = draw(st.integers(min_value=0, max_value=2))
        last = draw(st.integers(min_value=len(words) - 2, max_value=len(words)))
        words = words[first:last]
        # one changed word each: two variants then differ in at most four words one of them
        # lacks (two cut at an end, two changed), within the blocked merge's guarantee
        for _ in range(draw(st.integers(min_value=0, max_value=1))):
            place = draw(st.integers(min_value=0, max_value=len(words) - 1))
            words[place] = draw(st.sampled_from(("paris", "kyiv", words[place] + "s")))
        rows.append((draw(st.sampled_from(("jane", "tom"))), " ".join(words) + "."))
    return rows


class TestMergeStatements:
    def test_one_wording_many_times_is_not_compared(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """2,000 reports of one wording by one speaker merge without comparing words."""
        calls: list[tuple[str, str]] = []
        compare = _merge._same_words

        def counted(a: str, b: str) -> bool:
            calls.append((a, b))
            return compare(a, b)

        monkeypatch.setattr(_merge, "_same_words", counted)
        items = [_statement(n, f"s{n}", "jane", "We agree.") for n in range(2_000)]
        merged = merge_statements(items)
        assert (1, 0) == (len(merged), len(calls))

    @settings(max_examples=200, deadline=None)
    @given(STATEMENTS)
    def test_same_groups_as_comparing_every_pair(
        self, rows: list[tuple[str, str | None, str]]
    ) -> None:
        """The statements merge into the groups comparing every pair would make."""
        items = [
            _statement(n, f"{source}{n}", who, text) for n, (source, who, text) in enumerate(rows)
        ]
        merged = merge_statements(items)
        ids = {r.source: s.id for s in items for r in s.reports}
        groups = tuple(sorted(tuple(sorted(ids[r.source] for r in s.reports)) for s in merged))
        assert _merged_pairwise(items) == groups

    @settings(max_examples=200, deadline=None)
    @given(_variant_rows())
    def test_blocked_wordings_give_the_groups_of_every_pair(
        self, rows: list[tuple[str, str]]
    ) -> None:
        """Looking candidates up by rare words gives the groups comparing every pair gives."""
        items = [_statement(n, f"s{n}", who, text) for n, (who, text) in enumerate(rows)]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_merge, "_PAIRWISE_WORDINGS", 0)
            merged = merge_statements(items)
        ids = {r.source: s.id for s in items for r in s.reports}
        groups = tuple(sorted(tuple(sorted(ids[r.source] for r in s.reports)) for s in merged))
        assert _merged_pairwise(items) == groups

    def test_many_wordings_are_not_compared_pairwise(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """3,000 different wordings of one speaker cost a few comparisons each, not 3,000."""
        calls: list[tuple[str, str]] = []
        compare = _merge._same_words

        def counted(a: str, b: str) -> bool:
            calls.append((a, b))
            return compare(a, b)

        monkeypatch.setattr(_merge, "_same_words", counted)
        items = [
            _statement(n, f"s{n}", "jane", f"We agree on point {n} and item {n * 7} today.")
            for n in range(3_000)
        ]
        merge_statements(items)
        assert len(calls) < 20 * len(items)

    def test_a_common_word_pairs_only_the_nearest_holders(self) -> None:
        """300 wordings sharing only two words: the 150th is paired with the 8 holders nearest
        it on each side, not with the 9th (before, with every one of the 299)."""
        wordings = [f"we agree {n}" for n in range(300)]
        pairs = list(_merge._wording_pairs(wordings))
        paired = [first for first, second in pairs if second == 150] + [
            second for first, second in pairs if first == 150
        ]
        assert [*range(142, 150), *range(151, 159)] == paired


def _grouped_pairwise(candidates: list[VisitCandidate]) -> list[list[str]]:
    """The groups visits were made of when each candidate was checked against every group."""
    groups: list[list[VisitCandidate]] = []
    ordered = sorted(candidates, key=lambda c: (c.reference is None, c.reference or dt.date.min))
    for candidate in ordered:
        for group in groups:
            same = (group[0].visitor, group[0].host_country) == (
                candidate.visitor,
                candidate.host_country,
            )
            dated = [c.reference for c in group if c.reference is not None]
            if same and (
                candidate.reference is None
                or all(abs((d - candidate.reference).days) <= 20 for d in dated)
            ):
                group.append(candidate)
                break
        else:
            groups.append([candidate])
    return [[c.source for c in group] for group in groups]


CANDIDATES = st.lists(
    st.tuples(
        st.sampled_from(["blinken", "wang"]),
        st.sampled_from(["CN", "US"]),
        st.none() | st.integers(min_value=0, max_value=90),
    ),
    max_size=30,
)


class TestGroupCandidates:
    @settings(max_examples=300, deadline=None)
    @given(CANDIDATES)
    def test_same_groups_as_checking_every_group(
        self, rows: list[tuple[str, str, int | None]]
    ) -> None:
        """Blocked grouping makes the groups, in the order, that checking every group made."""
        start = dt.date(2023, 1, 1)
        candidates = [
            VisitCandidate(
                source=SourceId(f"s{n}"),
                visitor=ActorId(visitor),
                host_country=country,
                reference=None if days is None else start + dt.timedelta(days=days),
            )
            for n, (visitor, country, days) in enumerate(rows)
        ]
        actual = [list(group.sources) for group in _group(candidates)]
        assert _grouped_pairwise(candidates) == actual

    def test_many_candidates_are_grouped_quickly(self) -> None:
        """50,000 candidates of 10 visitors over four years are grouped in well under 10 s."""
        start = dt.date(2020, 1, 1)
        candidates = [
            VisitCandidate(
                source=SourceId(f"s{n}"),
                visitor=ActorId(f"p{n % 10}"),
                host_country="CN",
                reference=start + dt.timedelta(days=(n * 7919) % 1461),
            )
            for n in range(50_000)
        ]
        groups: list[int] = []
        assert _seconds(lambda: groups.append(len(_group(candidates)))) < 10.0
        assert 50_000 == sum(len(g.candidates) for g in _group(candidates))


def _merged_events_pairwise(events: list[Event]) -> tuple[Event, ...]:
    """The events merge_events made when it checked each report against every merged one."""
    merged: list[Event] = []
    for event in sorted(events, key=lambda e: e.date is None):
        for index, known in enumerate(merged):
            if _same_event(known, event):
                merged[index] = attrs.evolve(
                    known,
                    date=_finer(known.date, event.date),
                    participants=tuple(dict.fromkeys((*known.participants, *event.participants))),
                    location=known.location or event.location,
                    evidence=tuple(dict.fromkeys((*known.evidence, *event.evidence))),
                )
                break
        else:
            merged.append(event)
    ordered = sorted(
        merged, key=lambda e: (e.date is None, e.date.sort_key() if e.date else (), e.kind.value)
    )
    return tuple(attrs.evolve(e, id=EventId(f"event-{i + 1}")) for i, e in enumerate(ordered))


EVENT_DATES = (
    st.none()
    | st.builds(
        PartialDate,
        year=st.sampled_from([2022, 2023]),
        month=st.none() | st.integers(min_value=5, max_value=6),
        day=st.none(),
    )
    | st.builds(
        PartialDate,
        year=st.sampled_from([2022, 2023]),
        month=st.integers(min_value=5, max_value=6),
        day=st.integers(min_value=1, max_value=3),
    )
)
EVENTS = st.lists(
    st.tuples(
        st.sampled_from([EventKind.MEETING, EventKind.TRIP]),
        st.lists(st.sampled_from(["a", "b", "c"]), unique=True, max_size=2),
        EVENT_DATES,
    ),
    max_size=25,
)


class TestMergeEvents:
    @settings(max_examples=300, deadline=None)
    @given(EVENTS)
    def test_same_events_as_checking_every_merged_event(
        self, rows: list[tuple[EventKind, list[str], PartialDate | None]]
    ) -> None:
        """Blocked merging makes the events checking every merged event made."""
        events = [
            Event(
                id=EventId(f"e{n}"),
                kind=kind,
                description=f"event {n}",
                date=date,
                participants=tuple(ActorId(p) for p in people),
                evidence=(Span(source=SourceId(f"s{n}"), start=0, end=1, text="x"),),
            )
            for n, (kind, people, date) in enumerate(rows)
        ]
        assert _merged_events_pairwise(events) == merge_events(events)

    def test_a_report_is_checked_against_its_block_only(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """20,000 reports of 2,000 trips of 20 people over four years: under 30 checks each."""
        calls: list[int] = []
        same_event = _events._same_event

        def counted(known: Event, event: Event) -> bool:
            calls.append(1)
            return same_event(known, event)

        monkeypatch.setattr(_events, "_same_event", counted)
        start = dt.date(2020, 1, 1)
        events = [
            Event(
                id=EventId(f"e{n}"),
                kind=EventKind.TRIP,
                description="a trip",
                date=PartialDate.of(start + dt.timedelta(days=(n % 2_000) * 7 % 1461)),
                participants=(ActorId(f"p{n % 20}"),),
                evidence=(Span(source=SourceId(f"s{n}"), start=0, end=1, text="x"),),
            )
            for n in range(20_000)
        ]
        merged = merge_events(events)
        assert (2_000, True) == (len(merged), len(calls) < 30 * len(events))


class TestLongParagraphs:
    def test_clauses_across_a_long_run_of_spaces(self) -> None:
        """Clause breaks of a sentence with 200,000 spaces are found in well under 2 s."""
        text = "Talks" + " " * 200_000 + "; ended"
        found: list[tuple[tuple[int, int], ...]] = []
        assert _seconds(lambda: found.append(clauses(text, 0, len(text)))) < 2.0
        assert ((0, 5), (200_007, 200_012)) == found[0]

    def test_many_dates_in_one_sentence(self) -> None:
        """200 KB of dates in one sentence (6,667 dates) are read in under 30 s."""
        text = ("on June 19, 2023 at 10:30 am, " * 7_000)[:200_000]
        found: list[int] = []
        reference = dt.date(2023, 6, 20)
        assert _seconds(lambda: found.append(len(find_dates(SourceId("x"), text, reference)))) < 30
        assert [6_667] == found

    @pytest.mark.slow
    def test_many_quotations_in_one_paragraph(self) -> None:
        """200 KB of one repeated quotation in one paragraph is parsed in under 60 s."""
        from diplomatic_events import parse

        text = ('He said, "We agree." ' * 10_000)[:200_000]
        source = read_source(text, source_id="quotations")
        assert _seconds(lambda: parse([source])) < 60


class TestRepeatedQuotations:
    def test_a_long_run_of_carried_quotations_is_read_once(self) -> None:
        """40,000 quotations whose speaker was carried over, none named again later, are
        matched against the named ones only (none), not each against every other (their
        number squared: over a minute before)."""
        from diplomatic_events.model import Block, BlockKind
        from diplomatic_events.parsing._attribution import Attributor
        from diplomatic_events.parsing._quote_marks import MarkPair, PairKind
        from diplomatic_events.parsing._statements._repeated import _attribute_repeated

        count = 40_000
        words = [f"We agree on point {number}" for number in range(count)]
        text = " ".join(f"“{quoted}”" for quoted in words)
        pairs: list[MarkPair] = []
        position = 0
        for quoted in words:
            start = position + 1
            pairs.append(
                MarkPair(
                    start=start,
                    end=start + len(quoted),
                    open_at=position,
                    close_at=start + len(quoted),
                    block=0,
                    kind=PairKind.QUOTE,
                )
            )
            position = start + len(quoted) + 2
        statements = [
            _statement(number, "carried", "antony-blinken", quoted)
            for number, quoted in enumerate(words)
        ]
        blocks = [Block(kind=BlockKind.BODY, start=0, end=len(text))]
        knowledge = load_knowledge()
        attributor = Attributor(
            text=text, blocks=blocks, knowledge=knowledge, mentions=[], pairs=pairs, day=None
        )
        found: list[list[Statement]] = []
        seconds = _seconds(
            lambda: found.append(
                _attribute_repeated(
                    statements, blocks, pairs, [True] * count, knowledge, attributor
                )
            )
        )
        assert (True, statements) == (seconds < 5.0, found[0])

    @pytest.mark.parametrize(("others", "expected"), [(15, "jane"), (16, "tom")])
    def test_only_the_nearest_named_quotations_are_tried(self, others: int, expected: str) -> None:
        """A carried quotation said again later by a named speaker takes that speaker when
        the repeat is among the 16 nearest named quotations holding its rare words, and keeps
        its carried speaker when 16 others come first (before, every later one was tried)."""
        from diplomatic_events.model import Block, BlockKind
        from diplomatic_events.parsing._attribution import Attributor
        from diplomatic_events.parsing._quote_marks import MarkPair, PairKind
        from diplomatic_events.parsing._statements._repeated import _attribute_repeated

        # the same words in another order: held by each, yet not the same words
        words = (
            ["We agree on point seven."]
            + [f"Point seven, on agree we: round {n}." for n in range(others)]
            + ["We agree on point seven."]
        )
        speakers = ["tom"] + ["jane"] * (others + 1)
        text = " ".join(f"“{quoted}”" for quoted in words)
        pairs: list[MarkPair] = []
        position = 0
        for quoted in words:
            start = position + 1
            end = start + len(quoted)
            pairs.append(
                MarkPair(
                    start=start,
                    end=end,
                    open_at=position,
                    close_at=end,
                    block=0,
                    kind=PairKind.QUOTE,
                )
            )
            position = end + 2
        statements = [
            _statement(number, "repeated", speaker, quoted)
            for number, (speaker, quoted) in enumerate(zip(speakers, words, strict=True))
        ]
        blocks = [Block(kind=BlockKind.BODY, start=0, end=len(text))]
        knowledge = load_knowledge()
        attributor = Attributor(
            text=text, blocks=blocks, knowledge=knowledge, mentions=[], pairs=pairs, day=None
        )
        inferred = [True] + [False] * (others + 1)
        found = _attribute_repeated(statements, blocks, pairs, inferred, knowledge, attributor)
        assert expected == found[0].speaker


class TestATravellingParty:
    def test_a_long_run_of_spaces_after_a_name_is_read_once(self) -> None:
        """The travelling party's subjects before a trip verb ("Senators A and B visited
        ...") are read without trying a run of 60,000 spaces after a name once per way of
        splitting it around an optional comma (its length squared)."""
        run = " " * 60_000
        text = f"Secretary Antony Blinken{run}said{run}Antony Blinken{run}talks.\n"
        source = read_source(text, source_id="party", published="2023-06-19")
        knowledge = load_knowledge()
        clauses = sentences(source)
        assert _seconds(lambda: party_members(knowledge, text, clauses)) < 1.0


class TestClausesOfAMeetingWord:
    def test_a_long_run_of_spaces_is_read_in_linear_time(self) -> None:
        """The clause of a meeting word is found without trying a run of spaces from each of
        its spaces ("... and then" after the run would otherwise cost its length squared)."""
        words = "Blinken met" + " " * 60_000 + "Wang Yi in Beijing" + " " * 60_000 + "."
        trigger = re.search(r"met", words)
        assert trigger is not None
        sentence = Sentence(start=0, end=len(words), paragraph=0, reference=None, entry=None)
        assert _seconds(lambda: _trigger_clause(words, sentence, trigger)) < 1.0
