"""A spaced byline whose last field is a bare reporter label keeps the gap before its lead (v19).

`本报记者 王丽 通讯员 他说近日，…`: the byline's labels read `本报记者 王丽` and stop at `通讯员`, which no
name follows, so the spacing step glued the label to the lead's words (`通讯员他说近日，…`), while
`本报记者 王丽 近日，…` keeps its gap before the lead. The same line with a stray space in the lead
(`通讯员 他 说 近日，…`) read `通讯员` as a field and kept the gap on the first run, then lost it on the
second; since a pass decides its block again (7c0590d), it lost it on the first. Now the gap after a
bare label ending a byline stays, as between a name and the lead, when the hanzi after it open with
no surname (no name of the label's) and no clause about the reporter (`记者 从中了解到，…` is prose).
"""

from __future__ import annotations

import pytest

from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.pipeline import convert

LEAD = "全市召开会议。"

#: (input, output): the gap after the bare label stays; stray spaces in the lead go.
KEPT = [
    (f"本报记者 王丽 通讯员 他 说 近日，{LEAD}", f"本报记者 王丽 通讯员 他说近日，{LEAD}"),
    (f"本报记者 王丽 通讯员 他说近日，{LEAD}", f"本报记者 王丽 通讯员 他说近日，{LEAD}"),
    (f"本报记者 王丽 通讯员 他说，{LEAD}", f"本报记者 王丽 通讯员 他说，{LEAD}"),
    (f"本报记者 王丽 特约通讯员 他说近日，{LEAD}", f"本报记者 王丽 特约通讯员 他说近日，{LEAD}"),
    (f"记者 王丽 实习生 他说近日，{LEAD}", f"记者 王丽 实习生 他说近日，{LEAD}"),
    # under a title line of its block
    (f"全市召开会议\n本报记者 王丽 通讯员 他说近日，{LEAD}",
     f"全市召开会议\n本报记者 王丽 通讯员 他说近日，{LEAD}"),
    # a traditional page, read through its simplified view
    ("本報記者 王麗 通訊員 他說近日，全市召開會議。", "本報記者 王麗 通訊員 他說近日，全市召開會議。"),
    ("本報記者 王麗 通訊員 他 說 近日，全市召開會議。", "本報記者 王麗 通訊員 他說近日，全市召開會議。"),
]

#: (input, output) that were right before and must stay so: the gap after a label glued to what
#: follows goes when the label opens its block, when a name or a clause about the reporter follows it.
GLUED = [
    # a label opening its block is the sentence's subject
    (f"通讯员 他说近日，{LEAD}", f"通讯员他说近日，{LEAD}"),
    (f"记者 从中 了解到，{LEAD}", f"记者从中了解到，{LEAD}"),
    (f"记者 近日从市政协获悉，{LEAD}", f"记者近日从市政协获悉，{LEAD}"),
    # after a byline: a clause about the reporter, a name glued into a sentence
    (f"本报记者 王丽 记者 从中了解到，{LEAD}", f"本报记者 王丽 记者从中了解到，{LEAD}"),
    (f"本报记者 王丽 记者 了解到，{LEAD}", f"本报记者 王丽 记者了解到，{LEAD}"),
    (f"本报记者 王丽 记者 在现场看到，{LEAD}", f"本报记者 王丽 记者在现场看到，{LEAD}"),
    (f"本报记者 王丽 通讯员 张强说，{LEAD}", f"本报记者 王丽 通讯员张强说，{LEAD}"),
    # (a review found these kept their stray gap: only a pronoun opening the lead keeps it now)
    (f"本报记者 王丽 记者 走访发现，{LEAD}", f"本报记者 王丽 记者走访发现，{LEAD}"),
    (f"本报记者 王丽 记者 采访时发现，{LEAD}", f"本报记者 王丽 记者采访时发现，{LEAD}"),
    ("本报记者 王丽 记者 一行来到兰州新区。", "本报记者 王丽 记者一行来到兰州新区。"),
    (f"本报记者 王丽 通讯员 小李介绍，{LEAD}", f"本报记者 王丽 通讯员小李介绍，{LEAD}"),
    (f"本报记者 王丽 通讯员 老张说，{LEAD}", f"本报记者 王丽 通讯员老张说，{LEAD}"),
    (f"本报记者 王丽 通讯员 阿明告诉记者，{LEAD}", f"本报记者 王丽 通讯员阿明告诉记者，{LEAD}"),
    ("本報記者 王麗 通訊員 小李介紹，全市召開會議。", "本報記者 王麗 通訊員小李介紹，全市召開會議。"),
    # no gap to keep, or a byline that was right
    (f"本报记者 王丽 通讯员他说近日，{LEAD}", f"本报记者 王丽 通讯员他说近日，{LEAD}"),
    (f"本报记者 王丽 近日，{LEAD}", f"本报记者 王丽 近日，{LEAD}"),
    (f"本报记者 王丽 通讯员 张强 近日，{LEAD}", f"本报记者 王丽 通讯员 张强 近日，{LEAD}"),
    (f"本报记者 王丽 通讯员 张 强 近日，{LEAD}", f"本报记者 王丽 通讯员 张强 近日，{LEAD}"),
    # the word 通讯员 inside running text, after a sentence
    (f"会上，通讯员 他说近日，{LEAD}", f"会上，通讯员他说近日，{LEAD}"),
]


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text, NormalizeOptions()).text
    twice = normalize_text(once, NormalizeOptions())
    assert twice.text == once, twice.edits
    return once


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=[f"kept-{i}" for i in range(len(KEPT))])
def test_the_gap_after_a_bare_label_ending_a_byline_stays(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


@pytest.mark.parametrize(("text", "expected"), GLUED, ids=[f"glued-{i}" for i in range(len(GLUED))])
def test_a_label_glued_to_a_name_or_a_clause_is_spaced_as_before(text: str, expected: str) -> None:
    assert normalised_once(text) == expected


def test_the_txt_output_keeps_the_gap() -> None:
    """The same through `convert` on a flat page: the lead paragraph as printed, its gap kept."""
    page = f"全市召开会议\n\n本报记者 王丽 通讯员 他 说 近日，{LEAD}\n"
    out = convert(page.encode("utf-8"), fmt="txt").output
    assert f"通讯员 他说近日，{LEAD}" in out
