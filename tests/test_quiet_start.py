"""The CLI's stderr carries only layoutfix's own messages, whatever setuptools the user has.

jieba 0.42 imports `pkg_resources`; setuptools 67-80 warn on that import (`UserWarning: pkg_resources is
deprecated as an API...`, two lines on stderr at every start), and archivists' batch logs filled with
it. The test puts a stand-in `pkg_resources` that warns the same way in front of the real one (the
development venv's setuptools is too old to warn) and runs the CLI in a fresh interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: A `pkg_resources` that warns on import like setuptools 80 and serves jieba's resource reads.
WARNING_PKG_RESOURCES = '''
import os
import sys
import warnings

warnings.warn(
    "pkg_resources is deprecated as an API. See https://setuptools.pypa.io/en/latest/pkg_resources.html.",
    UserWarning,
    stacklevel=2,
)


def resource_stream(package, resource):
    return open(os.path.join(os.path.dirname(sys.modules[package].__file__), resource), "rb")
'''


def _run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / "pkg_resources.py").write_text(WARNING_PKG_RESOURCES, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(fake), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run([sys.executable, "-m", "layoutfix.cli", *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)


def test_the_stand_in_warns_when_jieba_is_imported_alone(tmp_path: Path) -> None:
    """The stand-in is effective: importing jieba directly does print setuptools' warning."""
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / "pkg_resources.py").write_text(WARNING_PKG_RESOURCES, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(fake))
    env.pop("PYTHONWARNINGS", None)
    proc = subprocess.run([sys.executable, "-c", "import jieba"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert "pkg_resources is deprecated" in proc.stderr


def test_convert_prints_no_setuptools_warning(tmp_path: Path) -> None:
    page = ROOT / "tests" / "pages" / "split-word-typo.txt"  # a typo rule asks jieba's dictionary
    proc = _run_cli(tmp_path, "convert", str(page), "-o", str(tmp_path / "out.xml"))
    assert proc.returncode == 0, proc.stderr
    assert "pkg_resources" not in proc.stderr
    assert "Warning" not in proc.stderr
    assert (tmp_path / "out.xml").read_text(encoding="utf-8").startswith("<?xml")
