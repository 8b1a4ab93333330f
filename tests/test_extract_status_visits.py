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
        ("Thủ tướng sẽ có chuyến công tác tại Lào trong 2 ngày (2-3/12/2025). Trong chuyến công "
         "tác, Thủ tướng sẽ đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ.",
         "2025-11-28", (date(2025, 12, 2), date(2025, 12, 3))),
        ("The Prime Minister will make a working trip to Laos on December 2-3, 2025. During the "
         "trip, he will co-chair the 48th meeting of the Intergovernmental Committee.",
         "2025-11-28", (date(2025, 12, 2), date(2025, 12, 3))),
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


@pytest.mark.parametrize(
    "text",
    [
        "The Lao PM left Hanoi, concluding his official visit to Vietnam and co-chairing the 46th "
        "session of the Intergovernmental Committee from January 6-7. On January 7 morning, the "
        "two PMs co-chaired the 46th session of the Intergovernmental Committee.",
        "Bộ trưởng Lào đã thăm chính thức Việt Nam từ ngày 23 đến ngày 27/12, đồng chủ trì Tham "
        "vấn cấp Bộ trưởng Ngoại giao lần thứ 6. Sáng 25/12, hai Bộ trưởng đã tiến hành Tham vấn "
        "cấp Bộ trưởng Ngoại giao lần thứ 6.",
    ],
)
def test_the_visits_span_yields_to_the_day_stated_for_the_session(text):
    """'… visit … and co-chairing the 46th … from January 6-7. On January 7 …': January 7."""
    doc = ve.Document(id="t.txt", text=text)
    (session,) = ve.build_timeline([doc], infer=False).sessions()
    assert session.date is not None
    assert session.date.format_iso() in ("--01-07", "--12-25")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Lao PM paid an official visit to Vietnam and co-chaired the 46th session of the "
         "Intergovernmental Committee from January 6-7, 2024. On January 7, 2024, the two PMs "
         "co-chaired the 46th session of the Intergovernmental Committee.", "2024-01-07"),
        ("Thủ tướng Lào thăm chính thức Việt Nam và đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên "
         "Chính phủ từ ngày 6 đến 7/1/2024. Sáng 7/1/2024, hai Thủ tướng đã đồng chủ trì Kỳ họp "
         "lần thứ 46 Ủy ban liên Chính phủ.", "2024-01-07"),
    ],
)  # fmt: skip
def test_a_dated_visit_span_is_a_window_the_day_narrows(text, day):
    """The span the visit's sentence gives is a window; the session's own day is inside."""
    mentions = session_mentions(text, "2024-01-08")
    spans = [m for m in mentions if m.date is not None and m.date.window is not None]
    assert any(m.date.window.precision is ve.Precision.WINDOW for m in spans)
    (session,) = ve.build_timeline(
        [ve.Document(id="t.txt", text=text, published=ve.PartialDate.parse_iso("2024-01-08"))],
        infer=False,
    ).sessions()
    assert session.date is not None
    assert session.date.format_iso() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sáng 17-12-2013, tại Thủ đô Vientiane (Lào). Kỳ họp lần thứ 36 của Ủy ban liên Chính "
         "phủ Việt Nam - Lào năm 2014 đã được tổ chức.", "2013-12-17"),
        ("On December 17, 2013, in Vientiane. The 36th meeting of the Intergovernmental "
         "Committee for 2014 was held.", "2013-12-17"),
    ],
)  # fmt: skip
def test_a_day_and_place_cut_off_by_a_full_stop_dates_the_report_after_it(text, day):
    """'Sáng 17-12-2013, tại Thủ đô Vientiane (Lào). Kỳ họp … năm 2014 …': 17 December 2013."""
    (mention,) = session_mentions(text, None)
    assert mention.date is not None
    assert mention.date.format_iso() == day
    assert mention.status is ve.Status.HELD


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp lần thứ 36 của Ủy ban liên Chính phủ Việt Nam - Lào năm 2014 đã được tổ chức.",
        "The 36th meeting of the Intergovernmental Committee for 2014 was held.",
    ],
)
def test_an_edition_year_alone_still_dates_the_session_by_its_year(text):
    """With no day before it, the year in the name stays the session's only date."""
    (mention,) = session_mentions(text, None)
    assert mention.date is not None
    assert mention.date.format_iso() == "2014-01-01/2014-12-31"


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 17/12/2013 lúc 23:30\nKỳ họp lần thứ 36 Ủy ban liên Chính phủ Việt Nam - Lào đã "
        "được tổ chức.",
        "December 17, 2013 at 10:22\nThe 36th meeting of the Intergovernmental Committee was held.",
    ],
)
def test_a_time_stamp_line_dates_no_session(text):
    """A page's time stamp names no place: it frames no report and dates no session."""
    (mention,) = session_mentions(text, None)
    assert mention.date is None
