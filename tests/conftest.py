"""Shared fixtures: the sample page shipped in examples/, a CLI runner, a folder whose listing fails;
the hypothesis profile."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# CI (`.ci/run` sets CI=true) draws the same examples on every run, so a red CI is the commit's fault and
# reproducible; a developer's run draws new ones each time and keeps hunting for new failures.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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


@pytest.fixture
def t2s_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every text the t2s converter is asked to convert from here on (the simplified view
    of a page, and any view a traditional cue reads), for tests that a page costs one conversion."""
    from layoutfix.layout import roles

    real = roles.t2s_converter()
    calls: list[int] = []

    class Counting:
        def convert(self, text: str) -> str:
            calls.append(len(text))
            return real.convert(text)

    monkeypatch.setattr(roles, "t2s_converter", Counting)
    return calls


@pytest.fixture
def locked_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing any folder named `locked` fails as chmod 000 makes it fail for a user who is not root."""
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
