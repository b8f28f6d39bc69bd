"""Markdown debris from OCR-to-markdown exports, and the block hints it leaves behind."""

from __future__ import annotations

from ..tracked import TrackedText


def strip_markup(t: TrackedText) -> TrackedText:
    """Placeholder: returns the text unchanged (to be implemented)."""
    return t


def block_hints(raw_block: str) -> frozenset[str]:
    """Placeholder: the hints (`heading`, `emphasis`, `quote`) a raw block's markup carries."""
    return frozenset()
