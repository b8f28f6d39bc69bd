"""The typo rules engine: literal rules from rules/*.toml in one Aho-Corasick pass, with guards.

Every rule's literal `find` goes into ONE `pyahocorasick` automaton, so a page costs about the same
with 10 rules or 10,000. Where a `find` matches, the rule's `regex` guards (`before`, `after`,
`not_before`, `not_after`) and, if asked, the jieba word check (`layoutfix.lexicon`) decide whether it
applies. Matches are taken leftmost-longest: the earliest match wins, the longest at one start first;
a match whose rules all refuse gives way to shorter or later ones.

Guards and the word check see the text as a reader does: a blank-line block break inside a sentence
(the block before it does not end a sentence) is skipped over, so `…实现政协协商和` + `其层协商有效衔接。`
reads as one sentence. The break itself is never changed.

Rules are written once, in simplified characters, and also fire on pages printed in traditional ones:
each rule gets a traditional form derived with OpenCC (`traditional_form`: 其层→基层 also finds 其層 and
writes 基層), and a traditional match is judged (guards, word check) on the simplified view of a small
window around it, so the rule's simplified guards read it as they read a simplified page.

The format is documented in docs/rules.md.
"""

from __future__ import annotations

import bisect
import importlib.resources
import os
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import ahocorasick
import opencc
import regex

from ..contentkey import content_key
from ..errors import RuleError
from ..hanscript import char_script, in_simplified_charset, opencc_converter, traditional_correction
from ..layout.roles import script_tag, simplified_view, t2s_converter
from ..lexicon import TextChecks, WordChecker
from ..model import CERT_LEVELS, Cert, EditKind
from ..tracked import Change, TrackedText
from .context import HAN

_KINDS: frozenset[str] = frozenset(get_args(EditKind))
_GUARDS = ("before", "after", "not_before", "not_after")
_KNOWN_KEYS = frozenset(
    {"id", "kind", "find", "replace", "word_check", "cert", "why", "examples", "keep", "enabled", *_GUARDS}
)
_REQUIRED = ("id", "find", "replace", "cert", "why")
_ID = regex.compile(r"[a-z0-9][a-z0-9_.-]*")

#: A blank-line block separator with the spaces around it.
_GAP = regex.compile(r"[^\S\n]*\n[^\S\n]*\n\s*")
#: `_GAP` from its first newline on: the same matches (see `_gaps`) found from a literal `\n`, where
#: `_GAP`'s leading `[^\S\n]*` made the regex engine try a match at every character of the page.
_GAP_FROM_NEWLINE = regex.compile(r"\n[^\S\n]*\n\s*")
#: One horizontal whitespace character (`\s` but not a newline).
_HSPACE = regex.compile(r"[^\S\n]")
#: The last character of a block that does NOT end a sentence (the next block continues it).
_OPEN_END = regex.compile(r"[\p{Han}\p{L}\p{N},,、::“‘「『((《〈【—-]")


class _OpenEndChar(dict[str, bool]):
    """Does `_OPEN_END` match this one character? Answered by the pattern once per character."""

    def __missing__(self, char: str) -> bool:
        self[char] = found = _OPEN_END.fullmatch(char) is not None
        return found


_OPEN_END_CHAR = _OpenEndChar()
#: Where sentences end, in the reader's view of the text (word-check context).
_SENTENCE_END = regex.compile(r"[。!?!?;;…]+|\n\s*\n")


@dataclass(frozen=True)
class Rule:
    """One literal rule, as read from a rule file."""

    id: str
    find: str
    replace: str
    cert: Cert
    why: str
    file: Path
    kind: EditKind = "typo"
    word_check: bool = False
    before: regex.Pattern[str] | None = None
    after: regex.Pattern[str] | None = None
    not_before: regex.Pattern[str] | None = None
    not_after: regex.Pattern[str] | None = None
    examples: tuple[tuple[str, str], ...] = ()
    keep: tuple[str, ...] = ()


#: Which script a spelling of a rule is for: `any`, or, where the traditional form of a rule finds
#: the same string as the rule (住港→驻港 / 住港→駐港), `hans` or `hant` by the page's script (see
#: `_page_is_hant`); `hans-here` for a rule without a traditional form that writes simplified
#: characters (甘肅→甘肃): simplified text around the match (`hant_around`).
Script = Literal["any", "hans", "hant", "hans-here"]


@dataclass(frozen=True)
class Spelling:
    """One string the automaton finds for a rule, with what replaces it.

    `traditional` marks the derived traditional form: its guards and word check read the simplified
    view of the text around the match (the rule's own strings in place of the match).
    """

    rule: Rule
    find: str
    replace: str
    traditional: bool = False
    script: Script = "any"


def s2t_converter() -> opencc.OpenCC:
    """OpenCC's simplified-to-traditional converter, the process's one (`hanscript.opencc_converter`:
    a `--variants s2t` step uses the same)."""
    return opencc_converter("s2t")


