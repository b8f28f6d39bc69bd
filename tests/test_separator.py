"""An ornament line (＊＊＊, * * *, ※※※, ☆☆☆, ◇◇◇) between articles or between the sections of one
is a separator: never a heading or a paragraph, no paragraph runs on across it, TEI
`<milestone unit="section" rend="…"/>`, and the plain-text export reads back as it was written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest_tei import assert_valid, load_schema
from layoutfix import apply_edits, undo_edits
from layoutfix.cli import app
from layoutfix.pipeline import convert

TEI = "{http://www.tei-c.org/ns/1.0}"
MARKS = ["＊＊＊", "* * *", "※※※", "☆☆☆", "◇◇◇", "＊＊＊＊＊"]

#: Two articles; the first has two sections parted by an ornament line, its first section ending
#: without a sentence end (a paragraph that would run on into the next).
TWO_SECTIONS = (
    "多地开展秋季植树活动\n\n"
    "本报讯 10月下旬以来，多地组织干部群众开展秋季义务植树活动。\n\n"
    "在临洮县，500余名干部群众来到洮河沿岸，栽下各类苗木1.2万株\n\n"
    "{inside}\n\n"
    "在通渭县，志愿者在城区周边荒山开展植树活动，共栽植苗木8000余株。\n\n"
    "{between}\n\n"
    "小区加装电梯进展顺利\n\n"
    "今年以来，全市老旧小区加装电梯工作稳步推进，已有36部电梯投入使用。\n"
)


def _page(inside: str = "☆☆☆", between: str = "※※※") -> str:
    return TWO_SECTIONS.format(inside=inside, between=between)


def _txt_twice(runner: CliRunner, tmp_path: Path, page: Path) -> tuple[str, str]:
    """`convert PAGE -f txt`, then `convert` of that output again: both texts."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for src, out in ((page, first), (first, second)):
        result = runner.invoke(app, ["convert", str(src), "-f", "txt", "-o", str(out)])
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""
    return first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")


def test_the_txt_of_the_seed_page_reads_back_as_it_was_written(
    runner: CliRunner, seed_path: Path, tmp_path: Path
) -> None:
    first, second = _txt_twice(runner, tmp_path, seed_path)
    assert "＊＊＊" in first
    assert second == first


def test_the_txt_of_a_page_with_a_separator_inside_an_article_reads_back_as_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_page(), encoding="utf-8")
    first, second = _txt_twice(runner, tmp_path, page)
    assert second == first
    # the marks stand as printed, inside the article and between articles (then the export's own line)
    assert first.count("☆☆☆") == 1 and first.count("＊＊＊") == 1 and first.count("※※※") == 1
    assert "栽下各类苗木1.2万株\n\n☆☆☆\n\n在通渭县" in first
    assert "共栽植苗木8000余株。\n\n※※※\n\n＊＊＊\n\n小区加装电梯进展顺利" in first


@pytest.mark.parametrize("marks", MARKS)
def test_an_ornament_printed_between_articles_is_written_as_printed_in_the_txt(
    runner: CliRunner, tmp_path: Path, marks: str
) -> None:
    # an ornament line is text of the page: the txt shows what was printed before its own `＊＊＊`
    # line, which alone stands for a printed `＊＊＊` (written once), and reads back as written
    page = tmp_path / "page.txt"
    page.write_text(_page(between=marks), encoding="utf-8")
    first, second = _txt_twice(runner, tmp_path, page)
    assert second == first
    between = "" if marks == "＊＊＊" else f"{marks}\n\n"
    assert f"共栽植苗木8000余株。\n\n{between}＊＊＊\n\n小区加装电梯进展顺利" in first


@pytest.mark.parametrize("marks", MARKS)
def test_a_separator_is_a_milestone_where_it_stands(marks: str) -> None:
    root = assert_valid(load_schema(), convert(_page(inside=marks, between=marks)).output)
    body = root.find(f".//{TEI}body")
    assert body is not None
    articles = body.findall(f"{TEI}div")
    assert [a.get("type") for a in articles] == ["article", "article"]
    first = articles[0]
    inside = [(el.tag.replace(TEI, ""), el.get("rend")) for el in first if el.tag != f"{TEI}head"]
    assert inside == [("byline", None), ("p", None), ("p", None), ("milestone", marks), ("p", None)]
    # between the two articles, at body level
    after_first = first.getnext()
    assert after_first is not None and after_first.tag == f"{TEI}milestone"
    assert after_first.get("unit") == "section" and after_first.get("rend") == marks
    assert not any(marks in "".join(p.itertext()) for p in root.iter(f"{TEI}p", f"{TEI}head"))


