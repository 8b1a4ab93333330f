"""Backtest: how far the windows can be trusted, measured on the documents themselves.

For every session whose day is known, every document that names it is hidden and the
session is inferred back from the rest. A row records whether the hard window (certain
under the catalogue's cadence bounds) and the likely window (learned, at a nominal level)
hold the true day, and how wide they are; a summary gives coverage and median widths per
series.

>>> from vnlao_events import bundled_seeds
>>> result = backtest(bundled_seeds())
>>> row = next(r for r in result.rows if r.series == "political-consultation" and r.ordinal == 7)
>>> row.true_day.isoformat(), row.hidden[0]
('2022-11-25', '000_a9a9930358f5a7d1.txt')
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from ._assemble import assemble
from ._cadence import LEVEL
from ._catalogue import Catalogue
from ._dates import DateWindow
from ._documents import Document
from ._infer import infer
from ._model import LikelyWindow, Session, Status
from .extract import Mention, extract

__all__ = ["Backtest", "BacktestRow", "BacktestSummary", "backtest"]

_KNOWN_DAY = 7  # a session dated to within a week (a multi-day meeting) has a known first day


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class BacktestRow:
    """One session inferred back with every document that names it hidden.

    Args:
        series: the series key.
        ordinal: the session's number.
        true_day: its first day, as the documents state it.
        hidden: the documents hidden.
        hard: the hard window inferred without them (``None``: nothing bounds it).
        likely: the likely window (``None``: too little history to learn one).

    >>> from datetime import date
    >>> row = BacktestRow(series="x", ordinal=2, true_day=date(2020, 1, 5), hidden=("a",),
    ...                   hard=DateWindow(date(2019, 6, 1), date(2020, 6, 1)), likely=None)
    >>> row.hard_holds, row.hard_days, row.likely_holds
    (True, 367, None)
    """

    series: str
    ordinal: int
    true_day: date
    hidden: tuple[str, ...] = attrs.field(converter=_strings)
    hard: DateWindow | None
    likely: LikelyWindow | None

    @property
    def hard_holds(self) -> bool | None:
        """Whether the hard window holds the true day (``None`` without a window)."""
        return None if self.hard is None else self.hard.contains(self.true_day)

    @property
    def likely_holds(self) -> bool | None:
        """Whether the likely window holds the true day (``None`` without a window)."""
        return None if self.likely is None else self.likely.contains(self.true_day)

    @property
    def hard_days(self) -> int | None:
        """The hard window's width in days."""
        return None if self.hard is None else self.hard.days

    @property
    def likely_days(self) -> int | None:
        """The likely window's width in days."""
        return None if self.likely is None else self.likely.days


@attrs.frozen(kw_only=True)
class BacktestSummary:
    """Coverage and median widths of one series' backtest (or of all, ``series="all"``).

    >>> BacktestSummary(series="x", sessions=0, hard_windows=0, hard_coverage=None,
    ...                 hard_median_days=None, likely_windows=0, likely_coverage=None,
    ...                 likely_median_days=None, level=0.8).level
    0.8
    """

    series: str
    sessions: int
    hard_windows: int
    hard_coverage: float | None
    hard_median_days: float | None
    likely_windows: int
    likely_coverage: float | None
    likely_median_days: float | None
    level: float


def _summary(series: str, rows: Sequence[BacktestRow], level: float) -> BacktestSummary:
    hard = [r for r in rows if r.hard is not None]
    likely = [r for r in rows if r.likely is not None]
    return BacktestSummary(
        series=series,
        sessions=len(rows),
        hard_windows=len(hard),
        hard_coverage=sum(1 for r in hard if r.hard_holds) / len(hard) if hard else None,
        hard_median_days=statistics.median(r.hard_days or 0 for r in hard) if hard else None,
        likely_windows=len(likely),
        likely_coverage=sum(1 for r in likely if r.likely_holds) / len(likely) if likely else None,
        likely_median_days=(
            statistics.median(r.likely_days or 0 for r in likely) if likely else None
        ),
        level=level,
    )


