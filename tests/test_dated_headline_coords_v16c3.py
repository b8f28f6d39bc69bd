"""A headline opening on a date at a coordinate page's top is no running head, and its date no issue date.

ALTO, hOCR and OCR-JSON pages (`roles.states_running_head`) read a lone body-type top line printing
a date beside a few words as the page's running head: the headline became `fw type="header"` and
JSON furniture, and the TEI header and the JSON took its date for the issue's (`1949年10月1日 开国大典`
gave `<date when="1949-10-01">`). Flat text already asked for a running head's cue beside the date
(`roles._prints_head_cue`: the weekday, the paper's name, the publisher, the page, the weather as a
field, an editor's field, a known section); coordinate pages now ask for it too, or for a line that
is only the date. A word ending in 报道 names a report or a column, not a paper (`两会报道`), but for
a paper so named (`21世纪经济报道`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest

import layoutfix
from block_pages import squeezed
from test_coords_parity_v14 import MAKERS

BODY = [
    "这一天，毛泽东主席在天安门城楼上宣告中华人民共和国成立。",
    "三十万群众在广场上欢呼。",
]


def _ocrjson(blocks: list[list[str]]) -> bytes:
    """A RapidOCR page of `blocks`: one `[polygon, text, score]` item per line, in one column,
    lines 10 px apart and blocks 40 px apart, every line in body type."""
    items: list[list[object]] = []
    y = 100
    for lines in blocks:
        for line in lines:
            right = 100 + 24 * len(line)
            items.append([[[100, y], [right, y], [right, y + 24], [100, y + 24]], line, 0.95])
            y += 34
        y += 40
    return json.dumps(items, ensure_ascii=False).encode()


#: Every coordinate format the page is built in: ALTO, hOCR, RapidOCR's JSON.
COORDS: dict[str, Callable[[list[list[str]]], bytes]] = {**MAKERS, "ocrjson": _ocrjson}

#: Headlines opening (or ending) on a date beside words of no running head's kind: an event, a
#: place, a diary's title, a short title, a bare weather word, a report's title ending in 报道, a
#: place before the date; one in traditional characters.
DATED_HEADLINES = [
    "1949年10月1日 开国大典",
    "1949年10月1日 開國大典",
    "2024年5月6日 兰州",
    "2024年5月6日 开幕",
    "2024年5月6日 我的日记",
    "2024年5月6日 喜迎两会",
    "2024年5月6日 小雨",
    "全市 2024年5月6日",
    "2024年5月6日 两会报道",
]

#: Running heads: the date alone, with the weekday, or beside a cue a head prints (a paper's name,
#: one ending in 报道 among them, the publisher, today's page count, the weather labelled, a section).
CUED_HEADS = [
    "2024年5月6日",
    "2024年5月6日 星期一",
    "21世纪经济报道 2024年5月6日",
    "新华每日电讯 2024年5月6日",
    "2024年5月6日 甘肃日报社出版",
    "2024年5月6日今日8版",
    "2024年5月6日 天气：多云转小雨",
    "要闻 2024年5月6日",
]


def top_page(top: str, fmt: str, body: list[str] = BODY) -> bytes:
    """A page of `top` over the one-line blocks `body`, as flat text or as a coordinate page."""
    blocks = [[top], *([line] for line in body)]
    if fmt == "txt":
        return ("\n\n".join(lines[0] for lines in blocks) + "\n").encode()
    return COORDS[fmt](blocks)


def convert_top(top: str, fmt: str, out: str, body: list[str] = BODY) -> str:
    """`convert`'s output `out` (tei, json, txt) for `top_page`."""
    return layoutfix.convert(top_page(top, fmt, body), fmt=out, input_format=fmt).output


def tei_header(tei: str) -> str:
    """The `teiHeader` element of `tei`, as written."""
    m = re.search(r"<teiHeader>.*</teiHeader>", tei, re.S)
    assert m is not None
    return m.group(0)


def printed_iso(top: str) -> str:
    """The ISO date the line prints (`1949年10月1日` -> `1949-10-01`)."""
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", top)
    assert m is not None
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"


@pytest.mark.parametrize("fmt", COORDS)
@pytest.mark.parametrize("top", DATED_HEADLINES)
def test_a_coordinate_pages_headline_date_is_not_the_tei_headers_issue_date(fmt: str, top: str) -> None:
    """Before, the TEI header of an ALTO/hOCR/OCR-JSON page under `1949年10月1日 开国大典` gained
    `<date when="1949-10-01">` and the headline was `fw type="header"`. Now the header names no date
    and the TEI prints no `fw`."""
    tei = convert_top(top, fmt, "tei")
    header = tei_header(tei)
    assert "<date" not in header
    assert printed_iso(top) not in header
    assert "<fw" not in tei


@pytest.mark.parametrize("fmt", COORDS)
@pytest.mark.parametrize("top", DATED_HEADLINES)
def test_a_coordinate_pages_dated_headline_heads_its_article(fmt: str, top: str) -> None:
    """Before, the JSON listed the headline as the page's furniture with its date as the page's
    `date`. Now it heads the first article (its kicker and title, read as flat text reads them:
    `全市 2024年5月6日` as the kicker `全市` over the title), and the page has no date."""
    doc = json.loads(convert_top(top, fmt, "json"))
    first = doc["articles"][0]
    assert (doc["furniture"], doc["date"]) == ([], None)
    assert squeezed("".join(first["kicker"] + first["titles"])) == squeezed(top)
    flat = json.loads(convert_top(top, "txt", "json"))["articles"][0]
    assert (first["kicker"], first["titles"]) == (flat["kicker"], flat["titles"])


@pytest.mark.parametrize("top", ["2024年5月6日 两会报道", "两会报道 2024年5月6日"])
def test_a_report_title_beside_the_date_is_no_flat_running_head(top: str) -> None:
    """Before, flat text took `两会报道` for a periodical's name (`<2-6 hanzi>报道`), so the line was
    the running head, gone from the txt, with the TEI header's date. Now it is the article's."""
    assert convert_top(top, "txt", "txt").split("\n\n")[0] == top
    assert "<date" not in tei_header(convert_top(top, "txt", "tei"))
    assert json.loads(convert_top(top, "txt", "json"))["date"] is None


@pytest.mark.parametrize("fmt", ["txt", *COORDS])
@pytest.mark.parametrize("top", CUED_HEADS)
def test_a_date_alone_or_beside_a_heads_cue_is_still_the_running_head(fmt: str, top: str) -> None:
    """Guard: the date alone, with the weekday, or beside the paper's name (`21世纪经济报道` too), the
    publisher, the page count, the weather labelled or a section stays the running head on every
    reader (`fw type="header"`), and the TEI header and the JSON take its date, before and after
    (compared without whitespace, as the spacing step may close a gap in the head)."""
    _assert_running_head(top, fmt)


def _assert_running_head(top: str, fmt: str) -> None:
    """The page's TEI prints `top` as its one `fw type="header"`, and the TEI header and the JSON
    take its date for the issue's."""
    tei = convert_top(top, fmt, "tei")
    assert [squeezed(fw) for fw in re.findall(r'<fw type="header"[^>]*>([^<]*)</fw>', tei)] == [squeezed(top)]
    assert f'<date when="{printed_iso(top)}">' in tei_header(tei)
    assert json.loads(convert_top(top, fmt, "json"))["date"] == printed_iso(top)
