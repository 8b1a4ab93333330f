"""iCalendar (RFC 5545) export and import.

One VEVENT per session or event. A session known to the day (or to a range of days)
is an all-day event (``VALUE=DATE``, ``DTEND`` the day after the last day). A wider
window is a tentative, transparent all-day span, or is left out, as the caller
chooses. UIDs are stable (series key + ordinal), ``DTSTAMP`` comes from
``SOURCE_DATE_EPOCH`` when set, and every VEVENT carries its session as JSON in
``X-VNLAO-DATA`` so the file reads back into the same timeline.

>>> import vnlao_events as ve
>>> t = ve.infer(ve.assemble(ve.extract_all(ve.bundled_seeds())))
>>> text = to_ics(t)
>>> "UID:political-consultation-7@vnlao-events" in text
True
>>> from_ics(text).session("political-consultation", 7) == t.session("political-consultation", 7)
True
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import zoneinfo
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import icalendar

from .._catalogue import Catalogue
from .._dates import DateWindow, Precision, When
from .._io import write_atomic
from .._model import Event, EventKind, Evidence, Series, Session, Status, Timeline
from .._ordinals import ORDINAL_WORD_PATTERN, english_ordinal, parse_ordinal
from .._text import FoldedText
from ..exceptions import IcsImportError, ParseError, TimelineFormatError
from .json import _event, _read_event, _read_session, _Reader, _session, from_json, to_json

__all__ = ["from_ics", "to_ics", "write_ics"]

PRODID = "-//vnlao-events//vnlao-events 0.1//EN"
UID_DOMAIN = "vnlao-events"
_MAX_BYTES = 20 * 1024 * 1024


def _pack(data: object) -> str:
    """JSON in base64: survives every server's and library's re-escaping of TEXT values."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _unpack(value: str) -> Any:
    """Read :func:`_pack` output (or plain JSON, as earlier files wrote it)."""
    value = value.strip()
    if value.startswith(("{", "[")):
        return json.loads(value)
    return json.loads(base64.b64decode(value, validate=True).decode("utf-8"))


def _dtstamp() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def session_uid(session: Session) -> str:
    """The stable UID of a session: series key and ordinal (or date when unnumbered)."""
    if session.ordinal is not None:
        return f"{session.series}-{session.ordinal}@{UID_DOMAIN}"
    when = session.date.format_iso().replace("/", "_") if session.date else "undated"
    return f"{session.series}-{when}@{UID_DOMAIN}"


_SUMMARY_NOTE = {
    "vi": {"forecast": " (dự báo)", "inferred": " (suy luận)", "planned": " (dự kiến)"},
    "en": {"forecast": " (forecast)", "inferred": " (inferred)", "planned": " (planned)"},
}


def _summary(session: Session, names: Mapping[str, str], lang: str) -> str:
    name = names.get(lang) or names.get("en") or session.series
    if session.ordinal is None:
        text = name
    elif lang == "vi":
        text = f"{name} lần thứ {session.ordinal}"
    else:
        text = f"{english_ordinal(session.ordinal)} {name}"
    note = "forecast" if session.forecast else session.status.value
    return text + _SUMMARY_NOTE[lang].get(note, "")


def _span(when: When | None, imprecise: str) -> tuple[date, date, bool] | None:
    """(first day, day after the last, precise?) or ``None`` when the date is left out."""
    if when is None or when.window is None:
        return None
    window = when.window
    precise = window.precision in (Precision.DAY, Precision.DAYS) or window.is_day
    if not precise and imprecise == "omit":
        return None
    return window.earliest, window.latest + timedelta(days=1), precise


def _description(
    lines: list[str],
    evidence: tuple[Evidence, ...],
    derivation: tuple[str, ...],
    urls: Mapping[str, str],
) -> str:
    for item in evidence:
        quote = " ".join(item.quote.split())
        if len(quote) > 300:
            quote = quote[:297] + "..."
        source = urls.get(item.document, item.document)
        lines.append(f"Source: {source} [{item.start}:{item.end}]: “{quote}”")
    if derivation:
        lines.append("Derivation:")
        lines.extend(f"- {d}" for d in derivation)
    return "\n".join(lines)


