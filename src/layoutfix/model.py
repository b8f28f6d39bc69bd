"""Plain data classes shared by every stage: readers, normalisers, layout and exporters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # (the normalize package imports this module)
    from .normalize import NormalizeOptions

#: What an edit does to the text. Furniture is no edit kind: it is separated by labelling blocks, and
#: no text changes for it (an edit log of an earlier version reads "furniture" as `typo`, see
#: `editlog.LEGACY_KINDS`).
EditKind = Literal["space", "join", "punct", "unicode", "markup", "typo", "variant"]
Cert = Literal["high", "medium", "low"]

#: Certainty levels from most to least certain.
CERT_LEVELS: tuple[Cert, ...] = ("high", "medium", "low")

#: When one edit merges several steps, its kind is the most significant one taking part.
KIND_PRIORITY: tuple[EditKind, ...] = (
    "typo", "variant", "join", "punct", "markup", "unicode", "space",
)


@dataclass(frozen=True, slots=True)
class Edit:
    """One change to the text, in offsets (code points) of the ORIGINAL input.

    `before` is `original[start:end]`; `after` is what stands there in the output. `rules` names every
    rule that took part when several steps changed the same characters.
    """

    start: int
    end: int
    before: str
    after: str
    rules: tuple[str, ...]
    kind: EditKind
    cert: Cert = "high"

    def __init__(
        self, start: int, end: int, before: str, after: str, rules: tuple[str, ...], kind: EditKind,
        cert: Cert = "high",
    ) -> None:
        # A page makes hundreds of edits (an ALTO page ~300): the slots' own setters cost about half
        # of the `object.__setattr__` calls a frozen dataclass's generated `__init__` makes. Same
        # signature, fields and immutability (assignment still raises FrozenInstanceError).
        _set_start(self, start)
        _set_end(self, end)
        _set_before(self, before)
        _set_after(self, after)
        _set_rules(self, rules)
        _set_kind(self, kind)
        _set_cert(self, cert)

    @property
    def rule(self) -> str:
        """The rule ids joined with '+', for display and TEI attributes."""
        return "+".join(self.rules)

    def to_json(self) -> dict[str, object]:
        """The edit as a JSON-ready dict (the `--edits` JSONL format)."""
        return {
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "rule": self.rule,
            "rules": list(self.rules),
            "kind": self.kind,
            "cert": self.cert,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Edit:
        """Read an edit written by `to_json` (a JSON object `editlog` has checked field by field)."""
        rules = obj.get("rules") or str(obj.get("rule", "")).split("+")
        return cls(
            start=int(obj["start"]),
            end=int(obj["end"]),
            before=str(obj["before"]),
            after=str(obj["after"]),
            rules=tuple(str(r) for r in rules),
            kind=obj.get("kind", "typo"),
            cert=obj.get("cert", "high"),
        )


# On the class, a slot is its member descriptor; mypy takes `Edit.start` for the field's value (an
# instance-only attribute of type int), hence the ignores on these and the BBox ones below.
_set_start, _set_end = Edit.start.__set__, Edit.end.__set__  # type: ignore[misc, attr-defined]
_set_before, _set_after = Edit.before.__set__, Edit.after.__set__  # type: ignore[misc, attr-defined]
_set_rules, _set_kind, _set_cert = (
    Edit.rules.__set__, Edit.kind.__set__, Edit.cert.__set__  # type: ignore[misc, attr-defined, union-attr]
)


@dataclass(frozen=True, slots=True)
class BBox:
    """An axis-aligned box in page pixels: left, top, right, bottom."""

    x0: float
    y0: float
    x1: float
    y1: float

    def __init__(self, x0: float, y0: float, x1: float, y1: float) -> None:
        # The readers make one box per OCR word: the slots' own setters cost about half of the
        # `object.__setattr__` calls a frozen dataclass's generated `__init__` makes. Same
        # signature, fields and immutability (assignment still raises FrozenInstanceError).
        _set_x0(self, x0)
        _set_y0(self, y0)
        _set_x1(self, x1)
        _set_y1(self, y1)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


_set_x0, _set_y0 = BBox.x0.__set__, BBox.y0.__set__  # type: ignore[misc, attr-defined]
_set_x1, _set_y1 = BBox.x1.__set__, BBox.y1.__set__  # type: ignore[misc, attr-defined]


@dataclass(slots=True)
class Word:
    """One OCR word (for Tesseract on Chinese: usually one character) with its box and confidence."""

    text: str
    bbox: BBox | None = None
    conf: float | None = None


@dataclass(slots=True)
class Line:
    """One OCR line with its box and the engine's confidence (0..1) when known.

    `words` are the engine's words when the format has them (hOCR `ocrx_word`, ALTO `String`), so later
    steps can use the gaps between boxes; `text` is the words as the engine delivered them.

    `label` is what the file says the line's region is, when a person or a layout tool marked it
    (PAGE-XML `TextRegion/@type` or Transkribus `structure {type:…}`, hOCR `ocr_pageno`...): one of
    `REGION_LABELS`, mapped by the reader (docs/readers.md, "Region labels"). It is carried on the
    line, not the block, because the layout cuts a block into paragraphs by its lines; the labels
    (`layout/roles.py`) honour a label that every line of a paragraph shares.
    """

    text: str
    bbox: BBox | None = None
    conf: float | None = None
    words: list[Word] = field(default_factory=list)
    label: str | None = None
    #: The hyphen ending this line when the file says it breaks a word that the next line ends (ALTO
    #: `HypPart1`/`HypPart2` with one `SUBS_CONTENT`, or a `¬`): the layout removes it as a
    #: `layout.dehyphenate` edit when it joins the two lines. On a block's last line (a `¬` only), the
    #: word goes on in another block: removed when the layout joins the two blocks' paragraph and the
    #: next block opens with a small Latin letter (`join.join_changes`).
    word_break: str | None = None
    #: The line's box on the scan when the reader turned `bbox` into the text's reading frame
    #: (Tesseract's `textangle`, `readers/turn.py`): the TEI zones and review overlay are on the scan.
    scan_bbox: BBox | None = None


#: The region labels a reader may put on `Line.label`: a heading (a title or subhead by the usual
#: rules), a caption, a photo credit, page furniture (running head, footer, catch-word, signature
#: mark), a page number (furniture, TEI `fw type="pageNum"`), a note that says where it is printed
#: (margin-note, footnote, endnote: TEI `note/@place`) or not (aside), and a drop capital.
REGION_LABELS: frozenset[str] = frozenset({
    "heading", "caption", "credit", "furniture", "page-number", "aside", "margin-note", "footnote",
    "endnote", "drop-capital",
})


@dataclass(slots=True)
class Block:
    """A block of text as the OCR engine delivered it, later labelled by the segmenter.

    `start`/`end` are offsets of the block in the page's document text (the text the normalisers
    see); `hints` carries what the markup normaliser learned (`heading`, `emphasis`, `quote`).
    """

    id: str
    text: str
    start: int = 0
    end: int = 0
    role: str = "body"
    hints: frozenset[str] = frozenset()
    bbox: BBox | None = None
    lines: list[Line] = field(default_factory=list)
    page: int | None = None
    #: The id of the facsimile zone (the OCR block's box) the block was read from, for TEI `@facs`;
    #: the ids of each, space-separated, when the labels joined the block from several OCR blocks
    #: (a notice's issuer and the date under it: `z6 z7`). `zone_ids` lists them.
    zone: str | None = None


def zone_ids(zone: str | None) -> list[str]:
    """The facsimile zone ids a block's `zone` names: none, one, or several for a block joined from
    several OCR blocks (`Block.zone`)."""
    return zone.split() if zone else []


def prefixed_zone_ids(zone: str | None, prefix: str) -> str | None:
    """`zone` with `prefix` before each id it names (`z6 z7` -> `p3-z6 p3-z7`), for ids unique in an
    issue; None stays None."""
    return " ".join(prefix + z for z in zone.split()) if zone is not None else None


@dataclass(frozen=True, slots=True)
class Zone:
    """A region of the page image that text was read from: one OCR block (after paragraph splitting),
    with its line boxes, for the TEI `<facsimile>`."""

    id: str
    bbox: BBox
    lines: tuple[BBox, ...] = ()


@dataclass(frozen=True, slots=True)
class LowConfidence:
    """A word the OCR engine read with a confidence below the threshold, in ORIGINAL offsets."""

    start: int
    end: int
    text: str
    conf: float
    zone: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "conf": round(self.conf, 3),
                "zone": self.zone}


@dataclass(slots=True)
class Page:
    """One newspaper page: its blocks in the engine's order plus what we know about its source."""

    blocks: list[Block]
    source: str = "-"
    number: int | None = None
    #: In an issue of a paper printed in sections, the page's label (`A4`, `B1`); its TEI `pb/@n`.
    label: str | None = None
    width: float | None = None
    height: float | None = None
    #: The page image the coordinates refer to, when the input names it (for the TEI `<facsimile>`).
    image: str | None = None
    #: True when the input states a reading order (PAGE-XML `ReadingOrder`) and `blocks` follow it.
    explicit_order: bool = False
    #: True for vertical (top-to-bottom, right-to-left) text; None when not determined yet.
    vertical: bool | None = None
    #: Facsimile zones of the page's text blocks (coordinate inputs only).
    zones: list[Zone] = field(default_factory=list)
    #: What the reader read past in the page's file, one line each (`p.alto.xml: line 12: String@WC
    #: '-1' is no confidence ...; ignored`): a file's warnings are on its first page.
    warnings: list[str] = field(default_factory=list)


