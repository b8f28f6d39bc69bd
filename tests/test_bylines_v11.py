"""Byline and signature defects left after v10, as a user meets them: an author's bracketed signature
after the text, a signature line under its paragraph, a paper's archive-photo credit closing a
caption, and a spaced byline above the lead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
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


@pytest.mark.parametrize(
    "signature", ["（记者 王丽）", "（本报记者 王丽 李华）", "（作者 王丽）", "（記者 王麗）"]
)
@pytest.mark.parametrize("sep", ["\n", ""])
def test_a_signature_closing_the_paragraph_keeps_its_field_space(
    runner: CliRunner, signature: str, sep: str
) -> None:
    alone = tei(runner, f"全市召开会议\n\n{TEXT}\n\n{signature}\n")
    under = tei(runner, f"全市召开会议\n\n{TEXT}{sep}{signature}\n")
    expected = signature.strip("（）")
    assert text_of(alone.find(f".//{TEI}closer/{TEI}signed")) == expected
    assert text_of(under.find(f".//{TEI}closer/{TEI}signed")) == expected
    (article,) = articles(under)
    assert [text_of(p) for p in article.findall(f"{TEI}p")] == [TEXT]


def test_the_signature_space_is_kept_and_the_other_spaces_still_go(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    spaced = "全市召开会议\n\n近日，全市 召开会议。 会议强调要抓好落实。\n（记者 王丽）\n"
    page.write_text(spaced, encoding="utf-8")
    out, log = tmp_path / "page.out.txt", tmp_path / "page.jsonl"
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["before"], e["rule"]) for e in edits] == [(" ", "space.cjk-cjk"), (" ", "space.cjk-punct")]
    assert "（记者 王丽）" in out.read_text(encoding="utf-8")


def top_level_alternatives(pattern: str) -> list[str]:
    """The `|`-separated alternatives of `pattern` outside any group or character class."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


#: One credit of each form of `roles._CREDIT_FORMS`, in its order.
CREDIT_EXAMPLES = [
    "新华社记者 张强 摄", "新华社记者 王丽 发", "新华社发（李明 摄）", "视觉中国供图", "本报资料照片",
    "摄影：王丽",
]


def test_every_credit_form_passes_the_quick_filter_and_is_found_under_a_caption() -> None:
    from layoutfix.layout import roles

    forms = top_level_alternatives(roles._CREDIT_FORMS)
    assert len(forms) == len(CREDIT_EXAMPLES), "give the new credit form an example"
    for form, credit in zip(forms, CREDIT_EXAMPLES, strict=True):
        assert regex.fullmatch(form, credit), (form, credit)
        found = roles.named_credit(f"会场一角。\n{credit}")
        assert found is not None and found.group().strip() == credit, credit


@pytest.mark.parametrize("credit", ["本报资料照片", "资料照片"])
@pytest.mark.parametrize("caption", ["", "会场一角。", "会场一角。\n"])
def test_an_archive_photo_credit_is_a_credit(runner: CliRunner, caption: str, credit: str) -> None:
    root = tei(runner, f"全市召开会议\n\n{TEXT}\n\n{caption}{credit}\n")
    (article,) = articles(root)
    assert [text_of(n) for n in article.findall(f".//{TEI}figure/{TEI}note[@type='credit']")] == [credit]
    assert [text_of(h) for h in article.findall(f"{TEI}head")] == ["全市召开会议"]


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        ("全市召开会议\n\n本報記者 王麗 發自北京\n近日，全市召開會議。\n", "本報記者 王麗 發自北京"),
        ("全市召开会议\n\n本報記者 王麗 李華\n近日，全市召開會議。\n", "本報記者 王麗 李華"),
    ],
)
def test_a_traditional_byline_line_above_the_lead_keeps_its_spaces(
    runner: CliRunner, page: str, byline: str
) -> None:
    (article,) = articles(tei(runner, page))
    assert [text_of(b) for b in article.findall(f"{TEI}byline")] == [byline]


def test_a_byline_line_above_the_lead_keeps_its_spaces_through_s2t(runner: CliRunner) -> None:
    page = "全市召开会议\n\n本报记者 王丽 发自北京\n近日，全市召开会议。\n"
    result = runner.invoke(app, ["convert", "-", "-f", "txt", "--variants", "s2t"], input=page)
    assert result.exit_code == 0, result.stderr
    assert "本報記者 王麗 發自北京\n" in result.stdout, result.stdout
