"""A name under a speech to the hall is no letter's signer (helper LETTER, second mend, v24).

A second review of the LETTER slice found a speech opening with `尊敬的各位来宾：` read as a letter: the
speaker's name under it (`李明`) over the next article's title (`春耕忙`) signed the speech and the
next article lost its kicker. An address with `各位…` or ending in 来宾/嘉宾/代表/领导 speaks to a hall,
and over more headings only a letter to the paper (a letter label, or a salutation to the editor)
is signed by a bare name. Expected as the output before the LETTER slice.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

import layoutfix
from tei_parts import all_paragraphs, own_heads, signed_texts

TEI = "{http://www.tei-c.org/ns/1.0}"

WELCOME = "欢迎大家来到我市参加交流会。"
NEXT_LEAD = "本报讯 全县冬季征兵工作顺利结束，一批优秀青年光荣入伍。\n"


def _articles(source: bytes) -> list[ET.Element]:
    """The article `div`s of the TEI `convert` writes for the page `source`, in order."""
    root = ET.fromstring(layoutfix.convert(source).output.encode())
    return [d for d in root.iter(f"{TEI}div") if d.get("type") == "article"]





def _ocr_line(y: int, height: int, text: str, x: int = 50) -> list[object]:
    """One RapidOCR/PaddleOCR JSON line: its box, text and confidence."""
    width = 26 * len(text)
    return [[[x, y], [x + width, y], [x + width, y + height], [x, y + height]], text, 0.98]


@pytest.mark.parametrize("title", ["在开幕式上的致辞\n\n", ""])
@pytest.mark.parametrize("address", [
    "尊敬的各位来宾：", "各位领导、各位来宾：", "尊敬的各位代表：", "尊敬的嘉宾：",
])
def test_speaker_over_next_title_is_its_kicker(title: str, address: str) -> None:
    """Under a speech to the hall the speaker's name over the next title stays that article's kicker:
    the speech is signed by no one and the next article keeps both its heads."""
    arts = _articles(f"{title}{address}\n\n{WELCOME}\n\n李明\n\n春耕忙\n\n{NEXT_LEAD}".encode())
    assert len(arts) == 2
    assert "".join(all_paragraphs(arts[0])) == address + WELCOME  # its text kept, whole
    assert signed_texts(arts[0]) == []
    assert own_heads(arts[1]) == ["李明", "春耕忙"]


def test_speaker_over_next_title_in_ocr_json() -> None:
    """The same speech as RapidOCR JSON, the name set to the right as a signer is: still a kicker."""
    lines = [_ocr_line(40, 44, "在开幕式上的致辞"), _ocr_line(122, 26, "尊敬的各位来宾："),
             _ocr_line(156, 26, f"　　{WELCOME}"), _ocr_line(190, 26, "李明", x=400),
             _ocr_line(254, 44, "春耕忙"), _ocr_line(336, 26, "本报讯 全县冬季征兵工作顺利结束。")]
    arts = _articles(json.dumps(lines, ensure_ascii=False).encode())
    assert signed_texts(arts[0]) == []
    assert own_heads(arts[-1]) == ["李明", "春耕忙"]


def test_name_under_a_speech_at_page_end_signs_nothing() -> None:
    """A name under a speech opening `尊敬的各位领导、各位来宾：` at the page's end is not its signer:
    it stays a heading of its own, as before."""
    arts = _articles("尊敬的各位领导、各位来宾：\n\n大家好！今天我们在这里隆重集会。\n\n王强\n".encode())
    assert signed_texts(arts[0]) == []
    assert own_heads(arts[-1]) == ["王强"]


@pytest.mark.parametrize("salutation", ["编辑同志：", "尊敬的各位编辑："])
def test_letter_to_the_editor_is_still_signed_over_next_title(salutation: str) -> None:
    """A letter saluting the editor, even with no column label over it, is signed by the name under
    it; the headline after the name titles the next article."""
    page = (f"来信谈路灯\n\n{salutation}\n\n我们街道的路灯坏了好几个月，希望有关部门尽快修复。\n\n"
            f"张明\n\n春耕忙\n\n{NEXT_LEAD}")
    arts = _articles(page.encode())
    assert signed_texts(arts[0]) == ["张明"]
    assert own_heads(arts[1]) == ["春耕忙"]
