"""Size limits reach batch workers that are not forked (v19).

`batch -j N --max-bytes 100` and `with layoutfix.limits(max_bytes=100): run_batch(...)` held only in
workers forked from the batch: under `forkserver` (Python 3.14's default on Linux) or `spawn` (the
default on macOS and Windows) a worker started from a fresh interpreter had the default limits, so
every page was converted as if no limit had been given. Each case runs in its own interpreter, whose
start method it sets before anything starts a process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = "全省会议召开\n\n近日，全省会议在兰州召开。会议强调，要把各项工作做实做细，推动高质量发展。\n"

#: Runs one batch of two workers in the start method given, with the limit set as the mode says, and
#: prints the pages refused and converted as JSON (the command line's exit code is its own).
SCRIPT = textwrap.dedent("""
    import json, multiprocessing, sys

    def main() -> None:
        method, mode, src, dst = sys.argv[1:5]
        multiprocessing.set_start_method(method)
        if mode == "cli":
            from layoutfix.cli import main as cli_main
            sys.argv = ["layoutfix", "batch", "-j", "2", "--max-bytes", "100", src, dst]
            cli_main()
            return
        import layoutfix
        from layoutfix.batch import run_batch
        with layoutfix.limits(max_bytes=100):
            report = run_batch(src, dst, jobs=2)
        print(json.dumps({"failed": len(report.failures), "converted": report.converted}))

    if __name__ == "__main__":
        main()
""")


def _pages(folder: Path, count: int = 4) -> Path:
    """`count` pages of flat text, each over 100 bytes."""
    folder.mkdir()
    for n in range(1, count + 1):
        (folder / f"p{n}.txt").write_text(PAGE, encoding="utf-8")
    assert all(len(path.read_bytes()) > 100 for path in folder.iterdir())
    return folder


def _run(tmp_path: Path, method: str, mode: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "run_batch_script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, str(script), method, mode, str(_pages(tmp_path / "in")),
                           str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_limits_set_in_python_hold_in_the_workers(tmp_path: Path, method: str) -> None:
    done = _run(tmp_path, method, "api")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"failed": 4, "converted": 0}
    assert not list((tmp_path / "out").glob("*.xml"))


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_max_bytes_on_the_command_line_holds_in_the_workers(tmp_path: Path, method: str) -> None:
    done = _run(tmp_path, method, "cli")
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("over the limit of 100 bytes") >= 4
    assert "4 failed" in done.stderr
    assert not list((tmp_path / "out").glob("*.xml"))
