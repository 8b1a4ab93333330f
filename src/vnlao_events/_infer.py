"""Inference over a series: date windows, unseen sessions, hosts, forecasts, conflicts.

A series is a chain of sessions 1..n. Session k has a window [lo_k, hi_k] from its
own evidence; consecutive sessions are at least ``gap_min_days`` and at most
``gap_max_days`` apart (catalogue cadence bounds, chosen wide enough never to be
wrong). When the stated facts cannot all hold, the best-supported subset that can is
kept (:mod:`vnlao_events._robust`) and each fact left out is reported once, as a
conflict naming it, its evidence and the facts it contradicts. One forward and one
backward pass over the kept facts (bounds consistency of a simple temporal network
restricted to a chain) give the tightest window of every session, including sessions
no article names; a likely window learned from the series' own history
(:mod:`vnlao_events._cadence`) sits beside it. Inference returns a new timeline, never
changes a stated fact, and is idempotent.

>>> from datetime import date
>>> from vnlao_events import Timeline, Series, Session, Status, When, DateWindow, Place
>>> def held(n, day, country):
...     return Session(series="political-consultation", ordinal=n, status=Status.HELD,
...                    date=When.of(DateWindow.day(day)), place=Place(country=country))
>>> t = Timeline(series=[Series(key="political-consultation", sessions=[
...     held(7, date(2022, 11, 25), "VN"), held(9, date(2024, 8, 29), "VN")])])
>>> eighth = infer(t).session("political-consultation", 8)
>>> eighth.status.value, eighth.when.format_iso(), eighth.inferred_host.value
('inferred', '2023-04-24/2024-04-01', 'LA')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

import attrs

from ._cadence import History, Residuals, learn, pooled, predictor, slot_setters
from ._catalogue import Catalogue
from ._dates import DateWindow, Precision, When
from ._derivation import Derivation, FactRef, Param, Rule, session_word, word
from ._kinds import ConflictKind, Lang
from ._model import (
    Conflict,
    ConflictRule,
    HostRule,
    Inferred,
    LikelyBasis,
    LikelyWindow,
    Mechanism,
    RejectedFact,
    RotationUnit,
    Series,
    Session,
    Status,
    Timeline,
    evolved,
)
from ._robust import Fact, choose, clashes
from ._runtime import collector_paused

__all__ = ["conflict_report", "explain", "infer", "propagate"]

T = TypeVar("T")

_INFERENCE_CONFLICTS = tuple(rule.value for rule in ConflictRule)
_NEG = -(10**9)
_POS = 10**9
_FIRST_DAY = date.min.toordinal()
_LAST_DAY = date.max.toordinal()
_OBSERVED_DAYS = 31  # a session dated to within a month is an observation of the cadence


def propagate(
    lower: Sequence[int | None], upper: Sequence[int | None], gap_min: int, gap_max: int
) -> tuple[list[int], list[int]]:
    """Tightest bounds for a chain of events with bounded gaps, in linear time.

    Args:
        lower: each event's earliest day number (``None``: unbounded).
        upper: each event's latest day number (``None``: unbounded).
        gap_min: the least number of days between consecutive events.
        gap_max: the most.

    Returns:
        ``(lower, upper)`` after propagation; ``lower[k] > upper[k]`` means no date fits.

    >>> propagate([0, None, 100], [0, None, 100], 10, 60)
    ([0, 40, 100], [0, 60, 100])
    """
    lo = [_NEG if v is None else v for v in lower]
    hi = [_POS if v is None else v for v in upper]
    n = len(lo)
    before_lo, before_hi = lo[0] if n else _NEG, hi[0] if n else _POS
    for k in range(1, n):  # forward: a bound on the one before bounds this one
        here_lo, here_hi = lo[k], hi[k]
        if before_lo > _NEG and before_lo + gap_min > here_lo:
            here_lo = lo[k] = before_lo + gap_min
        if before_hi < _POS and before_hi + gap_max < here_hi:
            here_hi = hi[k] = before_hi + gap_max
        before_lo, before_hi = here_lo, here_hi
    for k in range(n - 2, -1, -1):  # backward: a bound on the one after bounds this one
        here_lo, here_hi = lo[k], hi[k]
        if before_hi < _POS and before_hi - gap_min < here_hi:
            here_hi = hi[k] = before_hi - gap_min
        if before_lo > _NEG and before_lo - gap_max > here_lo:
            here_lo = lo[k] = before_lo - gap_max
        before_lo, before_hi = here_lo, here_hi
    return lo, hi


def _day(number: int) -> date:
    return date.fromordinal(number)


def _stated(session: Session) -> bool:
    return session.status is not Status.INFERRED


@attrs.frozen
class _Chain:
    mechanism: Mechanism
    first: int
    last: int
    by_ordinal: dict[int, Session]  # the kept facts (rejected sessions are not here)


def _known_window(session: Session | None) -> DateWindow | None:
    if session is None or not _stated(session) or session.when is None:
        return None
    return session.when.window


_Bounds = tuple[list[int], list[int]]


def _bounds(chain: _Chain) -> _Bounds:
    lower: list[int | None] = []
    upper: list[int | None] = []
    get = chain.by_ordinal.get
    inferred = Status.INFERRED
    for k in range(chain.first, chain.last + 1):
        session = get(k)
        if session is None or session.status is inferred:
            lower.append(None)
            upper.append(None)
            continue
        placed = session.inferred_year  # Session.when, for a stated session
        when = placed.value if placed is not None else session.date
        window = when.window if when is not None else None
        if window is not None:
            lower.append(window.earliest.toordinal())
            upper.append(window.latest.toordinal())
        else:
            floor = session.not_before
            lower.append(floor.toordinal() if floor is not None else None)
            upper.append(None)
    lo, hi = propagate(lower, upper, chain.mechanism.gap_min_days, chain.mechanism.gap_max_days)
    # Bounds past the calendar's range (year 1 or 9999) are no bound at all.
    lo = [v if _FIRST_DAY <= v <= _LAST_DAY else _NEG for v in lo]
    hi = [v if _FIRST_DAY <= v <= _LAST_DAY else _POS for v in hi]
    return lo, hi


# ------------------------------------------------------------------ the robust choice


def _support(session: Session) -> tuple[int, int, int]:
    """(distinct documents, held above announced, day precision above coarser)."""
    status = {Status.HELD: 2, Status.HELD_OR_PLANNED: 1}.get(session.status, 0)
    window = session.when.window if session.when else None
    precision = 0 if window is None else 2 if window.days <= 3 else 1 if window.days <= 31 else 0
    return (max(1, len(session.documents)), status, precision)


def _weights(sessions: Sequence[Session]) -> dict[int, int]:
    """One integer per session whose sums compare as the supports do, lexicographically."""
    base = 2 * len(sessions) + 1
    return {
        id(s): (docs * base + status) * base + precision
        for s in sessions
        for docs, status, precision in [_support(s)]
    }


def _fact(session: Session, weight: int) -> Fact | None:
    k = session.number
    assert k is not None  # noqa: S101 - numbered sessions only
    window = _known_window(session)
    if window is not None:
        return Fact(
            key=k,
            ordinal=k,
            lo=window.earliest.toordinal(),
            hi=window.latest.toordinal(),
            weight=weight,
        )
    if session.not_before is not None and _stated(session):
        return Fact(
            key=k,
            ordinal=k,
            lo=session.not_before.toordinal(),
            hi=None,
            weight=weight,
        )
    return None


def _ref(session: Session, host: str | None = None) -> FactRef:
    """A kept fact, by reference: its ordinal and what it states."""
    k = session.number
    assert k is not None  # noqa: S101 - numbered sessions only
    return FactRef(
        ordinal=k,
        date=session.when.format_iso() if session.when is not None else None,
        not_before=(
            session.not_before.isoformat()
            if session.when is None and session.not_before is not None
            else None
        ),
        host=host,
    )


_CONFLICT_RULES = {
    ConflictRule.CADENCE: Rule.CONFLICT_CADENCE,
    ConflictRule.NO_YEAR: Rule.CONFLICT_NO_YEAR,
    ConflictRule.HOST: Rule.CONFLICT_HOST,
}
_HOST_CONFLICTS = {
    HostRule.ROTATE: Rule.CONFLICT_HOST_ROTATION,
    HostRule.FIXED: Rule.CONFLICT_HOST_FIXED,
}


def _rejection(
    mechanism: Mechanism,
    session: Session,
    rule: ConflictRule,
    stated: str,
    contradicted: Sequence[Session],
) -> tuple[RejectedFact, Conflict]:
    """The rejected fact and its conflict record: the fact, its evidence, what it contradicts."""
    k = session.number
    assert k is not None  # noqa: S101 - numbered sessions only
    rejected = RejectedFact(
        series=mechanism.key,
        ordinal=k,
        rule=rule,
        stated=stated,
        documents=session.documents,
        contradicts=sorted(n for s in contradicted if (n := s.number) is not None),
    )
    bounds = (
        {"gap_min": mechanism.gap_min_days, "gap_max": mechanism.gap_max_days}
        if rule is ConflictRule.CADENCE
        else {}
    )
    conflict_rule = _CONFLICT_RULES[rule]
    if rule is ConflictRule.HOST and mechanism.host_rule is not HostRule.ALTERNATE:
        conflict_rule = _HOST_CONFLICTS[mechanism.host_rule]
    derivation = Derivation.of(
        conflict_rule,
        facts=[_ref(s) for s in contradicted if s.number is not None],
        series=mechanism.key,
        ordinal=k,
        stated=stated,
        sources=", ".join(session.documents) or "no document",
        support=_documents_of(contradicted),
        **bounds,
    )
    evidence = (*session.evidence, *(e for s in contradicted for e in s.evidence[:1]))
    conflict = Conflict(
        kind=ConflictKind(rule.value),
        message=derivation.render(),
        series=mechanism.key,
        ordinal=k,
        evidence=evidence,
        rejected=rejected,
        derivation=derivation,
    )
    return rejected, conflict


def _documents_of(sessions: Sequence[Session]) -> int:
    return len({d for s in sessions for d in s.documents})


def _year_options(
    session: Session, weight: int, dated: Sequence[Fact], mechanism: Mechanism
) -> list[Fact]:
    """An open-year date as one alternative fact per year some dated fact allows it.

    A kept set holding a dated fact places the date within that fact's reach over the
    cadence bounds, so the years from the earliest to the latest any dated fact reaches (a
    year more each side) hold every placement a best choice can make.
    """
    k = session.number
    when = session.when
    assert k is not None and when is not None  # noqa: S101 - numbered, open-year sessions
    gap_min, gap_max = mechanism.gap_min_days, mechanism.gap_max_days
    lows, highs = [], []
    for fact in dated:
        steps = k - fact.ordinal
        assert fact.lo is not None  # noqa: S101 - a day, a window or a floor
        top = fact.hi if fact.hi is not None else fact.lo  # a floor: reach it as a day
        lows.append(fact.lo + steps * (gap_min if steps > 0 else gap_max))
        highs.append(top + steps * (gap_max if steps > 0 else gap_min))
    if not lows:
        return []
    first = _day(min(max(min(lows), _FIRST_DAY), _LAST_DAY)).year - 1
    last = _day(max(min(max(highs), _LAST_DAY), _FIRST_DAY)).year + 1
    floor = session.not_before.toordinal() if session.not_before is not None else None
    options = []
    for year in range(max(first, 1), min(last, 9999) + 1):
        try:
            window = when.resolved(year).window
        except ValueError:
            continue  # 29 February of a common year
        if window is None:  # pragma: no cover - a resolved date has a window
            continue
        if floor is not None and window.latest.toordinal() < floor:
            continue  # before the session's stated floor
        options.append(
            Fact(
                key=(k, year),
                ordinal=k,
                lo=window.earliest.toordinal(),
                hi=window.latest.toordinal(),
                weight=weight,
            )
        )
    return options


def _choose_dates(
    mechanism: Mechanism, numbered: dict[int, Session], conflicts: list[Conflict]
) -> tuple[dict[int, Session], dict[int, Session], _Bounds | None]:
    """Split numbered sessions into kept and rejected (the latter marked, with a conflict).

    The plain propagation decides first: when no window comes out empty and no date leaves
    its year open, every fact can hold and the choice has nothing to do (its bounds are
    returned for reuse; else ``None``: the bounds change as open years are placed). A date
    whose year is open is weighed like any other fact, as one alternative per year
    (:func:`_year_options`): it is support against a lighter dated fact that would push it
    out of its true year, and is rejected (``no-year``) when no year fits beside heavier
    facts. All else equal, a dated fact outweighs an open-year one.
    """
    lo, hi = _bounds(_Chain(mechanism, min(numbered), max(numbered), numbered))
    consistent = all(a <= b for a, b in zip(lo, hi, strict=True))
    opened = {  # stated sessions: the date shown is the stated one
        k: s for k, s in numbered.items() if (d := s.date) is not None and d.window is None
    }
    if consistent and not opened:
        return dict(numbered), {}, (lo, hi)
    sessions = list(numbered.values())
    scale = len(opened) + 1
    weights = {key: weight * scale for key, weight in _weights(sessions).items()}
    facts = {
        k: fact
        for k, s in numbered.items()
        if k not in opened and (fact := _fact(s, weights[id(s)])) is not None
    }
    dated = list(facts.values())
    options = {k: _year_options(s, weights[id(s)] - 1, dated, mechanism) for k, s in opened.items()}
    alternatives = [o for found in options.values() for o in found]
    gap_min, gap_max = mechanism.gap_min_days, mechanism.gap_max_days
    choice = choose([*dated, *alternatives], gap_min, gap_max, alternatives=True)
    by_key = {o.key: o for o in alternatives}
    placed = {key[0]: by_key[key] for key in choice.kept if isinstance(key, tuple)}
    kept_keys = sorted(k for k in choice.kept if isinstance(k, int))
    no_year = sorted(k for k, found in options.items() if found and k not in placed)
    cadence = sorted(k for k in choice.rejected if isinstance(k, int))
    if not cadence and not no_year:
        return dict(numbered), {}, None
    rejected: dict[int, Session] = {}
    for key in cadence:
        session = numbered[key]
        # The dated facts it contradicts; the open-year ones (in the year the choice
        # placed them) only when it contradicts no dated fact.
        against = [k for k in kept_keys if clashes(facts[key], facts[k], gap_min, gap_max)]
        against = against or sorted(
            k for k, o in placed.items() if clashes(facts[key], o, gap_min, gap_max)
        )
        stated = (
            session.when.format_iso()
            if session.when is not None
            else f"on or after {session.not_before}"
        )
        record, conflict = _rejection(
            mechanism, session, ConflictRule.CADENCE, stated, [numbered[k] for k in against]
        )
        conflicts.append(conflict)
        rejected[key] = attrs.evolve(session, rejected=record)
    standing = sorted({*kept_keys, *placed})
    for key in no_year:
        session = numbered[key]
        assert session.when is not None  # noqa: S101 - an open-year date
        earlier = [k for k in standing if k < key and _known_window(numbered[k])]
        later = [k for k in standing if k > key and _known_window(numbered[k])]
        nearest = [numbered[k] for k in (earlier[-1:] + later[:1])]
        record, conflict = _rejection(
            mechanism, session, ConflictRule.NO_YEAR, session.when.format_iso(), nearest
        )
        conflicts.append(conflict)
        rejected[key] = attrs.evolve(session, rejected=record)
    kept = {k: s for k, s in numbered.items() if k not in rejected}
    return kept, rejected, None


def _resolve_open_years(
    chain: _Chain, conflicts: list[Conflict]
) -> tuple[_Chain, dict[int, Session]]:
    """Place open-year dates ("25/11", no year) in the only year the kept facts allow.

    One date is placed at a time and the bounds recomputed, so the placed dates hold
    together. The robust choice (:func:`_choose_dates`) has already weighed each open-year
    date against the dated facts and left in only dates some year fits beside the others;
    a date it could not weigh that no year fits, between bounded neighbours, is rejected.
    """
    rejected: dict[int, Session] = {}
    changed = any(s.when is not None and s.when.window is None for s in chain.by_ordinal.values())
    while changed:
        changed = False
        lo, hi = _bounds(chain)
        for k, session in sorted(chain.by_ordinal.items()):
            if not _stated(session) or session.when is None or session.when.window is not None:
                continue
            index = k - chain.first
            md = session.when.month_day
            assert md is not None and md.month is not None  # noqa: S101
            bounded = lo[index] > _NEG and hi[index] < _POS
            candidates: list[int] = []
            if bounded and lo[index] <= hi[index]:
                for year in range(_day(lo[index]).year, _day(hi[index]).year + 1):
                    try:
                        placed = md.with_year(year)  # a day, or a whole month ("in October")
                    except ValueError:
                        continue  # 29 February of a common year
                    first, last = placed.earliest, placed.latest
                    if first is None or last is None:  # pragma: no cover - a year is set
                        continue
                    if first.toordinal() <= hi[index] and last.toordinal() >= lo[index]:
                        candidates.append(year)
            span = f"{_day(lo[index])}..{_day(hi[index])}" if bounded else "unbounded"
            if bounded and not candidates:
                against = [
                    s
                    for j in (_nearest(chain, k, -1), _nearest(chain, k, 1))
                    if j is not None and (s := chain.by_ordinal[j]) is not None
                ]
                fact, conflict = _rejection(
                    chain.mechanism, session, ConflictRule.NO_YEAR, session.when.format_iso(),
                    against,
                )  # fmt: skip
                conflicts.append(conflict)
                rejected[k] = attrs.evolve(session, rejected=fact)
                del chain.by_ordinal[k]
                changed = True
                break
            if len(candidates) == 1:
                resolved = session.when.resolved(candidates[0])
                why = Derivation.of(
                    Rule.YEAR_RESOLVED, year=candidates[0], month_day=md.format_iso(), span=span
                )
                chain.by_ordinal[k] = _placed(session, resolved, why)
                changed = True
                break
            if candidates and tuple(candidates) != session.when.year_candidates:
                why = Derivation.of(
                    Rule.YEAR_OPEN,
                    month_day=md.format_iso(),
                    span=span,
                    count=len(candidates),
                    years=", ".join(map(str, candidates)),
                )
                narrowed = attrs.evolve(session.when, year_candidates=tuple(candidates))
                chain.by_ordinal[k] = _placed(session, narrowed, why)
    return chain, rejected


def _placed(session: Session, when: When, why: Derivation) -> Session:
    """The session with its open-year date placed (or its candidate years narrowed)."""
    before = session.inferred_year.derivation if session.inferred_year is not None else ()
    return attrs.evolve(session, inferred_year=Inferred(when, (*before, why)))


def _nearest(chain: _Chain, k: int, step: int) -> int | None:
    """The nearest ordinal from ``k`` in direction ``step`` whose session has a window."""
    j = k + step
    while chain.first <= j <= chain.last:
        if _known_window(chain.by_ordinal.get(j)) is not None:
            return j
        j += step
    return None


# ------------------------------------------------------------------ hosts


# The host of a session, from its number and the window it is shown in.
_HostOf = Callable[[int | None, DateWindow | None], Inferred[str] | None]
_TURNS = {HostRule.ALTERNATE: "alternation", HostRule.ROTATE: "rotation"}


def _host_of(session: Session, members: Sequence[str]) -> str | None:
    if session.place is None or session.place.online:
        return None
    country = session.place.country
    return country if country is not None and (not members or country in members) else None


def _shown_window(session: Session) -> DateWindow | None:
    """The window a session is shown in: the series' narrower one, else its date's."""
    if session.inferred_date is not None:
        return session.inferred_date.value
    return session.when.window if session.when is not None else None


def _unit(mechanism: Mechanism, number: int | None, window: DateWindow | None) -> int | None:
    """What the host rule turns with: the ordinal, or the year of a rotation by year.

    The year is the one calendar year the session's window lies in, if it lies in one.
    """
    if mechanism.host_rule is HostRule.ROTATE and mechanism.rotation is RotationUnit.YEAR:
        if window is None or window.earliest.year != window.latest.year:
            return None
        return window.earliest.year
    return number


def _unit_of(mechanism: Mechanism, session: Session) -> int | None:
    return _unit(mechanism, session.number, _shown_window(session))


def _turn_hosts(
    chain: _Chain, conflicts: list[Conflict]
) -> tuple[_HostOf | None, dict[int, RejectedFact]]:
    """The host of each session by the series' host rule, from the catalogue and the stated hosts.

    ``alternate`` and ``rotate`` give the host by the position of the session (or of its
    year) in the members' turns; the phase is the catalogue's anchor when it has one, else
    the one the stated hosts support most. The stated hosts that break it are rejected,
    one conflict each. When two phases are supported equally, no host is inferred.
    ``fixed`` gives the one host. ``free`` gives none.
    """
    mechanism = chain.mechanism
    rule = mechanism.host_rule
    if rule is HostRule.FREE:
        return None, {}
    by_year = rule is HostRule.ROTATE and mechanism.rotation is RotationUnit.YEAR
    turns = mechanism.turns if rule is not HostRule.FIXED else (mechanism.host or "",)
    stated = [
        (unit, host, s)
        for k, s in sorted(chain.by_ordinal.items())
        if _stated(s)
        and (host := _host_of(s, mechanism.members if rule is not HostRule.FIXED else ()))
        is not None
        and (unit := _unit_of(mechanism, s)) is not None
    ]
    count = len(turns)
    anchor = mechanism.anchor
    start: int | None = None  # a rotation by year holds from its anchor (or first stated) year
    if rule is HostRule.FIXED:
        phase = 0
    elif anchor is not None:
        unit = anchor.year if by_year else anchor.session
        assert unit is not None  # noqa: S101 - checked by the Mechanism
        phase = (turns.index(anchor.host) - unit) % count
        start = unit if by_year else None
    else:
        if not stated:
            return None, {}
        weights = _weights([s for _, _, s in stated])
        score: dict[int, int] = {}
        for unit, host, s in stated:
            if host in turns:
                key = (turns.index(host) - unit) % count
                score[key] = score.get(key, 0) + weights[id(s)]
        best = sorted(score.values(), reverse=True)
        if not best or (len(best) > 1 and best[0] == best[1]):
            tie = Derivation.of(
                Rule.CONFLICT_HOST_TIE
                if rule is HostRule.ALTERNATE
                else Rule.CONFLICT_HOST_ROTATE_TIE,
                facts=[FactRef(ordinal=s.number or 0, host=h) for _, h, s in stated],
                series=mechanism.key,
            )
            conflicts.append(
                Conflict(
                    kind=ConflictKind.HOST,
                    message=tie.render(),
                    series=mechanism.key,
                    evidence=tuple(e for _, _, s in stated for e in s.evidence[:1]),
                    derivation=tie,
                )
            )
            return None, {}
        phase = max(score, key=lambda p: score[p])
        start = min(u for u, _, _ in stated) if by_year else None

    def expected(unit: int) -> str:
        return turns[(unit + phase) % count]

    rejected: dict[int, RejectedFact] = {}
    for unit, host, s in stated:
        if host != expected(unit) and s.number is not None:
            against = [t for u, h, t in stated if h == expected(u)]
            fact, conflict = _rejection(mechanism, s, ConflictRule.HOST, host, against)
            conflicts.append(conflict)
            rejected[s.number] = fact
    basis = tuple(
        FactRef(ordinal=n, host=h)
        for u, h, s in stated
        if h == expected(u) and (n := s.number) is not None
    )

    def inferred(host: str) -> Inferred[str]:
        if rule is HostRule.FIXED:
            why = Derivation.of(Rule.HOST_FIXED, host=host)
        elif anchor is not None and anchor.year is not None:
            why = Derivation.of(
                Rule.HOST_ANCHOR_YEAR, host=host, year=anchor.year, anchor_host=anchor.host
            )
        elif anchor is not None and anchor.session is not None:
            why = Derivation.of(
                Rule.HOST_ANCHOR_SESSION,
                host=host,
                turns=_TURNS[rule],
                session=anchor.session,
                anchor_host=anchor.host,
            )
        else:
            derived = Rule.HOST_ALTERNATION if rule is HostRule.ALTERNATE else Rule.HOST_ROTATION
            why = Derivation.of(derived, facts=basis, host=host)
        return Inferred(host, (why,))

    made: dict[str, Inferred[str]] = {}  # one value per host: the derivation is the same

    def host_of(number: int | None, window: DateWindow | None) -> Inferred[str] | None:
        unit = _unit(mechanism, number, window)
        if unit is None or (start is not None and unit < start):
            return None
        host = expected(unit)
        found = made.get(host)
        if found is None:
            found = made[host] = inferred(host)
        return found

    return host_of, rejected


def _with_host(session: Session, hosts: _HostOf | None) -> Session:
    if hosts is None or session.number is None:
        return session
    if session.place is not None and (session.place.country or session.place.online):
        return session
    found = hosts(session.number, _shown_window(session))
    if found is None:
        return session
    return evolved(session, inferred_host=found)


# ------------------------------------------------------------------ windows


# The likely window of session k inside its hard window (first and last day numbers).
_LikelyOf = Callable[[int, int, int], LikelyWindow | None]


def _infer_chain(
    chain: _Chain,
    rejected: dict[int, Session],
    conflicts: list[Conflict],
    likely_of: _LikelyOf,
    bounds: _Bounds | None = None,
) -> list[Session]:
    mechanism = chain.mechanism
    lo, hi = bounds or _bounds(chain)
    hosts, host_rejected = _turn_hosts(chain, conflicts)
    before, after = _neighbours(chain)
    sessions: list[Session] = []
    by_ordinal = chain.by_ordinal
    refs: dict[int, FactRef] = {}  # the neighbours, as derivations quote them
    inferred_status, held = Status.INFERRED, Status.HELD
    for k in range(chain.first, chain.last + 1):
        index = k - chain.first
        first, last = lo[index], hi[index]
        session = by_ordinal.get(k) or rejected.get(k)
        fits = first > _NEG and last < _POS and first <= last
        if session is not None and k in host_rejected and session.rejected is None:
            session = attrs.evolve(session, rejected=host_rejected[k])
        if session is not None and k in rejected:
            window = _window(first, last) if fits else None
            if window != session.series_window:
                session = attrs.evolve(session, inferred_date=_as_inferred(window))
            sessions.append(session)
            continue
        if session is not None and session.status is not inferred_status:
            narrower = None
            placed = session.inferred_year  # session.when, for a stated session
            when = placed.value if placed is not None else session.date
            stated = when.window if when is not None else None
            # A stated session no source dates takes the series' window; a dated one, a
            # narrower window than its own.
            if fits and (
                when is None
                or (stated is not None and last - first < (stated.latest - stated.earliest).days)
            ):
                narrower = _window(first, last)
            likely = None
            if session.status is not held or when is None:
                if narrower is not None:
                    likely = _as_inferred(likely_of(k, first, last))
                elif stated is not None:
                    hard = (stated.earliest.toordinal(), stated.latest.toordinal())
                    likely = _as_inferred(likely_of(k, *hard))
            changes: dict[str, object] = {}
            series_window = session.inferred_date  # session.series_window, for a stated one
            if (series_window.value if series_window is not None else None) != narrower or (
                likely != session.likely
            ):
                changes = {"inferred_date": _as_inferred(narrower), "likely": likely}
            place = session.place
            if (
                hosts is not None
                and session.number is not None
                and (place is None or not (place.country or place.online))
            ):
                shown = (narrower or stated) if changes else _shown_window(session)
                host = hosts(session.number, shown)
                if host is not None:
                    changes["inferred_host"] = host
            sessions.append(evolved(session, **changes) if changes else session)
            continue
        if not fits:
            continue
        window = _window(first, last)
        derivation = _why_window(chain, k, window, before[index], after[index], refs)
        sessions.append(
            _unseen(
                mechanism.key,
                k,
                _inferred(window, (derivation,)),
                _as_inferred(likely_of(k, first, last)),
                hosts(k, window) if hosts is not None else None,
            )
        )
    sessions.extend(s for k, s in rejected.items() if not chain.first <= k <= chain.last)
    forecast = _forecast(chain, lo[-1], hi[-1], hosts, set(rejected), likely_of)
    if forecast is not None:
        sessions.append(forecast)
    return sessions


# Inference builds a few values per session of every series: the hot ones are built here
# from fields already valid and in their converted form, without the classes' converters
# and checks (tests compare each with the class's own constructor).
_new = object.__new__
_fromordinal = date.fromordinal
(
    _Inferred_value,
    _Inferred_derivation,
) = slot_setters(Inferred, "value", "derivation")
(
    _DateWindow_earliest,
    _DateWindow_latest,
    _DateWindow_precision,
) = slot_setters(DateWindow, "earliest", "latest", "precision")
(
    _FactRef_ordinal,
    _FactRef_series,
    _FactRef_date,
    _FactRef_not_before,
    _FactRef_host,
) = slot_setters(FactRef, "ordinal", "series", "date", "not_before", "host")
(
    _Session_series,
    _Session_ordinal,
    _Session_status,
    _Session_date,
    _Session_place,
    _Session_co_chairs,
    _Session_participants,
    _Session_evidence,
    _Session_derivation,
    _Session_forecast,
    _Session_not_before,
    _Session_rejected,
    _Session_inferred_date,
    _Session_inferred_year,
    _Session_inferred_host,
    _Session_inferred_ordinal,
    _Session_likely,
) = slot_setters(
    Session,
    "series",
    "ordinal",
    "status",
    "date",
    "place",
    "co_chairs",
    "participants",
    "evidence",
    "derivation",
    "forecast",
    "not_before",
    "rejected",
    "inferred_date",
    "inferred_year",
    "inferred_host",
    "inferred_ordinal",
    "likely",
)
(
    _Derivation_rule,
    _Derivation_params,
    _Derivation_facts,
) = slot_setters(Derivation, "rule", "params", "facts")


def _inferred(value: T, derivation: tuple[Derivation, ...]) -> Inferred[T]:
    made: Inferred[T] = _new(Inferred)
    _Inferred_value(made, value)
    _Inferred_derivation(made, derivation)
    return made


def _as_inferred(value: T | None) -> Inferred[T] | None:
    """A value inference reached by a rule whose derivation the value itself carries."""
    return None if value is None else _inferred(value, ())


def _window(first: int, last: int) -> DateWindow:
    """The window of days ``first..last`` (day numbers, ``first <= last``)."""
    made: DateWindow = _new(DateWindow)
    _DateWindow_earliest(made, _fromordinal(first))
    _DateWindow_latest(made, _fromordinal(last))
    _DateWindow_precision(made, Precision.WINDOW)
    return made


def _fact_ref(ordinal: int, date_text: str) -> FactRef:
    """``FactRef(ordinal=ordinal, date=date_text)``."""
    made: FactRef = _new(FactRef)
    _FactRef_ordinal(made, ordinal)
    _FactRef_series(made, None)
    _FactRef_date(made, date_text)
    _FactRef_not_before(made, None)
    _FactRef_host(made, None)
    return made


def _unseen(
    series: str,
    ordinal: int,
    window: Inferred[DateWindow],
    likely: Inferred[LikelyWindow] | None,
    host: Inferred[str] | None,
) -> Session:
    """An inferred session no source names: ``Session(series=…, status=INFERRED, …)``."""
    made: Session = _new(Session)
    _Session_series(made, series)
    _Session_ordinal(made, ordinal)
    _Session_status(made, Status.INFERRED)
    _Session_date(made, None)
    _Session_place(made, None)
    _Session_co_chairs(made, ())
    _Session_participants(made, ())
    _Session_evidence(made, ())
    _Session_derivation(made, ())
    _Session_forecast(made, False)
    _Session_not_before(made, None)
    _Session_rejected(made, None)
    _Session_inferred_date(made, window)
    _Session_inferred_year(made, None)
    _Session_inferred_host(made, host)
    _Session_inferred_ordinal(made, None)
    _Session_likely(made, likely)
    return made


def _derivation(
    rule: Rule, params: tuple[tuple[str, Param], ...], facts: tuple[FactRef, ...]
) -> Derivation:
    """A derivation whose parameters are the rule's, in sorted order."""
    made: Derivation = _new(Derivation)
    _Derivation_rule(made, rule)
    _Derivation_params(made, params)
    _Derivation_facts(made, facts)
    return made


