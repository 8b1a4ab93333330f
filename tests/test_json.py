"""Tests for the JSON contract (``export/json.py``)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings
from tests.contract import ExporterContract
from tests.strategies import timelines

import vnlao_events as ve


class TestJsonExport(ExporterContract):
    """JSON honours the exporter contract."""

    filename = "timeline.json"

    @pytest.fixture
    def dump(self):
        """Timeline → JSON text."""
        return ve.to_json

    @pytest.fixture
    def load(self):
        """JSON text → timeline."""
        return ve.from_json

    @pytest.fixture
    def write(self):
        """Timeline → JSON file."""
        return ve.write_json


def test_output_validates_against_shipped_schema(all_timeline, seeds_timeline):
    """The JSON of real timelines is valid against the schema shipped in the package."""
    schema = ve.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for timeline in (all_timeline, seeds_timeline, ve.Timeline()):
        jsonschema.validate(ve.to_dict(timeline), schema)


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_any_timeline_round_trips_and_validates(timeline):
    """from_json(to_json(t)) == t, and the output validates, for random timelines."""
    data = json.loads(json.dumps(ve.to_dict(timeline)))
    assert ve.from_dict(data) == timeline
    jsonschema.validate(data, ve.json_schema())


def test_contract_fields(seeds_timeline):
    """Sessions carry the contract's fields with ISO dates and alpha-2 countries."""
    data = ve.to_dict(seeds_timeline)
    assert data["schema"] == "vnlao-events.timeline/2"
    pc = next(s for s in data["series"] if s["key"] == "political-consultation")
    seventh = next(s for s in pc["sessions"] if s["ordinal"] == 7)
    assert seventh["status"] == "held"
    assert seventh["date"]["earliest"] == seventh["date"]["latest"] == "2022-11-25"
    assert seventh["date"]["precision"] == "day"
    assert seventh["date"]["part_of_day"] == "morning"
    assert seventh["place"]["country"] == "VN"
    assert {c["canonical"] for c in seventh["co_chairs"]} == {
        "Phạm Quang Hiệu",
        "Phoxay Khaykhamphithoune",
    }
    assert seventh["evidence"][0]["quote"].startswith("Sáng 25/11")


@pytest.mark.parametrize(
    ("mutate", "pointer"),
    [
        (lambda d: d.update(schema="other/1"), "/schema"),  # wrong schema id
        (lambda d: d.pop("series"), "/series"),  # missing field
        (
            lambda d: d["series"][0]["sessions"][0].update(status="maybe"),
            "/series/0/sessions/0/status",
        ),  # unknown status
        (
            lambda d: d["series"][0]["sessions"][0]["date"].update(earliest="2022-02-30"),
            "/series/0/sessions/0/date/earliest",
        ),  # impossible date
        (
            lambda d: d["series"][0]["sessions"][0].update(ordinal="7"),
            "/series/0/sessions/0/ordinal",
        ),  # wrong type
    ],
)
def test_malformed_json_names_the_pointer(mutate, pointer, seeds_timeline):
    """A malformed document raises TimelineFormatError naming where the problem is."""
    data = json.loads(json.dumps(ve.to_dict(seeds_timeline)))
    mutate(data)
    with pytest.raises(ve.TimelineFormatError) as caught:
        ve.from_dict(data)
    assert caught.value.pointer.startswith(pointer)


def test_not_json_at_all():
    """Text that is not JSON is a TimelineFormatError with line and column."""
    with pytest.raises(ve.TimelineFormatError, match="line 1, column"):
        ve.from_json("{not json")
    with pytest.raises(ve.TimelineFormatError, match="expected a JSON object"):
        ve.from_json("[]")


# ------------------------------------------------------------ one convention (issue 13)


def test_to_json_is_text_and_to_dict_is_values(seeds_timeline):
    """to_json gives JSON text (as pandas' to_json does); to_dict gives the values."""
    text = ve.to_json(seeds_timeline)
    assert isinstance(text, str)
    assert json.loads(text) == ve.to_dict(seeds_timeline)
    assert ve.from_json(text) == ve.from_dict(ve.to_dict(seeds_timeline)) == seeds_timeline


@pytest.mark.parametrize(
    "opener",
    [
        lambda path: path,  # a Path
        str,  # a str path
        lambda path: path.open("r", encoding="utf-8"),  # a text file
        lambda path: path.open("rb"),  # a binary file
    ],
)
def test_read_and_write_json_take_paths_and_files(opener, tmp_path, seeds_timeline):
    """read_json reads a Path, a str path, a text or a binary file alike."""
    path = tmp_path / "t.json"
    ve.write_json(seeds_timeline, path)
    source = opener(path)
    try:
        assert ve.read_json(source) == seeds_timeline
    finally:
        if hasattr(source, "close"):
            source.close()


