"""What a batch's outputs call their page: its path relative to IN_DIR, so pages of the same name in
two issue folders stay apart, and the outputs do not depend on how IN_DIR was typed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
PAGE = "全市召开会议\n\n近日，全市召开会议。\n"


def _issues(root: Path) -> Path:
    src = root / "in"
    for day in ("2024-01-01", "2024-01-02"):
        (src / day).mkdir(parents=True)
        (src / day / "p1.txt").write_text(PAGE, encoding="utf-8")
    return src


def _idno(path: Path) -> str:
    root = etree.parse(str(path)).getroot()
    return root.findtext(".//tei:sourceDesc//tei:idno[@type='file']", namespaces=TEI) or ""


def test_pages_of_one_name_in_two_folders_are_told_apart(tmp_path: Path) -> None:
    src, out = _issues(tmp_path), tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert _idno(out / "2024-01-01" / "p1.tei.xml") == "2024-01-01/p1.txt"
    assert _idno(out / "2024-01-02" / "p1.tei.xml") == "2024-01-02/p1.txt"


def test_the_outputs_do_not_depend_on_how_in_dir_was_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _issues(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["batch", str(src.resolve()), str(tmp_path / "abs"), "-j", "1"]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["batch", "in", "rel", "-j", "1"]).exit_code == 0
    for day in ("2024-01-01", "2024-01-02"):
        a = (tmp_path / "abs" / day / "p1.tei.xml").read_bytes()
        b = (tmp_path / "rel" / day / "p1.tei.xml").read_bytes()
        assert a == b
    assert os.fsencode(str(tmp_path)) not in (tmp_path / "abs" / "2024-01-01" / "p1.tei.xml").read_bytes()
