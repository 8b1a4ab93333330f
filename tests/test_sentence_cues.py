"""A sentence's cues are found once per pattern; a window is looked up, not searched again."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from vnlao_events.extract.phrases import active
from vnlao_events.extract.sentences import Sentence

_PIECES = [
    "đã ", "da ", "Đà ", "sẽ ", "se ", "sẻ ", "họp ", "hop ", "đã họp ", "will hold ", "held ",
    "tổ chức thành công ", "Kỳ họp lần thứ 9 ", ", ", "; ", "x", "ab ", "co-chaired ",
]  # fmt: skip
_PATTERNS = [
    active().pattern("status", "past"),
    active().pattern("status", "planned"),
    active().pattern("status", "held"),
    active().pattern("status", "preparing"),
    re.compile(r"\bhop\b"),
]


def _every(sentence: Sentence, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The definition: the pattern's matches over the whole view, tone-checked one by one."""
    found = []
    for match in pattern.finditer(sentence.view):
        original = sentence.original(match.start(), match.end()).lower()
        if match.group() == "se" and original != "sẽ":
            continue
        if match.group() == "đa" and original != "đã":
            continue
        found.append(match.span())
    return found


@given(
    st.lists(st.sampled_from(_PIECES), max_size=16),
    st.sampled_from(_PATTERNS),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_windows_hold_the_matches_of_the_whole_sentence_inside_them(pieces, pattern, a, b):
    """The first and last cue of a window are those of the sentence's matches inside it."""
    sentence = Sentence.of(0, "".join(pieces))
    start, end = min(a, b), max(a, b)
    inside = [s for s in _every(sentence, pattern) if s[0] >= start and s[1] <= end]
    first = sentence.cue(pattern, start, end)
    last = sentence.last_cue(pattern, start, end)
    assert (first.span() if first else None) == (inside[0] if inside else None)
    assert (last.span() if last else None) == (inside[-1] if inside else None)
    assert [m.span() for m in sentence.cues(pattern)] == _every(sentence, pattern)


def test_a_cue_is_whole_words_of_the_sentence_not_a_word_cut_by_the_window():
    """A window that ends inside a word finds no cue there: "họp" is not the start of "họpx"."""
    sentence = Sentence.of(0, "Hai bên họpx")
    assert sentence.cue(re.compile(r"\bhop\b"), 0, 11) is None
    assert sentence.cue(re.compile(r"\bhop\b"), 0) is None
