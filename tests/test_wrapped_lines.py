"""Flat text wrapped at the column width (a Tesseract txt export) reads as one line per paragraph.

Such exports break every paragraph at the column with single newlines and set paragraphs apart by a
blank line. A newline between hanzi is whitespace in TEI, so readers saw a space inside a word
(会议强调 要抓好落实) and search missed words across the break. A break inside a body paragraph is
now a `join.wrap` edit (kind `join`, certainty `medium`), with the coordinate join's rule for the glue:
nothing between Chinese, a space between Latin words. Lines set on their own stay.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app

TITLE = "全市召开会议"
#: A paragraph as a 15-hanzi column prints it, and the same paragraph on one line.
WRAPPED = "近日，全市召开会议。会议强调，要\n抓好各项工作的落实，推动基层协商\n向纵深发展。"
ONE_LINE = WRAPPED.replace("\n", "")
#: A Latin phrase broken at the column: the words keep their space.
LATIN = "近日，全市召开会议，会议邀请World\nHealth Organization的专家作报告。"


def _page(tmp_path: Path, body: str, name: str = "page.txt") -> Path:
    page = tmp_path / name
    page.write_text(f"{TITLE}\n\n{body}\n", encoding="utf-8")
    return page


def _convert(runner: CliRunner, page: Path, fmt: str, *extra: str) -> str:
    result = runner.invoke(app, ["convert", str(page), "-f", fmt, *extra])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_txt_json_and_tei_read_a_wrapped_paragraph_as_one_line(runner: CliRunner, tmp_path: Path) -> None:
    page = _page(tmp_path, WRAPPED)
    assert _convert(runner, page, "txt") == f"{TITLE}\n\n{ONE_LINE}\n"
    paragraphs = json.loads(_convert(runner, page, "json"))["articles"][0]["paragraphs"]
    assert [p["text"] for p in paragraphs] == [ONE_LINE]
    assert f"<p>{ONE_LINE}</p>" in _convert(runner, page, "tei")


def test_a_latin_phrase_wrapped_across_lines_keeps_its_space(runner: CliRunner, tmp_path: Path) -> None:
    out = _convert(runner, _page(tmp_path, LATIN), "txt")
    assert "邀请World Health Organization的专家" in out


def test_the_edit_log_rebuilds_the_output_and_the_original(runner: CliRunner, tmp_path: Path) -> None:
    page, edits, out, back = _page(tmp_path, WRAPPED), *(tmp_path / n for n in ("e.jsonl", "o.txt", "b.txt"))
    _convert(runner, page, "txt", "--edits", str(edits))
    records = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    assert [(r["before"], r["after"], r["rule"], r["kind"]) for r in records] == [
        ("\n", "", "join.wrap", "join")
    ] * 2
    result = runner.invoke(app, ["edits", "apply", str(page), str(edits), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert ONE_LINE in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["edits", "undo", str(out), str(edits), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == page.read_bytes()


def test_a_second_convert_of_the_output_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    first = _convert(runner, _page(tmp_path, f"{WRAPPED}\n\n{LATIN}"), "txt")
    assert first.split("\n\n") == [TITLE, ONE_LINE, LATIN.replace("\n", " ") + "\n"]
    again = tmp_path / "again.txt"
    again.write_text(first, encoding="utf-8")
    edits = tmp_path / "again.jsonl"
    assert _convert(runner, again, "txt", "--edits", str(edits)) == first
    assert "join" not in edits.read_text(encoding="utf-8")


def test_lines_set_on_their_own_keep_their_breaks(runner: CliRunner, tmp_path: Path) -> None:
    verse = "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。"
    table = "指标\t数值\t增长\n地区生产总值\t1200亿元\t5.2%"
    one_per_line = "近日，全市召开会议。会议强调要抓好落实，推动发展。\n会议指出，要进一步提高认识。"
    for body in (verse, table, one_per_line):
        out_lines = _convert(runner, _page(tmp_path, body), "txt").splitlines()
        assert all(line in out_lines for line in body.splitlines()), body


def test_an_indented_line_after_a_sentence_opens_a_new_paragraph(runner: CliRunner, tmp_path: Path) -> None:
    """The wrap join never joins across it: the labels cut the block there (test_indented_paragraphs)."""
    first = "  会议强调，要抓好各项工作的落实，推动基层\n协商向纵深发展，把好事办好。"
    second = "  会议要求，各级干部要深入基层调查研究。"
    out_lines = _convert(runner, _page(tmp_path, f"{first}\n{second}"), "txt").splitlines()
    assert out_lines[2:] == [first.replace("\n", "").strip(), "", second.strip()]


def test_heading_lines_keep_their_break(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("秦州区政协\n调研教师队伍建设情况\n\n" + WRAPPED + "\n", encoding="utf-8")
    out = _convert(runner, page, "txt")
    assert out.startswith("秦州区政协\n调研教师队伍建设情况\n\n") and ONE_LINE in out


#: English and Malay wrapped after a Latin mark: `united,` / `not`, `Tun Dr.` / `Ismail`, `No.` / `12`.
LATIN_MARKS = (
    "总理昨天在国家体育场举行的群众大会上致词时说:\"We\n"
    "must be united, not divided, and we are united,\n"
    "not divided.\"他强调人民必须团结一致,Tun Dr.\n"
    "Ismail亦出席会议并致词,会谈地址为第八号Jalan No.\n"
    "12, Jalan Sultan,现场约有群众一万二千名出席.\n"
)


def test_a_wrap_after_a_latin_mark_keeps_a_space_between_latin_words(
    runner: CliRunner, tmp_path: Path
) -> None:
    page, edits = _page(tmp_path, LATIN_MARKS), tmp_path / "e.jsonl"
    out = _convert(runner, page, "txt", "--edits", str(edits))
    assert "说：“We must be united, not divided, and we are united, not divided.”他强调" in out
    assert "Tun Dr. Ismail亦出席" in out
    assert "Jalan No. 12, Jalan Sultan" in out
    wraps = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    wraps = [(r["before"], r["after"]) for r in wraps if r["rule"] == "join.wrap"]
    assert wraps == [("\n", " ")] * 4
    applied, back = tmp_path / "applied.txt", tmp_path / "back.txt"
    result = runner.invoke(app, ["edits", "apply", str(page), str(edits), "-o", str(applied)])
    assert result.exit_code == 0, result.stderr
    assert "Tun Dr. Ismail" in applied.read_text(encoding="utf-8")
    result = runner.invoke(app, ["edits", "undo", str(applied), str(edits), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == page.read_bytes()
    again = tmp_path / "again.txt"
    again.write_text(out, encoding="utf-8")
    assert _convert(runner, again, "txt") == out


#: Numbers, links and hanzi broken at a Latin mark: the join adds nothing.
UNSPACED = (
    "会议在国家体育场举行,昨天的大会上\n"
    "各界人士踊跃参加,现场约有群众共12,\n"
    "000名出席,每名工友可获得津贴S$1,234.\n"
    "50元,详情请访问该报的网站www.zaobao.\n"
    "com.sg查询,会议结束时他对记者说,\n"
    "我们要团结一致,加强合作,共同发展经济.\n"
)


def test_a_wrap_inside_a_number_or_a_link_takes_no_space(runner: CliRunner, tmp_path: Path) -> None:
    out = _convert(runner, _page(tmp_path, UNSPACED), "txt")
    assert "群众共12,000名出席" in out
    assert "S$1,234.50元" in out
    assert "www.zaobao.com.sg查询" in out


#: Set scores wrapped after their comma: the comma stays ASCII and the join puts its space back.
WRAPPED_SCORES = (
    "会议在国家体育场举行,昨天的羽毛球决赛上\n"
    "各界人士踊跃参加,他在决赛中以15:12,\n"
    "15:9获胜,会议结束时他对记者说他很高兴.\n"
)


def test_set_scores_wrapped_after_their_comma_keep_an_ascii_comma(runner: CliRunner, tmp_path: Path) -> None:
    out = _convert(runner, _page(tmp_path, WRAPPED_SCORES), "txt")
    assert "他在决赛中以15:12, 15:9获胜，会议结束时" in out
    again = tmp_path / "again.txt"
    again.write_text(out, encoding="utf-8")
    assert _convert(runner, again, "txt") == out


#: Lines of a column of 44 columns (a hanzi is two): a fragment set at the end of one line and the
#: start of the next, hanzi around, so the break reads as a wrap.
_FILL = "会议强调要抓好各项工作的落实推动基层协商向纵深发展把好事办好各界人士踊跃参加"


def columns(text: str) -> int:
    """Columns `text` takes in print: a wide character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrapped_block(end: str, start: str, width: int = 44, fill: str = _FILL) -> str:
    """`end` closing a full line of the column and `start` opening the next, hanzi (`fill`) filling both."""
    left, right = end, start
    for ch in fill:
        if columns(left) >= width - 1:
            break
        left = ch + left
    for ch in fill[5:]:
        if columns(right) >= width - 1:
            break
        right += ch
    return f"{left}\n{right}\n向纵深发展。"


