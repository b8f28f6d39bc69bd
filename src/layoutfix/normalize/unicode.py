"""Unicode clean-up: Kangxi radicals, compatibility ideographs, full-width ASCII, vertical forms of
punctuation, odd spaces, control characters, NFC.

OCR engines and PDF text layers often emit code points that look right but are not the ordinary
characters a reader (or a search index) expects: a Kangxi radical ⼀ for 一, a compatibility ideograph
for its unified twin, full-width Ｌａｔｉｎ letters and ０-９ digits and the full-width marks joining them
(`ｗｗｗ．ｇｓｒｂ．ｃｏｍ`, `１０：３０`), zero-width characters, ideographic and no-break spaces. Each
family is one small fixer with its own rule id, so the edit log says why a character changed.

We never normalise the whole text with NFKC (or ftfy): NFKC turns full-width Chinese punctuation
(，。：；？！（）) into ASCII, which is wrong for Chinese text. Instead `unicodedata` supplies the real
mapping for each class of characters separately (NFKC of a Kangxi radical or a full-width letter is
exactly its ordinary counterpart; NFC of a compatibility ideograph is its unified ideograph).
"""

from __future__ import annotations

import re
import unicodedata

import regex

from ..model import Cert
from ..tracked import Change, TrackedText
from .thousands import reads_as_figure

#: Kangxi Radicals (U+2F00-U+2FDF) and CJK Radicals Supplement (U+2E80-U+2EFF). Only those with a
#: compatibility decomposition to a unified ideograph are changed (all 214 Kangxi radicals, and
#: ⺟ ⻳ of the supplement); the other supplement forms are radical shapes, not characters.
_RADICAL = regex.compile(r"[\u2E80-\u2EFF\u2F00-\u2FDF]")
#: One unified ideograph (what a radical's NFKC must be to count), compiled once: `regex.fullmatch`
#: with a pattern string looks it up in regex's cache (flags, key) on every radical.
_ONE_HAN = regex.compile(r"\p{Han}")

#: CJK Compatibility Ideographs and their supplement; NFC maps each (except the twelve that are
#: really unified ideographs, e.g. U+FA0E) to the unified ideograph it duplicates.
_COMPAT_IDEOGRAPH = regex.compile(r"[\uF900-\uFAFF\U0002F800-\U0002FA1F]")

#: Full-width ASCII letters and digits only: full-width punctuation stays (it is correct in Chinese).
_FULLWIDTH_ALNUM = regex.compile(r"[０-９Ａ-Ｚａ-ｚ]+")
#: A figure printed wholly in full-width digit groups and commas (`１，２８０元`, `１２，３４５，６７８`),
#: no digit of either width beside it: its commas are a thousands figure's when its ASCII form reads
#: as one (`thousands.reads_as_figure`), a list's otherwise (`１０１，１０２`, `１，２名` stay `，`).
_FULLWIDTH_FIGURE = regex.compile(r"(?<![０-９0-9])[０-９]{1,3}(?:，[０-９]{3})+(?![０-９0-9])")
#: How much text on either side of a full-width figure its reading looks at (a clause naming a list).
_FIGURE_REACH = 40

#: A full-width mark right after an ASCII letter or digit (after the letter and digit fold), as in
#: `www．gsrb．com`, `info＠gsrb`, `6．5`, `10：30`, `http：／／`: which of them become ASCII is
#: decided by `_fullwidth_mark`. A mark with Chinese beside it (`2023年：`, `５。`) is never a match.
#: The percent sign is not among them: `6.5％` (ASCII digits, full-width ％) is how Chinese papers
#: print a percentage, and the punctuation step reads ％ as closing a Chinese phrase.
#: Nor is the comma: `101，102` may list two numbers, which `101,102` would make one.
_FULLWIDTH_MARK = regex.compile(r"(?<=[0-9A-Za-z])(?:：／／|[．＠／＆＿－：])")
#: Whether there is such a mark, with the standard `re`, which scans a clean page for it several times
#: faster: the mark first, then a look back at the character before it (the `.` is the mark itself),
#: so the scan tests one class at each character, not a lookbehind (3.8 -> 0.9 us a short page).
_ANY_FULLWIDTH_MARK = re.compile(r"[．＠／＆＿－：](?<=[0-9A-Za-z].)")
#: The marks that become ASCII wherever an ASCII letter or digit stands on both sides: the dot of a
#: domain or decimal, the @ of an address, a slash, ampersand, underscore or hyphen (A-1, 3-5,
#: 0931-8926232). The punctuation step never makes their ASCII forms full-width.
_JOINING_MARKS = frozenset("．＠／＆＿－")
_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_DIGIT = frozenset("0123456789")

