"""Loading knowledge: the bundled data files, installed packs and a user's own files,
read, validated and built into one :class:`KnowledgeBase`."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import tomllib
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import cattrs
from attrs import evolve

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._actors import KnowledgeBase
from diplomatic_events.knowledge._entries import (
    BUNDLED,
    ENTRY_POINT_GROUP,
    ActorEntry,
    CountryEntry,
    DescriptionEntry,
    KnowledgeFile,
    _country_file,
)
from diplomatic_events.knowledge._events import load_event_cues
from diplomatic_events.knowledge._files import describe_error, read_user_file
from diplomatic_events.knowledge._hedges import load_hedge_rules
from diplomatic_events.knowledge._name_shapes import _surname_of
from diplomatic_events.knowledge._place_files import bundled_countries, load_places, read_countries
from diplomatic_events.knowledge._topics import load_topics
from diplomatic_events.model import Actor, ActorKind, Role
from diplomatic_events.serialization import get_converter
from diplomatic_events.typing import ActorId

__all__ = ["build_knowledge", "knowledge_from_toml", "load_knowledge", "read_knowledge_file"]


def _dates_to_text(value: Any) -> Any:
    """TOML reads bare dates as dates; the model reads ISO strings."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _dates_to_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_to_text(item) for item in value]
    return value


def read_knowledge_file(name: str, data: bytes) -> KnowledgeFile:
    """Structure one TOML knowledge file.

    Raises:
        DataFileError: the file is not TOML or breaks the schema; the message names the
            file and the offending key.
    """
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise DataFileError(f"{name}: not a TOML file: {error}") from None
    try:
        return get_converter().structure(_dates_to_text(raw), KnowledgeFile)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as error:
        messages = cattrs.transform_error(error, path="$", format_exception=describe_error)
        raise DataFileError(f"{name}: " + "; ".join(messages)) from None
    except (TypeError, ValueError, KeyError, RecursionError) as error:
        raise DataFileError(f"{name}: {error}") from None


def _bundled() -> Iterator[tuple[str, bytes]]:
    folder = importlib.resources.files("diplomatic_events.knowledge") / "data"
    for name in BUNDLED:
        yield f"diplomatic_events/knowledge/data/{name}", (folder / name).read_bytes()


def _from_entry_points() -> Iterator[tuple[str, bytes]]:
    """Files of installed packs: an entry point names a path, or a callable giving paths."""
    for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
        loaded: Any = point.load()
        value = loaded() if callable(loaded) else loaded
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            reader = getattr(item, "read_bytes", None)
            try:
                data = reader() if callable(reader) else Path(str(item)).read_bytes()
            except OSError as error:
                raise DataFileError(f"{point.name}: {item} cannot be read: {error}") from None
            yield f"{point.name}:{item}", data


def build_knowledge(files: Iterable[KnowledgeFile]) -> KnowledgeBase:
    """Merge knowledge files in order; later actor ids, countries and phrases win."""
    entries: dict[str, ActorEntry] = {}
    countries: dict[str, CountryEntry] = {}
    descriptions: list[DescriptionEntry] = []
    titles: dict[str, None] = {}
    cues: dict[str, None] = {}
    occasions: dict[str, None] = {}
    designations: dict[str, None] = {}
    title_words: dict[str, None] = {}
    not_name_words: dict[str, None] = {}
    for file in files:
        entries.update((entry.id, entry) for entry in file.actors)
        countries.update(file.countries)
        descriptions.extend(file.descriptions)
        titles.update(dict.fromkeys(file.titles))
        cues.update(dict.fromkeys(file.cues))
        occasions.update(dict.fromkeys(file.occasions))
        designations.update(dict.fromkeys(file.designations))
        title_words.update(dict.fromkeys(file.title_words))
        not_name_words.update(dict.fromkeys(file.not_name_words))
    actors: list[Actor] = []
    genders: dict[ActorId, str] = {}
    surnames: dict[ActorId, str] = {}
    for entry in entries.values():
        actor_id = ActorId(entry.id)
        actors.append(
            Actor(
                id=actor_id,
                name=entry.name,
                kind=entry.kind,
                aliases=tuple(dict.fromkeys(a for a in entry.aliases if a != entry.name)),
                country=entry.country,
                roles=tuple(
                    Role(title=r.title, organization=r.organization, start=r.start, end=r.end)
                    for r in entry.roles
                ),
            )
        )
        if entry.gender:
            genders[actor_id] = entry.gender
        if entry.kind is ActorKind.PERSON:
            family_first = entry.family_name_first
            if family_first is None:
                family_first = countries.get(entry.country or "", CountryEntry()).family_name_first
            surnames[actor_id] = entry.surname or _surname_of(entry.name, family_first)
    return KnowledgeBase(
        actors=tuple(actors),
        countries=countries,
        descriptions=tuple(descriptions),
        titles=tuple(titles),
        cues=tuple(cues),
        occasions=tuple(occasions),
        designations=tuple(designations),
        title_words=tuple(title_words),
        not_name_words=tuple(not_name_words),
        genders=genders,
        surnames=surnames,
    )


