"""`--date` says what is wrong with a date written in the right shape.

`--date 2021-13-01` said `is not a date written YYYY, YYYY-MM or YYYY-MM-DD` although it is written
that way: its month is out of range. `2021-02-30` got the same words: February 2021 has no day 30.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from layoutfix import InputError, convert
from layoutfix.cli import app

TEXT = "全市召开会议\n\n近日，全市召开会议。"


def _date_error(runner: CliRunner, date: str) -> str:
    """The one error line of `convert - --date DATE`, after checking its exit code (3: the value the
    page's header would carry is refused by the pipeline, as every unusable date has been)."""
    result = runner.invoke(app, ["convert", "-", "--date", date], input=TEXT)
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(("date", "fault"), [
    ("2021-13-01", "month 13 is out of range (01-12)"),
    ("2021-00", "month 00 is out of range (01-12)"),
    ("2021-13", "month 13 is out of range (01-12)"),
])
def test_a_month_out_of_range_is_named(runner: CliRunner, date: str, fault: str) -> None:
    assert _date_error(runner, date) == f"layoutfix: error: date '{date}': {fault}"


@pytest.mark.parametrize(("date", "days"), [
    ("2021-02-30", "2021-02 has 28 days"),
    ("2021-02-29", "2021-02 has 28 days"),
    ("2024-02-30", "2024-02 has 29 days"),
    ("2023-04-31", "2023-04 has 30 days"),
    ("2023-01-32", "2023-01 has 31 days"),
    ("2023-01-00", "2023-01 has 31 days"),
])
def test_a_day_the_month_has_not_is_named(runner: CliRunner, date: str, days: str) -> None:
    assert _date_error(runner, date) == f"layoutfix: error: date '{date}': no such day ({days})"


@pytest.mark.parametrize("date", ["2021-1-01", "21-01-01", "2021/01/01", "2021-01-01x", "昨天"])
def test_a_date_in_another_shape_still_gets_the_shape(runner: CliRunner, date: str) -> None:
    assert _date_error(runner, date) == (
        f"layoutfix: error: date '{date}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD")


def test_the_api_gives_the_same_reason() -> None:
    with pytest.raises(InputError, match=r"^date '2021-13-01': month 13 is out of range \(01-12\)$"):
        convert(TEXT, date="2021-13-01")


@pytest.mark.parametrize("date", ["2024-02-29", "2021-12-31", "2021-12", "2021"])
def test_real_dates_still_pass(runner: CliRunner, date: str) -> None:
    result = runner.invoke(app, ["convert", "-", "--date", date, "-f", "json"], input=TEXT)
    assert result.exit_code == 0, result.output
    assert f'"date": "{date}"' in result.stdout