def _neighbours(chain: _Chain) -> tuple[list[int | None], list[int | None]]:
    """For each ordinal, the nearest ordinal before and after it with a known window."""
    count = chain.last - chain.first + 1
    get = chain.by_ordinal.get
    inferred = Status.INFERRED
    known = [
        (s := get(chain.first + i)) is not None
        and s.status is not inferred
        and (when := (s.inferred_year.value if s.inferred_year is not None else s.date))
        is not None  # s.when, for a stated session
        and when.window is not None
        for i in range(count)
    ]
    before: list[int | None] = [None] * count
    after: list[int | None] = [None] * count
    last: int | None = None
    for i in range(count):
        before[i] = last
        if known[i]:
            last = chain.first + i
    last = None
    for i in range(count - 1, -1, -1):
        after[i] = last
        if known[i]:
            last = chain.first + i
    return before, after


def _why_window(
    chain: _Chain,
    k: int,
    window: DateWindow,
    before: int | None,
    after: int | None,
    refs: dict[int, FactRef] | None = None,
) -> Derivation:
    """The cadence rule that dates an unseen session from its dated neighbours.

    ``refs`` caches the neighbours (with their ISO dates) across the sessions of one chain.
    The parameters are put in their sorted order here, as :meth:`Derivation.of` would.
    """
    mechanism = chain.mechanism
    refs = {} if refs is None else refs
    gap_min = mechanism.gap_min_days
    earliest, latest = window.earliest, window.latest  # window.format_iso(), inlined
    text = (
        earliest.isoformat()
        if earliest == latest
        else f"{earliest.isoformat()}/{latest.isoformat()}"
    )
    tail = (("gap_max", mechanism.gap_max_days), ("ordinal", k), ("window", text))
    if before is not None:
        early = refs.get(before) or _neighbour_ref(chain, before, refs)
        if after is not None:
            late = refs.get(after) or _neighbour_ref(chain, after, refs)
            params: tuple[tuple[str, Param], ...] = (
                ("after", after),
                ("after_date", late.date or ""),
                ("after_days", gap_min * (k - before)),
                ("before", before),
                ("before_date", early.date or ""),
                ("before_days", gap_min * (after - k)),
                *tail,
            )
            return _derivation(Rule.WINDOW_BETWEEN, params, (early, late))
        params = (
            ("after_days", gap_min * (k - before)),
            ("before", before),
            ("before_date", early.date or ""),
            *tail,
        )
        return _derivation(Rule.WINDOW_AFTER, params, (early,))
    if after is not None:
        late = refs.get(after) or _neighbour_ref(chain, after, refs)
        params = (
            ("after", after),
            ("after_date", late.date or ""),
            ("before_days", gap_min * (after - k)),
            *tail,
        )
        return _derivation(Rule.WINDOW_BEFORE, params, (late,))
    return _derivation(Rule.WINDOW_BEFORE, tail, ())  # pragma: no cover - a bounded window


