"""layoutfix writes no cache file of jieba's dictionary anywhere (v19).

jieba keeps its dictionary as a 9 MB cache, `jieba.cache` in the system's temporary folder: another
user's file there broke every run on a shared machine. v18 moved it to `$XDG_CACHE_HOME/layoutfix`
(else `~/.cache/layoutfix`), v19 added `LAYOUTFIX_CACHE_DIR`; but loading the cache measured slower
than building the word table from the dictionary (0.49-0.55 s of CPU against 0.42-0.47 s), so no
cache file is read or written at all. Each case runs `layoutfix convert` in a fresh process (the
dictionary loads once per process), on a page with a typo candidate, so the word check loads it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: A page with a typo candidate, so the word check loads jieba's dictionary.
PAGE = Path(__file__).resolve().parent / "pages" / "split-word-typo.txt"


def _convert(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`layoutfix convert PAGE -f txt` in a fresh process with `env` set; it succeeds silently."""
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), **env}
    proc = subprocess.run([sys.executable, "-m", "layoutfix.cli", "convert", str(PAGE), "-f", "txt"],
                          capture_output=True, text=True, env=full, cwd=tmp_path, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    return proc


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_no_cache_file_is_written_anywhere(tmp_path: Path) -> None:
    folders = {name: tmp_path / name for name in ("home", "xdg", "own", "tmp", "work")}
    for folder in folders.values():
        folder.mkdir()
    env = {"HOME": str(folders["home"]), "XDG_CACHE_HOME": str(folders["xdg"]),
           "LAYOUTFIX_CACHE_DIR": str(folders["own"]), "TMPDIR": str(folders["tmp"])}
    first = _convert(folders["work"], **env)
    again = _convert(folders["work"], **env)
    assert first.stdout == again.stdout and "协商和基层治理" in first.stdout  # the typo 其层 corrected
    assert {name: _files(folder) for name, folder in folders.items()} == {name: [] for name in folders}


def test_another_users_cache_in_the_temp_folder_breaks_nothing(tmp_path: Path) -> None:
    """A `jieba.cache` another user made in a shared temporary folder (private, in a sticky folder:
    neither read nor replaced; tests run as root too, so it is a folder of that name here)."""
    (tmp_path / "own-tmp").mkdir()
    expected = _convert(tmp_path, TMPDIR=str(tmp_path / "own-tmp")).stdout
    shared = tmp_path / "shared-tmp"
    (shared / "jieba.cache").mkdir(parents=True)
    assert _convert(tmp_path, TMPDIR=str(shared)).stdout == expected
    assert _files(shared) == ["jieba.cache"]  # no temporary file left beside it