#: No-break, typographic and ideographic spaces; the spacing normaliser later removes the ones that
#: stand between CJK characters.
_ODD_SPACE = regex.compile(r"[\u00A0\u2000-\u200A\u202F\u205F\u3000]+")

#: Zero-width characters. ZWSP, word joiner and BOM carry nothing in Chinese text. ZWNJ / ZWJ shape
#: emoji sequences and several scripts (Indic, Arabic...), so they go only where no such text is
#: beside them.
_ALWAYS_DROP = frozenset("\u200b\u2060\ufeff")
_ZERO_WIDTH_RUN = regex.compile(r"[\u200B\u200C\u200D\u2060\uFEFF]+")

#: A letter of a script that uses ZWJ/ZWNJ (Arabic, Indic...: not Han, kana, Hangul, Bopomofo, Latin,
#: Greek or Cyrillic), as a `regex` pattern; `pipeline.check_paper` takes joiners beside it too.
JOINING_LETTER = (r"(?![\p{Han}\p{Latin}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}\p{Greek}"
                  r"\p{Cyrillic}])\p{L}")
#: A character beside which ZWJ/ZWNJ may be meaningful: emoji, emoji modifiers, marks (viramas,
#: variation selectors), or a letter of a script that uses joiners.
_JOINER_CONTEXT = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{M}]|" + JOINING_LETTER)

#: Characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone
#: surrogates). OCR and PDF text layers leak them (ESC sequences, vertical tabs, form feeds between
#: pages); left in, they make the TEI output impossible to write. They carry no text, so they go.
_XML_ILLEGAL = regex.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]+")

#: DEL and the C1 controls (U+0080-U+009F): XML 1.0 can carry them, but they are never text. In OCR and
#: PDF text they are Windows-1252 bytes decoded as Latin-1 (0x93 0x94 were “ ”, 0x85 …, 0x96 –, 0x80 €)
#: or garbage. Left in, they reach the TEI as invisible characters (and U+0085 splits a line for
#: tools that count it as a line break).
_C1_CONTROL = regex.compile(r"[\x7F-\x9F]")
_C1_CONTROL_RUN = regex.compile(r"[\x7F-\x9F]+")

#: Terminal escape sequences (ECMA-48) that an OCR export picks up when it went through a terminal
#: (`less -R`, `script`, `tee` of a colouring tool): CSI (`\x1b[0m`, `\x1b[1;31m`, `\x1b[K`) and OSC
#: (a window title or hyperlink, ended by BEL or ESC \\). Without this, the XML-illegal rule would take
#: the ESC alone and leave `[0m` in the text. A CSI that a hard wrap split keeps matching across one
#: line break, if parameter bytes follow the break (a break right before the final byte could be real
#: text: `\x1b[1;31` + a line starting `more`). An OSC stays on its line and is at most 2048 characters
#: long, so a stray `\x1b]` never takes text up to a BEL far away.
_ANSI = regex.compile(
    r"\x1b\[[0-?]*(?:\r?\n[0-?]+)*[ -/]*[@-~]"
    r"|\x1b\][^\x00-\x1f\x7f]{0,2048}?(?:\x07|\x1b\\)"
)
_LINE_BREAK = regex.compile(r"\r?\n")
_NOT_A_BREAK = regex.compile(r"[^\r\n]")

