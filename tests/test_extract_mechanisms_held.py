"""Whose meeting a head is: the subject that holds it, or the noun a core modifies.

A numbered head its subject holds is the subject's series; a core that modifies another noun
is another body's ("border guards", "các tỉnh biên giới").
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions


@pytest.mark.parametrize(
    ("text", "series", "ordinal"),
    [
        ("Vietnamese, Lao border delegations convene 32nd meeting in Luang Prabang on "
         "December 19, 2022", "border-annual-meeting", 32),
        ("Vietnamese and Lao border delegations held their 32nd meeting in Luang Prabang on "
         "December 19, 2022.", "border-annual-meeting", 32),
        ("Hai đoàn đại biểu biên giới Việt Nam - Lào đã tổ chức cuộc họp lần thứ 32 tại Luang "
         "Prabang ngày 19/12/2022.", "border-annual-meeting", 32),
        ("The Vietnam-Laos Intergovernmental Committee held its 46th session in Hanoi on "
         "January 9, 2024.", "intergovernmental-committee", 46),
        ("Đoàn đại biểu biên giới hai nước đã tiến hành cuộc họp lần thứ 33 tại Hạ Long ngày "
         "15/12/2023.", "border-annual-meeting", 33),
    ],
)  # fmt: skip
def test_the_subject_s_numbered_meeting_is_its_series(text, series, ordinal):
    """X "held their 32nd meeting": the meeting is X's, numbered as X's series."""
    (mention,) = session_mentions(text, "2024-12-20")
    assert (mention.series, mention.ordinal) == (series, ordinal)


@pytest.mark.parametrize(
    "text",
    [
        "The two border delegations met in Hanoi on December 15, 2023, to prepare for their "
        "next talks, after the 32nd meeting of the ASEAN defence ministers.",
        "Hai đoàn đại biểu biên giới đã gặp nhau ngày 15/12/2023; ông cũng dự cuộc họp lần "
        "thứ 32 của Hội đồng ASEAN.",
    ],
)
def test_a_number_that_is_no_holder_s_names_nothing(text):
    """A numbered head with no word of holding before it is not the sentence's subject's."""
    assert [m.ordinal for m in session_mentions(text, "2024-12-20")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The border guard commands of Son La and Huaphan held their 14th annual meeting in Son "
        "La on March 3, 2023.",
        "The border guards of the two provinces held their annual meeting in Son La on March 3, "
        "2023.",
        "The 5th meeting of the border provinces of Vietnam and Laos took place in Vinh on March "
        "3, 2023.",
        "Hội nghị hợp tác các tỉnh biên giới Việt Nam - Lào lần thứ 5 diễn ra tại Nghệ An ngày "
        "3/3/2023.",
        "Hội nghị lần thứ 5 giữa các địa phương biên giới hai nước diễn ra tại Nghệ An ngày "
        "3/3/2023.",
    ],
)
def test_a_core_that_modifies_another_noun_is_another_body_s(text):
    """Of "border guards", "các tỉnh biên giới": theirs, not the border delegations'."""
    assert session_mentions(text, "2024-12-20") == []
