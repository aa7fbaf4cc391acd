"""Fuzzing every entry point with hypothesis: only documented errors, within a time bound.

The budget is fixed per profile (``HYPOTHESIS_PROFILE=ci`` in CI): the whole file runs in
well under a minute on one core.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import diplomatic_events.exceptions
from diplomatic_events.model import Extraction
from diplomatic_events.parsing import parse_source
from diplomatic_events.serialization import to_json

from .targets import (
    ALLOWED,
    DOCUMENT_TYPES,
    OUTCOMES,
    check_cli,
    check_from_json,
    check_load_knowledge,
    check_parse,
    check_read_source,
)

_CI = os.environ.get("HYPOTHESIS_PROFILE") == "ci"


def budget(examples: int) -> Any:
    """Settings with a fixed number of examples (twice as many in CI), no deadline."""
    return settings(
        max_examples=examples * 2 if _CI else examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


FRAGMENTS = [
    "Antony Blinken",
    "Xi Jinping",
    "Wang Yi",
    "Blinken",
    "he",
    "she",
    "said",
    "told reporters",
    "according to",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "met",
    "talks",
    "in Beijing",
    "at the",
    "Great Hall of the People",
    "June 19, 2023",
    "19 June",
    "Sunday",
    "2023-06-19",
    "Published - June 19, 2023 05:50 pm IST",
    "Updated:",
    "for more than five hours",
    "about three hours",
    "35-minute",
    "10:30 a.m. ET",
    "\n",
    "\n\n",
    ". ",
    ", ",
    ": ",
    "—",
    "the top US diplomat",
    "China's top diplomat",
    "Taiwan",
    "opposes",
    "supports",
    "By Jane Doe",
    "LIVE",
    "(Reuters)",
    "U.S.",
    " ",
    "\t",
    "\u00a0",
    "\ufeff",
    "\u200b",
    "\r\n",
    "🙂",
    "é",
    "postponed",
    "visit",
    "Secretary of State",
    "Foreign Minister",
    "will visit",
    "invited",
]
"""Pieces of news coverage, so the fuzzer reaches the parsers' interesting paths."""

