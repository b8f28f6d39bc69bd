"""The review report as an archivist gets it, read as HTML: every edit shown once, counts, articles, escaping,
no network, the page image layer, and the `layoutfix review` command."""

from __future__ import annotations

import base64
import itertools
import json
import re
import struct
import zlib
from collections import Counter
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.editlog import dumps_edits
from layoutfix.export.html import KIND_WHY, PALETTE, to_html, to_original, tracked_of, unapplied_suggestions
from layoutfix.export.tei import output_spans
from layoutfix.model import BBox, Document
from layoutfix.pipeline import build_document, convert

PAGES = sorted((Path(__file__).parent / "pages").glob("*.txt"))
#: A MinerU markdown export: image lines, an HTML and a pipe table, tags, entities, LaTeX marks.
MINERU = Path(__file__).parent.parent / "golden" / "markdown-mineru" / "input.txt"
HOSTILE = (
    "市政协召开<script>alert('x')</script>会议\n\n"
    "本报讯(记者 张三)会议指出,要把<b>基层</b>协商 & “民主”落到实处</div><!--。\n\n"
    "代表们认为,这是一次\"</script><img src=x onerror=alert(1)>\"的好会议。"
)


def tiny_png(width: int, height: int) -> bytes:
    """A valid one-colour PNG of the given size (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xf0\xf0\xe8" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path) -> Document:
    return convert(seed_path, fmt="txt").document


@pytest.fixture(scope="module")
def seed_report(seed_doc: Document) -> str:
    return to_html(seed_doc, unapplied_suggestions(seed_doc))


@pytest.fixture(scope="module")
def mineru_doc() -> Document:
    return convert(MINERU, fmt="txt").document


def tree(report: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(report)


def data_of(report: str) -> dict:
    return json.loads(tree(report).get_element_by_id("review-data").text)


def left_text(root: lxml.html.HtmlElement, edits: list[dict]) -> str:
    """The original pane read back: each mark replaced by the text it stands for, badges dropped."""
    pane = root.get_element_by_id("original")
    for el in pane.xpath(".//h2|.//span[@class='num']|.//span[@class='role']"):
        el.drop_tree()
    for mark in pane.xpath(".//mark[contains(@class,'ed')]"):
        before = edits[int(mark.get("data-e"))]["before"]
        tail = mark.tail
        mark.clear()
        mark.text = before
        mark.tail = tail
    return pane.text_content()


def assert_original_pane_lossless(doc: Document, report: str) -> None:
    """Every edit is marked exactly once in the original pane, with its kind, certainty and rule, and
    reading the pane back gives the original's text (only blank lines between blocks are layout)."""
    root = tree(report)
    edits = data_of(report)["edits"]
    marks = root.xpath("//section[@id='original']//mark[contains(@class,' k-') or starts-with(@class,'ed ')]")
    assert sorted(int(m.get("data-e")) for m in marks) == list(range(len(doc.edits)))
    for m in marks:
        e = edits[int(m.get("data-e"))]
        assert f"k-{e['kind']}" in m.get("class") and f"c-{e['cert']}" in m.get("class")
        assert e["rule"] in m.get("title")
    back = left_text(root, edits)
    assert re.sub(r"\s+", "", back) == re.sub(r"\s+", "", doc.original)


def test_every_edit_is_marked_once_in_the_original_and_nothing_is_lost(
    seed_doc: Document, seed_report: str
) -> None:
    assert_original_pane_lossless(seed_doc, seed_report)


def test_a_markdown_export_loses_nothing_in_the_original_pane(mineru_doc: Document) -> None:
    """Tags, table markup, image lines and LaTeX marks are edits like any other: marked, not lost."""
    assert_original_pane_lossless(mineru_doc, to_html(mineru_doc))


