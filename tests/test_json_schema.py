"""The JSON we write is exactly the JSON docs/json.md and docs/schema/*.json document.

Every JSON form a downstream project reads is validated against its schema with `jsonschema`, the
reference validator: the page and issue output (`convert -f json`), the edit log (`--edits`, one page
and an issue), the issue report (`convert DIR/ --report`), the batch report (`batch --report`) and the
suggestion lines (`suggest -f jsonl`). The schemas are strict (`additionalProperties: false`
everywhere), so a key written but not documented fails; and every key a schema lists must be written
by some sample, so the schemas promise nothing that never happens. The samples are every sample page
(default options, `--variants t2s`, `--apply-suggestions low`, coordinate pages with
`--min-conf 0.95` and a page number), the test issues (merged and `--keep-parts`), a small batch and
the suggestions of the pages.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import regex
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.editlog import dumps_edits, dumps_issue_edits
from layoutfix.issue import convert_issue
from layoutfix.normalize.steps import NormalizeOptions
from layoutfix.pipeline import convert
from layoutfix.readers.text import read_page

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "docs" / "schema"
FORMS = ("page", "edit-line", "issue-report", "batch-report", "suggestion-line")
PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))
FLAT = [ROOT / "examples" / "seed-page.txt", *PAGES, *sorted((ROOT / "golden").glob("*/input.txt"))]
COORDS = sorted(
    p for p in [*(ROOT / "tests" / "fixtures" / "ocr").glob("p*.*"), *(ROOT / "golden").glob("*/input.*")]
    if "truth" not in p.name and p.suffix != ".txt"
)
EXTRA = ROOT / "tests" / "fixtures" / "tei_profile"


def schema(form: str) -> dict[str, Any]:
    """The schema of one JSON form, as docs/schema holds it."""
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{form}.schema.json").read_text(encoding="utf-8"))
    return loaded


@dataclass
class Samples:
    """The outputs of every JSON form, each as (name of the sample, parsed JSON)."""

    outputs: dict[str, list[tuple[str, Any]]] = field(default_factory=lambda: {f: [] for f in FORMS})

    def add_page(self, name: str, output: str) -> None:
        self.outputs["page"].append((name, json.loads(output)))

    def add_lines(self, form: str, name: str, jsonl: str) -> None:
        """Each line of a JSON-lines text (split on newline only, as `loads_edit_log` reads it)."""
        lines = [ln for ln in jsonl.split("\n") if ln]
        self.outputs[form] += [(f"{name} line {n}", json.loads(ln)) for n, ln in enumerate(lines, 1)]


def _issues() -> list[list[Path]]:
    folders = sorted((ROOT / "tests" / "issues").iterdir())
    issues = [sorted(p for p in d.iterdir() if p.is_file()) for d in folders]
    issues.append(sorted((EXTRA / "issue-no-match").iterdir()))  # every unresolved status
    issues.append(sorted((EXTRA / "issue-teaser").iterdir()))  # teasers, matched or not, in sections
    issues.append(sorted((ROOT / "tests" / "fixtures" / "ocr").glob("p*.hocr")))  # coordinate pages
    return issues


def _convert_samples(samples: Samples) -> None:
    """Pages under the option sets the task names, with their edit logs."""
    runs: list[tuple[str, Path, dict[str, Any]]] = [(p.name, p, {}) for p in FLAT]
    runs += [(f"{p.name} t2s", p, {"options": NormalizeOptions(variants="t2s")}) for p in PAGES]
    to_simplified = {"options": NormalizeOptions(variants="t2s")}
    runs.append(("traditional t2s", EXTRA / "traditional-page.txt", to_simplified))
    low = {"options": NormalizeOptions(apply="low", apply_suggestions="low")}
    runs += [(f"{p.name} suggestions", p, low) for p in (EXTRA / "uncertain-typos.txt", *PAGES[:6])]
    runs += [(p.name, p, {}) for p in COORDS]
    runs += [(f"{p.name} min-conf", p, {"min_conf": 0.95, "page": 3, "paper": "某报", "date": "1999-01-02"})
             for p in COORDS]
    runs.append(("boxed-page", EXTRA / "boxed-page.rapidocr.json", {"page": 2, "min_conf": 0.6}))
    runs.append(("blank page", ROOT / "tests" / "bad_inputs" / "files" / "blank.txt", {}))
    runs.append(("markdown-table", EXTRA / "markdown-table.txt", {}))  # header rows, spanning cells
    runs.append(("table-notes", EXTRA / "table-notes.content_list.json", {}))  # a table's caption, notes
    runs.append(("notes", EXTRA / "notes.page.xml", {}))  # labelled note regions: `notes`
    feature = ROOT / "tests" / "fixtures" / "feature-chart-data.txt"
    runs.append(("feature-chart-data", feature, {}))  # `charts`, a paragraph's stacked `subheads`
    # a page of a paper printed in sections, its head printing 第A3版: `label`
    runs.append(("lettered page", ROOT / "tests" / "issues" / "sections-d" / "gsrb_A03.txt", {}))
    for name, path, kw in runs:
        r = convert(path, fmt="json", **kw)
        samples.add_page(name, r.output)
        blocks = read_page(r.document.original, source=str(path)).blocks
        samples.add_lines("edit-line", name, dumps_edits(r.edits, blocks))
    for issue in _issues():
        for keep_parts in (False, True):
            name = f"issue {issue[0].parent.name}{' --keep-parts' * keep_parts}"
            r = convert_issue(issue, fmt="json", keep_parts=keep_parts, min_conf=0.95)
            samples.add_page(name, r.output)
            samples.outputs["issue-report"].append((name, r.report))
            samples.add_lines("edit-line", name, dumps_issue_edits(r.pages))


def _cli_samples(samples: Samples, tmp: Path) -> None:
    """The forms only the command line writes, as it writes them."""
    runner = CliRunner()
    issue = sorted((ROOT / "tests" / "issues" / "daily-a").iterdir())
    report, edits = tmp / "issue-report.json", tmp / "issue.edits.jsonl"
    result = runner.invoke(app, ["convert", *map(str, issue), "-f", "json", "--report", str(report),
                                 "--edits", str(edits), "-o", str(tmp / "issue.json")])
    assert result.exit_code == 0, result.stderr
    samples.add_page("cli issue", (tmp / "issue.json").read_text(encoding="utf-8"))
    samples.outputs["issue-report"].append(("cli issue report", json.loads(report.read_text("utf-8"))))
    samples.add_lines("edit-line", "cli issue edits", edits.read_text(encoding="utf-8"))
    one = tmp / "page.edits.jsonl"
    result = runner.invoke(app, ["convert", str(COORDS[0]), "-f", "json", "--edits", str(one),
                                 "-o", str(tmp / "page.json")])
    assert result.exit_code == 0, result.stderr
    samples.add_lines("edit-line", "cli page edits", one.read_text(encoding="utf-8"))

    batch_in = tmp / "in"  # a small batch: flat pages, a coordinate page, a bad page (a failure), and
    batch_in.mkdir()  # a METS file delivered beside them (not a page: the report's not_pages)
    for p in (*PAGES[:2], COORDS[0]):
        (batch_in / p.name).write_bytes(p.read_bytes())
    (batch_in / "binary.txt").write_bytes(b"\x00\x01\x02 not a page")
    (batch_in / "mets.xml").write_text('<?xml version="1.0"?>\n<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>\n',
                                       encoding="utf-8")
    result = runner.invoke(app, ["batch", str(batch_in), str(tmp / "out"), "-j", "1", "-f", "json",
                                 "--report", str(tmp / "batch.json")])
    assert result.exit_code != 0 or "failed" in result.stderr, result.stderr
    samples.outputs["batch-report"].append(("batch", json.loads((tmp / "batch.json").read_text("utf-8"))))

    for p in (*PAGES, EXTRA / "uncertain-typos.txt"):
        result = runner.invoke(app, ["suggest", str(p), "-f", "jsonl"])
        assert result.exit_code == 0, result.stderr
        samples.add_lines("suggestion-line", f"suggest {p.name}", result.stdout)


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Samples:
    found = Samples()
    _convert_samples(found)
    _cli_samples(found, tmp_path_factory.mktemp("json-forms"))
    return found


def _errors(form: str, outputs: list[tuple[str, Any]]) -> list[str]:
    validator = Draft202012Validator(schema(form))
    return [
        f"{name}: {'/'.join(map(str, err.absolute_path)) or '(top)'}: {err.message}"
        for name, obj in outputs
        for err in validator.iter_errors(obj)
    ]


@pytest.mark.parametrize("form", FORMS)
def test_schema_is_a_valid_draft_2020_12_schema(form: str) -> None:
    doc = schema(form)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(doc)


def _objects(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema of a schema that describes an object's keys."""
    if isinstance(node, dict):
        if "properties" in node:
            yield where, node
        for key, value in node.items():
            yield from _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _objects(value, f"{where}/{n}")


