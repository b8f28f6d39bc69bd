"""A photo credit naming an agency and a name padded to three hanzi is the caption's credit.

`图③ …采茶。（新华社发 陈 欣 摄）` was a body paragraph with its credit glued (`（新华社发陈欣摄）`):
the credit patterns read names of two hanzi or more only, so `陈 欣` made the line no credit, the
spacing step removed every gap, and `新华社发陈欣` was no name either. Such a credit is now read as
`（新华社发 陈欣摄）` is: a `figure` with the caption `p` and the credit `note`, the padding gone (a
recorded spacing edit, as a byline's) and the credit's other gaps as printed.
"""

from __future__ import annotations

import re

import pytest

from cli_pages import convert_stdin

CAPTION = "图③ 云南省普洱市的茶农在采茶。"
T_CAPTION = "圖③ 雲南省普洱市的茶農在採茶。"
BODY = "今年全国秋粮收获已过九成，粮食生产再获丰收。"


def _page(line: str) -> str:
    return f"图片新闻\n\n{line}\n\n{BODY}\n"


def _figures(line: str) -> list[tuple[list[str], list[str]]]:
    """Each `figure` of the TEI for a photo page holding `line`: its caption `p`s and credit `note`s."""
    tei = convert_stdin(_page(line), "-f", "tei")
    found = []
    for fig in re.findall(r"<figure[^>]*>(.*?)</figure>", tei, re.S):
        captions = re.findall(r"<p[^>]*>(.*?)</p>", fig)
        found.append((captions, re.findall(r'<note type="credit"[^>]*>(.*?)</note>', fig)))
    return found


#: A caption line ending with a credit holding a padded name, its caption and its credit as read.
PADDED = [
    (CAPTION + "（新华社发 陈 欣 摄）", CAPTION, "（新华社发 陈欣 摄）"),
    (CAPTION + "(新华社发 陈 欣 摄)", CAPTION, "（新华社发 陈欣 摄）"),
    (CAPTION + " 新华社发 陈 欣 摄", CAPTION, "新华社发 陈欣 摄"),
    (CAPTION + "（中新社发 陈 欣 摄）", CAPTION, "（中新社发 陈欣 摄）"),
    (CAPTION + "（新华社发 陈 欣/摄）", CAPTION, "（新华社发 陈欣/摄）"),
    (CAPTION + "新华社发（陈 欣 摄）", CAPTION, "新华社发（陈欣 摄）"),
    (CAPTION + "（新华社记者 陈 欣 摄）", CAPTION, "（新华社记者 陈欣 摄）"),
    (CAPTION + "（本报记者 陈 欣 摄）", CAPTION, "（本报记者 陈欣 摄）"),
    (CAPTION + "（陈 欣 摄）", CAPTION, "（陈欣 摄）"),
    (CAPTION + " 周 刚 摄", CAPTION, "周刚 摄"),
    (T_CAPTION + "（新華社發 陳 欣 攝）", T_CAPTION, "（新華社發 陳欣 攝）"),
    (T_CAPTION + "（陳 欣 攝）", T_CAPTION, "（陳欣 攝）"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), PADDED)
def test_a_credit_with_a_padded_name_is_the_captions_credit(line: str, caption: str, credit: str) -> None:
    assert _figures(line) == [([caption], [credit])]


#: Credits main read already: they read as before (the agency's name and a name, spaced or glued).
AS_BEFORE = [
    (CAPTION + "（新华社发 陈欣摄）", "（新华社发 陈欣摄）"),
    (CAPTION + "（新华社发）", "（新华社发）"),
    (CAPTION + "（陈欣摄）", "（陈欣摄）"),
    (CAPTION + " 新华社记者 李涛 摄", "新华社记者 李涛 摄"),
    (CAPTION + "新华社发（陈欣 摄）", "新华社发（陈欣 摄）"),
]


@pytest.mark.parametrize(("line", "credit"), AS_BEFORE)
def test_credits_without_padding_read_as_before(line: str, credit: str) -> None:
    assert _figures(line) == [([CAPTION], [credit])]


def test_the_agency_credit_stays_apart_from_the_next_paragraph_in_txt() -> None:
    """Read as no credit, `… 新华社发 陈 欣 摄` was joined with the paragraph under it."""
    txt = convert_stdin(_page(CAPTION + " 新华社发 陈 欣 摄"), "-f", "txt")
    assert f"{CAPTION}\n新华社发 陈欣 摄\n\n{BODY}\n" in txt


#: Lines that hold one hanzi and another before 摄 or an agency's 社发 but no credit: headlines and
#: a caption whose words after 社发 are a verb's (`新华社发起全民拍摄`: 发起, 拍摄), no name.
NEIGHBOURS = [
    "新华社发 布 摄影作品征集令",
    "这张照片由新华社发布，陈欣拍摄于2023年。",
    "合作社发 展 摄影产业，带动群众增收。",
    "新华社发起全民拍摄",
    "合作社发动群众拍摄",
    "新華社發起全民拍攝",
    "光明日报社发起万人拍摄",
    "图② 村民在晾晒玉米。（新华社发起拍摄）",
]


@pytest.mark.parametrize("line", NEIGHBOURS)
def test_no_credit_is_read_where_the_line_names_no_one(line: str) -> None:
    assert _figures(line) == []
