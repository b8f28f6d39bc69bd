"""A notice signed with the signer's office and name keeps its closing date (v20 review).

A reviewer found a Republican-era notice's closing date dropped from the text output:
`市政府布告` / `查本市物價飛漲，…仰各周知。` / `市長 吳國楨` / `中華民國三十六年五月廿日` printed the
date nowhere but as page furniture (the txt lost it; `五月二十日` and `2023年10月12日` too), and the
signer's line was an empty article's title. An office before the name (`市長`, `縣長`, `秘書長`) was
no issuer's line. Now the two lines are the notice's closing lines (JSON `signature`, TEI `closer`),
on either script, with or without a blank line between them.
"""

from __future__ import annotations

import json

import opencc
import pytest

import layoutfix

_T2S = opencc.OpenCC("t2s")
HEAD = "中央日報\n\n中華民國三十六年五月二十日 星期二\n\n"
TITLE = "市政府布告"
TEXT = "查本市物價飛漲，民生困苦，茲規定各項日用品價格，仰各周知。"

CASES = [
    (signer, date, gap, simplified)
    for signer, date in [
        ("市長 吳國楨", "中華民國三十六年五月廿日"),
        ("市長 吳國楨", "中華民國三十六年五月二十日"),
        ("縣長 王大同", "中華民國三十六年五月卅日"),
        ("秘書長 李華", "2023年10月12日"),
    ]
    for gap in ("\n\n", "\n")
    for simplified in (False, True)
]


@pytest.mark.parametrize(("signer", "date", "gap", "simplified"), CASES)
def test_the_closing_date_stays_with_the_notice(signer: str, date: str, gap: str, simplified: bool) -> None:
    page = f"{HEAD}{TITLE}\n\n{TEXT}\n\n{signer}{gap}{date}\n"
    if simplified:
        page, signer, date = (_T2S.convert(t) for t in (page, signer, date))
    txt = layoutfix.convert(page.encode(), fmt="txt").output
    assert txt.rstrip().endswith(f"{signer}{gap}{date}")
    (article,) = json.loads(layoutfix.convert(page.encode(), fmt="json").output)["articles"]
    assert article["signature"] == f"{signer}{gap}{date}"
    tei = layoutfix.convert(page.encode(), fmt="tei").output
    assert f"<closer><signed>{signer}</signed>{gap}{date}</closer>" in tei


@pytest.mark.parametrize("line", ["市長 會議", "全市 會議"])
def test_an_office_word_before_no_name_signs_nothing(line: str) -> None:
    page = f"{HEAD}{TITLE}\n\n{TEXT}\n\n{line}\n\n2023年10月12日\n"
    (article, *_) = json.loads(layoutfix.convert(page.encode(), fmt="json").output)["articles"]
    assert article["signature"] is None
