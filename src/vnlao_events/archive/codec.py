"""Mentions as JSON and back, checked against their types on the way in.

The cache stores mentions as JSON (never pickle: a cache file is data, not code). Reading
is strict: every value must have the type its field declares (an ``int`` is not a
``bool``, a date is an ISO string), unknown or missing fields are refused, and the value
types' own validators run, so an entry that was damaged or written by something else is
refused rather than trusted.

>>> from vnlao_events import Document, extract
>>> mentions = extract(Document.from_text("Ngày 6/1/2019 đã diễn ra Kỳ họp lần thứ 41 "
...                                        "Ủy ban liên Chính phủ", id="a.txt"))
>>> decode_mentions(encode_mentions(mentions)) == mentions
True
>>> decode_mentions('[{"kind": "session"}]')
Traceback (most recent call last):
...
vnlao_events.archive.codec.InvalidEntryError: [0]: SessionMention: missing field 'document'

Each mention is written with its ``kind`` first, which says which of the mention types
(:class:`~vnlao_events.SessionMention` …) reads the rest. An entry of the shape written
before the mentions were types of their own (a ``status`` of ``null``, a ``not_before``
window, derivations as English lines, an event's fields beside the event) does not fit
these types and is refused; one that fits (a period, an anniversary, a session mention
without those fields) means what it meant then.

The cache itself stores an entry in the table form (:func:`encode_table`): each value of
the document once, as a positional row, children first, read back in one pass
(:func:`decode_table`), and by the checked readers above whenever it does not read so.
"""

from __future__ import annotations

import contextvars
import datetime
import enum
import json
import types
import typing
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any

import attrs

from .._kinds import MentionKind
from .._model import Evidence
from ..extract import MENTION_TYPES, Mention

__all__ = [
    "InvalidEntryError",
    "decode_entry",
    "decode_mention",
    "decode_mentions",
    "decode_table",
    "decode_table_checked",
    "decode_trusted",
    "decode_trusted_data",
    "encode_entry",
    "encode_mentions",
    "encode_table",
    "encode_value",
]


class InvalidEntryError(ValueError):
    """A stored value that does not read back as the type it should have."""


def encode_value(value: object) -> Any:
    """A JSON-ready form of a value type (attrs classes, enums, dates, tuples)."""
    cls = type(value)
    if attrs.has(cls):
        return {f.alias: encode_value(getattr(value, f.name)) for f in attrs.fields(cls) if f.init}
    return _encode_plain(value)


def _encode_plain(value: object) -> Any:
    """:func:`encode_value` of what is not an attrs class."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [encode_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode_value(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot encode a {type(value).__name__}: {value!r}")


def encode_mentions(mentions: Sequence[Mention], against: Against | None = None) -> str:
    """The mentions as one JSON array (compact, keys in field order).

    A field that holds its default (``None``, an empty tuple) is left out: reading gives
    the default back, and the entry is shorter to store and to read. Written ``against``
    a document (its id and text), a ``document`` field naming it and an evidence quote
    that is its text between the evidence's offsets are left out too: reading against the
    same document gives them back (:func:`decode_entry`).

    >>> from vnlao_events import Evidence, SessionMention
    >>> encode_mentions([SessionMention(document="a", series="x",
    ...                  evidence=Evidence(document="a", start=0, end=1, quote="x"))])
    '[{"kind":"session","document":"a","evidence":{"document":"a","start":0,"end":1,"quote":"x"},"series":"x"}]'
    """
    return json.dumps(
        [{"kind": m.kind.value, **_encode_short(m, against)} for m in mentions],
        ensure_ascii=False,
        separators=(",", ":"),
    )


Against = tuple[str, str]
"""A document's id and text, which an entry written against it leaves out."""


def _encode_short(value: object, against: Against | None = None) -> Any:
    """:func:`encode_value`, leaving out the fields of attrs values that hold their default."""
    cls = type(value)
    if attrs.has(cls):
        out = {}
        implied = _implied(value, against)
        for name, alias, default in _defaults(cls):
            item = getattr(value, name)
            if default is not _NO_DEFAULT and type(item) is type(default) and item == default:
                continue
            if name in implied:
                continue
            out[alias] = _encode_short(item, against)
        return out
    if isinstance(value, tuple | list):
        return [_encode_short(v, against) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode_short(v, against) for k, v in value.items()}
    return _encode_plain(value)


def _implied(value: object, against: Against | None) -> tuple[str, ...]:
    """The fields of ``value`` that reading against the same document gives back."""
    if against is None or getattr(value, "document", None) != against[0]:
        return ()
    if isinstance(value, Evidence) and against[1][value.start : value.end] == value.quote:
        return ("document", "quote")
    return ("document",)


_NO_DEFAULT = object()


