"""Jumps between the pages of an issue: which `(下转第3版)` part continues in which `(上接第1版)` part.

Each page is assembled on its own (see `pipeline.build_document`); an article part that ends with a
"to" marker has `continued_to`, one that opens with a "from" marker has `continued_from`. A jump from
page P to page N is resolved in three steps:

1. Page numbers: only a part on page N that says it continues from page P is a candidate.
2. When a pair of pages has several jumps, the candidates are scored: the title against the shortened
   title the continuation usually carries (`rapidfuzz` partial ratio), the text around the break (a
   word that only exists across the break, `稳中有` + `升`; a continuation that opens with a
   punctuation mark after an unfinished sentence) and the vocabulary both parts share.
3. The best one-to-one assignment wins only when it is clearly better (by `MARGIN` points) than every
   other assignment; a pair on which near-best assignments disagree is a tie.

A marker naming no page number (`（转下页）`, `（接上頁）`) names the page after or before its own: page
N+1 or N-1, or in a paper printed in sections the next or previous page of its section (A3 -> A4),
and is matched as if it named that page (`absolute_ref`).

In a paper printed in sections the pages carry labels (`A4`, `Page.label`): a lettered reference
(`转A4版`) names the page labelled A4 and is matched like a number is, by the page's number in the
issue. A reference without a letter (`转4版`) in such an issue could mean A4, B4 or the fourth page, so
it is not matched; a lettered one in an issue without labels neither.

A front-page teaser's `（详见第3版）` sends the reader to a story printed in full, not to a
continuation: `drop_teasers`, run before the jumps are resolved, reads it as a whole article.

Nothing is guessed silently: a jump to a page that is not in the issue, a part with no candidate and a
tie are returned as unresolved `Jump`s, which the caller keeps as separate parts, flags and reports.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

import regex
from rapidfuzz import fuzz

from ..lexicon import WordChecker
from ..model import Article, Block, Document, Part, Teaser
from .assemble import ends_paragraph
from .continuation import block_markers, find_markers, is_relative, relative_page
from .roles import ends_sentence, simplified_view

Status = Literal["resolved", "missing-page", "no-match", "tie"]

#: How many points (0..100 scale) the best assignment must beat every other one by.
MARGIN = 10.0
#: Weights of the title, break and vocabulary evidence in a pair's score (they add up to 1).
W_TITLE, W_BREAK, W_WORDS = 0.6, 0.25, 0.15
#: Characters on each side of the break looked at for a word that spans it.
BREAK_WINDOW = 6
#: Largest jump group scored by trying every assignment (beyond it, greedy best-first).
MAX_EXHAUSTIVE = 6

_OPENING_MARK = regex.compile(r"^\s*[，。、；：？！）」』》”’,.;:?!)]")
_LATIN_PAGE = regex.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Jump:
    """One jump between pages and what became of it.

    `source` says "continued on page `to_page`"; `target` says "continued from page `from_page`".
    Unresolved jumps have one side None (`missing-page`, `no-match`) or list the tying parts in
    `candidates` (`tie`). `score` is the winning pair's score (0..100) when there was a choice.
    """

    status: Status
    source: Article | None
    target: Article | None
    from_page: int | None
    to_page: int | None
    marker: str = ""
    score: float | None = None
    candidates: tuple[str, ...] = ()
    #: A page reference with a section letter (`A4` of `转A4版`) in an issue whose pages have no
    #: labels, never matched by its number alone.
    lettered: str | None = None
    #: The labels of `from_page` and `to_page` in an issue of a paper printed in sections (a page
    #: not in the issue: the label its marker names).
    from_label: str | None = None
    to_label: str | None = None
    #: A page reference without a section letter (`4` of `转4版`) in an issue whose pages are
    #: labelled: A4, B4 or the fourth page, so it is not matched.
    unlettered: str | None = None

    @property
    def resolved(self) -> bool:
        return self.status == "resolved"

    def describe(self) -> str:
        """One line for a person: which part, which page, what went wrong (no marker text, so it can
        stand in the TEI without repeating the page's characters)."""
        src = self.source.id if self.source else None
        tgt = self.target.id if self.target else None
        if self.status == "resolved":
            return f"{src} continues in {tgt}"
        to_page, from_page = self.page_name("to"), self.page_name("from")
        if self.status == "missing-page":
            who = src if self.source is not None else tgt
            if self.relative():
                return self._relative_missing(who)
            if self.lettered is not None:
                return (f"{who}: page {self.lettered} has a section letter but the pages of this issue "
                        f"have no section labels, so it is not matched: name the page files by section "
                        f"({self.lettered}.txt) or give each its label (FILE:{self.lettered})")
            if self.unlettered is not None:
                return (f"{who}: page {self.unlettered} has no section letter; the pages of this issue "
                        "are labelled by section (A1, B1…), so it is not matched")
            if self.source is not None:
                return f"{src}: page {to_page} is not in this issue"
            return f"{tgt}: page {from_page} is not in this issue"
        if self.status == "no-match":
            if self.source is not None:
                return f"{src}: no part on page {to_page} continues from page {from_page}"
            return f"{tgt}: no part on page {from_page} jumps to page {to_page}"
        who = src if src is not None else tgt
        return f"{who}: candidates tie ({', '.join(self.candidates)})"

    def relative(self) -> bool:
        """Whether the jump's marker names no page number but the page after or before its own."""
        return any(is_relative(m.page) for m in find_markers(self.marker))

    def _relative_missing(self, who: str | None) -> str:
        """The message of a `missing-page` jump whose marker names the next or previous page."""
        if self.source is not None:
            return f"{who}: the next page ({self.page_name('to')}) is not in this issue"
        if self.from_page is None and self.from_label is None:
            first = self.page_name("to")
            return f"{who}: continues from the previous page, but no page comes before page {first}"
        return f"{who}: the previous page ({self.page_name('from')}) is not in this issue"

    def page_name(self, side: Literal["from", "to"]) -> str:
        """How a person names the page on one side of the jump: its label (`A4`) in a paper printed
        in sections, else its number."""
        label, number = (self.from_label, self.from_page) if side == "from" else (self.to_label, self.to_page)
        return label if label is not None else str(number)

    def to_json(self) -> dict[str, object]:
        """The jump for the `--report` file (`from_label`/`to_label` only in an issue whose pages are
        labelled by section, so the report of any other issue keeps its form)."""
        out: dict[str, object] = {
            "status": self.status,
            "from": self.source.id if self.source else None,
            "to": self.target.id if self.target else None,
            "from_page": self.from_page,
            "to_page": self.to_page,
        }
        if self.from_label is not None or self.to_label is not None:
            out["from_label"], out["to_label"] = self.from_label, self.to_label
        out.update({
            "marker": self.marker,
            "score": None if self.score is None else round(self.score, 1),
            "candidates": list(self.candidates),
            "message": self.describe(),
        })
        return out


def page_number(ref: str | None) -> int | None:
    """The page number of a marker's page reference (`"3"` -> 3; `"A3"` -> 3, though a jump never
    matches a lettered reference by its number, see `is_lettered`)."""
    if ref is None:
        return None
    m = _LATIN_PAGE.search(ref)
    return int(m.group()) if m else None


def is_lettered(ref: str | None) -> bool:
    """Whether a page reference names a section's page (`A4`): an issue's pages are numbers, and in a
    paper printed in sections A4 and B4 are two pages, so matching A4 by its number would guess."""
    return ref is not None and ref[:1].isalpha()


def _marker_text(art: Article, direction: str) -> str:
    """The text of the article's first marker block pointing `direction`, or empty."""
    b = _marker_block(art, direction)
    return b.text.strip() if b is not None else ""


def _marker_block(art: Article, direction: str) -> Block | None:
    """The article's first marker block pointing `direction` (`continuation.block_markers`: a 续
    marker closing a paragraph points on), or None."""
    for part in art.parts:
        if part.kind == "marker":
            for b in part.blocks:
                if any(m.direction == direction for m in block_markers(b.text, b.hints)):  # 下轉第3版 too
                    return b
    return None


def _as_scored(art: Article, traditional: bool) -> Article:
    """The article as the scores read it: on a `traditional` page (TEI zh-Hant), a copy whose heading
    and body blocks hold their simplified view (`roles.simplified_view`), so titles, words across the
    break and shared vocabulary compare with the simplified lexicon the way a simplified page's do."""
    if not traditional:
        return art

    def viewed(blocks: list[Block]) -> list[Block]:
        return [replace(b, text=simplified_view(b.text)) for b in blocks]

    return replace(
        art, kicker=viewed(art.kicker), titles=viewed(art.titles), subtitles=viewed(art.subtitles),
        parts=[Part(p.kind, viewed(p.blocks), p.incomplete, p.under_signature) for p in art.parts],
    )


def _body_blocks(art: Article) -> list[Block]:
    return [b for p in art.parts if p.kind == "p" for b in p.blocks if b.role == "body"]


def _heading(art: Article) -> str:
    return "".join(b.text for b in (*art.kicker, *art.titles, *art.subtitles)).strip()


@cache
def _checker() -> WordChecker:
    return WordChecker()


def _words(text: str) -> str:
    """The distinct words of two or more characters in `text`, sorted and space-separated."""
    words = {w for w, s, e in _checker().tokens(text) if e - s >= 2 and regex.match(r"\p{Han}", w)}
    return " ".join(sorted(words))


def title_score(source: Article, target: Article) -> float | None:
    """How alike the two parts' headings are (0..100), None when either has none.

    A partial ratio, because a continuation usually carries a shortened title (西部陆港枢纽 for
    兰州新区打造西部陆港枢纽).
    """
    a, b = _heading(source), _heading(target)
    if not a or not b:
        return None
    return float(fuzz.partial_ratio(a, b))


def break_score(source: Article, target: Article) -> float:
    """Evidence from the text around the break (0..100).

    100 when the source breaks off mid-sentence and the continuation either opens with a mark that
    cannot start a sentence or completes a word that only exists across the break; 0 otherwise. The
    source's last paragraph is closed as the issue's join reads it (`assemble.ends_paragraph`): words
    in brackets after its last sentence (`…落实。（会议现场）`), a list or a contact field end it too,
    so a part the join would not run on is no evidence for a continuation that opens mid-sentence.
    """
    src, tgt = _body_blocks(source), _body_blocks(target)
    if not src or not tgt:
        return 0.0
    tail, head = src[-1].text.rstrip(), tgt[0].text.lstrip()
    if not tail or not head or ends_paragraph(tail):
        return 0.0
    if _OPENING_MARK.match(head):
        return 100.0
    left, right = tail[-BREAK_WINDOW:], head[:BREAK_WINDOW]
    for _w, s, e in _checker().tokens(left + right):
        if e - s >= 2 and s < len(left) < e:
            return 100.0
    return 0.0


def _body_words(art: Article) -> str:
    """`_words` of an article's body text: what `words_score` compares."""
    return _words("".join(b.text for b in _body_blocks(art)))


def words_score(source: Article, target: Article) -> float:
    """How much vocabulary the two parts' bodies share (rapidfuzz token set ratio over their words)."""
    return _words_ratio(_body_words(source), _body_words(target))


def _words_ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(a, b))


