"""Tests for the CSV export (``export/tabular.py``)."""

from __future__ import annotations

import csv
import io

import pytest
from tests.contract import ExporterContract

import vnlao_events as ve
from vnlao_events.export.tabular import CSV_COLUMNS


class TestCsvExport(ExporterContract):
    """CSV honours the exporter contract (it does not read back)."""

    filename = "timeline.csv"
    round_trips = False

    @pytest.fixture
    def dump(self):
        """Timeline → CSV text."""
        return ve.to_csv

    @pytest.fixture
    def write(self):
        """Timeline → CSV file."""
        return ve.write_csv


def test_one_row_per_session_and_event(all_timeline):
    """Every session and event is a row; windows and precision are kept."""
    rows = list(csv.DictReader(io.StringIO(ve.to_csv(all_timeline))))
    assert tuple(rows[0]) == CSV_COLUMNS
    sessions = [r for r in rows if r["kind"] == "session"]
    assert len(sessions) == sum(1 for _ in all_timeline.sessions())
    assert len(rows) - len(sessions) == len(all_timeline.events)
    eighth = next(
        r for r in sessions if r["series"] == "political-consultation" and r["ordinal"] == "8"
    )
    assert eighth["status"] == "inferred"
    assert eighth["date_earliest"] < eighth["date_latest"]
    assert eighth["precision"] == "window"
    third = next(
        r for r in sessions if r["series"] == "political-consultation" and r["ordinal"] == "3"
    )
    assert third["month_day"] == "--08-24"
    assert third["date_earliest"] == ""


def test_file_has_bom_for_spreadsheets(tmp_path, seeds_timeline):
    """The file starts with a UTF-8 byte-order mark so spreadsheets read Vietnamese."""
    path = tmp_path / "t.csv"
    ve.write_csv(seeds_timeline, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_dataframe_has_the_csv_columns_and_types(all_timeline):
    """to_dataframe() gives the CSV's rows and columns with dates and ordinals typed."""
    pd = pytest.importorskip("pandas")
    frame = all_timeline.to_dataframe()
    assert tuple(frame.columns) == CSV_COLUMNS
    assert len(frame) == len(list(csv.DictReader(io.StringIO(ve.to_csv(all_timeline)))))
    assert pd.api.types.is_datetime64_any_dtype(frame["date_earliest"])
    seventh = frame[(frame["series"] == "political-consultation") & (frame["ordinal"] == 7)]
    assert seventh["date_earliest"].iloc[0] == pd.Timestamp("2022-11-25")
    assert ve.to_dataframe(all_timeline).equals(frame)