@cache
def _defaults(cls: type) -> list[tuple[str, str, Any]]:
    """Each init field's name, alias and plain default (``_NO_DEFAULT`` when none or a factory)."""
    out = []
    for f in attrs.fields(cls):
        if not f.init:
            continue
        default = f.default
        plain = default is None or default == () or isinstance(default, bool | int | float | str)
        plain = plain or isinstance(default, enum.Enum)  # a status the mention leaves unsaid
        if not plain:  # none (attrs.NOTHING), a factory, or a value not worth comparing
            default = _NO_DEFAULT
        out.append((f.name, f.alias, default))
    return out


def encode_entry(
    mentions: Sequence[Mention], warnings: Sequence[str] = (), against: Against | None = None
) -> str:
    """A cache entry: the mentions as :func:`encode_mentions` writes them, then warnings.

    Without warnings the entry is the mentions' array itself. Written ``against`` the
    document's id and text, it leaves out what that document gives back when read.

    >>> encode_entry([], ["a.txt: a warning"])
    '{"mentions":[],"warnings":["a.txt: a warning"]}'
    >>> decode_entry(encode_entry([], ["w"]))
    ([], ('w',))
    >>> from vnlao_events import Evidence, SessionMention
    >>> m = SessionMention(document="a", series="x",
    ...                    evidence=Evidence(document="a", start=0, end=2, quote="Kỳ"))
    >>> encode_entry([m], against=("a", "Kỳ họp"))
    '[{"kind":"session","evidence":{"start":0,"end":2},"series":"x"}]'
    >>> decode_entry(encode_entry([m], against=("a", "Kỳ họp")), ("a", "Kỳ họp"))[0] == [m]
    True
    """
    if not warnings:
        return encode_mentions(mentions, against)
    head = json.dumps({"warnings": list(warnings)}, ensure_ascii=False, separators=(",", ":"))
    return f'{{"mentions":{encode_mentions(mentions, against)},{head[1:]}'


_AGAINST: contextvars.ContextVar[Against | None] = contextvars.ContextVar(
    "vnlao_events_against", default=None
)


def decode_entry(
    text: str, against: Against | None = None
) -> tuple[list[Mention], tuple[str, ...]]:
    """The mentions and warnings of :func:`encode_entry`'s JSON.

    Args:
        text: the entry.
        against: the id and text of the document it was written against, if any: a
            ``document`` field left out is its id, an evidence quote left out its text
            between the evidence's offsets (which must lie inside it).

    Raises:
        InvalidEntryError: naming where the JSON does not fit the types.
    """
    token = _AGAINST.set(against)
    try:
        return _decode_entry(text)
    finally:
        _AGAINST.reset(token)


def _decode_entry(text: str) -> tuple[list[Mention], tuple[str, ...]]:
    return _decode_data(_loads(text))


def _decode_data(data: Any) -> tuple[list[Mention], tuple[str, ...]]:
    warnings: tuple[str, ...] = ()
    if isinstance(data, dict):
        if set(data) != {"mentions", "warnings"}:
            raise InvalidEntryError(f"expected mentions and warnings (got {sorted(data)!r})")
        notes = data["warnings"]
        if not isinstance(notes, list) or not all(type(w) is str for w in notes):
            raise InvalidEntryError("warnings: expected a list of strings")
        warnings = tuple(notes)
        data = data["mentions"]
    return _mentions_of(data), warnings


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InvalidEntryError(f"not JSON: {error}") from None


def decode_mentions(text: str) -> list[Mention]:
    """Mentions from :func:`encode_mentions`' JSON.

    Raises:
        InvalidEntryError: naming where the JSON does not fit the types.
    """
    return _mentions_of(_loads(text))


def _mentions_of(data: Any) -> list[Mention]:
    if not isinstance(data, list):
        raise InvalidEntryError(f"expected a list of mentions (got {type(data).__name__})")
    mentions = []
    for i, item in enumerate(data):
        try:
            mentions.append(_read_mention(item))
        except _BadValueError as bad:
            where = f"[{i}]" + "".join(reversed(bad.path))
            raise InvalidEntryError(f"{where}: {bad.message}") from None
    return mentions


def decode_mention(data: Any) -> Mention:
    """One mention from its JSON value (an object with ``kind`` first, as written here).

    Raises:
        InvalidEntryError: naming where the value does not fit the types.

    >>> decode_mention({"kind": "period", "document": "a", "evidence": {"document": "a",
    ...     "start": 0, "end": 1, "quote": "x"}, "period": {"name": "Plan",
    ...     "start_year": 2021, "end_year": 2025}}).period.end_year
    2025
    """
    try:
        return _read_mention(data)
    except _BadValueError as bad:
        raise InvalidEntryError(f"{''.join(reversed(bad.path))}: {bad.message}") from None


def _read_mention(data: Any) -> Mention:
    """A mention of the type its ``kind`` names."""
    if type(data) is not dict:
        raise _BadValueError(f"expected a mention object (got {data!r})")
    unknown = sorted(set(data) - _mention_fields())
    if unknown:
        raise _BadValueError(f"Mention: unknown field {unknown[0]!r}")
    if "kind" not in data:
        raise _BadValueError("Mention: missing field 'kind'")
    try:
        kind = _reader(MentionKind)(data["kind"])
    except _BadValueError as bad:
        bad.path.append(".kind")
        raise
    cls: type = MENTION_TYPES[kind]
    read = _reader(cls)
    mention: Mention = read({k: v for k, v in data.items() if k != "kind"})
    return mention


