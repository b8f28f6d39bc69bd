"""A line opening with a reporter label and a verb is a sentence about the reporter, not a byline.

`记者了解到` / `全市已建成充电桩3000个。` (the text wrapped before its comma, or lost it) was printed as a
`<byline>记者了解到</byline>` over the rest of the sentence: `了解到` glued to the label was taken for a
name, since it spells no dictionary word in one piece (`了解` / `到`). jieba's tagger now reads a verb,
a preposition or an adverb there (`lexicon.opens_a_clause`), so the line stays the paragraph's, while
a label before a name (`记者 王丽`, `本报记者王丽`, `记者 张扬`, `记者从文`) is a byline as before.
"""

from __future__ import annotations

import pytest
from lxml import etree

import layoutfix
from layoutfix.lexicon import opens_a_clause

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "兰州新区打造西部陆港枢纽"
BODY = "会议强调，要抓好冬季供暖工作，确保群众温暖过冬。"

#: What the reporter does, and the rest of the sentence on the next line.
CLAUSES = [
    ("了解到", "全市已建成充电桩3000个，覆盖所有县区。"),
    ("注意到", "不少市民带着孩子前来参观。"),
    ("在现场", "看到工人们正在检修设备。"),
    ("从市里", "获悉全市已建成充电桩3000个。"),
    ("曾在现场", "看到工人们正在检修设备。"),
    ("在采访中", "发现不少群众前来咨询。"),
    ("看到", "工人们正在检修设备。"),
]
LABELS = ["记者", "本报记者", "通讯员"]


def article(page: str) -> tuple[list[str], list[str]]:
    """The `<byline>` and `<p>` texts of the article(s) of the TEI `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    body = root.find(".//tei:body", TEI)
    assert body is not None
    bylines = ["".join(b.itertext()) for b in body.iterfind(".//tei:byline", TEI)]
    paragraphs = ["".join(p.itertext()) for p in body.iterfind(".//tei:p", TEI)]
    return bylines, paragraphs


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("gap", ["", " "])
@pytest.mark.parametrize(("clause", "rest"), CLAUSES)
def test_a_wrapped_sentence_about_the_reporter_stays_in_its_paragraph(
    label: str, gap: str, clause: str, rest: str
) -> None:
    bylines, paragraphs = article(f"{TITLE}\n\n{label}{gap}{clause}\n{rest}\n\n{BODY}\n")
    assert bylines == []
    assert f"{label}{clause}" in "".join(paragraphs).replace(" ", "")


@pytest.mark.parametrize(("clause", "rest"), CLAUSES)
def test_a_clause_after_a_spaced_label_opens_no_byline_over_the_lead(clause: str, rest: str) -> None:
    """`记者 了解到 全市…` (a stray space, a lost comma): no spaced byline is cut off its line."""
    bylines, paragraphs = article(f"{TITLE}\n\n记者 {clause} {rest}\n")
    assert bylines == []
    assert [p.replace(" ", "") for p in paragraphs] == [f"记者{clause}{rest}"]


@pytest.mark.parametrize(
    "byline",
    [
        "记者 王丽",
        "本报记者王丽",
        "记者 王丽 李华",
        "记者 张扬",  # a name that is also a verb: jieba tags it a name
        "记者 向阳 李华",
        "记者 曾伟",  # 曾 (once) is a surname too
        "记者从文",  # a surname and one hanzi: a name, whatever 从 is elsewhere
        "记者 周到",
        "记者王丽华",
        "记者 欧阳晓明",
        "通讯员 张强",
    ],
)
def test_a_label_before_a_name_stays_a_byline(byline: str) -> None:
    bylines, paragraphs = article(f"{TITLE}\n\n{byline}\n{BODY}\n")
    assert bylines == [byline]
    assert paragraphs == [BODY]


def test_a_spaced_byline_before_its_lead_is_unchanged() -> None:
    bylines, paragraphs = article(f"{TITLE}\n\n本报记者 王丽 通讯员 张强 近日，全市召开会议。\n")
    assert (bylines, paragraphs) == (["本报记者 王丽 通讯员 张强"], ["近日，全市召开会议。"])


@pytest.mark.parametrize("column", ["记者观察", "记者手记", "记者调查", "记者直击"])
def test_a_column_name_over_prose_stays_a_heading(column: str) -> None:
    """A reporter's column (a bare verb or noun after the label) heads the prose under it."""
    root = etree.fromstring(layoutfix.convert(f"{TITLE}\n\n{column}\n{BODY}\n").output.encode("utf-8"))
    heads = ["".join(h.itertext()) for h in root.iterfind(".//tei:body//tei:head", TEI)]
    assert column in heads


@pytest.mark.parametrize(("clause", "rest"), [c for c in CLAUSES if c[0] != "看到"])
def test_opens_a_clause_reads_the_verbs_and_prepositions(clause: str, rest: str) -> None:
    assert opens_a_clause(clause)


@pytest.mark.parametrize("name", ["王丽", "张扬", "向阳", "曾伟", "从文", "周到", "欧阳晓明", "王丽华"])
def test_opens_a_clause_leaves_names(name: str) -> None:
    assert not opens_a_clause(name)
