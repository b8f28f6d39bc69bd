"""Closing signatures of old pages through the CLI: a label naming the agency or paper, two people
(placeholders among them or padded names), a bracketed dateline under the text, and the gap after
`本报讯×月×日`.

Each must close the story above it, as `（本报记者 王丽）` does, and never head the next story as its
kicker; bracketed notes, organisations and kickers over a title stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from layoutfix.cli import app
from tei_parts import body_texts, tei_root
from test_contact_sentences_v27 import _alto

HEAD = "全国农业工作会议在京召开\n\n本报讯 天津港今年吞吐量创新高。\n\n"
NEXT = "\n\n某厂引进生产线\n\n本报讯 某厂引进的生产线已投产。\n"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _tei(tmp_path: Path, text: str) -> str:
    """Convert `text` as a page file with the CLI and return the TEI."""
    return convert_page(CliRunner(), tmp_path, text, "-f", "tei", "-o", "-")


def _article_texts(tei: str) -> list[str]:
    """Each article's text, its elements' texts joined, in order."""
    root = tei_root(tei)
    return ["".join(div.itertext()) for div in root.iterfind(".//t:div[@type='article']", NS)]


def _assert_closes_first_story(tei: str, line: str) -> None:
    """`line` is the first story's closer and the next story opens with its own title, no kicker."""
    first, second = _article_texts(tei)
    assert line in first
    assert line not in second
    assert 'type="kicker"' not in tei
    assert body_texts(tei, "closer") == [line]


@pytest.mark.parametrize("signature", [
    "（新华社记者 ×××）", "（新华社记者 王丽）", "（中新社记者 ××）", "（人民日报记者 王丽）",
    "（本报记者 ×× ×××）", "（本报记者 ××、×××）", "（本报记者 王丽 ××）", "（本报记者 ×× 王丽）",
    "（新華社記者 王麗）",
])
def test_signature_closes_the_story_above(tmp_path: Path, signature: str) -> None:
    tei = _tei(tmp_path, HEAD + signature + NEXT)
    _assert_closes_first_story(tei, signature)
    assert f"<signed>{signature.strip('（）')}</signed>" in tei


def test_agency_signature_on_the_last_line_keeps_its_gap(tmp_path: Path) -> None:
    """Before, `（新华社记者 王丽）` under the paragraph in its block lost its gap and stayed in the `p`."""
    tei = _tei(tmp_path, HEAD.rstrip("\n") + "\n（新华社记者 王丽）" + NEXT)
    assert "<p>天津港今年吞吐量创新高。</p>" in tei
    assert "<closer>（<signed>新华社记者 王丽</signed>）</closer>" in tei


@pytest.mark.parametrize(("printed", "read"), [
    ("（本报记者 王 丽 李 华）", "（本报记者 王丽 李华）"),
    ("（记者 王丽 李 华）", "（记者 王丽 李华）"),
    ("（本报记者 王 丽）", "（本报记者 王丽）"),
])
def test_padded_names_lose_their_padding_not_the_gaps_between(
    tmp_path: Path, printed: str, read: str
) -> None:
    tei = _tei(tmp_path, HEAD + printed + NEXT)
    _assert_closes_first_story(tei, read)


@pytest.mark.parametrize("dateline", ["（本报×月×日电）", "（新华社×月×日电）", "（本报3月9日电）"])
def test_bracketed_dateline_under_the_text_closes_the_story(tmp_path: Path, dateline: str) -> None:
    """Before, the line was an article of its own holding only a byline."""
    tei = _tei(tmp_path, HEAD + dateline + NEXT)
    assert tei.count('type="article"') == 2
    assert f"<closer>{dateline}</closer>" in tei
    assert "<byline>" + dateline not in tei
    at_end = _tei(tmp_path, HEAD + dateline + "\n")
    assert at_end.count('type="article"') == 1
    assert f"<closer>{dateline}</closer>" in at_end


def test_bracketed_dateline_over_a_lead_stays_its_byline(tmp_path: Path) -> None:
    tei = _tei(tmp_path, "全国农业工作会议在京召开\n\n（本报3月9日电）\n\n天津港今年吞吐量创新高。\n")
    assert "<byline>（本报3月9日电）</byline>" in tei
    assert "<closer>" not in tei


@pytest.mark.parametrize("date", ["×月×日", "3月9日"])
def test_gap_after_a_dated_xun_stays(tmp_path: Path, date: str) -> None:
    """Before, `本报讯×月×日 天津港…` lost its gap: `×月×日天津港…`."""
    tei = _tei(tmp_path, f"全国农业工作会议在京召开\n\n本报讯{date} 天津港今年吞吐量创新高。\n")
    assert f"<p>{date} 天津港今年吞吐量创新高。</p>" in tei


@pytest.mark.parametrize("line", ["（市委宣传部供稿）", "（据人民日报记者 王丽）", "（会议 现场）"])
def test_bracketed_words_naming_no_signer_are_not_closers(tmp_path: Path, line: str) -> None:
    tei = _tei(tmp_path, HEAD + line + NEXT)
    assert "<closer>" not in tei


def test_notes_and_organisations_in_a_story_stay_text(tmp_path: Path) -> None:
    note = "天津港今年吞吐量创新高。（记者注：文中数据截至去年底。）"
    org = "会议由（新华社）等单位联合主办，天津港（集团）有限公司参加。"
    tei = _tei(tmp_path, f"全国农业工作会议在京召开\n\n本报讯 {note}\n\n{org}\n")
    assert body_texts(tei, "p") == [note, org]
    assert "<closer>" not in tei


def test_agency_reporter_under_the_title_is_the_byline(tmp_path: Path) -> None:
    tei = _tei(tmp_path, "全国农业工作会议在京召开\n\n（新华社记者 王丽）\n\n天津港今年吞吐量创新高。\n")
    assert body_texts(tei, "byline") == ["（新华社记者 王丽）"]
    assert "<closer>" not in tei


@pytest.mark.parametrize("line", ["（新华社记者 ×××）", "（本报记者 ×× ×××）", "（本报×月×日电）"])
def test_on_an_alto_page_the_line_closes_the_story(tmp_path: Path, line: str) -> None:
    page = tmp_path / "page.xml"
    page.write_text(_alto([
        (100, "全国农业工作会议在京召开", 60), (200, "本报讯 天津港今年吞吐量创新高。", 30), (260, line, 30),
        (340, "某厂引进生产线", 60), (440, "本报讯 某厂引进的生产线已投产。", 30),
    ]), "utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "tei", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    _assert_closes_first_story(result.stdout, line)
