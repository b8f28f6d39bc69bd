"""Format detection of the v11 audit: wide encodings, XML of no page format, names of text files,
`--encoding` for XML and JSON, folder runs beside sidecar files, PAGE-XML PlainText."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

OCR = Path(__file__).parent / "fixtures" / "ocr"
LAYOUT = Path(__file__).parent / "fixtures" / "layoutjson"

METS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<mets:mets xmlns:mets="http://www.loc.gov/METS/"><mets:fileSec/></mets:mets>\n'
)
ABBYY = (
    '<document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml" version="1.0">'
    '<page width="100" height="100"><block blockType="Text"><text><par><line>'
    "<formatting>全市召开会议</formatting></line></par></text></block></page></document>\n"
)


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


def convert_txt(runner: CliRunner, path: Path, *extra: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["convert", str(path), "-f", "txt", *extra])
    return result.exit_code, result.stdout, result.stderr


def wide(text: str, codec: str) -> bytes:
    """`text` as a Windows tool writes it in `codec`: with the byte-order mark, the declaration saying so."""
    name = "UTF-32" if codec.startswith("utf-32") else "UTF-16"
    for quote in "\"'":
        text = text.replace(f"encoding={quote}UTF-8{quote}", f"encoding={quote}{name}{quote}")
    mark = "\ufeff".encode(codec) if codec.endswith("-be") else b""  # utf-16-be writes no mark itself
    return mark + text.encode(codec)


# --- 1. UTF-16 / UTF-32 with a byte-order mark ------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize(
    ("fixture", "suffix"),
    [(OCR / "p1.alto.xml", ".xml"), (OCR / "p1.hocr", ".hocr"), (OCR / "p1.page.xml", ".xml"),
     (OCR / "p1.rapidocr.json", ".json"), (LAYOUT / "page_res.json", ".json")],
)
def test_a_wide_unicode_page_is_read_in_its_format(
    runner: CliRunner, tmp_path: Path, fixture: Path, suffix: str, codec: str
) -> None:
    text = fixture.read_text(encoding="utf-8")
    data = wide(text, codec)
    page = tmp_path / ("scan" + suffix)
    page.write_bytes(data)
    same = tmp_path / ("same" + suffix)
    same.write_text(text, encoding="utf-8")
    code, out, err = convert_txt(runner, page)
    assert code == 0, err
    assert "<" not in out and "[[" not in out and '"' not in out[:20]  # no markup read as the article
    assert out == convert_txt(runner, same)[1]


# --- 2. XML of a format layoutfix does not read ---------------------------------------------------


@pytest.mark.parametrize(("content", "root"), [(METS, "mets:mets"), (ABBYY, "document")])
def test_xml_of_no_page_format_is_refused_in_one_line(
    runner: CliRunner, tmp_path: Path, content: str, root: str
) -> None:
    page = tmp_path / "delivery.xml"
    page.write_text(content, encoding="utf-8")
    code, out, err = convert_txt(runner, page)
    assert code == 3
    line = one_error_line(err)
    assert str(page) in line and f"<{root}>" in line and "ALTO" in line and "--from txt" in line
    assert out == ""


def test_from_txt_still_reads_such_xml_as_text(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "delivery.xml"
    page.write_text(METS, encoding="utf-8")
    code, out, err = convert_txt(runner, page, "--from", "txt")
    assert code == 0, err
    assert "mets:fileSec" in out


@pytest.mark.parametrize(
    "content",
    [
        "<经济日报>评论员文章\n\n近日，全市召开会议。\n",
        "<<经济日报>>评论员文章\n\n近日，全市召开会议。\n",
        "<table><tr><td>指标</td><td>数值</td></tr></table>\n\n近日，全市召开会议。\n",
        '<p class="lead">近日，全市召开会议。</p>\n\n会议强调，要抓好落实。\n',
        '<div align="center"><table><tr><td>指标</td></tr></table></div>\n',
    ],
)
def test_text_opening_with_a_bracket_or_html_stays_text(
    runner: CliRunner, tmp_path: Path, content: str
) -> None:
    page = tmp_path / "p3.xml"
    page.write_text(content, encoding="utf-8")
    code, out, err = convert_txt(runner, page)
    assert code == 0, err
    assert "全市召开会议" in out or "指标" in out


# --- 3. the name of a text file ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["page3.txt", "frontpage.md", "alto-scan-03.txt", "homepage.markdown"])
def test_a_text_file_keeps_its_suffix_whatever_its_name(runner: CliRunner, tmp_path: Path, name: str) -> None:
    content = "<<经济日报>>评论员文章\n\n近日，全市召开会议。\n"
    page = tmp_path / name
    page.write_text(content, encoding="utf-8")
    plain = tmp_path / "p3.txt"
    plain.write_text(content, encoding="utf-8")
    code, out, err = convert_txt(runner, page)
    assert code == 0, err
    assert out == convert_txt(runner, plain)[1]


def test_a_folder_name_does_not_make_a_page_xml(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "pages_alto"
    folder.mkdir()
    page = folder / "p3.xml"
    page.write_text("<<经济日报>>评论员文章\n\n近日，全市召开会议。\n", encoding="utf-8")
    code, out, err = convert_txt(runner, page)
    assert code == 0, err
    assert "全市召开会议" in out


# --- 6. --encoding for XML and JSON -------------------------------------------------------------------


def test_encoding_is_honoured_for_xml_without_a_declaration(runner: CliRunner, tmp_path: Path) -> None:
    text = (OCR / "p1.alto.xml").read_text(encoding="utf-8").split("\n", 1)[1]  # no declaration
    page = tmp_path / "scan.xml"
    page.write_bytes(text.encode("gbk"))
    same = tmp_path / "same.xml"
    same.write_text(text, encoding="utf-8")
    code, out, err = convert_txt(runner, page, "--encoding", "gbk")
    assert code == 0, err
    assert out == convert_txt(runner, same)[1]


def test_encoding_against_the_xml_declaration_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    code, _out, err = convert_txt(runner, OCR / "p1.alto.xml", "--encoding", "gbk")
    assert code == 3
    line = one_error_line(err)
    assert "--encoding gbk" in line and "UTF-8" in line


def test_encoding_is_honoured_for_json(runner: CliRunner, tmp_path: Path) -> None:
    text = (OCR / "p1.rapidocr.json").read_text(encoding="utf-8")
    page = tmp_path / "scan.json"
    page.write_bytes(text.encode("gb18030"))
    code, out, err = convert_txt(runner, page, "--encoding", "gb18030")
    assert code == 0, err
    assert out == convert_txt(runner, OCR / "p1.rapidocr.json")[1]


# --- 5. PAGE-XML TextEquiv with PlainText only -------------------------------------------------------

PAGE_PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
<Page imageFilename="p.png" imageWidth="1000" imageHeight="1000">
<TextRegion id="r1"><Coords points="100,150 700,150 700,250 100,250"/>
 <TextLine id="l1"><Coords points="100,150 700,150 700,180 100,180"/>
  <TextEquiv><Unicode>近日，全市召开会议。</Unicode></TextEquiv></TextLine>
 <TextLine id="l2"><Coords points="100,185 700,185 700,215 100,215"/>
  <TextEquiv><PlainText>会议要求，各地要加强领导。</PlainText></TextEquiv></TextLine>
</TextRegion>
<TextRegion id="r2"><Coords points="100,300 700,300 700,340 100,340"/>
 <TextLine id="l3"><Coords points="100,300 700,300 700,340 100,340"/>
  <Word id="w1"><Coords points="100,300 300,300 300,340 100,340"/>
   <TextEquiv><PlainText>会议强调</PlainText></TextEquiv></Word></TextLine>
</TextRegion>
</Page></PcGts>
"""


def test_a_page_xml_line_with_plaintext_only_keeps_its_text(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "scan.xml"
    page.write_text(PAGE_PLAIN, encoding="utf-8")
    code, out, err = convert_txt(runner, page)
    assert code == 0, err
    assert "各地要加强领导" in out and "会议强调" in out