@cache
def _mention_fields() -> frozenset[str]:
    """Every field name some mention type has, and ``kind``."""
    names = {f.alias for cls in MENTION_TYPES.values() for f in attrs.fields(cls) if f.init}
    return frozenset({"kind", *names})


class _BadValueError(Exception):
    """A value that does not fit; ``path`` grows as it climbs out (innermost first)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.path: list[str] = []


Reader = Callable[[Any], Any]


@cache
def _reader(hint: Any) -> Reader:
    """A function reading JSON data as ``hint``, built once per type."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        nullable = type(None) in args
        plain = {a for a in args if a in (bool, int, str, type(None))}
        if len(plain) == len(args):  # checked by type alone, with no reader to try
            return _plain_union(plain)
        options = [_reader(a) for a in args if a is not type(None)]
        if nullable and len(options) == 1:
            only = options[0]

            def optional(data: Any) -> Any:
                return None if data is None else only(data)

            return optional

        def union(data: Any) -> Any:
            if data is None and nullable:
                return None
            for option in options[:-1]:
                try:
                    return option(data)
                except _BadValueError:
                    continue
            return options[-1](data)

        return union
    if origin is typing.Literal:

        def literal(data: Any) -> Any:
            if data not in args:
                raise _BadValueError(f"expected one of {args!r} (got {data!r})")
            return data

        return literal
    if origin is tuple:
        return _tuple_reader(args)
    if origin is dict:
        key, value = _reader(args[0]), _reader(args[1])

        def mapping(data: Any) -> Any:
            if not isinstance(data, dict):
                raise _BadValueError(f"expected an object (got {type(data).__name__})")
            out = {}
            for k, v in data.items():
                try:
                    out[key(k)] = value(v)
                except _BadValueError as bad:
                    bad.path.append(f".{k}")
                    raise
            return out

        return mapping
    if hint is type(None):

        def null(data: Any) -> Any:
            if data is not None:
                raise _BadValueError(f"expected null (got {data!r})")

        return null
    if isinstance(hint, type):
        return _type_reader(hint)
    raise TypeError(f"no reader for {hint!r}")  # pragma: no cover - new field types


def _plain_union(allowed: set[type]) -> Reader:
    names = " or ".join(sorted("null" if t is type(None) else t.__name__ for t in allowed))

    def plain(data: Any) -> Any:
        if type(data) in allowed:
            return data
        raise _BadValueError(f"expected {names} (got {data!r})")

    return plain


def _tuple_reader(args: tuple[Any, ...]) -> Reader:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])

        def sequence(data: Any) -> Any:
            if not isinstance(data, list):
                raise _BadValueError(f"expected a list (got {type(data).__name__})")
            if not data:
                return ()
            try:
                return tuple([item(x) for x in data])
            except _BadValueError:
                pass  # read again one by one, to say where
            out = []
            for i, x in enumerate(data):
                try:
                    out.append(item(x))
                except _BadValueError as bad:
                    bad.path.append(f"[{i}]")
                    raise
            return tuple(out)

        return sequence
    items = [_reader(a) for a in args]

    def fixed(data: Any) -> Any:
        if type(data) is list and len(data) == len(items):
            try:  # the usual case: every item fits
                return tuple([read(x) for read, x in zip(items, data, strict=True)])
            except _BadValueError:
                pass  # read again one by one, to say where
        if not isinstance(data, list):
            raise _BadValueError(f"expected a list (got {type(data).__name__})")
        if len(data) != len(items):
            raise _BadValueError(f"expected {len(items)} items (got {len(data)})")
        out = []
        for i, (x, read) in enumerate(zip(data, items, strict=True)):
            try:
                out.append(read(x))
            except _BadValueError as bad:
                bad.path.append(f"[{i}]")
                raise
        return tuple(out)

    return fixed


def _scalar(hint: type) -> Reader:
    def scalar(data: Any) -> Any:
        if type(data) is hint:
            return data
        if hint is float and type(data) is int:
            return float(data)
        raise _BadValueError(f"expected {hint.__name__} (got {data!r})")

    return scalar


def _type_reader(hint: type) -> Reader:
    if attrs.has(hint):
        return _generated_reader(hint)
    if issubclass(hint, enum.Enum):
        members = {m.value: m for m in hint}

        def member(data: Any) -> Any:
            if issubclass(hint, str) and not isinstance(data, str):
                raise _BadValueError(f"expected str (got {data!r})")  # a string enum
            try:
                return members[data]
            except (KeyError, TypeError):
                raise _BadValueError(f"{data!r} is not a {hint.__name__}") from None

        return member
    if hint is datetime.date:

        def day(data: Any) -> Any:
            if not isinstance(data, str):
                raise _BadValueError(f"expected an ISO date (got {data!r})")
            try:
                return datetime.date.fromisoformat(data)
            except ValueError:
                raise _BadValueError(f"{data!r} is not an ISO date") from None

        return day
    if hint in (bool, int, float, str):
        return _scalar(hint)
    raise TypeError(f"no reader for {hint!r}")  # pragma: no cover - new field types


