"""Lines of names under list labels in one flat-text block (fifteenth session, helper AC).

Before: after an article, `一等奖` / `王丽 李华` / `二等奖` / `高洁 江山` in one block (two names a line,
the second pair words the tagger reads as words) became the title of a new, empty article, and the
spacing step glued `高洁江山`; `先进个人` / `王丽 李华 张强 刘洋` / `优秀集体` / `市一中 市二中` did the
same and glued `市一中市二中`. The labels show the list: two labels or more, each over lines of
names (people's or organisations'), one line at least holding two names that are only people's. Now
each label is a subhead of the article above, each run of names a whole paragraph with its gaps.
Guards: slogans under labels, one label over two names (a title over its writers), prose.
"""

from __future__ import annotations

import json
from typing import Any

import opencc
import pytest
from lxml import etree

from cli_pages import convert_stdin
from cli_pages import normalize_stdin as _normalized
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

_S2T = opencc.OpenCC("s2t")
NEWS = "全市召开会议\n\n本报讯 近日，全市召开会议，表彰了一批先进个人和集体。"
LEAD = "近日，全市召开会议，表彰了一批先进个人和集体。"
#: Blocks of labels over names, as (labels, runs of names under them).
LISTS = [
    (["一等奖", "二等奖"], ["王丽 李华", "高洁 江山"]),
    (["一等奖", "二等奖", "三等奖"], ["王丽 李华", "高洁 江山", "张强 刘洋"]),
    (["一等奖", "二等奖"], ["王丽 李华\n高洁 江山", "张强 刘洋\n赵敏 孙杰"]),
    (["先进个人", "优秀集体"], ["王丽 李华 张强 刘洋", "市一中 市二中"]),
    (["先进个人", "优秀集体"], ["王丽 李华", "城关区教育局 七里河区卫健委 市一中"]),
    (["优秀教师", "优秀学校"], ["王丽 李华", "实验小学 东岗中学"]),
]


def _block(labels: list[str], runs: list[str]) -> str:
    return "\n".join(f"{label}\n{run}" for label, run in zip(labels, runs, strict=True))


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


@pytest.mark.parametrize(("labels", "runs"), LISTS)
def test_labels_over_names_are_subheads_of_the_article_above(labels: list[str], runs: list[str]) -> None:
    (art,) = _articles(f"{NEWS}\n\n{_block(labels, runs)}\n")
    assert art["titles"] == ["全市召开会议"]
    assert art["subheads"] == labels
    paragraphs = [(p["subhead"], p["text"]) for p in art["paragraphs"]]
    assert paragraphs == [(None, LEAD), *zip(labels, runs, strict=True)]
    assert not any(p["incomplete"] for p in art["paragraphs"])
    assert "incomplete" not in art["flags"]


@pytest.mark.parametrize(("labels", "runs"), LISTS)
def test_the_gaps_between_the_names_are_kept(labels: list[str], runs: list[str]) -> None:
    block = _block(labels, runs)
    assert _normalized(f"{NEWS}\n\n{block}\n").endswith(f"{block}\n")
    assert _normalized(_normalized(f"{NEWS}\n\n{block}\n")) == _normalized(f"{NEWS}\n\n{block}\n")


def test_traditional_script() -> None:
    labels, runs = LISTS[3]
    page = _S2T.convert(f"{NEWS}\n\n{_block(labels, runs)}\n")
    (art,) = _articles(page)
    assert art["subheads"] == [_S2T.convert(x) for x in labels]
    assert [p["text"] for p in art["paragraphs"][1:]] == [_S2T.convert(x) for x in runs]


def test_tei_paragraphs_under_subsections(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    labels, runs = LISTS[0]
    root = assert_valid(tei_schema, convert_stdin(f"{NEWS}\n\n{_block(labels, runs)}\n", "-f", "tei"))
    (article,) = root.iterfind(f".//{TEI}div[@type='article']")
    subs = article.findall(f"{TEI}div[@type='subsection']")
    assert [d.findtext(f"{TEI}head") for d in subs] == labels
    assert [d.findtext(f"{TEI}p") for d in subs] == runs


# --- guards -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "核心价值观\n富强 民主\n发展理念\n文明 和谐",  # words under labels: no names that are only names
        "工作要求\n强基层 补短板\n发展目标\n稳增长 促改革",  # slogans
        "一等奖\n王丽 李华\n会议要求，各地要抓好落实。",  # prose under the names
    ],
)
def test_no_list_without_names_and_labels(block: str) -> None:
    arts = _articles(f"{NEWS}\n\n{block}\n")
    assert all(a["subheads"] == [] for a in arts)


def test_one_label_over_two_names_is_still_a_title_over_its_writers() -> None:
    _news, poem = _articles(f"{NEWS}\n\n秋日登高\n王丽 李华\n")
    assert poem["titles"] == ["秋日登高"]
    assert poem["byline"] == ["王丽 李华"]
