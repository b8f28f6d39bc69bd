"""A feature page's chart title, source note and sidebar labels inside a story (walk-through W16,
finding 9): a chart is a `figure type="chart"` (title `head`, figures `p`, source `note`), a sidebar
label opens its own subsection, and stacked heads are never one JSON `subhead` string."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
TOP = ("深度报道\n\n全省粮食生产形势总体向好\n\n本报记者 张明\n\n"
       "今年以来，全省粮食生产形势总体向好，各地积极推进高标准农田建设。\n\n")
AFTER = "记者在多地采访时看到，农民种粮积极性明显提高。\n"
FEATURE = Path(__file__).parent / "fixtures" / "feature-chart-sidebars.txt"


def _tei(tmp_path: Path, body: str) -> etree._Element:
    return etree.fromstring(convert_page(CliRunner(), tmp_path, TOP + body, "-f", "tei", "-o", "-").encode())


def _article(tmp_path: Path, body: str) -> dict[str, object]:
    out = json.loads(convert_page(CliRunner(), tmp_path, TOP + body, "-f", "json", "-o", "-"))
    art: dict[str, object] = out["articles"][0]
    return art


def _text(el: etree._Element) -> str:
    return "".join(el.itertext())


def _subsections(root: etree._Element) -> list[list[str]]:
    """Each subsection's heads, in order."""
    return [[_text(h) for h in d.findall(f"{TEI}head")] for d in root.iter(f"{TEI}div")
            if d.get("type") == "subsection"]


def test_chart_title_figures_and_source_are_one_chart_figure(tmp_path: Path) -> None:
    root = _tei(tmp_path, "2019—2023年全省粮食产量（万吨）\n\n2019年 1163.3\n2020年 1202.2\n\n"
                          "数据来源：国家统计局\n\n" + AFTER)
    (fig,) = root.iter(f"{TEI}figure")
    assert fig.get("type") == "chart"
    assert _text(fig.find(f"{TEI}head")) == "2019—2023年全省粮食产量（万吨）"
    assert _text(fig.find(f"{TEI}p")) == "2019年 1163.3\n2020年 1202.2"
    note = fig.find(f"{TEI}note")
    assert (note.get("type"), _text(note)) == ("source", "数据来源：国家统计局")
    assert _subsections(root) == []  # the text under the chart is the story's, no subsection's
    assert _text(fig.getnext()) == AFTER.strip()


def test_chart_in_json_and_text_kept(tmp_path: Path) -> None:
    chart = "图表：皋兰县滩区迁建进度（2022—2024年）\n\n资料来源：皋兰县发展和改革局\n\n"
    art = _article(tmp_path, chart + AFTER)
    assert art["charts"] == [{"title": "图表：皋兰县滩区迁建进度（2022—2024年）", "data": [],
                              "source": "资料来源：皋兰县发展和改革局"}]
    assert art["subheads"] == []
    txt = convert_page(CliRunner(), tmp_path, TOP + "图表：皋兰县滩区迁建进度（2022—2024年）\n\n"
                       "资料来源：皋兰县发展和改革局\n\n" + AFTER, "-f", "txt", "-o", "-")
    assert "图表：皋兰县滩区迁建进度（2022—2024年）\n资料来源：皋兰县发展和改革局" in txt


def test_figures_over_a_source_note_are_a_chart_without_title(tmp_path: Path) -> None:
    art = _article(tmp_path, "兰州 120.5万吨\n天水 380.2万吨\n\n数据来源：省统计局\n\n" + AFTER)
    assert art["charts"] == [{"title": None, "data": ["兰州 120.5万吨", "天水 380.2万吨"],
                              "source": "数据来源：省统计局"}]
    assert art["subheads"] == []


@pytest.mark.parametrize("body", [
    "全省粮食产量连续五年增长。\n\n数据来源：国家统计局\n\n" + AFTER,  # under a prose sentence
    "全省粮食产量：1163.3、1202.2、1231.5万吨。\n\n数据来源：省统计局\n\n" + AFTER,  # figures as prose
    "来源：新华社\n\n" + AFTER,  # an agency's credit
    "来 源 ： 新 华 社\n\n" + AFTER,
    "“搬得出，更要稳得住、能致富。”\n\n来源：皋兰县县长 刘志强\n\n" + AFTER,  # a quote's attribution
    "出处：《论语·学而》\n\n学而时习之，不亦说乎。\n",  # an epigraph's source
    "数据来源：国家统计局\n\n资料来源：省统计局\n\n" + AFTER,  # two in a row, no chart above
])
def test_source_line_with_no_chart_above_makes_no_chart(tmp_path: Path, body: str) -> None:
    root = _tei(tmp_path, body)
    assert not list(root.iter(f"{TEI}figure"))
    assert not [n for n in root.iter(f"{TEI}note") if n.get("type") == "source"]
    assert "charts" not in _article(tmp_path, body)
    text = "".join(_text(p) for p in root.iter(f"{TEI}body"))
    for line in body.split("\n\n"):
        assert line.strip().replace(" ", "") in text.replace(" ", "")  # nothing lost


