"""The catalogue as a user edits it: all problems at once, the CLI, the JSON Schema, places."""

from __future__ import annotations

import io
import json
from datetime import date

import jsonschema
import pytest

import vnlao_events as ve
from vnlao_events._catalogue import catalogue_schema
from vnlao_events._cli import main

BAD = """\
schema = "vnlao-events.catalogue/1"

[mechanisms.one]
host_rule = "sometimes"
gap_min_days = "ten"

[mechanisms.two]
members = ["VN", "XX"]
season = [0]

[places.three]
kind = "city"
country = "Vietnam"
in = "nowhere"

[people.four]
country = "LA"
"""


def test_check_lists_every_problem_once(tmp_path):
    """All problems of a file at once, each naming the file, the entry and the field."""
    path = tmp_path / "bad.toml"
    path.write_text(BAD, encoding="utf-8")
    problems = ve.Catalogue.check(path)
    fields = [(p.entry, p.field) for p in problems]
    assert fields == [
        ("one", "gap_min_days"),
        ("one", "host_rule"),
        ("two", "members"),
        ("two", "season"),
        ("three", "country"),
        ("three", "in"),
        ("four", "name"),
    ]
    assert all(str(p).startswith(f"{path}: ") for p in problems)
    assert all("\n" not in str(p) for p in problems)


def test_check_command_prints_one_line_per_problem(tmp_path, capsys):
    """`catalogue check` prints each problem on a line and exits 1."""
    path = tmp_path / "bad.toml"
    path.write_text(BAD, encoding="utf-8")
    out = io.StringIO()
    assert main(["catalogue", "check", str(path)], stdout=out) == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == 7
    assert f"{path}: mechanisms.one.gap_min_days must be int (got 'ten')." in lines
    assert f"{path}: people.four.name is missing." in lines


@pytest.mark.parametrize("name", sorted(ve.Catalogue.examples()))
def test_check_command_passes_the_examples(tmp_path, name):
    """Each example catalogue checks clean (exit 0, one 'ok' line)."""
    path = tmp_path / f"{name}.toml"
    path.write_text(ve.Catalogue.examples()[name], encoding="utf-8")
    out = io.StringIO()
    assert main(["catalogue", "check", str(path)], stdout=out) == 0
    assert out.getvalue().startswith(f"{path}: ok (")


def test_show_lists_mechanisms_with_members_and_rule(tmp_path):
    """`catalogue show` lists the built-in mechanisms and the user's, with members and rule."""
    path = tmp_path / "asean.toml"
    path.write_text(ve.Catalogue.examples()["asean-summit"], encoding="utf-8")
    out = io.StringIO()
    assert main(["catalogue", "show", "--catalogue", str(path)], stdout=out) == 0
    text = out.getvalue()
    assert "political-consultation" in text
    line = next(x for x in text.splitlines() if x.startswith("asean-summit "))
    assert "BN KH ID LA MY MM PH SG TH VN" in line
    assert "rotate by year" in line


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("political-consultation", '[mechanisms.political-consultation]\nnames.vi = "Tham khảo'),
        ("vieng-chan", '[places.vieng-chan]\nkind = "city"'),  # a place
        ("to-lam", '[people.to-lam]\nname = "Tô Lâm"'),  # a person
    ],
)
def test_show_key_prints_the_entry_as_toml(key, expected):
    """`catalogue show KEY` prints the entry as the TOML a file would hold; it reads back."""
    out = io.StringIO()
    assert main(["catalogue", "show", key], stdout=out) == 0
    assert out.getvalue().startswith(expected)
    again = ve.Catalogue.from_toml(out.getvalue())
    assert key in {*again.mechanisms, *again.places, *again.people}


def test_show_key_as_json():
    """`catalogue show KEY --format json` gives the entry's tables."""
    out = io.StringIO()
    assert main(["catalogue", "show", "la", "--format", "json"], stdout=out) == 0
    assert json.loads(out.getvalue())["places"]["la"]["country"] == "LA"


