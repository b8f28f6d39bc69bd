"""A one-page issue (`convert FILE:N` with one file) keeps the page number the user gave: `pb/@n`,
`biblScope`, the ids and the JSON `page`, as each page of a several-page issue has them."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
PAGE = Path(__file__).parent / "issues" / "sections-d" / "gsrb_A03.txt"


def test_file_n_gives_the_one_page_issue_its_number(runner: CliRunner) -> None:
    result = runner.invoke(app, ["convert", f"{PAGE}:3"])
    assert result.exit_code == 0, result.stderr
    root = etree.fromstring(result.stdout_bytes)
    [pb] = [pb for pb in root.iter(f"{TEI}pb") if pb.get("type") is None]
    assert (pb.get("n"), pb.get("{http://www.w3.org/XML/1998/namespace}id")) == ("3", "p3")
    assert [el.get("n") for el in root.iter(f"{TEI}biblScope")] == ["3"]
    as_json = runner.invoke(app, ["convert", f"{PAGE}:3", "-f", "json"])
    assert as_json.exit_code == 0, as_json.stderr
    assert json.loads(as_json.stdout)["page"] == 3
