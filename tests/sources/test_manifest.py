"""Manifests: files listed with their metadata, as JSON Lines or CSV."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplomatic_events import BatchError, InputError, PublishedOrigin
from diplomatic_events.sources import (
    _manifest,
    count_report_files,
    input_limit,
    iter_report_files,
    load_manifest,
    manifest_entries,
    read_manifest,
    report_files,
)

ARTICLE = 'Ministers meet\n\nThe minister said "we will talk again" after the meeting.\n'


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("minister", "envoy"), encoding="utf-8")
    return folder


class TestJsonLines:
    def test_published_is_honoured_for_every_entry(self, tmp_path: Path) -> None:
        """Every listed file gets its own published date, from the manifest."""
        folder = _corpus(tmp_path)
        manifest = tmp_path / "m.jsonl"
        rows = [
            {"path": "docs/a.txt", "published": "2023-06-19", "licence": "CC-BY", "genre": "news"},
            {"path": "docs/b.txt", "published": "2023-06-20T10:00:00+08:00", "visit": "v1"},
        ]
        manifest.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        sources = read_manifest(manifest)
        expected = [
            ("a", "2023-06-19T00:00:00+00:00", PublishedOrigin.METADATA),
            ("b", "2023-06-20T10:00:00+08:00", PublishedOrigin.METADATA),
        ]
        actual = [(s.id, s.published.isoformat(), s.published_origin) for s in sources]  # type: ignore[union-attr]
        assert expected == actual
        assert str(folder / "a.txt") == sources[0].path

    def test_reason_names_the_manifest_line(self, tmp_path: Path) -> None:
        """The publication reason names the manifest and the line."""
        _corpus(tmp_path)
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('\n{"path": "docs/a.txt", "published": "2023-06-19"}\n', "utf-8")
        reason = read_manifest(manifest)[0].published_reason or ""
        assert f"the manifest ({manifest}, line 2)" in reason

    def test_all_keys(self, tmp_path: Path) -> None:
        """url, title, outlet and authors are read into the entry."""
        _corpus(tmp_path)
        manifest = tmp_path / "m.jsonl"
        row = {
            "path": "docs/a.txt",
            "url": "https://wire.example/a",
            "title": "Ministers meet",
            "outlet": "Harbour Wire",
            "authors": ["Ana Costa", "Rui Lopes"],
        }
        manifest.write_text(json.dumps(row) + "\n", encoding="utf-8")
        entry = load_manifest(manifest)[0]
        expected = (
            "https://wire.example/a",
            "Ministers meet",
            "Harbour Wire",
            ("Ana Costa", "Rui Lopes"),
        )
        assert expected == (entry.url, entry.title, entry.outlet, entry.authors)

    def test_missing_path_names_the_line(self, tmp_path: Path) -> None:
        """An entry without a path is an InputError naming its line."""
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"url": "https://wire.example/a"}\n', encoding="utf-8")
        with pytest.raises(InputError, match="line 1: no 'path'"):
            load_manifest(manifest)

    def test_not_json_names_the_line(self, tmp_path: Path) -> None:
        """A line that is not JSON is an InputError naming its line."""
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "a.txt"}\n{oops\n', encoding="utf-8")
        with pytest.raises(InputError, match="line 2: not JSON"):
            load_manifest(manifest)

    def test_every_unreadable_file_is_reported(self, tmp_path: Path) -> None:
        """Two missing files are one BatchError with a note per entry."""
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "x.txt"}\n{"path": "y.txt"}\n', encoding="utf-8")
        with pytest.raises(BatchError) as caught:
            read_manifest(manifest)
        notes = [error.__notes__[-1] for error in caught.value.exceptions]
        assert [
            f"{manifest}, line 1: {tmp_path / 'x.txt'}",
            f"{manifest}, line 2: {tmp_path / 'y.txt'}",
        ] == notes


class TestCsv:
    def test_csv_with_a_header(self, tmp_path: Path) -> None:
        """A CSV manifest gives dates and ;-separated authors; its lines count the header."""
        _corpus(tmp_path)
        manifest = tmp_path / "m.csv"
        manifest.write_text(
            "path,published,authors,licence\n"
            "docs/a.txt,2023-06-19T08:00:00Z,Ana Costa; Rui Lopes,CC-BY\n"
            "docs/b.txt,,,\n",
            encoding="utf-8",
        )
        entries = load_manifest(manifest)
        expected = [
            (2, "2023-06-19T08:00:00Z", ("Ana Costa", "Rui Lopes")),
            (3, None, ()),
        ]
        assert expected == [(e.line, e.published, e.authors) for e in entries]
        sources = read_manifest(manifest)
        assert dt.datetime(2023, 6, 19, 8, tzinfo=dt.UTC) == sources[0].published

    def test_csv_without_path_column(self, tmp_path: Path) -> None:
        """A CSV header without a path column is an InputError."""
        manifest = tmp_path / "m.csv"
        manifest.write_text("file,published\na.txt,2023-06-19\n", encoding="utf-8")
        with pytest.raises(InputError, match="'path' column"):
            load_manifest(manifest)


class TestReportFiles:
    def test_text_and_html_files_sorted(self, tmp_path: Path) -> None:
        """A directory gives its .txt, .html and .htm files, sorted by name."""
        for name in ("c.htm", "a.txt", "b.html", "notes.md", "m.jsonl"):
            (tmp_path / name).write_text("x", encoding="utf-8")
        (tmp_path / "sub.txt").mkdir()
        assert ["a.txt", "b.html", "c.htm"] == [path.name for path in report_files(tmp_path)]

    def test_many_files_come_in_name_order_from_sorted_runs(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Past a run's size, names sorted in runs on disk and merged keep the name order."""
        monkeypatch.setattr(_manifest, "_RUN", 3)
        names = [f"{(n * 7) % 11:02d}.txt" for n in range(11)]
        for name in names:
            (tmp_path / name).write_text("x", encoding="utf-8")
        (tmp_path / "notes.md").write_text("x", encoding="utf-8")
        listed = [path.name for path in iter_report_files(tmp_path)]
        assert (sorted(names), 11) == (listed, count_report_files(tmp_path))