def pair_score(source: Article, target: Article) -> float:
    """The evidence that `target` continues `source` (0..100); see the module docstring."""
    return _pair_score(source, target, _body_words(source), _body_words(target))


def _pair_score(source: Article, target: Article, source_words: str, target_words: str) -> float:
    """`pair_score` with the two bodies' words already segmented (once per article, not per pair)."""
    title = title_score(source, target)
    return (
        W_TITLE * (title or 0.0)
        + W_BREAK * break_score(source, target)
        + W_WORDS * _words_ratio(source_words, target_words)
    )


def _assignments(n_src: int, n_tgt: int) -> list[tuple[tuple[int, int], ...]]:
    """Every one-to-one assignment of min(n_src, n_tgt) pairs, as (source, target) index pairs."""
    if n_src <= n_tgt:
        return [tuple(enumerate(p)) for p in itertools.permutations(range(n_tgt), n_src)]
    return [tuple((s, t) for t, s in enumerate(p)) for p in itertools.permutations(range(n_src), n_tgt)]


def _match_group(
    sources: list[Article], targets: list[Article], from_page: int, to_page: int,
    traditional: tuple[bool, bool] = (False, False),
) -> list[Jump]:
    """Resolve the jumps from `from_page` to `to_page` (both sides present); `traditional` says which
    of the two pages is printed in traditional characters (its parts are scored in the simplified view)."""
    if len(sources) == 1 and len(targets) == 1:
        return [Jump("resolved", sources[0], targets[0], from_page, to_page, _marker_text(sources[0], "to"))]
    scored_src = [_as_scored(a, traditional[0]) for a in sources]
    scored_tgt = [_as_scored(a, traditional[1]) for a in targets]
    # Each body is segmented once, not once per pair it takes part in (sources x targets).
    src_words = [_body_words(a) for a in scored_src]
    tgt_words = [_body_words(a) for a in scored_tgt]
    scores = [
        [_pair_score(s, t, sw, tw) for t, tw in zip(scored_tgt, tgt_words, strict=True)]
        for s, sw in zip(scored_src, src_words, strict=True)
    ]
    if max(len(sources), len(targets)) <= MAX_EXHAUSTIVE:
        options = [(sum(scores[s][t] for s, t in a), a) for a in _assignments(len(sources), len(targets))]
    else:  # greedy best-first: one assignment, so nothing can tie
        pairs = sorted(
            ((scores[s][t], s, t) for s in range(len(sources)) for t in range(len(targets))), reverse=True
        )
        used_s: set[int] = set()
        used_t: set[int] = set()
        chosen: list[tuple[int, int]] = []
        for _sc, s, t in pairs:
            if s not in used_s and t not in used_t:
                chosen.append((s, t))
                used_s.add(s)
                used_t.add(t)
        options = [(sum(scores[s][t] for s, t in chosen), tuple(chosen))]
    best = max(total for total, _a in options)
    near = [a for total, a in options if best - total < MARGIN]
    sure = set(near[0]).intersection(*map(set, near[1:]))
    jumps: list[Jump] = []
    decided_t: set[int] = set()
    for s, src in enumerate(sources):
        marker = _marker_text(src, "to")
        pair = next(((s2, t) for s2, t in sure if s2 == s), None)
        if pair is not None:
            decided_t.add(pair[1])
            jumps.append(
                Jump("resolved", src, targets[pair[1]], from_page, to_page, marker, scores[s][pair[1]])
            )
            continue
        cands = sorted({t for a in near for s2, t in a if s2 == s})
        if cands:
            jumps.append(Jump(
                "tie", src, None, from_page, to_page, marker,
                candidates=tuple(targets[t].id for t in cands),
            ))
        else:
            jumps.append(Jump("no-match", src, None, from_page, to_page, marker))
    tied = {c for j in jumps for c in j.candidates}
    for t, tgt in enumerate(targets):
        if t in decided_t:
            continue
        marker = _marker_text(tgt, "from")
        if tgt.id in tied:
            rivals = tuple(j.source.id for j in jumps if j.source is not None and tgt.id in j.candidates)
            jumps.append(Jump("tie", None, tgt, from_page, to_page, marker, candidates=rivals))
        else:
            jumps.append(Jump("no-match", None, tgt, from_page, to_page, marker))
    return jumps


