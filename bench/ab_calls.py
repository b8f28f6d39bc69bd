"""Interleaved A/B of one `layout.roles` function over the calls a convert of the short pages makes.

A whole-page A/B (`ab_convert.py`) cannot see a change of a few microseconds a page on a shared
machine; this one times just the function. Each short flat sample page is converted once with the
working tree while the calls to `roles.FUNCTION` are recorded (from the labels and from the spacing
step alike); then the old revision's function (unpacked as in `ab_convert.py`) and the new one are run
over those same calls, alternately, and the sum per page is printed, with the ratio. Both must give
the same answers: a call whose result differs is reported.

Run: `python bench/ab_calls.py REV FUNCTION [--repeat R]`, e.g. `ab_calls.py f778f30 running_head`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ab_convert import unpack_old  # noqa: E402
from make_corpus import text_sources  # noqa: E402

import layoutfix  # noqa: E402
from layoutfix.layout import roles  # noqa: E402
from layoutfix.normalize import spacing  # noqa: E402

Call = tuple[tuple[Any, ...], dict[str, Any]]


def record_calls(name: str) -> tuple[list[Call], int]:
    """The calls to `roles.<name>` over one convert of each short page (under 4 KB), and the pages."""
    calls: list[Call] = []
    real = getattr(roles, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        args = tuple(a if isinstance(a, str | bytes) or not hasattr(a, "__iter__") else list(a) for a in args)
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    modules = [m for m in (roles, spacing) if getattr(m, name, None) is real]
    pages = [p for p in text_sources() if p.stat().st_size < 4096]
    for module in modules:
        setattr(module, name, spy)
    try:
        for page in pages:
            layoutfix.convert(page)
    finally:
        for module in modules:
            setattr(module, name, real)
    return calls, len(pages)


def answer(result: Any) -> Any:
    """A comparable form of a result (a match by its span and groups)."""
    return (result.span(), result.groupdict()) if hasattr(result, "groupdict") else result


def run_all(fn: Callable[..., Any], calls: list[Call]) -> float:
    t0 = time.perf_counter()
    for args, kwargs in calls:
        fn(*args, **kwargs)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("function")
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    calls, pages = record_calls(args.function)
    with tempfile.TemporaryDirectory() as tmp:
        unpack_old(args.rev, Path(tmp))
        sys.path.insert(0, tmp)
        from layoutfix_old.layout import roles as old_roles  # type: ignore[import-not-found]

        old, new = getattr(old_roles, args.function), getattr(roles, args.function)
        differ = sum(answer(old(*a, **k)) != answer(new(*a, **k)) for a, k in calls)
        t_old: list[float] = []
        t_new: list[float] = []
        for i in range(args.repeat):
            pair = ((old, t_old), (new, t_new)) if i % 2 == 0 else ((new, t_new), (old, t_old))
            for fn, times in pair:
                times.append(run_all(fn, calls))
        a, b = min(t_old) / pages * 1e6, min(t_new) / pages * 1e6
        ma, mb = statistics.median(t_old) / pages * 1e6, statistics.median(t_new) / pages * 1e6
        print(f"{args.function}: {len(calls)} calls over {pages} pages, {differ} answers differ")
        print(f"per page, best: old {a:7.2f} us  new {b:7.2f} us  x{b / a:.2f}; "
              f"median: old {ma:7.2f} us  new {mb:7.2f} us  x{mb / ma:.2f}")


if __name__ == "__main__":
    main()
