"""What OCR-to-markdown tools (MinerU, PP-StructureV3, Marker, olmOCR) write besides markdown: HTML
tags and entities, and image lines. A user sees the text without the tags, entities as characters,
and an image as a figure of the article it stands in, with a log that rebuilds the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI, assert_valid, parse, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.cli import app
from layoutfix.normalize import normalize_text
from layoutfix.tracked import undo_edits

MINERU_PAGE = (
    "# 兰州新区打造西部陆港枢纽\n\n"
    "![](images/a1b2c3.jpg)\n\n"
    "本报讯(记者 王丽)近日,兰州新区召开会议。\n\n"
    "会议强调,要落实责任<sup>1</sup>。\n\n"
    '<div style="text-align: center;">图为会议现场</div>\n'
)


def edits_by_rule(text: str) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for e in normalize_text(text).edits:
        for rule in e.rules:
            found.setdefault(rule, []).append((e.before, e.after))
    return found


def test_wrapper_and_inline_tags_go_as_markup_edits_and_their_text_stays() -> None:
    text = '<div style="text-align: center;">图为会议现场</div>\n\n建成<span>国际</span>中心<br/><b>粗体</b>'
    result = normalize_text(text)
    assert result.text == "图为会议现场\n\n建成国际中心粗体"
    tags = [e for e in result.edits if "markup.html-tag" in e.rules]
    assert [e.before for e in tags] == [
        '<div style="text-align: center;">', "</div>", "<span>", "</span>", "<br/>", "<b>", "</b>",
    ]
    assert {e.kind for e in tags} == {"markup"}
    assert undo_edits(result.text, result.edits) == text


def test_digits_in_sup_and_sub_stay_a_power_or_a_mark_not_another_number() -> None:
    text = "突破10<sup>6</sup>吨,H<sub>2</sub>O<sup>注</sup>"
    result = normalize_text(text)
    assert result.text == "突破10⁶吨，H₂O注"
    assert undo_edits(result.text, result.edits) == text


@pytest.mark.parametrize(
    "lookalike", ["若 a < b,则 b > a", "据<<人民日报>>报道", "<table><tr><td>项目</td></tr></table>"]
)
def test_only_real_tags_go(lookalike: str) -> None:
    text = f"<span>加粗</span>\n\n{lookalike}"
    tags = [e.before for e in normalize_text(text).edits if "markup.html-tag" in e.rules]
    assert tags == ["<span>", "</span>"]


def test_character_entities_are_decoded_as_unicode_edits() -> None:
    result = normalize_text("研发&amp;生产&nbsp;基地&#12288;建成")
    assert result.text == "研发&生产 基地 建成"  # spaces as the spacing step leaves typed ones
    entity = [e for e in result.edits if "unicode.html-entity" in e.rules]
    assert [e.before for e in entity] == ["&amp;", "&nbsp;", "&#12288;"]
    assert {e.kind for e in entity} == {"unicode"}
    assert undo_edits(result.text, result.edits) == "研发&amp;生产&nbsp;基地&#12288;建成"


@pytest.mark.parametrize("kept", ["&lt;b&gt;粗体&lt;/b&gt;", "&amp;lt;", "&#42;强调&#42;", "&gt; 引文"])
def test_an_entity_never_becomes_markup_a_second_run_would_remove(kept: str) -> None:
    text = f"研发&amp;生产\n\n{kept}"
    once = normalize_text(text)
    assert once.text.startswith("研发&生产\n\n")
    assert normalize_text(once.text).edits == []
    assert undo_edits(once.text, once.edits) == text


def test_an_image_line_is_a_figure_of_the_article_it_stands_in(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    result = convert(MINERU_PAGE)
    root = assert_valid(tei_schema, result.output)
    articles = root.findall(f".//{TEI}div[@type='article']")
    assert len(articles) == 1  # title, image, byline, body: one article
    art = articles[0]
    assert art.findtext(f"{TEI}head") == "兰州新区打造西部陆港枢纽"
    assert art.find(f"{TEI}byline") is not None
    graphics = art.findall(f".//{TEI}figure/{TEI}graphic")
    assert [g.get("url") for g in graphics] == ["images/a1b2c3.jpg"]
    assert "images/a1b2c3.jpg" not in "".join(art.itertext())
    assert "&lt;" not in result.output and "text-align" not in result.output


def test_the_caption_under_an_image_is_its_figures_caption() -> None:
    page = "# 标题新闻\n\n![](images/x.jpg)\n\n图为会议现场。\n\n本报讯 近日,会议召开。\n"
    root = parse(convert(page).output)
    figure = root.find(f".//{TEI}figure")
    assert figure is not None
    assert figure.find(f"{TEI}graphic").get("url") == "images/x.jpg"  # type: ignore[union-attr]
    assert figure.findtext(f"{TEI}p") == "图为会议现场。"


def test_alt_text_is_the_figure_description_and_html_images_count_too(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    page = (
        "# 标题新闻\n\n![会议现场](images/x.jpg)\n\n本报讯 近日,会议召开。\n\n"
        '<div style="text-align: center;"><img src="imgs/y.jpg" alt="Image" width="49%" /></div>\n'
    )
    root = assert_valid(tei_schema, convert(page).output)
    figures = root.findall(f".//{TEI}figure")
    assert [f.find(f"{TEI}graphic").get("url") for f in figures] == ["images/x.jpg", "imgs/y.jpg"]  # type: ignore[union-attr]
    assert [f.findtext(f"{TEI}figDesc") for f in figures] == ["会议现场", None]


def test_an_image_inside_a_line_of_text_is_not_a_figure() -> None:
    page = "# 标题新闻\n\n![](images/x.jpg)\n\n本报讯 会议召开![](a.jpg)。\n"
    root = parse(convert(page).output)
    assert [g.get("url") for g in root.iter(f"{TEI}graphic")] == ["images/x.jpg"]
    assert "a.jpg" in "".join(root.find(f".//{TEI}body").itertext())  # type: ignore[union-attr]


def test_txt_and_json_show_no_image_markup_and_json_lists_the_image() -> None:
    txt = convert(MINERU_PAGE, fmt="txt").output
    assert "images/" not in txt and "![" not in txt and "<sup>" not in txt
    assert "图为会议现场" in txt and "落实责任¹。" in txt
    (article,) = json.loads(convert(MINERU_PAGE, fmt="json").output)["articles"]
    assert article["graphics"] == [{"url": "images/a1b2c3.jpg", "alt": None}]
    assert article["captions"] == ["图为会议现场"]


def test_cli_edit_log_of_a_markdown_export_rebuilds_the_input(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "mineru.md.txt"
    page.write_text(MINERU_PAGE + "研发&amp;生产&#12288;基地\n", encoding="utf-8")
    out, log, rebuilt = tmp_path / "out.txt", tmp_path / "edits.jsonl", tmp_path / "rebuilt.txt"
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    rules = {json.loads(line)["rule"] for line in log.read_text(encoding="utf-8").splitlines()}
    assert {"markup.image", "markup.html-tag"} <= rules
    assert any("unicode.html-entity" in r for r in rules)
    applied = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert applied.exit_code == 0, applied.stderr
    final = tmp_path / "final.txt"
    final.write_text(applied.stdout, encoding="utf-8")
    undone = runner.invoke(app, ["edits", "undo", str(final), str(log), "-o", str(rebuilt)])
    assert undone.exit_code == 0, undone.stderr
    assert rebuilt.read_text(encoding="utf-8") == page.read_text(encoding="utf-8")


TABLE_PAGE = (
    "# 兰州新区打造西部陆港枢纽\n\n本报讯 近日,兰州新区召开会议。\n\n"
    "<table><tr><td>项目</td><td>金额</td></tr><tr><td>物流园</td><td>3 亿元</td></tr></table>\n\n"
    "| 线路 | 开行数 |\n|---|---:|\n| 兰州—汉堡 | 36 列 |\n\n"
    "会议强调,要落实责任。\n"
)


def test_html_and_pipe_tables_are_tei_tables_not_headings_or_paragraphs(
    tei_schema: etree.RelaxNG,  # noqa: F811
) -> None:
    root = assert_valid(tei_schema, convert(TABLE_PAGE).output)
    tables = root.findall(f".//{TEI}table")
    cells = [[[c.text for c in row.iter(f"{TEI}cell")] for row in t.iter(f"{TEI}row")] for t in tables]
    assert cells == [[["项目", "金额"], ["物流园", "3亿元"]], [["线路", "开行数"], ["兰州—汉堡", "36列"]]]
    assert [(t.get("rows"), t.get("cols")) for t in tables] == [("2", "2"), ("2", "2")]
    assert root.find(f".//{TEI}div[@type='subsection']") is None  # the pipe table was taken for a subhead
    body = "".join(root.find(f".//{TEI}body").itertext())  # type: ignore[union-attr]
    assert "<td>" not in body and "|" not in body and "---" not in body
    assert [p.text for p in root.iter(f"{TEI}p") if p.getparent().tag != f"{TEI}normalization"][-2:] == [
        "近日，兰州新区召开会议。", "会议强调，要落实责任。",
    ]


def test_tables_in_txt_are_rows_of_tab_separated_cells_and_in_json_rows_of_cells() -> None:
    txt = convert(TABLE_PAGE, fmt="txt").output
    assert "项目\t金额\n物流园\t3亿元" in txt and "线路\t开行数\n兰州—汉堡\t36列" in txt
    (article,) = json.loads(convert(TABLE_PAGE, fmt="json").output)["articles"]
    assert article["tables"] == [
        {"rows": [["项目", "金额"], ["物流园", "3亿元"]]},
        {"rows": [["线路", "开行数"], ["兰州—汉堡", "36列"]], "header_rows": [0]},
    ]


def test_a_table_inside_a_running_paragraph_keeps_its_place_in_the_txt() -> None:
    page = "# 标题新闻\n\n本报讯 今年投资安排为\n\n| 项目 | 金额 |\n|---|---|\n| 物流园 | 3亿元 |\n\n合计。\n"
    txt = convert(page, fmt="txt").output
    assert "本报讯\n\n今年投资安排为\n\n项目\t金额\n物流园\t3亿元\n\n合计。" in txt


@pytest.mark.parametrize(
    "text",
    [
        TABLE_PAGE,
        "| 项目 | |\n| :--- | ---: |\n|  | 3亿元 |",
        "<table>\n <tr><th></th><th>金额</th></tr></table>",
    ],
)
def test_table_edits_are_markup_and_rebuild_the_input(text: str) -> None:
    result = convert(text)
    assert undo_edits(result.document.text, result.edits) == text
    table = [e for e in result.edits if "markup.table" in e.rules]
    assert table and {e.kind for e in table} == {"markup"}
    assert normalize_text(result.document.text).edits == []


def test_pipes_without_a_rule_row_are_text() -> None:
    root = parse(convert("# 标题新闻\n\n本报讯 a | b | c 三项。\n\n| 项目 | 金额 |\n|---|---|\n").output)
    assert [t.get("rows") for t in root.iter(f"{TEI}table")] == ["1"]
    assert "a | b | c" in "".join(root.find(f".//{TEI}body").itertext())  # type: ignore[union-attr]


def test_inline_latex_marks_become_the_characters_they_stand_for() -> None:
    page = (
        "# 标题新闻\n\n本报讯 会议强调,要落实责任 $^{1}$ 。当日气温 $30^{\\circ}$ C,"
        "面积 $100\\mathrm{km}^{2}$ ,其中 $\\textcircled{1}$ 号地块票价 $100 and $200 不等。\n"
    )
    result = convert(page, fmt="txt")
    assert "要落实责任¹。当日气温30°C，面积100km²，其中①号地块票价 $100 and $200不等。" in result.output
    latex = [e for e in result.edits if "markup.latex" in e.rules]
    assert [e.before for e in latex] == [
        " $^{1}$ ", " $30^{\\circ}$ ", " $100\\mathrm{km}^{2}$ ", " $\\textcircled{1}$ ",
    ]
    assert undo_edits(result.document.text, result.edits) == page


@pytest.mark.parametrize("image", [
    "![<b>图</b>](a.jpg)", "![图](<b>a.jpg</b>)", "![<sup>1</sup>](a.jpg)", "<div>![<i>x</i>](a.jpg)</div>",
    "![$^{1}$](a.jpg)", "![**粗**](a.jpg)", '<img src="a.jpg" alt="<b>x</b>">', "![&amp;图](a&amp;b.jpg)",
])
def test_markup_inside_an_image_line_is_no_crash_and_loses_nothing(image: str) -> None:
    """Tags in an image's alt text overlapped the image's own edits: `ValueError: overlapping changes`,
    a traceback instead of a page."""
    from layoutfix.pipeline import build_document
    from layoutfix.tracked import apply_edits, undo_edits

    text = f"# 标题\n\n{image}\n\n图为会场。\n"
    doc = build_document(text)
    assert undo_edits(doc.text, doc.edits) == text
    assert apply_edits(text, doc.edits) == doc.text


def test_an_image_path_that_is_no_uri_is_escaped_in_the_tei(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    """`@url` is a URI: a path with brackets (`a[1].jpg`) made the TEI fail its schema."""
    from layoutfix.pipeline import build_document, render

    doc = build_document("# 标题\n\n![图](images/a[1].jpg)\n")
    root = assert_valid(tei_schema, render(doc, "tei"))
    assert [g.get("url") for g in root.iter(f"{TEI}graphic")] == ["images/a%5B1%5D.jpg"]
    assert json.loads(render(doc, "json"))["articles"][0]["graphics"][0]["url"] == "images/a[1].jpg"
