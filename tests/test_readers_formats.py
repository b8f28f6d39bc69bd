"""The coordinate readers on real Tesseract / RapidOCR output, and the JSON shapes PaddleOCR writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix.errors import InputError
from layoutfix.readers.alto import read_alto
from layoutfix.readers.detect import detect_format, read_any, read_bytes
from layoutfix.readers.hocr import read_hocr
from layoutfix.readers.ocrjson import read_ocrjson
from layoutfix.readers.pagexml import read_pagexml

FIX = Path(__file__).parent / "fixtures" / "ocr"
PAGES = ("p1", "p2", "p3")


@pytest.mark.parametrize("page", PAGES)
def test_tesseract_formats_agree_on_text_and_boxes(page: str) -> None:
    """hOCR, ALTO and PAGE-XML of one Tesseract run give the same lines with the same boxes."""
    hocr = read_hocr((FIX / f"{page}.hocr").read_bytes(), "h")[0]
    alto = read_alto((FIX / f"{page}.alto.xml").read_bytes(), "a")[0]
    pxml = read_pagexml((FIX / f"{page}.page.xml").read_bytes(), "p")[0]
    def lines(p):
        return [(ln.text, ln.bbox) for b in p.blocks for ln in b.lines]
    assert lines(hocr) == lines(alto) == lines(pxml)
    assert (hocr.width, hocr.height) == (alto.width, alto.height) == (pxml.width, pxml.height)
    assert hocr.image == alto.image == pxml.image == f"{page}.png"


@pytest.mark.parametrize("reader,ext", [(read_hocr, "hocr"), (read_alto, "alto.xml")])
def test_words_and_confidences(reader, ext: str) -> None:
    page = reader((FIX / f"p1.{ext}").read_bytes(), "x")[0]
    for block in page.blocks:
        assert block.text == "\n".join(ln.text for ln in block.lines)
        assert block.bbox is not None
        for ln in block.lines:
            assert ln.words, ln.text
            # Tesseract separates every CJK character: the reader keeps that raw text
            assert ln.text == " ".join(w.text for w in ln.words)
            assert 0.0 <= ln.conf <= 1.0
            for w in ln.words:
                assert 0.0 <= w.conf <= 1.0
                # engine word boxes may stick out of their line a little; their centres do not
                assert ln.bbox.x0 <= (w.bbox.x0 + w.bbox.x1) / 2 <= ln.bbox.x1
    confs = [w.conf for b in page.blocks for ln in b.lines for w in ln.words]
    assert min(confs) < 0.5 < max(confs)  # real engine output: some doubtful words, mostly sure ones


def test_block_offsets_match_page_text() -> None:
    page = read_hocr((FIX / "p1.hocr").read_bytes(), "x")[0]
    text = "\n\n".join(b.text for b in page.blocks)
    for b in page.blocks:
        assert text[b.start:b.end] == b.text


def test_pagexml_reading_order_is_followed(tmp_path: Path) -> None:
    data = (FIX / "p2.page.xml").read_text(encoding="utf-8")
    plain = read_pagexml(data.encode(), "p")[0]
    n = len(plain.blocks)
    assert plain.explicit_order
    # reverse the stated order: the reader must follow it
    for i in range(n):
        data = data.replace(f'index="{i}" regionRef="r{i}"', f'index="{n - 1 - i}" regionRef="r{i}"')
    reversed_page = read_pagexml(data.encode(), "p")[0]
    assert [b.id for b in reversed_page.blocks] == [b.id for b in plain.blocks][::-1]


def test_rapidocr_lines_grouped_into_blocks() -> None:
    page = read_ocrjson((FIX / "p1.rapidocr.json").read_bytes(), "r")[0]
    raw = json.loads((FIX / "p1.rapidocr.json").read_text(encoding="utf-8"))
    assert sum(len(b.lines) for b in page.blocks) == len(raw)
    assert len(page.blocks) < len(raw)
    title = next(b for b in page.blocks if b.text == "推进城乡基层治理现代化")
    assert len(title.lines) == 1  # the headline does not merge with the body under it
    multi = [b for b in page.blocks if len(b.lines) > 3]
    assert multi and all(0 < ln.conf <= 1 for b in multi for ln in b.lines)


def test_paddleocr_shapes_read_like_rapidocr() -> None:
    raw = json.loads((FIX / "p2.rapidocr.json").read_text(encoding="utf-8"))
    v2 = [[[box, [text, score]] for box, text, score in raw]]
    v3 = {"res": {"rec_texts": [t for _, t, _ in raw], "rec_scores": [s for _, _, s in raw],
                  "rec_polys": [b for b, _, _ in raw]}}
    generic = [{"points": b, "text": t, "confidence": s} for b, t, s in raw]
    want = [(b.text, b.bbox) for b in read_ocrjson(json.dumps(raw).encode(), "r")[0].blocks]
    for shape in (v2, v3, [v3], generic):
        got = read_ocrjson(json.dumps(shape).encode(), "x")[0]
        assert [(b.text, b.bbox) for b in got.blocks] == want


def test_ocrjson_errors() -> None:
    with pytest.raises(InputError, match=r"j\.json: malformed JSON: .*: line 2 column"):
        read_ocrjson(b'[\n[1,', "j.json")
    with pytest.raises(InputError, match="not a box"):
        read_ocrjson(b'[[[1, 2], "a", 0.9]]', "j.json")
    with pytest.raises(InputError, match="differ in length"):
        read_ocrjson(b'{"rec_texts": ["a"], "rec_scores": [], "rec_polys": []}', "j.json")


@pytest.mark.parametrize(("suffix", "fmt"), [
    ("hocr", "hocr"), ("alto.xml", "alto"), ("page.xml", "pagexml"), ("rapidocr.json", "ocrjson")])
def test_detect_format_from_content(suffix: str, fmt: str) -> None:
    data = (FIX / f"p1.{suffix}").read_bytes()
    assert detect_format(data, "no-hint") == fmt
    assert detect_format(data, f"p1.{suffix}") == fmt


def test_detect_text_and_forced_format(tmp_path: Path) -> None:
    seed = Path(__file__).parent.parent / "examples" / "seed-page.txt"
    assert detect_format(seed.read_bytes(), "seed-page.txt") == "text"
    assert len(read_any(seed)[0].blocks) > 10
    # forcing a format that does not fit gives a clear error, not a wrong read
    with pytest.raises(InputError, match=r"p1\.hocr"):
        read_bytes((FIX / "p1.hocr").read_bytes(), "p1.hocr", fmt="alto")
    with pytest.raises(InputError, match="unknown input format"):
        read_bytes(b"x", "x", fmt="docx")
    with pytest.raises(InputError, match="cannot read"):
        read_any(tmp_path / "missing.hocr")
