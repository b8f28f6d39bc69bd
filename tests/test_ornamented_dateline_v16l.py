"""The gap after a dateline set after an ornament (`□本报讯 近日，…`), and a broken dateline alone on
its line (`本报兰 州讯` over the lead).

The spacing step keeps the editor's gap after a dateline opening its line (`本报讯 近日，…`); an
ornament before it (`roles.BYLINE_ORNAMENTS`) hid the dateline, so the gap went. A dateline a stray
space broke, alone on its line, read as a list of two names, so the stray space stayed.
"""

from __future__ import annotations

import json

import pytest

import layoutfix
from layoutfix.layout.roles import BYLINE_ORNAMENTS

TITLE = "全市召开冬春农业生产工作会议"
LEAD = "近日，全市召开冬春农业生产工作会议，部署今冬明春各项重点工作。"

#: Datelines as papers print them: the paper's, with a place, dated, a wire agency's.
DATELINES = ["本报讯", "本报兰州讯", "本报北京10月11日讯", "新华社北京10月9日电", "新华社兰州电"]


def _normalized(body: str) -> str:
    """The lead block of a page (a title over `body`) as `normalize` writes it."""
    return layoutfix.normalize_text(f"{TITLE}\n\n{body}\n").text.split("\n\n")[1].rstrip("\n")


def _paragraphs(body: str) -> list[str]:
    """The JSON paragraphs' texts of a page holding a title over `body`."""
    out = layoutfix.convert(f"{TITLE}\n\n{body}\n".encode(), fmt="json", input_format="txt").output
    return [p["text"] for a in json.loads(out)["articles"] for p in a["paragraphs"]]


@pytest.mark.parametrize("ornament", sorted(BYLINE_ORNAMENTS))
@pytest.mark.parametrize("dateline", DATELINES)
def test_the_gap_after_a_dateline_after_an_ornament_stays(ornament: str, dateline: str) -> None:
    """Before, `□本报讯 近日，…` normalised to `□本报讯近日，…` (the dateline pattern allowed no
    ornament before it), while `本报讯 近日，…` kept its gap. Now the gap stays after any ornament."""
    body = f"{ornament}{dateline} {LEAD}"
    assert _normalized(body) == body


@pytest.mark.parametrize(
    "body", ["□本报讯 " + LEAD, "  ■新华社北京10月9日电 " + LEAD, "◆ 本报兰州讯 " + LEAD]
)
def test_the_converted_paragraph_keeps_the_gap_after_an_ornamented_dateline(body: str) -> None:
    """The JSON paragraph prints the dateline, its ornament and the gap as the page does."""
    assert any(p.strip().startswith(body.strip()) for p in _paragraphs(body))


@pytest.mark.parametrize(
    "body",
    [
        "本报讯 " + LEAD,
        "□本报记者 王丽 " + LEAD,
        "■本报讯 记者 王丽 " + LEAD,
        "本报兰州讯（记者 王丽）" + LEAD,
    ],
)
def test_datelines_and_bylines_keep_their_gaps_as_before(body: str) -> None:
    """Guard: a dateline without an ornament, a byline after one, a dateline with a byline."""
    assert _normalized(body) == body


@pytest.mark.parametrize(
    "body",
    [
        "□本报兰州讯（记者 王丽）" + LEAD,
        "■ 新华社北京10月9日电（记者 张三 李四）" + LEAD,
        "◆本报讯（记者 李明 王芳 通讯员 赵静）" + LEAD,
    ],
)
def test_the_fields_of_a_bracketed_byline_after_an_ornamented_dateline_stay_apart(body: str) -> None:
    """Before, the gaps between the reporters' fields went after an ornament (`□本报兰州讯（记者王丽）`),
    while `本报兰州讯（记者 王丽）` kept them. Now they stay."""
    assert _normalized(body) == body


@pytest.mark.parametrize("ornament", ["□", "■"])
def test_a_stray_space_inside_an_ornamented_dateline_goes_and_its_gap_stays(ornament: str) -> None:
    """A stray space inside the dateline goes; the gap after the whole dateline stays."""
    assert _normalized(f"{ornament}本报兰 州讯 {LEAD}") == f"{ornament}本报兰州讯 {LEAD}"


@pytest.mark.parametrize(
    "broken, whole",
    [("本报兰 州讯", "本报兰州讯"), ("本报 兰州讯", "本报兰州讯"), ("□本报兰 州讯", "□本报兰州讯"),
     ("本报定 西讯", "本报定西讯")],
)
def test_a_stray_space_inside_a_dateline_alone_on_its_line_goes(broken: str, whole: str) -> None:
    """Before, `本报兰 州讯` over its lead kept the stray space: the line read as a list of two
    people's names, whose gaps stay. Now the dateline is glued whole."""
    assert _normalized(f"{broken}\n{LEAD}") == f"{whole}\n{LEAD}"


@pytest.mark.parametrize("names", ["王丽 李华", "获奖名单：王丽 李华 张强"])
def test_a_list_of_names_over_a_paragraph_keeps_its_gaps(names: str) -> None:
    """Guard: a line listing people keeps the spaces between the names."""
    assert _normalized(f"{names}\n{LEAD}") == f"{names}\n{LEAD}"
