"""An issue whose pages are numbered only in part: a front page prints no folio (`第2页`) or page
header (`第2版`) while the pages after it do. Such a folder was refused ("cannot tell the page number
of a.txt"); the unnumbered pages now take their place among the numbered ones when every numbered
page stands where its number says, and a warning names the number each was given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

FRONT = "全省农业生产工作会议召开\n\n近日，全省农业生产工作会议在兰州召开。\n"


def _page(title: str, number: int | None, kind: str) -> str:
    """A page titled `title` that prints its number `number` as a folio at its foot or in a page
    header at its top (`kind`), or prints none."""
    body = f"{title}\n\n近日，{title}。\n"
    if number is None:
        return body
    if kind == "folio":
        return f"{body}\n第{number}页\n"
    return f"2023年10月12日 星期四 第{number}版\n\n{body}"


def _write(folder: Path, pages: list[tuple[str, str]]) -> Path:
    folder.mkdir()
    for name, text in pages:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _convert(folder: Path) -> tuple[int, str, list[tuple[int, str]]]:
    """Exit code, stderr, and each article's page number (from its id, `p2-a1`) and title."""
    result = CliRunner().invoke(app, ["convert", f"{folder}/", "-f", "json"])
    if result.exit_code != 0:
        return result.exit_code, result.stderr, []
    doc = json.loads(result.stdout)
    found = [(int(art["id"].split("-")[0][1:]), art["titles"][0]) for art in doc["articles"]]
    return result.exit_code, result.stderr, found


@pytest.mark.parametrize("kind", ["folio", "header"])
def test_an_unnumbered_front_page_takes_its_place_before_numbered_pages(tmp_path: Path, kind: str) -> None:
    folder = _write(tmp_path / "issue", [
        ("a.txt", FRONT),
        ("b.txt", _page("兰州新区打造陆港枢纽", 2, kind)),
        ("c.txt", _page("秋粮收获过半", 3, kind)),
    ])
    code, stderr, found = _convert(folder)
    assert code == 0, stderr
    assert found == [(1, "全省农业生产工作会议召开"), (2, "兰州新区打造陆港枢纽"), (3, "秋粮收获过半")]
    # not silent: the page numbered from its place is named, with the number it was given
    warned = [line for line in stderr.splitlines() if "a.txt" in line]
    assert len(warned) == 1 and "page 1" in warned[0]
    assert "b.txt" not in stderr and "c.txt" not in stderr


def test_an_unnumbered_page_between_numbered_ones_and_an_issue_from_a_later_page(tmp_path: Path) -> None:
    middle = _write(tmp_path / "middle", [
        ("a.txt", _page("全省召开会议", 1, "folio")),
        ("b.txt", _page("兰州新区打造陆港枢纽", None, "folio")),
        ("c.txt", _page("秋粮收获过半", 3, "folio")),
    ])
    assert _convert(middle)[2] == [(1, "全省召开会议"), (2, "兰州新区打造陆港枢纽"), (3, "秋粮收获过半")]
    later = _write(tmp_path / "later", [
        ("a.txt", _page("兰州新区打造陆港枢纽", None, "folio")),
        ("b.txt", _page("秋粮收获过半", 5, "folio")),
    ])
    assert _convert(later)[2] == [(4, "兰州新区打造陆港枢纽"), (5, "秋粮收获过半")]


@pytest.mark.parametrize("numbers", [
    (None, 3, 2),  # the numbered pages stand against their numbers' order
    (None, 2, 4),  # two offsets: a page left out of the folder, or a misread folio
    (None, 1),  # the unnumbered page before page 1 would be page 0
])
def test_an_order_the_numbers_contradict_is_still_refused(
    tmp_path: Path, numbers: tuple[int | None, ...]
) -> None:
    titles = ["全省召开会议", "兰州新区打造陆港枢纽", "秋粮收获过半"]
    folder = _write(tmp_path / "issue", [
        (f"{chr(ord('a') + i)}.txt", _page(titles[i], n, "folio")) for i, n in enumerate(numbers)
    ])
    code, stderr, _ = _convert(folder)
    assert code == 3
    assert len(stderr.splitlines()) == 1
    assert "cannot tell the page number" in stderr or "given twice" in stderr
