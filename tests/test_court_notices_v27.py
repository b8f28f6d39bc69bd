"""Court and official notices through the CLI (walk-through W16 findings 2, 4 and 10).

- A notice's contact line printed between its text and its signer (`…特此公告。` / `联系电话：…` /
  `兰州市中级人民法院` / `2024年11月1日`): before, the notice ended at the phone line, the signer was
  the title of a new, empty article and the date its header furniture, so `-f txt` lost the phone
  line and the date. Now the line is a `p` of the notice, the signer and date its `closer`.
- A document's number under its label (`公告` / `（2024）京01民初123号`): before, the number was the
  title and the label its kicker. Now the label is the `head`, the number a `p` of the notice.
- A closer read from two blocks of a coordinate page (the issuer's block, the date's block): before,
  its `@facs` named the issuer's zone only. Now it names both, as a paragraph's does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.cli import app
from tei_parts import NS, tei_root, text_of
from test_coords_parity_v14 import MAKERS

BODY = "本院受理原告某公司诉被告张三买卖合同纠纷一案，向你公告送达起诉状副本。"
COURT = "兰州市中级人民法院"
DATE = "2024年11月1日"


def _flat(blocks: list[list[str]]) -> str:
    """A flat-text page of `blocks` (each a list of lines), a blank line between blocks."""
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"


def _articles(tei: str) -> list:
    return tei_root(tei).findall(".//t:div[@type='article']", NS)


def _squeezed(text: str) -> str:
    return "".join(text.split())


#: Contact lines a notice prints between its text and its closing lines, and the text above them.
CONTACTS = {
    "phone": (["公告", BODY, "特此公告。"], ["联系电话：0931-8888888"]),
    "report-line": (
        ["任前公示", "王海燕，女，1978年5月生，现任市农业农村局副局长，拟任市农业农村局局长。",
         "公示期间，如对公示对象有不同意见，可通过来信、来电、来访等方式向市委组织部反映。"],
        ["举报电话：0931-12380"],
    ),
    "address": (["迁址公告", "因工作需要，我中心自2024年11月1日起迁至新址办公。", "特此公告。"],
                ["地址：兰州市城关区庆阳路1号"]),
    "two-lines": (["公告", BODY, "特此公告。"], ["联系电话：0931-8888888", "地址：兰州市城关区庆阳路1号"]),
    "person-and-phone": (["招聘启事", "本公司因业务发展需要，招聘会计2名，要求大专以上学历。"],
                         ["联系人：王女士 电话：13800001234"]),
    "traditional": (["公告", "本署將於十一月十日起進行道路維修工程，屆時部分路段將封閉。", "特此公告。"],
                    ["查詢電話：2345 6789"]),
}
SIGNERS = {"report-line": "中共兰州市委组织部", "address": "兰州市政务服务中心",
           "person-and-phone": "兰州某某商贸有限公司", "traditional": "香港特別行政區政府路政署"}


@pytest.mark.parametrize("name", CONTACTS)
def test_a_notices_contact_line_stays_in_it_over_its_closer(tmp_path: Path, name: str) -> None:
    """The contact lines are `p`s of the notice, its signer and date its `closer`, and `-f txt`
    keeps every line (before: the date was lost, the signer a new article's title)."""
    text, contact = CONTACTS[name]
    signer = SIGNERS.get(name, COURT)
    page = _flat([[line] for line in [*text, *contact, signer, DATE]])
    runner = CliRunner()
    tei = convert_page(runner, tmp_path, page)
    (notice,) = _articles(tei)
    paragraphs = [text_of(p) for p in notice.findall("t:p", NS)]
    assert paragraphs[-len(contact):] == contact
    (closer,) = notice.findall("t:closer", NS)
    assert text_of(closer.find("t:signed", NS)) == signer
    assert _squeezed(text_of(closer)) == signer + DATE
    txt = convert_page(runner, tmp_path, page, "-f", "txt")
    assert all(line in txt for line in [*contact, signer, DATE])


def test_a_contact_line_over_a_closing_block_of_two_lines(tmp_path: Path) -> None:
    """The signer and date printed in one block under the phone line: the same reading."""
    page = _flat([["公告"], [BODY], ["特此公告。"], ["联系电话：0931-8888888"], [COURT, DATE]])
    (notice,) = _articles(convert_page(CliRunner(), tmp_path, page))
    assert [text_of(p) for p in notice.findall("t:p", NS)][-1] == "联系电话：0931-8888888"
    assert _squeezed(text_of(notice.find("t:closer", NS))) == COURT + DATE


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_contact_line_over_the_closer_on_a_coordinate_page(tmp_path: Path, fmt: str) -> None:
    """ALTO and hOCR read the same notice so, each line in a block of its own."""
    blocks = [["公告"], [BODY], ["特此公告。"], ["联系电话：0931-8888888"], [COURT], [DATE]]
    source = tmp_path / f"page.{fmt}"
    source.write_bytes(MAKERS[fmt](blocks, {"公告"}))
    result = CliRunner().invoke(app, ["convert", str(source), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split("\n\n")[-3:] == ["联系电话：0931-8888888", COURT, DATE + "\n"]


def test_the_papers_foot_lines_after_the_last_notice_stay_furniture(tmp_path: Path) -> None:
    """Contact lines after a notice's closer, and the paper's own hotline, are not the notice's."""
    page = _flat([["公告"], [BODY], ["特此公告。"], [COURT], [DATE], ["联系电话：0931-8888888"],
                  ["新闻热线：0931-1234567"]])
    tei = convert_page(CliRunner(), tmp_path, page)
    (notice,) = _articles(tei)
    assert [text_of(p) for p in notice.findall("t:p", NS)] == [BODY, "特此公告。"]
    fws = [text_of(fw) for fw in tei_root(tei).findall(".//t:fw[@type='contact']", NS)]
    assert fws == ["联系电话：0931-8888888", "新闻热线：0931-1234567"]


def test_classified_ads_keep_their_phone_lines_apart(tmp_path: Path) -> None:
    """An ad's phone line over the next ad's label, no signer and date under it, is no notice's
    contact line: it stays contact furniture, and nothing is read as a closer."""
    page = _flat([["出租"], ["城关区两室一厅，水电齐全，月租2000元。"], ["电话：13800000000"],
                  ["招聘"], ["某餐厅招服务员数名，待遇面议。"], ["联系人：王女士"]])
    root = tei_root(convert_page(CliRunner(), tmp_path, page))
    assert "电话：13800000000" in [text_of(fw) for fw in root.findall(".//t:fw[@type='contact']", NS)]
    assert "电话：13800000000" not in [text_of(p) for p in root.findall(".//t:p", NS)]
    assert root.find(".//t:closer", NS) is None


#: A notice's label over its document's number (court case, government document, serial number).
NUMBERS = {
    "court-case": ("北京市第一中级人民法院公告", "（2024）京01民初123号"),
    "bare-label": ("公告", "（2024）京01民初123号"),
    "government": ("兰州市人民政府通告", "兰政发〔2024〕12号"),
    "bracketed-year": ("公告", "〔2024〕第5号"),
    "serial": ("甘肃省财政厅公告", "2024年第3号"),
    "taiwan-court": ("臺灣臺北地方法院公告", "113年度訴字第123號"),
}


@pytest.mark.parametrize("name", NUMBERS)
def test_a_documents_number_under_its_label_is_a_paragraph(tmp_path: Path, name: str) -> None:
    """The label is the notice's `head`, the number the first `p` (before: the number was the
    title, the label its kicker)."""
    label, number = NUMBERS[name]
    text = "张三：本院受理原告某公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。"
    page = _flat([[label], [number], [text], ["特此公告。"], [COURT], [DATE]])
    (notice,) = _articles(convert_page(CliRunner(), tmp_path, page))
    heads = notice.findall("t:head", NS)
    assert [(h.get("type"), text_of(h)) for h in heads] == [(None, label)]
    assert [text_of(p) for p in notice.findall("t:p", NS)][:2] == [number, text]


def test_a_document_number_on_a_page_xml_page(tmp_path: Path) -> None:
    """PAGE-XML, each line a region: the same reading, the closer pointing at both its zones."""
    lines = ["北京市第一中级人民法院公告", "（2024）京01民初123号", BODY, "特此公告。", COURT, DATE]
    regions = "".join(
        f'<TextRegion id="r{i}" type="paragraph"><Coords points="100,{100 + 60 * i} 700,{100 + 60 * i} '
        f'700,{124 + 60 * i} 100,{124 + 60 * i}"/><TextLine id="r{i}l0"><Coords points="100,{100 + 60 * i} '
        f'700,{100 + 60 * i} 700,{124 + 60 * i} 100,{124 + 60 * i}"/><TextEquiv><Unicode>{line}</Unicode>'
        f'</TextEquiv></TextLine></TextRegion>'
        for i, line in enumerate(lines)
    )
    order = "".join(f'<RegionRefIndexed index="{i}" regionRef="r{i}"/>' for i in range(len(lines)))
    source = tmp_path / "page.xml"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
        '<Page imageFilename="p.png" imageWidth="800" imageHeight="600">'
        f'<ReadingOrder><OrderedGroup id="ro">{order}</OrderedGroup></ReadingOrder>{regions}</Page></PcGts>',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["convert", str(source)])
    assert result.exit_code == 0, result.stderr
    (notice,) = _articles(result.stdout)
    assert [text_of(h) for h in notice.findall("t:head", NS)] == [lines[0]]
    first = notice.find("t:p", NS)
    assert text_of(first) == lines[1]
    closer = notice.find("t:closer", NS)
    assert len(closer.get("facs").split()) == 2
    assert closer.get("facs").split()[0] != first.get("facs")


@pytest.mark.parametrize("title", ["京01民初123号案一审宣判", "第1号台风“摩羯”登陆海南"])
def test_a_news_title_holding_a_number_stays_the_title(tmp_path: Path, title: str) -> None:
    page = _flat([[title], ["本报讯 11月1日，有关方面发布消息，情况如下。"]])
    (article,) = _articles(convert_page(CliRunner(), tmp_path, page))
    assert [text_of(h) for h in article.findall("t:head", NS)] == [title]


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_closer_read_from_two_blocks_names_both_zones(tmp_path: Path, fmt: str) -> None:
    """The issuer and the date in two blocks: the closer's `@facs` names both zones (before: the
    issuer's only, so a reviewer could not find the date on the image)."""
    blocks = [["讣告"], ["原兰州市政协副主席李明同志因病医治无效，于2024年10月30日在兰州逝世，享年85岁。"],
              ["特此讣告。"], ["李明同志治丧委员会"], ["2024年10月31日"]]
    source = tmp_path / f"page.{fmt}"
    source.write_bytes(MAKERS[fmt](blocks, {"讣告"}))
    result = CliRunner().invoke(app, ["convert", str(source)])
    assert result.exit_code == 0, result.stderr
    root = tei_root(result.stdout)
    closer = root.find(".//t:closer", NS)
    zones = closer.get("facs").split()
    assert len(zones) == 2
    ids = {z.get("{http://www.w3.org/XML/1998/namespace}id") for z in root.findall(".//t:zone", NS)}
    assert {z.lstrip("#") for z in zones} <= ids
    paragraph_zones = {p.get("facs") for p in root.findall(".//t:p", NS)}
    assert not {z for z in zones} & paragraph_zones