def page_labels(pages: Sequence[Document]) -> dict[int, str]:
    """The section label of each labelled page by its number (empty for an issue without labels)."""
    return {doc.page: pg.label for doc in pages if doc.page is not None
            for pg in doc.pages[:1] if pg.label is not None}


def absolute_ref(ref: str | None, page: int, label: str | None = None) -> str | None:
    """A marker's page reference as a page of the issue would be named: a relative one (`（转下页）`)
    by the page after or before `page` (labelled `label` in a paper printed in sections,
    `continuation.relative_page`), any other as it is. None for no reference, and for the page before
    the first (`（接上页）` on page 1)."""
    if ref is None or not is_relative(ref):
        return ref
    return relative_page(ref, page, label)


def absolute_refs(pages: Sequence[Document]) -> None:
    """Name the page each relative reference of the pages' articles points to (`continued_to` "next"
    on page 3 becomes "4", on A3 "A4"), in place, so what reads them after the jumps (a chain of parts
    merged into its first page's article, the TEI `@next`/`@prev`, the JSON `to_page`) names the
    page the marker meant, not one counted from another page. The page before the first stays
    relative: no page is named (`resolve_jumps` reports it)."""
    labels = page_labels(pages)
    for doc in pages:
        for art in doc.articles:
            page = art.page if art.page is not None else doc.page
            if page is None:
                continue
            for attr in ("continued_to", "continued_from"):
                ref = getattr(art, attr)
                if is_relative(ref) and (named := absolute_ref(ref, page, labels.get(page))) is not None:
                    setattr(art, attr, named)


