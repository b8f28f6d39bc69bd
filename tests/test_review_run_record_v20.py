"""The review report and the edit log describe one run (an archivist's walk-through, session 20).

1. `review` had no `--edits`: the log came from a separate `convert` run, perhaps with other options
   (`convert --apply medium --edits` logged 4 medium typos, `review` with the defaults showed none),
   and "change 7 of 7" in the report was line 11 of that log. `review --edits FILE` now writes the log
   of the very run the report shows, and the report names each change's line in it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from typer.testing import CliRunner

from cli_pages import one_error_line
from layoutfix.cli import app

#: A page with typos the shipped rules correct at medium certainty (and one at high).
PAGE_TEXT = (
    "第3版\n\n县里调研基层服务\n\n"
    "本报讯(记者 王丽)近日,全县其本实现便民服务全覆盖。"
    "调研组要求打通服务群众的未端环节,防止改革方案最终天折。\n\n"
    "会议指出,要加强与企业恰谈合作,推动政协协商和其层协商有效衔接。\n"
)
ISSUE = Path(__file__).parent / "issues" / "daily-a"
SEED = Path(__file__).parents[1] / "examples" / "seed-page.txt"
CERTS = ("high", "medium", "low")


def report_data(path: Path) -> dict:
    """The data block of a review report: the changes as the report numbers them."""
    root = lxml.html.document_fromstring(path.read_text(encoding="utf-8"))
    return json.loads(root.get_element_by_id("review-data").text)


def log_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "p3.txt"
    path.write_text(PAGE_TEXT, encoding="utf-8")
    return path


def test_review_edits_writes_the_log_of_the_run_it_shows(
    runner: CliRunner, page: Path, tmp_path: Path
) -> None:
    report, log = tmp_path / "r.html", tmp_path / "r.edits.jsonl"
    result = runner.invoke(app, ["review", str(page), "--apply", "medium", "--edits", str(log),
                                 "-o", str(report)])
    assert result.exit_code == 0, result.output
    converted = tmp_path / "c.edits.jsonl"
    same = runner.invoke(app, ["convert", str(page), "--apply", "medium", "--edits", str(converted),
                               "-o", str(tmp_path / "c.xml")])
    assert same.exit_code == 0, same.output
    assert log.read_bytes() == converted.read_bytes()  # the log `convert --edits` writes for those options
    lines, edits = log_lines(log), report_data(report)["edits"]
    assert any(line["cert"] == "medium" for line in lines)  # --apply medium reached both
    assert len(edits) == len(lines)
    for number, (edit, line) in enumerate(zip(edits, lines, strict=True), start=1):
        assert edit["line"] == number  # change N is line N of the log, and the detail says so
        assert {k: edit[k] for k in ("start", "end", "before", "after", "rule", "cert")} == {
            k: line[k] for k in ("start", "end", "before", "after", "rule", "cert")}


def test_review_of_an_issue_writes_the_issue_log_in_the_report_order(
    runner: CliRunner, tmp_path: Path
) -> None:
    report, log = tmp_path / "r.html", tmp_path / "r.edits.jsonl"
    result = runner.invoke(app, ["review", str(ISSUE), "--edits", str(log), "-o", str(report)])
    assert result.exit_code == 0, result.output
    converted = tmp_path / "c.edits.jsonl"
    same = runner.invoke(app, ["convert", str(ISSUE), "--edits", str(converted),
                               "-o", str(tmp_path / "c.xml")])
    assert same.exit_code == 0, same.output
    assert log.read_bytes() == converted.read_bytes()
    lines, edits = log_lines(log), report_data(report)["edits"]
    assert len({line["page"] for line in lines}) > 1  # several pages: the order is by page, then offset
    assert [(e["line"], e["before"], e["after"], e["rule"]) for e in edits] == [
        (n, line["before"], line["after"], line["rule"]) for n, line in enumerate(lines, start=1)]


def test_review_edits_and_report_on_stdout_are_refused(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(app, ["review", str(page), "--edits", "-"])
    assert result.exit_code == 2
    assert "-o - and --edits -" in one_error_line(result.stderr)
    assert result.stdout == ""


def test_review_edits_over_the_page_is_refused(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", str(page), "--edits", str(page), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert page.read_text(encoding="utf-8") == PAGE_TEXT
    assert not (tmp_path / "r.html").exists()


# 2. The report recorded no version, rules digest, options, input file or date: nothing tied a signed
#    report to the run (or log) it came from. The header's run block now gives them, the settings as
#    the TEI header records them.

def run_block(path: Path) -> dict[str, list[str]]:
    """The run block of a report's header: each `data-run` key with its values, as text."""
    root = lxml.html.document_fromstring(path.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for dd in root.get_element_by_id("run").iter("dd"):
        found.setdefault(dd.get("data-run"), []).append(dd.text_content())
    return found


def test_review_header_records_version_settings_rules_input_and_date(
    runner: CliRunner, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from layoutfix import __version__

    rules = tmp_path / "mine"
    rules.mkdir()
    (rules / "extra.toml").write_text('[[rule]]\nid = "typo.zz"\nfind = "恰谈"\nreplace = "洽谈"\n'
                                      'cert = "high"\nwhy = "a look-alike"\n', encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    report = tmp_path / "r.html"
    options = ["--apply", "medium", "--variants", "t2s", "--rules", str(rules)]
    result = runner.invoke(app, ["review", str(page), *options, "-o", str(report)])
    assert result.exit_code == 0, result.output
    tei = tmp_path / "p.xml"
    assert runner.invoke(app, ["convert", str(page), *options, "-o", str(tei)]).exit_code == 0
    header = lxml.etree.parse(str(tei))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    digest = header.xpath("//t:application/t:desc[@type='rules-sha256']/@n", namespaces=ns)[0]
    run = run_block(report)
    assert run["layoutfix"] == [__version__]
    assert run["made"] == ["1970-01-02T00:00:00Z"]
    assert run["input"] == [f"{page} (sha256 {hashlib.sha256(page.read_bytes()).hexdigest()})"]
    assert run["setting-apply"][0].startswith("medium:")
    assert run["setting-variants"][0].startswith("t2s:")
    assert run["setting-rules-sha256"][0].startswith(f"{digest}:")  # the TEI header's digest
    assert run["rules"] == [str(rules)]


def test_review_header_escapes_the_file_name(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "a<b>&x.txt"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    report = tmp_path / "r.html"
    result = runner.invoke(app, ["review", str(page), "-o", str(report)])
    assert result.exit_code == 0, result.output
    assert run_block(report)["input"][0].startswith(f"{page} (sha256 ")
    root = lxml.html.document_fromstring(report.read_text(encoding="utf-8"))
    assert not list(root.get_element_by_id("run").iter("b"))


@pytest.mark.skipif(os.name != "posix", reason="file names of any bytes are POSIX's")
def test_review_of_a_name_not_valid_utf8_writes_report_and_log(runner: CliRunner, tmp_path: Path) -> None:
    """A file or rule folder named in bytes that are no UTF-8 (`bad\\xff.txt`) is named escaped in the
    run block, as in the title (review of v20: a UnicodeEncodeError traceback, and the edit log left
    behind without its report)."""
    page = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff.txt"))
    page.write_text(PAGE_TEXT, encoding="utf-8")
    rules = Path(os.fsdecode(bytes(tmp_path) + b"/rul\xfe"))
    rules.mkdir()
    (rules / "r.toml").write_text('[[rule]]\nid = "u.x"\nfind = "甲乙"\nreplace = "甲丙"\ncert = "high"\n'
                                  'why = "test"\nexamples = ["甲乙 => 甲丙"]\n', encoding="utf-8")
    report, log = tmp_path / "r.html", tmp_path / "r.jsonl"
    result = runner.invoke(app, ["review", str(page), "--rules", str(rules), "--edits", str(log),
                                 "-o", str(report)])
    assert result.exit_code == 0, result.output
    block = run_block(report)
    assert block["input"][0].startswith(f"{tmp_path}/bad\\xff.txt (sha256 ")
    assert log.exists()


def test_an_out_of_range_source_date_epoch_is_now(runner: CliRunner, page: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`SOURCE_DATE_EPOCH` past the calendar (review of v20: a ValueError traceback)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999")
    result = runner.invoke(app, ["review", str(page), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output


def test_review_header_of_stdin_has_no_checksum(runner: CliRunner) -> None:
    result = runner.invoke(app, ["review", "-"], input=PAGE_TEXT)
    assert result.exit_code == 0, result.output
    root = lxml.html.document_fromstring(result.stdout)
    inputs = [dd.text_content() for dd in root.get_element_by_id("run").iter("dd")
              if dd.get("data-run") == "input"]
    assert inputs == ["standard input (no checksum)"]


def test_batch_review_header_names_each_page_file_of_an_issue(runner: CliRunner, tmp_path: Path) -> None:
    import hashlib

    folder = tmp_path / "in" / "daily-a"
    folder.mkdir(parents=True)
    for src in sorted(ISSUE.iterdir()):
        (folder / src.name).write_bytes(src.read_bytes())
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), str(tmp_path / "out"), "--issues", "--review",
                                 "--apply", "low", "-j", "1"])
    assert result.exit_code == 0, result.output
    run = run_block(tmp_path / "out" / "daily-a.review.html")
    assert run["input"] == [f"{p} (sha256 {hashlib.sha256(p.read_bytes()).hexdigest()})"
                            for p in sorted(folder.iterdir())]
    assert run["setting-apply"][0].startswith("low:")


# 3. The batch report had totals only: no page could be ranked by its uncertain edits, and the run's
#    settings and rules digest were only in OUT_DIR's hidden record, rewritten by each run.

def batch_report(runner: CliRunner, in_dir: Path, out_dir: Path, report: Path, *more: str) -> dict:
    result = runner.invoke(app, ["batch", str(in_dir), str(out_dir), "-j", "1", "--report", str(report),
                                 *more])
    assert result.exit_code == 0, result.output
    return json.loads(report.read_text(encoding="utf-8"))


def test_batch_report_counts_each_page_by_certainty_and_kind(runner: CliRunner, tmp_path: Path) -> None:
    in_dir = tmp_path / "in"
    in_dir.mkdir()
    (in_dir / "p3.txt").write_text(PAGE_TEXT, encoding="utf-8")
    (in_dir / "seed.txt").write_bytes(SEED.read_bytes())
    data = batch_report(runner, in_dir, tmp_path / "out", tmp_path / "r.json", "--apply", "medium",
                        "--edits")
    pages = {Path(entry["source"]).name: entry for entry in data["per_page"]}
    assert set(pages) == {"p3.txt", "seed.txt"}
    for name, entry in pages.items():  # each page as its own edit log counts it
        lines = log_lines(tmp_path / "out" / name.replace(".txt", ".edits.jsonl"))
        assert entry["status"] == "converted"
        assert entry["edits"] == len(lines)
        assert entry["by_cert"] == {c: sum(line["cert"] == c for line in lines) for c in CERTS}
        assert entry["by_kind"] == {k: sum(line["kind"] == k for line in lines) for k in entry["by_kind"]}
        assert sum(entry["by_kind"].values()) == len(lines)
    assert pages["p3.txt"]["by_cert"]["medium"] > 0
    assert data["edits_by_cert"] == {c: sum(e["by_cert"][c] for e in pages.values()) for c in CERTS}
    # additive: the keys a script read before are still there, in their order, first
    assert list(data)[:23] == [
        "in_dir", "out_dir", "format", "jobs", "unit", "pages", "converted", "skipped", "failed",
        "unread_folders", "articles", "edits", "edits_by_kind", "edits_by_rule", "suggestions", "warnings",
        "failures", "unrecorded", "not_a_page", "not_pages", "stale_outputs", "seconds", "pages_per_second"]


def test_batch_report_records_the_settings_and_keeps_page_figures_on_resume(
    runner: CliRunner, tmp_path: Path
) -> None:
    in_dir, out_dir = tmp_path / "in", tmp_path / "out"
    in_dir.mkdir()
    (in_dir / "p3.txt").write_text(PAGE_TEXT, encoding="utf-8")
    rules = tmp_path / "mine"
    rules.mkdir()
    (rules / "extra.toml").write_text('[[rule]]\nid = "typo.zz"\nfind = "恰谈"\nreplace = "洽谈"\n'
                                      'cert = "high"\nwhy = "a look-alike"\n', encoding="utf-8")
    options = ["--apply", "medium", "--rules", str(rules)]
    first = batch_report(runner, in_dir, out_dir, tmp_path / "r1.json", *options)
    record = json.loads((out_dir / ".layoutfix-batch.json").read_text(encoding="utf-8"))["settings"]
    assert first["settings"] == {**record, "rules-given": [str(rules)]}
    assert first["settings"]["apply"] == "medium" and len(first["settings"]["rules"]) == 64
    again = batch_report(runner, in_dir, out_dir, tmp_path / "r2.json", *options, "--resume")
    assert again["skipped"] == 1
    assert [e["status"] for e in again["per_page"]] == ["skipped"]
    assert again["per_page"][0]["by_cert"] == first["per_page"][0]["by_cert"]
    assert again["settings"] == first["settings"]
