"""The defence policy dialogue and the security cooperation conference are series of their own."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

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
