"""Known actors: the data files that describe them and the knowledge base built from them.

Knowledge lives in TOML so that a user covering a new visit extends it without code:
the bundled country words (``data/countries.toml``, the one source the places share), then
``data/actors.toml`` and ``data/descriptions.toml``, then every file an installed package
declares under the ``diplomatic_events.knowledge`` entry-point group, then the user's own
files. A later entry with the same actor id or country code replaces an earlier one.
"""

from __future__ import annotations

import functools
import re
import secrets
import threading
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from attrs import evolve, field, frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._events import EventCues, event_cues
from diplomatic_events.knowledge._grammar import grammar
from diplomatic_events.knowledge._hedges import HEDGE_RULES, HedgeRule
from diplomatic_events.knowledge._places import (
    Country,
    Gazetteer,
    default_gazetteer,
)
from diplomatic_events.knowledge._topics import Topics, default_topics
from diplomatic_events.model import Actor, ActorKind, Hedge, PartialDate, Role
from diplomatic_events.typing import ActorId

__all__ = [
    "LOWER",
    "NAME_TOKEN",
    "UPPER",
    "ActorEntry",
    "CountryEntry",
    "DescriptionEntry",
    "KnowledgeBase",
    "KnowledgeFile",
    "Mention",
    "is_capitalised",
    "slug",
]

T = TypeVar("T")

ENTRY_POINT_GROUP = "diplomatic_events.knowledge"
BUNDLED = ("actors.toml", "leaders.toml", "descriptions.toml", "attribution.toml")


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


def _filled(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse an empty or blank name, id or title (it would match everywhere)."""
    if value is not None and not value.strip():
        raise DataFileError(f"{attribute.name} must not be empty")


def _all_filled(_instance: object, attribute: Any, value: tuple[str, ...]) -> None:
    """Refuse an empty or blank item in a list of names or words."""
    for number, item in enumerate(value):
        if not item.strip():
            raise DataFileError(f"{attribute.name}[{number}] must not be empty")


@frozen(kw_only=True)
class RoleEntry:
    """A role as written in a data file."""

    title: str = field(validator=_filled)
    organization: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None


@frozen(kw_only=True)
class ActorEntry:
    """One ``[[actors]]`` table of a knowledge file.

    ``family_name_first`` overrides the country's naming custom ("Xi Jinping" is called
    "Xi"); ``surname`` overrides both.
    """

    id: str = field(validator=_filled)
    name: str = field(validator=_filled)
    kind: ActorKind = ActorKind.PERSON
    aliases: tuple[str, ...] = field(default=(), validator=_all_filled)
    country: str | None = None
    gender: str | None = None
    surname: str | None = field(default=None, validator=_filled)
    family_name_first: bool | None = None
    roles: tuple[RoleEntry, ...] = ()


@frozen(kw_only=True)
class CountryEntry:
    """How the coverage names one country: ``["China", "Chinese", "Beijing"]``."""

    names: tuple[str, ...] = field(default=(), validator=_all_filled)
    family_name_first: bool = False

    @classmethod
    def of(cls, country: Country) -> CountryEntry:
        """The words of a places entry: its label, its adjectives, its other names, then its
        seats ("US", "American", "U.S.", "United States", ..., "Washington")."""
        words = (*country.names[:1], *country.adjectives, *country.names[1:], *country.seats)
        return cls(names=tuple(dict.fromkeys(words)), family_name_first=country.family_name_first)


def _country_file(countries: Iterable[Country]) -> KnowledgeFile:
    """The country words of places entries as a knowledge file (one entry per code)."""
    return KnowledgeFile(countries={c.code: CountryEntry.of(c) for c in countries})


@frozen(kw_only=True)
class DescriptionEntry:
    """A phrase that names whoever holds a title ("top diplomat" -> Secretary of State).

    Without ``country`` the phrase needs a country word ("the Chinese leader"); with it,
    the phrase applies to that country, with or without the word.
    """

    words: tuple[str, ...] = field(validator=_all_filled)
    titles: tuple[str, ...] = field(validator=_all_filled)
    country: str | None = None


@frozen(kw_only=True)
class KnowledgeFile:
    """The whole of one knowledge data file."""

    actors: tuple[ActorEntry, ...] = ()
    countries: dict[str, CountryEntry] = field(factory=dict)
    descriptions: tuple[DescriptionEntry, ...] = ()
    titles: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Titles that introduce a person's name ("Vice Premier", "spokeswoman")."""
    cues: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Words that report speech ("said", "told reporters", "according to")."""
    occasions: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Phrases naming where something was said ("news conference", "readout")."""
    designations: tuple[str, ...] = field(default=(), validator=_all_filled)
    """Nouns that name a relationship or an agreement ("partnership", "declaration"): words
    in marks before or ending in one name the thing rather than report speech."""
    title_words: tuple[str, ...] = ()
    """Ranks and office words that stand in a title before a name ("Sgt", "Defense")."""
    not_name_words: tuple[str, ...] = ()
    """Capitalised words never in a person's name ("Agreement", "USS")."""


