"""The type hints are checked: mypy, configured in pyproject.toml ([tool.mypy]), finds no error.

A wrong annotation fails the suite with mypy's own report, so `python -m pytest` (the README's and
CI's test command) catches it. Run mypy alone with `mypy` from the repository root."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_error_in_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the [tool.mypy] section and its `files` are read from the root
    report, errors, status = api.run(["--config-file", str(ROOT / "pyproject.toml")])
    assert status == 0, report + errors
