"""A jumped story's continuation repeats its title (often shortened) beside its "from" marker, in
any order: over the marker, under it, or on the marker's own line. Before v28 only the title over the
marker was read as the title: under it, the title became a subsection head, the halves were not
joined (`<p part="I">`) and a quotation opened on page 1 and closed on page 3 got two opening marks;
on the marker's line, the title became an article of its own. Now every order joins as the first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

TITLE = "春耕时节农事忙"
PAGE1 = (f'{TITLE}\n\n本报讯 市农业农村局局长李明说:"今年我们将重点推广节水灌溉技术,力争在保障粮食安全的同时,'
         "\n\n（下转第3版）\n")
BODY3 = '进一步提高农业生产效率。"他表示,全市将安排专项资金8500万元。'


def _convert(tmp_path: Path, pages: dict[str, str], *args: str) -> str:
    """The output of converting the issue made of `pages` (file name -> text) as a folder."""
    folder = tmp_path / "issue"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(folder), "-o", "-", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _issue(tmp_path: Path, pages: dict[str, str], *args: str) -> str:
    """The TEI body of the issue made of `pages` (file name -> text), converted as a folder."""
    out = _convert(tmp_path, pages, *args)
    return out[out.index("<body>") : out.index("</body>")]


@pytest.mark.parametrize("marker", ["（上接第1版）", "(上接第1版)", "（接一版）", "上接第1版", "（续第一版）",
                                    "【接第1版】"])
@pytest.mark.parametrize(
    ("layout", "head"),
    [
        ("{m}\n\n{t}", TITLE),  # the marker over the title
        ("{t}\n\n{m}", TITLE),  # the title over the marker (worked before)
        ("{m}\n\n农事忙", "农事忙"),  # a shortened title under the marker
        ("农事忙\n\n{m}", "农事忙"),
    ],
)
def test_continuation_joins_whichever_order_the_title_and_marker_come(
    tmp_path: Path, marker: str, layout: str, head: str
) -> None:
    page3 = layout.format(m=marker, t=TITLE) + "\n\n" + BODY3 + "\n"
    body = _issue(tmp_path, {"p1.txt": PAGE1, "p3.txt": page3})
    assert 'part="' not in body
    assert 'type="subsection"' not in body
    assert body.count('<div type="article"') == 1
    assert f'<fw type="jump-head">{head}</fw>' in body
    # the quotation opened on page 1 closes on page 3: one pair
    assert "同时，<note" in body and "效率。”他表示" in body


@pytest.mark.parametrize("marker", ["（上接第1版）", "(接1版)", "【接第1版】"])
def test_title_on_the_markers_line_is_the_jump_head(tmp_path: Path, marker: str) -> None:
    body = _issue(tmp_path, {"p1.txt": PAGE1, "p3.txt": f"{TITLE}{marker}\n\n{BODY3}\n"})
    assert body.count('<div type="article"') == 1
    assert 'part="' not in body
    assert f'<fw type="jump-head">{TITLE}</fw>' in body
    assert "效率。”他表示" in body


def test_marker_then_title_keeps_the_printed_order(tmp_path: Path) -> None:
    body = _issue(tmp_path, {"p1.txt": PAGE1, "p3.txt": f"（上接第1版）\n\n{TITLE}\n\n{BODY3}\n"})
    assert body.index("（上接第1版）") < body.index(f'<fw type="jump-head">{TITLE}')


def test_two_jumps_with_shortened_titles_under_their_markers(tmp_path: Path) -> None:
    page1 = ("兰州新区打造西部陆港枢纽\n\n本报讯(记者 李娜)3月14日,"
             "兰州新区国际陆港首趟中欧班列从中川北站发车。据介绍,这趟班列装载电子产品、机械配件等货物,将经霍尔果斯口岸\n\n(下转第3版)\n\n"
             "全省春季农业生产工作会议召开\n\n本报讯(记者 王晓明)3月14日,"
             "全省春季农业生产工作会议在兰州召开。"
             "会议要求,各地要确保小麦、油菜等作物播种面积稳中有\n\n(下转第3版)\n")
    page3 = ("(上接第1版)\n\n农业生产工作会议\n\n升,切实抓好春季田间管理。\n\n"
             "(上接第1版)\n\n西部陆港枢纽\n\n出境,预计15天后抵达阿拉木图。\n")
    body = _issue(tmp_path, {"p01.txt": page1, "p03.txt": page3})
    assert 'part="' not in body
    assert body.count('<div type="article"') == 2
    assert body.index("稳中有") < body.index("农业生产工作会议</fw>") < body.index("升，切实")
    assert body.index("霍尔果斯口岸") < body.index("西部陆港枢纽</fw>") < body.index("出境")


def test_a_subhead_that_repeats_no_title_stays_a_subhead(tmp_path: Path) -> None:
    page1 = (f"{TITLE}\n\n本报讯 市农业农村局局长李明说,今年将重点推广节水灌溉技术,"
             "力争在保障粮食安全的同时,\n\n（下转第3版）\n")
    page3 = ("（上接第1版）\n\n进一步提高农业生产效率。\n\n二、加快高标准农田建设\n\n"
             "据了解,今年全市新建高标准农田23万亩。\n")
    body = _issue(tmp_path, {"p1.txt": page1, "p3.txt": page3})
    assert "<head>二、加快高标准农田建设</head>" in body
    assert 'type="jump-head"' not in body


def test_keep_parts_gives_the_continuation_its_title(tmp_path: Path) -> None:
    body = _issue(tmp_path, {"p1.txt": PAGE1, "p3.txt": f"（上接第1版）\n\n{TITLE}\n\n{BODY3}\n"},
                  "--keep-parts")
    part3 = body[body.index('<pb n="3" xml:id="p3"/>'):]
    assert f"<head>{TITLE}</head>" in part3
    assert 'type="subsection"' not in part3
    assert "效率。”他表示" in part3


def _alto_page(n: int, blocks: list[tuple[int, int, str]]) -> str:
    """One ALTO `<Page>`: each block (top, line height, text) one line, one string per character."""
    out = [f'<Page ID="page_{n}" WIDTH="1000" HEIGHT="1400" PHYSICAL_IMG_NR="{n}">'
           '<PrintSpace HPOS="0" VPOS="0" WIDTH="1000" HEIGHT="1400">']
    for i, (top, size, text) in enumerate(blocks):
        width = size * len(text)
        out.append(f'<TextBlock ID="b{n}_{i}" HPOS="50" VPOS="{top}" WIDTH="{width}" HEIGHT="{size}">'
                   f'<TextLine ID="l{n}_{i}" HPOS="50" VPOS="{top}" WIDTH="{width}" HEIGHT="{size - 4}">')
        for k, ch in enumerate(text):
            content = "&quot;" if ch == '"' else ch
            out.append(f'<String HPOS="{50 + k * size}" VPOS="{top}" WIDTH="{size}" HEIGHT="{size - 4}" '
                       f'WC="0.95" CONTENT="{content}"/>')
        out.append("</TextLine></TextBlock>")
    out.append("</PrintSpace></Page>")
    return "".join(out)


@pytest.mark.parametrize("title", [TITLE, "农事忙"])
def test_alto_issue_with_the_marker_over_a_larger_title(tmp_path: Path, title: str) -> None:
    lead = '本报讯 李明说:"今年将重点推广节水灌溉技术,力争在保障粮食安全的同时,'
    page1 = _alto_page(1, [(60, 60, TITLE), (150, 26, lead), (190, 26, "（下转第2版）")])
    page2 = _alto_page(2, [(80, 26, "（上接第1版）"), (120, 48, title),
                           (190, 26, '进一步提高农业生产效率。"他表示,全市将安排专项资金8500万元。')])
    alto = ('<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">'
            f"<Description><MeasurementUnit>pixel</MeasurementUnit></Description><Layout>{page1}{page2}"
            "</Layout></alto>")
    src = tmp_path / "issue.alto.xml"
    src.write_text(alto, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(src), "-o", "-"])
    assert result.exit_code == 0, result.output
    body = result.stdout[result.stdout.index("<body>"):]
    assert 'part="' not in body
    assert body.count('<div type="article"') == 1
    assert f">{title}</fw>" in body and 'type="jump-head"' in body
    assert "效率。”他表示" in body
