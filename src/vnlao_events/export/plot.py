"""The timeline as a picture (optional: ``pip install 'vnlao-events[plot]'``).

One row per series. Held sessions are marks labelled with their ordinal; planned,
held-or-planned and inferred sessions are windows (bars) in a lighter style;
forecasts are hatched; the host country is shown by colour; sessions in a conflict are
ringed; events sit on a row of their own. Text uses DejaVu Sans, which has every
Vietnamese glyph.
"""

from __future__ import annotations

import io
import textwrap
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .._catalogue import Catalogue
from .._derivation import word
from .._io import PathOrFile, write_target
from .._kinds import Choice, Lang
from .._model import Session, Status, Timeline, register_shortcut
from ..exceptions import ExportError
from .names import UNKNOWN_HOST, Names, check_lang, host_colours

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["PLOT_TYPES", "PlotFormat", "plot_bytes", "plot_figure", "plot_timeline"]


#: The picture types: the file name's suffix chooses one.
class PlotFormat(Choice):
    """The file formats a plot is written in.

    >>> PlotFormat("svg") == "svg"
    True
    """

    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


PLOT_TYPES = tuple(PlotFormat)

_EPOCH = date(1970, 1, 1).toordinal()


def _host(session: Session) -> str | None:
    place = session.where
    if place is None or place.online:
        return None
    return place.country


def date2num(day: date) -> float:
    """Matplotlib's date number (days since 1970-01-01)."""
    return float(day.toordinal() - _EPOCH)


#: The legend's labels by key, in English; each is put into the plot's language by the
#: phrase table (``[words]`` in data/derivations.toml).
LABELS: dict[str, str] = {
    "events": "events", "host": "host {code}", "host ?": "host unknown / online",
    "held": "held (day known)", "window": "window (planned or inferred)",
    "forecast": "forecast", "likely": "likely window", "conflict": "conflict",
}  # fmt: skip
_CONFLICT_COLOUR = "#e8590c"


def _labels_apart(xs: list[float], min_gap: float) -> list[int]:
    """A level for each label at ``xs`` (sorted), so that close neighbours do not overlap.

    Labels closer than ``min_gap`` alternate above and below their mark.
    """
    levels: list[int] = []
    last_at: dict[int, float] = {}
    for x in xs:
        level = next(
            (lv for lv in (0, 1, 2, 3) if x - last_at.get(lv, float("-inf")) >= min_gap), 0
        )
        last_at[level] = x
        levels.append(level)
    return levels


_OFFSETS = ((0, 8), (0, -14), (0, 18), (0, -24))  # points: above, below, higher, lower


