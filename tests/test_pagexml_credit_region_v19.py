"""PAGE-XML `credit` regions: PAGE's `credit` type is used for an article's author credit too (an
eScriptorium or OCR-D user types the `本报记者 王丽` under a headline `credit`). Such a region that
credits no picture (no picture or caption region next to it, or its text a byline) is read as
ordinary text, so the byline is a TEI `<byline>` in the ReadingOrder's place; a `credit` region
next to an ImageRegion or a caption stays the photo's credit (TEI `figure/note[@type="credit"]`).

Before the fix (s19-E2) every `credit` region was a photo credit: the byline became an empty photo
figure (`<figure type="photo"><note type="credit">本报记者 王丽</note></figure>`), and the dateline
`本报讯` was put above it in the TEI and the plain text.
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


def test_a_byline_typed_credit_next_to_a_picture_is_still_a_byline() -> None:
    """Its text is a byline by the byline tests: a picture beside it does not make it a photo credit."""
    image = f'<ImageRegion id="img">{_box(380, 200, 900, 230)}</ImageRegion>'
    body = _body(_page("本报记者 王丽", image))
    assert body.find(f".//{TEI}figure") is None
    assert _texts(body, f".//{TEI}byline")[0] == "本报记者 王丽"


def test_a_bare_name_credit_far_from_any_picture_is_no_photo_credit() -> None:
    body = _body(_page("王丽", FAR_IMAGE))
    assert body.find(f".//{TEI}figure") is None
    assert "王丽" in "".join(body.itertext())  # the text is kept, where the text cues put it


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
