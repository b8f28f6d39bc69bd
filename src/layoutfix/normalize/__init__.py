"""Normalisers: small pure functions over `TrackedText`, each returning the edits it made."""

from .steps import NormalizeOptions, build_steps, normalize_text

__all__ = ["NormalizeOptions", "build_steps", "normalize_text"]
