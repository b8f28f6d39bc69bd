"""A number of a Chinese sentence cut by a column break reads as one number, as inside a block.

Flat text (blank line between two blocks of one paragraph), ALTO and hOCR (a paragraph running from
one column's block into the next): the paragraph join (`layout.join-paragraph`) put a space between
two digits (`达到1` / `0000万吨` gave `1 0000万吨` at `high`), where the flat-text wrap inside a block
(`join.wrap`) glues them. A coordinate page's own line join (`join.line`) spaced them too. A
thousands separator ending a block became a Chinese comma (`12，500万吨`). Now every join glues the
digits, and the paragraph join records `medium`, as `join.wrap` does for the same cut. Latin words
(`World` / `Health`), a model number before a word (`iPhone 15` / `Pro`, `G20` / `summit`), a phone
number (no hanzi before it), list items and table rows keep what they had.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import ConvertResult, convert
from layoutfix.tracked import apply_edits, undo_edits

#: (end of the first block, start of the next, the text the output must hold).
NUMBERS = [
    ("达到1", "0000万吨", "达到10000万吨"),
    ("价值1", "2.28万元", "价值12.28万元"),
    ("增长1", "2%以上", "增长12%以上"),
    ("达到１", "００００万吨", "达到10000万吨"),
    ("增长3.", "14万吨", "增长3.14万吨"),
    ("增长３.", "１４万吨", "增长3.14万吨"),
    ("达到12,", "500万吨", "达到12,500万吨"),
    ("达到１２,", "５００万吨", "达到12,500万吨"),
]

#: Latin words and numbers before words: the join keeps its space.
SPACED = [
    ("发布iPhone 15", "Pro手机", "iPhone 15 Pro手机"),
    ("出席G20", "summit会议", "G20 summit会议"),
    ("来自World", "Health组织", "World Health组织"),
    ("共有2022", "Olympic奖牌", "2022 Olympic奖牌"),
]

TITLE = "港口吞吐量创新高"
_TAIL = "，比去年增长百分之十二，创历史新高。"


def _ids(cases: list[tuple[str, str, str]]) -> list[str]:
    return [f"{e}|{s}" for e, s, _ in cases]


def _flat(end: str, start: str) -> str:
    """A flat page whose one paragraph is cut into two blocks between `end` and `start`."""
    return f"{TITLE}\n\n本报讯 今年全港货物吞吐量{end}\n\n{start}{_TAIL}\n"


#: One paragraph over two ALTO blocks side by side (a column break between `{end}` and `{start}`).
_ALTO_COLUMNS = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="1400">
<PrintSpace><TextBlock ID="b0" HPOS="100" VPOS="240" WIDTH="364" HEIGHT="108">
<TextLine HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="会议在北京召开，各界代表前往大使馆"
 HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"/></TextLine>
<TextLine HPOS="100" VPOS="280" WIDTH="364" HEIGHT="28"><String CONTENT="递交文件，他对记者说{end}" HPOS="100"
 VPOS="280" WIDTH="364" HEIGHT="28"/></TextLine>
</TextBlock>
<TextBlock ID="b1" HPOS="500" VPOS="240" WIDTH="364" HEIGHT="108">
<TextLine HPOS="500" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="{start}，会议指出要加强" HPOS="500"
 VPOS="240" WIDTH="364" HEIGHT="28"/></TextLine>
<TextLine HPOS="500" VPOS="280" WIDTH="200" HEIGHT="28"><String CONTENT="合作。" HPOS="500" VPOS="280"
 WIDTH="100" HEIGHT="28"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""

#: One ALTO block whose first line ends with `{end}` at the column edge and the next opens `{start}`.
_ALTO_LINES = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="1400">
<PrintSpace><TextBlock ID="b0" HPOS="100" VPOS="240" WIDTH="364" HEIGHT="108">
<TextLine HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="会议在北京召开，代表{end}" HPOS="100"
 VPOS="240" WIDTH="364" HEIGHT="28"/></TextLine>
<TextLine HPOS="100" VPOS="280" WIDTH="364" HEIGHT="28"><String CONTENT="{start}递交文件，会议指出要加强。"
 HPOS="100" VPOS="280" WIDTH="364" HEIGHT="28"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""


def _hocr_line(text: str, x: int, y: int) -> str:
    word = f"<span class='ocrx_word' title='bbox {x} {y} {x + 420} {y + 30}'>{text}</span>"
    return f"<span class='ocr_line' title='bbox {x} {y} {x + 420} {y + 30}'>{word}</span>"


def _hocr_area(lines: list[str], x: int) -> str:
    body = "".join(_hocr_line(t, x, 180 + 40 * k) for k, t in enumerate(lines))
    box = f"bbox {x} 180 {x + 420} {180 + 40 * len(lines)}"
    return f"<div class='ocr_carea' title='{box}'><p class='ocr_par' title='{box}'>{body}</p></div>"


def _hocr(*areas: str) -> bytes:
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><head><title>p</title></head><body>"
            f"<div class='ocr_page' title='bbox 0 0 1000 1200'>{''.join(areas)}</div></body></html>").encode()


def _hocr_columns(end: str, start: str) -> bytes:
    """An hOCR page whose one paragraph runs from the left column's area into the right one's."""
    return _hocr(_hocr_area(["会议在北京召开，各界代表前往大使馆", f"递交文件，他对记者说{end}"], 60),
                 _hocr_area([f"{start}，会议指出要加强", "合作。"], 520))


def _hocr_lines(end: str, start: str) -> bytes:
    """An hOCR page of one area whose first line ends with `end`, the next opening with `start`."""
    return _hocr(_hocr_area([f"会议在北京召开，代表{end}", f"{start}递交文件，会议指出要加强合作。"], 60))


def _pages(end: str, start: str) -> list[tuple[str, bytes, str]]:
    """The page in each input format: (format, bytes, rule of the join at the cut)."""
    return [
        ("txt", _flat(end, start).encode(), "layout.join-paragraph"),
        ("alto", _ALTO_COLUMNS.format(end=end, start=start).encode(), "layout.join-paragraph"),
        ("hocr", _hocr_columns(end, start), "layout.join-paragraph"),
        ("alto", _ALTO_LINES.format(end=end, start=start).encode(), "join.line"),
        ("hocr", _hocr_lines(end, start), "join.line"),
    ]


def _join_at_cut(result: ConvertResult, end: str, rule: str) -> tuple[str, str]:
    """(after, cert) of the edit of `rule` over the break right after `end` in the original (one
    edit with the width step's where a full-width digit is made ASCII beside it)."""
    cut = result.document.original.index(end) + len(end)
    (join,) = [e for e in result.edits if rule in e.rules and e.start <= cut < e.end]
    return join.after, join.cert


@pytest.mark.parametrize(("end", "start", "joined"), NUMBERS, ids=_ids(NUMBERS))
def test_a_number_cut_by_a_break_reads_as_one_number(end: str, start: str, joined: str) -> None:
    for fmt, data, rule in _pages(end, start):
        for out in ("txt", "tei", "json"):
            result = convert(data, fmt=out, input_format=fmt)
            assert joined in result.output, (fmt, rule, out)
        after, cert = _join_at_cut(result, end, rule)
        assert " " not in after, (fmt, rule)
        if rule == "layout.join-paragraph":
            assert cert == "medium", fmt  # as join.wrap records the same cut inside a block
        original = result.document.original
        assert undo_edits(apply_edits(original, result.edits), result.edits) == original


@pytest.mark.parametrize(("end", "start", "joined"), SPACED, ids=_ids(SPACED))
def test_latin_words_across_a_break_keep_their_space(end: str, start: str, joined: str) -> None:
    for fmt, data, rule in _pages(end, start):
        result = convert(data, fmt="txt", input_format=fmt)
        assert joined in result.output, (fmt, rule)
        after, cert = _join_at_cut(result, end, rule)
        assert (after, cert) == (" ", "high"), (fmt, rule)


def test_the_cli_log_records_the_glued_number_for_review(runner: CliRunner, tmp_path: Path) -> None:
    """The user's case: `convert -f txt --edits` wrote `1 0000万吨` and a high join putting a space."""
    page, out, log = tmp_path / "d.txt", tmp_path / "d.out", tmp_path / "d.jsonl"
    page.write_text(_flat("达到1", "0000万吨"), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert "今年全港货物吞吐量达到10000万吨，比去年增长" in out.read_text(encoding="utf-8")
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    joins = [(r["before"], r["after"], r["cert"]) for r in records if r["rule"] == "layout.join-paragraph"]
    assert joins == [("\n\n", "", "medium")]


def test_a_phone_number_across_blocks_keeps_its_space() -> None:
    """No hanzi before the digits: two numbers (`电话：0931` / `8123456`), as the wrap join keeps them."""
    result = convert(_flat("电话：0931", "8123456").encode(), fmt="txt", input_format="txt")
    assert "0931" in result.output and "09318123456" not in result.output


LIST_PAGE = ("港口工作要求\n\n为做好港口工作，提出以下要求：\n\n1.全年货物吞吐量达到2023\n\n"
             "2.集装箱吞吐量达到1500万标箱。\n\n3.旅客吞吐量保持稳定。\n")

TABLE_PAGE = ("港口吞吐量统计\n\n项目  2022年  2023年\n货物吞吐量  1200  1350\n\n"
              "集装箱  800  900\n旅客  300  320\n")


@pytest.mark.parametrize("page", [LIST_PAGE, TABLE_PAGE], ids=["list-items", "table-rows"])
def test_list_items_and_table_rows_are_not_glued(page: str) -> None:
    """Items opening with their number and a table's rows are never joined into one number."""
    result = convert(page.encode(), fmt="txt", input_format="txt")
    assert not [e for e in result.edits if e.kind == "join"]
    for row in page.split("\n\n")[1:]:
        for line in row.strip().splitlines():
            assert line in result.output
