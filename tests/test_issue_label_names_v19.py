"""Section labels in archive file names: `A01_20240506.hocr` (the label, then the issue's date) is page
A1, as `gsrb_A02.hocr` is A2. Before s19-E2 only a label at the end of the name counted, so
`convert A01_20240506.hocr gsrb_A02.hocr` exited with `cannot tell the section label of
A01_20240506.hocr while other pages have one`. Names that hold no label stay unlabelled.

s19-E3 narrowed the dated form: the first reading took `v1_20240506`, `s1_`, `x2_`, `c3_20240506`
(a version, a scan) for labels, so pages were ordered by those letters instead of the `第N版` they
print, and refused `A01_20240506`, `A02_20240506`, `A03_20240506_rescan` (exit 3: only two of three
labelled), which converted before. Now the label before a date is a letter and exactly two digits,
and counts only when every page of the issue is labelled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.issue import dated_label_from_name, label_from_name


@pytest.mark.parametrize(("name", "label"), [
    ("A01_20240506.hocr", "A1"),
    ("A01-20240506.txt", "A1"),
    ("a01-2024-05-06.alto.xml", "A1"),
    ("B12_2024_05_06.txt", "B12"),
    ("gsrb_A03_20240506.txt", "A3"),
    ("A01版_20240506.txt", "A1"),
    # forms read before, unchanged
    ("A01.hocr", "A1"),
    ("20240506_A01.hocr", "A1"),
    ("gsrb_A02.hocr", "A2"),
])
def test_a_label_before_the_issue_date_names_the_section_page(name: str, label: str) -> None:
    assert label_from_name(name) == label


@pytest.mark.parametrize("name", [
    "A01_final.hocr",          # a word after it, no date
    "A01_20240506_scan.hocr",  # something after the date
    "A01_2024.hocr",           # a year is no date
    "A01_20241399.hocr",       # no such month and day
    "A01_2024-05_06.hocr",     # the date's separators differ
    "A01x20240506.hocr",       # no separator
    "AB01_20240506.hocr",      # two letters: no section label
    "A0_20240506.hocr",        # page 0
    "IMG_20240506.hocr",
    "p3_20240506.txt",         # a page number, not section P
    "p03_20240506.txt",
    "scan_0001.hocr",
    # a letter and one digit before a date: a version or a scan, no section page (the reviewer's)
    "v1_20240506.txt", "s1_20240506.txt", "t1_20240506.txt", "n1_20240506.txt", "r1_20240506.txt",
    "x2_20240506.txt", "c3_20240506.txt", "A1_20240506.hocr",
    "A012_20240506.hocr",      # three digits
    "A00_20240506.hocr",       # page 0
])
def test_a_name_that_holds_no_label_states_none(name: str) -> None:
    assert label_from_name(name) is None


@pytest.mark.parametrize(("name", "label"), [
    ("A01_20240506.hocr", "A1"), ("gsrb_B12-2024-05-06.txt", "B12"),
    ("A01.hocr", None), ("gsrb_A02.hocr", None), ("v1_20240506.txt", None),
])
def test_only_the_dated_form_is_a_dated_label(name: str, label: str | None) -> None:
    assert dated_label_from_name(name) == label


def _pages(tmp_path: Path, files: dict[str, str]) -> tuple[int, str, list[tuple[int, str | None, str]]]:
    """Convert the page files `files` (name: text) as one issue folder: the exit code, stderr and the
    report's pages as (number, label, file name), in the issue's order."""
    folder = tmp_path / "issue"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["convert", str(folder), "-o", str(tmp_path / "i.xml"),
                                      "--report", str(report)])
    if result.exit_code != 0:
        return result.exit_code, result.stderr, []
    pages = json.loads(report.read_text(encoding="utf-8"))["pages"]
    return 0, result.stderr, [(p["n"], p.get("label"), Path(p["source"]).name) for p in pages]


def _printed(n: int) -> str:
    """A page printing its number in its header (`第2版`), an article under it."""
    return f"甘肃日报 第{n}版 2024年5月6日\n\n全市秋粮收购进度过半\n\n本报讯 第{n}版的正文。\n"


def test_a_version_letter_before_the_date_does_not_reorder_the_issue(tmp_path: Path) -> None:
    """The reviewer's `v1_20240506` (printing 第2版) and `v2_20240506` (第1版): the headers order them."""
    rc, err, pages = _pages(tmp_path, {"v1_20240506.txt": _printed(2), "v2_20240506.txt": _printed(1)})
    assert rc == 0, err
    assert pages == [(1, None, "v2_20240506.txt"), (2, None, "v1_20240506.txt")]


def test_dated_names_of_which_one_holds_no_label_convert_by_their_headers(tmp_path: Path) -> None:
    """`A03_20240506_rescan` names no label: the other dated names' labels are dropped, not refused."""
    rc, err, pages = _pages(tmp_path, {"A01_20240506.txt": _printed(1), "A02_20240506.txt": _printed(2),
                                       "A03_20240506_rescan.txt": _printed(3)})
    assert rc == 0, err
    assert "cannot tell the section label" not in err
    assert pages == [(1, None, "A01_20240506.txt"), (2, None, "A02_20240506.txt"),
                     (3, None, "A03_20240506_rescan.txt")]


def test_dated_names_that_all_hold_a_label_order_the_sections(tmp_path: Path) -> None:
    rc, err, pages = _pages(tmp_path, {"B01_20240506.txt": "要闻\n\n本报讯 B版的正文。\n",
                                       "A02_20240506.txt": "经济\n\n本报讯 A2版的正文。\n",
                                       "A01_20240506.txt": "时政\n\n本报讯 A1版的正文。\n"})
    assert rc == 0, err
    assert pages == [(1, "A1", "A01_20240506.txt"), (2, "A2", "A02_20240506.txt"),
                     (3, "B1", "B01_20240506.txt")]


def test_cli_orders_an_archive_named_page_beside_a_labelled_one(tmp_path: Path) -> None:
    second = tmp_path / "gsrb_A02.txt"
    second.write_text("陇南电商助农销售额同比增长两成\n\n本报讯 第二页的正文。\n", encoding="utf-8")
    first = tmp_path / "A01_20240506.txt"
    first.write_text("全市秋粮收购进度过半\n\n本报讯 第一页的正文。\n", encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["convert", str(second), str(first), "-o", str(tmp_path / "i.xml"),
                                      "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "cannot tell the section label" not in result.stderr
    pages = json.loads(report.read_text(encoding="utf-8"))["pages"]
    assert [(p["label"], Path(p["source"]).name) for p in pages] == [
        ("A1", "A01_20240506.txt"), ("A2", "gsrb_A02.txt")]
