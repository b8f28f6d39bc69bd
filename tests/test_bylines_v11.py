"""Byline and signature defects left after v10, as a user meets them: an author's bracketed signature
after the text, a signature line under its paragraph, a paper's archive-photo credit closing a
caption, and a spaced byline above the lead."""

from __future__ import annotations

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
TEXT = "近日，全市召开会议。会议强调要抓好落实。"


def tei(runner: CliRunner, page: str) -> etree._Element:
    """The TEI `layoutfix convert -` writes for `page` on stdin (exit 0 and no error asserted)."""
    result = runner.invoke(app, ["convert", "-"], input=page)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return etree.fromstring(result.stdout.encode("utf-8"))


def articles(root: etree._Element) -> list[etree._Element]:
    return root.findall(f".//{TEI}div[@type='article']")


def text_of(el: etree._Element | None) -> str | None:
    return None if el is None else "".join(el.itertext())


@pytest.mark.parametrize("signature", ["（作者：王丽）", "(作者：王丽)", "（作者：欧阳明月）"])
@pytest.mark.parametrize("sep", ["\n\n", "\n", ""])
def test_an_author_signature_after_the_text_closes_the_article(
    runner: CliRunner, signature: str, sep: str
) -> None:
    root = tei(runner, f"全市召开会议\n\n{TEXT}{sep}{signature}\n")
    (article,) = articles(root)
    assert [text_of(h) for h in article.findall(f"{TEI}head")] == ["全市召开会议"]
    assert [text_of(p) for p in article.findall(f"{TEI}p")] == [TEXT]
    assert text_of(article.find(f"{TEI}closer/{TEI}signed")) == signature.strip("()（）")


@pytest.mark.parametrize("signature", ["（作者：王丽）", "（作者 王丽）"])
def test_an_author_signature_under_the_title_is_its_byline(runner: CliRunner, signature: str) -> None:
    root = tei(runner, f"全市召开会议\n\n{signature}\n\n{TEXT}\n")
    (article,) = articles(root)
    assert [text_of(b) for b in article.findall(f"{TEI}byline")] == [signature]
    assert [text_of(p) for p in article.findall(f"{TEI}p")] == [TEXT]


def test_an_author_note_in_brackets_stays_a_note(runner: CliRunner) -> None:
    root = tei(runner, f"全市召开会议\n\n{TEXT}\n\n（作者系甘肃省政协委员）\n")
    (article,) = articles(root)
    assert text_of(article.find(f"{TEI}note")) == "（作者系甘肃省政协委员）"
    assert article.find(f"{TEI}closer") is None
