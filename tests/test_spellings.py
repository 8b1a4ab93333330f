"""Romanization variants of people's names (``data/romanization.toml``)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_events as ve
from vnlao_events._catalogue import spelling_key

RULES = tomllib.loads(
    resources.files("vnlao_events").joinpath("data/romanization.toml").read_text("utf-8")
)["rule"]
PAIRS = [tuple(pair) for rule in RULES for pair in rule["examples"]]


def test_every_rule_has_examples():
    """A rule without an example is a rule nobody checked."""
    assert all(rule["examples"] for rule in RULES)


@pytest.mark.parametrize(("one", "other"), PAIRS)
def test_the_examples_of_each_rule_agree(one, other):
    """Both spellings of each example give the same key."""
    assert spelling_key(one) == spelling_key(other)


def test_no_two_catalogue_people_share_a_key():
    """The rules never make two different people of the catalogue one."""
    catalogue = ve.Catalogue.default()
    owner = {}
    for key, person in catalogue.people.items():
        for alias in (person.name, *person.aliases):
            assert owner.setdefault(spelling_key(alias), key) == key, (alias, owner)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Thongloun Sisoulit", "thongloun-sisoulith"),  # en, final -t
        ("Saleumsay Kommasith", "saleumxay-kommasith"),  # en, s for x
        ("Sonexay Siphandon", "sonexay-siphandone"),  # en, no final e
        ("Thongloun Sisoulith", "thongloun-sisoulith"),  # the catalogue's own spelling
        ("Thoong-lun Xi-xu-lít", "thongloun-sisoulith"),  # vi, the catalogue's alias
        ("Phạm Minh Chính", "pham-minh-chinh"),  # vi, as catalogued
    ],
)
def test_a_variant_spelling_is_the_catalogue_person(written, key):
    """A romanization variant resolves to the person; the catalogue's spellings as they are."""
    assert ve.Catalogue.default().person_like(written) == key


@pytest.mark.parametrize("written", ["Somsay Sisoulith", "Thongloun", "Bui Thanh", "Nguyễn Văn A"])
def test_another_name_is_nobody(written):
    """A different name, or half a name, is no catalogue person."""
    assert ve.Catalogue.default().person_like(written) is None


def test_a_key_two_people_share_is_nobody(tmp_path):
    """When the rules make two people of a user's catalogue agree, neither is chosen."""
    path = tmp_path / "people.toml"
    path.write_text(
        '[people.a]\nname = "Khamsay Vongsa"\n\n[people.b]\nname = "Khamxay Vongsa"\n',
        encoding="utf-8",
    )
    catalogue = ve.Catalogue.default().load(path)
    assert catalogue.person_like("Khamsai Vongsa") is None
    assert catalogue.person_like("Khamxay Vongsa") == "b"  # its own spelling, as it is


@given(st.sampled_from(PAIRS), st.sampled_from(["", " ", "  "]))
def test_spacing_and_case_do_not_matter(pair, space):
    """Keys are of words: case and the spaces between words change nothing."""
    one, other = pair
    assert spelling_key(f"{space}{one.upper()} Vongsa") == spelling_key(f"{other}{space} vongsa")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Thongloun Sisoulit and Prime Minister Nguyen Xuan Phuc co-chaired the"
        " 43rd meeting of the Vietnam-Laos Intergovernmental Committee in Hanoi, 6 December 2020.",
        "Ngày 6/12/2020, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulit đồng chủ"
        " trì Kỳ họp lần thứ 43 Ủy ban liên Chính phủ Việt Nam - Lào tại Hà Nội.",
    ],
)
def test_a_titled_name_in_another_romanization_is_the_catalogue_person(text):
    """The co-chair written 'Sisoulit' is Thongloun Sisoulith, with his country."""
    (mention,) = ve.extract(ve.Document.from_text(text))
    chairs = {p.name: p.country for p in mention.co_chairs}
    assert chairs.get("Thongloun Sisoulith") == "LA"
    assert "Thongloun Sisoulit" not in chairs
