"""A line of a Chinese column ending in a dotted abbreviation before a Latin word on the next line.

Singapore, Malaysian and Hong Kong papers print English inside Chinese text. A wrap after `U.S.`,
`a.m.`, `e.g.` or a title's stop (`Dr.`) stands between two words, but the join glued them
(`U.S.Embassy`, `a.m.and`, `Dr.M. Mahathir`), since a word of initials before a stop was read as a
dotted name going on. Inside a dotted name (`zaobao.com.` / `sg`, `U.` / `S.`, `J.` / `K. Rowling`)
and a number (`3.` / `5 percent`) the join still adds nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
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
