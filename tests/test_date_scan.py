"""How the date rules are run (``_date_rules.scan``): only where a match can begin.

A rule whose matches can only begin with a digit (or another character that is no letter)
is tried only at those characters; these tests hold that to what a scan of every position
finds, on texts made of the pieces dates are made of, in both languages.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_events._date_rules import (
    _all_windows,
    _compiled,
    _first_class,
    _gate_hits,
    _gates,
    _matches,
    _windows,
    scan,
)
from vnlao_events._text import FoldedText

_PIECES = [
    "1", "12", "25", "2024", "1999", "/", "-", ".", ",", " ", "  ", "(", ")", "\n",
    "ngày", "tháng", "năm", "Sáng", "từ", "đến", "quý", "IV", "lần thứ",
    "on", "the", "of", "to", "in", "November", "Nov.", "Monday", "early", "1st", "th",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})", r"[\d]"),  # lookbehind, then a digit
        (r"\((?P<y>(?:19|20)\d\d)\)", r"[\(]"),  # a literal
        (r"(?:19|20)\d\d", "[12]"),  # a branch of literals
        (r"(?:-\s*)?\d+", r"[\-\d]"),  # an optional piece, then what follows
        (r"ngày\s+\d", None),  # a letter: the rule scans every position
        (r"(?:x|\d)", None),  # a branch with a letter
        (r"\d*", None),  # may be empty
        (r".\d", None),  # any character
        (r"[^a]\d", None),  # a negated class
        (r"(?i:n)\d", None),  # case folded
    ],
)
def test_first_class(pattern: str, first: str | None) -> None:
    """The characters a match can begin with, or ``None`` when a letter or anything can."""
    assert _first_class(re.compile(pattern)) == first


def test_the_digit_rules_are_tried_only_at_their_first_characters() -> None:
    """The rules of dates in digits are among those tried only at their first characters."""
    firsts = {rule.first for rule in _compiled(None)}
    assert r"[\d]" in firsts  # "25/11", "25-26/11/2022" …


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_trying_only_where_a_match_begins_finds_what_every_position_finds(
    pieces: list[str],
) -> None:
    """Trying a rule only at its first characters gives the matches of a full scan."""
    view = FoldedText.of("".join(pieces)).toneless
    spans = [(0, len(view))]
    for rule in _compiled(None):
        if rule.first is None:
            continue
        starts = [m.start() for m in re.finditer(rule.first, view)]
        quick = [m.span() for m in _matches(rule.pattern, view, spans, starts)]
        assert quick == [m.span() for m in rule.pattern.finditer(view)], rule.pattern.pattern


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Sáng 25/11/2022, tại Hà Nội", ["25/11/2022"]),
        ("từ 30/11 đến 2/12/2022", ["30/11 đến 2/12/2022", "2/12/2022"]),
        ("on 25 November 2022", ["25 November 2022"]),
        ("February 7-8, 2024", ["February 7-8, 2024"]),
    ],
)
def test_scan_finds_digit_dates_in_both_languages(text: str, quotes: list[str]) -> None:
    """Dates in digits are found in Vietnamese and English text."""
    found = {e.text for e in scan(FoldedText.of(text))}
    assert set(quotes) <= found, found


_GATE_PIECES = [
    "tháng", "thg", "năm", "thứ ", "sáng ", "cùng ngày", "ngày hôm đó", "quý", "mồng",
    "monday", "mon", "thu", "thursday", "in", "into", "the same day", "early", "q1", "1st",
    "19", "2024", " ", "-", "x", "a", "\n", "²", "½", "Ⅳ", "ສ", "–", "“",
]  # fmt: skip


@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=30))
def test_one_pass_for_every_gate_gives_each_gate_its_own_windows(pieces: list[str]) -> None:
    """The windows (and gate words) found in one pass for all gates are each gate's alone."""
    view = FoldedText.of("".join(pieces)).toneless
    gates = _gates(None)
    windows, hits = _all_windows(gates, view)
    assert windows == {gate: _windows(gate, view) for gate in gates}
    assert hits == {gate: _gate_hits(gate, view) for gate in gates}
