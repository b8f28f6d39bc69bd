"""Spaces that OCR and typesetting put where Chinese text has none."""

from __future__ import annotations

from ..tracked import TrackedText


def fix_spacing(t: TrackedText) -> TrackedText:
    """Placeholder: returns the text unchanged (to be implemented)."""
    return t
