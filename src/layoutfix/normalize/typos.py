"""The rules engine: literal rules from rules/*.toml in one Aho-Corasick pass, with guards."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..model import Cert
from ..tracked import TrackedText


class RuleSet:
    """Placeholder for the loaded rules (to be implemented)."""


def load_ruleset(dirs: Sequence[Path] = (), include_default: bool = True) -> RuleSet:
    """Placeholder: load the shipped rules plus `dirs` (to be implemented)."""
    return RuleSet()


def fix_typos(t: TrackedText, ruleset: RuleSet, apply: Cert = "high") -> TrackedText:
    """Placeholder: returns the text unchanged (to be implemented)."""
    return t
