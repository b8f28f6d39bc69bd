"""`layoutfix batch` as an archivist meets it (v12 audit): a malformed rule folder stops the run before
any work, outputs no input maps to any more are named, `--from` reads every page as one format, and
the run's last lines say what happened (all up to date, a loop, an interruption)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "2024年5月6日\n\n政协委员调研基层\n\n本报讯 委员们查看了{n}号测试文字，听取了意见建议。\n"


def _archive(tmp_path: Path, pages: int = 2) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(1, pages + 1):
        (src / f"p{n}.txt").write_text(PAGE.format(n=n), encoding="utf-8")
    return src


def _bad_rules(tmp_path: Path) -> Path:
    """A rule folder whose one file is not valid TOML (a string left open), as the audit's r1."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "bad.toml").write_text('[[rule]]\nid = "typo.x"\nfind = "甲乙\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize("dask", [False, True], ids=["local", "dask"])
def test_a_malformed_rule_file_stops_the_batch_before_any_page(tmp_path: Path, dask: bool) -> None:
    """Every page failed on the same RuleError (exit 1) where the other commands exit 4 at once."""
    if dask:
        pytest.importorskip("distributed")
    src, out, rep = _archive(tmp_path), tmp_path / "out", tmp_path / "r.json"
    args = ["batch", str(src), str(out), "--rules", str(_bad_rules(tmp_path)), "-j", "1",
            "--report", str(rep)] + (["--dask", "local"] if dask else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 4, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("layoutfix: error: "), result.stderr
    assert "bad.toml" in lines[0] and "FAILED" not in result.stderr
    assert not out.exists() and not rep.exists()  # nothing written: no record, no report
