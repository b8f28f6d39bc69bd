"""An issue folder whose pages are named by no number (`front.txt`, `back.txt`) and open with a bare
page head printing a date (`3 要闻 2023年10月12日`) converted with a traceback (`IndexError: no such
group`): the heads' page numbers order and name the pages."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app


def test_bare_dated_heads_number_an_issue(tmp_path: Path) -> None:
    issue = tmp_path / "issue"
    issue.mkdir()
    (issue / "front.txt").write_text(
        "4 综合 2023年10月12日\n\n春耕生产全面展开\n\n本报讯 全市各地抢抓农时，组织农户开展春播生产。\n",
        encoding="utf-8")
    (issue / "back.txt").write_text(
        "3 要闻 2023年10月12日\n\n新桥通车\n\n本报讯 市区新建的一座大桥昨日正式通车。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(issue), "-f", "tei", "-o", str(tmp_path / "o.xml")])
    assert result.exit_code == 0, result.output
    tei = (tmp_path / "o.xml").read_text(encoding="utf-8")
    assert "Traceback" not in result.output
    assert tei.index("新桥通车") < tei.index("春耕生产全面展开")
    assert '<pb n="3"' in tei and '<pb n="4"' in tei
