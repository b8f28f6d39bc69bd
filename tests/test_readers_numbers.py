"""The coordinate readers' number handling (remembered `float()` values, inline fast paths) against
plain definitions: ALTO attributes through `boxes.number`, in the order the reader always reported
them; Tesseract's hOCR word, line and paragraph titles as `parse_title` reads them; PAGE-XML
`Coords@points` as `polygon_bbox` reads them; OCR JSON boxes as the checked way reads them, and
its line grouping as `_joins` on every pair."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from layoutfix.errors import InputError
from layoutfix.layout.reading_order import is_vertical_box, to_frame
from layoutfix.model import BBox, Line, Word
from layoutfix.readers import boxes, hocr, ocrjson, pagexml
from layoutfix.readers.alto import read_alto
from layoutfix.readers.boxes import mean, number, polygon_bbox
from layoutfix.readers.hocr import read_hocr

#: Attribute values: plain and odd numbers, non-finite ones, non-numbers; None leaves the attribute out.
VALUES = ["0", "1", "12", "-3", "0.25", " 7 ", "1e3", "1e308", "-1.5e308", "-0", "1_0", "+5", "1e400",
          "nan", "-inf", "x", "", "0x10", "１２", None]
BOX = ("HPOS", "VPOS", "WIDTH", "HEIGHT")

attrs = st.fixed_dictionaries({key: st.sampled_from(VALUES) for key in ("WC", *BOX)})


def _xml_attrs(values: dict[str, str | None]) -> str:
    return " ".join(f'{key}="{value}"' for key, value in values.items() if value is not None)


def _document(line: dict[str, str | None], words: list[tuple[str, dict[str, str | None]]]) -> bytes:
    strings = '<SP/>'.join(f'<String CONTENT="{text}" {_xml_attrs(values)}/>' for text, values in words)
    return (f'<alto><Layout><Page><TextBlock><TextLine {_xml_attrs(line)}>{strings}'
            '</TextLine></TextBlock></Page></Layout></alto>').encode()


def _plain_number(values: dict[str, str | None], key: str, tag: str) -> float | None:
    raw = values[key]
    return None if raw is None else number(raw, f"a.xml: line 1: {tag}@{key}")


def _plain_box(values: dict[str, str | None], tag: str) -> BBox | None:
    x, y, w, h = (_plain_number(values, key, tag) for key in BOX)
    if x is None or y is None or w is None or h is None:
        return None
    return BBox(x, y, x + w, y + h)


def _plain_line(line: dict[str, str | None], words: list[tuple[str, dict[str, str | None]]]
                ) -> tuple[BBox | None, float | None, list[Word]]:
    read = []
    for text, values in words:
        if text:
            conf = _plain_number(values, "WC", "String")
            if conf is not None and not 0 <= conf <= 100:  # no confidence on either scale: ignored
                conf = None
            read.append(Word(text, _plain_box(values, "String"), conf))
    line_conf = mean(w.conf for w in read)
    if any(w.conf is not None and w.conf > 1 for w in read):  # a file of percent (docs/readers.md)
        line_conf = None if line_conf is None else line_conf / 100
        read = [Word(w.text, w.bbox, None if w.conf is None else w.conf / 100) for w in read]
    return _plain_box(line, "TextLine"), line_conf, read


def _outcome(make):  # type: ignore[no-untyped-def]
    try:
        return make()
    except InputError as exc:
        return ("error", str(exc))


def _read(data: bytes):  # type: ignore[no-untyped-def]
    (page,) = read_alto(data, "a.xml")
    if not page.blocks:
        return None, None, []
    (line,) = page.blocks[0].lines
    return line.bbox, line.conf, line.words


@settings(max_examples=600, deadline=None)
@given(line=attrs, words=st.lists(st.tuples(st.sampled_from(["字", "ab", ""]), attrs), max_size=4),
       cold=st.booleans())
def test_numbers_read_as_plain_float_with_the_same_errors(
    line: dict[str, str | None], words: list[tuple[str, dict[str, str | None]]], cold: bool
) -> None:
    if cold:
        boxes.FLOATS.clear()
    data = _document(line, words)
    expected = _outcome(lambda: _plain_line(line, words))
    if not any(text for text, _ in words) and not isinstance(expected[0], str):
        expected = (None, None, [])  # a line without text is dropped, and its block with it
    got = _outcome(lambda: _read(data))
    assert repr(got) == repr(expected)  # repr: NaN never reaches here, -0.0 and 0.0 stay apart


def test_remembered_values_are_bounded() -> None:
    boxes.FLOATS.clear()
    saved = boxes.FLOATS_MAX
    boxes.FLOATS_MAX = 2
    try:
        data = _document({}, [("字", {"WC": "0.5", "HPOS": "1", "VPOS": "2", "WIDTH": "3", "HEIGHT": "4"})])
        (_, _, (word,)) = _read(data)
        assert word.bbox == BBox(1, 2, 4, 6) and word.conf == 0.5
        assert len(boxes.FLOATS) == 2
    finally:
        boxes.FLOATS_MAX = saved


digits = st.from_regex(r"[0-9]{1,9}", fullmatch=True)


def _hocr(title: str) -> bytes:
    return ("<html><body><div class='ocr_page' title='bbox 0 0 100 100'><p class='ocr_par'>"
            "<span class='ocr_line' title='bbox 0 0 50 10'>"
            f"<span class='ocrx_word' title='{title}'>字</span></span></p></div></body></html>").encode()


@settings(max_examples=400, deadline=None)
@given(numbers=st.lists(digits, min_size=5, max_size=5), cold=st.booleans())
def test_tesseract_hocr_titles_read_as_any_other_title_form(numbers: list[str], cold: bool) -> None:
    if cold:
        boxes.FLOATS.clear()
    x0, y0, x1, y1, wconf = numbers
    fast = read_hocr(_hocr(f"bbox {x0} {y0} {x1} {y1}; x_wconf {wconf}"))  # Tesseract's own form
    plain = read_hocr(_hocr(f"x_wconf {wconf}; bbox {x0} {y0} {x1} {y1}"))  # through parse_title
    assert repr(fast) == repr(plain)
    (word,) = fast[0].blocks[0].lines[0].words
    assert word.bbox == BBox(float(x0), float(y0), float(x1), float(y1))
    # x_wconf is 0..100 by the hOCR spec: a number above that is no confidence and is ignored
    assert word.conf == (float(wconf) / 100 if float(wconf) <= 100 else None)


point_part = st.sampled_from(
    ["0", "7", "12.5", "-3", "1e308", "-1e308", "nan", "inf", "x", "", " ", "1_0", "１２"])
point = st.lists(point_part, min_size=1, max_size=3).map(",".join)


@settings(max_examples=600, deadline=None)
@given(points=st.lists(point, max_size=5).map(" ".join), cold=st.booleans())
def test_pagexml_coords_read_as_polygon_bbox_with_the_same_errors(points: str, cold: bool) -> None:
    if cold:
        boxes.FLOATS.clear()
    el = etree.fromstring(f'<TextLine><Coords points="{points}"/></TextLine>')
    where = f"p.xml: line 1: bad Coords points {points!r:.40}"
    expected = _outcome(lambda: polygon_bbox([tuple(p.split(",")) for p in points.split()], where)
                        if points else None)
    assert repr(_outcome(lambda: pagexml._coords(el, "p.xml"))) == repr(expected)


title_part = st.sampled_from([
    "bbox 1 2 3 4", "bbox 10 20 300 400", "bbox 1 2 3", "bbox 1 2 3 4 5", "bbox  1 2 3 4", " bbox 5 6 7 8",
    "bbox 0012 0 9 999999999", "bbox 1 2 x 4", "baseline 0 0", "x_size 25.3", "x_bboxes 1 2 3 4", "",
    "ppageno 0", "bbox 1e3 2 3 4", "BBOX 1 2 3 4",
])


@settings(max_examples=600, deadline=None)
@given(parts=st.lists(title_part, min_size=1, max_size=4), cold=st.booleans())
def test_hocr_line_titles_read_as_parse_title(parts: list[str], cold: bool) -> None:
    if cold:
        boxes.FLOATS.clear()
    title = ";".join(parts)
    expected = _outcome(lambda: hocr._bbox(hocr.parse_title(title), "h.hocr", 3))
    assert repr(_outcome(lambda: hocr._title_box(title, "h.hocr", 3))) == repr(expected)


def _plain_json_box(raw: object, name: str) -> BBox:
    """`ocrjson._box` as it was: every number through `boxes.number` / `polygon_bbox`."""
    where = f"{name}: box {raw!r:.60}"
    box = None
    if isinstance(raw, list | tuple):
        if len(raw) == 4 and all(isinstance(v, int | float) for v in raw):
            x0, y0, x1, y1 = (number(v, where) for v in raw)
            return BBox(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        if all(isinstance(p, list | tuple) for p in raw):
            box = polygon_bbox(raw, where)
    if box is None:
        raise InputError(f"{name}: not a box or polygon: {raw!r:.80}")
    return box


json_number = st.one_of(
    st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.sampled_from(["12", " 3.5 ", "x", "nan", "", "1e400"]), st.none(), st.just(1e308),
)
json_box = st.one_of(
    st.lists(json_number, min_size=0, max_size=5),
    st.lists(st.lists(json_number, min_size=0, max_size=3), min_size=0, max_size=5),
    st.lists(st.one_of(json_number, st.lists(json_number, min_size=2, max_size=2)), max_size=4),
    json_number, st.text(max_size=4),
)


@settings(max_examples=1500, deadline=None)
@given(raw=json_box)
def test_ocrjson_boxes_read_as_number_and_polygon_bbox(raw: object) -> None:
    expected = _outcome(lambda: _plain_json_box(raw, "j.json"))
    assert repr(_outcome(lambda: ocrjson._box(raw, "j.json"))) == repr(expected)


def _plain_groups(lines: list[Line]) -> list[list[Line]]:
    """`ocrjson.group_lines` spelled out with `_joins` on every pair it tries."""
    vertical = [is_vertical_box(ln.bbox, len(ln.text)) for ln in lines]
    frames = [to_frame(ln.bbox, v) for ln, v in zip(lines, vertical, strict=True)]
    groups: list[list[int]] = []
    for i in sorted(range(len(lines)), key=lambda k: (frames[k].y0, frames[k].x0)):
        for group in groups:
            j = group[-1]
            if vertical[j] == vertical[i] and ocrjson._joins(lines[j], lines[i], vertical[i]):
                group.append(i)
                break
        else:
            groups.append([i])
    return [[lines[k] for k in group] for group in sorted(groups, key=min)]


coord = st.integers(0, 60).map(lambda v: v * 5.0)
json_line = st.builds(
    lambda x, y, w, h, n: Line("字" * n, BBox(x, y, x + w, y + h)),
    coord, coord, st.integers(1, 80).map(float), st.integers(1, 80).map(float), st.integers(1, 12),
)


@settings(max_examples=800, deadline=None)
@given(lines=st.lists(json_line, max_size=12))
def test_ocrjson_group_lines_as_joins_on_every_pair(lines: list[Line]) -> None:
    index = {id(ln): k for k, ln in enumerate(lines)}  # (equal lines are still different lines)
    got = [[index[id(ln)] for ln in blk] for blk in ocrjson.group_lines(lines)]
    assert got == [[index[id(ln)] for ln in blk] for blk in _plain_groups(lines)]
