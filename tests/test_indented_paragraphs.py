"""Flat text whose paragraphs open with an indent and no blank line between them.

Many OCR text exports (ABBYY, Word-saved txt, newspaper CMS exports) print each paragraph as a line
opening with two ideographic spaces (`　　`), or 2-4 plain spaces, with no blank line between
paragraphs. A line ending a sentence followed by such an indented line is a paragraph break: the
labels cut the block there (`roles.indented_paragraph_starts`), so each paragraph is its own TEI `p`
(txt and JSON alike). Verse, lists and tables whose lines are all indented stay as they are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

TITLE = "全市召开会议"
FIRST = "近日，全市召开会议。会议强调，要抓好落实。"
SECOND = "会议要求，各地要加强领导。"
#: The brief's page: two indented paragraphs of one line each, no blank line between them.
INDENTED = f"　　{FIRST}\n　　{SECOND}"


def _page(tmp_path: Path, body: str, name: str = "page.txt") -> Path:
    page = tmp_path / name
    page.write_text(f"{TITLE}\n\n{body}\n", encoding="utf-8")
    return page


def _convert(runner: CliRunner, args: list[str]) -> str:
    result = runner.invoke(app, ["convert", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _paragraphs(runner: CliRunner, page: Path) -> list[str]:
    article = json.loads(_convert(runner, [str(page), "-f", "json"]))["articles"][0]
    return [p["text"] for p in article["paragraphs"]]


def test_indented_lines_are_paragraphs_in_tei_txt_and_json(runner: CliRunner, tmp_path: Path) -> None:
    page = _page(tmp_path, INDENTED)
    tei = _convert(runner, [str(page)])
    assert f"<p>{FIRST}</p>" in tei and f"<p>{SECOND}</p>" in tei
    assert _convert(runner, [str(page), "-f", "txt"]) == f"{TITLE}\n\n{FIRST}\n\n{SECOND}\n"
    assert _paragraphs(runner, page) == [FIRST, SECOND]


@pytest.mark.parametrize("indent", ["　　", "  ", "    ", "　　 "], ids=["ideographic", "2", "4", "mixed"])
def test_each_indent_form_opens_a_paragraph(runner: CliRunner, tmp_path: Path, indent: str) -> None:
    page = _page(tmp_path, f"{indent}{FIRST}\n{indent}{SECOND}")
    assert _paragraphs(runner, page) == [FIRST, SECOND]


def test_wrapped_indented_paragraphs_join_inside_and_not_across(runner: CliRunner, tmp_path: Path) -> None:
    """An ABBYY-like export: paragraphs wrapped at the column, each opening with an indent."""
    one = "　　近日，全市召开会议。会议强调，要抓好各项工作的落实，推动基层\n协商向纵深发展，把好事办好。"
    two = "　　会议要求，各级干部要深入基层调查研究，各地要加强\n领导，抓好落实。"
    page, edits = _page(tmp_path, f"{one}\n{two}"), tmp_path / "e.jsonl"
    out = _convert(runner, [str(page), "-f", "txt", "--edits", str(edits)])
    one_line, two_line = (p.strip("　").replace("\n", "") for p in (one, two))
    assert out.split("\n\n")[1:] == [one_line, two_line + "\n"]
    records = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert [r["rule"] for r in records if r["kind"] == "join"] == ["join.wrap", "join.wrap"]
    back, final = tmp_path / "back.txt", tmp_path / "final.txt"
    result = runner.invoke(app, ["edits", "apply", str(page), str(edits), "-o", str(final)])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["edits", "undo", str(final), str(edits), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == page.read_bytes()


def test_a_second_convert_of_the_output_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    first = _convert(runner, [str(_page(tmp_path, INDENTED)), "-f", "txt"])
    assert first == f"{TITLE}\n\n{FIRST}\n\n{SECOND}\n"
    again, edits = tmp_path / "again.txt", tmp_path / "again.jsonl"
    again.write_text(first, encoding="utf-8")
    assert _convert(runner, [str(again), "-f", "txt", "--edits", str(edits)]) == first
    assert edits.read_text(encoding="utf-8") == ""


def test_a_byline_line_above_indented_paragraphs(runner: CliRunner, tmp_path: Path) -> None:
    out = _convert(runner, [str(_page(tmp_path, f"本报记者 王丽 李华\n{INDENTED}")), "-f", "txt"])
    assert out == f"{TITLE}\n\n本报记者 王丽 李华\n\n{FIRST}\n\n{SECOND}\n"


def test_an_issue_page_keeps_its_number_on_each_paragraph(runner: CliRunner, tmp_path: Path) -> None:
    """The labels make the pieces, so the issue renumbers them with the page (no jump `pb`)."""
    one = tmp_path / "1.txt"
    one.write_text("甲地召开会议\n\n近日，甲地召开会议。\n", encoding="utf-8")
    tei = _convert(runner, [str(one), str(_page(tmp_path, INDENTED, "2.txt"))])
    page_two = tei.split('<pb n="2" xml:id="p2"/>')[1]
    assert f"<p>{FIRST}</p>" in page_two and f"<p>{SECOND}</p>" in page_two
    assert "<pb" not in page_two


@pytest.mark.parametrize(
    "body",
    [
        "　　床前明月光，\n　　疑是地上霜。\n　　举头望明月，\n　　低头思故乡。",
        "　　白日依山尽，黄河入海流。\n　　欲穷千里目，更上一层楼。",
        "会议强调，要做好以下工作：\n　　1. 加强组织领导。\n　　2. 压实工作责任。",
        "　　一是加强组织领导；\n　　二是压实工作责任；\n　　三是强化督促检查。",
        "指标\t数值\t增长\n地区生产总值\t1200亿元\t5.2%",
        f"　　{FIRST[:-1]}\n　　{SECOND}",
    ],
    ids=["verse", "couplets", "numbered-list", "semicolon-list", "table", "no-sentence-end"],
)
def test_lines_that_are_no_paragraphs_keep_their_block(runner: CliRunner, tmp_path: Path, body: str) -> None:
    out_lines = _convert(runner, [str(_page(tmp_path, body)), "-f", "txt"]).splitlines()
    assert out_lines[2:] == [line.replace("　", " ") for line in body.splitlines()]


def test_a_single_indented_paragraph_keeps_its_text(runner: CliRunner, tmp_path: Path) -> None:
    page, edits = _page(tmp_path, f"　　{FIRST}"), tmp_path / "e.jsonl"
    assert [p.strip() for p in _paragraphs(runner, page)] == [FIRST]
    _convert(runner, [str(page), "-f", "txt", "--edits", str(edits)])
    records = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert [(r["before"], r["rule"]) for r in records] == [("　　", "unicode.space")]
