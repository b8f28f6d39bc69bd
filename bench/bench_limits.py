"""Limits at scale: reading order and convert on many-block ALTO pages, and big flat-text files.

Every case runs in a fresh interpreter (`--one`), so its peak resident memory (getrusage maxrss) is
its own, and a case that runs away is stopped by `--timeout`. Limits are lifted inside the case
(`--max-bytes 0 --max-blocks 0` semantics) to measure what they protect against.

    python bench/bench_limits.py order 1000 10000 100000     # XY-cut alone on a 4-column grid
    python bench/bench_limits.py alto 1000 4000 10000        # convert -> TEI of an ALTO grid page
    python bench/bench_limits.py text 1 5 50                 # convert -> TEI of a flat page of N MB
    python bench/bench_limits.py refuse 50                   # the default limit on a 50 MB file
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-page.txt"


def alto_grid(n: int, cols: int = 4) -> bytes:
    """An ALTO page of `n` one-line blocks in `cols` columns (the cubic case of the old XY-cut)."""
    parts = []
    for i in range(n):
        x, y = 100 + (i % cols) * 200, (i // cols) * 50
        box = f'HPOS="{x}" VPOS="{y}" WIDTH="180" HEIGHT="40"'
        parts.append(f'<TextBlock ID="b{i}" {box}><TextLine {box}><String CONTENT="政协调研{i}" {box}/>'
                     "</TextLine></TextBlock>")
    return (f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="1000" '
            f'HEIGHT="{(n // cols + 1) * 50}"><PrintSpace>{"".join(parts)}</PrintSpace></Page></Layout>'
            "</alto>").encode()


def flat_text(megabytes: float) -> bytes:
    """The seed page repeated to `megabytes` MB of UTF-8 (blocks stay blocks)."""
    page = SEED.read_bytes().rstrip() + b"\n\n"
    return page * max(1, round(megabytes * 1024 * 1024 / len(page)))


def one(kind: str, size: float) -> dict[str, float]:
    """Run one case in this process; return its figures."""
    from layoutfix.errors import InputError
    from layoutfix.readers import limits

    limits.set_limits(max_bytes=0, max_blocks=0)
    figures: dict[str, float] = {}
    rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # noqa: E731
    if kind == "order":
        from layoutfix.layout.reading_order import order_blocks
        from layoutfix.readers.detect import read_bytes

        page = read_bytes(alto_grid(int(size)), "grid.alto.xml")[0]
        figures["rss_after_parse_mb"] = rss()
        start = time.perf_counter()
        order = order_blocks(page)
        figures["seconds"] = time.perf_counter() - start
        assert len(order) == int(size)
    elif kind == "alto":
        from layoutfix.pipeline import convert

        data = alto_grid(int(size))
        figures["file_mb"] = len(data) / 1024 / 1024
        start = time.perf_counter()
        convert(data, input_format="alto", fmt="tei")
        figures["seconds"] = time.perf_counter() - start
    elif kind == "text":
        from layoutfix.pipeline import convert

        with tempfile.NamedTemporaryFile(suffix=".txt") as f:
            f.write(flat_text(size))
            f.flush()
            figures["file_mb"] = Path(f.name).stat().st_size / 1024 / 1024
            start = time.perf_counter()
            convert(f.name, fmt="tei")
            figures["seconds"] = time.perf_counter() - start
    elif kind == "refuse":
        from layoutfix.pipeline import convert

        limits.set_limits(limits.DEFAULT_MAX_BYTES, limits.DEFAULT_MAX_BLOCKS)
        with tempfile.NamedTemporaryFile(suffix=".txt") as f:
            f.write(flat_text(size))
            f.flush()
            start = time.perf_counter()
            try:
                convert(f.name, fmt="tei")
            except InputError as exc:
                figures["refused"] = 1
                print(exc, file=sys.stderr)
            figures["seconds"] = time.perf_counter() - start
    else:
        raise SystemExit(f"unknown case {kind}")
    figures["peak_rss_mb"] = rss()
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["order", "alto", "text", "refuse"])
    ap.add_argument("sizes", nargs="+", type=float, help="blocks (order, alto) or megabytes (text, refuse)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a case is stopped")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.kind, args.sizes[0])))
        return
    for size in args.sizes:
        cmd = [sys.executable, __file__, args.kind, str(size), "--one"]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=True)
            figures = json.loads(done.stdout)
        except subprocess.TimeoutExpired:
            figures = {"stopped_after_s": args.timeout}
        except subprocess.CalledProcessError as exc:
            figures = {"failed": exc.stderr.strip().splitlines()[-1:]}  # type: ignore[dict-item]
        shown = ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        print(f"{args.kind} {size:g}: {shown}", flush=True)


if __name__ == "__main__":
    main()