PartKind = Literal["p", "head", "fw", "figure", "marker", "separator"]


@dataclass(slots=True)
class Part:
    """One item of an article's content after its heading group, in reading order.

    `p`: a paragraph made of one or more body blocks joined across block breaks, with any furniture
    that sat between them kept in place (`blocks` in reading order; furniture blocks have role
    `furniture`); `incomplete` marks a paragraph whose sentence does not end on this page.
    `head`: a subhead opening a subsection. `fw`: furniture. `figure`: a caption and/or photo credit.
    `marker`: a continuation marker such as `(下转第3版)`. `separator`: an ornament line (`＊＊＊`,
    role `separator`) between the sections of the article, or, as its last parts, after it (between
    it and the next article); no paragraph runs on across it.
    `under_signature` marks a part printed under the article's signature, an end note
    (`（记者 王丽）` / `（本报综合）`): the writers put it after the signature, as printed.
    """

    kind: PartKind
    blocks: list[Block]
    incomplete: bool = False
    under_signature: bool = False


@dataclass(slots=True)
class Article:
    """An article as a reader sees it, assembled from labelled blocks."""

    id: str
    kicker: list[Block] = field(default_factory=list)
    titles: list[Block] = field(default_factory=list)
    subtitles: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)
    credits: list[Block] = field(default_factory=list)
    signature: Block | None = None
    section: str | None = None
    continuation: str | None = None
    flags: list[str] = field(default_factory=list)
    #: Everything after the heading group in reading order (paragraphs, subheads, figures, furniture).
    parts: list[Part] = field(default_factory=list)
    #: Page references parsed from continuation markers: `"1"` for (接一版), `"A4"` for (转A4版).
    continued_from: str | None = None
    continued_to: str | None = None
    #: Page number of the page the article is on, when known.
    page: int | None = None
    #: The section label block, on the first article under it (its text is in `section`).
    section_head: Block | None = None
    #: In a multi-page issue: ids of the parts this part continues and is continued by (resolved jumps).
    prev_part: str | None = None
    next_part: str | None = None
    #: In a multi-page issue: jumps of this part that could not be resolved, as (direction, status,
    #: message) with direction `from` or `to` and status `missing-page`, `no-match` or `tie`.
    unresolved: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Teaser:
    """A front-page teaser of an issue read as a whole article, not as the first part of a split one
    (`layout.jumps.drop_teasers`): `article` on page `page` sends the reader to page `to_page` with
    `marker` (`（详见第3版）`), and `match` is the article there that carries its title, if any. The
    issue report lists it, so a real jump whose `（接1版）` OCR lost does not pass unseen."""

    article: Article
    page: int
    to_page: int
    marker: str
    match: Article | None = None


