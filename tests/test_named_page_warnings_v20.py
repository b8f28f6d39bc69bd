"""A page given in memory under a name is named by it in every warning (v20).

Before: `convert(text, name="bucket/2024/p1.txt")` (and a page of `convert_issue` given as
`{"bucket/2024/p1.txt": text}`) recorded the name as given in the outputs, and a reader's or a form
feed's warning named it so, but the warning of typo rules that do not settle named `p1.txt`: the
page was built under its name cut to the file name, and renamed afterwards, its warnings not.
"""

from __future__ import annotations

import json
from pathlib import Path

from layoutfix import NormalizeOptions, convert, convert_issue

NAME = "bucket/2024/p1.txt"
#: Two rules that undo each other on 甲乙丁: the page warns that they do not settle.
PAIR = [("u.ab", "甲乙", "甲丙"), ("u.ba", "丙丁", "乙丁")]
PAGE = "前文甲乙丁。\n"


def _options(tmp_path: Path) -> NormalizeOptions:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "pair.toml").write_text("".join(
        f'[[rule]]\nid = "{rid}"\nfind = {json.dumps(find, ensure_ascii=False)}\n'
        f'replace = {json.dumps(replace, ensure_ascii=False)}\ncert = "high"\nwhy = "test"\n\n'
        for rid, find, replace in PAIR), encoding="utf-8")
    return NormalizeOptions(rule_dirs=(folder,), default_rules=False)


def test_convert_names_a_named_page_in_its_typo_warning(tmp_path: Path) -> None:
    document = convert(PAGE, name=NAME, options=_options(tmp_path)).document
    assert document.source == NAME
    assert [w for w in document.warnings if "do not settle" in w], document.warnings
    assert all(w.startswith(f"{NAME}: ") for w in document.warnings), document.warnings


def test_convert_issue_names_a_named_page_in_its_typo_warning(tmp_path: Path) -> None:
    document = convert_issue({NAME: PAGE}, options=_options(tmp_path)).document
    assert [w for w in document.warnings if "do not settle" in w], document.warnings
    assert all(w.startswith(f"{NAME}: ") for w in document.warnings), document.warnings


def test_a_file_is_still_named_by_its_name_only(tmp_path: Path) -> None:
    path = tmp_path / "p1.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = convert(path, options=_options(tmp_path)).document
    assert document.source == "p1.txt"
    assert all(w.startswith("p1.txt: ") for w in document.warnings), document.warnings
