"""A session attended beside one co-chaired, a weak core's heads, and a state's full name."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions as _sessions

import vnlao_events as ve


def _by_series(text: str, published: str) -> dict[str, tuple[list[str], str | None]]:
    return {
        m.series: ([p.name for p in m.co_chairs], m.place.country if m.place else None)
        for m in _sessions(text, published)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 2/12, Thủ tướng Phạm Minh Chính lên đường tới Cộng hòa Dân chủ Nhân dân Lào tham"
        " dự Cuộc gặp giữa hai Bộ Chính trị Việt Nam - Lào và đồng chủ trì Kỳ họp lần thứ 48 Ủy"
        " ban liên Chính phủ Việt Nam - Lào với Thủ tướng Lào Sonexay Siphandone.",
        "Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone will attend"
        " the annual meeting between the two Politburos and co-chair the 48th meeting of the"
        " Vietnam-Laos Intergovernmental Committee in Vientiane.",
    ],
)
def test_the_session_attended_is_not_co_chaired_by_those_of_the_other(text):
    """'tham dự X và đồng chủ trì Y', 'attend X and co-chair Y': the co-chairs are Y's only."""
    found = _by_series(text, "2025-12-01")
    assert found["party-high-level-meeting"][0] == []
    assert found["intergovernmental-committee"][0] == ["Phạm Minh Chính", "Sonexay Siphandone"]
    assert found["party-high-level-meeting"][1] == "LA"


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was in Laos to attend a high-level seminar between the academies of the"
        " two Parties.",
        "Đoàn sang Lào tham dự Hội thảo cấp cao giữa hai Học viện của hai Đảng.",
    ],
)
def test_a_high_level_seminar_is_not_the_parties_summit(text):
    """A weak core names the summit only with its heads ('meeting', 'cuộc gặp')."""
    assert not [m for m in _sessions(text) if m.series == "party-high-level-meeting"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thủ tướng Lào sang Cộng hòa Xã hội chủ nghĩa Việt Nam đồng chủ trì Kỳ họp lần thứ 46"
         " Ủy ban liên Chính phủ.", "VN"),
        ("Thủ tướng lên đường tới nước Cộng hòa Dân chủ Nhân dân Lào đồng chủ trì Kỳ họp lần thứ"
         " 48 Ủy ban liên Chính phủ.", "LA"),
        ("The Prime Minister arrived in the Lao People's Democratic Republic to co-chair the"
         " 48th meeting of the Intergovernmental Committee.", "LA"),
    ],
)  # fmt: skip
def test_a_trip_to_a_state_named_in_full_gives_its_country(text, country):
    """'tới Cộng hòa Dân chủ Nhân dân Lào': the state's full name is its country."""
    found = _sessions(text, "2025-12-01")
    assert found[0].place is not None
    assert found[0].place.country == country


def test_the_words_of_a_state_name_stay_people_s_names():
    """'Nghĩa', 'Nhân' of the state names are no country's words: they are in people's names."""
    words = ve.Catalogue.default().country_words()
    assert not {"Nghĩa", "Nhân", "Dân"} & words
