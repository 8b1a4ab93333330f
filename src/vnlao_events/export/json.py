"""Lossless JSON for a timeline: the ``vnlao-events.timeline/2`` contract (``/1`` is read too).

The same convention as every format of the library: :func:`to_dict`/:func:`from_dict`
for Python values, :func:`to_json`/:func:`from_json` for text, :func:`write_json`/
:func:`read_json` for a path or an open file.

>>> import vnlao_events as ve
>>> t = ve.assemble(ve.extract_all(ve.bundled_seeds()))
>>> data = to_dict(t)
>>> data["schema"]
'vnlao-events.timeline/2'
>>> from_dict(data) == t
True
>>> from_json(to_json(t)) == t
True
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from importlib import resources
from json.encoder import encode_basestring
from typing import Any, Literal, TypeAlias, TypeVar, overload

import attrs

from .._catalogue import Catalogue
from .._dates import DateWindow, PartialDate, PartOfDay, Precision, When
from .._derivation import Derivation, FactRef, Rule, as_derivations
from .._io import PathOrFile, read_source, write_target
from .._kinds import ConflictKind
from .._model import (
    Anniversary,
    Conflict,
    ConflictRule,
    Event,
    EventKind,
    Evidence,
    Inferred,
    LikelyBasis,
    LikelyWindow,
    Participant,
    Period,
    Place,
    RejectedFact,
    Series,
    Session,
    Status,
    Timeline,
)
from ..exceptions import PathOrFileError, TimelineFormatError, VnlaoEventsError
from .names import Names

__all__ = [
    "SCHEMA_ID",
    "SCHEMA_IDS",
    "from_dict",
    "from_json",
    "iter_json",
    "json_schema",
    "read_json",
    "to_dict",
    "to_json",
    "write_json",
]

#: The schema identifier written in every timeline document.
SCHEMA_ID = "vnlao-events.timeline/2"
#: The schema identifiers read: the one written, and ``/1``, written by earlier releases.
SCHEMA_IDS = ("vnlao-events.timeline/1", SCHEMA_ID)
_V1 = SCHEMA_IDS[0]

T = TypeVar("T")
V = TypeVar("V")
J = TypeVar("J", bound="str | int")
#: A JSON value as the writers make it: text, a number, true/false, null, a list, an object.
JsonValue: TypeAlias = (
    "str | int | float | bool | Sequence[JsonValue] | Mapping[str, JsonValue] | None"
)
#: A JSON object as the writers make it.
JsonObject: TypeAlias = dict[str, JsonValue]


def _when(when: When | None) -> JsonObject | None:
    if when is None:
        return None
    return {
        "earliest": when.earliest.isoformat() if when.earliest else None,
        "latest": when.latest.isoformat() if when.latest else None,
        "precision": when.precision.value,
        "part_of_day": when.part_of_day.value if when.part_of_day else None,
        "month_day": when.month_day.format_iso() if when.month_day else None,
        "month_day_end": when.month_day_end.format_iso() if when.month_day_end else None,
        "year_candidates": list(when.year_candidates),
    }


def _window(window: DateWindow | None) -> JsonObject | None:
    if window is None:
        return None
    return {
        "earliest": window.earliest.isoformat(),
        "latest": window.latest.isoformat(),
        "precision": window.precision.value,
    }


def _place(place: Place | None, names: Names | None = None) -> JsonObject | None:
    if place is None:
        return None
    data: JsonObject = {
        "venue": place.venue, "city": place.city, "province": place.province,
        "country": place.country, "online": place.online, "latitude": place.latitude,
        "longitude": place.longitude, "timezone": place.timezone,
    }  # fmt: skip
    if names is not None:  # derived from the catalogue: written, never read back
        data["keys"] = names.place_keys(place)
        data["names"] = names.place_names(place)
    return data


def _people(people: tuple[Participant, ...], names: Names | None = None) -> list[JsonObject]:
    out = []
    for p in people:
        item: JsonObject = {
            "written": p.written,
            "canonical": p.canonical,
            "country": p.country,
        }
        if names is not None:
            item["key"] = names.person_key(p)
        out.append(item)
    return out


def _evidence(items: tuple[Evidence, ...], raw: bool = False) -> Any:
    """The evidence as JSON values, or (``raw``) as it is, for the text writer to write."""
    if raw:
        return items
    return [
        {"document": e.document, "start": e.start, "end": e.end, "quote": e.quote} for e in items
    ]


def _inferred(
    value: Inferred[V] | None, write: Callable[[V], JsonValue], raw: bool = False
) -> JsonObject | None:
    if value is None:
        return None
    return {"value": write(value.value), "derivation": _derivations(value.derivation, raw)}


def _derivations(items: Iterable[Derivation], raw: bool = False) -> Any:
    """The derivations as JSON values, or (``raw``) as they are, for the text writer."""
    if raw:
        return tuple(items)
    return [derivation_dict(d) for d in items]


def _same(value: J) -> J:
    return value


def session_dict(session: Session, names: Names | None = None, *, raw: bool = False) -> JsonObject:
    """A session as ``vnlao-events.timeline/2`` writes it: stated fields, then inferred ones.

    With ``raw``, evidence and derivations are left as values for :func:`to_json`'s writer,
    which writes them as their JSON values are written.
    """
    return {
        "ordinal": session.ordinal,
        "status": session.status.value,
        "forecast": session.forecast,
        "date": _when(session.date),
        "not_before": session.not_before.isoformat() if session.not_before else None,
        "place": _place(session.place, names),
        "co_chairs": _people(session.co_chairs, names),
        "participants": _people(session.participants, names),
        "evidence": _evidence(session.evidence, raw),
        "derivation": _derivations(session.derivation, raw),
        "rejected": _rejected(session.rejected),
        "inferred_ordinal": _inferred(session.inferred_ordinal, _same, raw),
        "inferred_date": _inferred(session.inferred_date, _window, raw),
        "inferred_year": _inferred(session.inferred_year, _when, raw),
        "inferred_host": _inferred(session.inferred_host, _same, raw),
        "likely": _inferred(session.likely, _likely, raw),
    }


def event_dict(event: Event, names: Names | None = None, *, raw: bool = False) -> JsonObject:
    return {
        "id": event.uid_key(),
        "kind": event.kind.value,
        "summary": event.summary,
        "date": _when(event.date),
        "place": _place(event.place, names),
        "participants": _people(event.participants, names),
        "evidence": _evidence(event.evidence, raw),
        "related_to": (
            {"series": event.related_to[0], "ordinal": event.related_to[1]}
            if event.related_to
            else None
        ),
        "derivation": _derivations(event.derivation, raw),
    }


def period_dict(period: Period, *, raw: bool = False) -> JsonObject:
    return {
        "name": period.name,
        "start_year": period.start_year,
        "end_year": period.end_year,
        "evidence": _evidence(period.evidence, raw),
    }


def anniversary_dict(item: Anniversary, *, raw: bool = False) -> JsonObject:
    data: JsonObject = {
        "name": item.name,
        "nth": item.nth,
        "year": item.year,
        "origin_year": item.origin_year,
    }
    if item.origin_date is not None:
        data["origin_date"] = item.origin_date.isoformat()
    return data | {"evidence": _evidence(item.evidence, raw)}


def to_dict(timeline: Timeline, *, catalogue: Catalogue | None = None) -> JsonObject:
    """The timeline as a JSON-ready dict following ``vnlao-events.timeline/2``.

    Beside the names as the articles give them, every place carries the catalogue ``keys``
    of its parts and its ``names`` in each language, and every person their catalogue
    ``key`` (``None`` for someone the catalogue does not know).

    >>> from vnlao_events import Timeline
    >>> to_dict(Timeline())["series"]
    []

    Args:
        timeline: the timeline.
        catalogue: for keys and names; the built-in one by default.
    """
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in timeline_sections(timeline, Names.of(catalogue))
    }


def _series(series: Series, names: Names, raw: bool = False) -> JsonObject:
    return {
        "key": series.key,
        "names": dict(series.names),
        "sessions": [session_dict(x, names, raw=raw) for x in series.sessions],
    }


def _conflict_dict(conflict: Conflict, raw: bool = False) -> JsonObject:
    derivation: Any = conflict.derivation
    if derivation is not None and not raw:
        derivation = derivation_dict(derivation)
    return {
        "kind": conflict.kind,
        "message": conflict.message,
        "series": conflict.series,
        "ordinal": conflict.ordinal,
        "evidence": _evidence(conflict.evidence, raw),
        "rejected": _rejected(conflict.rejected),
        "derivation": derivation or None,
    }


def timeline_sections(
    timeline: Timeline, names: Names, *, raw: bool = False
) -> list[tuple[str, Any]]:
    """The top-level fields of :func:`to_dict`, each list as an iterator of its items.

    One definition for :func:`to_dict` and for :func:`to_json`, which writes each item as
    it is made rather than building the whole dict first. With ``raw``, evidence and
    derivations are left as values, which :func:`to_json`'s writer writes directly.
    """
    return [
        ("schema", SCHEMA_ID),
        ("series", (_series(s, names, raw) for s in timeline.series)),
        ("events", (event_dict(e, names, raw=raw) for e in timeline.events)),
        ("periods", (period_dict(p, raw=raw) for p in timeline.periods)),
        ("anniversaries", (anniversary_dict(a, raw=raw) for a in timeline.anniversaries)),
        ("conflicts", (_conflict_dict(c, raw) for c in timeline.conflicts)),
        ("warnings", iter(timeline.warnings)),
    ]


# ------------------------------------------------------ likely windows and rejected facts


def _likely(window: LikelyWindow) -> JsonObject:
    return {
        "earliest": window.earliest.isoformat(),
        "latest": window.latest.isoformat(),
        "level": window.level,
        "basis": window.basis.value,
        "most_likely": window.most_likely.isoformat() if window.most_likely else None,
    }


def _rejected(fact: RejectedFact | None) -> JsonObject | None:
    if fact is None:
        return None
    return {
        "series": fact.series,
        "ordinal": fact.ordinal,
        "rule": fact.rule.value,
        "stated": fact.stated,
        "documents": list(fact.documents),
        "contradicts": list(fact.contradicts),
    }


def _read_likely(data: object, r: Reader) -> LikelyWindow | None:
    if data is None:
        return None
    first = _read_date(r.get(data, "earliest", str), r.at("earliest"))
    last = _read_date(r.get(data, "latest", str), r.at("latest"))
    best = r.get(data, "most_likely", str, optional=True)
    basis = r.get(data, "basis", str, optional=True) or LikelyBasis.GAPS.value
    return r.convert(
        lambda: LikelyWindow(
            earliest=first,
            latest=last,
            level=float(r.number(data, "level")),
            basis=LikelyBasis(basis),
            most_likely=_read_date(best, r.at("most_likely")) if best else None,
        )
    )


def _read_rejected(data: object, r: Reader) -> RejectedFact | None:
    if data is None:
        return None
    return r.convert(
        lambda: RejectedFact(
            series=r.get(data, "series", str),
            ordinal=r.get(data, "ordinal", int),
            rule=ConflictRule(r.get(data, "rule", str)),
            stated=r.get(data, "stated", str),
            documents=_read_strings(r.mapping(data).get("documents", []), r.at("documents")),
            contradicts=tuple(r.get(data, "contradicts", list, optional=True) or ()),
        )
    )


def _read_v1_likely(data: Mapping[str, object], r: Reader) -> LikelyWindow | None:
    """A ``/1`` likely window: in ``date.likely``, or ``inferred_window.likely``."""
    holder, at = data.get("date"), "date"
    if not isinstance(holder, Mapping) or holder.get("likely") is None:
        holder, at = data.get("inferred_window"), "inferred_window"
    likely = holder.get("likely") if isinstance(holder, Mapping) else None
    return _read_likely(likely, r.at(at).at("likely"))


def to_json(timeline: Timeline, *, catalogue: Catalogue | None = None) -> str:
    """The timeline as JSON text (indented, keys in contract order, non-ASCII kept).

    >>> from vnlao_events import Timeline
    >>> to_json(Timeline()).splitlines()[1]
    '  "schema": "vnlao-events.timeline/2",'

    Args:
        timeline: the timeline.
        catalogue: for the keys and names of places and people (see :func:`to_dict`).
    """
    return "".join(_json_chunks(timeline, catalogue))


def iter_json(timeline: Timeline, *, catalogue: Catalogue | None = None) -> Iterator[str]:
    """:func:`to_json`'s text in pieces, each made as it is written.

    A long timeline is then never held as one string (:func:`write_json` writes it so).

    >>> from vnlao_events import Timeline
    >>> "".join(iter_json(Timeline())) == to_json(Timeline())
    True
    """
    return _json_chunks(timeline, catalogue)


def _json_chunks(timeline: Timeline, catalogue: Catalogue | None) -> Iterator[str]:
    """:func:`to_json`'s text in pieces, each item of a list written as it is made.

    The text is ``json.dumps(to_dict(timeline), ensure_ascii=False, indent=2)`` to the
    byte, but neither the whole dict nor the standard library's pure-Python indenting
    encoder is needed: :func:`_encode_into` writes the same text about twice as fast.
    """
    out: list[str] = []
    sep = "{\n  "
    for key, value in timeline_sections(timeline, Names.of(catalogue), raw=True):
        out.append(f"{sep}{encode_basestring(key)}: ")
        sep = ",\n  "
        if isinstance(value, Iterator):
            _encode_items(value, out, 1)
        else:
            _encode_into(value, out, 1)
        if len(out) > _FLUSH_PIECES:
            yield "".join(out)
            out.clear()
    out.append("\n}\n")
    yield "".join(out)


_FLUSH_PIECES = 20_000  # pieces gathered before a chunk is handed on
_INDENTS = ["\n" + "  " * level for level in range(32)]


def _indent(level: int) -> str:
    return _INDENTS[level] if level < len(_INDENTS) else "\n" + "  " * level


def _float_text(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if value in (float("inf"), -float("inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _scalar_text(value: object) -> str | None:
    """A scalar as ``json.dumps`` writes it (``None`` for a value that is not a scalar)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float_text(value)
    return None


