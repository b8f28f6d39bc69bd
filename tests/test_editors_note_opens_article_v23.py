"""An editor's note (`【编者按】…`, `编者按：…`) printed over a headline introduces the article under it.

Before, such a note between two articles was the last paragraph of the article above, and one at a
page's top opened an article flagged as continued from elsewhere (TEI `part="F"`), the headline and
the writing collective under it (`上海第十七棉纺织厂工人理论小组`) a subsection's heads. Now the note
is the first paragraph of the article it introduces, which is not flagged as continued, and the
collective's name under the title is its byline. A note under a title, or after a story with no
headline under it (a note on that story), stays where it was.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import NS, article_parts, sectioned_head, tei_root

FIRST = ["大庆工人大干快上", "本报讯 大庆油田广大工人发扬\"铁人\"精神,今年原油产量比去年增长百分之二十。"]
NOTE = "【编者按】这篇调查报告很好。它说明,只要坚持毛主席的革命路线,就能够多快好省地建设社会主义。"
NOTE_COLON = "编者按:孔老二鼓吹的\"克己复礼\",是一条复辟倒退的反动路线。本报今天发表上海工人理论小组的文章。"
TITLE = "一个生产队的调查"
BODY = "红星生产队过去是个穷队。近几年来,他们坚持农业学大寨,粮食产量年年增长。"
COLLECTIVE = "上海第十七棉纺织厂工人理论小组"


def _page(*blocks: str) -> str:
    """A page of `blocks`, one blank line between two."""
    return "\n\n".join(blocks) + "\n"


def _json(tmp_path: Path, page: str) -> list[dict[str, Any]]:
    """The JSON export's articles."""
    articles: list[dict[str, Any]] = json.loads(
        convert_page(CliRunner(), tmp_path, page, "-f", "json", "-o", "-"))["articles"]
    return articles


def _opens(text: str) -> str:
    """The first hanzi of a note, to find it whatever the punctuation step made of its marks."""
    return text[:3] if text.startswith("编者") else text[1:4]


@pytest.mark.parametrize("note", [NOTE, NOTE_COLON], ids=["bracketed", "colon"])
@pytest.mark.parametrize("byline", [["本报通讯员"], [COLLECTIVE], []], ids=["byline", "collective", "none"])
def test_a_note_between_two_articles_opens_the_one_under_it(
    tmp_path: Path, note: str, byline: list[str]
) -> None:
    """Before: the note was the first article's last paragraph. Now the second article's first."""
    first, second = _json(tmp_path, _page(*FIRST, note, TITLE, *byline, BODY))
    assert len(first["paragraphs"]) == 1
    assert second["titles"] == [TITLE]
    assert second["byline"] == byline
    texts = [p["text"] for p in second["paragraphs"]]
    assert len(texts) == 2
    assert _opens(note) in texts[0][:4]
    assert texts[1].startswith("红星生产队")
    assert second["subheads"] == []


def test_a_note_at_the_page_top_opens_an_article_not_continued(tmp_path: Path) -> None:
    """Before: `part="F"` (continued from elsewhere), the title and the collective a subsection's heads.
    Now: one article, no `@part`, titled, the collective its byline, the note its first paragraph."""
    page = _page(NOTE_COLON, "\"克己复礼\"就是复辟资本主义", COLLECTIVE, BODY)
    tei = convert_page(CliRunner(), tmp_path, page, "-f", "tei", "-o", "-")
    divs = tei_root(tei).findall(".//t:div[@type='article']", NS)
    assert len(divs) == 1
    assert divs[0].get("part") is None
    (art,) = article_parts(tei, sectioned_head)
    assert art["heads"] == ["title:“克己复礼”就是复辟资本主义"]
    assert art["bylines"] == [COLLECTIVE]
    assert art["paragraphs"][0].startswith("编者按：")
    assert len(art["paragraphs"]) == 2


def test_a_collective_under_a_title_is_its_byline(tmp_path: Path) -> None:
    """Before: the collective's name was the title and the title its kicker. Now: title and byline."""
    (art,) = _json(tmp_path, _page("\"克己复礼\"就是复辟资本主义", COLLECTIVE, BODY))
    assert (art["titles"], art["kicker"], art["byline"]) == (["“克己复礼”就是复辟资本主义"], [], [COLLECTIVE])


@pytest.mark.parametrize(
    ("blocks", "paragraphs"),
    [
        ((*FIRST, NOTE), [2]),  # a note on the story above, the page's end under it
        ((*FIRST, NOTE, BODY), [3]),  # text under it, no headline
        ((TITLE, "本报通讯员", NOTE, BODY), [2]),  # under the title: the article's own
    ],
    ids=["page-end", "text-under", "under-title"],
)
def test_kept_as_before(tmp_path: Path, blocks: tuple[str, ...], paragraphs: list[int]) -> None:
    """A note with no headline under it stays the paragraph of the article it stands in."""
    assert [len(a["paragraphs"]) for a in _json(tmp_path, _page(*blocks))] == paragraphs
