"""Data: the last pieces of a domain, a link or a file name, which a column may print alone on the
line after the name's full stop (`zaobao.com.` / `sg`, `t.` / `co`, `report.` / `pdf`).

`latin.space_after_mark` reads a line opening on one of these, after a line ending in a stop, as one
dotted word going on, and the join adds nothing. All are lowercase, as a link or a file name prints:
a capitalised word there is English (`in London.` / `UK officials`, `the end.` / `My friend`). Left
out are the country codes that are also English or Malay words, units or lowercase abbreviations
(`in`, `is`, `it`, `to`, `at`, `as`, `be`, `by`, `do`, `me`, `my`, `no`, `so`, `us`, `am`, `ad`,
`id`; `ke`, `la`, `ma`, `pa`, `re`, `er`, `es`, `et`, `de`, `ca`, `se`, `ni`, `je`, `ye`; `km`,
`cm`, `mm`, `kg`, `mg`, `ml`, `lb`; `ie`, `eg`, `pm`, `ms`, `tv`), which open a line of English or
Malay after an abbreviation or a sentence (`a.m.` / `to 5 p.m.`, `U.S.` / `is`, `Sdn. Bhd.` / `ke
mahkamah`, `etc.` / `er`, `approx.` / `km away`, `hello.` / `tv`); `t.` / `me` still joins (a lone
lowercase letter before the stop, `latin._short_link`), but `google.` / `it` is spaced. After a word
holding a stop any piece goes on (`thestar.com.` / `my`), so Malaysian papers' `.com.my` and `.gov.my`
stay whole; `mkini.` / `my` alone is spaced.
"""

from __future__ import annotations

#: Two-letter country codes (ISO 3166 and `ac`, `eu`, `uk`), less the words above.
_COUNTRIES = """
ac ae af ag ai al ao aq ar au aw ax az ba bb bd bf bg bh bi bj bm bn bo br bs bt bw bz cc cd cf cg
ch ci ck cl cn co cr cu cv cw cx cy cz dj dk dm dz ec ee eu fi fj fk fm fo fr ga gd ge gf gg gh gi
gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu il im io iq ir jm jo jp kh ki kn kp kr kw ky kz
lc li lk lr ls lt lu lv ly mc md mh mk mn mo mp mq mr mt mu mv mw mx mz na nc ne nf ng nl np nr nu
nz om pe pf pg ph pk pl pn pr ps pt pw py qa ro rs ru rw sa sb sc sd sg sh si sk sl sm sn sr ss st
sv sx sy sz tc td tf tg th tj tk tl tm tn tr tt tw tz ua ug uk uy uz va vc ve vg vi vn vu wf ws yt
za zm zw
"""
#: Generic top-level domains a paper prints (not English words: `news`, `shop`, `live` are left out).
GENERIC = frozenset({"com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "asia", "mobi", "xyz"})
#: File extensions and a product's last piece (`report.pdf`, `Node.js`, `ASP.NET`).
FILES = frozenset({
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "jpg", "jpeg", "png", "gif", "html", "htm",
    "zip", "rar", "txt", "csv", "mp3", "mp4", "js", "json", "xml",
})
#: Every lowercase last piece.
TAILS = frozenset(_COUNTRIES.split()) | GENERIC | FILES
#: A short link's last piece after its one letter (`t.` / `co`, `x.` / `ai`): a tail, or `me` (`t.me`).
SHORT_LINK_TAILS = TAILS | {"me"}
#: The pieces also read as such in capitals after a word in capitals (`ASP.` / `NET`, `ZAOBAO.` /
#: `COM`); a country code in capitals is an abbreviation (`BBC.` / `UK officials`).
CAPITAL_TAILS = frozenset(t.upper() for t in GENERIC | FILES)
#: The pieces no English or Malay word is, which go on the name before the stop whatever follows
#: them: a phrase (`zaobao.` / `com for more`), a possessive or a hyphen (`Amazon.` / `com's`,
#: `Amazon.` / `com-owned`), and after a single capital (`X.` / `com`): a generic domain a paper
#: prints or the country code of a Chinese-reading region.
STRONG_TAILS = frozenset({"com", "org", "gov", "edu", "sg", "hk", "tw", "cn", "mo"})
