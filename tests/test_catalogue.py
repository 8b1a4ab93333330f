"""Tests for the catalogue (``_catalogue.py``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
        (
            "[mechanisms.x]\nhost_rule = 'often'\n",
            "host_rule must be 'alternate', 'rotate', 'fixed' or 'free'",
        ),
        ("[mechanisms.x]\ngap_min_days = 900\ngap_max_days = 100\n", "'gap_min_days' must be"),
        ("[mechanisms.x]\naliases.en = 'one'\n", "aliases.en must be a list of strings"),
        ("[places.y]\nkind = 'planet'\n", "places.y.kind must be one of"),
        ("[places.y]\nkind = 'city'\nin = 'atlantis'\n", "names an unknown place 'atlantis'"),
        ("[people.z]\ncountry = 'VN'\n", "people.z.name is missing"),
        ("[people.z]\nname = 'Z'\ncountry = 'Vietnam'\n", "people.z.country must be an ISO 3166-1"),
        ("[stuff]\n", "unknown top-level table 'stuff'"),
        ("mechanisms = 3\n", "'mechanisms' must be a table"),
        ("[mechanisms]\nx = 3\n", "mechanisms.x must be a table"),
        ("not = toml = at all", "not valid TOML"),
        ("[mechanisms.x]\nnames.vi = 3\n", "mechanisms.x.names.vi must be a non-empty string"),
        ("[mechanisms.x]\naliases.vi = ['']\n", "mechanisms.x.aliases.vi must hold non-empty"),
        ("[mechanisms.x]\ngap_min_days = -5\n", "mechanisms.x.gap_min_days must be 0 or more"),
        ("[places.vieng-chan]\nlatitude = 999\n", "places.vieng-chan.latitude must be -90..90"),
        ("[places.vieng-chan]\nlongitude = -181.5\n", "longitude must be -180..180"),
        ("[places.vieng-chan]\nlatitude = nan\n", "latitude must be -90..90"),
        ("[places.vn]\ntimezone = 'Asia/Hanoi_City'\n", "places.vn.timezone must be an IANA"),
        ("[places.vn]\ntimezone = '../../etc/passwd'\n", "places.vn.timezone must be an IANA"),
        ("[places.y]\nkind = 'city'\naliases = ['Y', ' ']\n", "places.y.aliases must hold"),
        ("[places.y]\nkind = 'city'\nnames.en = ''\n", "places.y.names.en must be a non-empty"),
        ("[people.z]\nname = ' '\n", "people.z.name must not be empty"),
        ("[people.z]\nname = 'Z'\naliases = [3]\n", "people.z.aliases must hold"),
        (  # a place inside itself, two steps up
            "[places.a]\nkind = 'city'\nin = 'b'\n[places.b]\nkind = 'province'\nin = 'a'\n",
            "places.a.in makes a cycle (a -> b -> a)",
        ),
        ("[places.a]\nkind = 'city'\nin = 'a'\n", "places.a.in makes a cycle (a -> a)"),
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


def test_user_names_merge_field_by_field(tmp_path):
    """A user file that sets names.vi keeps the built-in names.en and aliases."""
    path = tmp_path / "mine.toml"
    path.write_text('[mechanisms.political-consultation]\nnames.vi = "Tham vấn chính trị"\n')
    built_in = ve.Catalogue.default().mechanisms["political-consultation"]
    mine = ve.Catalogue.default().load(path).mechanisms["political-consultation"]
    assert mine.names["vi"] == "Tham vấn chính trị"
    assert mine.names["en"] == built_in.names["en"]
    assert mine.aliases == built_in.aliases


def test_user_place_fields_merge(tmp_path):
    """A user file that adds an English alias to a place keeps its coordinates."""
    path = tmp_path / "mine.toml"
    path.write_text('[places.vieng-chan]\nnames.en = "Vientiane Capital"\n')
    place = ve.Catalogue.default().load(path).places["vieng-chan"]
    assert place.names["en"] == "Vientiane Capital"
    assert place.names["vi"]
    assert place.latitude is not None


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        ("tại Thủ đô Viên Chăn", "Viêng Chăn", None),  # vi: the other common spelling
        ("tại Thủ đô Viêng Chăn", "Viêng Chăn", None),  # vi: the catalogue's own spelling
        ("in Vientiane", "Viêng Chăn", None),  # en
        ("tại thành phố Hạ Long, tỉnh Quảng Ninh", "Hạ Long", "Quảng Ninh"),  # vi
        ("in Ha Long city, Quang Ninh province", "Hạ Long", "Quảng Ninh"),  # en
    ],
)
def test_gazetteer_spellings(text, city, province):
    """A city's spellings in both languages find it, with the province it lies in."""
    doc = ve.Document.from_text(
        f"Ngày 8/1/2025, {text}, đã diễn ra Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào."
    )
    session = ve.build_timeline([doc], infer=False).session("intergovernmental-committee", 47)
    assert session is not None
    assert session.place is not None
    assert (session.place.city, session.place.province) == (city, province)


