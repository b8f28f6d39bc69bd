"""Every package the code imports is one `pyproject.toml` declares.

A module-level import must come from the standard library or a core dependency: `pip install layoutfix`
(no extras) must give a working CLI. `cli.py` once imported `click` at the top while only `typer` was
declared; typer 0.29 no longer depends on click, and `dask[distributed]` (the `dask` extra, which the
development install pulls in) hid the gap. An import inside a function may come from an extra.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "layoutfix"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
_NAME = regex.compile(r"^[A-Za-z0-9_.\-]+")


def _dist(requirement: str) -> str:
    """The normalised distribution name of a requirement (`dask[distributed]>=2024.1` -> `dask`)."""
    m = _NAME.match(requirement.strip())
    assert m is not None, requirement
    return m.group(0).lower().replace("_", "-")


def _core() -> set[str]:
    return {_dist(r) for r in PYPROJECT["project"]["dependencies"]}


def _extras() -> set[str]:
    found: set[str] = set()
    for reqs in PYPROJECT["project"]["optional-dependencies"].values():
        for r in reqs:
            found.add(_dist(r))
            if "[distributed]" in r:
                found.add("distributed")  # dask[distributed] installs the `distributed` package
    return found


def _imports(path: Path) -> tuple[set[str], set[str]]:
    """(top-level package names imported when the module is imported, those imported inside functions).

    Imports under `if TYPE_CHECKING:` are left out: only type checkers read them.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = [n for n in tree.body if isinstance(n, ast.If) and "TYPE_CHECKING" in ast.unparse(n.test)]
    on_import = [imp for node in tree.body if node not in typing_only for imp in _run_on_import(node)]
    every = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    skipped = {id(n) for node in typing_only for n in ast.walk(node)}
    top = {id(n) for n in on_import}
    return (
        {name for n in on_import for name in _packages(n)},
        {name for n in every if id(n) not in top and id(n) not in skipped for name in _packages(n)},
    )


def _packages(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The top-level packages an import statement names (none for a relative import)."""
    if isinstance(node, ast.ImportFrom):
        return [node.module.split(".")[0]] if node.module and node.level == 0 else []
    return [a.name.split(".")[0] for a in node.names]


def _run_on_import(node: ast.stmt) -> list[ast.Import | ast.ImportFrom]:
    """The import statements among `node` that run when the module is imported (not in a def or class)."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        return [node]
    inner: list[ast.stmt] = []
    if isinstance(node, ast.If):
        inner = [*node.body, *node.orelse]
    elif isinstance(node, ast.Try):
        inner = [*node.body, *node.orelse, *node.finalbody, *(s for h in node.handlers for s in h.body)]
    return [imp for child in inner for imp in _run_on_import(child)]


def _distributions_of(package: str) -> set[str]:
    return {d.lower().replace("_", "-") for d in packages_distributions().get(package, [package])}


def _undeclared(nested: bool, declared: set[str]) -> list[str]:
    """`file: package` for each import (inside functions if `nested`, else at module level) that is
    neither the standard library nor one of the `declared` distributions."""
    missing: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        packages = _imports(path)[1 if nested else 0]
        for package in sorted(packages - {"layoutfix", "__future__"}):
            if package not in sys.stdlib_module_names and not _distributions_of(package) & declared:
                missing.append(f"{path.relative_to(ROOT)}: {package}")
    return missing


def test_module_level_imports_are_stdlib_or_core_dependencies() -> None:
    assert _undeclared(nested=False, declared=_core()) == []


def test_imports_inside_functions_are_declared_somewhere() -> None:
    assert _undeclared(nested=True, declared=_core() | _extras()) == []
