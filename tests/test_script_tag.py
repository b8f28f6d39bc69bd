"""`@xml:lang` says what the page's text is: a page without hanzi is not tagged Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _lang_of(tmp_path: Path, text: str, *args: str) -> str | None:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "page.xml"
    result = CliRunner().invoke(app, ["convert", str(page), "-o", str(out), *args])
    assert result.exit_code == 0, result.stderr
    return etree.parse(str(out)).getroot().get(XML_LANG)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ENGLISH SUPPLEMENT\n\nThe market opened higher on Monday, traders said.\n", "und-Latn"),
        ("Ｓａｌｅ ５０％ ｏｆｆ\n", "und-Latn"),  # full-width Latin, made ASCII by the unicode step
        ("2023    1.5    3.25\n\n2024    1.7    3.40\n", "und"),  # a table of figures: no letters
        ("……\n\n——（）\n", "und"),
    ],
)
def test_a_page_without_hanzi_is_not_tagged_chinese(tmp_path: Path, text: str, lang: str) -> None:
    assert _lang_of(tmp_path, text) == lang


@pytest.mark.parametrize(
    ("text", "args", "lang"),
    [
        ("本报讯 政协委员调研基层协商工作。\n", (), "zh-Hans"),
        ("GDP增长5.2%，CPI上涨0.2%。The economy grew.\n", (), "zh-Hans"),  # hanzi among Latin
        ("本報訊 政協委員調研基層協商工作。\n", (), "zh-Hant"),
        ("本报讯 政协委员调研基层协商工作。\n", ("--variants", "s2t"), "zh-Hant"),
    ],
)
def test_a_page_with_hanzi_keeps_its_chinese_tag(tmp_path: Path, text: str, args: tuple[str, ...],
                                                 lang: str) -> None:
    assert _lang_of(tmp_path, text, *args) == lang