def test_title_source_and_a_second_source_line(tmp_path: Path) -> None:
    body = "2019—2023年全省粮食产量（万吨）\n\n数据来源：国家统计局\n\n资料来源：省统计局\n\n" + AFTER
    charts = _article(tmp_path, body)["charts"]
    assert isinstance(charts, list)
    assert [c["source"] for c in charts] == ["数据来源：国家统计局"]  # the second line is no chart's


def test_sidebar_labels_open_their_own_subsections(tmp_path: Path) -> None:
    root = _tei(tmp_path, "二、难题与对策\n\n背景资料\n\n黄河滩区是指黄河大堤与河道之间的区域。\n\n"
                          "延伸阅读\n\n甘肃：今年将完成易地搬迁后续扶持项目126个\n\n编后\n\n民生无小事。\n")
    assert _subsections(root) == [["二、难题与对策"], ["背景资料"], ["延伸阅读"], ["编后"]]
    divs = [d for d in root.iter(f"{TEI}div") if d.get("type") == "subsection"]
    assert [_text(p) for p in divs[2].findall(f"{TEI}p")] == ["甘肃：今年将完成易地搬迁后续扶持项目126个"]


def test_feature_page_heads_are_never_joined_in_json() -> None:
    result = CliRunner().invoke(app, ["convert", str(FEATURE), "-f", "json", "-o", "-"])
    assert result.exit_code == 0
    (art,) = json.loads(result.stdout)["articles"]
    assert art["subheads"][-5:] == ["背景资料", "相关链接", "记者手记", "延伸阅读", "编后"]
    assert art["charts"][0]["source"] == "数据来源：皋兰县发展和改革局"
    for p in art["paragraphs"]:
        assert p["subhead"] is None or p["subhead"] in art["subheads"]


@pytest.mark.parametrize(("head", "label", "text"), [
    ("第二部分", "背景", "黄河滩区是指黄河大堤与河道之间的区域。"),
    ("（一）樓市", "背景", "樓價自高位回落約三成。"),
    ("一、基本情况", "链接", "高标准农田是指田块平整、集中连片的农田。"),
])
def test_bare_label_under_a_head_stays_in_its_stack(tmp_path: Path, head: str, label: str, text: str) -> None:
    assert _subsections(_tei(tmp_path, f"{head}\n\n{label}\n\n{text}\n")) == [[head, label]]


@pytest.mark.parametrize("label", ["背景资料", "相关链接"])
def test_full_label_under_a_head_still_opens_its_own(tmp_path: Path, label: str) -> None:
    body = f"第二部分\n\n{label}\n\n黄河滩区是指黄河大堤与河道之间的区域。\n"
    assert _subsections(_tei(tmp_path, body)) == [["第二部分"], [label]]


def test_bare_label_alone_opens_a_sidebar(tmp_path: Path) -> None:
    body = "一、基本情况\n\n全省粮食生产形势总体向好。\n\n背景\n\n黄河滩区是指黄河大堤与河道之间的区域。\n"
    assert _subsections(_tei(tmp_path, body)) == [["一、基本情况"], ["背景"]]


def test_kicker_and_title_stack_stays_one_subsection_listed_apart(tmp_path: Path) -> None:
    body = "专家观点\n\n安全是头等大事\n\n专家认为，粮食安全是国之大者，必须牢牢把住。\n"
    assert _subsections(_tei(tmp_path, body)) == [["专家观点", "安全是头等大事"]]
    art = _article(tmp_path, body)
    para = art["paragraphs"][-1]
    assert para["subhead"] == "安全是头等大事"
    assert para["subheads"] == ["专家观点", "安全是头等大事"]
    assert art["subheads"] == ["专家观点", "安全是头等大事"]


def test_chart_shaped_heading_over_prose_stays_a_subhead(tmp_path: Path) -> None:
    body = "2019—2023年全省粮食产量（万吨）\n\n全省粮食产量持续增长，五年累计增产68万吨。\n"
    root = _tei(tmp_path, body)
    assert _subsections(root) == [["2019—2023年全省粮食产量（万吨）"]]
    assert not list(root.iter(f"{TEI}figure"))
