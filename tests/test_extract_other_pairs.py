"""A series of the same kind between a member and another country is not the members' series."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(m.series, m.ordinal) for m in session_mentions(text, "2019-07-19")]


@pytest.mark.parametrize(
    "text",
    [
        "The sixth political consultation between Vietnam and Cambodia was held in Phnom Penh"
        " on July 18.",
        "Vietnam and Cambodia held their sixth political consultation in Phnom Penh on July 18.",
        "Vietnam, Thailand hold sixth political consultation on July 18.",
        "Sáng 18/7, Thứ trưởng Đỗ Hùng Việt đã đồng chủ trì cuộc Tham khảo Chính trị lần thứ 8"
        " giữa hai Bộ Ngoại giao Việt Nam - Campuchia.",
        "Chiều 18/7, Hội thảo lý luận lần thứ 16 giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản"
        " Trung Quốc đã được tổ chức theo hình thức trực tuyến.",
        "Hai bên đánh giá kết quả Kỳ họp lần thứ 20 Ủy ban Hỗn hợp Việt Nam - Campuchia ngày 18/7.",
        "The 10th political consultation between Vietnam and Mozambique took place on July 18.",
    ],
)
def test_a_series_framed_by_another_country_is_no_session_of_the_members(text):
    """'between Vietnam and Cambodia', 'Việt Nam - Campuchia': another pair's series."""
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third country after both members, or in another noun phrase, is another thing's
        ("Ngày 18/7, Thủ tướng Phạm Minh Chính đồng chủ trì Kỳ họp lần thứ 45 Ủy ban liên Chính"
         " phủ Việt Nam - Lào và dự Hội nghị Cấp cao Campuchia - Lào - Việt Nam.",
         [("intergovernmental-committee", 45)]),
        ("On July 18, the two PMs co-chaired the 45th meeting of the Intergovernmental Committee"
         " and a meeting with Cambodian investors.", [("intergovernmental-committee", 45)]),
        # where it happens is not whose it is
        ("The sixth political consultation between Vietnam and Laos was held in Cambodia on"
         " July 18.", [("political-consultation", 6)]),
        # a third country apart from the members, not coordinated with one
        ("Sau khi dự Hội nghị tại Thái Lan, Thủ tướng Lào đồng chủ trì Kỳ họp lần thứ 45 Ủy ban"
         " liên Chính phủ ngày 18/7.", [("intergovernmental-committee", 45)]),
        # one-syllable words that are also country names elsewhere: "ý kiến", "biện pháp"
        ("Ngày 18/7, Kỳ họp lần thứ 45 Ủy ban liên Chính phủ thống nhất ý kiến về biện pháp"
         " hợp tác.", [("intergovernmental-committee", 45)]),
        # two syllables that join into a one-word name are two words: "đồng chí Lê" is no Chile
        ("Ngày 18/7, Tham khảo chính trị lần thứ 10 do đồng chí Lê Hoài Trung và Thứ trưởng"
         " Bouasone Bouphavanh chủ trì.", [("political-consultation", 10)]),
    ],
)  # fmt: skip
def test_a_third_country_outside_the_series_own_frame_leaves_it_the_members(text, expected):
    """The frame is the mention's own complement and the pair coordinated before it."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 18/7, Thủ tướng Lào vừa kết thúc chuyến thăm Thái Lan đã đồng chủ trì Kỳ họp lần"
        " thứ 45 Ủy ban liên Chính phủ.",
        "On July 18, after an official visit to Thailand, the Lao PM co-chaired the 45th meeting"
        " of the Intergovernmental Committee.",
    ],
)
def test_a_trip_to_a_third_country_gives_a_members_session_no_place(text):
    """The trip to Thailand is over; where the session was is not said."""
    (mention,) = session_mentions(text, "2019-07-19")
    assert mention.place is None or mention.place.country in ("VN", "LA")


@pytest.mark.parametrize(
    "text",
    [
        "The annual meeting between the border committees of Vietnam's Quang Binh province and"
        " Laos' Khammouane province took place on July 18.",
        "Ngày 18/7, đã diễn ra Cuộc họp thường niên giữa Ban chỉ đạo biên giới tỉnh Quảng Bình"
        " và tỉnh Khăm Muộn.",
    ],
)
def test_a_meeting_of_two_provinces_bodies_is_no_national_session(text):
    """'… of Quang Binh province and Khammouane province': the provinces' own meeting."""
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The 32nd annual meeting between the Vietnamese and Lao border delegations took place in"
        " Quang Binh province on July 18.",
        "Cuộc họp thường niên lần thứ 32 giữa hai Đoàn đại biểu biên giới Việt Nam - Lào với sự"
        " tham gia của đại diện các tỉnh biên giới diễn ra ngày 18/7.",
    ],
)
def test_a_province_where_or_with_whom_the_session_is_leaves_it_national(text):
    """A province after a locative or a comitative is where it is, or who attends."""
    assert _read(text) == [("border-annual-meeting", 32)]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 18/7, Ủy ban liên Chính phủ đã tổ chức Kỳ họp lần thứ 46 tại Hà Nội.",
        "Ngày 18/7, Ủy ban liên Chính phủ Việt Nam - Lào đã tiến hành Kỳ họp lần thứ 46 tại "
        "Hà Nội.",
        "On July 18, the Intergovernmental Committee held its 46th session in Hanoi.",
    ],
)
def test_a_body_that_holds_its_numbered_session_names_that_session_alone(text):
    """'Ủy ban liên Chính phủ đã tổ chức Kỳ họp lần thứ 46': one session, the 46th, dated."""
    found = session_mentions(text, "2019-07-19")
    assert {m.ordinal for m in found} == {46}
    assert "2019-07-18" in {m.date.format_iso() for m in found if m.date}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 18/7, tại Viêng Chăn diễn ra Cuộc gặp thường niên giữa Bộ Chính trị hai Đảng.",
        "Ngày 18/7, tại Viêng Chăn diễn ra Cuộc gặp thường niên giữa Bộ Chính trị của hai Đảng.",
    ],
)
def test_the_politburos_of_the_two_parties_are_the_two_politburos(text):
    """'Cuộc gặp thường niên giữa Bộ Chính trị hai Đảng': the Parties' high-level meeting."""
    assert _read(text) == [("party-high-level-meeting", None)]
