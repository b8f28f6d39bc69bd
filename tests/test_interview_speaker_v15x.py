"""An interview's speaker label alone on its line over a question (v15, helper X): `记者` /
`你如何看待这次会议的召开和意义？` read `记者` as a byline over a lead, so a new untitled article
started in the middle of the interview. A reporter's label with no name over a question is the
interview's text: the block stays one paragraph of the open article. A byline naming its writer
over a lead, and a bare label over a statement, stay bylines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from layoutfix.pipeline import convert

_NEWS = "专访市长王强\n\n本报讯 近日，本报记者专访了市长王强。\n\n"
_ANSWER = "\n\n王强\n我认为这次会议非常重要。\n"


def _articles(tmp_path: Path, text: str) -> list[dict[str, object]]:
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(convert(page, fmt="json").output)
    return [{"titles": a["titles"], "byline": a["byline"], "subheads": a["subheads"],
             "paragraphs": [p["text"] for p in a["paragraphs"]]} for a in data["articles"]]


@pytest.mark.parametrize(
    ("label", "question"),
    [
        ("记者", "你如何看待这次会议的召开和意义？"),
        ("本报记者", "今年的重点工作有哪些？"),
        ("记者", "面对新形势，您认为应该如何推进乡村振兴工作？"),
        ("记者", "“双减”政策落地后，学生的课后时间怎么安排?"),  # a Latin question mark
        ("記者", "你如何看待這次會議的召開和意義？"),  # traditional characters
    ],
)
def test_a_speaker_over_a_question_is_the_interviews_text(tmp_path: Path, label: str, question: str) -> None:
    (art,) = _articles(tmp_path, f"{_NEWS}{label}\n{question}{_ANSWER}")
    assert art["titles"] == ["专访市长王强"]
    assert art["byline"] == ["本报讯"]
    assert art["subheads"] == []
    paragraph = art["paragraphs"][1]  # type: ignore[index]
    assert paragraph.startswith(f"{label}\n{question.rstrip('?？')}")  # (the mark may be normalised)
    assert paragraph[-1] in "?？"


@pytest.mark.parametrize(
    ("block", "byline"),
    [
        ("本报记者 王丽\n近日，全市召开会议，部署今冬工作。", "本报记者 王丽"),  # a name: the writer
        ("记者\n近日，全市召开会议，部署今冬工作。", "记者"),  # a statement under the label
        ("记者 王丽\n你如何看待这次会议？", "记者 王丽"),  # a name beside the label
    ],
)
def test_a_byline_over_a_lead_stays_a_byline(tmp_path: Path, block: str, byline: str) -> None:
    arts = _articles(tmp_path, f"全市召开会议\n{block}\n")
    assert [a["byline"] for a in arts] == [[byline]]
