"""Tests for ``vnlao-events.timeline/2`` and for reading ``/1`` into the typed model."""

from __future__ import annotations

import io
import json
from datetime import date

import jsonschema
import pytest

import vnlao_events as ve
from vnlao_events.export.json import SCHEMA_IDS, is_v1_session

V1 = "vnlao-events.timeline/1"
PC = "political-consultation"
# The rules whose values are inferred: in /1 they sat in the stated fields, marked by them.
INFERRED_RULES = {
    ve.Rule.WINDOW_AFTER, ve.Rule.WINDOW_BEFORE, ve.Rule.WINDOW_BETWEEN, ve.Rule.FORECAST,
    ve.Rule.HOST_ALTERNATION, ve.Rule.HOST_ROTATION, ve.Rule.HOST_ANCHOR_SESSION,
    ve.Rule.HOST_ANCHOR_YEAR, ve.Rule.HOST_FIXED, ve.Rule.YEAR_RESOLVED, ve.Rule.YEAR_OPEN,
    ve.Rule.ORDINAL_UNIQUE,
}  # fmt: skip


@pytest.fixture(scope="module")
def v1_file(data_dir):
    """The pinned ``/1`` file: its text, as JSON values and as a timeline."""
    path = data_dir / "pinned" / "timeline-v1-main.json"
    return json.loads(path.read_text("utf-8")), ve.read_json(path)


def _place_v1(data):
    if data is None:
        return None
    return {k: v for k, v in data.items() if k not in ("keys", "names")}


def test_the_schemas_read_are_v1_and_v2():
    """Both contracts are read; the one written is /2."""
    assert SCHEMA_IDS == (V1, ve.SCHEMA_ID)
    assert ve.SCHEMA_ID == "vnlao-events.timeline/2"


def test_v1_file_validates_against_the_v1_schema_still_shipped(v1_file):
    """The /1 schema ships beside the /2 one, and the pinned /1 file is valid against it."""
    old, _ = v1_file
    schema = ve.json_schema(V1)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(old, schema)


def test_unknown_schema_is_a_value_error_naming_the_choices():
    """json_schema() of another id names both it and the ids it knows."""
    with pytest.raises(ValueError, match=r"'schema' must be one of .*/1.*/2.* \(got 'x/3'\)"):
        ve.json_schema("x/3")


def test_v1_sessions_show_what_the_file_showed(v1_file):
    """Read into the typed model, every /1 session shows the same ordinal, date, place, lines."""
    old, timeline = v1_file
    checked = 0
    for before, series in zip(old["series"], timeline.series, strict=True):
        for a, b in zip(before["sessions"], series.sessions, strict=True):
            assert a["ordinal"] == b.number
            assert a["status"] == b.status.value
            assert _window_text(b.when) == _window_text_v1(a["date"]), b.label()
            assert _place_v1(a["place"]) == _place_v1(_place_of(b.where)), b.label()
            assert a["derivation"] == [str(d) for d in b.all_derivations()]
            window = a["inferred_window"]
            assert (window and (window["earliest"], window["latest"])) == (
                b.series_window and (b.series_window.earliest.isoformat(),
                                     b.series_window.latest.isoformat())
            )  # fmt: skip
            checked += 1
    assert checked >= 40


def _alone(session: ve.Session) -> ve.Timeline:
    return ve.Timeline(series=[ve.Series(key=session.series, sessions=[session])])


def _window_text(when: ve.When | None) -> str | None:
    return None if when is None else when.format_iso()


def _window_text_v1(data) -> str | None:
    if data is None:
        return None
    if data["month_day"]:
        end = f"/{data['month_day_end']}" if data["month_day_end"] else ""
        return data["month_day"] + end
    if data["earliest"] == data["latest"]:
        return data["earliest"]
    return f"{data['earliest']}/{data['latest']}"


def _place_of(place: ve.Place | None):
    if place is None:
        return None
    return ve.to_dict(_alone(ve.Session(series="x", place=place)))["series"][0]["sessions"][0][
        "place"
    ]


def test_v1_inferred_values_leave_the_stated_fields(v1_file):
    """No inferred value stays in a stated field: an inferred session states no date or host."""
    _, timeline = v1_file
    hosts = windows = years = 0
    for session in timeline.sessions():
        assert not {d.rule for d in session.derivation} & INFERRED_RULES, session.label()
        if session.status is ve.Status.INFERRED:
            assert session.date is None, session.label()
            assert session.place is None or session.place.country is None, session.label()
            assert session.inferred_date is not None, session.label()
        hosts += session.inferred_host is not None
        windows += session.inferred_date is not None
        years += session.inferred_year is not None
    assert hosts >= 5
    assert windows >= 15
    assert years >= 5