_CATALOGUE_PIECES = [
    "pham minh chinh", "vientiane", "vieng chan", "ha noi", "hanoi", "lao", "laos", "uy ban",
    "lien chinh phu", "intergovernmental committee", "thongloun", " ", "-", "  ", ",", "x",
    "a", "2", "(", "\n",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CATALOGUE_PIECES), max_size=25))
def test_find_all_gives_each_kind_what_find_gives(pieces):
    """One pass for every kind finds, for each kind, exactly the entries of find()."""
    catalogue = ve.Catalogue.default()
    plain = "".join(pieces)
    assert catalogue.find_all(plain) == {
        what: catalogue.find(what, plain) for what in ("mechanisms", "places", "people")
    }


@given(st.lists(st.sampled_from(_CATALOGUE_PIECES), max_size=25))
def test_find_gives_the_matches_of_the_whole_alias_regex(pieces):
    """Looking only at word starts finds what the alias regex finds at every character."""
    catalogue = ve.Catalogue.default()
    plain = "".join(pieces)
    for what in ("mechanisms", "places", "people"):
        pattern, _, lookup = catalogue._matcher(what)
        every = [
            (m.start(), m.end(), lookup[key])
            for m in pattern.finditer(plain)
            if (key := re.sub(r"[\s\-]+", "", m.group())) in lookup
        ]
        assert catalogue.find(what, plain) == every


def test_find_names_the_kinds_of_entry_when_given_another():
    """A typo in the kind of entry is an error naming the choices, not an empty result."""
    with pytest.raises(
        ve.ParseError,
        match=r"'what' must be one of 'mechanisms', 'places', 'people' \(got 'person'\)",
    ):
        ve.Catalogue.default().find("person", "pham minh chinh")


@pytest.mark.parametrize("call", ["title", "description"])
def test_a_language_typo_is_named(call):
    """Titles and descriptions exist in English and Vietnamese; another code is refused."""
    with pytest.raises(ve.ParseError, match=r"'lang' must be 'en' or 'vi' \(got 'fr'\)"):
        getattr(ve.Catalogue.default(), call)("fr")


def test_names_in_either_language_from_enum_or_string():
    """``Lang.VI`` and ``"vi"`` give the same names."""
    catalogue = ve.Catalogue.default()
    assert catalogue.country_name("LA", ve.Lang.VI) == catalogue.country_name("LA", "vi") == "Lào"
    assert catalogue.places["la"].name(ve.Lang.EN) == catalogue.places["la"].name("en")


def test_a_user_files_alias_is_its_own_mechanisms(tmp_path):
    """An alias a user's mechanism shares with a built-in one names the user's mechanism."""
    path = tmp_path / "mine.toml"
    path.write_text(
        '[mechanisms.my-dialogue]\nnames.en = "Our dialogue"\n'
        'aliases.en = ["defence policy dialogue"]\n'
    )
    text = "The 3rd defence policy dialogue took place in Hanoi on 5 May 2024."
    doc = ve.Document.from_text(text, id="d.txt")
    built_in = ve.build_timeline([doc], infer=False)
    assert built_in.session("defence-policy-dialogue", 3)
    mine = ve.build_timeline([doc], ve.Catalogue.default().load(path), infer=False)
    assert mine.session("my-dialogue", 3)
    assert mine.session("defence-policy-dialogue", 3) is None
