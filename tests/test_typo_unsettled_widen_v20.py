"""The text typo rules do not settle on grows over typo corrections only (v20 mend).

The unsettled text (which keeps the first look's corrections, and which the warning names) was
widened over any earlier edit next to it: on `甲乙丁,戊边防冶工作。` with the looping pair 甲乙→甲丙 /
丙丁→乙丁, the punctuation step's `,→，` joined 甲乙丁 to 戊边防冶, so the shipped chain typo.shu-bian,
typo.fang-zhi stopped half-way (`甲丙丁，戍边防冶`) and the warning blamed those shipped rules too,
while the same page with `，` printed got `甲丙丁，戍边防治`. A space the spacing step removes did the
same. Now only typo corrections connect unsettled text; the edits of other steps do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.tracked import apply_edits, undo_edits
from test_typo_settle_v19 import PAIR, rule_file

#: (what stands between the looping text and the chain as printed, the same in the cleaned text)
SEPARATORS = [
    pytest.param(",", "，", id="ascii-comma"),
    pytest.param("，", "，", id="full-width-comma"),
    pytest.param(" ", "", id="space"),
    pytest.param("\n", "\n", id="line-break"),
]


@pytest.mark.parametrize(("printed", "cleaned"), SEPARATORS)
def test_an_edit_of_another_step_between_does_not_join_them(
    tmp_path: Path, printed: str, cleaned: str
) -> None:
    """Before (ASCII comma, space): `甲丙丁，戍边防冶` and a line naming typo.fang-zhi, typo.shu-bian,
    u.ab, u.ba on `甲乙丁,戊边防冶`."""
    options = NormalizeOptions(rule_dirs=(rule_file(tmp_path / "r" / "u.toml", PAIR).parent,))
    page = f"甲乙丁{printed}戊边防冶工作。\n"
    said: list[str] = []
    out = normalize_text(page, options, warn=said.append)
    assert out.text == f"甲丙丁{cleaned}戍边防治工作。\n"
    assert [line.split(":")[0] for line in said] == ["typo rules u.ab, u.ba do not settle on 甲乙丁"]
    assert undo_edits(out.text, out.edits) == page
    assert apply_edits(page, out.edits) == out.text
    twice = normalize_text(out.text, options).text
    assert twice == f"甲乙丁{cleaned}戍边防治工作。\n"  # the settled part as once; the loop goes on
