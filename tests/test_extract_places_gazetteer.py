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
