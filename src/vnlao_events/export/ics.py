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
import hashlib
import json
import os
import re
import zoneinfo
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs
import icalendar

from .._catalogue import Catalogue
from .._dates import DateWindow, Precision, When
from .._derivation import Derivation, word
from .._io import PathOrFile, read_source, write_target
from .._kinds import Choice, Lang
from .._model import (
    Anniversary,
    Event,
    EventKind,
    Evidence,
    Period,
    Place,
    Series,
    Session,
    Status,
    Timeline,
)
from .._ordinals import ORDINAL_WORD_PATTERN, english_ordinal, parse_ordinal
from .._text import FoldedText
from ..exceptions import IcsImportError, ParseError, PathOrFileError, TimelineFormatError
from .json import (
    Reader,
    anniversary_dict,
    event_dict,
    from_dict,
    period_dict,
    read_anniversary,
    read_event,
    read_period,
    read_session,
    session_dict,
    to_dict,
)
from .names import Names, check_lang

__all__ = ["MAX_QUOTES", "Imprecise", "from_ics", "read_ics", "to_ics", "write_ics"]

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
    number = session.number
    if number is not None:
        return f"{session.series}-{number}@{UID_DOMAIN}"
    when = session.date.format_iso().replace("/", "_") if session.date else "undated"
    return f"{session.series}-{when}@{UID_DOMAIN}"


class Imprecise(Choice):
    """What :func:`to_ics` does with a date wider than a day.

    >>> Imprecise.of("omit") is Imprecise.OMIT
    True
    """

    TENTATIVE = "tentative"  # a tentative all-day span over the whole window
    OMIT = "omit"  # left out of the calendar


_SUMMARY_NOTE = ("forecast", "inferred", "planned")  # noted after a session's summary
#: The calendar's labels by key, in English; each is put into the calendar's language by the
#: phrase table (``[words]`` in data/derivations.toml).
LABELS: dict[str, str] = {
    "status": "Status", "co-chairs": "Co-chairs", "derivation": "Derivation",
    "kind": "Kind", "more": "and {n} more sources", "source": "Source", "likely": "Likely",
    "anniversary": "{nth} anniversary of {name} (since {origin})",
}  # fmt: skip
_PERIOD = "{name} ({start}–{end})"


def _words(lang: str) -> dict[str, str]:
    return {key: word(text, lang) for key, text in LABELS.items()}


#: How many quotes a DESCRIPTION holds at most; the rest are counted ("and N more").
MAX_QUOTES = 3


def _summary(session: Session, names: Names, lang: str) -> str:
    name = names.series_name(session.series, lang)
    number = session.number
    if number is None:
        text = name
    elif lang == "vi":
        text = f"{name} lần thứ {number}"
    else:
        text = f"{english_ordinal(number)} {name}"
    note = "forecast" if session.forecast else session.status.value
    return text + (f" ({word(note, lang)})" if note in _SUMMARY_NOTE else "")


def _span(when: When | None, imprecise: Imprecise) -> tuple[date, date, bool] | None:
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
    derivation: tuple[Derivation, ...],
    urls: Mapping[str, str],
    lang: str,
    max_quotes: int,
) -> str:
    """The head lines, the derivation, then at most ``max_quotes`` distinct quotes."""
    words = _words(lang)
    if derivation:
        lines.append(f"{words['derivation']}:")
        lines.extend(f"- {d.render(lang)}" for d in derivation)
    quotes: dict[str, Evidence] = {}
    for item in evidence:  # the same sentence in several documents is quoted once
        quotes.setdefault(" ".join(item.quote.split()), item)
    for quote, item in list(quotes.items())[:max_quotes]:
        shown = quote if len(quote) <= 300 else quote[:297] + "..."
        source = urls.get(item.document, item.document)
        lines.append(f"{words['source']}: {source} [{item.start}:{item.end}]: “{shown}”")
    if len(quotes) > max_quotes:
        lines.append(words["more"].format(n=len(quotes) - max_quotes))
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