#: Every character one of the fixers before NFC could change (the union of the classes above): a
#: text without any is scanned once, not once per fixer (most pages are clean). Compiled with the
#: standard `re`: it scans for this one class several times faster than `regex`, which walks the
#: ranges one by one (the class has only literal ranges, so both modules read it the same way).
_ANY_FIXABLE = re.compile(
    r"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF"  # _XML_ILLEGAL
    r"\x7F-\x9F"  # _C1_CONTROL
    r"\u2E80-\u2EFF\u2F00-\u2FDF"  # _RADICAL
    r"\uF900-\uFAFF\U0002F800-\U0002FA1F"  # _COMPAT_IDEOGRAPH
    r"０-９Ａ-Ｚａ-ｚ"  # _FULLWIDTH_ALNUM
    r"\u00A0\u2000-\u200A\u202F\u205F\u3000"  # _ODD_SPACE
    r"\u200B\u200C\u200D\u2060\uFEFF"  # _ZERO_WIDTH_RUN
    r"\uFE10-\uFE19\uFE30-\uFE32\uFE35-\uFE44\uFE47\uFE48]"  # _VERTICAL_FORM
)

#: Vertical presentation forms of punctuation (Vertical Forms, CJK Compatibility Forms): the glyphs a
#: vertical page prints, which OCR of such pages emits (`﹁我哋走啦﹂`, `︵記者 陳大文︶`), for the
#: ordinary marks a reader, a search index and the later steps expect (a renderer turns those
#: upright itself). Each is NFKC's mapping, with the ASCII ones NFKC gives (`︵` -> `(`, `︐` -> `,`,
#: `︙` -> `...`) as the full-width marks of Chinese text. The vertical low lines ︳︴ and the
#: sesame dots ﹅﹆ are left.
VERTICAL_FORMS = {
    "︐": "，", "︑": "、", "︒": "。", "︓": "：", "︔": "；", "︕": "！", "︖": "？",
    "︗": "〖", "︘": "〗", "︙": "…", "︰": "‥", "︱": "—", "︲": "–", "︵": "（",
    "︶": "）", "︷": "｛", "︸": "｝", "︹": "〔", "︺": "〕", "︻": "【", "︼": "】",
    "︽": "《", "︾": "》", "︿": "〈", "﹀": "〉", "﹁": "「", "﹂": "」", "﹃": "『",
    "﹄": "』", "﹇": "［", "﹈": "］",
}
_VERTICAL_FORM = regex.compile(f"[{''.join(VERTICAL_FORMS)}]")

#: Grapheme clusters: NFC never composes across them, so each can be normalised on its own.
_CLUSTER = regex.compile(r"\X")

_RULE_RADICAL = "unicode.kangxi"
_RULE_COMPAT = "unicode.compat-ideograph"
_RULE_FULLWIDTH = "unicode.fullwidth-ascii"
_RULE_SPACE = "unicode.space"
_RULE_ZERO_WIDTH = "unicode.zero-width"
_RULE_NFC = "unicode.nfc"
_RULE_XML_ILLEGAL = "unicode.xml-illegal"
_RULE_ANSI = "unicode.ansi"
_RULE_CP1252 = "unicode.cp1252"
_RULE_CONTROL = "unicode.control"
_RULE_VERTICAL = "unicode.vertical-form"


def _radical(m: regex.Match[str]) -> str | None:
    """The unified ideograph a radical stands for, if Unicode defines one."""
    mapped = unicodedata.normalize("NFKC", m.group())
    return mapped if mapped != m.group() and _ONE_HAN.fullmatch(mapped) else None


def _compat_ideograph(m: regex.Match[str]) -> str | None:
    mapped = unicodedata.normalize("NFC", m.group())
    return mapped if mapped != m.group() else None


