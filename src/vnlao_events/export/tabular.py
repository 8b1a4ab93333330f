"""CSV and pandas: one row per session, event, period and anniversary.

Date windows and precision are kept. The CSV is text for any tool; the DataFrame is
typed for pandas (booleans, ``NA``, datetimes, people as lists).

>>> import vnlao_events as ve
>>> text = to_csv(ve.infer(ve.assemble(ve.extract_all(ve.bundled_seeds()))))
>>> text.splitlines()[0].split(",")[:5]
['kind', 'series', 'ordinal', 'status', 'forecast']
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from .._dates import Precision, When
from .._io import PathOrFile, write_target
from .._model import (
    Anniversary,
    Event,
    LikelyWindow,
    Participant,
    Period,
    Place,
    Session,
    Timeline,
    register_shortcut,
)

__all__ = ["CSV_COLUMNS", "rows", "to_csv", "to_dataframe", "write_csv"]

#: The CSV columns, in order.
CSV_COLUMNS = (
    "kind", "series", "ordinal", "status", "forecast", "date_earliest", "date_latest",
    "precision", "part_of_day", "month_day", "inferred_earliest", "inferred_latest",
    "likely_date", "venue", "city", "province", "country", "online", "co_chairs",
    "participants", "summary", "documents", "evidence_count", "derivation",
    "nth", "origin_year", "origin_date",
    "likely_earliest", "likely_latest", "likely_level", "likely_basis",
)  # fmt: skip
_DATE_COLUMNS = (
    "date_earliest", "date_latest", "inferred_earliest", "inferred_latest", "likely_date",
    "origin_date", "likely_earliest", "likely_latest",
)  # fmt: skip
_FLOAT_COLUMNS = ("likely_level",)
_INT_COLUMNS = ("ordinal", "evidence_count", "nth", "origin_year")
_BOOL_COLUMNS = ("forecast", "online")
_LIST_COLUMNS = ("co_chairs", "participants", "documents", "derivation")


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


def _likely_cells(likely: LikelyWindow | None) -> dict[str, str]:
    """The likely window (JSON's ``likely``): its days, nominal level and basis."""
    if likely is None:
        return {}
    return {
        "likely_earliest": likely.earliest.isoformat(),
        "likely_latest": likely.latest.isoformat(),
        "likely_level": f"{likely.level:g}",
        "likely_basis": likely.basis.value,
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
    window = session.series_window
    likely = session.likely.value if session.likely is not None else None
    best = likely.most_likely if likely is not None else None
    row = {
        "kind": "session",
        "series": session.series,
        "ordinal": "" if session.number is None else str(session.number),
        "status": session.status.value,
        "forecast": "yes" if session.forecast else "",
        "inferred_earliest": window.earliest.isoformat() if window else "",
        "inferred_latest": window.latest.isoformat() if window else "",
        "likely_date": best.isoformat() if best and session.forecast else "",
        **_likely_cells(likely),
        "co_chairs": _names(session.co_chairs),
        "participants": _names(session.participants),
        "documents": "; ".join(session.documents),
        "evidence_count": str(len(session.evidence)),
        "derivation": " | ".join(map(str, session.all_derivations())),
    }
    return row | _date_cells(session.when) | _place_cells(session.where)


def _event_row(event: Event) -> dict[str, str]:
    row = {
        "kind": event.kind.value,
        "series": event.related_to[0] if event.related_to else "",
        "ordinal": str(event.related_to[1]) if event.related_to else "",
        "participants": _names(event.participants),
        "summary": event.summary,
        "documents": _documents(event.evidence),
        "evidence_count": str(len(event.evidence)),
        "derivation": " | ".join(map(str, event.derivation)),
    }
    return row | _date_cells(event.date) | _place_cells(event.place)


def _documents(evidence: tuple[Any, ...]) -> str:
    return "; ".join(sorted({e.document for e in evidence}))


def _period_row(period: Period) -> dict[str, str]:
    return {
        "kind": "period",
        "summary": period.name,
        "date_earliest": f"{period.start_year:04d}-01-01",
        "date_latest": f"{period.end_year:04d}-12-31",
        "precision": Precision.YEAR.value,
        "documents": _documents(period.evidence),
        "evidence_count": str(len(period.evidence)),
    }


def _anniversary_row(item: Anniversary) -> dict[str, str]:
    return {
        "kind": "anniversary",
        "summary": item.name,
        "date_earliest": f"{item.year:04d}-01-01",
        "date_latest": f"{item.year:04d}-12-31",
        "precision": Precision.YEAR.value,
        "documents": _documents(item.evidence),
        "evidence_count": str(len(item.evidence)),
        "nth": str(item.nth),
        "origin_year": str(item.origin_year),
        "origin_date": item.origin_date.isoformat() if item.origin_date else "",
    }


def rows(timeline: Timeline) -> Iterator[dict[str, str]]:
    """One dict of CSV cells per row, in a stable order.

    Sessions (series by key, then ordinal), events (by date), periods (by start), then
    anniversaries (by origin year).

    >>> from vnlao_events import Anniversary, Timeline
    >>> row = next(rows(Timeline(anniversaries=[Anniversary(name="x", nth=60, year=2022)])))
    >>> row["kind"], row["origin_year"]
    ('anniversary', '1962')
    """
    empty = dict.fromkeys(CSV_COLUMNS, "")
    for session in timeline.sessions():
        yield empty | _session_row(session)
    for event in timeline.events:
        yield empty | _event_row(event)
    for period in sorted(timeline.periods, key=lambda p: (p.start_year, p.end_year, p.name)):
        yield empty | _period_row(period)
    for item in timeline.anniversaries:
        yield empty | _anniversary_row(item)


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


def _people_of(timeline: Timeline) -> Iterator[list[tuple[str, Participant]]]:
    """For each row of :func:`rows`, its people with their role, in the same order."""
    for session in timeline.sessions():
        yield [("co-chair", p) for p in session.co_chairs] + [
            ("participant", p) for p in session.participants
        ]
    for event in timeline.events:
        yield [("participant", p) for p in event.participants]
    for _ in timeline.periods:
        yield []
    for _ in timeline.anniversaries:
        yield []


def to_dataframe(timeline: Timeline, *, per_person: bool = False) -> Any:
    """A pandas DataFrame of the timeline (``pip install 'vnlao-events[pandas]'``).

    The CSV's columns, typed for pandas: dates are ``datetime64`` (``NaT`` when missing),
    ordinals and counts nullable integers, ``forecast`` and ``online`` booleans, text
    ``string`` with ``NA`` for a missing value, and ``co_chairs``, ``participants``,
    ``documents`` and ``derivation`` lists. With ``per_person=True`` the frame is long:
    one row per person of each row (``person``, ``role``, ``person_key``,
    ``person_country``), so ``frame.groupby("person")`` counts who met whom.

    >>> from vnlao_events import bundled_seeds, build_timeline
    >>> frame = to_dataframe(build_timeline(bundled_seeds()))
    >>> int(frame[frame["series"] == "political-consultation"]["ordinal"].max())
    11
    >>> len(frame.query("forecast")) >= 1
    True
    >>> people = to_dataframe(build_timeline(bundled_seeds()), per_person=True)
    >>> "Phạm Quang Hiệu" in set(people["person"])
    True

    Raises:
        ImportError: when pandas is not installed.
    """
    import pandas as pd  # noqa: PLC0415 - optional dependency

    from .names import Names  # noqa: PLC0415

    records: list[dict[str, Any]] = []
    for row in rows(timeline):
        record: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
        for column in _BOOL_COLUMNS:
            record[column] = row[column] == "yes"
        for column in _INT_COLUMNS:
            record[column] = int(row[column]) if row[column] else None
        for column in _FLOAT_COLUMNS:
            record[column] = float(row[column]) if row[column] else None
        for column, separator in (
            ("co_chairs", "; "), ("participants", "; "), ("documents", "; "),
            ("derivation", " | "),
        ):  # fmt: skip
            record[column] = row[column].split(separator) if row[column] else []
        records.append(record)
    frame = pd.DataFrame(records, columns=list(CSV_COLUMNS))
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column])
    for column in _INT_COLUMNS:
        frame[column] = pd.array([record[column] for record in records], dtype="Int64")
    for column in _FLOAT_COLUMNS:
        frame[column] = pd.array([record[column] for record in records], dtype="Float64")
    for column in _BOOL_COLUMNS:
        frame[column] = frame[column].astype(bool)
    for column in CSV_COLUMNS:
        if column not in (
            *_DATE_COLUMNS, *_INT_COLUMNS, *_FLOAT_COLUMNS, *_BOOL_COLUMNS, *_LIST_COLUMNS,
        ):  # fmt: skip
            frame[column] = frame[column].astype("string")
    if not per_person:
        return frame
    names = Names.of()
    index: list[int] = []
    people: list[dict[str, Any]] = []
    for number, row_people in enumerate(_people_of(timeline)):
        for role, person in row_people:
            index.append(number)
            people.append(
                {
                    "person": person.name,
                    "role": role,
                    "person_key": names.person_key(person),
                    "person_country": person.country,
                }
            )
    long = frame.iloc[index].reset_index(drop=True)
    extra = pd.DataFrame(people, columns=["person", "role", "person_key", "person_country"])
    return pd.concat([long, extra.astype("string")], axis=1)


def write_csv(timeline: Timeline, path_or_file: PathOrFile, *, bom: bool = True) -> None:
    """Write :func:`to_csv` to a path (atomically) or to an open file.

    The text starts with a UTF-8 byte-order mark unless ``bom=False``, so spreadsheets
    read Vietnamese right; the command line's ``-o FILE`` writes the same bytes.

    >>> import tempfile, pathlib
    >>> from vnlao_events import Timeline
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> write_csv(Timeline(), path)
    >>> path.read_text(encoding="utf-8-sig").startswith("kind,")
    True

    Raises:
        ExportError: when the file cannot be written.
        PathOrFileError: when ``path_or_file`` is neither a path nor an open file.
    """
    write_target(path_or_file, ("\ufeff" if bom else "") + to_csv(timeline), what="CSV")


register_shortcut("to_dataframe", to_dataframe)  # Timeline.to_dataframe()
