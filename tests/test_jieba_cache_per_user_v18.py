"""jieba's dictionary cache is this user's, so another user's cache on a shared machine breaks nothing.

jieba kept it as `jieba.cache` in the system's temporary folder: a file another user made there
(private, in a sticky folder) could be neither read nor replaced, so every run of `layoutfix convert`
built the dictionary again, printed jieba's `Dump cache file failed` traceback on stderr and left a
temporary file of several MB behind. Now the cache is under `$XDG_CACHE_HOME/layoutfix` (else
`~/.cache/layoutfix`); where that cannot be made (a read-only home) the dictionary is built without a
cache; either way convert says nothing about it. Tests run as root too, where permissions stop
nothing, so the shared file that cannot be replaced is a folder of that name.
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
    """`layoutfix convert PAGE` in a fresh process (jieba loads once per process) with `env` set."""
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), **env}
    return subprocess.run([sys.executable, "-m", "layoutfix.cli", "convert", str(PAGE), "-f", "txt"],
                          capture_output=True, text=True, env=full, cwd=tmp_path, timeout=300)


def _shared_temp(tmp_path: Path) -> Path:
    """A temporary folder whose `jieba.cache` another user made: it cannot be replaced."""
    shared = tmp_path / "shared-tmp"
    (shared / "jieba.cache").mkdir(parents=True)
    return shared


def _reference(tmp_path: Path) -> str:
    ok = _convert(tmp_path, XDG_CACHE_HOME=str(tmp_path / "ref-cache"), TMPDIR=str(tmp_path / "ref-tmp"))
    assert ok.returncode == 0, ok.stderr
    return ok.stdout


def test_another_users_cache_in_the_temp_folder_breaks_nothing(tmp_path: Path) -> None:
    (tmp_path / "ref-tmp").mkdir()
    expected = _reference(tmp_path)
    shared, cache = _shared_temp(tmp_path), tmp_path / "cache"
    result = _convert(tmp_path, TMPDIR=str(shared), XDG_CACHE_HOME=str(cache))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == expected
    assert sorted(p.name for p in shared.iterdir()) == ["jieba.cache"]  # no temporary file left
    assert list((cache / "layoutfix").iterdir())  # the user's own cache


@pytest.mark.parametrize("broken", ["garbage", "unreadable"])
def test_a_bad_cache_file_of_ones_own_is_rebuilt_silently(tmp_path: Path, broken: str) -> None:
    (tmp_path / "ref-tmp").mkdir()
    expected = _reference(tmp_path)
    [cached] = list((tmp_path / "ref-cache" / "layoutfix").iterdir())
    cached.write_bytes(b"\x00not marshal data")
    if broken == "unreadable":
        cached.chmod(0)
    own = tmp_path / "ref-cache"
    result = _convert(tmp_path, TMPDIR=str(_shared_temp(tmp_path)), XDG_CACHE_HOME=str(own))
    assert (result.returncode, result.stderr, result.stdout) == (0, "", expected)


def test_a_read_only_home_builds_the_dictionary_without_a_cache(tmp_path: Path) -> None:
    (tmp_path / "ref-tmp").mkdir()
    expected = _reference(tmp_path)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("a file, so nothing can be made under it, even by root", encoding="utf-8")
    shared = _shared_temp(tmp_path)
    result = _convert(tmp_path, TMPDIR=str(shared), XDG_CACHE_HOME=str(not_a_folder / "cache"),
                      HOME=str(not_a_folder / "home"))
    assert (result.returncode, result.stderr, result.stdout) == (0, "", expected)
    assert sorted(p.name for p in shared.iterdir()) == ["jieba.cache"]


def test_a_temporary_file_a_killed_run_left_in_the_cache_folder_goes_after_a_day(tmp_path: Path) -> None:
    """jieba writes its cache to a `tmpXXXXXXXX` file and renames it; a process killed in between left
    that file (several MB) in the cache folder for good. One older than a day is removed when jieba
    loads; a younger one may be another process's cache being written and stays."""
    folder = tmp_path / "cache" / "layoutfix"
    folder.mkdir(parents=True)
    stale, fresh, other = folder / "tmpa1b2c3d4", folder / "tmpz9y8x7w6", folder / "tmp-notes-of-mine"
    for path in (stale, fresh, other):
        path.write_bytes(b"\x00" * 64)
    two_days_ago = os.stat(stale).st_mtime - 2 * 24 * 3600
    for path in (stale, other):
        os.utime(path, (two_days_ago, two_days_ago))
    result = _convert(tmp_path, XDG_CACHE_HOME=str(tmp_path / "cache"))
    assert (result.returncode, result.stderr) == (0, "")
    assert not stale.exists()
    assert fresh.exists() and other.exists()
