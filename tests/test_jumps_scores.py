"""`_match_group` segments each body once; its jumps are those the per-pair `pair_score` gives."""

from __future__ import annotations

import random

import pytest

from layoutfix.layout import jumps
from layoutfix.model import Article, Block, Part

_TEXTS = [
    "兰州新区打造西部陆港枢纽，推动物流园区建设", "会议强调要加强基层治理，完善社区服务体系",
    "市政协召开专题协商会",
    "春耕备耕有序推进，农业部门组织技术人员深入田间", "新线路实行统一票价，市民可使用公交卡和手机扫码乘车",
    "要坚持问题导向，聚焦群众急难愁盼", "让服务更加贴近百姓", "西部陆港", "基层治理", "公交线路",
]


def _article(rnd: random.Random, ident: str) -> Article:
    body = [Block(f"{ident}b{k}", rnd.choice(_TEXTS)[: rnd.randint(2, 30)], role="body") for k in range(3)]
    title = [Block(f"{ident}t", rnd.choice(_TEXTS)[: rnd.randint(0, 12)], role="title")]
    return Article(id=ident, titles=title, parts=[Part("p", body)])


def _plain_score(source: Article, target: Article) -> float:
    """The pair score with each body segmented for this pair (`words_score`), as it was computed."""
    title = jumps.title_score(source, target)
    return (
        jumps.W_TITLE * (title or 0.0)
        + jumps.W_BREAK * jumps.break_score(source, target)
        + jumps.W_WORDS * jumps.words_score(source, target)
    )


@pytest.mark.parametrize("seed", range(12))
def test_match_group_equals_the_per_pair_scores(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(seed)
    sources = [_article(rnd, f"s{i}") for i in range(rnd.randint(1, 4))]
    targets = [_article(rnd, f"t{i}") for i in range(rnd.randint(1, 4))]
    fast = jumps._match_group(sources, targets, 1, 3)
    monkeypatch.setattr(jumps, "_pair_score", lambda s, t, _sw, _tw: _plain_score(s, t))
    plain = jumps._match_group(sources, targets, 1, 3)
    assert fast == plain
