"""A capital named by its country, and the venues agencies write in English.

"tại Thủ đô Lào", "in the Lao capital" name the city the gazetteer knows as that country's
capital; "the Government Office", "the Ministry of Foreign Affairs headquarters" are the
gazetteer's venues, which imply their city. Sentences in both languages, written for the rule.
"""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve


def _places(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (m.place.venue, m.place.city, m.place.country) if m.place else (None, None, None)
        for m in session_mentions(text, "2024-06-02")
    ]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra ngày 6/1/2024 tại Thủ đô Lào.",
         "Viêng Chăn", "LA"),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra ngày 6/1/2024 tại Thủ đô của Lào.",
         "Viêng Chăn", "LA"),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra ngày 6/1/2024 tại Thủ đô Việt Nam.",
         "Hà Nội", "VN"),
        ("The 46th meeting of the Intergovernmental Committee took place in the Lao capital on "
         "January 6, 2024.", "Viêng Chăn", "LA"),
        ("The 46th meeting of the Intergovernmental Committee took place in the capital of Laos "
         "on January 6, 2024.", "Viêng Chăn", "LA"),
        ("The 46th meeting of the Intergovernmental Committee took place in Vietnam's capital "
         "city on January 6, 2024.", "Hà Nội", "VN"),
        ("The 46th meeting of the Intergovernmental Committee took place in the Vietnamese "
         "capital on January 6, 2024.", "Hà Nội", "VN"),
    ],
)  # fmt: skip
def test_a_capital_named_by_its_country_is_its_city(text, city, country):
    """'tại Thủ đô Lào', 'in the Lao capital': the capital city the gazetteer knows."""
    assert _places(text) == [(None, city, country)]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The 46th meeting of the Intergovernmental Committee took place at the Government "
         "Office on January 6, 2024.", "Trụ sở Chính phủ"),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra ngày 6/1/2024 tại Trụ sở Chính phủ.",
         "Trụ sở Chính phủ"),
        ("The 46th meeting of the Intergovernmental Committee took place at the Ministry of "
         "Foreign Affairs headquarters on January 6, 2024.", "Trụ sở Bộ Ngoại giao"),
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra ngày 6/1/2024 tại Trụ sở Bộ Ngoại "
         "giao.", "Trụ sở Bộ Ngoại giao"),
    ],
)  # fmt: skip
def test_a_gazetteer_venue_implies_its_city(text, venue):
    """'at the Government Office', 'tại Trụ sở Chính phủ': the venue, in Hà Nội."""
    assert _places(text) == [(venue, "Hà Nội", "VN")]


@pytest.mark.parametrize(
    "alias",
    ["Thủ đô Lào", "Lao capital", "capital of Laos", "Thủ đô Việt Nam", "Vietnamese capital"],
)
def test_the_capitals_are_gazetteer_spellings(alias):
    """Each capital phrase is an alias of one city of the gazetteer."""
    catalogue = ve.Catalogue.default()
    assert [k for k, e in catalogue.places.items() if alias in e.aliases and e.kind == "city"]


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ diễn ra ngày 6/1/2024, sau Hội nghị cấp cao ba "
        "nước tại Campuchia.",
        "The 46th meeting of the Intergovernmental Committee took place on January 6, 2024, after "
        "the three countries' summit in Cambodia.",
    ],
)
def test_a_third_country_is_no_place_of_a_members_session(text):
    """'tại Campuchia', 'in Cambodia': where something else happened, not the session."""
    assert _places(text) == [(None, None, None)]
