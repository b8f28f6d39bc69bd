"""A reader's letter signed with who the reader is (helper LETTERS, v28; W17 finding 4).

An archivist converting a letters page found a letter's signer kept as text or made a heading:
- `（兰州市民 王建国）`, `（甘肃兰州 读者 王建国）`, `（读者 王建国）` under the letter came out a plain
  `<p>` (only the name alone, `（王建国）`, closed the letter as `<closer><signed>`);
- `兰州市民 王建国` unbracketed over the paper's reply label `记者调查` became the heading of a
  subsection holding the reply.
Now each closes the letter as its `<closer>`; the reply reads as it does under `（王建国）`: the
next article. A news story's bracketed line, a note and a reporter's signature read as before.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

LETTER = (
    "读者来信\n\n小区电梯何时能修好?\n\n编辑同志:\n\n"
    "我是兰州市安宁区某小区的居民,电梯已经停运两个多月了。希望有关部门能够重视。\n\n"
)
REPLY = "\n\n记者调查\n\n接到读者来信后,记者来到该小区。\n"


def _tei(page: str) -> str:
    """The TEI `layoutfix convert - -f tei` writes for the flat page `page`."""
    result = CliRunner().invoke(app, ["convert", "-", "-f", "tei", "-o", "-"], input=page)
    assert result.exit_code == 0, result.output
    return result.output


def _signed(tei: str) -> list[str]:
    """The text of every `<signed>` in the TEI."""
    out = []
    for chunk in tei.split("<signed>")[1:]:
        out.append(chunk.split("</signed>")[0])
    return out


@pytest.mark.parametrize(
    ("signer", "name"),
    [
        ("（兰州市民 王建国）", "兰州市民 王建国"),
        ("（甘肃兰州 读者 王建国）", "甘肃兰州 读者 王建国"),
        ("（读者 王建国）", "读者 王建国"),
        ("兰州市民 王建国", "兰州市民 王建国"),
        ("甘肃兰州 读者 王建国", "甘肃兰州 读者 王建国"),
    ],
)
@pytest.mark.parametrize("after", [REPLY, "\n", "\n\n回音壁\n\n有关部门回复:电梯将于下周修好。\n"])
def test_reader_signer_closes_the_letter(signer: str, name: str, after: str) -> None:
    """The signer line is the letter's `<signed>`, not a paragraph nor a heading; the reply after
    it is an article of its own, its label its title, as under `（王建国）`."""
    tei = _tei(LETTER + signer + after)
    assert _signed(tei) == [name]
    assert f"<p>{signer}</p>" not in tei and f"<head>{signer}</head>" not in tei
    if after.strip():
        label = after.split()[0]
        assert tei.count('<div type="article"') == 2
        assert f"<head>{label}</head>" in tei.split('<div type="article"')[2]


def test_bracketed_signer_matches_the_bare_name() -> None:
    """`（兰州市民 王建国）` and `（王建国）` give the same structure: the letter, then the reply."""
    described = _tei(LETTER + "（兰州市民 王建国）" + REPLY)
    bare = _tei(LETTER + "（王建国）" + REPLY)
    assert described.replace("兰州市民 ", "").split("<text")[1] == bare.split("<text")[1]


def test_traditional_letter_from_taipei() -> None:
    """A Taiwan paper's `讀者來函` signed `（台北 讀者 陳志明）` over `記者調查` closes the same way."""
    page = (
        "讀者來函\n\n社區電梯何時修好?\n\n編輯先生:\n\n我是台北市某社區的住戶,電梯已經停運兩個多月了。\n\n"
        "（台北 讀者 陳志明）\n\n記者調查\n\n接到讀者來函後,記者來到該社區。\n"
    )
    tei = _tei(page)
    assert _signed(tei) == ["台北 讀者 陳志明"]
    assert "<head>記者調查</head>" in tei.split('<div type="article"')[2]


def test_next_letter_after_bracketed_signer() -> None:
    """Two letters, each signed in brackets with who the reader is: two articles, each closed."""
    page = (
        "读者来信\n\n小区电梯何时能修好?\n\n编辑同志:\n\n电梯已经停运两个多月了。\n\n（兰州市民 王建国）\n\n"
        "编辑同志:\n\n村里的路坑坑洼洼,希望早日修好。\n\n（榆中县 村民 李明）\n"
    )
    tei = _tei(page)
    assert _signed(tei) == ["兰州市民 王建国", "榆中县 村民 李明"]
    assert tei.count('<div type="article"') == 2


@pytest.mark.parametrize(
    "page",
    [
        # a news story: the bracketed line is its text, the label under it its subsection
        "小区电梯停运两月\n\n本报讯 兰州市安宁区某小区电梯停运两个多月,居民出行困难。\n\n"
        "（兰州市民 王建国）\n\n记者调查\n\n记者来到该小区。\n",
        # a note in brackets under a letter
        LETTER + "（本文有删节）" + REPLY,
        # the signer line with the letter going on under it
        LETTER + "（读者 王建国）\n\n希望有关部门早日解决。\n",
    ],
)
def test_other_bracketed_lines_stay_text(page: str) -> None:
    """A bracketed line that is no letter's signer, or not where one stands, is not signed."""
    assert _signed(_tei(page)) == []


def test_reporter_signature_under_letter_unchanged() -> None:
    """A reporter's signature keeps its `<signed>` with the reporter's label."""
    assert _signed(_tei(LETTER + "（记者 王丽）" + REPLY)) == ["记者 王丽"]
