"""Tests for the picture (``export/plot.py``)."""

from __future__ import annotations

import pytest

import vnlao_events as ve

pytest.importorskip("matplotlib")

from vnlao_events.export.plot import plot_timeline


def test_figure_has_one_row_per_dated_series_and_events(all_timeline):
    """Timeline.plot() returns a Figure with a labelled row per series and one for events."""
    figure = all_timeline.plot()
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    dated = [s for s in all_timeline.series if any(x.date and x.date.window for x in s.sessions)]
    assert len(labels) == len(dated) + 1
    assert labels[-1] == "events"
    texts = {t.get_text() for t in axes.texts}
    assert {"7", "9", "11?"} <= texts  # held ordinals and the forecast


def test_vietnamese_labels(seeds_timeline):
    """With lang='vi' the rows carry the Vietnamese names."""
    figure = seeds_timeline.plot(lang="vi")
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert any(label.startswith("Tham khảo chính trị") for label in labels)
    assert labels[-1] == "sự kiện"


def test_plot_file_types(tmp_path, seeds_timeline):
    """PNG and SVG are written; other types are an ExportError."""
    plot_timeline(seeds_timeline, tmp_path / "a.png")
    plot_timeline(seeds_timeline, tmp_path / "a.svg")
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "a.svg").read_bytes()[:500]
    with pytest.raises(ve.ExportError, match=r"must be \.png or \.svg"):
        plot_timeline(seeds_timeline, tmp_path / "a.pdf")


@pytest.mark.parametrize("suffix", ["svg", "png"])
def test_same_timeline_gives_same_bytes(tmp_path, monkeypatch, seeds_timeline, suffix):
    """With SOURCE_DATE_EPOCH set, two drawings of one timeline are byte-identical."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    plot_timeline(seeds_timeline, tmp_path / f"a.{suffix}")
    plot_timeline(seeds_timeline, tmp_path / f"b.{suffix}")
    first = (tmp_path / f"a.{suffix}").read_bytes()
    assert first == (tmp_path / f"b.{suffix}").read_bytes()
    if suffix == "svg":
        assert b"<dc:date>2023-11-14T22:13:20+00:00</dc:date>" in first