class TestManifestEntries:
    def test_entries_come_as_the_lines_are_read(self, tmp_path: Path) -> None:
        """The first entry is given before a malformed later line is read."""
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "a.txt"}\nnot json\n', encoding="utf-8")
        entries = manifest_entries(manifest)
        first = next(entries)
        with pytest.raises(InputError, match="line 2: not JSON"):
            next(entries)
        assert (tmp_path / "a.txt", 1) == (first.path, first.line)

    def test_a_manifest_larger_than_the_input_limit_is_read(self, tmp_path: Path) -> None:
        """The limit bounds each line, not the manifest: 200 short lines under a 100 limit."""
        manifest = tmp_path / "m.jsonl"
        manifest.write_text(
            "".join(f'{{"path": "{n}.txt"}}\n' for n in range(200)), encoding="utf-8"
        )
        with input_limit(100):
            assert 200 == len(load_manifest(manifest))

    def test_a_line_longer_than_the_limit_is_refused(self, tmp_path: Path) -> None:
        """A line over the input limit is an error naming the line, not read whole."""
        manifest = tmp_path / "m.jsonl"
        manifest.write_text('{"path": "a.txt"}\n{"path": "' + "b" * 200 + '"}\n', encoding="utf-8")
        with input_limit(100), pytest.raises(InputError, match="line 2: longer than 100"):
            load_manifest(manifest)

    def test_csv_is_told_by_its_first_line(self, tmp_path: Path) -> None:
        """A manifest of no known suffix is CSV unless its first line opens a JSON object."""
        table, lines = tmp_path / "m.list", tmp_path / "n.list"
        table.write_text("path,title\na.txt,One\n", encoding="utf-8")
        lines.write_text('\n{"path": "b.txt"}\n', encoding="utf-8")
        found = [(e.path.name, e.title) for m in (table, lines) for e in manifest_entries(m)]
        assert [("a.txt", "One"), ("b.txt", None)] == found
