"""PAGE-XML `credit` regions: PAGE's `credit` type is used for an article's author credit too (an
eScriptorium or OCR-D user types the `本报记者 王丽` under a headline `credit`). Such a region with no
picture or caption region near it, whose text is an article's byline and no photo's credit, is read
as ordinary text, so the byline is a TEI `<byline>` in the ReadingOrder's place. Any other `credit`
region stays a photo credit (TEI `figure/note[@type="credit"]`): one near a picture or a caption,
whatever its text (the person who typed it said so), and one whose text is no byline (`王丽`, `CFP`).

Before s19-E2 every `credit` region was a photo credit: the byline became an empty photo figure
(`<figure type="photo"><note type="credit">本报记者 王丽</note></figure>`), and the dateline `本报讯` was
put above it. The first fix (s19-E2) went too far (s19-E3 mends it): a credit 2.8 line heights under
its picture, at its corner, past a separator or nested in its ImageRegion, or whose text read as a
byline beside a caption (`记者 王丽`), lost its picture, and so did `王丽`, `CFP`, `人民视觉` with no
picture near (`CFP` then joined the next paragraph in the plain text).
"""

from __future__ import annotations

import pytest
from lxml import etree

from layoutfix.pipeline import convert

TEI = "{http://www.tei-c.org/ns/1.0}"
TITLE = "全市秋粮收购进度过半"
BODY = ("本报讯 今年以来，全市各地抢抓晴好天气，组织农民收获晾晒秋粮。截至十月底，全市已收购秋粮十二万吨，"
        "进度过半。")
#: A picture below the article, far from the credit region under the headline.
FAR_IMAGE = '<ImageRegion id="img"><Coords points="100,700 900,700 900,1000 100,1000"/></ImageRegion>'


def _box(x0: int, y0: int, x1: int, y1: int) -> str:
    return f'<Coords points="{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}"/>'


def _region(rid: str, rtype: str, text: str, box: tuple[int, int, int, int] | None) -> str:
    coords = _box(*box) if box else ""
    return (f'<TextRegion id="{rid}" type="{rtype}">{coords}<TextLine id="{rid}l">{coords}'
            f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine></TextRegion>")


def _page(credit: str, extra: str = "", boxes: bool = True, under: tuple[int, int, int, int] | None = None
          ) -> bytes:
    """A headline, a `credit` region under it, a body, in a ReadingOrder r0, r1, r2, and `extra`
    regions after them; with `under`, the credit region is set there instead, in the file right
    after `extra` (the ReadingOrder, r0, r2, names neither, so they follow in file order)."""
    credit_region = _region("r1", "credit", credit, (under or (380, 170, 586, 198)) if boxes else None)
    head = _region("r0", "heading", TITLE, (200, 80, 800, 140) if boxes else None)
    text = _region("r2", "paragraph", BODY, (100, 240, 900, 300) if boxes else None)
    regions = [head, text, extra, credit_region] if under else [head, credit_region, text, extra]
    refs = ["r0", "r2"] if under else ["r0", "r1", "r2"]
    order = "".join(f'<RegionRefIndexed index="{k}" regionRef="{r}"/>' for k, r in enumerate(refs))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
        '<Page imageFilename="p.jpg" imageWidth="1000" imageHeight="1400">'
        f'<ReadingOrder><OrderedGroup id="ro">{order}</OrderedGroup></ReadingOrder>'
        + "".join(regions) + "</Page></PcGts>"
    ).encode("utf-8")


def _body(data: bytes) -> etree._Element:
    body = etree.fromstring(convert(data, fmt="tei").output.encode("utf-8")).find(f".//{TEI}body")
    assert body is not None
    return body


def _texts(body: etree._Element, path: str) -> list[str]:
    return ["".join(el.itertext()) for el in body.iterfind(path)]


