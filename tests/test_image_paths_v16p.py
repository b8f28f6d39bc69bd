"""An image's path, in a markdown export, names a file: no rule of the normaliser changes it.

What the user sees: `normalize` writes the path as the input wrote it and its edit log holds no edit
inside it (typo rules, variants, punctuation, spacing, full-width letters); `convert` writes it so in
the TEI `graphic/@url`, the JSON `graphics[].url` and the edit log. The alt text is text and keeps
its corrections. An `<img>` whose quoted `src` holds a space, and a markdown path holding balanced
parentheses or written between `<` and `>`, are images too, not text whose markup is half removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.cli import app
from layoutfix.editlog import dumps_document_edits
from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.tracked import apply_edits

#: (image line, the path it names, --variants): paths holding what the normalisers change in text
#: (a typo rule's find 其层 and a comma after Han, full-width letters and digits, traditional
#: characters under t2s, simplified ones under s2t, a space, balanced brackets, `<…>`).
IMAGES = [
    ("![其层治理](images/其层治理,1.jpg)", "images/其层治理,1.jpg", "none"),
    ("![图一](imgs/ｘ１园区.png)", "imgs/ｘ１园区.png", "none"),
    ("![園區](图片/園區.jpg)", "图片/園區.jpg", "t2s"),
    ("![](images/物流园区.jpg)", "images/物流园区.jpg", "s2t"),
    ('<img src="imgs/園區 x.jpg">', "imgs/園區 x.jpg", "t2s"),
    ("<img src='图片/其层 治理,2.png' alt=\"Image\"/>", "图片/其层 治理,2.png", "none"),
    ("![图一](images/图片,1(2).jpg)", "images/图片,1(2).jpg", "none"),
    ("![图一](images/其层(a(b)),3.jpg \"题\")", "images/其层(a(b)),3.jpg", "none"),
    ("![图 二](<images/其层 治理,4.jpg>)", "images/其层 治理,4.jpg", "none"),
]


def _page(line: str) -> str:
    return f"# 兰州新区打造西部陆港枢纽\n\n本报讯 近日，物流园区建设加快。\n\n{line}\n\n图为物流园区一角。\n"


def _span_of(page: str, path: str) -> tuple[int, int]:
    """Where `path` stands in `page` (the image line is the only place it does)."""
    start = page.index(path)
    return start, start + len(path)


@pytest.mark.parametrize(("line", "path", "variants"), IMAGES)
def test_normalize_leaves_the_path_as_written(line: str, path: str, variants: str) -> None:
    """The normalised text holds the path as written on a line of its own (between `<` and `>` when
    it holds a blank), and no edit of the log lies inside it (or inserts at its edges); normalising
    that text again changes nothing."""
    page = _page(line)
    options = NormalizeOptions(variants=variants)
    out = normalize_text(page, options)
    assert (f"<{path}>" if " " in path else path) in out.text.split("\n")
    start, end = _span_of(page, path)
    inside = [e for e in out.edits if (e.start < end and start < e.end) or start <= e.start == e.end <= end]
    assert inside == []
    assert apply_edits(page, out.edits) == out.text
    assert normalize_text(out.text, options).edits == []


@pytest.mark.parametrize(("line", "path", "variants"), IMAGES)
def test_convert_writes_the_path_as_written(
    tei_schema: etree.RelaxNG, line: str, path: str, variants: str  # noqa: F811
) -> None:
    """TEI `graphic/@url` (a space percent-encoded), JSON `graphics[].url`, and an edit log with no
    edit inside the path: `edits apply` rebuilds the path as written."""
    page = _page(line)
    options = NormalizeOptions(variants=variants)
    result = convert(page, options=options)
    root = assert_valid(tei_schema, result.output)
    urls = [g.get("url") or "" for g in root.iter(f"{TEI}graphic")]
    assert [unquote(u) for u in urls] == [path] and " " not in urls[0]
    article = json.loads(convert(page, fmt="json", options=options).output)["articles"][0]
    assert [g["url"] for g in article["graphics"]] == [path]
    start, end = _span_of(page, path)
    logged = [json.loads(ln) for ln in dumps_document_edits(result.document).splitlines() if ln]
    assert [e for e in logged if e["start"] < end and start < e["end"]] == []
    assert path in apply_edits(page, result.edits)


def test_the_alt_text_is_still_corrected() -> None:
    """Only the path is kept as written: the alt text gets its corrections (a `<choice>` in
    `figDesc`), the path none."""
    page = _page("![其层治理](images/其层治理,1.jpg)")
    out = normalize_text(page)
    assert out.text.split("\n")[4:6] == ["基层治理", "images/其层治理,1.jpg"]
    assert [(e.before, e.after) for e in out.edits if e.kind == "typo"] == [("其层", "基层")]
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    fig_desc = root.find(f".//{TEI}figDesc")
    assert fig_desc is not None
    assert [c.text for c in fig_desc.iter(f"{TEI}corr")] == ["基层"]


def test_the_normalize_command_writes_the_path_and_logs_no_edit_in_it(tmp_path: Path) -> None:
    """`layoutfix normalize PAGE --edits LOG`: the output's path line, and the log."""
    page = _page("![其层治理](imgs/ｘ１其层,1.jpg)")
    src, log = tmp_path / "p.md", tmp_path / "p.jsonl"
    src.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(src), "--edits", str(log)])
    assert result.exit_code == 0, result.output
    assert "imgs/ｘ１其层,1.jpg" in result.stdout.split("\n")
    edits = [json.loads(ln) for ln in log.read_text(encoding="utf-8").splitlines()]
    start, end = _span_of(page, "imgs/ｘ１其层,1.jpg")
    assert [e["rule"] for e in edits if e["start"] < end and start < e["end"]] == []
    assert [e["rule"] for e in edits if e["kind"] == "typo"] == ["typo.ji-ceng"]  # the alt text's


