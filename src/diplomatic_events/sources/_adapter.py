"""Outlet adapters: how one site's pages are read, and the generic reader for all others."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from diplomatic_events._needed import holds_needed
from diplomatic_events.sources._layout import Layout, lay_out
from diplomatic_events.sources._rules import OutletRules, generic_rules, load_rules
from diplomatic_events.typing import SourceId

__all__ = ["GenericAdapter", "OutletAdapter", "host_of"]

STRONG = 0.9
"""Detection confidence when a pattern only this outlet's pages show is found."""
WEAK = 0.3
"""Detection confidence when the outlet is merely named."""


def host_of(url: str) -> str:
    """The lower-case host of ``url`` (``"www.cbsnews.com"``), empty when there is none
    (also when ``url`` cannot be parsed, such as ``"http://["``: it is kept as given)."""
    if "//" not in url:
        url = "//" + url
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class OutletAdapter:
    """Reads one outlet's pages into a :class:`Layout`.

    Most adapters are only data: an :class:`OutletRules` (from a TOML file) over the general
    reader. Subclass and override :meth:`detect` or :meth:`layout` when a site needs code;
    register an instance with :func:`~diplomatic_events.sources.register_outlet` or under the
    ``diplomatic_events.outlets`` entry-point group.

    Args:
        rules: the outlet's rules, already merged over the generic ones
            (:func:`OutletAdapter.from_toml` does that).

    .. versionadded:: 0.1.0
    """

    def __init__(self, rules: OutletRules) -> None:
        self.rules = rules

    @classmethod
    def from_toml(cls, text: str) -> OutletAdapter:
        """An adapter from TOML rules text (keys of :class:`OutletRules`)."""
        return cls(load_rules(text, is_text=True))

    @property
    def name(self) -> str:
        """The registry key (``"cbs-news"``)."""
        return self.rules.name

    @property
    def display_name(self) -> str:
        """The outlet as readers know it (``"CBS News"``)."""
        return self.rules.display_name

    def matches_url(self, url: str) -> bool:
        """Whether ``url`` is on one of the outlet's domains (or their subdomains)."""
        host = host_of(url)
        return any(host == d or host.endswith("." + d) for d in self.rules.domains)

    def detect(self, text: str, url: str | None = None) -> float:
        """Confidence in ``[0, 1]`` that ``text`` (from ``url``) is one of this outlet's pages.

        1.0 for a URL on its domains, 0.9 for a pattern only its pages show, 0.3 when it is
        merely named, else 0.0. The reader picks an adapter at 0.5 or more.
        """
        if url and self.matches_url(url):
            return 1.0
        if any(_found(pattern, text) for pattern in self.rules.strong_evidence):
            return STRONG
        if any(_found(pattern, text) for pattern in self.rules.weak_evidence):
            return WEAK
        return 0.0

    def layout(self, text: str, source_id: SourceId) -> Layout:
        """Blocks, live entries, publication metadata and contributors of ``text``."""
        return lay_out(text, self.rules, source_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class GenericAdapter(OutletAdapter):
    """The reader for outlets nobody wrote rules for: general heuristics only.

    .. versionadded:: 0.1.0
    """

    def __init__(self, rules: OutletRules | None = None) -> None:
        super().__init__(generic_rules() if rules is None else rules)

    def detect(self, text: str, url: str | None = None) -> float:
        """Never claims a page; it is what is left when no adapter does."""
        del text, url
        return 0.0


@functools.lru_cache(maxsize=1024)
def _evidence(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.MULTILINE)


def _found(pattern: str, text: str) -> bool:
    """``re.search(pattern, text, re.MULTILINE)``, searched only in a text holding the
    literal text every match holds (most pages name no outlet but their own)."""
    compiled = _evidence(pattern)
    return holds_needed(compiled, text) and compiled.search(text) is not None
