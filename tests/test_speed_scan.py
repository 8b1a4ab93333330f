"""The shortcuts of the document scans give what the plain scans give, in both languages."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_events import _text as text_module
from vnlao_events._date_handlers import DateExpression
from vnlao_events._date_rules import (
    _all_windows,
    _compiled,
    _gates,
    _matches,
    leading_class,
    led,
    scan,
)
from vnlao_events._kinds import DateKind
from vnlao_events._model import Participant
from vnlao_events._text import _COMBINING, _INVISIBLE, _SEEN, FoldedText, _ordinary
from vnlao_events.extract.context import Memory

TEXTS = (
    "Ngày 25-26/11/2022, tại Hà Nội, từ 2/12 đến 3/12 và 12/11/2022/3/4/5.",
    "Sáng 25/11, Kỳ họp lần thứ 46 diễn ra; tháng 7/2024 và cuối năm 2023 (2019).",
    "On Dec. 9, 2023 and 7-8 February 2024, the 39th meeting; in 3 weeks, Mon. 5 May.",
    "2024-08-30, 2024/8/30, 1.2.2003, 123456 20201 1999 3-9-1991 3/9/91 ngày 1 tháng ",
    "thứ năm tuần tới, hôm qua, mồng 3 tháng ba, quý IV/2025, năm tới, 3 ngày trước",
    "the first quarter of 2024, early December, by the end of August, late 2022",
)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bthe\s+|(?<!\w)(?:năm|quý)\s", "[nqt]"),
        (r"(?P<lang>)\d{1,2}/", r"[\d]"),
        (r"[a-c]x|\sy|\Wz", r"[\W\sa-c]"),
        (r"\Dq|\S|\w", r"[\D\S\w]"),
    ],
)
def test_leading_class_holds_every_first_character(pattern: str, expected: str) -> None:
    """The class names each character (or range, or category) a match may begin with."""
    assert leading_class(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"a?", r"(?i)abc", r".x", r"[^a]b", r"(?=a)", r"\b", r"(?:ab|c?)d?"],
)
def test_leading_class_gives_up_where_it_cannot_tell(pattern: str) -> None:
    """Empty matches, any first character, flags: no class."""
    assert leading_class(re.compile(pattern)) is None


def test_leading_class_gives_up_on_ignored_case() -> None:
    """A pattern that ignores case may begin with either case: no class."""
    assert leading_class(re.compile("abc", re.IGNORECASE)) is None


@pytest.mark.parametrize("text", TEXTS)
def test_each_rule_finds_what_a_plain_search_finds(text: str) -> None:
    """The look-ahead at the first character changes no match of any rule (vi and en)."""
    view = FoldedText.of(text).toneless
    for rule in _compiled(None):
        plain = rule.pattern.pattern
        if plain.startswith("(?=["):
            plain = plain[plain.index("])") + 2 :]
        original = re.compile(plain)
        assert [m.span() for m in rule.pattern.finditer(view)] == [
            m.span() for m in original.finditer(view)
        ], plain


@pytest.mark.parametrize("text", TEXTS)
def test_scan_equals_every_rule_searched_everywhere(text: str) -> None:
    """The gates, the first digits of runs and the look-aheads lose no expression."""
    folded = FoldedText.of(text)
    found = {(e.start, e.end, e.text) for e in scan(folded)}
    everywhere = set()
    for rule in _compiled(None):
        for match in rule.pattern.finditer(folded.toneless):
            expr = rule.handler(match, folded)
            if expr is not None:
                everywhere.add((expr.start, expr.end, expr.text))
    assert found == everywhere


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp lần thứ 46",
        "the 39th meeting",
        "Tha\u0300nh pho\u0302\u0301",  # combining marks: not the fast path
        "a\u200bb",  # an invisible character
        "new ✓ character ☃",
        "",
    ],
)
def test_the_fast_path_is_taken_exactly_for_known_one_for_one_characters(text: str) -> None:
    """The one-regex test says what the set of the text's characters says."""
    folded = FoldedText.of(text)  # learns the characters
    ordinary = _SEEN - _COMBINING - _INVISIBLE
    assert _ordinary(text) == (set(text) <= ordinary)
    if _ordinary(text):
        assert not folded.starts
        assert len(folded.toneless) == len(text) == len(folded.plain)


def test_a_character_learned_later_joins_the_fast_path() -> None:
    """A new character is learned once; the test is then built again with it."""
    text = "ʤ unusual ʤ"
    first = FoldedText.of(text)  # learned here
    assert _ordinary(text)
    assert FoldedText.of(text) == first


