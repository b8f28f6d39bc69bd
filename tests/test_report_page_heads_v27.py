"""A page's name before its page written with 版 is the page's running head (HEADS16, W16 finding 7).

`深度报道 第5版` as a page's first line was read as no running head: the page break had no number
(`<pb/>`) and the line was an article's head holding the date line below it as furniture. `要闻 第5版`
and `体育 第5版` were heads already; a page's name the shipped lists know (`深度`, `调查`, `深度报道`,
`特别报道`, `新闻报道`) now names the page the same way. Headlines stay headlines: `两会报道
2024年5月6日`, `深度报道：黄河滩区…`, `第5版面设计大赛`, and a name the lists lack (`两会报道 第5版`).
Each page goes through `layoutfix convert` (typer's CliRunner).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from tei_parts import NS, TEI, body_fws, own_heads, tei_root

BODY = "走进黄河滩区的搬迁新村\n\n初冬的皋兰县什川镇，阳光洒在新村整齐的楼房上。新村建设总投资4.68亿元。\n"


def _convert(tmp_path: Path, first: str, fmt: str = "tei") -> str:
    page = tmp_path / "page.txt"
    page.write_text(f"{first}\n\n2024年11月8日 星期五\n\n{BODY}", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("深度报道 第5版", "5"),
        ("特别报道 第5版", "5"),
        ("新闻报道 第5版", "5"),
        ("调查报道 第12版", "12"),
        ("深度 第5版", "5"),
        ("调查 第5版", "5"),
        ("深度报道 第A5版", "A5"),
        ("深度報道 第5版", "5"),
        ("深度報導 第5版", "5"),
        ("特別報導 第5版", "5"),
        ("深度报道 5版", "5"),
        ("深度报道 2024年5月6日 第5版", "5"),
    ],
)
def test_a_page_name_before_its_written_page_is_the_running_head(
    tmp_path: Path, line: str, page: str
) -> None:
    tei = _convert(tmp_path, line)
    root = tei_root(tei)
    pb = root.find(".//t:body/t:pb", NS)
    assert pb is not None and pb.get("n") == page
    assert ("header", line) in body_fws(tei)
    assert ("header", "2024年11月8日 星期五") in body_fws(tei)
    (art,) = root.iterfind(".//t:body//t:div[@type='article']", NS)
    assert own_heads(art) == ["走进黄河滩区的搬迁新村"]


@pytest.mark.parametrize(
    "line",
    [
        "两会报道 2024年5月6日",
        "深度报道：黄河滩区迁建三年追踪",
        "第5版面设计大赛",
        "两会报道 第5版",
        "深度 A5",
    ],
)
def test_headlines_naming_a_report_or_a_page_stay_headlines(tmp_path: Path, line: str) -> None:
    tei = _convert(tmp_path, line)
    root = tei_root(tei)
    pb = root.find(".//t:body/t:pb", NS)
    assert pb is not None and pb.get("n") is None
    heads = [h.xpath("string()") for h in root.iterfind(f".//t:body//{TEI}head", NS)]
    assert heads[0] == line
    assert all(text != line for _, text in body_fws(tei))


def test_json_reads_the_page_number_and_keeps_the_head_as_furniture(tmp_path: Path) -> None:
    doc = json.loads(_convert(tmp_path, "深度报道 第5版", fmt="json"))
    assert doc["page"] == 5
    assert doc["furniture"] == ["深度报道 第5版", "2024年11月8日 星期五"]
    assert [a["titles"] for a in doc["articles"]] == [["走进黄河滩区的搬迁新村"]]