def _page_refs(art: Article, page: int, label: str | None, out: list[Jump]) -> tuple[str | None, str | None]:
    """The "to" and "from" page references of `art` on `page` (`absolute_ref`); a relative one naming
    the page before the first becomes a `missing-page` jump in `out`."""
    refs: list[str | None] = []
    for direction, ref in (("to", art.continued_to), ("from", art.continued_from)):
        named = absolute_ref(ref, page, label)
        if ref is not None and named is None:
            marker = _marker_text(art, direction)
            out.append(Jump("missing-page", art, None, page, None, marker) if direction == "to"
                       else Jump("missing-page", None, art, None, page, marker))
        refs.append(named)
    return refs[0], refs[1]


def _labelled_refs(
    refs: tuple[str | None, str | None], art: Article, page: int, by_label: dict[str, int],
    out: list[Jump],
) -> tuple[int | None, int | None]:
    """In an issue labelled by section: the page numbers `art`'s "to" and "from" references `refs`
    name (a label of the issue), or None; a reference that names no page of the issue becomes an
    unresolved jump in `out` (a label not in the issue, or a reference without a section letter)."""
    found: list[int | None] = []
    for direction, ref in zip(("to", "from"), refs, strict=True):
        number = by_label.get(ref) if ref is not None else None
        found.append(number)
        if ref is None or number is not None:
            continue
        marker = _marker_text(art, direction)
        label, unlettered = (ref, None) if is_lettered(ref) else (None, ref)
        if direction == "to":
            out.append(Jump("missing-page", art, None, page, None, marker, to_label=label,
                            unlettered=unlettered))
        else:
            out.append(Jump("missing-page", None, art, None, page, marker, from_label=label,
                            unlettered=unlettered))
    return found[0], found[1]


