"""The hedge table: what interval each hedging word gives a stated quantity.

"about three hours" is not 180 minutes and "more than five hours" has no upper bound. One
table, bundled as ``knowledge/data/hedges.toml`` and loaded into :data:`HEDGE_RULES`, says
for each :class:`~diplomatic_events.model.Hedge` which words select it and which factors
of the stated number bound it:

=========  ===============  ======================================
hedge      interval         example
=========  ===============  ======================================
exact      [n, n]           "the 35-minute session" → [35, 35]
about      [5/6 n, 7/6 n]   "about three hours" → [150, 210]
nearly     [5/6 n, n]       "nearly six hours" → [300, 360]
more_than  [n, ∞]           "more than five hours" → [300, ∞]
less_than  [0, n]           "under an hour" → [0, 60]
vague      [n, ∞]           "for hours" (two units) → [120, ∞]
=========  ===============  ======================================

Users change the table with their own TOML file (same layout) passed to
:func:`load_hedge_rules`.
"""

from __future__ import annotations

import math
from pathlib import Path

from attrs import field, frozen

from diplomatic_events.exceptions import DataFileError
from diplomatic_events.knowledge._files import read_data_files
from diplomatic_events.model import Hedge, Interval

__all__ = ["HEDGE_RULES", "HedgeRule", "load_hedge_rules"]


def _non_negative_factor(_instance: object, _attribute: object, value: float | None) -> None:
    if value is not None and value < 0:
        raise DataFileError(f"hedge factor must be >= 0, got {value!r}")


@frozen(kw_only=True)
class HedgeRule:
    """How one hedge bounds a stated quantity ``n``: ``[n * low, n * high]``.

    ``high`` is ``None`` when the hedge sets a floor only ("more than").

    .. versionadded:: 0.1.0
    """

    hedge: Hedge
    words: tuple[str, ...] = ()
    low: float = field(default=1.0, validator=_non_negative_factor)
    high: float | None = field(default=1.0, validator=_non_negative_factor)

    def interval(self, amount: float) -> Interval:
        """The interval ``amount`` (in minutes) means under this hedge, rounded to 0.001."""
        low = round(amount * self.low, 3)
        high = None if self.high is None else round(amount * self.high, 3)
        return Interval(low=low, high=high)


@frozen(kw_only=True)
class _RuleFile:
    words: tuple[str, ...] = ()
    low: float = 1.0
    high: float | None = None


@frozen(kw_only=True)
class _HedgeFile:
    hedges: dict[str, _RuleFile]


def _rules(parsed: _HedgeFile, where: str) -> dict[Hedge, HedgeRule]:
    rules: dict[Hedge, HedgeRule] = {}
    for name, rule in parsed.hedges.items():
        try:
            hedge = Hedge(name)
        except ValueError as error:
            known = ", ".join(h.value for h in Hedge)
            raise DataFileError(f"{where}: unknown hedge {name!r} (known: {known})") from error
        for bound, value in (("low", rule.low), ("high", rule.high)):
            if value is not None and not (math.isfinite(value) and value >= 0):
                raise DataFileError(
                    f"{where}: hedges.{name}: {bound} must be a finite number >= 0, got {value!r}"
                )
        if not all(word.strip() for word in rule.words):
            raise DataFileError(f"{where}: hedges.{name}: words must not be empty")
        if rule.high is not None and rule.high < rule.low:
            raise DataFileError(f"{where}: hedges.{name}: high ({rule.high}) < low ({rule.low})")
        rules[hedge] = HedgeRule(hedge=hedge, words=rule.words, low=rule.low, high=rule.high)
    return rules


def load_hedge_rules(*extra_files: Path) -> dict[Hedge, HedgeRule]:
    """The bundled hedge table, with each user file's hedges replacing the bundled ones.

    Raises:
        DataFileError: a file is not valid TOML or breaks the table's layout.

    .. versionadded:: 0.1.0
    """
    rules: dict[Hedge, HedgeRule] = {}
    for where, parsed in read_data_files("hedges.toml", extra_files, _HedgeFile):
        rules.update(_rules(parsed, where))
    return rules


HEDGE_RULES: dict[Hedge, HedgeRule] = load_hedge_rules()
"""The bundled hedge table (see the module docstring); pass your own to the duration finder."""
