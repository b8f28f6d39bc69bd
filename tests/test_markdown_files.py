"""Markdown exports (`page.md`, as MinerU, Marker and docling write them) are pages wherever a folder is
given: a batch, an issue folder, a golden case. They were left out without a word (a batch of `.md`
files reported 0 pages and exited 0), while `convert page.md` read them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "# 全市召开会议\n\n近日，全市召开会议，**部署**今冬明春工作。\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "page1.md").write_text(PAGE, encoding="utf-8")
    (src / "page2.markdown").write_text(PAGE.replace("全市", "全县"), encoding="utf-8")
    return src


def test_a_batch_converts_markdown_pages(folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(folder), str(tmp_path / "out"), "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "近日，全市召开会议，部署今冬明春工作。" in (tmp_path / "out" / "page1.txt").read_text("utf-8")
    assert "全县" in (tmp_path / "out" / "page2.txt").read_text("utf-8")


def test_an_issue_folder_takes_its_markdown_pages(folder: Path) -> None:
    result = CliRunner().invoke(app, ["convert", str(folder), "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "全市召开会议" in result.stdout and "全县召开会议" in result.stdout


def test_golden_add_takes_a_markdown_page(folder: Path, tmp_path: Path) -> None:
    gold = tmp_path / "golden"
    added = CliRunner().invoke(app, ["golden", "add", str(folder / "page1.md"), "--name", "md",
                                     "--dir", str(gold)])
    assert added.exit_code == 0, added.output
    assert (gold / "md" / "input.md").read_text("utf-8") == PAGE
    checked = CliRunner().invoke(app, ["golden", "check", str(gold)])
    assert checked.exit_code == 0, checked.output
