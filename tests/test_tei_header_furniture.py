"""The TEI header declares only what was done to the text: furniture is labelled (`fw`), never
edited, so no `normalization` paragraph counts furniture edits; old logs that name the kind still
apply."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
PAGE = ("2023年10月12日 星期四\n\n第4版\n\n政协委员调研基层协商\n\n本报讯 委员们近日到基层调研。\n\n"
        "责任编辑：张莉芳\n")


def _convert(tmp_path: Path, *args: str) -> tuple[int, str, Path]:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "page.xml"
    result = CliRunner().invoke(app, ["convert", str(page), "-o", str(out), *args])
    return result.exit_code, result.stderr, out


def test_the_header_counts_only_edit_kinds_the_log_can_hold(tmp_path: Path) -> None:
    code, stderr, out = _convert(tmp_path, "--edits", str(tmp_path / "edits.jsonl"))
    assert code == 0, stderr
    root = etree.parse(str(out)).getroot()
    assert len(list(root.iter(f"{TEI}fw"))) >= 2  # the page had furniture, kept as fw
    normalization = next(root.iter(f"{TEI}normalization"))
    declared = {p.get("n"): p.text for p in normalization.iter(f"{TEI}p")}
    assert "furniture" not in declared, declared  # it said "0 edits" beside the fw elements
    logged = [json.loads(line)["kind"] for line in (tmp_path / "edits.jsonl").read_text("utf-8").splitlines()]
    for kind, text in declared.items():
        assert text is not None and text.endswith(f": {logged.count(kind)} edits.")
    segmentation = "".join(next(root.iter(f"{TEI}segmentation")).itertext())
    assert "furniture is kept as fw" in segmentation


def test_an_old_log_with_a_furniture_edit_still_applies_and_undoes(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("第4版 政协", encoding="utf-8")
    log = tmp_path / "old.jsonl"
    log.write_text(json.dumps({"start": 0, "end": 3, "before": "第4版", "after": "第四版", "rule": "my.page",
                               "kind": "furniture", "cert": "high"}, ensure_ascii=False) + "\n", "utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "第四版 政协"
    out = tmp_path / "out.txt"
    out.write_text(result.stdout, encoding="utf-8")
    result = runner.invoke(app, ["edits", "undo", str(out), str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "第4版 政协"


def test_a_rule_file_declaring_furniture_edits_is_a_clear_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.toml").write_text(
        '[[rule]]\nid = "my.page"\nkind = "furniture"\nfind = "第4版"\nreplace = "第四版"\n'
        'cert = "high"\nwhy = "house style"\n', encoding="utf-8")
    code, stderr, out = _convert(tmp_path, "--rules", str(rules))
    assert code == 4
    lines = stderr.splitlines()
    assert len(lines) == 1 and "unknown kind 'furniture'" in lines[0] and "mine.toml" in lines[0], stderr
    assert not out.exists()
