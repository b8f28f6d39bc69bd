"""Render newspaper-like test pages and run real OCR engines on them.

Writes, for each page `pN` into tests/fixtures/ocr/:
  pN.truth.json     what was rendered: every line with its box, article, role and reading rank,
                    plus the articles' text in reading order
  pN.hocr           Tesseract 5 hOCR          (tesseract pN.png pN -l chi_sim hocr alto)
  pN.alto.xml       Tesseract 5 ALTO
  pN.page.xml       PAGE-XML 2019, converted from the hOCR by `hocr_to_pagexml` below, because
                    Tesseract 5.3 has no PAGE renderer (its configs offer hocr, alto, tsv, txt, pdf)
  pN.rapidocr.json  RapidOCR (rapidocr-onnxruntime) result: [[box, text, score], ...]

The PNGs are rendered deterministically (Pillow + Noto CJK) into --png-dir and are not committed.
Tools-only requirements: Pillow, rapidocr-onnxruntime, opencc (for the traditional page), the
tesseract-ocr, tesseract-ocr-chi-sim and fonts-noto-cjk Debian packages.

Run from the repository root:  python tools/make_ocr_fixtures.py
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import opencc
from lxml import etree
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "ocr"
FONT_DIR = Path("/usr/share/fonts/opentype/noto")
PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"


def load_font(size: int, bold: bool = False, script: str = "SC") -> ImageFont.FreeTypeFont:
    """The Noto Sans CJK face for `script` (SC or TC) at `size` pixels."""
    path = FONT_DIR / ("NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc")
    for index in range(10):
        font = ImageFont.truetype(str(path), size, index=index)
        if font.getname()[0].endswith(f"CJK {script}"):
            return font
    raise RuntimeError(f"no CJK {script} face in {path}")


@dataclass
class Canvas:
    """A page being rendered, with the truth (every drawn line, in reading order)."""

    width: int
    height: int
    script: str = "SC"
    lines: list[dict[str, object]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.image = Image.new("L", (self.width, self.height), 255)
        self.draw = ImageDraw.Draw(self.image)

    def _record(self, text: str, box: tuple[int, int, int, int], article: str, role: str, par: int) -> None:
        self.lines.append({"rank": len(self.lines), "article": article, "role": role, "par": par,
                           "text": text, "bbox": list(box)})

    def hline(self, text: str, x: int, y: int, size: int, article: str, role: str, par: int = 0,
              bold: bool = False, indent: int = 0) -> int:
        """Draw one horizontal line; return the y below it."""
        font = load_font(size, bold, self.script)
        x_text = x + indent * size
        self.draw.text((x_text, y), text, font=font, fill=0)
        self._record(text, (x_text, y, x_text + size * len(text), y + size), article, role, par)
        return y + size

    def vline(self, text: str, x: int, y: int, size: int, article: str, role: str, par: int = 0,
              bold: bool = False, indent: int = 0) -> None:
        """Draw one vertical line (characters top to bottom) with its left edge at x."""
        font = load_font(size, bold, self.script)
        y_text = y + indent * size
        for i, ch in enumerate(text):
            self.draw.text((x, y_text + i * size), ch, font=font, fill=0)
        self._record(text, (x, y_text, x + size, y_text + size * len(text)), article, role, par)

    def rule(self, x0: int, y0: int, x1: int, y1: int) -> None:
        self.draw.line((x0, y0, x1, y1), fill=0, width=2)


def wrap(paragraphs: list[str], per_line: int, indent: int = 2) -> list[tuple[int, str, int]]:
    """Split paragraphs into (paragraph index, text, indent) lines of at most `per_line` cells."""
    out: list[tuple[int, str, int]] = []
    for p, text in enumerate(paragraphs):
        first = per_line - indent
        out.append((p, text[:first], indent))
        rest = text[first:]
        while rest:
            out.append((p, rest[:per_line], 0))
            rest = rest[per_line:]
    return out


def flow(cv: Canvas, article: str, paragraphs: list[str], columns: list[tuple[int, int, int]],
         size: int, per_line: int, pitch: int) -> int:
    """Flow body text through columns given as (x, top, max lines); return the lowest y used."""
    lines = wrap(paragraphs, per_line)
    bottom = 0
    i = 0
    for x, top, max_lines in columns:
        for k in range(max_lines):
            if i >= len(lines):
                break
            par, text, indent = lines[i]
            cv.hline(text, x, top + k * pitch, size, article, "body", par, indent=indent)
            bottom = max(bottom, top + k * pitch + size)
            i += 1
    if i < len(lines):
        raise ValueError(f"{article}: {len(lines) - i} lines did not fit")
    return bottom


def balanced(n_lines: int, n_cols: int) -> int:
    return math.ceil(n_lines / n_cols)


def page1(texts: dict) -> Canvas:
    """Three columns; a spanning kicker+headline; two articles side by side below a rule."""
    f, a = texts["furniture"], texts["articles"]
    cv = Canvas(1100, 860)
    size, pitch, gutter, col_w = 22, 34, 40, 306
    per = col_w // size
    xs = [50, 50 + col_w + gutter, 50 + 2 * (col_w + gutter)]
    cv.hline(f["p1_header"], 50, 36, 20, "furniture", "furniture")
    cv.rule(50, 72, 1050, 72)
    cv.hline(a["a1"]["kicker"], 50, 92, 24, "a1", "kicker")
    cv.hline(a["a1"]["title"], 50, 128, 44, "a1", "title", bold=True)
    cv.hline(a["a1"]["byline"], 50, 190, 22, "a1", "byline")
    n = balanced(len(wrap(a["a1"]["paragraphs"], per)), 3)
    bottom = flow(cv, "a1", a["a1"]["paragraphs"], [(x, 236, n) for x in xs], size, per, pitch)
    y = bottom + 24
    cv.rule(50, y, 1050, y)
    y += 22
    cv.hline(a["a2"]["title"], 50, y, 36, "a2", "title", bold=True)
    cv.hline(a["a2"]["byline"], 50, y + 50, 22, "a2", "byline")
    n2 = balanced(len(wrap(a["a2"]["paragraphs"], per)), 2)
    b2 = flow(cv, "a2", a["a2"]["paragraphs"], [(xs[0], y + 94, n2), (xs[1], y + 94, n2)], size, per, pitch)
    cv.hline(a["a3"]["title"], xs[2], y + 4, 30, "a3", "title", bold=True)
    n3 = len(wrap(a["a3"]["paragraphs"], per))
    b3 = flow(cv, "a3", a["a3"]["paragraphs"], [(xs[2], y + 60, n3)], size, per, pitch)
    cv.rule(xs[2] - gutter // 2, y, xs[2] - gutter // 2, max(b2, b3))
    cv.hline(f["p1_footer"], 50, max(b2, b3) + 50, 20, "furniture", "furniture")
    return cv


def page2(texts: dict) -> Canvas:
    """A wide two-column article with a boxed article nested in it, and a narrow column beside."""
    f, a = texts["furniture"], texts["articles"]
    cv = Canvas(1100, 640)
    size, pitch = 22, 34
    cv.hline(f["p2_header"], 50, 36, 20, "furniture", "furniture")
    cv.rule(50, 72, 1050, 72)
    # wide article: columns 310 px at x=50 and x=390
    per = 310 // size
    cv.hline(a["a4"]["title"], 50, 94, 40, "a4", "title", bold=True)
    cv.hline(a["a4"]["byline"], 50, 150, 22, "a4", "byline")
    total = len(wrap(a["a4"]["paragraphs"], per))
    col_a = math.ceil(total * 0.62)
    flow(cv, "a4", a["a4"]["paragraphs"], [(50, 196, col_a), (390, 196, total - col_a)], size, per, pitch)
    box_top = 196 + (total - col_a) * pitch + 26
    cv.hline(a["a5"]["title"], 404, box_top + 16, 26, "a5", "title", bold=True)
    b5 = flow(cv, "a5", a["a5"]["paragraphs"], [(404, box_top + 58, 9)], size, 280 // size, pitch)
    cv.draw.rectangle((390, box_top, 700, b5 + 18), outline=0, width=2)
    # narrow column: two short articles stacked
    cv.rule(722, 84, 722, 560)
    cv.hline(a["a6"]["title"], 744, 94, 28, "a6", "title", bold=True)
    b6 = flow(cv, "a6", a["a6"]["paragraphs"], [(744, 142, 9)], size, 306 // size, pitch)
    cv.rule(744, b6 + 20, 1050, b6 + 20)
    cv.hline(a["a7"]["title"], 744, b6 + 40, 28, "a7", "title", bold=True)
    flow(cv, "a7", a["a7"]["paragraphs"], [(744, b6 + 88, 9)], size, 306 // size, pitch)
    cv.hline(f["p2_footer"], 540, 590, 22, "furniture", "furniture")
    return cv


def page3(texts: dict) -> Canvas:
    """Traditional Chinese set vertically: columns top to bottom, read right to left, two bands."""
    f, a = texts["furniture"], texts["articles"]
    conv = opencc.OpenCC("s2t")
    cv = Canvas(900, 1000, script="TC")
    cv.hline(conv.convert(f["p3_header"]), 50, 30, 20, "furniture", "furniture")
    cv.rule(50, 62, 850, 62)
    size, pitch = 26, 44
    for article, top, bottom in (("a8", 84, 520), ("a9", 570, 960)):
        art = a[article]
        cv.vline(conv.convert(art["title"]), 806, top, 38, article, "title", bold=True)
        per = (bottom - top) // size
        x = 806 - 60
        for par, text, indent in wrap([conv.convert(p) for p in art["paragraphs"]], per):
            cv.vline(text, x, top, size, article, "body", par, indent=indent)
            x -= pitch
        if article == "a8":
            cv.rule(50, 545, 850, 545)
    return cv


def truth_json(name: str, cv: Canvas) -> dict[str, object]:
    """The truth record: lines with boxes and ranks, and each article's text in reading order."""
    articles: dict[str, dict[str, object]] = {}
    for line in cv.lines:
        art = str(line["article"])
        if art == "furniture":
            continue
        entry = articles.setdefault(
            art, {"id": art, "kicker": "", "title": "", "byline": "", "paragraphs": []})
        role = str(line["role"])
        if role == "body":
            pars = entry["paragraphs"]
            assert isinstance(pars, list)
            while len(pars) <= int(line["par"]):  # type: ignore[call-overload]
                pars.append("")
            pars[int(line["par"])] += str(line["text"])  # type: ignore[call-overload]
        else:
            entry[role] = str(entry[role]) + str(line["text"])
    return {"page": name, "width": cv.width, "height": cv.height,
            "vertical": cv.script == "TC", "articles": list(articles.values()), "lines": cv.lines}


