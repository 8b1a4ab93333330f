"""The robust choice of facts: the best-supported subset of a series' facts that can all hold.

A fact says that session ``k`` falls in the days ``[lo, hi]`` (either end may be open).
Consecutive sessions are ``gap_min..gap_max`` days apart, so sessions ``i < j`` are
``(j - i) * gap_min .. (j - i) * gap_max`` days apart. A set of facts can all hold exactly
when every *pair* of them can: the constraints form a simple temporal network whose only
cycles run through the origin once, so a negative cycle, if any, is made of two facts and the
chain between them. In the shifted coordinates

    ``A = lo - k * gap_min``, ``B = hi - k * gap_min``,
    ``P = lo - k * gap_max``, ``Q = hi - k * gap_max``

facts ``i < j`` can both hold iff ``A_i <= B_j`` and ``P_j <= Q_i``.

:func:`choose` keeps the subset of greatest total weight whose facts can all hold. It first
checks the whole set in one pass (a consistent series costs one linear pass, nothing more);
otherwise, facts that clash with no other fact are always kept (adding them never breaks
a set, since consistency is pairwise) and a dynamic programme over the others, in ordinal
order, tracks the states ``(max A, min Q)`` of the facts kept so far with their best
weight, dropping dominated states. It is exact: the choice equals brute force.

>>> facts = [Fact(key=1, ordinal=1, lo=0, hi=0, weight=5),
...          Fact(key=2, ordinal=2, lo=10, hi=10, weight=1),   # too close to the 1st
...          Fact(key=3, ordinal=3, lo=200, hi=200, weight=5)]
>>> choose(facts, 100, 300).kept
(1, 3)
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Hashable, Sequence

import attrs

__all__ = ["Choice", "Fact", "choose", "clashes", "feasible"]

_INF = float("inf")


@attrs.frozen(kw_only=True)
class Fact:
    """A stated window for one session of a chain, with the weight of its support.

    ``lo``/``hi`` are day numbers (``date.toordinal()``), ``None`` when open.

    >>> Fact(key="a", ordinal=3, lo=10, hi=None, weight=1).hi is None
    True
    """

    key: Hashable
    ordinal: int
    lo: int | None
    hi: int | None
    weight: int

    def shifted(self, gap_min: int, gap_max: int) -> tuple[float, float, float, float]:
        """``(A, B, P, Q)``: the window moved back by the least and the most gaps."""
        lo = -_INF if self.lo is None else self.lo
        hi = _INF if self.hi is None else self.hi
        k = self.ordinal
        return (lo - k * gap_min, hi - k * gap_min, lo - k * gap_max, hi - k * gap_max)


def clashes(a: Fact, b: Fact, gap_min: int, gap_max: int) -> bool:
    """Whether two facts about different sessions cannot both hold under the gap bounds.

    >>> clashes(Fact(key=1, ordinal=1, lo=0, hi=0, weight=1),
    ...         Fact(key=2, ordinal=2, lo=10, hi=10, weight=1), 100, 300)
    True
    """
    if a.ordinal > b.ordinal:
        a, b = b, a
    first, second = a.shifted(gap_min, gap_max), b.shifted(gap_min, gap_max)
    return not (first[0] <= second[1] and second[2] <= first[3])


def feasible(facts: Sequence[Fact], gap_min: int, gap_max: int) -> bool:
    """Whether all the facts can hold together (one pass in ordinal order).

    >>> feasible([Fact(key=1, ordinal=1, lo=0, hi=0, weight=1),
    ...           Fact(key=2, ordinal=3, lo=250, hi=250, weight=1)], 100, 300)
    True
    """
    return _feasible_in_order(_ordered(facts), gap_min, gap_max)


def _feasible_in_order(ordered: Sequence[Fact], gap_min: int, gap_max: int) -> bool:
    max_a, min_q = -_INF, _INF
    for fact in ordered:  # fact.shifted(), inline: this loop is the consistent case
        k, lo, hi = fact.ordinal, fact.lo, fact.hi
        if hi is not None and max_a > hi - k * gap_min:  # an earlier A above this B
            return False
        if lo is not None and lo - k * gap_max > min_q:  # this P above an earlier Q
            return False
        if hi is not None:
            min_q = min(min_q, hi - k * gap_max)
        if lo is not None:
            max_a = max(max_a, lo - k * gap_min)
    return True


def _in_order_and_feasible(facts: Sequence[Fact], gap_min: int, gap_max: int) -> bool:
    """Whether the facts come in ordinal order, one per session, and can all hold.

    :func:`feasible` without the sort, its checks inline: a consistent series costs this
    one pass and nothing more.
    """
    max_a, min_q = -_INF, _INF
    last = None
    for fact in facts:
        k, lo, hi = fact.ordinal, fact.lo, fact.hi
        if last is not None and k <= last:
            return False
        last = k
        if hi is not None and max_a > hi - k * gap_min:
            return False
        if lo is not None:
            if lo - k * gap_max > min_q:
                return False
            a = lo - k * gap_min
            if a > max_a:  # noqa: PLR1730 - no call in the hot loop
                max_a = a
        if hi is not None:
            q = hi - k * gap_max
            if q < min_q:  # noqa: PLR1730 - no call in the hot loop
                min_q = q
    return True


def _ordered(facts: Sequence[Fact], alternatives: bool = False) -> list[Fact]:
    ordered = list(facts)
    if all(a.ordinal < b.ordinal for a, b in itertools.pairwise(ordered)):
        return ordered  # in order already, one fact per session
    ordered.sort(key=lambda f: f.ordinal)
    by_session: dict[int, list[Fact]] = {}
    for before, after in itertools.pairwise(ordered):
        if before.ordinal != after.ordinal:
            continue
        if not alternatives:
            raise ValueError(
                f"'facts' must hold one fact per session (got two for {after.ordinal})."
            )
        by_session.setdefault(after.ordinal, [before]).append(after)
    for ordinal, group in by_session.items():
        if not all(_disjoint(a, b) for i, a in enumerate(group) for b in group[i + 1 :]):
            raise ValueError(
                f"'facts' for one session must be alternatives whose windows do not overlap"
                f" (got overlapping windows for {ordinal})."
            )
    return ordered


def _disjoint(a: Fact, b: Fact) -> bool:
    """Whether two windows share no day (so two facts about one session cannot both hold)."""
    return (a.hi is not None and b.lo is not None and a.hi < b.lo) or (
        b.hi is not None and a.lo is not None and b.hi < a.lo
    )


def _clashing(ordered: Sequence[Fact], gap_min: int, gap_max: int) -> set[int]:
    """Positions of the facts that clash with at least one other fact, in linear time.

    A fact clashes with an earlier one iff the running ``max A`` or ``min Q`` of the earlier
    facts rules it out, and with a later one iff the suffix ``max P`` or ``min B`` does.
    """
    shifted = [f.shifted(gap_min, gap_max) for f in ordered]
    found: set[int] = set()
    max_a, min_q = -_INF, _INF
    for i, (a, b, p, q) in enumerate(shifted):
        if p > min_q or max_a > b:
            found.add(i)
        max_a, min_q = max(max_a, a), min(min_q, q)
    max_p, min_b = -_INF, _INF
    for i in range(len(shifted) - 1, -1, -1):
        a, b, p, q = shifted[i]
        if max_p > q or a > min_b:
            found.add(i)
        max_p, min_b = max(max_p, p), min(min_b, b)
    return found


@attrs.frozen(kw_only=True)
class Choice:
    """The facts kept and the facts rejected, by key, in ordinal order.

    >>> Choice(kept=(1, 2), rejected=()).rejected
    ()
    """

    kept: tuple[Hashable, ...]
    rejected: tuple[Hashable, ...]


@attrs.frozen
class _Node:
    """A persistent list of the optional facts a state keeps (newest first)."""

    position: int
    parent: _Node | None


# A state of the programme: (max A, min Q) of the facts kept so far, their weight, and them.
_State = tuple[float, float, int, "_Node | None"]


def choose(
    facts: Sequence[Fact], gap_min: int, gap_max: int, *, alternatives: bool = False
) -> Choice:
    """The subset of greatest total weight whose facts can all hold.

    With ``alternatives``, several facts may be about one session: they are the ways one
    stated fact may hold (a day whose year is open, one fact per year), their windows must
    not overlap, and so at most one of them is kept. The programme is unchanged: two facts
    about one session clash exactly when their windows are disjoint.

    Ties are broken the same way every time, so the choice is deterministic. Cost: one
    linear pass when the facts are consistent; for the ``m`` facts that clash with some
    other, a sweep finds the clashing pairs (``O(m log m + pairs)``) and a fact that weighs
    at least as much as all it clashes with is kept at once (one wrong fact against right
    ones ends there); facts still tangled go to an exact programme: ``O(m log m)`` when they
    are single days, else ``O(m * s log s)`` for ``s`` undominated states.

    Args:
        facts: one fact per session (several with ``alternatives``), any order.
        gap_min: the least number of days between consecutive sessions.
        gap_max: the most.
        alternatives: whether facts about one session are alternatives.

    Returns:
        The keys kept and rejected.

    Raises:
        ValueError: when two facts are about the same session (without ``alternatives``),
            or two alternatives overlap.

    >>> facts = [Fact(key="a", ordinal=1, lo=0, hi=0, weight=1),
    ...          Fact(key="b", ordinal=2, lo=50, hi=50, weight=2)]
    >>> choose(facts, 100, 300)
    Choice(kept=('b',), rejected=('a',))
    >>> years = [Fact(key=("c", y), ordinal=3, lo=d, hi=d, weight=2)  # one per year
    ...          for y, d in [(1, 60), (2, 425)]]
    >>> choose([facts[0], *years], 100, 300, alternatives=True).kept
    ('a', ('c', 2))
    """
    if _in_order_and_feasible(facts, gap_min, gap_max):  # the common case, in one pass
        return Choice(kept=tuple(f.key for f in facts), rejected=())
    ordered = _ordered(facts, alternatives)
    if _feasible_in_order(ordered, gap_min, gap_max):
        return Choice(kept=tuple(f.key for f in ordered), rejected=())
    clashing = sorted(_clashing(ordered, gap_min, gap_max))
    keep, residual = _reduce(ordered, _edges(ordered, clashing, gap_min, gap_max))
    if residual and all(
        ordered[i].lo is not None and ordered[i].lo == ordered[i].hi for i in residual
    ):
        keep |= _best_chain_of_days(ordered, residual, gap_min, gap_max)
    elif residual:
        keep |= _best_by_states(ordered, residual, gap_min, gap_max)
    dropped = set(clashing) - keep
    return Choice(
        kept=tuple(f.key for i, f in enumerate(ordered) if i not in dropped),
        rejected=tuple(f.key for i, f in enumerate(ordered) if i in dropped),
    )


def _edges(
    ordered: Sequence[Fact], clashing: Sequence[int], gap_min: int, gap_max: int
) -> dict[int, set[int]]:
    """The pairs of clashing facts that cannot both hold, by a sweep in ordinal order.

    Earlier facts are kept sorted by ``A`` and by ``Q``; a fact clashes with the earlier
    ones whose ``A`` exceeds its ``B`` or whose ``Q`` falls below its ``P``, found by
    bisection: ``O(m log m)`` plus the number of pairs.
    """
    by_a: list[tuple[float, int]] = []
    by_q: list[tuple[float, int]] = []
    edges: dict[int, set[int]] = {i: set() for i in clashing}
    for i in clashing:
        a, b, p, q = ordered[i].shifted(gap_min, gap_max)
        found = {j for _, j in by_a[bisect.bisect_right(by_a, (b, _INF)) :]}
        found.update(j for _, j in by_q[: bisect.bisect_left(by_q, (p, -_INF))])
        for j in found:
            edges[i].add(j)
            edges[j].add(i)
        bisect.insort(by_a, (a, i))
        bisect.insort(by_q, (q, i))
    return edges


def _reduce(ordered: Sequence[Fact], edges: dict[int, set[int]]) -> tuple[set[int], list[int]]:
    """Keep every fact that weighs at least as much as all the facts it clashes with.

    Such a fact belongs to some best subset: swapping its neighbours out for it loses
    nothing. It is kept and its neighbours rejected, and the rule is applied again. One
    wrong fact against several right ones is settled here, in linear time; what is left
    (facts in a tangle of clashes) goes to the exact programme.
    """
    alive = set(edges)
    keep: set[int] = set()
    changed = True
    while changed:
        changed = False
        for v in sorted(alive):
            if v not in alive:
                continue
            against = [u for u in edges[v] if u in alive]
            if ordered[v].weight >= sum(ordered[u].weight for u in against):
                keep.add(v)
                alive.difference_update(against)
                alive.discard(v)
                changed = True
    return keep, sorted(alive)


def _best_by_states(
    ordered: Sequence[Fact], clashing: Sequence[int], gap_min: int, gap_max: int
) -> set[int]:
    """The general programme: states ``(max A, min Q)`` with their best weight."""
    states: list[_State] = [(-_INF, _INF, 0, None)]
    for i in clashing:
        a, b, p, q = ordered[i].shifted(gap_min, gap_max)
        weight = ordered[i].weight
        grown: list[_State] = [
            (max(max_a, a), min(min_q, q), total + weight, _Node(i, node))
            for max_a, min_q, total, node in states
            if p <= min_q and max_a <= b
        ]
        states = _prune(states + grown)
    best = max(states, key=lambda s: s[2])  # the first of the heaviest
    keep: set[int] = set()
    node = best[3]
    while node is not None:
        keep.add(node.position)
        node = node.parent
    return keep


def _best_chain_of_days(
    ordered: Sequence[Fact], clashing: Sequence[int], gap_min: int, gap_max: int
) -> set[int]:
    """When every clashing fact is a single day, the heaviest chain in ``O(m log m)``.

    For days, ``A = B`` and ``P = Q``, so facts ``i < j`` can both hold iff ``A_i <= A_j``
    and ``Q_i >= Q_j``: a partial order (the ordinals follow). Taken in order of ``A``,
    the best chain ending at each fact is its weight plus the best among the facts before
    it with ``Q`` no smaller: a prefix maximum over ``Q``'s ranks in a Fenwick tree.
    """
    points = [(ordered[i].shifted(gap_min, gap_max), i) for i in clashing]
    ranks = {q: r for r, q in enumerate(sorted({s[3] for s, _ in points}, reverse=True), 1)}
    size = len(ranks)
    tree: list[tuple[int, int]] = [(0, -1)] * (size + 1)  # (best weight, position)
    best: dict[int, tuple[int, int]] = {}
    for shifted, i in sorted(points, key=lambda item: (item[0][0], -item[0][3], item[1])):
        rank = ranks[shifted[3]]
        found, r = (0, -1), rank
        while r > 0:  # the best chain among facts with Q >= this Q, seen so far
            found = max(found, tree[r])
            r -= r & -r
        total = found[0] + ordered[i].weight
        best[i] = (total, found[1])
        r = rank
        while r <= size:
            tree[r] = max(tree[r], (total, i))
            r += r & -r
    end = max(best, key=lambda i: (best[i][0], -i))
    keep: set[int] = set()
    while end != -1:
        keep.add(end)
        end = best[end][1]
    return keep


def _prune(states: list[_State]) -> list[_State]:
    """Drop each state another beats on weight while leaving later facts no less room.

    States are taken heaviest first; a staircase of the ``(max A, min Q)`` kept so far
    (``A`` rising, ``Q`` rising) answers "is there one with ``A`` no larger and ``Q`` no
    smaller" by bisection.
    """
    ranked = sorted(enumerate(states), key=lambda item: (-item[1][2], item[0]))
    stair_a: list[float] = []
    stair_q: list[float] = []
    kept: list[_State] = []
    for _, state in ranked:
        a, q = state[0], state[1]
        at = bisect.bisect_right(stair_a, a)
        if at and stair_q[at - 1] >= q:
            continue  # a state at least as heavy with A <= a has Q >= q
        kept.append(state)
        end = at
        while end < len(stair_a) and stair_q[end] <= q:
            end += 1  # steps this state now covers
        stair_a[at:end] = [a]
        stair_q[at:end] = [q]
    return kept
