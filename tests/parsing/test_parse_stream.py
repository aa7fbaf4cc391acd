"""``parse_stream`` and ``extract --format jsonl --visits``: parse's visits, with flat memory."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomatic_events import (
    BatchError,
    Extraction,
    InputError,
    load_knowledge,
    parse,
    parse_each,
    parse_stream,
    to_json,
)
from diplomatic_events.cli import main
from diplomatic_events.knowledge import KnowledgeBase
from diplomatic_events.model import Source
from diplomatic_events.parsing._set_aside import SetAside
from diplomatic_events.parsing._visit_groups import adoptions, group_keys, group_span
from diplomatic_events.seeds import seed_sources
from diplomatic_events.sources import load_manifest
from diplomatic_events.typing import ActorId, SourceId

REAL_DEV = Path(__file__).resolve().parents[1] / "quality" / "real" / "dev"

_TRIPS = (
    ("Secretary of State Antony Blinken", "Blinken", "Beijing", "China", "Wang Yi"),
    ("Chancellor Olaf Scholz", "Scholz", "New Delhi", "India", "Narendra Modi"),
    ("Foreign Minister Wang Yi", "Wang", "Moscow", "Russia", "Sergei Lavrov"),
)
_MONTHS = ("March", "June")


def _report(trip: int, month: int, day: int, dated: bool, number: int) -> str:
    """A short report of one of three trips, published (or not) on a given day."""
    visitor, short, city, country, host = _TRIPS[trip]
    published = f"Published {_MONTHS[month]} {day}, 2023 (report {number})\n\n" if dated else ""
    return (
        f"{published}{visitor} arrived in {city} on Monday for a two-day visit to {country}."
        f"\n\n{host} welcomed {short} at the start of a meeting on Monday focused on trade."
        f"\n\n{short} met {host} for about three hours on Monday, and the two discussed trade."
        f'\n\n"We believe trade should stay open," {short} told reporters after his visit.\n'
    )


_REPORTS = st.lists(
    st.tuples(
        st.integers(0, len(_TRIPS) - 1),
        st.integers(0, len(_MONTHS) - 1),
        st.sampled_from((2, 9, 25)),
        st.booleans(),
    ),
    min_size=1,
    max_size=8,
)


def _visits(extractions: Sequence[Extraction]) -> list[str]:
    return [to_json(visit) for extraction in extractions for visit in extraction.visits]


def _sources(extractions: Sequence[Extraction]) -> dict[str, str]:
    return {s.id: to_json(s) for extraction in extractions for s in extraction.sources}


def _inputs() -> list[Source | Path]:
    """The seeds and a few real reports from the dev set."""
    return [*seed_sources(), *sorted(REAL_DEV.glob("*.txt"))[:6]]


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    """The bundled knowledge, loaded once."""
    return load_knowledge()


class TestParseStream:
    def test_same_visits_and_sources_as_parse(self, knowledge: KnowledgeBase) -> None:
        """The visits are parse's, in parse's order, and every source is parse's."""
        inputs = _inputs()
        expected = parse(inputs, knowledge=knowledge)
        streamed = list(parse_stream(inputs, knowledge=knowledge))
        assert _visits([expected]) == _visits(streamed)
        assert _sources([expected]) == _sources(streamed)

    def test_same_visits_as_parse_on_the_real_dev_set(self, knowledge: KnowledgeBase) -> None:
        """On the real dev set (21 visits, dates inferred), the visits are parse's."""
        inputs = load_manifest(REAL_DEV / "manifest.jsonl")
        expected = parse(inputs, knowledge=knowledge)
        streamed = list(parse_stream(inputs, knowledge=knowledge, jobs=2))
        assert (_visits([expected]), _sources([expected])) == (
            _visits(streamed),
            _sources(streamed),
        )

    @settings(
        max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(reports=_REPORTS)
    def test_law_the_visits_are_parses(
        self, knowledge: KnowledgeBase, reports: list[tuple[int, int, int, bool]]
    ) -> None:
        """For any reports of several trips, dated or not, in any order: parse's visits."""
        texts = [_report(*report, number=n) for n, report in enumerate(reports)]
        expected = parse(texts, knowledge=knowledge)
        streamed = list(parse_stream(texts, knowledge=knowledge))
        assert _visits([expected]) == _visits(streamed)
        assert _sources([expected]) == _sources(streamed)

    def test_a_source_of_no_visit_is_yielded_as_parse_each_yields_it(
        self, knowledge: KnowledgeBase
    ) -> None:
        """A source reporting no visit comes at once, as parse_each gives it."""
        texts = ["The weather in Paris was mild.", _report(0, 0, 2, True, 1)]
        expected = to_json(next(parse_each(texts, knowledge=knowledge)))
        assert expected == to_json(next(parse_stream(texts, knowledge=knowledge)))

    def test_sources_of_no_visit_come_before_the_inputs_end(self, knowledge: KnowledgeBase) -> None:
        """The first source of no visit is yielded when the generator has given one input."""
        taken: list[int] = []

        def texts() -> Iterator[str]:
            for number in range(100):
                taken.append(number)
                yield f"Text number {number}."

        first = next(parse_stream(texts(), knowledge=knowledge))
        assert ([0], 1) == (taken, len(first.sources))

    def test_progress_after_each_input(self, knowledge: KnowledgeBase) -> None:
        """progress is told each input in order, with the number of inputs."""
        told: list[tuple[int, int]] = []
        texts = [_report(0, 0, 2, True, 1), "Nothing here.", _report(0, 0, 9, True, 2)]
        list(parse_stream(texts, knowledge=knowledge, progress=lambda d, t, _: told.append((d, t))))
        assert [(1, 3), (2, 3), (3, 3)] == told

    def test_unreadable_inputs_are_raised_after_the_rest(
        self, knowledge: KnowledgeBase, tmp_path: Path
    ) -> None:
        """Every visit is yielded; then the unreadable inputs raise one BatchError."""
        missing = [tmp_path / "gone.txt", tmp_path / "lost.txt"]
        inputs = [missing[0], _report(0, 0, 2, True, 1), missing[1]]
        seen: list[Extraction] = []
        with pytest.raises(BatchError) as raised:
            seen.extend(parse_stream(inputs, knowledge=knowledge))
        notes = [error.__notes__[-1] for error in raised.value.exceptions]
        assert (1, [f"input 1 of 3: {missing[0]}", f"input 3 of 3: {missing[1]}"]) == (
            len(seen),
            notes,
        )

    def test_one_unreadable_input_of_a_generator_with_workers(self, tmp_path: Path) -> None:
        """With jobs=2, a generator's unreadable input is named by its number, at the end."""
        missing = tmp_path / "gone.txt"
        inputs: list[str | Path] = [missing, _report(0, 0, 2, True, 1)]
        seen: list[Extraction] = []
        with pytest.raises(InputError) as raised:
            seen.extend(parse_stream(iter(inputs), jobs=2))
        assert (1, f"input 1: {missing}") == (len(seen), raised.value.__notes__[-1])

    def test_resumed_from_another_thread(self, knowledge: KnowledgeBase) -> None:
        """A stream started in one thread may be finished in another (the index goes too)."""
        texts = ["Nothing here.", _report(0, 0, 2, True, 1), _report(1, 1, 9, True, 2)]
        stream = parse_stream(texts, knowledge=knowledge)
        with ThreadPoolExecutor(max_workers=1) as pool:
            first = pool.submit(next, stream).result()
        rest = list(stream)
        expected = _visits([parse(texts, knowledge=knowledge)])
        assert (1, expected) == (len(first.sources), _visits(rest))

    def test_jobs_is_checked_at_the_call(self) -> None:
        """jobs=0 is refused when parse_stream is called, before anything is read."""
        with pytest.raises(InputError, match="jobs must be a positive integer"):
            parse_stream(["A text."], jobs=0)


class TestGroupKeys:
    def test_groups_in_the_order_opened(self) -> None:
        """Keys group by visitor and host within 20 days; an undated one joins the first."""
        import datetime as dt

        blinken, scholz = ActorId("blinken"), ActorId("scholz")
        keys = [
            (blinken, "CN", dt.date(2023, 6, 30)),
            (scholz, "IN", dt.date(2023, 6, 1)),
            (blinken, "CN", None),
            (blinken, "CN", dt.date(2023, 6, 2)),
            (blinken, "CN", dt.date(2023, 6, 10)),
        ]
        assert [[1], [3, 4, 2], [0]] == group_keys(keys)

    def test_one_visit_adopts_a_readout_of_its_meeting(self) -> None:
        """A source showing the visitor meet a host within the visit's days joins it alone."""
        import datetime as dt

        blinken, wang = ActorId("blinken"), ActorId("wang")
        june = dt.date(2023, 6, 10)
        groups = [
            (blinken, "CN", dt.date(2023, 6, 9), dt.date(2023, 6, 12)),
            (blinken, "CN", dt.date(2023, 6, 25), dt.date(2023, 6, 26)),
            (wang, "US", june, june),
        ]
        met_chinese = ((blinken, frozenset({"CN"})), (wang, frozenset({"US"})))
        loose = [
            (dt.date(2023, 6, 13), ((blinken, frozenset({"CN"})),)),  # the first visit only
            (dt.date(2023, 6, 30), ((blinken, frozenset({"CN"})),)),  # both visits: neither
            (dt.date(2023, 8, 1), ((blinken, frozenset({"CN"})),)),  # too late for both
            (june, met_chinese),  # Blinken's first visit and Wang's: neither
            (None, ((blinken, frozenset({"CN"})),)),  # undated
        ]
        assert [0, None, None, None, None] == adoptions(groups, loose)


_PEOPLE = st.sampled_from([ActorId("blinken"), ActorId("wang")])
_COUNTRIES = st.sampled_from(["CN", "US", "RU"])
_DAYS = st.none() | st.integers(min_value=0, max_value=60)
_KEYS = st.lists(st.tuples(_PEOPLE, _COUNTRIES, _DAYS), max_size=30)
_LOOSE = st.lists(
    st.tuples(
        _DAYS,
        st.lists(
            st.tuples(_PEOPLE, st.frozensets(st.none() | _COUNTRIES, min_size=1, max_size=2)),
            min_size=1,
            max_size=2,
        ),
    ),
    max_size=12,
)


def _day(offset: int | None) -> dt.date | None:
    return None if offset is None else dt.date(2023, 1, 1) + dt.timedelta(days=offset)


class TestSetAside:
    @settings(max_examples=300, deadline=None)
    @given(keys=_KEYS, loose=_LOOSE)
    def test_law_the_groups_and_adoptions_are_group_keys_and_adoptions(
        self,
        keys: list[tuple[ActorId, str, int | None]],
        loose: list[tuple[int | None, list[tuple[ActorId, frozenset[str | None]]]]],
    ) -> None:
        """For any keys and meetings, the index groups and adopts as the in-memory functions."""
        dated = [(visitor, host, _day(day)) for visitor, host, day in keys]
        meetings = [(_day(day), tuple(dict.fromkeys(met))) for day, met in loose]
        groups = group_keys(dated)
        spans = [group_span(dated[m[0]][0], dated[m[0]][1], [dated[i] for i in m]) for m in groups]
        chosen = adoptions(spans, meetings)
        expected = (
            [
                (
                    number,
                    dated[members[0]][0],
                    dated[members[0]][1],
                    members,
                    [(1000 + j, meetings[j][0]) for j, c in enumerate(chosen) if c == number - 1],
                )
                for number, members in enumerate(groups, start=1)
            ],
            [1000 + j for j, c in enumerate(chosen) if c is None],
        )
        with SetAside() as index:
            for at, key in enumerate(dated):
                index.add_visit(SourceId(f"v{at}"), key, at, None)
            for j, (day, met) in enumerate(meetings):
                index.add_loose(SourceId(f"l{j}"), day, met, 1000 + j, None)
            index.group()
            assert expected == (list(index.groups()), list(index.unadopted()))

    def test_a_source_given_again_replaces_itself_in_its_place(self) -> None:
        """The same id set aside again as the same kind takes its place; as another, not."""
        blinken = ActorId("blinken")
        june, july = dt.date(2023, 6, 1), dt.date(2023, 7, 1)
        with SetAside() as index:
            index.add_visit(SourceId("a"), (blinken, "CN", june), 0, None)
            index.add_visit(SourceId("b"), (blinken, "CN", june), 1, None)
            again = index.place(SourceId("a"), True)
            index.add_visit(SourceId("a"), (blinken, "CN", july), 2, again[1])
            other = index.place(SourceId("b"), False)
            index.group()
            groups = [members for _, _, _, members, _ in index.groups()]
        assert ((True, 0), (False, 1), [[1], [2]]) == (again, other, groups)

    def test_a_source_yielded_counts_once(self) -> None:
        """A source yielded at once is not yielded again, nor set aside later."""
        with SetAside() as index:
            told = [index.first_yielded(SourceId("a")), index.first_yielded(SourceId("a"))]
            assert ([True, False], False) == (told, index.place(SourceId("a"), True)[0])


class TestVisitsCommandLine:
    def test_one_extraction_per_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """extract --format jsonl --visits: the loose source's line, then each visit's."""
        for number, text in enumerate(
            ["Nothing here.", _report(0, 0, 2, True, 1), _report(1, 1, 9, True, 2)]
        ):
            (tmp_path / f"{number}.txt").write_text(text, encoding="utf-8")
        assert 0 == main(["extract", str(tmp_path), "--format", "jsonl", "--visits", "-q"])
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        expected = [([], ["0"]), (["visit-1"], ["1"]), (["visit-2"], ["2"])]
        assert expected == [
            ([v["id"] for v in line["visits"]], [s["id"] for s in line["sources"]])
            for line in lines
        ]

    def test_a_line_separator_in_the_text_stays_inside_its_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A line separator (U+2028) in a text is escaped in its extraction's line: a reader
        splitting on Unicode line breaks still gets one document a line."""
        (tmp_path / "0.txt").write_text("Nothing\u2028here.", encoding="utf-8")
        assert 0 == main(["extract", str(tmp_path), "--format", "jsonl", "--visits", "-q"])
        lines = capsys.readouterr().out.splitlines()
        assert [["0"]] == [[s["id"] for s in json.loads(line)["sources"]] for line in lines]

    def test_visits_needs_jsonl(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--visits without --format jsonl is one error line."""
        assert 1 == main(["extract", "--seeds", "--visits"])
        assert "diplomatic-events: error: --visits is for --format jsonl\n" == (
            capsys.readouterr().err
        )
