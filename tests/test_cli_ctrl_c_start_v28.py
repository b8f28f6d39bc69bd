"""A Ctrl-C while the console script loads, or inside a command before its own handling, is one line.

Walk-through W17 (finding 10): `layoutfix batch big out -j 2` stopped 1–5 s after start printed a
KeyboardInterrupt traceback from inside an import (the command line's modules load jieba, lxml, OpenCC),
and stopped at 6–7 s (as `batch` checked its rule files) exited 130 with nothing on stderr: typer ends
a KeyboardInterrupt inside a command as a bare exit code. docs/cli.md promises `layoutfix: interrupted`.
"""

from __future__ import annotations

import importlib.abc
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import layoutfix.batch
from batch_pages import small_archive
from layoutfix import cli, console


@pytest.fixture(autouse=True)
def sigint_handler_kept() -> Iterator[None]:
    """The SIGINT handler as it was after each test: `main` ignores SIGINT once it has handled a
    Ctrl-C (the process is ending), which in this test process would leave SIGINT ignored for every
    later test and for the processes they start."""
    previous = signal.getsignal(signal.SIGINT)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _exit_code(run: Any) -> int | str | None:
    try:
        run()
    except SystemExit as exc:
        return exc.code
    except KeyboardInterrupt:
        pytest.fail("the Ctrl-C escaped: a KeyboardInterrupt traceback")
    pytest.fail("returned without an exit code")


def _ctrl_c(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


def test_ctrl_c_as_batch_checks_its_rules_is_one_line_and_130(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    monkeypatch.setattr(layoutfix.batch, "check_rules", _ctrl_c)
    archive = small_archive(tmp_path)
    monkeypatch.setattr(sys, "argv", ["layoutfix", "batch", str(archive), str(tmp_path / "out")])
    code = _exit_code(cli.main)
    assert (code, capsys.readouterr().err.splitlines()) == (130, ["layoutfix: interrupted"])


def test_a_batch_that_said_where_it_stopped_gets_no_second_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    monkeypatch.setattr(layoutfix.batch, "run_batch", _ctrl_c)
    archive = small_archive(tmp_path)
    monkeypatch.setattr(sys, "argv", ["layoutfix", "batch", str(archive), str(tmp_path / "out")])
    code = _exit_code(cli.main)
    lines = capsys.readouterr().err.splitlines()
    assert code == 130
    assert lines == ["layoutfix: batch: interrupted while starting, before any of the pages was converted"]


class _CtrlCOnLoading(importlib.abc.MetaPathFinder):
    """Ctrl-C as the command line's module is being imported."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> None:
        if name == "layoutfix.cli":
            raise KeyboardInterrupt


def test_ctrl_c_while_the_command_line_loads_is_one_line_and_130(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delitem(sys.modules, "layoutfix.cli")
    monkeypatch.setattr(sys, "meta_path", [_CtrlCOnLoading(), *sys.meta_path])
    monkeypatch.setattr(sys, "argv", ["layoutfix", "--version"])
    code = _exit_code(console.main)
    assert (code, capsys.readouterr().err.splitlines()) == (130, ["layoutfix: interrupted"])


def test_the_console_script_and_python_m_layoutfix_run_the_command_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "layoutfix", "--version"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert (proc.returncode, proc.stdout.startswith("layoutfix ")) == (0, True), proc.stderr
    code = "import sys, layoutfix; print(' '.join(m for m in ('layoutfix.cli', 'layoutfix.pipeline', 'lxml', "
    code += "'regex', 'opencc') if m in sys.modules))"
    quick = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                           check=True)
    assert quick.stdout.strip() == "", "import layoutfix loads the pipeline: a Ctrl-C then is a traceback"


def test_the_public_submodules_are_still_attributes_of_the_package() -> None:
    """`import layoutfix; layoutfix.pipeline.render(...)` worked while the package imported its
    pipeline eagerly (review R28-CTRLC): a submodule read as an attribute is imported on first use."""
    code = ("import layoutfix; print(layoutfix.pipeline.render.__name__, "
            "layoutfix.tracked.EditMismatchError.__name__, layoutfix.normalize.NormalizeOptions.__name__)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=False)
    names = ["render", "EditMismatchError", "NormalizeOptions"]
    assert (proc.returncode, proc.stdout.split()) == (0, names), proc.stderr
