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
