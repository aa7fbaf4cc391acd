"""``diplomatic_events.dask``: the per-source work on a local Dask cluster, same as ``parse``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import Client, LocalCluster, get_task_stream

import diplomatic_events.dask as dask_engine
from diplomatic_events import BatchError, Extraction, InputError, parse, parse_stream, to_json
from diplomatic_events.model import Source
from diplomatic_events.seeds import seed_sources
from diplomatic_events.sources import load_manifest

REAL_DEV = Path(__file__).resolve().parents[1] / "quality" / "real" / "dev"
TEXT = 'Wang said "we agreed on the need to talk," in Beijing on Monday.'
OTHER = 'Blinken said "we will keep talking," in Washington on Monday.'


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A local cluster of two in-process workers, as the Dask engine's tests need."""
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


class TestDaskParse:
    def test_same_extraction_as_parse(self, client: Client) -> None:
        """The seeds and real reports give parse's JSON, visits included, on the cluster."""
        inputs: list[Source | Path] = [*seed_sources(), *sorted(REAL_DEV.glob("*.txt"))[:6]]
        assert to_json(parse(inputs)) == to_json(dask_engine.parse(inputs, npartitions=3))

    def test_the_cluster_does_the_work(self, client: Client) -> None:
        """The per-source tasks run on the client's workers."""
        with get_task_stream(client) as stream:
            dask_engine.parse(list(seed_sources()), npartitions=2)
        keys = [str(task["key"]) for task in stream.data]
        assert 2 == sum("_partition" in key for key in keys)

    def test_visits_of_the_dev_set_as_parse_gives_them(self, client: Client) -> None:
        """The real dev set's 21 visits, dates inferred, are parse's, grouped on the cluster.

        The sources are shuffled by visitor and host, and each visit assembled, in tasks.
        """
        inputs = load_manifest(REAL_DEV / "manifest.jsonl")
        expected = parse(inputs)
        with get_task_stream(client) as stream:
            found = dask_engine.parse(inputs, npartitions=4)
        keys = " ".join(str(task["key"]) for task in stream.data)
        assert (to_json(expected), True, True) == (
            to_json(found),
            "groupby" in keys and "shuffle" in keys,
            "_assemble_numbered" in keys,
        )

    def test_a_source_given_twice_counts_once(self, client: Client) -> None:
        """The same source twice gives parse's extraction (one source, in its place)."""
        inputs = [*seed_sources(), next(iter(seed_sources()))]
        assert to_json(parse(inputs)) == to_json(dask_engine.parse(inputs, npartitions=2))

    def test_the_sources_of_no_visit_are_assembled_on_a_worker(self, client: Client) -> None:
        """Their statements are merged in a task on the cluster, as parse merges them."""
        inputs: list[str | Source] = [TEXT, OTHER, TEXT.replace("Monday", "Tuesday")]
        with get_task_stream(client) as stream:
            found = dask_engine.parse(inputs, npartitions=2)
        keys = " ".join(str(task["key"]) for task in stream.data)
        assert (to_json(parse(inputs)), True) == (to_json(found), "_assemble_no_visit" in keys)

    def test_no_statement_of_a_source_comes_back(self, client: Client) -> None:
        """The caller gathers the assembled visits and sources of no visit, and of each source
        only what the extraction's sources, actors and non-quotations need."""
        gathered: list[Any] = []
        compute = dask_engine.compute

        def spy(*collections: object, **options: object) -> object:
            results = compute(*collections, **options)
            gathered.extend(results)
            return results

        inputs: list[str | Source] = [*seed_sources(), TEXT]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(dask_engine, "compute", spy)
            dask_engine.parse(inputs, npartitions=2)
        done, _, lights = gathered
        parts = [part for partition in lights for _, part in partition]
        visits = [visit for partition in done for _, visit in partition]
        assert (len(inputs), [], True) == (
            len(parts),
            [s for part in parts for s in part.statements],
            all(visit.visits for visit in visits),
        )

    def test_no_inputs_is_an_empty_extraction(self, client: Client) -> None:
        """An empty list reads nothing, as parse([]) does."""
        assert to_json(parse([])) == to_json(dask_engine.parse([]))

    def test_one_unreadable_input_has_the_serial_note(self, client: Client, tmp_path: Path) -> None:
        """A missing file is the InputError parse raises, its note naming the input."""
        inputs: list[str | Path] = [TEXT, tmp_path / "missing.txt"]
        with pytest.raises(InputError) as caught:
            dask_engine.parse(inputs)
        assert [f"input 2 of 2: {inputs[1]}"] == caught.value.__notes__

    def test_several_unreadable_inputs_raise_one_batch_error(
        self, client: Client, tmp_path: Path
    ) -> None:
        """Every unreadable input is reported, in input order."""
        inputs: list[str | Path] = [tmp_path / "x.txt", TEXT, tmp_path / "y.txt"]
        with pytest.raises(BatchError) as caught:
            dask_engine.parse(inputs, npartitions=3)
        notes = [note for error in caught.value.exceptions for note in error.__notes__]
        assert [f"input 1 of 3: {inputs[0]}", f"input 3 of 3: {inputs[2]}"] == notes


def _lines(extractions: Iterable[Extraction]) -> list[str]:
    return sorted(to_json(extraction) for extraction in extractions)


class TestDaskParseBag:
    def test_same_extractions_as_parse_stream(self, client: Client) -> None:
        """The bag holds parse_stream's extractions: each loose source, each visit."""
        inputs: list[Source | Path] = [*seed_sources(), *sorted(REAL_DEV.glob("*.txt"))[:6]]
        expected = _lines(parse_stream(inputs))
        assert expected == _lines(dask_engine.parse_bag(inputs, npartitions=3).compute())

    def test_visits_of_the_dev_set_as_parse_stream_gives_them(self, client: Client) -> None:
        """The real dev set's visits, readouts adopted, dates inferred, are parse_stream's."""
        inputs = load_manifest(REAL_DEV / "manifest.jsonl")
        expected = list(parse_stream(inputs))
        found = dask_engine.parse_bag(inputs, npartitions=4).compute()
        visits = sum(len(e.visits) for e in found)
        # the set holds a score of visits: a test of grouping, not of one source each
        assert (_lines(expected), True) == (_lines(found), visits >= 20)

    def test_a_source_given_twice_counts_once(self, client: Client) -> None:
        """The same source twice is one source, as parse_stream counts it."""
        seeds = list(seed_sources())
        inputs = [*seeds, seeds[0], seeds[-1]]
        expected = _lines(parse_stream(inputs))
        assert expected == _lines(dask_engine.parse_bag(inputs, npartitions=2).compute())

    def test_no_inputs_is_an_empty_bag(self, client: Client) -> None:
        """An empty list gives an empty bag."""
        assert [] == dask_engine.parse_bag([]).compute()

    def test_unreadable_inputs_are_raised_at_the_call(self, client: Client, tmp_path: Path) -> None:
        """A missing file is the InputError parse raises, before the bag is returned."""
        inputs: list[str | Path] = [TEXT, tmp_path / "missing.txt"]
        with pytest.raises(InputError) as caught:
            dask_engine.parse_bag(inputs)
        assert [f"input 2 of 2: {inputs[1]}"] == caught.value.__notes__
