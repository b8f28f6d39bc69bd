"""The refusal of a flat page opening with an XML declaration says what was found (v12 audit)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app

DECLARED = '<?xml version="1.0"?>\n\n本报讯 近日，市里召开会议。\n'


def test_a_declaration_without_an_element_is_named_as_such(tmp_path: Path) -> None:
    page = tmp_path / "x.txt"
    page.write_text(DECLARED, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page)])
    assert result.exit_code == 3, result.stderr
    line = result.stderr.strip()
    assert len(result.stderr.splitlines()) == 1
    assert "root element" not in line and "<?>" not in line
    assert "an XML declaration (<?xml …?>) with no element after it" in line
    assert line.endswith('--from txt, in Python convert(input_format="txt"), reads it as flat text')


def test_a_foreign_root_is_still_named(tmp_path: Path) -> None:
    page = tmp_path / "mets.xml"
    page.write_text('<?xml version="1.0"?>\n<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>\n',
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page)])
    assert result.exit_code == 3, result.stderr
    assert "XML with root element <mets:mets>" in result.stderr
