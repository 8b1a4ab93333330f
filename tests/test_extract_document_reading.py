"""What the rest of a sentence or article tells about a session.

Whose it is, its level, its day and its country.
"""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, session_mentions

import vnlao_events as ve


def _sessions(text: str, published: ve.PartialDate | None = None) -> list[ve.SessionMention]:
    document = ve.Document(id="a", text=text, published=published)
    return [m for m in ve.extract(document) if isinstance(m, ve.SessionMention)]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Cambodia signed a cooperation agreement covering specific programmes in 28 "
        "areas following the 17th meeting of their Joint Committee on Cooperation.",
        "Vietnam and Cambodia agreed on many orientations after the 17th meeting of their "
        "Intergovernmental Committee in Phnom Penh.",
    ],
)
def test_their_session_is_the_subject_pair_s(text):
    """In "Vietnam and Cambodia … their Joint Committee" the committee is another pair's."""
    assert session_mentions(text, "2019-08-21") == []


def test_their_session_of_the_two_members_stands():
    """The two members as the subject: "their" committee is the Vietnam-Laos one."""
    (mention,) = session_mentions(
        "Vietnam and Laos signed five agreements following the 46th meeting of their "
        "Intergovernmental Committee.",
        "2024-01-10",
    )
    assert (mention.series, mention.ordinal) == ("intergovernmental-committee", 46)


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Tham vấn chính trị Việt Nam - Lào lần thứ 11\n\nBộ trưởng Bùi Thanh Sơn đã đồng chủ "
         "trì Tham vấn chính trị lần thứ 11 cấp Bộ trưởng Bộ Ngoại giao ngày 16/12/2024.",
         "ministerial-political-consultation"),
        ("Vietnam, Laos hold 11th political consultation\n\nThe 11th political consultation at "
         "the foreign ministerial level took place in Vientiane on December 16, 2024.",
         "ministerial-political-consultation"),
        ("Tham vấn chính trị Việt Nam - Lào lần thứ 11\n\nThứ trưởng Ngoại giao Đỗ Hùng Việt đã "
         "đồng chủ trì Tham vấn chính trị lần thứ 11 cấp Thứ trưởng ngày 16/12/2024.",
         "political-consultation"),
    ],
)  # fmt: skip
def test_a_session_named_without_its_level_takes_the_level_named_elsewhere(text, series):
    """A headline with no level is the body's session, at the body's level: one series."""
    found = _sessions(text, ve.PartialDate(2024, 12, 20))
    assert {m.series for m in found} == {series}


def test_the_ministers_level_in_vietnamese_words():
    """The words "cấp Bộ trưởng Bộ Ngoại giao" name the ministers' level."""
    (mention,) = session_mentions(
        "Tham vấn chính trị lần thứ 11 cấp Bộ trưởng Bộ Ngoại giao Việt Nam - Lào diễn ra ngày "
        "16/12/2024.",
        "2024-12-20",
    )
    assert mention.series == "ministerial-political-consultation"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Vietnam and Laos agreed on orientations to bolster their partnership in 2024, during "
         "the 46th meeting of the Intergovernmental Committee that was held in Hanoi on January "
         "7, 2024.", "2024-01-07"),
        ("Hai nước nhất trí các định hướng hợp tác năm 2024, tại Kỳ họp lần thứ 46 Ủy ban liên "
         "Chính phủ diễn ra tại Hà Nội ngày 7/1/2024.", "2024-01-07"),
    ],
)  # fmt: skip
def test_a_year_of_the_clause_before_yields_to_the_session_s_own_day(text, day):
    """The year is the partnership's; the day in the session's own clause is the session's."""
    (mention,) = session_mentions(text, "2024-01-10")
    assert mention.date is not None
    assert mention.date.format_iso() == day


@pytest.mark.parametrize(
    "text",
    [
        "Leaders attended the 12th theoretical workshop between the two Parties, which comes as "
        "both Parties are preparing for their national Party Congresses in early 2026.",
        "Lãnh đạo hai Đảng dự Hội thảo lý luận lần thứ 12 giữa hai Đảng, trong bối cảnh hai Đảng "
        "đang chuẩn bị Đại hội Đảng toàn quốc vào đầu năm 2026.",
    ],
)
def test_a_date_after_another_event_is_that_event_s(text):
    """The early 2026 is the Congresses', not the workshop's."""
    (mention,) = session_mentions(text, "2025-10-27")
    assert mention.date is None or mention.date.format_iso() != "2026-01-01/2026-06-30"


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 9/1/2025, Thủ tướng Phạm Minh Chính lên đường thăm Lào và đồng chủ trì Kỳ họp lần "
        "thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào theo lời mời của Thủ tướng Cộng hòa Dân chủ "
        "Nhân dân Lào Sonexay Siphandone.",
        "On January 9, 2025, Prime Minister Pham Minh Chinh left for Laos to co-chair the 47th "
        "meeting of the Intergovernmental Committee at the invitation of Prime Minister of the "
        "Lao People's Democratic Republic Sonexay Siphandone.",
    ],
)
def test_a_state_s_full_name_between_title_and_name_keeps_the_title(text):
    """The inviter with the guest's title, the state's full name between: the counterpart."""
    chairs = mention_chairs(text, "2025-01-08")
    assert {"Phạm Minh Chính", "Sonexay Siphandone"} <= chairs


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The 48th meeting of the Intergovernmental Committee was co-chaired by the two Prime "
         "Ministers on December 3, 2025. Following PM Chinh's working visit to Laos on December "
         "2-3, the minister said the meeting had marked a milestone.", "LA"),
        ("Kỳ họp lần thứ 48 Ủy ban liên Chính phủ do hai Thủ tướng đồng chủ trì ngày 3/12/2025. "
         "Sau chuyến thăm làm việc tới Lào của Thủ tướng từ ngày 2-3/12, Bộ trưởng cho biết kỳ "
         "họp là dấu mốc quan trọng.", "LA"),
    ],
)  # fmt: skip
def test_a_session_dated_on_a_visit_day_is_in_the_country_visited(text, country):
    """Its day inside the visit's days: the session took place on the visit."""
    found = session_mentions(text, "2025-12-04")
    dated = [m for m in found if m.date is not None and m.date.format_iso() == "2025-12-03"]
    assert dated
    assert all(m.place is not None and m.place.country == country for m in dated)
