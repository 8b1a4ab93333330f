"""Who holds a meeting: Party organs, a subject's own annual meeting, a clause after a frame.

Each row is a sentence written for the rule, in both languages where the language has it.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions


def _read(text: str, published: str = "2021-01-07") -> list[tuple[str, int | None, str]]:
    return [(m.series, m.ordinal, m.status.value) for m in session_mentions(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The annual meeting between the Political Bureaus of the two Parties took place in"
        " Hanoi on January 6.",
        "The meeting between the Politburo of the Communist Party of Vietnam and the Politburo"
        " of the Lao People's Revolutionary Party took place in Hanoi on January 6.",
        "The meeting between the Political Bureau of the CPV and the Political Bureau of the"
        " LPRP took place in Hanoi on January 6.",
        "Cuộc gặp giữa Bộ Chính trị Đảng Cộng sản Việt Nam và Bộ Chính trị Đảng Nhân dân Cách"
        " mạng Lào diễn ra tại Hà Nội ngày 6/1.",
    ],
)
def test_the_two_politburos_named_one_by_one_hold_the_party_meeting(text):
    """'the Politburo of A and the Politburo of B' are the two Politburos.

    'Political' in 'Political Bureau' is no political consultation's core.
    """
    assert _read(text) == [("party-high-level-meeting", None, "held")]


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of the Politburo of the Communist Party of Vietnam took place in Hanoi on"
        " January 6.",
        "The Political Bureau meeting took place in Hanoi on January 6.",
        "Phiên họp Bộ Chính trị Đảng Cộng sản Việt Nam diễn ra tại Hà Nội ngày 6/1.",
    ],
)
def test_one_partys_politburo_alone_holds_no_bilateral_meeting(text):
    """One Party's own organ meeting is neither the summit nor a political consultation."""
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("The Vietnamese and Lao Politburos held their annual meeting in Vientiane on"
         " January 6.", "party-high-level-meeting"),
        ("Lao and Vietnamese border officials held their annual meeting in Nghe An on"
         " January 6.", "border-annual-meeting"),
        ("Bộ Chính trị hai Đảng đã tổ chức cuộc gặp thường niên tại Hà Nội ngày 6/1.",
         "party-high-level-meeting"),
        ("Đoàn đại biểu biên giới hai nước đã tổ chức cuộc họp thường niên tại Nghệ An"
         " ngày 6/1.", "border-annual-meeting"),
        ("Hai đoàn đại biểu biên giới đã tiến hành cuộc họp thường niên tại Nghệ An ngày 6/1.",
         "border-annual-meeting"),
        # the two Parties named in full, in either order
        ("Senior leaders of the Lao People's Revolutionary Party and the Communist Party of"
         " Vietnam held their annual meeting in Hanoi on January 6.", "party-high-level-meeting"),
        ("Lãnh đạo Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào đã tổ chức cuộc gặp"
         " thường niên tại Hà Nội ngày 6/1.", "party-high-level-meeting"),
    ],
)  # fmt: skip
def test_a_subjects_own_annual_meeting_is_its_series_with_no_number(text, series):
    """'X held their annual meeting', 'X đã tổ chức cuộc họp thường niên': X's meeting."""
    assert _read(text) == [(series, None, "held")]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides held their annual meeting in Hanoi on January 6.",  # no body named
        "Hai bên đã tổ chức cuộc họp thường niên tại Hà Nội ngày 6/1.",
        # two bodies named: whose meeting is not said
        "Border officials and theory councils held their annual meeting in Hanoi on January 6.",
        # no possessive, no verb of holding: a meeting in passing
        "Border officials spoke of an annual meeting in Hanoi on January 6.",
    ],
)
def test_an_annual_meeting_with_no_one_body_for_its_holder_is_read_as_none(text):
    """The head alone tells no series: the sentence must name exactly one."""
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Trong khuôn khổ chuyến thăm, hai Thủ tướng đã đồng chủ trì Kỳ họp lần thứ 45 Ủy ban"
         " liên Chính phủ Việt Nam - Lào.", "held"),
        ("On the occasion of the visit, the two Prime Ministers co-chaired the 45th meeting of"
         " the Intergovernmental Committee.", "held"),
        ("Nhân dịp này, hai Thủ tướng sẽ đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ.",
         "planned"),
        # the session inside the frame: what was done there was done while it took place
        ("Bên lề Kỳ họp lần thứ 45 Ủy ban liên Chính phủ, hai Thủ tướng đã chứng kiến lễ ký 13"
         " văn kiện hợp tác.", "held"),
        ("The two PMs also witnessed the signing of 13 documents on the sidelines of the 45th"
         " meeting of the Intergovernmental Committee.", "held"),
        ("They attended a ceremony on the occasion of the 45th meeting of the Intergovernmental"
         " Committee.", "held"),
        # still to come in the frame: "ahead of"
        ("The ministers met ahead of the 46th meeting of the Intergovernmental Committee.",
         "planned"),
    ],
)  # fmt: skip
def test_an_occasion_frame_ended_by_a_comma_and_a_clause_leaves_the_session_to_that_clause(
    text, status
):
    """The frame's noun is the visit; the session is the object of the clause's own verb."""
    assert [s for *_, s in _read(text, "2023-01-10")] == [status]
