"""Every file of the bad-input corpus through `layoutfix convert`, as a user would run it.

The corpus (tests/bad_inputs/files, made by make_corpus.py) holds each supported encoding, undecodable
and binary bytes, empty and noise-only pages, truncated XML of each coordinate format, hostile XML
(billion laughs, external entities, deep nesting), wrong roots, bad numbers, and malformed OCR JSON.
manifest.toml says what each must give: an exit code and ONE stderr line naming the file, or a
schema-valid TEI document holding the expected text. Never a traceback.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import TEI, load_schema
from layoutfix.cli import app

HERE = Path(__file__).resolve().parent / "bad_inputs"
FILES = HERE / "files"
CASES: list[dict[str, Any]] = tomllib.loads((HERE / "manifest.toml").read_text("utf-8"))["case"]


def _id(case: dict[str, Any]) -> str:
    return case["file"] + ("[" + " ".join(case["args"]) + "]" if case.get("args") else "")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_the_corpus_is_what_make_corpus_writes_and_every_file_has_a_case() -> None:
    spec = importlib.util.spec_from_file_location("make_corpus", HERE / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    on_disk = {p.name for p in FILES.iterdir()}
    assert on_disk == set(module.RECIPES)
    for name, make in module.RECIPES.items():
        assert (FILES / name).read_bytes() == make(), f"{name} differs from its recipe: rerun make_corpus.py"
    assert {c["file"] for c in CASES} == on_disk
    assert len(on_disk) >= 25


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_convert_gives_the_documented_result(runner: CliRunner, case: dict[str, Any]) -> None:
    path = FILES / case["file"]
    result = runner.invoke(app, ["convert", str(path), *case.get("args", [])])
    # the CLI ends with typer.Exit / SystemExit, never with an escaped exception
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    assert result.exit_code == case["exit"], result.stderr
    if case["exit"] != 0:
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"layoutfix: error: {path}: "), lines[0]
        assert case["error"] in lines[0]
        assert result.stdout == ""
        return
    if "note" in case:
        assert case["note"] in result.stderr and str(path) in result.stderr
    else:
        assert result.stderr == ""
    root = etree.fromstring(result.stdout_bytes)
    schema = load_schema()
    assert schema.validate(root), schema.error_log
    text_el = root.find(f"{TEI}text")
    assert text_el is not None
    body = "".join(text_el.itertext())
    for expected in case["text"]:
        assert expected in body
    if not case["text"]:
        assert body.strip() == ""
    for unwanted in case.get("absent", []):
        assert unwanted not in result.stdout


def test_debug_shows_the_traceback_after_the_one_line(runner: CliRunner) -> None:
    path = FILES / "bad-score.json"
    result = runner.invoke(app, ["--debug", "convert", str(path)])
    assert result.exit_code == 3
    assert "Traceback" in result.stderr
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"layoutfix: error: {path}: item 1: score is not a number")


@pytest.mark.parametrize("fmt", ["txt", "json"])
def test_other_output_formats_survive_noise(runner: CliRunner, fmt: str) -> None:
    for name in ("control-chars.txt", "noncharacters.txt", "empty.txt", "only-punctuation.txt"):
        result = runner.invoke(app, ["convert", str(FILES / name), "-f", fmt])
        assert result.exit_code == 0, (name, result.stderr)
