"""Known actors: the knowledge base built from the data files that describe them.

Knowledge lives in TOML so that a user covering a new visit extends it without code:
the bundled country words (``data/countries.toml``, the one source the places share), then
``data/actors.toml`` and ``data/descriptions.toml``, then every file an installed package
declares under the ``diplomatic_events.knowledge`` entry-point group, then the user's own
files. A later entry with the same actor id or country code replaces an earlier one. The
files' schema is :mod:`._entries`; the shapes of names (letter classes, slugs, surnames)
are :mod:`._name_shapes`, re-exported here.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
import secrets
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import TypeVar

from attrs import field, frozen

from diplomatic_events.knowledge._entries import CountryEntry, DescriptionEntry
from diplomatic_events.knowledge._events import EventCues, event_cues
from diplomatic_events.knowledge._hedges import HEDGE_RULES, HedgeRule
from diplomatic_events.knowledge._name_shapes import (
    LOWER,
    NAME_TOKEN,
    UPPER,
    _surname_of,
    is_capitalised,
    slug,
)
from diplomatic_events.knowledge._overlay import Overlay
from diplomatic_events.knowledge._place_files import default_gazetteer
from diplomatic_events.knowledge._places import Gazetteer
from diplomatic_events.knowledge._topics import Topics, default_topics
from diplomatic_events.model import Actor, ActorKind, Hedge, PartialDate, Role
from diplomatic_events.typing import ActorId

__all__ = [
    "LOWER",
    "NAME_TOKEN",
    "UPPER",
    "KnowledgeBase",
    "Mention",
    "is_capitalised",
    "slug",
]

T = TypeVar("T")


@frozen(kw_only=True)
class Mention:
    """A place where the text names an actor: ``text == source_text[start:end]``.

    ``via`` says how it was recognised: ``"name"``, ``"alias"``, ``"surname"``,
    ``"description"`` (a title or phrase resolved through roles) or ``"discovered"``.
    """

    actor: ActorId
    start: int
    end: int
    text: str
    via: str = "name"


TITLE_WORD = r"(?:[A-Z][\w.’'-]*|of|the|for)"
"""One word of a title before a name: a capitalised word (an abbreviation's stop in it) or
"of", "the", "for" ("Secretary of Defense", "Minister for the Armed Forces"). The title
patterns of attribution, meetings and positions are built from it."""


_Days = tuple[dt.date, dt.date]
"""The first day a role may start and the last day it may end."""
_NO_DAY = dt.date.min
"""The days of no question date (unread: a question without one asks for roles without end)."""


def _days_of(role: Role) -> _Days:
    """``role``'s first possible day and last possible day (:meth:`Role.held_on`)."""
    return (
        dt.date.min if role.start is None else role.start.earliest(),
        dt.date.max if role.end is None else role.end.latest(),
    )


@frozen(kw_only=True)
class KnowledgeBase:
    """The actors a parse can recognise, with the vocabulary that finds them in text.

    .. versionadded:: 0.1.0
    """

    actors: tuple[Actor, ...] = ()
    countries: Mapping[str, CountryEntry] = field(factory=dict)
    descriptions: tuple[DescriptionEntry, ...] = ()
    titles: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    occasions: tuple[str, ...] = ()
    designations: tuple[str, ...] = ()
    title_words: tuple[str, ...] = ()
    not_name_words: tuple[str, ...] = ()
    genders: Mapping[ActorId, str] = field(factory=dict)
    surnames: Mapping[ActorId, str] = field(factory=dict)
    topics: Topics = field(factory=lambda: default_topics(), eq=False, repr=False)
    """The topic vocabulary and stance cues positions are read with."""
    hedges: Mapping[Hedge, HedgeRule] = field(factory=lambda: HEDGE_RULES, eq=False, repr=False)
    """The interval each hedge gives a stated quantity."""
    places: Gazetteer = field(factory=lambda: default_gazetteer(), eq=False, repr=False)
    """Countries, cities with their time zones, and venues."""
    event_cues: EventCues = field(factory=lambda: event_cues(), eq=False, repr=False)
    """The cue words of related events."""
    _by_id: Mapping[ActorId, Actor] = field(init=False, repr=False, eq=False)
    _cache: dict[str, object] = field(init=False, repr=False, eq=False, factory=dict)
    _vocabulary: dict[str, object] = field(init=False, repr=False, eq=False, factory=dict)
    """Values under ``"vocabulary:"`` keys, shared with every :meth:`with_actors` copy."""
    _parent: KnowledgeBase | None = field(init=False, repr=False, eq=False, default=None)
    """The knowledge :meth:`with_actors` extended, whose name index this one builds on."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {actor.id: actor for actor in self.actors})

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """A value derived from this knowledge, built once (compiled patterns).

        A key starting with ``"vocabulary:"`` names a value that does not depend on the
        actors (titles, cue words, countries): :meth:`with_actors` keeps it.
        """
        cache = self._vocabulary if key.startswith("vocabulary:") else self._cache
        if key not in cache:
            cache[key] = build()
        value: T = cache[key]  # type: ignore[assignment]
        return value

    def actor(self, actor_id: ActorId) -> Actor | None:
        """The actor with this id, if known."""
        return self._by_id.get(actor_id)

    def is_person(self, actor_id: ActorId) -> bool:
        """Whether the actor with this id is known and a person (not an institution): the
        test every reader of people in a mention list makes."""
        actor = self._by_id.get(actor_id)
        return actor is not None and actor.kind is ActorKind.PERSON

    def surname(self, actor_id: ActorId) -> str | None:
        """The name a person is called by alone ("Blinken", "Xi"), if a person."""
        return self.surnames.get(actor_id)

    def gender(self, actor_id: ActorId) -> str | None:
        """``"male"``, ``"female"`` or ``None`` when unknown: for "he"/"she"."""
        return self.genders.get(actor_id)

    def country_of(self, word: str) -> str | None:
        """The ISO code a country word names ("Chinese" -> "CN"), if any."""

        def build() -> dict[str, str]:
            codes: dict[str, str] = {}
            for code, country in self.countries.items():
                for name in country.names:
                    codes.setdefault(_fold(name), code)  # the first country listed wins
            return codes

        return self.cached("vocabulary:country-words", build).get(_fold(word))

    def family_name_first(self, country: str | None) -> bool:
        """Whether people of ``country`` put the family name first."""
        entry = self.countries.get(country or "")
        return entry is not None and entry.family_name_first

    def holders(
        self,
        titles: Iterable[str],
        country: str | None,
        on: PartialDate | None,
        *,
        ever: bool = False,
    ) -> list[Actor]:
        """Who held the first of ``titles`` that anyone held in ``country`` on ``on``.

        Without a date only open-ended roles count, unless ``ever`` asks for every holder.
        """
        # The same few questions come again for every description and sentence of a story:
        # answered once per knowledge (a bounded table; the answer is copied out).
        return list(self._held(tuple(titles), country, on, ever)[0])

    def is_office_title(self, words: str) -> bool:
        """Whether some actor's role bears ``words`` as its title ("Secretary of Energy"),
        compared as titles are (case and spacing folded)."""
        return _fold(words) in self._titled()

    def holders_among(
        self,
        among: Collection[ActorId],
        titles: Iterable[str],
        country: str | None,
        on: PartialDate | None,
        *,
        ever: bool = False,
    ) -> list[Actor]:
        """Those of :meth:`holders` whose id is in ``among``, in the same order: found from
        ``among`` (a story's few people) rather than by a pass over every holder.

        .. versionadded:: 0.1.0
        """
        found, places = self._held(tuple(titles), country, on, ever)
        return [found[at] for at in sorted(at for i in among for at in places.get(i, ()))]

    def _held(
        self, titles: tuple[str, ...], country: str | None, on: PartialDate | None, ever: bool
    ) -> tuple[list[Actor], dict[ActorId, list[int]]]:
        """:meth:`holders`, and where each id is in it; the same few questions come again
        for every description and sentence of a story: answered once per knowledge (a
        bounded table)."""
        memo: dict[
            tuple[tuple[str, ...], str | None, PartialDate | None, bool],
            tuple[list[Actor], dict[ActorId, list[int]]],
        ]
        memo = self.cached("holders", dict)
        key = (titles, country, on, ever)
        held = memo.get(key)
        if held is None:
            parent = self._parent
            if parent is not None and not self._added_hold(titles):
                # no actor this copy adds holds any of the titles: the answer is the
                # parent's, asked once for every source that extends it
                return parent._held(titles, country, on, ever)
            found = self._holders(titles, country, on, ever)
            places: dict[ActorId, list[int]] = {}
            for at, actor in enumerate(found):
                places.setdefault(actor.id, []).append(at)
            held = (found, places)
            if len(memo) >= _HOLDERS_HELD:
                memo.clear()
            memo[key] = held
        return held

    def _added_hold(self, titles: tuple[str, ...]) -> bool:
        """Whether :meth:`holders` of ``titles`` may differ from the parent's: an actor this
        :meth:`with_actors` copy adds or replaces has (or had) a role with one of the
        titles, or the copy is no plain change of its parent (then it answers every
        question itself)."""
        added_titles = self._cache.get("added-titles")
        if added_titles is None:
            changes = self._changes()
            if changes is None:
                added_titles = True  # not a plain extension
            else:
                _, added, replaced = changes
                added_titles = frozenset(
                    _fold(role.title)
                    for actor in (*added, *replaced.values())
                    for role in actor.roles
                )
            self._cache["added-titles"] = added_titles
        if added_titles is True:
            return True
        assert isinstance(added_titles, frozenset)
        return any(_fold(title) in added_titles for title in titles)

    def _changes(self) -> tuple[KnowledgeBase, tuple[Actor, ...], dict[ActorId, Actor]] | None:
        """For a :meth:`with_actors` copy: its parent, the actors it adds and the parent's
        actors they replace, by id; ``None`` for no copy, or when an id is listed twice (in
        the parent or the actors added) or the copy replaces actors of a parent that lists
        one twice."""
        parent = self._parent
        added = self._cache.get("added")
        if parent is None or not isinstance(added, tuple):
            return None
        if len({actor.id for actor in added}) != len(added):
            return None
        replaced = {a.id: old for a in added if (old := parent.actor(a.id)) is not None}
        if replaced and len(parent._by_id) != len(parent.actors):
            return None
        return parent, added, replaced

    def _position(self, actor_id: ActorId) -> int:
        """Where the actor with this id is in :attr:`actors` (ids listed once)."""
        positions: dict[ActorId, int] = self.cached(
            "positions", lambda: {actor.id: at for at, actor in enumerate(self.actors)}
        )
        return positions[actor_id]

    def _holders(
        self, titles: tuple[str, ...], country: str | None, on: PartialDate | None, ever: bool
    ) -> list[Actor]:
        # a role is held on ``on`` when it starts by the last day ``on`` may mean and ends
        # on or after the first (:meth:`Role.held_on`, its days read once per title)
        first, last = (on.earliest(), on.latest()) if on is not None else (_NO_DAY, _NO_DAY)
        for title in titles:
            found = [
                actor
                for actor, days, open_ended in self._held_days(_fold(title), country)
                if ever
                or (
                    any(start <= last and first <= end for start, end in days)
                    if on is not None
                    else open_ended
                )
            ]
            if found:
                return found
        return []

    def _held_days(
        self, title: str, country: str | None
    ) -> list[tuple[Actor, tuple[_Days, ...], bool]]:
        """The entries of :meth:`_titled` under the folded ``title`` whose actor is of
        ``country`` (any for ``None``), in the same order, each role as the first day it may
        start and the last day it may end (the earliest and latest days there are when it
        has none), with whether a role has no end: read once per knowledge, not at every
        question (each story's day)."""
        table: dict[tuple[str, str | None], list[tuple[Actor, tuple[_Days, ...], bool]]]
        table = self.cached("holders-days-by-title", dict)
        held = table.get((title, country))
        if held is None:
            held = [
                (actor, tuple(map(_days_of, roles)), any(role.end is None for role in roles))
                for actor, roles in self._titled().get(title, ())
                if country is None or actor.country == country
            ]
            table[(title, country)] = held
        return held

    def _titled(self) -> dict[str, list[tuple[Actor, tuple[Role, ...]]]]:
        """Every actor by the folded titles of its roles (with those roles), in the order
        of :attr:`actors`; a :meth:`with_actors` copy changes its parent's table for the
        actors it adds or replaces instead of reading every actor again."""

        def entries(actors: Iterable[Actor]) -> Iterator[tuple[str, Actor, tuple[Role, ...]]]:
            for actor in actors:
                by_title: dict[str, list[Role]] = {}
                for role in actor.roles:
                    by_title.setdefault(_fold(role.title), []).append(role)
                for title, roles in by_title.items():
                    yield title, actor, tuple(roles)

        def build() -> dict[str, list[tuple[Actor, tuple[Role, ...]]]]:
            changes = self._changes()
            if changes is None:
                table: dict[str, list[tuple[Actor, tuple[Role, ...]]]] = {}
                for title, actor, roles in entries(self.actors):
                    table.setdefault(title, []).append((actor, roles))
                return table
            parent, added, replaced = changes
            table = {title: list(found) for title, found in parent._titled().items()}
            for old in replaced.values():
                for title in {_fold(role.title) for role in old.roles}:
                    kept = [entry for entry in table[title] if entry[0].id != old.id]
                    if kept:
                        table[title] = kept
                    else:
                        del table[title]
            for title, actor, roles in entries(added):
                _place(table.setdefault(title, []), (actor, roles), actor.id, self, replaced)
            return table

        return self.cached("holders-by-title", build)

    def filed(
        self, key: str, keys_of: Callable[[KnowledgeBase, Actor], Iterable[str]]
    ) -> dict[str, tuple[ActorId, ...]]:
        """Every actor's id under each key ``keys_of`` gives it, in the order of
        :attr:`actors`, built once (cached under ``key``). ``keys_of`` must give an actor
        the same keys in a :meth:`with_actors` copy, which then changes its parent's table
        for the actors it adds or replaces instead of reading every actor again."""

        def build() -> dict[str, tuple[ActorId, ...]]:
            changes = self._changes()
            parent = None if changes is None else changes[0]
            if changes is None or parent is None or len(parent._by_id) != len(parent.actors):
                table: dict[str, tuple[ActorId, ...]] = {}
                for actor in self.actors:
                    for name in keys_of(self, actor):
                        table[name] = (*table.get(name, ()), actor.id)
                return table
            _, added, replaced = changes
            table = dict(parent.filed(key, keys_of))
            for old in replaced.values():
                for name in set(keys_of(parent, old)) & table.keys():
                    kept = tuple(actor_id for actor_id in table[name] if actor_id != old.id)
                    if kept:
                        table[name] = kept
                    else:
                        del table[name]
            for actor in added:
                for name in keys_of(self, actor):
                    ids = list(table.get(name, ()))
                    _place(ids, actor.id, actor.id, self, replaced)
                    table[name] = tuple(ids)
            return table

        return self.cached(key, build)

    def with_actors(
        self, actors: Iterable[Actor], genders: Mapping[ActorId, str] | None = None
    ) -> KnowledgeBase:
        """This knowledge plus ``actors`` (replacing any with the same id).

        The same actors added to the same knowledge again (each stage of a source, then its
        assembly) give the same copy, with what it has already built for the source; adding
        nothing gives this knowledge itself.
        """
        actors = tuple(actors)
        if not actors and not genders and len(self._by_id) == len(self.actors):
            # nothing added: this knowledge finds the same, with what it has built already
            return self
        key = (self.token(), actors, tuple(sorted((genders or {}).items())))
        recent = _CHILDREN.get(key)
        if recent is not None and recent._parent is self:
            return recent
        known = self._by_id
        added = {actor.id: actor for actor in actors}
        merged: Mapping[ActorId, Actor]
        if len(known) == len(self.actors) and not any(key in known for key in added):
            # only new actors (a source's people): they go after this knowledge's, filed over
            # its table of ids instead of a copy of the thousands of them
            merged = Overlay(added, known)
            listed = self.actors + tuple(added.values())
        else:
            merged = {**known, **added}
            listed = tuple(merged.values())
        surnames: dict[ActorId, str] = {}
        for actor in actors:
            if (
                actor.kind is ActorKind.PERSON
                and actor.id not in self.surnames
                and actor.id not in surnames
            ):
                surnames[actor.id] = _surname_of(actor.name, self.family_name_first(actor.country))
        # a copy made without ``__init__``: ``merged`` is the ids' table already, which
        # ``__attrs_post_init__`` would build again from every actor (for each source); the
        # fields it leaves out (``init=False``) are each set here
        extended = copy.copy(self)
        object.__setattr__(extended, "actors", listed)
        # the genders added filed over this knowledge's (never changed once made); none
        # added: the same table
        object.__setattr__(
            extended, "genders", Overlay(genders, self.genders) if genders else self.genders
        )
        object.__setattr__(
            extended, "surnames", Overlay(surnames, self.surnames) if surnames else self.surnames
        )
        object.__setattr__(extended, "_by_id", merged)
        object.__setattr__(extended, "_cache", {})
        object.__setattr__(extended, "_vocabulary", self._vocabulary)
        object.__setattr__(extended, "_parent", self)
        # a gender changes no name found: the copies of one knowledge with the same actors
        # share a token whatever genders they add
        finds = key[:2]
        if finds not in _CHILD_TOKENS:
            if len(_CHILD_TOKENS) >= _CHILD_TOKENS_HELD:
                _CHILD_TOKENS.clear()
            _CHILD_TOKENS[finds] = _new_token()
        extended._cache["token"] = _CHILD_TOKENS[finds]
        extended._cache["added"] = actors
        with _CHILDREN_LOCK:  # threads (the dask engine's) evict one at a time
            while len(_CHILDREN) >= _CHILDREN_HELD:
                del _CHILDREN[next(iter(_CHILDREN))]
            _CHILDREN[key] = extended
        return extended

    def token(self) -> int:
        """A number that stands for what this knowledge finds in a text, for caches that
        outlive it: the same for two :meth:`with_actors` copies of one knowledge with the same
        actors (each source's people, added once per pass), whatever genders they add (a
        gender changes no name found), unique otherwise."""
        token = self._cache.get("token")
        if not isinstance(token, int):
            token = self._cache["token"] = _new_token()
        return token

    @property
    def extends(self) -> KnowledgeBase | None:
        """The knowledge this one was made from by :meth:`with_actors`, if any."""
        return self._parent

    def find_mentions(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        on: PartialDate | None = None,
        home: str | None = None,
    ) -> list[Mention]:
        """Mentions of known actors in ``text[start:end]``, offsets into ``text``.

        Full names and aliases first, then surnames ("Blinken", "Xi" for Xi Jinping) of
        people whose surname is unique or who were named in full earlier, then
        descriptions resolved through roles on the day ``on`` ("China's top diplomat").
        ``home``: the code of the country whose government put the text out, whose holder
        an office written alone as a title is ("The Prime Minister" of a Downing Street
        readout naming Prime Minister Kishida).
        """
        from diplomatic_events.knowledge._mentions import find_mentions

        end = len(text) if end is None else end
        return find_mentions(self, text, start, end, on=on, home=home)

    def people_named(
        self, text: str, start: int = 0, end: int | None = None, *, on: PartialDate | None = None
    ) -> list[ActorId]:
        """The people (not institutions) :meth:`find_mentions` finds in ``text[start:end]``,
        one id per mention in the text's order: the test "does this line name anyone" that
        labels, headlines and bylines are read with."""
        return [
            mention.actor
            for mention in self.find_mentions(text, start, end, on=on)
            if self.is_person(mention.actor)
        ]


_CHILD_TOKENS: dict[tuple[int, tuple[Actor, ...]], int] = {}
"""The token of each :meth:`KnowledgeBase.with_actors` copy, by its parent's and its actors."""
_CHILD_TOKENS_HELD = 1 << 14
_CHILDREN: dict[tuple[int, tuple[Actor, ...], tuple[tuple[ActorId, str], ...]], KnowledgeBase] = {}
"""The last few :meth:`KnowledgeBase.with_actors` copies, by their parent's token and their
actors: a source's stages and its assembly extend the knowledge with the same people."""
_CHILDREN_HELD = 16
_CHILDREN_LOCK = threading.Lock()
_HOLDERS_HELD = 1 << 12
"""At most this many answers of :meth:`KnowledgeBase.holders` are kept per knowledge."""


_Entry = TypeVar("_Entry")


def _place(
    entries: list[_Entry],
    entry: _Entry,
    actor_id: ActorId,
    knowledge: KnowledgeBase,
    replaced: Mapping[ActorId, Actor],
) -> None:
    """Put the entry of ``actor_id`` into ``entries`` (a table's list, in the order of
    ``knowledge``'s actors) where that order has it: an actor new to the copy goes last (the
    copy lists them after its parent's), one replacing its parent's where that one was."""
    if actor_id not in replaced:
        entries.append(entry)
        return
    at = knowledge._position(actor_id)
    where = len(entries)
    while where > 0 and knowledge._position(_actor_id_of(entries[where - 1])) > at:
        where -= 1
    entries.insert(where, entry)


def _actor_id_of(entry: object) -> ActorId:
    if isinstance(entry, tuple):
        actor: Actor = entry[0]
        return actor.id
    assert isinstance(entry, str)
    return ActorId(entry)


def _new_token() -> int:
    return secrets.randbits(63)


@functools.lru_cache(maxsize=1 << 14)
def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace(".", "")).casefold().strip()
