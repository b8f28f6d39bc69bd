"""`normalize` and `suggest` read flat text only; a coordinate file given to them is refused.

Before: `layoutfix normalize scan.alto.xml` exited 0 and wrote the ALTO back with its attribute quotes
made curly (`CONTENT=“…”`, no XML any more) and an edit log of those quotes; `layoutfix suggest
scan.alto.xml` listed look-alikes found in the markup, with offsets into the XML. An archivist who ran
either on an engine's file got garbage and no word of why. Now either is refused with exit 3 and one
line naming the file, its format and the command that reads it (`convert`); nothing is written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

TESTS = Path(__file__).parent
OCR = TESTS / "fixtures" / "ocr"
ALTO = OCR / "p1.alto.xml"


def _paddle_json(tmp_path: Path) -> Path:
    """A PaddleOCR 3.x result (`save_to_json`) of two lines, written here."""
    polys = [[[50, 50], [650, 50], [650, 80], [50, 80]], [[50, 100], [800, 100], [800, 130], [50, 130]]]
    data = {"input_path": "p.png", "page_index": None, "dt_polys": polys,
            "rec_texts": ["城市公交线路优化调整", "本报讯(记者 冯雪)为方便市民出行,市交通局对线路进行调整。"],
            "rec_scores": [0.98, 0.97], "rec_polys": polys}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _coordinate_inputs(tmp_path: Path) -> list[tuple[Path, str]]:
    """(file, the format its refusal names) for one file of each coordinate kind."""
    return [(ALTO, "ALTO"), (OCR / "p1.hocr", "hOCR"), (OCR / "p1.page.xml", "PAGE-XML"),
            (_paddle_json(tmp_path), "OCR JSON")]


@pytest.mark.parametrize("command", [["normalize"], ["suggest"], ["suggest", "-f", "jsonl"]])
def test_a_coordinate_file_is_refused_with_exit_3_and_nothing_written(
    command: list[str], tmp_path: Path
) -> None:
    for page, kind in _coordinate_inputs(tmp_path):
        out = tmp_path / "out.txt"
        result = CliRunner().invoke(app, [*command, str(page), "-o", str(out)])
        assert result.exit_code == 3, (page, result.output)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("layoutfix: error: "), result.stderr
        assert str(page) in lines[0] and kind in lines[0] and "layoutfix convert" in lines[0]
        assert result.stdout == ""
        assert not out.exists()


def test_normalize_of_a_coordinate_file_on_stdin_is_refused_too() -> None:
    result = CliRunner().invoke(app, ["normalize", "-"], input=ALTO.read_bytes())
    assert result.exit_code == 3
    assert "<stdin>" in result.stderr and "ALTO" in result.stderr
    assert result.stdout == ""


def test_normalize_edit_log_is_not_written_for_a_refused_file(tmp_path: Path) -> None:
    log = tmp_path / "e.jsonl"
    args = ["normalize", str(ALTO), "-o", str(tmp_path / "n.txt"), "--edits", str(log)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 3
    assert not log.exists()


@pytest.mark.parametrize("text", [
    # flat pages that open like markup or a list but are text, as detection reads them
    "<?xml version=\"1.0\"?> 是一种标记语言的声明。\n\n本报讯 记者王刚报道。\n",
    "<经济日报>\n\n本报讯(记者 王刚)今天召开会议。\n",
    "[要闻]\n\n本报讯(记者 王刚)今天召开会议。\n",
    "<div align=\"center\"><table><tr><td>指标</td></tr></table></div>\n\n本报讯 今天召开会议。\n",
])
def test_flat_pages_that_open_with_brackets_are_still_normalised(text: str, tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(page)])
    assert result.exit_code == 0, result.output
    assert "本报讯" in result.stdout


def test_an_html_file_without_hocr_is_normalised_as_text(tmp_path: Path) -> None:
    """Only content makes a file hOCR here, never its `.html` name alone."""
    page = tmp_path / "p.html"
    page.write_text("<p>本报讯(记者 王刚)今天召开会议。</p>\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(page)])
    assert result.exit_code == 0, result.output
    assert "王刚" in result.stdout
