"""Jumps and poems, follow-ups (v15, helper J): a telephone extension on the line under its number is
no jump marker; the issue report lists the teasers read as whole articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from cli_pages import write_pages as _write_pages
from layoutfix.cli import app
from layoutfix.issue import convert_issue
from layoutfix.layout.continuation import find_markers
from layoutfix.pipeline import convert
from tei_parts import articles_by_id, paragraph_texts

_TITLE = "市民服务中心开通咨询热线"
_LEAD = "本报讯（记者 王丽）市民服务中心即日起开通咨询服务，市民办理业务可拨打"
_OTHER = "另一条新闻标题\n\n本报讯 今天全市天气晴朗，气温适宜。\n"


# --- a telephone extension on the line under its number --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "咨询电话：0931-8612345\n（转2）",
        "服务热线 8612345\n（转3）",  # 热线 alone is no telephone, the number is
        "联系电话：13912345678\n（轉2）",
        "电话（0931）8612345\n(转12)",
        "客服 400-800-1234 \n　（转2）　",  # spaces around, an ideographic space too
        "０９３１－８６１２３４５\n（转２）",  # full-width digits and dash
        "总机 021 62345678\n（转四）",
    ],
)
def test_an_extension_on_the_line_under_its_number_is_no_marker(text: str) -> None:
    assert find_markers(text) == []


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("会议要求各地抓好落实。\n（转2）", "2"),  # under a closed paragraph
        ("全年接待游客12万人次\n（转2）", "2"),  # a number, but no telephone number
        ("活动时间为2023-2024\n（转3）", "3"),  # a span of years
        ("比去年同期增长了1234\n（转2）", "2"),
        ("咨询电话：0931-8612345\n\n（转2）", "2"),  # a blank line between: not right under it
        ("咨询电话：0931-8612345\n（转2版）", "2"),  # 版 names the page whatever stands before
    ],
)
def test_a_marker_on_its_own_line_under_other_text_is_still_read(text: str, page: str) -> None:
    (found,) = find_markers(text)
    assert (found.direction, found.page) == ("to", page)


@pytest.mark.parametrize(
    "number", ["咨询电话：0931-8612345", "服务电话 8612345", "联系电话：13912345678"]
)
def test_a_paragraph_closing_on_an_extension_under_its_number_jumps_nowhere(
    tmp_path: Path, number: str
) -> None:
    text = f"{_TITLE}\n\n{_LEAD}{number}\n（转2）\n\n{_OTHER}"
    page = _write_pages(tmp_path / "in", {"p.txt": text}) / "p.txt"
    art = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert art["continuation"] == {"from_page": None, "to_page": None, "markers": []}
    assert art["paragraphs"][-1]["text"].endswith("（转2）")
    (div, _other) = articles_by_id(convert(page).output).values()
    assert div.get("part") is None and paragraph_texts(div)[-1].endswith("（转2）")


def test_a_marker_under_a_closed_paragraph_still_jumps(tmp_path: Path) -> None:
    text = f"{_TITLE}\n\n{_LEAD}咨询电话。\n（转2）\n\n{_OTHER}"
    page = _write_pages(tmp_path / "in", {"p.txt": text}) / "p.txt"
    art = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert art["continuation"]["to_page"] == "2"
    assert art["continuation"]["markers"] == ["（转2）"]


def test_an_extension_under_its_number_does_not_pair_with_a_part_it_seems_to_name(tmp_path: Path) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "p01.txt": f"{_TITLE}\n\n{_LEAD}咨询电话：0931-8612345\n（转2）\n",
        "p02.txt": "咨询热线\n\n（接1）\n\n开放合作的领域，推动物流企业集聚发展。\n",
    })
    result = convert_issue([folder])
    assert [(j.status, j.source, j.from_page) for j in result.jumps] == [("no-match", None, 1)]
    assert paragraph_texts(articles_by_id(result.output)["p1-a1"])[-1].endswith("（转2）")


# --- a teaser is listed in the issue report ---------------------------------------------------------

_TEASER_TITLE = "兰州新区打造西部陆港枢纽"
_TEASER = f"{_TEASER_TITLE}\n\n本报讯 兰州新区11日举行陆港建设推进会，提出进一步扩大开放合作。"
_FULL = (f"{_TEASER_TITLE}\n\n本报讯（记者 王丽）兰州新区11日举行陆港建设推进会。会议提出，要进一步扩大"
         "开放合作的领域，推动物流企业集聚发展。\n")
_FARM = "春耕备耕有序推进\n\n本报讯 农业部门组织技术人员深入田间指导春耕。\n"
_WEATHER = "全市天气晴好\n\n本报讯 今天全市天气晴朗，气温适宜。\n"


def _report(tmp_path: Path, pages: dict[str, str], *, cli: bool = False) -> dict[str, Any]:
    """The issue's `--report` JSON, from the API or as the command line writes it."""
    folder = _write_pages(tmp_path / "issue", pages)
    if not cli:
        return convert_issue([folder]).report
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["convert", f"{folder}/", "-o", str(tmp_path / "out.xml"),
                                      "--report", str(out)])
    assert result.exit_code == 0, result.stderr
    loaded: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize(
    ("marker", "full_page", "to_page"),
    [("（详见第3版）", "p03.txt", 3), ("（見第2版）", "p02.txt", 2), ("（详见下页）", "p02.txt", 2)],
)
@pytest.mark.parametrize("before", ["", _FARM + "\n"])  # the full story first on its page, or second
def test_a_teaser_matched_by_its_title_is_listed_in_the_report(
    tmp_path: Path, marker: str, full_page: str, to_page: int, before: str
) -> None:
    report = _report(tmp_path, {"p01.txt": f"{_WEATHER}\n{_TEASER}{marker}\n", full_page: before + _FULL})
    (teaser,) = report["teasers"]
    match = f"p{to_page}-a{2 if before else 1}"
    keys = ("article", "page", "to_page", "marker", "title", "match", "match_title")
    assert {k: teaser[k] for k in keys} == {
        "article": "p1-a2", "page": 1, "to_page": to_page, "marker": marker, "title": _TEASER_TITLE,
        "match": match, "match_title": _TEASER_TITLE,
    }
    assert "p1-a2" in teaser["message"] and match in teaser["message"]
    assert report["unresolved"] == [] and report["jumps"] == []


