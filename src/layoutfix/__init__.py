"""layoutfix: clean, ordered articles in TEI-XML from raw OCR of Chinese newspaper pages."""

from .errors import InputError, LayoutfixError, RuleError
from .normalize import NormalizeOptions, normalize_text
from .pipeline import ConvertResult, convert, to_tei
from .tracked import TrackedText, apply_edits, undo_edits

__version__ = "0.1.0"

__all__ = [
    "ConvertResult",
    "InputError",
    "LayoutfixError",
    "NormalizeOptions",
    "RuleError",
    "TrackedText",
    "__version__",
    "apply_edits",
    "convert",
    "normalize_text",
    "to_tei",
    "undo_edits",
]
