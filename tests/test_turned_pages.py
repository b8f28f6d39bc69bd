"""Pages Tesseract read from a scan turned by 90, 180 or 270 degrees read as the upright page does.

Tesseract with orientation detection reads a turned scan upright but writes every box in the scan's
coordinates, and on each line of a turned block `textangle` (360 minus the orientation times 90)
instead of a baseline (hocrrenderer.cpp, `AddBaselineCoordsTohOCR`; pageiterator.cpp
`BoundingBox`: "in coordinates of the original image"); the lines and words stay in reading order.
Here real Tesseract pages are written as they would be for their scan turned, and converted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

ROOT = Path(__file__).parent.parent
#: Upright pages as Tesseract 5 wrote them, several articles and columns each.
UPRIGHT = [ROOT / "tests" / "fixtures" / "ocr" / "p1.hocr", ROOT / "tests" / "fixtures" / "ocr" / "p2.hocr",
           ROOT / "golden" / "hocr-three-articles" / "input.hocr",
           # an upright page with a credit set sideways, Latin words in it (`Li Ming`)
           ROOT / "tests" / "fixtures" / "engines" / "tesseract5-sideways-block.hocr"]
_BOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_PAGE_BOX = re.compile(r"class='ocr_page'[^>]*bbox 0 0 (\d+) (\d+)")
_BASELINE = re.compile(r"; baseline -?[0-9.]+ -?[0-9.]+")
_TEXT_ANGLE = re.compile(r"; textangle ([0-9]+)")


def scan_box(box: tuple[int, int, int, int], angle: int, width: int, height: int) -> tuple[int, ...]:
    """A box of the upright `width` x `height` page on the scan that Tesseract marks `textangle
    angle`: 90, the page turned anticlockwise ((x, y) -> (y, width - x)); 270, clockwise ((x, y) ->
    (height - y, x)); 180, upside down."""
    x0, y0, x1, y1 = box
    if angle == 90:
        return (y0, width - x1, y1, width - x0)
    if angle == 270:
        return (height - y1, x0, height - y0, x1)
    return (width - x1, height - y1, width - x0, height - y0)


def turned(hocr: str, angle: int) -> str:
    """`hocr` as Tesseract writes it for the page scanned turned: every box on the scan, every line's
    baseline replaced by `textangle`, the elements in the same (reading) order."""
    page = _PAGE_BOX.search(hocr)
    assert page is not None
    width, height = int(page.group(1)), int(page.group(2))

    def move(m: re.Match[str]) -> str:
        box = scan_box((int(m[1]), int(m[2]), int(m[3]), int(m[4])), angle, width, height)
        return "bbox {} {} {} {}".format(*box)

    def turn(m: re.Match[str]) -> str:  # a block turned already turns further (upright: no textangle)
        total = (int(m[1]) + angle) % 360
        return f"; textangle {total}" if total else ""

    out = _BASELINE.sub(f"; textangle {angle}", _TEXT_ANGLE.sub(turn, _BOX.sub(move, hocr)))
    assert "baseline" not in out
    return out


def convert(path: Path, fmt: str, *options: str) -> str:
    """stdout of `layoutfix convert PATH -f FMT OPTIONS` (exit 0)."""
    result = CliRunner().invoke(app, ["convert", str(path), "-f", fmt, *options])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("upright", UPRIGHT, ids=lambda p: p.parent.name + "/" + p.name)
@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_page_scanned_turned_reads_as_the_upright_page(tmp_path: Path, upright: Path, angle: int) -> None:
    """The text, its paragraphs, articles and their parts come out exactly as for the upright page:
    before, a page turned 90 degrees anticlockwise or upside down read its last block first, the
    title at the end (p2 turned clockwise too), and a credit set sideways on it, turned with the
    page, lost the space between its Latin words (`LiMing`: words that follow each other down or
    right to left overlap by the box-gap measure) and was cut at each of its lines."""
    source = upright.read_text(encoding="utf-8")
    turned_dir = tmp_path / "turned"
    turned_dir.mkdir()
    scan = turned_dir / upright.name  # (same file name: the outputs name their source)
    scan.write_text(turned(source, angle), encoding="utf-8")
    for fmt in ("txt", "json"):
        assert convert(scan, fmt) == convert(upright, fmt), fmt


def test_upright_tesseract_lines_are_read_as_written(tmp_path: Path) -> None:
    """A `textangle 0` (no turn) or a value Tesseract never writes changes nothing."""
    upright = UPRIGHT[0]
    source = upright.read_text(encoding="utf-8")
    for odd in ("0", "45", "360"):
        page = tmp_path / odd / upright.name
        page.parent.mkdir()
        page.write_text(_BASELINE.sub(f"; textangle {odd}", source), encoding="utf-8")
        assert convert(page, "txt") == convert(upright, "txt"), odd


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_latin_words_of_a_turned_line_keep_their_space(tmp_path: Path, angle: int) -> None:
    """The byline of the engines' sample page names a writer in Latin letters (`Li Ming`, 8px apart
    at 26px type: a word gap). Upside down its words run right to left on the scan, turned
    anticlockwise bottom to top, and the box-gap measure read them as overlapping and removed the
    space (`本报LiMing`)."""
    source = (ROOT / "tests" / "fixtures" / "engines" / "tesseract5-upright.hocr").read_text(encoding="utf-8")
    for old, new in (("115 110 167 136; x_wconf 95'>记者<", "115 110 141 136; x_wconf 95'>Li<"),
                     ("167 110 219 136; x_wconf 95'>王丽<", "149 110 219 136; x_wconf 95'>Ming<")):
        source = source.replace(f"bbox {old}", f"bbox {new}")
    (tmp_path / "upright").mkdir()
    (tmp_path / "turned").mkdir()
    upright, scan = tmp_path / "upright" / "page.hocr", tmp_path / "turned" / "page.hocr"
    upright.write_text(source, encoding="utf-8")
    scan.write_text(turned(source, angle), encoding="utf-8")
    assert "Li Ming" in convert(upright, "txt")  # (the upright page keeps the gap)
    assert convert(scan, "txt") == convert(upright, "txt")


_ZONE = re.compile(r'<zone xml:id="([^"]+)" type="(\w+)" ulx="(\d+)" uly="(\d+)" lrx="(\d+)" lry="(\d+)"/>')
#: The page's surface (its id carries the page the sample page prints, `p2-surface`).
_SURFACE = re.compile(r'<surface xml:id="(?:p\d+-)?surface" ulx="0" uly="0" lrx="(\d+)" lry="(\d+)">')


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_the_zones_of_a_turned_page_are_on_the_scan(tmp_path: Path, angle: int) -> None:
    """The TEI zones (blocks and lines, `--line-zones`) of a turned page are the upright page's zones
    where they lie on the scan, and the surface is the scan's size: the layout reads the boxes turned
    upright, the facsimile points into the image the reader has (before, a page at 270 degrees had
    its zones on the scan but 90 and 180 read out of order)."""
    upright = UPRIGHT[0]
    source = upright.read_text(encoding="utf-8")
    width, height = (int(v) for v in _PAGE_BOX.search(source).groups())  # type: ignore[union-attr]
    scan = tmp_path / upright.name
    scan.write_text(turned(source, angle), encoding="utf-8")
    want = convert(upright, "tei", "--line-zones")
    got = convert(scan, "tei", "--line-zones")
    zones = _ZONE.findall(want)
    assert len(zones) > 20
    on_scan = [(z, kind, *map(str, scan_box((int(a), int(b), int(c), int(d)), angle, width, height)))
               for z, kind, a, b, c, d in zones]
    assert _ZONE.findall(got) == on_scan
    scan_size = (height, width) if angle in (90, 270) else (width, height)
    assert _SURFACE.findall(got) == [tuple(map(str, scan_size))]
    # everything else of the TEI is the upright page's
    assert _SURFACE.sub("", _ZONE.sub("", got)) == _SURFACE.sub("", _ZONE.sub("", want))
