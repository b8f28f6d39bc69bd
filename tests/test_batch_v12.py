"""`layoutfix batch` as an archivist meets it (v12 audit): a malformed rule folder stops the run before
any work, outputs no input maps to any more are named, `--from` reads every page as one format, and
the run's last lines say what happened (all up to date, a loop, an interruption)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from batch_pages import PAGE, small_archive
from layoutfix.cli import app


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
    src, out, rep = small_archive(tmp_path), tmp_path / "out", tmp_path / "r.json"
    args = ["batch", str(src), str(out), "--rules", str(_bad_rules(tmp_path)), "-j", "1",
            "--report", str(rep)] + (["--dask", "local"] if dask else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 4, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("layoutfix: error: "), result.stderr
    assert "bad.toml" in lines[0] and "FAILED" not in result.stderr
    assert not out.exists() and not rep.exists()  # nothing written: no record, no report


ALTO = Path(__file__).parent / "fixtures" / "ocr" / "p1.alto.xml"


def _stale_run(src: Path, out: Path, rep: Path) -> tuple[str, list[str]]:
    """A resumed TEI run over `src`; its stderr and the report's stale outputs."""
    result = CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1", "--resume",
                                      "--report", str(rep)])
    assert result.exit_code == 0, result.output
    return result.stderr, json.loads(rep.read_text(encoding="utf-8"))["stale_outputs"]


def test_outputs_no_input_maps_to_any_more_are_named_not_deleted(tmp_path: Path) -> None:
    """The audit's scenario: a.xml delivered beside a.txt renames a.txt's output to a.txt.tei.xml, and
    the old a.tei.xml stayed, unnamed: OUT_DIR held the same article twice, the report silent."""
    src, out, rep = tmp_path / "in", tmp_path / "out", tmp_path / "r.json"
    src.mkdir()
    (src / "a.txt").write_text(PAGE.format(n=1), encoding="utf-8")
    stderr, stale = _stale_run(src, out, rep)
    assert stale == [] and "warning:" not in stderr
    (out / "notes.json").write_text("{}", encoding="utf-8")  # the user's own file, of another format
    (src / "a.xml").write_bytes(ALTO.read_bytes())
    stderr, stale = _stale_run(src, out, rep)
    assert stale == [str(out / "a.tei.xml")]
    assert f"layoutfix: batch: warning: {out / 'a.tei.xml'}: made by no input of this run" in stderr
    assert (out / "a.tei.xml").exists()  # named, never deleted
    (src / "a.xml").unlink()  # the reverse: both full-name outputs are made by no input now
    stderr, stale = _stale_run(src, out, rep)
    assert stale == [str(out / "a.txt.tei.xml"), str(out / "a.xml.tei.xml")]
    warned = [line for line in stderr.splitlines() if line.startswith("layoutfix: batch: warning: ")]
    assert [w.split(": ")[3] for w in warned] == stale


def test_files_written_beside_outputs_are_not_stale_outputs(tmp_path: Path) -> None:
    """A txt run's page texts (`a.page.txt`) end as its outputs do: they are no stale outputs."""
    src, out = small_archive(tmp_path), tmp_path / "out"
    args = ["batch", str(src), str(out), "-j", "1", "-f", "txt", "--page-text", "--edits"]
    CliRunner().invoke(app, args)
    again = CliRunner().invoke(app, [*args, "--resume"])
    assert again.exit_code == 0 and "made by no input" not in again.stderr, again.stderr


XML_LIKE_TEXT = '<?xml version="1.0"?>\n\n本报讯 近日，市里召开会议。\n'


def test_from_txt_reads_a_text_page_opening_with_an_xml_declaration(tmp_path: Path) -> None:
    """The audit's det/x.txt: passed over as not a page (exit 0, a warning) with no way to read it in a
    batch, though the warning pointed at --from txt, which only convert had."""
    src, out = small_archive(tmp_path, pages=1), tmp_path / "out"
    (src / "x.txt").write_text(XML_LIKE_TEXT, encoding="utf-8")
    plain = CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1"])
    assert plain.exit_code == 0 and "x.txt: not a page, skipped" in plain.stderr
    assert "--from txt" in plain.stderr and not (out / "x.tei.xml").exists()
    read = CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1", "--from", "txt", "--resume"])
    assert read.exit_code == 0, read.output
    assert "not a page" not in read.stderr and "2 converted" in read.stderr
    assert "settings changed since the last run: from" in read.stderr  # a resume re-reads every page
    assert "市里召开会议" in (out / "x.tei.xml").read_text(encoding="utf-8")


def test_a_resume_with_every_page_up_to_date_says_so_not_a_rate(tmp_path: Path) -> None:
    """The summary read `time 0.0 s, 0.0 pages/s`, as a stalled run would."""
    src, out = small_archive(tmp_path), tmp_path / "out"
    CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1"])
    again = CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1", "--resume"])
    assert again.exit_code == 0, again.output
    assert "all up to date (2 pages skipped)" in again.stderr and "0.0 pages/s" not in again.stderr


def test_run_dask_refuses_a_malformed_rule_file_before_any_work(tmp_path: Path) -> None:
    """The Python API, as the CLI: one RuleError, before a cluster starts or OUT_DIR is made."""
    pytest.importorskip("distributed")
    from layoutfix.batch import BatchConfig
    from layoutfix.distributed import run_dask
    from layoutfix.errors import RuleError
    from layoutfix.normalize import NormalizeOptions

    src, out = small_archive(tmp_path), tmp_path / "out"
    config = BatchConfig(options=NormalizeOptions(rule_dirs=(str(_bad_rules(tmp_path)),)))
    with pytest.raises(RuleError, match=r"bad\.toml"):
        run_dask(src, out, config, address="local", jobs=1)
    assert not out.exists()
