"""A subhead printed in one flat-text block with its prose, no blank line between (v15, helper N):
`抓好落实` / `会议要求各地抓好落实，确保取得实效。` was one paragraph holding the subhead's line. A short
first line with no punctuation over prose lines of one measure, well short of them, is cut off: the
page reads as the same page printed in separate blocks. A paragraph's wrapped first line, a list
item, a dateline, rows, names, verse, an indented first line and an addressee stay as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (the fixture)
from layoutfix.pipeline import convert

#: A news item of two paragraphs: a headline-like heading after it is a subhead, not the next item.
_ITEM = "全市召开会议\n\n本报讯 近日，全市召开会议。"
_NEWS = f"{_ITEM}\n\n会议听取了各地工作汇报。"
_PROSE = "会议要求各地抓好落实，确保取得实效。"
#: Prose wrapped at a column of seventeen hanzi, its last line short.
_WRAPPED = "会议要求，各地要全面推进乡村振兴，\n加快农业农村现代化，确保各项任务落\n到实处。"


def _articles(tmp_path: Path, text: str) -> list[dict[str, object]]:
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(convert(page, fmt="json").output)
    return [{"titles": a["titles"], "subheads": a["subheads"], "byline": a["byline"],
             "paragraphs": [(p["subhead"], p["text"]) for p in a["paragraphs"]]} for a in data["articles"]]


@pytest.mark.parametrize(
    ("subhead", "prose"),
    [
        ("抓好落实", _PROSE),
        ("结语", _PROSE),  # two hanzi
        ("强基层 补短板", _PROSE),  # two phrases set apart by a space
        ("坚持问题导向", _PROSE),  # six hanzi: after one paragraph it would head the next item
        ("全面推进乡村振兴", _WRAPPED),  # over a paragraph of three wrapped lines
        ("抓好落实", f"  {_PROSE}"),  # over an indented paragraph
        ("加强组织领导", f"{_PROSE}\n各地要加强组织领导，压实工作责任。"),  # over two paragraphs' lines
    ],
)
def test_a_subhead_over_its_prose_in_one_block_is_a_subhead(tmp_path: Path, subhead: str, prose: str) -> None:
    (art,) = _articles(tmp_path, f"{_NEWS}\n\n{subhead}\n{prose}\n")
    assert art["subheads"] == [subhead]
    paragraphs = art["paragraphs"]
    assert isinstance(paragraphs, list)
    under = [text for head, text in paragraphs if head == subhead]
    assert "".join(under).replace("\n", "") == "".join(line.strip() for line in prose.split("\n"))


@pytest.mark.parametrize(
    ("above", "head", "under"),
    [
        (f"{_NEWS}\n\n", "抓好落实", _PROSE),
        (f"{_ITEM}\n\n", "坚持问题导向", _PROSE),  # the next item's headline after one paragraph
        (f"{_NEWS}\n\n", "全面推进乡村振兴", f"{_WRAPPED}\n\n其他段落继续说明情况。"),
        ("", "重阳节", "市民纷纷登山赏秋，公园里人头攒动，热闹非凡。"),  # the page's first block: the title
    ],
)
def test_a_page_reads_as_the_same_page_in_separate_blocks(
    tmp_path: Path, above: str, head: str, under: str
) -> None:
    together = _articles(tmp_path, f"{above}{head}\n{under}\n")
    assert together == _articles(tmp_path, f"{above}{head}\n\n{under}\n")
    assert any(head in (*a["subheads"], *a["titles"]) for a in together)  # type: ignore[misc]


def test_a_subhead_over_its_prose_is_a_subsection_in_valid_tei(
    tmp_path: Path, tei_schema: etree.RelaxNG  # noqa: F811
) -> None:
    page = tmp_path / "p.txt"
    page.write_text(f"{_NEWS}\n\n抓好落实\n{_PROSE}\n", encoding="utf-8")
    root = assert_valid(tei_schema, convert(page).output)
    (sub,) = root.iter(f"{TEI}div").__next__().iterfind(f"{TEI}div")
    assert sub.get("type") == "subsection"
    assert [h.text for h in sub.iter(f"{TEI}head")] == ["抓好落实"]
    assert [p.text for p in sub.iter(f"{TEI}p")] == [_PROSE]


@pytest.mark.parametrize(
    "block",
    [
        "会议要求各地抓好落\n实，确保取得实效。",  # a paragraph wrapped at a narrow column
        "会议要求各地要切实抓好各项工作落\n实，确保取得实效。",  # at a wider one
        "市长今天上午会见了\n本报记者王丽，介绍了新政策。",  # a first line not short enough
        f"1. 抓好落实\n{_PROSE}",  # a list item
        f"10月12日\n{_PROSE}",  # a date
        f"2023年10月12日\n{_PROSE}",
        "项目名称 投资金额\n道路建设 1200万元\n桥梁改造 800万元",  # a table's rows
        "远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄",  # verse
        f"王丽\n{_PROSE}",  # a bare name
        "　　近日\n全市各地认真贯彻会议精神，抓好落实。",  # an indented first line
        "尊敬的各位来宾\n大家好！欢迎大家来到美丽的兰州参加会议。",  # an addressee, its colon lost
        "同志们\n今天我们召开全市工作会议，主要任务是部署工作。",
        "抓好落实\n会议要求落实。",  # prose no wider than the line over it
    ],
)
def test_a_block_that_opens_with_no_subhead_stays_as_it_was(tmp_path: Path, block: str) -> None:
    arts = _articles(tmp_path, f"{_NEWS}\n\n{block}\n")
    assert all(a["subheads"] == [] for a in arts)
    assert [a["titles"] for a in arts] == [["全市召开会议"]]
    texts = [text for _head, text in arts[0]["paragraphs"]]  # type: ignore[attr-defined]
    first = block.split("\n")[0].strip()
    assert any(t.lstrip().startswith(first) for t in texts[2:])  # the first line still opens its text
