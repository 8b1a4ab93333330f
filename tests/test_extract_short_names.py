"""People called by a short name after their full one, and the verbs of jointly chairing."""

from __future__ import annotations

import pytest
from tests.texts import phrase_rows
from tests.texts import session_mentions as _sessions

import vnlao_events as ve

WELCOME = (
    "Prime Minister Pham Minh Chinh welcomed Lao Prime Minister Sonexay Siphandone in Hanoi "
    "on January 6, 2024. "
)


def _chairs(text: str, published: str | None = "2024-01-08") -> list[str]:
    found = _sessions(text, published)
    assert found, text
    return [p.name for p in found[0].co_chairs]


@pytest.mark.parametrize(
    "second",
    [
        "Chinh and Sonexay co-chaired the 46th meeting of the Intergovernmental Committee.",
        "PM Chinh and his Lao counterpart, Sonexay Siphandone, co-chaired the 46th meeting of"
        " the Intergovernmental Committee.",  # a title before the short name
        "The 46th meeting of the Intergovernmental Committee was co-chaired by Chinh and"
        " Sonexay.",  # after an introducer
        "Prime Minister Chinh and Prime Minister Sonexay co-chaired the 46th meeting of the"
        " Intergovernmental Committee.",  # both after titles
    ],
)
def test_a_short_name_is_the_person_named_in_full_before(second):
    """'Chinh' after 'Pham Minh Chinh' is he; 'Sonexay' after 'Sonexay Siphandone' is he."""
    assert _chairs(WELCOME + second) == ["Phạm Minh Chính", "Sonexay Siphandone"]


def test_the_given_name_of_each_side():
    """A Vietnamese name is shortened to its last word, a Lao name to its first."""
    text = WELCOME + (
        "Siphandone and Pham co-chaired the 46th meeting of the Intergovernmental Committee."
    )
    assert _chairs(text) == []


def test_a_short_name_of_no_one_named_before_is_no_one():
    """A short name with no full name before it names nobody."""
    text = "Chinh and Sonexay co-chaired the 46th meeting of the Intergovernmental Committee."
    assert _chairs(text) == []


def test_a_short_name_two_people_share_is_nobody():
    """Two people of the document with one given name: the short name is neither."""
    text = (
        "Deputy Minister Nguyen Van Binh met Lao Deputy Minister Khamla Sounthone and "
        "Deputy Minister Tran Quoc Binh on May 3, 2024. Binh and Khamla co-chaired the 10th"
        " political consultation."
    )
    assert _chairs(text, "2024-05-04") == ["Khamla Sounthone"]


def test_a_short_name_as_the_first_word_of_a_place_is_the_place():
    """'Son La' after 'Bui Thanh Son' is the province, not the minister."""
    text = (
        "Foreign Minister Bui Thanh Son received Lao Deputy Foreign Minister Khamla Sounthone"
        " on March 2, 2024. The 33rd annual meeting of the two border delegations was held in"
        " Son La province."
    )
    found = _sessions(text, "2024-03-03")
    assert found[0].place is not None
    assert found[0].place.province == "Sơn La"
    assert "Bùi Thanh Sơn" not in [p.name for p in found[0].co_chairs]


def test_vietnamese_text_takes_no_short_name():
    """'Chính phủ' (government) is no person, though 'Chính' ends Phạm Minh Chính's name."""
    text = (
        "Thủ tướng Phạm Minh Chính đón Thủ tướng Lào Sonexay Siphandone ngày 6/1/2024. "
        "Đoàn Chính phủ Lào và Thủ tướng Sonexay Siphandone dự Kỳ họp lần thứ 46 Ủy ban liên"
        " Chính phủ."
    )
    found = _sessions(text, "2024-01-08")
    assert "Phạm Minh Chính" not in [p.name for p in found[0].participants]


@pytest.mark.parametrize(("lang", "cue"), phrase_rows("people", "cochair"))
def test_every_co_chair_verb_makes_the_pair_before_it_co_chairs(lang, cue):
    """Two coordinated people right before each co-chair verb co-chair the session after it."""
    text = (
        f"Thứ trưởng Trần Văn Bình và Thứ trưởng Lào Khăm La Sổn Thon đã {cue} Tham vấn chính"
        " trị lần thứ 10 giữa hai Bộ Ngoại giao."
        if lang == "vi"
        else f"Deputy Foreign Minister Tran Van Binh and Lao Deputy Foreign Minister Khamla "
        f"Sounthone {cue} the 10th political consultation between the two foreign ministries."
    )
    assert len(_chairs(text, "2024-05-04")) == 2, text


@pytest.mark.parametrize(
    "verb", ["jointly chaired", "presided over", "co-presided over"]
)  # fmt: skip
def test_jointly_chairing_and_presiding_are_held(verb):
    """'jointly chaired', 'presided over' the 46th meeting: held, both people co-chair."""
    text = (
        f"Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone {verb} the"
        " 46th meeting of the Vietnam-Laos Intergovernmental Committee."
    )
    found = _sessions(text, "2024-01-08")
    assert found[0].status.value == "held"
    assert [p.name for p in found[0].co_chairs] == ["Phạm Minh Chính", "Sonexay Siphandone"]


def test_a_user_catalogue_says_where_its_countrys_given_name_stands():
    """A country whose given name comes first: its people are called by their first word."""
    base = ve.Catalogue.default()
    assert (base.given_name("VN"), base.given_name("LA"), base.given_name("ZZ")) == (
        "last",
        "first",
        None,
    )
    turned = ve.Catalogue.from_toml('[places.vn]\ngiven_name = "first"\n', "mine.toml", base=base)
    assert turned.given_name("VN") == "first"
    text = (
        WELCOME + "Pham and Sonexay co-chaired the 46th meeting of the Intergovernmental Committee."
    )
    document = ve.Document(id="t.txt", text=text, published=ve.PartialDate.parse_iso("2024-01-08"))
    chairs = {
        name: [p.name for s in ve.build_timeline([document], infer=False, catalogue=cat).sessions()
               for p in s.co_chairs]
        for name, cat in (("built-in", base), ("turned", turned))
    }  # fmt: skip
    assert chairs == {
        "built-in": ["Sonexay Siphandone"],
        "turned": ["Phạm Minh Chính", "Sonexay Siphandone"],
    }


def test_a_short_name_with_diacritics_in_english_text():
    """'PM Phúc' after 'Nguyễn Xuân Phúc': the given name keeps its diacritics in English news."""
    text = (
        "Prime Minister Nguyễn Xuân Phúc welcomed Lao Prime Minister Thongloun Sisoulith on"
        " Saturday. The 43rd session of the Intergovernmental Committee was chaired by PM Phúc"
        " and Lao Prime Minister Thongloun Sisoulith."
    )
    assert _chairs(text, "2020-12-06") == ["Nguyễn Xuân Phúc", "Thongloun Sisoulith"]
