"""Where jieba's dictionary cache (about 9 MB) goes, chosen by the caller: `LAYOUTFIX_CACHE_DIR`
(over `XDG_CACHE_HOME`, over `~/.cache`), set empty to write no cache; and never a made-up home.

Before, only `XDG_CACHE_HOME` chose the folder, nothing switched the cache off, and a `HOME` that does
not exist was made, parents and all (`HOME=/nonexistent/x` as root made `/nonexistent/x/.cache/
layoutfix/`). Each case runs `layoutfix convert` in a fresh process: the dictionary loads once per
process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

#: A page with a typo candidate, so the word check loads jieba's dictionary.
PAGE = Path(__file__).resolve().parent / "pages" / "split-word-typo.txt"


def _convert(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`layoutfix convert PAGE -f txt` in a fresh process, with `env` set over a clean cache setting
    (a name given as "-" is removed from the environment)."""
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
            "TMPDIR": str(tmp_path / "tmp")}
    for name in ("LAYOUTFIX_CACHE_DIR", "XDG_CACHE_HOME"):
        full.pop(name, None)
    full.update({k: v for k, v in env.items() if v != "-"})
    (tmp_path / "tmp").mkdir(exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "layoutfix.cli", "convert", str(PAGE), "-f", "txt"],
                          capture_output=True, text=True, env=full, cwd=tmp_path, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    return proc


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@pytest.fixture
def expected(tmp_path: Path) -> str:
    """The page's text, converted with a cache of its own."""
    return _convert(tmp_path, XDG_CACHE_HOME=str(tmp_path / "ref-cache")).stdout


def test_layoutfix_cache_dir_is_used_over_xdg_cache_home(tmp_path: Path, expected: str) -> None:
    own, xdg = tmp_path / "own" / "cache", tmp_path / "xdg"
    result = _convert(tmp_path, LAYOUTFIX_CACHE_DIR=str(own), XDG_CACHE_HOME=str(xdg))
    assert result.stdout == expected
    [cached] = _files(own)
    assert cached.startswith("jieba-") and cached.endswith(".cache")
    assert _files(xdg) == []
    again = _convert(tmp_path, LAYOUTFIX_CACHE_DIR=str(own), XDG_CACHE_HOME=str(xdg))
    assert again.stdout == expected and _files(own) == [cached]


def test_an_empty_layoutfix_cache_dir_writes_no_cache(tmp_path: Path, expected: str) -> None:
    home, xdg = tmp_path / "home", tmp_path / "xdg"
    home.mkdir()
    result = _convert(tmp_path, LAYOUTFIX_CACHE_DIR="", XDG_CACHE_HOME=str(xdg), HOME=str(home))
    assert result.stdout == expected
    assert (_files(xdg), _files(home), _files(tmp_path / "tmp")) == ([], [], [])


def test_a_home_that_does_not_exist_is_not_made(tmp_path: Path, expected: str) -> None:
    result = _convert(tmp_path, HOME=str(tmp_path / "missing" / "home"), XDG_CACHE_HOME="-")
    assert result.stdout == expected
    assert not (tmp_path / "missing").exists()
    assert _files(tmp_path / "tmp") == []  # nor jieba's default cache in the temporary folder


def test_an_existing_home_gets_its_cache_folder(tmp_path: Path, expected: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = _convert(tmp_path, HOME=str(home), XDG_CACHE_HOME="-")
    assert result.stdout == expected
    folder = os.path.join(".cache", "layoutfix")
    assert [name for name in _files(home) if not name.startswith(folder)] == [".cache"]
    [cached] = [name for name in _files(home) if name.startswith(os.path.join(folder, "jieba-"))]
    assert cached.endswith(".cache")
    assert (home / ".cache").stat().st_mode & 0o777 == 0o700
