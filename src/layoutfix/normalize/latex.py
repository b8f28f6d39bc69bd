"""Inline LaTeX marks that OCR-to-markdown tools (MinerU above all) write for what a newspaper prints
as one small character: footnote marks `$^{1}$`, degrees `$30^{\\circ}$`, circled numbers
`$\\textcircled{1}$`, units `$\\mathrm{km}^{2}$`, powers `$10^{6}$`.

Such a `$...$` becomes the characters it stands for (`¹`, `30°`, `①`, `km²`, `10⁶`) as one
`markup.latex` edit, with the spaces the exports put around inline math where they stand next to
Chinese text or punctuation (`责任 $^{1}$ 。` -> `责任¹。`). Only a small, closed set of commands is
read; anything else (real formulas, a `$` of money: `$100 and $200`) is left as written. A mark must
hold a `^`, `_` or a command, so a pair of dollar signs around plain words or numbers is never one.
"""

from __future__ import annotations

import regex

from ..tracked import Change

RULE_LATEX = "markup.latex"

#: One inline math span on one line, short (a mark, not a formula).
_INLINE = regex.compile(r"(?<![\\$])\$(?!\$)(?P<c>[^$\n]{1,60}?)(?<!\\)\$(?!\$)")
_SUPERSCRIPT = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_SYMBOLS = {r"\circ": "°", r"\prime": "′", r"\%": "%", r"\times": "×", r"\cdot": "·", r"\pm": "±"}
_TOKEN = regex.compile(
    r"(?P<space>\s+)"
    r"|(?P<plain>[0-9.,A-Za-z+\-=()/])"
    r"|\\(?:mathrm|text|rm|mathbf)\s*\{(?P<word>[\sA-Za-z0-9.]+)\}"
    r"|\\textcircled\s*\{\s*(?P<circled>[0-9]{1,2})\s*\}"
    r"|(?P<script>[\^_])\s*(?:\{(?P<group>[^{}]{1,12})\}|(?P<single>[0-9A-Za-z]|\\[a-z]+))"
    r"|(?P<symbol>\\(?:circ|prime|%|times|cdot|pm)(?![A-Za-z]))"
)
#: Neighbours beside which the spaces around inline math go: CJK characters and punctuation.
_CJK_SIDE = regex.compile(r"[\p{Han}\p{P}\u3000-\u303F\uFF00-\uFFEF]")


def latex_changes(text: str, start: int, end: int) -> list[Change]:
    """The `markup.latex` edits of the inline marks in `text[start:end]` (one line)."""
    if "$" not in text[start:end]:
        return []
    changes: list[Change] = []
    for m in _INLINE.finditer(text, start, end):
        rendered = render(m.group("c"))
        if rendered is None:
            continue
        a, b = m.start(), m.end()
        if a - 1 >= start and text[a - 1] == " " and _drops_space(text, a - 2, rendered, before=True):
            a -= 1
        if b < end and text[b] == " " and _drops_space(text, b + 1, rendered, before=False):
            b += 1
        changes.append(Change(a, b, rendered, RULE_LATEX, "markup"))
    return changes


def _drops_space(text: str, neighbour: int, rendered: str, *, before: bool) -> bool:
    """Whether the space between the mark and `text[neighbour]` goes: beside Chinese text or
    punctuation, before a superscript or subscript that starts the mark (it belongs to what precedes
    it), and between one that ends the mark and a unit after it (`30° C` is `30°C`)."""
    if not 0 <= neighbour < len(text):
        return False
    if before and rendered[0] in _ATTACHED:
        return True
    if not before and rendered[-1] in _ATTACHED and text[neighbour].isascii() and text[neighbour].isalpha():
        return True
    return _CJK_SIDE.match(text[neighbour]) is not None


_ATTACHED = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎°′")


def render(content: str) -> str | None:
    """The characters the math `content` stands for, or None when it is not one of the marks read."""
    out: list[str] = []
    marked = False
    pos = 0
    while pos < len(content):
        m = _TOKEN.match(content, pos)
        if m is None:
            return None
        pos = m.end()
        piece = _token_text(m)
        if piece is None:
            return None
        marked = marked or (m.group("plain") is None and m.group("space") is None)
        out.append(piece)
    rendered = "".join(out)
    return rendered if marked and rendered else None


def _token_text(m: regex.Match[str]) -> str | None:
    """One token's characters, or None when it has none to stand for."""
    if m.group("space") is not None:
        return ""
    if m.group("plain") is not None:
        return m.group("plain")
    if m.group("word") is not None:
        return "".join(m.group("word").split())
    if m.group("circled") is not None:
        n = int(m.group("circled"))
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else None  # ① .. ⑳ are consecutive
    if m.group("symbol") is not None:
        return _SYMBOLS[m.group("symbol")]
    inner = m.group("group") if m.group("group") is not None else m.group("single")
    return _script(m.group("script"), "".join(inner.split()))


def _script(kind: str, inner: str) -> str | None:
    """`inner` raised (`^`) or lowered (`_`), when every character of it has such a form."""
    if inner in _SYMBOLS:
        return _SYMBOLS[inner] if kind == "^" else None
    table = _SUPERSCRIPT if kind == "^" else _SUBSCRIPT
    done = inner.translate(table)
    if not inner or any(ch == orig for ch, orig in zip(done, inner, strict=True)):
        return None
    return done
