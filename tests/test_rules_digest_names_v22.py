"""The rules digest (TEI `desc[@type="rules-sha256"]`, the batch resume record's `rules`) covers the
shipped name lists (`rules/names/*.txt`: dateline places, surnames, reporter columns), which change
what the layout reads: an edited list must not leave the digest, and `batch --resume`, as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from layoutfix import contentkey
from layoutfix.normalize import typos
from layoutfix.normalize.steps import NormalizeOptions


@pytest.fixture
def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(typos.shipped_rules_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(typos, "shipped_rules_dir", lambda: copy)
    return copy


def test_an_edited_name_list_changes_the_digest(shipped_copy: Path) -> None:
    before = contentkey.rules_digest(NormalizeOptions())
    places = shipped_copy / "names" / "dateline-places.txt"
    places.write_text(places.read_text(encoding="utf-8") + "观塘\n", encoding="utf-8")
    assert contentkey.rules_digest(NormalizeOptions()) != before


def test_name_lists_in_a_rules_folder_do_not_count(tmp_path: Path, shipped_copy: Path) -> None:
    """Only the shipped lists are read (a `--rules` folder's `names/` is not): its files are no input."""
    mine = tmp_path / "mine"
    (mine / "names").mkdir(parents=True)
    (mine / "own.toml").write_text("", encoding="utf-8")
    options = NormalizeOptions(rule_dirs=(mine,))
    before = contentkey.rules_digest(options)
    (mine / "names" / "surnames.txt").write_text("欧阳\n", encoding="utf-8")
    assert contentkey.rules_digest(options) == before
