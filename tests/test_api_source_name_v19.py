"""Naming a page given in memory (v19): `convert(data, name="bucket/key.xml")`.

Before, a page given as bytes or text was recorded and reported as `<bytes>`, `<string>` or `-`, so
an ingest service could not tell which object of its store a TEI file or an error came from
(`<bytes>: line 247: malformed XML`); and `relative_to` with such a page raised a bare `ValueError`.
The name is the keyword `name=`: `convert`'s first parameter stays `source`, positional or keyword, as
released (a first version renamed it, so that `convert(source="p1.txt")` raised `TypeError`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from layoutfix import InputError, convert
from layoutfix.errors import InputTypeError
from layoutfix.pipeline import SeveralPagesError

ROOT = Path(__file__).resolve().parents[1]
ALTO = ROOT / "tests" / "fixtures" / "ocr" / "p1.alto.xml"
TEXT = "全省会议召开\n\n近日，全省会议在兰州召开。\n"
KEY = "ingest/2024-05-06/页面 p1.alto.xml"
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _header(tei: str) -> tuple[list[str], list[str]]:
    """The TEI header's titles and file idnos."""
    root = etree.fromstring(tei.encode("utf-8"))
    return ([t.text or "" for t in root.iterfind(".//t:teiHeader//t:title", TEI_NS)],
            [i.text or "" for i in root.iterfind(".//t:teiHeader//t:idno[@type='file']", TEI_NS)])


@pytest.mark.parametrize("data", [ALTO.read_bytes(), ALTO.read_text(encoding="utf-8"), TEXT.encode(), TEXT],
                         ids=["alto-bytes", "alto-str", "text-bytes", "text-str"])
def test_the_outputs_record_the_name_given(data: bytes | str) -> None:
    assert json.loads(convert(data, fmt="json", name=KEY).output)["source"] == KEY
    titles, idnos = _header(convert(data, name=KEY).output)
    assert KEY in idnos
    assert any(KEY in title for title in titles)


@pytest.mark.parametrize("data", [ALTO.read_bytes(), ALTO.read_text(encoding="utf-8")],
                         ids=["bytes", "str"])
def test_an_error_reading_the_page_names_it(data: bytes | str) -> None:
    with pytest.raises(InputError) as caught:
        convert(data[: len(data) // 2], name=KEY)
    assert str(caught.value).startswith(f"{KEY}: line ")


def test_warnings_and_several_pages_name_it() -> None:
    assert convert(b"", name=KEY).document.warnings == [f"{KEY}: the page is blank (no text): no article"]
    with pytest.raises(SeveralPagesError) as caught:
        convert(TEXT + "\x0c" + TEXT, name=KEY)
    assert caught.value.name == KEY and str(caught.value).startswith(f"{KEY}: holds 2 pages")


def test_without_a_name_the_page_is_named_as_before() -> None:
    assert json.loads(convert(ALTO.read_bytes(), fmt="json").output)["source"] == "<bytes>"
    assert json.loads(convert(TEXT, fmt="json").output)["source"] == "-"


def test_a_file_is_named_by_its_path_not_by_source() -> None:
    with pytest.raises(InputError, match="is a file, named by its path") as caught:
        convert(ALTO, name=KEY)
    assert str(caught.value).startswith(f"name={KEY!r} names a page given as bytes or text")


def test_relative_to_with_a_page_in_memory_is_an_input_error() -> None:
    with pytest.raises(InputError, match="relative_to") as caught:
        convert(ALTO.read_bytes(), relative_to=ALTO.parent)
    assert str(caught.value).endswith("name it with name=")


@pytest.mark.parametrize("name, error, words", [
    ("a\nb", InputError, "control character"),
    ("key\u200b.xml", InputError, "invisible format character"),
    ("", InputError, "empty"),
    ("  ", InputError, "empty"),
    (Path("p1.xml"), InputTypeError, "not a str"),
])
def test_a_name_that_cannot_be_written_in_one_line_is_refused(
    name: object, error: type[InputError], words: str
) -> None:
    with pytest.raises(error, match=words) as caught:
        convert(TEXT, name=name)  # type: ignore[arg-type]
    assert "\n" not in str(caught.value) and str(caught.value).startswith("name=")


def test_the_page_is_still_given_as_source_by_keyword(tmp_path: Path) -> None:
    """A released call `convert(source=path)` (or the page's bytes or text) keeps working."""
    page = tmp_path / "p1.txt"
    page.write_text(TEXT, encoding="utf-8")
    by_position = convert(page, fmt="json").output
    assert convert(source=page, fmt="json").output == by_position
    assert convert(source=str(page), fmt="json").output == by_position
    assert json.loads(convert(source=TEXT.encode(), fmt="json", name=KEY).output)["source"] == KEY
