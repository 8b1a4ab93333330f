"""A Vietnamese range whose last day is written with dashes: "từ ngày 28 đến ngày 31-12-2006"."""

from __future__ import annotations

import pytest

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Từ ngày 28 đến ngày 31-12-2006, kỳ họp diễn ra.", "2006-12-28/2006-12-31"),
        ("Từ ngày 28 đến 31-12-2006, kỳ họp diễn ra.", "2006-12-28/2006-12-31"),
        ("từ 3 tới ngày 7-1-2022, kỳ họp diễn ra.", "2022-01-03/2022-01-07"),
    ],
)
def test_a_range_ending_in_a_dashed_date(text, window):
    """Both ends are read, the month and year from the last."""
    found = ve.find_dates(text)
    assert len(found) == 1
    assert found[0].when.window is not None
    assert found[0].when.window.format_iso() == window


def test_a_dashed_date_alone_stays_one_day():
    """'ngày 28-12-2006' is one day."""
    found = ve.find_dates("ngày 28-12-2006")
    assert found[0].when.window is not None
    assert found[0].when.window.format_iso() == "2006-12-28"
