"""Pathological inputs stay (near) linear: sizes small enough for CI, bounds generous for a busy machine.

Each case ran quadratically or worse at some point, or is the classic shape that does (a regex over
a long run of one character, thousands of unpaired quotes, deep nesting). The bounds are about ten
times the measured time on a 2-core CI box, far below what quadratic behaviour costs at these sizes
(10,000 nested parentheses took 4 s before the fix, 0.1 s after). bench/bench_limits.py measures the
big sizes (1 MB lines, 50 MB files, many-block ALTO) and memory.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from layoutfix.pipeline import build_document, convert
from layoutfix.readers.detect import read_bytes

CASES: dict[str, tuple[Callable[[int], str], int, float]] = {
    # name: (make text of size n, n, seconds allowed)
    "one character, one line": (lambda n: "政" * n, 200_000, 5.0),
    "10,000 ASCII quotes": (lambda n: '"' * n, 10_000, 3.0),
    "10,000 Chinese quotes": (lambda n: "“" * n, 10_000, 3.0),
    "10,000 nested parentheses": (lambda n: "(" * n + "政" + ")" * n, 10_000, 3.0),
    "10,000 nested full-width parentheses": (lambda n: "（" * n + ")" * n, 10_000, 3.0),
    "spaced characters": (lambda n: "政 " * n, 20_000, 5.0),
    "ellipsis dots": (lambda n: "." * n, 50_000, 3.0),
    "markdown markers": (lambda n: "*" * n + "政" + "_" * n, 20_000, 3.0),
}


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_text_converts_in_bounded_time(name: str) -> None:
    make, n, allowed = CASES[name]
    text = make(n)
    start = time.perf_counter()
    doc = build_document(text)
    elapsed = time.perf_counter() - start
    assert elapsed < allowed, f"{name}: {elapsed:.2f}s for n={n}"
    assert len(doc.original) == len(text)


def test_nested_parentheses_scale_linearly() -> None:
    # Regression: each pair searched its whole content for Chinese, so nesting was quadratic.
    def run(n: int) -> float:
        start = time.perf_counter()
        build_document("(" * n + ")" * n)
        return time.perf_counter() - start

    run(500)  # warm up (rule loading)
    small, big = run(4000), run(16_000)
    assert big < 10 * small + 0.5, (small, big)


def test_nested_parentheses_still_pair_by_their_content() -> None:
    # the linear pairing must give the same verdicts: Chinese inside any inner pair counts
    # (the inner "(b)" has no Chinese in or beside it, so it stays ASCII, as it always did)
    assert build_document("a((b)(c(政)))d").text == "a（(b)（c（政）））d"
    assert build_document("a((b)(c(d)))e").text == "a((b)(c(d)))e"


def test_many_coordinate_blocks_read_in_bounded_time() -> None:
    # 200 ALTO blocks in a 4-column grid through the whole convert. Reading order alone scales to
    # 100,000 blocks (bench/bench_limits.py; tests/test_reading_order_scale.py counts its work); the
    # geometry layout after it is still superlinear, hence --max-blocks (docs/robustness.md).
    blocks = "".join(
        f'<TextBlock ID="b{i}" HPOS="{100 + (i % 4) * 200}" VPOS="{(i // 4) * 50}" WIDTH="180" HEIGHT="40">'
        f'<TextLine HPOS="{100 + (i % 4) * 200}" VPOS="{(i // 4) * 50}" WIDTH="180" HEIGHT="40">'
        f'<String CONTENT="政协调研{i}" HPOS="{100 + (i % 4) * 200}" VPOS="{(i // 4) * 50}" WIDTH="180" '
        f'HEIGHT="40"/></TextLine></TextBlock>'
        for i in range(200)
    )
    data = (f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="1000" '
            f'HEIGHT="30000"><PrintSpace>{blocks}</PrintSpace></Page></Layout></alto>').encode()
    start = time.perf_counter()
    pages = read_bytes(data, "many.alto.xml")
    result = convert(data, input_format="alto", fmt="txt")
    elapsed = time.perf_counter() - start
    assert len(pages[0].blocks) == 200
    assert "政协调研199" in result.output
    assert elapsed < 10, elapsed
