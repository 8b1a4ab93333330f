"""Every place of the gazetteer places a session, in both languages, with its country."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions

import vnlao_events as ve
from vnlao_events._text import fold_plain

_CATALOGUE = ve.Catalogue.default()
_PLACES = sorted(
    key for key, entry in _CATALOGUE.places.items() if entry.kind in ("city", "province")
)


def _rows() -> list[tuple[str, str]]:
    return [(lang, key) for key in _PLACES for lang in ("vi", "en")]


@pytest.mark.parametrize(("lang", "key"), _rows())
def test_every_city_and_province_places_a_session(lang, key):
    """'tại <tên>', 'in <name>': the session is there, in that place's country."""
    entry = _CATALOGUE.places[key]
    name = entry.names.get(lang) or entry.name("en")
    text = (
        f"Ngày 1/6/2024, Hội thảo lý luận lần thứ 10 giữa hai Đảng đã diễn ra tại {name}."
        if lang == "vi"
        else f"The 10th theoretical workshop between the two Parties took place in {name} on "
        "June 1, 2024."
    )
    (mention,) = session_mentions(text, "2024-06-02")
    place = mention.place
    assert place is not None, text
    assert place.country == _CATALOGUE.place(key).country
    parts = {fold_plain(p) for p in (place.city, place.province) if p}
    assert parts & {fold_plain(n) for n in (*entry.names.values(), *entry.aliases)}, place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ngày 1/6/2024, Hội thảo lý luận lần thứ 10 đã diễn ra tại thành phố Pắc Xế, tỉnh "
         "Chăm-pa-xắc.", "LA"),
        ("The 10th theoretical workshop took place in Pakse, Champasak province, on June 1, "
         "2024.", "LA"),
        ("Ngày 1/6/2024, Hội thảo lý luận lần thứ 10 đã diễn ra tại thành phố Huế.", "VN"),
        ("The 10th theoretical workshop took place in Hue City on June 1, 2024.", "VN"),
    ],
)  # fmt: skip
def test_a_city_and_its_province(text, country):
    """A city chained to its province, or alone, gives its country."""
    (mention,) = session_mentions(text, "2024-06-02")
    assert mention.place is not None
    assert mention.place.country == country


def test_a_given_name_is_not_a_city():
    """'Huệ', a given name, folds like the city 'Huế': the bare fold is no alias of it."""
    text = "Ngày 1/6/2024, bà Nguyễn Thị Hue dự Hội thảo lý luận lần thứ 10 tại Hà Nội."
    (mention,) = session_mentions(text, "2024-06-02")
    assert mention.place is not None
    assert mention.place.city == "Hà Nội"


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Sáng 7/1/2024, tại Trụ sở Chính phủ, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 46 Ủy "
         "ban liên Chính phủ.", "Hà Nội", "VN"),
        ("Sáng 7/1/2024, tại Trụ sở Chính phủ Lào, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 46 "
         "Ủy ban liên Chính phủ.", None, "LA"),
        ("Ngày 5/9/2024, Hội thảo lý luận lần thứ 10 đã diễn ra tại Nhà Quốc hội.", "Hà Nội",
         "VN"),
        ("Ngày 5/9/2024, Cuộc gặp cấp cao giữa hai Đảng đã diễn ra tại Trụ sở Trung ương Đảng.",
         "Hà Nội", "VN"),
        ("On January 7, 2024, the two PMs co-chaired the 46th meeting of the Intergovernmental "
         "Committee at the Government Headquarters.", "Hà Nội", "VN"),
        ("On September 5, 2024, the 10th theoretical workshop took place at the National "
         "Assembly House.", "Hà Nội", "VN"),
    ],
)  # fmt: skip
def test_a_venue_places_a_session_in_its_city(text, city, country):
    """A venue of the gazetteer gives its city; a country word right after it, that country."""
    (mention,) = session_mentions(text, "2024-09-06")
    assert mention.place is not None
    assert (mention.place.city, mention.place.country) == (city, country)


def test_the_gazetteer_holds_every_vietnamese_province_but_the_words_for_peace():
    """56 of the 58 provinces of ISO 3166-2:VN (the five municipalities are cities here).

    Hòa Bình (VN-14) and Thái Bình (VN-20) are left out: their names are words ("peace").
    """
    codes = {e.iso for e in _CATALOGUE.places.values() if e.kind == "province" and e.iso}
    vietnamese = {c for c in codes if c.startswith("VN-")}
    assert len(vietnamese) == 56
    assert not vietnamese & {"VN-14", "VN-20"}


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên nhất trí vì hòa bình, ổn định; Hội thảo lý luận lần thứ 10 đã diễn ra tại Hà Nội.",
        "Vì hòa bình và phát triển, Hội thảo lý luận lần thứ 10 đã diễn ra tại Hà Nội.",
    ],
)
def test_the_word_for_peace_is_no_place(text):
    """'hòa bình' (peace) is no province: the session is where 'tại' says."""
    (mention,) = session_mentions(text, "2024-06-02")
    assert mention.place is not None
    assert mention.place.city == "Hà Nội"


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        (
            "On the 16th of May, 2018, the 9th Vietnam - Laos Security Cooperation Conference was"
            " taken place in Quy Nhon City.",
            "Quy Nhơn",
            "Bình Định",
        ),
        (
            "Sáng 28/11, tại thị xã Cửa Lò (Nghệ An), Hội nghị hợp tác an ninh lần thứ 11 đã diễn"
            " ra.",
            "Cửa Lò",
            "Nghệ An",
        ),
        (
            "Cuộc họp thường niên lần thứ 30 giữa hai Đoàn đại biểu biên giới đã diễn ra tại tỉnh"
            " Lào Cai.",
            None,
            "Lào Cai",
        ),
    ],
)
def test_a_provincial_town_places_its_session_in_vietnam(text, city, province):
    """A provincial town or province of the gazetteer places the session, in Vietnam."""
    (mention,) = session_mentions(text, "2024-06-02")
    assert mention.place is not None
    assert (mention.place.city, mention.place.province, mention.place.country) == (
        city,
        province,
        "VN",
    )
