"""A flat-text sentence cut at a line end stays one sentence when its first line is the shorter.

The wrap join (`join.wrap`) read a break as a wrap only where the line before it reaches the block's
widest line; a line shorter than the next (`他说了一些话，认为应当取` / `得成绩，并且…的水平。`) read as a
paragraph's end, so `convert -f txt` printed `取` / `得` apart and word counts had `取` and `得成绩`
instead of `取得`. Such a break now joins when the text says the sentence goes on: the line ends in a
hanzi inside a sentence begun with a comma, a dictionary word runs across the break or the line ends
on a particle, preposition or conjunction, and the next line ends the sentence or runs on. Short
lines that stand on their own (a paragraph's last line, a closing, verse, a title) keep their breaks
(`tests/data/short_lines_v23/` holds the pages that show it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

KEEPS = Path(__file__).resolve().parent / "data" / "short_lines_v23"

#: (the wrapped body, the sentence it must print as one line)
CUT_SENTENCES = [
    # the researcher's page: `取得` cut, the first line the shorter
    ("他说了一些话，认为应当取\n得成绩，并且进一步发展生产力和科学技术的水平。",
     "他说了一些话，认为应当取得成绩，并且进一步发展生产力和科学技术的水平。"),
    # cut after a preposition left open (`把`): no word runs across, the line cannot end a sentence
    ("会议强调，各级干部要切实把\n基层群众的冷暖放在心上，推动各项工作真正落到实处。",
     "会议强调，各级干部要切实把基层群众的冷暖放在心上，推动各项工作真正落到实处。"),
    # a short line between two full lines of the column
    ("近日，全市召开会议。会议强调，要抓好各项工作的落实，推动基层\n协商，要提高工作效\n"
     "率，并且进一步发展生产力和科学技术的水平，把好事办好办实。",
     "近日，全市召开会议。会议强调，要抓好各项工作的落实，推动基层协商，要提高工作效率，"
     "并且进一步发展生产力和科学技术的水平，把好事办好办实。"),
    # the next line runs on to a third before the sentence ends
    ("他说了一些话，认为应当取\n得成绩，并且进一步发展生产力和科学技术的水平，推动\n经济社会发展。",
     "他说了一些话，认为应当取得成绩，并且进一步发展生产力和科学技术的水平，推动经济社会发展。"),
    # traditional hanzi: the word across is read in simplified ones
    ("他說了一些話，認為應當取\n得成績，並且進一步發展生產力和科學技術的水平。",
     "他說了一些話，認為應當取得成績，並且進一步發展生產力和科學技術的水平。"),
]


def _convert(runner: CliRunner, page: Path, fmt: str, *extra: str) -> str:
    result = runner.invoke(app, ["convert", str(page), "-f", fmt, *extra])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("body", "joined"), CUT_SENTENCES)
def test_a_sentence_cut_after_a_shorter_line_prints_as_one_line(
    runner: CliRunner, tmp_path: Path, body: str, joined: str
) -> None:
    page = tmp_path / "c.txt"
    page.write_text(body + "\n", encoding="utf-8")
    assert _convert(runner, page, "txt").splitlines() == [joined]
    paragraphs = json.loads(_convert(runner, page, "json"))["articles"][0]["paragraphs"]
    assert [p["text"] for p in paragraphs] == [joined]


def test_the_join_is_a_wrap_edit_that_undoes_to_the_input(runner: CliRunner, tmp_path: Path) -> None:
    body, joined = CUT_SENTENCES[0]
    page, edits, out, back = (tmp_path / n for n in ("c.txt", "e.jsonl", "o.txt", "b.txt"))
    page.write_text(body + "\n", encoding="utf-8")
    _convert(runner, page, "txt", "--edits", str(edits))
    records = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert [(r["before"], r["after"], r["rule"], r["cert"]) for r in records] == [
        ("\n", "", "join.wrap", "medium")
    ]
    result = runner.invoke(app, ["edits", "apply", str(page), str(edits), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert joined in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["edits", "undo", str(out), str(edits), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == page.read_bytes()


def test_a_second_convert_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    page, again = tmp_path / "c.txt", tmp_path / "again.txt"
    page.write_text("\n\n".join(body for body, _ in CUT_SENTENCES) + "\n", encoding="utf-8")
    first = _convert(runner, page, "txt")
    assert first.split("\n\n") == [joined for _, joined in CUT_SENTENCES[:-1]] + [CUT_SENTENCES[-1][1] + "\n"]
    again.write_text(first, encoding="utf-8")
    assert _convert(runner, again, "txt") == first


#: Short lines that end a paragraph or stand on their own, in one block with a longer line after
#: them: no evidence of a cut sentence, so the break stays. One case per kind; the whole set of pages
#: is in `KEEPS`.
KEPT = [
    # a paragraph's last line, its full stop lost, before the next paragraph (no word across)
    "会议强调，会议要求加强领导\n"
    "各部门要认真贯彻落实会议精神，结合实际制定具体措施，确保各项任务落到实处。",
    # a closing formula: `此致敬礼` is one dictionary word across the break
    "会议强调，要抓好各项工作的落实，推动基层协商向纵深发展，把好事办好办实。\n此致\n"
    "敬礼！我们全体同学一起祝愿老师们身体健康，工作顺利，万事如意。",
    # a title with no comma over its lead, a word across the break (`发展中国家`)
    "推动经济发展\n中国家电企业今年上半年的出口额同比增长百分之十二，创下历史新高。",
    # a modern poem's lines
    "我是一条小河\n静静地流过那片古老的土地，和那些沉睡了千年的村庄。",
]


@pytest.mark.parametrize("body", KEPT)
def test_a_short_line_standing_on_its_own_keeps_its_break(
    runner: CliRunner, tmp_path: Path, body: str
) -> None:
    page = tmp_path / "k.txt"
    page.write_text(body + "\n", encoding="utf-8")
    out_lines = _convert(runner, page, "txt").splitlines()
    assert all(line in out_lines for line in body.splitlines())


def test_the_counter_case_pages_keep_every_short_line(runner: CliRunner) -> None:
    """Each page of `KEEPS` (paragraphs' short last lines, verse, titles over a longer lead, lists,
    closings, bylines, furniture, interviews, schedules) prints every short line followed by a
    longer one as a line of its own, as layoutfix did before the join of cut sentences: its `.keep`
    file lists them as that version printed them (the spacing step's output)."""
    pages = sorted(KEEPS.glob("*.txt"))
    assert len(pages) >= 40
    lost: list[str] = []
    for page in pages:
        out_lines = _convert(runner, page, "txt").splitlines()
        lost += [f"{page.name}: {line}" for line in _kept_lines(page) if line not in out_lines]
    assert lost == []


def _kept_lines(page: Path) -> list[str]:
    """The lines the page's `.keep` file lists: those that must print on their own."""
    return page.with_suffix(".keep").read_text(encoding="utf-8").splitlines()
