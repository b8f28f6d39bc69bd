"""What a user reads when a text does not fit (W15 finding 12): `edits undo` given `convert -f txt`'s
articles, or `edits apply` given the normalised output, says which text the command takes, besides
the line of the log whose edit does not fit (before: only `expects '，' in the output at 71 but finds
'9'`); a truncated XML page names its line once (before: `line 11: malformed XML: … line 11, line 11,
column 35`)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from edit_results import error_line
from layoutfix.cli import app

PAGE = (
    "港隊擊敗澳門隊\n\n"
    "本報訊 昨晚在旺角大球場舉行的賽事中,港隊以2:1擊敗澳門隊,取得三連勝。\n\n"
    "聯絡電話:2345 6789\n\n"
    "主教練表示,球隊下月將出戰亞洲盃外圍賽,目標是晉級決賽周。\n"
)


def _converted(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The page, `convert -f txt`'s articles and the edit log of that run."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    articles, log = tmp_path / "articles.txt", tmp_path / "page.edits.jsonl"
    args = ["convert", str(page), "-f", "txt", "-o", str(articles), "--edits", str(log)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return page, articles, log


def test_undo_given_converts_articles_says_which_text_it_takes(tmp_path: Path) -> None:
    _page, articles, log = _converted(tmp_path)
    line = error_line(CliRunner().invoke(app, ["edits", "undo", str(articles), str(log)]))
    assert f"{log}:" in line
    assert "edits undo takes the text edits apply rebuilds with this log" in line
    assert "not convert's articles" in line


def test_undo_of_what_apply_rebuilds_gives_the_page_back(tmp_path: Path) -> None:
    page, _articles, log = _converted(tmp_path)
    applied = tmp_path / "applied.txt"
    assert CliRunner().invoke(app, ["edits", "apply", str(page), str(log), "-o", str(applied)]).exit_code == 0
    result = CliRunner().invoke(app, ["edits", "undo", str(applied), str(log)])
    assert result.exit_code == 0, result.output
    assert result.stdout == PAGE


def test_apply_given_the_output_says_it_takes_the_page_file(tmp_path: Path) -> None:
    page, _articles, log = _converted(tmp_path)
    applied = tmp_path / "applied.txt"
    CliRunner().invoke(app, ["edits", "apply", str(page), str(log), "-o", str(applied)])
    line = error_line(CliRunner().invoke(app, ["edits", "apply", str(applied), str(log)]))
    assert "edits apply takes the text the log was made from: the page file" in line


def test_truncated_xml_names_its_line_once(tmp_path: Path) -> None:
    alto = tmp_path / "page.alto.xml"
    alto.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">\n'
        '<Layout><Page ID="p1" WIDTH="100" HEIGHT="100"><PrintSpace>\n<TextBlock ID="b1"><TextLine>\n'
        '<String CONTENT="港隊" HPOS="1',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["convert", str(alto), "-o", str(tmp_path / "out.xml")])
    assert result.exit_code == 3
    line = result.stderr
    assert line.startswith(f"layoutfix: error: {alto}: line 5: malformed XML: ") and line.count("\n") == 1
    assert line.count("line 5") == 1
    assert "(column " in line
