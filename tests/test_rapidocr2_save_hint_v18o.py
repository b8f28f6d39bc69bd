"""How to save RapidOCR 2.x's result, as layoutfix says it (eighteenth session, helper O).

Before: the hint for RapidOCR 2.x and later was `json.dump(result.to_json(), f)` (the message for a
printed `RapidOCROutput(…` repr, docs/readers.md). In RapidOCR 2.0 to 3.2 `to_json()` is a stub that
returns None, so the file held `null` whatever the page held, and `convert` read it as a page
without text with no word on stderr (one page), or only `page 1 is blank` (an issue). Now a file
that is `null` alone is still an empty page, with a warning saying what wrote it and how to save
the result instead, and the printed-repr message gives the same way, one that works in every
release since 2.0: the output's `boxes`, `txts` and `scores`, one `[box, text, score]` per line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import regex
from typer.testing import CliRunner

from layoutfix.cli import app

#: A RapidOCR 2.x output printed with `print(result)`: its repr.
PRINTED = "RapidOCROutput(img=array([[[255, 255, 255]]], dtype=uint8), boxes=array([[[28., 37.]]]))\n"
#: The text of the page the stand-in output below recognised, one line per item.
LINES = ["全市春耕生产全面展开", "本报记者 王丽", "连日来，全市各地抢抓农时，组织农户整地施肥。"]
#: The `json.dump(...)` call a message gives for RapidOCR 2.x and later.
_DUMP_CALL = regex.compile(r"json\.dump(\((?:[^()]|(?1))*\))")


class _Boxes:
    """What RapidOCR 2.x keeps its boxes in (a NumPy array of N x 4 x 2 floats), as far as the hint
    uses it: `tolist()`."""

    def __init__(self, boxes: list[list[list[float]]]) -> None:
        self._boxes = boxes

    def tolist(self) -> list[list[list[float]]]:
        return [[list(p) for p in box] for box in self._boxes]


@dataclass
class _RapidOCROutput:
    """The fields of RapidOCR 2.x's `RapidOCROutput` that every release since 2.0 has (its
    `to_json()` returns None up to 3.2): `boxes` None for a page without text."""

    boxes: _Boxes | None = None
    txts: tuple[str, ...] | None = None
    scores: tuple[float, ...] | None = None

    def to_json(self) -> None:
        return None


def _page_output() -> _RapidOCROutput:
    boxes = [[[40.0, 40.0 + 60 * k], [640.0, 40.0 + 60 * k], [640.0, 80.0 + 60 * k], [40.0, 80.0 + 60 * k]]
             for k in range(len(LINES))]
    return _RapidOCROutput(_Boxes(boxes), tuple(LINES), (0.99, 0.98, 0.97))


def _hanzi_and_marks(text: str) -> str:
    """The text without its spaces and line breaks: every character read, however grouped."""
    return "".join(text.split())


def _convert(path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["convert", str(path), *args])
    return result.exit_code, result.stdout, result.stderr


def _saved_with(hint: str, result: _RapidOCROutput, path: Path) -> None:
    """Run the first `json.dump(...)` call `hint` gives (RapidOCR 2.x's, before 1.x's) on `result`,
    writing `path`, as a user would."""
    found = _DUMP_CALL.search(hint)
    assert found is not None, hint
    with path.open("w", encoding="utf-8") as f:
        exec(found.group(), {"json": json, "result": result, "f": f})  # (the code the message gives)


def test_a_null_file_warns_and_says_how_to_save(tmp_path: Path) -> None:
    page = tmp_path / "p1.json"
    page.write_text("null", encoding="utf-8")
    code, out, err = _convert(page, "-f", "txt")
    assert code == 0, err
    assert out.strip() == ""
    (line,) = err.strip().splitlines()
    assert line.startswith(f"layoutfix: warning: {page}: ") and "null" in line
    assert "to_json()" in line and "result.boxes" in line and "RapidOCR 1.x" in line


def test_the_warning_s_way_saves_the_page_text(tmp_path: Path) -> None:
    """The call the warning gives, run on RapidOCR 2.x's output, writes a file whose text `convert` reads."""
    page = tmp_path / "p1.json"
    page.write_text("null", encoding="utf-8")
    _code, _out, err = _convert(page, "-f", "txt")
    _saved_with(err, _page_output(), page)
    code, out, err = _convert(page, "-f", "txt")
    assert code == 0, err
    assert "null" not in err
    assert _hanzi_and_marks(out) == _hanzi_and_marks("".join(LINES))


def test_the_warning_s_way_saves_a_blank_page_as_an_empty_list(tmp_path: Path) -> None:
    page = tmp_path / "p1.json"
    page.write_text("null", encoding="utf-8")
    _code, _out, err = _convert(page, "-f", "txt")
    _saved_with(err, _RapidOCROutput(), page)
    assert json.loads(page.read_text(encoding="utf-8")) == []
    code, out, err = _convert(page, "-f", "txt")
    assert (code, out.strip()) == (0, "")
    assert err == f"layoutfix: warning: {page}: the page is blank (no text): no article\n"  # not null's


def test_a_printed_output_is_refused_with_a_way_that_works(tmp_path: Path) -> None:
    printed = tmp_path / "p1.txt"
    printed.write_text(PRINTED, encoding="utf-8")
    code, out, err = _convert(printed, "-f", "txt")
    assert (code, out) == (3, "")
    assert "RapidOCR results printed from Python" in err
    assert "json.dump(result.to_json()" not in err
    page = tmp_path / "p1.json"
    _saved_with(err, _page_output(), page)
    code, out, err = _convert(page, "-f", "txt")
    assert code == 0, err
    assert _hanzi_and_marks(out) == _hanzi_and_marks("".join(LINES))


def test_a_null_page_of_an_issue_says_so_beside_its_blank_page(tmp_path: Path) -> None:
    issue = tmp_path / "issue"
    issue.mkdir()
    (issue / "p1.json").write_text("null", encoding="utf-8")
    (issue / "p2.txt").write_text("本报讯 今天全市春耕生产全面展开。\n", encoding="utf-8")
    code, _out, err = _convert(issue, "-f", "txt")
    assert code == 0, err
    lines = err.strip().splitlines()
    assert any("p1.json: the file is JSON null" in ln and "result.boxes" in ln for ln in lines), err
    assert any("page 1 is blank" in ln for ln in lines), err


def test_an_empty_list_and_paddleocr_s_null_page_warn_only_of_a_blank_page(tmp_path: Path) -> None:
    """`[]` and PaddleOCR 2.x's `[null]` (and RapidOCR 1.x's `[null, timings]`) are blank pages as
    their engines write them, not a stub's `null`: only the blank page is said (since s19-E2, as in
    an issue), not how to save RapidOCR's result."""
    for text in ("[]", "[null]", "[null, [0.1, 0.2, 0.3]]"):
        page = tmp_path / "p1.json"
        page.write_text(text, encoding="utf-8")
        code, out, err = _convert(page, "-f", "txt")
        assert (code, out.strip()) == (0, ""), text
        assert err == f"layoutfix: warning: {page}: the page is blank (no text): no article\n", text
