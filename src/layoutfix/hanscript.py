"""Simplified and traditional characters: the OpenCC converters, and a cheap test for simplified text.

Shared by the layout rules and the normalisers (it imports neither, so both can import it): one
converter per OpenCC config per process, whoever asks for it (the labels' simplified view and a
`--variants t2s` step both use t2s; the typo rules' traditional forms and `--variants s2t` both use
s2t), and the test that tells whether a piece of a page may be printed in traditional characters
before paying for a conversion; and which script a character tells (`char_script`), which the
`--variants` step asks so that text already printed in the target script keeps its characters.
"""

from __future__ import annotations

from functools import cache

import opencc


@cache
def opencc_converter(config: str) -> opencc.OpenCC:
    """The process's OpenCC converter for `config` (`t2s`, `s2t`, `tw2sp`...: a shipped config's stem).

    Built on first use: building one reads its dictionaries (s2t about 110 ms and 27 MB the first
    time in a process, t2s about 12 ms), and a second converter of the same config costs again.
    """
    return opencc.OpenCC(config)


def in_simplified_charset(text: str) -> bool:
    """Whether `text` is written in GB 2312, the simplified character set.

    Such text holds none of the characters OpenCC t2s changes but 16 (乾, 於, 後, 徵..., which it
    converts by phrase), so a rule written with simplified literals reads it as written: the quick
    answer for the usual, simplified page, where a conversion would change nothing. Any other text
    (traditional characters, or rare ones outside GB 2312) has to be converted to be sure.
    """
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


class _SimplifiedChars(dict[str, bool]):
    """`in_simplified_charset` of one character, asked of the codec once per character."""

    def __missing__(self, char: str) -> bool:
        self[char] = found = in_simplified_charset(char)
        return found


_SIMPLIFIED_CHARS = _SimplifiedChars()


def is_simplified_char(char: str) -> bool:
    """`in_simplified_charset(char)` for one character, remembered: the spacing step and the labels ask
    it of a character beside most space runs and at the start of every block, where the codec's
    own call would cost ten times the look-up."""
    return _SIMPLIFIED_CHARS[char]


#: Simplified characters OpenCC s2t converts though its `STCharacters` dictionary lists them among
#: their own traditional forms (`台 -> 臺 檯 颱 台`, `里 -> 裏 里 哩`, `干 -> 幹 乾 干`, `吃 -> 喫 吃`).
#: Read from the installed dictionary by tools/opencc_own_forms.py (the package ships it compiled,
#: and its Python API gives the first candidate only). Each is right as printed in traditional text
#: (台北, 鄰里, 指導云, 干涉, 吃飯, 不准, 范國威, 余非, 凶手, 雇主, 咨詢, 嘴唇, 合伙), so none tells
#: the script (`char_script` 0) and the `--variants` step never rewrites one on a traditional page:
#: altering correct printed text is worse than leaving a stray simplified character. The price, a
#: known limit: the usual simplified forms among them stay as printed in a traditional stretch
#: (后來, 國民党, 幾十万人, 位于), as does an OCR misread there (干 for 千), which the typo rules
#: then correct (干家萬戶 -> 千家萬戶).
OPENCC_ST_OWN = frozenset(
    "熏淀郁适雇采里辟荐胜苹虫跖腊腌范蚝蝎蜡膻准几凶厂厘划占台叶吁吃后帘岩岳党夸咨咸"
    "尸唇干广征确种筑皂挂涂涌杠杰极游据斗愿朴柜万丑丰伙于云亘仆价余佣㐹"
)
#: The same for t2s and `TSCharacters` (`於 -> 于 於`, `乾 -> 干 乾`): right in simplified text too.
TS_OWN = frozenset("谿扞昇釐麽陞薹脩蒐袷祕於氾剋劄徵夥吒乾")


def is_traditional_form(char: str) -> bool:
    """Whether `char` may stand in traditional text as printed: OpenCC s2t leaves it alone, or lists it
    among its own traditional forms (`OPENCC_ST_OWN`: 台, 里, 云, 干, 吃). 机 and 们 may not (s2t
    writes 機, 們)."""
    return char in OPENCC_ST_OWN or opencc_converter("s2t").convert(char) == char


class _CharScript(dict[str, int]):
    """`char_script` of one character, asked of OpenCC once per character."""

    def __missing__(self, char: str) -> int:
        if char not in TS_OWN and opencc_converter("t2s").convert(char) != char:
            found = 1
        elif not is_traditional_form(char):
            found = -1
        else:
            found = 0
        self[char] = found
        return found


_CHAR_SCRIPT = _CharScript()


def char_script(char: str) -> int:
    """+1 for a character only traditional text writes (t2s changes it and does not list it among its
    own simplified forms: 據, 車), -1 for one only simplified text writes (s2t changes it and does not
    list it among its own traditional forms: 机, 们), 0 for one both write (台, 里, 干, 后, 了, 於, 人:
    `OPENCC_ST_OWN`, `TS_OWN`) or neither. Remembered per character."""
    return _CHAR_SCRIPT[char]


def traditional_correction(wrong: str, right: str, converted: str) -> str:
    """`right`, a correction of `wrong` in simplified characters, as it reads in traditional text,
    given `converted`, `right` converted with OpenCC s2t as a phrase (all three the same length).

    The characters the correction leaves alone take the converted ones (其层 -> 基层 reads 基層). A
    character it changes keeps its own form where traditional papers print it so in that word: it is
    right in traditional text (`is_traditional_form`) and OpenCC's Hong Kong standard writes it there
    too (s2hk: 出台, 舞台, 平台, 台階, where s2t writes 臺). OCR misread its printed shape, so the page
    printed that character, not the one s2t chooses by meaning (合 is a misread 台, never of 臺, whose
    shape 合 is not). Elsewhere the converted one: 层 is simplified only (基層), and 台风 is 颱風 in
    every traditional standard (s2t, s2tw and s2hk write it so: a page printing 台風 is rare, and 颱風
    is what the corrected word reads as on a traditional page).
    """
    hk = opencc_converter("s2hk").convert(right)
    if len(hk) != len(right):
        hk = converted
    return "".join(
        r if w != r and r == h and is_traditional_form(r) else c
        for w, r, c, h in zip(wrong, right, converted, hk, strict=True)
    )