@pytest.mark.parametrize(("line", "path"), [
    ('<img src="imgs/園區 x.jpg">', "imgs/園區 x.jpg"),
    ("<img src='imgs/a b.png' width=\"30\">", "imgs/a b.png"),
])
def test_an_img_whose_quoted_src_holds_a_space_is_an_image(line: str, path: str) -> None:
    """Before, such a tag was text, yet a later pass removed `<img src=` and `>` and the line became
    a title in curly quotes (`“imgs/园区x.jpg”`): now its markup goes as one image's, the path
    stays whole (between `<` and `>`), and the block is a figure, no heading."""
    page = _page(line)
    out = normalize_text(page, NormalizeOptions(variants="t2s"))
    assert out.text.split("\n")[4] == f"<{path}>"
    assert {e.rule for e in out.edits if e.start >= page.index(line)} == {"markup.image"}
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    assert [unquote(g.get("url") or "") for g in root.iter(f"{TEI}graphic")] == [path]
    assert all(path not in "".join(h.itertext()) for h in root.iter(f"{TEI}head"))


@pytest.mark.parametrize("line", ["<img src=“imgs/a.jpg”>", "我们看到<img src=\"a b.jpg\">了"])
def test_what_is_no_image_keeps_its_tag_whole(line: str) -> None:
    """An `<img>` that is no image (its `src` in curly quotes, or the tag inside a line of text) is
    text: none of its markup is removed, by the markup step or by its later passes."""
    page = _page(line)
    out = normalize_text(page)
    assert [e for e in out.edits if e.kind == "markup" and e.start >= page.index(line)] == []
    assert "<img src=" in out.text


@pytest.mark.parametrize("line", ["![图一](images/图片,1(2).jpg)", "![图一](<images/图 1.jpg>)"])
def test_a_markdown_path_with_brackets_or_in_angle_brackets_is_an_image(line: str) -> None:
    """CommonMark reads balanced parentheses inside a link destination, and a destination between
    `<` and `>` (spaces allowed there). Before, the line stayed text and the punctuation rules made
    it `！[图一]（images/图片，1(2).jpg）`."""
    page = _page(line)
    out = normalize_text(page)
    assert "！" not in out.text and "（" not in out.text
    assert out.text.split("\n")[4] == "图一"
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    assert len(list(root.iter(f"{TEI}graphic"))) == 1


def test_a_character_xml_cannot_carry_leaves_the_path() -> None:
    """The one edit a path gets: a control character no XML can carry goes (`unicode.xml-illegal`).
    Before, the export put it back into `graphic/@url` to write the path as written, and the TEI
    could not be written at all (a ValueError)."""
    page = _page("![图](images/a\x01b.jpg)")
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    assert [g.get("url") for g in root.iter(f"{TEI}graphic")] == ["images/ab.jpg"]
    article = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert [g["url"] for g in article["graphics"]] == ["images/ab.jpg"]
    start, end = _span_of(page, "images/a\x01b.jpg")
    inside = [e.rule for e in normalize_text(page).edits if start <= e.start and e.end <= end]
    assert inside == ["unicode.xml-illegal"]


