"""A jump-out marker (`（下转第二版）`) ends the jumping article's part on its page: headings after it
open the next article, never a subsection of the one that jumped.

Before, `…大会主席团成员有` / `（下转第二版）` / `团结起来 争取更大的胜利` / its text made the editorial
a subsection of the communiqué (also with `社 论` over its title), and in an issue the communiqué's
jump was resolved to the page the editorial went on (`p1-a1 continues in p3-a1`), leaving page 2's
`（上接第一版）` unresolved (`no-match`). Kept as before: a marker ending the page, a marker with the
article's own text under it, and subheads inside an article with no marker above them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.cli import app
from tei_parts import article_parts, sectioned_head

TITLE = "九大新闻公报"
LEAD = "新华社北京四月二十七日电 大会选出了新的中央委员会。大会主席团成员有"
JUMP = "(下转第二版)"
NEXT_TITLE = "团结起来 争取更大的胜利"
NEXT_TEXT = "中国共产党第九次全国代表大会,是一个团结的大会,胜利的大会。"


def _page(*blocks: str) -> str:
    """A page of `blocks`, one blank line between two."""
    return "\n\n".join(blocks) + "\n"


def _heads(tmp_path: Path, page: str) -> list[list[str]]:
    """Each TEI article's heads, a subsection's marked `sub:`."""
    tei = convert_page(CliRunner(), tmp_path, page, "-f", "tei", "-o", "-")
    return [a["heads"] for a in article_parts(tei, sectioned_head)]


@pytest.mark.parametrize("kicker", [[], ["社 论"]], ids=["title", "kicker-and-title"])
def test_headings_after_a_jump_out_open_the_next_article(tmp_path: Path, kicker: list[str]) -> None:
    """Before: one article, the editorial's headings a subsection's. Now: two articles."""
    page = _page(TITLE, LEAD, JUMP, *kicker, NEXT_TITLE, NEXT_TEXT)
    heads = _heads(tmp_path, page)
    assert len(heads) == 2, heads
    assert heads[0] == ["title:" + TITLE]
    assert heads[1][-1] == "title:" + NEXT_TITLE
    assert not any(h.startswith("sub:") for a in heads for h in a)


def test_the_next_article_takes_its_text_and_the_jump_stays_with_the_first(tmp_path: Path) -> None:
    """The JSON: the communiqué jumps to page 2; the editorial holds its own paragraph and no jump."""
    page = _page(TITLE, LEAD, JUMP, NEXT_TITLE, NEXT_TEXT)
    doc = json.loads(convert_page(CliRunner(), tmp_path, page, "-f", "json", "-o", "-"))
    first, second = doc["articles"]
    assert first["continuation"]["to_page"] == "2"
    assert second["continuation"]["to_page"] is None
    expected = "中国共产党第九次全国代表大会，是一个团结的大会，胜利的大会。"
    assert [p["text"] for p in second["paragraphs"]] == [expected]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ((TITLE, LEAD, JUMP), [["title:" + TITLE]]),  # the marker ends the page
        ((TITLE, LEAD, "一、大会选举", NEXT_TEXT, "二、大会闭幕", NEXT_TEXT),  # subheads, no marker
         [["title:" + TITLE, "sub:一、大会选举", "sub:二、大会闭幕"]]),
    ],
    ids=["marker-at-the-end", "subheads-without-marker"],
)
def test_kept_as_before(tmp_path: Path, blocks: tuple[str, ...], expected: list[list[str]]) -> None:
    """A marker at the article's very end, and subheads inside one article, read as before."""
    assert _heads(tmp_path, _page(*blocks)) == expected


def test_the_article_own_text_under_its_marker_stays_its_text(tmp_path: Path) -> None:
    """A paragraph under the marker (no heading between) stays the article's, as before."""
    page = _page(TITLE, LEAD, JUMP, NEXT_TEXT)
    tei = convert_page(CliRunner(), tmp_path, page, "-f", "tei", "-o", "-")
    articles = article_parts(tei)
    assert len(articles) == 1
    assert len(articles[0]["paragraphs"]) == 2


ISSUE = {
    "p1.txt": _page(
        "人民日报 一九六九年四月二十八日 第一版", TITLE, LEAD + ":", "毛泽东 林 彪 周恩来", JUMP,
        "社 论", NEXT_TITLE, NEXT_TEXT, "我们要认真学习和宣传九大文件,把各项工作做得更好,迎接",
        "(下转第三版)",
    ),
    "p2.txt": _page(
        "人民日报 一九六九年四月二十八日 第二版", "(上接第一版)",
        "大会期间,代表们认真学习毛主席的光辉著作,充分发扬民主。",
        "全国各地军民热烈欢呼九大胜利闭幕", "新华社二十七日讯 九大胜利闭幕的喜讯传来,全国各地军民热烈欢呼。",
    ),
    "p3.txt": _page(
        "人民日报 一九六九年四月二十八日 第三版", NEXT_TITLE, "(上接第一版)",
        "新的战斗任务。我们一定要把无产阶级专政下的继续革命进行到底。",
    ),
}


def test_in_an_issue_each_jump_resolves_to_its_own_page(tmp_path: Path) -> None:
    """Before: page 1's `（下转第二版）` was resolved to page 3 (the editorial's jump-head matched the
    communiqué's subsection) and page 2's `（上接第一版）` was left `no-match`, with a warning. Now the
    communiqué goes on on page 2, the editorial on page 3, and nothing is unresolved."""
    issue = tmp_path / "issue"
    issue.mkdir()
    for name, text in ISSUE.items():
        (issue / name).write_text(text, encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(
        app, ["convert", f"{issue}/", "-f", "tei", "-o", str(tmp_path / "out.xml"), "--report", str(report)]
    )
    assert result.exit_code == 0, result.stderr
    assert "unresolved" not in result.stderr
    jumps = json.loads(report.read_text(encoding="utf-8"))["jumps"]
    assert sorted((j["status"], j["from_page"], j["to_page"], j["from"][:2], j["to"][:2]) for j in jumps) == [
        ("resolved", 1, 2, "p1", "p2"),
        ("resolved", 1, 3, "p1", "p3"),
    ]
    by_marker = {j["marker"]: j for j in jumps}
    assert by_marker["（下转第二版）"]["to"].startswith("p2-")
    assert by_marker["（下转第三版）"]["to"].startswith("p3-")
    assert by_marker["（下转第二版）"]["from"] != by_marker["（下转第三版）"]["from"]
