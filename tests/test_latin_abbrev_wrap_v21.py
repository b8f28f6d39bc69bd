"""A line of a Chinese column ending in a dotted abbreviation before a Latin word on the next line.

Flat text (`join.wrap`) and a coordinate page's lines (ALTO, hOCR: `join.line`) alike.

Singapore, Malaysian and Hong Kong papers print English inside Chinese text. A wrap after `U.S.`,
`a.m.`, `e.g.` or a title's stop (`Dr.`) stands between two words, but the join glued them
(`U.S.Embassy`, `a.m.and`, `Dr.M. Mahathir`), since a word of initials before a stop was read as a
dotted name going on. Inside a dotted name (`zaobao.com.` / `sg`, `U.` / `S.`, `J.` / `K. Rowling`)
and a number (`3.` / `5 percent`) the join still adds nothing. The box join of a coordinate page
glued after any Latin mark (`united,not`, `Dr.Mahathir`); it now asks the flat-text join's question.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert
from layoutfix.tracked import apply_edits, undo_edits
from test_wrapped_lines import _page, _wrapped_block

#: (end of one line, start of the next, the joined text the output must hold): a space.
SPACED = [
    ("前往U.S.", "Embassy递交", "前往U.S. Embassy递交"),
    ("前往the U.S.", "embassy递交", "the U.S. embassy递交"),
    ("上午10 a.m.", "and下午", "上午10 a.m. and下午"),
    ("下午4 p.m.", "to 6 p.m.举行", "下午4 p.m. to 6 p.m.举行"),
    ("例如e.g.", "Singapore等地", "例如e.g. Singapore等地"),
    ("作家J.", "Rowling的新书", "作家J. Rowling的新书"),
    ("拥有Ph.D.", "degree的学者", "拥有Ph.D. degree的学者"),
    ("总理Dr.", "M. Mahathir表示", "总理Dr. M. Mahathir表示"),
    ("会见Mr.", "Lee Hsien Loong时", "会见Mr. Lee Hsien Loong时"),
    ("位于St.", "Andrew's路", "位于St. Andrew's路"),
    # kept from before: a title before a whole word
    ("Tun Dr.", "Mahathir出席", "Tun Dr. Mahathir出席"),
]

#: A dotted name or a number cut after its stop: nothing between the two lines.
GLUED = [
    ("浏览zaobao.com.", "sg查询", "浏览zaobao.com.sg查询"),
    ("浏览zaobao.", "com.sg查询", "浏览zaobao.com.sg查询"),
    ("来自U.", "S.的代表", "来自U.S.的代表"),
    ("来自U.S.", "A.的代表", "来自U.S.A.的代表"),
    ("作家J.", "K. Rowling的新书", "作家J.K. Rowling的新书"),
    ("上午10 a.", "m.开始", "上午10 a.m.开始"),
    ("拥有Ph.", "D.学位", "拥有Ph.D.学位"),
    ("增长3.", "5 percent以上", "增长3.5 percent以上"),
    ("采用Node.", "js开发", "采用Node.js开发"),
]


def _joined(runner: CliRunner, tmp_path: Path, end: str, start: str) -> tuple[str, str, str]:
    """The txt, JSON paragraphs and TEI of a page whose column wraps between `end` and `start`."""
    page = _page(tmp_path, _wrapped_block(end, start))
    outs = []
    for fmt in ("txt", "json", "tei"):
        result = runner.invoke(app, ["convert", str(page), "-f", fmt])
        assert result.exit_code == 0, result.stderr
        outs.append(result.stdout)
    paragraphs = json.loads(outs[1])["articles"][0]["paragraphs"]
    return outs[0], "\n".join(p["text"] for p in paragraphs), outs[2]


def _case_id(end: str, start: str) -> str:
    """A test id of the case's Latin text: `U.S.|Embassy`."""
    return f"{end}|{start}".encode("ascii", "ignore").decode()


