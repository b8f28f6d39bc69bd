"""After the Dask bag functions, a resumed `batch` says why it converts every page again.

`discover` → `pages_bag` → `convert_bag(...).compute()` writes the outputs but not the batch's records
(`.layoutfix-batch.json`, `.layoutfix-batch-pages.jsonl`), though docs/api.md said it wrote the same
files as `run_batch`. A later `layoutfix batch --resume` then converted every page again with a warning
blaming an old layoutfix (`written before layoutfix recorded them`). Now the docs say what the bag
functions write, and the warning names them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.batch import FIGURES_FILE, SETTINGS_FILE, BatchConfig, discover
from layoutfix.cli import app

PAGES = Path(__file__).resolve().parent / "pages"


def test_resume_after_the_bag_functions_names_them(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    from layoutfix.distributed import convert_bag, pages_bag

    src, out = tmp_path / "scans", tmp_path / "txt"
    shutil.copytree(PAGES, src)
    jobs = discover(src, out, "txt")
    results = convert_bag(pages_bag(jobs, partition_size=8), BatchConfig(fmt="txt")).compute(
        scheduler="synchronous")
    assert results and all(r.status == "ok" for r in results)
    assert not (out / SETTINGS_FILE).exists() and not (out / FIGURES_FILE).exists()  # as the docs say
    result = CliRunner().invoke(app, ["batch", str(src), str(out), "-f", "txt", "--resume", "-j", "1"])
    assert result.exit_code == 0, result.output
    [warning] = [x for x in result.stderr.splitlines() if "no record of the settings" in x]
    assert "Dask bag functions" in warning
    assert "written before layoutfix recorded them" not in warning


def test_the_api_docs_say_what_the_bag_functions_write() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text(encoding="utf-8")
    assert "Both write the same files as `run_batch`" not in docs
    assert "`.layoutfix-batch-pages.jsonl`, each output's figures" in docs
