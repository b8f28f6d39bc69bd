"""Suggestions for OCR look-alike typos that no rule names (issue 7); see docs/suggest.md."""

from .confusion import ConfusionTable, Pair, load_confusion
from .suggest import Suggester, Suggestion, apply_suggestions, suggest

__all__ = [
    "ConfusionTable", "Pair", "Suggester", "Suggestion", "apply_suggestions", "load_confusion", "suggest",
]
