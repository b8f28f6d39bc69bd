"""`--date` written in full-width digits is read as ASCII; year 0000 is refused.

`--date ２０２１` was accepted and written `<date>２０２１</date>` with no `when`, while `--date
２０２１-01-01` was refused; `--date 0000` and `0000-01` were accepted (`when="0000"`), `0000-02-30`
refused as not a date of the right form. Now a date is read after NFKC (full-width digits and hyphen
become ASCII), so every form of the three gets its `when`; a year 0000 is refused naming the year; and
other digits (Arabic-Indic) are refused as not a date written YYYY[-MM[-DD]], not written without `when`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix import InputError, convert
from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
TEXT = "全市召开会议\n\n近日，全市召开会议。"


def _header_date(tei: str) -> tuple[str | None, str | None]:
    """(`when`, text) of the header's `<date>`."""
    [date] = etree.fromstring(tei.encode("utf-8")).iter(f"{TEI}date")
    return date.get("when"), date.text


@pytest.mark.parametrize(("given", "iso"), [
    ("２０２１", "2021"),
    ("２０２１-01", "2021-01"),
    ("２０２１-01-01", "2021-01-01"),
    ("２０２１－０１－３１", "2021-01-31"),
    ("2024-0２-2９", "2024-02-29"),
])
def test_full_width_digits_are_read_as_ascii(runner: CliRunner, given: str, iso: str) -> None:
    result = runner.invoke(app, ["convert", "-", "--date", given], input=TEXT)
    assert result.exit_code == 0, result.output
    assert _header_date(result.stdout) == (iso, iso)
    as_json = runner.invoke(app, ["convert", "-", "--date", given, "-f", "json"], input=TEXT)
    assert f'"date": "{iso}"' in as_json.stdout


def test_an_issue_header_gets_the_ascii_date(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("p1.txt").write_text(TEXT, encoding="utf-8")
    Path("p2.txt").write_text("城区新增公交线路\n\n城区新增三条公交线路。", encoding="utf-8")
    result = runner.invoke(app, ["convert", "p1.txt", "p2.txt", "--date", "２０２１－１０－１２"])
    assert result.exit_code == 0, result.output
    assert _header_date(result.stdout) == ("2021-10-12", "2021-10-12")


def _date_error(runner: CliRunner, date: str) -> str:
    result = runner.invoke(app, ["convert", "-", "--date", date], input=TEXT)
    assert result.exit_code == 3, result.output
    [line] = result.stderr.strip().splitlines()
    return line


@pytest.mark.parametrize("date", ["0000", "0000-01", "0000-02-30", "００００", "0000-12-31"])
def test_year_0000_is_refused_naming_the_year(runner: CliRunner, date: str) -> None:
    assert _date_error(runner, date) == (
        f"layoutfix: error: date '{date}': year 0000 is out of range (0001-9999)")


def test_a_full_width_date_off_the_calendar_is_quoted_as_typed(runner: CliRunner) -> None:
    assert _date_error(runner, "２０２１-02-30") == (
        "layoutfix: error: date '２０２１-02-30': no such day (2021-02 has 28 days)")


@pytest.mark.parametrize("date", ["٢٠٢١", "२०२१-01-01"])
def test_other_digits_are_refused_not_written_without_when(runner: CliRunner, date: str) -> None:
    assert _date_error(runner, date) == (
        f"layoutfix: error: date '{date}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD")


def test_the_api_reads_the_date_the_same_way() -> None:
    assert '<date when="2021-01-01">2021-01-01</date>' in convert(TEXT, date="２０２１-01-01").output
    with pytest.raises(InputError, match=r"^date '0000': year 0000 is out of range \(0001-9999\)$"):
        convert(TEXT, date="0000")