def test_show_unknown_key_is_one_line_error(capsys):
    """An unknown key is an error naming the mechanisms, exit 2."""
    assert main(["catalogue", "show", "nothing-here"], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no catalogue entry 'nothing-here'" in err


def test_schema_and_example_commands():
    """`catalogue schema` prints the JSON Schema; `catalogue example` lists and prints them."""
    out = io.StringIO()
    assert main(["catalogue", "schema"], stdout=out) == 0
    assert json.loads(out.getvalue()) == catalogue_schema()
    out = io.StringIO()
    assert main(["catalogue", "example"], stdout=out) == 0
    assert out.getvalue().split() == sorted(ve.Catalogue.examples())
    out = io.StringIO()
    assert main(["catalogue", "example", "vietnam-china"], stdout=out) == 0
    assert "[mechanisms.vietnam-china-steering-committee]" in out.getvalue()
    assert main(["catalogue", "example", "nope"], stdout=io.StringIO()) == 2


def test_catalogue_needs_an_action(capsys):
    """`catalogue` alone is a usage error."""
    assert main(["catalogue"], stdout=io.StringIO()) == 2
    assert "ACTION" in capsys.readouterr().err


def test_built_in_catalogue_is_valid_against_its_schema():
    """The built-in catalogue, and each example over it, validates against the JSON Schema."""
    schema = catalogue_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(ve.Catalogue.default().to_dict(), schema)
    for name in ve.Catalogue.examples():
        jsonschema.validate(ve.Catalogue.example(name).to_dict(), schema)


@pytest.mark.parametrize("name", sorted(ve.Catalogue.examples()))
def test_example_files_validate_as_written(name):
    """The example files themselves (as parsed TOML) validate against the schema."""
    import tomllib

    jsonschema.validate(tomllib.loads(ve.Catalogue.examples()[name]), catalogue_schema())


def test_dict_round_trip():
    """to_dict then from_dict gives back the same mechanisms, places and people."""
    catalogue = ve.Catalogue.example("asean-summit")
    again = ve.Catalogue.from_dict(catalogue.to_dict())
    assert again.mechanisms == catalogue.mechanisms
    assert again.places == catalogue.places
    assert again.people == catalogue.people
    assert again.about == catalogue.about


# ---------------------------------------------------------------- places from ISO 3166


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("KH", "en", "Cambodia"),  # en: ISO 3166's common name
        ("CN", "vi", "Trung Quốc"),  # vi: ISO 3166's Vietnamese translation
        ("LA", "vi", "Lào"),  # vi: the gazetteer's name wins over ISO's official one
        ("LA", "en", "Laos"),  # en: the gazetteer's
    ],
)
def test_country_names(code, lang, name):
    """Country names come from the gazetteer, else from ISO 3166."""
    assert ve.Catalogue.default().country_name(code, lang) == name


def test_a_member_country_needs_no_gazetteer_entry():
    """A member the gazetteer does not list is known from ISO 3166 and found in text."""
    catalogue = ve.Catalogue.from_toml('[mechanisms.m]\nmembers = ["VN", "TH"]\n')
    assert catalogue.places["th"].names == {"en": "Thailand", "vi": "Thái Lan"}
    assert catalogue.find("places", "thai lan")[0][2] == "th"
    assert catalogue.find("places", "thailand")[0][2] == "th"


def test_province_codes_are_iso_3166_2():
    """A province's `iso` code is checked and fills its Vietnamese name and country."""
    catalogue = ve.Catalogue.from_toml('[places.na]\nkind = "province"\niso = "VN-22"\n')
    assert catalogue.places["na"].names["vi"] == "Nghệ An"
    assert catalogue.places["na"].country == "VN"
    with pytest.raises(ve.CatalogueError, match=r"places.x.iso must be an ISO 3166-2 code"):
        ve.Catalogue.from_toml('[places.x]\nkind = "province"\niso = "VN-999"\n')
    with pytest.raises(ve.CatalogueError, match=r"places.x.iso is in 'VN', not in 'LA'"):
        ve.Catalogue.from_toml('[places.x]\nkind = "province"\niso = "VN-22"\ncountry = "LA"\n')


