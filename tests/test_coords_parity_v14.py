"""A page read from a coordinate file gives the articles its flat text gives.

The pages are small hand-made ALTO and hOCR files: one block per block of the flat page, one line per
line, one word per run of characters between spaces, a single column, 30 px per hanzi (15 per
half-width character), a space one em wide, a title in larger type.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest

import layoutfix

BODY, TITLE = 30, 45
LEFT = 100


def _width(text: str, size: int) -> int:
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size // 2 for c in text)


def _words(line: str, y: int, size: int) -> list[tuple[str, int, int]]:
    """(text, x0, x1) of each word of `line`, a space one em wide."""
    out, x = [], LEFT
    for k, word in enumerate(line.split(" ")):
        x += size if k else 0
        if word:
            out.append((word, x, x + _width(word, size)))
            x += _width(word, size)
    return out


Word = tuple[str, int, int]


def _laid_out(blocks: list[list[str]], titles: set[str]) -> list[list[tuple[int, int, list[Word]]]]:
    """Each block's lines as (top, size, words), lines 10 px apart and blocks 40 px apart."""
    y, out = 100, []
    for lines in blocks:
        rows = []
        for line in lines:
            size = TITLE if line in titles else BODY
            rows.append((y, size, _words(line, y, size)))
            y += size + 10
        out.append(rows)
        y += 40
    return out


def alto(blocks: list[list[str]], titles: set[str] = frozenset()) -> bytes:  # type: ignore[assignment]
    """An ALTO v4 page of `blocks` (lists of lines); lines in `titles` are set in title type."""
    parts = []
    for k, rows in enumerate(_laid_out(blocks, titles)):
        lines = []
        for y, size, words in rows:
            strings = "<SP/>".join(
                f'<String CONTENT="{t}" HPOS="{a}" VPOS="{y}" WIDTH="{b - a}" HEIGHT="{size}" WC="0.95"/>'
                for t, a, b in words)
            right = max(b for _t, _a, b in words)
            lines.append(f'<TextLine HPOS="{LEFT}" VPOS="{y}" WIDTH="{right - LEFT}" HEIGHT="{size}">'
                         f"{strings}</TextLine>")
        top, bottom = rows[0][0], rows[-1][0] + rows[-1][1]
        right = max(b for _y, _s, words in rows for _t, _a, b in words)
        parts.append(f'<TextBlock ID="b{k}" HPOS="{LEFT}" VPOS="{top}" WIDTH="{right - LEFT}" '
                     f'HEIGHT="{bottom - top}">{"".join(lines)}</TextBlock>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>'
            '<Page ID="P1" WIDTH="3000" HEIGHT="3000"><PrintSpace>'
            + "".join(parts) + "</PrintSpace></Page></Layout></alto>\n").encode()


def hocr(blocks: list[list[str]], titles: set[str] = frozenset()) -> bytes:  # type: ignore[assignment]
    """The same page as hOCR: one `ocr_par` per block."""
    parts = []
    for rows in _laid_out(blocks, titles):
        lines = []
        for y, size, words in rows:
            spans = " ".join(
                f"<span class='ocrx_word' title='bbox {a} {y} {b} {y + size}; x_wconf 95'>{t}</span>"
                for t, a, b in words)
            right = max(b for _t, _a, b in words)
            lines.append(f"<span class='ocr_line' title='bbox {LEFT} {y} {right} {y + size}'>{spans}</span>")
        top, bottom = rows[0][0], rows[-1][0] + rows[-1][1]
        right = max(b for _y, _s, words in rows for _t, _a, b in words)
        parts.append(f"<p class='ocr_par' title='bbox {LEFT} {top} {right} {bottom}'>{''.join(lines)}</p>")
    page = f"<div class='ocr_page' title='bbox 0 0 3000 3000'>{''.join(parts)}</div>"
    return f"<html xmlns='http://www.w3.org/1999/xhtml'><body>{page}</body></html>".encode()


MAKERS = {"alto": alto, "hocr": hocr}


def _articles(data: bytes, fmt: str) -> list[dict[str, Any]]:
    return json.loads(layoutfix.convert(data, fmt="json", input_format=fmt).output)["articles"]


def _flat(blocks: list[list[str]]) -> list[dict[str, Any]]:
    text = "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    return json.loads(layoutfix.convert(text.encode(), fmt="json", input_format="txt").output)["articles"]


def _paragraphs(articles: list[dict[str, Any]]) -> list[str]:
    return [p["text"] for a in articles for p in a["paragraphs"]]


