"""Every data file under rules/ ships in the wheel.

The rule folder is installed as the package `layoutfix.rules`, and setuptools puts in it only the
files that `[tool.setuptools.package-data]` names. A data file outside those patterns works from a
source checkout and is missing from an installed wheel (the surname list was, until this test).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_rule_data_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["layoutfix.rules"]
    rules = ROOT / "rules"
    files = {f.relative_to(rules).as_posix() for f in rules.rglob("*")
             if f.is_file() and "__pycache__" not in f.parts and f.suffix not in (".py", ".pyc")}
    assert files, "no rule files found"
    shipped = {m.relative_to(ROOT / "rules").as_posix() for p in patterns for m in (ROOT / "rules").glob(p)}
    missing = sorted(files - shipped)
    assert not missing, f"not in package-data, so not in the wheel: {missing}"
