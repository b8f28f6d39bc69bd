"""Optional variant / traditional-simplified conversion with OpenCC, recorded as edits."""

from __future__ import annotations

from collections.abc import Callable

from ..tracked import TrackedText


def converter(config: str) -> Callable[[TrackedText], TrackedText]:
    """Placeholder: a step converting with OpenCC config `config` (to be implemented)."""
    return lambda t: t
