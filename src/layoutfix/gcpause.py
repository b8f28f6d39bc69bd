"""Python's cyclic garbage collector paused while a page or an issue converts.

A convert builds tens of thousands of objects (a word, a box and an edit per OCR string; lines,
blocks, elements) that all stay alive until the page is done and form hardly any reference cycles: after
a convert of a sample page or issue, `gc.collect()` finds nothing to free (at most 6 objects, on one
of the 50 samples under two of the four option sets of bench/output_snapshot.py). The collector's
passes during a convert therefore free next to nothing, yet each traverses every object alive, and the older
generations' passes grow with the page: on an ALTO page of 1.9 MB (11,600 strings) they were 19 % of
the convert, on one of 0.85 MB 8 %, on the sample pages 2-3 % (`python bench/bench_convert.py big`).
Reference counting still frees everything as usual; only the cycle search waits until the
convert ends, when the collector's earlier state comes back.

Nested and concurrent converts (threads, e.g. a Dask worker with several threads) share one pause:
the first to start records whether the collector was enabled and turns it off, the last to finish
turns it back on if it was. A collector the caller had disabled stays disabled.
"""

from __future__ import annotations

import gc
import threading
from contextlib import ContextDecorator
from types import TracebackType

_lock = threading.Lock()
_depth = 0
_was_enabled = False


class collector_paused(ContextDecorator):  # named as used: `with collector_paused():`
    """Run the `with` body (or the decorated function) with automatic garbage collection off, as the
    module docstring says. A class rather than a generator: it runs around every page, where a
    generator-based context manager costs more than twice as much (3.3 against 1.4 us)."""

    def __enter__(self) -> None:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
