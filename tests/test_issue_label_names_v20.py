"""Which file names label a page of a sectioned issue, and what wins over what.

`v01_20240506.txt` (a version or volume, then the issue's date) was read as section page V1: an
issue of such files was titled `第V1–V2版`, its pages `<pb n="V1">`, and ordered by those names
instead of the `第N版` each page prints. `v` is no section letter of a Chinese paper's pages; the
dated form (a letter and two digits before the date) now leaves it out, as it leaves out `p`.

The page's label (or number) is taken from, in this order: `FILE:A4`, the file name, the header the
page prints. The name wins over the header: it is what the archive or the user stated about the file,
while the header is OCR output, where `第A8版` read as `第A3版` is a common misreading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.issue import dated_label_from_name, label_from_name


@pytest.mark.parametrize(("name", "label"), [
    ("v01_20240506.txt", None),        # a version or volume before the date
    ("V01_20240506.txt", None),
    ("v12-2024-05-06.hocr", None),
    ("gsrb_v01_20240506.txt", None),
    ("p01_20240506.txt", None),        # a page number's p, as before
    ("A01_20240506.txt", "A1"),        # section letters before the date, as before
    ("u01_20240506.txt", "U1"),
    ("w01_20240506.txt", "W1"),
    ("T01_20240506.txt", "T1"),
    ("Z02_20240506.txt", "Z2"),
])
def test_which_letter_before_the_date_names_a_section(name: str, label: str | None) -> None:
    assert dated_label_from_name(name) == label
    assert label_from_name(name) == label


def _issue(tmp_path: Path, files: dict[str, str], *given: str) -> list[tuple[int, str | None, str]]:
    """Convert the page files `files` (name: text) as one issue (the folder, or the files as given
    with `FILE:...` when `given` names them): the report's pages as (number, label, file name)."""
    folder = tmp_path / "issue"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = tmp_path / "report.json"
    sources = [str(folder / g) for g in given] if given else [str(folder)]
    result = CliRunner().invoke(app, ["convert", *sources, "-o", str(tmp_path / "i.xml"),
                                      "--report", str(report)])
    assert result.exit_code == 0, result.output
    pages = json.loads(report.read_text(encoding="utf-8"))["pages"]
    return [(p["n"], p.get("label"), Path(p["source"]).name) for p in pages]


def _printed(page: str) -> str:
    """A page printing `第{page}版` in its header, an article under it."""
    return f"甘肃日报 2024年5月6日 星期一 第{page}版\n\n全市秋粮收购进度过半\n\n本报讯 第{page}版的正文。\n"


@pytest.mark.parametrize(("name", "label"), [
    ("20240506_v01.txt", None),        # the date, then a version or volume
    ("2024-05-06_V02.hocr", None),
    ("gsrb_2024_05_06_v1.txt", None),
    ("20240506_A04.txt", "A4"),        # the date, then a section page, as before
    ("2023-10-12_a4.hocr", "A4"),
    ("v01.txt", "V1"),                 # v alone, or after no date: a section letter, as documented
    ("v1.txt", "V1"),
    ("V3.txt", "V3"),
    ("gsrb_v01.txt", "V1"),
])
def test_which_letter_after_the_date_names_a_section(name: str, label: str | None) -> None:
    assert label_from_name(name) == label


@pytest.mark.parametrize("names", [("v01_20240506.txt", "v02_20240506.txt"),
                                   ("20240506_v01.txt", "20240506_v02.txt")])
def test_version_names_are_ordered_by_the_pages_they_print(tmp_path: Path, names: tuple[str, str]) -> None:
    pages = _issue(tmp_path, {names[0]: _printed("2"), names[1]: _printed("1")})
    assert pages == [(1, None, names[1]), (2, None, names[0])]


# (files: name -> the page its header prints; FILE:... arguments, none for the folder; the pages)
PRECEDENCE = [
    # a name's number wins over the header's, a given number over both
    ({"p1.txt": "2", "p2.txt": "1"}, (), [(1, None, "p1.txt"), (2, None, "p2.txt")]),
    ({"a.txt": "2", "b.txt": "1"}, ("a.txt:1", "b.txt:2"), [(1, None, "a.txt"), (2, None, "b.txt")]),
    # no number in the name: the header's
    ({"a.txt": "2", "b.txt": "1"}, (), [(1, None, "b.txt"), (2, None, "a.txt")]),
    # an archive's dated label wins over the header's label, a given label over both
    ({"A01_20240506.txt": "A2", "A02_20240506.txt": "A1"}, (),
     [(1, "A1", "A01_20240506.txt"), (2, "A2", "A02_20240506.txt")]),
    ({"A01_20240506.txt": "A2", "A02_20240506.txt": "A1"}, ("A01_20240506.txt:A2", "A02_20240506.txt:A1"),
     [(1, "A1", "A02_20240506.txt"), (2, "A2", "A01_20240506.txt")]),
    # no label in the names: the headers' labels
    ({"scan1.txt": "B1", "scan2.txt": "A3"}, (), [(1, "A3", "scan2.txt"), (2, "B1", "scan1.txt")]),
]


@pytest.mark.parametrize(("files", "given", "pages"), PRECEDENCE)
def test_given_then_name_then_header(tmp_path: Path, files: dict[str, str], given: tuple[str, ...],
                                     pages: list[tuple[int, str | None, str]]) -> None:
    assert _issue(tmp_path, {name: _printed(p) for name, p in files.items()}, *given) == pages
