"""What `--help` tells a user is what the option needs: text in square brackets is not eaten by rich."""

from __future__ import annotations

from typer.testing import CliRunner

from layoutfix.cli import app


def test_batch_help_names_the_dask_extra(runner: CliRunner) -> None:
    """`batch --help` says which extra `--dask` needs; rich read `[dask]` as a style tag and dropped
    it, leaving "needs layoutfix." (docs/cli.md: `pip install 'layoutfix[dask]'`)."""
    result = runner.invoke(app, ["batch", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "layoutfix[dask]" in result.stdout