def plot_figure(
    timeline: Timeline, lang: Lang | str = Lang.EN, *, catalogue: Catalogue | None = None
) -> Figure:
    """Draw the timeline and return the matplotlib Figure.

    Every series is a row named in full (wrapped) in ``lang``; labels that would overlap
    alternate above and below; sessions in a conflict are ringed; the legend, in
    ``lang``, sits below the axes.

    >>> import vnlao_events as ve
    >>> figure = plot_figure(ve.build_timeline(ve.bundled_seeds()), "vi")
    >>> figure.axes[0].get_yticklabels()[-1].get_text()
    'sự kiện'

    Raises:
        ImportError: when matplotlib is not installed.
        ValueError: for an unknown ``lang``.
    """
    import matplotlib as mpl  # noqa: PLC0415 - optional dependency

    mpl.use("Agg")
    from matplotlib.figure import Figure  # noqa: PLC0415
    from matplotlib.lines import Line2D  # noqa: PLC0415
    from matplotlib.patches import Patch  # noqa: PLC0415

    lang = check_lang(lang)
    words = {key: word(text, lang) for key, text in LABELS.items()}
    names = Names.of(catalogue)
    hosts = host_colours(
        names.catalogue,
        {h for s in timeline.series for x in s.sessions if (h := _host(x)) is not None},
    )
    conflicted = {(c.series, c.ordinal) for c in timeline.conflicts if c.series}
    series = [s for s in timeline.series if any(x.when and x.when.window for x in s.sessions)]
    rows = len(series) + (1 if timeline.events else 0)
    days = [
        d
        for s in series
        for x in s.sessions
        if (when := x.when) and when.window
        for d in (when.window.earliest, when.window.latest)
    ] + [e.date.window.earliest for e in timeline.events if e.date and e.date.window]
    span = (max(days) - min(days)).days if days else 365
    min_gap = max(span, 365) * 0.022  # about one label's width on a 13-inch axis
    figure = Figure(figsize=(13, 1.9 + 0.85 * max(rows, 1)), dpi=110, layout="constrained")
    axes = figure.add_subplot()
    axes.set_facecolor("#fbfbfb")
    labels: list[str] = []
    for row, item in enumerate(series):
        y = rows - row
        labels.append(textwrap.fill(names.series_name(item, lang), 34))
        marks: list[tuple[float, str, str]] = []  # (x, text, colour) of each label
        for session in item.sessions:
            shown = session.when
            if shown is None or shown.window is None:
                continue
            window = shown.window
            host = _host(session)
            colour = hosts[host] if host is not None else UNKNOWN_HOST
            text = "" if session.number is None else str(session.number)
            if (item.key, session.number) in conflicted:
                axes.plot(
                    date2num(window.earliest + (window.latest - window.earliest) / 2), y,
                    marker="o", markersize=17, markerfacecolor="none",
                    markeredgecolor=_CONFLICT_COLOUR, markeredgewidth=2, zorder=4,
                )  # fmt: skip
            if session.status is Status.HELD and window.days <= 31:
                axes.plot(
                    date2num(window.earliest), y, marker="o", markersize=9, color=colour, zorder=3
                )
                marks.append((date2num(window.earliest), text, "#111111"))
                continue
            start = window.earliest
            width = (window.latest - window.earliest + timedelta(days=1)).days
            axes.barh(
                y, width, left=date2num(start), height=0.42, color=colour, alpha=0.22,
                edgecolor=colour, linewidth=1, hatch="///" if session.forecast else None,
                linestyle="--" if session.status is Status.INFERRED else "-", zorder=2,
            )  # fmt: skip
            if session.likely is not None:  # the likely window, darker, inside the hard one
                likely = session.likely.value
                axes.barh(
                    y, likely.days, left=date2num(likely.earliest), height=0.42, color=colour,
                    alpha=0.6, linewidth=0, zorder=2.5,
                )  # fmt: skip
            middle = start + timedelta(days=width // 2)
            marks.append((date2num(middle), text + ("?" if session.forecast else ""), "#333333"))
        marks.sort()
        for (x, text, colour), level in zip(
            marks, _labels_apart([m[0] for m in marks], min_gap), strict=True
        ):
            axes.annotate(
                text, (x, y), xytext=_OFFSETS[level], textcoords="offset points",
                ha="center", fontsize=8, color=colour,
            )  # fmt: skip
    if timeline.events:
        y = 1
        labels.append(words["events"])
        for event in timeline.events:
            if event.date is None or event.date.window is None:
                continue
            axes.plot(
                date2num(event.date.window.earliest), y, marker="D", markersize=6, color="#2b8a3e"
            )
    axes.set_yticks(range(rows, 0, -1), labels, fontsize=8)
    axes.set_ylim(0.3, rows + 0.8)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_title(names.catalogue.title(lang), fontsize=11)
    legend = [
        *(Patch(color=c, label=words["host"].format(code=h)) for h, c in hosts.items()),
        Patch(color=UNKNOWN_HOST, label=words["host ?"]),
        Line2D([], [], marker="o", color="#333333", linestyle="none", label=words["held"]),
        Patch(facecolor="#dddddd", edgecolor="#333333", label=words["window"]),
        Patch(facecolor="white", edgecolor="#333333", hatch="///", label=words["forecast"]),
        Patch(color="#777777", alpha=0.6, label=words["likely"]),
        Line2D(
            [], [], marker="o", markerfacecolor="none", markeredgecolor=_CONFLICT_COLOUR,
            markeredgewidth=2, markersize=11, linestyle="none", label=words["conflict"],
        ),
    ]  # fmt: skip
    figure.legend(handles=legend, loc="outside lower center", fontsize=7, frameon=False, ncols=4)
    axes.xaxis_date()
    axes.tick_params(axis="x", labelrotation=30)
    return figure


def plot_bytes(
    timeline: Timeline,
    kind: PlotFormat | str = PlotFormat.PNG,
    lang: Lang | str = Lang.EN,
    *,
    catalogue: Catalogue | None = None,
) -> bytes:
    """The picture as PNG, SVG or PDF bytes.

    >>> import vnlao_events as ve
    >>> plot_bytes(ve.Timeline(), "pdf")[:5]
    b'%PDF-'

    With ``SOURCE_DATE_EPOCH`` set, drawing the same timeline twice gives identical files.

    Raises:
        ExportError: for a type other than png, svg or pdf.
        ImportError: when matplotlib is not installed.
    """
    if kind not in PLOT_TYPES:
        raise ExportError(f"a plot must be .png, .svg or .pdf (got {kind!r}).")
    import matplotlib as mpl  # noqa: PLC0415 - optional dependency

    figure = plot_figure(timeline, lang, catalogue=catalogue)
    buffer = io.BytesIO()
    # The same timeline gives the same bytes: element ids from a fixed salt (not a random
    # one), and the SVG's date from SOURCE_DATE_EPOCH when it is set (matplotlib reads it).
    with mpl.rc_context({"svg.hashsalt": "vnlao-events"}):
        figure.savefig(buffer, format=kind, metadata={"Creator": "vnlao-events"})
    return buffer.getvalue()


def plot_timeline(
    timeline: Timeline,
    path_or_file: PathOrFile,
    lang: Lang | str = Lang.EN,
    *,
    catalogue: Catalogue | None = None,
) -> None:
    """Draw the timeline to a PNG, SVG or PDF file (by its name), written atomically.

    >>> import tempfile, pathlib, vnlao_events as ve
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.svg"
    >>> plot_timeline(ve.Timeline(), path)
    >>> b"<svg" in path.read_bytes()[:500]
    True

    Raises:
        ExportError: when the file cannot be written or its type is not png/svg/pdf.
        ImportError: when matplotlib is not installed.
    """
    name = getattr(path_or_file, "name", path_or_file)
    suffix = Path(str(name)).suffix.lower().lstrip(".")
    if suffix not in PLOT_TYPES:
        raise ExportError(
            f"{name}: a plot must be .png, .svg or .pdf (got {suffix!r}).", path=str(name)
        )
    write_target(path_or_file, plot_bytes(timeline, suffix, lang, catalogue=catalogue))


register_shortcut("plot", plot_figure)  # Timeline.plot()
