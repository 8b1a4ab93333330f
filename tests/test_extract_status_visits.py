"""A session held on a visit takes the visit's span of days when it has no date of its own."""

from __future__ import annotations

from datetime import date

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "published", "window"),
    [
        ("Thủ tướng Lào sẽ thăm chính thức Việt Nam từ ngày 8-10/1/2024. Trong thời gian ở thăm, "
         "Thủ tướng sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
         "2024-01-05", (date(2024, 1, 8), date(2024, 1, 10))),
        ("The Lao Prime Minister will pay an official visit to Vietnam from January 8-10, 2024. "
         "During the visit, he will co-chair the 46th meeting of the Intergovernmental "
         "Committee.", "2024-01-05", (date(2024, 1, 8), date(2024, 1, 10))),
        ("Tổng Bí thư sẽ thăm cấp Nhà nước tới Lào từ ngày 1-2/12/2025. Trong thời gian ở thăm, "
         "Tổng Bí thư sẽ đồng chủ trì Cuộc gặp cấp cao giữa hai Đảng.",
         "2025-11-26", (date(2025, 12, 1), date(2025, 12, 2))),
    ],
)  # fmt: skip
def test_a_session_during_a_dated_visit_lies_within_it(text, published, window):
    """'… visit … from January 8-10 …. During the visit, he will co-chair …': within 8–10."""
    (mention,) = session_mentions(text, published)
    assert mention.status is ve.Status.PLANNED
    assert mention.date is not None
    assert mention.date.window is not None
    assert (mention.date.window.earliest, mention.date.window.latest) == window
    assert mention.date.window.precision is ve.Precision.WINDOW  # somewhere in it, not all
    assert any("within the visit" in d.render() for d in mention.derivation)


@pytest.mark.parametrize(
    "text",
    [
        "The Lao Prime Minister will pay an official visit to Vietnam from January 6-7. During "
        "the visit, he will co-chair the 46th meeting of the Intergovernmental Committee.",
        "Thủ tướng Lào sẽ thăm chính thức Việt Nam từ ngày 6-7/1. Trong thời gian ở thăm, Thủ "
        "tướng sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
    ],
)
def test_a_visit_with_an_open_year_gives_its_days_with_the_year_open(text):
    """No year anywhere: the session is on January 6–7 of an open year."""
    (mention,) = session_mentions(text, None)
    assert mention.date is not None
    assert mention.date.window is None
    assert mention.date.format_iso() == "--01-06/--01-07"


@pytest.mark.parametrize(
    "text",
    [
        # two visits with different days: which one is unknown
        "The President will pay a state visit to Laos from December 1-2, 2025, and an official "
        "visit to Cambodia from December 3-4, 2025. During the visit to Laos, he will co-chair "
        "the high-level meeting between the two Parties.",
        # the session's own sentence speaks of no trip
        "Thủ tướng Lào sẽ thăm chính thức Việt Nam từ ngày 8-10/1/2024. Kỳ họp lần thứ 46 Ủy "
        "ban liên Chính phủ sẽ được tổ chức vào năm nay.",
        # a visit of more than a week is no span of a session's days
        "The minister will pay a working visit to Laos from January 2-20, 2024. During the "
        "visit, he will attend the 46th meeting of the Intergovernmental Committee.",
    ],
)
def test_no_single_short_visit_span_gives_no_date(text):
    """Only one visit span of two to seven days, told in a trip's sentence, dates it."""
    for mention in session_mentions(text, "2023-12-20"):
        assert mention.date is None or not any(
            "within the visit" in d.render() for d in mention.derivation
        )


def test_a_session_with_its_own_day_keeps_it():
    """A day the session's own sentence gives is its own, not the visit's span."""
    text = (
        "Thủ tướng Lào thăm chính thức Việt Nam từ ngày 8-10/1/2024. Trong thời gian ở thăm, "
        "sáng 9/1, hai Thủ tướng đã đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ."
    )
    (mention,) = session_mentions(text, "2024-01-10")
    assert mention.date is not None
    assert mention.date.format_iso() == "2024-01-09"
