"""Outlet rules as data: what a site's chrome looks like, where it is, what time zone it writes in.

Each built-in outlet has a TOML file in ``sources/data``; ``generic.toml`` holds the rules
every adapter starts from (common boilerplate, credit agencies, unambiguous zone names).
An outlet file *adds* to the generic lists and overrides its scalars.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError, DocumentError
from diplomatic_events.model import SourceKind
from diplomatic_events.serialization import from_dict

__all__ = ["OutletRules", "generic_rules", "load_rules"]


def _regexes(_instance: object, attribute: Any, value: tuple[str, ...]) -> None:
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as error:
            raise DataFileError(f"{attribute.name}: bad pattern {pattern!r}: {error}") from None


def _known_zone(_instance: object, attribute: Any, value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise DataFileError(f"{attribute.name}: unknown time zone {value!r}") from None


def _known_zones(_instance: object, attribute: Any, value: dict[str, str]) -> None:
    for zone in value.values():
        _known_zone(_instance, attribute, zone)


@frozen(kw_only=True)
class OutletRules:
    """The data one adapter reads a page with.

    Patterns are Python regular expressions searched in one stripped line, case-sensitive
    unless they start with ``(?i)``.

    .. versionadded:: 0.1.0
    """

    name: str
    display_name: str
    domains: tuple[str, ...] = ()
    """Host names (and their subdomains) the outlet publishes on."""
    timezone: str = field(default="UTC", validator=_known_zone)
    """IANA zone of the outlet's locale, for times printed without a zone."""
    kind: SourceKind = SourceKind.ARTICLE
    strong_evidence: tuple[str, ...] = field(default=(), validator=_regexes)
    """Patterns that only this outlet's pages show (detection confidence 0.9)."""
    weak_evidence: tuple[str, ...] = field(default=(), validator=_regexes)
    """Patterns that suggest the outlet, such as its name (confidence 0.3)."""
    boilerplate: tuple[str, ...] = field(default=(), validator=_regexes)
    """Lines of page chrome: ads, navigation, sign-in, comment widgets, watermarks."""
    short_boilerplate: tuple[str, ...] = field(default=(), validator=_regexes)
    """Like ``boilerplate`` but only for lines of at most twelve words."""
    related_link: tuple[str, ...] = field(default=(), validator=_regexes)
    """Prefixes of links to other stories (``Also Read |``)."""
    related_list: tuple[str, ...] = field(default=(), validator=_regexes)
    """Headers of a list of links to other stories ("More on this story", "READ MORE"):
    the short lines right below the header are links, whatever their wording."""
    metadata: tuple[str, ...] = field(default=(), validator=_regexes)
    """Editorial notes that are neither story nor chrome ("This story has been updated")."""
    stamp_prefixes: tuple[str, ...] = field(default=(), validator=_regexes)
    """Stamps a search index or archive put before the page's first line (" date
    2023-06-18 "): cut off as metadata, so they date nothing the story says."""
    credit_agencies: tuple[str, ...] = ()
    """Words a photo credit ends with ("AP", "Getty Images")."""
    continuing_words: tuple[str, ...] = ()
    """Words no sentence ends with ("to", "of", "the"): a line ending in one goes on in the
    next line of its paragraph ("Wardak gave special thanks to" / "Army Lt. Gen. Karl
    Eikenberry, ..."), even in a text that is not hard-wrapped throughout."""
    zone_abbreviations: dict[str, str] = field(factory=dict, validator=_known_zones)
    """Zone abbreviations as this outlet's locale means them (``IST`` in India)."""
    zone_names: dict[str, str] = field(factory=dict, validator=_known_zones)
    """Spelled-out zone names ("British Summer Time") and their IANA zone."""
    header_date_is_page_date: bool = False
    """A date line above the headline is the page's (crawl) date, never the story's."""
    day_first: bool | None = None
    """Whether the outlet writes numeric dates day first ("04/05/2024" is 4 May); ``None``
    when unknown, so an ambiguous numeric date is not read."""
    day_first_zones: tuple[str, ...] = ()
    """Zone abbreviations of locales that write numeric dates day first ("BRT", "CEST")."""
    month_first_zones: tuple[str, ...] = ()
    """Zone abbreviations of locales that write numeric dates month first ("EST")."""

    def merged_over(self, base: OutletRules) -> OutletRules:
        """These rules on top of ``base``: lists are joined, maps updated, scalars kept."""
        return OutletRules(
            name=self.name,
            display_name=self.display_name,
            domains=self.domains,
            timezone=self.timezone,
            kind=self.kind,
            strong_evidence=self.strong_evidence,
            weak_evidence=self.weak_evidence,
            boilerplate=base.boilerplate + self.boilerplate,
            short_boilerplate=base.short_boilerplate + self.short_boilerplate,
            related_link=base.related_link + self.related_link,
            related_list=base.related_list + self.related_list,
            metadata=base.metadata + self.metadata,
            stamp_prefixes=base.stamp_prefixes + self.stamp_prefixes,
            credit_agencies=base.credit_agencies + self.credit_agencies,
            continuing_words=base.continuing_words + self.continuing_words,
            zone_abbreviations={**base.zone_abbreviations, **self.zone_abbreviations},
            zone_names={**base.zone_names, **self.zone_names},
            header_date_is_page_date=self.header_date_is_page_date,
            day_first=self.day_first if self.day_first is not None else base.day_first,
            day_first_zones=base.day_first_zones + self.day_first_zones,
            month_first_zones=base.month_first_zones + self.month_first_zones,
        )


def _parse(text: str, origin: str) -> OutletRules:
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as error:
        raise DataFileError(f"{origin}: {error}") from None
    try:
        return from_dict(data, OutletRules)
    except DocumentError as error:
        raise DataFileError(f"{origin}: {error}") from None


@functools.cache
def generic_rules() -> OutletRules:
    """The rules every adapter starts from (``sources/data/generic.toml``)."""
    resource = files("diplomatic_events.sources").joinpath("data", "generic.toml")
    return _parse(resource.read_text(encoding="utf-8"), "generic.toml")


def load_rules(name_or_text: str, *, is_text: bool = False) -> OutletRules:
    """Rules from a bundled file (``"cbs-news"``) or TOML text, merged over the generic ones.

    Raises:
        DataFileError: the TOML is malformed or has unknown keys; the message names the file.
    """
    if is_text:
        rules = _parse(name_or_text, "<rules>")
    else:
        resource = files("diplomatic_events.sources").joinpath("data", f"{name_or_text}.toml")
        rules = _parse(resource.read_text(encoding="utf-8"), f"{name_or_text}.toml")
    return rules.merged_over(generic_rules())
