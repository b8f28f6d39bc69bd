"""The TEI header names the user's rules as given: a rule file is a file, not a folder (v19, since
`--rules` takes a rule file too)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from layoutfix import convert
from layoutfix.normalize import NormalizeOptions

TEI = "{http://www.tei-c.org/ns/1.0}"
RULE = """[[rule]]
id = "gs.lanzhou"
find = "兰洲"
replace = "兰州"
word_check = true
cert = "high"
why = "州 read as 洲"
examples = ["兰洲市召开会议。 => 兰州市召开会议。", "来到兰洲。 => 来到兰州。"]
keep = ["兰州市召开会议。", "亚洲杯"]
"""


def _rules_desc(rule_dirs: tuple[Path, ...]) -> str:
    options = NormalizeOptions(rule_dirs=rule_dirs)
    tei = convert("兰洲市召开会议。".encode(), fmt="tei", options=options).output
    root = etree.fromstring(tei.encode("utf-8"))
    (found,) = [d for d in root.iter(f"{TEI}desc") if d.get("type") == "rules-sha256"]
    return "".join(found.itertext())


def test_a_rule_file_is_named_a_file_and_a_folder_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "gansu.toml").write_text(RULE, encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text(RULE.replace("gs.lanzhou", "gs.lanzhou2"), encoding="utf-8")
    assert "1 rule file of your own (--rules)" in _rules_desc((folder / "gansu.toml",))
    assert "1 folder of your own (--rules)" in _rules_desc((folder,))
    assert "1 folder and 1 rule file of your own (--rules)" in _rules_desc((folder, other))
