"""A heading or list labels over a list of names in one flat-text block after an article's text
(v15, helper X): `获奖名单` / `王丽 李华 张强 刘洋` / `赵敏 孙杰 周婷 吴刚` became the title of a new,
empty article holding the names. The names belong to the article above: each label line is a subhead
(or, ending with its colon, a paragraph), each run of names a paragraph with its lines kept, as the
same lines in blocks of their own read. Words that are no names under a heading, a label over prose
and a date over names stay as they were."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from block_pages import article_outline

_NEWS = "全市召开会议\n\n本报讯 近日，全市召开会议，表彰了一批先进个人。"


_articles = partial(article_outline, paragraph_subheads=True)


@pytest.mark.parametrize(
    ("block", "subheads", "names"),
    [
        ("获奖名单\n王丽 李华 张强 刘洋\n赵敏 孙杰 周婷 吴刚", ["获奖名单"],
         ["王丽 李华 张强 刘洋\n赵敏 孙杰 周婷 吴刚"]),
        ("先进个人\n王丽 李华 张强 刘洋", ["先进个人"], ["王丽 李华 张强 刘洋"]),
        ("一等奖\n王丽 李华 张强\n二等奖\n刘洋 赵敏 孙杰 周婷", ["一等奖", "二等奖"],
         ["王丽 李华 张强", "刘洋 赵敏 孙杰 周婷"]),
        ("优秀教师名单\n王丽 李华 张强\n赵敏 孙杰 周婷\n刘洋 吴刚 陈静", ["优秀教师名单"],
         ["王丽 李华 张强\n赵敏 孙杰 周婷\n刘洋 吴刚 陈静"]),
        ("获奖名单：\n王丽 李华 张强 刘洋", [], ["获奖名单：", "王丽 李华 张强 刘洋"]),  # a label's colon
    ],
)
def test_names_under_a_label_belong_to_the_article(
    tmp_path: Path, block: str, subheads: list[str], names: list[str]
) -> None:
    (art,) = _articles(tmp_path, f"{_NEWS}\n\n{block}\n")
    assert art["titles"] == ["全市召开会议"]
    assert art["subheads"] == subheads
    paragraphs = art["paragraphs"]
    assert isinstance(paragraphs, list)
    assert [text for _head, text in paragraphs[1:]] == names  # the lines and their spaces kept


@pytest.mark.parametrize(
    "blocks",
    [
        ["获奖名单", "王丽 李华 张强 刘洋\n赵敏 孙杰 周婷 吴刚"],
        ["一等奖", "王丽 李华 张强", "二等奖", "刘洋 赵敏 孙杰 周婷"],
        ["优秀教师名单", "王丽 李华 张强\n赵敏 孙杰 周婷"],
    ],
)
@pytest.mark.parametrize("above", [f"{_NEWS}\n\n", ""])  # after an article, at the page's top
def test_a_label_over_names_reads_as_in_blocks_of_their_own(
    tmp_path: Path, above: str, blocks: list[str]
) -> None:
    together, apart = "\n".join(blocks), "\n\n".join(blocks)
    assert _articles(tmp_path, f"{above}{together}\n") == _articles(tmp_path, f"{above}{apart}\n")


@pytest.mark.parametrize(
    "block",
    [
        "核心价值观\n富强 民主 文明 和谐",  # words, no names
        "获奖名单\n王丽 李华 张强 刘洋\n会议要求，各地要抓好落实。",  # prose under the names
        "2023年10月12日\n王丽 李华 张强 刘洋",  # a date over names
        "王丽\n李华 张强 刘洋",  # a name over names
    ],
)
def test_a_block_that_is_no_label_over_names_gets_no_subhead(tmp_path: Path, block: str) -> None:
    arts = _articles(tmp_path, f"{_NEWS}\n\n{block}\n")
    assert all(a["subheads"] == [] for a in arts)


@pytest.mark.parametrize("heading", ["优秀教师名单", "2023年度先进个人名单", "本届获奖学生名单"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # in one block, in blocks of their own
def test_a_headline_like_heading_over_names_heads_no_news_item(
    tmp_path: Path, heading: str, gap: str
) -> None:
    """A heading of a news item's headline form (6-20 characters of one phrase) after a one-paragraph
    item opens the next item of a news column over prose, but a name list is no item's text."""
    (art,) = _articles(tmp_path, f"{_NEWS}\n\n{heading}{gap}王丽 李华 张强\n赵敏 孙杰 周婷\n")
    assert art["titles"] == ["全市召开会议"]
    assert art["subheads"] == [heading]
    assert art["paragraphs"] == [(None, "近日，全市召开会议，表彰了一批先进个人。"),
                                 (heading, "王丽 李华 张强\n赵敏 孙杰 周婷")]


def test_a_headline_like_heading_over_prose_still_opens_the_next_news_item(tmp_path: Path) -> None:
    arts = _articles(tmp_path, f"{_NEWS}\n\n机场客运量稳步回升\n\n本月机场旅客吞吐量同比增长两成。\n")
    assert [a["titles"] for a in arts] == [["全市召开会议"], ["机场客运量稳步回升"]]
