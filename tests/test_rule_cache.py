"""A long-lived process (a notebook, a Dask worker, a service) sees every edit of a rule file or
lexicon, even one that keeps the file's size and modification time."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from layoutfix import convert
from layoutfix.normalize import NormalizeOptions
from layoutfix.normalize.typos import load_ruleset

PAGE = "2024年5月6日\n\n政协委员调研基层\n\n本报讯 委员们查看了测试文字，听取了意见建议。\n"
HOUR_NS = 3600 * 10**9


def _write_rule(folder: Path, replace: str) -> Path:
    """The rule folder's one rule turns 测试文字 into `replace` (keep `replace` one length)."""
    rule = folder / "local.toml"
    rule.write_text(f'[[rule]]\nid = "typo.test-word"\nfind = "测试文字"\nreplace = "{replace}"\n'
                    'cert = "high"\nwhy = "a test"\n', encoding="utf-8")
    return rule


def _edit_keeping_size_and_time(path: Path, write: object) -> None:
    """Call `write()` to rewrite `path` with content of the same size, then put its times back."""
    before = path.stat()
    write()  # type: ignore[operator]
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _converted(folder: Path) -> str:
    return convert(PAGE, fmt="txt", options=NormalizeOptions(rule_dirs=(folder,))).output


@pytest.mark.parametrize("age_ns", [0, HOUR_NS], ids=["written-just-now", "an-hour-old"])
def test_a_rule_edit_keeping_size_and_time_is_used_by_the_next_convert(tmp_path: Path, age_ns: int) -> None:
    """The cache was keyed on modification time and size: the page kept the old correction."""
    rule = _write_rule(tmp_path, "测验文字")
    old = time.time_ns() - age_ns
    os.utime(rule, ns=(old, old))
    assert "测验文字" in _converted(tmp_path)
    _edit_keeping_size_and_time(rule, lambda: _write_rule(tmp_path, "检测文字"))
    assert "检测文字" in _converted(tmp_path)


def test_a_lexicon_edit_keeping_size_and_time_is_used_by_the_word_check(tmp_path: Path) -> None:
    """The word checker's tokenizer was cached on the lexicon's modification time alone."""
    lexicon = tmp_path / "lexicon" / "words.txt"
    lexicon.parent.mkdir()
    _write_rule(tmp_path, "测验文字")
    lexicon.write_text("氙氪氡氩\n", encoding="utf-8")
    old = time.time_ns() - HOUR_NS
    os.utime(lexicon, ns=(old, old))
    words = [w for w, _, _ in load_ruleset([tmp_path]).checker.tokens("钋铊铋锑和氙氪氡氩")]
    assert "氙氪氡氩" in words and "钋铊铋锑" not in words
    _edit_keeping_size_and_time(lexicon, lambda: lexicon.write_text("钋铊铋锑\n", encoding="utf-8"))
    words = [w for w, _, _ in load_ruleset([tmp_path]).checker.tokens("钋铊铋锑和氙氪氡氩")]
    assert "钋铊铋锑" in words and "氙氪氡氩" not in words
