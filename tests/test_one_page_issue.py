"""A one-page issue (`convert FILE:N` or `FILE:A4` with one file) is written as an issue: it keeps the
page number or section label the user gave (`pb/@n`, `biblScope`, the title, the ids and the JSON
`page`), and its jumps behave as in any issue: an unresolved one gets a `missing-page` note and no
pointer leaves the document. A page converted on its own (no `:N`) is still a single page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import assert_valid, tei_schema  # noqa: F401
from layoutfix.cli import app
from layoutfix.issue import convert_issue

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
TESTS = Path(__file__).parent
PAGE = TESTS / "issues" / "sections-d" / "gsrb_A03.txt"
COORDS = TESTS / "fixtures" / "ocr" / "p1.page.xml"
#: Attributes that point at an element by id (`#p3`, `#p3-z1 #p3-z2`).
POINTERS = ("target", "prev", "next", "corresp", "facs", "resp")


def _dangling(root: etree._Element) -> list[str]:
    """Every `#id` an attribute of `root` points at that no `@xml:id` of the document has."""
    ids = {el.get(XML_ID) for el in root.iter() if el.get(XML_ID) is not None}
    return [
        f"{etree.QName(el).localname}/@{name}={ref}"
        for el in root.iter() for name in POINTERS
        for ref in (el.get(name) or "").split()
        if ref.startswith("#") and ref[1:] not in ids
    ]


def _page_breaks(root: etree._Element) -> list[tuple[str | None, str | None]]:
    """(`@n`, `@xml:id`) of every page break that opens a page (not a jump or resume)."""
    return [(pb.get("n"), pb.get(XML_ID)) for pb in root.iter(f"{TEI}pb") if pb.get("type") is None]


def test_file_n_gives_the_one_page_issue_its_number(runner: CliRunner) -> None:
    result = runner.invoke(app, ["convert", f"{PAGE}:3"])
    assert result.exit_code == 0, result.stderr
    root = etree.fromstring(result.stdout_bytes)
    [pb] = [pb for pb in root.iter(f"{TEI}pb") if pb.get("type") is None]
    assert (pb.get("n"), pb.get("{http://www.w3.org/XML/1998/namespace}id")) == ("3", "p3")
    assert [el.get("n") for el in root.iter(f"{TEI}biblScope")] == ["3"]
    as_json = runner.invoke(app, ["convert", f"{PAGE}:3", "-f", "json"])
    assert as_json.exit_code == 0, as_json.stderr
    assert json.loads(as_json.stdout)["page"] == 3


def test_file_label_gives_the_one_page_issue_its_label(
    runner: CliRunner, tei_schema: etree.RelaxNG  # noqa: F811
) -> None:
    result = runner.invoke(app, ["convert", f"{PAGE}:A3"])
    assert result.exit_code == 0, result.stderr
    root = assert_valid(tei_schema, result.stdout)
    assert _page_breaks(root) == [("A3", "p1")]  # labelled as in a sectioned issue, ids count pages
    assert [el.get("n") for el in root.iter(f"{TEI}biblScope")] == ["A3"]
    assert [el.get("n") for el in root.iter(f"{TEI}idno")] == ["A3"]
    assert root.findtext(f".//{TEI}titleStmt/{TEI}title").endswith("第A3版")
    as_json = runner.invoke(app, ["convert", f"{PAGE}:A3", "-f", "json"])
    assert as_json.exit_code == 0, as_json.stderr
    assert json.loads(as_json.stdout)["page"] is None  # not 1: that only counts the issue's pages


@pytest.mark.parametrize("given", ["3", "A3"])
def test_one_page_issue_jumps_stay_inside_the_document(
    given: str, runner: CliRunner, tei_schema: etree.RelaxNG  # noqa: F811
) -> None:
    result = runner.invoke(app, ["convert", f"{PAGE}:{given}"])
    assert result.exit_code == 0, result.stderr
    root = assert_valid(tei_schema, result.stdout)
    assert _dangling(root) == []
    # Each jump stderr calls unresolved has its missing-page note, and its marker no target.
    unresolved = [line for line in result.stderr.splitlines() if "unresolved jump" in line]
    notes = [n for n in root.iter(f"{TEI}note") if n.get("type") == "jump"]
    assert len(unresolved) == len(notes) == 3
    assert {n.get("subtype") for n in notes} == {"missing-page"}
    markers = [n for n in root.iter(f"{TEI}note") if n.get("type") == "continuation"]
    assert len(markers) == 3 and all(m.get("target") is None for m in markers)


@pytest.mark.parametrize(("pages", "labels", "pb"), [
    ([3], None, [("3", "p3")]),
    (None, ["A3"], [("A3", "p1")]),
    (None, None, [("A3", "p1")]),  # the file name gsrb_A03 labels it
])
def test_convert_issue_with_one_file_writes_an_issue(
    pages: list[int | None] | None, labels: list[str | None] | None,
    pb: list[tuple[str, str]], tei_schema: etree.RelaxNG,  # noqa: F811
) -> None:
    result = convert_issue([PAGE], pages=pages, labels=labels)
    root = assert_valid(tei_schema, result.output)
    assert _page_breaks(root) == pb
    assert _dangling(root) == []
    assert [j.status for j in result.unresolved] == ["missing-page"] * 3
    assert result.document.is_issue


@pytest.mark.parametrize("given", ["2", "A2"])
def test_one_coordinate_page_issue_has_its_surface(
    given: str, runner: CliRunner, tei_schema: etree.RelaxNG  # noqa: F811
) -> None:
    result = runner.invoke(app, ["convert", f"{COORDS}:{given}"])
    assert result.exit_code == 0, result.stderr
    root = assert_valid(tei_schema, result.stdout)
    [surface] = root.iter(f"{TEI}surface")
    assert surface.get("n") == given
    assert _dangling(root) == []


def test_a_page_converted_alone_is_still_a_single_page(runner: CliRunner) -> None:
    # Without `:N` the page is no issue: its markers point at the pages they name, as ever. Its page
    # break names the section page its head prints (第A3版), with no issue's id.
    result = runner.invoke(app, ["convert", str(PAGE)])
    assert result.exit_code == 0, result.stderr
    root = etree.fromstring(result.stdout_bytes)
    assert _page_breaks(root) == [("A3", None)]
    assert [n.get("target") for n in root.iter(f"{TEI}note") if n.get("type") == "continuation"] == [
        "#pA1", "#pA1", "#p4",
    ]
    assert not [n for n in root.iter(f"{TEI}note") if n.get("type") == "jump"]


@pytest.mark.parametrize(("given", "shown"), [(":3", "· page 3</h1>"), (":A3", "· page A3</h1>")])
def test_review_takes_a_page_number_or_label_as_convert_does(tmp_path: Path, given: str, shown: str) -> None:
    """`review FILE:3` and `review FILE:A3` were refused ('no such file', exit 3) though convert takes
    them; the report's heading names the page by its number or label."""
    out = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", f"{PAGE}{given}", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert shown in out.read_text(encoding="utf-8")
    both = CliRunner().invoke(app, ["review", f"{PAGE}{given}", "--page", "3", "-o", str(out)])
    assert both.exit_code == 2
    assert "drop --page" in both.stderr
