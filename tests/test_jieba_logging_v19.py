"""layoutfix leaves an application's logging as it was: the `jieba` logger's level and handlers too.

After the first page with a typo candidate, the `jieba` logger was forced to WARNING (an application
that had set it to DEBUG lost its messages) and jieba's own stderr handler was added beside the
application's. Now importing jieba puts the logger back as it was, and jieba's start-up messages are
kept quiet while the dictionary loads without touching the logger. Each case runs in a fresh process:
jieba is imported and its dictionary loaded once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PAGE = Path(__file__).resolve().parent / "pages" / "split-word-typo.txt"

#: The application's logging set-up, then a convert that loads jieba's dictionary, then what the
#: `jieba` logger looks like and what reached the application's handler and stderr.
SCRIPT = """
import json, logging, sys
setup = sys.argv[2]
seen = []
class Collect(logging.Handler):
    def emit(self, record):
        seen.append(record.getMessage())
mine = Collect()
jieba_logger = logging.getLogger("jieba")
if setup == "jieba-debug":
    jieba_logger.setLevel(logging.DEBUG)
    jieba_logger.addHandler(mine)
    jieba_logger.propagate = False
elif setup == "root-debug":
    logging.basicConfig(level=logging.DEBUG, format="LOG %(name)s %(message)s")
before = (jieba_logger.level, [type(h).__name__ for h in jieba_logger.handlers], jieba_logger.propagate)
from layoutfix import convert
result = convert(sys.argv[1], fmt="txt")
assert any(e.kind == "typo" for e in result.edits)  # the word check ran: jieba's dictionary loaded
after = (jieba_logger.level, [type(h).__name__ for h in jieba_logger.handlers], jieba_logger.propagate)
print(json.dumps({"before": before, "after": after, "seen": seen}))
"""


def _run(tmp_path: Path, setup: str) -> tuple[dict[str, object], str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(PAGE), setup], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), proc.stderr


def test_an_application_s_jieba_logger_is_left_as_it_set_it(tmp_path: Path) -> None:
    seen, stderr = _run(tmp_path, "jieba-debug")
    assert seen["before"] == [10, ["Collect"], False]
    assert seen["after"] == seen["before"]  # DEBUG, the application's handler alone
    assert stderr == ""


def test_a_logger_the_application_never_set_gets_no_level_or_handler(tmp_path: Path) -> None:
    seen, stderr = _run(tmp_path, "none")
    assert seen["after"] == seen["before"] == [0, [], True]
    assert stderr == ""


def test_jieba_s_start_up_messages_do_not_reach_a_debug_root_logger(tmp_path: Path) -> None:
    seen, stderr = _run(tmp_path, "root-debug")
    assert seen["after"] == seen["before"] == [0, [], True]
    assert "Building prefix dict" not in stderr and "jieba" not in stderr, stderr
