"""The timeline as a readable text table: one block per series, then events and conflicts."""

from __future__ import annotations

import io

from .._model import Series, Timeline

__all__ = ["table"]


def _series_name(series: Series, lang: str) -> str:
    return series.names.get(lang) or series.names.get("en") or series.key


def table(timeline: Timeline, lang: str = "en") -> str:
    """A readable text table: one line per session, then events and conflicts."""
    out = io.StringIO()
    header = ("#", "date", "part", "place", "co-chairs", "status")
    for series in timeline.series:
        rows = []
        for s in series.sessions:
            when = s.date.format_iso() if s.date else "?"
            if s.inferred_window is not None:
                when += f" (≈{s.inferred_window.format_iso()})"
            if s.likely is not None:
                when += f" likely {s.likely.format_iso()} ({s.likely.level:.0%})"
            status = s.status.value + (" (forecast)" if s.forecast else "")
            status += " (rejected: see conflicts)" if s.rejected else ""
            rows.append(
                (
                    "" if s.ordinal is None else str(s.ordinal),
                    when,
                    s.date.part_of_day.value if s.date and s.date.part_of_day else "",
                    s.place.label() if s.place else "",
                    ", ".join(c.name for c in s.co_chairs),
                    status,
                )
            )
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        out.write(f"{_series_name(series, lang)} [{series.key}]\n")
        out.write(
            "  "
            + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()
            + "\n"
        )
        for row in rows:
            out.write(
                "  "
                + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                + "\n"
            )
        out.write("\n")
    if timeline.events:
        out.write("Events\n")
        for event in timeline.events:
            when = event.date.format_iso() if event.date else "?"
            place = f" @ {event.place.label()}" if event.place else ""
            out.write(f"  {when}  {event.summary}{place}\n")
        out.write("\n")
    if timeline.anniversaries:
        out.write("Anniversaries\n")
        for item in timeline.anniversaries:
            out.write(
                f"  {item.year}: {item.nth} years of {item.name} (since {item.origin_year})\n"
            )
        out.write("\n")
    if timeline.conflicts:
        out.write("Conflicts\n")
        for conflict in timeline.conflicts:
            out.write(f"  [{conflict.kind}] {conflict.message}\n")
    return out.getvalue()
