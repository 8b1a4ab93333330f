"""Learned cadence: a likely window for a session, from its series' own dated history.

The hard window of an unseen session is certain under the catalogue's cadence bounds, and
wide. The *likely* window is where the session falls with a stated nominal probability
(:data:`LEVEL`, 80%), learned from the sessions the series has dated to within a month:

* **Gaps.** A session between two dated ones is placed by linear interpolation between
  them; one beyond the last (or before the first) dated session is placed from its
  neighbour by the series' median gap per session. The error scale grows with the
  distance to the neighbours (``gap * sqrt(steps)``, the spread of a random walk of gaps).
* **Season.** Days of the year are angles on a circle; the series' season is the circular
  mean of its sessions' days. A session predicted by the gaps is moved to the nearest day
  of that season. Whether a series keeps a season is found on its own history: predicting
  each dated session from the others' mean day, the errors at the nominal level stay within
  three months; the likely window then spans the season's window and the gaps' (it holds
  the day at least as often as either).
* **Spread.** Each predictor is run on the series' own history, leaving each dated session
  out in turn; the half-width is the split-conformal quantile of those errors at the
  nominal level (the ``ceil(level * (n + 1))``-th smallest), which holds the true day with
  at least that probability when errors are exchangeable. A series with too few dated
  sessions for that borrows the errors of the timeline's other series, measured in units
  of each series' own median gap and of its own spread of log gaps, moderated by the
  pooled spread (which counts as one more gap), so an irregular series does not borrow a
  regular one's narrowness.

The likely window always lies inside the hard window. Its coverage is measured by the
backtest (see ``docs/backtest.md``).

>>> from datetime import date
>>> days = [date(2019, 1, 6), date(2020, 1, 4), date(2020, 12, 6), date(2023, 1, 12),
...         date(2024, 1, 7), date(2025, 1, 9)]
>>> history = learn([41, 42, 43, 45, 46, 47], [d.toordinal() for d in days])
>>> round(history.gap)
363
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import types
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Literal

import attrs

from ._model import LikelyBasis, LikelyWindow
from .exceptions import ParseError

__all__ = [
    "LEVEL",
    "History",
    "Residuals",
    "declared_season",
    "learn",
    "likely_window",
    "pooled",
    "predictor",
    "slot_setters",
]

#: The nominal level of every likely window: it should hold the true day this often.
LEVEL = 0.8

_YEAR = 365.2425
_TURN = 2 * math.pi
_LAST = date.max.toordinal()
_Kind = Literal["bridge", "side"]  # between two dated sessions, or beside one
_BRIDGE: _Kind = "bridge"
_SIDE: _Kind = "side"


def _sorted(value: Iterable[float]) -> tuple[float, ...]:
    return tuple(sorted(value))


@attrs.frozen(kw_only=True)
class Residuals:
    """Leave-one-out errors of the gap predictor, in units of its error scale, by kind.

    A series' own errors are in units of ``gap * sqrt(steps)``; a pool's (:func:`pooled`)
    are divided by each series' own spread too, so series of different regularity can be
    pooled. Kept sorted, so a quantile costs nothing.

    >>> Residuals(bridge=(0.5, 0.1), side=()).bridge
    (0.1, 0.5)
    """

    bridge: tuple[float, ...] = attrs.field(default=(), converter=_sorted)
    side: tuple[float, ...] = attrs.field(default=(), converter=_sorted)
    #: In a pool (:func:`pooled`): the series' pooled variance of log gaps, ``None`` if none.
    variance: float | None = None

    def of(self, kind: _Kind) -> tuple[float, ...]:
        """The errors of one kind (``"bridge"`` between two dated sessions, else ``"side"``)."""
        return self.bridge if kind == _BRIDGE else self.side


@attrs.frozen(kw_only=True)
class History:
    """What a series' dated sessions say about its cadence.

    Args:
        points: ``(ordinal, day number)`` of the sessions dated to within a month.
        gap: the median gap per session, in days (``None`` with fewer than two points).
        season: the circular mean day of the year, as an angle in radians, or ``None``.
        season_errors: leave-one-out errors of the season predictor, in days (sorted).
        residuals: leave-one-out errors of the gap predictor (relative).
        spread: the variance of the log gap per session (each gap weighed by its steps),
            ``None`` with fewer than two gaps.
        spread_df: its degrees of freedom (the number of gaps less one, at least 0).
    """

    points: tuple[tuple[int, int], ...]
    gap: float | None
    season: float | None
    season_errors: tuple[float, ...] = attrs.field(converter=_sorted)
    residuals: Residuals
    spread: float | None = None
    spread_df: int = 0

    def scale(self, pool: Residuals) -> float | None:
        """The series' own spread of log gaps, moderated by the pool's (a standard deviation).

        ``(v0 + df * s2) / (1 + df)``: the pooled variance ``v0`` counts as one more gap
        beside the series' own ``df`` (the moderated variance of empirical Bayes, with a
        prior worth one observation). A series with no spread of its own takes the pool's.
        """
        prior = pool.variance
        if prior is None:
            return None if self.spread is None else math.sqrt(self.spread)
        own = 0.0 if self.spread is None else self.spread * self.spread_df
        return math.sqrt((prior + own) / (1 + self.spread_df))


@functools.lru_cache(maxsize=4096)
def _new_year(year: int) -> int:
    """The day number of 1 January of ``year``."""
    return date(year, 1, 1).toordinal()


def _angle(day: int) -> float:
    return _TURN * (day - _new_year(date.fromordinal(day).year)) / _YEAR


def _mean_angle(x: float, y: float) -> float | None:
    if math.hypot(x, y) < 1e-9:
        return None
    return math.atan2(y, x) % (2 * math.pi)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> float:
    return (b[1] - a[1]) / (b[0] - a[0])


def _gaps(points: Sequence[tuple[int, int]]) -> list[float]:
    return [_gap(a, b) for a, b in itertools.pairwise(points)]


def _median(values: Sequence[float]) -> float | None:
    """The median of sorted values."""
    n = len(values)
    if not n:
        return None
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def _log_spread(points: Sequence[tuple[int, int]]) -> tuple[float | None, int]:
    """The variance of the log gap per session, each gap weighed by its steps, and its df.

    A gap over ``j`` sessions is the mean of ``j`` gaps, so its log varies ``j`` times less.
    """
    logs: list[tuple[float, int]] = []
    for (ka, ta), (kb, tb) in itertools.pairwise(points):
        if tb > ta:
            logs.append((math.log((tb - ta) / (kb - ka)), kb - ka))
    if len(logs) < 2:
        return None, 0
    total = sum(j for _, j in logs)
    mean = sum(value * j for value, j in logs) / total
    return sum(j * (value - mean) ** 2 for value, j in logs) / (len(logs) - 1), len(logs) - 1


def learn(ordinals: Sequence[int], days: Sequence[int]) -> History:
    """Learn a series' cadence from its dated sessions (ordinals and day numbers).

    Linear in the number of sessions (plus sorting): each session left out changes only
    the gaps beside it and one term of the circular mean.

    Args:
        ordinals: the sessions' numbers, one per day.
        days: the day numbers (``date.toordinal()``) of the sessions, dated to within a month.

    Returns:
        The median gap, the season (when there is a clear mean), the spread of the log
        gaps and the leave-one-out errors.
    """
    points = tuple(sorted(zip(ordinals, days, strict=True)))
    n = len(points)
    between = _gaps(points)  # between[m] joins points m and m + 1
    gaps = sorted(between)
    gap = _median(gaps)
    angles = [_angle(d) for _, d in points]
    cosines = [math.cos(a) for a in angles]
    sines = [math.sin(a) for a in angles]
    x, y = sum(cosines), sum(sines)
    bridge: list[float] = []
    side: list[float] = []
    season_errors: list[float] = []
    # The loop runs once per dated session of every series: its helpers are inlined
    # (_median, _gap, _mean_angle, the season's nearest day), with the same arithmetic in
    # the same order.
    bisect_left, insort, sqrt, hypot, atan2 = (
        bisect.bisect_left, bisect.insort, math.sqrt, math.hypot, math.atan2
    )  # fmt: skip
    new_year, fromordinal, turn = _new_year, date.fromordinal, 2 * math.pi
    low_day, high_day = 367, _LAST - 367
    half = (n - 2) // 2  # the gaps without one session number n - 2
    odd = (n - 2) % 2
    for m in range(n if n >= 3 else 0):
        k, day = points[m]
        rest = gaps.copy()  # the gaps without this session: its two gaps become one
        inner = 0 < m < n - 1
        if m:
            del rest[bisect_left(rest, between[m - 1])]
        if m + 1 < n:
            del rest[bisect_left(rest, between[m])]
        if inner:
            (kb, tb), (ka, ta) = points[m - 1], points[m + 1]
            insort(rest, (ta - tb) / (ka - kb))
        rest_gap = rest[half] if odd else (rest[half - 1] + rest[half]) / 2
        if rest_gap <= 0:
            continue
        if inner:  # between two dated sessions (and a forecast from the one before)
            centre = tb + (k - kb) / (ka - kb) * (ta - tb)
            scale = rest_gap * sqrt((k - kb) * (ka - k) / (ka - kb))
            bridge.append(abs(day - centre) / (scale if scale >= 1.0 else 1.0))  # max(…, 1)
            scale = rest_gap * sqrt(k - kb)
            side.append(abs(day - tb - (k - kb) * rest_gap) / (scale if scale >= 1.0 else 1.0))
        else:
            kn, tn = points[m - 1] if m else points[m + 1]
            centre = tn + (k - kn) * rest_gap
            scale = rest_gap * sqrt(abs(k - kn))
            side.append(abs(day - centre) / (scale if scale >= 1.0 else 1.0))
        rest_x, rest_y = x - cosines[m], y - sines[m]
        if hypot(rest_x, rest_y) < 1e-9:
            continue  # the others' days have no mean: no season to predict from
        offset = atan2(rest_y, rest_x) % turn / _TURN * _YEAR
        near = round(centre)
        near = low_day if near < low_day else high_day if near > high_day else near
        year = fromordinal(near).year
        best = new_year(year) + offset
        for other in (new_year(year - 1) + offset, new_year(year + 1) + offset):
            if abs(other - centre) < abs(best - centre):
                best = other
        season_errors.append(abs(day - best))
    season = _mean_angle(x, y) if n >= 4 else None
    spread, spread_df = _log_spread(points)
    return History(
        points=points,
        gap=gap,
        season=season,
        season_errors=season_errors,
        residuals=Residuals(bridge=bridge, side=side),
        spread=spread,
        spread_df=spread_df,
    )


def pooled(histories: Iterable[History]) -> Residuals:
    """The errors of several series together, each in units of its own spread.

    The pooled variance of log gaps (each series' variance weighed by its degrees of
    freedom) moderates each series' own; a series' errors are divided by its moderated
    spread, so an irregular series does not borrow the narrow errors of a regular one.

    >>> pooled([]).side
    ()
    """
    items = list(histories)
    df = sum(h.spread_df for h in items if h.spread is not None)
    variance = (
        sum(h.spread * h.spread_df for h in items if h.spread is not None) / df if df else None
    )
    pool = Residuals(variance=variance)
    bridge: list[float] = []
    side: list[float] = []
    for h in items:
        scale = h.scale(pool) if variance else None
        unit = scale if scale else 1.0
        bridge.extend(e / unit for e in h.residuals.bridge)
        side.extend(e / unit for e in h.residuals.side)
    return Residuals(bridge=bridge, side=side, variance=variance)


def _quantile(errors: Sequence[float], level: float) -> float | None:
    """The split-conformal quantile of sorted errors: the ``ceil(level * (n + 1))``-th."""
    rank = math.ceil(level * (len(errors) + 1))
    if rank > len(errors):
        return None
    return errors[rank - 1]


_OWN = 9  # errors a series needs of its own before its spread is used alone
_SEASON_DAYS = 91  # a season holds its sessions within three months either side, or is none


def likely_window(
    history: History,
    pool: Residuals,
    ordinal: int,
    lo: int | None,
    hi: int | None,
    level: float = LEVEL,
    months: Sequence[int] = (),
) -> LikelyWindow | None:
    """The likely window of session ``ordinal`` inside its hard window ``[lo, hi]``.

    Args:
        history: the series' learned cadence (its own dated session is left out by the
            caller).
        pool: the errors of every series of the timeline, for a series with little history.
        ordinal: the session's number.
        lo: the hard window's first day number, ``None`` when unbounded.
        hi: its last day number, ``None`` when unbounded.
        level: the nominal level.
        months: the months the catalogue says the series usually meets in, used when its
            history shows no season.

    Returns:
        The window, or ``None`` when the history is too short to learn one.

    Raises:
        ParseError: when ``level`` is not between 0 and 1.

    >>> from datetime import date
    >>> days = [date(2019, 1, 6), date(2020, 1, 4), date(2020, 12, 6), date(2023, 1, 12),
    ...         date(2024, 1, 7), date(2025, 1, 9)]
    >>> h = learn([41, 42, 43, 45, 46, 47], [d.toordinal() for d in days])
    >>> w = likely_window(h, pooled([h]), 48, date(2025, 6, 8).toordinal(), None)
    >>> w.format_iso(), w.basis.value
    ('2025-11-30/2026-02-05', 'season')
    """
    return predictor(history, pool, level, months)(ordinal, lo, hi)


_Predict = Callable[[int, int | None, int | None], LikelyWindow | None]


def _nothing(ordinal: int, lo: int | None, hi: int | None) -> None:
    return None


@functools.lru_cache(maxsize=256)
def declared_season(months: tuple[int, ...]) -> tuple[float, float] | None:
    """The season a catalogue declares: its months' mean day (an angle) and half-width in days.

    The circular mean of every day of the declared months, and the farthest of those days
    from it. Months that do not make one season (two clusters, or more than the three months
    either side a learned season may span) declare none.

    >>> angle, half = declared_season((11, 12))
    >>> round(angle / _TURN * _YEAR), round(half)
    (334, 30)
    >>> declared_season((4, 5, 6, 10, 11)) is None
    True
    """
    days = [
        _new_year_offset(month) + day
        for month in sorted(set(months))
        for day in range(_MONTH_DAYS[month - 1])
    ]
    if not days:
        return None
    x = sum(math.cos(_TURN * d / _YEAR) for d in days)
    y = sum(math.sin(_TURN * d / _YEAR) for d in days)
    mean = _mean_angle(x, y)
    if mean is None:
        return None
    centre = mean / _TURN * _YEAR
    half = max(min(abs(d - centre), _YEAR - abs(d - centre)) for d in days)
    return (mean, half) if half <= _SEASON_DAYS else None


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # a common year's


def _new_year_offset(month: int) -> int:
    """Days from 1 January to the first of ``month`` in a common year."""
    return sum(_MONTH_DAYS[: month - 1])


def predictor(
    history: History, pool: Residuals, level: float = LEVEL, months: Sequence[int] = ()
) -> _Predict:
    """:func:`likely_window` for one series, with what does not depend on the session done once.

    ``months`` are the months the catalogue says the series usually meets in
    (``Mechanism.season``): when the series' own history shows no season, they give it one
    (see :func:`declared_season`); a season the history shows is kept over them.

    >>> from datetime import date
    >>> h = learn([1, 2, 3, 4], [date(2020 + k, 3, 1).toordinal() for k in range(4)])
    >>> predictor(h, pooled([h]))(5, None, None).basis.value
    'season'
    >>> short = learn([1, 2, 3], [date(2020, 11, 20).toordinal(), date(2021, 12, 2).toordinal(),
    ...                           date(2022, 11, 28).toordinal()])
    >>> predictor(short, pooled([short]), months=[11, 12])(4, None, None).basis.value
    'catalogue-season'
    """
    if not 0 < level < 1:
        raise ParseError(f"'level' must be between 0 and 1 (got {level!r}).")
    points = history.points
    gap = history.gap
    if gap is None or gap <= 0 or len(points) < 2:
        return _nothing
    widths: dict[str, float | None] = {}
    for kind in (_BRIDGE, _SIDE):
        own = history.residuals.of(kind)
        relative = _quantile(own, level) if len(own) >= _OWN else None
        if relative is None:  # too few errors of its own: the pool's, in its own spread
            spread = history.scale(pool) if pool.variance else None
            quantile = _quantile(pool.of(kind), level)
            if quantile is not None:
                relative = quantile * (spread or 1.0)
        widths[kind] = relative
    season = history.season
    season_width = _quantile(history.season_errors, level)
    season_basis = LikelyBasis.SEASON
    if season is None or season_width is None or season_width > _SEASON_DAYS:
        season = season_width = None
        declared = declared_season(tuple(months)) if months else None
        if declared is not None:
            season, season_width = declared
            season_basis = LikelyBasis.CATALOGUE_SEASON
    if season_width is None and widths[_BRIDGE] is None and widths[_SIDE] is None:
        return _nothing
    count = len(points)
    # predict() runs once per unseen session of every series: the placement between the
    # neighbours, the season's nearest day and the clipping to the hard window are inlined
    # (tests compare it with a plain composition of the three).
    bisect_left, sqrt, floor, ceil, fromordinal = (
        bisect.bisect_left, math.sqrt, math.floor, math.ceil, date.fromordinal
    )  # fmt: skip
    new_year, first_day, last_day = _new_year, date.min.toordinal(), _LAST
    bridge_width, side_width = widths[_BRIDGE], widths[_SIDE]
    offset = None if season is None else season / _TURN * _YEAR
    gaps_basis = LikelyBasis.GAPS

    def predict(ordinal: int, lo: int | None, hi: int | None) -> LikelyWindow | None:
        at = bisect_left(points, (ordinal, -math.inf))
        after_at = at + 1 if at < count and points[at][0] == ordinal else at
        if at:
            kb, tb = points[at - 1]
            if after_at < count:
                ka, ta = points[after_at]
                centre = tb + (ordinal - kb) / (ka - kb) * (ta - tb)
                scale = gap * sqrt((ordinal - kb) * (ka - ordinal) / (ka - kb))
                relative = bridge_width
            else:
                centre = tb + (ordinal - kb) * gap
                scale = gap * sqrt(ordinal - kb)
                relative = side_width
        elif after_at < count:
            ka, ta = points[after_at]
            centre = ta - (ka - ordinal) * gap
            scale = gap * sqrt(ka - ordinal)
            relative = side_width
        else:  # pragma: no cover - two points or more
            return None
        scale = scale if scale >= 1.0 else 1.0  # max(scale, 1.0)
        half = None if relative is None else relative * scale
        if offset is None or season_width is None:
            if half is None:  # pragma: no cover - a season or a spread, by the check above
                return None
            middle, start, end, basis = centre, centre - half, centre + half, gaps_basis
        else:
            near = round(centre)  # the day of the season nearest to centre
            near = 367 if near < 367 else last_day - 367 if near > last_day - 367 else near
            year = fromordinal(near).year
            day = new_year(year) + offset
            for other in (new_year(year - 1) + offset, new_year(year + 1) + offset):
                if abs(other - centre) < abs(day - centre):
                    day = other
            basis = season_basis
            if half is None:
                middle, start, end = day, day - season_width, day + season_width
            else:
                # Both predictors: the span of both windows holds the day at least as
                # often as either; its most likely day is the more precise predictor's.
                middle = day if season_width <= half else centre
                start = min(centre - half, day - season_width)
                end = max(centre + half, day + season_width)
        # Inside the hard window: a prediction outside it moves to its nearest edge.
        first, last = floor(start), ceil(end)
        low = first_day if lo is None else lo
        high = last_day if hi is None else hi
        if low > high:
            return None
        width = last - first
        if last < low:  # the prediction falls before the hard window: its first days
            first, last = low, low + width
        elif first > high:
            first, last = high - width, high
        first = first if first >= low else low
        last = last if last <= high else high
        best = round(middle)
        best = first if best < first else last if best > last else best
        # Built from fields already valid (first <= best <= last, the level checked
        # above): one per inferred session, so the class's checks are not run again.
        made: LikelyWindow = _new(LikelyWindow)
        _LikelyWindow_earliest(made, fromordinal(first))
        _LikelyWindow_latest(made, fromordinal(last))
        _LikelyWindow_level(made, level)
        _LikelyWindow_basis(made, basis)
        _LikelyWindow_most_likely(made, fromordinal(best))
        return made

    return predict


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a frozen slotted class's fields, for values built from valid fields.

    A slot's own setter stores the value as ``object.__setattr__`` does, without looking
    the field up by name on each call; a field that is no slot is refused.

    >>> @attrs.frozen
    ... class Pair:
    ...     a: int
    ...     b: int
    >>> set_a, set_b = slot_setters(Pair, "a", "b")
    >>> made = _new(Pair)
    >>> set_a(made, 1); set_b(made, 2)
    >>> made == Pair(1, 2)
    True
    """
    setters = []
    for name in names:
        slot = getattr(cls, name, None)
        if not isinstance(slot, types.MemberDescriptorType):
            raise TypeError(f"{cls.__name__}.{name} is not a slot.")
        setters.append(slot.__set__)
    return tuple(setters)


_new = object.__new__
(
    _LikelyWindow_earliest,
    _LikelyWindow_latest,
    _LikelyWindow_level,
    _LikelyWindow_basis,
    _LikelyWindow_most_likely,
) = slot_setters(LikelyWindow, "earliest", "latest", "level", "basis", "most_likely")
