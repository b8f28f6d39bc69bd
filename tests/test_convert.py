"""`layoutfix.convert` and `layoutfix convert` on the real seed page and through the API/CLI surfaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from conftest_tei import TEI, assert_every_hanzi_accounted_for, assert_valid, tei_schema  # noqa: F401
from layoutfix import InputError, apply_edits, undo_edits
from layoutfix.cli import app
from layoutfix.editlog import read_edits
from layoutfix.export.text import ARTICLE_SEPARATOR

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-page.txt"


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def seed() -> layoutfix.ConvertResult:
    return layoutfix.convert(SEED, page=2, paper="人民政协报", date="2023-10-12")


def test_seed_page_gives_its_nine_articles_in_reading_order(seed: layoutfix.ConvertResult) -> None:
    arts = seed.document.articles
    assert [squash(a.titles[0].text) for a in arts] == [
        "酒泉市政协调研政协协商向基层延伸工作",
        "定西市政协委员走进基层系列活动在漳县启动",
        "调研教师队伍建设情况",
        "召开五届二十八次党组（扩大）会议",
        "召开党组理论学习中心组会议",
        "渭源县政协建言“生态渭源”建设",
        "卓尼县政协建言防范化解金融风险工作",
        "让城市对青年更友好",
        "制度先行管长远用心用情促成效",
    ]
    kickers = [[squash(k.text) for k in a.kicker] for a in arts]
    assert kickers[2:5] == [["秦州区政协"], ["武威市政协"], ["崆峒区政协"]]
    assert all(a.kicker == [] for i, a in enumerate(arts) if i not in (2, 3, 4))


def test_seed_bylines_signature_section_photo_and_continuations(seed: layoutfix.ConvertResult) -> None:
    arts = seed.document.articles
    bylines = [[squash(b.text) for b in a.bylines] for a in arts]
    assert bylines[0] == ["本报酒泉讯（通讯员茹建荣）"]
    assert bylines[1] == ["本报定西讯"]
    assert bylines[3] == ["本报武威讯（通讯员梁钰）"]
    assert bylines[6] == ["本报卓尼讯（通讯员牛刚）"]
    assert bylines[7] == bylines[8] == []
    assert [a.signature.text if a.signature else None for a in arts] == [None, "（张莉芳）"] + [None] * 7
    assert [a.section for a in arts] == [None] * 5 + ["专题协商议政"] * 2 + [None] * 2
    assert [squash(c.text) for c in arts[2].credits] == ["通讯员齐彦军摄影报道"]
    assert arts[2].captions and not any(p.kind == "p" for p in arts[2].parts)
    assert [(a.continued_from, a.continuation) for a in arts[7:]] == [("1", "（接一版）")] * 2
    assert all(a.continued_from is None for a in arts[:7])


def test_seed_subheads_and_joined_paragraphs(seed: layoutfix.ConvertResult) -> None:
    arts = seed.document.articles
    heads = [[squash(p.blocks[0].text) for p in a.parts if p.kind == "head"] for a in arts]
    assert heads[7] == ["专题协商让建言更精准"]
    assert heads[8] == ["创新工作，厚植服务群众新土壤", "积极探索，助力经济社会高质量发展"]
    text = seed.document.text
    assert "鼓励引导群众反映需要协商解决的急难愁盼问题" in text  # joined across a block break
    assert "实现政协协商和基层协商有效衔接" in text  # ...and the typo found after the join
    assert "国家战略的重大机遇" in text
    unfinished = [p for p in arts[8].parts if p.kind == "p" and p.incomplete]
    assert len(unfinished) == 1 and squash(unfinished[0].blocks[-1].text).endswith("共建数字化供应链综合服务")


def test_seed_tei_is_valid_and_keeps_every_hanzi(
    seed: layoutfix.ConvertResult,
    tei_schema: etree.RelaxNG,  # noqa: F811
) -> None:
    root = assert_valid(tei_schema, seed.output)
    original = SEED.read_text(encoding="utf-8")
    assert_every_hanzi_accounted_for(original, seed.edits, root)
    assert len(root.findall(f".//{TEI}div[@type='article']")) == 9
    # the edit log is lossless both ways
    assert apply_edits(original, seed.edits) == seed.document.text
    assert undo_edits(seed.document.text, seed.edits) == original


def test_text_and_json_outputs(seed: layoutfix.ConvertResult) -> None:
    txt = layoutfix.convert(SEED, fmt="txt").output
    chunks = txt.split(f"\n\n{ARTICLE_SEPARATOR}\n\n")
    assert len(chunks) == 9
    assert chunks[0].startswith("酒泉市政协调研政协协商向基层延伸工作\n")
    data = json.loads(layoutfix.convert(SEED, fmt="json", page=2).output)
    assert len(data["articles"]) == 9
    eighth = data["articles"][7]
    assert eighth["continuation"]["from_page"] == "1" and eighth["continuation"]["markers"] == ["（接一版）"]
    assert data["articles"][1]["signature"] == "（张莉芳）"
    assert any(p["incomplete"] for p in data["articles"][8]["paragraphs"])
    assert data["furniture"] == ["联系电话：0931-8926232"]


def test_convert_accepts_text_path_and_bytes() -> None:
    text = SEED.read_text(encoding="utf-8")
    by_text = layoutfix.convert(text, fmt="txt").output
    assert by_text == layoutfix.convert(str(SEED), fmt="txt").output
    assert by_text == layoutfix.convert(text.encode("gb18030"), fmt="txt").output


def test_convert_errors() -> None:
    with pytest.raises(InputError, match="format"):
        layoutfix.convert(SEED, fmt="xml")
    with pytest.raises(InputError, match="no such file"):
        layoutfix.convert("missing-page.txt")
    with pytest.raises(InputError, match="date"):
        layoutfix.convert(SEED, date="12.10.2023")


def test_cli_convert_writes_tei_and_edit_log(tmp_path: Path, tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    out, log = tmp_path / "page.tei.xml", tmp_path / "edits.jsonl"
    args = ["convert", str(SEED), "-o", str(out), "--page", "2", "--date", "2023-10-12", "--edits", str(log)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert_valid(tei_schema, out.read_text(encoding="utf-8"))
    edits = read_edits(log)
    assert apply_edits(SEED.read_text(encoding="utf-8"), edits) == layoutfix.convert(SEED).document.text
    assert any(e.kind == "join" for e in edits)


def test_cli_convert_formats_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["convert", str(SEED), "--format", "json"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)["articles"]) == 9
    assert runner.invoke(app, ["convert", str(SEED), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["convert", str(tmp_path / "none.txt")]).exit_code == 3
    assert runner.invoke(app, ["convert", str(SEED), "--date", "2023-13-01"]).exit_code == 3
