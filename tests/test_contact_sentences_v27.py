"""A sentence of an article holding a URL or an e-mail address is text, not contact furniture.

What the user sees with `layoutfix convert`: `詳情請瀏覽www.example.com.hk查詢,或電郵info@example.hk.`
under an article's paragraph (or its title) is a paragraph of the article, kept by `-f txt`, a
paragraph of its own (never a heading, never glued to the next paragraph). Before, a line of up to
12 hanzi holding an address was read as `fw type="contact"` and `-f txt` dropped it (W15 finding 11).
The paper's own foot and promotional lines, lines of contact fields and an address after a verb
with no clause stay contact furniture and make no article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_stdin
from layoutfix.cli import app
from tei_parts import article_outline, body_fws, body_texts, tei_root

#: A page's masthead, date line, title and first paragraph, simplified and traditional.
S_PAGE = "甘肃日报\n\n2024年11月25日 星期一\n\n交通管理新规今起施行\n\n本报讯 第一段正文内容在这里。\n\n"
T_PAGE = "明報\n\n2024年11月25日 星期一\n\n圖書館推出網上講座\n\n本報訊 第一段正文內容在這裡。\n\n"
S_NEXT = "\n\n第二段正文内容在这里。\n"
T_NEXT = "\n\n第二段正文內容在這裡。\n"
S_LAST = "最后一段正文内容到此结束。\n\n"

#: Sentences sending the reader to an address: a verb of asking, visiting or sending and a clause.
SENTENCES = [
    (S_PAGE, S_NEXT, "如有疑问，请发送邮件至service@bj.gov.cn", "如有疑问，请发送邮件至service@bj.gov.cn"),
    (S_PAGE, S_NEXT, "公众可访问www.mee.gov.cn，查阅全文", "公众可访问www.mee.gov.cn，查阅全文"),
    (S_PAGE, S_NEXT, "网友在www.gsrb.com留言，表示支持", "网友在www.gsrb.com留言，表示支持"),
    (T_PAGE, T_NEXT, "詳情請瀏覽www.example.com.hk查詢,或電郵info@example.hk.",
     "詳情請瀏覽www.example.com.hk查詢，或電郵info@example.hk."),
    (T_PAGE, T_NEXT, "如有疑問，請聯絡info@moe.gov.tw", "如有疑問，請聯絡info@moe.gov.tw"),
    (T_PAGE, T_NEXT, "讀者可登入https://www.hkpl.gov.hk，預約借書", "讀者可登入https://www.hkpl.gov.hk，預約借書"),
]
SENTENCE_IDS = [f"sentence{i}" for i in range(len(SENTENCES))]


@pytest.mark.parametrize(("page", "next_paragraph", "line", "printed"), SENTENCES, ids=SENTENCE_IDS)
def test_a_sentence_between_paragraphs_is_a_paragraph_of_its_own(
    page: str, next_paragraph: str, line: str, printed: str
) -> None:
    """Between two paragraphs the sentence is its own `p` (not joined to the next one), in `-f txt`
    as a line of its own, and no `fw`."""
    text = page + line + next_paragraph
    tei = convert_stdin(text, "-f", "tei", "-o", "-")
    assert printed in body_texts(tei, "p")
    assert not any(printed[:6] in fw for _, fw in body_fws(tei))
    txt = convert_stdin(text, "-f", "txt", "-o", "-")
    assert printed in txt.splitlines()


@pytest.mark.parametrize(("page", "next_paragraph", "line", "printed"), SENTENCES, ids=SENTENCE_IDS)
def test_a_sentence_after_the_last_paragraph_stays_in_the_text(
    page: str, next_paragraph: str, line: str, printed: str
) -> None:
    """Right after the article's last paragraph, at the page's end, the sentence is the article's last
    `p`, kept by `-f txt`."""
    text = page + line + "\n"
    tei = convert_stdin(text, "-f", "tei", "-o", "-")
    assert body_texts(tei, "p")[-1] == printed
    assert printed in convert_stdin(text, "-f", "txt", "-o", "-").splitlines()


def test_the_w15_page_sentence_under_the_title_is_a_paragraph() -> None:
    """W15 finding 11: under the title and over the article's other lines, the sentence is a `p`;
    the labelled line of fields after it (`網址:…`) stays contact furniture."""
    text = (
        "測試新聞標題\n\n詳情請瀏覽www.example.com.hk查詢,或電郵info@example.hk.\n\n"
        "網址:www.example.com.hk/a,b;c?x=1&y=2 電郵(info@example.hk)查詢\n\n第一段正文內容在這裡。\n"
    )
    tei = convert_stdin(text, "-f", "tei", "-o", "-")
    assert body_texts(tei, "p")[0] == "詳情請瀏覽www.example.com.hk查詢，或電郵info@example.hk."
    assert [kind for kind, fw in body_fws(tei) if fw.startswith("網址")] == ["contact"]
    assert "詳情請瀏覽www.example.com.hk查詢，或電郵info@example.hk." in convert_stdin(text, "-f", "txt")


#: The paper's own foot and promotional lines and lines of contact fields, at the page's foot.
FOOT_LINES = [
    "欢迎访问本报网站www.gsrb.com",
    "投稿请发至tougao@gsrb.com",
    "本报网址：www.gsrb.com",
    "欢迎访问www.gsrb.com",
    "更多新闻请访问www.gsrb.com",
    "网址，www.gsrb.com，邮箱，a@b.cn",
    "读者服务邮箱，dzfw@gsrb.com",
    "本报邮箱：gsrb@163.com，欢迎来稿",
    "歡迎瀏覽本報網站www.mingpao.com",
    "報料熱線：2345 6789 電郵：news@mingpao.com",
    "来信请寄：dzlx@gsrb.com，邮编730030",
    "联络人：陈小姐，电邮 chan@abc.hk",
    "联系人 王女士，电邮 a@b.cn",
    "www.gsrb.com，欢迎访问",
    "欢迎访问www.gsrb.com，了解更多",
    # The paper's promotional and service lines with a clause (the review of the branch):
    "新闻线索，请发邮件至xwxs@gsrb.com",
    "读者朋友，欢迎登录www.gsrb.com",
    "更多精彩内容，请访问www.gsrb.com",
    "读者信箱，dzxx@gsrb.com，欢迎来信",
    "阅读电子版，请登录www.gsrb.com/epaper",
    "新聞線索，請電郵至news@mingpao.com",
    "明報網站，歡迎瀏覽www.mingpao.com",
    "讀者來函，請電郵至letters@mingpao.com",
    "更多新聞，請瀏覽https://udn.com，下載APP",
    "编辑 王丽，来信请发至wl@gsrb.com",
    "本版编辑王丽，欢迎来信wl@gsrb.com",
    "電郵 info@abc.hk，歡迎查詢",
]


def _plain(text: str) -> str:
    """`text` without its spaces and with full-width colons, as the spacing and punctuation steps may
    leave a contact line (`联系人 王女士` → `联系人王女士`)."""
    return text.replace(" ", "").replace(":", "：")


@pytest.mark.parametrize("line", FOOT_LINES)
def test_the_papers_foot_lines_stay_contact_furniture(line: str) -> None:
    """Under the article's last paragraph, the paper's own line stays a `contact` fw, out of `-f txt`,
    and makes no second article."""
    text = S_PAGE + S_LAST + line + "\n"
    tei = convert_stdin(text, "-f", "tei", "-o", "-")
    assert ("contact", _plain(line)) in [(kind, _plain(fw)) for kind, fw in body_fws(tei)]
    assert len(tei_root(tei).findall(".//{http://www.tei-c.org/ns/1.0}div[@type='article']")) == 1
    assert line[:6] not in convert_stdin(text, "-f", "txt", "-o", "-")


@pytest.mark.parametrize("line", FOOT_LINES)
def test_contact_lines_between_paragraphs_stay_contact_furniture(line: str) -> None:
    """Between two paragraphs too the line stays a `contact` fw, out of `-f txt`: its place alone
    makes no sentence of it."""
    text = S_PAGE + line + S_NEXT
    tei = convert_stdin(text, "-f", "tei", "-o", "-")
    assert ("contact", _plain(line)) in [(kind, _plain(fw)) for kind, fw in body_fws(tei)]
    assert line[:6] not in convert_stdin(text, "-f", "txt", "-o", "-")


def test_classified_ads_stay_apart() -> None:
    """An ad's sentence holding an address ends its ad: the next ad is a paragraph of its own, not the
    rest of that sentence (before, `…13912345678临街旺铺出租，水电齐全。` was one paragraph)."""
    text = (
        "甘肃日报\n\n2024年11月25日 星期一\n\n分类广告\n\n本公司诚聘会计一名，待遇从优。\n\n"
        "简历请发送至hr@abc.com，或致电13912345678\n\n临街旺铺出租，水电齐全。\n\n"
        "联系人：李先生 13812345678\n"
    )
    paragraphs = body_texts(convert_stdin(text, "-f", "tei", "-o", "-"), "p")
    assert "简历请发送至hr@abc.com，或致电13912345678" in paragraphs
    assert "临街旺铺出租，水电齐全。" in paragraphs


def _alto(lines: list[tuple[int, str, int]]) -> str:
    """An ALTO page of one-line blocks: each (top, text, type height)."""
    blocks = "".join(
        f'<TextBlock ID="b{i}" HPOS="100" VPOS="{y}" WIDTH="{len(t) * h}" HEIGHT="{h + 10}">'
        f'<TextLine ID="l{i}" HPOS="100" VPOS="{y}" WIDTH="{len(t) * h}" HEIGHT="{h}">'
        f'<String CONTENT="{t}" HPOS="100" VPOS="{y}" WIDTH="{len(t) * h}" HEIGHT="{h}" WC="0.95"/>'
        "</TextLine></TextBlock>\n"
        for i, (y, t, h) in enumerate(lines)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">'
        '<Layout><Page ID="p1" WIDTH="1600" HEIGHT="1200"><PrintSpace>\n'
        f"{blocks}</PrintSpace></Page></Layout></alto>\n"
    )


COORD_ARTICLE = [(100, "交通管理新规今起施行", 60), (200, "第一段正文内容在这里，记者进行了采访。", 30)]
MAIL_SENTENCE = "如有疑问，请发送邮件至service@bj.gov.cn"
NEXT = "第二段正文内容在这里。"


def test_on_a_coordinate_page_the_sentence_is_text_and_the_margin_line_furniture(tmp_path: Path) -> None:
    """On an ALTO page the sentence between two paragraphs is a `p`; the same line in small type below
    all other text (a margin line, the page's footer) stays a `contact` fw."""
    mid = tmp_path / "mid.xml"
    mid.write_text(_alto([*COORD_ARTICLE, (260, MAIL_SENTENCE, 30), (320, NEXT, 30)]), "utf-8")
    result = CliRunner().invoke(app, ["convert", str(mid), "-f", "tei", "-o", "-"])
    assert MAIL_SENTENCE in body_texts(result.stdout, "p")
    foot = tmp_path / "foot.xml"
    foot.write_text(_alto([*COORD_ARTICLE, (260, NEXT, 30), (1100, MAIL_SENTENCE, 20)]), "utf-8")
    result = CliRunner().invoke(app, ["convert", str(foot), "-f", "tei", "-o", "-"])
    assert ("contact", MAIL_SENTENCE) in body_fws(result.stdout)


#: A news item's title and its one paragraph, then its closing line sending the reader to an
#: address, then the next item's title (simplified, Hong Kong, Taiwan).
CLOSING_ITEMS = [
    ("兰州晚报\n\n2024年12月3日 星期二\n\n全市冬季供暖工作全面启动\n\n"
     "本报讯 记者从市住建局获悉，今年冬季供暖已于11月1日全面启动，各供热企业运行平稳。\n\n",
     "如有疑问，请发邮件至zx@lzcity.gov.cn", "甘肃省发布寒潮预警",
     ["省气象台昨日发布寒潮蓝色预警，预计未来三天全省气温下降8至10摄氏度。"]),
    ("兰州晚报\n\n2024年12月3日 星期二\n\n全市冬季供暖工作全面启动\n\n"
     "本报讯 记者从市住建局获悉，今年冬季供暖已于11月1日全面启动，各供热企业运行平稳。\n\n",
     "如有疑问，请发邮件至zx@lzcity.gov.cn", "甘肃省发布寒潮预警",
     ["省气象台昨日发布寒潮蓝色预警，预计未来三天全省气温下降8至10摄氏度。",
      "据悉，此次寒潮将影响全省大部分地区。"]),
    ("星島日報\n\n2024年12月3日 星期二\n\n康文署推出冬季體育課程\n\n"
     "康樂及文化事務署今日宣布，冬季體育訓練班將於下月開始接受報名，名額有限。\n\n",
     "如有疑問，請電郵至info@lcsd.gov.hk", "政府推出新一輪消費券",
     ["財政司司長今日宣布，新一輪消費券將於下月發放。"]),
    ("聯合報\n\n中華民國113年12月3日 星期二\n\n氣象署發布低溫特報\n\n"
     "受強烈大陸冷氣團影響，氣象署今日發布低溫特報，提醒民眾注意保暖。\n\n",
     "民眾可上網查詢https://www.cwa.gov.tw，掌握天氣", "颱風季節結束",
     ["氣象署表示，今年颱風季節已正式結束。"]),
]


def _articles(tei: str) -> list[list[tuple[str, str]]]:
    """Each article's heads and paragraphs in order, its subsections' starts marked ("div", "")."""
    root = tei_root(tei)
    return [article_outline(div) for div in root.iterfind(".//{http://www.tei-c.org/ns/1.0}div[@type='article']")]


@pytest.mark.parametrize(("page", "line", "title", "paragraphs"), CLOSING_ITEMS,
                         ids=["simplified", "two-paragraphs", "hongkong", "taiwan"])
def test_a_closing_address_sentence_keeps_the_next_item_an_article(
    page: str, line: str, title: str, paragraphs: list[str]
) -> None:
    """The item's closing line is its last `p`, and the title under it still opens the next
    article, as when the line was a contact fw: not a subsection of the item above (the branch
    before the review made it one)."""
    tei = convert_stdin(page + line + "\n\n" + title + "\n\n" + "\n\n".join(paragraphs) + "\n",
                        "-f", "tei", "-o", "-")
    articles = _articles(tei)
    assert len(articles) == 2, articles
    assert articles[0][-1] == ("p", line)
    assert articles[1] == [("head", title), *[("p", text) for text in paragraphs]]
    assert line in convert_stdin(page + line + "\n\n" + title + "\n\n" + paragraphs[0] + "\n",
                                 "-f", "txt", "-o", "-").splitlines()


def test_two_closing_address_sentences_on_a_page_keep_three_articles() -> None:
    """Two items each closed by such a line, then a third item: three articles, each line its
    item's last `p`."""
    page, first, second, _ = CLOSING_ITEMS[0]
    text = (page + first + "\n\n" + second + "\n\n"
            "省气象台昨日发布寒潮蓝色预警，预计未来三天全省气温下降8至10摄氏度。\n\n"
            "如需报名，请访问www.lzpao.cn\n\n冬季长跑比赛开始报名\n\n本次比赛设全程和半程两个项目。\n")
    articles = _articles(convert_stdin(text, "-f", "tei", "-o", "-"))
    assert [a[0] for a in articles] == [("head", "全市冬季供暖工作全面启动"), ("head", second),
                                        ("head", "冬季长跑比赛开始报名")]
    assert articles[0][-1] == ("p", first)
    assert articles[1][-1] == ("p", "如需报名，请访问www.lzpao.cn")