def _key_text(key: object) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    text = _scalar_text(key)
    if text is None:
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
    return text if text.startswith('"') else encode_basestring(text)


def _encode_items(items: Iterable[Any], out: list[str], level: int) -> None:
    """A list whose items come one at a time, as ``json.dumps(..., indent=2)`` writes it.

    An item may be an :class:`Evidence` or a :class:`Derivation` (see ``raw`` in
    :func:`timeline_sections`): it is written as its JSON value would be.
    """
    append = out.append
    inner = _indent(level + 1)
    sep = "[" + inner
    evidence = None
    for item in items:
        kind = type(item)
        if kind is str:
            append(sep + encode_basestring(item))
        elif kind is Evidence and type(item.start) is int and type(item.end) is int:
            if evidence is None:
                evidence = _evidence_parts(level + 1)
            before, start, end, quote, after = evidence
            append(
                f"{sep}{before}{_document_text(item.document)}{start}{item.start}{end}"
                f"{item.end}{quote}{encode_basestring(item.quote)}{after}"
            )
        elif kind is Derivation:
            append(sep + _derivation_json(item, level + 1))
        else:
            append(sep)
            _encode_into(item, out, level + 1)
        sep = "," + inner
    append("[]" if sep[0] == "[" else _indent(level) + "]")


