"""Confidences of hOCR and PAGE-XML read as ALTO's are: a file in percent is read as percent, and a
number outside 0..100 is ignored with one warning line per file (docs/readers.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.model import Page
from layoutfix.readers.hocr import read_hocr
from layoutfix.readers.pagexml import read_pagexml

HEADLINE, LEAD = "全市召开会议", "近日，全市召开会议。"


def hocr(confs: list[str]) -> str:
    """An hOCR page of a headline and a paragraph, one word each, with the given `x_wconf`s."""
    pars = []
    for k, (text, conf) in enumerate(zip((HEADLINE, LEAD), confs, strict=True)):
        y = 100 + 60 * k
        box = f"100 {y} {100 + 30 * len(text)} {y + 30}"
        pars.append(
            f"<p class='ocr_par' title='bbox {box}'><span class='ocr_line' title='bbox {box}'>"
            f"<span class='ocrx_word' title='bbox {box}; x_wconf {conf}'>{text}</span></span></p>")
    return ("<html xmlns='http://www.w3.org/1999/xhtml'><body>"
            "<div class='ocr_page' title='bbox 0 0 1000 1000'>" + "".join(pars) + "</div></body></html>")


def pagexml(confs: list[str], line_confs: list[str] | None = None) -> str:
    """A PAGE-XML page of a headline and a paragraph, one word each, with the given word `@conf`s
    (and line `@conf`s, when given)."""
    regions = []
    for k, (text, conf) in enumerate(zip((HEADLINE, LEAD), confs, strict=True)):
        y = 100 + 60 * k
        pts = f"100,{y} {100 + 30 * len(text)},{y} {100 + 30 * len(text)},{y + 30} 100,{y + 30}"
        line_conf = f' conf="{line_confs[k]}"' if line_confs else ""
        regions.append(
            f'<TextRegion id="r{k}"><Coords points="{pts}"/><TextLine id="r{k}l0"><Coords points="{pts}"/>'
            f'<Word id="r{k}w0"><Coords points="{pts}"/><TextEquiv conf="{conf}"><Unicode>{text}</Unicode>'
            f'</TextEquiv></Word><TextEquiv{line_conf}><Unicode>{text}</Unicode></TextEquiv></TextLine>'
            "</TextRegion>")
    return ('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
            '<Page imageFilename="p.png" imageWidth="1000" imageHeight="1000">' + "".join(regions)
            + "</Page></PcGts>")


def word_confs(pages: list) -> list[float | None]:
    """Every word's confidence, in page order."""
    return [w.conf for p in pages for b in p.blocks for ln in b.lines for w in ln.words]


def line_confs(pages: list) -> list[float | None]:
    """Every line's confidence, in page order."""
    return [ln.conf for p in pages for b in p.blocks for ln in b.lines]


def low_confidence(page: Path) -> tuple[list[tuple[str, float]], str]:
    """`convert PAGE -f json`: the flagged words (text, confidence) and stderr."""
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    words = json.loads(result.stdout)["low_confidence"]["words"]
    return [(w["text"], w["conf"]) for w in words], result.stderr


def one_warning(pages: list[Page]) -> str:
    """The one warning line the reader left for the file (on its first page)."""
    assert all(not page.warnings for page in pages[1:])
    (message,) = pages[0].warnings
    assert "\n" not in message
    return message


# --- hOCR x_wconf (0-100 by the spec) -------------------------------------------------------------


@pytest.mark.parametrize("bad", ["150", "-5"])
def test_hocr_x_wconf_outside_0_100_is_ignored_with_one_warning(bad: str) -> None:
    pages = read_hocr(hocr([bad, "35"]).encode(), "p.hocr")
    assert word_confs(pages) == [None, 0.35]
    assert line_confs(pages) == [None, 0.35]
    message = one_warning(pages)
    assert "p.hocr: line 1: x_wconf" in message and f"'{bad}' is no confidence (0 to 100)" in message


def test_hocr_bad_x_wconfs_are_one_warning_line_for_the_file() -> None:
    message = one_warning(read_hocr(hocr(["-5", "150"]).encode(), "p.hocr"))
    assert "'-5' is no confidence" in message and "(2 in the file)" in message


def test_a_negative_hocr_x_wconf_is_not_flagged_in_the_json(tmp_path: Path) -> None:
    page = tmp_path / "p.hocr"
    page.write_text(hocr(["-5", "35"]), encoding="utf-8")
    flagged, stderr = low_confidence(page)
    assert flagged == [(LEAD, 0.35)]
    (message,) = [line for line in stderr.splitlines() if "warning" in line]
    assert message.startswith(f"layoutfix: warning: {page}: line 1: x_wconf '-5' is no confidence")


def test_hocr_x_wconf_0_and_100_are_read_as_they_were() -> None:
    pages = read_hocr(hocr(["100", "0"]).encode(), "p.hocr")
    assert word_confs(pages) == [1.0, 0.0]
    assert all(not page.warnings for page in pages)


# --- PAGE-XML @conf (0-1 by the spec, percent from some producers) --------------------------------


def test_pagexml_conf_in_percent_is_flagged_as_its_fraction_is(tmp_path: Path) -> None:
    percent, fraction = tmp_path / "percent.page.xml", tmp_path / "fraction.page.xml"
    percent.write_text(pagexml(["95", "35"], line_confs=["90", "40"]), encoding="utf-8")
    fraction.write_text(pagexml(["0.95", "0.35"], line_confs=["0.9", "0.4"]), encoding="utf-8")
    flagged, stderr = low_confidence(percent)
    assert flagged == low_confidence(fraction)[0] == [(LEAD, 0.35)]
    assert "warning" not in stderr
    assert line_confs(read_pagexml(percent.read_bytes())) == [0.9, 0.4]


@pytest.mark.parametrize("bad", ["-0.5", "150"])
def test_pagexml_conf_outside_both_scales_is_ignored_with_one_warning(bad: str) -> None:
    pages = read_pagexml(pagexml([bad, "0.35"], line_confs=[bad, "0.4"]).encode(), "p.page.xml")
    assert word_confs(pages) == [None, 0.35]
    assert line_confs(pages) == [None, 0.4]
    message = one_warning(pages)
    assert "p.page.xml: line 1: TextEquiv@conf" in message
    assert f"'{bad}' is no confidence (0 to 1, or 0 to 100 in a file of percent)" in message
    assert "(2 in the file)" in message


def test_a_pagexml_conf_of_1_on_a_page_of_fractions_stays_certain(tmp_path: Path) -> None:
    page = tmp_path / "p.page.xml"
    page.write_text(pagexml(["1", "0.35"]), encoding="utf-8")
    assert low_confidence(page)[0] == [(LEAD, 0.35)]
    assert word_confs(read_pagexml(page.read_bytes())) == [1.0, 0.35]


# --- where the warning goes: on the document, never printed by the library ------------------------


def test_a_library_convert_prints_nothing_and_hands_the_warning_over(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """docs/api.md: library code never prints. The warning is `Document.warnings`, for the program."""
    import layoutfix

    result = layoutfix.convert(hocr(["-5", "35"]).encode(), input_format="hocr")
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    (message,) = result.document.warnings
    assert "x_wconf '-5' is no confidence" in message


def test_batch_counts_the_reader_warning_in_its_report(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "p.hocr").write_text(hocr(["-5", "35"]), encoding="utf-8")
    report = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1",
                                      "--report", str(report)])
    assert result.exit_code == 0, result.stderr
    warnings = [w["warning"] for w in json.loads(report.read_text(encoding="utf-8"))["warnings"]]
    assert any("x_wconf '-5' is no confidence" in w for w in warnings), warnings