def _attrs_reader(cls: type) -> Reader:
    hints = _hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    aliases = {f.alias for f in fields}
    required = {f.alias for f in fields if f.default is attrs.NOTHING}
    order = [f.alias for f in fields]
    readers: dict[str, Reader] = {}  # built at first use: types may recur
    has_document = "document" in aliases and hints.get("document") is str
    is_evidence = cls is Evidence

    def read(data: Any) -> Any:
        if not readers:
            readers.update({f.alias: _reader(hints[f.name]) for f in fields})
        if type(data) is not dict:
            raise _BadValueError(f"expected a {cls.__name__} object (got {data!r})")
        if has_document and "document" not in data:
            against = _AGAINST.get()
            if against is not None:
                data = {"document": against[0], **data}
                if is_evidence and "quote" not in data:
                    data["quote"] = _quote(data, against[1])
        if not aliases.issuperset(data):
            unknown = sorted(set(data) - aliases)[0]
            raise _BadValueError(f"{cls.__name__}: unknown field {unknown!r}")
        try:
            kwargs = {alias: readers[alias](item) for alias, item in data.items()}
            if not data.keys() >= required:
                raise _BadValueError("missing")  # said below, in field order
        except _BadValueError:
            _first_problem(data)
            raise
        try:
            return cls(**kwargs)
        except (ValueError, TypeError) as error:
            raise _BadValueError(f"{cls.__name__}: {error}") from None

    def _first_problem(data: dict[str, Any]) -> None:
        """Raise the first problem in field order: a missing field or a value that does not fit."""
        for alias in order:
            if alias not in data:
                if alias in required:
                    raise _BadValueError(f"{cls.__name__}: missing field {alias!r}")
                continue
            try:
                readers[alias](data[alias])
            except _BadValueError as bad:
                bad.path.append(f".{alias}")
                raise

    return read


def _generated_reader(cls: type) -> Reader:
    """:func:`_attrs_reader`'s reader with its source written for the class.

    As attrs writes ``__init__``: each field is looked up by name, a field of a plain type
    (``str``, ``int``, ``bool``, or one of those or ``None``) is checked in line, the
    others call their type's reader. A problem is said by the slow reader, which reads the
    fields one by one in field order, so the messages are the same.
    """
    hints = _hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    slow = _attrs_reader(cls)
    lines = [
        "def read(data):",
        "    if type(data) is not dict or not aliases.issuperset(data):",
        "        return slow(data)",
    ]
    if "document" in {f.alias for f in fields} and hints.get("document") is str:
        lines += [
            "    if 'document' not in data:",
            "        against = AGAINST.get()",
            "        if against is not None:",
            "            data = {'document': against[0], **data}",
        ]
        if cls is Evidence:
            lines += [
                "            if 'quote' not in data:",
                "                data['quote'] = quote(data, against[1])",
            ]
    lines += ["    get = data.get", "    kwargs = {}", "    try:"]
    for i, f in enumerate(fields):
        check = _inline_check(hints[f.name])
        lines.append(f"        v = get({f.alias!r}, MISSING)")
        if f.default is attrs.NOTHING:
            lines += ["        if v is MISSING:", "            return slow(data)"]
            indent = "        "
        else:
            lines.append("        if v is not MISSING:")
            indent = "            "
        if check is None:
            lines.append(f"{indent}kwargs[{f.alias!r}] = readers[{i}](v)")
        else:
            lines += [
                f"{indent}if {check}:",
                f"{indent}    return slow(data)",
                f"{indent}kwargs[{f.alias!r}] = v",
            ]
    lines += [
        "    except Bad:",
        "        return slow(data)",
        "    try:",
        "        return cls(**kwargs)",
        "    except (ValueError, TypeError):",
        "        return slow(data)",
    ]
    readers: list[Reader] = []
    names: dict[str, Any] = {
        "Bad": _BadValueError,
        "MISSING": _NO_DEFAULT,
        "AGAINST": _AGAINST,
        "aliases": frozenset(f.alias for f in fields),
        "cls": cls,
        "slow": slow,
        "quote": _quote,
        "readers": readers,
    }
    source = "\n".join(lines)
    code = compile(source, f"<reader of {cls.__name__}>", "exec")
    exec(code, names)  # noqa: S102 - source written above from the class's own field names
    generated: Reader = names["read"]

    def read(data: Any) -> Any:
        if not readers:
            readers.extend(_reader(hints[f.name]) for f in fields)
        return generated(data)

    return read


