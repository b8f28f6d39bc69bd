"""The review report on what the OCR engine was unsure of, and on an issue folder's unresolved jumps
(v12 review items)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert

OCR = Path(__file__).parent / "fixtures" / "ocr"
PAGES = Path(__file__).parent / "pages"


def review(runner: CliRunner, page: Path, out: Path, *args: str) -> lxml.html.HtmlElement:
    """The report `layoutfix review PAGE ARGS` writes, parsed (the command must succeed)."""
    result = runner.invoke(app, ["review", str(page), "-o", str(out), *args])
    assert result.exit_code == 0, result.stderr
    return lxml.html.document_fromstring(out.read_text(encoding="utf-8"))


def low_marks(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return root.xpath("//section[@id='original']//span[@class='lc']")


def marked_words(root: lxml.html.HtmlElement) -> set[int]:
    """The indices of the low-confidence words marked in the original pane (a word cut by an edit or a
    line break is marked in pieces, all naming it)."""
    return {int(k) for el in low_marks(root) for k in el.get("data-w").split()}


@pytest.mark.parametrize("level", ["0.6", "0.99"])
def test_review_marks_each_word_read_below_min_conf(runner: CliRunner, tmp_path: Path, level: str) -> None:
    page = OCR / "p1.alto.xml"
    low = convert(page, fmt="json", min_conf=float(level)).document.low_confidence
    assert low
    root = review(runner, page, tmp_path / "r.html", "--min-conf", level)
    assert marked_words(root) == set(range(len(low)))
    assert root.xpath("//b[@data-count='low-confidence']")[0].text == str(len(low))
    words = sorted(low, key=lambda w: (w.start, w.end))
    for el in low_marks(root):
        named = [words[int(k)] for k in el.get("data-w").split()]
        assert all(f"{w.text} {w.conf:.2f}" in el.get("title") for w in named)
        if el.find(".//mark") is None:  # plain text of one word: a piece of it
            assert el.text_content() in named[0].text


def test_review_edit_in_a_low_confidence_word_can_be_filtered(runner: CliRunner, tmp_path: Path) -> None:
    page = OCR / "p1.alto.xml"
    document = convert(page, fmt="json", min_conf=0.99).document
    root = review(runner, page, tmp_path / "r.html", "--min-conf", "0.99")
    data = json.loads(root.get_element_by_id("review-data").text)
    inside = [e for e in data["edits"] if "lc" in e]
    expected = [e for e in document.edits if any(
        (w.start < e.end and e.start < w.end) or w.start < e.start == e.end < w.end
        for w in document.low_confidence)]
    assert inside and len(inside) == len(expected)
    assert f"({len(expected)})" in root.get_element_by_id("f-lc").getparent().text_content()


def test_review_low_confidence_text_stays_escaped(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "hostile.alto.xml"
    alto = (OCR / "p1.alto.xml").read_text(encoding="utf-8")
    hostile = 'WC="0.10" CONTENT="&lt;script&gt;alert(1)&lt;/script&gt;&quot;"'
    page.write_text(alto.replace('WC="0.95" CONTENT="第"', hostile, 1), encoding="utf-8")
    out = tmp_path / "r.html"
    root = review(runner, page, out)
    assert len(root.xpath("//script")) == 2  # the data block and the report's own script
    assert any("<script>alert(1)</script>" in el.text_content() for el in low_marks(root))
    assert "<script>alert(1)" not in out.read_text(encoding="utf-8")


def test_review_of_flat_text_has_no_confidence_marks(runner: CliRunner, tmp_path: Path) -> None:
    root = review(runner, PAGES / "signature.txt", tmp_path / "r.html")
    assert not root.xpath("//*[contains(@class,'lc')]")
    assert not root.xpath("//*[@data-count='low-confidence'] | //*[@id='f-lc']")
    assert "confidence" not in root.get_element_by_id("review-data").text


ISSUES = Path(__file__).parent / "issues"


@pytest.mark.parametrize("issue", ["weekly-b", "sections-d"])
def test_review_of_an_issue_folder_names_its_unresolved_jumps(
    runner: CliRunner, tmp_path: Path, issue: str
) -> None:
    folder = f"{ISSUES / issue}/"
    converted = runner.invoke(app, ["convert", folder, "-o", str(tmp_path / "i.tei")])
    reviewed = runner.invoke(app, ["review", folder, "-o", str(tmp_path / "i.html")])
    assert converted.exit_code == reviewed.exit_code == 0, reviewed.stderr
    assert "unresolved jump:" in converted.stderr
    assert reviewed.stderr == converted.stderr
