"""Look-alike suggestions leave people's names alone: a swap inside a name is offered at low at most.

`printf '本报讯（记者冯雪）为方便市民出行。\\n' | layoutfix convert - -f txt --apply-suggestions high`
printed 记者冰雪: 冯 stands alone on the dictionary path, 冯/冰 is a look-alike pair and 冰雪 a
frequent word, so the documented safe level changed a reporter's name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix import NormalizeOptions, convert, normalize_text
from layoutfix.cli import app
from layoutfix.suggest import Suggestion, names, suggest

NAME = "冯雪"
#: Where a name stands in a page: after a reporter's label, in a byline, in a list of reporters, a
#: signature line under a letter, a photo credit, and as a person jieba's tagger reads in running text.
PLACES = [
    "本报讯（记者冯雪）为方便市民出行，公交加密了班次。",
    "本报记者 冯雪\n\n为方便市民出行，公交加密了班次。",
    "本报讯（通讯员 冯雪 记者 王丽）为方便市民出行。",
    "本报讯（记者 王丽 通讯员 冯雪）为方便市民出行。",
    "本报记者 王丽、冯雪\n\n为方便市民出行，公交加密了班次。",
    "编辑同志：\n\n感谢你们为方便市民出行所做的努力。\n冯雪\n",
    "（冯雪 摄）",
    "作者：冯雪",
    "冯雪说，为方便市民出行，公交加密了班次。",
    "他和冯雪一起检查了路面。",
]
#: Names a look-alike pair of the shipped table turns into a frequent word (found by running the
#: suggester over common surnames and given names): 严宇 → 严守, 范涛 → 范畴, 韩玉 → 韩国,
#: 杜兰 → 木兰, 肖亮 → 月亮, 付敏 → 过敏, 龙秀 → 优秀, 肖丽 → 俏丽.
OTHER_NAMES = ["严宇", "范涛", "韩玉", "杜兰", "肖亮", "付敏", "龙秀", "肖丽"]


def _in_name(text: str, name: str, s: Suggestion) -> bool:
    start = text.index(name)
    return start <= s.start < start + len(name)


@pytest.mark.parametrize("text", PLACES)
def test_a_name_is_offered_at_low_with_the_reason(text: str) -> None:
    found = [s for s in suggest(text) if _in_name(text, NAME, s)]
    assert found, "the swap is still offered for review"
    assert all(s.cert == "low" and s.why.startswith("a name: ") and NAME in s.why for s in found)


@pytest.mark.parametrize("text", PLACES)
def test_apply_high_through_the_api_keeps_the_name(text: str) -> None:
    tracked = normalize_text(text, NormalizeOptions(apply_suggestions="high"))
    assert NAME in tracked.text and "冰雪" not in tracked.text
    assert not any(r.startswith("suggest.") for e in tracked.edits for r in e.rules)
    result = convert(text.encode("utf-8"), fmt="txt", options=NormalizeOptions(apply_suggestions="high"))
    assert NAME in result.output and "冰雪" not in result.output


@pytest.mark.parametrize("name", OTHER_NAMES)
@pytest.mark.parametrize("template", ["本报讯（记者{}）为方便市民出行。", "{}说，这是好事。"])
def test_other_names_a_pair_turns_into_a_word(template: str, name: str) -> None:
    text = template.format(name)
    assert [s for s in suggest(text, min_cert="medium") if _in_name(text, name, s)] == []


def test_cli_convert_apply_high_keeps_the_reporter(tmp_path: Path) -> None:
    edits = tmp_path / "e.jsonl"
    args = ["convert", "-", "-f", "txt", "--apply-suggestions", "high", "--edits", str(edits)]
    result = CliRunner().invoke(app, args, input="本报讯（记者冯雪）为方便市民出行。\n")
    assert result.exit_code == 0, result.output
    assert "记者冯雪" in result.stdout and "冰雪" not in result.stdout
    rows = [json.loads(x) for x in edits.read_text("utf-8").splitlines()]
    assert not any(r.startswith("suggest.") for row in rows for r in row.get("rules", [row.get("rule", "")]))


def test_cli_suggest_lists_the_name_at_low() -> None:
    page = "本报讯（记者冯雪）为方便市民出行。\n"
    result = CliRunner().invoke(app, ["suggest", "-", "-f", "jsonl"], input=page)
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["before"], r["after"], r["cert"]) for r in rows] == [("冯", "冰", "low")]
    assert rows[0]["why"].startswith("a name: 冯雪 after the label 记者")


@pytest.mark.parametrize("text", [
    "记者冯雪报道：要进一步加强基础设施建没，改善民生。",  # a broken word beside a byline
    "白依战士奋战在抗疫一线。",  # 白依 reads as a name to the tagger, but 白衣战士 reaches past it
    "其中捐款17.07万园。",  # no name follows a numeral
])
def test_real_look_alikes_beside_or_like_names_keep_their_level(text: str) -> None:
    found = suggest(text, min_cert="medium")
    assert found and all(not s.why.startswith("a name") for s in found)


def test_a_name_the_caller_gave_may_still_correct_a_name() -> None:
    """A gazetteer of names is evidence about names: its hit keeps its certainty after a label."""
    found = suggest("本报讯（记者 玉小明）近日，", gazetteer=["王小明"])
    assert [(s.pair, s.cert) for s in found] == [("玉→王", "high")]


#: A piece of a line with no punctuation: a name jieba's tagger reads (冯雪) and a real look-alike it
#: takes for one (王米 for 玉米), both offered at low. Repeated, it makes one clause thousands of hanzi
#: long, which the tagger read again for each suggestion in it (minutes for 300 pieces).
LONG_PIECE = "市民冯雪表示出行更方便了王米丰收"
#: Names the shipped pairs turn into words, for a one-line list of names separated by spaces.
LISTED = [NAME, *OTHER_NAMES, "王丽", "杨帆"]


def _by_piece(pieces: list[str], sep: str) -> list[list[tuple[int, str, str, str]]]:
    """The suggestions of `pieces` joined by `sep`, each piece's apart, as offsets into the piece."""
    starts = [sum(len(p) + len(sep) for p in pieces[:k]) for k in range(len(pieces))]
    found: list[list[tuple[int, str, str, str]]] = [[] for _ in pieces]
    for s in suggest(sep.join(pieces)):
        k = max(i for i, start in enumerate(starts) if start <= s.start)
        found[k].append((s.start - starts[k], s.pair, s.cert, s.why))
    return found


@pytest.mark.parametrize("pieces, sep", [
    ([LONG_PIECE] * 300, ""),  # 4,800 hanzi, one clause
    ([LISTED[k % len(LISTED)] for k in range(400)], " "),  # a line of 400 names
])
def test_a_long_line_suggests_what_its_pieces_do(pieces: list[str], sep: str) -> None:
    alone = {p: _by_piece([p], sep)[0] for p in set(pieces)}
    assert all(alone.values()), "each piece holds a suggestion"
    assert _by_piece(pieces, sep) == [alone[p] for p in pieces]


def test_a_long_clause_is_tagged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """jieba's tagger reads each clause once per call, not once per suggestion in it: the work grows
    with the text, not with the text times its suggestions (not a timed test)."""
    tagger = names._pos_tokenizer()
    tagged: list[int] = []

    class Counting:
        def cut(self, text: str) -> Iterator[object]:
            tagged.append(len(text))
            return tagger.cut(text)

    monkeypatch.setattr(names, "_pos_tokenizer", Counting)
    text = LONG_PIECE * 60
    assert len(suggest(text)) == 120
    assert sum(tagged) <= 2 * len(text)
