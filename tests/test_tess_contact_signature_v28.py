"""A contact line closing with a reporter's bracketed signature stays in the article (TESS mend).

On a Tesseract page the last block `咨询电话0931-8612345（记者王芳）` was read as contact furniture
(`fw type="contact"`), and `-f txt`, which writes no furniture, dropped it with the reporter's
signature. Page furniture carries no reporter's signature: the line now ends the article, the
signature split off as its closer. A contact line without a signature stays furniture.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

HEAD = "全市春耕生产全面展开"
BODY = "市农业农村局局长李明说，今年将重点推广节水灌溉技术，全年粮食总产量稳定。"
SIZE = 30


def _line(words: list[str], x0: int, y: int, ident: str) -> tuple[str, int]:
    """One hOCR line of `words` from `x0`, the boxes touching; returns it and its right edge."""
    spans, x = [], x0
    for k, word in enumerate(words):
        width = SIZE * len(word)
        spans.append(f"<span class='ocrx_word' id='{ident}w{k}' title='bbox {x} {y} {x + width} "
                     f"{y + SIZE}; x_wconf 93'>{word}</span>")
        x += width
    return (f"<span class='ocr_line' id='{ident}' title='bbox {x0} {y} {x} {y + SIZE}; x_size {SIZE}'>"
            + " ".join(spans) + "</span>"), x


def tesseract_page(last: str, per_char: bool) -> str:
    """A Tesseract hOCR page: a headline, a paragraph, and `last` as a block of its own under it;
    one word per character (`per_char`, as chi_sim writes) or per piece between spaces."""
    blocks = []
    for n, (text, y) in enumerate(((HEAD, 40), (BODY, 150), (last, 250))):
        words = [c for c in text if c != " "] if per_char else text.split()
        line, right = _line(words, 50, y, f"l{n}")
        blocks.append(f"<div class='ocr_carea' id='b{n}' title='bbox 50 {y} {right} {y + SIZE}'>"
                      f"<p class='ocr_par'>{line}</p></div>")
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><head>"
            "<meta name='ocr-system' content='tesseract 5.3.0'/></head><body>"
            "<div class='ocr_page' id='page_1' title='bbox 0 0 2400 1400'>" + "".join(blocks)
            + "</div></body></html>\n")


def convert(tmp_path: Path, page: str, fmt: str) -> str:
    """What `layoutfix convert PAGE -f FMT` writes for the hOCR `page`."""
    source = tmp_path / "page.hocr"
    source.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "-f", fmt, "-o", "-"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("per_char", [True, False])
@pytest.mark.parametrize(("last", "signature", "signed"), [
    ("咨询电话0931-8612345（记者王芳）", "（记者王芳）", "记者王芳"),
    ("报名电话：0931-8612345（通讯员李强）", "（通讯员李强）", "通讯员李强"),
    ("热线电话：12345（本报记者王芳）", "（本报记者王芳）", "本报记者王芳"),
])
def test_signed_contact_line_stays_in_the_article(tmp_path: Path, per_char: bool, last: str,
                                                  signature: str, signed: str) -> None:
    """The txt keeps the line and its signature; the TEI closes the article with the signature."""
    page = tesseract_page(last, per_char)
    txt = convert(tmp_path, page, "txt")
    assert signature in txt and last.removesuffix(signature) in txt
    tei = convert(tmp_path, page, "tei")
    assert '<fw type="contact"' not in tei
    assert f"<signed>{signed}</signed>" in tei


def test_contact_line_without_signature_stays_furniture(tmp_path: Path) -> None:
    """A bare phone line under the article is still page furniture."""
    tei = convert(tmp_path, tesseract_page("咨询电话0931-8612345", False), "tei")
    assert '<fw type="contact"' in tei and "咨询电话0931-8612345</fw>" in tei
