"""Reading order of a page's blocks.

A flat text export has no geometry: the engine's order is the only order there is, so this is a
pass-through. Ordering by boxes (columns, vertical text) comes with the coordinate readers.
"""

from __future__ import annotations

from ..model import Page


def reading_order(page: Page) -> Page:
    """The page with its blocks in reading order (for flat text: as given)."""
    return page
