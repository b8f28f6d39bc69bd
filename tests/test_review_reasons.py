"""Every built-in rule the code can emit says why when the archivist clicks its change in the review:
its own reason, not only the generic one of its kind."""

from __future__ import annotations

import ast
import json
import re
import typing
from pathlib import Path

import lxml.html

import layoutfix
from layoutfix.export.html import KIND_WHY, to_html
from layoutfix.model import Document, Edit, EditKind
from layoutfix.normalize.variants import available_configs

SOURCE = Path(layoutfix.__file__).parent
#: Rule ids start with their edit kind, or with `layout` (joins and quotes decided by the layout).
PREFIXES = (*typing.get_args(EditKind), "layout")
RULE_ID = re.compile(rf"(?:{'|'.join(PREFIXES)})\.[a-z0-9-]+")
#: The review modules themselves hold the reasons (the general ones and those worded for the case at
#: hand): ids that occur only there are emitted by nobody.
EXPLAINERS = (SOURCE / "export" / "html.py", SOURCE / "export" / "reasons.py")


def emitted_rule_ids() -> set[str]:
    """Every built-in rule id in the source: each string constant shaped like one, and for an id made
    at run time (an f-string `variant.{config}`) one id per value it can take."""
    ids: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path in EXPLAINERS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if RULE_ID.fullmatch(node.value):
                    ids.add(node.value)
            elif isinstance(node, ast.JoinedStr) and (family := _computed_family(node)):
                assert family == "variant.", f"{path}: rule ids {family}* made at run time: which values?"
                ids.update(f"variant.{config}" for config in available_configs())
    return ids


def _computed_family(node: ast.JoinedStr) -> str | None:
    """`variant.` for the f-string `f"variant.{name}"`: a rule id's prefix followed by a value."""
    first = node.values[0] if node.values else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        prefix = first.value
        if prefix.endswith(".") and prefix[:-1] in PREFIXES and len(node.values) > 1:
            return prefix
    return None


def reasons_shown(rules: list[str]) -> dict[str, str]:
    """What the review says why for a change made by each rule (one unchanged character each)."""
    original = "字" * len(rules)
    kinds = typing.get_args(EditKind)
    edits = [Edit(i, i + 1, "字", "字", (rule,), typing.cast(EditKind, rule.split(".")[0])
                  if rule.split(".")[0] in kinds else "join")
             for i, rule in enumerate(rules)]
    doc = Document(pages=[], articles=[], edits=edits, original=original, text=original)
    root = lxml.html.document_fromstring(to_html(doc))
    data = json.loads(root.get_element_by_id("review-data").text)
    return {e["rule"]: e["why"] for e in data["edits"]}


def test_the_scan_finds_the_rules_of_every_family() -> None:
    ids = emitted_rule_ids()
    for family in PREFIXES:
        if family != "typo":  # typo rules come from rule files, each with its own `why`
            assert any(r.startswith(family + ".") for r in ids), family
    assert "variant.t2s" in ids and "unicode.kangxi" in ids and "layout.join-paragraph" in ids


def test_every_built_in_rule_gives_its_own_reason() -> None:
    rules = sorted(emitted_rule_ids())
    shown = reasons_shown(rules)
    generic = set(KIND_WHY.values())
    assert [r for r in rules if not shown[r] or shown[r] in generic] == []
    fixed = [r for r in rules if not r.startswith("variant.")]
    assert len({shown[r] for r in fixed}) == len(fixed), "each rule says its own why"


def test_a_variant_change_names_the_conversion_asked_for() -> None:
    shown = reasons_shown(["variant.t2s", "variant.hk2s"])
    assert "t2s" in shown["variant.t2s"] and "hk2s" in shown["variant.hk2s"]