def test_v1_file_infers_again_into_the_same_values(v1_file):
    """Inference run afresh on a /1 file's stated facts puts the same values in the same fields.

    (The likely windows are learned afresh: the file's were learned by an earlier release.)
    """
    _, timeline = v1_file
    again = ve.infer(timeline)
    for a, b in zip(timeline.sessions(), again.sessions(), strict=True):
        assert a.stated() == b.stated(), a.label()
        for name in ("inferred_date", "inferred_year", "inferred_host", "inferred_ordinal"):
            mine, theirs = getattr(a, name), getattr(b, name)
            assert (mine is None) == (theirs is None), (a.label(), name)
            if mine is not None:
                assert mine.value == theirs.value, (a.label(), name)
                assert list(map(str, mine.derivation)) == list(map(str, theirs.derivation))
        assert (a.likely is None) == (b.likely is None), a.label()


def test_pinned_v2_file_reads_back_to_the_same_text(data_dir):
    """A /2 file reads back and writes to the same text, and is valid against its schema."""
    path = data_dir / "pinned" / "timeline-v2.json"
    text = path.read_text("utf-8")
    timeline = ve.read_json(path)
    assert ve.to_json(timeline) == text
    jsonschema.validate(json.loads(text), ve.json_schema())
    assert any(s.inferred_host for s in timeline.sessions())
    assert any(s.inferred_year for s in timeline.sessions())


# ------------------------------------------------------------ /1 sessions, one shape each


def _v1_session(**fields):
    base = {
        "ordinal": 8, "status": "held", "forecast": False, "date": None,
        "inferred_window": None, "likely_date": None, "not_before": None, "place": None,
        "co_chairs": [], "participants": [], "evidence": [], "derivation": [],
    }  # fmt: skip
    return base | fields


def _day(text: str) -> dict:
    return {
        "earliest": text, "latest": text, "precision": "day", "part_of_day": None,
        "month_day": None, "month_day_end": None, "year_candidates": [],
    }  # fmt: skip


def _read_v1(session: dict) -> ve.Session:
    data = {
        "schema": V1,
        "series": [{"key": PC, "names": {}, "sessions": [session]}],
        "events": [],
        "conflicts": [],
    }
    return ve.from_dict(data).get_series(PC).sessions[0]


@pytest.mark.parametrize(
    ("session", "field", "value", "stated"),
    [
        (  # an inferred session's window was its date
            _v1_session(status="inferred", date=_day("2023-10-10") | {"precision": "window"},
                        derivation=["8th: after the 7th (2022-11-25) + at least 150 days; at most"
                                    " 1095 days between sessions; window 2023-10-10"]),
            "inferred_date",
            ve.DateWindow(date(2023, 10, 10), date(2023, 10, 10), ve.Precision.WINDOW),
            {"date": None},
        ),
        (  # an inferred host was the place's country
            _v1_session(place={"country": "LA", "city": "Viêng Chăn"},
                        derivation=["host LA by alternation (7th VN, 9th VN)"]),
            "inferred_host", "LA", {"place": ve.Place(city="Viêng Chăn")},
        ),
        (  # an inferred ordinal was the ordinal
            _v1_session(date=_day("2023-10-10"), derivation=[
                "ordinal 8: the only place in the series for a session dated 2023-10-10"]),
            "inferred_ordinal", 8, {"ordinal": None},
        ),
        (  # a placed open-year date overwrote the stated one
            _v1_session(date=_day("2022-11-25") | {"part_of_day": "morning"}, derivation=[
                "year 2022: the only year in which --11-25 falls inside the window the series"
                " allows (2021-03-01..2023-01-31)"]),
            "inferred_year",
            ve.When.of(ve.DateWindow.day(date(2022, 11, 25)), ve.PartOfDay.MORNING),
            {"date": ve.When.open_year(ve.PartialDate(None, 11, 25), None, ve.PartOfDay.MORNING)},
        ),
        (  # a placed open-year range: its last day comes back too
            _v1_session(date=_day("2022-11-25") | {"latest": "2022-11-26", "precision": "days"},
                        derivation=["year 2022: the only year in which --11-25 falls inside the"
                                    " window the series allows (2021-03-01..2023-01-31)"]),
            "inferred_year", None,
            {"date": ve.When.open_year(ve.PartialDate(None, 11, 25), ve.PartialDate(None, 11, 26))},
        ),
        (  # candidate years were set on the stated open-year date
            _v1_session(date=_day("2022-11-25") | {"earliest": None, "latest": None,
                        "precision": "month-day", "month_day": "--08-24",
                        "year_candidates": [2018, 2019]},
                        derivation=["year open: --08-24 fits the series window"
                                    " (2017-01-01..2019-12-31) in 2 years (2018, 2019)"]),
            "inferred_year",
            ve.When.open_year(ve.PartialDate(None, 8, 24), year_candidates=(2018, 2019)),
            {"date": ve.When.open_year(ve.PartialDate(None, 8, 24))},
        ),
        (  # a stated session's inferred window, and its likely window nested in it
            _v1_session(inferred_window={"earliest": "2023-01-01", "latest": "2023-12-31",
                                         "precision": "window",
                                         "likely": {"earliest": "2023-05-01",
                                                    "latest": "2023-06-30", "level": 0.8}}),
            "inferred_date",
            ve.DateWindow(date(2023, 1, 1), date(2023, 12, 31), ve.Precision.WINDOW),
            {"date": None},
        ),
    ],
)  # fmt: skip
def test_v1_session_shapes_read_into_their_typed_fields(session, field, value, stated):
    """Each place /1 wrote an inferred value into reads into its inferred field, stated apart."""
    read = _read_v1(session)
    found = getattr(read, field)
    assert found is not None
    if value is not None:
        assert found.value == value
    for name, expected in stated.items():
        assert getattr(read, name) == expected
    assert read.derivation == ()
    assert [str(d) for d in read.all_derivations()] == session["derivation"]


