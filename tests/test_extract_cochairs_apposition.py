"""A head-of-delegation role in apposition after a name makes that person a co-chair."""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs

_EN = (
    "The 33rd annual meeting between the Vietnamese and Lao border delegations took place in "
    "Ha Long on December 15, 2023. "
)
_VI = (
    "Cuộc họp thường niên lần thứ 33 giữa hai đoàn đại biểu biên giới Việt Nam - Lào diễn ra "
    "tại Hạ Long ngày 15/12/2023. "
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_EN + "Attending the meeting were Deputy Minister Nguyen Minh Hang, head of the "
         "Vietnamese delegation, and Deputy Minister Phoxay Xayasone, head of the Lao "
         "delegation.", {"Nguyen Minh Hang", "Phoxay Xayasone"}),
        (_EN + "Deputy Foreign Minister Nguyen Minh Hang, a member of the Party Central "
         "Committee, head of the Vietnamese delegation, spoke first.", {"Nguyen Minh Hang"}),
        (_VI + "Tham dự cuộc họp, về phía Việt Nam có Thứ trưởng Nguyễn Minh Hằng, Trưởng đoàn; "
         "về phía Lào có Thứ trưởng Phoxay Xayasone, Trưởng đoàn.",
         {"Nguyễn Minh Hằng", "Phoxay Xayasone"}),
        (_VI + "Thứ trưởng Nguyễn Minh Hằng - Ủy viên Trung ương Đảng, Trưởng đoàn đại biểu "
         "biên giới Việt Nam phát biểu khai mạc.", {"Nguyễn Minh Hằng"}),
    ],
)  # fmt: skip
def test_the_person_a_head_role_follows_co_chairs(text, names):
    """The name comes first, then (after more titles perhaps) the head-of-delegation role."""
    assert mention_chairs(text, "2023-12-21") == names


@pytest.mark.parametrize(
    "text",
    [
        _EN + "Deputy Minister Nguyen Minh Hang met the head of the Lao delegation in the morning.",
        _VI + "Thứ trưởng Nguyễn Minh Hằng đã gặp Trưởng đoàn Lào trong buổi sáng.",
    ],
)
def test_a_role_after_a_verb_is_no_apposition(text):
    """One who met "the head of the Lao delegation" is no head of delegation by it."""
    assert "Nguyen Minh Hang" not in mention_chairs(text, "2023-12-21")
    assert "Nguyễn Minh Hằng" not in mention_chairs(text, "2023-12-21")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("PMs Pham Minh Chinh, Sonexay Siphandone co-chair 46th meeting of Vietnam-Laos "
         "Intergovernmental Committee", {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("Thủ tướng Phạm Minh Chính, Thủ tướng Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ "
         "46 Ủy ban liên Chính phủ Việt Nam - Lào", {"Phạm Minh Chính", "Sonexay Siphandone"}),
        ("Deputy FM Nguyen Minh Vu, Lao Deputy FM Phongsavanh Sithavong co-chair 11th "
         "political consultation", {"Nguyen Minh Vu", "Phongsavanh Sithavong"}),
    ],
)  # fmt: skip
def test_a_headline_joins_the_two_co_chairs_with_a_comma(text, names):
    """Headlines write "X, Y co-chair …" for "X and Y co-chair …"."""
    assert mention_chairs(text, "2024-01-10") == names


def test_a_comma_joins_no_two_people_of_one_side():
    """In "PM X, Deputy PM Y co-chair …" both are Vietnamese: no pair by the comma."""
    chairs = mention_chairs(
        "PM Pham Minh Chinh, Deputy PM Tran Luu Quang co-chair 46th meeting of the "
        "Intergovernmental Committee",
        "2024-01-10",
    )
    assert not {"Phạm Minh Chính", "Trần Lưu Quang"} <= chairs


