"""Shared fixtures: the sample page shipped in examples/ and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGE = ROOT / "examples" / "seed-page.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The real OCR page shipped with the repository."""
    return SEED_PAGE


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of the sample page."""
    return SEED_PAGE.read_text(encoding="utf-8")


@pytest.fixture
def runner() -> CliRunner:
    """A typer CLI runner; `result.stdout` and `result.stderr` are kept apart."""
    return CliRunner()
