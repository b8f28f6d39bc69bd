"""A clause about the reporter after an opening dateline, its comma lost by the OCR.

`本报讯 记者了解到 全市已建成充电桩3000个。` printed `本报讯 记者了解到` as the byline: after a dateline the
byline pattern took any hanzi glued to a reporter label for a name. The dateline alone is the byline
now, as for `本报讯 记者了解到，全市…`, and the clause opens the paragraph; a label and a name after a
dateline, glued or not, stay the byline.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from layoutfix import normalize_text
from layoutfix.cli import app
from layoutfix.layout.roles import spaced_byline

TITLE = "兰州新区打造西部陆港枢纽"
LEAD = "全市已建成充电桩3000个。"
DATELINES = ["本报讯", "本报兰州讯", "新华社兰州10月9日电", "本報訊"]
#: A reporter label and the clause about the reporter glued to it (a verb, a preposition first).
CLAUSES = [
    "记者了解到", "记者注意到", "记者获悉", "记者从市里", "本报记者了解到", "通讯员了解到", "記者了解到",
]
#: A reporter label and a name, glued or spaced: the byline after the dateline.
BYLINES = ["记者王丽", "记者江山", "记者欧阳晓明", "记者 王丽", "记者王丽、李华", "記者王麗"]


def txt(line: str, runner: CliRunner) -> list[str]:
    """The blocks `convert -f txt` prints for a page of a title and `line`."""
    result = runner.invoke(app, ["convert", "-", "-f", "txt"], input=f"{TITLE}\n\n{line}\n")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout.rstrip("\n").split("\n\n")


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("clause", CLAUSES)
def test_the_dateline_alone_is_the_byline(runner: CliRunner, dateline: str, clause: str) -> None:
    blocks = txt(f"{dateline} {clause} {LEAD}", runner)
    assert blocks[1] == dateline
    assert blocks[2].startswith(clause)
    assert blocks[2].endswith(LEAD)


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("clause", CLAUSES)
def test_the_clause_reads_as_with_its_comma(runner: CliRunner, dateline: str, clause: str) -> None:
    """The line is cut where the line with the comma the OCR lost is cut."""
    assert txt(f"{dateline} {clause}，{LEAD}", runner)[1] == txt(f"{dateline} {clause} {LEAD}", runner)[1]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("clause", CLAUSES)
def test_normalize_keeps_the_dateline_gap_and_no_byline_gap(dateline: str, clause: str) -> None:
    line = f"{dateline} {clause} {LEAD}"
    assert spaced_byline(line) is None
    result = normalize_text(line)
    assert result.text.startswith(f"{dateline} {clause}")
    assert [(e.start, e.end) for e in result.edits if e.kind == "space"] == [
        (len(dateline) + 1 + len(clause), len(dateline) + 2 + len(clause))
    ]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("byline", BYLINES)
def test_a_name_after_the_label_stays_the_byline(runner: CliRunner, dateline: str, byline: str) -> None:
    line = f"{dateline} {byline} 近日，{LEAD}"
    assert normalize_text(line).text == line
    assert txt(line, runner)[1:] == [f"{dateline} {byline}", f"近日，{LEAD}"]
