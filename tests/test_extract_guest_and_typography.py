"""A guest's welcome day, the eth written for "Đ", an adverb after "will".

The day of a guest's welcome is not the session the guest came for.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Pham Minh Chinh hosted a welcome ceremony on January 6 for Lao PM "
        "Sonexay Siphandone, who is in Vietnam to attend the 46th meeting of the "
        "Intergovernmental Committee.",
        "Prime Minister Pham Minh Chinh hosted a welcome ceremony on January 6 for Lao PM "
        "Sonexay Siphandone, who is in Vietnam for an official visit and the 46th meeting of the "
        "Intergovernmental Committee.",
    ],
)
def test_the_welcome_day_is_not_the_session_s(text):
    """The day is the ceremony's; the relative clause tells what the guest came for."""
    (mention,) = session_mentions(text, "2024-01-06")
    assert mention.date is None
    assert mention.status in (ve.Status.PLANNED, ve.Status.HELD_OR_PLANNED)


def test_a_day_after_the_session_the_guest_came_for_is_its_own():
    """A day after the session the guest came to attend ("… on January 7") is its own."""
    (mention,) = session_mentions(
        "Lao PM Sonexay Siphandone came to Hanoi to attend the 46th meeting of the "
        "Intergovernmental Committee on January 7.",
        "2024-01-06",
    )
    assert mention.date is not None
    assert mention.date.format_iso() == "2024-01-07"


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/9/2023, Hội thảo lý luận lần thứ 10 giữa hai Ðảng ðã khai mạc tại Hà Nội.",
        "Ngày 5/9/2023, Hội thảo lý luận lần thứ 10 giữa hai Đảng đã khai mạc tại Hà Nội.",
    ],
)
def test_an_eth_reads_as_the_vietnamese_d(text):
    """Older pages write "Ð"/"ð" (the eth) for "Đ"/"đ": "Ðảng", "ðã" read as "Đảng", "đã"."""
    (mention,) = session_mentions(text, "2023-09-06")
    assert (mention.series, mention.ordinal, mention.status) == (
        "party-theoretical-workshop",
        10,
        ve.Status.HELD,
    )


def test_an_adverb_after_will_keeps_it_future():
    """With an adverb after "will" ("He will also join …") the session is still to come."""
    (mention,) = session_mentions(
        "He will also join his Vietnamese counterpart in the 46th meeting of the two countries' "
        "Inter-governmental Committee, a Viet Nam-Laos investment forum, and other activities.",
        "2024-01-06",
    )
    assert mention.status is ve.Status.PLANNED


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("Kỳ họp lần thứ bốn mươi sáu Ủy ban liên Chính phủ Việt Nam - Lào diễn ra tại Hà Nội "
         "ngày 9/1/2024.", 46),
        ("Cuộc họp thường niên lần thứ hai mươi mốt giữa hai đoàn đại biểu biên giới Việt Nam - "
         "Lào diễn ra ngày 9/1/2024.", 21),
        ("Tham vấn chính trị lần thứ mười một giữa hai Bộ Ngoại giao diễn ra ngày 9/1/2024.", 11),
    ],
)  # fmt: skip
def test_a_vietnamese_ordinal_of_several_words(text, ordinal):
    """The words of "lần thứ bốn mươi sáu" are read apart, not glued: the 46th."""
    (mention,) = session_mentions(text, "2024-01-10")
    assert mention.ordinal == ordinal


@pytest.mark.parametrize(
    ("text", "series", "ordinal"),
    [
        ("Tham khảo chính trị lần 10 diễn ra tại Viêng Chăn ngày 8/7/2025.",
         "political-consultation", 10),
        ("Hội thảo lý luận lần 12 giữa hai Đảng khai mạc tại Hà Nội ngày 27/10/2025.",
         "party-theoretical-workshop", 12),
    ],
)  # fmt: skip
def test_a_number_alone_after_lan_is_the_ordinal(text, series, ordinal):
    """A number alone after "lần", without "thứ", numbers the session as "lần thứ 10" does."""
    (mention,) = session_mentions(text)
    assert (mention.series, mention.ordinal) == (series, ordinal)


@pytest.mark.parametrize(
    "text",
    [
        "Tham khảo chính trị diễn ra tại Viêng Chăn; kim ngạch tăng 10 lần trong năm 2025.",
        "Tham khảo chính trị diễn ra tại Viêng Chăn lần 10/2025 theo kế hoạch.",
        "Tham khảo chính trị diễn ra tại Viêng Chăn, tăng trưởng lần 10% trong năm 2025.",
    ],
)
def test_a_number_before_lan_or_inside_a_figure_is_no_ordinal(text):
    """A number before "lần" (tenfold) or inside a date or a figure numbers no session."""
    assert all(m.ordinal is None for m in session_mentions(text, "2025-07-10"))
