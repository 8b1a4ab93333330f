"""Tests for the catalogue (``_catalogue.py``)."""

from __future__ import annotations

import pytest

import vnlao_events as ve
from vnlao_events._text import fold_plain


def test_every_gold_mechanism_is_catalogued(seeds_gold, dev_gold):
    """Every mechanism the gold files name has a catalogue entry."""
    catalogue = ve.Catalogue.default()
    names = set(seeds_gold["mechanisms"]) | {s["mechanism"] for s in dev_gold["sessions"]}
    assert names <= set(catalogue.mechanisms)


def test_every_gold_person_is_catalogued(seeds_gold, dev_gold):
    """Every co-chair and participant of the gold files is found by some alias."""
    catalogue = ve.Catalogue.default()
    people = {
        n
        for s in [*seeds_gold["sessions"], *dev_gold["sessions"], *seeds_gold["events"]]
        for n in (*s.get("co_chairs", []), *s.get("participants", []))
    }
    for name in people:
        assert catalogue.find("people", fold_plain(name)), name


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("Phô-xay Khảy-khăm-phi-thun", "phoxay-khaykhamphithoune"),  # transliteration
        ("Xỏn-xay Xỉ-phăn-đon", "sonexay-siphandone"),  # transliteration
        ("Pham Minh Chinh", "pham-minh-chinh"),  # no diacritics
        ("KhamphauErnthavan", "khamphau-ernthavan"),  # missing space in the source
    ],
)
def test_people_aliases(spelling, key):
    """People are found by their transliterations and diacritic-free forms."""
    assert ve.Catalogue.default().find("people", fold_plain(spelling))[0][2] == key


def test_places_resolve_up_the_gazetteer():
    """A venue gives its city and country; Viêng Chăn is Vientiane."""
    catalogue = ve.Catalogue.default()
    venue = catalogue.place("nha-khach-chinh-phu")
    assert (venue.venue, venue.city, venue.country) == ("Nhà khách Chính phủ", "Hà Nội", "VN")
    assert catalogue.find("places", "vientiane")[0][2] == "vieng-chan"
    assert catalogue.place("dong-hoi").province == "Quảng Bình"


def test_levels_tell_near_identical_series_apart():
    """The deputies' and the ministers' consultations share a family and differ by level."""
    mechanisms = ve.Catalogue.default().mechanisms
    deputy, minister = (
        mechanisms["political-consultation"],
        mechanisms["ministerial-political-consultation"],
    )
    assert deputy.family == minister.family
    assert deputy.level != minister.level


def test_user_file_adds_and_overrides(tmp_path):
    """A user's file adds a mechanism and overrides a field of a built-in one."""
    path = tmp_path / "mine.toml"
    path.write_text(
        '[mechanisms.defence-dialogue]\nnames.en = "Defence policy dialogue"\n'
        'aliases.en = ["defence policy dialogue"]\nhost_rule = "alternate"\n\n'
        "[mechanisms.political-consultation]\ngap_min_days = 200\n"
    )
    catalogue = ve.Catalogue.default().load(path)
    assert catalogue.mechanisms["defence-dialogue"].host_rule is ve.HostRule.ALTERNATE
    assert catalogue.mechanisms["political-consultation"].gap_min_days == 200
    assert catalogue.mechanisms["political-consultation"].host_rule is ve.HostRule.ALTERNATE
    text = "The 3rd defence policy dialogue took place in Hanoi on 5 May 2024."
    doc = ve.Document.from_text(text, id="d.txt")
    assert ve.build_timeline([doc], catalogue, infer=False).session("defence-dialogue", 3)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[mechanisms.x]\ngap_min_days = 'ten'\n", "mechanisms.x.gap_min_days must be int"),
        ("[mechanisms.x]\ncolour = 'red'\n", "mechanisms.x: unknown field 'colour'"),
        ("[mechanisms.x]\nhost_rule = 'often'\n", "host_rule must be 'alternate' or 'free'"),
        ("[mechanisms.x]\ngap_min_days = 900\ngap_max_days = 100\n", "'gap_min_days' must be"),
        ("[mechanisms.x]\naliases.en = 'one'\n", "aliases.en must be a list of strings"),
        ("[places.y]\nkind = 'planet'\n", "places.y.kind must be one of"),
        ("[places.y]\nkind = 'city'\nin = 'atlantis'\n", "names an unknown place 'atlantis'"),
        ("[people.z]\ncountry = 'VN'\n", "people.z.name is missing"),
        ("[people.z]\nname = 'Z'\ncountry = 'Vietnam'\n", "people.z:"),
        ("[stuff]\n", "unknown top-level table 'stuff'"),
        ("mechanisms = 3\n", "'mechanisms' must be a table"),
        ("[mechanisms]\nx = 3\n", "mechanisms.x must be a table"),
        ("not = toml = at all", "not valid TOML"),
    ],
)
def test_malformed_file_names_file_entry_and_field(tmp_path, toml, message):
    """A malformed catalogue raises CatalogueError naming the file, entry and field."""
    path = tmp_path / "bad.toml"
    path.write_text(toml)
    with pytest.raises(ve.CatalogueError) as caught:
        ve.Catalogue.default().load(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_unreadable_file(tmp_path):
    """A missing or non-UTF-8 catalogue file is a CatalogueError."""
    with pytest.raises(ve.CatalogueError, match="cannot read catalogue"):
        ve.Catalogue.default().load(tmp_path / "none.toml")
    bad = tmp_path / "latin.toml"
    bad.write_bytes(b"# \xe9\n")
    with pytest.raises(ve.CatalogueError, match="cannot read catalogue"):
        ve.Catalogue.default().load(bad)
