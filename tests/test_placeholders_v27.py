"""A reprint's placeholders (`××`, `×月×日`) in signatures and datelines, through the CLI.

Reprints and archives of 1980s papers print `（本报记者 ××）`, `新华社北京×月×日电`, `本报×月×日讯`
where a name or a date was left out. They must read as the real forms do, and `×` as a
multiplication sign or inside prose must stay text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page

HEAD = "全国农业工作会议在京召开\n\n"
NEXT = "\n\n某厂引进生产线\n\n本报讯 某厂引进的生产线已投产。\n"


def _convert(tmp_path: Path, text: str, fmt: str = "tei") -> str:
    """Convert `text` as a page file with the CLI and return the output."""
    return convert_page(CliRunner(), tmp_path, text, "-f", fmt, "-o", "-")


@pytest.mark.parametrize("signature", [
    "（本报记者 ××）", "（记者 ×××）", "（本报记者 ╳╳）", "（通讯员 ＸＸ）", "（作者 ××）", "（本報記者 ××）",
])
def test_placeholder_signature_closes_the_article(tmp_path: Path, signature: str) -> None:
    tei = _convert(tmp_path, HEAD + "本报讯 会议今天召开。\n\n" + signature + NEXT)
    name = signature.strip("（）").replace("Ｘ", "X")
    assert f"<closer>（<signed>{name}</signed>）</closer>" in tei
    assert tei.count('type="article"') == 2
    assert 'type="kicker"' not in tei


def test_placeholder_signature_on_the_paragraph_line(tmp_path: Path) -> None:
    tei = _convert(tmp_path, HEAD + "本报讯 会议今天召开。（本报记者 ××）" + NEXT)
    assert "<p>会议今天召开。</p>" in tei
    assert "<closer>（<signed>本报记者 ××</signed>）</closer>" in tei


@pytest.mark.parametrize(("dateline", "lead"), [
    ("新华社北京×月×日电", "全国农业工作会议今天在北京召开。"),
    ("新华社北京××日电", "全国农业工作会议今天在北京召开。"),
    ("新华社×月×日电", "全国农业工作会议今天在北京召开。"),
    ("本报×月×日讯", "某厂引进的生产线已投产，售价每台1280元。"),
    ("本报上海×月×日电", "某厂引进的生产线已投产。"),
    ("本報×月×日訊", "某廠引進的生產線已投產。"),
])
def test_placeholder_dateline_is_a_byline_and_keeps_its_gap(tmp_path: Path, dateline: str, lead: str) -> None:
    text = HEAD + f"{dateline} {lead}\n"
    tei = _convert(tmp_path, text)
    assert f"<byline>{dateline}</byline>" in tei
    assert f"<p>{lead}</p>" in tei
    assert f"{dateline}{lead[0]}" not in _convert(tmp_path, text, "txt")


@pytest.mark.parametrize("para", [
    "会议今天召开。×××同志说，要继续稳定农村经济政策。",
    "在男子4×100米接力决赛中，我省队获得冠军。",
    "该厂生产的板材规格为2×3米，3×4等于12。",
    "会议定于×月×日召开。",
    "会议今天召开，（本报记者 ××）到会采访。",
])
def test_multiplication_and_prose_placeholders_stay_text(tmp_path: Path, para: str) -> None:
    tei = _convert(tmp_path, HEAD + "本报讯 " + para + "\n")
    assert f"<p>{para}</p>" in tei
    assert "<closer>" not in tei


def test_comma_after_a_placeholder_dateline_keeps_the_sentence(tmp_path: Path) -> None:
    para = "新华社北京×月×日电，全国农业工作会议今天在北京召开。"
    tei = _convert(tmp_path, HEAD + para + "\n")
    assert f"<p>{para}</p>" in tei
    assert "<byline>" not in tei


def test_bare_placeholder_is_no_signature(tmp_path: Path) -> None:
    tei = _convert(tmp_path, HEAD + "本报讯 会议今天召开。\n\n（××）" + NEXT)
    assert "<closer>" not in tei
    assert "（××）" in tei


def test_real_name_signature_unchanged(tmp_path: Path) -> None:
    tei = _convert(tmp_path, HEAD + "本报讯 会议今天召开。\n\n（本报记者 王丽）" + NEXT)
    assert "<closer>（<signed>本报记者 王丽</signed>）</closer>" in tei
