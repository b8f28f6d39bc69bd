"""Issues of papers printed in sections (A1..A8, B1..B4): pages labelled from their file names, ordered
by section then number, jumps like `(下转A3版)` resolved against the labels, and the labels in the TEI
`pb/@n`, the report and the CLI. Every test here fails on the code before page labels (e10d68c)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI, assert_every_hanzi_accounted_for, assert_valid, tei_schema  # noqa: F401
from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.issue import convert_issue
from layoutfix.tracked import apply_edits, undo_edits

SECTIONS = Path(__file__).resolve().parent / "issues" / "sections-d"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _page(folder: Path, name: str, *blocks: str) -> Path:
    """A flat-text page of short blocks (blank lines between them) named `name` in `folder`."""
    path = folder / name
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def _jump_page(folder: Path, name: str, marker: str) -> Path:
    """A page whose one article breaks off mid-sentence before the "to" marker `marker`."""
    return _page(folder, name, "兰州新区打造西部陆港枢纽",
                 "本报讯(记者 李娜)10月10日,兰州新区国际陆港首趟中欧班列从中川北站发车,标志着新区",
                 marker)


def _continuation_page(folder: Path, name: str, marker: str) -> Path:
    """A page whose one part opens with the "from" marker `marker` and ends the sentence."""
    return _page(folder, name, "西部陆港枢纽", f"{marker}向西开放通道建设迈出新步伐。")


def _resolved(result: object) -> set[tuple[str, str]]:
    jumps = result.jumps  # type: ignore[attr-defined]
    return {(j.source.id, j.target.id) for j in jumps if j.resolved}


def test_lettered_jumps_join_the_articles_of_a_sectioned_issue() -> None:
    result = convert_issue([SECTIONS])
    # Two jumps from A1 to A3 (told apart by their titles, as numbered ones are), one from B1 to B3.
    assert _resolved(result) == {("p1-a1", "p2-a2"), ("p1-a2", "p2-a1"), ("p3-a1", "p4-a1")}
    farm = next(a for a in result.document.articles if a.id == "p1-a1")
    paragraph = "".join(b.text for p in farm.parts if p.kind == "p" for b in p.blocks)
    assert "稳中有" in paragraph and "他要求各地加强田间管理" in paragraph  # one paragraph across A1 -> A3
    doc = result.document
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original


def test_the_tei_names_each_page_by_its_label(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    result = convert_issue([SECTIONS])
    root = assert_valid(tei_schema, result.output)
    pbs = [(pb.get("n"), pb.get(XML_ID)) for pb in root.iter(f"{TEI}pb") if pb.get(XML_ID)]
    assert pbs == [("A1", "p1"), ("A3", "p2"), ("B1", "p3"), ("B3", "p4")]  # ids stay number-based
    jumps = {(pb.get("n"), pb.get("corresp")) for pb in root.iter(f"{TEI}pb") if pb.get("type") == "jump"}
    assert jumps == {("A3", "#p2"), ("B3", "#p4")}
    targets = {n.text: n.get("target") for n in root.iter(f"{TEI}note") if n.get("type") == "continuation"}
    assert targets["（下转A3版）"] == "#p2" and targets["（接B1版）"] == "#p3"
    scope = next(root.iter(f"{TEI}biblScope"))
    assert (scope.get("from"), scope.get("to")) == ("A1", "B3")
    originals = "".join(p.read_text(encoding="utf-8") for p in sorted(SECTIONS.iterdir()))
    assert_every_hanzi_accounted_for(originals, result.document.edits, root)


def test_the_report_lists_labels_beside_integer_page_numbers() -> None:
    report = convert_issue([SECTIONS]).report
    pages = report["pages"]
    assert isinstance(pages, list)
    assert [(p["n"], p["label"]) for p in pages] == [(1, "A1"), (2, "A3"), (3, "B1"), (4, "B3")]
    unresolved = {j["marker"]: j for j in report["unresolved"]}  # type: ignore[attr-defined]
    # A label not in the issue is named as printed; a reference without a letter is not matched.
    assert unresolved["（下转C2版）"]["to_label"] == "C2"
    assert "page C2 is not in this issue" in unresolved["（下转C2版）"]["message"]
    assert unresolved["（下转第4版）"]["to_page"] is None
    assert "page 4 has no section letter" in unresolved["（下转第4版）"]["message"]


def test_pages_are_ordered_by_section_then_number(tmp_path: Path) -> None:
    for name in ("B01.txt", "A10.txt", "A2.txt", "a1.txt"):  # name order would put A10 before A2
        _page(tmp_path, name, "陇南电商助农销售额同比增长两成", f"本报讯 {name}页的正文。")
    result = convert_issue([tmp_path])
    assert [(p.number, p.label) for p in result.pages] == [(1, "A1"), (2, "A2"), (3, "A10"), (4, "B1")]
    assert [Path(p.source).name for p in result.pages] == ["a1.txt", "A2.txt", "A10.txt", "B01.txt"]


@pytest.mark.parametrize(("to_name", "from_name", "to_marker", "from_marker"), [
    ("gsrb_A04.txt", "gsrb_B02.txt", "(下转B2版)", "(上接A4版)"),
    ("Ａ４版.txt", "b2.txt", "(转Ｂ２版)", "(接Ａ4版)"),  # full-width letters and digits
])
def test_a_jump_between_sections_is_resolved(
    tmp_path: Path, to_name: str, from_name: str, to_marker: str, from_marker: str
) -> None:
    _page(tmp_path, "gsrb_A02.txt", "定西马铃薯喜获丰收", "本报讯 今年全区种植马铃薯100万亩。")
    _jump_page(tmp_path, to_name, to_marker)
    _continuation_page(tmp_path, from_name, from_marker)
    result = convert_issue([tmp_path])
    assert [p.label for p in result.pages] == ["A2", "A4", "B2"]
    assert _resolved(result) == {("p2-a1", "p3-a1")}
    assert not result.unresolved


def test_a_reference_without_a_letter_is_not_matched_in_a_sectioned_issue(tmp_path: Path) -> None:
    # 转第2版 on page A1 may mean A2, B2 or the second page: no join is guessed, it is flagged.
    _jump_page(tmp_path, "A01.txt", "(下转第2版)")
    _continuation_page(tmp_path, "A02.txt", "(上接第1版)")
    result = convert_issue([tmp_path])
    assert _resolved(result) == set()
    assert {j.status for j in result.unresolved} == {"missing-page"}
    assert all("has no section letter" in j.describe() for j in result.unresolved)


def test_a_label_used_twice_is_an_error(tmp_path: Path) -> None:
    _jump_page(tmp_path, "A04.txt", "(下转B2版)")
    _continuation_page(tmp_path, "gsrb_a4.txt", "(上接A4版)")
    with pytest.raises(InputError, match=r"^page A4 given twice: .*A04\.txt and .*gsrb_a4\.txt$"):
        convert_issue([tmp_path])


def test_cli_refuses_pages_only_some_of_which_are_labelled(tmp_path: Path) -> None:
    a = _jump_page(tmp_path, "A01.txt", "(下转A2版)")
    b = _continuation_page(tmp_path, "page-2.txt", "(上接A1版)")
    result = CliRunner().invoke(app, ["convert", str(a), str(b), "-o", str(tmp_path / "out.xml")])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1
    assert "cannot tell the section label of" in result.stderr and "page-2.txt" in result.stderr
    assert not (tmp_path / "out.xml").exists()


def test_cli_report_names_the_labels(tmp_path: Path) -> None:
    report = tmp_path / "jumps.json"
    result = CliRunner().invoke(app, ["convert", str(SECTIONS), "-o", str(tmp_path / "issue.xml"),
                                      "--report", str(report)])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [p["label"] for p in data["pages"]] == ["A1", "A3", "B1", "B3"]
    assert {(j["from_label"], j["to_label"]) for j in data["jumps"] if j["status"] == "resolved"} == {
        ("A1", "A3"), ("B1", "B3"),
    }
    assert "unresolved jump: p4-a3: page C2 is not in this issue" in result.stderr


def test_cli_file_colon_label_gives_a_page_its_label(tmp_path: Path) -> None:
    # A scan whose file name states no label gets it on the command line, as FILE:3 gives a number.
    a = _jump_page(tmp_path, "scan-x.txt", "(下转B2版)")
    b = _continuation_page(tmp_path, "scan-y.txt", "(上接A4版)")
    out, report = tmp_path / "issue.xml", tmp_path / "jumps.json"
    result = CliRunner().invoke(app, ["convert", f"{a}:A4", f"{b}:b02", "-o", str(out),
                                      "--report", str(report)])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [(p["n"], p["label"]) for p in data["pages"]] == [(1, "A4"), (2, "B2")]
    assert [j["status"] for j in data["jumps"]] == ["resolved"]
    assert '<pb n="B2" type="jump" corresp="#p2"/>' in out.read_text(encoding="utf-8")


def test_edits_page_takes_a_label_the_page_file_names(tmp_path: Path) -> None:
    a = _jump_page(tmp_path, "A04.txt", "(下转B2版)")
    b = _continuation_page(tmp_path, "B02.txt", "(上接A4版)")
    log, clean = tmp_path / "issue.jsonl", tmp_path / "b.clean.txt"
    runner = CliRunner()
    made = runner.invoke(app, ["convert", str(tmp_path), "-o", str(tmp_path / "issue.xml"),
                               "--edits", str(log)])
    assert made.exit_code == 0, made.output
    result = runner.invoke(app, ["edits", "apply", str(b), str(log), "--page", "b2", "-o", str(clean)])
    assert result.exit_code == 0, result.output
    assert "（上接A4版）" in clean.read_text(encoding="utf-8")  # page B2's edits, not page A4's
    back = runner.invoke(app, ["edits", "undo", str(clean), str(log), "--page", "B2"])
    assert back.exit_code == 0 and back.stdout == b.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["edits", "apply", str(a), str(log), "--page", "C1"])
    assert missing.exit_code == 5
    assert "no page file of this log named for page C1" in missing.stderr
    assert missing.stderr.count("\n") == 1


def test_edits_page_label_of_a_page_without_edits_gives_its_text_back(tmp_path: Path) -> None:
    """`--page 2` of a page the log has no lines for gives the text back unchanged; `--page A3` of the
    same page (its file A03.txt) was refused as 'no page file of this log named for page A3'."""
    _jump_page(tmp_path, "A01.txt", "(下转B2版)")
    clean = _page(tmp_path, "A03.txt", "全市召开会议", "近日，全市召开会议。")
    _continuation_page(tmp_path, "B02.txt", "(上接A1版)")
    log = tmp_path / "issue.jsonl"
    runner = CliRunner()
    made = runner.invoke(app, ["convert", str(tmp_path), "-o", str(tmp_path / "issue.xml"),
                               "--edits", str(log)])
    assert made.exit_code == 0, made.output
    assert "A03.txt" not in log.read_text(encoding="utf-8")  # nothing to change on that page
    for command in ("apply", "undo"):
        result = runner.invoke(app, ["edits", command, str(clean), str(log), "--page", "A3"])
        assert result.exit_code == 0, result.output
        assert result.stdout == clean.read_text(encoding="utf-8")
    other = runner.invoke(app, ["edits", "apply", str(tmp_path / "B02.txt"), str(log), "--page", "A3"])
    assert other.exit_code == 5  # B02.txt is not the page A3: never apply another page's lines