def _add_place(event: icalendar.Event, place: Place | None, names: Names, lang: str) -> None:
    if place is None:
        return
    label = names.place_label(place, lang)
    if label:
        event.add("location", label)
    if place.latitude is not None and place.longitude is not None:
        event.add("geo", (place.latitude, place.longitude))


def _digest(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _likely_when(session: Session, when: When | None) -> When | None:
    """A date the series implies is shown as its likely window; a forecast has no other."""
    if not (session.status is Status.INFERRED or session.when is None):
        return when  # a stated date stays as stated
    if session.likely is not None:
        likely = session.likely.value
        return When.of(DateWindow(likely.earliest, likely.latest, Precision.WINDOW))
    return None if session.forecast else when  # never a multi-year banner for a forecast


def to_ics(
    timeline: Timeline,
    *,
    lang: Lang | str = Lang.EN,
    include_inferred: bool = True,
    imprecise: Imprecise | str = Imprecise.TENTATIVE,
    urls: Mapping[str, str] | None = None,
    catalogue: Catalogue | None = None,
    name: str | None = None,
    max_quotes: int = MAX_QUOTES,
) -> str:
    """The timeline as iCalendar text.

    One VEVENT per session, event and period, and a yearly recurring one per anniversary
    whose origin day is known (a year-long one otherwise). A DESCRIPTION holds the
    derivation and at most ``max_quotes`` distinct quotes, so the file grows with events,
    not with the number of articles repeating them.

    >>> from vnlao_events import Timeline
    >>> to_ics(Timeline()).splitlines()[0]
    'BEGIN:VCALENDAR'

    Args:
        timeline: the timeline.
        lang: ``"en"`` or ``"vi"``, for summaries, places and descriptions.
        include_inferred: whether inferred sessions and forecasts are written.
        imprecise: ``"tentative"`` writes a window wider than a day as a tentative all-day
            span; ``"omit"`` leaves such sessions and events out, entirely.
        urls: document id → URL, for ``URL`` and the sources in ``DESCRIPTION``.
        catalogue: for the series' and places' names; the built-in one by default.
        name: the calendar's name (``X-WR-CALNAME``); by default one in ``lang``.
        max_quotes: the most quotes one DESCRIPTION holds.

    Raises:
        ValueError: for an unknown ``lang`` or ``imprecise``, naming the choices.
    """
    lang = check_lang(lang)
    imprecise = Imprecise.of(imprecise)
    names = Names.of(catalogue)
    words = _words(lang)
    links = dict(urls or {})
    stamp = _dtstamp()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name or names.catalogue.title(lang))
    calendar.add("x-wr-caldesc", f"{names.catalogue.description(lang)} (vnlao-events).")
    unplaced: list[dict[str, Any]] = []
    for series in timeline.series:
        kept: list[dict[str, Any]] = []  # sessions no calendar can place (open year, no date)
        unplaced.append({"key": series.key, "names": dict(series.names), "sessions": kept})
        for session in series.sessions:
            if session.status is Status.INFERRED and not include_inferred:
                continue
            when = session.when
            if (
                when is None
                and session.number is not None
                and session.series_window is not None
                and include_inferred
            ):
                when = When.of(session.series_window)  # no source dates it; the series does
            when = _likely_when(session, when)
            span = _span(when, imprecise)
            if span is None:
                if imprecise == "tentative":  # not placeable, yet not left out on request
                    kept.append(session_dict(session))
                continue
            status = "CONFIRMED" if session.status is Status.HELD else "TENTATIVE"
            event = _vevent(
                session_uid(session), _summary(session, names, lang), span, status, stamp
            )
            _add_place(event, session.where, names, lang)
            lines = [
                f"{words['status']}: {word(session.status.value, lang)}"
                + (f" ({word('forecast', lang)})" if session.forecast else "")
            ]
            if session.likely is not None:
                likely = session.likely.value
                lines.append(f"{words['likely']}: {likely.format_iso()} ({likely.level:.0%})")
            if session.co_chairs:
                lines.append(
                    f"{words['co-chairs']}: " + ", ".join(c.name for c in session.co_chairs)
                )
            event.add(
                "description",
                _description(
                    lines, session.evidence, session.all_derivations(), links, lang, max_quotes
                ),
            )
            url = next((links[e.document] for e in session.evidence if e.document in links), None)
            if url:
                event.add("url", url)
            event.add("categories", [series.key])
            event.add("x-vnlao-kind", "session")
            event.add("x-vnlao-series", series.key)
            if session.number is not None:
                event.add("x-vnlao-ordinal", str(session.number))
            event.add("x-vnlao-status", session.status.value)
            if session.when is not None:
                event.add("x-vnlao-window", session.when.format_iso())
                event.add("x-vnlao-precision", session.when.precision.value)
            event.add("x-vnlao-data", _pack(session_dict(session)))
            calendar.add_component(event)
    unplaced_events: list[dict[str, Any]] = []
    for item in timeline.events:
        span = _span(item.date, imprecise)
        if span is None:
            if imprecise == "tentative":
                unplaced_events.append(event_dict(item))
            continue
        event = _vevent(
            f"event-{item.uid_key()}@{UID_DOMAIN}", item.summary, span, "CONFIRMED", stamp
        )
        _add_place(event, item.place, names, lang)
        event.add(
            "description",
            _description(
                [f"{words['kind']}: {item.kind.value}"],
                item.evidence,
                item.derivation,
                links,
                lang,
                max_quotes,
            ),
        )
        url = next((links[e.document] for e in item.evidence if e.document in links), None)
        if url:
            event.add("url", url)
        event.add("categories", [item.kind.value])
        if item.related_to is not None:
            event.add("related-to", f"{item.related_to[0]}-{item.related_to[1]}@{UID_DOMAIN}")
        event.add("x-vnlao-kind", "event")
        event.add("x-vnlao-data", _pack(event_dict(item)))
        calendar.add_component(event)
    for period in timeline.periods:
        span = (date(period.start_year, 1, 1), date(period.end_year + 1, 1, 1), True)
        summary = _PERIOD.format(name=period.name, start=period.start_year, end=period.end_year)
        uid = f"period-{_digest(period.name, period.start_year, period.end_year)}@{UID_DOMAIN}"
        event = _vevent(uid, summary, span, "CONFIRMED", stamp)
        event["transp"] = icalendar.vText("TRANSPARENT")  # a term, not a busy time
        event.add("description", _description([], period.evidence, (), links, lang, max_quotes))
        event.add("categories", ["period"])
        event.add("x-vnlao-kind", "period")
        event.add("x-vnlao-data", _pack(period_dict(period)))
        calendar.add_component(event)
    for anniversary in timeline.anniversaries:
        calendar.add_component(
            _anniversary_event(anniversary, words, stamp, links, lang, max_quotes, imprecise)
        )
    rest = to_dict(attrs.evolve(timeline, series=(), events=(), periods=(), anniversaries=()))
    rest["series"] = unplaced  # every series' names, and the sessions no calendar can place
    rest["events"] = unplaced_events
    calendar.add("x-vnlao-rest", _pack(rest))
    payload: bytes = calendar.to_ical()
    return payload.decode("utf-8")