#: Direction words of a marker that sends the reader to a page ("see page 3") rather than saying the
#: text goes on there: a front-page teaser's `（详见第3版）`, but also a jump (`（见第3版）` over a
#: `（紧接第2版）` part). Taiwan's `（續見A3版）` ("continued, see") is always a jump.
_SEE_WORDS = frozenset(("见", "見", "详见", "詳見"))
#: How alike (`title_score`) a teaser's heading and the full article's on the page it names must be.
TEASER_TITLE = 90.0

Groups = dict[tuple[int, int], list[Article]]


def _collect(pages: Sequence[Document]) -> tuple[Groups, Groups, list[Jump]]:
    """The parts of the pages that jump, by the pair of pages (from, to) they join: the sources ("to"
    markers), the targets ("from" markers), and the jumps that can never resolve (a page not in the
    issue, a lettered or unlettered reference that names no page of it)."""
    present = {doc.page for doc in pages if doc.page is not None}
    labels = page_labels(pages)
    by_label = {label: number for number, label in labels.items()}
    sources: Groups = defaultdict(list)
    targets: Groups = defaultdict(list)
    out: list[Jump] = []
    for doc in pages:
        for art in doc.articles:
            page = art.page if art.page is not None else doc.page
            if page is None:
                continue
            to_ref, from_ref = _page_refs(art, page, labels.get(page), out)
            if labels:
                to, frm = _labelled_refs((to_ref, from_ref), art, page, by_label, out)
                if to is not None:
                    sources[(page, to)].append(art)
                if frm is not None:
                    targets[(frm, page)].append(art)
                continue
            if is_lettered(to_ref):
                out.append(Jump("missing-page", art, None, page, None, _marker_text(art, "to"),
                                lettered=to_ref))
            if is_lettered(from_ref):
                out.append(Jump("missing-page", None, art, None, page, _marker_text(art, "from"),
                                lettered=from_ref))
            to, frm = (None if is_lettered(ref) else page_number(ref) for ref in (to_ref, from_ref))
            if to is not None:
                if to in present:
                    sources[(page, to)].append(art)
                else:
                    out.append(Jump("missing-page", art, None, page, to, _marker_text(art, "to")))
            if frm is not None:
                if frm in present:
                    targets[(frm, page)].append(art)
                else:
                    out.append(Jump("missing-page", None, art, frm, page, _marker_text(art, "from")))
    return sources, targets, out


def _sends_to_page(art: Article) -> bool:
    """Whether the article's "to" marker only sends the reader to a page (`（详见第3版）`, `（见下页）`)
    and its last paragraph is closed (`assemble.ends_paragraph`): a part cut mid-sentence goes on."""
    marker = _marker_block(art, "to")
    found = [m for m in block_markers(marker.text, marker.hints) if m.direction == "to"] if marker else []
    if not found or found[-1].word not in _SEE_WORDS:
        return False
    body = _body_blocks(art)
    return bool(body) and ends_paragraph(body[-1].text.rstrip())


def _title_match(art: Article, page: Document) -> tuple[Article | None, float]:
    """The article of `page` that continues from nowhere (printed in full) whose heading is most like
    `art`'s, and how alike (`title_score`); None when none reaches `TEASER_TITLE`. The first on the
    page wins a tie."""
    best: tuple[Article | None, float] = (None, 0.0)
    for a in page.articles:
        if a.continued_from is not None:  # a part, not an article printed in full
            continue
        score = title_score(art, a) or 0.0
        if score > best[1]:
            best = (a, score)
    return best if best[1] >= TEASER_TITLE else (None, best[1])


def _is_teaser(art: Article, targets: list[Article], match: tuple[Article | None, float]) -> bool:
    """Whether `art`, a part sending the reader to a page (`_sends_to_page`), is a teaser of an article
    printed there in full rather than the first part of a split one: no part of that page continues
    from its page (`targets` is empty), or `match`, the article there that continues from nowhere and
    carries its heading (`_title_match`), is more alike than every part that does."""
    if not targets:
        return True
    best_part = max((title_score(art, t) or 0.0 for t in targets), default=0.0)
    return match[0] is not None and match[1] > best_part


def drop_teasers(pages: Sequence[Document]) -> list[Teaser]:
    """Read a front-page teaser as the whole article it is, in place: `（详见第3版）` under a closed
    paragraph points to the story printed in full on page 3, not to a continuation, when page 3 is in
    the issue and either no part there continues from the teaser's page or an article there that
    continues from nowhere carries the teaser's heading (`_is_teaser`). Its `continued_to` is cleared
    (no `part="I"`, no unresolved jump); its marker stays in the text. Returns the teasers, each with
    the article its title matched (`_title_match`), in page order, for the issue report."""
    sources, targets, _out = _collect(pages)
    by_number = {doc.page: doc for doc in pages if doc.page is not None}
    teasers: list[Teaser] = []
    for (frm, to), group in sources.items():
        for art in group:
            if not _sends_to_page(art):
                continue
            match = _title_match(art, by_number[to])
            if _is_teaser(art, targets.get((frm, to), []), match):
                marker = _marker_text(art, "to")
                art.continued_to = None
                teasers.append(Teaser(art, frm, to, marker, match[0]))
    place = {id(a): (doc.page or 0, n) for doc in pages for n, a in enumerate(doc.articles)}
    return sorted(teasers, key=lambda t: place[id(t.article)])