def _vevent(
    uid: str,
    summary: str,
    span: tuple[date, date, bool],
    status: str,
    stamp: datetime,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", 0)
    event.add("summary", summary)
    event.add("dtstart", span[0])
    event.add("dtend", span[1])
    precise = span[2]
    event.add("status", status if precise else "TENTATIVE")
    event.add("transp", "OPAQUE" if precise and status == "CONFIRMED" else "TRANSPARENT")
    return event


def _add_place(event: icalendar.Event, session_place: Any) -> None:
    if session_place is None:
        return
    label = session_place.label()
    if label:
        event.add("location", label)
    if session_place.latitude is not None and session_place.longitude is not None:
        event.add("geo", (session_place.latitude, session_place.longitude))


def _likely_when(session: Session, when: When | None) -> When | None:
    """A date the series implies is shown as its likely window; a forecast has no other."""
    if not (session.status is Status.INFERRED or session.date is None):
        return when  # a stated date stays as stated
    if session.likely is not None:
        likely = session.likely
        return When.of(DateWindow(likely.earliest, likely.latest, Precision.WINDOW))
    return None if session.forecast else when  # never a multi-year banner for a forecast


def to_ics(
    timeline: Timeline,
    *,
    lang: str = "vi",
    include_inferred: bool = True,
    imprecise: str = "tentative",
    urls: Mapping[str, str] | None = None,
    catalogue: Catalogue | None = None,
    name: str = "Việt Nam – Lào: các cơ chế hợp tác",
) -> str:
    """The timeline as iCalendar text.

    >>> from vnlao_events import Timeline
    >>> to_ics(Timeline()).splitlines()[0]
    'BEGIN:VCALENDAR'

    Args:
        timeline: the timeline.
        lang: ``"vi"`` or ``"en"``, for summaries.
        include_inferred: whether inferred sessions and forecasts are written.
        imprecise: ``"tentative"`` writes a window wider than a day as a tentative all-day
            span; ``"omit"`` leaves such sessions out.
        urls: document id → URL, for ``URL`` and the sources in ``DESCRIPTION``.
        catalogue: for the series' names; the built-in one by default.
        name: the calendar's name (``X-WR-CALNAME``).

    Raises:
        ValueError: for an unknown ``lang`` or ``imprecise``, naming the choices.
    """
    if lang not in ("vi", "en"):
        raise ValueError(f"'lang' must be 'vi' or 'en' (got {lang!r}).")
    if imprecise not in ("tentative", "omit"):
        raise ValueError(f"'imprecise' must be 'tentative' or 'omit' (got {imprecise!r}).")
    cat = catalogue or Catalogue.default()
    links = dict(urls or {})
    stamp = _dtstamp()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add(
        "x-wr-caldesc",
        "Sessions of recurring Vietnam–Laos mechanisms with their sources and derivations"
        " (vnlao-events).",
    )
    unplaced: list[dict[str, Any]] = []
    for series in timeline.series:
        kept: list[dict[str, Any]] = []  # sessions with no place on a calendar (open year)
        unplaced.append({"key": series.key, "names": dict(series.names), "sessions": kept})
        names = series.names or (
            cat.mechanisms[series.key].names if series.key in cat.mechanisms else {}
        )
        for session in series.sessions:
            if session.status is Status.INFERRED and not include_inferred:
                continue
            when = session.date
            if (
                when is None
                and session.ordinal is not None
                and session.inferred_window is not None
                and include_inferred
            ):
                when = When.of(session.inferred_window)  # no source dates it; the series does
            when = _likely_when(session, when)
            span = _span(when, imprecise)
            if span is None:
                kept.append(_session(session))
                continue
            status = "CONFIRMED" if session.status is Status.HELD else "TENTATIVE"
            event = _vevent(
                session_uid(session), _summary(session, names, lang), span, status, stamp
            )
            _add_place(event, session.place)
            lines = [
                f"Status: {session.status.value}" + (" (forecast)" if session.forecast else "")
            ]
            if session.likely is not None:
                lines.append(f"Likely: {session.likely.format_iso()} ({session.likely.level:.0%})")
            if session.co_chairs:
                lines.append("Co-chairs: " + ", ".join(c.name for c in session.co_chairs))
            event.add(
                "description", _description(lines, session.evidence, session.derivation, links)
            )
            url = next((links[e.document] for e in session.evidence if e.document in links), None)
            if url:
                event.add("url", url)
            event.add("categories", [series.key])
            event.add("x-vnlao-kind", "session")
            event.add("x-vnlao-series", series.key)
            if session.ordinal is not None:
                event.add("x-vnlao-ordinal", str(session.ordinal))
            event.add("x-vnlao-status", session.status.value)
            if session.date is not None:
                event.add("x-vnlao-window", session.date.format_iso())
                event.add("x-vnlao-precision", session.date.precision.value)
            event.add(
                "x-vnlao-data",
                _pack(_session(session)),
            )
            calendar.add_component(event)
    unplaced_events: list[dict[str, Any]] = []
    for item in timeline.events:
        span = _span(item.date, imprecise)
        if span is None:
            unplaced_events.append(_event(item))
            continue
        event = _vevent(
            f"event-{item.uid_key()}@{UID_DOMAIN}", item.summary, span, "CONFIRMED", stamp
        )
        _add_place(event, item.place)
        event.add(
            "description",
            _description([f"Kind: {item.kind.value}"], item.evidence, item.derivation, links),
        )
        url = next((links[e.document] for e in item.evidence if e.document in links), None)
        if url:
            event.add("url", url)
        event.add("categories", [item.kind.value])
        if item.related_to is not None:
            event.add("related-to", f"{item.related_to[0]}-{item.related_to[1]}@{UID_DOMAIN}")
        event.add("x-vnlao-kind", "event")
        event.add("x-vnlao-data", _pack(_event(item)))
        calendar.add_component(event)
    rest = to_json(attrs.evolve(timeline, series=(), events=()))
    rest["series"] = unplaced
    rest["events"] = unplaced_events
    calendar.add("x-vnlao-rest", _pack(rest))
    payload: bytes = calendar.to_ical()
    return payload.decode("utf-8")


def write_ics(timeline: Timeline, path: str | Path, **options: Any) -> None:
    """Write :func:`to_ics` output to ``path`` atomically (options as for :func:`to_ics`).

    >>> import tempfile, pathlib
    >>> from vnlao_events import Timeline
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.ics"
    >>> write_ics(Timeline(), path)
    >>> path.read_text().startswith("BEGIN:VCALENDAR")
    True

    Raises:
        ExportError: when the file cannot be written.
    """
    write_atomic(path, to_ics(timeline, **options))


# ------------------------------------------------------------------------------ import

_CONTENT_LINE = re.compile(r"[A-Za-z0-9-]+(?:;[^:]*)?:")


def _check_structure(text: str, source: str) -> list[str]:
    """Line-level checks icalendar's lenient parser does not make; returns warnings."""
    stack: list[tuple[str, int]] = []
    warnings: list[str] = []
    known_tz = set(re.findall(r"(?m)^TZID:(.+?)\r?$", text))
    saw_calendar = False
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.removesuffix("\r")
        if not line or line[0] in " \t":
            if line and number == 1:
                raise IcsImportError(
                    f"{source}:1: a continuation line cannot come first.", source=source, line=1
                )
            continue
        if not _CONTENT_LINE.match(line):
            raise IcsImportError(
                f"{source}:{number}: not an iCalendar content line: {line[:60]!r} (expected"
                " NAME[;PARAM]:VALUE; a long line must be folded with a leading space).",
                source=source,
                line=number,
            )
        upper = line.upper()
        if upper.startswith("BEGIN:"):
            name = upper[6:].strip()
            saw_calendar = saw_calendar or name == "VCALENDAR"
            stack.append((name, number))
        elif upper.startswith("END:"):
            name = upper[4:].strip()
            if not stack or stack[-1][0] != name:
                expected = f"END:{stack[-1][0]}" if stack else "nothing"
                raise IcsImportError(
                    f"{source}:{number}: END:{name} does not match (expected {expected}).",
                    source=source,
                    line=number,
                )
            stack.pop()
        for raw_tzid in re.findall(r";TZID=([^;:]+)", line):
            tzid = raw_tzid.strip('"')
            if tzid in known_tz:
                continue
            try:
                zoneinfo.ZoneInfo(tzid)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                warnings.append(
                    f"{source}:{number}: unknown time zone {tzid!r}; its local date is kept"
                )
    if stack:
        name, number = stack[-1]
        raise IcsImportError(
            f"{source}:{number}: BEGIN:{name} is never closed (missing END:{name}).",
            source=source,
            line=number,
        )
    if not saw_calendar:
        raise IcsImportError(f"{source}: no BEGIN:VCALENDAR found.", source=source, line=1)
    return warnings


def _local_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()  # the local date in the event's own time zone
    if isinstance(value, date):
        return value
    raise TypeError(f"not a date: {value!r}")


def _guess_session(summary: str, catalogue: Catalogue) -> tuple[str, int | None] | None:
    folded = FoldedText.of(summary)
    hits = catalogue.find("mechanisms", folded.plain)
    if not hits:
        return None
    match = re.search(
        r"(?:lân thư\s+|ky hop\s+(?:thư\s+)?|#\s*)(" + ORDINAL_WORD_PATTERN + r")|\b(\d{1,3}"
        r"(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
        folded.toneless,
    )
    ordinal = None
    if match:
        try:
            ordinal = parse_ordinal(match.group(1) or match.group(2))
        except ParseError:
            ordinal = None
    return hits[0][2], ordinal


def _kind_of(summary: str) -> EventKind:
    text = summary.lower()
    for kind, words in (
        (EventKind.VISIT, ("visit", "thăm")),
        (EventKind.RECEPTION, ("recept", "receiv", "tiếp", "hội kiến")),
        (EventKind.CALL, ("call", "phone", "điện đàm", "online")),
    ):
        if any(w in text for w in words):
            return kind
    return EventKind.TALKS


def from_ics(
    data: str | bytes,
    source: str = "<string>",
    *,
    catalogue: Catalogue | None = None,
    max_bytes: int = _MAX_BYTES,
) -> Timeline:
    r"""Read an iCalendar file into a timeline.

    VEVENTs written by :func:`to_ics` come back exactly. Others become sessions when the
    summary names a catalogued mechanism (with its ordinal if given), and events
    otherwise; timed events keep their local date.

    >>> lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "BEGIN:VEVENT", "UID:1",
    ...          "DTSTAMP:20250101T000000Z", "DTSTART;VALUE=DATE:20250109",
    ...          "SUMMARY:Kỳ họp lần thứ 47 Ủy ban liên Chính phủ", "END:VEVENT", "END:VCALENDAR"]
    >>> text = "\r\n".join(lines) + "\r\n"
    >>> from_ics(text).session("intergovernmental-committee", 47).date.format_iso()
    '2025-01-09'

    Raises:
        IcsImportError: for a file that is not UTF-8, too large, badly folded, has a
            missing END or an invalid date, naming the line and the problem.
    """
    cat = catalogue or Catalogue.default()
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    if len(raw) > max_bytes:
        raise IcsImportError(
            f"{source}: the file is {len(raw) / 1e6:.1f} MB, larger than the"
            f" {max_bytes / 1e6:.1f} MB limit (pass max_bytes= to allow it).",
            source=source,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise IcsImportError(
            f"{source}:{line}: not UTF-8 text.", source=source, line=line
        ) from None
    warnings = _check_structure(text, source)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        raise IcsImportError(f"{source}: cannot parse iCalendar: {error}", source=source) from None
    sessions: dict[str, list[Session]] = {}
    events: list[Event] = []
    names: dict[str, dict[str, str]] = {}
    for index, component in enumerate(calendar.walk("VEVENT")):
        uid = str(component.get("uid", f"#{index + 1}"))
        where = f"{source}: VEVENT {uid}"
        payload = component.get("x-vnlao-data")
        kind = str(component.get("x-vnlao-kind", ""))
        if payload is not None:
            try:
                data_obj = _unpack(str(payload))
            except (json.JSONDecodeError, binascii.Error, ValueError) as error:
                raise IcsImportError(
                    f"{where}: X-VNLAO-DATA is not base64 JSON ({error}).", source=source
                ) from None
            try:
                if kind == "session":
                    key = str(component.get("x-vnlao-series", ""))
                    session = _read_session(data_obj, key, _Reader(f"{uid}"))
                    sessions.setdefault(key, []).append(session)
                    if key in cat.mechanisms:
                        names.setdefault(key, dict(cat.mechanisms[key].names))
                else:
                    events.append(_read_event(data_obj, _Reader(f"{uid}")))
            except TimelineFormatError as error:
                raise IcsImportError(f"{where}: {error}", source=source) from None
            continue
        try:
            start = _local_date(component.decoded("dtstart"))
            end_value = component.decoded("dtend") if "dtend" in component else None
        except (KeyError, ValueError, TypeError) as error:
            raise IcsImportError(
                f"{where}: invalid or missing DTSTART/DTEND ({error}).", source=source
            ) from None
        last = start
        if end_value is not None:
            end = _local_date(end_value)
            timed = isinstance(component.decoded("dtstart"), datetime)
            last = end if timed else end - timedelta(days=1)
            if last < start:
                warnings.append(f"{where}: DTEND before DTSTART; the start day is used")
                last = start
        window = DateWindow(start, last, Precision.DAY if start == last else Precision.DAYS)
        summary = str(component.get("summary", ""))
        guess = _guess_session(summary, cat)
        evidence = (Evidence(document=source, start=0, end=len(summary), quote=summary),)
        if guess is not None:
            key, ordinal = guess
            status = str(component.get("status", "")).upper()
            session = Session(
                series=key,
                ordinal=ordinal,
                status=Status.HELD if status == "CONFIRMED" else Status.HELD_OR_PLANNED,
                date=When.of(window),
                evidence=evidence,
                derivation=(f"read from the iCalendar event {uid!r}",),
            )
            sessions.setdefault(key, []).append(session)
            names[key] = dict(cat.mechanisms[key].names)
        else:
            events.append(
                Event(
                    kind=_kind_of(summary), summary=summary, date=When.of(window), evidence=evidence
                )
            )
    rest_text = calendar.get("x-vnlao-rest")
    rest = Timeline()
    if rest_text is not None:
        try:
            rest = from_json(_unpack(str(rest_text)))
        except (TimelineFormatError, binascii.Error, ValueError) as error:
            raise IcsImportError(f"{source}: X-VNLAO-REST: {error}", source=source) from None
    for extra in rest.series:
        sessions.setdefault(extra.key, []).extend(extra.sessions)
        names[extra.key] = dict(extra.names)
    series = [Series(key=k, names=names.get(k, {}), sessions=v) for k, v in sessions.items()]
    return Timeline(
        series=series,
        events=[*events, *rest.events],
        periods=rest.periods,
        anniversaries=rest.anniversaries,
        conflicts=rest.conflicts,
        warnings=(*rest.warnings, *warnings),
    )


def read_ics(path: str | Path, **options: Any) -> Timeline:
    """Read an iCalendar file from disk (options as for :func:`from_ics`).

    Raises:
        IcsImportError: when the file cannot be read or parsed.
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise IcsImportError(f"{name}: cannot read: {error.strerror}.", source=name) from None
    return from_ics(data, name, **options)
