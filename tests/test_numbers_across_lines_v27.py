"""A number cut by a line or block break inside a Chinese sentence reads as one number.

A column breaks a figure anywhere: `奥斯卡第7` / `8分钟`, `票价为180元和2` / `80元`, `每场1,2` /
`00名`. Flat text glued such pieces (`join.wrap`), but a coordinate page (ALTO, hOCR, PAGE-XML,
RapidOCR JSON) put a space inside the number, from the box join (`join.line`) and the join of a
paragraph's blocks (`layout.join-paragraph`) alike: `第7 8分钟`, `180元和2 80元`, and the thousands
comma of `1,2` / `00名` became `，` (`1，2 00名`). Two numbers on two lines stay two: a year before
a date, a phone number, a list, a table's rows, Latin text. A figure in full-width digits and commas
(`１，２８０元`) became `1，280元`, a list; it is `1,280元` now.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from test_coords_parity_v14 import alto, hocr
from test_wrapped_lines import _wrapped_block

TITLE = "海港队主场夺冠"
#: Hanzi filling a line of the column around the piece under test.
_FILL = "会议指出要进一步加强基层组织建设推动各项工作落到实处取得实效群众满意度不断提升经济社会发展"


def _width(line: str) -> int:
    return sum(30 if unicodedata.east_asian_width(c) in "WF" else 15 for c in line)


def pagexml(blocks: list[list[str]], titles: set[str]) -> bytes:
    """A PAGE-XML page of `blocks` (lists of lines): a region per block, a line box per line."""
    y, regions = 100, []
    for k, lines in enumerate(blocks):
        top, boxes = y, []
        for j, line in enumerate(lines):
            size = 45 if line in titles else 30
            right = 100 + _width(line) * size // 30
            boxes.append(f'<TextLine id="l{k}_{j}"><Coords points="100,{y} {right},{y} {right},{y + size} '
                         f'100,{y + size}"/><TextEquiv><Unicode>{line}</Unicode></TextEquiv></TextLine>')
            y += size + 10
        regions.append(f'<TextRegion id="r{k}"><Coords points="100,{top} 1500,{top} 1500,{y} 100,{y}"/>'
                       f'{"".join(boxes)}</TextRegion>')
        y += 40
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<PcGts xmlns="http://schema.primaresearch.org/PAGE/'
            'gts/pagecontent/2019-07-15"><Page imageFilename="p.png" imageWidth="3000" imageHeight="3000">'
            + "".join(regions) + "</Page></PcGts>\n").encode()


def ocrjson(blocks: list[list[str]], titles: set[str]) -> bytes:
    """The same page as a RapidOCR result: `[box, text, score]` per line, blocks 40 px apart."""
    y, out = 100, []
    for lines in blocks:
        for line in lines:
            size = 45 if line in titles else 30
            right = 100 + _width(line) * size // 30
            out.append([[[100, y], [right, y], [right, y + size], [100, y + size]], line, 0.97])
            y += size + 10
        y += 40
    return json.dumps(out, ensure_ascii=False).encode()


def flat(blocks: list[list[str]], titles: set[str]) -> bytes:
    """The same page as flat text: blank lines between blocks."""
    return ("\n\n".join("\n".join(lines) for lines in blocks) + "\n").encode()


MAKERS: dict[str, Callable[[list[list[str]], set[str]], bytes]] = {
    "txt": flat, "alto": alto, "hocr": hocr, "pagexml": pagexml, "ocrjson": ocrjson}
SUFFIX = {"txt": "txt", "alto": "xml", "hocr": "html", "pagexml": "xml", "ocrjson": "json"}


def _wrapped(end: str, start: str, width: int = 44) -> list[str]:
    """`end` closing a full line of the column and `start` opening the next, hanzi filling both."""
    return _wrapped_block(end, start, width, _FILL).split("\n")


def _convert(runner: CliRunner, tmp_path: Path, blocks: list[list[str]], fmt: str,
             *args: str) -> str:
    """The txt `convert` writes for the page of `blocks` (a title block first) in `fmt`."""
    page = tmp_path / f"page.{SUFFIX[fmt]}"
    page.write_bytes(MAKERS[fmt]([[TITLE], *blocks], {TITLE}))
    result = runner.invoke(app, ["convert", str(page), "--from", fmt, "-f", "txt", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


#: (end of one line, start of the next, what the output holds): one number, no space inside.
JOINED = [
    ("奥斯卡第7", "8分钟锦上添花", "奥斯卡第78分钟锦上添花"),
    ("票价为180元和2", "80元两档", "票价为180元和280元两档"),
    ("每场1,2", "00名观众", "每场1,200名观众"),
    ("达到1,23", "4人", "达到1,234人"),
    ("合计1,234,5", "67元", "合计1,234,567元"),
    ("价值1", "2.28万元", "价值12.28万元"),
    ("增长1", "5%", "增长15%"),
    ("始建于19", "85年", "始建于1985年"),
    ("定于1", "2月举行", "定于12月举行"),
    ("共有12,", "000名", "共有12,000名"),
    # the review of the branch: a 号 or 日 is no day without a 月 before it, nor before 日元, nor of
    # three digits; a dotted head with a quantity after it is an amount, not a date
    ("位于人民路1", "28号院内", "人民路128号院内"),
    ("公告第7", "8号文件", "公告第78号文件"),
    ("第1", "08号令", "第108号令"),
    ("售价1", "50日元", "售价150日元"),
    ("一年3", "65日", "一年365日"),
    ("营业收入1865", "2.3万元", "营业收入18652.3万元"),
    ("利润总额2015", "8.7万元", "利润总额20158.7万元"),
]

#: (end of one line, start of the next, what the output holds): two numbers, or Latin text.
APART = [
    ("成立于2024", "10月12日开业", "成立于2024 10月12日开业"),  # a year, then a date
    ("发布于2024", "10.12版本", "发布于2024 10.12版本"),
    ("排名第7", "8月份", "排名第7 8月份"),  # no month 78
    ("电话：0931", "8123456转", "0931 8123456转"),  # no hanzi before the digits
    ("共有1,2", "3个", "共有1，2 3个"),  # `1,23` is no figure
    ("增长3.2", "5.6万", "增长3.2 5.6万"),  # two decimal points
    ("about 2", "80 people", "about 2 80 people"),  # Latin text
    ("日期为2024.", "10.12星期六", "日期为2024.10.12星期六"),  # a dotted date, as before
    ("会议于10月3", "5日举行", "10月3 5日举行"),  # no day 35 after a month
]

#: (end of one line, start of the next, what a coordinate page's output holds): two whole numbers
#: at a box page's line end keep the space they had before; flat text reads them as it did (joined).
BOX_APART = [
    ("总分90", "85分", "总分90 85分"),
    ("于2024", "5万元", "于2024 5万元"),
    ("电话0931", "8123456转", "电话0931 8123456转"),
    ("上午10", "30开始", "上午10 30开始"),
    ("定于3", "2日举行", "定于3 2日举行"),  # no 32nd
]

#: A table's rows of one or two cells, set without field gaps: a coordinate page joins them as
#: before (one space between two figures), never fusing a row's last figure with the next row's first.
ROWS = [
    (["1中国38", "2美国36", "3日本20"], ["1中国38", "2美国36", "3日本20"], ["382", "362"]),
    (["北京晴25", "18上海多云"], ["北京晴25", "18上海多云"], ["2518"]),
    (["海港3", "1泰山", "申花2", "0国安"], ["海港3", "1泰山", "申花2", "0国安"], ["31泰山", "20国安"]),
    (["要闻2", "3国际", "4体育"], ["要闻2", "3国际", "4体育"], ["23国际"]),
]


def _case_id(case: tuple[str, str, str]) -> str:
    return f"{case[0]}|{case[1]}".encode("ascii", "ignore").decode() or case[0]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize(("end", "start", "joined"), JOINED, ids=map(_case_id, JOINED))
def test_a_number_cut_by_the_line_break_is_one_number(
    runner: CliRunner, tmp_path: Path, fmt: str, end: str, start: str, joined: str
) -> None:
    out = _convert(runner, tmp_path, [_wrapped(end, start)], fmt)
    assert joined in out


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize(("end", "start", "kept"), APART, ids=map(_case_id, APART))
def test_two_numbers_on_two_lines_stay_two(
    runner: CliRunner, tmp_path: Path, fmt: str, end: str, start: str, kept: str
) -> None:
    out = _convert(runner, tmp_path, [_wrapped(end, start)], fmt)
    assert kept in out


@pytest.mark.parametrize("fmt", [f for f in MAKERS if f != "txt"])
@pytest.mark.parametrize(("end", "start", "kept"), BOX_APART, ids=map(_case_id, BOX_APART))
def test_two_whole_numbers_at_a_box_pages_line_end_keep_their_space(
    runner: CliRunner, tmp_path: Path, fmt: str, end: str, start: str, kept: str
) -> None:
    out = _convert(runner, tmp_path, [_wrapped(end, start)], fmt)
    assert kept in out


@pytest.mark.parametrize("fmt", [f for f in MAKERS if f != "txt"])
@pytest.mark.parametrize(("rows", "cells", "fused"), ROWS, ids=[r[0] for r, _c, _f in ROWS])
def test_a_tables_rows_on_a_box_page_are_never_fused(
    runner: CliRunner, tmp_path: Path, fmt: str, rows: list[str], cells: list[str], fused: list[str]
) -> None:
    out = _convert(runner, tmp_path, [["各项数据"], rows], fmt)
    assert all(cell in out for cell in cells)
    assert not any(f in out for f in fused)


#: The walk-through's page (W16): a region whose lines cut three figures, its last line set apart
#: (below the region's box). (top, left, right, text) of each line of the region.
W16_LINES = [
    (120, 140, 700, "本报讯 上海海港队主场战胜山东泰山队，奥斯卡第7"),
    (150, 100, 700, "8分钟锦上添花，观众达3.2万人，票价为180元和2"),
    (180, 100, 400, "80元两档，每场1,2"),
    (210, 100, 400, "00名观众。"),
]


def _w16_page() -> str:
    """The W16 PAGE-XML page: a title region over a region of `W16_LINES`."""
    lines = "".join(
        f'<TextLine id="l{k}"><Coords points="{x0},{y} {x1},{y} {x1},{y + 24} {x0},{y + 24}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>\n"
        for k, (y, x0, x1, text) in enumerate(W16_LINES, start=1))
    title = ('<TextLine id="l0"><Coords points="300,40 460,40 460,88 300,88"/>'
             "<TextEquiv><Unicode>海港夺冠</Unicode></TextEquiv></TextLine>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">\n'
            '<Page imageFilename="d.png" imageWidth="800" imageHeight="600">\n'
            f'<TextRegion id="r0"><Coords points="300,40 460,40 460,88 300,88"/>{title}</TextRegion>\n'
            f'<TextRegion id="r1"><Coords points="100,120 700,120 700,204 100,204"/>\n{lines}'
            "</TextRegion>\n</Page></PcGts>\n")


def test_the_walkthrough_page_reads_its_figures(runner: CliRunner, tmp_path: Path) -> None:
    page, log, out = (tmp_path / n for n in ("d.page.xml", "e.jsonl", "out.txt"))
    page.write_text(_w16_page(), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(log), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "奥斯卡第78分钟锦上添花，观众达3.2万人，票价为180元和280元两档，每场1,200名观众。" in text
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert not any(r["before"] == "," for r in records)  # the thousands comma stays ASCII
    # the last line, set apart, is joined to its paragraph without a space
    assert any(r["rule"] == "layout.join-paragraph" and r["after"] == "" for r in records)


#: (a paragraph's two blocks, what the output holds): the block break cuts one number.
_LEAD = "本报讯 上海海港队主场战胜山东泰山队，"
_REST = "观众到场，比赛于晚上7点30分开始。"
ACROSS_BLOCKS = [
    ([f"{_LEAD}奥斯卡第7", "8分钟锦上添花，观众达3.2万人。"], "奥斯卡第78分钟锦上添花"),
    ([f"{_LEAD}每场1,2", f"00名{_REST}"], "每场1,200名观众到场"),
    ([f"{_LEAD}共有12,", f"000名{_REST}"], "共有12,000名观众到场"),
]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize(("blocks", "joined"), ACROSS_BLOCKS, ids=["78", "1,200", "12,000"])
def test_a_number_cut_by_a_block_break_is_one_number(
    runner: CliRunner, tmp_path: Path, fmt: str, blocks: list[str], joined: str
) -> None:
    out = _convert(runner, tmp_path, [[line] for line in blocks], fmt)
    assert joined in out


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_year_then_a_date_across_blocks_stay_apart(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    blocks = [["本报讯 上海海港队主场战胜山东泰山队，球队成立于2024"], ["10月12日正式开业，员工三百人。"]]
    out = _convert(runner, tmp_path, blocks, fmt)
    assert "成立于2024 10月12日" in out


def test_flat_text_joins_a_short_line_ending_inside_a_number(runner: CliRunner, tmp_path: Path) -> None:
    """A line of a wrapped block stopping short of the measure kept its break before (a paragraph's
    end, by its width), though no line ends inside a number: `和2` / `80元` read as two numbers."""
    lines = ["本报讯 上海海港队主场战胜山东泰山队，奥斯卡第7", "8分钟锦上添花，票价为180元和2", "80元两档。"]
    out = _convert(runner, tmp_path, [lines], "txt")
    assert "奥斯卡第78分钟锦上添花，票价为180元和280元两档。" in out


def test_a_short_line_ending_a_year_keeps_its_break(runner: CliRunner, tmp_path: Path) -> None:
    lines = ["本报讯 上海海港队主场战胜山东泰山队，奥斯卡第7", "8分钟锦上添花，球队成立于2024", "10月12日。"]
    out = _convert(runner, tmp_path, [lines], "txt")
    assert "成立于2024\n10月12日" in out


@pytest.mark.parametrize("fmt", ["txt", "alto"])
def test_a_tables_rows_keep_their_lines(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    rows = ["1 中国 40 32 27", "2 美国 38 35 30", "3 日本 20 12 13"]
    out = _convert(runner, tmp_path, [rows], fmt)
    assert "\n".join(rows) in out


#: (a line in full-width digits, what the output holds)
FULL_WIDTH = [
    ("本报讯 票价为１，２８０元，每场限售一千张门票。", "票价为1,280元，"),
    ("本报讯 总额为１２，３４５，６７８元人民币。", "总额为12,345,678元人民币。"),
    ("本报讯 房间号为１０１，１０２，请持证入住。", "房间号为101，102，"),  # a list
    ("本报讯 第１，２名获得奖金。", "第1，2名"),
    ("本报讯 票价分别为８０，１２０元。", "分别为80，120元"),
]


@pytest.mark.parametrize(("line", "shown"), FULL_WIDTH, ids=[s for _l, s in FULL_WIDTH])
def test_a_full_width_figure_keeps_its_thousands_commas(
    runner: CliRunner, tmp_path: Path, line: str, shown: str
) -> None:
    assert shown in _convert(runner, tmp_path, [[line]], "txt")


def test_the_full_width_figure_is_one_edit_that_undoes(runner: CliRunner, tmp_path: Path) -> None:
    page, log, out, back = (tmp_path / n for n in ("p.txt", "e.jsonl", "out.txt", "back.txt"))
    page.write_text(f"{TITLE}\n\n本报讯 票价为１，２８０元，每场限售一千张门票。\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(log), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    figure = [r for r in records if r["before"] == "１，２８０"]
    assert [(r["after"], r["rule"]) for r in figure] == [("1,280", "unicode.fullwidth-ascii")]
    result = runner.invoke(app, ["normalize", str(page), "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["edits", "undo", str(out), str(log), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == page.read_bytes()