def _fullwidth(m: regex.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def fix_radicals(t: TrackedText) -> TrackedText:
    """Kangxi radicals (and the two decomposable supplement radicals) -> unified ideographs."""
    return t.sub(_RADICAL, _radical, rule=_RULE_RADICAL, kind="unicode")


def fix_compat_ideographs(t: TrackedText) -> TrackedText:
    """CJK compatibility ideographs -> the unified ideographs they duplicate."""
    return t.sub(_COMPAT_IDEOGRAPH, _compat_ideograph, rule=_RULE_COMPAT, kind="unicode")


def fix_fullwidth_ascii(t: TrackedText) -> TrackedText:
    """Full-width Latin letters and digits -> ASCII (full-width punctuation is left alone).

    One edit per run (ＧＤＰ -> GDP), so the log reads like the change a reader sees.
    """
    return t.sub(_FULLWIDTH_ALNUM, _fullwidth, rule=_RULE_FULLWIDTH, kind="unicode")


def _fullwidth_figure(m: regex.Match[str]) -> str | None:
    """The ASCII form of a full-width figure with thousands commas (`１，２８０` -> `1,280`), read in
    its context as the punctuation step reads an ASCII one; None for a list of numbers, whose digits
    `fix_fullwidth_ascii` folds and whose `，` stays."""
    text = m.string
    folded = unicodedata.normalize("NFKC", m.group())
    lo = max(0, m.start() - _FIGURE_REACH)
    around = text[lo : m.start()] + folded + text[m.end() : m.end() + _FIGURE_REACH]
    start = m.start() - lo
    return folded if reads_as_figure(around, start, start + len(folded)) else None


def fix_fullwidth_figures(t: TrackedText) -> TrackedText:
    """A figure printed in full-width digits and thousands commas -> ASCII, commas and all
    (`１，２８０元` -> `1,280元`), as one `unicode.fullwidth-ascii` edit. Folding only its digits gave
    `1，280元`, which reads as a list of two numbers. Runs before `fix_fullwidth_ascii`, which folds
    the digits of every other run (a list's `１０１，１０２` -> `101，102`, its comma kept)."""
    if "，" not in t.text:
        return t
    return t.sub(_FULLWIDTH_FIGURE, _fullwidth_figure, rule=_RULE_FULLWIDTH, kind="unicode")


def _fullwidth_mark(m: regex.Match[str]) -> str | None:
    """The ASCII form of the full-width mark after an ASCII letter or digit, where it joins two parts
    of a number, code, address or link; None where it is Chinese punctuation.

    Each choice agrees with what the punctuation step does to the ASCII mark, so it never makes the
    mark full-width again: a colon between digits is a time or ratio (`10:30`), after a letter it
    belongs to Latin text (`Tel:0931`) unless a digit stands before and a letter after (`中1：A`,
    which punctuation would make full-width).
    """
    mark = m.group()
    text = m.string
    before = text[m.start() - 1]
    after = text[m.end()] if m.end() < len(text) else ""
    if not after or after not in _ASCII_ALNUM:
        return None
    if mark in _JOINING_MARKS:
        return unicodedata.normalize("NFKC", mark)
    if mark == "：":
        return None if before in _ASCII_DIGIT and after not in _ASCII_DIGIT else ":"
    return "://" if before not in _ASCII_DIGIT else None  # ：／／ of a link: http：／／www


def fix_fullwidth_marks(t: TrackedText) -> TrackedText:
    """Full-width marks between ASCII letters and digits -> ASCII (`www．gsrb．com` -> `www.gsrb.com`,
    `6．5` -> `6.5`, `10：30` -> `10:30`), as `unicode.fullwidth-ascii` edits.

    Runs after `fix_fullwidth_ascii`: once ６．５ has become 6．5 the dot is a form neither printed nor
    normal, which search misses. Chinese punctuation with Chinese text beside it stays (`2023年：`,
    `他说：`, a sentence end `５。`).
    """
    if _ANY_FULLWIDTH_MARK.search(t.text) is None:
        return t
    return t.sub(_FULLWIDTH_MARK, _fullwidth_mark, rule=_RULE_FULLWIDTH, kind="unicode")


def fix_vertical_forms(t: TrackedText) -> TrackedText:
    """Vertical presentation forms of punctuation (`﹁`, `︵`) -> the ordinary marks (`VERTICAL_FORMS`)."""
    return t.sub(_VERTICAL_FORM, lambda m: VERTICAL_FORMS[m.group()], rule=_RULE_VERTICAL, kind="unicode")


def fix_spaces(t: TrackedText) -> TrackedText:
    """No-break, typographic and ideographic spaces -> a plain space each (one edit per run)."""
    return t.sub(_ODD_SPACE, lambda m: " " * len(m.group()), rule=_RULE_SPACE, kind="unicode")


def _base_before(text: str, pos: int) -> str:
    """The base character before `pos`, skipping combining marks ("" at the start of the text).

    Marks are skipped so the verdict does not change when NFC later composes them into their base.
    """
    i = pos - 1
    while i >= 0 and unicodedata.category(text[i]).startswith("M"):
        i -= 1
    return text[i] if i >= 0 else ""


def remove_zero_width(t: TrackedText) -> TrackedText:
    """Drop zero-width characters that carry nothing in Chinese text.

    A run of them is judged by the characters around the whole run, so removing part of it never
    changes the verdict on the rest (idempotency). A run that is alone on a line stays: removing it
    would turn the line into a blank line, i.e. a new block separator.
    """
    text = t.text
    changes: list[Change] = []
    for m in _ZERO_WIDTH_RUN.finditer(text):
        before = _base_before(text, m.start())
        after = text[m.end()] if m.end() < len(text) else ""
        if text[m.start() - 1 : m.start()] == "\n" and after == "\n":
            continue
        joiners_matter = any(c and _JOINER_CONTEXT.fullmatch(c) for c in (before, after))
        kept = "".join(c for c in m.group() if c not in _ALWAYS_DROP) if joiners_matter else ""
        if kept != m.group():
            changes.append(Change(m.start(), m.end(), kept, _RULE_ZERO_WIDTH, "unicode"))
    return t.apply(changes)


def remove_xml_illegal(t: TrackedText) -> TrackedText:
    """Drop the characters XML 1.0 cannot carry (`_XML_ILLEGAL`), one edit per run; a line of nothing
    else goes whole, so no block is split (`_remove_runs`)."""
    return _remove_runs(t, _XML_ILLEGAL, _RULE_XML_ILLEGAL)


def _remove_runs(t: TrackedText, pattern: regex.Pattern[str], rule: str) -> TrackedText:
    """Drop every run `pattern` matches, one edit per run, as `rule`.

    A line that holds nothing else but them (and spaces) would become a blank line, i.e. a new block
    separator, so such a line goes whole with one of its line breaks: its block stays one block.
    A line that is already blank (a lone form feed counts as whitespace) just loses the characters.
    """
    text = t.text
    if not pattern.search(text):
        return t
    changes: list[Change] = []
    whole_lines: set[int] = set()
    for m in pattern.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        line = text[start:end]
        if line.strip() and not pattern.sub("", line).strip():
            if start in whole_lines:
                continue
            whole_lines.add(start)
            if end < len(text):
                start, end = start, end + 1
            elif start > 0 and not (changes and changes[-1].end >= start):
                start -= 1  # the last line goes with the break before it, unless that went already
            changes.append(Change(start, end, "", rule, "unicode"))
        else:
            changes.append(Change(m.start(), m.end(), "", rule, "unicode"))
    return t.apply(changes)


def _cp1252(m: regex.Match[str]) -> str | None:
    """The printable character Windows-1252 has at the code of C1 control `m`, if it has one."""
    try:
        mapped = bytes([ord(m.group())]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in Windows-1252
        return None
    return mapped if mapped.isprintable() else None


def fix_c1_controls(t: TrackedText) -> TrackedText:
    """C1 controls -> the Windows-1252 characters they were (`unicode.cp1252`); DEL and the C1 codes
    Windows-1252 leaves empty are removed (`unicode.control`).

    Text decoded as Latin-1 from Windows-1252 bytes is the usual source (“ ” … – €), but not a
    certain one, so the replacement is `medium`; what it maps to then goes through the later steps
    like any character (“ ” to paired Chinese quotes). A removed code held no text: `high`.
    """
    if not _C1_CONTROL.search(t.text):
        return t
    t = t.sub(_C1_CONTROL, _cp1252, rule=_RULE_CP1252, kind="unicode", cert="medium")
    return _remove_runs(t, _C1_CONTROL_RUN, _RULE_CONTROL)


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every character of the `spans` blanked, line breaks kept: the page as it reads
    once the sequences are gone, offset for offset."""
    parts: list[str] = []
    cur = 0
    for start, end in spans:
        parts.append(text[cur:start])
        parts.append(_NOT_A_BREAK.sub(" ", text[start:end]))
        cur = end
    parts.append(text[cur:])
    return "".join(parts)


def _lines_left_blank(text: str, masked: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line that holds something but would be blank without its sequences."""
    starts: set[int] = set()
    for start, end in spans:
        line = text.rfind("\n", 0, start) + 1
        while line <= end:  # every line the sequence touches
            starts.add(line)
            nxt = text.find("\n", line)
            if nxt == -1:
                break
            line = nxt + 1
    found = []
    for start in sorted(starts):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip() and not masked[start:end].strip():
            found.append((start, end))
    return found


def _ansi_changes(text: str, spans: list[tuple[int, int]]) -> list[Change]:
    """The edits that take the sequences at `spans` out of `text`, keeping its lines and blocks.

    One edit per sequence. A line that holds nothing else goes whole with one of its line breaks
    (the one after it; the last line's the one before), as a line of XML-illegal characters does:
    left blank, it would become a block separator; its sequences and that break are one edit. A line
    break inside a split sequence stays unless a line it ends goes so. An edit that takes a split
    sequence is less certain (`medium`) than one on a single line.
    """
    pieces = [(start, end, True) for start, end in spans]
    dropped: set[int] = set()  # the positions of line breaks that go with a line left blank
    for start, end in _lines_left_blank(text, _masked(text, spans), spans):
        pieces.append((start, end, False))
        brk = end if end < len(text) else start - 1
        if brk >= 0 and brk not in dropped:
            dropped.add(brk)
            pieces.append((brk, brk + 1, False))
    pieces.sort()
    merged: list[tuple[int, int, bool]] = []
    for start, end, whole in pieces:
        if merged and (start < merged[-1][1] or (start == merged[-1][1] and not (whole and merged[-1][2]))):
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), False)
        else:
            merged.append((start, end, whole))
    changes = []
    for start, end, _ in merged:
        kept = [m.group() for m in _LINE_BREAK.finditer(text, start, end) if m.end() - 1 not in dropped]
        split = any(s < e and "\n" in text[s:e] for s, e in spans if start <= s and e <= end)
        cert: Cert = "medium" if split else "high"
        changes.append(Change(start, end, "".join(kept), _RULE_ANSI, "unicode", cert))
    return changes


