"""What the caller (or a page's metadata) says about a report, and how it wins over the text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attrs import evolve, frozen

from diplomatic_events.exceptions import InputError
from diplomatic_events.model import Contributor, ContributorRole, PartialDate, PublishedOrigin
from diplomatic_events.sources._adapter import OutletAdapter
from diplomatic_events.sources._layout import Layout

__all__ = ["Metadata", "Published", "author_names", "parse_zone", "resolve_published"]

PublishedValue = dt.datetime | dt.date | str
"""What ``published=`` accepts: an aware ``datetime``, a naive one or a ``date`` (read in the
outlet's time zone), or an ISO 8601 string of either."""

_ZONE_SUFFIX = re.compile(
    r"^(?P<iso>.+?)(?:\[(?P<bracketed>[^\]]+)\]|\s+(?P<named>[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+|UTC|GMT))$"
)
"""An ISO value followed by an IANA zone name: ``2023-06-19T10:00[Asia/Shanghai]`` or
``2023-06-19 10:00 Asia/Shanghai``."""
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_OR_MONTH = re.compile(r"^\d{4}(?:-\d{2})?$")
"""ISO 8601 at a coarser precision: a page dated only "2017-10" is dated to the month."""


def parse_zone(name: str) -> dt.tzinfo:
    """The IANA time zone ``name``.

    Raises:
        InputError: no such zone (a silent UTC would move the date).
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:  # OSError: "America" is a folder
        raise InputError(f"unknown time zone {name!r}") from error


@frozen(kw_only=True)
class Metadata:
    """Facts about a report given with it rather than read from its text.

    ``given_by`` says who gave them ("the caller", "manifest line 3", "the page's metadata")
    and goes into :attr:`Source.published_reason`.
    """

    url: str | None = None
    published: PublishedValue | None = None
    title: str | None = None
    outlet_name: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    given_by: str = "the caller"

    def over(self, other: Metadata) -> Metadata:
        """These facts, with ``other``'s where these have none (the caller over the page)."""
        has_date = self.published is not None
        return Metadata(
            url=self.url or other.url,
            published=self.published if has_date else other.published,
            title=self.title or other.title,
            outlet_name=self.outlet_name or other.outlet_name,
            authors=self.authors or other.authors,
            language=self.language or other.language,
            given_by=self.given_by if has_date or other.published is None else other.given_by,
        )


@frozen(kw_only=True)
class Published:
    """A resolved publication time with its provenance."""

    at: dt.datetime | None
    """``None`` when only the year or the month was given ("2017-10")."""
    date: PartialDate
    day_only: bool
    reason: str


def _parse_text(value: str, outlet_zone: str, outlet_known: bool, given_by: str) -> Published:
    text = value.strip()
    if _YEAR_OR_MONTH.match(text):
        try:
            coarse = PartialDate.from_iso(text)
        except ValueError as error:
            raise InputError(f"published={value!r} is not a valid year or month") from error
        return Published(
            at=None,
            date=coarse,
            day_only=False,
            reason=f"given by {given_by} to the {'month' if coarse.month else 'year'} only",
        )
    zone: dt.tzinfo | None = None
    zone_name: str | None = None
    suffix = _ZONE_SUFFIX.match(text)
    if suffix is not None and not _DATE_ONLY.match(text):
        zone_name = suffix["bracketed"] or suffix["named"]
        zone = parse_zone(zone_name)
        text = suffix["iso"].strip()
    try:
        if _DATE_ONLY.match(text):
            day = dt.date.fromisoformat(text)
            if zone is not None:
                return _midnight(day, zone, f"{given_by} gave the day in {zone_name}")
            return _resolve(day, outlet_zone, outlet_known, given_by)
        moment = dt.datetime.fromisoformat(text)
    except ValueError as error:
        raise InputError(
            f"published={value!r} is not an ISO 8601 date or date and time"
            " (2023-06-19, 2023-06-19T14:05:00+08:00)"
        ) from error
    if zone is not None and moment.tzinfo is None:
        return Published(
            at=moment.replace(tzinfo=zone),
            date=PartialDate.of(moment),
            day_only=False,
            reason=f"given by {given_by} in {zone_name}",
        )
    return _resolve(moment, outlet_zone, outlet_known, given_by)


def _midnight(day: dt.date, zone: dt.tzinfo, reason: str) -> Published:
    return Published(
        at=dt.datetime.combine(day, dt.time(), tzinfo=zone),
        date=PartialDate.of(day),
        day_only=True,
        reason=reason,
    )


def _zone_words(outlet_zone: str, outlet_known: bool) -> str:
    if outlet_known:
        return f"in {outlet_zone}, the outlet's time zone"
    return f"in {outlet_zone}, as the outlet's time zone is not known"


def _resolve(
    value: PublishedValue, outlet_zone: str, outlet_known: bool, given_by: str
) -> Published:
    if isinstance(value, str):
        return _parse_text(value, outlet_zone, outlet_known, given_by)
    zone = parse_zone(outlet_zone)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return Published(
                at=value, date=PartialDate.of(value), day_only=False, reason=f"given by {given_by}"
            )
        return Published(
            at=value.replace(tzinfo=zone),
            date=PartialDate.of(value),
            day_only=False,
            reason=(
                f"given by {given_by} without a time zone;"
                f" read {_zone_words(outlet_zone, outlet_known)}"
            ),
        )
    return _midnight(
        value,
        zone,
        f"given by {given_by} as a day; midnight {_zone_words(outlet_zone, outlet_known)}",
    )


def resolve_published(
    value: PublishedValue, *, adapter: OutletAdapter, outlet_known: bool, given_by: str
) -> Published:
    """``value`` as an aware datetime, naive values read in the outlet's time zone.

    Raises:
        InputError: ``value`` is not an ISO 8601 date or datetime, or names an unknown zone.
    """
    if not isinstance(value, dt.datetime | dt.date | str):
        raise InputError(
            f"published must be a date, a datetime or an ISO 8601 string,"
            f" not {type(value).__name__}"
        )
    return _resolve(value, adapter.rules.timezone, outlet_known, given_by)


def author_names(value: object) -> tuple[str, ...]:
    """Author names from a list, or from one string separated by ``;`` (or ``|``).

    Raises:
        InputError: ``value`` is neither a string nor a list of strings.
    """
    if value is None:
        return ()
    if isinstance(value, str):
        items: Iterable[object] = re.split(r"[;|]", value)
    elif isinstance(value, list | tuple):
        items = value
    else:
        raise InputError(f"authors must be a string or a list of strings, not {value!r}")
    names: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise InputError(f"authors must be strings, not {item!r}")
        name = " ".join(item.split())
        if name and name not in names:
            names.append(name)
    return tuple(names)


def with_metadata(
    layout: Layout,
    metadata: Metadata,
    *,
    adapter: OutletAdapter,
    outlet_known: bool,
) -> tuple[Layout, PublishedOrigin | None]:
    """``layout`` with the given publication time and authors winning over the text's.

    A day given alone that agrees with the publication line keeps the line's time.
    """
    origin: PublishedOrigin | None = None
    if layout.published is not None or layout.published_date is not None:
        origin = PublishedOrigin.INFERRED if layout.published_inferred else PublishedOrigin.TEXT
    if metadata.published is not None:
        given = resolve_published(
            metadata.published,
            adapter=adapter,
            outlet_known=outlet_known,
            given_by=metadata.given_by,
        )
        from_text = layout.published if origin is PublishedOrigin.TEXT else None
        if given.at is None:
            # only the month (or year) is given: keep a printed time within it, else the month
            within = from_text is not None and given.date.earliest() <= from_text.date() <= (
                given.date.latest()
            )
            if not within:
                layout = evolve(
                    layout,
                    published=None,
                    published_date=given.date,
                    published_inferred=False,
                    published_reason=given.reason,
                    published_evidence=None,
                )
                origin = PublishedOrigin.METADATA
        elif given.day_only and from_text is not None and from_text.date() == given.at.date():
            layout = evolve(
                layout,
                published_reason=(
                    f"the time is read from the text; {metadata.given_by} gave the same day"
                ),
            )
        else:
            # A publication line on the given day still shows the day in the text.
            agrees = from_text is not None and from_text.date() == given.at.date()
            layout = evolve(
                layout,
                published=given.at,
                published_date=given.date,
                published_inferred=False,
                published_reason=given.reason,
                published_evidence=layout.published_evidence if agrees else None,
            )
            origin = PublishedOrigin.METADATA
    if metadata.authors:
        others = tuple(
            person
            for person in layout.contributors
            if person.role is not ContributorRole.AUTHOR and person.name not in metadata.authors
        )
        given_authors = tuple(Contributor(name=name) for name in metadata.authors)
        layout = evolve(layout, contributors=(*given_authors, *others))
    return layout, origin
