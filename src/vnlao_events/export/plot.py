"""The timeline as a picture (optional: ``pip install 'vnlao-events[plot]'``).

One row per series. Held sessions are marks labelled with their ordinal; planned,
held-or-planned and inferred sessions are windows (bars) in a lighter style;
forecasts are hatched; the host country is shown by colour; events sit on a row of
their own. Text uses DejaVu Sans, which has every Vietnamese glyph.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .._io import write_atomic
from .._model import Session, Status, Timeline
from ..exceptions import ExportError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["plot_figure", "plot_timeline"]

_EPOCH = date(1970, 1, 1).toordinal()
_HOST_COLOURS = {"VN": "#c8102e", "LA": "#002868", None: "#6b6b6b"}


def _host(session: Session) -> str | None:
    if session.place is None or session.place.online:
        return None
    return session.place.country if session.place.country in ("VN", "LA") else None


def date2num(day: date) -> float:
    """Matplotlib's date number (days since 1970-01-01)."""
    return float(day.toordinal() - _EPOCH)


def plot_figure(timeline: Timeline, lang: str = "en") -> Figure:
    """Draw the timeline and return the matplotlib Figure.

    Raises:
        ImportError: when matplotlib is not installed.
    """
    import matplotlib as mpl  # noqa: PLC0415 - optional dependency

    mpl.use("Agg")
    from matplotlib.figure import Figure  # noqa: PLC0415
    from matplotlib.patches import Patch  # noqa: PLC0415

    series = [s for s in timeline.series if any(x.date and x.date.window for x in s.sessions)]
    rows = len(series) + (1 if timeline.events else 0)
    figure = Figure(figsize=(13, 1.1 + 0.75 * max(rows, 1)), dpi=110)
    axes = figure.add_subplot()
    axes.set_facecolor("#fbfbfb")
    labels: list[str] = []
    for row, item in enumerate(series):
        y = rows - row
        name = item.names.get(lang) or item.names.get("en") or item.key
        labels.append(name if len(name) <= 48 else name[:46] + "…")
        for session in item.sessions:
            if session.date is None or session.date.window is None:
                continue
            window = session.date.window
            colour = _HOST_COLOURS[_host(session)]
            text = "" if session.ordinal is None else str(session.ordinal)
            if session.status is Status.HELD and window.days <= 31:
                axes.plot(
                    date2num(window.earliest), y, marker="o", markersize=9, color=colour, zorder=3
                )
                axes.annotate(
                    text,
                    (window.earliest, y),
                    xytext=(0, 8),
                    textcoords="offset points",
                    ha="center",
                    fontsize=8,
                )
                continue
            start = window.earliest
            width = (window.latest - window.earliest + timedelta(days=1)).days
            axes.barh(
                y, width, left=date2num(start), height=0.42, color=colour, alpha=0.22,
                edgecolor=colour, linewidth=1, hatch="///" if session.forecast else None,
                linestyle="--" if session.status is Status.INFERRED else "-", zorder=2,
            )  # fmt: skip
            if session.likely is not None:  # the likely window, darker, inside the hard one
                likely = session.likely
                axes.barh(
                    y, likely.days, left=date2num(likely.earliest), height=0.42, color=colour,
                    alpha=0.6, linewidth=0, zorder=2.5,
                )  # fmt: skip
            middle = start + timedelta(days=width // 2)
            suffix = "?" if session.forecast else ""
            axes.annotate(
                text + suffix,
                (middle, y),
                xytext=(0, 9),
                textcoords="offset points",
                ha="center",
                fontsize=8,
                color="#333333",
            )
    if timeline.events:
        y = 1
        labels.append("sự kiện" if lang == "vi" else "events")
        for event in timeline.events:
            if event.date is None or event.date.window is None:
                continue
            axes.plot(
                date2num(event.date.window.earliest), y, marker="D", markersize=6, color="#2b8a3e"
            )
    axes.set_yticks(range(rows, 0, -1), labels, fontsize=8)
    axes.set_ylim(0.3, rows + 0.8)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_title(
        "Các cơ chế Việt Nam – Lào" if lang == "vi" else "Vietnam–Laos mechanisms", fontsize=11
    )
    legend = [
        Patch(color=_HOST_COLOURS["VN"], label="host VN"),
        Patch(color=_HOST_COLOURS["LA"], label="host LA"),
        Patch(color=_HOST_COLOURS[None], label="host unknown / online"),
        Patch(facecolor="white", edgecolor="#333333", label="● held   ▭ window (planned/inferred)"),
        Patch(facecolor="white", edgecolor="#333333", hatch="///", label="forecast"),
        Patch(color="#777777", alpha=0.6, label="likely window"),
    ]
    axes.legend(
        handles=legend,
        loc="upper left",
        fontsize=7,
        frameon=False,
        ncols=5,
        bbox_to_anchor=(0, -0.08),
    )
    axes.xaxis_date()
    figure.autofmt_xdate()
    figure.tight_layout()
    return figure


def plot_timeline(timeline: Timeline, path: str | Path, lang: str = "en") -> None:
    """Draw the timeline to a PNG or SVG file, written atomically.

    With ``SOURCE_DATE_EPOCH`` set, drawing the same timeline twice gives identical files.

    Raises:
        ExportError: when the file cannot be written or its type is not png/svg.
        ImportError: when matplotlib is not installed.
    """
    import io  # noqa: PLC0415

    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        raise ExportError(f"{path}: a plot must be .png or .svg (got {suffix!r}).", path=str(path))
    import matplotlib as mpl  # noqa: PLC0415 - optional dependency

    figure = plot_figure(timeline, lang)
    buffer = io.BytesIO()
    # The same timeline gives the same bytes: element ids from a fixed salt (not a random
    # one), and the SVG's date from SOURCE_DATE_EPOCH when it is set (matplotlib reads it).
    with mpl.rc_context({"svg.hashsalt": "vnlao-events"}):
        figure.savefig(buffer, format=suffix, metadata={"Creator": "vnlao-events"})
    write_atomic(path, buffer.getvalue())
