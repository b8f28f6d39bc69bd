"""The Hong Kong/Taiwan guards of four typo rules leave mainland misreads corrected (v21 review).

The guards that keep correct Hong Kong and Taiwan text (住足成個月, 問侯友宜, 侯選總統, 提撥專款;
tests/test_typos_hk_tw_correct_text_v21.py) were too wide: a review found them blocking many real
misreads on mainland pages, left as printed (`纷纷住足一看究竟`, `看望问侯困难群众`,
`侯选主席团成员名单`, `被提拨的干部率先垂范`). Each guard now refuses only what is really correct
text: 住足 + a length of days or more (or a Cantonese particle), 问 + a person surnamed 侯 (a title,
a question put to him, a quotation), 侯 + an office he runs for, 提拨 of money. Every sentence of
the review is here: the misreads come out corrected, the correct sentences as printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.normalize.typos import load_ruleset, traditional_form

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")

#: (rule, misread as printed, the text the rule must make of it)
MISREADS: list[tuple[str, str, str]] = [
    # 驻足 read 住足: stopping to look, for a moment, minutes, seconds, half an hour
    ("typo.zhu-zu", "游客纷纷住足观看。", "游客纷纷驻足观看。"),
    ("typo.zhu-zu", "不少市民住足片刻，拍照留念。", "不少市民驻足片刻，拍照留念。"),
    ("typo.zhu-zu", "行人纷纷住足两分钟，向英雄默哀。", "行人纷纷驻足两分钟，向英雄默哀。"),
    ("typo.zhu-zu", "路过的市民纷纷住足一看究竟。", "路过的市民纷纷驻足一看究竟。"),
    ("typo.zhu-zu", "不少游客住足一阵后才离开。", "不少游客驻足一阵后才离开。"),
    ("typo.zhu-zu", "精彩的表演让观众住足半小时之久。", "精彩的表演让观众驻足半小时之久。"),
    ("typo.zhu-zu", "引得路人住足围观。", "引得路人驻足围观。"),
    ("typo.zhu-zu", "许多市民住足整整十分钟，久久不愿离去。", "许多市民驻足整整十分钟，久久不愿离去。"),
    ("typo.zhu-zu", "游客在此住足一观，拍照留念。", "游客在此驻足一观，拍照留念。"),
    ("typo.zhu-zu", "不少行人住足几秒，又匆匆离开。", "不少行人驻足几秒，又匆匆离开。"),
    ("typo.zhu-zu", "路人住足良久。", "路人驻足良久。"),
    ("typo.zhu-zu", "美景吸引众多游客住足，成为网红打卡地。", "美景吸引众多游客驻足，成为网红打卡地。"),
    ("typo.zhu-zu", "游人住足全神贯注地观看。", "游人驻足全神贯注地观看。"),
    ("typo.zhu-zu", "行人纷纷住足一会儿。", "行人纷纷驻足一会儿。"),
    ("typo.zhu-zu", "行人住足一刻，又匆匆离去。", "行人驻足一刻，又匆匆离去。"),
    ("typo.zhu-zu", "行人住足了好一会儿。", "行人驻足了好一会儿。"),
    ("typo.zhu-zu", "引来不少路人住足观望，成为一道风景。", "引来不少路人驻足观望，成为一道风景。"),
    ("typo.zhu-zu", "游客紛紛住足觀看。", "游客紛紛駐足觀看。"),
    # 问候 read 问侯: the greeting and the greeted, whatever follows
    (
        "typo.wen-hou",
        "向全市人民致以亲切的问侯：祝大家新春快乐！",
        "向全市人民致以亲切的问候：祝大家新春快乐！",
    ),
    ("typo.wen-hou", "向全市人民致以新春的问侯！", "向全市人民致以新春的问候！"),
    ("typo.wen-hou", "市领导向大家问侯。", "市领导向大家问候。"),
    ("typo.wen-hou", "送上春节问侯。", "送上春节问候。"),
    ("typo.wen-hou", "市领导看望问侯困难群众。", "市领导看望问候困难群众。"),
    (
        "typo.wen-hou",
        "他代表市委市政府向坚守岗位的干警致以问侯，并送上慰问品。",
        "他代表市委市政府向坚守岗位的干警致以问候，并送上慰问品。",
    ),
    ("typo.wen-hou", "亲切问侯老党员。", "亲切问候老党员。"),
    ("typo.wen-hou", "书记一一问侯他们的身体状况。", "书记一一问候他们的身体状况。"),
    ("typo.wen-hou", "把党和政府的问侯送到群众心坎上。", "把党和政府的问候送到群众心坎上。"),
    ("typo.wen-hou", "致电问侯。", "致电问候。"),
    ("typo.wen-hou", "他通过视频问侯一线医务人员。", "他通过视频问候一线医务人员。"),
    (
        "typo.wen-hou",
        "向全省广大教师致以节日问侯,祝愿大家身体健康。",
        "向全省广大教师致以节日问候，祝愿大家身体健康。",
    ),
    ("typo.wen-hou", "记者问侯一声，老人笑了。", "记者问候一声，老人笑了。"),
    ("typo.wen-hou", "节日的问侯……", "节日的问候……"),
    ("typo.wen-hou", "春节前夕，市领导问侯全体环卫工人。", "春节前夕，市领导问候全体环卫工人。"),
    ("typo.wen-hou", "致以诚挚的问侯和良好的祝愿。", "致以诚挚的问候和良好的祝愿。"),
    ("typo.wen-hou", "向大家拜年问侯!", "向大家拜年问候！"),
    ("typo.wen-hou", "新春问侯", "新春问候"),
    (
        "typo.wen-hou",
        "转达了总书记的亲切问侯——祝大家新春快乐。",
        "转达了总书记的亲切问候——祝大家新春快乐。",
    ),
    ("typo.wen-hou", "市领导致以亲切问侯并送上慰问金。", "市领导致以亲切问候并送上慰问金。"),
    ("typo.wen-hou", "市长向全市环卫工人问侯致敬。", "市长向全市环卫工人问候致敬。"),
    ("typo.wen-hou", "致以親切的問侯與祝福。", "致以親切的問候與祝福。"),
    ("typo.wen-hou", "向廣大教師問侯。", "向廣大教師問候。"),
    ("typo.wen-hou", "送上問侯聲。", "送上問候聲。"),
    ("typo.wen-hou", "向全體員工問侯。", "向全體員工問候。"),
    ("typo.wen-hou", "代表市委向大家致以節日的問侯和祝福。", "代表市委向大家致以節日的問候和祝福。"),
    # 候选 read 侯选: candidates, lists, a presidium
    ("typo.hou-xuan", "公示侯选项目名单。", "公示候选项目名单。"),
    ("typo.hou-xuan-ren", "确定县长侯选人。", "确定县长候选人。"),
    ("typo.hou-xuan-ren", "侯选人名单已公示。", "候选人名单已公示。"),
    ("typo.hou-xuan", "各侯选单位要认真准备。", "各候选单位要认真准备。"),
    ("typo.hou-xuan", "主席团侯选名单。", "主席团候选名单。"),
    ("typo.hou-xuan", "侯选主席团成员名单公布。", "候选主席团成员名单公布。"),
    ("typo.hou-xuan", "侯选总统需年满四十岁。", "候选总统需年满四十岁。"),
    ("typo.hou-xuan", "本届侯选议员共有三十人。", "本届候选议员共有三十人。"),
    ("typo.hou-xuan", "侯选主席团常务主席名单。", "候选主席团常务主席名单。"),
    # 提拔 read 提拨: promoting people, whatever money is named later in the sentence
    ("typo.ti-ba", "提拨重用一批实绩突出的干部。", "提拔重用一批实绩突出的干部。"),
    ("typo.ti-ba", "每年提拨一批优秀年轻干部。", "每年提拔一批优秀年轻干部。"),
    ("typo.ti-ba", "按比例提拨女干部和少数民族干部。", "按比例提拔女干部和少数民族干部。"),
    ("typo.ti-ba", "提拨年轻干部比例达到百分之三十。", "提拔年轻干部比例达到百分之三十。"),
    ("typo.ti-ba", "被提拨的干部率先垂范。", "被提拔的干部率先垂范。"),
    ("typo.ti-ba", "他从基层一步步被提拨起来。", "他从基层一步步被提拔起来。"),
    ("typo.ti-ba", "提拨干部要坚持德才兼备。", "提拔干部要坚持德才兼备。"),
    ("typo.ti-ba", "他因工作出色被提拨为副县长。", "他因工作出色被提拔为副县长。"),
    ("typo.ti-ba", "提拨使用率明显提高。", "提拔使用率明显提高。"),
    ("typo.ti-ba", "他曾多次提拨亲信，收受贿款。", "他曾多次提拔亲信，收受贿款。"),
    ("typo.ti-ba", "违规提拨干部五十余人。", "违规提拔干部五十余人。"),
    ("typo.ti-ba", "要大胆提拨敢于担当的干部。", "要大胆提拔敢于担当的干部。"),
    ("typo.ti-ba", "严禁突击提拨临近退休的干部。", "严禁突击提拔临近退休的干部。"),
    ("typo.ti-ba", "不得在退休前突击提拨干部。", "不得在退休前突击提拔干部。"),
    ("typo.ti-ba", "提拨干部要注重实绩和效率。", "提拔干部要注重实绩和效率。"),
    ("typo.ti-ba", "他被提拨后率先垂范。", "他被提拔后率先垂范。"),
    ("typo.ti-ba", "提拨干部、管理资金都要按规矩办。", "提拔干部、管理资金都要按规矩办。"),
    ("typo.ti-ba", "提拨干部不能违反条款。", "提拔干部不能违反条款。"),
    ("typo.ti-ba", "违规提拨一万名干部。", "违规提拔一万名干部。"),
]

#: Correct text these rules must leave as printed (simplified and traditional, as the review wrote it).
CORRECT: list[str] = [
    # 住足 + days or longer: stay a full month, week…; 记住 + 足…; 吃住 + 足不出户
    "佢哋住足成個月。",
    "佢哋住足成个月。",
    "他在台北住足了一个月。",
    "遊客住足一星期。",
    "他们在家吃住足不出户。",
    "请记住足球比赛的时间。",
    "我们要记住足够多的细节。",
    # 问 + a person surnamed 侯: a given name and a question, a title, a quotation
    "记者问侯友宜是否参选，他笑而不答。",
    "記者問侯友宜是否參選。",
    "有人问侯市长对此事的看法。",
    "记者问侯和平对此事有何看法。",
    "记者问侯大勇是否参赛。",
    "记者问侯全胜有何打算。",
    "民众党主席问侯：「你到底要不要选？」",
    "記者問侯：「你會參選嗎？」",
    "影评人问侯孝贤下一部电影的计划。",
    "記者問侯文詠對新書有何期待。",
    # a headline's 侯 (侯友宜) running for an office
    "国民党征召侯选总统。",
    "國民黨徵召侯選總統。",
    "侯選市長連任無懸念。",
    # Taiwan's 提撥 (提拨): money set aside for a fund
    "劳工退休金由雇主按月提拨。",
    "勞工退休金由雇主按月提撥。",
    "雇主按月提撥退休金。",
    "政府提撥專款協助災民。",
    "政府提拨专款协助灾民。",
    "公司每年提撥盈餘百分之二作為員工酬勞。",
    "市府提撥二億元預算。",
    "雇主應依法提撥勞工退休準備金。",
    "校方提拨部分经费补助学生。",
    "校方提撥部分經費補助學生。",
    "基金会提拨一笔钱给受灾户。",
    "基金會提撥一筆錢給受災戶。",
    "公司提撥員工酬勞。",
    "政府提拨五百万救灾。",
    "雇主按月提拨，存入劳工个人退休金专户。",
    "记者问侯市长，他笑而不答。",
]


def _typo_rules(text: str, options: NormalizeOptions) -> list[str]:
    return [e.rule for e in normalize_text(text, options).edits if e.kind == "typo"]


@pytest.mark.parametrize(("rule", "page", "expected"), MISREADS)
def test_a_mainland_misread_is_corrected(rule: str, page: str, expected: str) -> None:
    out = normalize_text(page)
    assert out.text == expected
    assert rule in [e.rule for e in out.edits if e.kind == "typo"]


def _traditional(page: str, rule_id: str) -> str:
    """`page` as a traditional page prints it, its misread as OCR reads it there (the rule's
    traditional `find`: 提拨 stays 提拨, which s2t would make the word 提撥)."""
    rule = load_ruleset().get(rule_id)
    assert rule is not None
    form = traditional_form(rule)
    find = form[0] if isinstance(form, tuple) else rule.find
    trad = _S2T.convert(page)
    for start in [i for i in range(len(page)) if page.startswith(rule.find, i)]:
        trad = trad[:start] + find + trad[start + len(find) :]
    return trad


@pytest.mark.parametrize(("rule", "page", "expected"), [m for m in MISREADS if _S2T.convert(m[1]) != m[1]])
def test_the_misread_on_a_traditional_page_is_corrected(rule: str, page: str, expected: str) -> None:
    # the shipped rules fire on Hong Kong and Taiwan pages too, their guards reading the same text
    out = normalize_text(_traditional(page, rule))
    assert out.text == _S2T.convert(expected)
    assert rule in [e.rule for e in out.edits if e.kind == "typo"]


@pytest.mark.parametrize("apply", ["high", "low"])
@pytest.mark.parametrize("text", CORRECT)
def test_correct_text_is_kept(text: str, apply: str) -> None:
    out = normalize_text(text, NormalizeOptions(apply=apply))
    assert out.text == text
    assert [e.rule for e in out.edits if e.kind == "typo"] == []


@pytest.mark.parametrize("text", CORRECT)
def test_correct_text_converted_to_simplified_gets_no_typo_fix(text: str) -> None:
    # --variants t2s writes 提撥 as 提拨 before the typo rules read it
    out = normalize_text(text, NormalizeOptions(variants="t2s", apply="low"))
    assert out.text == _T2S.convert(text)
    assert [e.rule for e in out.edits if e.kind == "typo"] == []


def test_a_greeting_ending_a_headline_or_a_file_is_corrected(tmp_path: Path) -> None:
    # a headline's block runs on into the body (it does not end a sentence), here one opening with
    # 市长 (侯市长 would be a title), and the last 问侯 of the file has nothing after it
    page = tmp_path / "p.txt"
    page.write_text(
        "新春问侯\n\n市领导看望环卫工人，向他们致以节日的问侯。\n\n春节问侯\n\n市长张明看望环卫工人。"
        "\n\n送上春节问侯\n",
        encoding="utf-8",
    )
    log = tmp_path / "p.edits.jsonl"
    result = CliRunner().invoke(app, ["normalize", str(page), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "新春问候\n\n市领导看望环卫工人，向他们致以节日的问候。\n\n春节问候\n\n市长张明看望环卫工人。"
        "\n\n送上春节问候\n"
    )
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [r["rule"] for r in records if r["kind"] == "typo"] == ["typo.wen-hou"] * 4