def _neighbour_ref(chain: _Chain, k: int, refs: dict[int, FactRef]) -> FactRef:
    """A dated neighbour as a cadence derivation quotes it (kept in ``refs``)."""
    known = chain.by_ordinal[k].when  # a neighbour with a known window
    ref = refs[k] = _fact_ref(k, known.format_iso() if known is not None else "")
    return ref


def _forecast(
    chain: _Chain,
    lo: int,
    hi: int,
    hosts: _HostOf | None,
    rejected: set[int],
    likely_of: _LikelyOf,
) -> Session | None:
    mechanism = chain.mechanism
    last = chain.by_ordinal.get(chain.last)
    if last is None or lo <= _NEG or hi >= _POS or lo > hi:
        return None  # no window for the last session: nothing to forecast from
    if any(k > chain.last for k in rejected):
        return None  # a later session is stated, though rejected: the next one is unclear
    start = lo + mechanism.gap_min_days
    end = min(hi + mechanism.gap_max_days, _LAST_DAY)
    if start > end:
        return None
    window = DateWindow(_day(start), _day(end), Precision.WINDOW)
    text = Derivation.of(
        Rule.FORECAST,
        facts=[_ref(last)],
        ordinal=chain.last + 1,
        last=chain.last,
        earliest=_day(lo).isoformat(),
        latest=_day(hi).isoformat(),
        gap_min=mechanism.gap_min_days,
        gap_max=mechanism.gap_max_days,
    )
    session = Session(
        series=mechanism.key,
        ordinal=chain.last + 1,
        status=Status.INFERRED,
        inferred_date=Inferred(window, (text,)),
        forecast=True,
        likely=_as_inferred(likely_of(chain.last + 1, start, end)),
    )
    return _with_host(session, hosts)


