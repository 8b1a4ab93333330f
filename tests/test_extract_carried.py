"""A report's first sentence tells the day, place and co-chairs of the session the next names.

"X and Y co-chaired the talks in Hà Nội on June 5. It was the 11th …".
"""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, session_mentions

import vnlao_events as ve

_CARRIED = [
    ("Vietnamese Deputy Foreign Minister Nguyen Minh Vu and Lao Deputy Foreign Minister "
     "Phongsavanh Sithavong co-chaired the talks in Hanoi on June 5, 2024. It was the 11th "
     "political consultation between the two foreign ministries.",
     "Hà Nội", {"Nguyen Minh Vu", "Phongsavanh Sithavong"}),
    ("Thứ trưởng Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Lào Phongsavanh Sithavong "
     "đã đồng chủ trì cuộc hội đàm tại Hà Nội ngày 5/6/2024. Đây là Tham vấn chính trị lần thứ "
     "11 giữa hai Bộ Ngoại giao.",
     "Hà Nội", {"Nguyễn Minh Vũ", "Phongsavanh Sithavong"}),
    ("Prime Ministers Pham Minh Chinh and Sonexay Siphandone co-chaired the meeting in "
     "Vientiane on January 9, 2024. The meeting was the 46th session of the Vietnam-Laos "
     "Intergovernmental Committee.",
     "Viêng Chăn", {"Phạm Minh Chính", "Sonexay Siphandone"}),  # the catalogue's spelling
    ("Ngày 9/1/2024, tại Viêng Chăn, Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay "
     "Siphandone đã đồng chủ trì cuộc họp. Đây là Kỳ họp lần thứ 46 Ủy ban liên Chính phủ "
     "Việt Nam - Lào.",
     "Viêng Chăn", {"Phạm Minh Chính", "Sonexay Siphandone"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "names"), _CARRIED)
def test_the_session_takes_the_scene_of_the_sentence_that_gave_its_day(text, city, names):
    """The day, the place and the co-chairs come from the sentence before, with their rules."""
    (mention,) = session_mentions(text, "2024-12-20")
    assert mention.status is ve.Status.HELD
    assert mention.place is not None
    assert mention.place.city == city
    assert {chair.name for chair in mention.co_chairs} == names
    rules = {d.rule for d in mention.derivation}
    assert {ve.Rule.DATE_CARRIED, ve.Rule.PLACE_CARRIED, ve.Rule.CHAIRS_CARRIED} <= rules


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese Deputy Foreign Minister Nguyen Minh Vu and Lao Deputy Foreign Minister "
        "Phongsavanh Sithavong co-chaired the talks in Hanoi on June 5, 2024. It was the 11th "
        "political consultation, held in Vientiane under the chair of Deputy Foreign Ministers "
        "Le Hoai Trung and Thongphane Savanphet.",
        "Thứ trưởng Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Lào Phongsavanh Sithavong "
        "đã đồng chủ trì cuộc hội đàm tại Hà Nội ngày 5/6/2024. Tham vấn chính trị lần thứ 11 "
        "diễn ra tại Viêng Chăn do Thứ trưởng Lê Hoài Trung và Thứ trưởng Thongphane "
        "Savanphet đồng chủ trì.",
    ],
)
def test_what_the_session_s_own_sentence_says_comes_first(text):
    """A place and co-chairs named with the session are its own, not the sentence before's."""
    (mention,) = session_mentions(text, "2024-12-20")
    assert mention.place is not None
    assert mention.place.city == "Viêng Chăn"
    assert {chair.name for chair in mention.co_chairs} >= {"Thongphane Savanphet"}
    rules = {d.rule for d in mention.derivation}
    assert not rules & {ve.Rule.PLACE_CARRIED, ve.Rule.CHAIRS_CARRIED}


@pytest.mark.parametrize(
    "text",
    [
        "President Vo Van Thuong received Lao Deputy Foreign Minister Phongsavanh Sithavong in "
        "Hanoi on June 5, 2024. The guest was in Vietnam for the 11th political consultation "
        "between the two foreign ministries.",
        "Ngày 5/6/2024, tại Hà Nội, Chủ tịch nước Võ Văn Thưởng đã tiếp Thứ trưởng Ngoại giao "
        "Lào Phongsavanh Sithavong. Thứ trưởng sang Việt Nam dự Tham vấn chính trị lần thứ 11 "
        "giữa hai Bộ Ngoại giao.",
    ],
)
def test_people_who_only_met_the_day_before_are_no_co_chairs(text):
    """Only a sentence that says its people co-chaired hands them on as co-chairs."""
    for mention in session_mentions(text, "2024-12-20"):
        assert ve.Rule.CHAIRS_CARRIED not in {d.rule for d in mention.derivation}
        assert "Vo Van Thuong" not in {chair.name for chair in mention.co_chairs}
        assert "Võ Văn Thưởng" not in {chair.name for chair in mention.co_chairs}


@pytest.mark.parametrize(
    "text",
    [
        "The consultation was co-chaired by Deputy Foreign Minister Do Hung Viet and his Lao"
        " counterpart Phoxay Khaykhamphithoune. It was the 9th political consultation between"
        " the two ministries, held in Hanoi on August 29, 2024.",
        "Cuộc tham khảo do Thứ trưởng Ngoại giao Đỗ Hùng Việt và Thứ trưởng Ngoại giao Lào Phoxay"
        " Khaykhamphithoune đồng chủ trì. Đây là Tham khảo chính trị lần thứ 9 giữa hai Bộ Ngoại"
        " giao, diễn ra tại Hà Nội ngày 29/8/2024.",
    ],
)
def test_chairs_of_a_bare_head_go_to_the_session_named_next(text):
    """The pair of "The consultation was co-chaired by X and Y." co-chairs the 9th named next."""
    assert mention_chairs(text) == {"Đỗ Hùng Việt", "Phoxay Khaykhamphithoune"}


def test_chairs_of_a_bare_head_go_no_further_than_the_next_sentence():
    """A sentence between them, and the chairs are that sentence's to carry, not the next's."""
    text = (
        "The consultation was co-chaired by Deputy Foreign Minister Do Hung Viet and his Lao"
        " counterpart Phoxay Khaykhamphithoune. Trade grew by 10 percent in 2023. The 33rd border"
        " meeting was held in Vientiane on December 26, 2024."
    )
    assert mention_chairs(text) == set()


@pytest.mark.parametrize("verb", ["led", "headed"])
def test_a_delegation_led_at_a_session_tells_it_held(verb):
    """A delegation "led by X … at the 9th political consultation" tells the session held."""
    text = (
        f"The Vietnamese delegation was {verb} by Deputy Foreign Minister Do Hung Viet and the"
        " Lao delegation by Deputy Foreign Minister Phoxay Khaykhamphithoune at the 9th political"
        " consultation in Hanoi on August 29, 2024."
    )
    (mention,) = session_mentions(text)
    assert mention.status is ve.Status.HELD
