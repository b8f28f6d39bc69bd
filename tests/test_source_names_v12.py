"""A page file whose name is not UTF-8 (a GBK name copied from a Windows archive) converts to every
format: the outputs name it with `\\xNN` escapes, as the batch report does, instead of failing to
encode the JSON."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app

GBK_NAME = b"\xb1\xa8\xd6\xbd.txt"  # 报纸.txt in GBK

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")


@pytest.fixture
def gbk_page(tmp_path: Path) -> Path:
    page = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), GBK_NAME)))
    page.write_text("全市召开会议\n\n近日，全市召开会议。\n", encoding="utf-8")
    return page


def test_the_json_of_a_page_with_a_gbk_file_name_can_be_written(gbk_page: Path) -> None:
    output = layoutfix.convert(gbk_page, fmt="json").output
    # the bytes that are no UTF-8 as \xNN, the rest as read (\xd6\xbd happens to be UTF-8 for U+05BD)
    assert json.loads(output.encode("utf-8"))["source"] == GBK_NAME.decode("utf-8", "backslashreplace")


@pytest.mark.parametrize("fmt", ["tei", "json", "txt"])
def test_the_cli_converts_a_page_with_a_gbk_file_name(gbk_page: Path, fmt: str) -> None:
    result = CliRunner().invoke(app, ["convert", str(gbk_page), "-f", fmt])
    assert result.exit_code == 0, result.output
    assert "近日，全市召开会议。" in result.stdout
