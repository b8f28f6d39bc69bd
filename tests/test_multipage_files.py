"""A file holding several pages (a Tesseract hOCR of a multi-page TIFF, a MinerU content list of a whole
PDF, a PP-StructureV3 result list) converts as one issue, as several page files do (docs/issues.md,
"A file of several pages"): through `convert`, `review`, `batch` and `convert_issue`, its pages
identified by the file and their numbers in the TEI, the edit log and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.issue import convert_issue
from layoutfix.tracked import apply_edits

TEI = "{http://www.tei-c.org/ns/1.0}"
FIXTURES = Path(__file__).parent / "fixtures" / "layoutjson"

#: Page 1 breaks an article off (下转第2版); page 2 goes on with it (上接第1版); page 3 is a page of its own.
PAGE_TEXTS = [
    ["2024年10月12日 星期六 第1版", "全国秋粮收购进度过半",
     "本报北京10月11日电 记者从国家粮食和物资储备局获悉，主产区累计收购秋粮超过1亿吨 ，各地",
     "（下转第2版）"],
    ["2024年10月12日 星期六 第2版", "（上接第1版）", "粮食部门加强市场监测，确保农民售粮顺畅。"],
    ["2024年10月12日 星期六 第3版", "城区新增三条公交线路",
     "10月10日起，城区新增三条公交线路 ，方便沿线居民出行。"],
]


def _hocr(pages: list[list[str]], ppagenos: list[int] | None = None) -> str:
    """A Tesseract-style hOCR of several pages, one line (and block) per text, `ppageno` as given."""
    numbers = ppagenos if ppagenos is not None else list(range(len(pages)))
    body = []
    for k, (texts, number) in enumerate(zip(pages, numbers, strict=True), start=1):
        lines = []
        for i, text in enumerate(texts, start=1):
            y = 40 * i
            lines.append(f"<div class='ocr_carea' title='bbox 50 {y} 950 {y + 30}'><p class='ocr_par'>"
                         f"<span class='ocr_line' title='bbox 50 {y} 950 {y + 30}'>{text}</span></p></div>")
        body.append(f"<div class='ocr_page' id='page_{k}' title='bbox 0 0 1000 1000; ppageno {number}'>"
                    + "".join(lines) + "</div>")
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><head><meta name='ocr-system' content='tesseract'/>"
            "</head><body>" + "".join(body) + "</body></html>")


def _content_list(pages: list[list[str]], first_idx: int = 0) -> str:
    """A MinerU `*_content_list.json` of several pages (`page_idx` from `first_idx`)."""
    items = [{"type": "text", "text": text, "bbox": [50, 40 * i, 950, 40 * i + 30], "page_idx": idx}
             for idx, texts in enumerate(pages, start=first_idx) for i, text in enumerate(texts, start=1)]
    return json.dumps(items, ensure_ascii=False)


@pytest.fixture
def hocr_file(tmp_path: Path) -> Path:
    path = tmp_path / "issue.hocr"
    path.write_text(_hocr(PAGE_TEXTS), encoding="utf-8")
    return path


def _tei(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"))


def _page_numbers(root: etree._Element) -> list[str | None]:
    return [pb.get("n") for pb in root.iter(f"{TEI}pb") if pb.get("type") is None]


def test_convert_makes_the_pages_of_one_hocr_file_one_issue(runner: CliRunner, hocr_file: Path) -> None:
    result = runner.invoke(app, ["convert", str(hocr_file)])
    assert result.exit_code == 0, result.stderr
    root = _tei(result.stdout)
    assert _page_numbers(root) == ["1", "2", "3"]
    assert [(el.get("n"), el.text) for el in root.iter(f"{TEI}idno")] == [(str(n), hocr_file.name)
                                                                           for n in (1, 2, 3)]
    # the article broken off on page 1 goes on on page 2: one article across the page change
    articles = [el for el in root.iter(f"{TEI}div") if el.get("type") == "article"]
    assert len(articles) == 2
    assert "确保农民售粮顺畅" in "".join(articles[0].itertext())
    assert result.stderr == ""


def test_a_content_list_numbers_its_pages_by_page_idx(tmp_path: Path) -> None:
    path = tmp_path / "whole_content_list.json"
    path.write_text(_content_list(PAGE_TEXTS, first_idx=4), encoding="utf-8")  # pages 5-7 of a PDF
    result = convert_issue([path], fmt="json", report=tmp_path / "report.json")
    assert [(p.number, p.source) for p in result.pages] == [(5, str(path)), (6, str(path)), (7, str(path))]
    assert [pg["n"] for pg in result.report["pages"]] == [5, 6, 7]  # type: ignore[index]
    assert [j.status for j in result.jumps] == ["missing-page", "missing-page"]  # 第2版 is not in it
    assert "城区新增三条公交线路" in result.output


def test_a_pp_structure_result_list_is_one_issue(tmp_path: Path) -> None:
    page = json.loads((FIXTURES / "page_res.json").read_text("utf-8"))
    pages = [dict(page, page_index=0), dict(page, page_index=1)]
    path = tmp_path / "pp_res.json"
    path.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    result = convert_issue([path], fmt="txt")
    assert [(p.number, p.source) for p in result.pages] == [(1, str(path)), (2, str(path))]
    assert result.output.count("10月10日起，城区新增三条公交线路") == 2


def test_each_page_s_edits_rebuild_its_original(runner: CliRunner, hocr_file: Path, tmp_path: Path) -> None:
    log, texts = tmp_path / "issue.jsonl", tmp_path / "texts"
    result = runner.invoke(app, ["convert", str(hocr_file), "-o", str(tmp_path / "issue.tei.xml"),
                                 "--edits", str(log), "--page-text", str(texts)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    # the file as the log's folder reaches it (the log is written beside it)
    assert {(r["source"], r["page"]) for r in records} >= {(hocr_file.name, 1), (hocr_file.name, 3)}
    issue = convert_issue([hocr_file])
    for page in issue.pages:
        original = texts / f"issue.hocr.p{page.number}.txt"
        assert original.read_text("utf-8") == page.original
        clean = tmp_path / f"clean{page.number}.txt"
        applied = runner.invoke(app, ["edits", "apply", str(original), str(log), "--page", str(page.number),
                                      "-o", str(clean)])
        assert applied.exit_code == 0, applied.stderr
        assert clean.read_text("utf-8") == page.text
        undone = runner.invoke(app, ["edits", "undo", str(clean), str(log), "--page", str(page.number)])
        assert undone.exit_code == 0, undone.stderr
        assert undone.stdout == page.original
    # the pages share one file: without --page the log cannot tell which page is meant
    ambiguous = runner.invoke(app, ["edits", "apply", str(hocr_file), str(log)])
    assert ambiguous.exit_code == 5
    assert "name the page with --page N" in ambiguous.stderr


def test_a_second_run_changes_nothing(hocr_file: Path) -> None:
    first = convert_issue([hocr_file])
    second = convert_issue([hocr_file])
    assert second.output == first.output and second.edits == first.edits
    for page in first.pages:
        assert apply_edits(page.original, page.edits) == page.text
        again = convert_issue([hocr_file]).pages[page.number - 1]
        assert again.text == page.text


def test_several_page_file_among_page_files_keeps_the_order_given(tmp_path: Path, hocr_file: Path) -> None:
    before, after = tmp_path / "p9.txt", tmp_path / "cover.txt"  # names stating a number do not count
    before.write_text("目录\n\n第一版 要闻\n", encoding="utf-8")
    after.write_text("广告\n\n欢迎订阅本报。\n", encoding="utf-8")
    result = convert_issue([before, hocr_file, after])
    assert [(p.number, Path(p.source).name) for p in result.pages] == [
        (1, "p9.txt"), (2, "issue.hocr"), (3, "issue.hocr"), (4, "issue.hocr"), (5, "cover.txt")]


def test_several_several_page_files_are_numbered_in_the_order_given(tmp_path: Path) -> None:
    a, b = tmp_path / "a.hocr", tmp_path / "b_content_list.json"
    a.write_text(_hocr(PAGE_TEXTS[:2]), encoding="utf-8")
    b.write_text(_content_list(PAGE_TEXTS[2:] * 2), encoding="utf-8")
    result = convert_issue([b, a])
    assert [(p.number, Path(p.source).name) for p in result.pages] == [
        (1, "b_content_list.json"), (2, "b_content_list.json"), (3, "a.hocr"), (4, "a.hocr")]


@pytest.mark.parametrize("given", ["3", "A3"])
def test_a_number_given_for_a_several_page_file_is_refused(
    runner: CliRunner, hocr_file: Path, given: str
) -> None:
    result = runner.invoke(app, ["convert", f"{hocr_file}:{given}"])
    assert result.exit_code == 3
    [line] = result.stderr.splitlines()
    assert line.startswith(f"layoutfix: error: {hocr_file}:{given}: the file holds 3 pages")


def test_a_number_given_beside_a_several_page_file_is_refused(tmp_path: Path, hocr_file: Path) -> None:
    page = tmp_path / "extra.txt"
    page.write_text("标题\n\n正文一段。\n", encoding="utf-8")
    with pytest.raises(InputError, match="numbered in the order given"):
        convert_issue([page, hocr_file], pages=[4, None])


def test_a_page_number_twice_in_one_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.hocr"
    path.write_text(_hocr(PAGE_TEXTS[:2], ppagenos=[0, 0]), encoding="utf-8")
    with pytest.raises(InputError, match="holds page 1 twice"):
        convert_issue([path])


def test_convert_from_stdin_or_with_page_names_what_to_do(runner: CliRunner, hocr_file: Path) -> None:
    piped = runner.invoke(app, ["convert", "-"], input=hocr_file.read_text("utf-8"))
    assert piped.exit_code == 3
    assert piped.stderr.startswith("layoutfix: error: convert: <stdin> holds 3 pages")
    numbered = runner.invoke(app, ["convert", str(hocr_file), "--page", "2"])
    assert numbered.exit_code == 2  # an option that cannot work: a usage error
    assert "--page numbers a file of one page" in numbered.stderr


def test_review_shows_the_issue_of_a_several_page_file(runner: CliRunner, hocr_file: Path) -> None:
    result = runner.invoke(app, ["review", str(hocr_file)])
    assert result.exit_code == 0, result.stderr
    assert "确保农民售粮顺畅" in result.stdout and "城区新增三条公交线路" in result.stdout


def test_review_s_refusals_name_review(runner: CliRunner, hocr_file: Path) -> None:
    piped = {"input": hocr_file.read_text("utf-8")}
    for args, kwargs, code in ((["-"], piped, 3), ([str(hocr_file), "--page", "2"], {}, 2)):
        result = runner.invoke(app, ["review", *args], **kwargs)  # type: ignore[arg-type]
        assert result.exit_code == code
        [line] = result.stderr.splitlines()
        assert line.startswith("layoutfix: error: review: ") and "convert" not in line


def test_batch_writes_one_issue_for_a_several_page_file(
    runner: CliRunner, hocr_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(hocr_file.parent), str(out), "-j", "1", "--edits",
                                 "--page-text"])
    assert result.exit_code == 0, result.stderr
    assert _page_numbers(_tei((out / "issue.tei.xml").read_text("utf-8"))) == ["1", "2", "3"]
    records = [json.loads(line) for line in (out / "issue.edits.jsonl").read_text("utf-8").splitlines()]
    assert {r["page"] for r in records} <= {1, 2, 3} and records
    assert sorted(p.name for p in (out / "issue.pages").iterdir()) == [
        "issue.hocr.p1.txt", "issue.hocr.p2.txt", "issue.hocr.p3.txt"]
    again = runner.invoke(app, ["batch", str(hocr_file.parent), str(out), "-j", "1", "--edits",
                                "--page-text", "--resume"])
    assert again.exit_code == 0 and "1 skipped" in again.stderr


def _pagexml(pages: list[list[str]]) -> str:
    """A PAGE-XML file with one `<Page>` per page (the format allows one; some exporters write more)."""
    def region(page: int, i: int, text: str) -> str:
        box = f"100,{100 + 60 * i} 900,{100 + 60 * i} 900,{150 + 60 * i} 100,{150 + 60 * i}"
        return (f'<TextRegion id="p{page}r{i}"><Coords points="{box}"/><TextLine id="p{page}r{i}l1">'
                f'<Coords points="{box}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>'
                f"</TextRegion>")
    body = "".join(
        f'<Page imageFilename="p{n}.png" imageWidth="1000" imageHeight="2000">'
        + "".join(region(n, i, text) for i, text in enumerate(texts)) + "</Page>"
        for n, texts in enumerate(pages, start=1)
    )
    return f'<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">{body}</PcGts>'


def test_every_page_of_a_several_page_page_xml_file_is_read(runner: CliRunner, tmp_path: Path) -> None:
    """The PAGE-XML reader read the first `<Page>` only: the text of the others was dropped without a
    word (exit 0)."""
    path = tmp_path / "scan.page.xml"
    path.write_text(_pagexml(PAGE_TEXTS[1:]), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(path), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    assert "粮食部门加强市场监测" in result.stdout
    assert "城区新增三条公交线路" in result.stdout
    issue = convert_issue([path])
    assert [(p.number, p.source) for p in issue.pages] == [(1, str(path)), (2, str(path))]