def _inline_check(hint: Any) -> str | None:
    """A test true when ``v`` does not fit a plain ``hint`` (``None``: not a plain type)."""
    plain = {str: "str", int: "int", bool: "bool"}
    if hint in plain:
        return f"type(v) is not {plain[hint]}"
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if (origin is typing.Union or origin is types.UnionType) and len(args) == 2:
        other = [a for a in args if a is not type(None)]
        if len(other) == 1 and other[0] in plain:
            return f"v is not None and type(v) is not {plain[other[0]]}"
    return None


def _quote(data: dict[str, Any], text: str) -> Any:
    """The text between an evidence's offsets (``None``, refused, when they do not fit)."""
    start, end = data.get("start"), data.get("end")
    if type(start) is int and type(end) is int and 0 <= start <= end <= len(text):
        return text[start:end]
    return None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


# -- trusted decoding ------------------------------------------------------------------------
#
# An entry whose keyed digest holds was written by this library from values that passed
# their validators: reading it again need not check each value. The builders below set each
# field as the encoder's value had it (``object.__new__`` and the frozen fields set once, as
# attrs' own ``__init__`` does), with no type checks, validators or converters: a stored
# value is already what its converter gives (a tuple, sorted parameters, a member). Anything
# unexpected (a required field missing, a value of the wrong shape) falls back to the checked
# reader, which then says what is wrong.


class _UntrustedError(Exception):
    """The fast builders cannot read this value: read it with the checked readers."""


def decode_trusted(
    text: str, against: Against | None = None
) -> tuple[list[Mention], tuple[str, ...]]:
    """:func:`decode_entry` of an entry known to be as this library wrote it.

    The values are built without checking them again (no per-field validators), and are
    equal to those :func:`decode_entry` gives; whatever does not read as written falls back
    to :func:`decode_entry`, so a bad entry still raises :class:`InvalidEntryError`.

    >>> from vnlao_events import Evidence, SessionMention
    >>> m = SessionMention(document="a", series="x",
    ...                    evidence=Evidence(document="a", start=0, end=2, quote="Kỳ"))
    >>> entry = encode_entry([m], ["w"], against=("a", "Kỳ họp"))
    >>> decode_trusted(entry, ("a", "Kỳ họp")) == decode_entry(entry, ("a", "Kỳ họp"))
    True
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return _decode_entry(text)  # raises, saying why
    return decode_trusted_data(data, against)


def decode_trusted_data(
    data: Any, against: Against | None = None
) -> tuple[list[Mention], tuple[str, ...]]:
    """:func:`decode_trusted` of the entry's JSON already parsed."""
    token = _AGAINST.set(against)
    try:
        warnings: tuple[str, ...] = ()
        if type(data) is dict:
            warnings = tuple(data["warnings"])
            if not all(type(w) is str for w in warnings) or len(data) != 2:
                raise _UntrustedError
            data = data["mentions"]
        kinds = _builders()
        return [kinds[item["kind"]](item) for item in data], warnings
    except Exception:  # anything unexpected: the checked reader says what is wrong
        return _decode_data(data)
    finally:
        _AGAINST.reset(token)


@cache
def _builders() -> dict[str, Reader]:
    """Each mention kind's fast builder, by the ``kind`` written first in each mention."""
    types_: dict[MentionKind, type] = dict(MENTION_TYPES)
    return {kind.value: _builder(cls) for kind, cls in types_.items()}


