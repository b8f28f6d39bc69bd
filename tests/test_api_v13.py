"""The Python API as a program calling layoutfix meets it (v13): how an in-memory source is named,
and the `paper` names the header refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix import InputError, convert

ROOT = Path(__file__).resolve().parents[1]
ALTO = ROOT / "tests" / "fixtures" / "ocr" / "p1.alto.xml"


# --- 1. a str source is named <string>, bytes <bytes> ---------------------------------------------


@pytest.mark.parametrize("source", ["<alto", "not json"])
def test_an_error_reading_a_str_names_it_string(source: str) -> None:
    input_format = "alto" if source.startswith("<") else "ocrjson"
    with pytest.raises(InputError) as caught:
        convert(source + "\n", input_format=input_format)
    assert str(caught.value).startswith("<string>: "), str(caught.value)


def test_an_error_reading_bytes_still_names_them_bytes() -> None:
    with pytest.raises(InputError) as caught:
        convert(b"<alto\n", input_format="alto")
    assert str(caught.value).startswith("<bytes>: "), str(caught.value)


def test_a_coordinate_page_given_as_str_is_recorded_as_a_string() -> None:
    text = ALTO.read_text(encoding="utf-8")
    data = json.loads(convert(text, fmt="json", input_format="alto").output)
    assert data["source"] == "<string>"
    tei = convert(text, input_format="alto").output
    assert '<idno type="file">&lt;string&gt;</idno>' in tei
    assert json.loads(convert(ALTO.read_bytes(), fmt="json").output)["source"] == "<bytes>"


# --- 2. a paper name holding a control character --------------------------------------------------

TEXT = "全市召开会议\n\n近日，全市召开会议。"


CONTROLLED = ["甘肃\x07日报", "\x00", "甘肃\t日报", "甘肃日报\n", "甘肃\x85日报", "甘肃\u2028日报"]


@pytest.mark.parametrize("paper", CONTROLLED)
@pytest.mark.parametrize("fmt", ["tei", "json"])
def test_a_paper_holding_a_control_character_is_refused(paper: str, fmt: str) -> None:
    with pytest.raises(InputError) as caught:
        convert(TEXT, fmt=fmt, paper=paper)
    message = str(caught.value)
    assert "\n" not in message and repr(paper) in message


def test_an_issue_refuses_such_a_paper_too(tmp_path: Path) -> None:
    from layoutfix.issue import convert_issue

    page = tmp_path / "p1.txt"
    page.write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError):
        convert_issue([page], paper="甘肃\x07日报")


@pytest.mark.parametrize("paper", ["甘肃日报", "Le Monde", "人民日报 海外版", "甘肃日报\u3000"])
def test_a_plain_paper_name_is_written(paper: str) -> None:
    assert json.loads(convert(TEXT, fmt="json", paper=paper).output)["paper"] == paper


def test_the_cli_refuses_a_control_character_in_paper() -> None:
    from typer.testing import CliRunner

    from layoutfix.cli import app

    result = CliRunner().invoke(app, ["convert", "-", "--paper", "甘肃\x07日报"], input=TEXT)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "--paper" in result.stderr
