"""Spaces that separate fields survive on pages printed in traditional characters.

The spacing step keeps the gap after a dateline (`本报兰州讯 10月10日`) and the gaps of a spaced byline
(`本报记者 王丽 通讯员 张强 近日,…`), and the labels cut such a byline off the lead paragraph. Their
literals are simplified; a traditional page must get the same gaps and the same split. Every
traditional input here is its simplified twin converted with OpenCC s2t, and every expectation is the
twin's own result: the same edits at the same offsets (s2t keeps the length), and bylines and
paragraphs that read as the twin's under t2s.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import opencc
import pytest
from typer.testing import CliRunner

import layoutfix
import test_spaced_bylines as spaced
from layoutfix.cli import app
from layoutfix.layout import roles
from layoutfix.model import Document
from layoutfix.normalize import NormalizeOptions
from layoutfix.pipeline import build_document, render

_S2T = opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """`text` in traditional characters; the conversion must change it and keep its length."""
    converted = _S2T.convert(text)
    assert converted != text and len(converted) == len(text)
    return converted


def simplified(texts: list[str]) -> list[str]:
    return [roles.t2s_converter().convert(t) for t in texts]


def _params(test: Any) -> list[Any]:
    """The values a test of test_spaced_bylines is parametrized with (its guards stay in one place)."""
    (mark,) = [m for m in test.pytestmark if m.name == "parametrize"]
    return list(mark.args[1])


def edits(doc: Document) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.rule) for e in doc.edits]


def assert_like_twin(line: str, options: NormalizeOptions | None = None) -> None:
    """The page with `line` in traditional characters has the edits, bylines and paragraphs of the
    simplified page with `line`."""
    page = spaced.page(line)
    twin = build_document(page, options=options or NormalizeOptions())
    trad = build_document(traditional(page), options=options or NormalizeOptions())
    assert edits(trad) == edits(twin)
    twin_parts = spaced.article_text(render(twin))
    trad_bylines, trad_paragraphs = spaced.article_text(render(trad))
    assert (simplified(trad_bylines), simplified(trad_paragraphs)) == twin_parts


def traditional_bylines(doc: Document) -> list[str]:
    return [traditional(b.text) for a in doc.articles for b in a.bylines]


#: Lead lines whose dateline gap the spacing step keeps (it does not delete the space after 讯 / 电).
DATELINES = [
    "本报兰州讯 10月10日，兰州新区召开会议。",
    "新华社兰州10月9日电 兰州新区召开会议。",
    "本报讯 10月10日，兰州新区召开会议。",
]


@pytest.mark.parametrize("line", [line for line, _byline, _lead in spaced.SPLIT])
def test_a_traditional_spaced_byline_is_cut_with_its_spaces_like_its_twin(line: str) -> None:
    assert_like_twin(line)


@pytest.mark.parametrize("line", DATELINES)
def test_a_traditional_dateline_keeps_its_gap_like_its_twin(line: str) -> None:
    assert_like_twin(line)


def test_a_dateline_opening_a_later_line_keeps_its_gap_on_a_traditional_page() -> None:
    """Not cut off by the labels (it does not open its block): the gap is in the output text."""
    text = "会议要闻\n\n兰州新区召开会议，部署工作。\n本报兰州讯 10月10日，兰州新区召开会议。\n"
    twin, trad = build_document(text), build_document(traditional(text))
    assert edits(trad) == edits(twin)
    assert roles.t2s_converter().convert(trad.text) == twin.text
    assert "本報蘭州訊 10月10日" in trad.text


@pytest.mark.parametrize("line", [*DATELINES, "本报记者 王丽 通讯员 张强 " + spaced.BODY])
def test_a_page_turned_traditional_by_variants_keeps_its_gaps(line: str) -> None:
    """`--variants s2t` makes the page traditional before the spacing step: the same gaps stay."""
    page = spaced.page(line)
    plain = build_document(page)
    converted = build_document(page, options=NormalizeOptions(variants="s2t"))
    space = [e for e in edits(converted) if e[2].startswith("space.")]
    assert space == [e for e in edits(plain) if e[2].startswith("space.")]
    assert [b.text for a in converted.articles for b in a.bylines] == traditional_bylines(plain)


@pytest.mark.parametrize(
    "line", _params(spaced.test_running_text_opening_like_a_byline_stays_one_paragraph)
)
def test_traditional_running_text_opening_like_a_byline_stays_one_paragraph(line: str) -> None:
    """The false-positive guards of test_spaced_bylines, in traditional characters: no byline, and the
    spaces go as on the twin."""
    assert_like_twin(line)
    bylines, _paragraphs = spaced.article_text(layoutfix.convert(traditional(spaced.page(line))).output)
    assert bylines == []


@pytest.mark.parametrize("line", _params(spaced.test_a_byline_on_its_own_stays_one_byline))
def test_a_traditional_byline_on_its_own_stays_one_byline(line: str) -> None:
    assert_like_twin(line)


def test_traditional_dictionary_words_opening_with_a_label_are_never_cut_as_bylines() -> None:
    """test_spaced_bylines' dictionary words (记者会, 通讯员队伍...) in traditional characters."""
    words = [w for w in spaced.label_words() if _S2T.convert(w) != w]  # the others: the simplified test
    assert {"记者会", "记者站", "新华社摄影部"} <= set(words)
    for word in words:
        for line in (f"{word} 近日在兰州召开会议。", f"{word} 工作 在兰州召开会议。"):
            doc = build_document(traditional(spaced.page(line)))
            assert [b.text for a in doc.articles for b in a.bylines] == [], line


def test_cli_keeps_a_traditional_byline_apart_with_no_space_deleted(tmp_path: Path) -> None:
    """The brief's reproducer through the command line: txt output and edit log as the twin's."""
    line = "本报记者 王丽 通讯员 张强 " + spaced.BODY
    outputs = []
    for name, text in (("s", spaced.page(line)), ("t", traditional(spaced.page(line)))):
        src = tmp_path / f"{name}.txt"
        src.write_text(text, encoding="utf-8")
        log = tmp_path / f"{name}.edits.jsonl"
        result = CliRunner().invoke(app, ["convert", str(src), "--format", "txt", "--edits", str(log)])
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""
        rules = [json.loads(x)["rule"] for x in log.read_text(encoding="utf-8").splitlines()]
        outputs.append((result.stdout.split("\n\n"), rules))
    (twin_blocks, twin_rules), (trad_blocks, trad_rules) = outputs
    assert trad_rules == twin_rules
    assert simplified(trad_blocks) == twin_blocks


def test_a_simplified_page_with_gaps_is_still_converted_once(t2s_calls: list[int]) -> None:
    """Reading traditional datelines and bylines costs a simplified page no conversion of its own."""
    text = spaced.page("本报记者 王丽 通讯员 张强 " + spaced.BODY) + "\n" + DATELINES[0] + "\n"
    doc = build_document(text)
    assert doc.lang == "zh-Hans"
    assert len(t2s_calls) == 1
