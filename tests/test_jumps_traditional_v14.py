"""Jump markers of Hong Kong and Taiwan papers: traditional script (`（下轉第四版）`, `（續見A3版）`), a
lettered page without 版 (`（轉A4）`, `（接A1）`), the brackets 【】〔〕［］, ASCII parentheses with spaces
inside and a leading arrow are read as continuation markers, so an issue of traditional pages joins
the articles that jump between its pages. Sentences that only use the same words stay text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix.cli import app
from layoutfix.issue import convert_issue
from layoutfix.layout.continuation import find_markers
from layoutfix.pipeline import build_document
from layoutfix.tracked import apply_edits, undo_edits
from tei_parts import articles_by_id, text_of

ISSUE = Path(__file__).resolve().parent / "issues" / "taipei-e"

MARKERS = [
    ("（下轉第四版）", "to", "4"),
    ("（下轉第兩版）", "to", "2"),
    ("（接第一版）", "from", "1"),
    ("（上接第1頁）", "from", "1"),
    ("（緊接第2版）", "from", "2"),
    ("（轉A4版）", "to", "A4"),
    ("（轉A4）", "to", "A4"),
    ("（轉至A4版）", "to", "A4"),
    ("（續見A3版）", "to", "A3"),
    ("（續見A3）", "to", "A3"),
    ("（詳見A3版）", "to", "A3"),
    ("（見A3版）", "to", "A3"),
    ("（续见A3版）", "to", "A3"),
    ("（接A1）", "from", "A1"),
    ("（接A1版）", "from", "A1"),
    ("（承A1版）", "from", "A1"),
    ("（續A1版）", "from", "A1"),
    ("（續A3）", "from", "A3"),
    ("（上接Ａ１版）", "from", "A1"),
    ("(下轉 A4)", "to", "A4"),
    ("( 下轉 A4 )", "to", "A4"),
    ("( 接 第 1 版 )", "from", "1"),
    ("【接A1版】", "from", "A1"),
    ("〔轉A4〕", "to", "A4"),
    ("［續見A3版］", "to", "A3"),
    ("【下转第3版）", "to", "3"),
    ("▶下转4版", "to", "4"),
    ("►下轉A4", "to", "A4"),
    ("→轉第四版", "to", "4"),
    ("▶（轉A4）", "to", "A4"),
]


@pytest.mark.parametrize(("marker", "direction", "page"), MARKERS)
def test_traditional_and_bracketed_markers_are_read(marker: str, direction: str, page: str) -> None:
    text = f"市長表示，北環段將有效紓解市區{marker}"
    (found,) = find_markers(text)
    assert (found.direction, found.page) == (direction, page)
    assert text[found.span[0] : found.span[1]] == marker


@pytest.mark.parametrize(
    "text",
    [
        "他轉身離開。",
        "接上級通知，會議延期。",
        "雙方續約三年。",
        "（續約三年）",
        "（續三年）",  # a page without a letter needs 版
        "（接1次通知）",
        "（見A4紙）",  # words after a lettered page without 版
        "（見表A1）",
        "轉載（轉自聯合報）",
        "北京→上海",
        "流程→轉2次",
        "→轉A4紙張",
        "全省共有（3版）個方案",
    ],
)
def test_sentences_with_the_same_words_are_no_markers(text: str) -> None:
    assert find_markers(text) == []


@pytest.mark.parametrize(
    ("marker", "page", "written"),
    [
        ("（下轉第四版）", "4", "（下轉第四版）"),
        ("【轉A4】", "A4", "【轉A4】"),
        ("(下轉 A4)", "A4", "（下轉 A4）"),  # the parentheses are made full-width, as any are
        ("▶下轉A4", "A4", "▶下轉A4"),
    ],
)
def test_a_traditional_marker_closing_a_page_is_a_marker_not_body_text(
    marker: str, page: str, written: str
) -> None:
    text = f"臺北捷運動工\n\n本報訊（記者 陳怡君）市長表示，北環段將有效紓解市區\n\n{marker}\n"
    doc = build_document(text)
    (art,) = doc.articles
    assert art.continued_to == page and art.continuation == written
    markers = [b.text for p in art.parts for b in p.blocks if b.role == "marker"]
    body = "".join(b.text for p in art.parts for b in p.blocks if b.role != "marker")
    assert markers == [written] and "轉" not in body


def test_a_traditional_issue_joins_its_jumps(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    result = convert_issue([ISSUE])
    resolved = {(j.source.id, j.target.id, j.marker) for j in result.jumps if j.resolved}  # type: ignore[union-attr]
    assert resolved == {("p1-a1", "p2-a1", "（續見A3版）"), ("p1-a2", "p2-a2", "（轉A3）")}
    (open_jump,) = [j for j in result.jumps if not j.resolved]
    assert (open_jump.status, open_jump.source.id, open_jump.to_label) == ("missing-page", "p1-a3", "A4")  # type: ignore[union-attr]
    assert_valid(tei_schema, result.output)
    divs = articles_by_id(result.output)
    assert "p2-a1" not in divs and "p2-a2" not in divs
    # One paragraph across the jump, the markers kept as continuation notes pointing at the pages.
    metro = divs["p1-a1"]
    notes = [(n.text, n.get("subtype"), n.get("target")) for n in metro.iter(f"{TEI}note")]
    assert notes == [("（續見A3版）", "to", "#p2"), ("（續A1版）", "from", "#p1")]
    (split,) = [p for p in metro.iter(f"{TEI}p") if "紓解市區" in text_of(p)]
    assert split.find(f"{TEI}pb") is not None and text_of(split).endswith("減少對居民的影響。")
    assert [fw.text for fw in metro.iter(f"{TEI}fw") if fw.get("type") == "jump-head"] == ["捷運北環段"]
    port = divs["p1-a2"]
    port_notes = [(n.text, n.get("subtype")) for n in port.iter(f"{TEI}note")]
    assert port_notes == [("（轉A3）", "to"), ("（接A1）", "from")]
    assert "吸引更多轉口貨物" in text_of(port)
    flower = divs["p1-a3"]
    assert flower.get("part") == "I" and flower.find(f"{TEI}note[@subtype='missing-page']") is not None
    # The text output reads on across the jump: no marker left in the sentence.
    text = convert_issue([ISSUE], fmt="txt").output
    assert "有效紓解市區交通壅塞。" in text and "貨櫃中心的建設，並與航商合作" in text
    assert "續見" not in text and "接A1" not in text and "（轉A4）" in text


def test_the_edit_log_of_a_traditional_issue_rebuilds_each_page() -> None:
    result = convert_issue([ISSUE])
    doc = result.document
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original
    for page in result.pages:
        assert apply_edits(page.original, page.edits) == page.text
    second = result.pages[1]
    # `(接A1)` printed with ASCII parentheses: its two parenthesis edits sit on its own page.
    parens = [(e.before, e.after) for e in second.edits if e.rule == "punct.paren"]
    assert parens == [("(", "（"), (")", "）")]
    assert "（接A1）並與航商合作開闢新航線，" in second.text


def test_convert_dir_of_traditional_pages_reports_only_the_open_jump(tmp_path: Path) -> None:
    report = tmp_path / "jumps.json"
    args = ["convert", f"{ISSUE}/", "-o", str(tmp_path / "out.xml"), "--report", str(report)]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    unresolved = [ln for ln in res.stderr.splitlines() if "unresolved jump" in ln]
    assert unresolved == ["layoutfix: unresolved jump: p1-a3: page A4 is not in this issue （轉A4）"]
    jumps = json.loads(report.read_text(encoding="utf-8"))["jumps"]
    assert sorted((j["status"], j["from"], j["to"], j["marker"]) for j in jumps) == [
        ("missing-page", "p1-a3", None, "（轉A4）"),
        ("resolved", "p1-a1", "p2-a1", "（續見A3版）"),
        ("resolved", "p1-a2", "p2-a2", "（轉A3）"),
    ]


PAIRS = [  # (the first page's file and "to" marker, the second page's file and "from" marker, its id)
    ("p1.txt", "（下轉第三版）", "p3.txt", "（接第一版）", "p3-a1"),
    ("p1.txt", "（下轉第3頁）", "p3.txt", "（上接第一版）", "p3-a1"),
    ("A01.txt", "（轉A3）", "A03.txt", "（接A1）", "p2-a1"),
    ("A01.txt", "（續見A3版）", "A03.txt", "（承A1版）", "p2-a1"),
    ("A01.txt", "【轉A3版】", "A03.txt", "【接A1版】", "p2-a1"),
    ("A01.txt", "(下轉 A3)", "A03.txt", "( 續A1版 )", "p2-a1"),
    ("A01.txt", "▶下轉A3", "A03.txt", "〔接A1〕", "p2-a1"),
]


@pytest.mark.parametrize(("first", "to_marker", "second", "from_marker", "target"), PAIRS)
def test_each_form_joins_two_traditional_pages(
    tmp_path: Path, first: str, to_marker: str, second: str, from_marker: str, target: str
) -> None:
    (tmp_path / first).write_text(
        f"高雄港貨櫃量創新高\n\n本報訊（記者 林志明）港務公司表示，將加速第七貨櫃中心的建設，"
        f"\n\n{to_marker}\n",
        encoding="utf-8",
    )
    (tmp_path / second).write_text(
        f"高雄港\n\n{from_marker}並與航商合作開闢新航線。\n\n"
        "新竹園區擴建\n\n本報訊（記者 吳建宏）擴建案昨日通過環評。\n",
        encoding="utf-8",
    )
    result = convert_issue([tmp_path], fmt="txt")
    assert [(j.status, j.source.id, j.target.id) for j in result.jumps] == [  # type: ignore[union-attr]
        ("resolved", "p1-a1", target)
    ]
    assert "貨櫃中心的建設，並與航商合作開闢新航線。" in result.output
