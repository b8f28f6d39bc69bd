"""`convert_issue` from memory, and the sources it refuses (v19).

Before, `convert_issue` took page files and folders only: an ingest service holding an issue's
pages as bytes had to write them to disk first (`[b"..."]` raised a bare `TypeError` from pathlib),
a folder given as one `str` was read as a list of one-letter files (`t: no such file; e: no such
file; ...`), and `None` raised `TypeError: 'NoneType' object is not iterable`. `SeveralPagesError`
told a caller holding bytes to "give the file to convert_issue", which took no bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix import InputError, LayoutfixError, apply_edits, convert, convert_issue
from layoutfix.errors import InputTypeError
from layoutfix.pipeline import SeveralPagesError

ROOT = Path(__file__).resolve().parents[1]
DAILY = ROOT / "tests" / "issues" / "daily-a"
FILES = sorted(DAILY.glob("gsrb_p0*.txt"))
ALTO = ROOT / "tests" / "fixtures" / "ocr" / "p1.alto.xml"


@pytest.fixture(scope="module")
def from_folder() -> dict[str, object]:
    issue = convert_issue([DAILY], fmt="json")
    return {"text": issue.document.text, "jumps": [j.to_json() for j in issue.jumps],
            "articles": len(issue.document.articles), "output": issue.output}


def _facts(issue: object) -> tuple[str, list[object], int]:
    return (issue.document.text, [j.to_json() for j in issue.jumps],  # type: ignore[attr-defined]
            len(issue.document.articles))  # type: ignore[attr-defined]


@pytest.mark.parametrize("folder", [str(DAILY), DAILY], ids=["str", "Path"])
def test_one_folder_given_alone_is_the_folder(folder: str | Path, from_folder: dict[str, object]) -> None:
    assert convert_issue(folder, fmt="json").output == from_folder["output"]


def test_pages_mapped_by_name_to_bytes_are_the_issue(from_folder: dict[str, object]) -> None:
    issue = convert_issue({f"bucket/{f.name}": f.read_bytes() for f in FILES}, fmt="json")
    assert _facts(issue) == (from_folder["text"], from_folder["jumps"], from_folder["articles"])
    names = [f"bucket/{f.name}" for f in FILES]
    assert [pg.source for pg in issue.pages] == names  # what the edit log names each page by
    assert [pg["source"] for pg in issue.report["pages"]] == names  # type: ignore[index, union-attr]
    assert json.loads(issue.output)["source"] == ", ".join(names)
    for page in issue.pages:
        assert apply_edits(page.original, page.edits) == page.text


def test_named_texts_in_any_order_are_numbered_by_their_names(from_folder: dict[str, object]) -> None:
    pairs = [(f.name, f.read_text(encoding="utf-8")) for f in reversed(FILES)]
    issue = convert_issue(pairs)
    assert _facts(issue) == (from_folder["text"], from_folder["jumps"], from_folder["articles"])


def test_unnamed_bytes_are_named_by_their_place(from_folder: dict[str, object]) -> None:
    issue = convert_issue([f.read_bytes() for f in FILES])
    assert issue.document.text == from_folder["text"]
    assert [pg.source for pg in issue.pages] == ["<bytes 1>", "<bytes 2>", "<bytes 3>", "<bytes 4>"]


def test_files_and_pages_in_memory_mix(from_folder: dict[str, object]) -> None:
    sources = [FILES[0], (FILES[1].name, FILES[1].read_bytes()), str(FILES[2]),
               (FILES[3].name, FILES[3].read_text(encoding="utf-8"))]
    assert convert_issue(sources).document.text == from_folder["text"]


def test_a_coordinate_page_given_as_text_is_read_as_such() -> None:
    issue = convert_issue([("p1.alto.xml", ALTO.read_text(encoding="utf-8"))])
    assert issue.document.text == convert_issue([ALTO]).document.text
    assert issue.pages[0].source == "p1.alto.xml"


def test_an_error_reading_a_page_in_memory_names_it() -> None:
    data = ALTO.read_bytes()
    with pytest.raises(InputError) as caught:
        convert_issue({"bucket/p1.alto.xml": data[: len(data) // 2]})
    assert str(caught.value).startswith("bucket/p1.alto.xml: line ")


TWO_PAGES = "全省会议召开\n\n近日，全省会议在兰州召开。\n\x0c第二版\n\n本报讯 会议强调加强基层建设。\n"


@pytest.mark.parametrize("data, follow", [
    (TWO_PAGES.encode(), lambda data: [data]),
    (TWO_PAGES, lambda text: [("scan.txt", text)]),
], ids=["bytes", "str"])
def test_several_pages_error_advises_what_convert_issue_takes(data: bytes | str, follow: object) -> None:
    with pytest.raises(SeveralPagesError) as caught:
        convert(data)
    message = str(caught.value)
    assert "convert_issue([file or bytes])" in message and "(name, text)" in message
    issue = convert_issue(follow(data))  # type: ignore[operator]
    assert [pg.number for pg in issue.pages] == [1, 2]


@pytest.mark.parametrize("sources", [
    None, 5, b"one page", [None], [("p1.txt",)], [("p1.txt", 5)], {"p1.txt": None}, [3.5],
], ids=["None", "int", "bytes", "None-item", "one-tuple", "int-data", "None-data", "float-item"])
def test_sources_of_another_type_are_one_line_errors(sources: object) -> None:
    with pytest.raises(InputTypeError) as caught:
        convert_issue(sources)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, InputError) and isinstance(error, TypeError)
    assert "\n" not in str(error)


@pytest.mark.parametrize("sources, words", [
    ([("p1.txt", b"a"), ("p1.txt", b"b")], "given twice"),
    ([("a\nb.txt", b"a")], "control character"),
    ({"": b"a"}, "empty"),
], ids=["twice", "newline", "empty"])
def test_names_that_cannot_name_a_page_are_refused(sources: object, words: str) -> None:
    with pytest.raises(LayoutfixError, match=words) as caught:
        convert_issue(sources)  # type: ignore[arg-type]
    assert "\n" not in str(caught.value)
