"""How much better a sentence reads after one look-alike swap, measured with the word lexicon.

The lexicon is the word table the typo rules' word check uses (`layoutfix.lexicon`: jieba's dictionary
plus `lexicon/*.txt` of the rule folders), with jieba's unigram model: the best segmentation of a
string has a log-probability, the sum of log(freq / total) of its words. An OCR look-alike breaks a
word into rare single characters (基层 -> 其 + 层), so swapping the character back raises the
log-probability of the passage a lot; swapping a character of correct text rarely does, because the
correct character already sits in a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations; `layoutfix.lexicon` imports jieba (and quiets its import)
    import jieba

#: Longest dictionary word probed around a swapped character before the full segmentation runs.
_PROBE = 4


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a swap reads better: the word it makes, that word's frequency and the log-prob gain."""

    word: str
    start: int  # offsets of `word` in the scored window
    end: int
    freq: int
    gain: float  # log-probability of the corrected window minus that of the window, in nats


def path_logprob(tok: jieba.Tokenizer, text: str) -> float:
    """Log-probability of the best dictionary segmentation of `text` (jieba's unigram route)."""
    dag = tok.get_DAG(text)
    route: dict[int, tuple[float, int]] = {}
    tok.calc(text, dag, route)
    return route[0][0]


def _makes_word(tok: jieba.Tokenizer, text: str, i: int) -> bool:
    """Whether some dictionary word of 2..4 characters in `text` covers position `i` (cheap filter).

    jieba's `FREQ` holds every prefix of every word (with frequency 0 when the prefix is no word
    itself; `get_DAG` relies on that too), so once `text[s:e]` is not in it, no longer string from `s`
    is a word: each start needs one or two lookups instead of one per length.
    """
    freq = tok.FREQ
    size = len(text)
    for s in range(max(0, i - _PROBE + 1), i + 1):
        for e in range(max(s + 2, i + 1), min(s + _PROBE, size) + 1):
            found = freq.get(text[s:e])
            if found is None:
                break
            if found > 0:
                return True
    return False


def score_swap(tok: jieba.Tokenizer, window: str, i: int, meant: str) -> Evidence | None:
    """The evidence for reading `meant` at `window[i]`, or None when the swap makes no new word.

    A swap counts only when, on the best path of the corrected window, the new character sits in a
    word of two or more characters and the same characters before the swap are not a word.
    """
    corrected = window[:i] + meant + window[i + 1 :]
    if not _makes_word(tok, corrected, i):
        return None
    for word, s, e in tok.tokenize(corrected, HMM=False):
        if s <= i < e:
            if e - s < 2 or tok.FREQ.get(window[s:e], 0) > 0:
                return None
            gain = path_logprob(tok, corrected) - path_logprob(tok, window)
            return Evidence(word, s, e, tok.FREQ.get(word, 0), gain)
    return None
