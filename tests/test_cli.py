"""The command line as a user meets it: outputs, edit logs, encodings, errors and exit codes."""

from __future__ import annotations

import itertools
import json
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import opencc
import pytest
from typer.testing import CliRunner

from layoutfix import cli
from layoutfix.cli import app
from layoutfix.normalize import normalize_text
from layoutfix.readers.text import split_blocks
from layoutfix.tracked import TrackedText


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


def fake_normalize(text: str, options: object = None) -> TrackedText:
    """A stand-in normaliser with a known effect, to test the CLI's wiring on its own."""
    return TrackedText(text).sub(",", "，", rule="test.comma", kind="punct")


def fake_normalize_pages(
    text: str, options: object = None, *, warn: object = None
) -> tuple[TrackedText, list[tuple[int, int]]]:
    """`fake_normalize` as `normalize` calls it (`normalize_pages`): the text read whole, nothing said."""
    return fake_normalize(text), [(0, len(text))]


def test_normalize_file_to_stdout(runner: CliRunner, seed_path: Path, seed_text: str) -> None:
    result = runner.invoke(app, ["normalize", str(seed_path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == normalize_text(seed_text).text
    assert len(split_blocks(result.stdout)) == len(split_blocks(seed_text))
    assert result.stderr == ""


def test_normalize_output_file(runner: CliRunner, seed_path: Path, seed_text: str, tmp_path: Path) -> None:
    out = tmp_path / "clean.txt"
    result = runner.invoke(app, ["normalize", str(seed_path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == normalize_text(seed_text).text


def test_normalize_stdin(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "normalize_pages", fake_normalize_pages)
    result = runner.invoke(app, ["normalize", "-"], input="协商,议政\n\n基层".encode())
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "协商，议政\n\n基层"


def test_edits_log_shape_and_order(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "normalize_pages", fake_normalize_pages)
    page = tmp_path / "page.txt"
    page.write_text("标题,一\n\n正文,二,三\n第二行,四", encoding="utf-8")
    log = tmp_path / "page.edits.jsonl"
    result = runner.invoke(app, ["normalize", str(page), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(r["start"], r["block"]) for r in records] == [(2, "b1"), (8, "b2"), (10, "b2"), (16, "b2")]
    for r in records:
        assert set(r) >= {"start", "end", "before", "after", "rule", "kind", "cert", "block"}
        expected = (",", "，", "test.comma", "punct", "high")
        assert (r["before"], r["after"], r["rule"], r["kind"], r["cert"]) == expected


def test_seed_page_edit_log_is_sorted_and_fits(runner: CliRunner, seed_path: Path, seed_text: str,
                                               tmp_path: Path) -> None:
    log = tmp_path / "seed.edits.jsonl"
    result = runner.invoke(app, ["normalize", str(seed_path), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert records, "the seed page has OCR damage; normalising it must record edits"
    spans = [(r["start"], r["end"]) for r in records]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    blocks = {f"b{i}": span for i, span in enumerate(split_blocks(seed_text), start=1)}
    for r in records:
        assert seed_text[r["start"] : r["end"]] == r["before"]
        if r["block"] is not None:
            start, end = blocks[r["block"]]
            assert start <= r["start"] <= r["end"] <= end


def test_edits_apply_and_undo_round_trip_on_seed_page(runner: CliRunner, seed_path: Path, seed_text: str,
                                                      tmp_path: Path) -> None:
    out, log = tmp_path / "seed.clean.txt", tmp_path / "seed.edits.jsonl"
    args = ["normalize", str(seed_path), "-o", str(out), "--edits", str(log)]
    assert runner.invoke(app, args).exit_code == 0
    applied = runner.invoke(app, ["edits", "apply", str(seed_path), str(log)])
    assert applied.exit_code == 0, applied.stderr
    assert applied.stdout == out.read_text(encoding="utf-8")
    rebuilt = tmp_path / "seed.rebuilt.txt"
    undone = runner.invoke(app, ["edits", "undo", str(out), str(log), "-o", str(rebuilt)])
    assert undone.exit_code == 0, undone.stderr
    assert rebuilt.read_text(encoding="utf-8") == seed_text


def test_edits_apply_refuses_a_log_for_another_text(runner: CliRunner, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "normalize_pages", fake_normalize_pages)
    page, other, log = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "a.jsonl"
    page.write_text("协商,议政", encoding="utf-8")
    other.write_text("协商议政。", encoding="utf-8")
    assert runner.invoke(app, ["normalize", str(page), "--edits", str(log)]).exit_code == 0
    result = runner.invoke(app, ["edits", "apply", str(other), str(log)])
    assert result.exit_code == 5
    assert "a.jsonl" in one_error_line(result.stderr)


def test_bad_edit_log_line_names_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    page, log = tmp_path / "a.txt", tmp_path / "bad.jsonl"
    page.write_text("协商,议政", encoding="utf-8")
    good = {"start": 2, "end": 3, "before": ",", "after": "，", "rule": "r", "kind": "punct", "cert": "high"}
    log.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 5
    assert "bad.jsonl:2" in one_error_line(result.stderr)


@pytest.mark.parametrize(("codec", "name"), [("gb18030", "GB18030"), ("big5", "Big5"), ("utf-16", "UTF-16")])
def test_legacy_encodings_are_decoded_and_noted(runner: CliRunner, seed_text: str, tmp_path: Path,
                                                codec: str, name: str) -> None:
    sample = seed_text[:2000]
    if codec == "big5":
        sample = opencc.OpenCC("s2t").convert(sample).encode("big5", errors="ignore").decode("big5")
    page = tmp_path / "page.txt"
    page.write_bytes(sample.encode(codec))
    result = runner.invoke(app, ["normalize", str(page)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == normalize_text(sample).text
    assert name in result.stderr and "page.txt" in result.stderr


def test_utf8_input_is_not_noted(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("协商议政", encoding="utf-8")
    assert runner.invoke(app, ["normalize", str(page)]).stderr == ""


def test_invalid_utf8_is_refused_with_offset(runner: CliRunner, seed_text: str, tmp_path: Path) -> None:
    good = seed_text[:300].encode("utf-8")
    page = tmp_path / "broken.txt"
    page.write_bytes(good + b"\xc0\xff" + good)
    result = runner.invoke(app, ["normalize", str(page)])
    assert result.exit_code == 3
    line = one_error_line(result.stderr)
    assert "broken.txt" in line and str(len(good)) in line
    assert result.stdout == ""


def test_binary_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "scan.png"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = runner.invoke(app, ["normalize", str(page)])
    assert result.exit_code == 3
    assert "scan.png" in one_error_line(result.stderr)


def test_empty_file_gives_empty_output(runner: CliRunner, tmp_path: Path) -> None:
    page, log = tmp_path / "empty.txt", tmp_path / "empty.jsonl"
    page.write_bytes(b"")
    result = runner.invoke(app, ["normalize", str(page), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert log.read_text(encoding="utf-8") == ""


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["normalize", str(tmp_path / "nope.txt")])
    assert result.exit_code == 3
    assert "nope.txt" in one_error_line(result.stderr)


def test_debug_shows_the_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--debug", "normalize", str(tmp_path / "nope.txt")])
    assert result.exit_code == 3
    assert "Traceback" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("layoutfix: error: ")


def test_bad_variants_value_is_a_usage_error(runner: CliRunner, seed_path: Path) -> None:
    result = runner.invoke(app, ["normalize", str(seed_path), "--variants", "klingon"])
    assert result.exit_code == 2
    assert "--variants" in result.stderr


@pytest.mark.parametrize("option", [["--apply", "certain"], ["--rules", "no/such/dir"]])
def test_bad_option_values_are_usage_errors(runner: CliRunner, seed_path: Path, option: list[str]) -> None:
    result = runner.invoke(app, ["normalize", str(seed_path), *option])
    assert result.exit_code == 2
    assert option[0] in result.stderr


def test_version_and_help(runner: CliRunner) -> None:
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.stdout.startswith("layoutfix ")
    for args in (["--help"], ["normalize", "--help"], ["edits", "undo", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert "Exit codes" in result.stdout


@dataclass
class _Failure:
    rule_id: str
    file: Path
    text: str
    expected: str
    got: str
    problem: str


@dataclass
class _Report:
    rules: int
    examples: int
    keeps: int
    failures: list[_Failure] = field(default_factory=list)
    untraditional: list[tuple[str, str]] = field(default_factory=list)
    origins: list[tuple[str, int]] = field(default_factory=list)
    switched_off: int = 0
    notes: list[tuple[str, str]] = field(default_factory=list)
    read_once: list[Path] = field(default_factory=list)


def _fake_ruletest(monkeypatch: pytest.MonkeyPatch, report: _Report) -> list[list[Path]]:
    calls: list[list[Path]] = []

    def check_rules(dirs: list[Path]) -> _Report:
        calls.append(list(dirs))
        return report

    monkeypatch.setitem(sys.modules, "layoutfix.normalize.ruletest",
                        types.SimpleNamespace(check_rules=check_rules))
    return calls


def test_rules_test_reports_failures_and_exits_1(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    failure = _Failure("typo.chu-he", tmp_path / "typos.toml", "提出合理化建议", "提出合理化建议",
                       "提出台理化建议", "keep line changed")
    calls = _fake_ruletest(monkeypatch, _Report(3, 4, 5, [failure]))
    result = runner.invoke(app, ["rules", "test", str(tmp_path)])
    assert result.exit_code == 1
    assert calls == [[tmp_path]]
    for part in ("typo.chu-he", "keep line changed", "提出台理化建议", "3 rules", "1 failure"):
        assert part in result.stdout


def test_rules_test_passes(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_ruletest(monkeypatch, _Report(3, 4, 5))
    result = runner.invoke(app, ["rules", "test"])
    assert result.exit_code == 0
    assert "0 failures" in result.stdout


def test_shipped_rules_pass_their_own_tests(runner: CliRunner) -> None:
    pytest.importorskip("layoutfix.normalize.ruletest")
    result = runner.invoke(app, ["rules", "test"])
    assert result.exit_code == 0, result.stdout + result.stderr
