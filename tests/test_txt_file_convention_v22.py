"""The plain-text output's byte convention (docs/cli.md, "Plain text"): UTF-8 without a BOM, LF line
ends whatever the input's, one final newline, the same bytes on every run. A corpus reads these files
with tools that count a stray CR or BOM as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = ("春耕生产全面展开\n\n本报讯 全市各地抢抓农时，组织农户开展春播生产。\n\n"
        "新桥通车\n\n本报讯 市区新建的一座大桥昨日正式通车。\n")


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_txt_output_is_utf8_lf_one_final_newline(tmp_path: Path, newline: str, bom: bytes) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(bom + PAGE.replace("\n", newline).encode("utf-8"))
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"out{n}.txt"
        result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    data = outputs[0]
    assert outputs[1] == data
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in data
    assert data.endswith(b"\n") and not data.endswith(b"\n\n")
    text = data.decode("utf-8")
    assert "全市各地抢抓农时" in text and "＊＊＊" in text
