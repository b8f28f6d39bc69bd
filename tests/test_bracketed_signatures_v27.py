"""A bracketed signature naming an organisation or a role and a name signs its piece; a padded name
inside brackets loses its padding, not the gap before it.

What the user sees with `layoutfix convert -f tei`: `（甘肃正天合律师事务所 赵磊）` and `（律师 赵磊）`
ending a reader's Q&A are the article's `closer/signed`, as `（赵磊）` was. Before (W16 finding 11)
the organisation's line was a title opening an empty article and the role's a paragraph. With
`layoutfix normalize`, `（记者 孙 浩）` gives `（记者 孙浩）` and `（甘肃正天合律师事务所 赵 磊）` gives
`（甘肃正天合律师事务所 赵磊）`; before, both gaps went (`（记者孙浩）`), as `本报记者 张 明` keeps its
label's gap and loses the padding.
"""

from __future__ import annotations

import pytest

from cli_pages import convert_stdin, normalize_stdin
from tei_parts import articles_by_id, own_heads, signed_texts

QA = (
    "读者问答\n\n读者问：商家拒绝退货，我该怎么办？\n\n"
    "律师答：您可以先与商家协商，协商不成的，可拨打12315投诉。\n\n"
)


@pytest.mark.parametrize(
    ("signature", "signed"),
    [
        ("（甘肃正天合律师事务所 赵磊）", "甘肃正天合律师事务所 赵磊"),
        ("（甘肃正天合律师事务所 赵 磊）", "甘肃正天合律师事务所 赵磊"),
        ("（律师 赵磊）", "律师 赵磊"),
        ("（兰州大学第一医院主任医师 王丽）", "兰州大学第一医院主任医师 王丽"),
        ("（赵磊）", "赵磊"),
    ],
)
def test_the_signature_signs_the_column(signature: str, signed: str) -> None:
    """One article, titled by the column's name, signed with the whole bracketed line."""
    articles = list(articles_by_id(convert_stdin(QA + signature + "\n", "-f", "tei")).values())
    assert len(articles) == 1
    assert own_heads(articles[0]) == ["读者问答"]
    assert signed_texts(articles[0]) == [signed]


@pytest.mark.parametrize("line", ["（北京市律师协会）", "（市委宣传部供稿）"])
def test_an_organisation_alone_signs_no_name(line: str) -> None:
    """Words in brackets naming no person are not read as a signature naming one: no `signed` holds
    them (they read as before)."""
    tei = convert_stdin(QA + line + "\n", "-f", "tei")
    assert all(line.strip("（）") not in s for a in articles_by_id(tei).values() for s in signed_texts(a))


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("本报讯 (记者 孙 浩)11月2日晚，海港队获胜。\n", "本报讯（记者 孙浩）11月2日晚，海港队获胜。\n"),
        ("（记者 孙 浩）11月2日晚，海港队获胜。\n", "（记者 孙浩）11月2日晚，海港队获胜。\n"),
        ("昨天，全市召开会议。\n\n（本报记者 张 明）\n", "昨天，全市召开会议。\n\n（本报记者 张明）\n"),
        ("您可以先与商家协商。\n\n（甘肃正天合律师事务所 赵 磊）\n",
         "您可以先与商家协商。\n\n（甘肃正天合律师事务所 赵磊）\n"),
        ("您可以先与商家协商。\n\n（律师 赵 磊）\n", "您可以先与商家协商。\n\n（律师 赵磊）\n"),
        ("育种是一件慢功夫。\n\n（本报记者 李 明 整理）\n", "育种是一件慢功夫。\n\n（本报记者 李明 整理）\n"),
        ("会议\n\n（会议 现 场）\n", "会议\n\n（会议现场）\n"),
    ],
)
def test_a_padded_name_in_brackets_loses_its_padding_only(page: str, expected: str) -> None:
    """The padding inside the name goes; the gap between label, organisation or role and the name
    stays. Words that name no one are glued as before."""
    assert normalize_stdin(page) == expected