@pytest.mark.parametrize("form", FORMS)
def test_schema_is_strict(form: str) -> None:
    """Every object a schema describes lists its keys and allows no others, and names the ones
    always written: an undocumented key in an output is a failure, not a pass."""
    loose = [where for where, node in _objects(schema(form)) if node.get("additionalProperties") is not False]
    assert loose == []
    unrequired = [where for where, node in _objects(schema(form)) if "required" not in node]
    assert unrequired == []


@pytest.mark.parametrize("form", FORMS)
def test_every_output_is_valid(samples: Samples, form: str) -> None:
    assert samples.outputs[form], f"no {form} sample"
    errors = _errors(form, samples.outputs[form])
    assert errors == [], "\n".join(errors[:20])


def _written_keys(node: Any, path: str = "") -> Iterator[str]:
    """`articles[].continuation.from_page`: the path of every key in an output."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield f"{path}.{key}".lstrip(".")
            yield from _written_keys(value, f"{path}.{key}")
    elif isinstance(node, list):
        for value in node:
            yield from _written_keys(value, f"{path}[]")


def _listed_keys(node: dict[str, Any], root: dict[str, Any], path: str = "") -> Iterator[str]:
    """The path of every key a schema lists, following its local `$ref`s."""
    if "$ref" in node:
        target: Any = root
        for step in node["$ref"].removeprefix("#/").split("/"):
            target = target[step]
        yield from _listed_keys(target, root, path)
    for key, sub in node.get("properties", {}).items():
        yield f"{path}.{key}".lstrip(".")
        yield from _listed_keys(sub, root, f"{path}.{key}")
    if isinstance(node.get("items"), dict):
        yield from _listed_keys(node["items"], root, f"{path}[]")
    for sub in node.get("oneOf", []):
        yield from _listed_keys(sub, root, path)


@pytest.mark.parametrize("form", FORMS)
def test_every_listed_key_is_written(samples: Samples, form: str) -> None:
    """The schemas document what happens: a key listed but never written by the samples fails."""
    doc = schema(form)
    written = {k for _, obj in samples.outputs[form] for k in _written_keys(obj)}
    assert set(_listed_keys(doc, doc)) - written == set()


def test_an_undocumented_key_fails_validation(samples: Samples) -> None:
    """The strictness reaches nested objects: a key added to a paragraph of the page output fails."""
    name, page = next((n, p) for n, p in samples.outputs["page"] if p["articles"])
    extra = json.loads(json.dumps(page))
    extra["articles"][0]["paragraphs"][0]["page"] = 1
    assert _errors("page", [(name, page)]) == []
    assert any("'page' was unexpected" in e for e in _errors("page", [(name, extra)]))


def _json_strings(article: dict[str, Any]) -> Counter[str]:
    """Every text an article of the JSON output lists outside its paragraphs."""
    lists = ("kicker", "titles", "subtitle", "byline", "subheads", "captions", "credits", "furniture")
    found = Counter(t for key in lists for t in article[key])
    found.update(article["continuation"]["markers"])
    if article["signature"] is not None:
        found[article["signature"]] += 1
    return found


@pytest.mark.parametrize("keep_parts", [False, True])
def test_issue_json_keeps_markers_and_jump_heads(keep_parts: bool) -> None:
    """An article that jumps between pages keeps, in the JSON as in the TEI, its continuation markers
    (`continuation.markers`) and the heading the next page repeats over its continuation (`furniture`,
    TEI fw type="jump-head"), also where they stand inside a paragraph joined across the jump: the JSON
    dropped them, so their text was in no field."""
    for issue in _issues():
        result = convert_issue(issue, fmt="json", keep_parts=keep_parts)
        articles = json.loads(result.output)["articles"]
        for art, written in zip(result.document.articles, articles, strict=True):
            inside = Counter(b.text for p in art.parts if p.kind in ("p", "fw", "marker") for b in p.blocks
                             if b.role not in ("body", "caption", "credit"))
            missing = inside - _json_strings(written)
            assert not missing, f"{issue[0].parent.name} {art.id}: {sorted(missing)} in no JSON field"


def test_the_examples_of_the_doc_are_valid() -> None:
    """docs/json.md shows one example per form; each is valid under its schema (the jump and the
    teaser under the issue report's definitions)."""
    doc = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    examples = [json.loads(block) for block in regex.findall(r"```json\n(.*?)```", doc, flags=regex.S)]
    jump = {"$ref": "#/$defs/jump", "$defs": schema("issue-report")["$defs"]}
    teaser = {"$ref": "#/$defs/teaser", "$defs": schema("issue-report")["$defs"]}
    checks = [schema("page"), schema("edit-line"), jump, teaser, schema("suggestion-line")]
    assert len(examples) == len(checks)
    for example, against in zip(examples, checks, strict=True):
        Draft202012Validator(against).validate(example)
