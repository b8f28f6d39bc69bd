"""A bare jump line inside a block, under a line the paper cut off mid-sentence at the jump, is the
continuation marker: a paper breaks off an article wherever its column ends. Commit 81deb43 read such
a line as words of the sentence (to spare the rare prose line wrapped to `转4版`), which glued the
marker into the text (`…推动经济转4版`) and lost the link to the other page; it was taken out."""

from __future__ import annotations

import pytest

from block_pages import FORMATS, TITLE
from block_pages import convert_json as _doc


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("marker", "key", "page"), [
    ("转4版", "to_page", "4"), ("下转第4版", "to_page", "4"), ("转A4版", "to_page", "A4"),
])
def test_a_jump_line_under_a_sentence_cut_at_the_jump_is_the_marker(
    fmt: str, marker: str, key: str, page: str
) -> None:
    block = ["本报讯 近日，全市召开会议，要求各地推动经济", marker, "本报讯 昨日，市政府召开常务会议。"]
    doc = _doc([TITLE, block], fmt)
    first = doc["articles"][0]
    assert first["continuation"][key] == page
    texts = ["".join(p["text"].split()) for a in doc["articles"] for p in a["paragraphs"]]
    assert not any(marker in t for t in texts)  # never glued into the text
    assert any(t.endswith("要求各地推动经济") for t in texts)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_jump_line_from_another_page_inside_a_block_links_back(fmt: str) -> None:
    block = ["本报讯 近日，全市召开会议，要求各地", "接1版", "推动经济高质量发展。"]
    doc = _doc([TITLE, block], fmt)
    froms = [a["continuation"]["from_page"] for a in doc["articles"]]
    assert "1" in froms
    texts = ["".join(p["text"].split()) for a in doc["articles"] for p in a["paragraphs"]]
    assert not any("接1版" in t for t in texts)
