"""A continuation's line under its "from" marker is its repeated title only when it really repeats
the title of the part jumping to its page. Before this mend, any line the title held or that held
the title (`科技创新` for `科技创新引领兰州新区高质量发展`, `春耕时节农事忙（二）` for `春耕时节农事忙`,
`經濟`) became the `fw type="jump-head"` and `-f txt` dropped it; now such real subheads stay
subsections. Two stories continued on one page, each title on its marker's line, each get their own
jump head (before, the second title was left as a broken-off paragraph of the first story).
"""

from __future__ import annotations

from pathlib import Path

from test_jump_repeated_title_v28 import _convert


def _body(tei: str) -> str:
    return tei[tei.index("<body>") : tei.index("</body>")]


def _page1(title: str, text: str, to: str = "（下转第3版）") -> str:
    return f"{title}\n\n{text}\n\n{to}\n"


def test_series_subhead_holding_the_title_stays_a_subsection(tmp_path: Path) -> None:
    """n04: `春耕时节农事忙（二）` under the marker, `（三）` further down: a series, not the title."""
    pages = {
        "p1.txt": _page1("春耕时节农事忙",
                         "本报讯 眼下正值春耕时节，全市各地农民抢抓农时，田间地头一派繁忙景象。"),
        "p3.txt": "（上接第1版）\n\n春耕时节农事忙（二）\n\n在榆中县，种植大户王强正在指挥农机播种。\n\n"
                  "春耕时节农事忙（三）\n\n在皋兰县，农技人员深入田间指导。\n",
    }
    body = _body(_convert(tmp_path, pages))
    assert "jump-head" not in body
    assert "<head>春耕时节农事忙（二）</head>" in body
    assert "<head>春耕时节农事忙（三）</head>" in body
    (tmp_path / "t").mkdir()
    txt = _convert(tmp_path / "t", pages, "-f", "txt")
    assert "春耕时节农事忙（二）" in txt


def test_short_subhead_inside_the_title_stays_a_subsection(tmp_path: Path) -> None:
    """n03: `科技创新` is a quarter of `科技创新引领兰州新区高质量发展`, after a full sentence: a subhead."""
    pages = {
        "p1.txt": _page1("科技创新引领兰州新区高质量发展",
                         "本报讯 近年来，兰州新区坚持创新驱动，产业结构持续优化。"),
        "p3.txt": "（上接第1版）\n\n科技创新\n\n据介绍，新区今年新增高新技术企业32家。\n\n"
                  "产业升级\n\n新区精细化工园区今年完成投资45亿元。\n",
    }
    body = _body(_convert(tmp_path, pages))
    assert "jump-head" not in body
    assert "<head>科技创新</head>" in body
    assert "<head>产业升级</head>" in body
    (tmp_path / "t").mkdir()
    assert "科技创新\n" in _convert(tmp_path / "t", pages, "-f", "txt")


def test_two_character_subhead_on_a_traditional_page_stays(tmp_path: Path) -> None:
    """n13: `經濟` under `（續第一版）` is a subhead of `本港經濟穩步復甦`, not its title."""
    pages = {
        "p1.txt": _page1("本港經濟穩步復甦", "本報訊 政府公布最新數據，本港第三季經濟按年增長。",
                         "（轉第三版）"),
        "p3.txt": "（續第一版）\n\n經濟\n\n政府發言人指，出口表現理想。\n",
    }
    body = _body(_convert(tmp_path, pages))
    assert "jump-head" not in body
    assert "<head>經濟</head>" in body


def test_shortened_title_after_a_broken_sentence_is_still_the_jump_head(tmp_path: Path) -> None:
    """The mend keeps what the jump slice fixed: `西部陆港枢纽` under the marker, the page-1 text broken
    off mid-sentence, is the shortened title and the halves join."""
    pages = {
        "p1.txt": _page1("兰州新区打造西部陆港枢纽",
                         "本报讯 一列满载货物的中欧班列从兰州新区驶出，经霍尔果斯口岸"),
        "p3.txt": "（上接第1版）\n\n西部陆港枢纽\n\n出境，预计15天后抵达阿拉木图。\n",
    }
    body = _body(_convert(tmp_path, pages))
    assert '<fw type="jump-head">西部陆港枢纽</fw>' in body
    assert 'part="' not in body and "subsection" not in body


def test_two_titles_on_their_markers_lines_each_head_their_story(tmp_path: Path) -> None:
    """f18: two similar stories continued on page 3, each title on its marker's line."""
    text1 = "本报讯 3月14日，全省春耕生产工作会议在兰州召开。会议强调，要把粮食生产摆在突出位置，"
    text2 = "本报讯 3月14日，全市春耕生产推进会在城关区召开。会议要求，各县区要抓紧组织农机下田，"
    pages = {
        "p1.txt": _page1("全省春耕生产工作会议召开", text1) + "\n" + _page1("全市春耕生产推进会召开", text2),
        "p3.txt": "全市春耕生产推进会召开（上接第1版）\n\n确保春播任务按时完成。\n\n"
                  "全省春耕生产工作会议召开（上接第1版）\n\n坚决守住耕地红线。\n",
    }
    body = _body(_convert(tmp_path, pages))
    assert body.count('<div type="article"') == 2
    assert 'part="' not in body
    first, second = body.split('<div type="article"')[1:]
    assert '<fw type="jump-head">全省春耕生产工作会议召开</fw>' in first
    assert "坚决守住耕地红线。" in first
    assert '<fw type="jump-head">全市春耕生产推进会召开</fw>' in second
    assert "确保春播任务按时完成。" in second
