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


# --- 4. PAGE-XML: an empty Word's conf does not choose the file's scale -----------------------------


def _page_xml(empty_word_conf: str | None) -> str:
    """A PAGE-XML page of a headline (word conf 0.95) and a lead (word conf 0.5), both on the 0..1
    scale; with `empty_word_conf`, the lead's line ends in a Word with no text carrying that conf."""
    regions = []
    for k, (text, conf) in enumerate((("全市召开会议", "0.95"), ("近日，全市召开会议。", "0.5"))):
        y = 100 + 60 * k
        pts = f"100,{y} {100 + 30 * len(text)},{y} {100 + 30 * len(text)},{y + 30} 100,{y + 30}"
        empty = (f'<Word id="r{k}w1"><Coords points="{pts}"/><TextEquiv conf="{empty_word_conf}">'
                 "<Unicode></Unicode></TextEquiv></Word>") if k == 1 and empty_word_conf else ""
        regions.append(
            f'<TextRegion id="r{k}"><Coords points="{pts}"/><TextLine id="r{k}l0"><Coords points="{pts}"/>'
            f'<Word id="r{k}w0"><Coords points="{pts}"/><TextEquiv conf="{conf}"><Unicode>{text}</Unicode>'
            f"</TextEquiv></Word>{empty}<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
            "</TextRegion>")
    return ('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
            '<Page imageFilename="p.png" imageWidth="1000" imageHeight="1000">' + "".join(regions)
            + "</Page></PcGts>")


def _flagged(tmp_path: Path, empty_word_conf: str | None) -> tuple[list[tuple[str, float]], str]:
    """`layoutfix convert PAGE -f json`: the words flagged below the default --min-conf, and stderr."""
    from typer.testing import CliRunner

    from layoutfix.cli import app

    page = tmp_path / "p.page.xml"
    page.write_text(_page_xml(empty_word_conf), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    words = json.loads(result.stdout)["low_confidence"]["words"]
    return [(w["text"], w["conf"]) for w in words], result.stderr


@pytest.mark.parametrize("conf", ["35", "100", "150"])
def test_an_empty_words_conf_does_not_decide_the_scale(tmp_path: Path, conf: str) -> None:
    """An empty Word has nothing to read: its conf neither makes the file percent (which flagged the
    0.95 headline as 0.0095) nor earns a warning about a value out of range."""
    flagged, stderr = _flagged(tmp_path, conf)
    assert (flagged, stderr) == _flagged(tmp_path, None)
    assert flagged == [("近日，全市召开会议。", 0.5)]
    assert "warning" not in stderr


def test_a_word_with_text_still_makes_the_file_percent(tmp_path: Path) -> None:
    page = tmp_path / "p.page.xml"
    page.write_text(_page_xml(None).replace('conf="0.5"', 'conf="50"'), encoding="utf-8")
    from layoutfix.readers.pagexml import read_pagexml

    (read,) = read_pagexml(page.read_bytes(), "p.page.xml")
    assert [w.conf for b in read.blocks for ln in b.lines for w in ln.words] == [0.0095, 0.5]