LEAD = "近日，全市召开会议，部署今冬明春各项重点工作。"
#: Blocks set line by line whose rows the boxes show as a column's lines (rows of one length) or as
#: paragraphs' last lines (rows ending short): the rows of a table, a schedule, a listing, verse.
ROW_BLOCKS = {
    "league table": ["排名 球队 场次 胜 平 负 积分", "1. 上海海港 30 21 5 4 68", "2. 上海申花 30 18 8 4 62",
                     "3. 山东泰山 30 18 7 5 61"],
    "results": ["上海海港 2:1 北京国安", "山东泰山 3:0 河南队", "浙江队 0:2 上海申花"],
    "programmes": ["甘肃卫视", "18:30 甘肃新闻", "19:00 新闻联播", "21:20 文化甘肃"],
    "quotes": ["騰訊控股 312.40 +1.2%", "滙豐控股 61.55 -0.3%", "港交所 285.00 +2.1%"],
    "names": ["城关区：王丽 李华 张强 刘洋", "七里河区：陈晨 赵静 孙伟", "安宁区：周敏 吴磊"],
    "figures": ["红球：03 08 15 22 27 31", "蓝球：09"],
    "list": ["做法：", "1. 番茄洗净切块，鸡蛋加少许盐打散。",
             "2. 锅中倒油烧至七成热，倒入蛋液炒至凝固后盛出。", "3. 锅中留底油，放入番茄翻炒出汁。"],
    "verse": ["霜叶红于二月花，", "长风万里送归鸦。", "登高莫叹秋将尽，", "且看黄河入海涯。"],
}


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", ROW_BLOCKS)
def test_a_block_set_line_by_line_keeps_its_lines(name: str, fmt: str) -> None:
    """Before, the boxes' line joins ran the rows into one line (`上海海港2:1北京国安山东泰山3:0…`), or
    cut each short row off as a block of its own, which the labels made a kicker, a title or
    furniture. Now the block is one paragraph of its lines, as in flat text."""
    rows = ROW_BLOCKS[name]
    blocks = [["全市文化活动一览"], [LEAD], rows, ["详情可拨打电话咨询。"]]
    got = _articles(MAKERS[fmt](blocks, {"全市文化活动一览"}), fmt)
    want = _flat(blocks)
    assert [a["titles"] for a in got] == [a["titles"] for a in want] == [["全市文化活动一览"]]
    assert "\n".join(rows) in _paragraphs(got)
    assert _paragraphs(got) == _paragraphs(want)


#: Closing lines of a notice, a letter or an obituary: who issues it over the date.
CLOSINGS = [["兰州公交集团有限公司", "2023年10月12日"], ["张德明同志治丧委员会", "2023年10月12日"],
            ["读者 刘建国", "2023年10月8日"]]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("closing", CLOSINGS, ids=["company", "committee", "reader"])
def test_a_notices_closing_lines_are_its_signature(closing: list[str], fmt: str) -> None:
    """Before, the two lines were joined (`兰州公交集团有限公司2023年10月12日`) and read as the last
    paragraph, flagged incomplete. Now they are the signature, as in flat text."""
    blocks = [["通告"], ["因道路施工，本市12路公交车自10月15日起临时绕行。"], ["特此通告。"], closing]
    got = _articles(MAKERS[fmt](blocks, {"通告"}), fmt)
    assert got[0]["signature"] == "\n".join(closing) == _flat(blocks)[0]["signature"]
    assert "incomplete" not in got[0]["flags"]
    assert _paragraphs(got) == ["因道路施工，本市12路公交车自10月15日起临时绕行。", "特此通告。"]


@pytest.mark.parametrize("fmt", MAKERS)
def test_running_text_in_a_column_is_still_joined(fmt: str) -> None:
    """A paragraph wrapped at the column's edge joins into one line, its lines of one length."""
    blocks = [["全市召开会议"], ["近日，全市召开冬春农业生产工作会议，", "安排部署今冬明春各项重点工作。"]]
    assert _paragraphs(_articles(MAKERS[fmt](blocks, {"全市召开会议"}), fmt)) == [
        "近日，全市召开冬春农业生产工作会议，安排部署今冬明春各项重点工作。"]


#: The last line of a page, one line of body type under all other text (the boxes' `margin` hint),
#: that reads as the article's own: who signs or reports, who took the photo, a sentence cut off.
LAST_LINES = {
    "signer": ("张伟 李娜 敬启", "signature"),
    "board": ("某某股份有限公司 董事會 謹啟", "signature"),
    "reporter signature": ("（本报记者 王丽 整理）", "signature"),
    "credit": ("新华社记者 范培珅 摄", "credits"),
}


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", LAST_LINES)
def test_the_pages_last_line_signing_the_article_is_no_furniture(name: str, fmt: str) -> None:
    """Before, the line under all other text was read as a footer (`furniture`), whatever it said;
    now its text decides, as in flat text."""
    line, field = LAST_LINES[name]
    blocks = [["启事"], ["因工作需要，本单位将于下周一起调整办公时间，敬请谅解。"], [line]]
    got = _articles(MAKERS[fmt](blocks, {"启事"}), fmt)
    want = _flat(blocks)
    assert got[0][field] == want[0][field]
    assert line in str(got[0][field])
    assert got[0]["furniture"] == []


@pytest.mark.parametrize("fmt", MAKERS)
def test_the_pages_last_line_cut_mid_sentence_stays_in_the_paragraphs(fmt: str) -> None:
    """`…一致认为要进一步加强` at the page's foot was a footer: the article lost its last words."""
    cut = "与会专家围绕石窟艺术保护、数字化传承等议题深入研讨，一致认为要进一步加强"
    blocks = [["敦煌研讨会在兰州举行"], ["本报讯 近日，敦煌学国际研讨会在兰州举行。"], [cut]]
    got = _articles(MAKERS[fmt](blocks, {"敦煌研讨会在兰州举行"}), fmt)
    assert _paragraphs(got)[-1] == cut == _paragraphs(_flat(blocks))[-1]
    assert got[0]["furniture"] == [] and "incomplete" in got[0]["flags"]


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_footer_line_at_the_pages_foot_is_still_furniture(fmt: str) -> None:
    """A last line with no cue of an article's text stays the page's furniture."""
    blocks = [["全市召开会议"], ["近日，全市召开会议，部署今冬明春各项重点工作。"], ["本版编辑 王丽"]]
    doc = json.loads(layoutfix.convert(MAKERS[fmt](blocks, {"全市召开会议"}), fmt="json",
                                       input_format=fmt).output)
    furniture = doc["furniture"] + doc["articles"][0]["furniture"]
    assert "本版编辑 王丽" in json.dumps(furniture, ensure_ascii=False)
