"""The fast forms of the phrase patterns find exactly what their plain forms find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnlao_events._text import fold_toneless
from vnlao_events.extract.events import _any_cue
from vnlao_events.extract.ordinals import find_ordinals
from vnlao_events.extract.phrases import (
    Phrases,
    alternation,
    first_letter_alternation,
    matches_at,
    word_alternation,
    word_starts,
)
from vnlao_events.extract.sentences import Sentence

PHRASES = Phrases.default()

# Lists of both languages, with phrases that share first letters and that hold one another.
LISTS = {
    "vi": ["kỳ họp", "khóa họp", "họp", "hội nghị", "hội nghị cấp cao", "đã", "đa phương"],
    "en": ["meeting", "meet", "session", "plenary session", "the", "co-chair", "chair"],
}
TEXTS = {
    "vi": "Kỳ họp đã diễn ra; khóa họp, hội nghị cấp cao đa phương – họp-báo, thọp kỳhọp.",
    "en": "The meeting met; co-chairs chair the plenary session, a meet-up, sessions, the.",
}
EDGES = (r"[\w-]", r"\w")
# Words that make and unmake ordinals in both languages, for random sentences.
ORDINAL_WORDS = [
    *("Kỳ họp", "lần thứ", "thứ", "41", "XLVII", "46", "kỳhọp", "ຄັ້ງທີ 7", "-", ","),
    *("the", "The", "39th", "first", "twenty", "meeting", "Session", "of", "time", "for"),
    *("th", "rd", "1st", "x2nd", "ever", "since"),
]


def _plain(words: list[str], edge: str) -> re.Pattern[str]:
    return re.compile(f"(?<!{edge})" + alternation(words) + f"(?!{edge})")


@pytest.mark.parametrize("lang", sorted(LISTS))
@pytest.mark.parametrize("edge", EDGES)
def test_word_alternation_is_the_plain_bounded_alternation(lang: str, edge: str) -> None:
    """Grouped by first letter, the edge tested behind it: the same matches."""
    view = fold_toneless(TEXTS[lang])
    fast = re.compile(word_alternation(LISTS[lang], edge))
    expected = [m.span() for m in _plain(LISTS[lang], edge).finditer(view)]
    assert expected  # the text holds some of them
    assert [m.span() for m in fast.finditer(view)] == expected


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_word_starts_finds_every_start_overlaps_included(lang: str) -> None:
    """Both starts: "kỳ họp" and the "họp" inside it."""
    view = fold_toneless(TEXTS[lang])
    one = re.compile(r"(?<![\w-])" + alternation(LISTS[lang]))
    expected = [i for i in range(len(view)) if one.match(view, i)]
    assert [m.start() for m in re.finditer(word_starts(LISTS[lang]), view)] == expected


def test_empty_lists_match_nothing() -> None:
    """No phrase: a pattern that never matches."""
    assert re.search(word_alternation([]), "anything") is None
    assert re.search(word_starts([" "]), "anything") is None


@pytest.mark.parametrize(
    ("section", "name"),
    [("status", "planned"), ("status", "past"), ("events", "visit"), ("people", "titles")],
)
def test_phrase_patterns_match_as_before(section: str, name: str) -> None:
    """A built-in list in both languages: the compiled pattern is the plain bounded one."""
    words = list(PHRASES.words(section, name))
    plain = _plain(words, r"[\w-]")
    text = fold_toneless(" ".join(f"{w}, x{w} {w}-y ({w})" for w in words))
    found = [m.span() for m in PHRASES.pattern(section, name).finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert found


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abkyhop -,.", max_size=40))
def test_matches_at_is_finditer_given_every_possible_start(text: str) -> None:
    """Overlapping candidates are skipped as finditer skips them."""
    pattern = re.compile(r"\b(?:ky\s+hop|hop|ab+)")
    starts = [i for i in range(len(text)) if pattern.match(text, i)]
    assert [m.span() for m in matches_at(pattern, text, starts)] == [
        m.span() for m in pattern.finditer(text)
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(ORDINAL_WORDS),
        max_size=12,
    )
)
def test_ordinals_are_found_as_a_full_scan_finds_them(words: list[str]) -> None:
    """Trying the ordinal forms only where they can begin changes nothing."""
    from vnlao_events.extract import ordinals

    sentence = Sentence.of(0, " ".join(words))
    fast = find_ordinals(sentence)
    starts = ordinals.matches_at
    try:  # every position a candidate: the plain scan
        ordinals.matches_at = lambda p, t, _s: starts(p, t, range(len(t) + 1))  # type: ignore[assignment]
        assert find_ordinals(sentence) == fast
    finally:
        ordinals.matches_at = starts  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Thủ tướng đã tiếp Đại sứ Lào.", True),
        ("The Prime Minister received the Lao Ambassador.", True),
        ("Hai nước có quan hệ hữu nghị truyền thống.", False),
        ("The two countries enjoy traditional friendship.", False),
    ],
)
def test_one_search_tells_whether_a_sentence_has_an_event_cue(text: str, cue: bool) -> None:
    """The joined cue pattern matches where any kind's pattern does, in both languages."""
    view = fold_toneless(text)
    every = [PHRASES.pattern("events", n) for n in ("visit", "call", "reception", "talks", "side")]
    assert (_any_cue().search(view) is not None) is cue
    assert any(p.search(view) for p in every) is cue