def test_counts_shown_match_the_edit_log(seed_doc: Document, seed_report: str) -> None:
    log = [json.loads(line) for line in dumps_edits(seed_doc.edits).splitlines()]
    root = tree(seed_report)

    def shown(key: str) -> int:
        return int(root.xpath(f"//header//b[@data-count='{key}']")[0].text)

    assert shown("edits") == len(log)
    for kind, n in Counter(r["kind"] for r in log).items():
        assert shown(f"kind-{kind}") == n
    for cert in ("high", "medium", "low"):
        assert shown(f"cert-{cert}") == sum(r["cert"] == cert for r in log)
    assert shown("articles") == len(seed_doc.articles)
    data = data_of(seed_report)["edits"]
    assert [(d["start"], d["end"], d["after"], d["rule"]) for d in data] == [
        (r["start"], r["end"], r["after"], r["rule"]) for r in log
    ]


def test_every_edit_has_a_reason(seed_report: str) -> None:
    edits = data_of(seed_report)["edits"]
    typo = [e for e in edits if e["kind"] == "typo"]
    assert typo, "the seed page has typo corrections"
    assert all(e["why"] and e["why"] != "typo" for e in edits)
    # A typo rule's reason is its own `why`, not the kind's general one.
    assert len({e["why"] for e in typo}) == len({e["rule"] for e in typo})


def test_articles_are_shown_in_reading_order_each_in_its_own_colour(
    seed_doc: Document, seed_report: str
) -> None:
    root = tree(seed_report)
    arts = root.xpath("//section[@id='articles']//article")
    assert [a.get("data-art") for a in arts] == [a.id for a in seed_doc.articles]
    colours = [re.search(r"--c:(#\w+)", a.get("style")).group(1) for a in arts]
    assert len(set(colours)) == len(colours) and set(colours) <= set(PALETTE)
    for art, el in zip(seed_doc.articles, arts, strict=True):
        for t in art.titles:
            assert t.text.strip() in " ".join(h.text_content() for h in el.xpath(".//h3"))
        for b in art.bylines:
            assert any(b.text.strip() in p.text_content() for p in el.xpath(".//p[@class='byline']"))
    # Typo corrections are marked in the articles too, as they read after the fix.
    right = root.xpath("//section[@id='articles']//mark")
    typos = [e for e in seed_doc.edits if e.kind == "typo"]
    assert sorted(m.text_content() for m in right) == sorted(e.after for e in typos)


def test_original_blocks_carry_their_article_and_reading_number(seed_doc: Document, seed_report: str) -> None:
    root = tree(seed_report)
    blocks = root.xpath("//section[@id='original']/div[@class='blk']")
    numbers = [int(b.xpath("./span[@class='num']")[0].text) for b in blocks]
    assert sorted(numbers) == list(range(1, len(blocks) + 1))
    art_of = {b.id: a.id for a in seed_doc.articles for b in a.titles}
    for b in blocks:
        if b.get("data-b") in art_of:
            assert b.get("data-art") == art_of[b.get("data-b")]


@pytest.mark.parametrize("page", [*PAGES, MINERU], ids=lambda p: p.parent.name if p == MINERU else p.stem)
def test_block_spans_in_the_original_never_cut_an_edit(page: Path) -> None:
    doc = convert(page, fmt="txt").document
    spans = output_spans(sorted(doc.edits, key=lambda e: (e.start, e.end)))
    regions = []
    for b in doc.pages[0].blocks:
        s, e = to_original(spans, b.start, "start"), to_original(spans, b.end, "end")
        assert s <= e
        for ed in doc.edits:
            assert not ed.start < s < ed.end and not ed.start < e < ed.end, (b.id, ed)
        # The block's original text with the edits inside it applied is the block's output text.
        rebuilt, pos = [], s
        for ed in sorted(doc.edits, key=lambda x: (x.start, x.end)):
            if s <= ed.start and ed.end <= e:
                rebuilt.append(doc.original[pos : ed.start] + ed.after)
                pos = ed.end
        rebuilt.append(doc.original[pos:e])
        assert "".join(rebuilt) == doc.text[b.start : b.end], b.id
        regions.append((s, e))
    regions.sort()
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(regions))


