"""layoutfix: clean, ordered articles in TEI-XML from raw OCR of Chinese newspaper pages.

The names here are the public API (docs/api.md). One entry point per size of job: `convert` for a
page, `convert_issue` for the pages of an issue, `run_batch` for a folder tree. All but the error
types and the data model are imported on first use, so `import layoutfix` is quick: the console
script (`layoutfix.console`) imports the package before it can handle a Ctrl-C, and a Ctrl-C while the
pipeline's modules load (seconds on a loaded machine) must end as one line, not a traceback.
"""
from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

from .errors import EditLogError, InputError, LayoutfixError, RuleError
from .model import Edit

if TYPE_CHECKING:  # served by `__getattr__` below at run time
    from .batch import BatchConfig, BatchReport, run_batch, warm_up
    from .issue import IssueResult, convert_issue
    from .normalize import NormalizeOptions, normalize_text
    from .pipeline import ConvertResult, convert, to_tei
    from .readers.limits import limits, set_limits
    from .tracked import TrackedText, apply_edits, undo_edits

__version__ = "0.1.0"

#: Public names imported when first used, with the submodule that defines each.
_LAZY: dict[str, str] = {
    "BatchConfig": "batch",
    "BatchReport": "batch",
    "IssueResult": "issue",
    "convert_issue": "issue",
    "run_batch": "batch",
    "warm_up": "batch",
    "NormalizeOptions": "normalize",
    "normalize_text": "normalize",
    "ConvertResult": "pipeline",
    "convert": "pipeline",
    "to_tei": "pipeline",
    "limits": "readers.limits",
    "set_limits": "readers.limits",
    "TrackedText": "tracked",
    "apply_edits": "tracked",
    "undo_edits": "tracked",
}


def __getattr__(name: str) -> Any:
    """A lazily exported name (`_LAZY`), imported from its submodule on first use and kept, or a
    submodule (`layoutfix.pipeline`), imported when first read as an attribute."""
    module = _LAZY.get(name)
    if module is None:
        # A submodule read as an attribute (`layoutfix.pipeline.render`, as docs/api.md names the
        # public ones) is imported as the eager package import once did.
        if not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the lazily exported ones included (for completion in notebooks)."""
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "BatchConfig",
    "BatchReport",
    "ConvertResult",
    "Edit",
    "EditLogError",
    "InputError",
    "IssueResult",
    "LayoutfixError",
    "NormalizeOptions",
    "RuleError",
    "TrackedText",
    "__version__",
    "apply_edits",
    "convert",
    "convert_issue",
    "limits",
    "normalize_text",
    "run_batch",
    "set_limits",
    "to_tei",
    "undo_edits",
    "warm_up",
]
