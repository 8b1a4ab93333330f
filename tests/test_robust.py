"""Tests for the robust choice of facts (``_robust.py``)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnlao_events._robust import Fact, choose, clashes, feasible

GAP_MIN, GAP_MAX = 150, 1095


def _brute_force(facts: list[Fact]) -> int:
    """The greatest total weight of a subset whose facts can all hold."""
    best = 0
    for size in range(len(facts) + 1):
        for subset in itertools.combinations(facts, size):
            if feasible(list(subset), GAP_MIN, GAP_MAX):
                best = max(best, sum(f.weight for f in subset))
    return best


@st.composite
def small_chains(draw: st.DrawFn) -> list[Fact]:
    """Up to eight facts on distinct ordinals: days, windows, one-sided bounds."""
    ordinals = draw(st.lists(st.integers(1, 12), min_size=1, max_size=8, unique=True))
    facts = []
    for k in ordinals:
        start = draw(st.integers(0, 4000))
        shape = draw(st.sampled_from(["day", "window", "floor"]))
        width = draw(st.integers(1, 900)) if shape == "window" else 0
        facts.append(
            Fact(
                key=k,
                ordinal=k,
                lo=start,
                hi=None if shape == "floor" else start + width,
                weight=draw(st.integers(1, 5)),
            )
        )
    return facts


@settings(max_examples=300, deadline=None)
@given(small_chains())
def test_choice_equals_brute_force(facts):
    """On small random chains the kept set weighs as much as the best subset brute force finds."""
    choice = choose(facts, GAP_MIN, GAP_MAX)
    by_key = {f.key: f for f in facts}
    kept = [by_key[k] for k in choice.kept]
    assert sum(f.weight for f in kept) == _brute_force(facts)
    assert sorted(choice.kept + choice.rejected) == sorted(by_key)


@settings(max_examples=300, deadline=None)
@given(small_chains())
def test_kept_set_is_always_feasible(facts):
    """Whatever the facts, the facts kept can all hold, and each rejected one clashes with one."""
    choice = choose(facts, GAP_MIN, GAP_MAX)
    by_key = {f.key: f for f in facts}
    kept = [by_key[k] for k in choice.kept]
    assert feasible(kept, GAP_MIN, GAP_MAX)
    for key in choice.rejected:
        assert any(clashes(by_key[key], other, GAP_MIN, GAP_MAX) for other in kept)


@pytest.mark.parametrize(
    ("facts", "kept"),
    [
        # a consistent chain is kept whole
        ([(1, 0, 0, 1), (2, 200, 200, 1), (3, 400, 400, 1)], (1, 2, 3)),
        # a fact too close to both neighbours is the one left out
        ([(1, 0, 0, 1), (2, 10, 10, 1), (3, 400, 400, 1)], (1, 3)),
        # one strong fact outweighs two weak ones it contradicts
        ([(1, 0, 0, 1), (2, 100, 100, 5), (3, 200, 200, 1)], (2,)),
        # a fact in the wrong order (a 1st after a 39th) is left out
        ([(1, 5000, 5000, 1), (34, 0, 0, 2), (39, 1500, 1500, 2)], (34, 39)),
        # a floor ('on or after') that the chain contradicts is left out
        ([(1, 0, 0, 2), (2, 3000, None, 1)], (1,)),
    ],
)
def test_choice_cases(facts, kept):
    """Typical clashes keep the facts with the most support."""
    items = [Fact(key=k, ordinal=k, lo=lo, hi=hi, weight=w) for k, lo, hi, w in facts]
    assert choose(items, GAP_MIN, GAP_MAX).kept == kept


def test_two_facts_for_one_session_are_refused():
    """The choice works on one fact per session; two for one session is a clear error."""
    facts = [
        Fact(key=1, ordinal=1, lo=0, hi=0, weight=1),
        Fact(key=2, ordinal=1, lo=0, hi=0, weight=1),
    ]
    with pytest.raises(ValueError, match="'facts' must hold one fact per session"):
        choose(facts, GAP_MIN, GAP_MAX)


def test_many_clashing_facts_stay_fast():
    """Two thousand day facts, every tenth one wrong, are chosen in well under a second."""
    import time

    facts = []
    for k in range(1, 2001):
        day = k * 365 + (5000 if k % 10 == 0 else 0)
        facts.append(Fact(key=k, ordinal=k, lo=day, hi=day, weight=2 if k % 10 else 1))
    start = time.perf_counter()
    choice = choose(facts, GAP_MIN, GAP_MAX)
    assert time.perf_counter() - start < 2.0
    assert set(choice.rejected) == set(range(10, 2001, 10))


@st.composite
def chains_with_alternatives(draw: st.DrawFn) -> list[Fact]:
    """Small chains where some sessions have a day whose year is open: one fact per year."""
    facts = draw(small_chains())
    taken = {f.ordinal for f in facts}
    for k in draw(st.lists(st.integers(1, 12), max_size=3, unique=True)):
        if k in taken:
            continue
        day, weight = draw(st.integers(0, 365)), draw(st.integers(1, 5))
        years = draw(st.integers(1, 4))
        facts.extend(
            Fact(key=(k, y), ordinal=k, lo=day + 365 * y, hi=day + 365 * y, weight=weight)
            for y in range(years)
        )
    return facts


def _brute_force_alternatives(facts: list[Fact]) -> int:
    """The best weight of a feasible subset holding at most one fact per session."""
    best = 0
    for size in range(len(facts) + 1):
        for subset in itertools.combinations(facts, size):
            ordinals = [f.ordinal for f in subset]
            if len(set(ordinals)) == len(ordinals) and feasible(list(subset), GAP_MIN, GAP_MAX):
                best = max(best, sum(f.weight for f in subset))
    return best


@settings(max_examples=200, deadline=None)
@given(chains_with_alternatives())
def test_choice_among_alternatives_equals_brute_force(facts):
    """Alternatives for one session: at most one is kept, and the choice is still the best."""
    choice = choose(facts, GAP_MIN, GAP_MAX, alternatives=True)
    by_key = {f.key: f for f in facts}
    kept = [by_key[k] for k in choice.kept]
    assert len({f.ordinal for f in kept}) == len(kept)
    assert feasible(kept, GAP_MIN, GAP_MAX)
    assert sum(f.weight for f in kept) == _brute_force_alternatives(facts)
    assert sorted(map(str, choice.kept + choice.rejected)) == sorted(map(str, by_key))


def test_overlapping_alternatives_are_refused():
    """Two alternatives for one session must not share a day: both could hold."""
    facts = [
        Fact(key=1, ordinal=1, lo=0, hi=10, weight=1),
        Fact(key=2, ordinal=1, lo=5, hi=20, weight=1),
    ]
    with pytest.raises(ValueError, match="alternatives whose windows do not overlap"):
        choose(facts, GAP_MIN, GAP_MAX, alternatives=True)
