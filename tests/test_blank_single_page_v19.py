"""A photo-only or empty single page says it is blank, as a blank page of an issue does (`page N is
blank`): one warning line on stderr, exit 0, and `batch` counts it among its warnings. Before s19-E2
`convert` wrote an empty TEI body with nothing on stderr, so a page whose OCR found only a photo (or
lost its text) passed unremarked."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.batch import BatchConfig, run_batch
from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"

#: A PAGE-XML page (eScriptorium) holding a photo region and no text region.
PHOTO_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
 <Page imageFilename="photo.jpg" imageWidth="1000" imageHeight="1400">
  <ImageRegion id="img1"><Coords points="100,600 900,600 900,900 100,900"/></ImageRegion>
 </Page>
</PcGts>
"""
#: An ALTO page holding an illustration and a rule.
PHOTO_ALTO = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="1400">
<PrintSpace><Illustration ID="I1" HPOS="100" VPOS="600" WIDTH="800" HEIGHT="300"/>
<GraphicalElement ID="G1" HPOS="100" VPOS="950" WIDTH="800" HEIGHT="2"/></PrintSpace></Page></Layout></alto>
"""
#: Tesseract 5's hOCR of a page holding a photo only.
PHOTO_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>
<meta name='ocr-system' content='tesseract 5.3.0' /></head><body>
<div class='ocr_page' id='page_1' title='image "photo.tif"; bbox 0 0 1000 1400; ppageno 0'>
<div class='ocr_photo' id='block_1_1' title="bbox 100 600 900 900"></div></div></body></html>
"""
PAGES = {"photo.page.xml": PHOTO_PAGE, "photo.alto.xml": PHOTO_ALTO, "photo.hocr": PHOTO_HOCR,
         "rapid.json": "[]", "empty.txt": ""}


@pytest.mark.parametrize("name", list(PAGES))
def test_convert_of_a_blank_page_warns_in_one_line(tmp_path: Path, name: str) -> None:
    page = tmp_path / name
    page.write_text(PAGES[name], encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"layoutfix: warning: {page}: the page is blank (no text): no article\n"
    body = etree.fromstring(result.stdout_bytes).find(f".//{TEI}body")
    assert body is not None and "".join(body.itertext()).strip() == ""  # the output is as before


def test_a_page_with_text_gets_no_blank_warning(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("全市秋粮收购进度过半\n\n本报讯 今年以来，全市各地抢抓晴好天气。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt"])
    assert (result.exit_code, result.stderr) == (0, "")


def test_batch_counts_a_blank_page_among_its_warnings(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "photo.page.xml").write_text(PHOTO_PAGE, encoding="utf-8")
    (src / "p.txt").write_text("全市秋粮收购进度过半\n\n本报讯 今年以来，全市各地抢抓晴好天气。\n",
                               encoding="utf-8")
    report = run_batch(src, tmp_path / "out", BatchConfig(fmt="txt"), jobs=1)
    assert (report.converted, report.failed) == (2, 0)
    assert [(Path(w["source"]).name, w["warning"]) for w in report.warnings] == [
        ("photo.page.xml", f"{src / 'photo.page.xml'}: the page is blank (no text): no article")]