#: A wrap after a full stop or comma between Latin words: what the join makes of it. Inside a
#: domain, an address, an abbreviation or a product's name it adds nothing; between words it spaces.
DOTTED_WRAPS = [
    ("浏览zaobao.", "com.sg查询", "浏览zaobao.com.sg查询"),
    ("网址go.gov.", "sg/abc查询", "网址go.gov.sg/abc查询"),
    ("网站data.gov.", "sg查询", "网站data.gov.sg查询"),
    ("登记mysejahtera.gov.", "my即可", "登记mysejahtera.gov.my即可"),
    ("电邮john.", "tan@sph.com.sg查询", "电邮john.tan@sph.com.sg查询"),
    ("来自U.S.", "A.的代表", "来自U.S.A.的代表"),
    ("来自U.", "S.的代表", "来自U.S.的代表"),
    ("上午10 a.", "m.开始", "上午10 a.m.开始"),
    ("拥有Ph.", "D.学位", "拥有Ph.D.学位"),
    ("采用Node.", "js开发", "采用Node.js开发"),
    ("采用ASP.", "NET开发", "采用ASP.NET开发"),
    ("型号A.", "B.两款", "型号A.B.两款"),
    # words after a mark keep their space
    ("他说united,", "not divided", "他说united, not divided"),
    ("Tun Dr.", "Ismail出席", "Tun Dr. Ismail出席"),
    ("地址为No.", "12, Jalan Sultan", "地址为No. 12, Jalan Sultan"),
    ("公司Sdn.", "Bhd.的代表", "公司Sdn. Bhd.的代表"),
]


def test_a_wrap_inside_a_dotted_name_takes_no_space(runner: CliRunner, tmp_path: Path) -> None:
    body = "\n\n".join(_wrapped_block(end, start) for end, start, _ in DOTTED_WRAPS)
    page, edits = _page(tmp_path, body), tmp_path / "e.jsonl"
    out = _convert(runner, page, "txt", "--edits", str(edits))
    missing = [joined for _, _, joined in DOTTED_WRAPS if joined not in out]
    assert missing == []
    assert out.count("\n") < body.count("\n")  # the wraps were joined
    applied, back = tmp_path / "applied.txt", tmp_path / "back.txt"
    result = runner.invoke(app, ["edits", "apply", str(page), str(edits), "-o", str(applied)])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["edits", "undo", str(applied), str(edits), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == page.read_bytes()
    again = tmp_path / "again.txt"
    again.write_text(out, encoding="utf-8")
    assert _convert(runner, again, "txt") == out
