"""A sheet's number (张, 張) is no page number (v20 review).

Republican-era papers number their sheets (`第二張`), each of several pages (a folded sheet 2 holds
pages 5 to 8). A reviewer found the sheet taken for the page: in an issue, page 1's `（轉第二張）` was
linked to page 2 (TEI `target="#p2"`, the article `part="I" next="#p2"`, JSON `to_page: "2"`) and
warned `no part on page 2 continues from page 1`; a head printing only `第二張` gave `page: 2`. Now a
sheet's marker keeps its text and points to no page (no `@target`, `to_page`/`from_page` null, no
jump), and a head with the sheet alone gives no page; `第一張 第二版` is still page 2.
"""

from __future__ import annotations

import json

import opencc
import pytest

import layoutfix

_T2S = opencc.OpenCC("t2s")
HEAD = "中央日報\n\n中華民國三十六年五月二十日 星期二 第{sheet}張\n\n"
FIRST = "京滬綫恢復通車\n\n本報訊 京滬綫鐵路已於昨日全綫恢復通車，首班車於上午八時開出，\n\n{marker}\n"
SECOND = (
    "{marker}\n\n交通部決定自下月一日起增開夜車兩班。\n\n市商會開會討論物價\n\n本報訊 市商會昨日召開會議。\n"
)


def _issue(marker_to: str, marker_from: str, simplified: bool, fmt: str) -> layoutfix.IssueResult:
    pages = [HEAD.format(sheet="一") + FIRST.format(marker=marker_to),
             HEAD.format(sheet="二") + SECOND.format(marker=marker_from)]
    if simplified:
        pages = [_T2S.convert(p) for p in pages]
    return layoutfix.convert_issue([(f"p{i}.txt", p.encode()) for i, p in enumerate(pages, 1)], fmt=fmt)


@pytest.mark.parametrize("simplified", [False, True])
def test_a_sheet_marker_links_no_page(simplified: bool) -> None:
    tei = _issue("（轉第二張）", "（續第一張）", simplified, "tei")
    assert 'target="#p' not in tei.output
    assert 'next="' not in tei.output and 'prev="' not in tei.output
    assert tei.unresolved == [] and tei.jumps == []
    data = json.loads(_issue("（轉第二張）", "（續第一張）", simplified, "json").output)
    conts = [a["continuation"] for a in data["articles"] if a["continuation"]["markers"]]
    marks = [(c["from_page"], c["to_page"], c["markers"]) for c in conts]
    to, frm = ("（转第二张）", "（续第一张）") if simplified else ("（轉第二張）", "（續第一張）")
    assert marks == [(None, None, [to]), (None, None, [frm])]


@pytest.mark.parametrize(("line", "page"), [
    ("中華民國三十六年五月二十日 星期二 第二張", None),
    ("中华民国三十六年五月二十日 星期二 第2张", None),
    ("中華民國三十六年五月二十日 星期二 第二張 第五版", 5),
    ("中華民國三十六年五月二十日 星期二 第五版", 5),
])
def test_a_head_with_the_sheet_alone_has_no_page(line: str, page: int | None) -> None:
    page_text = f"中央日報\n\n{line}\n\n京滬綫恢復通車\n\n本報訊 京滬綫鐵路已全綫恢復通車。\n"
    data = json.loads(layoutfix.convert(page_text.encode(), fmt="json").output)
    assert (data["date"], data["page"], data["furniture"][1]) == ("1947-05-20", page, line)
