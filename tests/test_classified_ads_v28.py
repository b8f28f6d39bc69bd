"""Classified ads and several lost-item notices under one label (helper LETTERS, v28; W17 finding 5).

An archivist converting a classified-ads page found the ads merged: `招聘` / its ad / `遗失声明` / two
paragraphs each ending `声明作废。` made the lost-item notices a subsection of the job ad, and on a
page of ads (`旺铺转让`, `招聘`, `房屋出租`, `二手车转让`) every ad after the first was a subsection of
the first. Now each label over its short ads starts an article of its own; a news story's subheads
`招聘` / `求职` and a story quoting a `遗失声明` stay as they were.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

JOB = "招聘\n\n兰州某公司招聘司机5名,月薪6000元。电话:0931-8612345\n\n"
LOST = (
    "遗失声明\n\n张明华不慎遗失身份证,身份证号:620102198503151234,声明作废。\n\n"
    "兰州市城关区鑫源商贸有限公司遗失公章一枚,编号6201020012345,声明作废。\n"
)


def _tei(page: str) -> str:
    """The TEI `layoutfix convert - -f tei` writes for the flat page `page`."""
    result = CliRunner().invoke(app, ["convert", "-", "-f", "tei", "-o", "-"], input=page)
    assert result.exit_code == 0, result.output
    return result.output


def _articles(tei: str) -> list[str]:
    """Each article `div` of the TEI, from its opening tag to the next article's."""
    return tei.split('<div type="article"')[1:]


def test_lost_notices_under_one_label_leave_the_job_ad() -> None:
    """`遗失声明` over two notices opens its own article holding both; the job ad keeps its text."""
    tei = _tei(JOB + LOST)
    arts = _articles(tei)
    assert len(arts) == 2 and "subsection" not in tei
    assert "<head>招聘</head>" in arts[0] and "遗失" not in arts[0]
    assert "<head>遗失声明</head>" in arts[1]
    assert "张明华" in arts[1] and "鑫源商贸" in arts[1]


@pytest.mark.parametrize(
    ("page", "heads"),
    [
        (
            "旺铺转让\n\n临街旺铺,月租3500元,转让费面议。\n\n" + JOB
            + "房屋出租\n\n七里河区两室一厅,月租1800元。电话:13993112345\n",
            ["旺铺转让", "招聘", "房屋出租"],
        ),
        (
            "旺鋪轉讓\n\n台北市中山區臨街店面,月租3萬5千元,轉讓費面議。電話:0912-345-678\n\n"
            "招聘\n\n某物流公司招聘司機5名,月薪4萬元。電話:02-2345-6789\n",
            ["旺鋪轉讓", "招聘"],
        ),
    ],
)
def test_each_ad_label_starts_an_ad(page: str, heads: list[str]) -> None:
    """Each ad's label under another ad is the head of an article of its own, in printed order."""
    arts = _articles(_tei(page))
    assert [a.split("<head>")[1].split("</head>")[0] for a in arts] == heads


def test_news_story_subheads_stay() -> None:
    """A story about a job fair keeps `招聘` and `求职` as its subsections."""
    page = (
        "我市举办春季招聘会\n\n本报讯 3月15日,我市春季大型招聘会在兰州举行,200余家企业参会。\n\n"
        "招聘\n\n参会企业共提供岗位5000余个,月薪最高达1.2万元。\n\n"
        "求职\n\n求职者李先生说,这次找到了满意的工作。\n"
    )
    tei = _tei(page)
    assert len(_articles(tei)) == 1 and tei.count('<div type="subsection"') == 2


def test_story_quoting_a_lost_notice_keeps_it() -> None:
    """A story's `遗失声明` subhead over its own paragraphs (not each a notice) stays its subsection."""
    page = (
        "市民拾金不昧\n\n本报讯 市民张先生在公交车上拾到一个钱包。\n\n遗失声明\n\n"
        "失主告诉记者,钱包里有身份证,已登报声明作废。\n\n目前钱包已归还失主。\n"
    )
    tei = _tei(page)
    assert len(_articles(tei)) == 1 and '<div type="subsection"' in tei


def test_a_story_with_several_lost_notices_under_its_subhead_stays_one_article() -> None:
    """Under a news story, `遗失声明` over two paragraphs each ending `声明作废。` is the story's
    subsection (review R28-LETTERS c06): only another ad or notice lets such a label open one."""
    page = ("市民证件被盗后的烦恼\n\n本报讯 市民张先生钱包被盗，证件全部丢失。\n\n遗失声明\n\n"
            "张先生随即在报纸上刊登遗失声明，身份证声明作废。\n\n他的驾驶证也一并登报声明作废。\n")
    tei = _tei(page)
    (art,) = _articles(tei)
    assert "<head>遗失声明</head>" in art and "他的驾驶证也一并登报声明作废。" in art