def _letter_class(predicate: Callable[[str], bool]) -> str:
    """A regex character class of the letters below U+2000 (Latin, Greek, Cyrillic and
    Latin Extended Additional) that ``predicate`` accepts, as ranges."""
    codes = [c for c in (*range(0x41, 0x2000), *range(0x1E00, 0x1F00)) if predicate(chr(c))]
    ranges: list[tuple[int, int]] = []
    for code in sorted(set(codes)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    parts = (
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return "[" + "".join(parts) + "]"


UPPER = _letter_class(lambda ch: ch.isupper() or ch.istitle())
"""Any capital letter, not only ASCII: names are "Đoković", "Óscar", "Ömer"."""
LOWER = _letter_class(lambda ch: ch.islower() or unicodedata.category(ch) == "Mn" or ch in "ʼ")
"""Any small letter (and combining marks, for text in decomposed form)."""
TITLE_WORD = r"(?:[A-Z][\w.’'-]*|of|the|for)"
"""One word of a title before a name: a capitalised word (an abbreviation's stop in it) or
"of", "the", "for" ("Secretary of Defense", "Minister for the Armed Forces"). The title
patterns of attribution, meetings and positions are built from it."""
NAME_TOKEN = (
    # an okina opens a Polynesian name ("Fekitamoeloa ‘Utoikamanu", "ʻAkilisi Pohiva",
    # "Tau'aika 'Uta'atu" typed with a straight mark); a single opening quotation mark opens
    # no word of one letter or two ("‘We")
    rf"(?:ʻ|['‘](?={UPPER}{LOWER}(?:{LOWER}{{2}}|{LOWER}*['’ʻ](?!(?:s|re|ll|ve|d|t|m)\b){LOWER})))?"
    rf"(?:Mc|Mac|Di|De|Du|La|Le|Van|(?:d[aeiu]|la|le|van|von)(?={UPPER})|{UPPER}['’]"
    rf"|Ó[ \u00a0]|Ní[ \u00a0])?{UPPER}{LOWER}+"
    # "Aleamotu’a", "Tuʻivakano": an apostrophe or okina inside a Polynesian name, not a
    # contraction or possessive ("Biden’s", "They’re")
    rf"(?:-{UPPER}?{LOWER}+|['’]{UPPER}{LOWER}+|['’ʻ](?!(?:s|re|ll|ve|d|t|m)\b){LOWER}+)?"
)
"""One capitalised word of a personal name in any Latin, Greek or Cyrillic script
("Marković", "Nguyễn", "O'Brien", "N’Daw", "Ó Briain", "Jean-Luc", "DiSalvo", "LaHood",
"deMilliano", "‘Utoikamanu")."""


def is_capitalised(word: str) -> bool:
    """Whether ``word`` starts with a capital letter of any script ("Đoković", "Émile")."""
    return bool(word) and (word[0].isupper() or word[0].istitle())


def slug(name: str) -> ActorId:
    """A stable id from a name: ``"Frank-Walter Steinmeier"`` -> ``"frank-walter-steinmeier"``,
    ``"Jelena Marković"`` -> ``"jelena-markovic"`` (accents dropped, so the id is ASCII)."""
    folded = unaccented(name.casefold().replace("’", "").replace("'", "").replace(".", ""))
    return ActorId(re.sub(r"[^0-9a-z]+", "-", folded).strip("-") or "actor")


def unaccented(text: str) -> str:
    """``text`` with the accents of its letters taken off and letters no accent makes
    written plainly ("Häkkänen" -> "Hakkanen", "Støre" -> "Store", "Guðni" -> "Gudni"),
    case kept."""
    plain = text.translate(_UNACCENTED)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch)
    )


