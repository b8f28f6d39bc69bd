"""The review report (v13 review items): low-confidence words marked in the articles pane too, an
issue's unresolved jumps listed in the report, and the low-confidence filter's markup and script."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.export.review_assets import JS

ISSUES = Path(__file__).parent / "issues"
OCR = Path(__file__).parent / "fixtures" / "ocr"
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}

#: A headline and a lead; the lead's words with their confidences (0-100). 干部在其层 holds a typo a
#: rule corrects (其层 -> 基层); the zero-width space is removed by the normaliser.
LEAD_WORDS = [("近日，", 96), ("基层", 40), ("干部在其层", 35), ("\u200b", 20), ("召开会议。", 95)]


def hocr(words: list[tuple[str, int]]) -> str:
    """An hOCR page with coordinates: the headline 全市召开会议 (confidence 95) over a paragraph of
    `words`, each an `ocrx_word` with its `x_wconf`."""
    def line(y: int, words: list[tuple[str, int]]) -> str:
        spans, x = [], 100
        for text, conf in words:
            width = 30 * max(len(text), 1)
            spans.append(f"<span class='ocrx_word' title='bbox {x} {y} {x + width} {y + 30}; "
                         f"x_wconf {conf}'>{text}</span>")
            x += width + 2
        box = f"title='bbox 100 {y} {x} {y + 30}'"
        return f"<p class='ocr_par' {box}><span class='ocr_line' {box}>{' '.join(spans)}</span></p>"

    return ("<html xmlns='http://www.w3.org/1999/xhtml'><body>"
            "<div class='ocr_page' title='bbox 0 0 1000 1000'>"
            + line(100, [("全市召开会议", 95)]) + line(160, words) + "</div></body></html>")


def review(runner: CliRunner, page: Path | str, out: Path, *args: str) -> lxml.html.HtmlElement:
    """The report `layoutfix review PAGE ARGS` writes, parsed (the command must succeed)."""
    result = runner.invoke(app, ["review", str(page), "-o", str(out), *args])
    assert result.exit_code == 0, result.stderr
    return lxml.html.document_fromstring(out.read_text(encoding="utf-8"))


def lc_marks(root: lxml.html.HtmlElement, pane: str) -> list[lxml.html.HtmlElement]:
    return root.xpath(f"//section[@id='{pane}']//span[@class='lc']")


def words_marked(root: lxml.html.HtmlElement, pane: str) -> set[int]:
    return {int(k) for el in lc_marks(root, pane) for k in el.get("data-w").split()}


def unclear_text(runner: CliRunner, page: Path, *args: str) -> str:
    """The output text of the TEI's `<unclear>`s (a correction's `<corr>`, not its `<sic>`), in order,
    for `convert PAGE ARGS`."""
    result = runner.invoke(app, ["convert", str(page), "-f", "tei", *args])
    assert result.exit_code == 0, result.stderr
    tei = lxml.etree.fromstring(result.stdout.encode("utf-8"))
    return "".join("".join(u.xpath(".//text()[not(ancestor::t:sic)]", namespaces=TEI_NS))
                   for u in tei.iterfind(".//t:body//t:unclear", TEI_NS))


# ------------------------------------------------------------------ 1. articles pane: low confidence
def test_low_confidence_words_are_marked_in_the_articles_pane_where_their_text_stands(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "p.hocr"
    page.write_text(hocr(LEAD_WORDS), encoding="utf-8")
    root = review(runner, page, tmp_path / "r.html", "--min-conf", "0.6")
    # 基层, 干部在其层 and the zero-width space are below 0.6: all three marked in the original...
    assert words_marked(root, "original") == {0, 1, 2}
    # ...the two whose text is in the output in the articles, the removed zero-width space nowhere
    assert words_marked(root, "articles") == {0, 1}
    corrected = [el for el in lc_marks(root, "articles") if el.get("data-w") == "1"]
    assert "".join(el.text_content() for el in corrected) == "干部在基层"  # the typo as corrected
    assert all("干部在其层 0.35" in el.get("title") and "below 0.6" in el.get("title") for el in corrected)
    typo = root.xpath("//section[@id='articles']//span[@class='lc']/mark[contains(@class,'k-typo')]")
    assert [m.text_content() for m in typo] == ["基层"]
    # the same words the TEI marks <unclear>, and the same titles as the original pane's marks
    assert "".join(el.text_content() for el in lc_marks(root, "articles")) == unclear_text(
        runner, page, "--min-conf", "0.6")
    titles = {el.get("data-w"): el.get("title") for el in lc_marks(root, "original")}
    assert all(el.get("title") == titles[el.get("data-w")] for el in lc_marks(root, "articles"))


@pytest.mark.parametrize("level", ["0.6", "0.99"])
def test_every_word_the_tei_marks_unclear_is_marked_in_the_articles_pane(
    runner: CliRunner, tmp_path: Path, level: str
) -> None:
    page = OCR / "p1.alto.xml"
    root = review(runner, page, tmp_path / "r.html", "--min-conf", level)
    marked = Counter("".join(el.text_content() for el in lc_marks(root, "articles")))
    assert marked and marked == Counter(unclear_text(runner, page, "--min-conf", level))
    assert words_marked(root, "articles") == words_marked(root, "original")


def test_a_page_with_no_low_confidence_word_has_no_mark(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "p.hocr"
    page.write_text(hocr(LEAD_WORDS), encoding="utf-8")
    root = review(runner, page, tmp_path / "r.html", "--min-conf", "0.1")
    assert root.xpath("//b[@data-count='low-confidence']")[0].text == "0"
    assert not root.xpath("//span[contains(@class,'lc')]") and root.get_element_by_id("f-lc", None) is None


# ------------------------------------------------------------------ 2. unresolved jumps
def stderr_jumps(stderr: str) -> list[str]:
    """The `layoutfix: unresolved jump: DESCRIPTION MARKER` lines without their prefix: the report
    lists each jump with its marker too (v14)."""
    return [line.removeprefix("layoutfix: unresolved jump: ").rstrip()
            for line in stderr.splitlines() if line.startswith("layoutfix: unresolved jump: ")]


def listed_jumps(root: lxml.html.HtmlElement) -> list[str]:
    """The jumps the report lists, each checked to link to an article of the report."""
    items = root.xpath("//div[@id='unresolved-jumps']//li")
    for li in items:
        (href,) = li.xpath("a/@href")
        assert root.xpath(f"//article[@id='{href.removeprefix('#')}']")
    count = root.xpath("//b[@data-count='unresolved-jumps']")
    assert (count[0].text if count else "0") == str(len(items))
    return [re.sub(r" \([^()]*; article [^()]*\)$", "", li.text_content()) for li in items]


@pytest.mark.parametrize("issue", ["weekly-b", "evening-c"])
def test_review_of_an_issue_folder_lists_its_unresolved_jumps(
    runner: CliRunner, tmp_path: Path, issue: str
) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["review", f"{ISSUES / issue}/", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    expected = stderr_jumps(result.stderr)
    assert expected  # the issue has jumps no page matches
    assert listed_jumps(lxml.html.document_fromstring(out.read_text(encoding="utf-8"))) == expected


def test_batch_issues_review_lists_the_jumps_its_stderr_only_counts(
    runner: CliRunner, tmp_path: Path
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(ISSUES / "weekly-b", src / "weekly-b")
    result = runner.invoke(app, ["batch", str(src), str(out), "--issues", "--review", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert "unresolved jump:" not in result.stderr and "warnings 1" in result.stderr
    alone = runner.invoke(app, ["review", f"{ISSUES / 'weekly-b'}/", "-o", str(tmp_path / "r.html")])
    report = lxml.html.document_fromstring((out / "weekly-b.review.html").read_text(encoding="utf-8"))
    assert listed_jumps(report) == stderr_jumps(alone.stderr) != []


def test_an_issue_whose_jumps_all_resolve_lists_none(runner: CliRunner, tmp_path: Path) -> None:
    root = review(runner, f"{ISSUES / 'daily-a'}/", tmp_path / "r.html")
    assert root.xpath("//article") and not root.xpath("//*[@id='unresolved-jumps']")
    assert not root.xpath("//b[@data-count='unresolved-jumps']")


# ------------------------------------------------------------------ 3. the low-confidence filter
# The project runs the report's script only in a browser (tests/test_review_browser.py, headless
# Chromium): here the markup is checked against what the script reads, and, where Chromium is
# installed, the checkbox is ticked in it.
def low_report(runner: CliRunner, tmp_path: Path) -> tuple[Path, lxml.html.HtmlElement]:
    out = tmp_path / "r.html"
    return out, review(runner, OCR / "p1.alto.xml", out, "--min-conf", "0.99")


def test_the_low_confidence_filter_markup_is_what_the_script_reads(
    runner: CliRunner, tmp_path: Path
) -> None:
    _out, root = low_report(runner, tmp_path)
    ids = set(re.findall(r'getElementById\("([^"]+)"\)', JS))
    assert "f-lc" in ids  # the checkbox the script listens to
    (box,) = root.xpath("//input[@id='f-lc']")
    assert box.get("type") == "checkbox"
    # the filter keeps an edit whose data has `lc` and switches its marks by `mark.ed[data-e="i"]`
    assert re.search(r"!!e\.lc\b", JS) and "'mark.ed[data-e=\"' + e.i + '\"]'" in JS
    data = json.loads(root.get_element_by_id("review-data").text)
    in_low = [e["i"] for e in data["edits"] if "lc" in e]
    assert in_low and f"({len(in_low)})" in box.getparent().text_content()
    for i in in_low:  # each such change is marked, on the left, inside a low-confidence word
        assert root.xpath(f"//section[@id='original']//span[@class='lc']//mark[@class][@data-e='{i}']")
    outside = {e["i"] for e in data["edits"]} - set(in_low)
    assert not {int(m.get("data-e")) for m in root.xpath("//span[@class='lc']//mark[@data-e]")} & outside


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="the browser tests need /usr/bin/chromium")
def test_ticking_the_low_confidence_filter_leaves_only_those_changes(
    runner: CliRunner, tmp_path: Path
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the [dev] extra")
    out, root = low_report(runner, tmp_path)
    data = json.loads(root.get_element_by_id("review-data").text)
    in_low = {str(e["i"]) for e in data["edits"] if "lc" in e}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(out.as_uri())
        shown = "#original mark.ed:not(.off)"
        everything = page.locator(shown).count()
        page.check("#f-lc")
        kept = page.eval_on_selector_all(shown, "ms => ms.map(m => m.dataset.e)")
        counter = page.inner_text("#shown")
        page.uncheck("#f-lc")
        back = page.locator(shown).count()
        browser.close()
    assert not errors
    assert set(kept) == in_low and counter.startswith(f"{len(in_low)} of {len(data['edits'])}")
    assert back == everything > len(kept)
