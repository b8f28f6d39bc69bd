"""社 read as 杜 (礻 against 木) is suggested, and a surname before a title stays a name.

`layoutfix suggest` listed nothing for `全省经济杜会发展稳中有进。`: 社/杜 was in no confusion table.
With the pair, `杜会长在会上讲话。` would be "mended" to 社会长 at medium (社 makes 社会), so a
surname standing alone before a form of address (`会长`, `先生`, `老师`) is a name, offered at low.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from layoutfix import NormalizeOptions, normalize_text
from layoutfix.cli import app
from layoutfix.suggest import suggest


def _rows(page: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, ["suggest", "-", "-f", "jsonl"], input=page + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines()]


@pytest.mark.parametrize(("page", "word"), [
    ("今年以来，全省经济杜会发展稳中有进。", "经济社会"),
    ("他是杜会的一员。", "社会"),
    ("推动经济杜会长期健康发展。", "经济社会"),  # 会长 is no word here: 杜 / 会 / 长期
    ("新华杜记者从有关部门获悉。", "新华社"),  # the word reaches back past 杜: no name's
    ("他是报杜记者。", "报社"),
])
def test_she_read_as_du_is_suggested_at_high(page: str, word: str) -> None:
    rows = [r for r in _rows(page) if (r["before"], r["after"]) == ("杜", "社")]
    assert rows and all(r["cert"] == "high" for r in rows)
    tracked = normalize_text(page, NormalizeOptions(apply_suggestions="high"))
    assert word in tracked.text and "杜会" not in tracked.text


@pytest.mark.parametrize(("page", "name", "why"), [
    ("杜会长在会上讲话。", "杜会长", "a name: 杜 before the title 会长"),
    ("记者见到了杜会长，他说今年合作社收成好。", "杜会长", "a name: 杜 before the title 会长"),
    ("书记杜会见了获奖代表。", "杜会见", "a name: 杜 alone before the word 会见"),
    ("市长杜会同有关部门负责人调研。", "杜会同", "a name: 杜 alone before the word 会同"),
])
def test_a_surname_before_a_title_or_a_verb_is_a_name(page: str, name: str, why: str) -> None:
    rows = [r for r in _rows(page) if (r["before"], r["after"]) == ("杜", "社")]
    assert rows, "the swap is still offered for review"
    assert all(r["cert"] == "low" and r["why"].startswith(why) for r in rows)
    tracked = normalize_text(page, NormalizeOptions(apply_suggestions="medium"))
    assert name in tracked.text


@pytest.mark.parametrize("page", [
    "杜甫草堂位于成都。", "杜先生说，杜绝浪费要从我做起。", "合作社的社员们很高兴。",
])
def test_correct_text_gets_no_she_du_suggestion(page: str) -> None:
    assert [s for s in suggest(page, min_cert="low") if {s.suspect, s.proposal} == {"杜", "社"}] == []
