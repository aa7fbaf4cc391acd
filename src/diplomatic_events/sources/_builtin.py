"""The outlets shipped with the library: thin adapters over data files in ``sources/data``.

Imported lazily by the :data:`~diplomatic_events.sources.outlets` registry.
"""

from __future__ import annotations

import attrs

from diplomatic_events.model import SourceKind
from diplomatic_events.sources._adapter import GenericAdapter, OutletAdapter
from diplomatic_events.sources._layout import Layout
from diplomatic_events.sources._rules import load_rules
from diplomatic_events.typing import SourceId

__all__ = ["BBC_LIVE", "BERYL_TV", "CBS_NEWS", "CNN", "GENERIC", "THE_HINDU", "RepublisherAdapter"]


class RepublisherAdapter(OutletAdapter):
    """A site that republishes other outlets' stories under its own chrome.

    The story's outlet is the registered adapter that claims the text most strongly (at
    least by name); its header date is a page date, never the story's.

    .. versionadded:: 0.1.0
    """

    def layout(self, text: str, source_id: SourceId) -> Layout:
        """The general layout, marked as a republication of the outlet the text names."""
        from diplomatic_events.sources._registry import outlets

        found = super().layout(text, source_id)
        best, best_score = None, 0.0
        for name, adapter in outlets:
            if name == self.name or isinstance(adapter, (GenericAdapter, RepublisherAdapter)):
                continue
            score = adapter.detect(text)
            if score > best_score:
                best, best_score = adapter.display_name, score
        return attrs.evolve(found, kind=SourceKind.REPUBLICATION, original_outlet=best)


GENERIC = GenericAdapter()
CBS_NEWS = OutletAdapter(load_rules("cbs-news"))
CNN = OutletAdapter(load_rules("cnn"))
THE_HINDU = OutletAdapter(load_rules("the-hindu"))
BBC_LIVE = OutletAdapter(load_rules("bbc-live"))
BERYL_TV = RepublisherAdapter(load_rules("beryl-tv"))