@pytest.mark.parametrize("extra", ["", FAR_IMAGE], ids=["no-picture", "picture-far-away"])
def test_a_byline_typed_credit_is_the_articles_byline(extra: str) -> None:
    body = _body(_page("本报记者 王丽", extra))
    assert body.find(f".//{TEI}figure") is None  # no empty photo figure
    assert _texts(body, f".//{TEI}byline") == ["本报记者 王丽", "本报讯"]  # the ReadingOrder's order
    txt = convert(_page("本报记者 王丽", extra), fmt="txt").output
    assert txt.index("本报记者 王丽") < txt.index("本报讯") < txt.index("今年以来")


@pytest.mark.parametrize("boxes", [True, False], ids=["boxes", "file-order"])
def test_a_credit_under_a_picture_stays_the_photos_credit(boxes: bool) -> None:
    """A credit region set right under an ImageRegion (or, without boxes, right after it in the
    file) credits the photo: a bare name, which the text cues alone would not call a credit."""
    image = f'<ImageRegion id="img">{_box(100, 700, 900, 1000)}</ImageRegion>'
    body = _body(_page("王丽", image, boxes=boxes, under=(700, 1005, 900, 1030)))
    assert _texts(body, f".//{TEI}figure/{TEI}note[@type='credit']") == ["王丽"]


def test_a_credit_next_to_a_caption_stays_in_the_captions_figure() -> None:
    caption = _region("cap", "caption", "图为农民在晾晒玉米。", (100, 1005, 600, 1030))
    body = _body(_page("王丽", caption, under=(620, 1005, 900, 1030)))
    figures = body.findall(f".//{TEI}figure")
    assert len(figures) == 1
    assert _texts(figures[0], f"{TEI}p") == ["图为农民在晾晒玉米。"]
    assert _texts(figures[0], f"{TEI}note[@type='credit']") == ["王丽"]


# --- s19-E3: nearness wins; away from pictures only an author's byline is demoted -----------------

IMAGE = f'<ImageRegion id="img">{_box(100, 700, 900, 1000)}</ImageRegion>'
BYLINE_TEXTS = ["本报记者 王丽 摄影", "本报记者王丽 摄影", "记者 王丽", "通讯员 张强", "本报记者 王丽"]


def _free_page(*regions: str) -> bytes:
    """A page holding `regions` in this file order, with no ReadingOrder: a headline and a paragraph
    (with boxes) first."""
    head = _region("r0", "heading", TITLE, (200, 80, 800, 140))
    text = _region("r2", "paragraph", BODY, (100, 240, 900, 600))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
        '<Page imageFilename="p.jpg" imageWidth="1000" imageHeight="1400">'
        + head + text + "".join(regions) + "</Page></PcGts>"
    ).encode("utf-8")


def _photo_credits(data: bytes) -> list[str]:
    return _texts(_body(data), f".//{TEI}figure/{TEI}note[@type='credit']")


#: Credit regions near a picture (or a caption), as the reviewer's pages set them: each one the
#: first fix read as no photo credit.
NEAR = {
    # 2.8 line heights (70 of 25) under the picture
    "under-2.8-lines": lambda text: IMAGE + _region("c", "credit", text, (700, 1070, 900, 1095)),
    # at the picture's corner, 5 right and 5 down
    "corner": lambda text: IMAGE + _region("c", "credit", text, (905, 1005, 1000, 1030)),
    # set upright beside the picture
    "beside": lambda text: IMAGE + _region("c", "credit", text, (905, 700, 930, 900)),
    # no boxes on the credit: after the picture in the file, a separator between them
    "past-a-separator": lambda text: (IMAGE + f'<SeparatorRegion id="sep">{_box(100, 1001, 900, 1003)}'
                                      "</SeparatorRegion><NoiseRegion id='n'/>"
                                      + _region("c", "credit", text, None)),
    # no boxes: nested in its ImageRegion
    "nested": lambda text: '<ImageRegion id="img">' + _region("c", "credit", text, None) + "</ImageRegion>",
    # no boxes: right before the picture in the file
    "file-neighbour": lambda text: _region("c", "credit", text, None) + '<ImageRegion id="img"/>',
    # beside a caption under the picture
    "beside-caption": lambda text: (IMAGE + _region("cap", "caption", "图为农民在晾晒玉米。",
                                                    (100, 1005, 600, 1030))
                                    + _region("c", "credit", text, (620, 1005, 900, 1030))),
}


