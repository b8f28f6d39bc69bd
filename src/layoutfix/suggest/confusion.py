"""The table of look-alike character pairs that suggestions may swap.

Tables are `confusion/*.txt` files in the shipped rules folder and in any user rule folder: one pair a
line, `a b [source or note]`, `#` starts a comment. Pairs are symmetric. The shipped `derived.txt` is
built from third-party data (see rules/confusion/NOTICE.txt and bench/build_confusion.py) and is
`weak` evidence; every other file (the hand-checked `hand.txt`, a user's own tables) is `strong`.
Only strong pairs can make a high-certainty suggestion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..contentkey import content_key
from ..errors import RuleError
from ..normalize.typos import shipped_rules_dir

#: Files whose pairs are weak evidence (derived automatically, not checked pair by pair).
WEAK_FILES = frozenset({"derived.txt"})


@dataclass(frozen=True, slots=True)
class Pair:
    """One way to misread: the text shows `seen` where `meant` may have been printed."""

    seen: str
    meant: str
    strong: bool
    source: str  # file name and the note or evidence given on the line


@dataclass
class ConfusionTable:
    """Look-alike alternatives for each character."""

    alternatives: dict[str, dict[str, Pair]] = field(default_factory=dict)

    def add(self, a: str, b: str, strong: bool, source: str) -> None:
        """Record `a`/`b` in both directions; strong evidence wins over weak for the same pair."""
        for seen, meant in ((a, b), (b, a)):
            known = self.alternatives.setdefault(seen, {}).get(meant)
            if known is None or (strong and not known.strong):
                self.alternatives[seen][meant] = Pair(seen, meant, strong, source)

    def of(self, ch: str) -> list[Pair]:
        """The pairs that could turn the character `ch` into another one."""
        return list(self.alternatives.get(ch, {}).values())

    def get(self, seen: str, meant: str) -> Pair | None:
        """The pair `seen`→`meant`, if the table has it."""
        return self.alternatives.get(seen, {}).get(meant)

    def __len__(self) -> int:
        return sum(len(v) for v in self.alternatives.values()) // 2


def read_table(path: Path, table: ConfusionTable) -> None:
    """Add the pairs of one table file to `table`; raises `RuleError` naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read confusion table: {exc}") from exc
    strong = path.name not in WEAK_FILES
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split(maxsplit=2)
        if len(fields) < 2 or len(fields[0]) != 1 or len(fields[1]) != 1 or fields[0] == fields[1]:
            raise RuleError(f"{path}:{n}: expected 'a b [note]' with two different characters, got {raw!r}")
        note = fields[2] if len(fields) == 3 else ""
        table.add(fields[0], fields[1], strong, f"{path.stem}: {note}" if note else path.stem)


def table_files(dirs: Sequence[Path] = (), include_default: bool = True) -> list[Path]:
    """The confusion tables of the shipped rules (unless `include_default` is false) and of `dirs`."""
    folders = ([shipped_rules_dir()] if include_default else []) + [Path(d) for d in dirs]
    return [f for d in folders for f in sorted((d / "confusion").glob("*.txt")) if f.name != "NOTICE.txt"]


@lru_cache(maxsize=8)
def _cached(files: tuple[tuple[str, str], ...]) -> ConfusionTable:
    table = ConfusionTable()
    for name, _digest in files:
        read_table(Path(name), table)
    return table


def load_confusion(dirs: Sequence[Path] = (), include_default: bool = True) -> ConfusionTable:
    """The merged confusion table (cached on the files' contents, see `layoutfix.contentkey`)."""
    files = table_files(dirs, include_default)
    return _cached(tuple((str(f), content_key(str(f))) for f in files))