def traditional_form(rule: Rule) -> tuple[str, str] | str | None:
    """The rule as it reads on a page printed in traditional characters: `(find, replace)`; None when
    that is the rule itself; a reason (str) when no faithful form can be derived.

    `replace` is converted with OpenCC s2t as a phrase (千家万户→千家萬戶), but for the characters the
    rule corrects, which keep the rule's own where that is right in traditional text
    (`hanscript.traditional_correction`: 出合→出台, never 臺, which 合 is no misread of; 合风→颱風, the
    word every traditional standard writes; 其层→基層, as 层 is simplified only). The characters of
    `find` that the rule leaves alone take the converted characters; the ones it corrects are kept
    as written: they are what OCR read from the printed shape, not words, and s2t would choose for
    them by meaning (干家万户 → 幹家萬戶, 提拨 → 提撥, a real word of Taiwanese usage). The derived
    form must have the rule's shape (same length, the same characters changed) and read back as
    the rule under t2s, since its guards and word check judge it in the simplified view.
    """
    find, replace = rule.find, rule.replace
    if len(find) != len(replace):
        return "find and replace differ in length"
    trad_replace = s2t_converter().convert(replace)
    if len(trad_replace) != len(replace):
        return f"s2t changes the length of {replace!r} ({trad_replace!r})"
    trad_replace = traditional_correction(find, replace, trad_replace)
    trad_find = "".join(f if f != r else t for f, r, t in zip(find, replace, trad_replace, strict=True))
    if (trad_find, trad_replace) == (find, replace):
        return None
    if any((a != b) != (f != r) for a, b, f, r in zip(trad_find, trad_replace, find, replace, strict=True)):
        return f"{trad_find}→{trad_replace} does not change the characters {find}→{replace} changes"
    t2s = t2s_converter()
    if t2s.convert(trad_find) != find or t2s.convert(trad_replace) != replace:
        return f"{trad_find}→{trad_replace} does not read back as {find}→{replace} under t2s"
    return trad_find, trad_replace


def _spellings(rule: Rule) -> tuple[list[Spelling], str | None]:
    """The spellings of one rule (its own, then its traditional form if any) and why a traditional
    form was not derived, if one could not be."""
    derived = traditional_form(rule)
    if not isinstance(derived, tuple):
        # A rule without a traditional form fires where its own `find` stands in traditional text
        # too; one that would write simplified characters there (甘肅→甘肃) fires on simplified pages only.
        simplified = derived is not None and s2t_converter().convert(rule.replace) != rule.replace
        return [Spelling(rule, rule.find, rule.replace, script="hans-here" if simplified else "any")], derived
    find, replace = derived
    if find != rule.find:
        return [Spelling(rule, rule.find, rule.replace), Spelling(rule, find, replace, True)], None
    # The same string on both pages (出合): the page's script picks the replacement.
    return [
        Spelling(rule, rule.find, rule.replace, script="hans"),
        Spelling(rule, find, replace, True, script="hant"),
    ], None


