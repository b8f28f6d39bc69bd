"""Unicode clean-up: Kangxi radicals, compatibility ideographs, full-width ASCII, odd spaces, NFC."""

from __future__ import annotations

from ..tracked import TrackedText


def fix_unicode(t: TrackedText) -> TrackedText:
    """Placeholder: returns the text unchanged (to be implemented)."""
    return t