@pytest.mark.parametrize(
    ("end", "start", "joined"), SPACED + GLUED, ids=[_case_id(e, s) for e, s, _ in SPACED + GLUED]
)
def test_a_wrap_after_a_stop_reads_as_printed(
    runner: CliRunner, tmp_path: Path, end: str, start: str, joined: str
) -> None:
    txt, paragraphs, tei = _joined(runner, tmp_path, end, start)
    assert joined in txt
    assert joined in paragraphs
    assert joined.replace("'", "&apos;") in tei or joined in tei
    again = tmp_path / "again.txt"
    again.write_text(txt, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(again), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == txt  # the punctuation and spacing steps leave the stop and the space


def test_the_space_is_one_wrap_edit_that_undoes(runner: CliRunner, tmp_path: Path) -> None:
    page, edits = _page(tmp_path, _wrapped_block("前往U.S.", "Embassy递交")), tmp_path / "e.jsonl"
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    log = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert next((r["before"], r["after"]) for r in log if r["rule"] == "join.wrap") == ("\n", " ")
    applied, back = tmp_path / "applied.txt", tmp_path / "back.txt"
    result = runner.invoke(app, ["edits", "apply", str(page), str(edits), "-o", str(applied)])
    assert result.exit_code == 0, result.stderr
    assert "U.S. Embassy" in applied.read_text(encoding="utf-8")
    result = runner.invoke(app, ["edits", "undo", str(applied), str(edits), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == page.read_bytes()


#: A block of two ALTO lines: `{end}` closing the first at the column edge, `{start}` opening the next.
_ALTO = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="1400">
<PrintSpace><TextBlock ID="b0" HPOS="100" VPOS="240" WIDTH="364" HEIGHT="108">
<TextLine HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="会议在北京召开，代表" HPOS="100"
 VPOS="240" WIDTH="250" HEIGHT="28"/><SP/><String CONTENT="{end}" HPOS="360" VPOS="240" WIDTH="104"
 HEIGHT="28"/></TextLine>
<TextLine HPOS="100" VPOS="280" WIDTH="364" HEIGHT="28"><String CONTENT="{start}" HPOS="100" VPOS="280"
 WIDTH="100" HEIGHT="28"/><SP/><String CONTENT="递交文件，会议指出要加强合作。" HPOS="210" VPOS="280"
 WIDTH="252" HEIGHT="28"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""

#: (end of one line, start of the next, the joined text): on a coordinate page, by its boxes.
BOX_SPACED = [
    ("U.S.", "Embassy", "代表U.S. Embassy递交"),
    ("a.m.", "and", "代表a.m. and递交"),
    ("Tun Dr.", "Mahathir", "代表Tun Dr. Mahathir递交"),
    ("Dr.", "M. Mahathir", "代表Dr. M. Mahathir递交"),
    ("united,", "not", "代表united, not递交"),
    ("World", "Health", "代表World Health递交"),
]
BOX_GLUED = [
    ("zaobao.com.", "sg", "代表zaobao.com.sg递交"),
    ("U.", "S.", "代表U.S.递交"),
    ("J.", "K. Rowling", "代表J.K. Rowling递交"),
    ("S$1,234.", "50", "代表S$1,234.50递交"),
    ("3.", "5 percent", "代表3.5 percent递交"),
    ("www.zaobao.", "com.sg", "代表www.zaobao.com.sg递交"),
]


@pytest.mark.parametrize(
    ("end", "start", "joined"),
    BOX_SPACED + BOX_GLUED,
    ids=[_case_id(e, s) for e, s, _ in BOX_SPACED + BOX_GLUED],
)
def test_an_alto_line_break_after_a_stop_reads_as_printed(end: str, start: str, joined: str) -> None:
    result = convert(_ALTO.format(end=end, start=start).encode(), fmt="txt", input_format="alto")
    assert joined in result.output
    (join,) = [e for e in result.edits if e.rule == "join.line"]
    assert join.after == (" " if " " + start.split()[0] in joined else "")
    original = result.document.original
    assert undo_edits(apply_edits(original, result.edits), result.edits) == original


def _hocr_line(text: str, y: int) -> str:
    """An hOCR line of the one column, `text` in one word."""
    word = f"<span class='ocrx_word' title='bbox 60 {y} 940 {y + 30}'>{text}</span>"
    return f"<span class='ocr_line' title='bbox 60 {y} 940 {y + 30}'>{word}</span>"


def test_an_hocr_line_break_after_an_abbreviation_keeps_the_space() -> None:
    lines = _hocr_line("会议在北京召开，代表前往U.S.", 180) + _hocr_line("Embassy递交文件，会议指出。", 220)
    data = ("<html xmlns='http://www.w3.org/1999/xhtml'><head><title>p</title></head><body>"
            "<div class='ocr_page' title='bbox 0 0 1000 1200'><div class='ocr_carea'>"
            f"<p class='ocr_par' title='bbox 60 180 940 250'>{lines}</p></div></div></body></html>")
    for fmt in ("txt", "tei"):
        assert "前往U.S. Embassy递交" in convert(data.encode(), fmt=fmt, input_format="hocr").output


#: One paragraph over two ALTO blocks (a column break): `{end}` ends the first, `{start}` opens the next.
_ALTO_COLUMNS = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="1400">
<PrintSpace><TextBlock ID="b0" HPOS="100" VPOS="240" WIDTH="364" HEIGHT="108">
<TextLine HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="会议在北京召开，各界代表前往大使馆"
 HPOS="100" VPOS="240" WIDTH="364" HEIGHT="28"/></TextLine>
<TextLine HPOS="100" VPOS="280" WIDTH="364" HEIGHT="28"><String CONTENT="递交文件，他对记者说" HPOS="100"
 VPOS="280" WIDTH="250" HEIGHT="28"/><SP/><String CONTENT="{end}" HPOS="360" VPOS="280" WIDTH="104"
 HEIGHT="28"/></TextLine>
</TextBlock>
<TextBlock ID="b1" HPOS="500" VPOS="240" WIDTH="364" HEIGHT="108">
<TextLine HPOS="500" VPOS="240" WIDTH="364" HEIGHT="28"><String CONTENT="{start}" HPOS="500" VPOS="240"
 WIDTH="100" HEIGHT="28"/><SP/><String CONTENT="divided，会议指出要加强" HPOS="610" VPOS="240" WIDTH="254"
 HEIGHT="28"/></TextLine>
<TextLine HPOS="500" VPOS="280" WIDTH="200" HEIGHT="28"><String CONTENT="合作。" HPOS="500" VPOS="280"
 WIDTH="100" HEIGHT="28"/></TextLine>
</TextBlock></PrintSpace></Page></Layout></alto>
"""


@pytest.mark.parametrize(
    ("end", "start", "joined"),
    [("united,", "not", "说united, not divided"), ("S$12,", "000", "说S$12,000 divided")],
    ids=["words", "thousands"],
)
def test_a_paragraph_joined_across_a_column_after_a_comma(end: str, start: str, joined: str) -> None:
    """The paragraph join spaces Latin words after a mark as the line joins do; a number stays whole."""
    result = convert(_ALTO_COLUMNS.format(end=end, start=start).encode(), fmt="txt", input_format="alto")
    assert joined in result.output
    (join,) = [e for e in result.edits if e.rule == "layout.join-paragraph"]
    assert join.after == (" " if "not" in joined else "")