def resolve_jumps(pages: Sequence[Document]) -> list[Jump]:
    """Every jump between the given pages (each a one-page `Document` with its page number and, in a
    paper printed in sections, its label), resolved or not, ordered by the pages they join."""
    traditional = {doc.page for doc in pages if doc.lang == "zh-Hant"}
    labels = page_labels(pages)
    sources, targets, out = _collect(pages)
    for key in sorted(set(sources) | set(targets)):
        src, tgt = sources.get(key, []), targets.get(key, [])
        if src and tgt:
            out.extend(_match_group(src, tgt, *key, (key[0] in traditional, key[1] in traditional)))
        else:
            out.extend(
                Jump("no-match", s, None, key[0], key[1], _marker_text(s, "to")) for s in src
            )
            out.extend(
                Jump("no-match", None, t, key[0], key[1], _marker_text(t, "from")) for t in tgt
            )
    if labels:
        out = [_with_labels(j, labels) for j in out]
    return sorted(out, key=_order)


def _with_labels(jump: Jump, labels: dict[int, str]) -> Jump:
    """`jump` naming the labels of its pages (a page outside the issue keeps the label its marker names)."""
    return replace(
        jump,
        from_label=jump.from_label or (labels.get(jump.from_page) if jump.from_page is not None else None),
        to_label=jump.to_label or (labels.get(jump.to_page) if jump.to_page is not None else None),
    )


def _order(jump: Jump) -> tuple[int, int, str]:
    part = jump.source or jump.target
    return (jump.from_page or 0, jump.to_page or 0, part.id if part else "")


QUOTE_RULE = "layout.jump-quote"


def _first_paragraph(art: Article) -> list[Block]:
    for part in art.parts:
        if part.kind == "p":
            return [b for b in part.blocks if b.role == "body"]
        if part.kind == "head":
            return []
    return []


def _last_paragraph(art: Article) -> list[Block]:
    for part in reversed(art.parts):
        if part.kind == "p":
            return [b for b in part.blocks if b.role == "body"]
        if part.kind == "head":
            return []
    return []


def pair_quotes_across(source_doc: Document, source: Article, target_doc: Document, target: Article) -> int:
    """Pair the quotes of the paragraph that continues across a resolved jump; returns how many changed.

    The punctuation normaliser paired straight quotes page by page, so a quotation opened on page 1
    (`说:"我们要…`) and closed on page 3 (`升,"他要求…`) got an opening mark on page 3. Here the
    continuation paragraph's quotes are judged again by the same normaliser (`fix_quotes`) with the
    source paragraph before them, as if the two were one split paragraph. A changed quote updates the
    `punct.quote` edit that made it (rule `layout.jump-quote` added, certainty medium) and the text of
    `target_doc` in place.
    """
    from ..normalize.punctuation import CORNER_AS_CURLY, fix_quotes
    from ..tracked import TrackedText

    before, after = _last_paragraph(source), _first_paragraph(target)
    if not before or not after:
        return 0
    # corner quotes (「」: a page or an issue of corner style) are judged as the curly ones they stand for
    prefix = "".join(source_doc.text[b.start : b.end] for b in before).translate(CORNER_AS_CURLY)
    last = regex.findall(r"[“”]", prefix)
    if not last or last[-1] != "“" or ends_sentence(prefix.rstrip()):
        return 0
    # Quotes of the continuation that were straight in the input, by their output position.
    from ..export.tei import output_spans

    spans = output_spans(target_doc.edits)
    straight = {
        s: i for i, (s, e, ed) in enumerate(spans)
        if "punct.quote" in ed.rules and ed.before == '"' and e - s == 1
    }
    pieces: list[str] = [prefix]
    where: dict[int, int] = {}  # synthetic offset -> target_doc offset
    pos = len(prefix)
    for b in after:
        pieces.append("\n\n")
        pos += 2
        chunk = list(target_doc.text[b.start : b.end].translate(CORNER_AS_CURLY))  # (one for one)
        for k in range(len(chunk)):
            if b.start + k in straight:
                chunk[k] = '"'
                where[pos + k] = b.start + k
        pieces.append("".join(chunk))
        pos += len(chunk)
    judged = fix_quotes(TrackedText("".join(pieces)), continuations=False).text
    text = list(target_doc.text)
    edits = list(target_doc.edits)
    changed = 0
    for syn, out in where.items():
        new = judged[syn]
        if new not in "“”":
            continue
        if text[out] in "「」":
            new = "「" if new == "“" else "」"  # written in the style the quote has
        if new == text[out]:
            continue
        i = straight[out]
        ed = spans[i][2]
        k = edits.index(ed)
        edits[k] = type(ed)(ed.start, ed.end, ed.before, new, (*ed.rules, QUOTE_RULE), ed.kind, "medium")
        text[out] = new
        changed += 1
    if changed:
        target_doc.text = "".join(text)
        target_doc.edits = edits
        for b in (*after, *(x for p in target.parts for x in p.blocks)):
            b.text = target_doc.text[b.start : b.end]
    return changed


