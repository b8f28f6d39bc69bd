"""Section labels in archive file names: `A01_20240506.hocr` (the label, then the issue's date) is page
A1, as `gsrb_A02.hocr` is A2. Before s19-E2 only a label at the end of the name counted, so
`convert A01_20240506.hocr gsrb_A02.hocr` exited with `cannot tell the section label of
A01_20240506.hocr while other pages have one`. Names that hold no label stay unlabelled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.issue import label_from_name


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
    "scan_0001.hocr",
])
def test_a_name_that_holds_no_label_states_none(name: str) -> None:
    assert label_from_name(name) is None


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
