"""Places where two parts of layoutfix read the same fact differently (thirteenth session).

1. `--paper` names a masthead (`参考消息`, which does not end in 报): the labels made the running head
   under it furniture, but the spacing step did not know the paper and removed the space of `3 要闻`.
2. The CLI's `--paper` refused an empty name and invisible format characters (U+200B...) with exit
   2; `convert(..., paper=...)` wrote them into the header. One check now serves both.
3. Standard input is recorded `-` (docs/tei.md, docs/json.md): flat text was, but a coordinate page
   read from it (`cat p1.alto.xml | layoutfix convert -`) was recorded `<stdin>`, the readers' name
   for it in messages (which keep it).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from cli_pages import convert_page
from layoutfix.cli import app
from layoutfix.errors import InputError

OCR = Path(__file__).parent / "fixtures" / "ocr"

NS = {"t": "http://www.tei-c.org/ns/1.0"}
DATE = "2023年10月12日 星期四"
LEAD = "全省会议召开\n\n近日，全省会议在兰州召开。\n"

#: Pages whose running head opens with the masthead `--paper 参考消息` names, and the header `fw`s.
NAMED_PAPER_PAGES = {
    "masthead-over-page": (f"参考消息\n\n3 要闻\n\n{LEAD}", ["参考消息", "3 要闻"]),
    "name-first": (f"参考消息\n\n要闻 3\n\n{LEAD}", ["参考消息", "要闻 3"]),
    "one-block": (f"参考消息\n{DATE}\n3 要闻\n\n{LEAD}", [f"参考消息\n{DATE}\n3 要闻"]),
    "traditional-masthead": (f"參考消息\n\n3 要闻\n\n{LEAD}", ["參考消息", "3 要闻"]),
}


def _convert(runner: CliRunner, tmp_path: Path, page: str, *extra: str) -> str:
    """The CLI's TEI of `page`, after checking it exits 0 with nothing on stderr."""
    return convert_page(runner, tmp_path, page, *extra)


def _header_fws(tei: str) -> list[str]:
    """The text of every `fw type="header"` of the TEI's body, in order."""
    body = etree.fromstring(tei.encode("utf-8")).find(".//t:body", NS)
    return [fw.text for fw in body.iterfind(".//t:fw[@type='header']", NS)]


@pytest.mark.parametrize("name", NAMED_PAPER_PAGES)
def test_the_named_papers_running_head_keeps_its_spaces(runner: CliRunner, tmp_path: Path, name: str) -> None:
    page, header = NAMED_PAPER_PAGES[name]
    log = tmp_path / "e.jsonl"
    tei = _convert(runner, tmp_path, page, "--paper", "参考消息", "--edits", str(log))
    assert _header_fws(tei) == header
    assert log.read_text(encoding="utf-8") == ""  # no space of the head removed


def test_the_api_reads_the_named_papers_running_head_alike() -> None:
    page, header = NAMED_PAPER_PAGES["masthead-over-page"]
    result = layoutfix.convert(page, paper="参考消息", fmt="json")
    assert [b.text for b in result.document.front] == header
    assert not result.edits