def _number_where_unique(
    mechanism: Mechanism, numbered: dict[int, Session], unnumbered: list[Session]
) -> list[Session]:
    """Give an unnumbered session the one ordinal its date fits; return the ones left.

    Slots from the first known ordinal to two past the last are considered; a slot fits
    when its window (a stated session's date, or the chain's bounds for an unseen one)
    overlaps the session's date. Only a unique, unseen slot is taken. ``numbered`` is
    updated in place.
    """
    left: list[Session] = []
    for session in sorted(unnumbered, key=Session.sort_key):
        window = session.when.window if session.when else None
        if window is None or not numbered:
            left.append(session)
            continue
        first, last = min(numbered), max(numbered) + 2
        chain = _Chain(mechanism, first, last, dict(numbered))
        lo, hi = _bounds(chain)
        fits = []
        for k in range(first, last + 1):
            known = _known_window(numbered.get(k))
            slot = (
                (known.earliest.toordinal(), known.latest.toordinal())
                if known
                else (lo[k - first], hi[k - first])
            )
            if slot[0] <= window.latest.toordinal() and window.earliest.toordinal() <= slot[1]:
                fits.append(k)
        if len(fits) == 1 and fits[0] not in numbered:
            k = fits[0]
            why = Derivation.of(Rule.ORDINAL_UNIQUE, ordinal=k, window=window.format_iso())
            numbered[k] = attrs.evolve(session, inferred_ordinal=Inferred(k, (why,)))
        else:
            left.append(session)
    return left


