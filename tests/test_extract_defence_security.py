"""The defence policy dialogue and the security cooperation conference are series of their own."""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, session_mentions

import vnlao_events as ve


@pytest.mark.parametrize(
    ("text", "series", "ordinal"),
    [
        ("The fourth Vietnam – Laos ministerial-level defence policy dialogue was held in Dien"
         " Bien on March 20, 2024.", "defence-policy-dialogue", 4),
        ("The 5th Vietnam-Laos defense policy dialogue took place in Vientiane on June 3, 2025.",
         "defence-policy-dialogue", 5),
        ("Đối thoại chính sách quốc phòng Việt Nam - Lào lần thứ tư đã diễn ra tại Điện Biên"
         " ngày 20/3/2024.", "defence-policy-dialogue", 4),
        ("Hội nghị hợp tác an ninh Việt Nam – Lào lần thứ 10 đã diễn ra sáng 15/7/2019 tại"
         " Vientiane.", "security-cooperation-conference", 10),
        ("The 10th Vietnam-Laos security cooperation conference was held in Vientiane on July"
         " 15, 2019.", "security-cooperation-conference", 10),
    ],
)  # fmt: skip
def test_each_series_is_read_with_its_number(text, series, ordinal):
    """Each series is named by its own words, numbered in either language."""
    (mention,) = session_mentions(text)
    assert (mention.series, mention.ordinal, mention.status) == (series, ordinal, ve.Status.HELD)


@pytest.mark.parametrize(
    "text",
    [
        "The fourth Vietnam – Laos annual political consultation was held on March 20, 2024.",
        "The 12th Vietnam - Laos theoretical workshop was held on March 20, 2024.",
    ],
)
def test_an_ordinal_reads_past_a_spaced_dash(text):
    """A spaced dash between the ordinal and the series is no word: the number is kept."""
    (mention,) = session_mentions(text)
    assert mention.ordinal in (4, 12)


def test_a_province_is_not_given_the_datelines_city():
    """A dateline's city is not given to a session held in a province it is not in."""
    text = (
        "Hanoi (VNA) – The fourth Vietnam – Laos defence policy dialogue was held in the"
        " northwestern province of Dien Bien on March 20, 2024."
    )
    (mention,) = session_mentions(text)
    assert (mention.place.city, mention.place.province, mention.place.country) == (
        None,
        "Điện Biên",
        "VN",
    )


def test_the_catalogue_knows_both_series_in_both_languages():
    """Both series have a name in Vietnamese and in English."""
    catalogue = ve.Catalogue.default()
    for key in ("defence-policy-dialogue", "security-cooperation-conference"):
        mechanism = catalogue.mechanisms[key]
        assert mechanism.names["vi"]
        assert mechanism.names["en"]


@pytest.mark.parametrize(
    "text",
    [
        "Thứ trưởng Lương Tam Quang và Thứ trưởng Bộ An ninh Lào Kongthong Phongvichit đồng chủ"
        " trì Hội nghị hợp tác an ninh lần thứ 14 tại Viêng Chăn ngày 20/7/2023.",
        "Thứ trưởng Bộ Công an Lương Tam Quang và Thứ trưởng Bộ An ninh Kongthong Phongvichit"
        " đồng chủ trì Hội nghị hợp tác an ninh lần thứ 14 ngày 20/7/2023.",
    ],
)
def test_the_security_ministries_names_stand_between_a_title_and_a_name(text):
    """The words of a security ministry between a title and a name are no part of the name."""
    assert mention_chairs(text) == {"Lương Tam Quang", "Kongthong Phongvichit"}


def test_a_name_ending_in_an_is_still_a_name():
    """A name may end in "An": only "An ninh" and "Công an" are the ministries' words."""
    text = "Bộ trưởng Nguyễn Văn An và Bộ trưởng Lào Kongthong Phongvichit đồng chủ trì Hội nghị"
    text += " hợp tác an ninh lần thứ 14 ngày 20/7/2023."
    assert mention_chairs(text) == {"Nguyễn Văn An", "Kongthong Phongvichit"}


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (
            "The dialogue was co-chaired by Sen. Lt. Gen. Hoang Xuan Chien and Lt. Gen. Vongkham"
            " Phommakone. It was the fifth defence policy dialogue between the two ministries,"
            " held in Luang Prabang on March 28, 2025.",
            "Hoang Xuan Chien",
        ),
        (
            "Cuộc đối thoại do Thượng tướng Hoàng Xuân Chiến và Trung tướng Vongkham Phommakone"
            " đồng chủ trì. Đây là Đối thoại chính sách quốc phòng lần thứ 5, diễn ra tại Luông"
            " Pha Băng ngày 28/3/2025.",
            "Hoàng Xuân Chiến",
        ),
    ],
)
def test_the_dialogue_is_a_bare_head_that_refers_back(text, chair):
    """A bare "dialogue" ("cuộc đối thoại") refers to the session as "the meeting" does."""
    assert mention_chairs(text) == {chair, "Vongkham Phommakone"}
