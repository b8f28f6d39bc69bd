"""`batch --resume` keeps only outputs made under the settings of the run: a run with other rules (or
edited rule files) or other options converts every page again, says so once, and resumes correctly
when it is stopped half-way."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from batch_pages import small_archive
from layoutfix import convert
from layoutfix.batch import BatchConfig, PageResult, run_batch
from layoutfix.cli import app
from layoutfix.normalize import NormalizeOptions

#: The settings record a batch leaves in OUT_DIR (spelled out: the test must run on code without it).
RECORD = ".layoutfix-batch.json"


def _rule(folder: Path, replace: str) -> Path:
    """A rule folder whose one rule turns 测试文字 into `replace`; written again, the file is one
    second newer (as an edit by hand would be), so the rule loader's own cache sees it."""
    folder.mkdir(exist_ok=True)
    rule = folder / "local.toml"
    old = rule.stat().st_mtime_ns if rule.exists() else None
    rule.write_text(f'[[rule]]\nid = "typo.test-word"\nfind = "测试文字"\nreplace = "{replace}"\n'
                    'cert = "high"\nwhy = "a test"\n', encoding="utf-8")
    if old is not None:
        os.utime(rule, ns=(old + 10**9, old + 10**9))
    return folder


def _texts(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.txt"))}


def test_resume_after_a_rule_file_is_edited_converts_again_with_the_new_rule(tmp_path: Path) -> None:
    src, out = small_archive(tmp_path), tmp_path / "out"
    rules = _rule(tmp_path / "rules", "测验文字")
    config = BatchConfig(fmt="txt", resume=True, options=NormalizeOptions(rule_dirs=(rules,)))
    first = run_batch(src, out, config, jobs=1)
    assert first.converted == 2 and all("测验文字" in t for t in _texts(out).values())

    _rule(rules, "考试文字")  # the same folder, the same file name, another correction
    again = run_batch(src, out, config, jobs=1)
    assert (again.converted, again.skipped) == (2, 0)
    assert all("考试文字" in t and "测验文字" not in t for t in _texts(out).values())
    assert [w["warning"] for w in again.warnings] == [
        "settings changed since the last run: rules; converting every page again"]


def test_rule_files_count_by_content_not_by_time_or_place(tmp_path: Path) -> None:
    """Touching a rule file or moving its folder changes no output: nothing is converted again."""
    src, out = small_archive(tmp_path), tmp_path / "out"
    rules = _rule(tmp_path / "rules", "测验文字")
    run_batch(src, out, BatchConfig(fmt="txt", options=NormalizeOptions(rule_dirs=(rules,))), jobs=1)
    moved = rules.rename(tmp_path / "moved")
    os.utime(moved / "local.toml")
    again = run_batch(src, out, BatchConfig(fmt="txt", resume=True,
                                            options=NormalizeOptions(rule_dirs=(moved,))), jobs=1)
    assert (again.converted, again.skipped, again.warnings) == (0, 2, [])
    assert (out / RECORD).is_file()  # and so, on the old code, this fails for want of the record


def test_resume_after_an_option_change_converts_again_then_skips(tmp_path: Path) -> None:
    src, out = small_archive(tmp_path), tmp_path / "out"
    run_batch(src, out, BatchConfig(fmt="txt"), jobs=1)
    s2t = BatchConfig(fmt="txt", resume=True, options=NormalizeOptions(variants="s2t"))
    changed = run_batch(src, out, s2t, jobs=1)
    assert (changed.converted, changed.skipped) == (2, 0)
    assert _texts(out) == {p.name: convert(p, fmt="txt", options=s2t.options).output
                           for p in sorted(src.iterdir())}
    assert "委員" in _texts(out)["p1.txt"]
    same = run_batch(src, out, s2t, jobs=1)
    assert (same.converted, same.skipped, same.warnings) == (0, 2, [])
    back = run_batch(src, out, BatchConfig(fmt="txt", resume=True, min_conf=0.5), jobs=1)
    assert back.converted == 2
    assert back.warnings[0]["warning"].startswith("settings changed since the last run: variants, min-conf;")


def test_a_run_stopped_after_a_change_resumes_without_keeping_old_outputs(tmp_path: Path) -> None:
    """The pages converted under the new settings before the stop are kept; the others, made under the
    old settings, are converted again: never a folder mixing the two."""
    src, out = small_archive(tmp_path, pages=3), tmp_path / "out"
    run_batch(src, out, BatchConfig(fmt="txt"), jobs=1)
    s2t = BatchConfig(fmt="txt", resume=True, options=NormalizeOptions(variants="s2t"))

    def stop_after_one(result: PageResult) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(src, out, s2t, jobs=1, on_result=stop_after_one)
    resumed = run_batch(src, out, s2t, jobs=1)
    assert (resumed.converted, resumed.skipped) == (2, 1)
    assert resumed.warnings == []  # the settings were recorded by the stopped run
    assert all("委員" in t for t in _texts(out).values())


def test_a_folder_without_a_record_is_converted_again(tmp_path: Path) -> None:
    """Outputs of a layoutfix from before the record: their settings are unknown, so they are redone."""
    src, out = small_archive(tmp_path), tmp_path / "out"
    run_batch(src, out, BatchConfig(fmt="txt"), jobs=1)
    (out / RECORD).unlink(missing_ok=True)
    again = run_batch(src, out, BatchConfig(fmt="txt", resume=True), jobs=1)
    assert (again.converted, again.skipped) == (2, 0)
    assert again.warnings[0]["warning"].startswith("no record of the settings the outputs in")
    (out / RECORD).write_text("{not json", encoding="utf-8")
    broken = run_batch(src, out, BatchConfig(fmt="txt", resume=True), jobs=1)
    assert broken.converted == 2 and "cannot read .layoutfix-batch.json" in broken.warnings[0]["warning"]


def test_cli_says_once_that_settings_changed_and_the_report_says_it(tmp_path: Path) -> None:
    src, out, rep = small_archive(tmp_path), tmp_path / "out", tmp_path / "report.json"
    runner = CliRunner()
    first = runner.invoke(app, ["batch", str(src), str(out), "--format", "txt", "--resume", "-j", "1"])
    assert first.exit_code == 0, first.output
    assert "warning:" not in first.stderr  # a fresh folder: nothing to warn about
    changed = runner.invoke(app, ["batch", str(src), str(out), "--format", "txt", "--resume", "-j", "2",
                                  "--variants", "s2t", "--apply", "medium", "--report", str(rep)])
    assert changed.exit_code == 0, changed.output
    line = ("layoutfix: batch: warning: settings changed since the last run: variants, apply; "
            "converting every page again")
    assert changed.stderr.count(line) == 1
    assert "2 converted, 0 skipped (up to date)" in changed.stderr
    warnings = json.loads(rep.read_text(encoding="utf-8"))["warnings"]
    assert [w["warning"] for w in warnings] == [line.removeprefix("layoutfix: batch: warning: ")]
    assert warnings[0]["source"] == str(out / RECORD)
    same = runner.invoke(app, ["batch", str(src), str(out), "--format", "txt", "--resume",
                               "-j", "1", "--variants", "s2t", "--apply", "medium"])
    assert "warning:" not in same.stderr and "0 converted, 2 skipped (up to date)" in same.stderr


def test_dask_resume_converts_again_after_a_change(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    from layoutfix.distributed import run_dask

    src, out = small_archive(tmp_path), tmp_path / "out"
    quick = {"processes": False}
    run_dask(src, out, BatchConfig(fmt="txt"), address="local", jobs=1, cluster_options=quick)
    s2t = BatchConfig(fmt="txt", resume=True, options=NormalizeOptions(variants="s2t"))
    changed = run_dask(src, out, s2t, address="local", jobs=1, cluster_options=quick)
    assert (changed.converted, changed.skipped) == (2, 0)
    assert [w["warning"] for w in changed.warnings] == [
        "settings changed since the last run: variants; converting every page again"]
    assert all("委員" in t for t in _texts(out).values())
    same = run_dask(src, out, s2t, address="local", jobs=1, cluster_options=quick)
    assert (same.converted, same.skipped) == (0, 2)


def test_a_resumed_report_counts_the_up_to_date_pages_too(tmp_path: Path, runner) -> None:
    """The report of `--resume` counted the articles and edits of the pages converted this time only:
    after an interruption, r.json said the archive held a fraction of what OUT_DIR holds."""
    src, out = small_archive(tmp_path, pages=3), tmp_path / "out"
    full, resumed = tmp_path / "full.json", tmp_path / "r.json"
    assert runner.invoke(app, ["batch", str(src), str(out), "-j", "1", "--report", str(full)]).exit_code == 0
    (out / "p2.tei.xml").unlink()  # the run was stopped before p2
    args = ["batch", str(src), str(out), "-j", "1", "--resume", "--report", str(resumed)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (full, resumed))
    assert (after["converted"], after["skipped"]) == (1, 2)
    totals = ("pages", "articles", "edits", "edits_by_kind", "edits_by_rule", "suggestions", "warnings")
    assert {k: after[k] for k in totals} == {k: before[k] for k in totals}
    assert before["articles"] == 3 and after.get("unrecorded") == []
    assert f"articles {before['articles']}, edits {before['edits']}," in result.stderr


def test_up_to_date_pages_without_recorded_figures_are_listed_not_counted(tmp_path: Path, runner) -> None:
    """An output changed since it was converted (here: rewritten by hand) is not counted with figures
    that may no longer be its own; the report names it and the summary says so."""
    src, out = small_archive(tmp_path, pages=2), tmp_path / "out"
    assert run_batch(src, out, BatchConfig(), jobs=1).articles == 2
    (out / "p1.tei.xml").write_text((out / "p1.tei.xml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    rep = tmp_path / "r.json"
    result = runner.invoke(app, ["batch", str(src), str(out), "-j", "1", "--resume", "--report", str(rep)])
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert (data["skipped"], data["articles"], data["unrecorded"]) == (2, 1, [str(src / "p1.txt")])
    assert "1 up-to-date pages without recorded figures" in result.stderr


def test_the_figures_record_does_not_grow_across_interrupted_runs(tmp_path: Path) -> None:
    """Each resumed run appends the figures of the pages it converts; a run stopped before the end
    never rewrote the file, so an archive resumed again and again grew one line per page per run."""
    from layoutfix.batch import FIGURES_FILE, PageFigures

    src, out = small_archive(tmp_path, pages=3), tmp_path / "out"
    run_batch(src, out, BatchConfig(), jobs=1)
    record = out / FIGURES_FILE
    lines = record.read_text(encoding="utf-8")
    assert len(lines.splitlines()) == 3
    record.write_text(lines * 4 + '{"target": "p1.tei', encoding="utf-8")  # four runs, the last killed
    PageFigures(out, resume=True).close(complete=False)  # a fifth run, stopped before the end
    assert record.read_text(encoding="utf-8") == lines