_VOCABULARY_KEYS: dict[str, frozenset[str]] = {
    "topics": frozenset({"topics", "stances"}),
    "hedges": frozenset({"hedges"}),
    "places": frozenset({"cities", "regions", "venues", "zones", "venue_words"}),
    "events": frozenset({"kinds", "delegation", "greeting", "joint_appearance", "gathering"}),
}
"""Top-level keys that mark a file as a topics, hedges, places or event-cues file."""


def _kind_of_file(path: Path, data: bytes) -> str:
    """Which vocabulary a user's file holds, told by its top-level keys (a file of
    ``[[countries]]`` alone is a places file; ``[countries.XX]`` tables an actors file)."""
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise DataFileError(f"{path}: not a TOML file: {error}") from None
    keys = set(table)
    if keys == {"countries"} and isinstance(table["countries"], list):
        return "places"
    kinds = {kind for kind, marks in _VOCABULARY_KEYS.items() if keys & marks}
    if len(kinds) > 1 or (kinds and keys - _VOCABULARY_KEYS[next(iter(kinds))] - {"countries"}):
        raise DataFileError(
            f"{path}: mixes {', '.join(sorted(kinds | {'actors'}))} keys; "
            "put each vocabulary in a file of its own"
        )
    return next(iter(kinds), "actors")


def load_knowledge(*extra_files: Path) -> KnowledgeBase:
    """The bundled knowledge, then installed packs, then the user's files.

    Each user file is read as an actors file unless its top-level keys mark it as a topics
    (``topics``, ``stances``), hedges (``hedges``), places (``cities``, ``venues``,
    ``zones``, or ``[[countries]]`` alone) or event-cues (``kinds``, ``delegation``) file;
    those replace or extend the bundled vocabulary the same way :func:`load_topics`,
    :func:`load_hedge_rules`, :func:`load_places` and :func:`load_event_cues` do (an
    event-cues file replaces the bundled cue words).

    Countries come from one source, the bundled ``countries.toml``: the places see its
    names, the attribution its names and adjectives. A places file's ``[[countries]]``
    entry replaces the country with its code in both; an actors file's ``[countries.XX]``
    table replaces the country words of the attribution alone.

    Every file is validated here, when it is loaded, never later at parse time: an empty
    name, id, alias or word, an unknown time zone, a negative hedge factor or a topic word
    that breaks its syntax is a :class:`DataFileError` naming the file and the entry.

    Raises:
        DataFileError: a file is missing, not a regular file, too large, not UTF-8 TOML,
            mixes vocabularies, has a key the schema does not know, or an invalid entry.
            This is the only exception, whatever the files hold.

    .. versionadded:: 0.1.0
    """
    files = [_country_file(bundled_countries())]
    files.extend(read_knowledge_file(name, data) for name, data in _bundled())
    files.extend(read_knowledge_file(name, data) for name, data in _from_entry_points())
    vocabulary: dict[str, list[Path]] = {kind: [] for kind in _VOCABULARY_KEYS}
    events: list[tuple[Path, bytes]] = []
    for path in extra_files:
        data = read_user_file(path)
        kind = _kind_of_file(Path(path), data)
        if kind == "actors":
            files.append(read_knowledge_file(str(path), data))
        elif kind == "events":
            events.append((Path(path), data))
        else:
            vocabulary[kind].append(Path(path))
    knowledge = build_knowledge(files)
    changes: dict[str, Any] = {}
    if vocabulary["topics"]:
        changes["topics"] = load_topics(*vocabulary["topics"])
    if vocabulary["hedges"]:
        changes["hedges"] = load_hedge_rules(*vocabulary["hedges"])
    if vocabulary["places"]:
        changes["places"] = load_places(*vocabulary["places"])
        user_countries = _country_file(read_countries(*vocabulary["places"])).countries
        if user_countries:
            changes["countries"] = {**knowledge.countries, **user_countries}
    for path, data in events:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DataFileError(f"{path}: not UTF-8 at byte {error.start}") from None
        changes["event_cues"] = load_event_cues(text, str(path))
    return evolve(knowledge, **changes) if changes else knowledge


def knowledge_from_toml(text: str, *, name: str = "<string>") -> KnowledgeBase:
    """Knowledge from one TOML string alone, without the bundled files (for tests and tools)."""
    return build_knowledge([read_knowledge_file(name, text.encode("utf-8"))])


def default_knowledge() -> KnowledgeBase:
    """The bundled knowledge and the installed packs (:func:`load_knowledge` with no user
    files), loaded once per process and per set of installed packs: what a parse given no
    knowledge uses, so repeated parses reuse its compiled patterns instead of building
    them again."""
    packs = tuple(sorted((p.name, p.value) for p in entry_points(group=ENTRY_POINT_GROUP)))
    return _default_for(packs)


@functools.lru_cache(maxsize=4)
def _default_for(packs: tuple[tuple[str, str], ...]) -> KnowledgeBase:
    return load_knowledge()
