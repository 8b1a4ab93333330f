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
    assert len([r for r in rows if r["kind"] not in ("session", "period", "anniversary")]) == len(
        all_timeline.events
    )
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


# ------------------------------------------------------- complete and typed (issue 13)


def test_periods_and_anniversaries_are_rows(seeds_timeline):
    """Periods and anniversaries are rows too, each kind in date order."""
    rows = list(csv.DictReader(io.StringIO(ve.to_csv(seeds_timeline))))
    periods = [r for r in rows if r["kind"] == "period"]
    anniversaries = [r for r in rows if r["kind"] == "anniversary"]
    assert len(periods) == len(seeds_timeline.periods)
    assert len(anniversaries) == len(seeds_timeline.anniversaries)
    assert [p["date_earliest"] for p in periods] == sorted(p["date_earliest"] for p in periods)
    sixtieth = next(a for a in anniversaries if a["nth"] == "60")
    assert sixtieth["origin_year"] == "1962"
    assert sixtieth["date_earliest"] == "2022-01-01"


def test_dataframe_is_pandas_native(all_timeline):
    """Booleans are bool, missing values NA, dates datetimes, people lists."""
    pd = pytest.importorskip("pandas")
    frame = ve.to_dataframe(all_timeline)
    assert frame["forecast"].dtype == bool
    assert frame["online"].dtype == bool
    forecasts = frame.query("forecast")
    assert len(forecasts) == sum(1 for s in all_timeline.sessions() if s.forecast)
    assert frame["venue"].isna().any()
    assert "" not in set(frame["venue"].dropna())
    assert pd.api.types.is_datetime64_any_dtype(frame["likely_date"])
    seventh = frame[(frame["series"] == "political-consultation") & (frame["ordinal"] == 7)]
    assert seventh["co_chairs"].iloc[0] == ["Phạm Quang Hiệu", "Phoxay Khaykhamphithoune"]
    assert set(frame["kind"]) >= {"session", "period", "anniversary"}


def test_dataframe_long_form_has_one_row_per_person(all_timeline):
    """per_person=True: one row per person of a session or event, with role and key."""
    pytest.importorskip("pandas")
    long = ve.to_dataframe(all_timeline, per_person=True)
    expected = sum(len(s.co_chairs) + len(s.participants) for s in all_timeline.sessions())
    expected += sum(len(e.participants) for e in all_timeline.events)
    assert len(long) == expected
    hieu = long[long["person"] == "Phạm Quang Hiệu"]
    assert set(hieu["role"]) == {"co-chair"}
    assert set(hieu["person_key"]) == {"pham-quang-hieu"}


def test_write_csv_takes_files_and_bom_is_optional(seeds_timeline):
    """write_csv writes an open file too; bom=False leaves the byte-order mark out."""
    text = io.StringIO()
    ve.write_csv(seeds_timeline, text, bom=False)
    assert text.getvalue() == ve.to_csv(seeds_timeline)
    binary = io.BytesIO()
    ve.write_csv(seeds_timeline, binary)
    assert binary.getvalue().startswith(b"\xef\xbb\xbfkind,")


# ------------------------------------------------------- likely windows (issue 11)


def test_likely_window_columns_follow_json(all_timeline):
    """A session's likely window is in the CSV as JSON's likely: days, level, basis."""
    rows = list(csv.DictReader(io.StringIO(ve.to_csv(all_timeline))))
    assert CSV_COLUMNS[-4:] == ("likely_earliest", "likely_latest", "likely_level", "likely_basis")
    sessions = [r for r in rows if r["kind"] == "session"]  # in the timeline's order
    checked = 0
    for session, row in zip(all_timeline.sessions(), sessions, strict=True):
        assert (row["series"], row["ordinal"]) == (session.series, str(session.ordinal or ""))
        if session.likely is None:
            assert row["likely_earliest"] == row["likely_level"] == ""
            continue
        checked += 1
        likely = session.likely.value
        assert row["likely_earliest"] == likely.earliest.isoformat()
        assert row["likely_latest"] == likely.latest.isoformat()
        assert float(row["likely_level"]) == likely.level
        assert row["likely_basis"] == likely.basis.value
    assert checked


def test_dataframe_types_the_likely_window(all_timeline):
    """In pandas the likely window's days are datetimes and its level a nullable float."""
    pd = pytest.importorskip("pandas")
    frame = ve.to_dataframe(all_timeline)
    assert pd.api.types.is_datetime64_any_dtype(frame["likely_earliest"])
    assert str(frame["likely_level"].dtype) == "Float64"
    with_window = frame.dropna(subset=["likely_earliest"])
    assert (with_window["likely_earliest"] <= with_window["likely_latest"]).all()
    assert set(with_window["likely_level"]) == {0.8}
