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
    """PNG, SVG and PDF are written; other types are an ExportError."""
    plot_timeline(seeds_timeline, tmp_path / "a.png")
    plot_timeline(seeds_timeline, tmp_path / "a.svg")
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "a.svg").read_bytes()[:500]
    plot_timeline(seeds_timeline, tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    with pytest.raises(ve.ExportError, match=r"must be \.png, \.svg or \.pdf"):
        plot_timeline(seeds_timeline, tmp_path / "a.gif")


def _drawn(figure):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


def test_series_names_are_whole(all_timeline):
    """Row labels carry the series' full names (wrapped over lines, never cut)."""
    figure = ve.plot_figure(all_timeline)
    labels = [t.get_text().replace("\n", " ") for t in figure.axes[0].get_yticklabels()]
    names = [
        s.names["en"]
        for s in all_timeline.series
        if any(x.date and x.date.window for x in s.sessions)
    ]
    assert labels[:-1] == names
    assert not any("…" in label for label in labels)


def test_legend_is_outside_the_axes_and_in_the_language(seeds_timeline):
    """The legend sits below the axes and their year labels, worded in the chosen language."""
    figure = ve.plot_figure(seeds_timeline, "vi")
    renderer = _drawn(figure)
    axes = figure.axes[0]
    assert not axes.get_legend()
    legend = figure.legends[0]
    box = legend.get_window_extent(renderer)
    ticks = [t.get_window_extent(renderer) for t in axes.get_xticklabels() if t.get_text()]
    assert box.y1 <= axes.get_window_extent(renderer).y0
    assert all(box.y1 <= t.y0 + 1 for t in ticks)
    texts = [t.get_text() for t in legend.get_texts()]
    assert "chủ nhà VN" in texts
    assert "dự báo" in texts


def test_labels_do_not_collide(all_timeline):
    """No two session labels of a row overlap."""
    figure = ve.plot_figure(all_timeline)
    renderer = _drawn(figure)
    boxes = [t.get_window_extent(renderer) for t in figure.axes[0].texts if t.get_text()]
    for i, first in enumerate(boxes):
        for second in boxes[i + 1 :]:
            assert not first.overlaps(second), (first, second)


def test_conflicts_are_drawn():
    """A session in a conflict is ringed, and the legend says what the ring means."""
    from datetime import date

    session = ve.Session(
        series="political-consultation",
        ordinal=7,
        status=ve.Status.HELD,
        date=ve.When.of(ve.DateWindow.day(date(2022, 11, 25))),
    )
    conflict = ve.Conflict(kind="date", message="x", series="political-consultation", ordinal=7)
    plain = ve.Timeline(series=[ve.Series(key="political-consultation", sessions=[session])])
    clashing = ve.Timeline(series=plain.series, conflicts=[conflict])
    assert (
        len(ve.plot_figure(clashing).axes[0].lines) == len(ve.plot_figure(plain).axes[0].lines) + 1
    )
    assert "conflict" in [t.get_text() for t in ve.plot_figure(plain).legends[0].get_texts()]


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