@lru_cache(maxsize=64)
def _evidence_parts(level: int) -> tuple[str, str, str, str, str]:
    """The fixed text around an evidence's four values, for an evidence at ``level``."""
    field = _indent(level + 1)
    return (
        "{" + field + '"document": ',
        "," + field + '"start": ',
        "," + field + '"end": ',
        "," + field + '"quote": ',
        _indent(level) + "}",
    )


_document_text = lru_cache(maxsize=1 << 14)(encode_basestring)  # few ids, many evidence


def _derivation_json(derivation: Derivation, level: int) -> str:
    """A derivation's JSON text at ``level``: :func:`derivation_dict`'s, without the dict.

    The rule, the parameters (numbers and strings) and the text are written straight
    into their places; anything else (facts, a parameter of another type) by the encoder.
    """
    field = _indent(level + 1)
    params = derivation.arguments
    if not params:
        written = "{}"
    else:
        inner = _indent(level + 2)
        parts = []
        for key, value in params.items():
            if type(value) is str:
                parts.append(f"{inner}{encode_basestring(key)}: {encode_basestring(value)}")
            elif type(value) is int:
                parts.append(f"{inner}{encode_basestring(key)}: {int.__repr__(value)}")
            else:
                out: list[str] = []
                _encode_into(value, out, level + 2)
                parts.append(f"{inner}{_key_text(key)}: {''.join(out)}")
        written = "{" + ",".join(parts) + field + "}"
    facts = "[]"
    if derivation.facts:
        out = []
        _encode_items(derivation_dict(derivation)["facts"], out, level + 1)  # type: ignore[arg-type]
        facts = "".join(out)
    return (
        f'{{{field}"rule": {encode_basestring(derivation.rule.value)},{field}"params": {written},'
        f'{field}"facts": {facts},{field}"text": {encode_basestring(str(derivation))}'
        f"{_indent(level)}}}"
    )


