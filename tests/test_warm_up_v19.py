"""`layoutfix.warm_up()`: a worker pays the one-time loads (jieba's dictionary, the shipped rules,
OpenCC, the name lists) at start-up, not on the first page a user waits for.

Before, the only warm-up was `layoutfix.batch.warm_up(config)`, internal, and the first `convert`
hitting a typo rule took ~1.4 s. Now `layoutfix.warm_up(options=None)` is public; after it, converting
pages loads nothing more: no module is imported and none of the package's loaders (the functions
cached once per process, `functools.cache` without arguments) runs. Each case runs in a fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: warm_up, then what is loaded; pages converted; then what was loaded by them.
SCRIPT = """
import inspect, json, sys
import layoutfix
from layoutfix import NormalizeOptions, convert

def loaded():
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("layoutfix"):
            continue
        for attr, value in list(vars(module).items()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name:
                try:
                    if not inspect.signature(value).parameters:
                        found[name + "." + attr] = info().currsize
                except (TypeError, ValueError):
                    pass
    return found

options = NormalizeOptions(variants="t2s") if sys.argv[1] == "t2s" else None
assert "jieba" not in sys.modules
layoutfix.warm_up(options)
from layoutfix import lexicon
assert lexicon._BASE is not None and lexicon._BASE.initialized  # jieba's dictionary is loaded
modules, loaders = set(sys.modules), loaded()
pages = ["examples/seed-page.txt", "tests/pages/split-word-typo.txt", "tests/fixtures/ocr/p1.alto.xml",
         "tests/fixtures/ocr/p1.hocr", "tests/fixtures/ocr/p1.page.xml",
         "tests/fixtures/ocr/p1.rapidocr.json",
         "中国日报 2024年5月6日 星期一 CHINA DAILY\\n\\n臺灣地區的經濟發展。\\n\\n本报记者 王明\\n"]
typos = sum(e.kind == "typo" for page in pages for e in convert(page, options=options).edits)
after = loaded()
# (a codec of the standard library is imported the first time a text is decoded with it: no load)
new = sorted(m for m in set(sys.modules) - modules if not m.startswith("encodings."))
print(json.dumps({"typos": typos, "modules": new,
                  "loaders": sorted(k for k, v in after.items() if v != loaders.get(k))}))
"""


def _run(variants: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, variants], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def test_after_warm_up_a_convert_loads_nothing_more() -> None:
    seen = _run("none")
    assert seen["typos"]  # the word check ran
    assert (seen["modules"], seen["loaders"]) == ([], [])


def test_warm_up_loads_what_the_options_need() -> None:
    seen = _run("t2s")
    assert (seen["modules"], seen["loaders"]) == ([], [])