def remove_ansi_sequences(t: TrackedText) -> TrackedText:
    """Take out terminal escape sequences (`_ANSI`), each as one `unicode.ansi` edit whose `before` is
    the whole sequence, so neither the ESC nor the `[1;31m` after it reaches the output. An ESC that
    starts no sequence is left to `remove_xml_illegal`."""
    text = t.text
    if "\x1b" not in text:
        return t
    spans = [m.span() for m in _ANSI.finditer(text)]
    return t.apply(_ansi_changes(text, spans)) if spans else t


def _nfc(m: regex.Match[str]) -> str | None:
    cluster = m.group()
    if unicodedata.is_normalized("NFC", cluster):
        return None
    return unicodedata.normalize("NFC", cluster)


def compose_nfc(t: TrackedText) -> TrackedText:
    """Canonical composition (NFC), one grapheme cluster at a time so each change stays small."""
    if unicodedata.is_normalized("NFC", t.text):
        return t
    return t.sub(_CLUSTER, _nfc, rule=_RULE_NFC, kind="unicode")


def fix_unicode(t: TrackedText) -> TrackedText:
    """Run every Unicode fixer, most specific first; NFC last so it sees the joined-up text."""
    if _ANY_FIXABLE.search(t.text) is None:
        # No fixer before NFC has anything to change but the marks between ASCII letters and digits
        # (`_ANY_FIXABLE` leaves out ，： and the like: they stand in almost every Chinese text).
        return compose_nfc(fix_fullwidth_marks(t))
    for step in (
        remove_ansi_sequences,
        remove_xml_illegal,
        fix_c1_controls,
        fix_radicals,
        fix_compat_ideographs,
        fix_fullwidth_figures,
        fix_fullwidth_ascii,
        fix_vertical_forms,
        fix_spaces,
        remove_zero_width,
        fix_fullwidth_marks,  # after them: `a：\u200ba` is `a：a`, a mark between letters
        compose_nfc,
    ):
        t = step(t)
    return t