def _encode_into(value: Any, out: list[str], level: int) -> None:
    """Append ``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it.

    >>> data = {"a": [1, 2.5, None, True, {}], "b": {"c": "é"}, "d": []}
    >>> out = []
    >>> _encode_into(data, out, 0)
    >>> "".join(out) == json.dumps(data, ensure_ascii=False, indent=2)
    True
    """
    append = out.append
    kind = type(value)
    if kind is dict or (kind is not list and kind is not tuple and isinstance(value, dict)):
        if not value:
            append("{}")
            return
        inner = _indent(level + 1)
        sep = "{" + inner
        for key, item in value.items():
            name = encode_basestring(key) if type(key) is str else _key_text(key)
            kind = type(item)
            if kind is str:
                append(f"{sep}{name}: {encode_basestring(item)}")
            elif item is None:
                append(f"{sep}{name}: null")
            elif kind is int:
                append(f"{sep}{name}: {int.__repr__(item)}")
            else:
                append(f"{sep}{name}: ")
                _encode_into(item, out, level + 1)
            sep = "," + inner
        append(_indent(level) + "}")
        return
    if kind is list or kind is tuple or isinstance(value, list | tuple):
        if not value:
            append("[]")
            return
        _encode_items(value, out, level)
        return
    if kind is Derivation:  # left as a value (see timeline_sections)
        append(_derivation_json(value, level))
        return
    if kind is Evidence:
        _encode_into(_evidence((value,))[0], out, level)
        return
    text = _scalar_text(value)
    if text is None:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    append(text)


def write_json(
    timeline: Timeline, path_or_file: PathOrFile, *, catalogue: Catalogue | None = None
) -> None:
    """Write :func:`to_json` to a path (atomically) or to an open file, piece by piece.

    >>> import tempfile, pathlib
    >>> from vnlao_events import Timeline
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.json"
    >>> write_json(Timeline(), path)
    >>> path.read_text().startswith("{")
    True

    Raises:
        ExportError: when the file cannot be written.
        PathOrFileError: when ``path_or_file`` is neither a path nor an open file.
    """
    write_target(path_or_file, iter_json(timeline, catalogue=catalogue), what="JSON")


# ------------------------------------------------------------------------------ reading


class Reader:
    """Reads JSON values with errors that say where (a JSON pointer) and what."""

    def __init__(self, pointer: str = "") -> None:
        self.pointer = pointer

    def at(self, key: str | int) -> Reader:
        return Reader(f"{self.pointer}/{key}")

    def fail(self, message: str) -> TimelineFormatError:
        return TimelineFormatError(f"{self.pointer or '/'}: {message}", pointer=self.pointer)

    def mapping(self, data: object) -> Mapping[str, object]:
        """``data`` as a JSON object, or an error saying what came instead."""
        if not isinstance(data, Mapping):
            raise self.fail(f"expected an object (got {type(data).__name__})")
        return data

    @overload
    def get(self, data: object, key: str, kind: type[T], optional: Literal[False] = ...) -> T: ...
    @overload
    def get(self, data: object, key: str, kind: type[T], optional: Literal[True]) -> T | None: ...
    def get(self, data: object, key: str, kind: type[T], optional: bool = False) -> T | None:
        """The value at ``key``, of type ``kind`` (``None`` when optional and absent or null)."""
        value = self._value(data, key, optional)
        if value is None and optional:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.at(key).fail(f"must be {kind.__name__} (got {value!r})")
        return value

    @overload
    def number(self, data: object, key: str, optional: Literal[False] = ...) -> float: ...
    @overload
    def number(self, data: object, key: str, optional: Literal[True]) -> float | None: ...
    def number(self, data: object, key: str, optional: bool = False) -> float | None:
        """The number at ``key``, an integer or not (``None`` when optional and absent)."""
        value = self._value(data, key, optional)
        if value is None and optional:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self.at(key).fail(f"must be int/float (got {value!r})")
        return value

    def _value(self, data: object, key: str, optional: bool) -> object:
        found = self.mapping(data)
        if key not in found:
            if optional:
                return None
            raise self.at(key).fail("is missing")
        return found[key]

    def convert(self, function: Callable[..., T], *args: object) -> T:
        try:
            return function(*args)
        except TimelineFormatError:
            raise
        except (VnlaoEventsError, ValueError, KeyError, TypeError) as error:
            raise self.fail(str(error)) from None


