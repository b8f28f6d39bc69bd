"""The markup step's speed work of the nineteenth session (docs/performance.md, helper P2) must not
change an output: the parse of a page is skipped only when it would find nothing, and the markdown
page is parsed no more often than the work needs."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench_cases import bench_limits
from layoutfix.normalize import markup
from layoutfix.pipeline import build_document, convert
from layoutfix.tracked import TrackedText, undo_edits

ROOT = Path(__file__).resolve().parents[1]

#: Pieces of every marker kind `_find_markers` removes, the characters its cues are made of in other
#: places (a `#` or `>` inside a line, a single `_`, a `|` without a rule row, `!` and `]` apart), and
#: text around them.
_PIECES = st.sampled_from([
    *"政协调研abcX3 #*_>|$!<&;()[]/-，。\t\n", "\n\n", "**", "__", "# ", "> ", "## ", ">> ", "![", "](a.jpg)",
    "](http://a.cn)", "[注]", "&#12288;", "&amp;", "<b>", "</b>", "<sup>6</sup>", "<div>", "</div>",
    "| a |", "| --- |", "---", "|---|---:|", "项目|投资", "<table><tr><td>", "</td></tr></table>",
    "$x^2$", "$\\textcircled{1}$", "<img src=\"a.jpg\">", "![图](images/a.jpg)", "a\tb",
    "* ", "***", "*\u3000", "*\x1c", "_\x1c", "__\u00a0", "\n* 项目", "\n- 项目", "3 * 4", "3*4", "a__b",
])


def _full_parse(text: str) -> list[Any]:
    """`_find_markers` with its cue test answering yes: the whole parse, as before the test."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(markup, "_may_hold_markers", lambda _text: True)
        return markup._find_markers(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_the_marker_cues_skip_only_texts_the_parse_finds_nothing_in(text: str) -> None:
    full = _full_parse(text)
    assert markup._find_markers(text) == full
    if not markup._may_hold_markers(text):
        assert full == []


@pytest.mark.parametrize("text", [
    "# 标题", "> 引文", "正文\n## 小标题", "正文\n> 引文", "正文**加粗**正文", "正文 *强调* 正文",
    "正文 __强调__ 正文", "正文<b>加粗</b>正文", "![图片说明](images/a.jpg)", "见[原文](http://a.cn)",
    "| 地区 | 数量 |\n| --- | --- |\n| 兰州 | 3 |", "<table><tr><td>兰州</td><td>3</td></tr></table>",
    "面积 $x^2$ 平方米", "地区\t数量\n兰州\t3", "<div>\n标题\n</div>", "10<sup>6</sup>吨",
])
def test_every_marker_kind_holds_a_cue(text: str) -> None:
    assert _full_parse(text)  # (each example is markup the parse finds)
    assert markup._may_hold_markers(text)


@pytest.mark.parametrize(
    "text",
    ["项目|投资\n国际物流园|3亿元", "物流中心&#12288;一座", "正文 # 号", "a > b", "a_b!c]",
     "* 第一项\n* 第二项", "长 * 宽", "***", "a __ b"],
)
def test_what_the_markup_step_leaves_holds_no_cue(text: str) -> None:
    assert not markup._may_hold_markers(text)
    assert _full_parse(text) == []
    gated = markup.strip_markup(TrackedText(text))
    with pytest.MonkeyPatch.context() as m:
        m.setattr(markup, "_may_hold_markers", lambda _text: True)
        full = markup.strip_markup(TrackedText(text))
    assert (gated.text, gated.edits) == (full.text, full.edits)


def _counted_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the markup step parses from now on (`markup._markers_by_line`), one per parse."""
    parses: list[str] = []
    parse = markup._markers_by_line

    def counted(text: str, envelopes: list[Any]) -> list[Any]:
        parses.append(text)
        return parse(text, envelopes)

    monkeypatch.setattr(markup, "_markers_by_line", counted)
    return parses


def test_the_markdown_page_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The MinerU page: its markers go in the first pass; what is left (a table's cells, `&#12288;`)
    is not parsed again, by the pass that finds nothing left, the pass after the entities, or the
    markup step asked again after the spacing step (four parses a convert before)."""
    parses = _counted_parses(monkeypatch)
    convert(ROOT / "golden/markdown-mineru/input.txt")
    assert len(parses) == 1


def test_a_page_of_bullets_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A markdown list keeps its `* ` bullets (no emphasis: a blank follows the `*`), so no pass after
    the first needs a parse, nor does the markup step asked again after the spacing step."""
    parses = _counted_parses(monkeypatch)
    doc = build_document("## 工作要点\n\n* **稳增长**，抓项目\n* 促改革，强基层\n\n会议要求抓好落实。")
    assert "* 稳增长，抓项目\n* 促改革，强基层" in doc.text
    assert len(parses) == 1


@pytest.mark.parametrize("fmt", ["tei", "txt", "json"])
def test_the_markdown_page_converts_as_with_every_parse(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page = ROOT / "golden/markdown-mineru/input.txt"
    with monkeypatch.context() as m:
        m.setattr(markup, "_may_hold_markers", lambda _text: True)
        before = convert(page, fmt=fmt)
    after = convert(page, fmt=fmt)
    assert after.output == before.output
    assert after.document.edits == before.document.edits


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """`markup._inside_tag`, as the filter asked it of each marker before."""
    return any(start < b and a < end for a, b in spans)


def test_markers_outside_spans_are_those_no_span_overlaps() -> None:
    rng = random.Random(19)
    for _ in range(3000):
        spans = []
        for _ in range(rng.randrange(0, 8)):
            a = rng.randrange(0, 30)
            spans.append((a, a + rng.choice([0, 0, 1, 2, 5, 12])))  # empty, touching, nested, overlapping
        markers = []
        for _ in range(rng.randrange(0, 10)):
            a = rng.randrange(0, 35)
            markers.append(markup._Marker(a, a + rng.choice([0, 1, 2, 3, 8]), "markup.bold"))
        expected = [mk for mk in markers if not _overlaps_any(mk.start, mk.end, spans)]
        assert markup._outside_spans(markers, spans) == expected, (markers, spans)


def test_a_big_table_page_keeps_every_marker_it_kept_before() -> None:
    """The pathological case of bench/bench_limits.py (each marker was checked against every cell
    edit of the table), smaller: the markers outside the table all go, the table's cells stay."""
    text = bench_limits.table_page(300)
    doc = build_document(text)
    assert undo_edits(doc.text, doc.edits) == text
    assert "**" not in doc.text and "<b>" not in doc.text and "<td>" not in doc.text
    assert "项目299|299亿元" in doc.text and "第299段加粗正文强调。" in doc.text
