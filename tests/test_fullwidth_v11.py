"""v11 audit fixes: full-width marks between ASCII letters and digits, text that only looks like an
HTML tag, and `FILE:0` as a page number."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "全市召开会议\n\n近日，全市召开会议。\n"


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


@pytest.mark.parametrize("command", ["convert", "review"])
@pytest.mark.parametrize("spec", ["0", "00"])
def test_file_colon_zero_is_refused_as_page_zero(
    runner: CliRunner, tmp_path: Path, command: str, spec: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, [command, f"{page}:{spec}"])
    assert result.exit_code == 2, result.stdout
    line = one_error_line(result.stderr)
    assert "start at 1" in line
    assert "biblScope" not in result.stdout


def test_page_zero_option_and_file_colon_zero_exit_alike(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    option = runner.invoke(app, ["convert", str(page), "--page", "0"])
    spec = runner.invoke(app, ["convert", f"{page}:0"])
    assert option.exit_code == spec.exit_code == 2


def test_file_colon_one_is_still_page_one(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["convert", f"{page}:1"])
    assert result.exit_code == 0, result.stderr
    assert 'n="1"' in result.stdout


def _body_txt(runner: CliRunner, body: str) -> str:
    """The `-f txt` output of a page titled 标题一则 with `body` as its one paragraph."""
    result = runner.invoke(app, ["convert", "-", "-f", "txt"], input=f"标题一则\n\n{body}\n".encode())
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    "body",
    [
        "近日，全市召开会议。a<b && c>d",
        "条件a<i || j>b成立时停工。",
        "设a<b = c>d时成立。",
        "当x<p ; y>z时成立。",
    ],
)
def test_text_with_a_tag_name_after_a_less_than_sign_is_kept(runner: CliRunner, body: str) -> None:
    assert body in _body_txt(runner, body)


@pytest.mark.parametrize("body", ["若a<b，则b>a。", "若x<y且y>z，则x<z。", "温度<5℃时停工，>30℃时也停工。"])
def test_comparisons_stay_text(runner: CliRunner, body: str) -> None:
    assert body in _body_txt(runner, body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ('<span style="color:red">红色</span>字样。', "红色字样。"),
        ("第一行<br/>第二行。", "第一行第二行。"),
        ("<b>加粗</b>文字<br />说明。", "加粗文字说明。"),
        ("<font color=red>红字</font>说明。", "红字说明。"),
        ("<p class='ocr_par' title='bbox 0 0 9 9; x_wconf 90'>段落</p>文字。", "段落文字。"),
    ],
)
def test_tags_the_exports_write_still_go(runner: CliRunner, body: str, kept: str) -> None:
    out = _body_txt(runner, body)
    assert kept in out
    assert "<" not in out