def test_a_comma_before_a_clause_joins_no_pair():
    """After the comma a clause, not a title: the one met is not joined by the comma."""
    chairs = mention_chairs(
        "Deputy FM Nguyen Minh Vu, who met Lao Deputy FM Phongsavanh Sithavong, co-chairs "
        "11th political consultation",
        "2024-01-10",
    )
    assert "Phongsavanh Sithavong" not in chairs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_VI + "Tham dự cuộc họp về phía Việt Nam có Thứ trưởng Nguyễn Minh Hằng, Trưởng ban; Thứ "
         "trưởng Lê Văn Tám cùng đại diện các bộ, ngành. Về phía Lào có Thứ trưởng Phoxay "
         "Xayasone cùng đại diện các bộ, ngành của Lào.",
         {"Nguyễn Minh Hằng", "Phoxay Xayasone"}),
        (_EN + "On the Vietnamese side were Deputy Minister Nguyen Minh Hang; Deputy Minister Le "
         "Van Tam and officials of ministries. On the Lao side were Deputy Minister Phoxay "
         "Xayasone and officials.", {"Nguyen Minh Hang", "Phoxay Xayasone"}),
    ],
)  # fmt: skip
def test_each_side_s_list_is_headed_by_its_first_name(text, names):
    """The first named after "về phía Việt Nam có" is the partner of the Lao list's first."""
    assert mention_chairs(text, "2023-12-21") >= names
    assert "Lê Văn Tám" not in mention_chairs(text, "2023-12-21")
    assert "Le Van Tam" not in mention_chairs(text, "2023-12-21")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_VI.replace("diễn ra tại", "diễn ra dưới sự đồng chủ tọa của Thứ trưởng Nguyễn Minh Hằng "
                     "và Thứ trưởng Lào Phoxay Xayasone tại"),
         {"Nguyễn Minh Hằng", "Phoxay Xayasone"}),
        ("Cuộc họp thường niên lần thứ 33 giữa hai đoàn đại biểu biên giới diễn ra tại Hạ Long "
         "ngày 15/12/2023 do Thứ trưởng Nguyễn Minh Hằng và Thứ trưởng Lào Phoxay Xayasone đồng "
         "chủ tọa.", {"Nguyễn Minh Hằng", "Phoxay Xayasone"}),
        ("Cuộc họp thường niên lần thứ 33 giữa hai đoàn đại biểu biên giới diễn ra tại Hạ Long "
         "ngày 15/12/2023 với sự chủ trì của Thứ trưởng Nguyễn Minh Hằng và Thứ trưởng Lào "
         "Phoxay Xayasone.", {"Nguyễn Minh Hằng", "Phoxay Xayasone"}),
        (_EN + "Deputy Minister Nguyen Minh Hang and his Lao counterpart Phoxay Xayasone led "
         "their delegations.", {"Nguyen Minh Hang", "Phoxay Xayasone"}),
        (_EN + "Deputy Minister Nguyen Minh Hang and Lao Deputy Minister Phoxay Xayasone headed "
         "their respective delegations.", {"Nguyen Minh Hang", "Phoxay Xayasone"}),
        (_EN + "Lao Deputy Minister Phoxay Xayasone and his Vietnamese counterpart Nguyen Minh "
         "Hang, head of the border committee, led the meeting.",
         {"Nguyen Minh Hang", "Phoxay Xayasone"}),
    ],
)  # fmt: skip
def test_presiding_and_leading_both_delegations_name_the_co_chairs(text, names):
    """The synonyms: "đồng chủ tọa", "với sự chủ trì của", "led the meeting", and more."""
    assert mention_chairs(text, "2023-12-21") == names


@pytest.mark.parametrize(
    "text",
    [
        "Lao PM Sonexay Siphandone will join Prime Minister Pham Minh Chinh in co-chairing the "
        "46th meeting of the Intergovernmental Committee.",
        "PM Pham Minh Chinh joined his Lao counterpart Sonexay Siphandone in chairing the 46th "
        "meeting of the Intergovernmental Committee.",
        "Lao PM Sonexay Siphandone will join Prime Minister Pham Minh Chinh in the 46th meeting "
        "of the Intergovernmental Committee.",
    ],
)
def test_one_who_joins_a_counterpart_in_the_session_co_chairs_with_them(text):
    """The subject and the object of "join … in (co-)chairing / in the …" are its two heads."""
    assert mention_chairs(text, "2024-01-06") == {"Phạm Minh Chính", "Sonexay Siphandone"}


def test_joining_in_something_else_names_no_co_chair():
    """One who "joined X in signing …" before the session heads a signing, not the session."""
    chairs = mention_chairs(
        "Deputy PM Tran Luu Quang joined Lao Deputy PM Saleumxay Kommasith in signing five "
        "deals ahead of the 46th meeting of the Intergovernmental Committee.",
        "2024-01-06",
    )
    assert "Trần Lưu Quang" not in chairs
