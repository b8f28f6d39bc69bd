"""Punctuation after GB/T 15834: full-width marks and paired quotes in Chinese context."""

from __future__ import annotations

from ..tracked import TrackedText


def fix_punctuation(t: TrackedText) -> TrackedText:
    """Placeholder: returns the text unchanged (to be implemented)."""
    return t