def test_v1_likely_window_reads_from_where_it_was_nested():
    """/1 nested the likely window in the date it narrows; it reads into ``likely``."""
    likely = {"earliest": "2023-05-01", "latest": "2023-06-30", "level": 0.8,
              "most_likely": "2023-05-20"}  # fmt: skip
    read = _read_v1(_v1_session(date=_day("2023-05-20") | {"latest": "2023-12-31",
                                                           "precision": "window",
                                                           "likely": likely},
                                likely_date="2023-05-20"))  # fmt: skip
    assert read.likely.value.most_likely == date(2023, 5, 20)
    assert read.likely.derivation == ()


def test_a_session_packed_by_an_earlier_calendar_is_told_by_its_shape():
    """A session object without a schema tag (a calendar packs one) is /1 by its fields."""
    assert is_v1_session(_v1_session())
    assert is_v1_session({"derivation": ["host LA by alternation (7th VN)"]})
    assert not is_v1_session(ve.to_dict(_alone(ve.Session(series=PC)))["series"][0]["sessions"][0])


@pytest.mark.parametrize(
    ("mutate", "pointer"),
    [
        (lambda s: s.update(inferred_host="LA"), "/inferred_host"),  # not an object
        (lambda s: s.update(inferred_host={"derivation": []}), "/inferred_host"),  # no value
        (lambda s: s.update(inferred_host={"value": None}), "/inferred_host/value"),  # null
        (lambda s: s.update(inferred_ordinal={"value": "8"}), "/inferred_ordinal/value"),
        (lambda s: s.update(inferred_host={"value": 7}), "/inferred_host/value"),  # a number
        (lambda s: s.update(derivation="x"), "/derivation"),  # not a list
    ],
)
def test_malformed_inferred_values_name_the_pointer(mutate, pointer):
    """A malformed inferred value is a TimelineFormatError pointing at it."""
    data = ve.to_dict(_alone(ve.Session(series=PC, ordinal=1)))
    session = data["series"][0]["sessions"][0]
    mutate(session)
    with pytest.raises(ve.TimelineFormatError) as caught:
        ve.from_dict(data)
    assert caught.value.pointer == "/series/0/sessions/0" + pointer


def test_inferred_host_must_be_a_country_code():
    """An inferred host that is not an ISO 3166 alpha-2 code is refused, naming the field."""
    with pytest.raises(ve.ParseError, match=r"'inferred_host' must be an ISO 3166 alpha-2 code"):
        ve.Session(series=PC, inferred_host=ve.Inferred("Laos"))


def test_a_stated_ordinal_leaves_no_room_for_an_inferred_one():
    """A session a source numbers cannot also carry an inferred ordinal."""
    with pytest.raises(ve.ParseError, match=r"'inferred_ordinal' must be unset"):
        ve.Session(series=PC, ordinal=7, inferred_ordinal=ve.Inferred(8))


def test_a_calendar_the_previous_release_wrote_reads_into_the_typed_model(data_dir):
    """The seeds' calendar written with /1 packed sessions reads back, inferred values apart."""
    timeline = ve.read_ics(data_dir / "pinned" / "seeds-v1.ics")
    eighth = timeline.session(PC, 8)
    assert eighth.status is ve.Status.INFERRED
    assert eighth.date is None
    assert eighth.place is None
    assert eighth.inferred_date.value.format_iso() == "2023-04-24/2024-04-01"
    assert eighth.inferred_host.value == "LA"
    assert ve.read_ics(io.StringIO(ve.to_ics(timeline))) == timeline
    for session in timeline.sessions():
        assert not {d.rule for d in session.derivation} & INFERRED_RULES, session.label()


@pytest.mark.parametrize("field", ["date", "place"])
def test_an_inferred_session_refuses_a_stated_fact(field):
    """What no source names has no stated date or place: those go in the inferred fields."""
    value = ve.When.of(ve.DateWindow.year(2024)) if field == "date" else ve.Place(country="LA")
    with pytest.raises(ve.ParseError, match="'inferred_date'"):
        ve.Session(
            series="political-consultation", ordinal=8, status=ve.Status.INFERRED, **{field: value}
        )
