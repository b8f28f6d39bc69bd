"""A single page of a paper printed in sections (Hong Kong, Taiwan: `A4`, `B1`) is named by its label:
the one its running head prints (`A4 港聞 2015年3月12日 星期四`), or `--page A4`. The TEI `pb/@n`, the
title (`第A4版`), the `biblScope` and the JSON `label` say it, as a one-page issue `FILE:A4` says it.
Numbered pages stay as they were (`--page 3`, a printed `第4版`), and a headline or running text that
merely mentions a label (`G20峰会开幕`, `详见A4版`) names no page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.pipeline import convert

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SCHEMAS = Path(__file__).resolve().parents[1] / "docs" / "schema"
#: A page whose running head names section page A4 (a Hong Kong daily, traditional script).
HEAD_A4 = ("A4 港聞 2015年3月12日 星期四\n\n港聞\n\n旺角清場後街坊鬆一口氣\n\n"
           "佔領旺角的示威者昨日被清場，彌敦道恢復通車。\n")
#: A page whose head names no page at all.
NO_HEAD = "港聞\n\n旺角清場後街坊鬆一口氣\n\n佔領旺角的示威者昨日被清場，彌敦道恢復通車。\n"


def _convert(runner: CliRunner, tmp_path: Path, text: str, *args: str, name: str = "page.txt") -> str:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _facts(tei: str) -> dict[str, object]:
    """What a reader of the TEI sees of the page: the page breaks' `n` and `xml:id`, the title, the
    `biblScope` (its `@n` and text)."""
    root = etree.fromstring(tei.encode("utf-8"))
    scope = root.find(f".//{TEI}biblScope")
    return {
        "pb": [(pb.get("n"), pb.get(XML_ID)) for pb in root.iter(f"{TEI}pb")],
        "title": root.findtext(f".//{TEI}titleStmt/{TEI}title"),
        "scope": None if scope is None else (scope.get("n"), scope.text),
    }


def test_a_running_head_labels_a_single_page(runner: CliRunner, tmp_path: Path) -> None:
    facts = _facts(_convert(runner, tmp_path, HEAD_A4))
    assert facts["pb"] == [("A4", None)]
    assert facts["title"] == "page.txt 2015-03-12 第A4版"
    assert facts["scope"] == ("A4", "A4")


def test_the_json_of_a_labelled_page_names_the_label(runner: CliRunner, tmp_path: Path) -> None:
    data = json.loads(_convert(runner, tmp_path, HEAD_A4, "-f", "json"))
    assert (data["page"], data["label"]) == (None, "A4")
    schema = json.loads((SCHEMAS / "page.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(data)


def test_the_api_takes_a_label() -> None:
    result = convert(NO_HEAD, fmt="json", label="ｂ０２")
    assert json.loads(result.output)["label"] == "B2"
    with pytest.raises(InputError, match="not both"):
        convert(NO_HEAD, page=3, label="B2")
    with pytest.raises(InputError, match="section page label"):
        convert(NO_HEAD, label="B")


def test_a_single_page_and_its_one_page_issue_name_the_page_alike(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(HEAD_A4, encoding="utf-8")
    alone = runner.invoke(app, ["convert", str(page)])
    issue = runner.invoke(app, ["convert", f"{page}:A4"])
    single, one_page_issue = _facts(alone.stdout), _facts(issue.stdout)
    assert single["title"] == one_page_issue["title"]
    assert single["scope"] == one_page_issue["scope"]
    alone_json = json.loads(runner.invoke(app, ["convert", str(page), "-f", "json"]).stdout)
    issue_json = json.loads(runner.invoke(app, ["convert", f"{page}:A4", "-f", "json"]).stdout)
    assert alone_json["label"] == issue_json["label"] == "A4"


@pytest.mark.parametrize("given", ["A4", "a04", "Ａ４"])
def test_page_option_takes_a_section_label(runner: CliRunner, tmp_path: Path, given: str) -> None:
    facts = _facts(_convert(runner, tmp_path, NO_HEAD, "--page", given))
    assert facts["pb"] == [("A4", None)]
    assert facts["title"] == "page.txt 第A4版"
    assert facts["scope"] == ("A4", "A4")


def test_page_option_label_overrides_the_printed_one(runner: CliRunner, tmp_path: Path) -> None:
    facts = _facts(_convert(runner, tmp_path, HEAD_A4, "--page", "B2"))
    assert facts["pb"] == [("B2", None)]


def test_page_option_number_is_as_before(runner: CliRunner, tmp_path: Path) -> None:
    facts = _facts(_convert(runner, tmp_path, NO_HEAD, "--page", "3"))
    assert facts["pb"] == [("3", "p3")]
    assert facts["scope"] == ("3", "3")
    data = json.loads(_convert(runner, tmp_path, NO_HEAD, "--page", "3", "-f", "json"))
    assert data["page"] == 3 and "label" not in data


def test_a_page_number_given_wins_over_a_printed_label(runner: CliRunner, tmp_path: Path) -> None:
    facts = _facts(_convert(runner, tmp_path, HEAD_A4, "--page", "3"))
    assert facts["pb"] == [("3", "p3")]
    assert facts["title"] == "page.txt 2015-03-12 第3版"


@pytest.mark.parametrize("value, said", [
    ("0", "start at 1"),
    ("-1", "section label"),
    ("AB4", "section label"),
    ("A0", "section label"),
    ("abc", "section label"),
])
def test_page_option_refuses_what_names_no_page(
    runner: CliRunner, tmp_path: Path, value: str, said: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(NO_HEAD, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "--page", value])
    assert result.exit_code == 2
    assert "Invalid value for '--page'" in result.stderr and said in result.stderr
    assert result.stdout == ""


def test_page_option_label_with_a_labelled_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(NO_HEAD, encoding="utf-8")
    result = runner.invoke(app, ["convert", f"{page}:A4", "--page", "A4"])
    assert result.exit_code == 2
    assert "drop --page" in result.stderr


#: Page tops that print a section label, and the label; and look-alikes that name no page: a headline
#: opening with a letter and digits, running text citing another page, a numbered page header.
HEADS = [
    ("A4 港聞 2015年3月12日 星期四", "A4", None),
    ("2015年3月12日 星期四 第B2版", "B2", None),
    ("Ａ０４ 要聞", "A4", None),
    ("C1 財經 2015年3月12日", "C1", None),
    ("G20峰会开幕", None, None),
    ("A4纸价格上涨三成", None, None),
    ("E3 游戏展开幕", None, None),
    ("B2 轰炸机试飞", None, None),
    ("A4 纸价格上涨", None, None),
    ("C919 大飞机首飞", None, None),
    ("A12 港聞 2015年3月12日", "A12", None),
    ("A6 國際 2015年3月12日 星期四", "A6", None),
    ("第4版 要闻 2023年10月12日 星期四", None, 4),
    # a headline's words with a date (review RC2b): no desk's name, no page
    ("E3 游戏展 2024年6月11日", None, None),
    ("B2 轰炸机 2024年5月6日", None, None),
    ("C5 航母 2024年5月6日 星期一", None, None),
    ("A5 国内新闻 2015年3月12日", "A5", None),
]


@pytest.mark.parametrize("head, label, number", HEADS)
def test_a_label_is_read_from_a_page_header_only(
    runner: CliRunner, tmp_path: Path, head: str, label: str | None, number: int | None
) -> None:
    text = f"{head}\n\n标题一则\n\n正文一段，详见A6版。\n"
    data = json.loads(_convert(runner, tmp_path, text, "-f", "json"))
    assert (data.get("label"), data["page"]) == (label, number)
    pb = _facts(_convert(runner, tmp_path, text))["pb"]
    assert pb == [(label or (str(number) if number is not None else None),
                   f"p{number}" if number is not None else None)]


def test_running_text_citing_a_lettered_page_names_none(runner: CliRunner, tmp_path: Path) -> None:
    data = json.loads(_convert(runner, tmp_path, "标题一则\n\n本报记者报道，详见A4版。\n", "-f", "json"))
    assert "label" not in data and data["page"] is None


def test_review_takes_a_section_label(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(NO_HEAD, encoding="utf-8")
    result = runner.invoke(app, ["review", str(page), "--page", "A4", "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.stderr
    assert "page A4" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_an_issue_reads_the_same_running_heads(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "east.txt").write_text(HEAD_A4, encoding="utf-8")
    (folder / "west.txt").write_text(HEAD_A4.replace("A4 港聞", "A6 國際"), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert _facts(result.stdout)["pb"] == [("A4", "p1"), ("A6", "p2")]


#: Issue folders whose running heads do not all give one label each (review RC2b): they converted
#: before heads like `A4 港聞 2015年3月12日` were read, numbered 1, 2 or by their printed pages, and were
#: then refused (exit 3; `batch --issues` failed the folder).
MIXED_ISSUES = [
    (("A4 港聞 2015年3月12日 星期四", "A股 2024年5月6日收评"), [("1", "p1"), ("2", "p2")]),
    (("A4 港聞 2015年3月12日 星期四", "A4 港聞 2015年3月12日 星期四"), [("1", "p1"), ("2", "p2")]),
]


@pytest.mark.parametrize("heads, pbs", MIXED_ISSUES)
def test_an_issue_whose_heads_do_not_all_name_a_page_reads_as_before(
    runner: CliRunner, tmp_path: Path, heads: tuple[str, str], pbs: list[tuple[str, str]]
) -> None:
    folder = tmp_path / "issue"
    folder.mkdir()
    for name, head in zip(("front.txt", "market.txt"), heads, strict=True):
        (folder / name).write_text(f"{head}\n\n标题一则\n\n本报讯 今日市场表现平稳。\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert _facts(result.stdout)["pb"] == pbs


def test_page_option_of_thousands_of_digits_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    """A --page of 4,301 digits was a ValueError traceback (int()'s limit), exit 1 (review RC2b)."""
    page = tmp_path / "page.txt"
    page.write_text(NO_HEAD, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "--page", "1" * 4301])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "no paper has so many pages" in result.stderr
