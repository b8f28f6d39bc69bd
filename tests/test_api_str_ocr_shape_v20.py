"""OCR JSON given to `convert` as a `str`, with one bad item (v20).

Before: a `str` of RapidOCR/PaddleOCR JSON of the right shape whose reader refused one item (a score
that is a word, a text that is null, a box of three numbers) was converted as FLAT TEXT: the JSON
source became the article, with dozens of edits, while the same bytes or the same `.json` file gave
the reader's one-line error. Now such a `str` raises that error (naming the item by its place),
with the advice the other strings opening as a coordinate format get; JSON of no OCR shape at all
(a press release's fields, a list of names, a `[1]` reference line) is still text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix import InputError, convert
from layoutfix.cli import app

B1 = [[10, 10], [400, 10], [400, 40], [10, 40]]
B2 = [[10, 50], [400, 50], [400, 80], [10, 80]]
L1 = "政协委员今天在北京召开会议。"
L2 = "会议讨论了多项议题。"
GOOD1, GOOD2 = [B1, L1, 0.98], [B2, L2, 0.95]
STR_ADVICE = 'the string opens as OCR JSON, so it is read as such: give input_format="txt"'

#: JSON of an OCR engine's shape holding one item its reader refuses: (the JSON, what the message
#: says is wrong, the item's place as the message names it).
BAD_ITEMS: dict[str, tuple[object, str, str]] = {
    "score-a-word": ([GOOD1, [B2, L2, "high"]], "score is not a number: 'high'", "item 2"),
    "text-null": ([GOOD1, [B2, None, 0.9]], "without text: its text is", "item 2"),
    "text-a-number": ([GOOD1, [B2, 5, 0.9]], "without text: its text is", "item 2"),
    "box-of-three-numbers": ([GOOD1, [[10, 50, 400], L2, 0.9]], "not a box or polygon", "item 2"),
    "point-not-a-pair": ([[[[10, 10], [400, 10, 3]], L1, 0.9], GOOD2], "not an (x, y) pair", "item 1"),
    "first-item-text-null": ([[B1, None, 0.9], GOOD2], "without text: its text is", "item 1"),
    "only-item-text-null": ([[B1, None, 0.9]], "without text: its text is", "item 1"),
    "paddle2-text-null": ([[[B1, [L1, 0.9]], [B2, [None, 0.9]]]], "without text: its text", "page 1: item 2"),
    "generic-text-null": ([{"box": B1, "text": L1, "score": 0.9}, {"box": B2, "text": None}],
                          "without text: its text is", "item 2"),
    "paddle3-text-null": ({"rec_texts": [L1, None], "rec_scores": [0.9, 0.9], "rec_polys": [B1, B2]},
                          "is not text: null", "rec_texts item 2"),
    "paddle3-score-a-word": ({"res": {"rec_texts": [L1, L2], "rec_scores": [0.9, "x"],
                                      "rec_polys": [B1, B2]}}, "score is not a number: 'x'", "item 2"),
    "second-page-bad": ([[GOOD1], [GOOD2, [B1, L1, "high"]]], "score is not a number", "page 2: item 2"),
}


def _reader_error(data: bytes, name: str) -> str:
    """The message reading `data` as a file of that name gives."""
    with pytest.raises(InputError) as caught:
        convert(data, name=name)
    return str(caught.value)


@pytest.mark.parametrize(("obj", "wrong", "place"), BAD_ITEMS.values(), ids=BAD_ITEMS.keys())
def test_ocr_json_str_with_a_bad_item_raises_the_readers_error(obj: object, wrong: str, place: str) -> None:
    text = json.dumps(obj, ensure_ascii=False)
    with pytest.raises(InputError) as caught:
        convert(text, fmt="txt")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("<string>: ") and message.endswith(" to convert it as flat text")
    assert wrong in message and message.startswith(f"<string>: {place}"), message
    assert STR_ADVICE in message
    # the reader's own words, as for the bytes and for a .json file of it
    detail = _reader_error(text.encode(), "page.json").removeprefix("page.json: ")
    assert message == f"<string>: {detail}; {STR_ADVICE} to convert it as flat text"
    # still readable as flat text when asked
    assert convert(text, input_format="txt").document.original == text


@pytest.mark.parametrize(("obj", "wrong", "place"), BAD_ITEMS.values(), ids=BAD_ITEMS.keys())
def test_the_cli_names_the_bad_item_of_an_ocr_json_file(
    obj: object, wrong: str, place: str, tmp_path: Path
) -> None:
    path = tmp_path / "page.json"
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(path)])
    assert result.exit_code == 3
    [line] = result.stderr.splitlines()
    assert line.startswith(f"layoutfix: error: {path}: {place}") and wrong in line, line


#: `str`s that parse as JSON (or open as it) but are of no OCR shape: text, read as given.
JSON_LOOKING_TEXT = {
    "press-release-fields": '{"标题": "全省会议召开", "正文": "本报讯 近日，全省会议在兰州召开。"}',
    "list-of-name-rows": '[["张三", "李四", "王五"], ["赵六", "钱七", "孙八"]]',
    "reference-number": "[1]",
    "reference-line": "[1] 张三：《政协工作概论》，人民出版社，2020年。\n",
    "number-pairs": "[[1, 2], [3, 4]]",
    "items-with-text-only": '[{"id": 1, "text": "本报讯 近日，全省会议召开。"}]',
    "paddle-res-of-no-ocr": '{"res": "会议纪要"}',
}


@pytest.mark.parametrize("text", JSON_LOOKING_TEXT.values(), ids=JSON_LOOKING_TEXT.keys())
def test_json_of_no_ocr_shape_given_as_str_is_still_text(text: str) -> None:
    result = convert(text, fmt="txt")
    assert result.document.original == text
    assert result.document.articles
    assert result.document.warnings == []


#: Layout JSON (found by its keys) holding one item its reader refuses: (the JSON, what is wrong).
BAD_LAYOUT_ITEMS: dict[str, tuple[object, str]] = {
    "mineru-page-index-a-word": ([{"type": "text", "text": L1, "page_idx": 0},
                                  {"type": "text", "text": L2, "page_idx": "x"}], "item 2: page_idx"),
    "mineru-text-a-list": ([{"type": "text", "text": L1, "page_idx": 0},
                            {"type": "text", "text": [L2], "page_idx": 0}], "item 2"),
    "ppstructure-blocks-not-a-list": ({"parsing_res_list": L1}, "parsing_res_list is not a list"),
}


@pytest.mark.parametrize(("obj", "wrong"), BAD_LAYOUT_ITEMS.values(), ids=BAD_LAYOUT_ITEMS.keys())
def test_layout_json_str_with_a_bad_item_raises_the_readers_error(obj: object, wrong: str) -> None:
    text = json.dumps(obj, ensure_ascii=False)
    with pytest.raises(InputError) as caught:
        convert(text, fmt="txt")
    message = str(caught.value)
    assert message.startswith(f"<string>: {wrong}"), message
    detail = _reader_error(text.encode(), "page.json").removeprefix("page.json: ")
    assert message == (f"<string>: {detail}; the string opens as layout JSON, so it is read as such: "
                       'give input_format="txt" to convert it as flat text')