def _anniversary_event(
    item: Anniversary,
    words: Mapping[str, str],
    stamp: datetime,
    links: Mapping[str, str],
    lang: str,
    max_quotes: int,
    imprecise: Imprecise,
) -> icalendar.Event:
    nth = str(item.nth) if lang == "vi" else english_ordinal(item.nth)
    summary = words["anniversary"].format(nth=nth, name=item.name, origin=item.origin_year)
    uid = f"anniversary-{_digest(item.name, item.origin_year)}@{UID_DOMAIN}"
    origin = item.origin_date
    if origin is not None:  # the day is known: every year from it
        day = (origin, origin + timedelta(days=1), True)
        event = _vevent(uid, summary, day, "CONFIRMED", stamp)
        event.add("rrule", {"freq": "yearly"})
    else:  # only the year it is marked in
        span = (date(item.year, 1, 1), date(item.year + 1, 1, 1), imprecise == "omit")
        event = _vevent(uid, summary, span, "TENTATIVE", stamp)
    event["transp"] = icalendar.vText("TRANSPARENT")
    event.add("description", _description([], item.evidence, (), links, lang, max_quotes))
    event.add("categories", ["anniversary"])
    event.add("x-vnlao-kind", "anniversary")
    event.add("x-vnlao-data", _pack(anniversary_dict(item)))
    return event


