"""The outlet registry and how an adapter is chosen for a page."""

from __future__ import annotations

from diplomatic_events.registry import Registry
from diplomatic_events.sources._adapter import OutletAdapter

__all__ = ["ENTRY_POINT_GROUP", "choose_adapter", "outlets", "register_outlet"]

ENTRY_POINT_GROUP = "diplomatic_events.outlets"
"""Installed packages declare outlet adapters (instances) under this entry-point group."""

DETECTION_THRESHOLD = 0.5

outlets: Registry[OutletAdapter] = Registry(
    "outlet adapter",
    entry_point_group=ENTRY_POINT_GROUP,
    builtins={
        "generic": "diplomatic_events.sources._builtin:GENERIC",
        "cbs-news": "diplomatic_events.sources._builtin:CBS_NEWS",
        "cnn": "diplomatic_events.sources._builtin:CNN",
        "the-hindu": "diplomatic_events.sources._builtin:THE_HINDU",
        "bbc-live": "diplomatic_events.sources._builtin:BBC_LIVE",
        "beryl-tv": "diplomatic_events.sources._builtin:BERYL_TV",
    },
)
"""Every outlet adapter by name: built-ins, :func:`register_outlet` calls, entry points.

.. versionadded:: 0.1.0
"""


def register_outlet(name: str, adapter: OutletAdapter) -> OutletAdapter:
    """Make ``adapter`` available as ``name`` (for ``outlet=`` and for detection).

    Raises:
        PluginConflictError: ``name`` is taken.

    .. versionadded:: 0.1.0
    """
    return outlets.register(name, adapter)


def choose_adapter(
    text: str, *, outlet: str | None = None, url: str | None = None
) -> tuple[str, OutletAdapter]:
    """The adapter for a page: by ``outlet`` name, else ``url`` domain, else evidence, else generic.

    Raises:
        UnknownPluginError: ``outlet`` names no registered adapter.

    .. versionadded:: 0.1.0
    """
    if outlet is not None:
        return outlet, outlets.get(outlet)
    registered = list(outlets)
    if url:
        for name, adapter in registered:
            if adapter.matches_url(url):
                return name, adapter
    best: tuple[float, str, OutletAdapter] | None = None
    for name, adapter in registered:
        score = adapter.detect(text, url)
        if score >= DETECTION_THRESHOLD and (best is None or score > best[0]):
            best = (score, name, adapter)
    if best is not None:
        return best[1], best[2]
    return "generic", outlets.get("generic")
