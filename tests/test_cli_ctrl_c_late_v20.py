"""A Ctrl-C that falls after Click has handled the command line ends the console script as an interrupt.

Before, a Ctrl-C as Click handed back the exit code (after a command, or after `batch` had handled a
first Ctrl-C, printed its line and handed SIGINT back) escaped `main` as a KeyboardInterrupt traceback,
and the process ended by the signal. Now `batch` stopped by Ctrl-C leaves SIGINT ignored until the
console script ends (its line stays the last), and `main` makes any other such Ctrl-C one line and exit
130. The signal is injected at that point here (Click's `main` returning), not timed.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.core import TyperGroup

import layoutfix.batch
from batch_pages import small_archive
from layoutfix import cli

pytestmark = pytest.mark.skipif(not hasattr(signal, "raise_signal"), reason="raises SIGINT in this process")


@pytest.fixture(autouse=True)
def ctrl_c_as_click_returns(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ctrl-C (SIGINT to this process) right as Click's `main` returns to layoutfix's root group; SIGINT
    handled as Python does by default meanwhile, and as before afterwards (`main` ignores it after an
    interrupt, as the process is ending: not this test process)."""
    def main_then_ctrl_c(self: TyperGroup, *args: Any, **kwargs: Any) -> Any:
        try:
            return TyperGroup.main(self, *args, **kwargs)
        finally:
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(cli._HelpGroup, "main", main_then_ctrl_c, raising=False)  # (`_Group`'s super())
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int | str | None:
    """Run the console script's `main` with `args`: its exit code."""
    monkeypatch.setattr(sys, "argv", ["layoutfix", *args])
    try:
        cli.main()
    except SystemExit as exc:
        return exc.code
    except KeyboardInterrupt:
        pytest.fail("the Ctrl-C escaped main: a KeyboardInterrupt traceback")
    pytest.fail("main returned without an exit code")


def _stopped(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt  # Ctrl-C while the batch converts


def test_ctrl_c_again_after_the_batch_handled_one_is_exit_130_with_its_line_alone(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = small_archive(tmp_path)
    monkeypatch.setattr(layoutfix.batch, "run_batch", _stopped)
    code = _main(monkeypatch, "batch", str(src), str(tmp_path / "out"))
    lines = capsys.readouterr().err.splitlines()
    assert code == 130, lines
    assert lines == ["layoutfix: batch: interrupted while starting, before any of the pages was converted"]


def test_ctrl_c_as_a_command_ends_is_one_line_and_exit_130(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code = _main(monkeypatch, "--version")
    out, err = capsys.readouterr()
    assert out.startswith("layoutfix ")  # (the command ran)
    assert (code, err.splitlines()) == (130, ["layoutfix: interrupted"])
