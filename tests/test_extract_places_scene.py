"""A verbless sentence that sets the scene places the session the next sentence reports."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Sáng 17-12-2013, tại Thủ đô Vientiane (Lào). Kỳ họp lần thứ 36 Ủy ban liên Chính phủ "
         "đã được tổ chức.", "Viêng Chăn"),
        ("Chiều 5/9, tại Đồng Hới. Hội thảo lý luận lần thứ 10 giữa hai Đảng đã khai mạc.",
         "Đồng Hới"),
        ("On December 17, 2013, in Vientiane. The 36th meeting of the Intergovernmental "
         "Committee was held.", "Viêng Chăn"),
        ("September 5, in Dong Hoi. The 10th theoretical workshop between the two Parties "
         "opened.", "Đồng Hới"),
    ],
)  # fmt: skip
def test_a_time_and_a_place_alone_set_the_scene(text, city):
    """'Sáng 17-12-2013, tại Thủ đô Vientiane (Lào). Kỳ họp …': the session is there."""
    (mention,) = session_mentions(text, "2013-12-18")
    assert mention.place is not None
    assert mention.place.city == city
    assert any(d.rule is ve.Rule.SCENE_PLACE for d in mention.derivation)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 17/12, đoàn đã tới thăm Viêng Chăn. Kỳ họp lần thứ 36 Ủy ban liên Chính phủ đã "
        "được tổ chức.",
        "On December 17, the delegation toured Vientiane. The 36th meeting of the "
        "Intergovernmental Committee was held.",
    ],
)
def test_a_sentence_with_a_verb_of_its_own_sets_no_scene(text):
    """A place the sentence before visited is not where the next session is held."""
    (mention,) = session_mentions(text, "2013-12-18")
    assert mention.place is None
