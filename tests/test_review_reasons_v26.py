"""The review page's reasons are true of the change they explain (walk-through W14, finding 9).

A built-in rule covering several cases used to give one reason chosen by its id: `8:00 朝闻天下` in a
TV listing lost its space "between a number and its unit", quotes written 「」 were said to become
“ ”, two horizontal bars were "hyphens". Now the archivist clicking a change reads what this change
did, with the characters around it. An article flagged `empty` said only that word; the articles
pane now says what is empty and what to look at, while the JSON flag keeps its value.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize.typos import load_ruleset

#: The rules whose reason is worded for the edit: a removed space between two characters, which the
#: reason quotes as the left pane shows it (`8:00·朝闻`).
GAP_RULES = ("space.cjk-cjk", "space.cjk-punct", "space.cjk-number", "space.number-unit", "space.cjk-latin")

#: Pages whose edits span the spacing, punctuation, typo, join and unicode rules.
MIXED = (
    "今晚节目预告：8:00 朝闻天下，12:00 新闻30分，敬请收看。\n\n"
    "出租：朝阳区一居室，月租5500元，联系电话：13801234567 王先生\n\n"
    "全市完成投资37.64 亿元，同比增长5.2% 左右，最高气温28℃ 左右。\n\n"
    "习近平总 书记在会上发表重要讲话 ，全市生产总值达到 3764亿元，华为 Mate手机销量很好。\n\n"
    "他说\"我们一定完成任务\"，这是一个好消息――全市粮食丰收--大家说。。。再想想办法…\n\n"
    "工程己经全面完工,电视剧山海情(第12集)今晚播出，会议于10：30在www．gsrb．com直播。\n"
)


def review(runner: CliRunner, tmp_path: Path, text: str, *options: str) -> lxml.html.HtmlElement:
    """The review page `layoutfix review` writes for the flat page `text`."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "page.review.html"
    result = runner.invoke(app, ["review", str(page), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return lxml.html.document_fromstring(out.read_bytes())


def edits_of(root: lxml.html.HtmlElement) -> list[dict[str, object]]:
    """The changes the page lists, each with the reason a click on it shows (`why`)."""
    data = json.loads(root.get_element_by_id("review-data").text)
    return list(data["edits"])


def why_of(edits: list[dict[str, object]], rule: str, before: str, nth: int = 0) -> str:
    """The reason shown for the `nth` change by `rule` that replaced `before`."""
    found = [str(e["why"]) for e in edits if e["rule"] == rule and e["before"] == before]
    assert len(found) > nth, (rule, before, [(e["rule"], e["before"]) for e in edits])
    return found[nth]


@pytest.fixture
def mixed(runner: CliRunner, tmp_path: Path) -> list[dict[str, object]]:
    return edits_of(review(runner, tmp_path, MIXED))


def test_a_time_before_a_programme_is_not_called_a_number_and_its_unit(
        mixed: list[dict[str, object]]) -> None:
    why = why_of(mixed, "space.number-unit", " ")
    assert "8:00·朝闻" in why
    assert "its unit" not in why
    assert "does not tell a unit from another word" in why


def test_a_phone_number_before_a_name_is_said_to_be_a_number_and_chinese_text(
        mixed: list[dict[str, object]]) -> None:
    whys = [str(e["why"]) for e in mixed if e["rule"] == "space.number-unit"]
    phone = [w for w in whys if "13801234567·王先" in w]
    assert len(phone) == 1
    assert "a number and the Chinese text after it" in phone[0]


def test_a_percentage_and_a_temperature_are_named_as_such(mixed: list[dict[str, object]]) -> None:
    whys = [str(e["why"]) for e in mixed if e["rule"] == "space.number-unit"]
    assert any("a percentage" in w and "5.2%·左右" in w for w in whys)
    assert any("a temperature" in w and "28℃·左右" in w for w in whys)
    assert any("37.64·亿元" in w for w in whys)


def test_every_removed_gap_quotes_the_characters_beside_it(mixed: list[dict[str, object]]) -> None:
    """Each space edit of the gap rules says which two characters it joined, as the page holds them."""
    original = MIXED
    gaps = [e for e in mixed if e["rule"] in GAP_RULES]
    assert {e["rule"] for e in gaps} == set(GAP_RULES)
    for e in gaps:
        start, end = int(str(e["start"])), int(str(e["end"]))
        assert f"{original[start - 1]}·{original[end]}" in str(e["why"]), e


def test_a_space_after_an_ascii_comma_names_the_mark_it_became(runner: CliRunner, tmp_path: Path) -> None:
    """The spacing rules read the page after the punctuation rules: the `,` before the space is the
    `，` it became, and the reason says so rather than the general words."""
    edits = edits_of(review(runner, tmp_path, "会议强调, 要坚持稳中求进工作总基调。\n"))
    why = why_of(edits, "space.cjk-punct", " ")
    assert "after the punctuation mark ， (written , in the OCR text" in why and ",·要" in why


def test_punctuation_reasons_name_the_marks_changed(mixed: list[dict[str, object]]) -> None:
    assert "opens" in why_of(mixed, "punct.quote", '"', 0) and "“" in why_of(mixed, "punct.quote", '"', 0)
    assert "closes" in why_of(mixed, "punct.quote", '"', 1) and "”" in why_of(mixed, "punct.quote", '"', 1)
    bars = why_of(mixed, "punct.dash", "――")
    assert "horizontal bars" in bars and "hyphen" not in bars
    assert "2 hyphens" in why_of(mixed, "punct.dash", "--")
    assert "full stops" in why_of(mixed, "punct.ellipsis", "。。。")
    assert "single ellipsis character" in why_of(mixed, "punct.ellipsis", "…")
    assert "opening parenthesis" in why_of(mixed, "punct.paren", "(")
    assert "closing parenthesis" in why_of(mixed, "punct.paren", ")")


def test_a_full_width_mark_in_a_time_is_not_said_to_stay(mixed: list[dict[str, object]]) -> None:
    """`10：30` becomes `10:30` under the same rule as `ＧＤＰ`: its reason no longer says full-width
    punctuation stays."""
    colon = why_of(mixed, "unicode.fullwidth-ascii", "：")
    assert "full-width mark ：" in colon and "stays" not in colon
    assert "full-width mark ．" in why_of(mixed, "unicode.fullwidth-ascii", "．")


def test_a_typo_rule_gives_its_rule_files_why_as_written(mixed: list[dict[str, object]]) -> None:
    written = {r.id: r.why for r in load_ruleset(()).rules}
    assert why_of(mixed, "typo.yi-jing", "己经") == written["typo.yi-jing"]


def test_corner_quotes_are_not_said_to_become_curly(runner: CliRunner, tmp_path: Path) -> None:
    edits = edits_of(review(runner, tmp_path, "他说\"我们一定完成任务\"，大家鼓掌。\n", "--quotes", "corner"))
    opening, closing = why_of(edits, "punct.quote", '"', 0), why_of(edits, "punct.quote", '"', 1)
    assert "becomes 「" in opening and "becomes 」" in closing
    assert "“" not in opening + closing


def test_a_stray_space_at_a_line_start_is_not_called_indentation(runner: CliRunner, tmp_path: Path) -> None:
    page = "记者从市教育局获悉，全市中小学今天开学，新学期各校\n 都做好了准备工作。\n"
    edits = edits_of(review(runner, tmp_path, page))
    why = why_of(edits, "space.line-start", " ")
    assert "indentation is kept" in why and "are indentation" not in why


def flags_shown(root: lxml.html.HtmlElement) -> dict[str, str]:
    """Each article flag the articles pane shows, by its value, with the words shown for it."""
    return {span.get("data-flag"): span.text_content()
            for span in root.get_element_by_id("articles").xpath(".//span[@class='flag']")}


def test_an_empty_article_says_what_is_empty_and_what_to_check(runner: CliRunner, tmp_path: Path) -> None:
    """A TV listing of programme names only, read as headings: the pane says there is no paragraph and
    why it matters (rows with their times are read as a listing's paragraph)."""
    listing = "中央电视台一套\n\n新闻联播\n\n焦点访谈\n"
    shown = flags_shown(review(runner, tmp_path, listing))
    assert shown["empty"].startswith("empty: no paragraph: only headings were read")
    assert "rows or text may have been read as headings" in shown["empty"]
    page = tmp_path / "page.txt"
    result = runner.invoke(app, ["convert", str(page), "-f", "json", "-o", "-"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["flags"] == ["empty"], "the JSON value stays"


def test_an_article_with_text_is_not_flagged_empty_and_its_flag_is_explained(
        runner: CliRunner, tmp_path: Path) -> None:
    shown = flags_shown(review(runner, tmp_path, "会议强调,要坚持稳中求进工作总基调。\n"))
    assert "empty" not in shown
    assert shown["starts-mid-article"].startswith("starts-mid-article: text comes before any heading")


def test_an_article_continued_on_a_page_holding_none_of_it_is_not_said_to_lack_a_marker(
        runner: CliRunner, tmp_path: Path) -> None:
    """Review of the first version: a joined issue article whose jump page holds only its title again
    was flagged `incomplete` with "no continuation marker", though both markers were printed."""
    issue = tmp_path / "issue"
    issue.mkdir()
    (issue / "p01.txt").write_text(
        "2023年10月12日 星期四 第1版\n\n全市召开秋季农业生产工作会议\n\n本报讯 10月11日，全市秋季农业生产工作"
        "会议召开。会议要求各地抓紧抓实秋冬种各项工作，确保小麦、油菜等作物播种面积稳中有\n\n（下转第2版）\n",
        encoding="utf-8")
    (issue / "p02.txt").write_text(
        "2023年10月12日 星期四 第2版\n\n（上接第1版）\n\n全市召开秋季农业生产工作会议\n", encoding="utf-8")
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["review", str(issue), "-o", str(out)])
    assert result.exit_code == 0, result.output
    shown = flags_shown(lxml.html.fromstring(out.read_text(encoding="utf-8")))
    assert shown["incomplete"].startswith("incomplete: the last paragraph ends mid-sentence")
    assert "no continuation marker:" not in shown["incomplete"]
    assert "the page it continues on holds no more of it" in shown["incomplete"]
