"""Credit lines that are no photo's caption credit: a page's credit note and a cartoon's artist.

- A page's credit note (`本版图片除署名外均由新华社提供`, `本版摄影：王丽`, `图片均由受访者提供`,
  `本版图片来源：视觉中国`, Hong Kong and Taiwan `本版圖片…`) says who took or gave the page's photos.
  It heads nothing and belongs to no one photo, so the labels make it a note (role `note`, hint
  `PAGE_CREDIT`), which the TEI writes as `<note type="credit">` where it stands.
- A cartoon's or drawing's credit (`漫画 方成`, `漫画：方成`, `方成 漫画`, `（漫画：方成）`,
  `插图 李滨声`) names the artist of the picture it stands by. The labels make it a credit (role
  `credit`, hint `CARTOON` or `DRAWING`), and a quoted caption right under it (`“我们这里早就减负了！”`)
  the picture's caption, so the assembly and the TEI build one `<figure type="cartoon">` of them.

The tests here read the simplified view of a line (`roles.line_view`), so traditional pages read
alike; they take the whole line, so a sentence of a story that mentions photos or a cartoonist
(`据悉，本版图片均由当地农民提供，…`, `漫画家方成说…`) and a headline about cartoons (`漫画里的中国`)
are none.
"""

from __future__ import annotations

import regex

from layoutfix.lexicon import names_a_person, spells_words

#: Hint on a note block that is a page's credit note (TEI `note[@type="credit"]`).
PAGE_CREDIT = "page-credit"
#: Hints on a credit block naming a cartoon's or a drawing's artist: the TEI `figure/@type`.
CARTOON = "figure-cartoon"
DRAWING = "figure-drawing"

#: Who is credited: an agency, a paper's reporter, names; no sentence or clause mark inside.
_WHO = r"[^。！？!?，,；;：:\n]{1,30}?"
_PAGE = r"(?:本版|本页|本专版|本期)"
_PICTURES = r"(?:图片|照片|插图|摄影|图)"
_EXCEPT = r"(?:除(?:署名|注明|标注|标明|署名者)(?:者)?外[，,]?\s*)"
_BY = (
    rf"{_EXCEPT}?(?:均|皆|全部|都)?\s*(?:"
    rf"(?:由|系){_WHO}(?:提供|供图|拍摄|摄影|摄)"
    rf"|为{_WHO}(?:提供|供图|拍摄|摄影|所摄|摄)"
    rf"|来自{_WHO})"
)
_COLON = r"(?:来源|提供|摄影|作者)?\s*[:：]\s*[^。！？!?，,；;：:\n]{1,40}"
_OPEN = r"[（(【]?"
_CLOSE = r"[）)】]?"
#: The whole line of a page's credit note, in its simplified view, brackets and a full stop allowed.
_PAGE_CREDIT = regex.compile(
    rf"{_OPEN}(?:{_PAGE}{_PICTURES}\s*(?:{_BY}|{_COLON})"
    rf"|(?:图片|照片)(?:均|皆|全部)由{_WHO}(?:提供|拍摄|摄))[。.]?{_CLOSE}[。.]?"
)

#: The words naming a picture's kind in an artist's credit, and the kind each is (`figure/@type`).
_KINDS = {"漫画": CARTOON, "插图": DRAWING, "插画": DRAWING, "绘图": DRAWING, "题图": DRAWING}
_KIND_WORD = "|".join(_KINDS)
#: A name: two to four hanzi, a foreign one with its middle dot (`米·拉`) up to ten.
_ONE_NAME = r"(?:\p{Han}{2,4}|\p{Han}{1,4}·\p{Han}{1,5})"
_NAME_LIST = rf"(?P<names>{_ONE_NAME}(?:[、\s]+{_ONE_NAME}){{0,2}})"
#: `漫画 方成`, `漫画：方成`, `漫画/方成` (a mark or a space between: `漫画人生` is a word), or
#: `方成 漫画`, each alone on its line, wholly in brackets or not.
_ARTIST_CREDIT = regex.compile(
    rf"{_OPEN}\s*(?:(?P<word>{_KIND_WORD})(?:\s*[:：/／]\s*|\s+){_NAME_LIST}"
    rf"|{_NAME_LIST}\s+(?P<word>{_KIND_WORD}))\s*{_CLOSE}"
)
#: A cartoon's caption: one short line wholly in quotation marks (`“我们这里早就减负了！”`).
_QUOTED = regex.compile(r"[“\"「『‘'](?P<said>[^\n“”\"「」『』]{1,60})[”\"」』’']")


def is_page_credit(view: str) -> bool:
    """Whether the line `view` (a block's simplified view) is wholly a page's credit note."""
    s = view.strip()
    if not s or "\n" in s or len(s) > 60:
        return False
    return _PAGE_CREDIT.fullmatch(s) is not None


def artist_credit_kind(view: str) -> str | None:
    """`CARTOON` or `DRAWING` when the line `view` (a block's simplified view) is wholly an
    artist's credit for a cartoon or a drawing, its names naming people (`_is_artist_name`:
    `漫画 方成`, not `漫画 展览`, `漫画 时评`); else None."""
    s = view.strip()
    if not s or "\n" in s or len(s) > 40:
        return None
    m = _ARTIST_CREDIT.fullmatch(s)
    if m is None:
        return None
    names = [n for n in regex.split(r"[、\s]+", m.group("names")) if n]
    if not all(_is_artist_name(n) for n in names):
        return None
    return _KINDS[m.group("word")]


def _is_artist_name(name: str) -> bool:
    """Whether `name` beside a credit's kind word names a person: one by its form
    (`lexicon.names_a_person`) that spells no dictionary word (`lexicon.spells_words`; a word tagged a
    person's name, 方成, passes), as the name lists of docs/tei.md read names. `漫画 时评`, `漫画 江南`,
    `插画 童年`, `红楼梦 插图` are headlines: a surname opening a word (江, 童, 华) makes no name."""
    if "·" in name:
        return True
    return names_a_person(name, 0, len(name)) and not spells_words(name, 0, len(name))


def is_quoted_caption(text: str) -> bool:
    """Whether the block `text` is one short line wholly in quotation marks: what a cartoon prints
    under its credit as its caption (`“我们这里早就减负了！”`)."""
    s = text.strip()
    return "\n" not in s and _QUOTED.fullmatch(s) is not None