def test_a_protected_span_moves_with_the_changes_around_it() -> None:
    """`TrackedText.protect`: changes before and after a span move it, a change inside it or an
    insertion at its edge is dropped, and the span still covers the same characters."""
    from layoutfix.tracked import Change, TrackedText

    t = TrackedText("ab[cd]ef[gh]").protect([(3, 5), (9, 11)])
    made = t.apply([
        Change(0, 1, "XX", "r", "typo"), Change(3, 4, "Z", "r", "typo"), Change(5, 5, "!", "r", "punct"),
        Change(6, 7, "", "r", "markup"), Change(7, 10, "", "r", "typo"),
    ])
    assert made.text == "XXb[cd]f[gh]"
    assert [made.text[s:e] for s, e in made.protected] == ["cd", "gh"]


#: Lines of text that name a file (a URL, a slash, an image file's extension) but are sentences: a
#: blank between words, a comma after Han, a typo rule's find. Each is corrected like any text.
PROSE_NAMING_A_FILE = [
    "本报讯 近日,全市召开其层治理会议,详见 www.lz.gov.cn/a.jpg",
    "图为会议现场,其层干部参加/摄影 王丽 照片.jpg",
    "2024/05/06 其层治理 , 会议.jpg 材料",
]


@pytest.mark.parametrize("line", PROSE_NAMING_A_FILE)
def test_a_sentence_naming_an_image_file_is_corrected(line: str) -> None:
    """Before, a line holding a `/` and an image file's extension anywhere was read as an image's
    path and left as written: the typo, the commas and the spacing all stayed. Now only a line that
    is the path itself is (one token, or a path between `<` and `>`)."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        assert "其层" not in out.text and "基层" in out.text
        assert {e.rule for e in out.edits if e.before == "其层"} == {"typo.ji-ceng"}
        assert normalize_text(out.text).edits == []


#: (image line, the path, the line `normalize` writes for it): a path holding a blank or a CJK mark
#: is written between `<` and `>`, as CommonMark writes such a destination, so that a second run
#: tells the line from a sentence.
SPACED = [
    ("![图一](<图 1.jpg>)", "图 1.jpg", "<图 1.jpg>"),
    ('<img src="其层 治理 ,1.jpg">', "其层 治理 ,1.jpg", "<其层 治理 ,1.jpg>"),
    ("![](图片/会议，其层.jpg)", "图片/会议，其层.jpg", "<图片/会议，其层.jpg>"),
]


@pytest.mark.parametrize(("line", "path", "written"), SPACED)
def test_normalising_a_spaced_path_twice_changes_nothing(line: str, path: str, written: str) -> None:
    """Before, the first run kept the path (`图 1.jpg`, `其层 治理 ,1.jpg`) but wrote it bare, and
    a second run read that line as text and corrected it (`图1.jpg`, `基层治理，1.jpg`). Now the
    normalised line is the path between `<` and `>`, which a second run keeps; the TEI and JSON
    have the path without them."""
    for page in (line, _page(line)):
        once = normalize_text(page)
        assert written in once.text.split("\n")
        assert normalize_text(once.text).edits == []
        assert apply_edits(page, once.edits) == once.text
    root = etree.fromstring(convert(_page(line)).output.encode("utf-8"))
    assert [unquote(g.get("url") or "") for g in root.iter(f"{TEI}graphic")] == [path]
    article = json.loads(convert(_page(line), fmt="json").output)["articles"][0]
    assert [g["url"] for g in article["graphics"]] == [path]


@pytest.mark.parametrize("line", ["<imgs/其层 治理,1.jpg>", "images/其层治理,1.jpg", "a/其层,1.jpg?w=300"])
def test_a_path_line_as_normalize_writes_it_stays(line: str) -> None:
    """A line that is a path as the markup step writes one, given as input, stays as written (no
    typo rule or comma inside it); the page around it gets its corrections as ever."""
    assert normalize_text(_page(line)).edits == normalize_text(_page("x.jpg")).edits