_UNACCENTED = str.maketrans(
    {
        "đ": "d",
        "ø": "o",
        "ł": "l",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "Đ": "D",
        "Ð": "D",
        "Þ": "Th",
        "Ø": "O",
        "Ł": "L",
        "Æ": "Ae",
        "Œ": "Oe",
    }
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
    _by_id: dict[ActorId, Actor] = field(init=False, repr=False, eq=False)
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
        :meth:`with_actors` copy adds has a role with one of the titles, or the copy
        replaces actors of its parent (then it answers every question itself)."""
        added_titles = self._cache.get("added-titles")
        if added_titles is None:
            parent = self._parent
            added = self._cache.get("added")
            if (
                parent is None
                or not isinstance(added, tuple)
                or len({actor.id for actor in added}) != len(added)
                or any(parent.actor(actor.id) is not None for actor in added)
            ):
                added_titles = True  # not a plain extension
            else:
                added_titles = frozenset(
                    _fold(role.title) for actor in added for role in actor.roles
                )
            self._cache["added-titles"] = added_titles
        if added_titles is True:
            return True
        assert isinstance(added_titles, frozenset)
        return any(_fold(title) in added_titles for title in titles)

    def _holders(
        self, titles: tuple[str, ...], country: str | None, on: PartialDate | None, ever: bool
    ) -> list[Actor]:
        index = self._titled()
        for title in titles:
            found = [
                actor
                for actor, roles in index.get(_fold(title), ())
                if (country is None or actor.country == country)
                and any(
                    ever or (role.held_on(on) if on is not None else role.end is None)
                    for role in roles
                )
            ]
            if found:
                return found
        return []

    def _titled(self) -> dict[str, list[tuple[Actor, tuple[Role, ...]]]]:
        """Every actor by the folded titles of its roles (with those roles), in the order
        of :attr:`actors`; a :meth:`with_actors` copy that only adds actors extends its
        parent's table instead of reading every actor again."""

        def entries(actors: Iterable[Actor]) -> Iterator[tuple[str, Actor, tuple[Role, ...]]]:
            for actor in actors:
                by_title: dict[str, list[Role]] = {}
                for role in actor.roles:
                    by_title.setdefault(_fold(role.title), []).append(role)
                for title, roles in by_title.items():
                    yield title, actor, tuple(roles)

        def build() -> dict[str, list[tuple[Actor, tuple[Role, ...]]]]:
            parent = self._parent
            added = self._cache.get("added")
            table: dict[str, list[tuple[Actor, tuple[Role, ...]]]] = {}
            if (
                parent is not None
                and isinstance(added, tuple)
                and len({actor.id for actor in added}) == len(added)
                and not any(parent.actor(actor.id) is not None for actor in added)
            ):
                table = {title: list(found) for title, found in parent._titled().items()}
                fresh: Iterable[Actor] = added
            else:
                fresh = self.actors
            for title, actor, roles in entries(fresh):
                table.setdefault(title, []).append((actor, roles))
            return table

        return self.cached("holders-by-title", build)

    def filed(
        self, key: str, keys_of: Callable[[KnowledgeBase, Actor], Iterable[str]]
    ) -> dict[str, tuple[ActorId, ...]]:
        """Every actor's id under each key ``keys_of`` gives it, in the order of
        :attr:`actors`, built once (cached under ``key``). ``keys_of`` must give an actor
        the same keys in a :meth:`with_actors` copy, which then extends its parent's table
        with the actors it adds instead of reading every actor again."""

        def build() -> dict[str, tuple[ActorId, ...]]:
            parent = self._parent
            added = self._cache.get("added")
            if (
                parent is not None
                and isinstance(added, tuple)
                and len({actor.id for actor in added}) == len(added)
                and not any(parent.actor(actor.id) is not None for actor in added)
                and len(parent._by_id) == len(parent.actors)  # no id listed twice
            ):
                table = dict(parent.filed(key, keys_of))
                fresh: Iterable[Actor] = added
            else:
                table = {}
                fresh = self.actors
            for actor in fresh:
                for name in keys_of(self, actor):
                    table[name] = (*table.get(name, ()), actor.id)
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
        merged = dict(self._by_id)
        for actor in actors:
            merged[actor.id] = actor
        surnames = dict(self.surnames)
        for actor in actors:
            if actor.kind is ActorKind.PERSON and actor.id not in surnames:
                surnames[actor.id] = _surname_of(actor.name, self.family_name_first(actor.country))
        extended = evolve(
            self,
            actors=tuple(merged.values()),
            genders={**self.genders, **(genders or {})},
            surnames=surnames,
        )
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
        self, text: str, start: int = 0, end: int | None = None, *, on: PartialDate | None = None
    ) -> list[Mention]:
        """Mentions of known actors in ``text[start:end]``, offsets into ``text``.

        Full names and aliases first, then surnames ("Blinken", "Xi" for Xi Jinping) of
        people whose surname is unique or who were named in full earlier, then
        descriptions resolved through roles on the day ``on`` ("China's top diplomat").
        """
        from diplomatic_events.knowledge._mentions import find_mentions

        return find_mentions(self, text, start, len(text) if end is None else end, on=on)


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


def _new_token() -> int:
    return secrets.randbits(63)


@functools.lru_cache(maxsize=1 << 14)
def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace(".", "")).casefold().strip()


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname_of(name: str, family_first: bool) -> str:
    tokens = [
        token.rstrip(",") for token in name.split() if token.strip(".,").casefold() not in _SUFFIXES
    ]
    if not tokens:
        return name
    particles = grammar().patronymic_particles
    for index, token in enumerate(tokens[1:-1], start=1):
        if token.casefold() in particles:
            # "Salman bin Hamad Al Khalifa" is "Salman bin Hamad", never "Khalifa" or "Hamad"
            return " ".join(tokens[: index + 2])
    if family_first:
        return tokens[0]
    # "Howard A. Van Vranken" is "Van Vranken": capitalised particles before the last word
    start = len(tokens) - 1
    surname_particles = grammar().surname_particles
    while (
        start > 1
        and tokens[start - 1][:1].isupper()
        and tokens[start - 1].casefold() in surname_particles
    ):
        start -= 1
    return " ".join(tokens[start:])
