"""Pathological inputs stay correct: each ran quadratically or worse at some point, or is the classic
shape that does (a regex over a long run of one character, thousands of unpaired quotes, deep nesting).

The inputs are those of `python bench/bench_limits.py pathological`, which times each against its
target (about ten times what it takes on a 2-core CI box, far below what quadratic behaviour costs at
these sizes: 10,000 nested parentheses took 4 s before the fix, 0.1 s after) and exits 1 when one is
over. The tests here run them for what a user sees (the output, no character lost, no crash) and set
no time bound, which a busy machine would break. bench/bench_limits.py also measures the big sizes
(1 MB lines, 50 MB files, many-block ALTO) and memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bench_cases import bench_limits
from layoutfix.normalize.punctuation import fix_punctuation
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.pipeline import build_document, convert
from layoutfix.readers.detect import read_bytes
from layoutfix.tracked import TrackedText, undo_edits

CASES = {case.name: case for case in bench_limits.DOCUMENT_CASES}


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_text_converts_keeping_every_character(name: str) -> None:
    case = CASES[name]
    text = case.make()
    out, edits = bench_limits.run_text_case(case, text)  # as the benchmark times it
    assert undo_edits(out, edits) == text  # the edit log gives the input back: nothing lost


#: A line each stage changes in its own way: the spacing step drops the space between hanzi, the
#: punctuation step makes the comma full-width, the whole pipeline does both.
_EVERY_STAGE = "中 文,好"


def _punctuation(text: str) -> Any:
    return fix_punctuation(TrackedText(text))


def _spacing(text: str) -> Any:
    return fix_spacing(TrackedText(text))


_STAGES: dict[str, Callable[[str], Any]] = {
    "document": build_document, "punctuation": _punctuation, "spacing": _spacing,
}


@pytest.mark.parametrize("stage", _STAGES)
def test_the_benchmark_runs_each_case_through_its_stage(stage: str) -> None:
    # `bench_limits.run_text_case` is what `bench_limits.py pathological` times, and what the tests of
    # the cases (here, test_punctuation.py, test_spacing.py) run: it must send a case to its stage.
    case = bench_limits.Case(stage, "every stage", lambda: _EVERY_STAGE, 1.0)
    done = _STAGES[stage](_EVERY_STAGE)
    assert bench_limits.run_text_case(case, _EVERY_STAGE) == (done.text, done.edits)
    assert len({run(_EVERY_STAGE).text for run in _STAGES.values()}) == 3  # a wrong stage would show


def test_deeply_nested_parentheses_keep_their_pairs() -> None:
    # Regression: each pair searched its whole content for Chinese, so nesting was quadratic (the
    # time is bench/bench_limits.py's `nested parentheses` case). The linear pairing keeps the
    # verdicts at any depth: Chinese inside makes every enclosing pair full-width, none keeps them ASCII.
    n = bench_limits.NESTING[1]
    assert build_document(bench_limits.nested_parentheses(n)).text == "(" * n + ")" * n
    assert build_document("(" * n + "政" + ")" * n).text == "（" * n + "政" + "）" * n


def test_nested_parentheses_still_pair_by_their_content() -> None:
    # the linear pairing must give the same verdicts: Chinese inside any inner pair counts
    # (the inner "(b)" has no Chinese in or beside it, so it stays ASCII, as it always did)
    assert build_document("a((b)(c(政)))d").text == "a（(b)（c（政）））d"
    assert build_document("a((b)(c(d)))e").text == "a((b)(c(d)))e"


def test_many_coordinate_blocks_are_all_read_and_converted() -> None:
    # ALTO blocks in a 4-column grid through the whole convert (its time is bench/bench_limits.py's
    # `ALTO grid` case). Reading order alone scales to 100,000 blocks (bench/bench_limits.py;
    # tests/test_reading_order_scale.py counts its work); the geometry layout after it is still
    # superlinear, hence --max-blocks (docs/robustness.md).
    n = bench_limits.ALTO_BLOCKS
    data = bench_limits.alto_grid(n)
    pages = read_bytes(data, "many.alto.xml")
    result = convert(data, input_format="alto", fmt="txt")
    assert len(pages[0].blocks) == n
    assert all(f"政协调研{i}" in result.output for i in range(n))
