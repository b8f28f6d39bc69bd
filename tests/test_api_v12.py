"""The Python API's argument checks and the JSON it writes, as a program calling layoutfix meets them.

From the v12 API audit: an article holding a table flagged `empty` (a flag the schema refused),
impossible dates, negative pages and unencodable paper names written into the output, a folder
named by a `str` converted as a one-line page, and `NormalizeOptions` slips escaping as bare
`ValueError`s or read one character at a time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from layoutfix import InputError, LayoutfixError, NormalizeOptions, convert, normalize_text
from layoutfix.cli import app

ROOT = Path(__file__).resolve().parents[1]
PAGE_SCHEMA = json.loads((ROOT / "docs" / "schema" / "page.schema.json").read_text(encoding="utf-8"))
TABLE_PAGE = "标题\n\n| a | b |\n|---|---|\n| 1 | 2 |"
TITLE_OVER_FURNITURE = "全市召开会议\n\n2023年10月12日 星期四\n\n第4版"
TEXT = "全市召开会议\n\n近日，全市召开会议。"


def _page_json(source: str, **kwargs: Any) -> dict[str, Any]:
    """The JSON output of `source`, after checking it against the page schema."""
    data: dict[str, Any] = json.loads(convert(source, fmt="json", **kwargs).output)
    errors = [e.message for e in Draft202012Validator(PAGE_SCHEMA).iter_errors(data)]
    assert errors == [], errors
    return data


# --- 1. the `empty` flag --------------------------------------------------------------------------


def test_a_titled_table_is_valid_json_and_not_empty() -> None:
    [article] = _page_json(TABLE_PAGE)["articles"]
    assert article["titles"] == ["标题"]
    assert article["tables"][0]["rows"] == [["a", "b"], ["1", "2"]]
    assert article["flags"] == []


def test_a_title_over_furniture_only_is_valid_json_and_flagged_empty() -> None:
    # (A masthead over its date line is page furniture, no title: tests/test_masthead_v12.py.)
    [article] = _page_json(TITLE_OVER_FURNITURE)["articles"]
    assert (article["titles"], article["paragraphs"]) == (["全市召开会议"], [])
    assert article["flags"] == ["empty"]


# --- 2. header facts ------------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["2023-02-30", "2023-04-31", "2023-02-29"])
def test_a_date_the_calendar_has_not_is_refused(date: str) -> None:
    with pytest.raises(InputError, match=f"date '{date}'"):
        convert(TEXT, date=date)


@pytest.mark.parametrize("date", ["2024-02-29", "2023-02", "2023"])
def test_real_dates_are_written(date: str) -> None:
    assert _page_json(TEXT, date=date)["date"] == date


def test_the_cli_refuses_an_impossible_date_in_one_line() -> None:
    result = CliRunner().invoke(app, ["convert", "-", "--date", "2023-02-30"], input=TEXT)
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        "layoutfix: error: date '2023-02-30': no such day (2023-02 has 28 days)"]


def test_a_negative_page_is_refused_and_page_zero_is_valid() -> None:
    with pytest.raises(InputError, match="page -1"):
        convert(TEXT, page=-1)
    data = _page_json(TEXT, page=0)
    assert (data["page"], data["articles"][0]["id"]) == (0, "p0-a1")


def test_a_paper_name_no_output_can_encode_is_refused() -> None:
    for fmt in ("tei", "json"):
        with pytest.raises(InputError, match="paper") as caught:
            convert(TEXT, fmt=fmt, paper="甘肃\ud800")
        assert "\n" not in str(caught.value)
    assert _page_json(TEXT, paper="甘肃日报")["paper"] == "甘肃日报"


# --- 3. a str naming a folder ---------------------------------------------------------------------


def test_a_str_naming_a_folder_is_refused_as_the_path_is() -> None:
    folder = "tests/issues/daily-a"
    with pytest.raises(InputError) as as_path:
        convert(ROOT / folder)
    for name in (str(ROOT / folder), str(ROOT / folder) + "/"):
        with pytest.raises(InputError, match="is a directory"):
            convert(name)
    assert "is a directory" in str(as_path.value)


def test_a_str_that_is_text_stays_text() -> None:
    assert convert("标题\n\n正文很短。", fmt="txt").output == "标题\n\n正文很短。\n"


# --- 4. NormalizeOptions --------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "value"), [
    ("apply_suggestions", "bogus"), ("apply", "bogus"), ("variants", None), ("default_rules", "no"),
    ("rule_dirs", [1]),
])
def test_a_bad_option_is_an_input_error_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(InputError) as caught:
        NormalizeOptions(**{field: value})
    message = str(caught.value)
    assert f"{field}=" in message and "\n" not in message
    assert isinstance(caught.value, LayoutfixError) and caught.value.exit_code == 3


def test_apply_choices_are_named_in_the_message() -> None:
    with pytest.raises(InputError, match="'high', 'medium', 'low'"):
        NormalizeOptions(apply_suggestions="bogus")  # type: ignore[arg-type]


def test_a_single_rule_folder_is_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "myrules"
    folder.mkdir()
    (folder / "rules.toml").write_text(
        '[[rule]]\nid = "t.chu"\nfind = "出合"\nreplace = "出台"\ncert = "high"\nwhy = "test"\n',
        encoding="utf-8",
    )
    for given in (str(folder), folder):
        options = NormalizeOptions(rule_dirs=given)  # type: ignore[arg-type]
        assert options.rule_dirs == (given,)
        assert normalize_text("省政府出合了新政策。", options).text == "省政府出台了新政策。"
    with pytest.raises(LayoutfixError, match="no-such-rules: rule folder not found"):
        convert(TEXT, options=NormalizeOptions(rule_dirs="no-such-rules"))  # type: ignore[arg-type]
