"""CSV export: one row per session or event, date windows and precision kept.

>>> import vnlao_events as ve
>>> text = to_csv(ve.infer(ve.assemble(ve.extract_all(ve.bundled_seeds()))))
>>> text.splitlines()[0].split(",")[:5]
['kind', 'series', 'ordinal', 'status', 'forecast']
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .._dates import When
from .._io import write_atomic
from .._model import Event, Participant, Place, Session, Timeline

__all__ = ["CSV_COLUMNS", "rows", "to_csv", "to_dataframe", "write_csv"]

#: The CSV columns, in order.
CSV_COLUMNS = (
    "kind", "series", "ordinal", "status", "forecast", "date_earliest", "date_latest",
    "precision", "part_of_day", "month_day", "inferred_earliest", "inferred_latest",
    "likely_date", "venue", "city", "province", "country", "online", "co_chairs",
    "participants", "summary", "documents", "evidence_count", "derivation",
)  # fmt: skip


def _date_cells(when: When | None) -> dict[str, str]:
    if when is None:
        return {}
    return {
        "date_earliest": when.earliest.isoformat() if when.earliest else "",
        "date_latest": when.latest.isoformat() if when.latest else "",
        "precision": when.precision.value,
        "part_of_day": when.part_of_day.value if when.part_of_day else "",
        "month_day": when.month_day.format_iso() if when.month_day else "",
    }


def _place_cells(place: Place | None) -> dict[str, str]:
    if place is None:
        return {}
    return {
        "venue": place.venue or "", "city": place.city or "", "province": place.province or "",
        "country": place.country or "", "online": "yes" if place.online else "",
    }  # fmt: skip


def _names(people: tuple[Participant, ...]) -> str:
    return "; ".join(p.name for p in people)


def _session_row(session: Session) -> dict[str, str]:
    row = {
        "kind": "session",
        "series": session.series,
        "ordinal": "" if session.ordinal is None else str(session.ordinal),
        "status": session.status.value,
        "forecast": "yes" if session.forecast else "",
        "inferred_earliest": (
            session.inferred_window.earliest.isoformat() if session.inferred_window else ""
        ),
        "inferred_latest": (
            session.inferred_window.latest.isoformat() if session.inferred_window else ""
        ),
        "likely_date": session.likely_date.isoformat() if session.likely_date else "",
        "co_chairs": _names(session.co_chairs),
        "participants": _names(session.participants),
        "documents": "; ".join(session.documents),
        "evidence_count": str(len(session.evidence)),
        "derivation": " | ".join(session.derivation),
    }
    return row | _date_cells(session.date) | _place_cells(session.place)


def _event_row(event: Event) -> dict[str, str]:
    row = {
        "kind": event.kind.value,
        "series": event.related_to[0] if event.related_to else "",
        "ordinal": str(event.related_to[1]) if event.related_to else "",
        "participants": _names(event.participants),
        "summary": event.summary,
        "documents": "; ".join(sorted({e.document for e in event.evidence})),
        "evidence_count": str(len(event.evidence)),
        "derivation": " | ".join(event.derivation),
    }
    return row | _date_cells(event.date) | _place_cells(event.place)


def rows(timeline: Timeline) -> Iterator[dict[str, str]]:
    """One dict per session (series by key, then ordinal) and per event (by date)."""
    for session in timeline.sessions():
        yield dict.fromkeys(CSV_COLUMNS, "") | _session_row(session)
    for event in timeline.events:
        yield dict.fromkeys(CSV_COLUMNS, "") | _event_row(event)


def to_csv(timeline: Timeline) -> str:
    """The timeline as CSV text with a header row.

    >>> from vnlao_events import Timeline
    >>> to_csv(Timeline()).splitlines()[0][:30]
    'kind,series,ordinal,status,for'
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(timeline))
    return buffer.getvalue()


def to_dataframe(timeline: Timeline) -> Any:
    """A pandas DataFrame with the CSV's columns (``pip install 'vnlao-events[pandas]'``).

    Date columns are ``datetime64`` (empty cells are ``NaT``); ordinals are nullable integers.

    >>> from vnlao_events import bundled_seeds, build_timeline
    >>> frame = to_dataframe(build_timeline(bundled_seeds()))
    >>> int(frame[frame["series"] == "political-consultation"]["ordinal"].max())
    11

    Raises:
        ImportError: when pandas is not installed.
    """
    import pandas as pd  # noqa: PLC0415 - optional dependency

    frame = pd.DataFrame(list(rows(timeline)), columns=list(CSV_COLUMNS))
    for column in (
        "date_earliest",
        "date_latest",
        "inferred_earliest",
        "inferred_latest",
        "likely_date",
    ):
        frame[column] = pd.to_datetime(frame[column].replace("", None))
    frame["ordinal"] = pd.to_numeric(frame["ordinal"].replace("", None)).astype("Int64")
    frame["evidence_count"] = frame["evidence_count"].astype(int)
    return frame


def write_csv(timeline: Timeline, path: str | Path) -> None:
    """Write the CSV to ``path`` atomically (UTF-8 with a byte-order mark for spreadsheets).

    >>> import tempfile, pathlib
    >>> from vnlao_events import Timeline
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> write_csv(Timeline(), path)
    >>> path.read_text(encoding="utf-8-sig").startswith("kind,")
    True

    Raises:
        ExportError: when the file cannot be written.
    """
    write_atomic(path, "\ufeff" + to_csv(timeline))
