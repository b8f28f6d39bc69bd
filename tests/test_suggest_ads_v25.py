"""Suggestions leave the fixed phrases of classified adverts alone (v25, W14 finding 10).

Before: `layoutfix suggest` on a rental advert (`月租 8500元/月 押一付三`) proposed 付 -> 时 (`一时`) at
`low`, so `--apply-suggestions low` turned the printed 押一付三 into 押一时三. The shipped lexicon now
holds these phrases, so their characters no longer stand alone on jieba's path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

ADVERTS = [
    "两居 75㎡ 月租 8500元/月 押一付三 联系人:刘女士",
    "房东要求押一付三，租客一时拿不出这么多钱。",
    "单间出租 月租1200元 押一付一 拎包入住",
]


@pytest.mark.parametrize("advert", ADVERTS)
def test_no_suggestion_inside_an_adverts_fixed_phrase(advert: str, tmp_path: Path) -> None:
    page = tmp_path / "ad.txt"
    page.write_text(advert + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["suggest", str(page)])
    assert result.exit_code == 0, result.output
    assert "付→时" not in result.stdout and "付→" not in result.stdout


def test_applying_low_suggestions_keeps_the_phrase(tmp_path: Path) -> None:
    page = tmp_path / "ad.txt"
    page.write_text(ADVERTS[0] + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(page), "--apply-suggestions", "low"])
    assert result.exit_code == 0, result.output
    assert "押一付三" in result.stdout