def test_combining_marks_never_take_the_fast_path() -> None:
    """Marks and invisible characters fold cluster by cluster, never one for one."""
    FoldedText.of("a\u0301")
    assert not _ordinary("a\u0301 e")
    assert not _ordinary("a\u00ad b")  # a soft hyphen


@pytest.mark.parametrize("by", [0, 3, 10])
def test_a_moved_expression_is_the_evolved_one(by: int) -> None:
    """The cheap copy is equal to, and hashes as, the evolved value."""
    expr = DateExpression(
        start=12, end=22, text="25/11/2022", kind="day", day=25, month=11, year=2022,
        context="ngày 24/11/2022",
    )  # fmt: skip
    moved = expr.moved(by)
    assert moved == attrs.evolve(expr, start=12 - by, end=22 - by)
    assert hash(moved) == hash(attrs.evolve(expr, start=12 - by, end=22 - by))


def test_memory_forgets_without_a_new_value_when_it_can() -> None:
    """Forgetting or learning nothing gives the memory itself."""
    person = Participant(written="Tran A")
    quiet = Memory(seen_date=True)
    assert quiet.forget() is quiet
    busy = Memory(pair=(person,), seen_date=True)
    assert busy.forget() == Memory(seen_date=True)
    learned = (("tran", person),)
    assert quiet.knowing(()) is quiet
    assert quiet.knowing(learned) == attrs.evolve(quiet, learned=learned)
    assert Memory(learned=learned).knowing(tuple(learned)) == Memory(learned=learned)


_PIECES = [
    "1", "12", "25", "2024", "1999", "/", "-", ".", ",", " ", "(", ")", "\n", "²",
    "ngày", "tháng", "năm", "từ", "đến", "mồng", "mùng", "cách đây", "Thủ tướng",
    "on", "the", "in", "November", "Nov.", "Mon", "Thu.", "monday", "tonight", "x",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_trying_rules_at_runs_and_gate_words_finds_what_every_position_finds(
    pieces: list[str],
) -> None:
    """A digit rule at the first digit of each run, a word rule at its gate's words only."""
    view = FoldedText.of("".join(pieces)).toneless
    spans = [(0, len(view))]
    _, hits = _all_windows(_gates(None), view)
    for rule in _compiled(None):
        if rule.runs:
            starts = [m.start() for m in re.finditer(rule.first + r"(?<!\d\d)", view)]
        elif rule.anchored:
            starts = hits[rule.gate]
        else:
            continue
        quick = [m.span() for m in _matches(rule.pattern, view, spans, starts)]
        assert quick == [m.span() for m in rule.pattern.finditer(view)], rule.pattern.pattern


def test_the_shortcuts_are_taken() -> None:
    """Digit rules behind a digit look-behind and month-name rules take their shortcut."""
    rules = _compiled(None)
    assert sum(rule.runs for rule in rules) >= 6
    assert {rule.handler.__name__ for rule in rules if rule.anchored} >= {
        "handle_day_en",
        "handle_weekday_abbr",
        "handle_day_of_month",
    }


def test_a_changed_expression_is_the_evolved_one() -> None:
    """``but`` gives what ``attrs.evolve`` gives, the kind converted, unknown fields refused."""
    expr = DateExpression(start=3, end=8, text="25/11", kind="day", day=25, month=11)
    changed = expr.but(kind="range", end_day=26, context_year=2022)
    assert changed == attrs.evolve(expr, kind="range", end_day=26, context_year=2022)
    assert changed.kind is DateKind.RANGE
    with pytest.raises(TypeError, match="no field 'colour'"):
        expr.but(colour="red")


def test_led_patterns_find_what_the_plain_ones_find() -> None:
    """The look-ahead at the first character keeps every match, in both languages."""
    pattern = re.compile(r"\bthe\s+\d|(?<!\w)(?:sáng|chiều)\s+nay|\d+(?:st|th)")
    fast = led(pattern)
    assert fast.pattern != pattern.pattern
    for text in (*TEXTS, "the 5 chiều nay 21st sáng nay the"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert led(re.compile(r"a?")).pattern == "a?"  # nothing to look at


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 25/11, tại Hà Nội, đã diễn ra Tham khảo chính trị lần thứ 7. " * 40,
        "On 25 November 2022, the 39th meeting was held in Vientiane – “Laos”. " * 40,
    ],
)
def test_a_long_text_folds_on_the_fast_path_as_on_the_other(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-regex test and the plain view from the toneless one change no view."""
    fast = FoldedText.of(text)
    assert len(text) >= text_module._LONG
    monkeypatch.setattr(text_module, "_LONG", 10**9)  # every text by the set of its characters
    assert FoldedText.of(text) == fast
