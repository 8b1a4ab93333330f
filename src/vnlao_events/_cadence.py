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
  three months; the season is then used where it is the closer of the two predictors.
* **Spread.** Each predictor is run on the series' own history, leaving each dated session
  out in turn; the half-width is the split-conformal quantile of those errors at the
  nominal level (the ``ceil(level * (n + 1))``-th smallest), which holds the true day with
  at least that probability when errors are exchangeable. A series with too few dated
  sessions for that borrows the errors of the timeline's other series, measured in units
  of each series' own median gap.

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
from collections.abc import Iterable, Sequence
from datetime import date

import attrs

from ._model import LikelyBasis, LikelyWindow

__all__ = ["LEVEL", "History", "Residuals", "learn", "likely_window", "pooled"]

#: The nominal level of every likely window: it should hold the true day this often.
LEVEL = 0.8

_YEAR = 365.2425
_TURN = 2 * math.pi
_LAST = date.max.toordinal()
_BRIDGE = "bridge"
_SIDE = "side"


def _sorted(value: Iterable[float]) -> tuple[float, ...]:
    return tuple(sorted(value))


@attrs.frozen(kw_only=True)
class Residuals:
    """Leave-one-out errors of the gap predictor, in units of its error scale, by kind.

    Kept sorted, so a quantile costs nothing.

    >>> Residuals(bridge=(0.5, 0.1), side=()).bridge
    (0.1, 0.5)
    """

    bridge: tuple[float, ...] = attrs.field(default=(), converter=_sorted)
    side: tuple[float, ...] = attrs.field(default=(), converter=_sorted)

    def of(self, kind: str) -> tuple[float, ...]:
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
    """

    points: tuple[tuple[int, int], ...]
    gap: float | None
    season: float | None
    season_errors: tuple[float, ...] = attrs.field(converter=_sorted)
    residuals: Residuals


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


def _between(
    before: tuple[int, int] | None, after: tuple[int, int] | None, gap: float, ordinal: int
) -> tuple[float, float, str] | None:
    """``(centre, scale, kind)`` for a session from its nearest dated neighbours."""
    if before is not None and after is not None:
        (kb, tb), (ka, ta) = before, after
        centre = tb + (ordinal - kb) / (ka - kb) * (ta - tb)
        scale = gap * math.sqrt((ordinal - kb) * (ka - ordinal) / (ka - kb))
        return centre, max(scale, 1.0), _BRIDGE
    if before is not None:
        kb, tb = before
        return tb + (ordinal - kb) * gap, max(gap * math.sqrt(ordinal - kb), 1.0), _SIDE
    if after is not None:
        ka, ta = after
        return ta - (ka - ordinal) * gap, max(gap * math.sqrt(ka - ordinal), 1.0), _SIDE
    return None


def _season_day(season: float, centre: float) -> float:
    """The day with the season's day of the year nearest to ``centre``."""
    year = date.fromordinal(min(max(round(centre), 367), _LAST - 367)).year
    offset = season / _TURN * _YEAR
    best = _new_year(year) + offset
    for other in (_new_year(year - 1) + offset, _new_year(year + 1) + offset):
        if abs(other - centre) < abs(best - centre):
            best = other
    return best