@cache
def _builder(hint: Any) -> Reader:
    """A function building ``hint`` from JSON data as the encoder wrote it (unchecked)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        others = [a for a in args if a is not type(None)]
        if all(_is_plain(a) for a in others):
            return _same
        if len(others) == 1:
            only = _builder(others[0])

            def optional(data: Any) -> Any:
                return None if data is None else only(data)

            return optional
        return _checked(hint)  # pragma: no cover - no such field in the mention types
    if origin is typing.Literal or _is_plain(hint):
        return _same
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            if _is_plain(args[0]):
                return tuple
            item = _builder(args[0])

            def sequence(data: Any) -> Any:
                return tuple([item(x) for x in data])

            return sequence
        items = [_builder(a) for a in args]
        if all(i is _same for i in items):
            return tuple
        return lambda data: tuple([b(x) for b, x in zip(items, data, strict=True)])
    if hint is float:
        return float
    if hint is datetime.date:
        return datetime.date.fromisoformat
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {m.value: m for m in hint}.__getitem__
    if isinstance(hint, type) and attrs.has(hint):
        return _generated_builder(hint)
    return _checked(hint)  # pragma: no cover - a dict or a new field type


def _set_field(value: object, field: Any, *, name: str) -> None:  # pragma: no cover
    object.__setattr__(value, name, field)


def _is_plain(hint: Any) -> bool:
    return hint in (str, int, bool, type(None))


def _same(data: Any) -> Any:
    return data


def _checked(hint: Any) -> Reader:  # pragma: no cover - no such field in the mention types
    read = _reader(hint)

    def checked(data: Any) -> Any:
        try:
            return read(data)
        except _BadValueError:
            raise _UntrustedError from None

    return checked


def _generated_builder(cls: type) -> Reader:
    """The builder of an attrs class, its source written for the class's fields."""
    hints = _hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    names: dict[str, Any] = {
        "new": object.__new__,
        "cls": cls,
        "MISSING": _NO_DEFAULT,
        "AGAINST": _AGAINST,
        "Untrusted": _UntrustedError,
        "quote": _quote,
    }
    for i, f in enumerate(fields):  # a slot's own setter: no look-up of the name each time
        slot = getattr(cls, f.name, None)
        if isinstance(slot, types.MemberDescriptorType):
            names[f"s{i}"] = slot.__set__
        else:  # pragma: no cover - every value type has slots
            names[f"s{i}"] = partial(_set_field, name=f.name)
    lines = ["def build(data):", "    get = data.get", "    o = new(cls)"]
    with_document = "document" in {f.alias for f in fields} and hints.get("document") is str
    for i, f in enumerate(fields):
        build = _builder(hints[f.name])
        value = "v" if build is _same else f"b{i}(v)"
        names[f"b{i}"] = build
        lines.append(f"    v = get({f.alias!r}, MISSING)")
        if f.default is not attrs.NOTHING:
            factory = getattr(f.default, "factory", None)
            default = factory() if callable(factory) else f.default
            names[f"d{i}"] = f.converter(default) if callable(f.converter) else default
            lines.append(f"    s{i}(o, d{i} if v is MISSING else {value})")
            continue
        if with_document and f.alias == "document":
            lines += [
                "    if v is MISSING:",
                "        against = AGAINST.get()",
                "        if against is None:",
                "            raise Untrusted",
                "        v = against[0]",
            ]
        elif cls is Evidence and f.alias == "quote":
            lines += [
                "    if v is MISSING:",
                "        against = AGAINST.get()",
                "        v = None if against is None else quote(data, against[1])",
                "        if v is None:",
                "            raise Untrusted",
            ]
        else:
            lines += ["    if v is MISSING:", "        raise Untrusted"]
        lines.append(f"    s{i}(o, {value})")
    lines.append("    return o")
    code = compile("\n".join(lines), f"<builder of {cls.__name__}>", "exec")
    exec(code, names)  # noqa: S102 - source written above from the class's own field names
    built: Reader = names["build"]
    return built


# -- the table form (the cache's entries) ------------------------------------------------------
#
# An entry is one JSON array ``[values, mentions, warnings]``. ``values`` lists every attrs
# value of the document once, children before their parents, each as a positional array: its
# type's number (:func:`_table_classes`), then every field in field order. A field holding
# an attrs value holds its number in ``values`` (a tuple of them, a list of numbers), so equal
# values (a place, a date, a derivation met again) are written and built once. ``mentions``
# numbers the mentions in order. Written against a document, a ``document`` field naming it
# is ``null``, and so is an evidence quote that is its text between the evidence's offsets.
# Reading builds each value in one pass with no look-up by name, checking each field's type
# at its top (a string is a string, a number an earlier value of the type the field holds)
# but running no validators: anything else falls back to the checked reader
# (:func:`decode_table_checked`), which says what is wrong.

_DOC, _QUOTE, _REF, _OPTREF, _REFS, _PLAIN = range(6)


@cache
def _table_classes() -> tuple[type, ...]:
    """Every attrs type a mention holds (and the mention types), numbered by their place."""
    out: list[type] = []

    def walk(cls: type) -> None:
        if cls in out:
            return
        out.append(cls)
        hints = _hints(cls)
        for f in attrs.fields(cls):
            stack = [hints[f.name]]
            while stack:
                hint = stack.pop(0)
                if isinstance(hint, type) and attrs.has(hint):
                    walk(hint)
                stack.extend(typing.get_args(hint))

    mention_types: dict[MentionKind, type] = dict(MENTION_TYPES)
    for cls in mention_types.values():
        walk(cls)
    return tuple(out)


@cache
def _kinds_of_classes() -> dict[type, str]:
    """Each mention type's ``kind``, by type."""
    mention_types: dict[MentionKind, type] = dict(MENTION_TYPES)
    return {cls: kind.value for kind, cls in mention_types.items()}


@cache
def _table_spec(cls: type) -> tuple[int, tuple[tuple[str, str, int, Any], ...]]:
    """The type's number, and each init field's name, alias, kind of value and its type."""
    hints = _hints(cls)
    spec = []
    for f in attrs.fields(cls):
        if not f.init:  # pragma: no cover - every value type sets all its fields
            continue
        hint = hints[f.name]
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        others = [a for a in args if a is not type(None)]
        kind: int
        of: Any
        if f.alias == "document" and hint is str:
            kind, of = _DOC, str
        elif cls is Evidence and f.alias == "quote":
            kind, of = _QUOTE, str
        elif isinstance(hint, type) and attrs.has(hint):
            kind, of = _REF, hint
        elif (
            (origin is typing.Union or origin is types.UnionType)
            and len(others) == 1
            and attrs.has(others[0])
        ):
            kind, of = _OPTREF, others[0]
        elif origin is tuple and len(args) == 2 and args[1] is Ellipsis and attrs.has(args[0]):
            kind, of = _REFS, args[0]
        else:
            kind, of = _PLAIN, hint
        spec.append((f.name, f.alias, kind, of))
    return _table_classes().index(cls), tuple(spec)