def _read_date(data: object, r: Reader) -> date:
    if not isinstance(data, str):
        raise r.fail(f"must be an ISO date (got {data!r})")
    return r.convert(lambda: date.fromisoformat(data))


def _read_when(data: object, r: Reader) -> When | None:
    if data is None:
        return None
    precision = r.convert(lambda: Precision(r.get(data, "precision", str)))
    pod_text = r.get(data, "part_of_day", str, optional=True)
    pod = r.convert(lambda: PartOfDay(pod_text)) if pod_text else None
    candidates = tuple(r.get(data, "year_candidates", list, optional=True) or ())
    month_day = r.get(data, "month_day", str, optional=True)
    if month_day:
        end = r.get(data, "month_day_end", str, optional=True)
        return r.convert(
            lambda: When.open_year(
                PartialDate.parse_iso(month_day),
                PartialDate.parse_iso(end) if end else None,
                pod,
                candidates,
            )
        )
    earliest = _read_date(r.get(data, "earliest", str), r.at("earliest"))
    latest = _read_date(r.get(data, "latest", str), r.at("latest"))
    return r.convert(
        lambda: When(
            window=DateWindow(earliest, latest, precision),
            part_of_day=pod,
            year_candidates=candidates,
        )
    )


def _read_window(data: object, r: Reader) -> DateWindow | None:
    if data is None:
        return None
    precision = r.convert(lambda: Precision(r.get(data, "precision", str)))
    earliest = _read_date(r.get(data, "earliest", str), r.at("earliest"))
    latest = _read_date(r.get(data, "latest", str), r.at("latest"))
    return r.convert(lambda: DateWindow(earliest, latest, precision))


def _read_place(data: object, r: Reader) -> Place | None:
    if data is None:
        return None
    return r.convert(
        lambda: Place(
            venue=r.get(data, "venue", str, optional=True),
            city=r.get(data, "city", str, optional=True),
            province=r.get(data, "province", str, optional=True),
            country=r.get(data, "country", str, optional=True),
            online=bool(r.get(data, "online", bool, optional=True)),
            latitude=r.number(data, "latitude", optional=True),
            longitude=r.number(data, "longitude", optional=True),
            timezone=r.get(data, "timezone", str, optional=True),
        )
    )


def _read_people(data: object, r: Reader) -> tuple[Participant, ...]:
    if not isinstance(data, list):
        raise r.fail("must be a list")
    return tuple(r.at(i).convert(_participant, item, r.at(i)) for i, item in enumerate(data))


def _participant(item: object, r: Reader) -> Participant:
    return Participant(
        written=r.get(item, "written", str),
        canonical=r.get(item, "canonical", str, optional=True),
        country=r.get(item, "country", str, optional=True),
    )


def _one_evidence(item: object, r: Reader) -> Evidence:
    return Evidence(
        document=r.get(item, "document", str),
        start=r.get(item, "start", int),
        end=r.get(item, "end", int),
        quote=r.get(item, "quote", str),
    )


def read_period(item: object, r: Reader) -> Period:
    found = r.mapping(item)
    return Period(
        name=r.get(item, "name", str),
        start_year=r.get(item, "start_year", int),
        end_year=r.get(item, "end_year", int),
        evidence=_read_evidence(found.get("evidence", []), r.at("evidence")),
    )


def read_anniversary(item: object, r: Reader) -> Anniversary:
    found = r.mapping(item)
    origin = r.get(item, "origin_date", str, optional=True)
    return Anniversary(
        name=r.get(item, "name", str),
        nth=r.get(item, "nth", int),
        year=r.get(item, "year", int),
        origin_date=_read_date(origin, r.at("origin_date")) if origin else None,
        evidence=_read_evidence(found.get("evidence", []), r.at("evidence")),
    )


def _conflict(item: object, r: Reader) -> Conflict:
    found = r.mapping(item)
    kind = r.get(item, "kind", str)
    r.at("kind").convert(ConflictKind.of, kind)
    return Conflict(
        kind=kind,
        message=r.get(item, "message", str),
        series=r.get(item, "series", str, optional=True),
        ordinal=r.get(item, "ordinal", int, optional=True),
        evidence=_read_evidence(found.get("evidence", []), r.at("evidence")),
        rejected=_read_rejected(found.get("rejected"), r.at("rejected")),
        derivation=(
            _read_derivation(found["derivation"], r.at("derivation"))
            if found.get("derivation") is not None
            else None
        ),
    )


def _read_evidence(data: object, r: Reader) -> tuple[Evidence, ...]:
    if not isinstance(data, list):
        raise r.fail("must be a list")
    return tuple(r.at(i).convert(_one_evidence, item, r.at(i)) for i, item in enumerate(data))


def _read_strings(data: object, r: Reader) -> tuple[str, ...]:
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        raise r.fail("must be a list of strings")
    return tuple(data)


def derivation_dict(derivation: Derivation) -> JsonObject:
    """A derivation as JSON values: ``rule``, ``params``, ``facts`` and its English ``text``.

    The text is written for a reader's convenience and never read back.

    >>> from vnlao_events import Derivation, Rule
    >>> derivation_dict(Derivation.of(Rule.DURATION, days=2, day="2022-12-20"))["facts"]
    []
    """
    return {
        "rule": derivation.rule.value,
        "params": derivation.arguments,
        "facts": [
            {k: v for k, v in attrs.asdict(f).items() if v is not None} for f in derivation.facts
        ],
        "text": str(derivation),
    }


