"""A paragraph's last words at the top of a block, whose full stop OCR lost, over the next paragraph
(v15, helper X): `…部署今冬明春各项重点` / `工作` + `会议强调，…` read `工作` as a subhead (the cut of
`roles._subhead_over_prose_pieces`). When the block before ends mid-sentence, so its paragraph runs
on into this block, the short first line is that paragraph's tail. After a finished sentence, a
list or verse, the same line is still a subhead."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from block_pages import article_outline

_HEAD = "全市召开会议\n\n本报讯 "
_PROSE = "会议强调，要抓好落实，确保取得实效。"


_articles = partial(article_outline, paragraph_subheads=True)


@pytest.mark.parametrize(
    ("before", "tail", "after"),
    [
        ("近日，全市召开会议，部署今冬明春各项重点", "工作", _PROSE),
        ("近日，全市召开会议，部署今冬明春各项重点", "工作", f"  {_PROSE}"),  # an indented paragraph
        ("近日，市里召开专题会议，研究部署安全生产", "相关工作", "各地要压实责任，抓好整改，确保安全。"),
        ("近日，省里出台新政策，支持民营企业和个体", "工商户发展", _PROSE),
        (  # prose of two wrapped lines under it
            "会议指出，要坚持以人民为中心，统筹推进", "乡村振兴",
            "会议要求，各地要压实责任，\n抓好落实，确保取得实效。",
        ),
    ],
)
def test_a_paragraphs_tail_over_the_next_paragraph_is_no_subhead(
    tmp_path: Path, before: str, tail: str, after: str
) -> None:
    (art,) = _articles(tmp_path, f"{_HEAD}{before}\n\n{tail}\n{after}\n")
    assert art["subheads"] == []
    paragraphs = art["paragraphs"]
    assert isinstance(paragraphs, list)
    assert all(head is None for head, _text in paragraphs)
    text = "".join(t for _h, t in paragraphs).replace("\n", "").replace(" ", "")
    assert f"{before}{tail}" in text  # the sentence goes on into its tail
    assert text.endswith(after.replace("\n", "").strip())


@pytest.mark.parametrize(
    "before",
    [
        "近日，全市召开会议。",  # a finished sentence
        "近日，全市召开会议，会议说：“要抓好落实！”",  # closing quote after the mark
        "会议要求：\n1. 加强组织领导\n2. 压实工作责任",  # a list ends where its last item does
        "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。",  # verse
        "近日，全市召开会议。（完）",  # an end note
    ],
)
def test_a_subhead_under_a_finished_block_stays_a_subhead(tmp_path: Path, before: str) -> None:
    arts = _articles(tmp_path, f"{_HEAD}{before}\n\n抓好落实\n{_PROSE}\n")
    assert [s for a in arts for s in a["subheads"]] == ["抓好落实"]  # type: ignore[attr-defined]

