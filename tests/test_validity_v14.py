"""The structures this session added are schema-valid output, and their edit logs rebuild the text.

A downstream project validates what it reads: the JSON against docs/schema/page.schema.json, the TEI
against TEI P5 and docs/tei-profile.toml. The v14 validity audit converted every page the v14 tests
convert, the audit pages and the test issues, and found the JSON of a continuation marker naming no
page number (`（转下页）`, `（接上页）`) invalid: json.md documents `to_page: "next"` and
`from_page: "previous"`, the schema took only a page number (`3`, `A4`) or null.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_stdin
from conftest_tei import assert_every_hanzi_accounted_for, load_schema
from layoutfix.cli import app
from layoutfix.editlog import dumps_document_edits, loads_edits
from layoutfix.pipeline import convert
from layoutfix.tracked import apply_edits, undo_edits
from tei_parts import json_articles

ROOT = Path(__file__).resolve().parents[1]
PAGE_SCHEMA = ROOT / "docs" / "schema" / "page.schema.json"
_LEAD = "本报讯（记者 王丽）兰州新区11日举行陆港建设推进会，会议提出，要进一步扩大"


@cache
def _page_validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(PAGE_SCHEMA.read_text(encoding="utf-8")))


def _json_errors(output: str) -> list[str]:
    """The page schema's complaints about a JSON output, one line each (none when valid)."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in _page_validator().iter_errors(json.loads(output))]


# --- a marker naming no page number --------------------------------------------------------------

@pytest.mark.parametrize(("page", "key", "value"), [
    (f"兰州新区打造西部陆港枢纽\n\n{_LEAD}\n\n（转下页）\n", "to_page", "next"),
    (f"兰州新区打造西部陆港枢纽\n\n{_LEAD}\n\n（接下页）\n", "to_page", "next"),
    ("台北捷運新線通車\n\n市府今天宣布，捷運新線將於下月通車，沿線居民\n\n（續下頁）\n", "to_page", "next"),
    ("西部陆港枢纽\n\n（接上页）\n\n开放合作的领域，推动物流企业集聚发展。\n", "from_page", "previous"),
    ("台北捷運新線通車\n\n（接上頁）\n\n沿線居民期待已久。\n", "from_page", "previous"),
], ids=["转下页", "接下页", "續下頁", "接上页", "接上頁"])
def test_a_page_with_a_marker_naming_no_number_is_valid_json(page: str, key: str, value: str) -> None:
    """`convert p.txt -f json` of a page continued on the next page (or from the previous one)."""
    output = convert_stdin(page, "-f", "json")
    (article,) = json_articles(output)
    assert article["continuation"][key] == value
    assert _json_errors(output) == []


def _write_issue(folder: Path, pages: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


_FROM_BEFORE = "西部陆港枢纽\n\n（接上页）\n\n开放合作的领域，推动物流企业集聚发展。\n"


@pytest.mark.parametrize("pages", [
    {"p01.txt": _FROM_BEFORE, "p02.txt": "另一篇文章\n\n正文。\n"},  # no page comes before page 1
    {"A03.txt": f"兰州新区打造西部陆港枢纽\n\n{_LEAD}\n\n（转下页）\n", "A04.txt": _FROM_BEFORE,
     "B01.txt": "另一篇文章\n\n（接上页）\n\n这是B1版的内容。\n"},  # nor before B1
], ids=["page 1", "B1"])
def test_an_issue_whose_page_continues_from_no_page_is_valid_json(
    tmp_path: Path, pages: dict[str, str]
) -> None:
    """`convert DIR/ -f json`: the part on the issue's first page (or a section's) keeps "previous"."""
    folder = _write_issue(tmp_path / "issue", pages)
    result = CliRunner().invoke(app, ["convert", str(folder), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    froms = [a["continuation"]["from_page"] for a in json.loads(result.stdout)["articles"]]
    assert "previous" in froms
    assert _json_errors(result.stdout) == []


# --- the session's new structures: valid TEI and JSON, a log that rebuilds the text ---------------

#: One page per structure the v14 tests added (closers, bracketed subtitles and kickers, rows and
#: verse kept as lines, Taiwan and Hong Kong bylines, name lists, relative jumps).
_NOTICE = "关于调整部分公交线路的公告\n\n为方便市民出行，决定对部分公交线路进行调整。\n\n特此公告。\n\n"
STRUCTURES = {
    "closer with issuer and date": f"{_NOTICE}兰州公交集团有限公司\n2023年10月12日\n",
    "closer with a date alone": f"{_NOTICE}2023年10月12日\n",
    "bracketed subtitle": "中超积分榜\n\n（截至第30轮）\n\n本报讯 中超联赛第30轮比赛昨日结束。\n",
    "bracketed kicker": "（受权发布）\n\n中华人民共和国主席令\n\n本报讯 现予公布，自2024年1月1日起施行。\n",
    "letter with salutation": "读者来信\n\n小区门前路灯何时能亮\n\n编辑同志：\n\n我是城关区某小区的居民。"
                              "希望有关部门尽快维修。\n\n此致\n敬礼！\n\n读者 刘建国\n2023年10月8日\n",
    "verse": "秋日登高\n张明\n\n远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄\n",
    "name list": "表彰名单\n\n本报讯 近日，市里表彰了先进个人。\n\n一等奖：王丽 李华\n二等奖：张强 刘洋\n",
    "data rows": "体育\n\n中超积分榜\n\n1.上海海港 30 21 6 3 69\n2.山东泰山 30 18 6 6 60\n",
    "Taiwan byline": "市府宣布新政策\n\n記者王麗／台北報導 市府今天宣布新政策，明年起實施。\n",
    "Hong Kong byline": "市府宣布新政策\n\n【本報記者王麗台北報道】市府今天宣布新政策，明年起實施。\n",
    "relative jump": f"兰州新区打造西部陆港枢纽\n\n{_LEAD}\n\n（转下页）\n",
}


@pytest.mark.parametrize("name", sorted(STRUCTURES))
def test_a_new_structure_is_valid_and_its_log_rebuilds_the_text(name: str) -> None:
    page = STRUCTURES[name]
    tei = convert(page)
    root = etree.fromstring(tei.output.encode("utf-8"))
    schema = load_schema()
    assert schema.validate(root), str(schema.error_log)
    assert_every_hanzi_accounted_for(page, tei.edits, root)
    assert _json_errors(convert(page, fmt="json").output) == []
    edits = loads_edits(dumps_document_edits(tei.document))  # the log as `--edits` writes it
    assert apply_edits(page, edits) == tei.document.text
    assert undo_edits(tei.document.text, edits) == page


def test_edits_apply_and_undo_rebuild_a_converted_page(tmp_path: Path) -> None:
    """The lossless promise through the command line, on a notice closed by its issuer and date."""
    page = tmp_path / "page.txt"
    page.write_text(STRUCTURES["closer with issuer and date"], encoding="utf-8")
    log, out, back = tmp_path / "page.edits.jsonl", tmp_path / "applied.txt", tmp_path / "undone.txt"
    runner = CliRunner()
    assert runner.invoke(app, ["convert", str(page), "-f", "json", "--edits", str(log)]).exit_code == 0
    assert runner.invoke(app, ["edits", "apply", str(page), str(log), "-o", str(out)]).exit_code == 0
    assert runner.invoke(app, ["edits", "undo", str(out), str(log), "-o", str(back)]).exit_code == 0
    assert back.read_text(encoding="utf-8") == page.read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == convert(page).document.text

