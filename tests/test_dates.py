"""Tests for the precision-aware date types (``_dates.py``)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from tests.strategies import partial_dates, whens, windows

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "year", "month", "day"),
    [
        ("2022-11-25", 2022, 11, 25),  # full date
        ("2023-01", 2023, 1, None),  # month precision
        ("2025", 2025, None, None),  # year precision
        ("--11-25", None, 11, 25),  # day whose year is open
        ("--08", None, 8, None),  # month whose year is open
    ],
)
def test_partial_date_parses_iso_forms(text, year, month, day):
    """Each ISO form reads into its fields."""
    parsed = ve.PartialDate.parse_iso(text)
    assert (parsed.year, parsed.month, parsed.day) == (year, month, day)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ((2022, 13), "'month' must be 1..12 (got 13)"),  # month 13
        ((2023, 2, 29), "'day' must be 1..28 for month 2 (got 29)"),  # not a leap year
        ((2022, 2, 31), "(got 31)"),  # 31 February
        ((2022, None, 5), "'day' needs a month"),  # day without month
        ((None, None), "needs a year or a month"),  # nothing at all
    ],
)
def test_partial_date_rejects_impossible_dates(args, fragment):
    """An impossible date raises ParseError naming the field and the value."""
    with pytest.raises(ve.ParseError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        ve.PartialDate(*args)


def test_open_year_allows_29_february():
    """A 29 February with no year is possible (a leap year may come)."""
    assert ve.PartialDate(None, 2, 29).format_iso() == "--02-29"


@pytest.mark.parametrize("text", ["", "2022-1", "25/11", "20222", "--13-01", "abc"])
def test_partial_date_parse_errors_quote_input(text):
    """A bad ISO string raises an error that quotes it."""
    with pytest.raises(ve.ParseError) as caught:
        ve.PartialDate.parse_iso(text)
    assert repr(text) in str(caught.value) or "must be" in str(caught.value)


@given(partial_dates())
def test_partial_date_round_trips(value):
    """parse_iso(format_iso(d)) == d for every partial date."""
    assert ve.PartialDate.parse_iso(value.format_iso()) == value


@given(partial_dates())
def test_partial_date_window_holds_its_days(value):
    """A partial date's window starts at earliest and ends at latest."""
    window = value.window()
    if value.year is None:
        assert window is None
    else:
        assert window is not None
        assert (window.earliest, window.latest) == (value.earliest, value.latest)


def test_partial_date_repr_shows_iso():
    """Repr shows the ISO form."""
    assert repr(ve.PartialDate(2022, 11)) == 'PartialDate("2022-11")'


def test_partial_dates_have_no_implicit_order():
    """Dates of mixed precision cannot be compared with <."""
    with pytest.raises(TypeError):
        assert ve.PartialDate(2022) < ve.PartialDate(2022, 5)  # type: ignore[operator]


@given(windows())
def test_window_round_trips(window):
    """DateWindow.parse_iso(format_iso()) keeps the days."""
    again = ve.DateWindow.parse_iso(window.format_iso(), window.precision)
    assert again == window


def test_window_rejects_reversed_bounds():
    """Earliest after latest is an error naming both."""
    with pytest.raises(ve.ParseError, match="2022-12-01 > 2022-11-01"):
        ve.DateWindow(date(2022, 12, 1), date(2022, 11, 1))


@pytest.mark.parametrize("text", ["2022-13-01", "2022-11-01/", "x", "2022-11-02/2022-11-01"])
def test_window_parse_errors(text):
    """A bad window string raises ParseError."""
    with pytest.raises(ve.ParseError):
        ve.DateWindow.parse_iso(text)


def test_window_quarter_and_intersection():
    """Quarters are three months; intersection keeps the finer precision."""
    q4 = ve.DateWindow.quarter(2020, 4)
    assert (q4.earliest, q4.latest) == (date(2020, 10, 1), date(2020, 12, 31))
    december = ve.DateWindow.month(2020, 12)
    assert q4.intersect(december) == december
    assert q4.intersect(ve.DateWindow.month(2021, 1)) is None
    with pytest.raises(ve.ParseError):
        ve.DateWindow.quarter(2020, 5)


def test_window_contains_and_overlaps():
    """contains() takes a day or a window; overlaps() is symmetric."""
    year = ve.DateWindow.year(2025)
    assert year.contains(date(2025, 12, 2))
    assert year.contains(ve.DateWindow.month(2025, 2))
    assert not year.contains(date(2026, 1, 1))
    assert year.overlaps(ve.DateWindow.month(2025, 12))
    assert not year.overlaps(ve.DateWindow.month(2026, 1))


def test_window_shifted_is_a_window():
    """shifted() widens both ends."""
    shifted = ve.DateWindow.day(date(2024, 1, 10)).shifted(2, 3)
    assert shifted.format_iso() == "2024-01-08/2024-01-13"
    assert shifted.precision is ve.Precision.WINDOW


def test_when_needs_window_or_open_day():
    """A When without either is rejected; a month_day must leave the year open."""
    with pytest.raises(ve.ParseError):
        ve.When()
    with pytest.raises(ve.ParseError, match="leave the year open"):
        ve.When(month_day=ve.PartialDate(2022, 1, 1))


def test_when_resolves_open_year_range():
    """An open-year range placed in a year becomes a DAYS window."""
    when = ve.When.open_year(ve.PartialDate(None, 11, 25), ve.PartialDate(None, 11, 26))
    assert when.format_iso() == "--11-25/--11-26"
    resolved = when.resolved(2022)
    assert resolved.format_iso() == "2022-11-25/2022-11-26"
    assert resolved.precision is ve.Precision.DAYS
    assert when.sort_key() == (date.max, date.max)


@given(whens())
def test_when_precision_matches_form(when):
    """An open-year date has MONTH_DAY precision and no earliest day."""
    if when.window is None:
        assert when.precision is ve.Precision.MONTH_DAY
        assert when.earliest is None
    else:
        assert when.earliest == when.window.earliest