reports = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=60).map("".join)
raw_bytes = st.binary(max_size=600)
encoded = st.tuples(
    reports, st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "cp1252", "utf-16", "utf-32"])
).map(lambda pair: pair[0].encode(pair[1], errors="replace"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=16,
)

_ARTICLE = (
    "Ministers meet in Paris\n\nPublished - June 19, 2023 05:50 pm IST\n\n"
    'Foreign Minister Wang Yi said "we will keep talking" after meeting Antony Blinken '
    "for more than five hours on Sunday.\n"
)


def _valid_document() -> Any:
    return json.loads(to_json(parse_source(_ARTICLE)))


_DOCUMENT = _valid_document()


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    """A valid document with a few values replaced, removed, or shifted by a little."""
    document = json.loads(json.dumps(_DOCUMENT))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        node: Any = document
        parent: Any = None
        key: Any = None
        while isinstance(node, (dict, list)) and node:
            children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
            parent = node
            key, node = draw(st.sampled_from(children))
            if draw(st.booleans()):
                break
        if parent is None:
            continue
        action = draw(st.sampled_from(["replace", "delete", "shift"]))
        if action == "delete" and isinstance(parent, dict):
            del parent[key]
        elif action == "shift" and isinstance(parent[key], int):
            parent[key] += draw(st.integers(min_value=-3, max_value=3))
        else:
            parent[key] = draw(json_values)
    return json.dumps(document, ensure_ascii=draw(st.booleans()))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if value == value else "nan"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


_KEYS = [
    "actors",
    "countries",
    "descriptions",
    "titles",
    "cues",
    "occasions",
    "designations",
    "topics",
    "stances",
    "hedges",
    "cities",
    "venues",
    "zones",
    "kinds",
    "delegation",
]
_FIELDS = [
    "id",
    "name",
    "label",
    "words",
    "aliases",
    "country",
    "timezone",
    "low",
    "high",
    "kind",
    "roles",
    "title",
    "start",
    "end",
    "names",
    "code",
    "supports",
    "about",
    "meeting",
]
toml_scalars = (
    st.text(max_size=12)
    | st.sampled_from(
        [
            "",
            " ",
            "[",
            "(a+)+$",
            "a?",
            "Asia/Tokyo",
            "Mars/X",
            "America",
            "s?",
            "decoupl*",
            "(on|for)",
            "\\",
        ]
    )
    | st.integers(min_value=-5, max_value=10)
    | st.floats(allow_nan=True)
    | st.booleans()
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(_FIELDS) | st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def knowledge_files(draw: st.DrawFn) -> bytes:
    """TOML files shaped like knowledge files, with hostile values; or any bytes."""
    shape = draw(st.integers(min_value=0, max_value=7))
    if shape == 0:
        return draw(raw_bytes)
    if shape == 1:
        depth = draw(st.integers(min_value=1, max_value=3_000))
        key = draw(st.sampled_from(_KEYS))
        return f"{key} = {'[' * depth}{']' * depth}".encode()
    tables = draw(st.dictionaries(st.sampled_from(_KEYS), toml_values, min_size=1, max_size=2))
    lines = [f"{key} = {_toml_value(value)}" for key, value in tables.items()]
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


class TestFuzzReadSource:
    @budget(60)
    @given(raw_bytes | encoded)
    def test_bytes(self, data: bytes) -> None:
        """Any bytes: a Source without decoding NULs, or an InputError."""
        check_read_source(data)
        event(OUTCOMES[-1])

    @budget(40)
    @given(reports)
    def test_text(self, text: str) -> None:
        """Any text: a Source with blocks inside it."""
        check_read_source(text)
        event(OUTCOMES[-1])

    @budget(30)
    @given(
        reports,
        st.none() | st.text(max_size=30) | st.sampled_from(["http://[", "https://cnn.com/x"]),
        st.none() | st.text(max_size=20),
        st.none() | st.text(max_size=20),
        st.none()
        | st.text(max_size=30)
        | st.sampled_from(
            ["2023-06-19", "2023-06", "2023-06-19 10:00 America", "2023-06-19T10:00 Mars/X"]
        ),
    )
    def test_metadata(
        self,
        text: str,
        url: str | None,
        source_id: str | None,
        path: str | None,
        published: str | None,
    ) -> None:
        """Any url, id, path and publication date given with the text: a Source or InputError."""
        check_read_source(text, url=url, source_id=source_id, path=path, published=published)
        event(OUTCOMES[-1])


class TestFuzzParse:
    @budget(25)
    @given(st.lists(reports | encoded, min_size=1, max_size=2))
    def test_parse(self, items: list[str | bytes]) -> None:
        """parse of report-like inputs: an Extraction whose reports cut from their sources."""
        check_parse(items)
        event(OUTCOMES[-1])


class TestFuzzFromJson:
    @budget(60)
    @given(raw_bytes | json_values.map(json.dumps), st.sampled_from(DOCUMENT_TYPES))
    def test_any_json(self, text: str | bytes, cls: type[Any]) -> None:
        """Any JSON or bytes: a value or a DocumentError."""
        check_from_json(text, cls)
        event(OUTCOMES[-1])

    @budget(60)
    @given(mutated_documents())
    def test_mutated_documents(self, text: str) -> None:
        """A real document with a few values broken: read back or refused, nothing else."""
        check_from_json(text, Extraction)
        event(OUTCOMES[-1])


class TestFuzzLoadKnowledge:
    @budget(60)
    @given(st.lists(knowledge_files(), min_size=1, max_size=2))
    def test_files(self, contents: list[bytes]) -> None:
        """Any knowledge files: loaded or a DataFileError naming the file."""
        check_load_knowledge(contents)
        event(OUTCOMES[-1])


_OPTIONS = {
    "extract": [("--json",), ("--indent", "2"), ("--format", "jsonl"), ("--max-bytes", "200")],
    "compare": [("--json",), ("--max-bytes", "200")],
    "report": [("--max-bytes", "200"), ("--quiet",)],
}


@st.composite
def commands(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A subcommand and a few of its options (now and then one it does not have)."""
    command = draw(st.sampled_from(sorted(_OPTIONS)))
    chosen = draw(st.lists(st.sampled_from(_OPTIONS[command]), max_size=2, unique=True))
    options = [word for option in chosen for word in option]
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        options.append("--no-such-option")
    return command, options


class TestFuzzCli:
    @budget(12)
    @given(
        commands(),
        st.lists(raw_bytes | encoded | reports.map(str.encode), min_size=1, max_size=2),
        st.lists(knowledge_files(), max_size=1),
    )
    def test_main(
        self, command: tuple[str, list[str]], files: list[bytes], knowledge: list[bytes]
    ) -> None:
        """main(argv) with any files: status 0, 1 or 2, one-line messages, no traceback."""
        check_cli(command[0], command[1], files, knowledge)
        event(OUTCOMES[-1])


def _documented() -> dict[str, set[str]]:
    """Entry point -> the exception classes the table in ``diplomatic_events.exceptions`` lists."""
    rows = re.split(r"\n   \* - ", diplomatic_events.exceptions.__doc__ or "")[2:]
    table: dict[str, set[str]] = {}
    for row in rows:
        names_cell, _, raises_cell = row.partition("\n     - ")
        classes = set(re.findall(r":class:`(\w+)`", raises_cell))
        for name in re.findall(r"``([\w.-]+)``", names_cell):
            table[name] = classes
    return table


class TestDocumentedContract:
    def test_fuzzed_sets_are_the_documented_ones(self) -> None:
        """The exceptions the fuzz suite allows are those the API docs list, and no more."""
        documented = _documented()
        allowed = {name: {error.__name__ for error in errors} for name, errors in ALLOWED.items()}
        assert allowed == {
            name: documented[name] - {"UnknownPluginError", "PipelineError"} for name in allowed
        }
