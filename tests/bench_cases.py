"""The pathological inputs of bench/bench_limits.py, for the tests that run them.

The benchmark times them against their targets (`python bench/bench_limits.py pathological`); the
tests run the same inputs and check what the output must be, and that no text is lost, never how long
it took: a time bound fails on a busy machine (docs/performance.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH_LIMITS = Path(__file__).resolve().parent.parent / "bench" / "bench_limits.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_limits", BENCH_LIMITS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


bench_limits = _load()
