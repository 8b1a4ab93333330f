"""A co-chair cue's subject and the partner a comitative ("with", "với") introduces after it."""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, session_mentions


@pytest.mark.parametrize(
    "text",
    [
        "Lao Prime Minister Sonexay Siphandone arrived in Hanoi on Sunday for an official visit"
        " to Vietnam and to co-chair the 45th meeting of the Intergovernmental Committee with"
        " his Vietnamese counterpart Pham Minh Chinh.",
        "Prime Minister Sonexay Siphandone will co-chair the 45th meeting of the"
        " Intergovernmental Committee together with Prime Minister Pham Minh Chinh.",
        "Thủ tướng Lào Sonexay Siphandone sang Hà Nội để đồng chủ trì Kỳ họp lần thứ 45 Ủy ban"
        " liên Chính phủ với Thủ tướng Phạm Minh Chính.",
        "Thủ tướng Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ 45 Ủy ban liên Chính phủ cùng"
        " Thủ tướng Phạm Minh Chính.",
    ],
)
def test_the_subject_and_the_person_with_them_co_chair(text):
    """'X … co-chair the 45th meeting with Y': X and Y."""
    assert mention_chairs(text, "2023-01-08") == {"Sonexay Siphandone", "Phạm Minh Chính"}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Sonexay Siphandone co-chaired the 45th meeting of the Intergovernmental"
        " Committee with the participation of Deputy Prime Minister Tran Luu Quang.",
        "Thủ tướng Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ 45 Ủy ban liên Chính phủ với"
        " sự tham dự của Phó Thủ tướng Trần Lưu Quang.",
    ],
)
def test_who_a_frame_of_presence_introduces_attends_and_does_not_co_chair(text):
    """'with the participation of Z': Z is there, not in the chair."""
    assert "Trần Lưu Quang" not in mention_chairs(text, "2023-01-10")


def test_two_people_of_one_side_are_no_pair_of_co_chairs():
    """The partner is of the other side: two Vietnamese are no co-chairs of a bilateral session."""
    text = (
        "Prime Minister Pham Minh Chinh co-chaired the 45th meeting of the Intergovernmental"
        " Committee with Deputy Prime Minister Tran Luu Quang."
    )
    assert mention_chairs(text, "2023-01-10") != {"Phạm Minh Chính", "Trần Lưu Quang"}


@pytest.mark.parametrize("dash", [" - ", " – ", "-"])
def test_a_dash_inside_the_organisation_after_a_title_does_not_end_the_title(dash):
    """'Vice Chairman of Laos - Vietnam Cooperation Committee X': X is named after it."""
    text = (
        "The mid-term meeting of the Cooperation Committee took place on August 7, 2020 under the"
        " chairmanship of Deputy Minister Nguyen Van Trung and Vice Chairman of Laos"
        f"{dash}Vietnam Cooperation Committee Khampheui Keokinnali."
    )
    assert mention_chairs(text, "2020-08-07") == {"Nguyen Van Trung", "Khampheui Keokinnali"}


@pytest.mark.parametrize(
    ("verbs", "status"),
    [
        ("is visiting Vietnam and co-chairing", "held"),
        ("visited Vietnam and co-chaired", "held"),
        ("will visit Vietnam and co-chair", "planned"),
    ],
)
def test_the_country_visited_is_where_the_session_on_the_trip_is(verbs, status):
    """'X is visiting Vietnam and co-chairing the 43rd session': in Vietnam."""
    text = (
        f"Lao Prime Minister Thongloun Sisoulith {verbs} the 43rd session of the"
        " Intergovernmental Committee from December 4 – 6."
    )
    (mention,) = session_mentions(text, "2020-12-04")
    assert mention.place is not None
    assert mention.place.country == "VN"
    assert mention.status.value == status


@pytest.mark.parametrize(
    "text",
    [
        "A political consultation between the Vietnamese and Lao ministers of foreign affairs"
        " took place in Vientiane on Monday. At the event, Vietnamese Minister of Foreign Affairs"
        " Bui Thanh Son and Lao Minister of Foreign Affairs Saleumxay Kommasith expressed their"
        " delight at the growth of ties.",
        "Ngày 16/12, Tham vấn chính trị cấp Bộ trưởng Ngoại giao Việt Nam - Lào diễn ra tại Viêng"
        " Chăn. Tại cuộc họp, Bộ trưởng Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào Saleumxay"
        " Kommasith nhất trí tăng cường hợp tác.",
    ],
)
def test_the_pair_a_sentence_set_at_the_session_names_first_are_its_co_chairs(text):
    """'… took place …. At the event, X and Y expressed …': X and Y co-chaired it."""
    assert mention_chairs(text, "2024-12-16") == {"Bùi Thanh Sơn", "Saleumxay Kommasith"}


@pytest.mark.parametrize(
    "second",
    [
        # the pair is not the subject of the sentence set at the session
        "The ministers said at the event that Bui Thanh Son and Saleumxay Kommasith agreed.",
        # two people of one side
        "At the event, Minister Bui Thanh Son and Deputy Minister Do Hung Viet spoke.",
    ],
)
def test_no_co_chairs_from_a_pair_that_is_not_the_two_sides_subject(second):
    """Only the two sides' pair, first in a sentence opened at the session."""
    text = (
        "A political consultation between the Vietnamese and Lao ministers of foreign affairs"
        f" took place in Vientiane on Monday. {second}"
    )
    assert mention_chairs(text, "2024-12-16") == set()


def test_the_one_who_has_the_consultation_with_another_co_chairs_it_with_them():
    """'X đã có cuộc Tham vấn chính trị … với Y': the two hold it together."""
    text = (
        "Ngày 14/12, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc Tham vấn chính trị thường niên"
        " lần thứ 10 với Bộ trưởng Ngoại giao Lào Saleumxay Kommasith tại Hà Nội."
    )
    assert mention_chairs(text, "2023-12-15") == {"Bùi Thanh Sơn", "Saleumxay Kommasith"}


def test_a_partys_abbreviated_name_after_the_titles_is_no_person():
    """'…, Thường trực Ban Bí thư Đảng NDCM Lào đồng chủ trì …': NDCM is the Party's name."""
    text = (
        "Sáng 4-12, tại Hà Nội, đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí"
        " thư và đồng chí Bounthong Chitmany, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Đảng"
        " NDCM Lào đồng chủ trì Hội thảo lý luận lần thứ tư giữa hai Đảng."
    )
    assert mention_chairs(text, "2016-12-05") == {"Đinh Thế Huynh", "Bounthong Chitmany"}
