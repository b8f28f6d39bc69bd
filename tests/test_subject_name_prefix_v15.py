"""A bare name under a title is the article's subject (its title) only when the lead opens with that
name as a word, not when the name is only the start of the lead's first word (`王丽` over
`王丽娟家的院子里…`, `张伟` over `张伟大的祖国…`): there it stays the writer, the byline.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import layoutfix
from layoutfix.layout import assemble


def _article(page: str) -> dict[str, Any]:
    doc = json.loads(layoutfix.convert(page.encode(), fmt="json", input_format="txt").output)
    assert len(doc["articles"]) == 1
    art: dict[str, Any] = doc["articles"][0]
    return art


#: (name, lead): leads opening with a longer word that the name only begins.
PREFIXES = [
    ("王丽", "王丽娟家的院子里种满了菊花。"),
    ("张伟", "张伟大的祖国处处充满生机。"),
    ("张伟", "张伟大力推进乡村振兴，成效明显。"),
    ("王丽", "王丽丽是村里有名的种菊能手。"),
]
#: (name, lead): leads opening with the name as a word.
WORDS = [
    ("王丽", "王丽在车间里忙碌了一整天。"),
    ("李秀英", "李秀英今年七十岁，种菊已有四十年。"),
    ("张明", "张明明白，这条路并不好走。"),
    ("黄大年", "黄大年，著名地球物理学家。"),
]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # the lead in a block of its own, or in the same block
@pytest.mark.parametrize("name, lead", PREFIXES)
def test_a_name_only_beginning_the_leads_first_word_stays_the_byline(name: str, lead: str, gap: str) -> None:
    """Before, the name was the title and the title line above it a kicker; now it is the byline."""
    art = _article(f"秋思\n{name}{gap}{lead}\n")
    assert (art["kicker"], art["titles"], art["byline"]) == ([], ["秋思"], [name])
    assert [p["text"] for p in art["paragraphs"]] == [lead]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("name, lead", WORDS)
def test_a_name_the_lead_opens_with_as_a_word_is_the_title(name: str, lead: str, gap: str) -> None:
    """Guard: the subject's name over a lead opening with it is still the title."""
    art = _article(f"时代楷模\n{name}{gap}{lead}\n")
    assert (art["kicker"], art["titles"], art["byline"]) == (["时代楷模"], [name], [])


def test_a_lead_not_opening_with_the_name_costs_no_name_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap test first: a lead that does not open with the byline's text is answered without
    the jieba pass of `is_bare_names_line` (before, every bare-name byline over a lead paid it)."""
    calls: list[str] = []
    real = assemble.is_bare_names_line

    def spy(text: str) -> bool:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(assemble, "is_bare_names_line", spy)
    art = _article("秋日登高\n张明\n\n重阳节当天，市民纷纷登山赏秋。\n")
    assert art["byline"] == ["张明"]
    assert calls == []
