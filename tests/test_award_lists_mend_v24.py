"""Award lists, second mend of slice PRIZE (v24): what a fresh-eyes review found the first mend broke.

A one-word line after a list's last line of names (`花絮`, `简讯`, `华夏`, `江山`: a surname and one more
hanzi reads as a person's name; `市教育局`: an organisation) was taken for more winners: a subhead lost
its subsection, a new article's title went into the list as a `p`, a signature became the last grade's
`p`. A line naming the list that is the page's first text block or a title (`第五届书法大赛获奖名单`)
lost its `head` for a `p` (and the article a false `part="F"`). A line of winners wrapped over two lines
(`周涛 吴敏 郑凯 黄磊` / `林峰 何静`) was joined at the wrap with no space (`黄磊林峰`). Each case here
reads as on main around the list, the list itself as the PRIZE slice reads it (a subsection per grade).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tei_parts import article_outline
from tei_parts import converted_articles as _articles

TEI = "{http://www.tei-c.org/ns/1.0}"
LEAD = (
    "我市第五届青年书法大赛揭晓\n\n"
    "本报讯（记者 王明）11月20日，我市第五届青年书法大赛颁奖仪式在市文化馆举行，"
    "共有来自全市的三百余件作品参赛。\n\n"
)
GRADES = ["一等奖", "李华 张强", "二等奖", "刘洋 陈静 赵磊"]


def _page(*blocks: str) -> str:
    """A flat-text page: the lead article's title and first paragraph, then `blocks`, each its own."""
    return LEAD + "\n\n".join(blocks) + "\n"


def _outline(div: Any) -> list[tuple[str, str]]:
    """The article's heads, bylines and paragraphs in order, subsections flattened (`article_outline`)."""
    return article_outline(div, ("head", "p", "byline"))


def _grade_subsections(lines: list[str]) -> list[tuple[str, str]]:
    """The outline of grades each over one line of winners: a subsection per grade, headed by it."""
    return [x for grade, names in zip(lines[::2], lines[1::2], strict=True)
            for x in (("div", ""), ("head", grade), ("p", names))]


@pytest.mark.parametrize(("subhead", "prose"), [
    ("花絮", "颁奖现场，一位八十岁的老书法家当场挥毫，赢得满堂喝彩。"),  # f29
    ("简讯", "市图书馆本周六起延长开放时间至晚九点。"),  # f33
])
def test_a_subhead_after_the_list_opens_its_own_subsection(tmp_path: Path, subhead: str, prose: str) -> None:
    """A two-hanzi subhead read as a surname and a name (`花絮`) after the last winners heads the prose
    under it, as on main, and is no line of the last grade."""
    [art] = _articles(tmp_path, _page(*GRADES, subhead, prose))
    assert _outline(art)[-3:] == [("div", ""), ("head", subhead), ("p", prose)]
    assert _outline(art)[3:-3] == _grade_subsections(GRADES)


@pytest.mark.parametrize(("title", "byline", "prose"), [
    ("华夏", "本报记者 张明", "华夏大地，山河壮丽，这是一首写给祖国的诗。"),  # f32
    ("江山", "本报评论员", "江山就是人民，人民就是江山。我们要始终坚持以人民为中心的发展思想。"),  # n32
])
def test_a_title_over_a_byline_after_the_list_opens_the_next_article(
    tmp_path: Path, title: str, byline: str, prose: str
) -> None:
    """A short title (`华夏`) over a byline after the list is the next article's `head`, as on main;
    the list's last grade does not take it and the next article is not headless."""
    first, second = _articles(tmp_path, _page(*GRADES, title, byline, prose))
    assert _outline(first)[3:] == _grade_subsections(GRADES)
    assert _outline(second) == [("head", title), ("byline", byline), ("p", prose)]


