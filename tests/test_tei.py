"""TEI export: valid against the official TEI P5 schema, deterministic, lossless, profile as documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest_tei import TEI, assert_every_hanzi_accounted_for, assert_valid, parse, tei_schema  # noqa: F401
from layoutfix.export import tei
from layoutfix.model import Document
from layoutfix.pipeline import convert

PAGES = sorted((Path(__file__).resolve().parent / "pages").glob("*.txt"))
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def tei_of(path: Path, **kw: object) -> etree._Element:
    return parse(convert(path, page=2, **kw).output)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_test_page_validates_and_loses_no_character(path: Path, tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    result = convert(path, page=2, paper="甘肃日报", date="2023-10-12")
    root = assert_valid(tei_schema, result.output)
    original = path.read_text(encoding="utf-8")
    assert_every_hanzi_accounted_for(original, result.edits, root)
    ids = root.xpath("//@xml:id")
    assert len(ids) == len(set(ids))


def test_same_input_same_bytes() -> None:
    path = PAGES[0]
    assert convert(path, page=3, paper="X报").output == convert(path, page=3, paper="X报").output


def test_header_records_source_paper_date_page_and_tool() -> None:
    root = tei_of(PAGES[0], paper="甘肃日报", date="2023-10-12")
    ns = {"t": TEI[1:-1]}
    assert root.xpath("string(//t:sourceDesc//t:title)", namespaces=ns) == "甘肃日报"
    assert root.xpath("string(//t:sourceDesc//t:date/@when)", namespaces=ns) == "2023-10-12"
    assert root.xpath("string(//t:sourceDesc//t:biblScope)", namespaces=ns) == "2"
    assert root.xpath("//t:application/@ident", namespaces=ns) == ["layoutfix"]
    assert root.xpath("//t:normalization/t:p/@n", namespaces=ns)  # silent kinds declared


def test_split_word_correction_is_inline_choice() -> None:
    root = tei_of(Path(__file__).parent / "pages" / "split-word-typo.txt")
    (choice,) = root.iter(f"{TEI}choice")
    sic, corr = choice
    assert (sic.text, corr.text) == ("其", "基")
    assert corr.get("resp") == "#layoutfix" and corr.get("cert") == "high"
    assert corr.get("type") == "typo.ji-ceng"
    (p,) = [p for p in root.iter(f"{TEI}p") if p.getparent().tag == f"{TEI}div"]
    assert "\n" not in "".join(p.itertext())  # the two blocks are one paragraph


def test_furniture_inside_a_paragraph_is_an_fw_element_in_place() -> None:
    root = tei_of(Path(__file__).parent / "pages" / "furniture-split.txt")
    fw = root.find(f".//{TEI}p/{TEI}fw")
    assert fw is not None and fw.get("type") == "contact"
    assert fw.text == "新闻热线：0939-8212345"
    assert "推动" in (fw.getparent().text or "") and (fw.tail or "").startswith("茶产业")


def test_continuations_are_parts_with_page_pointers() -> None:
    root = tei_of(Path(__file__).parent / "pages" / "continued-to.txt")
    divs = root.findall(f".//{TEI}div[@type='article']")
    assert [(d.get("part"), d.get("next")) for d in divs] == [("I", "#p3"), ("I", "#pA4")]
    note = divs[0].find(f"{TEI}note[@type='continuation']")
    assert note is not None and note.text == "（下转第3版）" and note.get("subtype") == "to"
    assert divs[0].findall(f"{TEI}p")[-1].get("part") == "I"

    root = tei_of(Path(__file__).parent / "pages" / "continued-from-lead.txt")
    first = root.find(f".//{TEI}div[@type='article']")
    assert first is not None and (first.get("part"), first.get("prev")) == ("F", "#p2")


def test_photo_item_signature_section_and_subsections() -> None:
    pages = Path(__file__).parent / "pages"
    fig = tei_of(pages / "photo-item.txt").find(f".//{TEI}figure")
    assert fig is not None and fig.find(f"{TEI}note[@type='credit']") is not None

    closer = tei_of(pages / "signature.txt").find(f".//{TEI}closer")
    assert closer is not None
    assert "".join(closer.find(f"{TEI}signed").itertext()).replace(" ", "") == "记者孙丽"

    section = tei_of(pages / "section-label.txt").find(f".//{TEI}div[@type='section']")
    assert section is not None and section.findtext(f"{TEI}head") == "履职风采"
    assert len(section.findall(f"{TEI}div[@type='article']")) == 2

    subs = tei_of(pages / "subhead-title.txt").findall(f".//{TEI}div[@type='subsection']")
    heads = [s.findtext(f"{TEI}head").replace(" ", "") for s in subs]
    assert heads == ["技能培训让群众有一技之长", "劳务输转让务工更有保障"]


def test_article_ids_follow_the_page_number() -> None:
    root = tei_of(PAGES[0])
    assert next(d.get(XML_ID) for d in root.iter(f"{TEI}div") if d.get("type") == "article") == "p2-a1"
    no_page = parse(convert(PAGES[0]).output)
    assert next(d.get(XML_ID) for d in no_page.iter(f"{TEI}div")) == "a1"


_PIECES = [
    "本报兰州讯（记者 王晓东）10月8日，全省秋粮收获进度超过七成。",
    "调研组指出，要持续拓展议题征集广度，鼓励引导群众反映需要协商解决的急难",
    "愁盼问题。",
    "让城市对青年更友好",
    "——农机化水平持续提升",
    "（接一版）",
    "（下转第3版）",
    "联系电话：0931-8926232",
    "10月9日，果农在果园采摘苹果。 记者 马俊 摄",
    "“我们要让消防知识走进千家万户。”支队相关负责人说。 （记者 孙丽）",
    "专题协商议政",
    "**秦州区政协** 调研教师队伍建设情况",
    "实现政协协商和其",
    "层协商有效衔接。",
    "（张莉芳）",
]


@settings(max_examples=25, deadline=None)
@example(pieces=[_PIECES[1], "（张莉芳）", _PIECES[1]], gaps=[])  # a signature between two halves
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=12),
    gaps=st.lists(st.sampled_from(["\n\n", "\n\n\n\n"]), max_size=12),
)
def test_any_arrangement_of_blocks_gives_valid_lossless_tei(
    pieces: list[str], gaps: list[str], tei_schema: etree.RelaxNG  # noqa: F811
) -> None:
    text = "".join(p + (gaps[i] if i < len(gaps) else "\n\n") for i, p in enumerate(pieces))
    result = convert(text)
    root = assert_valid(tei_schema, result.output)
    assert_every_hanzi_accounted_for(text, result.edits, root)


def test_xml_lang_follows_the_script_of_the_output() -> None:
    import opencc

    from layoutfix import NormalizeOptions

    simplified = (PAGES[0]).read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert parse(convert(simplified).output).get(lang) == "zh-Hans"
    assert parse(convert(traditional).output).get(lang) == "zh-Hant"
    converted = convert(traditional, options=NormalizeOptions(variants="t2s")).output
    assert parse(converted).get(lang) == "zh-Hans"


# The renderer's fast paths (bisection over edits and low-confidence words, the facsimile written as
# markup) must give the same bytes as the plain scans and the element-by-element facsimile they
# replace, including on inputs the sample pages never produce.

OCR = Path(__file__).resolve().parent / "fixtures" / "ocr"
GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def _with_low_confidence(doc: Document, every: int = 7) -> Document:
    """`doc` with a made-up low-confidence word (1-3 characters) at every `every`-th original offset,
    so unclear words meet inline corrections."""
    from layoutfix.model import LowConfidence

    words = [LowConfidence(s, min(s + 1 + s % 3, len(doc.original)), "", 0.1)
             for s in range(0, len(doc.original), every)]
    return dataclasses.replace(doc, low_confidence=words, min_conf=0.5)


def _scans_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the renderer take its scan paths: edits reported as overlapping, words as unsorted."""
    spans = tei._output_spans
    monkeypatch.setattr(tei, "_output_spans", lambda edits, kinds=None: (spans(edits, kinds)[0], False))
    monkeypatch.setattr(tei, "_sorted_starts", lambda _spans: None)