def _rows(value: Iterable[BacktestRow]) -> tuple[BacktestRow, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Backtest:
    """The rows of a backtest and their summaries.

    >>> Backtest(rows=(), level=0.8).summaries()[-1].series
    'all'
    """

    rows: tuple[BacktestRow, ...] = attrs.field(converter=_rows)
    level: float = LEVEL

    def summaries(self) -> tuple[BacktestSummary, ...]:
        """One summary per series (by key), then one over all rows (``series="all"``)."""
        keys = sorted({r.series for r in self.rows})
        per = [_summary(k, [r for r in self.rows if r.series == k], self.level) for k in keys]
        return (*per, _summary("all", self.rows, self.level))

    def to_json(self) -> dict[str, Any]:
        """The backtest as a JSON-ready dict (``rows`` and ``summary``).

        >>> sorted(Backtest(rows=()).to_json())
        ['level', 'rows', 'summary']
        """

        def window(w: DateWindow | LikelyWindow | None) -> dict[str, Any] | None:
            if w is None:
                return None
            return {"earliest": w.earliest.isoformat(), "latest": w.latest.isoformat()}

        return {
            "level": self.level,
            "rows": [
                {
                    "series": r.series,
                    "ordinal": r.ordinal,
                    "true_day": r.true_day.isoformat(),
                    "hidden": list(r.hidden),
                    "hard": window(r.hard),
                    "hard_holds": r.hard_holds,
                    "hard_days": r.hard_days,
                    "likely": window(r.likely),
                    "likely_holds": r.likely_holds,
                    "likely_days": r.likely_days,
                    "likely_basis": r.likely.basis.value if r.likely else None,
                }
                for r in self.rows
            ],
            "summary": [attrs.asdict(s) for s in self.summaries()],
        }


def _known_day(session: Session) -> date | None:
    window = session.when.window if session.when is not None else None
    if (
        session.status is not Status.HELD
        or session.number is None
        or session.rejected is not None
        or window is None
        or window.days > _KNOWN_DAY
    ):
        return None
    return window.earliest


def _timeline(mentions: Iterable[Mention], catalogue: Catalogue) -> Any:
    return infer(assemble(mentions, catalogue), catalogue)


def backtest(
    documents: Iterable[Document],
    catalogue: Catalogue | None = None,
    *,
    series: Iterable[str] | None = None,
) -> Backtest:
    """Hide every document naming a session whose day is known, and infer it back.

    Each document is read once; each held-out session costs one assembly and inference.

    Args:
        documents: the articles.
        catalogue: the catalogue; the built-in one by default.
        series: only these series keys (all by default).

    Returns:
        The rows, in series and ordinal order, and their summaries.

    >>> from vnlao_events import bundled_seeds
    >>> backtest(bundled_seeds(), series=["political-consultation"]).summaries()[0].sessions
    2
    """
    cat = catalogue or Catalogue.default()
    by_document: dict[str, list[Mention]] = {}
    for document in documents:
        by_document.setdefault(document.id, []).extend(extract(document, cat))
    full = _timeline((m for ms in by_document.values() for m in ms), cat)
    wanted = set(series) if series is not None else None
    rows: list[BacktestRow] = []
    for session in full.sessions():
        if wanted is not None and session.series not in wanted:
            continue
        true_day = _known_day(session)
        number = session.number
        if true_day is None or number is None:
            continue
        hidden = set(session.documents)
        rest = (m for doc, ms in by_document.items() if doc not in hidden for m in ms)
        found = _timeline(rest, cat).session(session.series, number)
        hard = None
        likely = None
        if found is not None:
            hard = found.series_window or (found.when.window if found.when else None)
            likely = found.likely.value if found.likely is not None else None
        rows.append(
            BacktestRow(
                series=session.series,
                ordinal=number,
                true_day=true_day,
                hidden=tuple(sorted(hidden)),
                hard=hard,
                likely=likely,
            )
        )
    return Backtest(rows=rows, level=LEVEL)
