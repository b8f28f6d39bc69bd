"""A sentence's opener whose comma OCR lost, alone on a block's first line, is no subhead (v15,
helper RB): `此外` / `会议要求各地抓好落实，确保取得实效。` in one block under a story gave the subhead
`此外`, and `记者从市教育局获悉` over its sentence started a new article. A first line ending with an
adverb, a conjunction or a speech or report verb, a lone time word, a date or a line opening with a
reporter's label stays the first words of its paragraph; real subheads are still cut off."""

from __future__ import annotations

from pathlib import Path

import pytest

from block_pages import article_outline as _articles

_ITEM = "全市召开会议\n\n本报讯 近日，全市召开会议。"
_NEWS = f"{_ITEM}\n\n会议听取了各地工作汇报。"
_PROSE = "会议要求各地抓好落实，确保取得实效。"
_WRAPPED = "各地要全面推进乡村振兴，加快农业农\n村现代化，确保各项任务落到实处。"


_OPENERS = [
    "此外", "同时", "与此同时", "目前", "其次", "对此",  # adverbs, conjunctions, a lone time word
    "数据显示", "他说", "王丽说", "市长强调", "专家指出", "另据了解", "有关负责人表示",  # speech, report
    "报告全文如下",
    "记者从市教育局获悉", "记者在现场看到", "本报记者近日走访",  # a reporter's label
    "二〇二三年十月", "2023年10月",  # a date
]


@pytest.mark.parametrize("above", [_NEWS, _ITEM])
@pytest.mark.parametrize("prose", [_PROSE, _WRAPPED])
@pytest.mark.parametrize("opener", _OPENERS)
def test_a_sentence_opener_over_its_sentence_stays_in_the_paragraph(
    tmp_path: Path, above: str, prose: str, opener: str
) -> None:
    arts = _articles(tmp_path, f"{above}\n\n{opener}\n{prose}\n")
    assert [a["titles"] for a in arts] == [["全市召开会议"]]
    assert arts[0]["subheads"] == []
    last = arts[0]["paragraphs"][-1]  # type: ignore[index]
    assert last.replace("\n", "") == opener + prose.replace("\n", "")


@pytest.mark.parametrize(
    "subhead",
    ["抓好落实", "坚持问题导向", "结语", "主要做法", "项目介绍", "加强组织领导", "通讯员培训班", "记者手记"],
)
def test_a_subhead_over_its_prose_is_still_a_subhead(tmp_path: Path, subhead: str) -> None:
    (art,) = _articles(tmp_path, f"{_NEWS}\n\n{subhead}\n{_PROSE}\n")
    assert art["subheads"] == [subhead]
