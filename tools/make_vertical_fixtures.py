"""Render small vertical traditional-Chinese pages and run Tesseract's vertical model on them.

Writes into tests/fixtures/engines/:
  tesseract5-chi_tra_vert-psm5.hocr   one article (a headline column, three body columns, read right
                                      to left): `tesseract PNG OUT -l chi_tra_vert --psm 5 hocr`
  tesseract5-chi_tra_vert-psm3.hocr   four articles in two tiers separated by rules, the boundary
                                      between the two articles of each tier at the same x (a 2x2
                                      grid): `tesseract PNG OUT -l chi_tra_vert --psm 3 hocr`
  tesseract5-chi_tra_vert.truth.json  what was printed: per fixture, its articles in reading order
                                      (top tier first, right to left), each a title and paragraphs

The PNGs (Pillow + Noto Serif CJK TC, 150 dpi) go to --png-dir and are not committed. Requirements
(tools only): Pillow, and the Debian packages tesseract-ocr (5.3.0), tesseract-ocr-chi-tra-vert and
fonts-noto-cjk. Run from the repository root:  python tools/make_vertical_fixtures.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "engines"
FONT_DIR = Path("/usr/share/fonts/opentype/noto")
INDENT = "\u3000\u3000"  # a paragraph's first column starts two ems down

#: One article: (title, paragraphs).
Article = tuple[str, list[str]]

ONE: list[Article] = [("秋收時節農民忙", ["本報訊今年秋季全縣糧食喜獲豐收，農民們抓緊晴好天氣搶收搶種。"])]
GRID: list[Article] = [
    ("秋收時節農民忙", ["今年秋季全縣糧食喜獲豐收，農民們抓緊晴好天氣搶收搶種。",
                        "縣農業局派出技術人員下鄉指導。"]),
    ("新圖書館開放", ["市區新建的圖書館昨日正式開放，吸引大批市民前往參觀。"]),
    ("全市運動會開幕", ["本屆運動會共有三十二支代表隊參賽，規模為歷屆之最。",
                        "賽事將持續五天，設田徑游泳等項目。"]),
    ("鋒面將至", ["氣象局預報本週後半段將有鋒面過境，請民眾注意保暖。"]),
]


def face(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The Noto Serif CJK TC face at `size` pixels."""
    path = FONT_DIR / ("NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc")
    for index in range(10):
        font = ImageFont.truetype(str(path), size, index=index)
        if font.getname()[0].endswith("CJK TC"):
            return font
    raise RuntimeError(f"no CJK TC face in {path}")


def column(draw: ImageDraw.ImageDraw, text: str, x: int, y: int, font: ImageFont.FreeTypeFont,
           size: int) -> None:
    """Draw one column, characters top to bottom, its left edge at x."""
    for i, ch in enumerate(text):
        draw.text((x, y + i * size), ch, font=font, fill=0)


def article(draw: ImageDraw.ImageDraw, art: Article, x: int, top: int, per: int) -> int:
    """Draw an article right to left from x: its title column, then its paragraphs in columns of
    `per` characters. Return the x left of its last column."""
    title, paragraphs = art
    column(draw, title, x, top, face(42, bold=True), 42)
    x -= 66
    body = face(30)
    for paragraph in paragraphs:
        text = INDENT + paragraph
        while text:
            column(draw, text[:per], x, top, body, 30)
            text = text[per:]
            x -= 46
    return x


def one_page() -> Image.Image:
    """ONE, in columns of 11 characters."""
    image = Image.new("L", (400, 520), 255)
    draw = ImageDraw.Draw(image)
    title, paragraphs = ONE[0]
    # no indent: the dateline opens the first column
    column(draw, title, 340, 40, face(44, bold=True), 44)
    body, x, text = face(36), 270, paragraphs[0]
    while text:
        column(draw, text[:11], x, 40, body, 36)
        text, x = text[11:], x - 56
    return image


def grid_page() -> Image.Image:
    """GRID: two articles per tier, tiers under rules, the articles' boundary at one x in both."""
    image = Image.new("L", (900, 1100), 255)
    draw = ImageDraw.Draw(image)
    for top, (right, left), per in ((95, GRID[0:2], 15), (625, GRID[2:4], 14)):
        draw.line((50, top - 25, 850, top - 25), fill=0, width=2)
        x = article(draw, right, 820, top, per)
        article(draw, left, x - 40, top, per)
    return image


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--png-dir", type=Path, default=Path("/tmp/layoutfix-vertical-fixtures"))
    args = ap.parse_args()
    args.png_dir.mkdir(parents=True, exist_ok=True)
    truth: dict[str, list[dict[str, object]]] = {}
    for psm, make, articles in (("5", one_page, ONE), ("3", grid_page, GRID)):
        name = f"tesseract5-chi_tra_vert-psm{psm}"
        png = args.png_dir / f"{name}.png"
        make().save(png, dpi=(150, 150))
        subprocess.run(["tesseract", png.name, name, "-l", "chi_tra_vert", "--psm", psm, "hocr"],
                       check=True, capture_output=True, cwd=args.png_dir)
        (OUT / f"{name}.hocr").write_bytes((args.png_dir / f"{name}.hocr").read_bytes())
        truth[f"{name}.hocr"] = [{"title": t, "paragraphs": p} for t, p in articles]
    (OUT / "tesseract5-chi_tra_vert.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
