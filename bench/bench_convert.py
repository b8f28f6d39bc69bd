"""Benchmarks of convert and batch, each against a reference measured in the same run on the same input.

Measures (see bench/README.md and docs/performance.md for the figures):

- `pages`: median convert time (path -> TEI) of every flat-text sample page, interleaved with one
  `jieba.lcut` pass over the same text. Target: convert <= 1x jieba.
- `xml`: median convert time (ALTO file -> TEI) of every ALTO sample, interleaved with
  `lxml.etree.parse` of the same file. Target: convert <= 5x parse.
- `big`: the same as `xml` on ALTO pages of archive size, p1.alto.xml tiled 2x2, 4x4 and 6x6 (1,288 to
  11,592 strings, 0.2 to 1.9 MB), with the time the garbage collector took during the convert.
- `rules`: median convert time of the seed page with 10 vs 10,000 typo rules loaded (generated rules,
  the same 5 of which match, shipped rules off). Target: 10,000 <= 1.5x 10.
- `scale DIR`: `layoutfix batch` over a corpus folder with 1 and with N processes, each in a fresh
  process; pages/s and peak resident memory of the parent and of the largest worker. Target: 2
  processes >= 1.8x the pages/s of 1; memory independent of the number of pages (run it on a 100-page
  and on a 10,000-page corpus made by make_corpus.py).

Run: `python bench/bench_convert.py pages|xml|big|rules [--repeat R] [--cpu]`,
`python bench/bench_convert.py scale DIR [--jobs 1 2] [--format tei]`. `--cpu` times both sides of each
ratio with the thread's CPU clock (`time.thread_time`): on a machine loaded by other processes the
wall clock counts the time this one waits for a core, which a millisecond convert feels more than a
sub-millisecond parse (the ALTO ratio read 20x at a load of 3.5 and 9.6x at 0.3).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import alto_sources, text_sources, tiled_alto  # noqa: E402

#: The clock `interleaved` reads (`--cpu`: the thread's CPU time).
clock: Callable[[], float] = time.perf_counter


def interleaved(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median seconds of `a` and of `b`, run alternately so machine noise hits both alike."""
    ta: list[float] = []
    tb: list[float] = []
    a()
    b()  # warm both up (first calls load dictionaries and rule automata)
    for _ in range(repeat):
        t0 = clock()
        a()
        ta.append(clock() - t0)
        t0 = clock()
        b()
        tb.append(clock() - t0)
    return statistics.median(ta), statistics.median(tb)


def bench_pages(repeat: int) -> None:
    import jieba

    from layoutfix import convert

    jieba.initialize()
    ratios = []
    print(f"{'page':36} {'chars':>6} {'convert ms':>10} {'jieba ms':>9} {'ratio':>6}")
    for path in text_sources():
        text = path.read_text(encoding="utf-8")
        conv, ref = interleaved(lambda p=path: convert(p), lambda t=text: jieba.lcut(t), repeat)
        ratios.append(conv / ref)
        name = str(path.relative_to(ROOT))[-36:]
        print(f"{name:36} {len(text):6} {conv * 1000:10.2f} {ref * 1000:9.2f} {conv / ref:6.2f}")
    print(f"median ratio convert/jieba over {len(ratios)} pages: {statistics.median(ratios):.2f} "
          f"(max {max(ratios):.2f}); target <= 1.00")


def bench_xml(repeat: int) -> None:
    from lxml import etree

    from layoutfix import convert

    ratios = []
    print(f"{'page':36} {'bytes':>7} {'convert ms':>10} {'parse ms':>9} {'ratio':>6}")
    for path in alto_sources():
        conv, ref = interleaved(lambda p=path: convert(p), lambda p=path: etree.parse(str(p)), repeat)
        ratios.append(conv / ref)
        name = str(path.relative_to(ROOT))[-36:]
        print(f"{name:36} {path.stat().st_size:7} {conv * 1000:10.2f} {ref * 1000:9.3f} {conv / ref:6.1f}")
    print(f"median ratio convert/parse over {len(ratios)} ALTO pages: {statistics.median(ratios):.1f} "
          f"(max {max(ratios):.1f}); target <= 5")