@pytest.mark.parametrize("text", ["摄影 王丽", "王丽 摄", *BYLINE_TEXTS])
@pytest.mark.parametrize("where", list(NEAR))
def test_a_credit_near_a_picture_stays_the_photos_credit(where: str, text: str) -> None:
    """The explicit type wins next to a picture or a caption, a byline's text too (`记者 王丽`)."""
    assert _photo_credits(_free_page(NEAR[where](text))) == [text]


def test_a_byline_typed_credit_beside_a_caption_is_the_photos_credit() -> None:
    """In the ReadingOrder page: its text reads as a byline, but it stands beside the caption."""
    caption = _region("cap", "caption", "图为农民在晾晒玉米。", (100, 1005, 600, 1030))
    body = _body(_page("本报记者 王丽", IMAGE + caption, under=(620, 1005, 900, 1030)))
    assert _texts(body, f".//{TEI}figure/{TEI}note[@type='credit']") == ["本报记者 王丽"]
    assert "本报记者 王丽" not in _texts(body, f".//{TEI}byline")


@pytest.mark.parametrize("text", ["摄影 王丽", "王丽", "人民视觉", "图片由受访者提供", "摄/王丽", "CFP",
                                  "新华社发", "本报记者 王丽 摄", "新华社记者 王丽 发", "文/图 记者 张强",
                                  "攝影 王麗"])
@pytest.mark.parametrize("extra", ["", FAR_IMAGE], ids=["no-picture", "picture-far-away"])
def test_a_photo_credit_with_no_picture_near_stays_a_credit(text: str, extra: str) -> None:
    """Only an article's byline is demoted: a text that is none, or holds a photo credit's word,
    stays the photo credit it was typed as. (The spacing step glues `王丽 发` to `王丽发`, as it did
    before: spaces aside.)"""
    assert [c.replace(" ", "") for c in _photo_credits(_page(text, extra))] == [text.replace(" ", "")]


@pytest.mark.parametrize("text", ["本报记者 王丽", "记者 王丽", "通讯员 张强", "本报记者 王丽 发自北京",
                                  "本報記者 王麗"])
def test_an_author_byline_with_no_picture_near_is_a_byline(text: str) -> None:
    body = _body(_page(text, FAR_IMAGE))
    assert body.find(f".//{TEI}figure") is None
    assert _texts(body, f".//{TEI}byline")[0] == text


def test_a_paragraph_between_picture_and_credit_parts_them() -> None:
    """Without boxes, file order decides: a paragraph between the picture and the credit region ends
    nearness, so a byline's text there is the next article's byline."""
    page = _free_page(IMAGE.replace(_box(100, 700, 900, 1000), ""),
                      _region("r3", "paragraph", "截至目前，全市已有三百家企业复工。", None),
                      _region("c", "credit", "本报记者 王丽", None))
    body = _body(page)
    assert body.find(f".//{TEI}note[@type='credit']") is None
    assert "本报记者 王丽" in _texts(body, f".//{TEI}byline")


def test_a_cfp_credit_between_paragraphs_never_joins_one() -> None:
    """The reviewer's page (no boxes, no picture): `CFP` was typed a credit between two paragraphs."""
    regions = [_region("r0", "heading", TITLE, None), _region("r2", "paragraph", BODY, None),
               _region("c", "credit", "CFP", None),
               _region("r3", "paragraph", "截至目前，全市已有三百家企业复工。", None)]
    data = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
            '<Page imageFilename="p.jpg" imageWidth="1000" imageHeight="1400">'
            + "".join(regions) + "</Page></PcGts>").encode("utf-8")
    body = _body(data)
    assert _texts(body, f".//{TEI}figure/{TEI}note[@type='credit']") == ["CFP"]
    assert not [p for p in _texts(body, f".//{TEI}p") if "CFP" in p]
    txt = convert(data, fmt="txt").output
    assert "\nCFP\n\n截至目前" in txt