PLAIN_PERIODS = {
    "_A_YEAR": re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"),
    "_THEMED_ANCHOR": re.compile(r"\b(?:năm|year)\b"),
    "_ANNIVERSARY_ANCHOR": re.compile(
        r"(?P<vi>\bky niêm\s+)(?=\d)|\b\d{1,3}(?:st|nd|rd|th)\s+anniversary\b"
    ),
}


@pytest.mark.parametrize(
    "text",
    [
        "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm Ngày ký Hiệp ước, năm 2022",
        "xkỷ niệm 60 năm; kỷ niệm năm; Năm Đoàn kết Hữu nghị 2022 – 12022, 20221, a2020b",
        "the 55th anniversary of diplomatic ties and the 40th anniversary, x55th anniversary",
        "Friendship and Solidarity Year 2017; the Year of Friendship 2022; years 1999-2020",
    ],
)
@pytest.mark.parametrize("name", sorted(PLAIN_PERIODS))
def test_period_anchors_match_as_their_plain_forms(text: str, name: str) -> None:
    """The anchors with their edges tested behind the first letter: the same matches."""
    from vnlao_events.extract import periods

    view = fold_toneless(text)
    plain = PLAIN_PERIODS[name]
    fast: re.Pattern[str] = getattr(periods, name)
    expected = [(m.span(), "vi" in m.groupdict() and bool(m["vi"])) for m in plain.finditer(view)]
    assert [
        (m.span(), "vi" in m.groupdict() and m["vi"] is not None) for m in fast.finditer(view)
    ] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ORDINAL_WORDS), max_size=12))
def test_ordinal_triggers_search_as_their_patterns(words: list[str]) -> None:
    """Tried only where a form can begin, each trigger answers as its pattern's search."""
    from vnlao_events.extract.ordinals import triggers

    view = fold_toneless(" ".join(words))
    for trigger in triggers():
        fast, plain = trigger.search(view), trigger.pattern.search(view)  # type: ignore[attr-defined]
        assert (fast and fast.span()) == (plain and plain.span())


def test_first_letter_alternation_keeps_the_order_within_a_letter() -> None:
    """The first of two branches that match at one place wins, as in the plain alternation."""
    pattern = re.compile(first_letter_alternation([("k", "y"), ("h", "op"), ("k", "y hop")], r"\w"))
    assert [m.group() for m in pattern.finditer("ky hop, hop, thop")] == ["ky", "hop", "hop"]
    assert re.search(first_letter_alternation([], r"\w"), "ky") is None


def test_the_unsure_characters_are_the_two_classes_joined() -> None:
    """Superscripts, fractions and anything outside the scripts the one-pass finder knows."""
    from vnlao_events._date_rules import _UNSURE

    plain = re.compile(
        "[\u00b2\u00b3\u00b9\u00bc-\u00be]"
        "|[^\x00-\u024f\u0300-\u036f\u0e00-\u0eff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]"
    )
    for code in range(0x3100):
        char = chr(code)
        assert (_UNSURE.match(char) is None) is (plain.match(char) is None), hex(code)


@pytest.mark.parametrize("text", ["lần thứ không", "the zeroth", "0"])
def test_a_bad_ordinal_raises_every_time(text: str) -> None:
    """An ordinal's value is read once per spelling; a bad one is refused each time asked."""
    from vnlao_events._ordinals import parse_ordinal
    from vnlao_events.exceptions import ParseError

    for _ in range(2):
        with pytest.raises(ParseError, match="Not an ordinal"):
            parse_ordinal(text)


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_an_open_word_alternation_may_run_on_into_a_word(lang: str) -> None:
    """Not ``closed``: only the character before the phrase is tested, not the one after."""
    view = fold_toneless(TEXTS[lang] + " " + TEXTS[lang].replace(" ", ""))
    fast = re.compile(word_alternation(LISTS[lang], closed=False))
    plain = re.compile(r"(?<![\w-])" + alternation(LISTS[lang]))
    assert [m.span() for m in fast.finditer(view)] == [m.span() for m in plain.finditer(view)]
