"""A byline of two lines over a question lead (fifteenth session, reviewer's findings, helper RA).

Before (since fdaab12): `本报记者` / `王丽` / `城市如何更宜居？近日，…` in one block read the label as
an interview's speaker over a question (`roles.speaks_a_question`): the article lost its byline, the
label became the first line of a paragraph. A speaker's question opens on the line under the label;
a line of bare names there names the writer, so the block is read as a byline over a lead again, as
the same block over a statement is. Guards: tests/test_interview_speaker_v15x.py (a bare label over
the question itself stays the interview's text).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cli_pages import convert_stdin

TITLE = "城市更新调查"
QUESTION_LEADS = ["城市如何更宜居？近日，记者走访了多个社区。", "老旧小区怎么改？记者进行了调查。"]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


@pytest.mark.parametrize("label", ["本报记者", "记者", "通讯员", "本報記者"])
@pytest.mark.parametrize("names", ["王丽", "王丽 李华", "张明"])
@pytest.mark.parametrize("lead", QUESTION_LEADS)
def test_a_label_over_a_name_over_a_question_lead_is_a_byline(label: str, names: str, lead: str) -> None:
    statement = _articles(f"{TITLE}\n\n{label}\n{names}\n近日，记者走访了多个社区。\n")
    question = _articles(f"{TITLE}\n\n{label}\n{names}\n{lead}\n")
    assert len(question) == 1
    assert question[0]["titles"] == [TITLE]
    assert question[0]["byline"] == statement[0]["byline"]
    assert question[0]["byline"] != []
    text = "".join(p["text"] for p in question[0]["paragraphs"])
    assert not text.startswith(label)
    assert lead in text.replace("\n", "")


def test_the_reported_block_keeps_the_byline_in_tei() -> None:
    tei = convert_stdin(f"{TITLE}\n\n本报记者\n王丽\n{QUESTION_LEADS[0]}\n", "-f", "tei")
    assert "<byline>本报记者" in tei