def write_ics(timeline: Timeline, path_or_file: PathOrFile, **options: Any) -> None:
    """Write :func:`to_ics` to a path (atomically) or an open file (options as for to_ics).

    >>> import tempfile, pathlib
    >>> from vnlao_events import Timeline
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.ics"
    >>> write_ics(Timeline(), path)
    >>> path.read_text().startswith("BEGIN:VCALENDAR")
    True

    Raises:
        ExportError: when the file cannot be written.
        PathOrFileError: when ``path_or_file`` is neither a path nor an open file.
    """
    write_target(path_or_file, to_ics(timeline, **options), what="calendar")


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
        head = _PARAMS_PART.match(line)  # name and parameters: a value may hold ";TZID="
        for raw_tzid in re.findall(r";TZID=([^;:]+)", head.group(0) if head else ""):
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


# A content line's name and parameters: everything before the first colon outside quotes.
_PARAMS_PART = re.compile(r'[^:"]*(?:"[^"]*"[^:"]*)*')


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
    if not isinstance(data, str | bytes):
        hint = " (to read a file, use read_ics)" if isinstance(data, os.PathLike) else ""
        raise PathOrFileError(
            f"from_ics reads iCalendar text (got {type(data).__name__}){hint}.", value=data
        )
    if (
        isinstance(data, str)
        and "\n" not in data
        and data.lower().endswith((".ics", ".ical", ".icalendar"))
    ):
        raise IcsImportError(
            f"from_ics reads iCalendar text, not a file name (got {data!r});"
            " to read the file, use read_ics.",
            source=source,
        )
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
    periods: list[Period] = []
    anniversaries: list[Anniversary] = []
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
                    session = read_session(data_obj, key, Reader(f"{uid}"))
                    sessions.setdefault(key, []).append(session)
                    if key in cat.mechanisms:
                        names.setdefault(key, dict(cat.mechanisms[key].names))
                elif kind == "period":
                    r = Reader(f"{uid}")
                    periods.append(r.convert(read_period, data_obj, r))
                elif kind == "anniversary":
                    r = Reader(f"{uid}")
                    anniversaries.append(r.convert(read_anniversary, data_obj, r))
                else:
                    events.append(read_event(data_obj, Reader(f"{uid}")))
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
            rest = from_dict(_unpack(str(rest_text)))
        except (TimelineFormatError, binascii.Error, ValueError) as error:
            raise IcsImportError(f"{source}: X-VNLAO-REST: {error}", source=source) from None
    for extra in rest.series:
        sessions.setdefault(extra.key, []).extend(extra.sessions)
        names[extra.key] = dict(extra.names)
    series = [Series(key=k, names=names.get(k, {}), sessions=v) for k, v in sessions.items()]
    return Timeline(
        series=series,
        events=[*events, *rest.events],
        periods=[*periods, *rest.periods],
        anniversaries=[*anniversaries, *rest.anniversaries],
        conflicts=rest.conflicts,
        warnings=(*rest.warnings, *warnings),
    )


def read_ics(path_or_file: PathOrFile, **options: Any) -> Timeline:
    r"""Read an iCalendar file: a path or an open file (options as for :func:`from_ics`).

    >>> import io
    >>> read_ics(io.BytesIO(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
    ...                     b"END:VCALENDAR\r\n")).series
    ()

    Raises:
        IcsImportError: when the file cannot be read or parsed.
        PathOrFileError: when ``path_or_file`` is neither a path nor an open file.
    """
    try:
        data, name = read_source(path_or_file, what="calendar")
    except OSError as error:
        name = str(path_or_file)
        hint = ""
        if isinstance(path_or_file, str) and path_or_file.lstrip().startswith("BEGIN:"):
            hint = " (this looks like iCalendar text: use from_ics)"
        raise IcsImportError(
            f"{name[:60]!r}: cannot read: {error.strerror}{hint}.", source=name
        ) from None
    return from_ics(data, name, **options)