def test_write_json_to_open_files(tmp_path, seeds_timeline):
    """write_json writes to a text or binary file object too."""
    import io

    text, binary = io.StringIO(), io.BytesIO()
    ve.write_json(seeds_timeline, text)
    ve.write_json(seeds_timeline, binary)
    assert text.getvalue() == binary.getvalue().decode("utf-8") == ve.to_json(seeds_timeline)


@pytest.mark.parametrize("value", [42, None, object(), b"{}"])
def test_anything_else_is_the_librarys_own_error(value):
    """Neither a path nor a file: PathOrFileError (a TypeError), naming what was given."""
    with pytest.raises(ve.PathOrFileError, match="expected a path or an open file"):
        ve.read_json(value)
    with pytest.raises(ve.PathOrFileError):
        ve.write_json(ve.Timeline(), value)


def test_from_json_given_a_file_name_points_to_read_json(tmp_path):
    """from_json('file.json') says to use read_json, not merely 'not JSON'."""
    with pytest.raises(ve.TimelineFormatError, match="use read_json"):
        ve.from_json("timeline.json")
    with pytest.raises(ve.PathOrFileError, match="use read_json"):
        ve.from_json(tmp_path / "timeline.json")


def test_missing_file_is_a_format_error(tmp_path):
    """read_json of a file that does not exist is one clear error."""
    with pytest.raises(ve.TimelineFormatError, match="cannot read"):
        ve.read_json(tmp_path / "missing.json")


def test_places_and_people_carry_catalogue_keys_and_names(seeds_timeline):
    """Each place has its parts' catalogue keys and its label per language; people a key."""
    data = ve.to_dict(seeds_timeline)
    pc = next(s for s in data["series"] if s["key"] == "political-consultation")
    ninth = next(s for s in pc["sessions"] if s["ordinal"] == 9)
    assert ninth["place"]["keys"] == {
        "venue": "trung-tam-hoi-nghi-quoc-te",
        "city": "ha-noi",
        "province": None,
        "country": "vn",
    }
    assert ninth["place"]["names"]["en"] == "International Convention Centre, Hanoi, VN"
    assert ninth["place"]["names"]["vi"] == "Trung tâm Hội nghị Quốc tế, Hà Nội, VN"
    assert {c["key"] for c in ninth["co_chairs"]} == {"do-hung-viet", "phoxay-khaykhamphithoune"}
    unknown = ve.Timeline(
        series=[
            ve.Series(
                key="political-consultation",
                sessions=[
                    ve.Session(
                        series="political-consultation",
                        ordinal=1,
                        place=ve.Place(city="Atlantis"),
                        co_chairs=[ve.Participant(written="Nobody Known")],
                    )
                ],
            )
        ]
    )
    session = ve.to_dict(unknown)["series"][0]["sessions"][0]
    assert session["place"]["keys"]["city"] is None
    assert session["place"]["names"]["en"] == "Atlantis"
    assert session["co_chairs"][0]["key"] is None
    jsonschema.validate(ve.to_dict(unknown), ve.json_schema())


def test_anniversary_origin_date_round_trips():
    """An anniversary's origin day, where known, is written and read back."""
    from datetime import date

    item = ve.Anniversary(name="x", nth=60, year=2022, origin_date=date(1962, 9, 5))
    timeline = ve.Timeline(anniversaries=[item])
    assert ve.to_dict(timeline)["anniversaries"][0]["origin_date"] == "1962-09-05"
    assert ve.from_json(ve.to_json(timeline)) == timeline
    with pytest.raises(ve.ParseError, match="'origin_date' must fall in the origin year 1962"):
        ve.Anniversary(name="x", nth=60, year=2022, origin_date=date(1963, 1, 1))


@pytest.mark.parametrize(
    ("city", "lang", "label"),
    [
        ("Thành phố Hồ Chí Minh", "en", "Ho Chi Minh City, VN"),  # Vietnamese name → English
        ("Viêng Chăn", "en", "Vientiane, LA"),  # a Lao capital, Vietnamese spelling
        ("Hà Nội", "vi", "Hà Nội, VN"),  # stays in Vietnamese
        ("Hanoi", "vi", "Hà Nội, VN"),  # an English spelling → Vietnamese
        ("Atlantis", "en", "Atlantis, VN"),  # not in the catalogue: kept as written
    ],
)
def test_place_names_follow_the_language(city, lang, label):
    """Places are shown in the chosen language wherever the catalogue knows them."""
    from vnlao_events.export.names import Names

    assert (
        Names.of().place_label(
            ve.Place(city=city, country="VN" if "Viêng" not in city else "LA"), lang
        )
        == label
    )


