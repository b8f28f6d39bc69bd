"""Signatures and ornament lines, as a reader of the TEI/JSON/txt output sees them.

1. A glued author line (`作者王丽`, no colon or space) in a block of its own after the text was a
   second article's `<head>`; it signs the article as `作者：王丽` and `作者 王丽` do, and under the
   title it is the byline. `作者简介`, `作者介绍`, `作者的话` stay headings, and `作者系教授` (who the
   writer is, not a name) is no signature.
2. Bare names in brackets closing a paragraph (`……落实。（王丽 李华）`, two authors, no 记者 or 作者
   label) lost the space between them (`space.cjk-cjk`), which the labelled forms keep; ordinary words
   with a stray OCR space there (`（会议 现场）`) still lose it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli_pages import convert_stdin
from layoutfix.cli import app

TITLE = "全市召开会议"
LEAD = "近日，全市召开会议。会议强调要抓好落实。"


def _convert(text: str, fmt: str) -> str:
    return convert_stdin(text, "-f", fmt)


def _articles(text: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(_convert(text, "json"))["articles"]
    return articles


@pytest.mark.parametrize("line", ["作者王丽", "作者欧阳晓明", "作者王丽 李华"])
def test_a_glued_author_line_after_the_text_signs_the_article(line: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{line}\n"
    (article,) = _articles(page)
    assert article["signature"] == line
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]
    assert f"<signed>{line}</signed>" in _convert(page, "tei")


@pytest.mark.parametrize("line", ["作者王丽", "作者欧阳晓明"])
def test_a_glued_author_line_under_the_title_is_the_byline(line: str) -> None:
    (article,) = _articles(f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    assert article["titles"] == [TITLE]
    assert article["byline"] == [line]
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]


@pytest.mark.parametrize("line", ["作者简介", "作者介绍", "作者的话", "作者系教授"])
def test_a_word_glued_to_the_author_label_stays_a_heading(line: str) -> None:
    after = _articles(f"{TITLE}\n\n{LEAD}\n\n{line}\n")
    assert [a["signature"] for a in after] == [None, None]
    assert after[1]["titles"] == [line]
    (under,) = _articles(f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    assert under["byline"] == []
    assert line in under["titles"]


@pytest.mark.parametrize("sep", ["", "\n"])
@pytest.mark.parametrize("names", ["王丽 李华", "王丽 李华 张强", "欧阳晓明 李华"])
def test_bare_names_closing_the_paragraph_keep_their_spaces(sep: str, names: str) -> None:
    page = f"{TITLE}\n\n{LEAD}{sep}（{names}）\n"
    (article,) = _articles(page)
    assert article["signature"] == f"（{names}）"
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]
    assert f"<signed>{names}</signed>" in _convert(page, "tei")
    assert f"（{names}）" in _convert(page, "txt")


@pytest.mark.parametrize(("inner", "printed"), [
    ("会议 现场", "（会议现场）"), ("下转 第二版", "（下转第二版）"), ("下转第二版", "（下转第二版）"),
])
def test_words_in_brackets_closing_the_paragraph_lose_a_stray_space(inner: str, printed: str) -> None:
    txt = _convert(f"{TITLE}\n\n{LEAD}（{inner}）\n", "txt")
    assert printed in txt


SECTIONS = f"{TITLE}\n\n近日，全市召开会议。\n\n{{line}}\n\n会议强调要抓好落实。\n"


@pytest.mark.parametrize("line", ["＊ ＊ ＊", "＊ ＊ ＊ ＊ ＊", "☆ ☆ ☆", "※ ※ ※", "* * *"])
def test_an_ornament_line_keeps_its_spaces_as_printed(line: str, tmp_path: Path) -> None:
    page, edits = tmp_path / "page.txt", tmp_path / "edits.jsonl"
    page.write_text(SECTIONS.format(line=line), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    assert f"\n\n{line}\n\n" in result.stdout
    assert edits.read_text(encoding="utf-8") == ""  # no space went
    assert f'<milestone unit="section" rend="{line}"/>' in _convert(page.read_text(encoding="utf-8"), "tei")
    again = tmp_path / "again.txt"
    again.write_text(result.stdout, encoding="utf-8")
    assert _convert_file(again, "txt") == result.stdout


def _convert_file(path: Path, fmt: str) -> str:
    result = CliRunner().invoke(app, ["convert", str(path), "-f", fmt])
    assert result.exit_code == 0, result.stderr
    return result.stdout