def _read_derivation(data: object, r: Reader) -> Derivation:
    rule = r.get(data, "rule", str)
    params = r.get(data, "params", dict, optional=True) or {}
    if not all(isinstance(v, int | str) and not isinstance(v, bool) for v in params.values()):
        raise r.at("params").fail("must map names to numbers or strings")
    facts = r.get(data, "facts", list, optional=True) or []
    if not all(isinstance(f, Mapping) for f in facts):
        raise r.at("facts").fail("must be a list of objects")
    return r.convert(
        lambda: Derivation(rule=Rule(rule), params=params, facts=[FactRef(**f) for f in facts])
    )


def _read_derivation_list(data: object, r: Reader) -> tuple[Derivation, ...]:
    """A ``/2`` list of derivations."""
    if not isinstance(data, list):
        raise r.fail("must be a list")
    return tuple(_read_derivation(item, r.at(i)) for i, item in enumerate(data))


def _read_v1_derivations(data: Mapping[str, object], r: Reader) -> tuple[Derivation, ...]:
    """``/1``: the structured derivations where the file has them, else its English lines."""
    lines = _read_strings(data.get("derivation", []), r.at("derivation"))
    structured = data.get("derivations")
    if structured is None:
        return r.at("derivation").convert(lambda: as_derivations(lines))
    if not isinstance(structured, list):
        raise r.at("derivations").fail("must be a list")
    return tuple(
        _read_derivation(item, r.at("derivations").at(i)) for i, item in enumerate(structured)
    )


def _read_inferred(
    data: Mapping[str, object], key: str, read: Callable[[object, Reader], V | None], r: Reader
) -> Inferred[V] | None:
    item = data.get(key)
    if item is None:
        return None
    at = r.at(key)
    if not isinstance(item, Mapping) or "value" not in item:
        raise at.fail(f"must be an object with a 'value' (got {item!r})")
    value = read(item["value"], at.at("value"))
    if value is None:
        raise at.at("value").fail("must not be null")
    derivation = _read_derivation_list(item.get("derivation", []), at.at("derivation"))
    return Inferred(value, derivation)


def _read_int(data: object, r: Reader) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        raise r.fail(f"must be int (got {data!r})")
    return data


def _read_country(data: object, r: Reader) -> str:
    if not isinstance(data, str):
        raise r.fail(f"must be str (got {data!r})")
    return data


def is_v1_session(data: Mapping[str, object]) -> bool:
    """Whether a session object has the ``/1`` shape (a calendar of an earlier release packs it).

    >>> is_v1_session({"ordinal": 1, "inferred_window": None}), is_v1_session({"ordinal": 1})
    (True, False)
    """
    return any(key in data for key in ("inferred_window", "likely_date")) or _has_v1_derivations(
        data
    )


def _has_v1_derivations(data: Mapping[str, object]) -> bool:
    """``/1`` derivations: English lines, and their values apart in ``derivations``."""
    lines = data.get("derivation")
    listed = isinstance(lines, list) and any(isinstance(line, str) for line in lines)
    return listed or "derivations" in data


def read_session(data: object, key: str, r: Reader, schema: str | None = None) -> Session:
    """A session of a ``/2`` file, or of a ``/1`` one (told by ``schema``, else by its shape)."""
    if not isinstance(data, Mapping):
        raise r.fail(f"expected an object (got {type(data).__name__})")
    if schema == _V1 or (schema is None and is_v1_session(data)):
        return _read_v1_session(data, key, r)
    floor = r.get(data, "not_before", str, optional=True)
    return r.convert(
        lambda: Session(
            series=key,
            ordinal=r.get(data, "ordinal", int, optional=True),
            status=r.at("status").convert(lambda: Status(r.get(data, "status", str))),
            forecast=bool(r.get(data, "forecast", bool, optional=True)),
            date=_read_when(data.get("date"), r.at("date")),
            not_before=_read_date(floor, r.at("not_before")) if floor else None,
            place=_read_place(data.get("place"), r.at("place")),
            co_chairs=_read_people(data.get("co_chairs", []), r.at("co_chairs")),
            participants=_read_people(data.get("participants", []), r.at("participants")),
            evidence=_read_evidence(data.get("evidence", []), r.at("evidence")),
            derivation=_read_derivation_list(data.get("derivation", []), r.at("derivation")),
            rejected=_read_rejected(data.get("rejected"), r.at("rejected")),
            inferred_ordinal=_read_inferred(data, "inferred_ordinal", _read_int, r),
            inferred_date=_read_inferred(data, "inferred_date", _read_window, r),
            inferred_year=_read_inferred(data, "inferred_year", _read_when, r),
            inferred_host=_read_inferred(data, "inferred_host", _read_country, r),
            likely=_read_inferred(data, "likely", _read_likely, r),
        )
    )


# How a ``/1`` session's derivation lines tell what inference wrote into its stated fields.
_V1_WINDOW = frozenset((Rule.WINDOW_AFTER, Rule.WINDOW_BEFORE, Rule.WINDOW_BETWEEN, Rule.FORECAST))
_V1_HOST = frozenset(
    (Rule.HOST_ALTERNATION, Rule.HOST_ROTATION, Rule.HOST_ANCHOR_SESSION, Rule.HOST_ANCHOR_YEAR,
     Rule.HOST_FIXED)
)  # fmt: skip
_V1_YEAR = frozenset((Rule.YEAR_RESOLVED, Rule.YEAR_OPEN))