@dataclass(slots=True)
class Document:
    """What the pipeline produces for one input: pages, articles, and the edits made."""

    pages: list[Page]
    articles: list[Article]
    edits: list[Edit]
    original: str = ""
    text: str = ""
    paper: str | None = None
    date: str | None = None
    #: Furniture that comes before the first article on the page (running heads, phone lines).
    front: list[Block] = field(default_factory=list)
    #: Where the input came from (a file name or "-") and the page number given or found.
    source: str = "-"
    page: int | None = None
    #: BCP 47 tag of the output text (`zh-Hans`, `zh-Hant`; `und-Latn` or `und` without hanzi), for
    #: TEI `@xml:lang` (`roles.script_tag`).
    lang: str = "zh-Hans"
    #: Words below the confidence threshold (coordinate inputs with engine confidences).
    low_confidence: list[LowConfidence] = field(default_factory=list)
    #: The confidence threshold used (None when the input had no confidences or none was applied).
    min_conf: float | None = None
    #: What the readers read past in the input, one line each (`Page.warnings`): the CLI prints them
    #: and `batch` counts them; the library itself never prints.
    warnings: list[str] = field(default_factory=list)
    #: The normalisation options the text was corrected with (`--apply`, `--apply-suggestions`,
    #: `--variants`, the rule folders), which the TEI header records; None: not known (a document
    #: built by hand), and the header says nothing of them.
    options: NormalizeOptions | None = None
    #: An issue (`issue.build_issue`, `convert_issue`): written with a `<pb/>` per page and every
    #: pointer inside the document, also when it holds one page (`convert FILE:3`, `FILE:A3`).
    is_issue: bool = False
    #: Which rule files, with which contents, the text was corrected with (`RuleSet.loaded_from`), so
    #: the TEI header's rule digest is that of the rules applied, without looking the rule folders up
    #: a second time; None: not known (the header looks the rules of `options` up).
    rules_key: tuple[object, ...] | None = field(default=None, compare=False, repr=False)
    #: An issue: the front-page teasers read as whole articles (`Teaser`), which its report lists.
    teasers: list[Teaser] = field(default_factory=list)
