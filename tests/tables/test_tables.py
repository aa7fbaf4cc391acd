"""An extraction as flat tables: rows, CSV, JSON Lines, DataFrames and Parquet."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from diplomatic_events import Extraction, MissingExtraError, parse, read_source
from diplomatic_events.tables import COLUMNS, table_rows, to_jsonl, write_csv, write_parquet

ARTICLE = (
    "Ministers meet in Lisbon\n"
    "\n"
    'Foreign Minister Ana Costa said "we will talk again soon" after meeting her Spanish'
    " counterpart for two hours on Monday.\n"
)
HAS_PANDAS = importlib.util.find_spec("pandas") is not None
HAS_PARQUET = HAS_PANDAS and importlib.util.find_spec("pyarrow") is not None


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return parse(
        [read_source(ARTICLE, source_id="lisbon", published="2024-03-04", outlet_name="Wire")]
    )


class TestRows:
    def test_every_table_has_its_documented_columns(self, extraction: Extraction) -> None:
        """Each row has exactly the columns COLUMNS lists for its table."""
        for name, rows in table_rows(extraction).items():
            for row in rows:
                assert list(COLUMNS[name]) == list(row), name

    def test_source_row(self, extraction: Extraction) -> None:
        """The source row carries the given metadata and its origin."""
        row = table_rows(extraction)["sources"][0]
        expected = ("lisbon", "Wire", "2024-03-04T00:00:00+00:00", "2024-03-04", "metadata")
        actual = (
            row["source_id"],
            row["outlet_name"],
            row["published"],
            row["published_date"],
            row["published_origin"],
        )
        assert expected == actual

    def test_report_offsets_index_the_source(self, extraction: Extraction) -> None:
        """A report row's start and end cut its text out of the source text."""
        rows = table_rows(extraction)["reports"]
        assert ["we will talk again soon"] == [row["text"] for row in rows]
        start, end = rows[0]["start"], rows[0]["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert "we will talk again soon" == ARTICLE[start:end]

    def test_position_of_no_visit_has_no_visit_id(self) -> None:
        """A position read from a source of no visit is a row with an empty visit_id."""
        text = "Costa said Portugal does not support the tariffs.\n"
        loose = parse([read_source(text, source_id="loose", published="2024-03-04")])
        rows = table_rows(loose)["positions"]
        assert [(None, "PT", "economic-policy", "loose")] == [
            (row["visit_id"], row["side"], row["topic"], row["sources"]) for row in rows
        ]

    def test_empty_extraction_has_every_table(self) -> None:
        """An empty extraction still has every table, with no rows."""
        assert {name: [] for name in COLUMNS} == table_rows(Extraction())


class TestFiles:
    def test_csv_one_file_per_table(self, extraction: Extraction, tmp_path: Path) -> None:
        """write_csv writes a file per table whose header is the documented columns."""
        written = write_csv(extraction, tmp_path / "out")
        assert sorted(f"{name}.csv" for name in COLUMNS) == sorted(path.name for path in written)
        with (tmp_path / "out" / "reports.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert list(COLUMNS["reports"]) == rows[0]
        assert "we will talk again soon" == rows[1][COLUMNS["reports"].index("text")]

    def test_jsonl_one_source_per_line(self, extraction: Extraction) -> None:
        """to_jsonl writes one line per source with its reports."""
        lines = to_jsonl(extraction).splitlines()
        assert 1 == len(lines)
        line = json.loads(lines[0])
        assert "lisbon" == line["source"]["source_id"]
        assert ["we will talk again soon"] == [report["text"] for report in line["reports"]]
        assert 1 == len(line["statements"])

    @pytest.mark.parametrize("breaker", ["\u0085", "\u2028", "\u2029"])
    def test_jsonl_lines_hold_no_other_line_break(self, breaker: str) -> None:
        """A next-line or line-separator character in the text is escaped: every reader
        that splits lines on Unicode's line breaks still gets one JSON object a line."""
        text = f'Tom Roe said: "we will talk{breaker} again soon" in Lisbon on Monday.\n'
        lines = to_jsonl(parse([read_source(text, source_id="lisbon")])).splitlines()
        assert ["lisbon"] == [json.loads(line)["source"]["source_id"] for line in lines]


@pytest.mark.skipif(not HAS_PANDAS, reason="the [pandas] extra is not installed")
class TestPandas:
    def test_a_dataframe_per_table(self, extraction: Extraction) -> None:
        """to_pandas gives a DataFrame per table with the documented columns."""
        frames = extraction.to_pandas()
        assert set(COLUMNS) == set(frames)
        for name, frame in frames.items():
            assert list(COLUMNS[name]) == list(frame.columns), name

    def test_published_is_a_utc_timestamp(self, extraction: Extraction) -> None:
        """The published column holds UTC timestamps."""
        import pandas as pd

        published = extraction.to_pandas()["sources"]["published"]
        assert pd.Timestamp("2024-03-04T00:00:00Z") == published.iloc[0]

    def test_empty_tables_keep_their_columns(self) -> None:
        """An empty extraction gives empty DataFrames with the columns."""
        frames = Extraction().to_pandas()
        assert list(COLUMNS["meetings"]) == list(frames["meetings"].columns)
        assert 0 == len(frames["meetings"])


class TestMissingExtras:
    def test_pandas_missing_names_the_extra(
        self, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without pandas, to_pandas is an error naming the [pandas] extra."""
        monkeypatch.setitem(__import__("sys").modules, "pandas", None)
        with pytest.raises(MissingExtraError, match=r"\[pandas\]"):
            extraction.to_pandas()


@pytest.mark.skipif(not HAS_PARQUET, reason="the [parquet] extra is not installed")
class TestParquet:
    def test_parquet_round_trips(self, extraction: Extraction, tmp_path: Path) -> None:
        """write_parquet writes a file per table that pandas reads back."""
        import pandas as pd

        write_parquet(extraction, tmp_path)
        reports = pd.read_parquet(tmp_path / "reports.parquet")
        assert ["we will talk again soon"] == list(reports["text"])
        assert len(COLUMNS) == len(list(tmp_path.glob("*.parquet")))