def _read_v1_session(data: Mapping[str, object], key: str, r: Reader) -> Session:
    """A ``/1`` session, its inferred values moved out of the stated fields they shared.

    In ``/1`` an inferred session's window is its ``date``, an inferred host is the
    ``place``'s country, a placed open-year date and an inferred ordinal overwrite the
    stated ones; each is marked by its derivation line, which tells them apart here.
    """
    floor = r.get(data, "not_before", str, optional=True)
    derivation = _read_v1_derivations(data, r)
    status = r.at("status").convert(lambda: Status(r.get(data, "status", str)))
    when = _read_when(data.get("date"), r.at("date"))
    place = _read_place(data.get("place"), r.at("place"))
    ordinal = r.get(data, "ordinal", int, optional=True)
    window = _read_window(data.get("inferred_window"), r.at("inferred_window"))
    stated = [d for d in derivation if d.rule not in _V1_WINDOW | _V1_HOST | _V1_YEAR]
    stated = [d for d in stated if d.rule is not Rule.ORDINAL_UNIQUE]
    picked = {
        name: tuple(d for d in derivation if d.rule in rules)
        for name, rules in (
            ("date", _V1_WINDOW),
            ("host", _V1_HOST),
            ("year", _V1_YEAR),
            ("ordinal", frozenset((Rule.ORDINAL_UNIQUE,))),
        )
    }
    inferred_date = Inferred(window) if window is not None else None
    if status is Status.INFERRED and when is not None and when.window is not None:
        inferred_date, when = Inferred(when.window, picked["date"]), None
    inferred_host = None
    if picked["host"] and place is not None and place.country is not None:
        inferred_host = Inferred(place.country, picked["host"])
        place = attrs.evolve(place, country=None)
        place = None if place == Place() else place
    inferred_year = None
    if picked["year"] and when is not None:
        inferred_year = Inferred(when, picked["year"])
        when = r.at("date").convert(_v1_open_year, when, picked["year"])
    inferred_ordinal = None
    if picked["ordinal"] and ordinal is not None:
        inferred_ordinal, ordinal = Inferred(ordinal, picked["ordinal"]), None
    return r.convert(
        lambda: Session(
            series=key,
            ordinal=ordinal,
            status=status,
            forecast=bool(r.get(data, "forecast", bool, optional=True)),
            date=when,
            not_before=_read_date(floor, r.at("not_before")) if floor else None,
            place=place,
            co_chairs=_read_people(data.get("co_chairs", []), r.at("co_chairs")),
            participants=_read_people(data.get("participants", []), r.at("participants")),
            evidence=_read_evidence(data.get("evidence", []), r.at("evidence")),
            derivation=stated,
            rejected=_read_rejected(data.get("rejected"), r.at("rejected")),
            inferred_ordinal=inferred_ordinal,
            inferred_date=inferred_date,
            inferred_year=inferred_year,
            inferred_host=inferred_host,
            likely=_as_inferred(_read_v1_likely(data, r)),
        )
    )


def _v1_open_year(when: When, why: tuple[Derivation, ...]) -> When:
    """The stated open-year date a ``/1`` file overwrote with the year inference placed it in."""
    if when.window is None:  # the candidate years only: the date itself is still open
        return attrs.evolve(when, year_candidates=())
    month_day = PartialDate.parse_iso(str(why[-1].arguments["month_day"]))
    last = when.window.latest
    end = None
    if month_day.day is not None and when.window.days > 1:
        end = PartialDate.parse_iso(f"--{last.month:02d}-{last.day:02d}")
    return When.open_year(month_day, end, when.part_of_day)


def _as_inferred(value: V | None) -> Inferred[V] | None:
    return None if value is None else Inferred(value)


def read_event(data: object, r: Reader, schema: str | None = None) -> Event:
    """An event of a ``/2`` file, or of a ``/1`` one (told by ``schema``, else by its shape)."""
    if not isinstance(data, Mapping):
        raise r.fail(f"expected an object (got {type(data).__name__})")
    v1 = schema == _V1 or (schema is None and _has_v1_derivations(data))
    related = r.get(data, "related_to", dict, optional=True)
    return r.convert(
        lambda: Event(
            kind=r.at("kind").convert(lambda: EventKind(r.get(data, "kind", str))),
            summary=r.get(data, "summary", str),
            date=_read_when(data.get("date"), r.at("date")),
            place=_read_place(data.get("place"), r.at("place")),
            participants=_read_people(data.get("participants", []), r.at("participants")),
            evidence=_read_evidence(data.get("evidence", []), r.at("evidence")),
            related_to=(
                (
                    r.at("related_to").get(related, "series", str),
                    r.at("related_to").get(related, "ordinal", int),
                )
                if related
                else None
            ),
            derivation=(
                _read_v1_derivations(data, r)
                if v1
                else _read_derivation_list(data.get("derivation", []), r.at("derivation"))
            ),
        )
    )