def test_a_signing_office_and_date_after_the_list_are_no_winners(tmp_path: Path) -> None:
    """`市教育局` / `2024年5月20日` under a list (f30): the office is no paragraph of the last grade;
    since v25 the two are the list's article's closer (before, a new article headed `市教育局`)."""
    arts = _articles(tmp_path, _page("表彰名单", *GRADES, "市教育局", "2024年5月20日"))
    outline = _outline(arts[0])
    assert outline[3:] == [("p", "表彰名单"), *_grade_subsections(GRADES)]
    assert ("p", "市教育局") not in [x for a in arts for x in _outline(a)]
    (closer,) = arts[0].findall(f"{TEI}closer")
    assert "市教育局" in "".join(closer.itertext()) and "2024年5月20日" in "".join(closer.itertext())


@pytest.mark.parametrize("heading", ["第五届书法大赛获奖名单", "获奖名单"])
def test_a_list_heading_opening_the_page_is_the_articles_head(tmp_path: Path, heading: str) -> None:
    """A line naming the list that opens the page (n13) is the article's title, never a `p`, and the
    article no continuation (`part`); its grades are its subsections, the first grade no title."""
    [art] = _articles(tmp_path, "\n\n".join([heading, *GRADES]) + "\n")
    assert art.get("part") is None
    assert _outline(art) == [("head", heading), *_grade_subsections(GRADES)]
    assert [h.get("type") for h in art.findall(f"{TEI}head")] == [None]  # no kicker


def test_a_long_list_heading_under_an_article_stays_a_head(tmp_path: Path) -> None:
    """Only the short headings naming a list (`获奖名单`, `表彰名单`) become a `p` before the grades: a
    longer one (`全市优秀教师表彰名单`) is a heading still, no `p`."""
    [art] = _articles(tmp_path, _page("全市优秀教师表彰名单", *GRADES))
    assert ("p", "全市优秀教师表彰名单") not in _outline(art)
    assert ("head", "全市优秀教师表彰名单") in _outline(art)


def test_a_line_of_winners_wrapped_keeps_its_names_apart(tmp_path: Path) -> None:
    """Winners wrapped over two lines (`周涛 吴敏 郑凯 黄磊` / `林峰 何静`) are not glued at the wrap
    (`黄磊林峰`, two people read as one)."""
    text = _page(
        "获奖名单", "一等奖", "李华 张强 王芳 刘洋\n陈静 赵磊 孙丽",
        "二等奖", "周涛 吴敏 郑凯 黄磊\n林峰 何静",
    )
    [art] = _articles(tmp_path, text)
    paras = [t for tag, t in _outline(art) if tag == "p"]
    assert "黄磊林峰" not in "".join(paras)
    assert paras[-1].split() == ["周涛", "吴敏", "郑凯", "黄磊", "林峰", "何静"]


ENTRIES = "一等奖：李华 张强\n二等奖：刘洋 陈静 赵磊"


@pytest.mark.parametrize("before", [[ENTRIES], ["获奖名单", ENTRIES]])  # g19, g21 of the third review
def test_a_subhead_after_grade_and_name_lines_opens_its_own_subsection(
    tmp_path: Path, before: list[str]
) -> None:
    """Grades printed with their winners on one line (`一等奖：李华 张强`), then a one-word subhead over
    prose: the subhead heads its own subsection, as on main, not a `p` of the list (third review)."""
    prose = "市图书馆本周六起延长开放时间至晚九点。"
    [art] = _articles(tmp_path, _page(*before, "简讯", prose))
    assert _outline(art)[-3:] == [("div", ""), ("head", "简讯"), ("p", prose)]


def test_a_title_over_a_byline_after_grade_and_name_lines_opens_the_next_article(tmp_path: Path) -> None:
    """g20: `华夏` / `本报记者 张明` after grade-and-name lines is the next article's title, as on main."""
    *_, last = _articles(tmp_path, _page(ENTRIES, "华夏", "本报记者 张明", "华夏大地，山河壮丽。"))
    assert _outline(last)[:2] == [("head", "华夏"), ("byline", "本报记者 张明")]


def test_names_over_prose_after_grade_and_name_lines_are_a_subhead(tmp_path: Path) -> None:
    """g23: a line of two names over prose after the entries is a subhead over that prose, as on main."""
    [art] = _articles(tmp_path, _page(ENTRIES, "王刚 李强", "两位老师多年来坚持义务教授书法，深受学生喜爱。"))
    assert ("p", "王刚 李强") not in _outline(art)
