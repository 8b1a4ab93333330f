"""Tests for the JSON contract (``export/json.py``)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings
from tests.contract import ExporterContract
from tests.strategies import timelines

import vnlao_events as ve
from vnlao_events.export.json import dumps


class TestJsonExport(ExporterContract):
    """JSON honours the exporter contract."""

    filename = "timeline.json"

    @pytest.fixture
    def dump(self):
        """Timeline → JSON text."""
        return dumps

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
        jsonschema.validate(ve.to_json(timeline), schema)


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_any_timeline_round_trips_and_validates(timeline):
    """from_json(to_json(t)) == t, and the output validates, for random timelines."""
    data = json.loads(json.dumps(ve.to_json(timeline)))
    assert ve.from_json(data) == timeline
    jsonschema.validate(data, ve.json_schema())


def test_contract_fields(seeds_timeline):
    """Sessions carry the contract's fields with ISO dates and alpha-2 countries."""
    data = ve.to_json(seeds_timeline)
    assert data["schema"] == "vnlao-events.timeline/1"
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
    data = json.loads(json.dumps(ve.to_json(seeds_timeline)))
    mutate(data)
    with pytest.raises(ve.TimelineFormatError) as caught:
        ve.from_json(data)
    assert caught.value.pointer.startswith(pointer)


def test_not_json_at_all():
    """Text that is not JSON is a TimelineFormatError with line and column."""
    with pytest.raises(ve.TimelineFormatError, match="line 1, column"):
        ve.from_json("{not json")
    with pytest.raises(ve.TimelineFormatError, match="expected a JSON object"):
        ve.from_json("[]")