def from_json(text: str | bytes, source: str = "<string>") -> Timeline:
    """Read JSON text written by :func:`to_json`.

    >>> from_json('{"schema": "vnlao-events.timeline/1", "series": [], "events": [],'
    ...           ' "conflicts": []}').series
    ()

    Args:
        text: the JSON text (``bytes`` are read as UTF-8).
        source: a name for messages (a file name).

    Raises:
        TimelineFormatError: naming the line and column, or the JSON pointer, and the problem.
        PathOrFileError: for anything but text (a path goes to :func:`read_json`).
    """
    if isinstance(text, Mapping):
        return from_dict(text)  # a dict is what from_dict reads; accepted for convenience
    if isinstance(text, bytes):
        raw = text
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise TimelineFormatError(f"{source}:{line}: not UTF-8 text.") from None
    if not isinstance(text, str):
        hint = " (to read a file, use read_json)" if isinstance(text, os.PathLike) else ""
        raise PathOrFileError(
            f"from_json reads JSON text (got {type(text).__name__}){hint}.", value=text
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        prefix = "" if source == "<string>" else f"{source}: "
        hint = ""
        if "\n" not in text and not text.lstrip().startswith(("{", "[")) and len(text) < 4096:
            hint = f"; to read the file {text!r}, use read_json"
        raise TimelineFormatError(
            f"{prefix}not JSON: {error.msg} at line {error.lineno}, column {error.colno}{hint}."
        ) from None
    return from_dict(data)


def read_json(path_or_file: PathOrFile) -> Timeline:
    """Read a timeline from a JSON file: a path or an open (text or binary) file.

    >>> import io
    >>> read_json(io.StringIO('{"schema": "vnlao-events.timeline/1", "series": [],'
    ...                       ' "events": [], "conflicts": []}')).events
    ()

    Raises:
        TimelineFormatError: when the file is not a timeline (see :func:`from_json`).
        PathOrFileError: when ``path_or_file`` is neither a path nor an open file.
    """
    try:
        data, name = read_source(path_or_file, what="JSON")
    except OSError as error:
        shown = f"{str(path_or_file)[:60]!r}"
        hint = ""
        if isinstance(path_or_file, str) and path_or_file.lstrip().startswith(("{", "[")):
            hint = " (this looks like JSON text: use from_json)"
        raise TimelineFormatError(f"{shown}: cannot read: {error.strerror}{hint}.") from None
    return from_json(data, name)


def from_dict(data: Mapping[str, object]) -> Timeline:
    """Read a timeline from the dict :func:`to_dict` gives (or ``json.load`` returns).

    >>> from_dict({"schema": "vnlao-events.timeline/1", "series": [], "events": [],
    ...            "conflicts": []}).series
    ()

    Raises:
        TimelineFormatError: naming the JSON pointer and the problem.
    """
    r = Reader()
    if not isinstance(data, Mapping):
        raise r.fail("expected a JSON object")
    schema = r.get(data, "schema", str)
    if schema not in SCHEMA_IDS:
        choices = " or ".join(map(repr, SCHEMA_IDS))
        raise r.at("schema").fail(f"expected {choices} (got {schema!r})")
    series = []
    for i, item in enumerate(r.get(data, "series", list)):
        ri = r.at("series").at(i)
        key = ri.get(item, "key", str)
        sessions = [
            read_session(s, key, ri.at("sessions").at(j), schema)
            for j, s in enumerate(ri.get(item, "sessions", list))
        ]
        names = ri.get(item, "names", dict, optional=True) or {}
        series.append(Series(key=key, names=dict(names), sessions=sessions))
    events = [
        read_event(e, r.at("events").at(i), schema)
        for i, e in enumerate(r.get(data, "events", list))
    ]
    periods = [
        r.at("periods").at(i).convert(read_period, item, r.at("periods").at(i))
        for i, item in enumerate(r.get(data, "periods", list, optional=True) or [])
    ]
    anniversaries = [
        r.at("anniversaries").at(i).convert(read_anniversary, item, r.at("anniversaries").at(i))
        for i, item in enumerate(r.get(data, "anniversaries", list, optional=True) or [])
    ]
    conflicts = [
        r.at("conflicts").at(i).convert(_conflict, item, r.at("conflicts").at(i))
        for i, item in enumerate(r.get(data, "conflicts", list))
    ]
    warnings = _read_strings(data.get("warnings", []), r.at("warnings"))
    return Timeline(
        series=series,
        events=events,
        periods=periods,
        anniversaries=anniversaries,
        conflicts=conflicts,
        warnings=warnings,
    )


_SCHEMA_FILES = {_V1: "data/timeline.schema.json", SCHEMA_ID: "data/timeline-2.schema.json"}


def json_schema(schema: str = SCHEMA_ID) -> JsonObject:
    """The JSON Schema (draft 2020-12) of the timeline contract, shipped with the package.

    >>> json_schema()["properties"]["schema"]["const"]
    'vnlao-events.timeline/2'
    >>> json_schema("vnlao-events.timeline/1")["properties"]["schema"]["const"]
    'vnlao-events.timeline/1'

    Args:
        schema: which contract: :data:`SCHEMA_ID` (the one written) or ``/1``.

    Raises:
        ValueError: for another schema identifier, naming the choices.
    """
    if schema not in _SCHEMA_FILES:
        choices = ", ".join(map(repr, SCHEMA_IDS))
        raise ValueError(f"'schema' must be one of {choices} (got {schema!r}).")
    path = resources.files("vnlao_events").joinpath(_SCHEMA_FILES[schema])
    loaded: JsonObject = json.loads(path.read_text("utf-8"))
    return loaded
