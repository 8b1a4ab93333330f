"""Tests for the learned cadence (``_cadence.py``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vnlao_events import LikelyBasis
from vnlao_events._cadence import LEVEL, learn, likely_window, pooled

# The Intergovernmental Committee's dated sessions: around the turn of the year.
IGC = {
    41: date(2019, 1, 6),
    42: date(2020, 1, 4),
    43: date(2020, 12, 6),
    45: date(2023, 1, 12),
    46: date(2024, 1, 7),
    47: date(2025, 1, 9),
}


def _learn(days: dict[int, date]):
    return learn(list(days), [d.toordinal() for d in days.values()])


def test_median_gap_and_season_of_a_yearly_series():
    """A series meeting every January has a gap near a year and a season near 1 January."""
    history = _learn(IGC)
    assert 360 <= history.gap <= 370
    assert history.season is not None
    assert len(history.season_errors) == len(IGC)


def test_likely_window_of_an_unseen_session_holds_the_usual_day():
    """The 44th, between the 43rd and the 45th, is likely around the turn of 2021/2022."""
    history = _learn(IGC)
    lo, hi = date(2021, 5, 5).toordinal(), date(2022, 8, 15).toordinal()
    window = likely_window(history, pooled([history]), 44, lo, hi)
    assert window is not None
    assert window.level == LEVEL
    assert date(2021, 11, 1) <= window.earliest <= window.latest <= date(2022, 3, 1)
    assert window.days <= 120
    assert window.earliest <= window.most_likely <= window.latest


def test_likely_window_stays_inside_the_hard_window():
    """A hard window narrower than the learned spread clips the likely window."""
    history = _learn(IGC)
    lo, hi = date(2025, 12, 2).toordinal(), date(2025, 12, 31).toordinal()
    window = likely_window(history, pooled([history]), 48, lo, hi)
    assert window.earliest >= date(2025, 12, 2)
    assert window.latest <= date(2025, 12, 31)


def test_prediction_outside_the_hard_window_moves_to_its_edge():
    """When the gaps point before the hard window, the likely window is its first days."""
    history = _learn(IGC)
    lo, hi = date(2030, 1, 1).toordinal(), date(2031, 1, 1).toordinal()
    window = likely_window(history, pooled([history]), 48, lo, hi)
    assert window.earliest == date(2030, 1, 1)


@pytest.mark.parametrize(
    "days",
    [
        {7: date(2022, 11, 25)},  # one dated session: no gap at all
        {7: date(2022, 11, 25), 9: date(2024, 8, 29)},  # one gap, no spread to learn
    ],
)
def test_too_little_history_gives_no_likely_window(days):
    """Without enough dated sessions to learn a spread, no likely window is claimed."""
    history = _learn(days)
    assert likely_window(history, pooled([history]), 10, None, None) is None


def test_a_short_series_borrows_the_spread_of_the_others():
    """Three dated sessions learn a gap; the spread comes from the pooled errors."""
    short = _learn({4: date(2019, 7, 16), 6: date(2021, 8, 31), 7: date(2022, 11, 25)})
    window = likely_window(short, pooled([short, _learn(IGC)]), 8, None, None)
    assert window is not None
    assert window.basis is LikelyBasis.GAPS


def test_irregular_series_keeps_no_season():
    """Days spread over the year: the season predictor is no closer, the gaps are used."""
    days = {k: date(2000, 1, 1) + timedelta(days=400 * k + 97 * (k % 3)) for k in range(1, 10)}
    history = _learn(days)
    window = likely_window(history, pooled([history]), 10, None, None)
    assert window is not None
    assert window.basis is LikelyBasis.GAPS
