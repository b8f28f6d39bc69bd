"""The typo rules' word check on a long line with no punctuation gives the edits of short lines.

A line with no punctuation is one piece of jieba's, and the word check (`WordChecker.accepts`)
segmented the pieces around each match, so `'见其层' * 17000` (a typo candidate every three
characters) was segmented whole twice per candidate: minutes. `lexicon.TextChecks` segments each
piece once and scores a correction again only from the nearest cut before it. These tests check
that the answers are those of segmenting the whole sentence: the words over random spans and random
replacements on random lines, the word check itself, and the typo step's changes, each against the
old way; and that the long line converts with the edits its sentences get one by one.
"""

from __future__ import annotations

import random

import pytest

from bench_cases import bench_limits
from layoutfix.lexicon import TextChecks, Token, WordChecker, _on_path
from layoutfix.normalize.typos import RuleSet, load_ruleset, typo_changes
from layoutfix.pipeline import build_document
from layoutfix.tracked import TrackedText, undo_edits

#: Common words, and words whose characters overlap the typo rules' strings (其层 in 其层次, 出合 in
#: 提出合理化), so that the best path has choices to make around a match.
_WORDS = (
    "政协", "委员", "基层", "协商", "层次", "层面", "提出", "合理化", "建议", "出台", "政策", "合同",
    "签订", "实现", "有效", "衔接", "干部", "一线", "调研", "群众", "推动", "发展", "基础", "基本",
    "完成", "项目", "建设", "其中", "其实", "与其", "不如", "层层", "把关", "见到", "意见", "会见",
    "其他", "人民", "代表", "大会", "工作", "报告", "经济", "社会", "文化", "我们", "他们", "一个",
    "这个", "进行", "开展", "活动", "的", "了", "和", "在", "是", "见", "其", "层",
    "出", "合", "台", "基", "础", "本",
)
#: Reduplicated words and runs of one character, where paths of equal score are likeliest.
_REPEATS = ("哈哈", "哈", "常常", "常", "天天", "天", "人人", "人", "渐渐", "看看", "看", "谢谢")
#: Pieces of other characters: letters, digits and marks of jieba's pieces, and marks that end one.
_OTHERS = ("2023", "a", "G", "5G", "x", "_", "%", "-", "，", " ", "、")


def _spellings(ruleset: RuleSet) -> list[tuple[str, str]]:
    return sorted({(s.find, s.replace) for s in ruleset.spellings if not s.traditional})


def _random_line(rng: random.Random, spellings: list[tuple[str, str]], size: int, others: bool) -> str:
    parts = []
    while sum(map(len, parts)) < size:
        pick = rng.random()
        if pick < 0.25:
            parts.append(rng.choice(spellings)[0])
        elif pick < 0.35:
            parts.append(rng.choice(_REPEATS))
        elif pick < 0.42 and others:
            parts.append(rng.choice(_OTHERS))
        else:
            parts.append(rng.choice(_WORDS))
    return "".join(parts)


def _over(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    return [(s, e) for _w, s, e in tokens if s < end and e > start]


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_ruleset()


def test_words_over_a_match_and_its_replacement_are_those_of_the_whole_line(ruleset: RuleSet) -> None:
    checker: WordChecker = ruleset.checker
    rng = random.Random(18)
    spellings = _spellings(ruleset)
    hanzi = "".join(_WORDS) + "".join(_REPEATS)
    compared = 0
    for n in range(180):
        line = _random_line(rng, spellings, rng.randint(20, 400), others=n % 2 == 0)
        whole = checker.tokens(line)
        checks = TextChecks(checker, line)
        for _ in range(15):
            start = rng.randrange(len(line))
            piece = checks._piece_at(start)
            if piece is None:
                continue
            a, b = piece
            end = rng.randint(start + 1, min(b, start + 3))
            if not _on_path(line[start:end]):
                continue  # (letters and digits: the check goes the sentence's way, below)
            replace = "".join(rng.choice(hanzi) for _ in range(rng.randint(1, 4)))
            route = checks._route(a, b)
            got = [(s + a, e + a) for s, e in route.words_over(start - a, end - a)]
            assert got == _over(whole, start, end), (line, start, end)
            corrected = line[:start] + replace + line[end:]
            replaced = route.words_replaced(
                checker.tokenizer, checker.word_reach(), start - a, end - a, replace
            )
            expected = _over(checker.tokens(corrected), start, start + len(replace))
            assert [(s + a, e + a) for s, e in replaced] == expected, (line, start, end, replace)
            assert checks.accepts(start, end, replace) == checker.accepts(line, start, end, replace)
            compared += 1
    assert compared > 1500


def test_typo_changes_on_long_lines_are_those_of_the_sentence_check(
    ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(7)
    spellings = _spellings(ruleset)
    lines = [_random_line(rng, spellings, rng.randint(50, 600), others=n % 3 == 0) for n in range(40)]
    new = [typo_changes(TrackedText(line), ruleset, "low") for line in lines]

    def sentence_check(self: TextChecks, start: int, end: int, replace: str,
                       sentence: tuple[int, int] | None = None) -> bool:
        s0, s1 = sentence if sentence is not None else (0, len(self.text))
        return self.checker.accepts(self.text[s0:s1], start - s0, end - s0, replace)

    monkeypatch.setattr(TextChecks, "accepts", sentence_check)
    old = [typo_changes(TrackedText(line), ruleset, "low") for line in lines]
    assert sum(map(len, new)) > 100  # corrections made...
    assert sum(len(line) for line in lines) > 2 * sum(map(len, new))  # ...and refused
    assert new == old


def test_long_unpunctuated_typo_line_gets_the_edits_of_its_sentences() -> None:
    case = next(c for c in bench_limits.DOCUMENT_CASES if c.name.startswith("typo candidates"))
    text = case.make()
    out, edits = bench_limits.run_text_case(case, text)  # as the benchmark times it
    assert undo_edits(out, edits) == text
    unit = text[: text.index(text[0], 1)]  # the repeated piece ('见其层')
    assert unit * (len(text) // len(unit)) == text
    short = build_document("。".join([unit] * (len(text) // len(unit))))
    assert len(short.edits) == len(text) // len(unit)  # every piece corrected when it stands alone
    long_edits = [(e.start // len(unit), e.before, e.after, e.rules) for e in edits]
    short_edits = [(e.start // (len(unit) + 1), e.before, e.after, e.rules) for e in short.edits]
    assert long_edits == short_edits
