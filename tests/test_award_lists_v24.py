"""Award lists under an article (v24, slices PRIZE and its mend): `获奖名单` / `一等奖` / `李华 张强` /
`二等奖` / … read as a pile of headings: `获奖名单`, `一等奖` and the line of two names `李华 张强` three
`head`s of one subsection, `二等奖` a head over a `p`, `三等奖` a new subsection; with units after the names
(`李华（市一中）`) or grade and names on one line the list became a new article of kickers. Now, as the
list labels of v15 are (`先进个人`, tests/test_names_under_labels_v15x.py), each grade printed alone opens
its own subsection, `<div type="subsection"><head>一等奖</head><p>李华 张强</p></div>`, a line of names is
never a `head`, and the heading naming the list over the grades (`获奖名单`) is a `p` of its own before
them, as `获奖名单：` with its colon is. Real subheads over prose, names after `出席会议的有：`, verse and
tables of contents stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_parts import article_outline
from tei_parts import converted_articles as _articles

TEI = "{http://www.tei-c.org/ns/1.0}"
LEAD = (
    "我市第五届青年书法大赛揭晓\n\n"
    "本报讯（记者 王明）11月20日，我市第五届青年书法大赛颁奖仪式在市文化馆举行。\n\n"
)
LIST = ["一等奖", "李华 张强", "二等奖", "刘洋 陈静 赵磊", "三等奖", "孙丽 周涛 吴敏 郑凯"]


def _subsections(lines: list[str]) -> list[tuple[str, str]]:
    """The outline of grades each over one line of winners: a subsection per grade, headed by it."""
    return [x for grade, names in zip(lines[::2], lines[1::2], strict=True)
            for x in (("div", ""), ("head", grade), ("p", names))]


GRADE_LISTS = [
    LIST,
    ["金奖", "李华 张强", "银奖", "刘洋 陈静 赵磊", "铜奖", "孙丽 周涛 吴敏"],
    ["特等奖", "李华", "一等奖", "刘洋 陈静 赵磊", "优秀奖", "孙丽 周涛 吴敏"],
    ["一等奖（3名）", "李华 张强 王芳", "二等奖（5名）", "刘洋 陈静 赵磊 孙丽 周涛"],
    ["最佳创意奖", "李华 张强", "最佳人气奖", "刘洋 陈静", "组织奖", "市一中 市二中"],
]


@pytest.mark.parametrize("lines", GRADE_LISTS)
@pytest.mark.parametrize("heading", ["获奖名单", "获奖名单如下", "表彰名单", "获奖名单："])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # blocks of their own, one block
def test_each_grade_opens_its_subsection_under_the_lists_paragraph(
    tmp_path: Path, lines: list[str], heading: str, gap: str
) -> None:
    (art,) = _articles(tmp_path, LEAD + heading + gap + gap.join(lines) + "\n")
    assert article_outline(art)[2:] == [("p", heading), *_subsections(lines)]


@pytest.mark.parametrize("lines", GRADE_LISTS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_an_award_list_without_heading_is_subsections_of_the_article(
    tmp_path: Path, lines: list[str], gap: str
) -> None:
    (art,) = _articles(tmp_path, LEAD + gap.join(lines) + "\n")
    assert article_outline(art)[2:] == _subsections(lines)


def test_no_head_holds_names(tmp_path: Path) -> None:
    (art,) = _articles(tmp_path, LEAD + "获奖名单\n\n" + "\n\n".join(LIST) + "\n")
    heads = [text for tag, text in article_outline(art) if tag == "head"]
    assert heads == ["我市第五届青年书法大赛揭晓", "一等奖", "二等奖", "三等奖"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_grade_and_winner_on_one_line_stay_paragraph_lines(tmp_path: Path, gap: str) -> None:
    lines = ["一等奖 李华（市一中）", "二等奖 刘洋（市三中）", "三等奖 孙丽（市五中）"]
    (art,) = _articles(tmp_path, LEAD + "获奖名单\n\n" + gap.join(lines) + "\n")
    outline = article_outline(art)
    assert outline[2:4] == [("div", ""), ("head", "获奖名单")]  # a label over a list of names (v15)
    paragraphs = [text for tag, text in outline[4:] if tag == "p"]
    assert paragraphs == (lines if gap == "\n\n" else ["\n".join(lines)])  # as printed, lines kept


def test_grades_with_their_colon_are_paragraphs_as_any_labels_are(tmp_path: Path) -> None:
    lines = ["一等奖：", "李华 张强", "二等奖：", "刘洋 陈静 赵磊"]
    (art,) = _articles(tmp_path, LEAD + "获奖名单：\n\n" + "\n\n".join(lines) + "\n")
    assert article_outline(art)[2:] == [("p", "获奖名单："), *(("p", line) for line in lines)]


def test_a_traditional_award_list(tmp_path: Path) -> None:
    lines = ["一等獎", "李華 張強", "二等獎", "劉洋 陳靜 趙磊"]
    (art,) = _articles(tmp_path, LEAD + "獲獎名單\n\n" + "\n\n".join(lines) + "\n")
    assert article_outline(art)[2:] == [("p", "獲獎名單"), *_subsections(lines)]


def test_units_after_the_names_stay_in_the_article(tmp_path: Path) -> None:
    blocks = ["一等奖", "李华（市一中） 张强（市二中）", "二等奖", "刘洋（市三中） 陈静（市四中）"]
    (art,) = _articles(tmp_path, LEAD + "获奖名单\n\n" + "\n\n".join(blocks) + "\n")
    outline = [(tag, text.replace(" ", "")) for tag, text in article_outline(art)[2:]]
    assert outline == [("p", "获奖名单"), *_subsections([b.replace(" ", "") for b in blocks])]


def test_a_grade_list_followed_by_prose_keeps_the_prose(tmp_path: Path) -> None:
    tail = "颁奖仪式后，获奖选手还进行了现场书法展示。"
    (art,) = _articles(tmp_path, LEAD + "获奖名单\n\n" + "\n\n".join(LIST) + f"\n\n{tail}\n")
    assert [text for tag, text in article_outline(art) if tag == "p"][-1] == tail


@pytest.mark.parametrize(
    ("page", "heads"),
    [
        ("全市经济运行稳中向好\n\n本报讯 今年以来，全市经济运行总体平稳。\n\n一、工业生产稳步增长\n\n"
         "规模以上工业增加值同比增长百分之六，高于全省平均水平。\n\n二、消费市场持续回暖\n\n"
         "社会消费品零售总额同比增长百分之八，餐饮收入增长较快。\n",
         ["全市经济运行稳中向好", "一、工业生产稳步增长", "二、消费市场持续回暖"]),
        ("书法展览开幕\n\n本报讯 市书法展览昨日开幕。\n\n一等奖作品\n\n"
         "本次展览的一等奖作品笔力雄健，气韵生动，受到观众一致好评。\n",
         ["书法展览开幕", "一等奖作品"]),  # a subhead naming a grade among words, over prose
        ("春季运动会圆满落幕\n\n本报讯 4月12日，市第一中学春季运动会圆满落幕。\n\n赛场亮点\n\n"
         "本届运动会共有一千余名学生参加，多项校纪录被打破，赛场气氛热烈。\n\n精彩瞬间\n\n"
         "接力比赛中，高二（3）班后来居上，赢得全场喝彩。\n",
         ["春季运动会圆满落幕", "赛场亮点", "精彩瞬间"]),
    ],
)
def test_real_subheads_stay_heads(tmp_path: Path, page: str, heads: list[str]) -> None:
    (art,) = _articles(tmp_path, page)
    assert [text for tag, text in article_outline(art) if tag == "head"] == heads


def test_names_after_attendees_label_stay_rows(tmp_path: Path) -> None:
    rows = "毛泽东 刘少奇 朱德 周恩来\n陈云 邓小平 林伯渠 董必武"
    page = f"全市工作会议召开\n\n本报讯 3月5日，全市工作会议召开。\n\n出席会议的有：\n\n{rows}\n"
    (art,) = _articles(tmp_path, page)
    assert article_outline(art)[-2:] == [("p", "出席会议的有："), ("p", rows)]
