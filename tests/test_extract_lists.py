"""Numbers listed after an ordinal, and ranges whose last day is written with dashes."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Hai bên đã thực hiện các nội dung tại Kỳ họp lần thứ 39, 40 Ủy ban liên Chính phủ.",
         [39, 40]),
        ("Hai bên đã thực hiện các nội dung tại Kỳ họp lần thứ 39, 40 và 41 Ủy ban liên Chính"
         " phủ.", [39, 40, 41]),
        ("Hai bên đã thực hiện các nội dung tại Kỳ họp lần thứ 39 và 40 Ủy ban liên Chính phủ.",
         [39, 40]),
        ("The two sides implemented the results of the 39th, 40th and 41st sessions of the"
         " Intergovernmental Committee.", [39, 40, 41]),
    ],
)  # fmt: skip
def test_numbers_listed_between_the_head_and_the_body_are_sessions_of_it(text, numbers):
    """'Kỳ họp lần thứ 39, 40 Ủy ban liên Chính phủ': the 39th and the 40th sessions."""
    found = session_mentions(text, "2019-02-20")
    assert [m.ordinal for m in found] == numbers
    assert {m.series for m in found} == {"intergovernmental-committee"}


def test_a_count_after_the_ordinal_is_no_listed_session():
    """'lần thứ 9, 2 bên …': a count of sides, not the 2nd session."""
    text = "Tại Kỳ họp lần thứ 9, 2 bên đã ký biên bản Ủy ban liên Chính phủ."
    assert 2 not in [m.ordinal for m in session_mentions(text, "2019-02-20")]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Từ ngày 25 đến 28-12, tại Hà Nội", "--12-25", "--12-28"),
        ("Từ ngày 25 đến ngày 28-12, tại Hà Nội", "--12-25", "--12-28"),
        ("từ ngày 5 đến 7-3, hai đoàn", "--03-05", "--03-07"),
    ],
)
def test_a_range_whose_last_day_has_a_dashed_month_and_no_year_is_a_range(text, first, last):
    """'Từ ngày 25 đến 28-12': the 25th to the 28th of December, the year left open."""
    (found,) = ve.find_dates(text)
    assert found.when.month_day == ve.PartialDate.parse_iso(first)
    assert found.when.month_day_end == ve.PartialDate.parse_iso(last)
    assert found.when.window is None  # no year invented


def test_a_dashed_range_with_its_year_is_a_range_of_that_year():
    """'từ ngày 25 đến 28-12-2010' is still read whole, with its year."""
    (found,) = ve.find_dates("từ ngày 25 đến 28-12-2010")
    assert str(found.when.window) == 'DateWindow("2010-12-25/2010-12-28", days)'


@pytest.mark.parametrize("frame", ["slated for", "scheduled for", "set for", "planned for"])
def test_a_month_a_schedule_word_announces_is_a_date(frame):
    """'the 43rd meeting … slated for December': a month, as after 'in'."""
    (found,) = ve.find_dates(f"the 43rd meeting {frame} December, officials said")
    assert found.kind.value == "month"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("ngày 9 và 10/1/2025", 'DateWindow("2025-01-09/2025-01-10", days)'),
        ("ngày 30 và 31/12/2024", 'DateWindow("2024-12-30/2024-12-31", days)'),
        ("trong hai ngày 19 và 20-12-2022", 'DateWindow("2022-12-19/2022-12-20", days)'),
    ],
)
def test_two_days_side_by_side_joined_are_one_span(text, window):
    """'ngày 9 và 10/1/2025': the 9th and the 10th, one span of two days."""
    (found,) = ve.find_dates(text)
    assert str(found.when.window) == window


def test_two_days_side_by_side_with_no_year_are_one_open_span():
    """'Trong hai ngày 19 và 20-12': the 19th and 20th of December, the year left open."""
    (found,) = ve.find_dates("Trong hai ngày 19 và 20-12, tại Luang Prabang diễn ra cuộc họp.")
    assert found.when.window is None
    assert (found.when.month_day.format_iso(), found.when.month_day_end.format_iso()) == (
        "--12-19",
        "--12-20",
    )


@pytest.mark.parametrize("text", ["ngày 9 và 12/1/2025", "ngày 19 và 22-12"])
def test_two_days_apart_joined_are_no_span(text):
    """'ngày 9 và 12/1/2025' names two days, not the four between."""
    assert all(m.kind is not ve.DateKind.RANGE for m in ve.find_dates(text))


def test_a_month_before_an_event_noun_dates_the_session():
    """'the outcomes of the September meeting between the two Politburos': September."""
    (mention,) = session_mentions(
        "Vietnam is translating the outcomes of the September meeting between the two "
        "Politburos into action, he said.",
        "2024-10-14",
    )
    assert mention.series == "party-high-level-meeting"
    assert mention.date is not None
    assert str(mention.date.window) == 'DateWindow("2024-09-01/2024-09-30", month)'
    assert mention.status is ve.Status.HELD
