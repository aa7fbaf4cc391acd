"""People and institutions that speak, meet and take positions."""

from __future__ import annotations

import enum

from attrs import field, frozen

from diplomatic_events.exceptions import InvalidModelError
from diplomatic_events.model._checks import non_empty, unique_items
from diplomatic_events.model._time import PartialDate
from diplomatic_events.typing import ActorId

__all__ = ["Actor", "ActorKind", "Role"]


class ActorKind(enum.Enum):
    """What sort of speaker an actor is."""

    PERSON = "person"
    INSTITUTION = "institution"
    """A ministry, department or agency speaking as a body ("the State Department")."""
    UNNAMED = "unnamed"
    """An unnamed source described by affiliation ("a senior State Department official")."""
    GROUP = "group"
    """Several people speaking together ("both sides", "U.S. officials")."""


@frozen(kw_only=True)
class Role:
    """A title held over a period ("Secretary of State" from 2021-01)."""

    title: str = field(validator=non_empty)
    organization: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None

    def __attrs_post_init__(self) -> None:
        if (
            self.start is not None
            and self.end is not None
            and self.end.latest() < self.start.earliest()
        ):
            raise InvalidModelError(f"Role {self.title!r} ends before it starts")

    def held_on(self, day: PartialDate) -> bool:
        """Whether the title could have been held on ``day``."""
        after_start = self.start is None or self.start.earliest() <= day.latest()
        before_end = self.end is None or day.earliest() <= self.end.latest()
        return after_start and before_end


@frozen(kw_only=True)
class Actor:
    """A person or institution, with the names the coverage uses for it.

    ``country`` is an ISO 3166 alpha-2 code (``"US"``, ``"CN"``) so that positions can be
    grouped by side.

    .. versionadded:: 0.1.0
    """

    id: ActorId = field(validator=non_empty)
    name: str = field(validator=non_empty)
    kind: ActorKind = ActorKind.PERSON
    aliases: tuple[str, ...] = field(default=(), validator=unique_items)
    country: str | None = None
    roles: tuple[Role, ...] = ()
    discovered: bool = False
    """True when the actor was found in the text rather than in a knowledge file."""

    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(alias for alias in self.aliases if alias != self.name))