def test_a_masthead_known_by_its_form_reads_the_same_with_or_without_paper(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = f"甘肃日报\n\n3 要闻\n\n{LEAD}"
    assert _header_fws(_convert(runner, tmp_path, page, "--paper", "甘肃日报")) == ["甘肃日报", "3 要闻"]
    assert _header_fws(_convert(runner, tmp_path, page)) == ["甘肃日报", "3 要闻"]


# --- 2. one paper check for the API and the CLI ----------------------------------------------------

TEXT = "全市召开会议\n\n近日，全市召开会议。\n"
#: Names the CLI refused and the API took: nothing, blanks, and invisible format characters (a
#: zero-width space, a byte-order mark, a zero-width joiner, a right-to-left override).
REFUSED = ["", "  ", "\u3000", "甘肃\u200b日报", "\ufeff甘肃日报", "甘肃\u200d日报", "甘肃\u202e日报"]


@pytest.mark.parametrize("paper", REFUSED)
def test_the_api_refuses_the_paper_the_cli_refuses_with_its_message(runner: CliRunner, paper: str) -> None:
    with pytest.raises(InputError) as caught:
        layoutfix.convert(TEXT, paper=paper)
    message = str(caught.value)
    assert "\n" not in message
    result = runner.invoke(app, ["convert", "-", "--paper", paper], input=TEXT)
    assert result.exit_code == 2
    assert result.stderr == f"layoutfix: error: --{message}\n"  # the message, naming the option


#: Names both take: plain ones, a traditional one, an ideographic space after it (as OCR copies it).
VALID = ["甘肃日报", "Le Monde", "人民日报 海外版", "甘肃日报\u3000", "參考消息"]


@pytest.mark.parametrize("paper", VALID)
def test_a_plain_paper_name_is_taken_by_both(runner: CliRunner, paper: str) -> None:
    assert layoutfix.convert(TEXT, paper=paper).document.paper == paper
    result = runner.invoke(app, ["convert", "-", "--paper", paper, "-f", "json"], input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["paper"] == paper


#: Names the API took and the CLI refused, which the shared check keeps: a no-break space, a
#: private-use character (a rare hanzi in an old archive's encoding) and a noncharacter (escaped in
#: the TEI, as any header string is), and a CJK Extension H hanzi (Unicode 15) that Python 3.11's
#: tables do not know.
@pytest.mark.parametrize("paper", ["甘肃\xa0日报", "甘肃\ue000日报", "人民\ufffe日报", "甘\U00031350日报"])
def test_the_cli_takes_a_name_the_api_took(runner: CliRunner, paper: str) -> None:
    assert layoutfix.convert(TEXT, paper=paper).document.paper == paper
    result = runner.invoke(app, ["convert", "-", "--paper", paper, "-f", "json"], input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["paper"] == paper


# --- 3. standard input is recorded `-` -----------------------------------------------------------

COORDINATE_PAGES = ["p3.alto.xml", "p1.hocr", "p1.page.xml", "p1.rapidocr.json"]


@pytest.mark.parametrize("name", COORDINATE_PAGES)
def test_a_coordinate_page_from_stdin_is_recorded_as_a_dash(runner: CliRunner, name: str) -> None:
    data = (OCR / name).read_bytes()
    tei = runner.invoke(app, ["convert", "-", "-o", "-"], input=data)
    assert tei.exit_code == 0, tei.stderr
    root = etree.fromstring(tei.stdout.encode("utf-8"))
    assert root.findtext(".//t:sourceDesc/t:bibl/t:idno[@type='file']", namespaces=NS) == "-"
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS).split(" ")[0] == "-"  # (then a date)
    as_json = runner.invoke(app, ["convert", "-", "-f", "json"], input=data)
    assert as_json.exit_code == 0, as_json.stderr
    assert json.loads(as_json.stdout)["source"] == "-"


def test_the_api_reading_stdin_records_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((OCR / "p3.alto.xml").read_bytes())))
    assert layoutfix.convert("-", fmt="json").document.source == "-"


def test_flat_text_from_stdin_is_recorded_as_a_dash_too(runner: CliRunner) -> None:
    result = runner.invoke(app, ["convert", "-", "-f", "json"], input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "-"


def test_an_error_reading_stdin_still_names_it(runner: CliRunner) -> None:
    result = runner.invoke(app, ["convert", "-", "--from", "alto"], input="<alto\n")
    assert result.exit_code == 3
    assert result.stderr.startswith("layoutfix: error: <stdin>: line 2: malformed XML")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("paper", ["甘肃\x07日报", "", "甘肃\u200b日报"])
def test_a_batch_refuses_a_paper_name_when_it_is_set_up(tmp_path: Path, paper: str) -> None:
    """`BatchConfig(paper=...)` is checked as `convert(paper=...)` is: before, each page of
    `run_batch` failed alike on it, after OUT_DIR was prepared."""
    from layoutfix.batch import BatchConfig, run_batch
    from layoutfix.errors import InputError

    with pytest.raises(InputError, match="paper"):
        run_batch(tmp_path, tmp_path / "out", config=BatchConfig(paper=paper))
    assert not (tmp_path / "out").exists()