def encode_table(
    mentions: Sequence[Mention], warnings: Sequence[str] = (), against: Against | None = None
) -> str:
    """A cache entry in the table form: each value once, by position, children first.

    Args:
        mentions: the document's mentions.
        warnings: the warnings its text gives.
        against: the document's id and text: a ``document`` field naming it, and an
            evidence quote that is its text between the offsets, are written ``null``.

    >>> from vnlao_events import Evidence, SessionMention
    >>> e = Evidence(document="a", start=0, end=2, quote="Kỳ")
    >>> m = SessionMention(document="a", series="x", evidence=e)
    >>> encode_table([m, m], ["w"], against=("a", "Kỳ họp"))
    '[[[1,null,0,2,null],[0,null,0,"x",null,"held-or-planned",null,null,[],[],[],null,null]],[1,1],["w"]]'
    >>> entry = encode_table([m, m], ["w"], ("a", "Kỳ họp"))
    >>> decode_table(entry, ("a", "Kỳ họp")) == ([m, m], ("w",))
    True
    """
    rows: list[list[Any]] = []
    seen: dict[str, int] = {}

    text = None if against is None else against[1]

    def put(value: Any) -> int:
        code, spec = _table_spec(value.__class__)
        row: list[Any] = [code]
        implied = against is not None and getattr(value, "document", None) == against[0]
        for name, _, kind, _ in spec:
            item = getattr(value, name)
            if kind == _DOC:
                row.append(None if implied else item)
            elif kind == _QUOTE:
                if implied and text is not None and text[value.start : value.end] == item:
                    row.append(None)
                else:
                    row.append(item)
            elif kind == _REF:
                row.append(put(item))
            elif kind == _OPTREF:
                row.append(None if item is None else put(item))
            elif kind == _REFS:
                row.append([put(x) for x in item])
            else:
                row.append(_encode_plain(item))
        written = json.dumps(row, ensure_ascii=False)
        number = seen.get(written)
        if number is None:
            number = seen[written] = len(rows)
            rows.append(row)
        return number

    roots = [put(m) for m in mentions]
    return json.dumps([rows, roots, list(warnings)], ensure_ascii=False, separators=(",", ":"))


def decode_table(
    text: str | Any, against: Against | None = None
) -> tuple[list[Mention], tuple[str, ...]]:
    """The mentions and warnings of an entry in the table form (:func:`encode_table`).

    Each value is built with its fields set as written (their types checked, no
    validators run: the entry's digest says this library wrote it). An entry that does not
    read so is read by :func:`decode_table_checked`, which refuses it saying why.

    Args:
        text: the entry, or its JSON already parsed.
        against: the id and text of the document it was written against, if any.

    Raises:
        InvalidEntryError: naming what does not fit.
    """
    if isinstance(text, str):
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            raise InvalidEntryError(f"not JSON: {error}") from None
    else:
        data = text
    try:
        rows, roots, warnings = data
        if type(rows) is not list or type(roots) is not list:
            raise _UntrustedError
        builders = _table_builders()
        built: list[Any] = []
        append = built.append
        for row in rows:
            append(builders[row[0]](row, built, against))
        kinds = _kinds_of_classes()
        mentions = []
        for number in roots:
            if type(number) is not int or number < 0 or type(built[number]) not in kinds:
                raise _UntrustedError
            mentions.append(built[number])
        if type(warnings) is not list or not all(type(w) is str for w in warnings):
            raise _UntrustedError
        return mentions, tuple(warnings)
    except Exception:  # anything unexpected: the checked reader says what is wrong
        return decode_table_checked(data, against)


