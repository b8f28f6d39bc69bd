"""Whole issues (issue 6): pages ordered, jumps resolved into one article, unresolved jumps kept as
flagged parts, nothing lost or duplicated, the issue TEI valid."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI, assert_every_hanzi_accounted_for, assert_valid, tei_schema  # noqa: F401
from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.issue import convert_issue, page_from_name
from layoutfix.tracked import apply_edits, undo_edits

ISSUES = Path(__file__).resolve().parent / "issues"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _divs(root: etree._Element) -> dict[str, etree._Element]:
    return {d.get(XML_ID): d for d in root.iter(f"{TEI}div") if d.get("type") == "article"}


def _text(el: etree._Element) -> str:
    return "".join(t for t in el.itertext())


@pytest.mark.parametrize("name", ["daily-a", "weekly-b", "evening-c"])
@pytest.mark.parametrize("keep_parts", [False, True])
def test_issue_tei_is_valid_and_keeps_every_character(
    name: str, keep_parts: bool, tei_schema: etree.RelaxNG  # noqa: F811
) -> None:
    result = convert_issue([ISSUES / name], keep_parts=keep_parts)
    root = assert_valid(tei_schema, result.output)
    doc = result.document
    # Lossless: the issue's edit log rebuilds the output from the pages and back.
    originals = [p.read_text(encoding="utf-8") for p in sorted((ISSUES / name).glob("*.txt"))]
    assert sorted(Counter(doc.original).items()) != [] and len(doc.original) >= sum(map(len, originals))
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original
    # Every Han character of every page appears exactly once in the TEI, modulo recorded edits.
    assert_every_hanzi_accounted_for("".join(originals), doc.edits, root)
    # One <pb xml:id> per page, in page order.
    pbs = [pb.get("n") for pb in root.iter(f"{TEI}pb") if pb.get(XML_ID)]
    assert pbs == [str(pg.number) for pg in doc.pages] == sorted(pbs, key=int)


def test_two_jumps_to_the_same_page_are_matched_by_title_not_order() -> None:
    result = convert_issue([ISSUES / "daily-a"])
    root = etree.fromstring(result.output.encode())
    divs = _divs(root)
    # p1-a1 (farm conference) continues in the SECOND continuation on page 3, p1-a2 in the first.
    assert {(j.source.id, j.target.id) for j in result.jumps if j.resolved} == {  # type: ignore[union-attr]
        ("p1-a1", "p3-a2"), ("p1-a2", "p3-a1"), ("p2-a1", "p4-a1"),
    }
    assert "p3-a1" not in divs and "p3-a2" not in divs and "p4-a1" not in divs
    farm = divs["p1-a1"]
    assert farm.get("part") is None and farm.get("next") is None
    assert "统筹抓好设施农业" in _text(farm)  # the page-3 paragraphs are in the article
    port = _text(divs["p1-a2"])
    assert port.index("融合发展") < port.index("物流集散中心")
    jump_pbs = [pb for pb in farm.iter(f"{TEI}pb") if pb.get("type") == "jump"]
    assert [pb.get("n") for pb in jump_pbs] == ["3"]
    # The shortened headline of the continuation is kept, as a jump head, not as a second title.
    assert [fw.text for fw in farm.iter(f"{TEI}fw") if fw.get("type") == "jump-head"] == ["秋冬季农业生产"]
    assert [h.text for h in farm.findall(f"{TEI}head")] == ["全省秋冬季农业生产工作会议在兰州召开"]


def test_sentence_split_by_the_jump_is_one_paragraph_with_its_quotes_paired() -> None:
    result = convert_issue([ISSUES / "daily-a"], fmt="txt")
    assert "播种面积稳中有升，”他要求各地加强田间管理" in result.output
    assert "“我们要抓紧" in result.output
    quote = [e for e in result.edits if "layout.jump-quote" in e.rules]
    assert [(e.before, e.after, e.cert) for e in quote] == [('"', "”", "medium")]
    tei = etree.fromstring(convert_issue([ISSUES / "daily-a"]).output.encode())
    split = next(p for p in tei.iter(f"{TEI}p") if "稳中有" in _text(p))
    assert _text(split).endswith("做好防灾减灾准备。")
    assert split.find(f"{TEI}pb") is not None


def test_keep_parts_links_the_parts_by_article_id() -> None:
    result = convert_issue([ISSUES / "daily-a"], keep_parts=True)
    divs = _divs(etree.fromstring(result.output.encode()))
    assert (divs["p1-a1"].get("part"), divs["p1-a1"].get("next")) == ("I", "#p3-a2")
    assert (divs["p3-a2"].get("part"), divs["p3-a2"].get("prev")) == ("F", "#p1-a1")
    assert (divs["p1-a2"].get("next"), divs["p3-a1"].get("prev")) == ("#p3-a1", "#p1-a2")
    assert not any(pb.get("type") == "jump" for d in divs.values() for pb in d.iter(f"{TEI}pb"))


def test_missing_pages_are_kept_as_flagged_parts_and_reported(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = convert_issue([ISSUES / "weekly-b"], report=report)
    divs = _divs(etree.fromstring(result.output.encode()))
    data = json.loads(report.read_text(encoding="utf-8"))
    unresolved = {(u["from"], u["to"], u["status"]) for u in data["unresolved"]}
    assert unresolved == {("p1-a1", None, "missing-page"), (None, "p3-a3", "missing-page")}
    assert [p["n"] for p in data["pages"]] == [1, 2, 3]
    # The part going to page 6 stays a part, flagged, and points at no page that is not there.
    tourism = divs["p1-a1"]
    assert tourism.get("part") == "I" and tourism.get("next") is None
    note = tourism.find(f"{TEI}note[@type='jump']")
    assert note is not None and note.get("subtype") == "missing-page" and "page 6" in (note.text or "")
    orphan = divs["p3-a3"]
    assert orphan.get("part") == "F" and orphan.get("prev") is None
    # (见第3版) and a full-width (下转第三版) resolve.
    assert "p3-a1" not in divs and "p3-a2" not in divs
    assert "带动就业3000人" in _text(divs["p1-a2"])


def test_candidates_that_cannot_be_told_apart_tie_and_are_not_guessed() -> None:
    result = convert_issue([ISSUES / "evening-c"])
    ties = [j for j in result.jumps if j.status == "tie"]
    assert {j.source.id for j in ties if j.source} == {"p2-a1"}
    assert {j.target.id for j in ties if j.target} == {"p5-a1", "p5-a2"}
    divs = _divs(etree.fromstring(result.output.encode()))
    # Page 1 -> page 2 is resolved into one article; its onward jump to page 5 stays open.
    parking = divs["p1-a1"]
    assert "p2-a1" not in divs and parking.get("part") == "I" and parking.get("next") == "#p5"
    assert parking.find(f"{TEI}note[@subtype='tie']") is not None
    assert "力争再新增车位3000个" in _text(parking)
    assert {"p5-a1", "p5-a2"} <= set(divs)


def test_pages_are_ordered_by_file_name_header_or_explicit_number(tmp_path: Path) -> None:
    assert [page_from_name(n) for n in ("gsrb_p03.txt", "page-3.txt", "P12.txt", "03.txt", "x.txt")] == [
        3, 3, 12, 3, None,
    ]
    # Unnumbered names: the page header (第N版) orders the pages, whatever order they are given in.
    for n, src in zip("cab", sorted((ISSUES / "daily-a").glob("*.txt"))[:3], strict=True):
        shutil.copy(src, tmp_path / f"{n}.txt")
    result = convert_issue([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    assert [(pg.number, Path(pg.source).name) for pg in result.document.pages] == [
        (1, "c.txt"), (2, "a.txt"), (3, "b.txt"),
    ]
    # An explicit number wins; the same number twice is an error, not a guess.
    with pytest.raises(InputError, match="page 1 given twice"):
        convert_issue([tmp_path / "a.txt", tmp_path / "c.txt"], pages=[1, None])


def test_cli_converts_an_issue_and_lists_unresolved_jumps_on_stderr(tmp_path: Path) -> None:
    out, report = tmp_path / "issue.tei.xml", tmp_path / "r.json"
    pages = sorted((ISSUES / "weekly-b").glob("*.txt"))
    res = CliRunner().invoke(app, ["convert", *map(str, pages), "-o", str(out), "--report", str(report)])
    assert res.exit_code == 0, res.output
    assert "page 6 is not in this issue" in res.stderr and "（下转第6版）" in res.stderr
    assert out.read_text(encoding="utf-8").count('xml:id="p') >= 3
    assert len(json.loads(report.read_text(encoding="utf-8"))["unresolved"]) == 2
    # A directory, --keep-parts, and FILE:N page numbers.
    res = CliRunner().invoke(app, ["convert", str(ISSUES / "daily-a"), "--keep-parts", "-f", "txt"])
    assert res.exit_code == 0 and res.stderr == ""
    assert res.stdout.count("＊＊＊") == 8  # 9 parts: nothing merged
    a, b = tmp_path / "x.txt", tmp_path / "y.txt"
    shutil.copy(pages[0], a)
    shutil.copy(pages[2], b)
    res = CliRunner().invoke(app, ["convert", f"{a}:5", f"{b}:3", "-f", "json"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(app, ["convert", f"{a}:1", f"{b}:1"])
    assert res.exit_code == 3 and "given twice" in res.stderr


def test_an_issue_of_coordinate_pages_has_a_surface_per_page(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    ocr = Path(__file__).resolve().parent / "fixtures" / "ocr"
    result = convert_issue([ocr / "p3.rapidocr.json", ocr / "p1.alto.xml", ocr / "p2.hocr"])
    root = assert_valid(tei_schema, result.output)
    assert [pg.number for pg in result.document.pages] == [1, 2, 3]
    surfaces = root.findall(f"{TEI}facsimile/{TEI}surface")
    assert [s.get(XML_ID) for s in surfaces] == ["p1-surface", "p2-surface", "p3-surface"]
    zone_ids = [z.get(XML_ID) for z in root.iter(f"{TEI}zone")]
    assert len(zone_ids) == len(set(zone_ids)) > 3
    pointed = {f.lstrip("#") for el in root.iter() for f in (el.get("facs") or "").split()}
    assert pointed and pointed <= set(zone_ids) | {s.get(XML_ID) for s in surfaces}


def test_line_zones_reach_an_issue(tmp_path: Path, tei_schema) -> None:  # noqa: F811
    """`convert p1.hocr p2.hocr --line-zones` wrote no line zone at all: the option was dropped on the
    way to the issue's TEI. Now every page's lines are zones, as when each page is converted alone."""
    ocr = Path(__file__).parent / "fixtures" / "ocr"
    pages = [ocr / "p1.hocr", ocr / "p2.hocr"]
    out = tmp_path / "issue.xml"
    res = CliRunner().invoke(app, ["convert", *map(str, pages), "--line-zones", "-o", str(out)])
    assert res.exit_code == 0, res.output
    root = assert_valid(tei_schema, out.read_text(encoding="utf-8"))
    lines = root.findall(f".//{TEI}zone[@type='line']")
    alone = 0
    for page in pages:
        one = CliRunner().invoke(app, ["convert", str(page), "--line-zones", "-o", str(tmp_path / "one.xml")])
        assert one.exit_code == 0, one.output
        alone += len(etree.parse(str(tmp_path / "one.xml")).getroot().findall(f".//{TEI}zone[@type='line']"))
    assert alone > 0 and len(lines) == alone
    assert len({z.get("{http://www.w3.org/XML/1998/namespace}id") for z in lines}) == len(lines)


def test_issue_folder_takes_the_pages_a_batch_takes(tmp_path: Path) -> None:
    """`convert DIR/` and `batch --issues` read one list of page files: an `.xhtml` hOCR page is a page
    (it was dropped from an issue folder), and a hidden `._p1.txt` (what macOS leaves on other disks)
    is not (it was read as a page and failed the issue)."""
    issue = tmp_path / "issue"
    shutil.copytree(ISSUES / "daily-a", issue)
    hocr = Path(__file__).parent / "fixtures" / "ocr" / "p1.hocr"
    (issue / "gsrb_p05.xhtml").write_bytes(hocr.read_bytes())
    (issue / "._gsrb_p01.txt").write_bytes(b"\x00\x05\x16\x07 Mac OS X resource fork")
    result = convert_issue([issue], fmt="json")
    assert [p.number for p in result.pages] == [1, 2, 3, 4, 5]
    assert Path(result.pages[-1].source).name == "gsrb_p05.xhtml"


def test_issue_folder_refuses_a_broken_link(tmp_path: Path) -> None:
    """A page that is a broken symbolic link failed nothing: the issue came out without that page."""
    issue = tmp_path / "issue"
    shutil.copytree(ISSUES / "daily-a", issue)
    (issue / "gsrb_p05.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match=r"gsrb_p05\.txt: broken symbolic link"):
        convert_issue([issue])
    res = CliRunner().invoke(app, ["convert", str(issue)])
    assert res.exit_code == 3
    assert "broken symbolic link" in res.stderr


def test_a_lettered_page_reference_is_never_matched_by_its_number(tmp_path: Path) -> None:
    """A paper printed in sections has pages A2 and B2. `(下转B2版)` was read as page 2, so in an issue
    whose pages are numbers it was joined to whatever page 2 continued from page 1: a guess, and here a
    wrong one (page 2 is A2; the article goes on in section B)."""
    (tmp_path / "p1.txt").write_text(
        "兰州新区打造西部陆港枢纽\n\n本报讯(记者 李娜)10月10日,兰州新区国际陆港首趟中欧班列从中川北站发车,"
        "标志着新区向西开放通道建设迈出\n\n(下转B2版)\n", encoding="utf-8")
    (tmp_path / "p2.txt").write_text(
        "西部陆港枢纽\n\n(上接第1版)\n\n新步伐。新区将加快完善口岸功能,推动物流、贸易、产业融合发展。\n",
        encoding="utf-8")
    result = convert_issue([tmp_path / "p1.txt", tmp_path / "p2.txt"], fmt="json")
    lettered = [j for j in result.jumps if j.lettered]
    assert [(j.status, j.source is not None, j.lettered) for j in lettered] == [("missing-page", True, "B2")]
    assert "section letter" in lettered[0].describe()
    assert not any(j.resolved for j in result.jumps)  # the part on page 2 stays a part of its own
    assert len(json.loads(result.output)["articles"]) == 2


@pytest.mark.parametrize(("name", "page"), [
    ("第1版.txt", 1), ("第2版.TXT", 2), ("第01版.txt", 1), ("gsrb_第3版.txt", 3), ("1版.txt", 1),
    ("04版.alto.xml", 4), ("第１２版.txt", 12), ("甘肃日报第5版.txt", 5),
])
def test_a_file_named_by_its_page_in_chinese_states_its_number(name: str, page: int) -> None:
    """Deliveries name pages as papers print them (`第1版.txt`): an issue of such files was refused
    with 'cannot tell the page number'."""
    assert page_from_name(name) == page


@pytest.mark.parametrize("name", ["第A3版.txt", "A4版.txt", "第0版.txt", "版面.txt"])
def test_a_section_page_or_no_number_is_no_page_number(name: str) -> None:
    assert page_from_name(name) is None


def test_an_issue_of_files_named_by_their_pages_in_chinese(tmp_path: Path) -> None:
    # pages without a header: only their names number them
    for name, title in (("第2版.txt", "兰州新区打造西部陆港枢纽"), ("第1版.TXT", "全省农业生产工作会议召开")):
        (tmp_path / name).write_text(f"{title}\n\n近日，全省召开会议。\n", encoding="utf-8")
    result = convert_issue([tmp_path])
    assert [(pg.number, Path(pg.source).name) for pg in result.document.pages] == [
        (1, "第1版.TXT"), (2, "第2版.txt")]
