"""The review report's page image: one a browser shows, or a one-line error naming what was given.

Archives scan to TIFF and JPEG 2000, which Chromium and Firefox do not show: embedded as they were, the
report showed a broken image where the page should be, without a word why.
"""

from __future__ import annotations

import struct
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.export.html import to_html
from layoutfix.model import Document
from layoutfix.pipeline import convert

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-page.txt"

# The first bytes of each format, as its specification gives them, and some of what follows.
TIFF_LE = b"II*\x00\x08\x00\x00\x00" + b"\x00" * 32
TIFF_BE = b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 32
BIGTIFF = b"II+\x00\x08\x00\x00\x00" + b"\x00" * 32
JP2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00\x00\x14ftypjp2 " + b"\x00" * 24
J2K = b"\xff\x4f\xff\x51\x00\x2f\x00\x00" + b"\x00" * 32

REFUSED = [
    ("p1.tif", TIFF_LE, "a TIFF image, which most browsers do not show; convert it to PNG or JPEG first"),
    ("p1.tiff", TIFF_BE, "a TIFF image"),
    ("p1-big.tif", BIGTIFF, "a TIFF image"),
    ("p1.jp2", JP2, "a JPEG 2000 image (JP2), which most browsers do not show"),
    ("p1.j2c", J2K, "a JPEG 2000 codestream, which most browsers do not show"),
    ("p1.png", b"not an image at all\n", "not a PNG, JPEG, GIF, WebP, BMP or SVG image"),
    ("p1.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a PNG, JPEG, GIF, WebP, BMP or SVG image"),
    ("p1.svg", b'<html xmlns="http://www.w3.org/1999/xhtml"/>', "not a PNG, JPEG, GIF, WebP, BMP or SVG"),
    ("empty.png", b"", "an empty file, not an image"),
]


def one_error_line(stderr: str) -> str:
    """The only line of `stderr`, which must be a layoutfix error line."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: "), stderr
    return lines[0]


def bmp(width: int, height: int) -> bytes:
    """A valid 24-bit BMP of one colour (BITMAPINFOHEADER, rows padded to 4 bytes)."""
    row = b"\x20\x40\xf0" * width + b"\x00" * (-3 * width % 4)
    pixels = row * height
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, 54) + info + pixels


SVG = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="20" height="30">'
       b'<rect width="20" height="30" fill="#eee"/></svg>')


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return convert(SEED, fmt="txt").document


@pytest.mark.parametrize(("name", "data", "said"), REFUSED, ids=[case[0] for case in REFUSED])
def test_review_refuses_an_image_browsers_do_not_show(runner: CliRunner, tmp_path: Path,
                                                      name: str, data: bytes, said: str) -> None:
    image = tmp_path / name
    image.write_bytes(data)
    report = tmp_path / "p1.review.html"
    result = runner.invoke(app, ["review", str(SEED), "--image", str(image), "-o", str(report)])
    assert result.exit_code == 3
    assert one_error_line(result.stderr).startswith(f"layoutfix: error: --image {image}: {said}")
    assert result.stdout == ""
    assert not report.exists()


def test_the_python_api_refuses_it_too(seed_doc: Document) -> None:
    # to_html is where the image bytes enter: a TIFF raises an input error the CLI prints as one line
    with pytest.raises(InputError, match=r"^page image: a TIFF image, which most browsers do not show"):
        to_html(seed_doc, image=TIFF_LE)


@pytest.mark.parametrize(("data", "mime"), [(bmp(3, 2), "image/bmp"), (SVG, "image/svg+xml")],
                         ids=["bmp", "svg"])
def test_bmp_and_svg_are_embedded_with_their_type(seed_doc: Document, data: bytes, mime: str) -> None:
    # browsers show both (checked in Chromium); they were embedded as application/octet-stream
    root = lxml.html.document_fromstring(to_html(seed_doc, image=data))
    href = root.xpath("//section[@id='page']//image/@href")
    assert len(href) == 1 and href[0].startswith(f"data:{mime};base64,")


def test_text_that_starts_like_a_bmp_is_not_one(seed_doc: Document) -> None:
    with pytest.raises(InputError, match="not a PNG, JPEG, GIF, WebP, BMP or SVG image"):
        to_html(seed_doc, image=b"BMW 3 series, page 1\n" * 4)


def test_an_svg_declaring_entities_is_refused(seed_doc: Document) -> None:
    # (parsed by the hardened reader's parser: no entity expansion, no network)
    bomb = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')
    with pytest.raises(InputError, match="not a PNG, JPEG, GIF, WebP, BMP or SVG image"):
        to_html(seed_doc, image=bomb)
