"""Contract checks for plug-in authors: call them from your own tests.

An outlet adapter or a knowledge file that passes these checks will not break a parse in
ways the library cannot report: every offset it produces indexes the text, every date is
aware, and a data file loads with no silent surprises. Each ``check_*`` function raises
:class:`ContractError` (an :class:`AssertionError`, so pytest shows it as a test
failure) listing every problem found; each ``*_problems`` function returns them instead.

Example::

    from diplomatic_events.testing.contracts import check_outlet_adapter

    def test_my_adapter_keeps_the_contract() -> None:
        check_outlet_adapter(MY_ADAPTER, [MY_SAMPLE_PAGE])

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from diplomatic_events.exceptions import DataFileError, DiplomaticEventsError
from diplomatic_events.knowledge import (
    load_hedge_rules,
    load_knowledge,
    load_topics,
    word_pattern,
)
from diplomatic_events.knowledge._entries import KnowledgeFile
from diplomatic_events.knowledge._files import read_user_file
from diplomatic_events.knowledge._load import read_knowledge_file
from diplomatic_events.model import Contributor, Span
from diplomatic_events.sources import Layout, OutletAdapter
from diplomatic_events.typing import SourceId

__all__ = [
    "EDGE_TEXTS",
    "ContractError",
    "check_knowledge_file",
    "check_outlet_adapter",
    "knowledge_file_problems",
    "outlet_adapter_problems",
]

EDGE_TEXTS: tuple[str, ...] = (
    "",
    " ",
    "\n\n\n",
    "\ufeff",
    "\r\n\r",
    "x",
    "Advertisement",
    "A headline of several words\nBy Jane Roe\nPublished June 19, 2023 5:50 pm\n"
    "The minister said the talks were candid and constructive on Monday.\n",
    "Ministers met\r\nUpdated 19 June 2023, 10.55 BST\rThey talked for hours, aides said.\r\n",
    "1. Talks begin\npublished at 09:00 British Summer Time 19 June 2023\nThey met.\n"
    "2. Talks end\npublished at 18:30 British Summer Time 19 June 2023\nThey left.\n",
    "The two leaders shake hands in Paris on May 2, 2021. (Jane Roe/Pool Photo via AP)\n",
    "Published -\nJune 31, 2023\n\u00a0\u2028\u3000\n12:99 GMT+25\n",
)
"""Texts every adapter is checked on besides the caller's: empty and blank pages, a byte-order
mark, every line ending, a dated article, a two-entry live page, a caption with a credit and
impossible dates. They are about page shape only, never about one story."""


class ContractError(AssertionError):
    """A plug-in breaks its contract; ``problems`` lists every breach found.

    An :class:`AssertionError` rather than a library error: it is raised in the plug-in
    author's tests, never while parsing.

    .. versionadded:: 0.1.0
    """

    def __init__(self, subject: str, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        listing = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"{subject} breaks its contract:\n{listing}")


def check_outlet_adapter(
    adapter: OutletAdapter, sample_texts: Iterable[str] = (), *, url: str | None = None
) -> None:
    """Assert that ``adapter`` reads any text into a well-formed :class:`Layout`.

    Checked on ``sample_texts`` and on :data:`EDGE_TEXTS`; see
    :func:`outlet_adapter_problems` for the clauses.

    Raises:
        ContractError: one or more clauses fail.

    .. versionadded:: 0.1.0
    """
    problems = outlet_adapter_problems(adapter, sample_texts, url=url)
    if problems:
        raise ContractError(f"outlet adapter {adapter!r}", problems)


def outlet_adapter_problems(
    adapter: OutletAdapter, sample_texts: Iterable[str] = (), *, url: str | None = None
) -> tuple[str, ...]:
    """Every way ``adapter`` breaks the outlet-adapter contract, as readable sentences.

    The contract: ``name`` and ``display_name`` are non-empty; each of the adapter's domains
    matches its own URL; for every text, :meth:`~OutletAdapter.detect` is a number in
    ``[0, 1]`` and :meth:`~OutletAdapter.layout` returns a :class:`Layout` or raises a
    :class:`~diplomatic_events.DiplomaticEventsError`; blocks are in bounds, sorted and
    non-overlapping and name existing live entries; entries are in bounds and sorted; every
    span (headline, date evidence, entry headings, contributors) is the text it claims; every
    datetime is aware; a ``published`` time comes with a ``published_date``.

    Any other exception from the adapter propagates, with a note naming the text, so its
    traceback reaches the author.

    .. versionadded:: 0.1.0
    """
    problems: list[str] = []
    if not adapter.name:
        problems.append("name is empty")
    if not adapter.display_name:
        problems.append("display_name is empty")
    for domain in adapter.rules.domains:
        if not adapter.matches_url(f"https://{domain}/story"):
            problems.append(f"does not match a URL on its own domain {domain!r}")
    texts = (*sample_texts, *EDGE_TEXTS)
    for number, text in enumerate(texts):
        where = f"text {number} ({_preview(text)})"
        source_id = SourceId(f"contract-{number}")
        try:
            scores = (adapter.detect(text), adapter.detect(text, url))
            layout = adapter.layout(text, source_id)
        except DiplomaticEventsError:
            continue
        except Exception as error:
            error.add_note(f"raised by {adapter!r} on {where}")
            raise
        for score in scores:
            if not isinstance(score, (int, float)) or math.isnan(score) or not 0 <= score <= 1:
                problems.append(f"{where}: detect() gave {score!r}, not a number in [0, 1]")
        if not isinstance(layout, Layout):
            problems.append(f"{where}: layout() gave a {type(layout).__name__}, not a Layout")
            continue
        problems.extend(
            f"{where}: {problem}" for problem in _layout_problems(layout, text, source_id)
        )
    return tuple(problems)


def _preview(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _layout_problems(layout: Layout, text: str, source_id: SourceId) -> list[str]:
    problems: list[str] = []
    size = len(text)
    previous_end = 0
    for index, block in enumerate(layout.blocks):
        name = f"block {index} ({block.kind.value} {block.start}-{block.end})"
        if block.end > size:
            problems.append(f"{name} ends past the text's {size} characters")
        if block.start < previous_end:
            problems.append(f"{name} starts before the previous block ends ({previous_end})")
        previous_end = max(previous_end, block.end)
        if block.entry is not None and not 0 <= block.entry < len(layout.entries):
            problems.append(f"{name} names missing live entry {block.entry}")
    previous_end = 0
    for index, entry in enumerate(layout.entries):
        name = f"live entry {index} ({entry.start}-{entry.end})"
        if entry.end > size:
            problems.append(f"{name} ends past the text's {size} characters")
        if entry.start < previous_end:
            problems.append(f"{name} starts before the previous entry ends ({previous_end})")
        previous_end = max(previous_end, entry.end)
        if entry.heading is not None:
            problems.extend(_span_problems(f"{name} heading", entry.heading, text, source_id))
        problems.extend(_aware_problems(f"{name} published", entry.published))
        problems.extend(_contributor_problems(name, entry.authors, text, source_id))
    for label, span in (
        ("headline", layout.headline),
        ("published_evidence", layout.published_evidence),
    ):
        if span is not None:
            problems.extend(_span_problems(label, span, text, source_id))
    problems.extend(_contributor_problems("contributors", layout.contributors, text, source_id))
    problems.extend(_aware_problems("published", layout.published))
    problems.extend(_aware_problems("updated", layout.updated))
    if layout.published is not None and layout.published_date is None:
        problems.append("published is set but published_date is not")
    if layout.published_inferred and not layout.published_reason:
        problems.append("published_inferred without a published_reason")
    if layout.page_date_conflict and layout.page_date is None:
        problems.append("page_date_conflict without a page_date")
    return problems


def _span_problems(label: str, span: Span, text: str, source_id: SourceId) -> list[str]:
    if span.source != source_id:
        return [f"{label} names source {span.source!r}, not {source_id!r}"]
    if span.end > len(text) or text[span.start : span.end] != span.text:
        return [f"{label} {span.text!r} is not text[{span.start}:{span.end}]"]
    return []


def _aware_problems(label: str, value: dt.datetime | None) -> list[str]:
    if value is not None and value.utcoffset() is None:
        return [f"{label} {value.isoformat()} has no time zone"]
    return []


def _contributor_problems(
    label: str, people: Iterable[Contributor], text: str, source_id: SourceId
) -> list[str]:
    problems: list[str] = []
    for person in people:
        if person.evidence is not None:
            problems.extend(
                _span_problems(f"{label}: {person.name}", person.evidence, text, source_id)
            )
    return problems


def check_knowledge_file(path: Path | str) -> None:
    """Assert that the knowledge file at ``path`` loads and holds no silent surprises.

    Raises:
        ContractError: the file fails to load or :func:`knowledge_file_problems`
            finds problems.

    .. versionadded:: 0.1.0
    """
    problems = knowledge_file_problems(path)
    if problems:
        raise ContractError(f"knowledge file {str(path)!r}", problems)


_TOPIC_KEYS = frozenset({"topics", "stances"})
_HEDGE_KEYS = frozenset({"hedges"})
_GENDERS = frozenset({"male", "female"})
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def knowledge_file_problems(path: Path | str) -> tuple[str, ...]:
    """Every problem with one knowledge file, as readable sentences.

    The file's kind comes from its top-level tables: ``topics``/``stances`` (a topics
    file, read by :func:`~diplomatic_events.knowledge.load_topics`), ``hedges`` (read by
    :func:`~diplomatic_events.knowledge.load_hedge_rules`), anything else an actors file
    (read by :func:`~diplomatic_events.knowledge.load_knowledge`). Besides loading errors,
    an actors file is checked for what would load but mislead: a repeated actor id (the
    later silently wins), an alias shared by two actors, a country that is not an
    upper-case two-letter code (``"US"``, not ``"USA"``), a gender other than ``male`` or
    ``female``, a description naming a title nobody holds, and a role that ends before it
    starts.

    .. versionadded:: 0.1.0
    """
    file_path = Path(path)
    try:
        data = tomllib.loads(read_user_file(file_path).decode("utf-8"))
    except DataFileError as error:
        return (str(error),)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as error:
        return (f"not a TOML file: {error}",)
    keys = frozenset(data)
    if keys & _TOPIC_KEYS and keys & _HEDGE_KEYS:
        return ("mixes topics and hedges; no loader reads both from one file",)
    loader: Any
    if keys & _TOPIC_KEYS or keys & _HEDGE_KEYS:
        loader = load_topics if keys & _TOPIC_KEYS else load_hedge_rules
        try:
            loader(file_path)
        except DataFileError as error:
            return (str(error),)
        return tuple(_topic_problems(data)) if keys & _TOPIC_KEYS else ()
    try:
        parsed = read_knowledge_file(str(file_path), file_path.read_bytes())
    except DataFileError as error:
        return (str(error),)
    problems = _actor_problems(parsed)
    if not problems:
        try:
            load_knowledge(file_path)
        except DiplomaticEventsError as error:
            problems.append(str(error))
    return tuple(problems)


def _topic_problems(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for topic in data.get("topics", ()):
        if topic["id"] in seen:
            problems.append(f"topic id {topic['id']!r} appears twice; the later one wins")
        seen.add(topic["id"])
        if not topic.get("words"):
            problems.append(f"topic {topic['id']!r} has no words, so it is never found")
        for word in topic.get("words", ()):
            try:
                word_pattern(word)
            except ValueError as error:
                problems.append(f"topic {topic['id']!r}: bad word {word!r}: {error}")
    return problems


def _actor_problems(file: KnowledgeFile) -> list[str]:
    bundled = load_knowledge()
    held = {_fold(role.title) for actor in bundled.actors for role in actor.roles} | {
        _fold(role.title) for entry in file.actors for role in entry.roles
    }
    problems: list[str] = []
    ids: set[str] = set()
    alias_owner: dict[str, str] = {}
    for entry in file.actors:
        where = f"actor {entry.id!r}"
        if entry.id in ids:
            problems.append(f"{where} appears twice; the later entry wins")
        ids.add(entry.id)
        if not entry.name.strip():
            problems.append(f"{where} has an empty name")
        if entry.country is not None and not _COUNTRY_CODE.fullmatch(entry.country):
            problems.append(f"{where}: country {entry.country!r} is not a two-letter code")
        if entry.gender is not None and entry.gender not in _GENDERS:
            problems.append(f"{where}: gender {entry.gender!r} is not 'male' or 'female'")
        for name in {_fold(entry.name), *(_fold(alias) for alias in entry.aliases)}:
            owner = alias_owner.setdefault(name, entry.id)
            if owner != entry.id:
                problems.append(f"name {name!r} belongs to both {owner!r} and {entry.id!r}")
        for role in entry.roles:
            if not role.title.strip():
                problems.append(f"{where} has a role with an empty title")
            if (
                role.start is not None
                and role.end is not None
                and role.end.latest() < role.start.earliest()
            ):
                problems.append(f"{where}: role {role.title!r} ends before it starts")
    for index, description in enumerate(file.descriptions):
        if not any(_fold(title) in held for title in description.titles):
            problems.append(
                f"description {index} ({', '.join(description.words)}): no known actor holds "
                f"any of its titles {list(description.titles)}"
            )
    return problems


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").replace(".", "").split()).casefold()