def _sample_docs() -> list[Document]:
    from layoutfix.normalize.steps import NormalizeOptions

    typos = convert(GOLDEN / "typo-rules" / "input.txt").document
    variants = convert(PAGES[0], options=NormalizeOptions(variants="t2s", apply="low")).document
    assert any(e.kind in tei.INLINE_KINDS for e in typos.edits)
    return [
        typos, variants,
        _with_low_confidence(typos), _with_low_confidence(typos, 3), _with_low_confidence(variants),
        convert(OCR / "p1.alto.xml", min_conf=0.95).document,
        convert(OCR / "p2.hocr", min_conf=0.9).document,
    ]


def test_bisection_paths_render_as_the_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _sample_docs()
    fast = [tei.to_tei(d, line_zones=True) for d in docs]
    _scans_only(monkeypatch)
    assert [tei.to_tei(d, line_zones=True) for d in docs] == fast


def test_edits_out_of_order_render_as_in_order() -> None:
    for doc in _sample_docs():
        shuffled = dataclasses.replace(doc, edits=list(reversed(doc.edits)))
        assert tei.to_tei(shuffled) == tei.to_tei(doc)
        assert tei.output_spans(shuffled.edits) == tei.output_spans(doc.edits)


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 3),
                              st.sampled_from(["typo", "space", "variant"])), max_size=12),
    words=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 4)), max_size=10),
)
def test_unclear_spans_bisection_equals_the_scan(
    pieces: list[tuple[int, int, int, str]], words: list[tuple[int, int]]
) -> None:
    from layoutfix.model import Edit, LowConfidence

    edits, pos = [], 0
    for gap, removed, added, kind in pieces:  # edits in order, never overlapping
        start = pos + gap
        edits.append(Edit(start, start + removed, "x" * removed, "y" * added, ("r",), kind))  # type: ignore[arg-type]
        pos = start + removed
    original = "字" * (pos + 10)
    text = "字" * (len(original) + sum(len(e.after) - len(e.before) for e in edits))
    low = [LowConfidence(s, s + n, "", 0.1) for s, n in sorted(words) if s + n <= len(original)]
    doc = Document(pages=[], articles=[], edits=edits, original=original, text=text, low_confidence=low)
    spans, ordered = tei._output_spans(edits)
    assert ordered
    inline = [x for x in spans if x[2].kind in tei.INLINE_KINDS]
    assert tei.unclear_spans(doc, spans, inline) == tei._unclear_spans_scan(doc, spans, inline)