def decode_table_checked(
    data: Any, against: Against | None = None
) -> tuple[list[Mention], tuple[str, ...]]:
    """:func:`decode_table` of parsed JSON, every value checked by its type's own reader.

    The table is first written out as the objects :func:`decode_entry` reads (each
    number an earlier value), then read by it: every field's type, the value types'
    validators.

    Raises:
        InvalidEntryError: naming what does not fit.

    >>> decode_table_checked([[[99, "x"]], [0], []])
    Traceback (most recent call last):
    ...
    vnlao_events.archive.codec.InvalidEntryError: values[0]: 99 is not a type's number
    """
    if type(data) is not list or len(data) != 3:
        raise InvalidEntryError("expected a list of values, mentions and warnings")
    rows, roots, warnings = data
    if type(rows) is not list or type(roots) is not list:
        raise InvalidEntryError("expected a list of values and a list of mentions")
    classes = _table_classes()
    kinds = _kinds_of_classes()
    objects: list[dict[str, Any]] = []

    def earlier(number: object, where: str) -> dict[str, Any]:
        if type(number) is not int or not 0 <= number < len(objects):
            raise InvalidEntryError(f"{where}: {number!r} is not the number of an earlier value")
        return objects[number]

    for n, row in enumerate(rows):
        where = f"values[{n}]"
        if type(row) is not list or not row or type(row[0]) is not int:
            raise InvalidEntryError(f"{where}: expected a type's number, then its fields")
        if not 0 <= row[0] < len(classes):
            raise InvalidEntryError(f"{where}: {row[0]!r} is not a type's number")
        cls = classes[row[0]]
        spec = _table_spec(cls)[1]
        if len(row) != len(spec) + 1:
            raise InvalidEntryError(
                f"{where}: {cls.__name__} has {len(spec)} fields (got {len(row) - 1})"
            )
        obj: dict[str, Any] = {"kind": kinds[cls]} if cls in kinds else {}
        for (_, alias, kind, _), value in zip(spec, row[1:], strict=True):
            if kind in (_DOC, _QUOTE) and value is None:
                continue  # given back by the document, when read against it
            if kind == _REF or (kind == _OPTREF and value is not None):
                obj[alias] = earlier(value, f"{where}.{alias}")
            elif kind == _REFS:
                if type(value) is not list:
                    raise InvalidEntryError(f"{where}.{alias}: expected a list of numbers")
                obj[alias] = [earlier(v, f"{where}.{alias}") for v in value]
            else:
                obj[alias] = value
        objects.append(obj)
    mentions = []
    for i, number in enumerate(roots):
        obj = earlier(number, f"mentions[{i}]")
        if "kind" not in obj:
            raise InvalidEntryError(f"mentions[{i}]: value {number!r} is not a mention")
        mentions.append(obj)
    token = _AGAINST.set(against)
    try:
        return _decode_data({"mentions": mentions, "warnings": warnings})
    finally:
        _AGAINST.reset(token)


@cache
def _table_builders() -> tuple[Callable[[list[Any], list[Any], Against | None], Any], ...]:
    """Each numbered type's builder of its positional array."""
    return tuple(_table_builder(cls) for cls in _table_classes())


def _table_builder(cls: type) -> Callable[[list[Any], list[Any], Against | None], Any]:
    """The builder of one type's positional array, its source written for the type's fields."""
    _, spec = _table_spec(cls)
    names: dict[str, Any] = {"new": object.__new__, "cls": cls, "Untrusted": _UntrustedError}
    lines = [
        "def build(r, built, against):",
        f"    if len(r) != {len(spec) + 1}:",
        "        raise Untrusted",
        "    o = new(cls)",
    ]
    position = {alias: i + 1 for i, (_, alias, _, _) in enumerate(spec)}
    for i, (name, _, kind, of) in enumerate(spec):
        slot = getattr(cls, name)
        names[f"s{i}"] = slot.__set__
        names[f"c{i}"] = of
        lines.append(f"    v = r[{i + 1}]")
        if kind == _DOC:
            lines += [
                "    if v is None:",
                "        v = against[0]",
                "    elif type(v) is not str:",
                "        raise Untrusted",
            ]
        elif kind == _QUOTE:
            start, end, document = position["start"], position["end"], position["document"]
            lines += [
                "    if v is None:",
                f"        if r[{document}] is not None:",  # a quote is given back with the id
                "            raise Untrusted",
                "        t = against[1]",
                f"        a, b = r[{start}], r[{end}]",
                "        if not 0 <= a <= b <= len(t):",
                "            raise Untrusted",
                "        v = t[a:b]",
                "    elif type(v) is not str:",
                "        raise Untrusted",
            ]
        elif kind in (_REF, _OPTREF):
            check = [
                "    if type(v) is not int or v < 0:",
                "        raise Untrusted",
                "    v = built[v]",
                f"    if type(v) is not c{i}:",
                "        raise Untrusted",
            ]
            if kind == _REF:
                lines += check
            else:
                lines += ["    if v is not None:", *["    " + line for line in check]]
        elif kind == _REFS:
            lines += [
                "    if type(v) is not list:",
                "        raise Untrusted",
                "    if v:",
                "        items = []",
                "        for x in v:",
                "            if type(x) is not int or x < 0:",
                "                raise Untrusted",
                "            x = built[x]",
                f"            if type(x) is not c{i}:",
                "                raise Untrusted",
                "            items.append(x)",
                "        v = tuple(items)",
                "    else:",
                "        v = ()",
            ]
        else:
            inline = _inline_check(of)
            if inline is not None:
                lines += [f"    if {inline}:", "        raise Untrusted"]
            else:
                build = _builder(of)
                names[f"b{i}"] = build
                if build is tuple:
                    lines += ["    if type(v) is not list:", "        raise Untrusted"]
                lines.append(f"    v = b{i}(v)")
        lines.append(f"    s{i}(o, v)")
    lines.append("    return o")
    code = compile("\n".join(lines), f"<table builder of {cls.__name__}>", "exec")
    exec(code, names)  # noqa: S102 - source written above from the class's own field names
    built: Callable[[list[Any], list[Any], Against | None], Any] = names["build"]
    return built
