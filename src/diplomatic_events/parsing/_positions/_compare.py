"""The sides' positions next to each other, topic by topic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import frozen

from diplomatic_events.model import Position
from diplomatic_events.parsing._positions._words import _NEGATIVE, _POSITIVE
from diplomatic_events.typing import TopicId


class Agreement:
    """How two sides' positions on a topic relate (string constants, for JSON and tables)."""

    AGREE = "agree"
    DISAGREE = "disagree"
    MIXED = "mixed"
    ONE_SIDED = "one-sided"


@frozen(kw_only=True)
class TopicSides:
    """One topic with each side's positions next to each other.

    .. versionadded:: 0.1.0
    """

    topic: TopicId
    sides: tuple[tuple[str, tuple[Position, ...]], ...]
    agreement: str
    """One of :class:`Agreement`'s values."""


def _lean(positions: Sequence[Position]) -> int:
    """+1 when a side's positions lean towards support, -1 towards objection, 0 when split."""
    score = 0
    for position in positions:
        positive = position.stance in _POSITIVE and not position.negated
        negative = position.stance in _NEGATIVE or (
            position.stance in _POSITIVE and position.negated
        )
        score += max(1, len(position.evidence)) * (int(positive) - int(negative))
    return (score > 0) - (score < 0)


def compare_positions(
    positions: Iterable[Position], sides: Sequence[str] = ()
) -> tuple[TopicSides, ...]:
    """The positions topic by topic, each side's next to the other's, with a verdict.

    Two sides agree on a topic when both lean towards support, commitment or agreement;
    they disagree when one leans towards it and the other away, or both object (to each
    other, as in "concerned about" vs "rejects"); a side with no lean makes the topic mixed.

    .. versionadded:: 0.1.0
    """
    by_topic: dict[TopicId, dict[str, list[Position]]] = {}
    for position in positions:
        by_topic.setdefault(position.topic, {}).setdefault(position.side, []).append(position)
    compared: list[TopicSides] = []
    for topic, per_side in sorted(by_topic.items()):
        wanted = [side for side in sides if side in per_side] if sides else sorted(per_side)
        if len(wanted) < 2:
            agreement = Agreement.ONE_SIDED
        else:
            leans = [_lean(per_side[side]) for side in wanted[:2]]
            if 0 in leans:
                agreement = Agreement.MIXED
            elif leans[0] > 0 and leans[1] > 0:
                agreement = Agreement.AGREE
            else:
                agreement = Agreement.DISAGREE
        compared.append(
            TopicSides(
                topic=topic,
                sides=tuple((side, tuple(per_side[side])) for side in (wanted or sorted(per_side))),
                agreement=agreement,
            )
        )
    return tuple(compared)
