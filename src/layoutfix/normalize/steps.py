"""The order in which normalisers run, and the one function that runs them.

Line endings are made `\\n` first (normalize/newlines.py), so no later step needs to know `\\r\\n` or
`\\r`. Order matters for idempotency: punctuation runs before spacing so that spaces left beside new
full-width marks are removed in the same pass; typo rules run last, on clean text, and spacing
decides again on the blocks they rewrote.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import InputError
from ..model import CERT_LEVELS, Cert
from ..tracked import Change, TrackedText, merged_spans
from . import markup, newlines, punctuation, spacing, typos, unicode, variants

Step = Callable[[TrackedText], TrackedText]
#: Where a step says what the page should know of (one line): `Document.warnings`, `normalize`'s stderr.
Warn = Callable[[str], None]


@dataclass(frozen=True)
class NormalizeOptions:
    """What a normalisation run does.

    `variants`: an OpenCC config name without `.json` (`t2s`, `s2t`, `tw2s`...) or `none`.
    `apply`: the least certain rule level applied (`high` applies only high-certainty rules).
    `rule_dirs`: extra rule folders, after the shipped ones; later folders override earlier ids.
    `apply_suggestions`: also apply look-alike typo suggestions (layoutfix.suggest) at this certainty or
    better, as `typo` edits; `None` applies none (they can still be listed with `suggest`).
    `quotes`: the marks straight quotes become (`punctuation.QUOTE_STYLES`): `auto`, as the page
    quotes (「」『』 on a page that prints corner quotes and no “”, else “”‘’; in an issue, as the
    issue quotes: `punctuation.issue_quote_style`); `corner`, 「」『』; `curly`, “”‘’. Printed
    quotation marks are never changed.

    A value of the wrong kind is refused when the options are made, with a one-line `InputError`
    naming the field, so a slip fails where it was made rather than deep inside a conversion. A
    single folder (`str` or `Path`) given as `rule_dirs` is taken as that one folder, not as a
    sequence of one-character folder names; a list of folders is kept as a tuple.
    """

    variants: str = "none"
    apply: Cert = "high"
    rule_dirs: tuple[Path, ...] = field(default=())
    default_rules: bool = True
    apply_suggestions: Cert | None = None
    quotes: str = "auto"

    def __post_init__(self) -> None:
        """Refuse values no conversion can use; make a single rule folder a tuple of one, and a list of
        them a tuple, so the options stay hashable (a cache key, a set member) and equal to the same
        options given with a tuple."""
        if isinstance(self.rule_dirs, (str, os.PathLike)):
            object.__setattr__(self, "rule_dirs", (self.rule_dirs,))
        _check_options(self)
        if isinstance(self.rule_dirs, list):
            object.__setattr__(self, "rule_dirs", tuple(self.rule_dirs))


def _check_options(options: NormalizeOptions) -> None:
    """Raise `InputError` naming the first field of `options` that holds a value of the wrong kind."""
    if not isinstance(options.variants, str):
        _refuse("variants", options.variants, "an OpenCC config name (t2s, s2t, tw2s...) or 'none'")
    if options.apply not in CERT_LEVELS:
        _refuse("apply", options.apply, _one_of(CERT_LEVELS))
    if options.apply_suggestions is not None and options.apply_suggestions not in CERT_LEVELS:
        _refuse("apply_suggestions", options.apply_suggestions, f"None or {_one_of(CERT_LEVELS)}")
    if not isinstance(options.default_rules, bool):
        _refuse("default_rules", options.default_rules, "True or False")
    if options.quotes not in punctuation.QUOTE_STYLES:
        _refuse("quotes", options.quotes, _one_of(punctuation.QUOTE_STYLES))
    if not isinstance(options.rule_dirs, tuple | list) or not all(
        isinstance(d, str | os.PathLike) for d in options.rule_dirs
    ):
        _refuse("rule_dirs", options.rule_dirs, "a tuple of folders (str or Path), or one folder")


def _one_of(values: tuple[str, ...]) -> str:
    """`'high', 'medium' or 'low'`: the allowed values, for a message."""
    quoted = [repr(v) for v in values]
    return f"one of {', '.join(quoted)}"


def _refuse(name: str, value: Any, allowed: str) -> None:
    """Raise the one-line error for option `name` holding `value`."""
    raise InputError(f"NormalizeOptions {name}={value!r} is not allowed: it must be {allowed}")


def build_steps(
    options: NormalizeOptions,
    ruleset: typos.RuleSet | None = None,
    *,
    paper: str | None = None,
    warn: Warn | None = None,
    issue_quotes: str = "auto",
) -> list[tuple[str, Step]]:
    """The named steps for `options`, in the order they run. `ruleset`: the rules of `options`
    loaded already (`typos.load_ruleset`), so a caller that needs them too looks them up once.

    `paper`: the name of the page's paper when the caller knows it (`convert --paper 参考消息`), so
    the spacing step reads the page's running head as the labels do (`layout.roles.running_head`):
    a page fact, not a normalisation option, so it is no field of `NormalizeOptions` (which the TEI
    header records as the run's settings, the same for every page of a batch).

    `warn`: called with one line when a step cannot do what it should (typo rules that do not settle,
    `_typos_settled`); None says nothing.

    `issue_quotes`: the quote style the page's issue decided (`punctuation.issue_quote_style`), which
    the page gets when `options.quotes` is `auto`: a page fact too, as the issue's pages decide it."""
    quotes = options.quotes if options.quotes != "auto" else issue_quotes
    if ruleset is None:
        ruleset = typos.load_ruleset(options.rule_dirs, include_default=options.default_rules)
    steps = _reading_steps()
    # where a typo rule finds a misread character the conversion would change (干 of 干家万户: s2t
    # writes 幹家萬戶, which no rule finds), the match waits for the typo rules
    misreads = partial(typos.misread_matches, ruleset=ruleset, apply=options.apply)
    if options.variants != "none":
        steps.append(("variants", variants.converter(options.variants, misreads)))
    steps += [
        ("punctuation", partial(punctuation.fix_punctuation, quotes=quotes)),
        ("spacing", partial(_spacing_settled, paper=paper, quotes=quotes)),
        ("typos", _typos_settled(ruleset, options.apply, paper, warn, quotes)),
    ]
    if options.apply_suggestions is not None:
        steps.append(("suggestions", _suggestion_step(options)))
    if options.variants != "none" and variants.converts_simplified(options.variants):
        # a correction is written as the conversion writes the text around it (出合 -> 出臺 on a
        # converted page, as its 出台 became 出臺), so a page has one spelling and twice equals once
        steps.append(("variants-corrections", variants.correction_converter(options.variants, misreads)))
    return steps


def _reading_steps() -> list[tuple[str, Step]]:
    """The steps that read the page as printed, before any option applies: what they leave is
    the text the later steps correct (a vertical `﹁`, an HTML `&ldquo;` made the mark it is)."""
    return [
        ("line-endings", newlines.fix_line_endings),  # first: every later step knows only `\n`
        ("links", markup.strip_links),  # a markdown link's target goes before any step could change it
        ("image-paths", markup.protect_image_paths),  # before any step that could change a path
        ("urls", markup.protect_urls),  # likewise for a URL
        ("unicode", unicode.fix_unicode),
        ("unicode-urls", markup.protect_urls),  # and one the unicode step made ASCII (`www．gsrb．com/…`)
        ("markup", markup.strip_markup),
    ]


def printed_quotes(text: str) -> tuple[bool, bool]:
    """Whether the page `text` prints corner quotes (「」『』), and whether it prints “ or ”, as the
    punctuation step reads it (`punctuation.prints_quotes` of the text the steps before it leave:
    a vertical `﹁` or an HTML `&ldquo;` is the mark it stands for). The character-variant step
    between them changes no quotation mark, and is not run. An issue decides its pages' quote style
    from these (`punctuation.issue_quote_style`)."""
    tracked = TrackedText(text)
    for _name, step in _reading_steps():
        tracked = step(tracked)
    return punctuation.prints_quotes(tracked.text)


def _spacing_settled(t: TrackedText, paper: str | None = None, quotes: str = "auto") -> TrackedText:
    """Spacing, then markup debris the cleaned text exposes (`* ,x*` becomes `*，x*`, an emphasis)
    removed, with punctuation and spacing again, until nothing changes: so normalising twice
    equals normalising once. A full-width mark the spacing set between ASCII letters or digits
    (`E-mail： ab@163.com` -> `E-mail：ab@…`) is made ASCII here, as the unicode step does with
    one printed so, which a second normalisation would otherwise do. `paper`: see `build_steps`;
    `quotes`: the page's quote style (`NormalizeOptions.quotes`)."""
    t = _spaced(t, paper)
    for _ in range(3):
        again = markup.strip_markup(t)
        if again.text == t.text:
            break
        t = _spaced(punctuation.fix_punctuation(again, quotes), paper)
    return t


def _typos_settled(
    ruleset: typos.RuleSet, apply: Cert, paper: str | None = None, warn: Warn | None = None,
    quotes: str = "auto",
) -> Step:
    """The typo rules, then the spacing step again on the blocks they rewrote, until nothing
    changes, so normalising twice equals normalising once:

    - a correction may make another possible: the word check of a match reads the words around it,
      and a misread beside it hid them (`戊邊防冶`: 防冶 was refused in 边防, and once typo.shu-bian
      wrote 戍邊, 戍边 / 防冶 let typo.fang-zhi correct it), so the rules look at the corrected text
      again, as a second normalisation would; a rule never fires again on text it wrote itself
      (`typos.typo_changes`' `applied`), so a rule whose replacement holds its own find (合作→合作社)
      corrects once, as before, and `layoutfix rules test` reports it;
    - spacing keeps a gap by the words around it (a byline's name, a headline's phrases, a field's
      label), which a typo rule may rewrite after it; so it decides again on the corrected text:
      `通讯员 其层` kept its space as a byline naming 其层, and once the rule made that 基层 no name is
      left and the space goes in the same run. Only the rewritten blocks that still hold a gap between
      two visible characters are looked at again (a spacing decision reads its own block only), so
      most pages pay no second spacing pass.

    Rules that do not settle (甲乙→甲丙 and 丙丁→乙丁 undo each other on 甲乙丁; a chain of more
    rules than TYPO_PASSES looks) still change the text after the last look. The text they do not
    settle on (`_unsettled_spans`: what a correction still to be made covers, widened to every typo
    correction of any look that touches it) then keeps the first look's corrections only, each a
    rule's correction of the text as printed and logged as such, and the looks are made again with
    no later correction touching that text (`_frozen_looks`): the rest of the page gets its settled
    result (a chain elsewhere, `戊邊防冶`, is corrected to its end). The unsettled text changes again
    on a second run (甲丙丁 becomes 甲乙丁), as it would at another look. `warn` gets one line for each
    set of such rules, naming them and the printed text (`_unsettled_warnings`).

    `paper`: see `build_steps`; `quotes`: the page's quote style, for the spacing step's punctuation."""

    def step(t: TrackedText) -> TrackedText:
        looked = _looks(t, ruleset, apply, paper, quotes=quotes)
        if not looked.left:
            return looked.texts[-1]
        frozen = _frozen_looks(t, ruleset, apply, paper, looked, quotes)
        if warn is not None:
            for line in _unsettled_warnings(t.original, frozen.unsettled, whole_page=frozen.whole_page):
                warn(line)
        return frozen.text

    return step


class _Looked(NamedTuple):
    """What the typo rules' looks at a page made: `texts[0]` the page, `texts[k]` the text after
    look k; `changes[k]` the corrections look k made to `texts[k]`; `left` the corrections still to
    be made to the last text (empty when the rules settled)."""

    texts: list[TrackedText]
    changes: list[list[Change]]
    left: list[Change]

    def fired(self) -> list[_Fired]:
        """The original spans of every look's corrections, with their rules."""
        return [f for text, found in zip(self.texts, self.changes, strict=False) for f in _fired(text, found)]

    def left_fired(self) -> list[_Fired]:
        """The original spans of the corrections still to be made, with their rules."""
        return _fired(self.texts[-1], self.left)


def _looks(
    t: TrackedText, ruleset: typos.RuleSet, apply: Cert, paper: str | None,
    frozen: tuple[tuple[int, int], ...] = (), *, quotes: str = "auto",
) -> _Looked:
    """The typo rules' looks at `t`, at most TYPO_PASSES, each at the text the one before corrected,
    until they change nothing. `frozen`: spans of the original that only the first look corrects
    (no later correction touching one is made: `_frozen_looks`)."""
    applied: frozenset[str] = frozenset()
    texts: list[TrackedText] = [t]
    made: list[list[Change]] = []
    changes = typos.typo_changes(t, ruleset, apply)
    for _look in range(TYPO_PASSES):
        if not _rewrites(t, changes):
            return _Looked(texts, made, [])
        made.append(changes)
        applied |= {c.rule for c in changes}
        t = _corrected(t, changes, paper, quotes)
        texts.append(t)
        changes = _outside(t, typos.typo_changes(t, ruleset, apply, applied=applied), frozen)
    return _Looked(texts, made, changes if _rewrites(t, changes) else [])


def _outside(t: TrackedText, changes: list[Change], frozen: tuple[tuple[int, int], ...]) -> list[Change]:
    """The corrections of `changes` (offsets of `t.text`) whose original spans (`_fired`) touch none
    of the `frozen` spans of the original."""
    if not frozen or not changes:
        return changes
    return [c for c, (s, e, _rule) in zip(changes, _fired(t, changes), strict=True)
            if not any(s <= end and e >= start for start, end in frozen)]


class _Frozen(NamedTuple):
    """What `_frozen_looks` made of a page whose typo rules do not settle: the corrected `text`;
    `unsettled`, every text frozen, with its rules (those the first looks found, then those each
    try found in turn); `whole_page`, whether the tries gave up and the page keeps the first look's
    corrections everywhere."""

    text: TrackedText
    unsettled: list[_Unsettled]
    whole_page: bool


def _frozen_looks(
    t: TrackedText, ruleset: typos.RuleSet, apply: Cert, paper: str | None, looked: _Looked,
    quotes: str = "auto",
) -> _Frozen:
    """`t` corrected by the looks made again with the text `looked` does not settle on frozen
    (`_unsettled_spans`, `_looks`): the first look's corrections there, the settled result elsewhere.
    Should freezing leave other text unsettled (a guard or word check reading a frozen neighbour),
    that text is frozen as well and the looks made again; after TYPO_PASSES such tries the whole
    page keeps the first look's corrections. Every text frozen is in the result, so that each set
    of rules that does not settle gets its warning line, the ones found on a try as well."""
    unsettled = _unsettled_spans(looked.fired(), looked.left_fired())
    frozen = merged_spans((s, e) for s, e, _rules in unsettled)
    for _try in range(TYPO_PASSES):
        again = _looks(t, ruleset, apply, paper, frozen, quotes=quotes)
        if not again.left:
            return _Frozen(again.texts[-1], unsettled, whole_page=False)
        more = _unsettled_spans(again.fired(), again.left_fired())
        unsettled += more
        frozen = merged_spans([*frozen, *((s, e) for s, e, _rules in more)])
    return _Frozen(looked.texts[1], unsettled, whole_page=True)


def _rewrites(t: TrackedText, changes: list[Change]) -> bool:
    """Whether `changes` rewrite any of `t.text`: a correction inside a span the earlier steps
    protect (a URL's `其层`) is found again at every look but never applied, which is no rule
    failing to settle."""
    return bool(changes) and t.apply(changes).text != t.text


def _corrected(t: TrackedText, changes: list[Change], paper: str | None, quotes: str = "auto") -> TrackedText:
    """`t` with the typo corrections `changes` applied, and spaced again where they call for it
    (`quotes`: the page's quote style, for `_spacing_settled`)."""
    fixed = t.apply(changes)
    spans = spacing.blocks_to_decide_again(t.text, fixed.text, changes)
    respaced = spacing.fix_spacing(fixed, within=spans, paper=paper) if spans else fixed
    return fixed if respaced.text == fixed.text else _spacing_settled(respaced, paper, quotes)


#: (start, end, rule id) of a typo correction, at offsets of the original text.
_Fired = tuple[int, int, str]


def _fired(t: TrackedText, changes: list[Change]) -> list[_Fired]:
    """The original spans of `changes` (offsets of `t.text`), each widened to the earlier edits it
    reaches into, with their rules. An edit that only borders a correction (the punctuation step's
    `,→，` after it, a space the spacing step removed before it) is not part of it: the text the
    rules do not settle on grows over typo corrections only (`_unsettled_spans`), not over what
    other steps did next to it."""
    edits = t.edits_in_output()
    out: list[_Fired] = []
    for c in changes:
        # the end maps before text deleted right after the correction, the start after text deleted
        # right before it (`to_original` / `to_original_start` map such text into the span)
        start, end = t.to_original(c.start), t.to_original_start(c.end)
        for s, e, edit in edits:
            if s < c.end and e > c.start:
                start, end = min(start, edit.start), max(end, edit.end)
        out.append((start, max(start, end), c.rule))
    return out


#: (start, end, rule ids) of text the typo rules do not settle on, at offsets of the original.
_Unsettled = tuple[int, int, frozenset[str]]


def _unsettled_spans(fired: list[_Fired], unsettled: list[_Fired]) -> list[_Unsettled]:
    """For each correction still to be made (`unsettled`, in order), the text it covers widened to
    every correction of `fired` or `unsettled` that touches it, and so on, with all their rules."""
    out: list[_Unsettled] = []
    for start, end, rule in sorted(unsettled):
        rules = {rule}
        grown = True
        while grown:
            grown = False
            for s, e, other in [*fired, *unsettled]:
                if s <= end and e >= start and (s < start or e > end or other not in rules):
                    start, end, grown = min(start, s), max(end, e), True
                    rules.add(other)
        out.append((start, end, frozenset(rules)))
    return out


def _unsettled_warnings(original: str, unsettled: list[_Unsettled], *, whole_page: bool = False) -> list[str]:
    """The lines saying which rules do not settle, on which printed text (`_unsettled_spans`): one
    for each set of rules, naming the first text they do not settle on. `whole_page`: the page, not
    only that text, keeps the first look's corrections (`_frozen_looks` gave up)."""
    keeps = "the page keeps" if whole_page else "that text keeps"
    lines: dict[str, str] = {}
    for start, end, rules in unsettled:
        names = ", ".join(sorted(rules))
        printed = original[start:end].replace("\n", "\\n")
        lines.setdefault(names, f"typo rules {names} do not settle on {printed}: they change it again at "
                         f"each of {TYPO_PASSES} looks, so {keeps} the first look's corrections "
                         "(`layoutfix rules test` fails such rules)")
    return list(lines.values())


#: How many times at most the typo rules look at a page: each pass after the first reads the text
#: the one before corrected (`_typos_settled`).
TYPO_PASSES = 4


def _spaced(t: TrackedText, paper: str | None = None) -> TrackedText:
    """The spacing step, and the full-width marks it leaves between ASCII letters and digits."""
    return unicode.fix_fullwidth_marks(spacing.fix_spacing(t, paper=paper))


def _suggestion_step(options: NormalizeOptions) -> Step:
    """A step applying look-alike suggestions at `options.apply_suggestions` or better."""
    from ..suggest import apply_suggestions, suggest  # imported lazily: the suggester loads its tables

    level = options.apply_suggestions
    assert level is not None

    def step(t: TrackedText) -> TrackedText:
        found = suggest(t, rule_dirs=options.rule_dirs, include_default=options.default_rules, min_cert=level)
        return apply_suggestions(t, found, level)

    return step


def normalize_text(
    text: str | TrackedText, options: NormalizeOptions | None = None, *, warn: Warn | None = None
) -> TrackedText:
    """Run every normaliser over `text` and return the result with its edits.

    Text whose form feeds set several pages apart (`readers.text.split_pages`: a pdftotext or
    Tesseract export of a multi-page scan) is normalised page by page, as `convert` reads it: no
    decision reads across a page break, and each page-break form feed stays in the cleaned text
    (it is plain text, where a form feed is legal). The edits are one list with offsets into the
    whole text. A text of one page (a single trailing form feed included) is normalised whole, as
    before. A `TrackedText` that already holds edits is normalised whole too: its pages could only
    be joined by re-reading its earlier edits. So is a text whose page breaks would no longer set
    its pages apart once they are normalised (`_breaks_hold`), so that normalising twice equals
    normalising once.

    `warn`: called with one line for each thing the page should know of (typo rules that do not
    settle: `_typos_settled`), once per line; None says nothing.
    """
    return normalize_pages(text, options, warn=warn)[0]


def normalize_pages(
    text: str | TrackedText, options: NormalizeOptions | None = None, *, warn: Warn | None = None
) -> tuple[TrackedText, list[tuple[int, int]]]:
    """`normalize_text`'s result, and the (start, end) spans of the original it normalised one by
    one: the pages of `page_spans`, or `[(0, len(original))]` when it normalised the text whole
    (one page, earlier edits, or page breaks that would not hold). An edit log numbers its blocks
    over these spans, so its block ids are those of the text as it was read."""
    tracked = TrackedText(text) if isinstance(text, str) else text
    said: list[str] = []
    steps = build_steps(options or NormalizeOptions(), warn=said.append)
    spans = page_spans(tracked.text) if tracked.text == tracked.original else []
    result: tuple[TrackedText, list[tuple[int, int]]] | None = None
    if len(spans) > 1:
        pages = [_run(steps, TrackedText(tracked.original[s:e])) for s, e in spans]
        if _breaks_hold(pages):
            result = _joined(tracked.original, spans, pages), spans
    if result is None:
        said.clear()  # (the pages' lines: the text is normalised whole instead)
        result = _run(steps, tracked), [(0, len(tracked.original))]
    if warn is not None:
        for line in dict.fromkeys(said):
            warn(line)
    return result


def _breaks_hold(pages: list[TrackedText]) -> bool:
    """Whether the pages, normalised and set apart by their form feeds again, are the same pages to
    `page_spans`: what a second normalisation must find for it to change nothing. They are not
    where a page held only a control character, which `split_pages` counts as text: normalised,
    that page is blank, and a text is normalised whole when its pages do not hold."""
    spans, pos = [], 0
    for page in pages:
        spans.append((pos, pos + len(page.text)))
        pos += len(page.text) + 1
    return page_spans("\f".join(page.text for page in pages)) == spans


def _run(steps: list[tuple[str, Step]], tracked: TrackedText) -> TrackedText:
    """`tracked` through every step, in order."""
    for _name, step in steps:
        tracked = step(tracked)
    return tracked


def page_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the pages of `text` that `normalize_text` normalises one by one, in
    order; `[(0, len(text))]` for text of one page.

    The pages are those of `readers.text.split_pages`, each followed by the one form feed that
    breaks it from the next. What follows the last page holding text (the form feed ending it, then
    perhaps blank pages and a terminator) is one more page after that form feed: split_pages counts
    no page there, and its further form feeds, ending nothing, are removed as in a one-page text.
    """
    from ..readers.text import split_pages  # (here: readers.text imports this package)

    pages = split_pages(text)
    if len(pages) < 2:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    pos = 0
    for page in pages:
        spans.append((pos, pos + len(page)))
        pos += len(page) + 1  # the page break's form feed
    if pos <= len(text):  # the form feed after the last page, and what follows it
        spans.append((pos, len(text)))
    return spans


def _joined(original: str, spans: list[tuple[int, int]], pages: list[TrackedText]) -> TrackedText:
    """One tracked text over `original` from its pages (at `spans`) normalised on their own, with
    the form feed between each two kept as it stands (`TrackedText.joined`: each edit keeps every
    rule that took part)."""
    parts: list[TrackedText] = []
    for (start, _end), page in zip(spans, pages, strict=True):
        if parts:  # the page break before this page
            parts.append(TrackedText(original[start - 1:start]))
        parts.append(page)
    joined = TrackedText.joined(parts)
    assert joined.original == original  # (the spans cover the text, one form feed between each two)
    return joined
