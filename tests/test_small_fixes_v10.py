"""Three small defects of the v10 audit, as a user meets them: a degree sign a markdown export wrote
as a superscript o, a byline line naming writer and photographer, a MinerU table's facsimile zone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

COLD = "# 寒潮来袭\n\n今晨最低气温-3{sup}C，请注意保暖。\n"


def converted(runner: CliRunner, page: str, fmt: str = "txt", *extra: str) -> str:
    """`layoutfix convert - -f FMT` of `page` on stdin: its stdout (exit 0 and no error asserted)."""
    result = runner.invoke(app, ["convert", "-", "-f", fmt, *extra], input=page)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.mark.parametrize("sup", ["<sup>o</sup>", "<sup>O</sup>", "<sup>0</sup>", "<sup>º</sup>"])
def test_a_superscript_o_after_a_number_is_a_degree_sign(runner: CliRunner, sup: str) -> None:
    out = converted(runner, COLD.format(sup=sup))
    assert "-3°C" in out, out


def test_the_degree_sign_is_a_reviewable_edit_and_undo_gives_the_markdown_back(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "cold.md"
    page.write_text(COLD.format(sup="<sup>o</sup>"), encoding="utf-8")
    out, log = tmp_path / "cold.txt", tmp_path / "cold.jsonl"
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    degree = [e for e in edits if e["before"] == "<sup>o</sup>"]
    assert [(e["after"], e["rule"], e["cert"]) for e in degree] == [("°", "markup.html-script", "medium")]
    undone = runner.invoke(app, ["edits", "undo", str(out), str(log)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == page.read_text(encoding="utf-8")


def test_powers_and_units_keep_their_superscript_digits(runner: CliRunner) -> None:
    page = "# 新区规划\n\n总面积20m<sup>2</sup>，投资10<sup>0</sup>倍，北纬36<sup>o</sup>。\n"
    out = converted(runner, page)
    assert "20m²" in out and "10⁰倍" in out and "北纬36°" in out, out


def test_a_superscript_o_after_a_letter_stays_a_letter(runner: CliRunner) -> None:
    out = converted(runner, "# 编号\n\n编号N<sup>o</sup> 5的展品。\n")
    assert "No 5" in out and "°" not in out, out
