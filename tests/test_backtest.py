"""Tests for the backtest (``_backtest.py``) and its subcommand (``_cli_backtest.py``)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

import vnlao_events as ve
from vnlao_events._cli import main

DATA = Path(__file__).parent / "data"
IGC = "intergovernmental-committee"
PC = "political-consultation"


@pytest.fixture(scope="module")
def corpus_backtest(corpus_docs) -> ve.Backtest:
    """The backtest of seeds + dev + dev2 read together."""
    return ve.backtest(corpus_docs)


def _summary(result: ve.Backtest, series: str) -> ve.BacktestSummary:
    return next(s for s in result.summaries() if s.series == series)


def test_hard_windows_hold_the_true_day_every_time(corpus_backtest):
    """Every hard window inferred with the session's documents hidden holds its true day."""
    with_window = [r for r in corpus_backtest.rows if r.hard is not None]
    assert len(with_window) >= 10
    assert all(r.hard_holds for r in with_window)
    assert _summary(corpus_backtest, "all").hard_coverage == 1.0


def test_likely_coverage_is_near_its_nominal_level(corpus_backtest):
    """The likely windows hold the true day within ten points of their nominal 80%."""
    overall = _summary(corpus_backtest, "all")
    assert overall.likely_windows >= 8
    assert abs(overall.likely_coverage - overall.level) <= 0.10


def test_intergovernmental_committee_likely_windows_are_narrow(corpus_backtest):
    """The Committee keeps its season: median likely width at most 120 days."""
    summary = _summary(corpus_backtest, IGC)
    assert summary.likely_windows == summary.sessions
    assert summary.likely_median_days <= 120


def test_rows_hide_every_document_naming_the_session(corpus_backtest, corpus_timeline):
    """Each row hides exactly the documents that name its session."""
    for row in corpus_backtest.rows:
        session = corpus_timeline.session(row.series, row.ordinal)
        assert row.hidden == session.documents
        assert session.date.window.earliest == row.true_day


def test_backtest_of_one_series(seeds):
    """series= limits the rows; the summary names the series and 'all'."""
    result = ve.backtest(seeds, series=[PC])
    assert {r.series for r in result.rows} == {PC}
    assert [s.series for s in result.summaries()] == [PC, "all"]
    assert result.rows[0].true_day == date(2022, 11, 25)


def run(*args: str) -> tuple[int, str]:
    """Run the command line in-process."""
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


def test_backtest_command_table():
    """`backtest` prints one row per session and a summary with coverage and widths."""
    code, out = run("backtest", str(DATA / "dev"), "--series", IGC)
    assert code == 0
    assert out.startswith("Backtest: each session of known day inferred back")
    assert "Summary (likely windows at a nominal 80%)" in out
    assert f"  {IGC}" in out


def test_backtest_command_json():
    """`backtest --format json` gives rows and the summary per series."""
    code, out = run("backtest", "--format", "json", str(DATA / "dev"))
    data = json.loads(out)
    assert code == 0
    assert data["level"] == 0.8
    assert {"series", "ordinal", "true_day", "hard", "hard_holds", "likely"} <= set(data["rows"][0])
    assert data["summary"][-1]["series"] == "all"


def test_backtest_command_unknown_series(capsys):
    """An unknown series is a one-line error with exit status 2, naming the choices."""
    code, _ = run("backtest", "--series", "nope")
    assert code == 2
    assert "unknown series 'nope' (choose from" in capsys.readouterr().err


def test_backtest_command_with_no_readable_document(tmp_path, capsys):
    """A folder of unreadable files is a one-line error."""
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    code, _ = run("backtest", "-q", str(tmp_path))
    assert code == 2
    assert "no document could be read" in capsys.readouterr().err


def test_an_irregular_series_gets_wider_likely_windows_than_a_regular_one(corpus_backtest):
    """The consultation's gaps vary more than the Committee's: its windows are the wider."""
    committee, consultation = _summary(corpus_backtest, IGC), _summary(corpus_backtest, PC)
    assert consultation.likely_windows >= 3
    assert consultation.likely_median_days > committee.likely_median_days
    assert committee.likely_coverage >= committee.level