# ------------------------------------------------------------------ likely windows


def _history(sessions: Sequence[Session]) -> History:
    """The learned cadence of a series: its kept stated sessions dated within a month."""
    inferred = Status.INFERRED
    points = [
        (number, window)
        for s in sessions
        if s.status is not inferred
        and s.rejected is None
        and (number := s.number) is not None
        and (when := s.when) is not None
        and (window := when.window) is not None
        and (window.latest - window.earliest).days < _OBSERVED_DAYS
    ]
    return learn(
        [k for k, _ in points],
        [(w.earliest.toordinal() + w.latest.toordinal()) // 2 for _, w in points],
    )


def _likely_of(history: History, pool: Residuals, months: tuple[int, ...] = ()) -> _LikelyOf:
    """The likely window of session ``k`` inside a hard window wider than a month.

    ``months`` are the catalogue's season of the series, used when its history shows none.
    """
    predict = predictor(history, pool, months=months)

    def likely_of(k: int, first: int, last: int) -> LikelyWindow | None:
        if last - first < _OBSERVED_DAYS:  # a hard window of a month or less
            return None
        return predict(k, first, last)

    return likely_of


def infer(timeline: Timeline, catalogue: Catalogue | None = None) -> Timeline:
    """Infer what the stated facts imply: windows, unseen sessions, hosts, the next session.

    >>> from vnlao_events import assemble, bundled_seeds, extract_all
    >>> t = infer(assemble(extract_all(bundled_seeds())))
    >>> t.session("political-consultation", 11).forecast
    True

    Args:
        timeline: stated facts (from :func:`vnlao_events.assemble`), or an earlier result
            of :func:`infer` (inference is idempotent).
        catalogue: cadence bounds and host rules; the built-in one by default.

    Returns:
        A new timeline; the input is not changed. Facts the series' other facts outweigh
        are left out of inference and reported as conflicts (one each, with its evidence).
    """
    with collector_paused():
        return _infer(timeline, catalogue)


def _infer(timeline: Timeline, catalogue: Catalogue | None) -> Timeline:
    cat = catalogue or Catalogue.default()
    conflicts = [c for c in timeline.conflicts if c.kind not in _INFERENCE_CONFLICTS]
    chains: list[
        tuple[Series, _Chain | None, dict[int, Session], list[Session], _Bounds | None]
    ] = []
    for series in timeline.series:
        mechanism = cat.mechanisms.get(series.key)
        stated = [s.stated() for s in series.sessions if _stated(s)]
        numbered = {s.ordinal: s for s in stated if s.ordinal is not None}
        unnumbered = [s for s in stated if s.ordinal is None]
        if mechanism is None or not mechanism.has_ordinals or not numbered:
            chains.append((series, None, {}, stated, None))
            continue
        kept, rejected, bounds = _choose_dates(mechanism, numbered, conflicts)
        chain = None
        if kept:
            chain = _Chain(mechanism, min(kept), max(kept), dict(kept))
            if bounds is None:  # open years to place, or facts rejected
                chain, no_year = _resolve_open_years(chain, conflicts)
                rejected.update(no_year)
        if chain is not None and chain.by_ordinal:
            if unnumbered:
                count = len(unnumbered)
                unnumbered = _number_where_unique(mechanism, chain.by_ordinal, unnumbered)
                bounds = bounds if len(unnumbered) == count else None
            chain = _Chain(
                mechanism, min(chain.by_ordinal), max(chain.by_ordinal), chain.by_ordinal
            )
        else:
            chain = None
        chains.append((series, chain, rejected, unnumbered, bounds))
    # The cadence is learned from every series' kept facts before any likely window is given,
    # so a series with little history can borrow the spread of the others.
    histories = {
        series.key: _history(list(chain.by_ordinal.values()))
        for series, chain, _, _, _ in chains
        if chain is not None
    }
    pool = pooled(histories.values())
    series_out = []
    for series, chain, rejected, rest, bounds in chains:
        sessions = list(rejected.values())
        if chain is not None:
            likely_of = _likely_of(histories[series.key], pool, chain.mechanism.season)
            sessions = _infer_chain(chain, rejected, conflicts, likely_of, bounds)
        series_out.append(attrs.evolve(series, sessions=[*sessions, *rest]))
    conflicts.sort(key=lambda c: (c.series or "", c.ordinal or 0, c.kind, c.message))
    return attrs.evolve(timeline, series=series_out, conflicts=conflicts)


# The words explain() prints, in English; each is put into the reader's language by the
# phrase table (``[words]`` in data/derivations.toml).
EXPLAIN_LABELS = (
    "status", "date", "inferred window", "likely window", "most likely", "rejected",
    "left out of inference", "place", "co-chairs", "evidence", "derivation", "conflict",
    "unknown", "forecast", "The timeline has no session {ordinal} of {series}.",
)  # fmt: skip
_BASIS = {
    LikelyBasis.GAPS: "from the neighbours and the series' observed gaps",
    LikelyBasis.SEASON: "from the series' season",
    LikelyBasis.CATALOGUE_SEASON: "from the months the catalogue gives the series",
}
_RULE = {
    ConflictRule.CADENCE: "cannot hold with",
    ConflictRule.NO_YEAR: "fits no year allowed by",
    ConflictRule.HOST: "breaks the host rule of",
}


def conflict_report(timeline: Timeline) -> str:
    """The conflicts as an analyst reads them: grouped by series, one per root cause.

    Each conflict is a line ``conflict [kind] message`` followed by its evidence, one
    quoted span per line.

    >>> from vnlao_events import Timeline, Conflict
    >>> print(conflict_report(Timeline(conflicts=[Conflict(kind="date", message="x #1: two",
    ...                                                  series="x", ordinal=1)])), end="")
    x: 1 conflict
      conflict [date] x #1: two

    Args:
        timeline: an inferred (or stated) timeline.

    Returns:
        The text, empty when there is no conflict.
    """
    groups: dict[str, list[Conflict]] = {}
    for conflict in timeline.conflicts:
        groups.setdefault(conflict.series or "(no series)", []).append(conflict)
    lines: list[str] = []
    for key in sorted(groups):
        items = groups[key]
        lines.append(f"{key}: {len(items)} conflict{'s' if len(items) != 1 else ''}")
        for conflict in items:
            lines.append(f"  conflict [{conflict.kind}] {conflict.message}")
            for evidence in conflict.evidence:
                quote = " ".join(evidence.quote.split())
                if len(quote) > 120:
                    quote = quote[:117] + "..."
                lines.append(
                    f"    - {evidence.document} [{evidence.start}:{evidence.end}] {quote!r}"
                )
    return "".join(line + "\n" for line in lines)


def explain(timeline: Timeline, series: str, ordinal: int, lang: Lang | str = Lang.EN) -> str:
    """Why a session has the date, place and status it has, in plain language.

    >>> from vnlao_events import build_timeline, bundled_seeds
    >>> text = explain(build_timeline(bundled_seeds()), "political-consultation", 10)
    >>> print(text.splitlines()[1])
      status: planned

    Args:
        timeline: an inferred (or stated) timeline.
        series: the series key.
        ordinal: the session's number.
        lang: :class:`Lang` (or its code, ``"en"`` or ``"vi"``).

    Returns:
        A few lines of text. A session the timeline does not hold is said so.

    Raises:
        ParseError: for a language with no phrases.
    """
    language = Lang.of(str(lang))
    session = timeline.session(series, ordinal)

    def say(text: str) -> str:
        return word(text, language)

    if session is None:
        return say("The timeline has no session {ordinal} of {series}.").format(
            ordinal=ordinal, series=series
        )
    lines = [f"{series} #{ordinal}"]
    status = say(session.status.value)
    if session.forecast:
        status += f" ({say('forecast')})"
    lines.append(f"  {say('status')}: {status}")
    shown = session.when
    when = shown.format_iso() if shown else say("unknown")
    if shown and shown.part_of_day:
        when += f" ({shown.part_of_day.value})"
    lines.append(f"  {say('date')}: {when}")
    if session.series_window is not None:
        lines.append(f"  {say('inferred window')}: {session.series_window.format_iso()}")
    likely = session.likely.value if session.likely is not None else None
    if likely is not None:
        lines.append(
            f"  {say('likely window')}: {likely.format_iso()}"
            f" ({likely.level:.0%}, {say(_BASIS[likely.basis])})"
        )
    if session.forecast and likely is not None and likely.most_likely is not None:
        lines.append(f"  {say('most likely')}: {likely.most_likely}")
    if session.rejected is not None:
        fact = session.rejected
        against = ", ".join(session_word(k, language) for k in fact.contradicts)
        lines.append(
            f"  {say('rejected')}: {fact.stated} ({say(_RULE[fact.rule])}: {against});"
            f" {say('left out of inference')}"
        )
    where = session.where
    lines.append(f"  {say('place')}: {where.label() if where else say('unknown')}")
    if session.co_chairs:
        lines.append(f"  {say('co-chairs')}: " + ", ".join(c.name for c in session.co_chairs))
    if session.evidence:
        lines.append(f"  {say('evidence')}:")
        for evidence in session.evidence:
            quote = " ".join(evidence.quote.split())
            if len(quote) > 160:
                quote = quote[:157] + "..."
            lines.append(f"    - {evidence.document} [{evidence.start}:{evidence.end}] {quote!r}")
    derivations = session.all_derivations()
    if derivations:
        lines.append(f"  {say('derivation')}:")
        lines.extend(f"    - {line.render(language)}" for line in derivations)
    for conflict in timeline.conflicts:
        if conflict.series == series and conflict.ordinal == ordinal:
            lines.append(f"  {say('conflict')}: {conflict.render(language)}")
    return "\n".join(lines)
