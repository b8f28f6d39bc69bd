"""`golden add`, `check` and `update` take the `--max-bytes` their size refusal names.

`layoutfix golden add big.txt --name x` with a file over 20 MB said `raise it with --max-bytes (0 = no
limit)`, but golden add had no such option: following the advice was a usage error (`No such option:
--max-bytes`), and a big page could not be made a case at all. Now `golden add --max-bytes` (and
`--max-blocks`) raise the limit and are kept in the case's options.toml (`max_bytes = …`), so `check`
and `update` read the case under the same limit; `check` and `update` take them too, for the cases
whose options.toml sets none. A file over the limit is refused from its size before the case is made.
Golden keeps exit 2 for every error (docs/cli.md), where `convert` exits 3 for this refusal.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.golden import find_cases, render_outputs
from layoutfix.readers.limits import DEFAULT_MAX_BYTES, max_bytes, set_limits

PAGE = "全市召开会议\n\n本报讯 近日，全市召开会议。 会议指出，要扎实推进各项工作。\n"


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """`p.txt`, a page, in the working folder; its size in bytes."""
    monkeypatch.chdir(tmp_path)
    Path("p.txt").write_text(PAGE, encoding="utf-8")
    return len(PAGE.encode("utf-8"))


def test_a_big_file_is_refused_with_an_option_golden_add_takes(runner: CliRunner, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open("big.txt", "wb") as f:  # sparse: 21 MB on the disk's books, none written
        f.truncate(DEFAULT_MAX_BYTES + 1024 * 1024)
    refused = runner.invoke(app, ["golden", "add", "big.txt", "--name", "x", "--dir", "cases"])
    assert refused.exit_code == 2, refused.output
    assert "big.txt: file is 22,020,096 bytes (21.0 MB), over the limit" in refused.stderr
    assert "raise it with --max-bytes" in refused.stderr
    assert not Path("cases").exists()  # refused from its size, before the case was made
    raised = runner.invoke(app, ["golden", "add", "big.txt", "--name", "x", "--dir", "cases",
                                 "--max-bytes", "0"])
    # the limit is raised: the file is read, and refused for what it holds (NUL bytes), not its size
    assert raised.exit_code == 2, raised.output
    assert "No such option" not in raised.output
    assert "over the limit" not in raised.stderr and "binary" in raised.stderr
    assert not Path("cases/x").exists()


def test_the_limit_given_is_kept_and_check_and_update_read_the_case_under_it(
    runner: CliRunner, page: int
) -> None:
    small = str(page // 2)
    refused = runner.invoke(app, ["golden", "add", "p.txt", "--name", "kept", "--dir", "cases",
                                  "--max-bytes", small])
    assert refused.exit_code == 2, refused.output
    assert f"over the limit of {small} bytes; raise it with --max-bytes" in refused.stderr
    added = runner.invoke(app, ["golden", "add", "p.txt", "--name", "kept", "--dir", "cases",
                                "--max-bytes", str(page + 10), "--max-blocks", "0"])
    assert added.exit_code == 0, added.output
    stored = tomllib.loads(Path("cases/kept/options.toml").read_text(encoding="utf-8"))
    assert stored == {"max_bytes": page + 10, "max_blocks": 0}
    plain = runner.invoke(app, ["golden", "add", "p.txt", "--name", "plain", "--dir", "cases"])
    assert plain.exit_code == 0, plain.output
    assert not Path("cases/plain/options.toml").exists()  # no limit given, none kept

    # a lower limit on the command line: the case that keeps its own is read under that one
    checked = runner.invoke(app, ["golden", "check", "cases", "--max-bytes", small])
    assert checked.exit_code == 2, checked.output
    assert "ERROR plain" in checked.stdout and "ERROR kept" not in checked.stdout
    assert "over the limit" in checked.stdout
    alone = runner.invoke(app, ["golden", "check", "cases", "--case", "kept", "--max-bytes", small])
    assert alone.exit_code == 0, alone.output
    assert runner.invoke(app, ["golden", "check", "cases"]).exit_code == 0
    updated = runner.invoke(app, ["golden", "update", "cases", "--case", "kept", "--max-bytes", small])
    assert updated.exit_code == 0 and "unchanged kept" in updated.stdout, updated.output
    failed = runner.invoke(app, ["golden", "update", "cases", "--case", "plain", "--max-bytes", small])
    assert failed.exit_code == 2 and "over the limit" in failed.stderr, failed.output
    raised = runner.invoke(app, ["golden", "update", "cases", "--case", "plain", "--max-bytes", "0"])
    assert raised.exit_code == 0 and "unchanged plain" in raised.stdout, raised.output


def test_a_case_s_limit_holds_while_it_is_read_only(page: int) -> None:
    set_limits(max_bytes=DEFAULT_MAX_BYTES)  # (a CLI command run in this process sets its own)
    Path("case").mkdir()
    Path("case/input.txt").write_text(PAGE, encoding="utf-8")
    Path("case/options.toml").write_text("max_bytes = 0\n", encoding="utf-8")
    (case,) = find_cases([Path("case")])
    assert "会议指出" in render_outputs(case).txt
    assert max_bytes() == DEFAULT_MAX_BYTES
    Path("case/options.toml").write_text("max_bytes = 10\n", encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 10 bytes"):
        render_outputs(case)
    assert max_bytes() == DEFAULT_MAX_BYTES


@pytest.mark.parametrize("value", ["-1", '"20MB"', "true", "1.5"])
def test_a_limit_that_is_no_whole_number_is_refused_naming_the_key(runner: CliRunner, page: int,
                                                                  value: str) -> None:
    Path("cases/c").mkdir(parents=True)
    Path("cases/c/input.txt").write_text(PAGE, encoding="utf-8")
    Path("cases/c/options.toml").write_text(f"max_bytes = {value}\n", encoding="utf-8")
    checked = runner.invoke(app, ["golden", "check", "cases"])
    assert checked.exit_code == 2, checked.output
    assert "options.toml: max_bytes must be a whole number of bytes from 0 (0 = no limit)" in checked.stdout
