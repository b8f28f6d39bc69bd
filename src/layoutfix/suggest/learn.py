"""`layoutfix rules learn`: turn suggestions a person accepted into typo rules.

The input is a JSONL file as written by `layoutfix suggest --format jsonl`, after review: a line with
`"accept": false` (or `"accepted": false`) is skipped, every other line is taken as accepted. Each
accepted suggestion becomes a literal rule from the string as found (`found`) to the word it makes
(`word`), with the word check on and the context as its example, so the next run fixes it by rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class LearnedRule:
    """One rule learned from accepted suggestions of the same `find` → `replace`."""

    find: str
    replace: str
    pair: str
    examples: tuple[tuple[str, str], ...]

    @property
    def id(self) -> str:
        """A stable ASCII id from the code points of `find` and `replace`."""
        return "learned." + "".join(f"{ord(c):x}" for c in self.find) + "-" + "".join(
            f"{ord(c):x}" for c in self.replace
        )

    def to_toml(self) -> str:
        """The rule as a `[[rule]]` table."""
        examples = ",\n".join(f"  {_q(a + ' => ' + b)}" for a, b in self.examples)
        return (
            f"[[rule]]\nid = {_q(self.id)}\nfind = {_q(self.find)}\nreplace = {_q(self.replace)}\n"
            f"word_check = true\ncert = \"high\"\n"
            f"why = {_q(f'look-alike {self.pair}, accepted in review')}\nexamples = [\n{examples},\n]\n"
        )


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def read_reviewed(path: Path) -> list[dict[str, object]]:
    """The accepted suggestions of a reviewed JSONL file; raises `InputError` for a bad line."""
    try:
        # split on "\n" only: JSON leaves U+2028, U+0085 etc. unescaped, and str.splitlines cuts there
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    out: list[dict[str, object]] = []
    for n, raw in enumerate(lines, 1):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or not all(isinstance(obj.get(k), str) for k in ("found", "word")):
            raise InputError(f"{path}:{n}: expected a suggestion with 'found' and 'word'")
        if obj.get("accept", obj.get("accepted", True)) is False:
            continue
        out.append(obj)
    return out


def learn(path: Path) -> list[LearnedRule]:
    """Rules from the accepted suggestions in `path`, one per distinct (found, word), in file order."""
    grouped: dict[tuple[str, str], tuple[str, list[tuple[str, str]]]] = {}
    for obj in read_reviewed(path):
        found, word = str(obj["found"]), str(obj["word"])
        if found == word or len(found) != len(word):
            continue
        context = str(obj.get("context", "")).strip()
        _pair, examples = grouped.setdefault((found, word), (str(obj.get("pair", "")), []))
        if found in context and len(examples) < 3:
            example = (context, context.replace(found, word))
            if example not in examples:
                examples.append(example)
    return [
        LearnedRule(find, replace, pair, tuple(ex) or ((find, replace),))
        for (find, replace), (pair, ex) in grouped.items()
    ]


def to_toml(rules: list[LearnedRule]) -> str:
    """A rule file holding `rules`."""
    head = "# Rules learned from reviewed suggestions (layoutfix rules learn). Check before shipping.\n\n"
    return head + "\n".join(r.to_toml() for r in rules)
