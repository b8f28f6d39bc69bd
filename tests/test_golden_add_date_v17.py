"""`golden add --date` keeps the date in its ASCII form, as `convert --date` writes it.

`convert --date ２０２１-０５-０６` reads full-width digits (as a Chinese input method types them) as
`2021-05-06`; `golden add` wrote the date into the case's options.toml as typed (`date =
"２０２１-０５-０６"`), so the one case kept two spellings of one date (options.toml and the TEI's
`when`), and a `grep 2021-05-06` over the cases missed it. Now options.toml gets the normalised
date; a date that is no date is refused before any case folder is made.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.golden import add_case

PAGE = "全市召开会议\n\n本报讯 近日，全市召开会议。\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _stored_date(case: Path) -> object:
    return tomllib.loads((case / "options.toml").read_text(encoding="utf-8"))["date"]


@pytest.mark.parametrize(("given", "iso"), [
    ("２０２１-０５-０６", "2021-05-06"),
    ("２０２１－０５", "2021-05"),
    ("２０２１", "2021"),
])
def test_a_full_width_date_is_stored_as_ascii(
    runner: CliRunner, tmp_path: Path, page: Path, given: str, iso: str
) -> None:
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--date", given])
    assert added.exit_code == 0, added.output
    assert _stored_date(cases / "c1") == iso
    assert f'<date when="{iso}">{iso}</date>' in (cases / "c1" / "expected.tei.xml").read_text(
        encoding="utf-8")
    assert runner.invoke(app, ["golden", "check", str(cases)]).exit_code == 0


def test_the_python_api_stores_it_as_ascii_too(tmp_path: Path, page: Path) -> None:
    case = add_case(page, "c1", tmp_path / "cases", {"date": "２０２１-０５-０６"})
    assert _stored_date(case.path) == "2021-05-06"


def test_an_ascii_date_is_stored_unchanged(runner: CliRunner, tmp_path: Path, page: Path) -> None:
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--date", "2021-05-06"])
    assert added.exit_code == 0, added.output
    assert _stored_date(cases / "c1") == "2021-05-06"


def test_a_date_that_is_none_is_refused_and_no_case_is_left(
    runner: CliRunner, tmp_path: Path, page: Path
) -> None:
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases),
                                "--date", "２０２１-１３-０６"])
    assert added.exit_code == 2
    assert added.stderr == ("layoutfix: error: date '２０２１-１３-０６': month 13 is out of range "
                            "(01-12)\n")
    assert not cases.exists()
