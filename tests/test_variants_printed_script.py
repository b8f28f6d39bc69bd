"""`--variants s2t` (s2tw, s2hk...) converts simplified text only: text already printed in traditional
characters keeps its own (鄰里, 了解, 月台, 指導云), a simplified headline on a traditional page is
converted without touching the body, and a second run changes nothing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import opencc
import pytest

from layoutfix import hanscript
from layoutfix.normalize import NormalizeOptions, normalize_text

ROOT = Path(__file__).resolve().parents[1]
FROM_SIMPLIFIED = ("s2t", "s2tw", "s2hk", "s2twp")

#: Lines printed in traditional characters that OpenCC's s2t would still change (鄰裏, 瞭解, 雲, 月臺).
TRADITIONAL = [
    "鄰里商戶亦表示歡迎，另據了解。",
    "交通部決定增開夜車以資指導云",
    "國民政府主席召見各部會首長云。",
    "市民在月台候車。",
    "台北市政府表示，各站月台及服務台亦已整修。",
    "鄰里商戶亦表示歡迎。",
    "另據了解，多位台商已在九龍城一帶租用寫字樓，鄰里商戶亦表示歡迎。",
]


def _variants(text: str, config: str) -> str:
    return normalize_text(text, NormalizeOptions(variants=config)).text


@pytest.mark.parametrize("config", FROM_SIMPLIFIED)
@pytest.mark.parametrize("line", TRADITIONAL)
def test_a_traditional_line_keeps_its_printed_characters(config: str, line: str) -> None:
    out = normalize_text(line, NormalizeOptions(variants=config))
    assert out.text == normalize_text(line).text
    assert not [e for e in out.edits if e.kind == "variant"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("这里邻里和睦。", "這裏鄰里和睦。"),  # simplified: converted as OpenCC converts it
        ("市民在月台候车。", "市民在月臺候車。"),
        ("交通部决定增开夜车以资指导云。", "交通部決定增開夜車以資指導雲。"),
        ("另据了解，有关部门表示欢迎。", "另據瞭解，有關部門表示歡迎。"),
        # a stray simplified character in traditional text: only it changes, 台 stays
        ("多位台商已在九龙城一帶租用寫字樓。", "多位台商已在九龍城一帶租用寫字樓。"),
    ],
)
def test_simplified_text_is_converted(line: str, expected: str) -> None:
    assert _variants(line, "s2t") == expected


def test_a_simplified_headline_on_a_traditional_page_is_converted_alone() -> None:
    page = (
        "香港经济迎来新机遇 台商踊跃投资\n\n"
        "另據了解 ,多位台商已在九龍城一帶租用寫字樓 ,鄰里商戶亦表示歡迎。\n"
    )
    out = _variants(page, "s2t")
    headline, body = out.split("\n\n")
    assert headline == "香港經濟迎來新機遇 臺商踊躍投資"
    assert body == "另據了解，多位台商已在九龍城一帶租用寫字樓，鄰里商戶亦表示歡迎。\n"


def test_text_that_tells_no_script_follows_its_line_then_the_page() -> None:
    # 了解 / 月台 alone hold no character only one script writes: the line, then the page decide
    assert _variants("了解，大家都走了。", "s2t") == "瞭解，大家都走了。"
    assert _variants("他说：了解。", "s2t") == "他說：瞭解。"
    assert _variants("他說：了解。", "s2t") == "他說：了解。"
    assert _variants("月台\n\n市民在月台候車。", "s2t") == "月台\n\n市民在月台候車。"
    assert _variants("月台\n\n市民在月台候车。", "s2t") == "月臺\n\n市民在月臺候車。"


@pytest.mark.parametrize("config", FROM_SIMPLIFIED)
def test_converting_twice_changes_nothing_more(config: str) -> None:
    pages = [
        "\n".join(TRADITIONAL),
        (ROOT / "examples/seed-page.txt").read_text(encoding="utf-8"),
        "香港经济迎来新机遇 台商踊跃投资\n\n另據了解，多位台商已在九龙城一帶。于是征讨\n",
    ]
    for page in pages:
        once = _variants(page, config)
        assert _variants(once, config) == once


def test_t2s_still_converts_a_traditional_line_whole() -> None:
    cc = opencc.OpenCC("t2s")
    for line in TRADITIONAL:
        assert _variants(line, "t2s") == normalize_text(cc.convert(line)).text


def test_the_own_forms_are_those_of_the_installed_dictionaries() -> None:
    spec = importlib.util.spec_from_file_location("opencc_own_forms", ROOT / "tools/opencc_own_forms.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    st, ts = tool.own_forms("STCharacters"), tool.own_forms("TSCharacters")
    if st is None or ts is None:
        pytest.skip("the installed opencc package ships no opencc_dict program")
    assert frozenset(st) == hanscript.OPENCC_ST_OWN
    assert frozenset(ts) == hanscript.TS_OWN
    cc = opencc.OpenCC("s2t")
    # each is converted, yet a form of its own
    assert all(cc.convert(c) != c for c in hanscript.OPENCC_ST_OWN)


def test_opencc_own_forms_tell_no_script() -> None:
    # each is converted by s2t though right as printed in traditional text (台北, 干涉, 吃飯)
    assert all(hanscript.char_script(c) == 0 for c in hanscript.OPENCC_ST_OWN)