_LOST_FROM = "会后，与会人员参观了编组站，了解物流企业集聚发展情况。\n"  # its （接1版） lost


@pytest.mark.parametrize("third", [_FARM, f"{_FARM}\n{_LOST_FROM}"])
def test_a_teaser_whose_page_carries_no_article_of_its_title_is_listed_without_a_match(
    tmp_path: Path, third: str
) -> None:
    """A real jump whose `（接1版）` OCR lost reads as a teaser: the report names it and its page, and
    says no article there carries its title, so an archivist can look."""
    report = _report(tmp_path, {"p01.txt": f"{_TEASER}（见第3版）\n\n{_WEATHER}", "p03.txt": third}, cli=True)
    (teaser,) = report["teasers"]
    where = (teaser["article"], teaser["page"], teaser["to_page"], teaser["marker"])
    assert where == ("p1-a1", 1, 3, "（见第3版）")
    assert (teaser["title"], teaser["match"], teaser["match_title"]) == (_TEASER_TITLE, None, None)
    assert "page 3" in teaser["message"] and "p1-a1" in teaser["message"]
    assert report["unresolved"] == []


def test_a_teaser_of_a_paper_printed_in_sections_names_the_pages_by_label(tmp_path: Path) -> None:
    report = _report(tmp_path, {"A01.txt": f"{_TEASER}（详见A3版）\n", "A03.txt": _FULL})
    (teaser,) = report["teasers"]
    assert (teaser["page"], teaser["label"], teaser["to_page"], teaser["to_label"]) == (1, "A1", 2, "A3")
    assert "A3" in teaser["message"]


@pytest.mark.parametrize(
    ("first", "third"),
    [
        (f"{_TEASER}（转3版）\n", _FULL),  # 转 says the text goes on: an unresolved jump
        (f"{_TEASER_TITLE}\n\n本报讯 兰州新区11日举行陆港建设推进会，会议提出（详见第3版）\n", _FULL),  # cut
        (f"{_TEASER}（见第3版）\n", f"陆港枢纽\n\n（紧接第1版）会后，与会人员参观了编组站。\n\n{_FARM}"),
        (f"{_TEASER}\n\n{_WEATHER}", _FULL),  # no marker
    ],
)
def test_a_part_that_goes_on_or_an_article_without_marker_is_no_teaser(
    tmp_path: Path, first: str, third: str
) -> None:
    report = _report(tmp_path, {"p01.txt": first, "p03.txt": third})
    assert report["teasers"] == []


def test_the_report_keeps_its_keys_and_adds_the_teasers_last(tmp_path: Path) -> None:
    report = _report(tmp_path, {"p01.txt": f"{_TEASER}（详见第3版）\n", "p03.txt": _FULL})
    assert list(report) == ["pages", "articles", "jumps", "unresolved", "teasers"]
    path = Path(__file__).parents[1] / "docs" / "schema" / "issue-report.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(report)
