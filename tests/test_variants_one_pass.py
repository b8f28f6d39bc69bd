"""`--variants` writes what one OpenCC pass writes, and a second run of layoutfix changes nothing.

OpenCC's simplified-to-traditional configs convert their own output again (征討 -> 徵討); a step that
converted each line to its fixed point wrote those second conversions, which are wrong characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.hanscript import opencc_converter
from layoutfix.normalize.variants import available_configs, converter
from layoutfix.tracked import TrackedText, undo_edits

ROOT = Path(__file__).resolve().parents[1]
_HAN = regex.compile(r"\p{Han}")
#: Lines whose one s2t pass converts again on a second pass: the first from no page (the brief's
#: case), the others from tests/pages/section-label.txt and bench/data/news.txt.
DRIFTING = ["征讨叛军", "履职风采", "该镇成立了由老党员、退休教师组成的调解委员会，及时化解邻里纠纷。"]
TO_TRADITIONAL = [c for c in available_configs() if c.startswith("s2")]


def sample_lines() -> list[str]:
    """Every distinct line holding a Han character on the repository's flat sample pages."""
    pages = [ROOT / "examples" / "seed-page.txt", ROOT / "bench" / "data" / "news.txt"]
    pages += sorted((ROOT / "tests" / "pages").glob("*.txt"))
    pages += sorted((ROOT / "golden").glob("*/input.txt")) + sorted((ROOT / "golden").glob("*/input/*.txt"))
    lines = (line for page in pages for line in page.read_text(encoding="utf-8").split("\n"))
    return list(dict.fromkeys(line for line in lines if _HAN.search(line)))


def test_s2t_writes_zheng_tao_as_one_opencc_pass_does() -> None:
    step = converter("s2t")
    once = step(TrackedText("征讨叛军"))
    assert once.text == "征討叛軍"  # the fixed point was 徵討叛軍
    assert [(e.before, e.after) for e in once.edits] == [("讨", "討"), ("军", "軍")]
    twice = step(once)
    assert twice.text == once.text and twice.edits == once.edits


@pytest.mark.parametrize("config", TO_TRADITIONAL)
@pytest.mark.parametrize("line", DRIFTING, ids=["zheng-tao", "feng-cai", "lin-li"])
def test_a_drifting_line_gets_one_pass_and_keeps_it(config: str, line: str) -> None:
    cc = opencc_converter(config)
    assert cc.convert(cc.convert(line)) != cc.convert(line)  # the premise: OpenCC drifts here
    step = converter(config)
    once = step(TrackedText(line))
    assert once.text == cc.convert(line)
    assert step(once).text == once.text
    assert undo_edits(once.text, once.edits) == line


def test_a_traditional_line_stays_as_written() -> None:
    # 風采 is right in traditional text: one s2t pass would still make it 風採.
    t = converter("s2t")(TrackedText("履職風采\n征討叛軍"))
    assert t.text == "履職風采\n征討叛軍"
    assert t.edits == []


def test_every_config_on_every_sample_line_is_one_pass_and_stable() -> None:
    lines = sample_lines()
    assert len(lines) > 200
    for config in available_configs():
        cc = opencc_converter(config)
        step = converter(config)
        for line in lines:
            once = step(TrackedText(line))
            assert once.text == cc.convert(line), (config, line)
            assert step(once).text == once.text, (config, line)


def test_cli_s2t_twice_changes_nothing_the_second_time(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("履职风采\n\n出兵征讨，及时化解邻里纠纷。\n", encoding="utf-8")
    first = runner.invoke(app, ["normalize", "--variants", "s2t", str(page)])
    assert first.exit_code == 0, first.stderr
    assert first.stdout == "履職風采\n\n出兵征討，及時化解鄰里糾紛。\n"
    again = tmp_path / "again.txt"
    again.write_text(first.stdout, encoding="utf-8")
    log = tmp_path / "again.jsonl"
    second = runner.invoke(app, ["normalize", "--variants", "s2t", "--edits", str(log), str(again)])
    assert second.exit_code == 0, second.stderr
    assert second.stdout == first.stdout
    assert log.read_text(encoding="utf-8") == ""