def _issue_of_coordinate_pages() -> Document:
    from layoutfix.issue import build_issue

    return build_issue([OCR / "p1.alto.xml", OCR / "p2.alto.xml"])[0]


def test_facsimile_values_with_markup_characters_are_written_as_given() -> None:
    doc = convert(OCR / "p1.alto.xml").document
    image = 'scan "1" & <2>\t.png'
    doc.pages[0].image = image
    root = parse(tei.to_tei(doc))
    assert root.find(f".//{TEI}graphic").get("url") == image
    duplicate = doc.pages[0].zones[0]
    doc.pages[0].image = None
    doc.pages[0].zones.append(duplicate)  # a duplicate xml:id is written, not dropped
    assert tei.to_tei(doc).count(f'<zone xml:id="{duplicate.id}" type="block"') == 2


_HEADER_VALUES = st.one_of(
    st.none(), st.just("2020-01-02"),
    st.lists(
        st.sampled_from([*"ab&<>\"'\r\n\t \x01\ud800\udc80\ufffe{}年]", "]]>", "{title}"]), max_size=8
    ).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(paper=_HEADER_VALUES, date=_HEADER_VALUES, source=_HEADER_VALUES.map(lambda v: v or ""),
       page=st.sampled_from([None, 0, 3]), min_conf=st.sampled_from([None, 0.5]))
def test_header_says_back_any_paper_date_and_source(
    paper: str | None, date: str | None, source: str, page: int | None, min_conf: float | None
) -> None:
    """Whatever the paper, date and source hold (markup characters, control characters, lone
    surrogates), the TEI is well-formed and its `<bibl>` gives them back as `header_text` writes them."""
    from layoutfix.pipeline import build_document

    base = build_document((Path(__file__).parent / "pages" / "signature.txt").read_text(encoding="utf-8"))
    doc = dataclasses.replace(base, paper=paper, date=date, source=source, page=page, min_conf=min_conf)
    bibl = parse(tei.to_tei(doc)).find(f".//{TEI}sourceDesc/{TEI}bibl")
    if paper:
        assert bibl.find(f"{TEI}title").text == tei.header_text(paper)
    if date:
        assert bibl.find(f"{TEI}date").text == tei.header_text(date)
    assert (bibl.find(f"{TEI}idno").text or "") == tei.header_text(source or "")


def _plain_num(value: float) -> str:
    """How TEI writes a coordinate, without `tei._num`'s memo."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


@settings(max_examples=500, deadline=None)
@given(values=st.lists(st.one_of(
    st.integers(-10**6, 10**6), st.floats(-1e6, 1e6, allow_nan=False),
    st.integers(0, 4000).map(lambda n: n / 4), st.just(-0.0), st.just(0.0), st.just(1e300),
), max_size=20))
def test_memoised_coordinates_are_written_as_the_plain_way(values: list[float]) -> None:
    for value in values + values:  # the second time from the memo
        assert tei._num(value) == _plain_num(value)
        corners = (value, 1.0, 2, value / 3)
        expected = dict(zip(("ulx", "uly", "lrx", "lry"), map(_plain_num, corners), strict=True))
        zone = tei._zone_attrib("z1", "line", tei.BBox(*corners))
        assert zone == {XML_ID: "z1", "type": "line", **expected}


def test_unclear_words_without_inline_edits_render_as_with_the_general_fill(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _sample_docs()
    fast = [tei.to_tei(d, line_zones=True) for d in docs]
    # The general path: every piece through fill_choices, every block through the unclear loop.
    monkeypatch.setattr(tei._Writer, "_fill_words_plain", tei._Writer._fill_words)
    monkeypatch.setattr(tei, "_sorted_starts", lambda _spans: None)
    assert [tei.to_tei(d, line_zones=True) for d in docs] == fast


def test_a_control_character_inside_a_variant_edit_is_left_out_of_sic(
    tei_schema: etree.RelaxNG,  # noqa: F811
) -> None:
    """The unicode step removes U+0001 between two characters the variant step converts; the two merge into
    one inline edit whose original holds U+0001, which XML cannot carry. The TEI shows `<sic>` without it
    (it used to raise ValueError); the edit log keeps it."""
    from layoutfix.normalize import NormalizeOptions

    result = convert("標題\n\n豈\x01亂。", options=NormalizeOptions(variants="t2s", apply="low"))
    root = assert_valid(tei_schema, result.output)
    sics = ["".join(s.itertext()) for s in root.iter(f"{TEI}sic")]
    assert "豈亂" in sics
    assert any(e.before == "豈\x01亂" and e.after == "岂乱" for e in result.edits)


def test_a_low_confidence_line_split_into_paragraph_and_signature_is_unclear_in_both() -> None:
    """OCR JSON scores whole lines: a low line holding a paragraph's end and its signature
    (群众的实际成效。 (冯涛)) is split into `<p>` and `<closer>`; both parts are `<unclear>` (they were
    neither, though the header and the JSON counted the word)."""
    page = Path(__file__).parent / "fixtures" / "tei_profile" / "boxed-page.rapidocr.json"
    root = parse(convert(page, page=2, min_conf=0.6).output)
    unclear = "".join("".join(u.itertext()) for u in root.iter(f"{TEI}unclear"))
    assert unclear == "新闻热线：0935-4123456群众的实际成效。（冯涛）（接一版）"
    closer = root.find(f".//{TEI}closer")
    assert closer is not None and closer.find(f"{TEI}signed/{TEI}unclear").text == "冯涛"
