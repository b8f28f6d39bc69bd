"""The spacing step decides again only the blocks where a gap it kept might go (v19, issue #8).

`fix_spacing` decides again the blocks where a pass removed some gaps and kept others (normalising
twice equals once). A gap `_decide` keeps from its two neighbours alone (between two Latin words or
two numbers, an indent, a whitespace-only line) stays on every reading of its block, so a block whose
kept gaps are all such is not decided again. These tests count the decisions, and compare the step
with the code before on generated text.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from layoutfix.normalize import spacing
from layoutfix.tracked import TrackedText

PIECES = [
    "会议", "期间", "华为", "Mate", "60", "Pro", "iPhone", "15", "手机", "本报讯", "记者", "王丽", "李华",
    "通讯员", "摄", "近日", "基层", "一一", "（下转第3版）", "。", "，", "：", "、", "（", "）", " ", " ",
    "  ", "\t", "\n", "\n\n", "\n  \n", "3", "元", "%", "www.gsrb.com", "甘肃日报",
]


def _reference_fix_spacing(t: TrackedText, within: Sequence[tuple[int, int]] | None = None) -> TrackedText:
    """`fix_spacing` before this change: every block a pass changed that still holds a gap between
    two visible characters is decided again."""
    spans: Sequence[tuple[int, int]] = [(0, len(t.text))] if within is None else within
    for _ in range(spacing.SETTLE_PASSES):
        glued, changes, _movable = spacing._spaced_once(t, spans, None)
        if not changes:
            return glued
        t = glued.apply(changes)
        spans = spacing.blocks_to_decide_again(glued.text, t.text, changes)
        if not spans:
            break
    return t


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(2, 30))) for _ in range(count)]


def test_spacing_gives_what_deciding_every_changed_block_again_gives() -> None:
    texts = [*_texts(19, 1500), "基层 基层\n基层本报酒泉讯(下转第3版)一一 一\n\n"]
    for text in texts:
        new, old = spacing.fix_spacing(TrackedText(text)), _reference_fix_spacing(TrackedText(text))
        assert (new.text, new.edits) == (old.text, old.edits), text


def _decisions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the calls of `spacing._decide` (one per space run decided) into the list returned."""
    calls = [0]
    real = spacing._decide

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(spacing, "_decide", counted)
    return calls


def test_a_block_whose_kept_gaps_stay_on_any_reading_is_not_decided_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`华为 Mate 60 Pro`: the gaps kept sit between Latin words and numbers. Eight runs, decided once
    (before: the three kept ones were decided a second time)."""
    calls = _decisions(monkeypatch)
    out = spacing.fix_spacing(TrackedText("会议 期间，华为 Mate 60 Pro 手机和 iPhone 15 同台。\n"))
    assert out.text == "会议期间，华为Mate 60 Pro手机和iPhone 15同台。\n"
    assert calls[0] == 8


def test_a_block_with_a_kept_gap_between_hanzi_is_decided_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the dateline's gap `本报讯 近日` might go on another reading, so the block is decided
    again (the seed-408 case shows why)."""
    calls = _decisions(monkeypatch)
    out = spacing.fix_spacing(TrackedText("本报讯 近日，华为 Mate 60 Pro 在 兰州 发布。\n"))
    assert out.text == "本报讯 近日，华为Mate 60 Pro在兰州发布。\n"
    assert calls[0] > 7
