"""Three small defects of the v10 audit, as a user meets them: a degree sign a markdown export wrote
as a superscript o, a byline line naming writer and photographer, a MinerU table's facsimile zone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
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


TEI = "{http://www.tei-c.org/ns/1.0}"
MEETING = "全市召开会议\n\n{line}\n\n近日，全市召开会议。\n"


def bylines_and_credits(runner: CliRunner, page: str) -> tuple[list[str], list[str], int]:
    """The TEI bylines, photo credits and figures of `page` converted on stdin."""
    root = etree.fromstring(converted(runner, page, "tei").encode("utf-8"))
    bylines = [el.xpath("string()") for el in root.iter(f"{TEI}byline")]
    credits = [el.xpath("string()") for el in root.iter(f"{TEI}note") if el.get("type") == "credit"]
    return bylines, credits, len(list(root.iter(f"{TEI}figure")))


@pytest.mark.parametrize(
    "line",
    [
        "文/本报记者 王丽 图/李华",
        "文/王丽 图/李华",
        "文/王丽　图/李华",
        "撰文/王丽 摄影/李华",
        "文/王丽 图/本报记者 李华",
        "文·图/王丽",
        "文/王麗 圖/李華",
    ],
)
def test_a_byline_naming_writer_and_photographer_is_one_byline_and_no_figure(
    runner: CliRunner, line: str
) -> None:
    bylines, credits, figures = bylines_and_credits(runner, MEETING.format(line=line))
    assert (bylines, credits, figures) == ([line.replace("　", " ")], [], 0)


@pytest.mark.parametrize("block", ["图为会议现场。\n图/李华", "图/李华"])
def test_a_photo_credit_on_its_own_line_stays_a_credit(runner: CliRunner, block: str) -> None:
    bylines, credits, figures = bylines_and_credits(runner, MEETING.format(line=block))
    assert (bylines, credits, figures) == ([], ["图/李华"], 1)