@dataclass
class RuleSet:
    """Loaded rules, their spellings (own and traditional), the automaton over them and the word checker."""

    rules: tuple[Rule, ...]
    lexicon_files: tuple[Path, ...] = ()
    #: Every spelling of every rule, in rule order; the automaton's values index it.
    spellings: tuple[Spelling, ...] = field(default=(), init=False)
    #: (rule id, reason) of the rules without a traditional form though they may need one.
    untraditional: tuple[tuple[str, str], ...] = field(default=(), init=False)
    _automaton: Any = field(default=None, repr=False)
    _checker: WordChecker | None = field(default=None, repr=False)
    #: Each rule id's rule and spellings (`get`, `spellings_of`): `rules test` asks per failure.
    _by_id: dict[str, tuple[Rule, tuple[Spelling, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    #: The rule files given more than once (alone and in their folder), read only where first given.
    read_once: tuple[Path, ...] = field(default=(), compare=False)
    #: The folders and the files' content digests it was loaded from (`load_ruleset`'s cache key;
    #: `()` for a set built by hand): equal keys mean the same rule files with the same contents.
    loaded_from: tuple[object, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        spellings: list[Spelling] = []
        skipped: list[tuple[str, str]] = []
        for rule in self.rules:
            found, reason = _spellings(rule)
            spellings.extend(found)
            self._by_id.setdefault(rule.id, (rule, tuple(found)))  # (an id given twice: `get` the first)
            if reason is not None:
                skipped.append((rule.id, reason))
        self.spellings, self.untraditional = tuple(spellings), tuple(skipped)
        by_find: dict[str, list[int]] = {}
        for i, spelling in enumerate(self.spellings):
            by_find.setdefault(spelling.find, []).append(i)
        automaton = ahocorasick.Automaton()
        for find, idxs in by_find.items():
            key = _as_bytes(find)
            automaton.add_word(key, (len(key), tuple(idxs)))
        if by_find:
            automaton.make_automaton()
        self._automaton = automaton if by_find else None

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        """The rule with id `rule_id`, if loaded."""
        found = self._by_id.get(rule_id)
        return None if found is None else found[0]

    def spellings_of(self, rule_id: str) -> tuple[Spelling, ...]:
        """The spellings of the rule with id `rule_id` (its own, then its traditional form), if loaded."""
        found = self._by_id.get(rule_id)
        return () if found is None else found[1]

    @property
    def checker(self) -> WordChecker:
        """The word checker (jieba + lexicon files), created on first use."""
        if self._checker is None:
            self._checker = WordChecker(self.lexicon_files)
        return self._checker

    def matches(self, text: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """Every (start, end, spelling indexes) where some `find` occurs in `text`, overlapping included."""
        if self._automaton is None:
            return []
        raw = text.encode("utf-8")
        hits = [(e + 1 - n, e + 1, idxs) for e, (n, idxs) in self._automaton.iter(raw.decode("latin-1"))]
        if not hits:
            return []
        # Byte offsets back to character offsets, walking the text once. UTF-8 matches always start
        # and end on character boundaries (a lead byte is never a continuation byte).
        char_at: dict[int, int] = {}
        count = prev = 0
        for pos in sorted({p for s, e, _ in hits for p in (s, e)}):
            count += len(raw[prev:pos].decode("utf-8"))
            char_at[pos] = count
            prev = pos
        return [(char_at[s], char_at[e], idxs) for s, e, idxs in hits]


def _as_bytes(text: str) -> str:
    """`text` as UTF-8 bytes spelled one byte per character (latin-1), the automaton's alphabet.

    pyahocorasick scans a node's children linearly; with Chinese keys the root alone has thousands
    of children and 10,000 rules made a page cost ~15 ms instead of ~0.3 ms. Over UTF-8 bytes no node
    has more than 256 children (the root of a Chinese rule set about 6), so the cost stays flat.
    """
    return text.encode("utf-8").decode("latin-1")


# --------------------------------------------------------------------------------------------------
# Loading


@cache
def shipped_rules_dir() -> Path:
    """The folder of rules shipped with layoutfix (the package `layoutfix.rules`).

    Cached: the package does not move within a process, and `importlib.resources` costs about as much
    as the stats of the freshness check.
    """
    return Path(str(importlib.resources.files("layoutfix.rules")))


def _compile_guard(pattern: object, where: str, name: str) -> regex.Pattern[str]:
    """The compiled guard `name` of a rule; a `RuleError` for a guard that matches empty text.

    Such a guard decides without reading a character: x* or (?:a|) holds at every match, so an
    `after`/`before` guard lets every match through and a `not_` guard refuses every one (the rule
    never fires, and `rules test` could only report its examples unchanged); a lookahead such as
    (?!a) holds at the page's edge. The docs give none of these a meaning.
    """
    if not isinstance(pattern, str) or not pattern:
        raise RuleError(f"{where}: '{name}' must be a non-empty regex string")
    flags = regex.REVERSE if name in ("before", "not_before") else 0
    try:
        compiled = regex.compile(pattern, flags)
    except regex.error as exc:
        raise RuleError(f"{where}: bad regex in '{name}' ({pattern!r}): {exc}") from exc
    if compiled.fullmatch("") is not None:
        raise RuleError(
            f"{where}: '{name}' ({pattern!r}) matches empty text, so it {_EMPTY_GUARD_EFFECT[name]};"
            " a guard must need at least one character"
        )
    return compiled


#: What a guard matching empty text would do to its rule, for the load error.
_EMPTY_GUARD_EFFECT = {
    "before": "lets a match through without reading the text before it",
    "after": "lets a match through without reading the text after it",
    "not_before": "refuses a match without reading the text before it",
    "not_after": "refuses a match without reading the text after it",
}


def _str_list(value: object, where: str, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: '{name}' must be a list of strings")
    return value


def _parse_rule(raw: object, path: Path, n: int) -> Rule | str:
    """A `Rule` from one `[[rule]]` table, or the id alone for `enabled = false` (switch a rule off)."""
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: rule #{n} is not a table")
    rid = raw.get("id")
    if not isinstance(rid, str) or not _ID.fullmatch(rid):
        raise RuleError(f"{path}: rule #{n}: 'id' must be a lowercase dotted name, got {rid!r}")
    where = f"{path}: rule {rid!r}"
    unknown = sorted(set(raw) - _KNOWN_KEYS)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(unknown)}")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RuleError(f"{where}: 'enabled' must be true or false")
    if not enabled:
        return rid
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise RuleError(f"{where}: missing field(s) {', '.join(missing)}")
    for key in ("find", "replace", "why", "kind"):
        if key in raw and not isinstance(raw[key], str):
            raise RuleError(f"{where}: '{key}' must be a string")
    if not raw["find"]:
        raise RuleError(f"{where}: 'find' is empty")
    if raw["find"] == raw["replace"]:
        raise RuleError(f"{where}: 'replace' equals 'find'")
    kind = raw.get("kind", "typo")
    if kind not in _KINDS:
        raise RuleError(f"{where}: unknown kind {kind!r} (one of {', '.join(sorted(_KINDS))})")
    if raw["cert"] not in CERT_LEVELS:
        raise RuleError(f"{where}: cert must be one of {', '.join(CERT_LEVELS)}, got {raw['cert']!r}")
    word_check = raw.get("word_check", False)
    if not isinstance(word_check, bool):
        raise RuleError(f"{where}: 'word_check' must be true or false")
    examples: list[tuple[str, str]] = []
    for line in _str_list(raw.get("examples", []), where, "examples"):
        wrong, sep, right = line.partition(" => ")
        if not sep or not wrong or not right:
            raise RuleError(f"{where}: example {line!r} is not 'wrong => right'")
        examples.append((wrong, right))
    guards = {g: _compile_guard(raw[g], where, g) for g in _GUARDS if g in raw}
    return Rule(
        id=rid,
        find=raw["find"],
        replace=raw["replace"],
        cert=raw["cert"],
        why=raw["why"],
        file=path,
        kind=kind,
        word_check=word_check,
        examples=tuple(examples),
        keep=tuple(_str_list(raw.get("keep", []), where, "keep")),
        **guards,
    )


def load_rule_file(path: Path) -> list[Rule | str]:
    """The rules of one TOML file, in file order (`str` entries switch a rule id off)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"rule"})
    if unknown:
        raise RuleError(f"{path}: unknown top-level key(s) {', '.join(unknown)} (rules go in [[rule]])")
    raws = data.get("rule", [])
    if not isinstance(raws, list):
        raise RuleError(f"{path}: 'rule' must be an array of tables ([[rule]])")
    return [_parse_rule(raw, path, n) for n, raw in enumerate(raws, 1)]


def _rule_files(folder: Path) -> list[Path]:
    """The rule files of `folder`: its own `*.toml` files, the suffix in any case (`gansu.TOML`);
    subfolders are not read (`lexicon/`, `confusion/` hold word lists). A file is itself."""
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise RuleError(f"{folder}: rule folder not found")
    return [Path(name) for name in _names(os.fspath(folder), _RULE_SUFFIX, fold_case=True)]


def rule_files(folder: Path) -> list[Path]:
    """The rule files `load_ruleset` reads of a rule folder (or the file itself): what `golden` reads
    to name the rule ids a folder defines. Raises `RuleError` for a folder that is not there."""
    return _rule_files(folder)


def _lexicon_files(folder: Path) -> list[Path]:
    return sorted((folder / "lexicon").glob("*.txt")) if folder.is_dir() else []


def _load_folder(folder: Path, read: dict[str, Path]) -> tuple[list[Rule | str], list[Path]]:
    """All rules of a folder (or a rule file), and its rule files not read as `read` (real path →
    the path read) holds them already: a file given alone and in its folder is read once, where it
    is first given. An id defined twice within one folder is an error."""
    seen: dict[str, tuple[Path, int]] = {}
    out: list[Rule | str] = []
    again: list[Path] = []
    for path in _rule_files(folder):
        real = os.path.realpath(path)
        if real in read:
            again.append(read[real])
            continue
        read[real] = path
        for n, item in enumerate(load_rule_file(path), 1):
            rid = item if isinstance(item, str) else item.id
            if rid in seen:  # both places: `rule #3 and rule #7` of one file, or the first file's
                first, m = seen[rid]
                where = f"rule #{m} and rule #{n}" if first == path else f"first defined in {first}, #{m}"
                raise RuleError(f"{path}: rule {rid!r}: duplicate id ({where})")
            seen[rid] = (path, n)
            out.append(item)
    return out, again


def _fingerprint(folder: Path) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Name and content digest (`contentkey.content_key`) of every file `_load_folder` reads from
    `folder`, and of its confusion tables: an edit is seen even when it keeps the file's size and
    modification time. The confusion tables do not change the rules, but the TEI header's rule
    digest (`contentkey.rules_digest`) covers them and is remade only for new rule files
    (`RuleSet.loaded_from`), so an edited table must count as new rule files too.

    Runs on every `load_ruleset` call for a user folder, at most once a second for the shipped one (so an
    edited, added or removed rule file is picked up), hence plain `os.scandir`/`stat` rather than
    pathlib globbing, which cost several times more per file, and a file read again only when its
    `stat` changed.
    """
    path = os.fspath(folder)
    if os.path.isfile(path):
        entries = [path]
    elif os.path.isdir(path):
        entries = (_names(path, _RULE_SUFFIX, fold_case=True) + _names(os.path.join(path, "lexicon"), ".txt")
                   + _names(os.path.join(path, "confusion"), ".txt"))
    else:
        entries = []
    return os.path.realpath(path), tuple((f, content_key(f)) for f in entries)


#: The suffix of a rule file, matched in any case.
_RULE_SUFFIX = ".toml"


def _names(folder: str, suffix: str, *, fold_case: bool = False) -> list[str]:
    """Sorted paths of the entries of `folder` whose names end with `suffix` (as `glob("*" + suffix)`;
    with `fold_case`, in any case: the rule files' `*.TOML` too, `_rule_files`)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(e.path for e in entries
                          if (e.name.lower() if fold_case else e.name).endswith(suffix))
    except (FileNotFoundError, NotADirectoryError):
        return []


def _nothing_to_read(folder: Path) -> RuleError:
    """The error for a rule folder holding no rule file and no word list: naming a rule file in its
    subfolders (`_nested_rule_file`), if one is found, as those are not read."""
    nested = _nested_rule_file(os.fspath(folder))
    where = f"; rule files in subfolders are not read ({nested})" if nested else ""
    return RuleError(f"{folder}: no rule file (*.toml) in this folder{where}")


#: How many subfolders `_nested_rule_file` lists before it gives up (`--rules /usr` has ~50,000).
NESTED_SEARCH_FOLDERS = 200


def _nested_rule_file(folder: str) -> str | None:
    """The first rule file in the subfolders of `folder`, nearest first (breadth first, names in
    order), looking into no more than `NESTED_SEARCH_FOLDERS` of them; symbolic links to folders
    and unreadable folders are passed over."""
    queue, listed = [folder], 0
    while queue and listed <= NESTED_SEARCH_FOLDERS:
        here = queue.pop(0)
        try:
            with os.scandir(here) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        listed += 1
        for entry in entries:
            if here != folder and entry.name.lower().endswith(_RULE_SUFFIX) and entry.is_file():
                return entry.path
        queue.extend(e.path for e in entries if e.is_dir(follow_symlinks=False))
    return None


@lru_cache(maxsize=32)
def _load_cached(folders: tuple[str, ...], _fingerprints: tuple[object, ...]) -> RuleSet:
    rules: dict[str, Rule] = {}
    lexicons: list[Path] = []
    read: dict[str, Path] = {}
    read_once: list[Path] = []
    for name in folders:
        folder = Path(name)
        items, again = _load_folder(folder, read)
        read_once.extend(again)
        for item in items:
            if isinstance(item, str):
                rules.pop(item, None)
            else:
                rules[item.id] = item  # a later folder overrides an earlier id, in its old place
        lexicons.extend(f for f in _lexicon_files(folder) if f not in lexicons)
    return RuleSet(tuple(rules.values()), tuple(lexicons), loaded_from=(folders, _fingerprints),
                   read_once=tuple(read_once))


#: How long (seconds) the shipped rule folder's fingerprint is trusted before it is taken again.
RECHECK_SECONDS = 1.0
#: The clock behind `RECHECK_SECONDS` (a module attribute so tests can move it).
_clock = time.monotonic
#: The shipped folder's path, when it was last looked at, and its fingerprint then.
_shipped_seen: tuple[str, float, tuple[str, tuple[tuple[str, str], ...]]] | None = None


def _shipped_fingerprint(folder: Path) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`_fingerprint` of the shipped rule folder, taken at most once per `RECHECK_SECONDS`.

    The trade: taking it means a `realpath` and a dozen `stat`s (~70 µs; on a short page about a
    twentieth of a convert, which calls `load_ruleset` once per page). The shipped rules are part of
    the installed package, edited only by layoutfix's own developers, so a long-lived process (a
    batch run, the review server, a test session) sees such an edit up to a second late; a new
    process sees it at once. User rule folders (`dirs`) are still looked at on every call, so a rule
    edited there is used by the very next convert.
    """
    global _shipped_seen
    name, now = str(folder), _clock()
    seen = _shipped_seen
    if seen is not None and seen[0] == name and now - seen[1] < RECHECK_SECONDS:
        return seen[2]
    if not folder.exists():
        raise RuleError(f"{folder}: rule folder not found")
    found = _fingerprint(folder)
    _shipped_seen = (name, now, found)
    return found


def load_ruleset(dirs: Sequence[Path] = (), include_default: bool = True) -> RuleSet:
    """The shipped rules (unless `include_default` is false) followed by the rules of `dirs`.

    A rule in a later folder replaces a rule with the same id from an earlier one; `enabled = false`
    switches an id off. Each folder may hold `lexicon/*.txt` word lists for the word check. The result
    is cached (keyed on the files' contents, see `layoutfix.contentkey`), so a second call costs a few
    `stat`s of the files in `dirs`; the shipped folder is looked at no more than once a second (see
    `_shipped_fingerprint`). Raises `RuleError` for a malformed rule file.
    """
    if not dirs and include_default:
        return _shipped_ruleset()
    folders = [Path(d) for d in dirs]
    for f in folders:
        if not f.exists():
            raise RuleError(f"{f}: rule folder not found")
    prints = [_fingerprint(f) for f in folders]
    for f, (_name, files) in zip(folders, prints, strict=True):
        if not files:  # no rule file, no lexicon, no confusion table: a slip, not a choice
            raise _nothing_to_read(f)
    if include_default:
        shipped = shipped_rules_dir()
        folders.insert(0, shipped)
        prints.insert(0, _shipped_fingerprint(shipped))
    return _load_cached(tuple(str(f) for f in folders), tuple(prints))


#: The shipped folder's name, the fingerprint it was loaded with and the rule set: the rule set of
#: every convert with the default options, while `_shipped_fingerprint` answers with the same object.
_shipped_last: tuple[str, object, RuleSet] | None = None


def _shipped_ruleset() -> RuleSet:
    """`load_ruleset()` (the shipped rules alone), without building the cache key of `_load_cached`
    again while the freshness check returns the fingerprint it was loaded with (the same object
    for up to a second, see `_shipped_fingerprint`): hashing that key (every file's name and digest,
    size) was most of a default convert's rule look-up."""
    global _shipped_last
    shipped = shipped_rules_dir()
    name, found = str(shipped), _shipped_fingerprint(shipped)
    last = _shipped_last
    if last is not None and last[1] is found and last[0] == name:
        return last[2]
    ruleset = _load_cached((name,), (found,))
    _shipped_last = (name, found, ruleset)
    return ruleset


# --------------------------------------------------------------------------------------------------
# Applying


def _gaps(text: str) -> list[tuple[int, int]]:
    r"""The spans of `_GAP.finditer(text)`, found about ten times faster on a full page.

    A `_GAP` match is horizontal space, a newline, horizontal space, a newline, then all whitespace
    after it (greedy, so the text after a match starts with a non-space character). Its first newline
    is therefore the first `\n[^\S\n]*\n` at or after the previous match, and the match starts at the
    run of horizontal space just before that newline, which cannot reach back into the previous match.
    """
    spans: list[tuple[int, int]] = []
    for m in _GAP_FROM_NEWLINE.finditer(text):
        s, e = m.span()
        while s > 0 and text[s - 1].isspace() and _HSPACE.match(text[s - 1]) is not None:
            s -= 1
        spans.append((s, e))
    return spans


class _View:
    """The text as a reader sees it: blank-line breaks inside a sentence removed.

    Keeps the map from view offsets back to the text, so a match found in the view becomes changes in
    the text that leave every break untouched.
    """

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        self.starts: list[int] = []  # view offset where each piece starts
        self.origins: list[int] = []  # text offset where each piece starts
        last = 0
        vpos = 0
        for s, e in _gaps(text):
            if s == 0 or e == len(text) or not _OPEN_END_CHAR[text[s - 1]]:
                continue
            pieces.append(text[last:s])
            self.starts.append(vpos)
            self.origins.append(last)
            vpos += s - last
            last = e
        pieces.append(text[last:])
        self.starts.append(vpos)
        self.origins.append(last)
        self.text = "".join(pieces)
        self._ends: list[int] | None = None
        self._checks: TextChecks | None = None

    def checks(self, checker: WordChecker) -> TextChecks:
        """The word check of matches in the view (`lexicon.TextChecks`: each piece of the text
        segmented once for all its matches), made when first asked for."""
        if self._checks is None or self._checks.checker is not checker:
            self._checks = checker.checks(self.text)
        return self._checks

    def to_text(self, vpos: int) -> int:
        """The text offset of the view character at `vpos`."""
        i = bisect.bisect_right(self.starts, vpos) - 1
        return self.origins[i] + vpos - self.starts[i]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The view span of the sentence holding `start..end`."""
        if self._ends is None:
            self._ends = [0]
            for m in _SENTENCE_END.finditer(self.text):
                self._ends.append(m.start())
                self._ends.append(m.end())
            self._ends.append(len(self.text))
        i = bisect.bisect_right(self._ends, start) - 1
        j = bisect.bisect_left(self._ends, end)
        return self._ends[i], self._ends[min(j, len(self._ends) - 1)]


def _changes_for(view: _View, start: int, end: int, spelling: Spelling) -> list[Change]:
    """The text changes for replacing view[start:end]; split around a block break if one is inside."""
    rule, find, replace = spelling.rule, spelling.find, spelling.replace
    t_start, t_last = view.to_text(start), view.to_text(end - 1)
    if t_last + 1 - t_start == end - start:
        return [Change(t_start, t_last + 1, replace, rule.id, rule.kind, rule.cert)]
    if len(find) != len(replace):
        return []  # cannot say which side of the break the new text belongs to: leave it
    return [
        Change(view.to_text(start + i), view.to_text(start + i) + 1, b, rule.id, rule.kind, rule.cert)
        for i, (a, b) in enumerate(zip(find, replace, strict=True))
        if a != b
    ]


def _guards_pass(rule: Rule, text: str, start: int, end: int) -> bool:
    if rule.after is not None and rule.after.match(text, end) is None:
        return False
    if rule.not_after is not None and rule.not_after.match(text, end) is not None:
        return False
    if rule.before is not None and rule.before.match(text, 0, start) is None:
        return False
    return not (rule.not_before is not None and rule.not_before.match(text, 0, start) is not None)


#: How far (characters) on either side of a match in traditional text the simplified view is taken:
#: the guards and the word check of such a match read no further.
WINDOW = 48


def _simplified_window(view: _View, start: int, end: int) -> tuple[int, str] | None:
    """(offset, text) of the simplified view of the text around view[start:end], or None when that is
    the text itself (a simplified page: nothing converted, the match judged as always)."""
    w0, w1 = max(0, start - WINDOW), min(len(view.text), end + WINDOW)
    piece = view.text[w0:w1]
    if in_simplified_charset(piece):  # (the usual, simplified page: no conversion)
        return None
    simple = simplified_view(piece)
    return None if simple is piece else (w0, simple)


def _accepted(
    spelling: Spelling, view: _View, window: tuple[int, str] | None, start: int, end: int, ruleset: RuleSet
) -> bool:
    """Whether the guards and the word check let `spelling` replace view[start:end].

    In traditional text (`window` given) they read the simplified window with the rule's own `find`
    in place of the match, so a rule written with simplified literals judges it as on a simplified page.
    """
    rule = spelling.rule
    if window is None:
        base, text, a, b = 0, view.text, start, end
    else:
        base, simple = window
        a, b = start - base, end - base
        text = simple[:a] + rule.find + simple[b:]
    if not _guards_pass(rule, text, a, b):
        return False
    if not rule.word_check:
        return True
    # The checker segments only the pieces of the sentence around the match (the words there are the
    # same as in the whole sentence's segmentation, at a fraction of the cost); on a simplified page
    # each piece of the view once for all its matches (a long unpunctuated line is one piece).
    s0, s1 = view.sentence(start, end)
    if window is None:
        return view.checks(ruleset.checker).accepts(a, b, rule.replace, (s0, s1))
    s0, s1 = max(s0 - base, 0), min(s1 - base, len(text))
    return ruleset.checker.accepts(text[s0:s1], a - s0, b - s0, rule.replace)


def _page_is_hant(text: str) -> bool:
    """Whether the page is printed in traditional characters, by the criterion of its language tag."""
    return script_tag(text) == "zh-Hant"


#: How many Han characters on each side of a match `traditional_around` reads.
AROUND = 10
#: What `traditional_around` reads no further than: a sentence's end, a quotation mark, a blank line
#: (a traditional masthead or quote beside a simplified body is judged apart from it).
_SCRIPT_BOUND = regex.compile(r"[。！？!?；;…「」『』“”‘’\"]|\n[^\S\n]*\n")


def traditional_around(text: str, start: int, end: int) -> bool | None:
    """Whether the text around `text[start:end]` reads as traditional: of the `AROUND` Han characters
    on each side (the match itself left out, none past a sentence end, a quotation mark or a blank
    line), more are traditional only than simplified only. None when as many are (none at all, as in
    a name alone on its line): the text there does not tell.

    A few characters cannot be judged by the page's 5% criterion (one stray 會 in twenty is 5%);
    the count of characters only one script writes can: 據甘肅日報 is traditional, 甘肅省委召开 is not.
    Characters both scripts write count for neither (`hanscript.char_script`: 台, 里, 云, 后, 干, the
    characters OpenCC lists among its own traditional forms, `hanscript.OPENCC_ST_OWN`, which s2t
    converts though they are traditional characters too: 台北后里 is no simplified text).
    """
    left = text[max(0, start - WINDOW) : start]
    cut = max((m.end() for m in _SCRIPT_BOUND.finditer(left)), default=0)
    right = text[end : end + WINDOW]
    stop = _SCRIPT_BOUND.search(right)
    right = right[: stop.start()] if stop else right
    near = HAN.findall(left[cut:])[-AROUND:] + HAN.findall(right)[:AROUND]
    balance = sum(map(char_script, near))
    return None if balance == 0 else balance > 0


def hant_around(text: str, start: int, end: int) -> bool:
    """Whether a `hans-here` spelling matched at `text[start:end]` stands in traditional text: the
    text around it (`traditional_around`), or the page's script where that does not tell."""
    around = traditional_around(text, start, end)
    return _page_is_hant(text) if around is None else around


def misread_matches(text: str, ruleset: RuleSet, apply: Cert = "high") -> list[tuple[int, int, str]]:
    """(start, end, misread) of each match in `text` of a rule applied at certainty `apply` or better
    (its `find` or its traditional form): the span the match covers and the characters the rule
    corrects there (the 干 of 干家万户), whether or not its guards and word check let it.

    The `--variants` step converting simplified text leaves a span as printed where it would convert
    a misread character (s2t writes 幹家萬戶, which no rule finds), for the typo rules to read; the
    step after them writes it as the conversion does, corrected or not (`variants`)."""
    level = CERT_LEVELS.index(apply)
    found: list[tuple[int, int, str]] = []
    for start, end, idxs in ruleset.matches(text):
        for idx in idxs:
            spelling = ruleset.spellings[idx]
            if CERT_LEVELS.index(spelling.rule.cert) > level or len(spelling.find) != len(spelling.replace):
                continue
            misread = "".join(f for f, r in zip(spelling.find, spelling.replace, strict=True) if f != r)
            if misread:
                found.append((start, end, misread))
    return found


def fix_typos(t: TrackedText, ruleset: RuleSet, apply: Cert = "high") -> TrackedText:
    """Apply every rule of `ruleset` at certainty `apply` or better to `t`, one edit per correction.

    `apply="high"` applies only high-certainty rules; `"medium"` adds medium ones; `"low"` applies all.
    A match in traditional text gets the rule's traditional replacement; where the traditional form
    finds the rule's own string (出合), the page's script decides (a simplified page quoting a
    traditional name keeps simplified corrections).
    """
    return t.apply(typo_changes(t, ruleset, apply))


#: (start, end, rule ids) of a span of the text that a correction by those rules wrote.
Written = tuple[int, int, tuple[str, ...]]


def typo_changes(
    t: TrackedText, ruleset: RuleSet, apply: Cert = "high", *, applied: frozenset[str] = frozenset()
) -> list[Change]:
    """The corrections `fix_typos` makes to `t`, at offsets of `t.text`, not yet applied: the
    normaliser asks where they fall, to decide whether the spacing step must look again.

    `applied`: the ids of the rules whose corrections `t` holds already, when the rules look again at
    the text they corrected: a rule never fires on a match reaching into text it wrote itself
    (合作→合作社 would find 合作 in 合作社 again, on and on), while the other rules read corrected
    text as any text. The spans each wrote are read from `t`'s edits (`written_spans`) when a
    match for one of them is first judged."""
    if apply not in CERT_LEVELS:
        raise ValueError(f"apply must be one of {CERT_LEVELS}, got {apply!r}")
    level = CERT_LEVELS.index(apply)
    view = _View(t.text)
    candidates = sorted(ruleset.matches(view.text), key=lambda m: (m[0], m[0] - m[1]))
    changes: list[Change] = []
    covered = 0
    page_hant: bool | None = None
    written: list[Written] | None = None
    for start, end, idxs in candidates:
        if start < covered:
            continue
        window: tuple[int, str] | Literal[False] | None = False  # False: not looked at yet
        for idx in idxs:
            spelling = ruleset.spellings[idx]
            if CERT_LEVELS.index(spelling.rule.cert) > level:
                continue
            if window is False:
                window = _simplified_window(view, start, end)
            if spelling.script == "hans-here":
                if window is not None and hant_around(t.text, view.to_text(start), view.to_text(end - 1) + 1):
                    continue
            elif spelling.script != "any":
                if window is not None and page_hant is None:
                    page_hant = _page_is_hant(t.text)
                if (spelling.script == "hant") != (window is not None and bool(page_hant)):
                    continue
            if spelling.rule.id in applied:
                if written is None:
                    written = written_spans(t, applied)
                if _wrote(written, view, start, end, spelling.rule.id):
                    continue
            if not _accepted(spelling, view, window, start, end, ruleset):
                continue
            found = _changes_for(view, start, end, spelling)
            if found:
                changes.extend(found)
                covered = end
                break
    return changes


def written_spans(t: TrackedText, rule_ids: frozenset[str]) -> list[Written]:
    """The spans of `t.text` that the edits of `t` made by any of `rule_ids` occupy, with the rules
    of each edit."""
    return [(s, e, edit.rules) for s, e, edit in t.edits_in_output() if not rule_ids.isdisjoint(edit.rules)]


def _wrote(written: Sequence[Written], view: _View, start: int, end: int, rule_id: str) -> bool:
    """Whether the match view[start:end] reaches into a span of `written` that rule `rule_id` wrote."""
    t_start, t_end = view.to_text(start), view.to_text(end - 1) + 1
    return any(s < t_end and e > t_start and rule_id in ids for s, e, ids in written)
