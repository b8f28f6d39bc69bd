"""Straight quotes after a continuation marker (`（上接第1版）`): the text may go on inside a
quotation opened on another page. Before v25 the first quote there was judged by what earlier
articles left open, so `升,"他要求，"各地…"` came out with every quote turned the wrong way, at
certainty high. Now the words around it decide where they are sure; elsewhere nothing changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize import normalize_text


def _quotes(text: str) -> tuple[str, list[str]]:
    """The normalised text and the certainty of each `punct.quote` edit, in order."""
    t = normalize_text(text)
    return t.text, [e.cert for e in t.edits if "punct.quote" in e.rules]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('（上接第1版）升,"他要求，"各地要抓紧落实。"', "（上接第1版）升，”他要求，“各地要抓紧落实。”"),
        ('(接1版)工作取得实效。"王丽表示,"我们还要继续努力。"',
         "（接1版）工作取得实效。”王丽表示，“我们还要继续努力。”"),
        ('（紧接第二版）发展质量。"省农业农村厅负责人说。',
         "（紧接第二版）发展质量。”省农业农村厅负责人说。"),
        ('（续第二版）要把好事办好,"她强调,"让群众满意。"',
         "（续第二版）要把好事办好，”她强调，“让群众满意。”"),
        ('（接上页）工作。"他介绍,"目前进展顺利。"', "（接上页）工作。”他介绍，“目前进展顺利。”"),
        ('（上接第1版）确保质量,"市委书记李明说。', "（上接第1版）确保质量，”市委书记李明说。"),
        ('上接第1版\n\n升,"他要求，"各地要抓紧落实。"', "上接第1版\n\n升，”他要求，“各地要抓紧落实。”"),
        ('（上接第1版）确保安全。"他说。"下一步要加强监管。"',
         "（上接第1版）确保安全。”他说。“下一步要加强监管。”"),
        ('（上接第1版）请大家放心,"他说:"我们会处理好。"',
         "（上接第1版）请大家放心，”他说：“我们会处理好。”"),
        ('（上接第1版）已经落实,"省长指出,要把"放管服"改革推向深入。',
         "（上接第1版）已经落实，”省长指出，要把“放管服”改革推向深入。"),
        ('（上接第1版）满足群众的要求,"他说。', "（上接第1版）满足群众的要求，”他说。"),
    ],
)
def test_a_quote_before_a_speech_attribution_after_a_continuation_closes(page: str, expected: str) -> None:
    text, certs = _quotes(page)
    assert text == expected
    assert certs and all(c == "high" for c in certs)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # nothing tells whether the text before the quote is a quotation's tail: as before v25
        ('（上接第1版）加快发展,"各地要抓紧落实。"', "（上接第1版）加快发展，“各地要抓紧落实。”"),
        ('（上接第1版）效果明显,"他说明了情况。', "（上接第1版）效果明显，“他说明了情况。"),
        # 我 opens many quotations (我认为，…): no attribution
        ('（上接第1版）工作。"我认为,这件事很重要。"', "（上接第1版）工作。“我认为，这件事很重要。”"),
        # the neighbours tell: right after the marker, after 说:, after a speech verb and a comma
        ('（上接第1版）会议指出,"十四五"规划实施以来成效显著。',
         "（上接第1版）会议指出，“十四五”规划实施以来成效显著。"),
        ('（上接第1版）"我们要抓住机遇。"他说。', "（上接第1版）“我们要抓住机遇。”他说。"),
        ('（上接第1版）他说:"我们会尽快落实。"', "（上接第1版）他说：“我们会尽快落实。”"),
        ('（上接第1版）市民纷纷表示,"很好"。', "（上接第1版）市民纷纷表示，“很好”。"),
        ('（上接第1版）王老师说,"他说过要来。"', "（上接第1版）王老师说，“他说过要来。”"),
        ('（上接第1版）大家都很高兴。"', "（上接第1版）大家都很高兴。”"),
        ('（上接第1版）今年是"十四五"规划的收官之年。', "（上接第1版）今年是“十四五”规划的收官之年。"),
        # speech before and an attribution after: the words disagree, so as before
        ('（上接第1版）老人说,"他说。"', "（上接第1版）老人说，“他说。”"),
    ],
)
def test_where_the_words_say_nothing_sure_the_quote_is_judged_as_before(page: str, expected: str) -> None:
    """The same text and the same certainty (high) as a page without the marker would get."""
    text, certs = _quotes(page)
    assert text == expected
    assert certs and all(c == "high" for c in certs)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # review R24-QUOTEB: a quotation that opens by reporting someone (right before v24's mend,
        # turned closing at high by it)
        ('（續第一版）陳太憶述。"他說，會照顧好自己。"', "（續第一版）陳太憶述。“他說，會照顧好自己。”"),
        ('（上接第1版）谈起儿子,她哽咽了。"他说，妈妈，等我回来。"',
         "（上接第1版）谈起儿子，她哽咽了。“他说，妈妈，等我回来。”"),
        ('（上接第1版）老人拉着记者的手,"总书记说，要让我们过上好日子。"',
         "（上接第1版）老人拉着记者的手，“总书记说，要让我们过上好日子。”"),
        ('（上接第1版）她翻开日记本。"他说，明天就回家。"她念道。',
         "（上接第1版）她翻开日记本。“他说，明天就回家。”她念道。"),
        ('（上接第1版）这时,"她说，你们放心吧。"', "（上接第1版）这时，“她说，你们放心吧。”"),
        ('（上接第1版）他沉默了一会儿,"她说：我等你。"', "（上接第1版）他沉默了一会儿，“她说：我等你。”"),
        # an unpaired quote after the attribution ends the reported words
        ('（上接第1版）他愣住了。"她说，明天就走"，这句话让他难忘。',
         "（上接第1版）他愣住了。“她说，明天就走”，这句话让他难忘。"),
        # the reported words may go on in the next block, which opens with a quote
        ('（上接第1版）她哽咽了。"他说，妈妈，等我回来。\n\n"我一定回来。"',
         "（上接第1版）她哽咽了。“他说，妈妈，等我回来。\n\n“我一定回来。”"),
        # review R25-QUOTE2: the reported words run on across a column break (a block that ends
        # in no sentence end and holds no quote): the next block is read too
        ('（上接第1版）她哽咽了。"他说，妈妈，\n\n等我回来。"她说不下去了。',
         "（上接第1版）她哽咽了。“他说，妈妈，\n\n等我回来。”她说不下去了。"),
        ('（上接第1版）老人讲起往事。"他说，那年冬天特别冷，\n\n我们一起熬了过来。"',
         "（上接第1版）老人讲起往事。“他说，那年冬天特别冷，\n\n我们一起熬了过来。”"),
        ('（上接第1版）她拿出一封信。"他说，家里一切都好\n\n勿念。"',
         "（上接第1版）她拿出一封信。“他说，家里一切都好\n\n勿念。”"),
        ('（續第一版）陳太哽咽。"他說，媽媽，\n\n等我返嚟。"佢講唔落去。',
         "（續第一版）陳太哽咽。“他說，媽媽，\n\n等我返嚟。”佢講唔落去。"),
    ],
)
def test_a_quotation_reporting_someone_after_a_continuation_stays_opening(page: str, expected: str) -> None:
    """`"他说，…。"`: a speaker and a verb, then the words go on unquoted to a quote ending a
    sentence. That is a quotation opening by reporting someone, as main read it (high)."""
    text, certs = _quotes(page)
    assert text == expected
    assert certs and all(c == "high" for c in certs)


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [("corner", "升，」他要求，「各地要抓紧落实。」"), ("curly", "升，”他要求，“各地要抓紧落实。”")],
)
def test_the_quotes_option_writes_the_closing_quote_in_its_style(
    tmp_path: Path, quotes: str, expected: str
) -> None:
    """`convert --quotes corner|curly` turns the same quotes, in the style asked for."""
    page = tmp_path / "p3.txt"
    page.write_text('（上接第1版）升,"他要求,"各地要抓紧落实。"\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "--quotes", quotes])
    assert res.exit_code == 0, res.output
    assert expected in res.stdout


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('"提升,"他要求,"各地要抓紧落实。"', "“提升，”他要求，“各地要抓紧落实。”"),
        ('王丽表示,"我们还要继续努力。"', "王丽表示，“我们还要继续努力。”"),
        ('记者问,"他要求你们做什么?"', "记者问，“他要求你们做什么？”"),
        ('"十四五"规划开局良好,"双减"政策落地。', "“十四五”规划开局良好，“双减”政策落地。"),
        # a marker pointing on says nothing of what follows it
        ('（下转第3版）升,"他要求各地。"', "（下转第3版）升，“他要求各地。”"),
        # 接 opening a line is no marker
        ('接下来,"他要求各地落实。"', "接下来，“他要求各地落实。”"),
    ],
)
def test_quotes_without_a_continuation_marker_are_judged_as_before(page: str, expected: str) -> None:
    """Without a continuation marker opening a line the state before a quote is known: where no
    quotation is open a quote before `他要求` opens, at high certainty, as before v24."""
    text, certs = _quotes(page)
    assert text == expected
    assert certs and all(c == "high" for c in certs)


def test_a_second_run_changes_nothing() -> None:
    once = normalize_text(
        '（上接第1版）升,"他要求，"各地要抓紧落实。"\n\n（上接第2版）加快发展,"各地要落实。"'
    )
    assert normalize_text(once.text).edits == []


def test_convert_writes_the_closing_quote_and_logs_it(tmp_path: Path) -> None:
    page = tmp_path / "p3.txt"
    page.write_text('（上接第1版）升,"他要求，"各地要抓紧落实。"\n', encoding="utf-8")
    log = tmp_path / "edits.jsonl"
    res = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "-o", str(tmp_path / "o.txt"),
                                   "--edits", str(log)])
    assert res.exit_code == 0, res.output
    assert "升，”他要求，“各地要抓紧落实。”" in (tmp_path / "o.txt").read_text(encoding="utf-8")
    records = map(json.loads, log.read_text(encoding="utf-8").splitlines())
    quotes = [r for r in records if "punct.quote" in r["rules"]]
    assert [(r["after"], r["cert"]) for r in quotes] == [("”", "high"), ("“", "high"), ("”", "high")]


def test_an_issue_still_corrects_a_guess_from_the_page_the_article_starts_on(tmp_path: Path) -> None:
    """Alone, nothing on page 3 tells whether `升,"各地要…` closes (it opens, as before v25);
    converted with page 1, where the quotation opens, the quote closes (`layout.jump-quote`,
    docs/issues.md)."""
    (tmp_path / "p1.txt").write_text(
        "全省秋冬季农业生产工作会议召开\n\n"
        '省农业农村厅负责人说:"我们要抓紧抓实秋冬种各项工作,确保播种面积稳中有\n\n（下转第3版）\n',
        encoding="utf-8",
    )
    (tmp_path / "p3.txt").write_text(
        "秋冬季农业生产\n\n（上接第1版）升,\"各地要加强田间管理,做好防灾减灾准备。\n", encoding="utf-8"
    )
    alone = CliRunner().invoke(app, ["convert", str(tmp_path / "p3.txt"), "-f", "txt"])
    assert alone.exit_code == 0, alone.output
    assert "升，“各地要" in alone.stdout
    pages = [str(tmp_path / "p1.txt"), str(tmp_path / "p3.txt")]
    issue = CliRunner().invoke(app, ["convert", *pages, "-f", "txt"])
    assert issue.exit_code == 0, issue.output
    assert "稳中有升，”各地要" in issue.stdout


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # review R24-QUOTE: right before v24, turned the wrong way at high by its first mend
        ('（上接第1版）他告诉记者,"他们要求我们三天内搬走。"',
         "（上接第1版）他告诉记者，“他们要求我们三天内搬走。”"),
        ('（上接第1版）村民回忆道,"他告诉我们,这里要建学校。"',
         "（上接第1版）村民回忆道，“他告诉我们，这里要建学校。”"),
        ('（上接第1版）他直言,"他们要求太高,企业负担不起。"',
         "（上接第1版）他直言，“他们要求太高，企业负担不起。”"),
        ('（上接第1版）有关负责人称,"专家认为这个方案可行。"',
         "（上接第1版）有关负责人称，“专家认为这个方案可行。”"),
        ('（上接第1版）栏目的宗旨是,"让代表说话"。', "（上接第1版）栏目的宗旨是，“让代表说话”。"),
        ('（上接第1版）村民们竖起大拇指,"我们村书记说到做到。"',
         "（上接第1版）村民们竖起大拇指，“我们村书记说到做到。”"),
        ('（上接第1版）他在信中写道,"她认为教育是根本。"', "（上接第1版）他在信中写道，“她认为教育是根本。”"),
        ('（上接第1版）一位村民说出了心里话,"专家说要种药材,我们就种。"',
         "（上接第1版）一位村民说出了心里话，“专家说要种药材，我们就种。”"),
        ('（上接第1版）她的回答很干脆,"他说了算。"', "（上接第1版）她的回答很干脆，“他说了算。”"),
    ],
)
def test_a_quote_opening_a_quotation_after_a_continuation_stays_opening(
    page: str, expected: str
) -> None:
    """A speaker and a verb after the quote close it only when the verb ends the attribution
    (`他要求，`); `他们要求我们…`, `专家说要…`, `他说了算`, `我们村书记说到…`
    are the quotation's own words."""
    text, certs = _quotes(page)
    assert text == expected
    assert len(certs) == 2 and certs[-1] == "high"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a space (dropped between hanzi) and a line break OCR left in the attribution
        ('（上接第1版）升,"他 要求,"各地要抓紧落实。"', "（上接第1版）升，”他要求，“各地要抓紧落实。”"),
        ('（上接第1版）升,"他要\n求,"各地要抓紧落实。"', "（上接第1版）升，”他要\n求，“各地要抓紧落实。”"),
        # traditional forms of the verbs and the roles
        ('（續第一版）推動經濟發展。"他說。', "（續第一版）推動經濟發展。”他說。"),
        ('（接A1）工程如期完成。"記者表示。', "（接A1）工程如期完成。”記者表示。"),
        ('（接A1版）市民反應熱烈。"特首說，"政府會繼續支持。"',
         "（接A1版）市民反應熱烈。”特首說，“政府會繼續支持。”"),
        ('（接1版）这是我们的责任。"他们纷纷表示。', "（接1版）这是我们的责任。”他们纷纷表示。"),
        ('▶上接2版\n这是一项民心工程,"县委书记王建国介绍说,"目前已完成投资3亿元。"',
         "▶上接2版\n这是一项民心工程，”县委书记王建国介绍说，“目前已完成投资3亿元。”"),
    ],
)
def test_more_attributions_close_at_high(page: str, expected: str) -> None:
    text, certs = _quotes(page)
    assert text == expected
    assert certs and all(c == "high" for c in certs)