def bench_big(repeat: int) -> None:
    import gc

    from lxml import etree

    from layoutfix import convert

    spent = [0.0, 0.0]  # seconds in the collector, start of the current pass

    def timer(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            spent[1] = time.perf_counter()
        else:
            spent[0] += time.perf_counter() - spent[1]

    print(f"{'page':22} {'strings':>7} {'MB':>5} {'convert ms':>10} {'parse ms':>9} {'ratio':>6} "
          f"{'gc ms':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (2, 4, 6):
            path = Path(tmp) / f"p1-{n}x{n}.alto.xml"
            path.write_bytes(tiled_alto(ROOT / "tests/fixtures/ocr/p1.alto.xml", n, n))
            conv, ref = interleaved(lambda p=path: convert(p), lambda p=path: etree.parse(str(p)), repeat)
            gc.collect()
            spent[0] = 0.0
            gc.callbacks.append(timer)
            try:
                convert(path)
            finally:
                gc.callbacks.remove(timer)
            strings = path.read_bytes().count(b"<String ")
            print(f"{path.name:22} {strings:7} {path.stat().st_size / 1e6:5.2f} {conv * 1000:10.1f} "
                  f"{ref * 1000:9.2f} {conv / ref:6.1f} {spent[0] * 1000:6.1f}")


def bench_rules(repeat: int) -> None:
    from bench_rules import generated_rules

    from layoutfix import NormalizeOptions, convert

    seed = ROOT / "examples" / "seed-page.txt"
    page = seed.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        small = NormalizeOptions(
            rule_dirs=(generated_rules(Path(tmp) / "10", 10, page),), default_rules=False
        )
        large = NormalizeOptions(
            rule_dirs=(generated_rules(Path(tmp) / "10000", 10_000, page),), default_rules=False
        )
        t10, t10k = interleaved(lambda: convert(seed, options=small), lambda: convert(seed, options=large),
                                repeat)
        edits = (len(convert(seed, options=small).edits), len(convert(seed, options=large).edits))
    print(f"seed page with 10 rules: {t10 * 1000:.2f} ms; with 10,000 rules: {t10k * 1000:.2f} ms "
          f"(edits {edits[0]} vs {edits[1]}); ratio {t10k / t10:.2f}; target <= 1.50")


_DRIVER = """
import json, resource, sys
from layoutfix.batch import BatchConfig, run_batch
import time
stamps = []
t0 = time.perf_counter()
r = run_batch(sys.argv[1], sys.argv[2], BatchConfig(fmt=sys.argv[4]), jobs=int(sys.argv[3]),
              on_result=lambda _: stamps.append(time.perf_counter() - t0))
steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"pages": r.pages, "converted": r.converted, "failed": r.failed, "seconds": r.seconds,
                  "pages_per_second": r.pages_per_second, "startup": stamps[0] if stamps else 0.0,
                  "steady": steady, "parent_mb": self_kb / 1024,
                  "worker_mb": child_kb / 1024}))
"""


def run_scale(corpus: Path, jobs: int, fmt: str) -> dict[str, float]:
    """One batch run over `corpus` in a fresh interpreter; its report figures and peak memory."""
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([sys.executable, "-c", _DRIVER, str(corpus), out, str(jobs), fmt],
                              check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_scale(corpus: Path, jobs: list[int], fmt: str) -> None:
    base = steady = None
    for n in jobs:
        r = run_scale(corpus, n, fmt)
        base = base or r["pages_per_second"]
        steady = steady or r["steady"]
        print(f"{corpus}: {n} process(es): {r['converted']}/{r['pages']} pages in {r['seconds']:.1f} s, "
              f"{r['pages_per_second']:.1f} pages/s ({r['pages_per_second'] / base:.2f}x); after the first "
              f"page ({r['startup']:.1f} s loading) {r['steady']:.1f} pages/s ({r['steady'] / steady:.2f}x), "
              f"peak RSS parent {r['parent_mb']:.0f} MB, largest worker {r['worker_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    for name in ("pages", "xml", "big", "rules"):
        p = sub.add_parser(name)
        p.add_argument("--repeat", type=int, default=15)
        p.add_argument("--cpu", action="store_true", help="time with the thread's CPU clock")
    p = sub.add_parser("scale")
    p.add_argument("corpus", type=Path)
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    p.add_argument("--format", default="tei")
    args = parser.parse_args(argv)
    global clock
    if getattr(args, "cpu", False):
        clock = time.thread_time
    print(f"python {sys.version.split()[0]}, {resource.getpagesize()}-byte pages")
    if args.what == "pages":
        bench_pages(args.repeat)
    elif args.what == "xml":
        bench_xml(args.repeat)
    elif args.what == "big":
        bench_big(args.repeat)
    elif args.what == "rules":
        bench_rules(args.repeat)
    else:
        bench_scale(args.corpus, args.jobs, args.format)


if __name__ == "__main__":
    main()
