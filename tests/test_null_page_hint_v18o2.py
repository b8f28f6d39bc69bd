"""A file of JSON `null`: what the warning says, the calls it gives, and a text file holding the word
(eighteenth session, helper O2, after review).

Before: the warning for a file of `null` told a RapidOCR 1.x user to save `result, elapse =
engine(img); json.dump(result, f)`, which writes `null` again for a blank page (1.x returns None
then); it blamed RapidOCR outright, though RapidOCR 3.3+'s `to_json()` and PaddleOCR 2.x's
`result[0]` write `null` for a blank page that is read right; and a `.txt` page holding the word
`null` was read as OCR JSON, the word dropped and the warning given (counted in `batch`). Now the
1.x call saves `result or []`, the warning says the cause only may be RapidOCR 2.0 to 3.2, the
docs give the very calls the warning gives, and the `.txt` page is text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import regex
from typer.testing import CliRunner

from layoutfix.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs" / "readers.md"
#: The text of a page RapidOCR 1.x recognised, one line per item.
LINES = ["全市春耕生产全面展开", "本报记者 王丽"]
#: The statements a warning gives for RapidOCR 1.x: what follows `RapidOCR 1.x: ` up to the `)`
#: closing the parenthesis it opens.
_RAPIDOCR1 = regex.compile(r"RapidOCR 1\.x: ((?:[^()]|(\((?:[^()]|(?2))*\)))*)\)")
#: The RapidOCR 2.x call: the first `json.dump(...)` of the warning.
_DUMP_CALL = regex.compile(r"json\.dump(\((?:[^()]|(?1))*\))")


def _convert(path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["convert", str(path), *args])
    return result.exit_code, result.stdout, result.stderr


def _null_warning(tmp_path: Path) -> str:
    """The warning line `convert` gives for a `.json` file of `null`."""
    page = tmp_path / "blank.json"
    page.write_text("null", encoding="utf-8")
    code, _out, err = _convert(page, "-f", "txt")
    assert code == 0, err
    (line,) = err.strip().splitlines()
    return line


def _rapidocr1_statements(warning: str) -> list[str]:
    found = _RAPIDOCR1.search(warning)
    assert found is not None, warning
    return [s.strip() for s in found.group(1).split(";")]


def _engine_returning(lines: list[Any] | None) -> Any:
    """A stand-in for RapidOCR 1.x's engine: `engine(img)` gives `(lines or None, timings)`."""
    return lambda _img: (lines, [0.12, 0.03, 0.45])


def _save_as_rapidocr1(warning: str, lines: list[Any] | None, path: Path) -> None:
    """Run the RapidOCR 1.x statements the warning gives, as a user would, writing `path`."""
    with path.open("w", encoding="utf-8") as f:
        names = {"json": json, "engine": _engine_returning(lines), "img": None, "f": f}
        for statement in _rapidocr1_statements(warning):
            exec(statement, names)  # (the code the message gives)


def test_the_rapidocr1_call_saves_a_blank_page_as_an_empty_list(tmp_path: Path) -> None:
    warning = _null_warning(tmp_path)
    page = tmp_path / "p1.json"
    _save_as_rapidocr1(warning, None, page)
    assert json.loads(page.read_text(encoding="utf-8")) == []
    code, out, err = _convert(page, "-f", "txt")
    # read as the blank page it is: no null warning, only the blank-page note every blank page gets
    assert (code, out.strip()) == (0, "")
    assert err.splitlines() == [f"layoutfix: warning: {page}: the page is blank (no text): no article"]


def test_the_rapidocr1_call_saves_a_page_s_text(tmp_path: Path) -> None:
    warning = _null_warning(tmp_path)
    lines = [[[[40.0, 40.0 + 60 * k], [640.0, 40.0 + 60 * k], [640.0, 80.0 + 60 * k], [40.0, 80.0 + 60 * k]],
              text, 0.99] for k, text in enumerate(LINES)]
    page = tmp_path / "p1.json"
    _save_as_rapidocr1(warning, lines, page)
    code, out, err = _convert(page, "-f", "txt")
    assert code == 0, err
    assert "".join(out.split()) == "".join("".join(LINES).split())


def test_the_warning_names_the_cause_as_a_possibility(tmp_path: Path) -> None:
    """A blank page saved by RapidOCR 3.3+ or PaddleOCR is `null` too, and read right."""
    warning = _null_warning(tmp_path)
    assert "If it came from RapidOCR 2.0 to 3.2's result.to_json()" in warning
    assert "RapidOCR 3.3 or later or by PaddleOCR is read right" in warning
    assert "RapidOCR's result.to_json() writes null for a blank page" not in warning


def test_the_docs_give_the_calls_the_warning_gives(tmp_path: Path) -> None:
    warning = _null_warning(tmp_path)
    docs = DOCS.read_text(encoding="utf-8")
    dump = _DUMP_CALL.search(warning)
    assert dump is not None
    code_lines = {line.strip() for line in docs.splitlines()}
    for statement in [dump.group(), *_rapidocr1_statements(warning)]:
        assert statement in code_lines, statement


def test_a_text_page_holding_null_keeps_the_word(tmp_path: Path) -> None:
    for name in ("p1.txt", "p1.md"):
        page = tmp_path / name
        page.write_text("null\n", encoding="utf-8")
        code, out, err = _convert(page, "-f", "txt")
        assert (code, out.strip(), err) == (0, "null", ""), name


def test_a_batch_counts_only_the_json_null_page(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "p1.json").write_text("null", encoding="utf-8")
    (source / "p2.txt").write_text("null\n", encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["batch", str(source), str(out), "-f", "txt", "--report", str(report)])
    assert result.exit_code == 0, result.stderr
    warnings = json.loads(report.read_text(encoding="utf-8"))["warnings"]
    assert [w["source"] for w in warnings] == [str(source / "p1.json")]
    assert (out / "p2.txt").read_text(encoding="utf-8").strip() == "null"