#: How alike a line under or before a continuation's "from" marker must be to the heading of a part
#: jumping to its page to be read as the title the continuation repeats: `fuzz.ratio` for a line as
#: long as the heading or longer, `fuzz.partial_ratio` (the line inside the heading) for a shorter one.
REPEATED_TITLE = 80.0
#: A shortened title must keep this many characters of the heading at least (`經濟`, `兰州` are a
#: story's subheads far more often than its title cut short) ...
SHORT_TITLE_MIN = 4
#: ... and this share of the heading's length (`科技创新` is 27% of `科技创新引领兰州新区高质量发展`:
#: a subhead; `西部陆港枢纽` is half of `兰州新区打造西部陆港枢纽`, `防疫措施` 36% of
#: `港府推出新一輪防疫措施`).
SHORT_TITLE_SHARE = 0.35
#: ... unless the part it repeats broke off inside a sentence (`…力争在保障粮食安全的同时,`): no subhead
#: stands inside a sentence, so a line of this many characters will do (`农事忙`).
BROKEN_TITLE_MIN = 3


def _repeats_heading(text: str, heading: str, broken: bool = False) -> bool:
    """Whether `text` repeats `heading` in full or shortened: a line as long as the heading or longer
    must be alike as a whole (`fuzz.ratio`; `partial_ratio` is 100 for `春耕时节农事忙（二）`, a
    series' subhead holding the heading), a shorter one must sit inside it
    (`fuzz.partial_ratio`) and keep `SHORT_TITLE_MIN` characters and `SHORT_TITLE_SHARE` of it, or
    `BROKEN_TITLE_MIN` characters when the part it would go on (`broken`) ended inside a sentence."""
    text, heading = text.strip(), heading.strip()
    if not text or not heading:
        return False
    if len(text) >= len(heading):
        return fuzz.ratio(text, heading) >= REPEATED_TITLE
    if broken:
        if len(text) < BROKEN_TITLE_MIN:
            return False
    elif len(text) < SHORT_TITLE_MIN or len(text) < SHORT_TITLE_SHARE * len(heading):
        return False
    return fuzz.partial_ratio(text, heading) >= REPEATED_TITLE


def _repeated(text: str, sources: Sequence[Article]) -> list[Article]:
    """The parts among `sources` whose heading `text` repeats in full or shortened (西部陆港枢纽 for
    兰州新区打造西部陆港枢纽, `_repeats_heading`): what a continuation prints over its text."""
    return [s for s in sources if _repeats_heading(text, _heading(s), broken=not _ends_full(s))]


def _ends_full(art: Article) -> bool:
    """Whether the text of `art` (a part jumping on) ends with a full sentence before its "to"
    marker: its last paragraph's last body line ends one (`…景象。`), not a clause (`…位置，`)."""
    body = _body_blocks(art)
    return bool(body) and ends_sentence(body[-1].text.rstrip())


def _subheads_after(art: Article, at: int) -> bool:
    """Whether another subhead follows the part at index `at` of `art` (`春耕时节农事忙（三）` after
    `春耕时节农事忙（二）`): the page goes on in subsections."""
    return any(p.kind == "head" for p in art.parts[at + 1 :])


def _subhead_as_title(art: Article, sources: Sequence[Article]) -> bool:
    """Make the subhead right under a continuation's opening "from" marker (`（上接第1版）` /
    `春耕时节农事忙` / text) its title when it repeats the heading of a part jumping to its page
    (`_repeats_heading`), in place; whether it did. A subhead that repeats no such heading
    (`二、加快建设`) stays a subhead, and so does one when every part it repeats ended with a full
    sentence and more subheads follow it (`（上接第1版）` / `春耕时节农事忙（二）` / … /
    `春耕时节农事忙（三）`: the story goes on in subsections, the first of them under the marker)."""
    at = next((i for i, p in enumerate(art.parts) if p.kind != "marker"), len(art.parts))
    if at == 0 or at + 1 >= len(art.parts):
        return False
    head, after = art.parts[at], art.parts[at + 1]
    if head.kind != "head" or after.kind != "p":
        return False
    text = "".join(b.text for b in head.blocks)
    matched = _repeated(text, sources)
    if not matched:
        return False
    if all(_ends_full(s) for s in matched) and _subheads_after(art, at):
        return False
    art.titles = list(head.blocks)
    for b in art.titles:
        b.role = "title"
    del art.parts[at]
    return True


