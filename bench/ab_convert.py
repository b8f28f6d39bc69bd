"""Interleaved A/B of convert: the source at a git revision against the working tree, in one process.

Two runs of `bench_convert.py pages` minutes apart on a shared (virtual) machine differ by more than
most changes do; timing both versions alternately in one process cancels that drift. The old source is
unpacked with `git archive REV src rules` into a temporary folder as the package `layoutfix_old`
(its rule folder beside it), and each flat-text sample page is converted by both, alternately (each
first half the time).

Run: `python bench/ab_convert.py REV [--repeat R]`; prints each page's median times and their ratio,
and the median ratio new/old over the pages (below 1: the working tree is faster). `--xml` converts
the ALTO sample pages instead (`make_corpus.alto_sources`), `--page PATH` (repeatable) the pages
named; `--cpu` times with the thread's CPU clock (`time.thread_time`) instead of the wall clock: on a
machine loaded by other processes, the time this process waits for a core is left out. `--reader`
times the page's coordinate reader alone (`readers.detect.read_bytes` of the page's bytes, read once:
the parse and the reader's own Python), where a change to a reader is a few per cent of it but less
than the noise of a whole convert. `--variants CONFIG` converts with that OpenCC config (`s2t`,
`t2s`...; `NormalizeOptions.variants`), for both versions.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import alto_sources, text_sources  # noqa: E402


def unpack_old(rev: str, into: Path) -> None:
    """`layoutfix` at `rev` as the package `into/layoutfix_old`, with that revision's rules."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/layoutfix", "rules"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    package = into / "layoutfix_old"
    (into / "src" / "layoutfix").rename(package)
    (into / "rules").rename(package / "rules")  # where an installed layoutfix has them
    typos = package / "normalize" / "typos.py"  # the shipped rules are found by package name
    typos.write_text(typos.read_text(encoding="utf-8").replace('"layoutfix.rules"', '"layoutfix_old.rules"'),
                     encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--xml", action="store_true", help="the ALTO sample pages, not the flat-text ones")
    parser.add_argument("--page", action="append", type=Path, help="a page to convert (repeatable)")
    parser.add_argument("--cpu", action="store_true", help="time with the thread's CPU clock")
    parser.add_argument("--reader", action="store_true", help="time the coordinate reader alone (read_bytes)")
    parser.add_argument("--variants", default="none", help="convert with this OpenCC config (s2t, t2s...)")
    args = parser.parse_args()
    clock = time.thread_time if args.cpu else time.perf_counter
    pages = [p.resolve() for p in args.page] if args.page else alto_sources() if args.xml else text_sources()
    with tempfile.TemporaryDirectory() as tmp:
        unpack_old(args.rev, Path(tmp))
        sys.path.insert(0, tmp)
        import layoutfix_old  # type: ignore[import-not-found]

        import layoutfix

        ratios = []
        for path in pages:
            old = _timed(layoutfix_old, path, args.reader, args.variants)
            new = _timed(layoutfix, path, args.reader, args.variants)
            old(path)
            new(path)
            t_old: list[float] = []
            t_new: list[float] = []
            for i in range(args.repeat):
                # Each runs first half the time: the second of a pair finds the page's file and the
                # interpreter's caches warm, which read as 2-3% in its favour when it always ran second.
                pair = ((old, t_old), (new, t_new)) if i % 2 == 0 else ((new, t_new), (old, t_old))
                for run, times in pair:
                    t0 = clock()
                    run(path)
                    times.append(clock() - t0)
            a, b = statistics.median(t_old), statistics.median(t_new)
            ratios.append(b / a)
            print(f"{_shown(path)[-36:]:36} old {a * 1000:7.3f} ms  new {b * 1000:7.3f} ms  "
                  f"x{b / a:.3f}")
        print(f"median new/old over {len(ratios)} pages: {statistics.median(ratios):.3f}")


def _timed(package: ModuleType, path: Path, reader: bool, variants: str = "none") -> Callable[[Path], object]:
    """What is timed of `package` on `path`: `convert` (with `--variants` `variants`), or with `reader`
    its coordinate reader alone on the page's bytes (read here, once)."""
    if not reader:
        if variants == "none":
            return package.convert  # type: ignore[no-any-return]
        options = package.NormalizeOptions(variants=variants)
        return lambda page: package.convert(page, options=options)
    read_bytes = importlib.import_module(f"{package.__name__}.readers.detect").read_bytes
    data, name = path.read_bytes(), str(path)
    return lambda _path: read_bytes(data, name)


def _shown(path: Path) -> str:
    """`path` relative to the repository when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


if __name__ == "__main__":
    main()
