"""`convert` on coordinate inputs (hOCR, ALTO, PAGE-XML, RapidOCR JSON) end to end.

The fixtures are real Tesseract / RapidOCR output of rendered pages with the truth they were rendered
from (tests/fixtures/ocr). Each output paragraph is matched to the truth paragraph it resembles most
(rapidfuzz ratio; the engines misread a few characters); the articles and paragraphs must come out
in the truth's order, and the same pipeline run in the engine's block order is measured beside it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from lxml import etree
from rapidfuzz import fuzz

from conftest_tei import assert_valid, tei_schema  # noqa: F401
from layoutfix.export.text import paragraph_text
from layoutfix.layout.geometry import DEFAULT_MIN_CONF, box_gap_changes, line_join_changes, page_text
from layoutfix.model import BBox, Block, Document, Line, Page, Word
from layoutfix.pipeline import build_document, convert
from layoutfix.readers.detect import read_any
from layoutfix.tracked import apply_edits, undo_edits

FIX = Path(__file__).parent / "fixtures" / "ocr"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
FORMATS = ("hocr", "alto.xml", "page.xml", "rapidocr.json")
CASES = [(p, f) for p in ("p1", "p2") for f in FORMATS]
#: Below this similarity an output paragraph matches no truth paragraph.
MIN_SIMILARITY = 75


def truth(page: str) -> dict:
    return json.loads((FIX / f"{page}.truth.json").read_text(encoding="utf-8"))


def truth_paragraphs(page: str) -> list[tuple[str, str]]:
    """(article id, paragraph text) in reading order."""
    return [(a["id"], p) for a in truth(page)["articles"] for p in a["paragraphs"]]


def output_paragraphs(doc: Document) -> list[tuple[str, str]]:
    return [(a.id, paragraph_text(doc, part)) for a in doc.articles for part in a.parts if part.kind == "p"]


def match(doc: Document, page: str) -> tuple[list[int], list[int]]:
    """Truth index of each matched output paragraph, and the truth paragraphs never matched."""
    want = truth_paragraphs(page)
    found: list[int] = []
    for _art, text in output_paragraphs(doc):
        scores = [fuzz.ratio(text, t) for _a, t in want]
        best = max(range(len(want)), key=scores.__getitem__)
        if scores[best] >= MIN_SIMILARITY:
            found.append(best)
    return found, sorted(set(range(len(want))) - set(found))


def in_order(ranks: list[int]) -> float:
    return sum(a < b for a, b in pairwise(ranks)) / max(1, len(ranks) - 1)


def engine_order(page: Page) -> Page:
    """The page as the engine ordered its blocks (what convert would do without geometry)."""
    page.explicit_order = True
    return page


@pytest.mark.parametrize(("page", "fmt"), CASES, ids=[f"{p}.{f}" for p, f in CASES])
def test_articles_and_paragraphs_in_truth_order(page: str, fmt: str) -> None:
    doc = convert(FIX / f"{page}.{fmt}").document
    ranks, missing = match(doc, page)
    engine_doc = build_document(engine_order(read_any(FIX / f"{page}.{fmt}")[0]))
    engine_ranks, engine_missing = match(engine_doc, page)
    n = len(truth_paragraphs(page))
    print(f"\n{page}.{fmt}: paragraphs found in order: engine order {in_order(engine_ranks):.3f} "
          f"({n - len(engine_missing)}/{n} found), ours {in_order(ranks):.3f} ({n - len(missing)}/{n} found)")
    assert not missing, [truth_paragraphs(page)[k][1] for k in missing]
    assert ranks == sorted(ranks) and len(ranks) == len(set(ranks))
    # every truth article is an article of its own, with its title, in reading order
    titles = [t.text for a in doc.articles for t in a.titles]
    want = [a["title"] for a in truth(page)["articles"]]
    assert len(titles) == len(want)
    assert all(fuzz.ratio(a, b) >= MIN_SIMILARITY for a, b in zip(titles, want, strict=True)), titles


def test_vertical_page_paragraphs() -> None:
    """RapidOCR on the vertical page: each truth paragraph once, in order, under its own title."""
    doc = convert(FIX / "p3.rapidocr.json").document
    ranks, missing = match(doc, "p3")
    assert not missing, [truth_paragraphs("p3")[k][1] for k in missing]
    assert ranks == sorted(ranks) and len(ranks) == len(set(ranks)) == len(truth_paragraphs("p3"))
    titles = [t.text for a in doc.articles for t in a.titles]
    want = [a["title"] for a in truth("p3")["articles"]]
    assert len(titles) == len(want)
    assert all(fuzz.ratio(a, b) >= MIN_SIMILARITY for a, b in zip(titles, want, strict=True)), titles
    assert not any(a.kicker for a in doc.articles)  # running text is not a kicker
    # the horizontal running head above the columns is page furniture
    assert [f.text for f in doc.front] == ["第4版文化"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_edit_log_round_trips_on_the_page_text(fmt: str) -> None:
    doc = convert(FIX / f"p1.{fmt}").document
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original
    # the original is the page text: blocks in reading order joined by blank lines
    assert doc.original == page_text(read_any(FIX / f"p1.{fmt}")[0]).text


def test_tesseract_spaces_and_line_breaks_are_gone_from_paragraphs() -> None:
    doc = convert(FIX / "p1.hocr").document
    assert " " in doc.original and "\n" in doc.original
    for _art, text in output_paragraphs(doc):
        assert " " not in text and "\n" not in text, text
    kinds = {e.rules[0] for e in doc.edits}
    assert {"join.line", "space.box-gap"} <= kinds


@pytest.mark.parametrize("fmt", ["hocr", "alto.xml", "rapidocr.json"])
def test_facsimile_zones_and_facs_pointers(tei_schema: etree.RelaxNG, fmt: str) -> None:  # noqa: F811
    result = convert(FIX / f"p2.{fmt}", line_zones=True)
    root = assert_valid(tei_schema, result.output)
    surfaces = root.findall(f"{TEI}facsimile/{TEI}surface")
    assert len(surfaces) == 1
    zones = {z.get(XML_ID): z for z in surfaces[0].iter(f"{TEI}zone")}
    blocks = [z for z in zones.values() if z.get("type") == "block"]
    assert blocks and any(z.get("type") == "line" for z in zones.values())
    page = read_any(FIX / f"p2.{fmt}")[0]
    if page.width is not None:
        assert surfaces[0].get("lrx") == str(int(page.width))
        assert surfaces[0].get("lry") == str(int(page.height))
        for z in zones.values():
            assert 0 <= float(z.get("ulx")) < float(z.get("lrx")) <= page.width
    pointed = set()
    body = root.find(f"{TEI}text/{TEI}body")
    for el in body.iter():
        for ref in (el.get("facs") or "").split():
            assert ref.startswith("#")
            pointed.add(ref[1:])
    surface_id = surfaces[0].get(XML_ID)
    assert surface_id in pointed  # <pb facs>
    assert pointed - {surface_id} <= set(zones)
    assert {z.get(XML_ID) for z in blocks} <= pointed  # every block zone is used by some text
    for tag in ("head", "p"):
        assert all(el.get("facs") for el in body.iter(f"{TEI}{tag}")), tag


def test_flat_text_has_no_facsimile() -> None:
    result = convert("第一段文字。\n\n第二段文字。")
    assert "<facsimile" not in result.output and "facs=" not in result.output


def test_low_confidence_words_are_flagged(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    page = read_any(FIX / "p1.hocr")[0]
    low = [w for b in page.blocks for ln in b.lines for w in ln.words if w.conf < DEFAULT_MIN_CONF]
    assert low, "the fixture has words Tesseract was unsure of"
    result = convert(FIX / "p1.hocr", fmt="json")
    listed = json.loads(result.output)["low_confidence"]
    assert listed["min_conf"] == DEFAULT_MIN_CONF
    assert sorted(w["text"] for w in listed["words"]) == sorted(w.text.strip() for w in low)
    assert all(w["conf"] < DEFAULT_MIN_CONF for w in listed["words"])
    root = assert_valid(tei_schema, convert(FIX / "p1.hocr").output)
    unclear = ["".join(u.itertext()) for u in root.iter(f"{TEI}unclear")]
    assert all(u.get("reason") == "low-confidence" for u in root.iter(f"{TEI}unclear"))
    flagged = "".join(unclear)
    for w in result.document.low_confidence:  # each word, with the engine's spaces gone
        assert w.text.replace(" ", "").strip("”") in flagged
    # a higher threshold flags more, zero flags nothing
    assert len(convert(FIX / "p1.hocr", min_conf=0.9).document.low_confidence) > len(low)
    zero = convert(FIX / "p1.hocr", min_conf=0.0)
    assert not zero.document.low_confidence and "<unclear" not in zero.output


def test_input_format_is_detected_or_forced(tmp_path: Path) -> None:
    hocr = (FIX / "p2.hocr").read_bytes()
    renamed = tmp_path / "page.dat"
    renamed.write_bytes(hocr)
    detected = convert(renamed, fmt="txt").output
    assert detected == convert(FIX / "p2.hocr", fmt="txt").output
    assert "特色产业带动农民增收" in detected
    as_text = convert(renamed, fmt="txt", input_format="txt").output
    assert "ocr_page" in as_text  # read as flat text: the markup is text
    with pytest.raises(Exception, match="not <alto>"):
        convert(renamed, input_format="alto")
    assert convert(hocr, fmt="txt").output == detected  # bytes are detected too


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "layoutfix.cli", *args], capture_output=True, text=True,
                          check=False)


def test_cli_from_and_min_conf(tmp_path: Path) -> None:
    run = _cli("convert", str(FIX / "p1.alto.xml"), "--from", "alto", "-f", "json", "--min-conf", "0.3",
               "--edits", str(tmp_path / "e.jsonl"))
    assert run.returncode == 0, run.stderr
    words = json.loads(run.stdout)["low_confidence"]["words"]
    assert words and all(w["conf"] < 0.3 for w in words)
    assert "flagged" in run.stderr
    edits = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(e["rule"] == "join.line" for e in edits)
    wrong = _cli("convert", str(FIX / "p1.alto.xml"), "--from", "hocr")
    assert wrong.returncode == 3 and "no ocr_page" in wrong.stderr


@pytest.mark.parametrize("fmt", ["hocr", "alto.xml", "page.xml"])
def test_malformed_xml_exits_3_naming_file_and_line(tmp_path: Path, fmt: str) -> None:
    data = (FIX / f"p1.{fmt}").read_bytes()
    cut = tmp_path / f"cut.{fmt}"
    cut.write_bytes(data[: len(data) // 2])
    run = _cli("convert", str(cut))
    assert run.returncode == 3
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and str(cut) in lines[0] and ": line " in lines[0], run.stderr


# --- geometry on small pages built in code ----------------------------------------------------------


def _line(words: list[tuple[str, float, float]], y: float = 0, h: float = 20) -> Line:
    ws = [Word(t, BBox(x0, y, x1, y + h), 0.9) for t, x0, x1 in words]
    return Line(" ".join(t for t, _a, _b in words), BBox(ws[0].bbox.x0, y, ws[-1].bbox.x1, y + h), 0.9, ws)


def _page(*lines: Line) -> Page:
    text = "\n".join(ln.text for ln in lines)
    return Page([Block("b1", text, bbox=BBox(0, 0, 400, 200), lines=list(lines))])


def test_box_gaps_decide_which_engine_spaces_go() -> None:
    # Han words touching: the engine's space goes; Latin words a space apart stay apart; letters the
    # engine split inside a word are rejoined
    line = _line([("华为", 0, 40), ("发布", 44, 84), ("Mate", 88, 130), ("X", 140, 150),
                  ("P", 160, 170), ("ro", 171, 190)])
    pt = page_text(_page(line))
    out = apply_edits(pt.text, [])
    from layoutfix.tracked import TrackedText
    fixed = TrackedText(out).apply(box_gap_changes(pt)).text
    assert fixed == "华为发布Mate X Pro"


def test_lines_join_without_a_space_between_chinese_and_with_one_between_latin() -> None:
    from layoutfix.tracked import TrackedText

    a = _line([("记者走进", 0, 380)], y=0)
    b = _line([("田间地头。", 0, 100)], y=25)
    pt = page_text(_page(a, b))
    assert TrackedText(pt.text).apply(line_join_changes(pt)).text == "记者走进田间地头。"
    c = _line([("the", 0, 380)], y=0)
    d = _line([("end", 0, 60)], y=25)
    pt = page_text(_page(c, d))
    assert TrackedText(pt.text).apply(line_join_changes(pt)).text == "the end"


def test_geometry_splits_paragraphs_and_marks_headlines() -> None:
    title = _line([("城区新增公交线路", 0, 300)], y=0, h=32)
    first = _line([("为方便市民出行，", 40, 400)], y=40)  # indented: a paragraph starts
    last = _line([("新开通三条线路。", 0, 200)], y=65)  # short: the paragraph ends
    nxt = _line([("新线路实行统一票价。", 40, 400)], y=90)
    body = [_line([("正文正文正文", 0, 400)], y=200 + 25 * k) for k in range(5)]
    page = Page([Block("b1", "", bbox=BBox(0, 0, 400, 115), lines=[title, first, last, nxt]),
                 Block("b2", "", bbox=BBox(0, 200, 400, 320), lines=body)])
    pt = page_text(page)
    texts = [pt.text[s.start:s.end] for s in pt.segments]
    assert texts[:3] == ["城区新增公交线路", "为方便市民出行，\n新开通三条线路。", "新线路实行统一票价。"]
    assert "headline" in pt.segments[0].hints and "headline" not in pt.segments[1].hints


@pytest.mark.parametrize("fmt", ["hocr", "alto.xml"])
def test_page_text_lets_edits_apply_and_undo_work_on_a_coordinate_page(fmt: str, tmp_path: Path) -> None:
    """`convert --edits --page-text`: the CLI's own `edits apply|undo` rebuild both sides."""
    from typer.testing import CliRunner

    from layoutfix.cli import app

    runner = CliRunner()
    log, text = tmp_path / "e.jsonl", tmp_path / "page.txt"
    out = runner.invoke(app, ["convert", str(FIX / f"p1.{fmt}"), "-o", str(tmp_path / "p1.tei.xml"),
                              "--edits", str(log), "--page-text", str(text)])
    assert out.exit_code == 0, out.output
    assert "\n\n" in text.read_text(encoding="utf-8")
    applied = runner.invoke(app, ["edits", "apply", str(text), str(log)])
    assert applied.exit_code == 0, applied.output
    assert applied.stdout == convert(FIX / f"p1.{fmt}").document.text
    normalised = tmp_path / "norm.txt"
    normalised.write_text(applied.stdout, encoding="utf-8")
    undone = runner.invoke(app, ["edits", "undo", str(normalised), str(log)])
    assert undone.exit_code == 0 and undone.stdout == text.read_text(encoding="utf-8")
    refused = runner.invoke(app, ["convert", str(FIX / f"p1.{fmt}"), str(FIX / "p2.hocr"),
                                  "--page-text", str(text)])
    assert refused.exit_code == 2