def _line_before_as_title(art: Article, doc: Document, sources: Sequence[Article]) -> bool:
    """Make the text printed before a continuation's "from" marker on the marker's own line
    (`春耕时节农事忙（上接第1版）`) its title when it repeats the heading of a part jumping to its
    page, in place; whether it did. The page's assembly cut that text into an article of its own
    (a paragraph starting mid-article), which is dropped from the page: its block becomes the title."""
    marker = _marker_block(art, "from")
    if marker is None or not art.parts or marker not in art.parts[0].blocks:
        return False
    at = next((i for i, a in enumerate(doc.articles) if a is art), 0)
    if at == 0:
        return False
    before = doc.articles[at - 1]
    whole = not (_heading(before) or before.bylines or before.continued_from or before.continued_to
                 or len(before.parts) != 1)
    if not (whole or _last_part_alone(before)):
        return False
    last = before.parts[-1]
    if last.kind != "p" or len(last.blocks) != 1:
        return False
    block = last.blocks[0]
    if "\n" in doc.text[block.end : marker.start] or ends_sentence(block.text.rstrip()):
        return False
    if not _repeated(block.text, sources):
        return False
    block.role = "title"
    art.titles = [block]
    if whole:
        del doc.articles[at - 1]
    else:
        del before.parts[-1]
    return True


def _last_part_alone(art: Article) -> bool:
    """Whether the last part of `art` is a paragraph of one block after text of its own that nothing
    closes after it (no signature, no "to" marker): where the page's assembly leaves the next story's
    title printed on its marker's line (`全省春耕生产工作会议召开（上接第1版）`) when the story above it
    is a continuation too (`（上接第1版）` / `确保春播任务按时完成。` / that line)."""
    if art.continued_to or art.signature or len(art.parts) < 2:
        return False
    if not any(p.kind == "p" for p in art.parts[:-1]):
        return False
    return art.parts[-1].kind == "p" and len(art.parts[-1].blocks) == 1


def _next_article_as_rest(art: Article, doc: Document, sources: Sequence[Article]) -> bool:
    """Join to a continuation that holds nothing but its "from" marker the article after it on the
    page when that one's title repeats the heading of a part jumping to its page and nothing else
    (no kicker, subtitle, byline or marker) opens it, in place; whether it did. A coordinate page
    (ALTO) sets the repeated title in a larger type, so its assembly starts an article there and
    leaves the marker an empty part."""
    if not art.parts or any(p.kind != "marker" for p in art.parts):
        return False
    at = next((i for i, a in enumerate(doc.articles) if a is art), len(doc.articles))
    if at + 1 >= len(doc.articles):
        return False
    after = doc.articles[at + 1]
    if (after.kicker or after.subtitles or after.bylines or after.continued_from or not after.titles
            or not after.parts or after.parts[0].kind != "p" or after.section_head is not None):
        return False
    if not _repeated("".join(b.text for b in after.titles), sources):
        return False
    art.titles = after.titles
    art.parts = [*art.parts, *after.parts]
    art.continued_to = after.continued_to
    art.signature = after.signature
    art.captions.extend(after.captions)
    art.credits.extend(after.credits)
    art.flags.extend(f for f in after.flags if f not in art.flags)
    del doc.articles[at + 1]
    return True


def take_repeated_titles(pages: Sequence[Document]) -> int:
    """Read the title a continuation repeats as its title wherever it is printed, in place; returns
    how many were taken.

    A continuation prints the story's title (often shortened) with its "from" marker: above it
    (`春耕时节农事忙` / `（上接第1版）`), which the page's assembly reads as the title, below it
    (`（上接第1版）` / `春耕时节农事忙`), which it reads as a subhead, or on one line before it
    (`春耕时节农事忙（上接第1版）`), which it cuts into an article of its own; on a coordinate page a
    larger title under the marker starts an article of its own there. The others are made
    the title too, when the text repeats the heading of a part that jumps to the page, so the jump is
    scored by its title, joined and paired (quotes) as in the first order. Run before the jumps are
    resolved."""
    sources, targets, _out = _collect(pages)
    by_number = {doc.page: doc for doc in pages if doc.page is not None}
    taken = 0
    for key, group in targets.items():
        titled = [s for s in sources.get(key, []) if _heading(s)]
        if not titled:
            continue
        doc = by_number[key[1]]
        for art in group:
            if _heading(art):
                continue
            if (_subhead_as_title(art, titled) or _line_before_as_title(art, doc, titled)
                    or _next_article_as_rest(art, doc, titled)):
                if "no-title" in art.flags:
                    art.flags.remove("no-title")
                taken += 1
    return taken