def test_read_json_given_json_text_points_to_from_json():
    """read_json of JSON text (not a path) says to use from_json."""
    with pytest.raises(ve.TimelineFormatError, match="use from_json"):
        ve.read_json('{"schema": "vnlao-events.timeline/1"}')


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_to_json_is_the_standard_librarys_indented_dump(timeline):
    """to_json writes, to the byte, what json.dumps(to_dict(t), indent=2) writes."""
    data = ve.to_dict(timeline)
    assert ve.to_json(timeline) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_to_json_of_real_timelines_is_the_standard_dump(all_timeline, seeds_timeline):
    """The same on the real articles' timelines, and on an empty one."""
    for timeline in (all_timeline, seeds_timeline, ve.Timeline()):
        expected = json.dumps(ve.to_dict(timeline), ensure_ascii=False, indent=2) + "\n"
        assert ve.to_json(timeline) == expected


@pytest.mark.parametrize(
    "value",
    [
        1.5, -0.0, 1e300, float("nan"), float("inf"), -float("inf"), True, False, None, 3,
        "é\"\\\n\u2028\x00", [], {}, [[[]]], [{}], ((1,), ()), {"a": [1, {"b": None}]},
        {7: 2, 2.5: [], True: {}, False: 0, None: ()}, list(range(3)), {"deep": [[[[[[1]]]]]]},
    ],
)  # fmt: skip
def test_the_encoder_writes_every_json_value_as_the_standard_library(value):
    """Scalars, odd floats, non-string keys, nesting and empty containers: the same text."""
    from vnlao_events.export.json import _encode_into

    out: list[str] = []
    _encode_into(value, out, 0)
    assert "".join(out) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_encoder_refuses_what_json_refuses():
    """A value JSON has no form for is a TypeError, as with json.dumps."""
    from vnlao_events.export.json import _encode_into

    with pytest.raises(TypeError, match="not JSON serializable"):
        _encode_into({"a": object()}, [], 0)
    with pytest.raises(TypeError, match="keys must be"):
        _encode_into({(1, 2): 1}, [], 0)


def test_the_encoder_indents_deep_values_as_the_standard_library():
    """Nesting deeper than the indents it keeps ready is written the same way."""
    from vnlao_events.export.json import _encode_into

    value: object = {"leaf": 1}
    for depth in range(40):
        value = [value] if depth % 2 else {"k": value}
    out: list[str] = []
    _encode_into(value, out, 0)
    assert "".join(out) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("level", [0, 3, 40])
def test_values_left_as_they_are_are_written_as_their_json(level):
    """Evidence and derivations handed to the writer as values: the text of their JSON values.

    Facts, parameters of every type (a ``bool`` is written ``true``, not ``1``) and an
    evidence with a ``bool`` offset are written as the standard encoder writes them.
    """
    from vnlao_events.export.json import _encode_into, _evidence, derivation_dict

    evidence = ve.Evidence(document="a.txt", start=3, end=5, quote="Kỳ")
    flagged = ve.Evidence(document="a.txt", start=False, end=True, quote="K")
    one = ve.Derivation.of(ve.Rule.DURATION, days=1, day="2022-12-20")
    flag = ve.Derivation.of(ve.Rule.DURATION, days=True, day="2022-12-20")
    facts = (ve.FactRef(ordinal=7, date="2022-11-25"), ve.FactRef(ordinal=8, host="LA"))
    with_facts = ve.Derivation.of(ve.Rule.DURATION, facts, days=2, day="2022-12-20")
    bare = ve.Derivation(rule=ve.Rule.HELD_BEFORE_HELD, params={"top": 3})
    cases = [
        (evidence, _evidence((evidence,))[0]),
        ((evidence, flagged), _evidence((evidence, flagged))),
        ((), []),
        (one, derivation_dict(one)),
        (with_facts, derivation_dict(with_facts)),
        ((bare,), [derivation_dict(bare)]),
        ((one, flag, one), [derivation_dict(one), derivation_dict(flag), derivation_dict(one)]),
        ({"derivation": flag, "evidence": (flagged,)}, {
            "derivation": derivation_dict(flag), "evidence": _evidence((flagged,))}),
    ]  # fmt: skip
    for value, data in cases:
        out: list[str] = []
        _encode_into(value, out, level)
        expected: list[str] = []
        _encode_into(data, expected, level)
        assert "".join(out) == "".join(expected)
    written: list[str] = []
    _encode_into((flag,), written, 0)
    assert '"days": true' in "".join(written)