def test_an_issue_leaves_a_close_its_page_reads_alone(tmp_path: Path) -> None:
    """Page 1 leaves no quotation open; page 3 alone reads `升,"他要求，` as a close before its
    attribution. The issue does not judge it again (`layout.jump-quote` pairs only a quotation the
    first page leaves open): the page's reading and its `punct.quote` edit stay (docs/issues.md)."""
    (tmp_path / "p1.txt").write_text(
        "全省会议召开\n\n会议指出,各地要抓紧抓实秋冬种各项工作,确保播种面积稳中有\n\n（下转第3版）\n",
        encoding="utf-8",
    )
    (tmp_path / "p3.txt").write_text(
        '秋冬季农业生产\n\n（上接第1版）升,"他要求,"各地要抓紧落实。"\n', encoding="utf-8"
    )
    log = tmp_path / "e.jsonl"
    pages = [str(tmp_path / "p1.txt"), str(tmp_path / "p3.txt")]
    res = CliRunner().invoke(app, ["convert", *pages, "-f", "txt", "--edits", str(log)])
    assert res.exit_code == 0, res.output
    assert "稳中有升，”他要求，“各地要抓紧落实。”" in res.stdout
    records = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    quotes = [(r["after"], r["cert"], r["rules"]) for r in records if "punct.quote" in r["rules"]]
    assert quotes == [("”", "high", ["punct.quote"]), ("“", "high", ["punct.quote"]),
                      ("”", "high", ["punct.quote"])]
