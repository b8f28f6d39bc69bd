"""A caption's lead with a stray OCR space (`图 为`, `上 图`) is read as a caption on the first run,
as the second run reads it once the space is gone: normalising twice gives what once gives."""

import pytest

from cli_pages import normalize_stdin

LEAD = "本报讯 近日，全市召开会议。\n"


CAPTIONS = ["图 为 记者 摄", "上 图 记者 摄", "图 为 兰州新区 夜景", "图\u3000为 记者 摄"]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_with_a_stray_space_in_its_lead_normalises_once(caption: str) -> None:
    once = normalize_stdin(f"{caption}\n本报记者 王丽\n{LEAD}")
    assert normalize_stdin(once) == once
    # the byline under it is read as under a caption whose lead has no space
    glued = normalize_stdin(f"{caption.replace(' ', '').replace(chr(0x3000), '')}\n本报记者 王丽\n{LEAD}")
    assert once == glued
    # which gaps stay: the lead's stray space goes, the byline's gap stays as under a title
    assert once.split("\n")[:2] == [caption.replace(" ", "").replace(chr(0x3000), ""), "本报记者 王丽"]