@pytest.mark.parametrize(
    ("on", "province"),
    [
        (None, "Quảng Bình"),  # as the articles before the merger name it
        (date(2025, 6, 30), "Quảng Bình"),  # the day before the merger
        (date(2025, 7, 1), "Quảng Trị"),  # from the merger on
    ],
)
def test_merged_province(on, province):
    """Vietnam's 2025 merger: Đồng Hới lies in Quảng Bình before 1 July 2025, Quảng Trị after."""
    assert ve.Catalogue.default().place("dong-hoi", on=on).province == province


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị diễn ra tại thành phố Đồng Hới, tỉnh Quảng Bình.",  # vi: before 2025
        "Hội nghị diễn ra tại phường Đồng Hới, tỉnh Quảng Trị.",  # vi: after the merger
        "The meeting took place in Dong Hoi, Quang Binh province.",  # en: before
        "The meeting took place in Dong Hoi, Quang Tri province.",  # en: after
    ],
)
def test_both_provinces_are_found(text):
    """Articles before and after the merger both name places the gazetteer knows."""
    from vnlao_events._text import fold_plain

    keys = [k for _, _, k in ve.Catalogue.default().find("places", fold_plain(text))]
    assert keys[0] == "dong-hoi"
    assert keys[1] in ("quang-binh", "quang-tri")


def test_former_names_are_found():
    """A place's former names find it, like its aliases."""
    catalogue = ve.Catalogue.example("vietnam-china")
    assert catalogue.places["bac-kinh"].former_names == ("Peking",)
    assert catalogue.find("places", "peking")[0][2] == "bac-kinh"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[places.x]\nkind = "city"\nuntil = "soon"\n', "places.x.until must be an ISO date"),
        ('[places.x]\nkind = "city"\nbecame = "y"\n', "places.x.became names an unknown place"),
        ('[places.x]\nkind = "city"\ncolour = "red"\n', "places.x.colour must be a colour"),
        ('[places.x]\nkind = "country"\ngiven_name = "middle"\n', "places.x.given_name must be"),
        ('[places.x]\nnames.en = "X"\n', "places.x.kind is missing"),
        ('[places.x]\nkind = "city"\naliases.vi = "X"\n', "places.x.aliases.vi must be a list"),
        ("[about]\ntitle = 3\n", "about.title must be a table of strings"),
        ("[defaults]\nmembers = 3\n", "defaults.members must be list"),
        ('schema = "other/2"\n', "schema must be 'vnlao-events.catalogue/1'"),
    ],
)
def test_place_and_top_level_problems(toml, message):
    """Malformed places and top-level tables name the entry and field."""
    with pytest.raises(ve.CatalogueError) as caught:
        ve.Catalogue.from_toml(toml, "f.toml")
    assert message in str(caught.value)


def test_places_aliases_by_language():
    """A place's aliases may be given per language; all of them find it."""
    catalogue = ve.Catalogue.example("vietnam-cambodia")
    assert catalogue.find("places", "phnom penh")[0][2] == "phnom-penh"
    assert catalogue.find("places", "thu do phnom penh")[0][2] == "phnom-penh"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Vietnam–Laos cooperation mechanisms"),  # en
        ("vi", "Việt Nam – Lào: các cơ chế hợp tác"),  # vi
    ],
)
def test_collection_title_from_the_catalogue(lang, title):
    """The calendar's name comes from the catalogue's [about] table."""
    assert ve.Catalogue.default().title(lang) == title
    ics = ve.to_ics(ve.Timeline(), lang=lang)
    assert f"X-WR-CALNAME:{title}" in ics


def test_example_title_names_the_calendar():
    """An example catalogue names its calendar and describes it in each language."""
    catalogue = ve.Catalogue.example("asean-summit")
    ics = ve.to_ics(ve.Timeline(), lang="vi", catalogue=catalogue)
    assert "X-WR-CALNAME:Hội nghị Cấp cao ASEAN" in ics
    assert "X-WR-CALDESC:Các Hội nghị Cấp cao ASEAN" in ics
    assert ve.Catalogue().title("vi") == "Các cơ chế định kỳ"
    assert ve.Catalogue().description("en") == "Recurring mechanisms"
