"""The flat-text reader: strict decoding with clear refusals, and blocks split at blank lines."""

from __future__ import annotations

import codecs
import io
import sys
from pathlib import Path

import opencc
import pytest
import regex

from layoutfix.errors import InputError
from layoutfix.readers import text as reader
from layoutfix.readers.text import decode_bytes, read_page, read_text, split_blocks


def big5_sample(seed_text: str) -> str:
    """Traditional-character text made from the seed page, kept to what Big5 can encode."""
    trad = opencc.OpenCC("s2t").convert(seed_text[:3000])
    return trad.encode("big5", errors="ignore").decode("big5")


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "utf-16"])
def test_seed_page_decodes_exactly_in_common_encodings(seed_text: str, codec: str) -> None:
    data = seed_text.encode(codec)  # Python's utf-16 codec writes a BOM
    text, used = decode_bytes(data, "page.txt")
    assert text == seed_text
    assert used == codec


def test_big5_is_recognised_and_not_taken_for_gb18030(seed_text: str) -> None:
    sample = big5_sample(seed_text)
    assert regex.search(r"\p{Han}{20}", sample)
    text, used = decode_bytes(sample.encode("big5"), "page.txt")
    assert (text, used) == (sample, "big5")


def test_traditional_text_in_gbk_stays_gb18030(seed_text: str) -> None:
    trad = opencc.OpenCC("s2t").convert(seed_text[:3000])
    text, used = decode_bytes(trad.encode("gb18030"), "page.txt")
    assert (text, used) == (trad, "gb18030")


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_is_kept_out_of_the_text(bom: bytes, codec: str) -> None:
    text, used = decode_bytes(bom + "基层协商".encode(codec), "page.txt")
    assert text == "基层协商"
    assert used in {"utf-8-sig", "utf-16"}


def test_damaged_utf8_is_refused_with_file_and_byte_offset(seed_text: str) -> None:
    good = seed_text[:200].encode("utf-8")
    with pytest.raises(InputError) as info:
        decode_bytes(good + b"\xff" + good, "page.txt")
    message = str(info.value)
    assert "page.txt" in message and str(len(good)) in message
    assert "\n" not in message


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00", bytes(range(1, 9)) * 50])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"scan\.png.*binary"):
        decode_bytes(data, "scan.png")


def test_given_encoding_is_used_strictly() -> None:
    data = "协商议政".encode("gb18030")
    assert decode_bytes(data, "p.txt", encoding="gb18030") == ("协商议政", "gb18030")
    with pytest.raises(UnicodeDecodeError) as expected:
        data.decode("utf-8")
    with pytest.raises(InputError, match=rf"p\.txt.*byte offset {expected.value.start}\b"):
        decode_bytes(data, "p.txt", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        decode_bytes(data, "p.txt", encoding="no-such-codec")


def test_empty_input_is_an_empty_page() -> None:
    text, _ = decode_bytes(b"", "empty.txt")
    assert text == ""
    assert read_page(text).blocks == []


def test_read_text_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt"):
        read_text(tmp_path / "nope.txt")


def test_read_text_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("酒泉市政协\n\n调研".encode("gb18030")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert read_text("-") == ("酒泉市政协\n\n调研", "gb18030")


def test_split_blocks_separators() -> None:
    text = "\n\n标题\n\n\n第一段第一行\n第一段第二行\n \u3000\t\n第二段\r\n\r\n末段"
    spans = split_blocks(text)
    assert [text[s:e] for s, e in spans] == ["标题", "第一段第一行\n第一段第二行", "第二段", "末段"]


def test_split_blocks_has_no_blocks_in_blank_text() -> None:
    assert split_blocks("") == []
    assert split_blocks("\n \n\u3000\n") == []


def test_read_page_blocks_cover_the_seed_page(seed_text: str) -> None:
    page = read_page(seed_text, source="seed-page.txt", number=2)
    paragraphs = [p for p in regex.split(r"\n[ \t\u3000]*\n", seed_text) if p.strip()]
    assert len(page.blocks) == len(paragraphs)
    assert [b.id for b in page.blocks[:3]] == ["b1", "b2", "b3"]
    for block in page.blocks:
        assert seed_text[block.start : block.end] == block.text
        assert block.page == 2
    assert page.source == "seed-page.txt"
    # nothing but whitespace lies between blocks
    ends = [0] + [b.end for b in page.blocks]
    starts = [b.start for b in page.blocks] + [len(seed_text)]
    assert all(not seed_text[e:s].strip() for e, s in zip(ends, starts, strict=True))


def test_read_page_takes_hints_from_each_raw_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "block_hints", lambda raw: frozenset({raw[:2]}))
    page = read_page("## 标题\n\n正文")
    assert [b.hints for b in page.blocks] == [frozenset({"##"}), frozenset({"正文"})]