def test_no_paragraph_runs_on_across_a_separator() -> None:
    doc = convert(_page(), fmt="json").document
    first = doc.articles[0]
    kinds = [p.kind for p in first.parts]
    assert kinds == ["p", "p", "separator", "p", "separator"]
    assert first.parts[1].incomplete  # its sentence does not end: flagged, not joined


def test_headings_after_a_separator_start_an_article() -> None:
    doc = convert(_page(), fmt="json").document
    titles = [[b.text for b in a.titles] for a in doc.articles]
    assert titles == [["多地开展秋季植树活动"], ["小区加装电梯进展顺利"]]
    assert not any(p.kind == "head" for a in doc.articles for p in a.parts)


def test_the_json_lists_each_separator_before_its_paragraph() -> None:
    page = "◇◇◇\n\n" + _page()
    out = json.loads(convert(page, fmt="json").output)
    assert out["separators"] == ["◇◇◇"]
    assert out["furniture"] == []
    first, second = out["articles"]
    assert first["separators"] == [{"text": "☆☆☆", "paragraph": 2}, {"text": "※※※", "paragraph": 3}]
    assert "separators" not in second
    assert all("☆" not in p["text"] and "※" not in p["text"] for p in first["paragraphs"])


def test_a_separator_before_the_first_article_is_kept_in_every_export() -> None:
    page = "◇◇◇\n\n" + _page()
    root = assert_valid(load_schema(), convert(page).output)
    body = root.find(f".//{TEI}body")
    assert body is not None
    assert [el.tag.replace(TEI, "") for el in body][:3] == ["pb", "milestone", "div"]
    assert convert(page, fmt="txt").output.startswith("◇◇◇\n\n多地开展秋季植树活动")


def test_the_edit_log_rebuilds_a_separator_the_spacing_step_changed() -> None:
    original = _page(inside="＊ ＊ ＊ ")
    r = convert(original)
    assert 'rend="＊ ＊ ＊"' in r.output  # the marks' spaces stay as printed, the trailing one went
    assert any(e.before == " " and e.after == "" for e in r.edits)
    assert apply_edits(original, r.edits) == r.document.text
    assert undo_edits(r.document.text, r.edits) == original


@pytest.mark.parametrize("line", ["———", "——————", "□□□", "○○○", "＊＊", "＊＊＊注"])
def test_dashes_withheld_characters_and_short_rows_are_no_separator(line: str) -> None:
    doc = convert(_page(inside=line), fmt="json").document
    assert not any(p.kind == "separator" and line in p.blocks[0].text for a in doc.articles for p in a.parts)
    assert line in convert(_page(inside=line), fmt="txt").output  # kept as text, as before


def test_the_review_shows_separators_as_such(runner: CliRunner, tmp_path: Path) -> None:
    page, report = tmp_path / "page.txt", tmp_path / "review.html"
    page.write_text("◇◇◇\n\n" + _page(), encoding="utf-8")
    result = runner.invoke(app, ["review", str(page), "-o", str(report)])
    assert result.exit_code == 0, result.stderr
    html = report.read_text(encoding="utf-8")
    assert html.count('class="separator"') == 3  # before the first article, inside it, after it
    assert "page furniture:" not in html


def test_a_separator_after_the_signature_of_the_last_article_follows_it() -> None:
    page = "全市召开会议\n\n本报讯 近日，全市召开会议。\n\n（张莉芳）\n\n※※※\n"
    doc = convert(page, fmt="txt")
    assert len(doc.document.articles) == 1
    assert doc.output.endswith("近日，全市召开会议。\n\n（张莉芳）\n\n※※※\n")
    assert convert(doc.output, fmt="txt").output == doc.output