def learn(ordinals: Sequence[int], days: Sequence[int]) -> History:
    """Learn a series' cadence from its dated sessions (ordinals and day numbers).

    Linear in the number of sessions (plus sorting): each session left out changes only
    the gaps beside it and one term of the circular mean.

    Args:
        ordinals: the sessions' numbers, one per day.
        days: the day numbers (``date.toordinal()``) of the sessions, dated to within a month.

    Returns:
        The median gap, the season (when there is a clear mean) and the leave-one-out errors.
    """
    points = tuple(sorted(zip(ordinals, days, strict=True)))
    n = len(points)
    gaps = sorted(_gaps(points))
    gap = _median(gaps)
    angles = [_angle(d) for _, d in points]
    x = sum(math.cos(a) for a in angles)
    y = sum(math.sin(a) for a in angles)
    bridge: list[float] = []
    side: list[float] = []
    season_errors: list[float] = []
    for m, (k, day) in enumerate(points):
        if n < 3:
            break
        before = points[m - 1] if m else None
        after = points[m + 1] if m + 1 < n else None
        rest = list(gaps)  # the gaps without this session: its two gaps become one
        if before is not None:
            del rest[bisect.bisect_left(rest, _gap(before, (k, day)))]
        if after is not None:
            del rest[bisect.bisect_left(rest, _gap((k, day), after))]
        if before is not None and after is not None:
            bisect.insort(rest, _gap(before, after))
        rest_gap = _median(rest)
        if rest_gap is None or rest_gap <= 0:
            continue
        predicted = _between(before, after, rest_gap, k)
        assert predicted is not None  # noqa: S101 - three points or more
        centre, scale, kind = predicted
        (bridge if kind == _BRIDGE else side).append(abs(day - centre) / scale)
        if kind == _BRIDGE:  # a forecast from the session before, too
            ahead = _between(before, None, rest_gap, k)
            assert ahead is not None  # noqa: S101
            side.append(abs(day - ahead[0]) / ahead[1])
        rest_season = _mean_angle(x - math.cos(angles[m]), y - math.sin(angles[m]))
        if rest_season is not None:
            season_errors.append(abs(day - _season_day(rest_season, centre)))
    season = _mean_angle(x, y) if n >= 4 else None
    return History(
        points=points,
        gap=gap,
        season=season,
        season_errors=season_errors,
        residuals=Residuals(bridge=bridge, side=side),
    )


def pooled(histories: Iterable[History]) -> Residuals:
    """The relative errors of several series together (for series with little history).

    >>> pooled([]).side
    ()
    """
    items = list(histories)
    return Residuals(
        bridge=[e for h in items for e in h.residuals.bridge],
        side=[e for h in items for e in h.residuals.side],
    )


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

    Returns:
        The window, or ``None`` when the history is too short to learn one.

    >>> from datetime import date
    >>> days = [date(2019, 1, 6), date(2020, 1, 4), date(2020, 12, 6), date(2023, 1, 12),
    ...         date(2024, 1, 7), date(2025, 1, 9)]
    >>> h = learn([41, 42, 43, 45, 46, 47], [d.toordinal() for d in days])
    >>> w = likely_window(h, pooled([h]), 48, date(2025, 6, 8).toordinal(), None)
    >>> w.format_iso(), w.basis.value
    ('2025-12-09/2026-02-05', 'gaps')
    """
    points = history.points
    gap = history.gap
    if gap is None or gap <= 0 or len(points) < 2:
        return None
    at = bisect.bisect_left(points, (ordinal, -math.inf))
    before = points[at - 1] if at else None
    after_at = at + 1 if at < len(points) and points[at][0] == ordinal else at
    after = points[after_at] if after_at < len(points) else None
    predicted = _between(before, after, gap, ordinal)
    if predicted is None:  # pragma: no cover - two points or more
        return None
    centre, scale, kind = predicted
    own = history.residuals.of(kind)
    errors = own if len(own) >= _OWN else pool.of(kind)
    relative = _quantile(errors, level)
    options: list[tuple[float, float, LikelyBasis]] = []
    if relative is not None:
        options.append((centre, relative * scale, LikelyBasis.GAPS))
    season_width = _quantile(history.season_errors, level)
    if history.season is not None and season_width is not None and season_width <= _SEASON_DAYS:
        options.append((_season_day(history.season, centre), season_width, LikelyBasis.SEASON))
    if not options:
        return None
    middle, half, basis = min(options, key=lambda o: o[1])
    return _clipped(middle, half, lo, hi, level, basis)


def _clipped(
    middle: float, half: float, lo: int | None, hi: int | None, level: float, basis: LikelyBasis
) -> LikelyWindow | None:
    first, last = math.floor(middle - half), math.ceil(middle + half)
    low = date.min.toordinal() if lo is None else lo
    high = date.max.toordinal() if hi is None else hi
    if low > high:
        return None
    width = last - first
    if last < low:  # the prediction falls before the hard window: its first days
        first, last = low, low + width
    elif first > high:
        first, last = high - width, high
    first, last = max(first, low), min(last, high)
    best = min(max(round(middle), first), last)
    return LikelyWindow(
        earliest=date.fromordinal(first),
        latest=date.fromordinal(last),
        level=level,
        basis=basis,
        most_likely=date.fromordinal(best),
    )
