# ruff: noqa: E501  (recipes read best one per line)
"""Write the bad-input corpus (tests/bad_inputs/files/) from the recipes below.

The files are committed; this script documents how each was made and rebuilds them
(`python tests/bad_inputs/make_corpus.py`). Every file is small (the largest is the one-huge-line
page, about 150 KB) so the corpus runs in CI in seconds. What each file must produce is in
manifest.toml beside this script.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "files"

PAGE = (
    "酒泉市政协调研政协协商向基层延伸工作\n\n"
    "本报酒泉讯(通讯员茹建荣)10月10日,酒泉市政协主席王海明带领调研组深入肃州区调研。\n\n"
    "调研组指出,要持续拓展议题征集广度,进村入户征集事关群众切身利益的热点问题。\n"
)
#: Traditional text for Big5 (which has no simplified forms).
PAGE_HANT = "臺北市議會審議預算\n\n本報臺北訊 議員們對於交通與教育經費的分配進行了熱烈討論。\n"

HOCR_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>'
    '<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word"/></head>\n'
    '<body>\n<div class="ocr_page" id="page_1" title="bbox 0 0 1000 1400; ppageno 0">\n'
)


def hocr_line(y: int, words: list[str], conf: int = 95) -> str:
    spans = "".join(
        f'<span class="ocrx_word" title="bbox {100 + 40 * i} {y} {136 + 40 * i} {y + 36}; x_wconf {conf}">'
        f"{w}</span> "
        for i, w in enumerate(words)
    )
    return f'<span class="ocr_line" title="bbox 100 {y} {100 + 40 * len(words)} {y + 36}">{spans}</span>\n'


def hocr(body_lines: list[str]) -> str:
    pars = "".join(
        f'<p class="ocr_par" title="bbox 100 {100 + 100 * k} 900 {160 + 100 * k}">{ln}</p>\n'
        for k, ln in enumerate(body_lines)
    )
    return HOCR_HEAD + pars + "</div>\n</body>\n</html>\n"


GOOD_HOCR = hocr([hocr_line(100, list("政协调研工作")), hocr_line(200, list("本报酒泉讯调研组深入基层"))])

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"


def alto_block(i: int, text: str, hpos: str = "100", vertical: bool = False) -> str:
    x, y = 100 + 60 * i if vertical else 100, 100 if vertical else 100 + 60 * i
    w, h = (40, 40 * len(text)) if vertical else (40 * len(text), 40)
    string = f'<String CONTENT="{text}" HPOS="{hpos}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}" WC="0.95"/>'
    return (
        f'<TextBlock ID="b{i}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}">'
        f'<TextLine HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}">{string}</TextLine></TextBlock>\n'
    )


def alto(blocks: str, pages: int = 1, doctype: str = "") -> str:
    page = f'<Page ID="P1" WIDTH="1000" HEIGHT="1400"><PrintSpace>\n{blocks}</PrintSpace></Page>\n'
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<alto xmlns="{ALTO_NS}">'
        f"<Layout>\n{page * pages}</Layout></alto>\n"
    )


GOOD_ALTO = alto(alto_block(0, "政协调研工作") + alto_block(1, "本报酒泉讯调研组深入基层"))

PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"


def pagexml(regions: str, root: str = "PcGts") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} xmlns="{PAGE_NS}">'
        f'<Page imageFilename="p.png" imageWidth="1000" imageHeight="1400">\n{regions}</Page></{root}>\n'
    )


def page_region(i: int, text: str) -> str:
    pts = f"100,{100 + 60 * i} {100 + 40 * len(text)},{100 + 60 * i} {100 + 40 * len(text)},{140 + 60 * i} 100,{140 + 60 * i}"
    return (
        f'<TextRegion id="r{i}"><Coords points="{pts}"/><TextLine id="l{i}"><Coords points="{pts}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine></TextRegion>\n"
    )


GOOD_PAGEXML = pagexml(page_region(0, "政协调研工作") + page_region(1, "本报酒泉讯调研组深入基层"))


def rapid(items: list[tuple[list[list[float]], str, object]]) -> str:
    return json.dumps([[box, text, score] for box, text, score in items], ensure_ascii=False)


def hbox(x: float, y: float, n: int) -> list[list[float]]:
    return [[x, y], [x + 40 * n, y], [x + 40 * n, y + 40], [x, y + 40]]


def vbox(x: float, y: float, n: int) -> list[list[float]]:
    return [[x, y], [x + 40, y], [x + 40, y + 40 * n], [x, y + 40 * n]]


GOOD_JSON = rapid(
    [(hbox(100, 100, 6), "政协调研工作", 0.98), (hbox(100, 200, 12), "本报酒泉讯调研组深入基层", 0.97)]
)

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE alto [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">\n' for k in range(1, 10)
    )
    + f']>\n<alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace><TextBlock><TextLine>'
    '<String CONTENT="&lol9;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>\n'
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE PcGts [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
    + pagexml(page_region(0, "&xxe;")).split("\n", 1)[1]
)
#: An external DTD by URL and a parameter entity: must not be fetched (no network, no DTD loading).
EXTERNAL_DTD = GOOD_ALTO.replace("<alto ", '<!DOCTYPE alto SYSTEM "http://127.0.0.1:9/evil.dtd">\n<alto ', 1)
PARAM_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE html [ <!ENTITY % ext SYSTEM "http://127.0.0.1:9/x.dtd"> %ext; ]>\n'
    + GOOD_HOCR.split("\n", 1)[1]
)
DEEP_XML = (
    f'<?xml version="1.0"?>\n<alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace>'
    + "<ComposedBlock>" * 5000
    + "</ComposedBlock>" * 5000
    + "</PrintSpace></Page></Layout></alto>\n"
)
DEEP_JSON = "[" * 100_000 + "]" * 100_000


def truncate(text: str, keep: float = 0.6) -> bytes:
    data = text.encode("utf-8")
    return data[: int(len(data) * keep)]


def huge_line() -> str:
    # one 50,000-character line: a sentence repeated without a single line break
    sentence = "调研组指出,要持续拓展议题征集广度,进村入户征集“热点”问题(难点)。"
    return (sentence * (50_000 // len(sentence) + 1))[:50_000] + "\n"


RECIPES: dict[str, Callable[[], bytes]] = {
    # encodings that must be detected
    "utf8.txt": lambda: PAGE.encode("utf-8"),
    "utf8-bom.txt": lambda: codecs.BOM_UTF8 + PAGE.encode("utf-8"),
    "utf16le-bom.txt": lambda: PAGE.encode("utf-16"),  # Python writes the BOM, little-endian here
    "utf16be-bom.txt": lambda: codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"),
    "gb18030.txt": lambda: PAGE.encode("gb18030"),
    "gbk.txt": lambda: PAGE.encode("gbk"),
    "big5.txt": lambda: PAGE_HANT.encode("big5"),
    "crlf.txt": lambda: PAGE.replace("\n", "\r\n").encode("utf-8"),
    # encodings that must be refused with an offset
    # a stray 0xFF after the title and its blank line (byte 56, a character boundary)
    "utf8-damaged.txt": lambda: PAGE[:20].encode("utf-8") + b"\xff" + PAGE[20:].encode("utf-8"),
    "utf16-odd-length.txt": lambda: PAGE.encode("utf-16") + b"\x00",
    "undecodable.txt": lambda: b"abc \x80\xff\xfe\x81 def\n",
    # nothing, or nothing useful
    "empty.txt": lambda: b"",
    "blank.txt": lambda: " \n\n\u3000\n\t\n".encode("utf-8"),
    "binary.png": lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "control-chars.txt": lambda: ("政协\x01调研\x1b[0m工作\x7f\n\n本报讯\x0b\x0c记者\n").encode(),
    "noncharacters.txt": lambda: "政协\ufffe调研\uffff工作\ufdd0\n".encode("utf-8"),
    "only-furniture.txt": lambda: (
        "联系电话:0931-8926232\n\ne-mail:mzxsb02@163.com\n\n2023年10月12日 星期四\n\n第4版\n"
    ).encode(),
    "only-punctuation.txt": lambda: (
        "，。、！？“”（）《》……——\n\n,.;:!?()[]\"'\n\n" + "。" * 2000 + "\n"
    ).encode(),
    "huge-line.txt": lambda: huge_line().encode("utf-8"),
    "only-latin.txt": lambda: b"The quick brown fox.\n\nJumps over the lazy dog.\n",
    # XML: truncated, per format
    "truncated.hocr": lambda: truncate(GOOD_HOCR),
    "truncated.alto.xml": lambda: truncate(GOOD_ALTO),
    "truncated.page.xml": lambda: truncate(GOOD_PAGEXML),
    # XML: hostile
    "billion-laughs.alto.xml": lambda: BILLION_LAUGHS.encode(),
    "xxe.page.xml": lambda: XXE.encode(),
    "external-dtd.alto.xml": lambda: EXTERNAL_DTD.encode(),
    "parameter-entity.hocr": lambda: PARAM_ENTITY.encode(),
    "deep-nesting.alto.xml": lambda: DEEP_XML.encode(),
    # XML: wrong content
    "wrong-root.alto.xml": lambda: (
        GOOD_ALTO.replace("<alto ", "<notalto ").replace("</alto>", "</notalto>").encode()
    ),
    "wrong-root.page.xml": lambda: pagexml(page_region(0, "政协"), root="PcGtsX").encode(),
    "no-ocr-page.hocr": lambda: GOOD_HOCR.replace("ocr_page", "ocr_xpage").encode(),
    "no-page.alto.xml": lambda: f'<alto xmlns="{ALTO_NS}"><Layout/></alto>'.encode(),
    "bad-number.alto.xml": lambda: alto(alto_block(0, "政协调研", hpos="12px")).encode(),
    "nan-coords.alto.xml": lambda: alto(
        alto_block(0, "政协调研", hpos="NaN") + alto_block(1, "工作会议", hpos="inf")
    ).encode(),
    "two-pages.alto.xml": lambda: alto(alto_block(0, "政协调研"), pages=2).encode(),
    "empty-page.alto.xml": lambda: alto("").encode(),
    "gb18030-declared.alto.xml": lambda: GOOD_ALTO.replace('encoding="UTF-8"', 'encoding="GB18030"').encode(
        "gb18030"
    ),
    "bad-declared-encoding.page.xml": lambda: GOOD_PAGEXML.replace(
        'encoding="UTF-8"', 'encoding="KLINGON"'
    ).encode(),
    # OCR JSON
    "truncated.json": lambda: truncate(GOOD_JSON),
    "not-ocr.json": lambda: b'{"hello": "world"}',
    "bad-item.json": lambda: b"[[1, 2, 3, 4, 5]]",
    "bad-score.json": lambda: rapid([(hbox(100, 100, 4), "政协调研", "high")]).encode(),
    "bad-box.json": lambda: rapid([([[1, 2], ["x", "y"]], "政协调研", 0.9)]).encode(),
    "nan-box.json": lambda: rapid(
        [([[float("nan"), 0], [10, 10]], "政协调研", 0.9), (hbox(100, 200, 4), "工作会议", 0.9)]
    ).encode(),
    "deep-nesting.json": lambda: DEEP_JSON.encode(),
    "paddle-mismatch.json": lambda: json.dumps(
        {"rec_texts": ["政协", "调研"], "rec_scores": [0.9], "rec_polys": [hbox(0, 0, 2)]}
    ).encode(),
    "paddle-res-list.json": lambda: json.dumps({"res": ["rec_texts"]}).encode(),
    "latin1.json": lambda: '[[[[0,0],[10,0],[10,10],[0,10]], "café", 0.9]]'.encode("latin-1"),
    "empty-list.json": lambda: b"[]",
    "mixed-orientation.json": lambda: rapid(
        [
            (hbox(100, 100, 10), "酒泉市政协调研基层工作", 0.98),
            (vbox(900, 200, 12), "本报讯政协委员走进基层系列活", 0.95),
            (vbox(850, 200, 12), "动在漳县启动仪式现场捐赠物资", 0.95),
            (hbox(100, 200, 16), "调研组指出要持续拓展议题征集广度进村入户", 0.97),
            (hbox(100, 250, 16), "征集事关群众切身利益的热点难点和堵点问题", 0.97),
        ]
    ).encode(),
    "mixed-orientation.alto.xml": lambda: alto(
        alto_block(0, "酒泉市政协调研基层工作")
        + alto_block(1, "本报讯政协委员走进基层", vertical=True)
        + alto_block(2, "调研组指出要持续拓展议题征集广度")
    ).encode(),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, make in RECIPES.items():
        (OUT / name).write_bytes(make())
    print(f"wrote {len(RECIPES)} files to {OUT}")


if __name__ == "__main__":
    main()