def test_ocr_text_is_escaped_everywhere() -> None:
    doc = build_document(HOSTILE)
    report = to_html(doc)
    root = tree(report)
    scripts = root.xpath("//script")
    assert len(scripts) == 2  # the JSON data and the report's own script
    assert not root.xpath("//img|//b[ancestor::section]|//*[@onerror]")
    assert "<script>alert('x')</script>" in root.get_element_by_id("original").text_content()
    assert "<script>alert('x')</script>" in root.get_element_by_id("articles").text_content()
    data_block = report.split('id="review-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block and json.loads(data_block)["edits"]
    assert "onerror=alert(1)" in root.get_element_by_id("original").text_content()


def test_report_is_self_contained(seed_report: str) -> None:
    root = tree(seed_report)
    for el in root.iter():
        for attr in ("src", "href"):
            value = el.get(attr)
            if value is not None:
                assert value.startswith(("data:", "#")), (el.tag, value)
    assert not root.xpath("//link[@rel='stylesheet']|//script[@src]|//iframe|//object")
    csp = root.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp
    assert "http://" not in seed_report.replace("http://www.w3.org", "") and "https://" not in seed_report


def test_page_layer_draws_each_block_box_with_its_article_colour(seed_doc: Document) -> None:
    doc = convert(Path(__file__).parent.parent / "examples" / "seed-page.txt", fmt="txt").document
    page = doc.pages[0]
    page.width, page.height = 800.0, 1200.0
    for i, b in enumerate(page.blocks):  # a column of boxes, one per block
        b.bbox = BBox(20.0, 10.0 + i * 15, 780.0, 22.0 + i * 15)
    png = tiny_png(8, 12)
    report = to_html(doc, image=png)
    root = tree(report)
    svg = root.xpath("//section[@id='page']//svg")[0]
    assert svg.get("viewbox", svg.get("viewBox")) == "0 0 800 1200"
    image = svg.xpath(".//image")[0]
    assert image.get("href").startswith("data:image/png;base64,")
    boxes = svg.xpath(".//g[@class='box']")
    assert len(boxes) == len(page.blocks)
    art_colours = {a.get("data-art"): re.search(r"--c:(#\w+)", a.get("style")).group(1)
                   for a in root.xpath("//article")}
    left_numbers = {b.get("data-b"): b.xpath("./span[@class='num']")[0].text
                    for b in root.xpath("//section[@id='original']/div[@class='blk']")}
    for g in boxes:
        rect = g.xpath("./rect")[0]
        if g.get("data-art"):
            assert rect.get("stroke") == art_colours[g.get("data-art")]
        assert g.xpath("./text")[0].text == left_numbers[g.get("data-b")]


def test_without_boxes_or_image_there_is_no_page_layer(seed_report: str) -> None:
    assert not tree(seed_report).xpath("//section[@id='page']")


def test_image_without_boxes_is_shown_with_a_note(seed_doc: Document) -> None:
    root = tree(to_html(seed_doc, image=tiny_png(30, 40)))
    assert root.xpath("//section[@id='page']//svg[@viewBox='0 0 30 40' or @viewbox='0 0 30 40']")
    assert "no block coordinates" in root.get_element_by_id("page").text_content()


def test_suggestions_carry_what_rules_learn_needs(seed_doc: Document, seed_report: str) -> None:
    found = unapplied_suggestions(seed_doc)
    data = data_of(seed_report)["suggestions"]
    assert len(data) == len(found)
    for rec, s in zip(data, found, strict=True):
        assert rec["record"]["found"] == s.found and rec["record"]["word"] == s.word
        assert seed_doc.original[s.orig_start : s.orig_end] == s.suspect
    rows = tree(seed_report).xpath("//section[@class='sugg']//tbody/tr")
    assert len(rows) == len(found)


def test_suggestions_exclude_what_an_edit_already_fixed(seed_doc: Document) -> None:
    typo_spans = [(e.start, e.end) for e in seed_doc.edits if e.kind == "typo"]
    for s in unapplied_suggestions(seed_doc):
        assert not any(a < s.orig_end and s.orig_start < b for a, b in typo_spans)
    assert tracked_of(seed_doc).text == seed_doc.text


def test_review_command_writes_the_report(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    png = tmp_path / "page.png"
    png.write_bytes(tiny_png(10, 10))
    result = runner.invoke(app, ["review", str(seed_path), "--image", str(png), "-o", str(out),
                                 "--paper", "酒泉日报", "--date", "2023-10-12"])
    assert result.exit_code == 0, result.stderr
    root = tree(out.read_text(encoding="utf-8"))
    assert "酒泉日报" in root.xpath("//h1")[0].text_content()
    assert root.xpath("//section[@id='page']//image")


def test_review_command_errors(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["review", str(seed_path), "--image", str(tmp_path / "nope.png")])
    assert missing.exit_code == 2
    args = ["review", str(seed_path), "--date", "12.10.2023", "-o", str(tmp_path / "r")]
    bad_date = runner.invoke(app, args)
    assert bad_date.exit_code == 3 and "layoutfix: error:" in bad_date.stderr
    assert not (tmp_path / "r").exists()


def test_batch_review_writes_a_report_beside_each_output(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for page in PAGES[:2]:
        (src / page.name).write_bytes(page.read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(src), str(out), "--jobs", "1", "--review"])
    assert result.exit_code == 0, result.stderr
    for page in PAGES[:2]:
        assert (out / f"{page.stem}.tei.xml").exists()
        report = (out / f"{page.stem}.review.html").read_text(encoding="utf-8")
        doc = convert(page, fmt="txt").document
        assert int(tree(report).xpath("//header//b[@data-count='edits']")[0].text) == len(doc.edits)
    plain = runner.invoke(app, ["batch", str(src), str(tmp_path / "plain"), "--jobs", "1"])
    assert plain.exit_code == 0 and not list((tmp_path / "plain").glob("*.review.html"))


def test_a_removed_carriage_return_or_tab_is_shown_not_invisible() -> None:
    """A Windows page's line endings and a tab are edits a reviewer must see: each removed one is marked
    with a visible glyph in the original pane (a bare carriage return renders as nothing)."""
    doc = build_document("市政协召开会议\r\n\r\n会议指出,要把\t基层协商落到实处。\r\n")
    root = tree(to_html(doc, []))
    marks = root.get_element_by_id("original").xpath(".//mark[contains(@class,'ed')]")
    glyphs = [m.text_content() for m in marks if not m.text_content().strip("␍⇥·↵□")]
    assert "␍" in glyphs
    assert any("⇥" in g for g in glyphs)
    assert "\r" not in root.get_element_by_id("original").text_content()


# ---------------------------------------------------------------- markdown exports: figures, tables
#: The rules that take a markdown export's markup apart (normalize/htmlmarkup.py, tables.py, latex.py).
MARKDOWN_RULES = ("markup.html-tag", "markup.html-script", "markup.image", "markup.table", "markup.latex",
                  "unicode.html-entity")


def articles_pane(report: str) -> lxml.html.HtmlElement:
    return tree(report).get_element_by_id("articles")


def read_as_text(pane: lxml.html.HtmlElement) -> str:
    """What the articles pane says, without its badges (reading numbers, article ids, image notes,
    image paths), without whitespace: the text a reader reads."""
    for el in pane.xpath(".//h2|.//span[@class='num']|.//span[@class='aid']|.//span[@class='where']"
                         "|.//code[@class='path']"):
        el.drop_tree()
    return re.sub(r"\s+", "", pane.text_content())


def test_review_shows_a_markdown_export_as_the_tei_reads_it(runner: CliRunner, tmp_path: Path) -> None:
    """Tables are HTML tables with the cells of the JSON output, in the place the TEI puts them, and no
    image path or table pipe reads as text of the article."""
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["review", str(MINERU), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    pane = articles_pane(report)
    shown = [[[td.text_content() for td in tr.xpath("./td | ./th")] for tr in t.xpath(".//tr")]
             for t in pane.xpath(".//table")]
    exported = json.loads(convert(MINERU, fmt="json").output)["articles"]
    assert shown == [t["rows"] for art in exported for t in art.get("tables", [])]
    assert shown and all(len(rows) > 1 for rows in shown)
    assert "|" not in pane.text_content()
    tei = lxml.etree.fromstring(convert(MINERU, fmt="tei").output.encode("utf-8"))
    body = tei.find(".//{http://www.tei-c.org/ns/1.0}body")
    assert read_as_text(pane) == re.sub(r"\s+", "", "".join(body.itertext()))


def test_an_image_of_a_markdown_export_is_a_figure_naming_its_path(mineru_doc: Document) -> None:
    report = to_html(mineru_doc)
    figures = articles_pane(report).xpath(".//figure")
    exported = [g for art in json.loads(convert(MINERU, fmt="json").output)["articles"]
                for g in art.get("graphics", [])]
    assert [f.xpath(".//code[@class='path']")[0].text_content() for f in figures] == [
        g["url"] for g in exported]
    for fig, graphic in zip(figures, exported, strict=True):
        desc = fig.xpath(".//span[@class='figdesc']")
        assert [d.text_content() for d in desc] == ([graphic["alt"]] if graphic["alt"] else [])
    captions = [p.text_content() for p in articles_pane(report).xpath(".//figure//figcaption/p")]
    art = mineru_doc.articles[0]
    assert {b.text for b in [*art.captions, *art.credits]} <= {re.sub(r"^\d+", "", c) for c in captions}
    # The report holds no file it could fetch: an image path is never a link or a source.
    root = tree(report)
    assert not root.xpath("//*[@src or @href][contains(@src, 'images/') or contains(@href, 'images/')]")


def test_the_markup_edits_of_a_markdown_export_carry_their_own_reason(mineru_doc: Document) -> None:
    edits = data_of(to_html(mineru_doc))["edits"]
    why = {e["rule"]: e["why"] for e in edits if e["rule"] in MARKDOWN_RULES}
    assert set(why) == set(MARKDOWN_RULES)
    kind_of = {e["rule"]: e["kind"] for e in edits}
    assert all(why[r] != KIND_WHY[kind_of[r]] for r in why), "each says why, not just the kind's reason"
    assert len(set(why.values())) == len(why)


@pytest.mark.parametrize(("line", "path"), [('<img src="javascript:alert(1)">', "javascript:alert(1)"),
                                            ('![]("><script>)', '"><script>'),
                                            ("![<img src=x onerror=alert(1)>](a.jpg)", "a.jpg")])
def test_a_hostile_image_path_stays_text(line: str, path: str) -> None:
    """The report shows the image's path as written, as text (a path naming no image file is
    written `![](…)` in the block, the report shows the bare path), and runs none of it."""
    doc = build_document(f"# 市政协召开会议\n\n会议指出,要落到实处。\n\n{line}\n\n图为会议现场。\n")
    graphic = [b for b in doc.pages[0].blocks if b.role == "graphic"]
    assert graphic, "the line is an image line"
    report = to_html(doc)
    root = tree(report)
    assert [c.text_content() for c in root.xpath("//section[@id='articles']//code[@class='path']")] == [path]
    assert len(root.xpath("//script")) == 2
    assert not root.xpath("//section[@id='articles']//*[@src or @href or @onerror]|//a")


def test_a_data_url_image_is_shown_and_anything_else_named(mineru_doc: Document) -> None:
    """An image the export embedded as a data: URL of a format browsers show is drawn in the figure
    (the report's CSP allows data: images); a data: URL whose bytes are not what it claims is not."""
    png = "data:image/png;base64," + base64.b64encode(tiny_png(4, 3)).decode("ascii")
    fake = "data:image/png;base64," + base64.b64encode(b"<svg onload=alert(1)>").decode("ascii")
    html_url = "data:text/html;base64," + base64.b64encode(b"<script>alert(1)</script>").decode("ascii")
    doc = build_document(f"# 标题\n\n正文一段。\n\n![会场]({png})\n\n![]({fake})\n\n![]({html_url})\n")
    root = tree(to_html(doc))
    figures = root.xpath("//section[@id='articles']//figure")
    assert [f.xpath(".//img/@src") for f in figures] == [[png], [], []]
    assert [c.text_content() for c in root.xpath("//section[@id='articles']//code[@class='path']")] == [
        fake, html_url]