_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")


def hocr_to_pagexml(hocr: bytes, image_name: str, width: int, height: int) -> bytes:
    """Convert Tesseract hOCR to PAGE-XML 2019: one TextRegion per ocr_par, one TextLine per line.

    Region order follows the hOCR and is written as the page's ReadingOrder, as converters such as
    ocrd-fileformat do; word boxes are dropped to keep the file small (lines keep their text).
    """
    doc = etree.fromstring(hocr, etree.XMLParser(resolve_entities=False, no_network=True))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    root = etree.Element(f"{{{PAGE_NS}}}PcGts", nsmap={None: PAGE_NS})
    meta = etree.SubElement(root, f"{{{PAGE_NS}}}Metadata")
    etree.SubElement(meta, f"{{{PAGE_NS}}}Creator").text = "tesseract 5.3 hOCR via tools/make_ocr_fixtures.py"
    etree.SubElement(meta, f"{{{PAGE_NS}}}Created").text = "2024-05-06T00:00:00"
    etree.SubElement(meta, f"{{{PAGE_NS}}}LastChange").text = "2024-05-06T00:00:00"
    page = etree.SubElement(root, f"{{{PAGE_NS}}}Page", imageFilename=image_name,
                            imageWidth=str(width), imageHeight=str(height))
    order = etree.SubElement(page, f"{{{PAGE_NS}}}ReadingOrder")
    group = etree.SubElement(order, f"{{{PAGE_NS}}}OrderedGroup", id="ro1")

    def points(title: str) -> str:
        m = _BBOX.search(title)
        assert m, title
        x0, y0, x1, y1 = m.groups()
        return f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}"

    for r, par in enumerate(doc.iterfind(".//h:p[@class='ocr_par']", ns)):
        region = etree.SubElement(page, f"{{{PAGE_NS}}}TextRegion", id=f"r{r}", type="paragraph")
        etree.SubElement(region, f"{{{PAGE_NS}}}Coords", points=points(par.get("title", "")))
        etree.SubElement(group, f"{{{PAGE_NS}}}RegionRefIndexed", index=str(r), regionRef=f"r{r}")
        texts = []
        for k, line in enumerate(par.iterfind(".//h:span[@class]", ns)):
            if line.get("class") not in ("ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat"):
                continue
            el = etree.SubElement(region, f"{{{PAGE_NS}}}TextLine", id=f"r{r}l{k}")
            etree.SubElement(el, f"{{{PAGE_NS}}}Coords", points=points(line.get("title", "")))
            words = [w.text or "" for w in line.iterfind(".//h:span[@class='ocrx_word']", ns)]
            text = " ".join(words)
            texts.append(text)
            equiv = etree.SubElement(el, f"{{{PAGE_NS}}}TextEquiv")
            etree.SubElement(equiv, f"{{{PAGE_NS}}}Unicode").text = text
        etree.SubElement(etree.SubElement(region, f"{{{PAGE_NS}}}TextEquiv"),
                         f"{{{PAGE_NS}}}Unicode").text = "\n".join(texts)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def run_rapidocr(png: Path) -> list[list[object]]:
    from rapidocr_onnxruntime import RapidOCR  # tools-only dependency

    result, _ = RapidOCR()(str(png))
    out = []
    for box, text, score in result or []:
        out.append([[[round(float(x), 1), round(float(y), 1)] for x, y in box], text, round(float(score), 4)])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--png-dir", type=Path, default=Path("/tmp/layoutfix-ocr-fixtures"))
    args = ap.parse_args()
    args.png_dir.mkdir(parents=True, exist_ok=True)
    texts = json.loads((OUT / "texts.json").read_text(encoding="utf-8"))
    for name, make in (("p1", page1), ("p2", page2), ("p3", page3)):
        cv = make(texts)
        png = args.png_dir / f"{name}.png"
        cv.image.save(png, dpi=(150, 150))
        (OUT / f"{name}.truth.json").write_text(
            json.dumps(truth_json(name, cv), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        base = args.png_dir / name
        subprocess.run(["tesseract", png.name, name, "-l", "chi_sim", "--dpi", "150", "hocr", "alto"],
                       check=True, capture_output=True, cwd=args.png_dir)
        hocr = base.with_suffix(".hocr").read_bytes()
        (OUT / f"{name}.hocr").write_bytes(hocr)
        (OUT / f"{name}.alto.xml").write_bytes(base.with_suffix(".xml").read_bytes())
        (OUT / f"{name}.page.xml").write_bytes(hocr_to_pagexml(hocr, png.name, cv.width, cv.height))
        (OUT / f"{name}.rapidocr.json").write_text(
            json.dumps(run_rapidocr(png), ensure_ascii=False) + "\n", encoding="utf-8")
        print(name, "done")


if __name__ == "__main__":
    main()
