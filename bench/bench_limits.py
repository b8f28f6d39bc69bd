"""Limits at scale: reading order and convert on many-block ALTO pages, and big flat-text files.

Every case runs in a fresh interpreter (`--one`), so its peak resident memory (getrusage maxrss) is
its own, and a case that runs away is stopped by `--timeout`. Limits are lifted inside the case
(`--max-bytes 0 --max-blocks 0` semantics) to measure what they protect against.

    python bench/bench_limits.py order 1000 10000 100000     # XY-cut alone on a 4-column grid
    python bench/bench_limits.py alto 1000 4000 10000        # convert -> TEI of an ALTO grid page
    python bench/bench_limits.py text 1 5 50                 # convert -> TEI of a flat page of N MB
    python bench/bench_limits.py refuse 50                   # the default limit on a 50 MB file
    python bench/bench_limits.py pathological                # the inputs of tests/test_limits.py & co.
    python bench/bench_limits.py pathological --only "OCR JSON"  # one of them: the 2,000 cells of `0`

`pathological` times, in this one process after a warm-up, each pathological input the unit tests run
(tests/test_limits.py, test_punctuation.py, test_spacing.py, test_input_limits.py: they check the
output and that no text is lost, never the time) against its target: about ten times what it takes
on the 2-core CI machine, far below what a quadratic cost takes at its size. It prints one line per
case and exits 1 when any case is over its target (on a busy machine, run it again before believing
that). `--only WORD` runs the cases whose name holds WORD.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from layoutfix.model import Edit

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


@dataclass(frozen=True)
class Case:
    """One pathological input: `make()` builds it, `stage` names what it goes through (`document`:
    `pipeline.build_document`; `punctuation`: `normalize.punctuation.fix_punctuation`; `spacing`:
    `normalize.spacing.fix_spacing`; `tei`: `pipeline.convert` to TEI, the exporter too), `target` the
    seconds it may take (see the module's docstring)."""

    stage: str
    name: str
    make: Callable[[], str]
    target: float


def table_page(rows: int) -> str:
    """A markdown page: an HTML table of `rows` rows, then `rows` lines of bold type and tags."""
    cells = "".join(f"<tr><td>项目{i}</td><td>{i}亿元</td></tr>" for i in range(rows))
    lines = [f"第{i}段**加粗**正文<b>强调</b>。" for i in range(rows)]
    return "\n\n".join([f"<table>{cells}</table>", *lines])


def html_table(rows: int) -> str:
    """A markdown page of one HTML table of `rows` rows of three cells, as MinerU writes one."""
    cells = "".join(f"<tr><td>项目{i}</td><td>{i}亿元</td><td>备注</td></tr>" for i in range(rows))
    return f"<table>{cells}</table>"


def ocrjson_cells(n: int, cols: int = 40) -> bytes:
    """An OCR JSON page (PaddleOCR 2.x items) of a table of `n` cells all reading `0`, `cols` a row:
    each cell a different place, so none repeats another (`ocrjson.drop_repeats`)."""
    items = []
    for i in range(n):
        x, y = 100 + (i % cols) * 60, 100 + (i // cols) * 50
        items.append([[[x, y], [x + 30, y], [x + 30, y + 36], [x, y + 36]], ["0", 0.99]])
    return json.dumps([items]).encode()


def _cases(stage: str, target: float, texts: dict[str, Callable[[], str]]) -> list[Case]:
    return [Case(stage, name, make, target) for name, make in texts.items()]


#: Each ran quadratically or worse at some point, or is the classic shape that does (a regex over a
#: long run of one character, thousands of unpaired quotes, deep nesting): 10,000 nested parentheses
#: took 4 s before the fix, 0.1 s after.
DOCUMENT_CASES = [
    Case("document", "one character, one line", lambda: "政" * 200_000, 5.0),
    Case("document", "10,000 ASCII quotes", lambda: '"' * 10_000, 3.0),
    Case("document", "10,000 Chinese quotes", lambda: "“" * 10_000, 3.0),
    Case("document", "10,000 nested parentheses", lambda: "(" * 10_000 + "政" + ")" * 10_000, 3.0),
    Case("document", "10,000 nested full-width parentheses", lambda: "（" * 10_000 + ")" * 10_000, 3.0),
    Case("document", "spaced characters", lambda: "政 " * 20_000, 5.0),
    Case("document", "ellipsis dots", lambda: "." * 50_000, 3.0),
    Case("document", "markdown markers", lambda: "*" * 20_000 + "政" + "_" * 20_000, 3.0),
    # URLs cut short at a sentence's ASCII , one after another on one line: each was read to the
    # line's end again (7.5 s before the fix, 1.2 s after)
    Case("document", "URLs cut at a sentence's ,", lambda: ("见www.a.cn/a.html,请" * 2800)[:50_000], 5.0),
    # a typo candidate (其层 for 基层) every three characters of a line with no punctuation, one piece
    # of jieba's: the word check segmented the whole line twice per candidate (1,000 repeats 8.5 s,
    # 5,000 repeats 416 s before the fix; 17,000 repeats ~1.3 s after)
    Case("document", "typo candidates: '见其层' x17000", lambda: "见其层" * 17_000, 10.0),
    # URLs glued to a sentence's hanzi one after another on one line: each match was read 4,096
    # characters on, to the reach, and cut at the next opening (urls() 3.5 s, the document 5.9 s
    # before the fix; 0.2 s and 0.35 s after)
    Case("document", "URLs glued to a sentence's hanzi", lambda: ("请访问www.a.cn/新闻" * 7200)[:100_000],
         3.0),
    # markdown images that never close, one after another on one line: the image pattern matched at
    # each `![` read to the line's end (`'![a](b'` x4000 34.8 s, `'!['` x33000 28.5 s, `'![a'` x33000
    # 48 s before the fix; 0.3 to 0.9 s after)
    Case("document", "unclosed images: '![a](b' x4000", lambda: "![a](b" * 4000, 3.0),
    Case("document", "unclosed images: '![' x33000", lambda: "![" * 33_000, 3.0),
    Case("document", "unclosed images: '![a' x33000", lambda: "![a" * 33_000, 3.0),
    # a markdown page of one HTML table of 8,000 rows and 8,000 lines of bold type and tags: each
    # marker was checked against every edit of the table's cells (12.9 s before the fix, 1.0 s after)
    Case("document", "markdown: an 8,000-row table, 8,000 marked lines", lambda: table_page(8000), 8.0),
    # a table of 8,000 rows of three cells written as TEI: each cell's markup was found by a scan of
    # every edit of the table (convert 13 s before the fix, 0.7 s after; 4,000 rows 3.3 s and 0.33 s)
    Case("tei", "markdown: an HTML table of 8,000 rows written as TEI", lambda: html_table(8000), 8.0),
]
#: Long lines of one mark or a short repeated piece through the punctuation step alone.
PUNCTUATION_CASES = _cases("punctuation", 5.0, {
    f"{piece!r} x{50_000 // len(piece)}": (lambda piece=piece: piece * (50_000 // len(piece)))
    for piece in ['"', "(", ")", ",", ".", "-", "'", "中", ' "', '中"', "中 ", "(中"]
})
#: Long lines (and many short blocks) through the spacing step alone. Each gap of a spaced line read
#: the rest of the line again (`'中 '` x25000 3.0-6.8 s; two spaces, a TAB or an ideographic space as
#: the gap the same, or worse); each now reads only what its tests can match.
SPACING_CASES = _cases("spacing", 5.0, {
    **{f"{piece!r} x{50_000 // len(piece)}": (lambda piece=piece: piece * (50_000 // len(piece)))
       for piece in ["中", " ", "中 ", "a ", "。 ", "中  ", "中\t", "中\u3000"]},
    "'1 中' x16000": lambda: "1 中" * 16_000,
    "4,000 two-line blocks": lambda: "专题协商 让建言更精准\n\n" * 4000,
})
TEXT_CASES = DOCUMENT_CASES + PUNCTUATION_CASES + SPACING_CASES
#: The nesting depths whose times `nested_parentheses_ratio` compares, and the most the bigger may take:
#: 4x the depth, so a linear cost takes about 4x the time and a quadratic one 16x.
NESTING = (4000, 16_000)
NESTING_TARGET = "10 x small + 0.5 s"
#: `alto_grid(ALTO_BLOCKS)` through the whole convert, and its target in seconds.
ALTO_BLOCKS, ALTO_TARGET = 200, 10.0
#: `ocrjson_cells(OCRJSON_CELLS)` read as OCR JSON (the reader alone), and its target in seconds: each
#: cell was compared with every earlier one by `drop_repeats` (2.9 s idle, 7.7 s at a load of 3, before
#: the twenty-second session's grid; 0.1 s after).
OCRJSON_CELLS, OCRJSON_TARGET = 2000, 1.0
#: A sparse file of this many MB refused by the default `--max-bytes`, and its target in seconds.
REFUSED_MB, REFUSED_TARGET = 50, 1.0


def run_text_case(case: Case, text: str) -> tuple[str, list[Edit]]:
    """`text` through `case.stage`: the text out and the edit log. `pathological` times this call,
    and the tests of the cases (tests/test_limits.py, test_punctuation.py, test_spacing.py) run each
    case through it and check what comes out, so what is timed is what is tested (test_limits.py
    checks that each stage is the one run)."""
    from layoutfix.pipeline import build_document
    from layoutfix.tracked import TrackedText

    if case.stage == "document":
        doc = build_document(text)
        return doc.text, doc.edits
    if case.stage == "tei":
        from layoutfix.pipeline import convert

        result = convert(text, fmt="tei")
        return result.document.text, result.edits
    if case.stage == "punctuation":
        from layoutfix.normalize.punctuation import fix_punctuation

        done = fix_punctuation(TrackedText(text))
    else:
        from layoutfix.normalize.spacing import fix_spacing

        done = fix_spacing(TrackedText(text))
    return done.text, done.edits


def nested_parentheses(n: int) -> str:
    """`n` ASCII parentheses opened and closed around nothing (they stay ASCII: no Chinese inside)."""
    return "(" * n + ")" * n


def sparse_file(folder: Path, megabytes: int) -> Path:
    """A file of `megabytes` MB with nothing written in it: nothing to read until someone reads it."""
    path = folder / "big.txt"
    with path.open("wb") as f:
        f.truncate(megabytes * 1024 * 1024)
    return path


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _nesting_row() -> tuple[float, str, bool]:
    """The time of the deeper nesting of `NESTING`, its target, and whether it is met."""
    from layoutfix.pipeline import build_document

    small, big = (_timed(lambda n=n: build_document(nested_parentheses(n))) for n in NESTING)
    return big, f"{NESTING_TARGET} = {10 * small + 0.5:.2f} s", big < 10 * small + 0.5


def _alto_row() -> tuple[float, str, bool]:
    from layoutfix.pipeline import convert

    data = alto_grid(ALTO_BLOCKS)
    seconds = _timed(lambda: convert(data, input_format="alto", fmt="txt"))
    return seconds, f"{ALTO_TARGET:g} s", seconds <= ALTO_TARGET


def _ocrjson_row() -> tuple[float, str, bool]:
    from layoutfix.readers.ocrjson import read_ocrjson

    data = ocrjson_cells(OCRJSON_CELLS)
    seconds = _timed(lambda: read_ocrjson(data, "cells.json"))
    return seconds, f"{OCRJSON_TARGET:g} s", seconds <= OCRJSON_TARGET


def _refused_row() -> tuple[float, str, bool]:
    from layoutfix.errors import InputError
    from layoutfix.readers.detect import read_input

    def refuse(big: Path) -> None:
        try:
            read_input(big)
        except InputError:
            return
        raise SystemExit(f"{big}: not refused")

    with tempfile.TemporaryDirectory() as folder:
        big = sparse_file(Path(folder), REFUSED_MB)
        seconds = _timed(lambda: refuse(big))
    return seconds, f"{REFUSED_TARGET:g} s", seconds <= REFUSED_TARGET


def _text_row(case: Case) -> tuple[float, str, bool]:
    text = case.make()
    seconds = _timed(lambda: run_text_case(case, text))
    return seconds, f"{case.target:g} s", seconds <= case.target


def pathological(only: str | None = None) -> int:
    """Time every pathological case whose name holds `only` (all by default) against its target, one
    line each (see the module's docstring); 1 when any is over its target, else 0."""
    from layoutfix.pipeline import build_document

    rows: dict[str, Callable[[], tuple[float, str, bool]]] = {
        f"{case.stage}: {case.name}": (lambda case=case: _text_row(case)) for case in TEXT_CASES
    }
    rows[f"document: nested parentheses {NESTING[1]:,} vs {NESTING[0]:,}"] = _nesting_row
    rows[f"convert: ALTO grid of {ALTO_BLOCKS} blocks"] = _alto_row
    rows[f"read: {REFUSED_MB} MB file refused by --max-bytes"] = _refused_row
    rows[f"read: OCR JSON table of {OCRJSON_CELLS:,} cells reading '0'"] = _ocrjson_row
    build_document("政（测试）")  # warm up: rules, dictionaries
    over = ran = 0
    for name, row in rows.items():
        if only is not None and only not in name:
            continue
        seconds, target, ok = row()
        ran += 1
        over += not ok
        print(f"{name}: {seconds:.2f} s (target {target}){'' if ok else '  OVER'}", flush=True)
    print(f"{ran} cases, {over} over target")
    return 1 if over else 0


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
    ap.add_argument("kind", choices=["order", "alto", "text", "refuse", "pathological"])
    ap.add_argument("sizes", nargs="*", type=float, help="blocks (order, alto) or megabytes (text, refuse)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a case is stopped")
    ap.add_argument("--only", help="pathological: the cases whose name holds this")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.kind == "pathological":
        raise SystemExit(pathological(args.only))
    if not args.sizes:
        ap.error(f"{args.kind}: give one size at least")
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
