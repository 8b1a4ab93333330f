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
vnlao_events.archive.codec.InvalidEntryError: [0]: Mention: missing field 'document'
"""

from __future__ import annotations

import datetime
import enum
import json
import types
import typing
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs

from ..extract import Mention

__all__ = ["InvalidEntryError", "decode_mentions", "encode_mentions", "encode_value"]


class InvalidEntryError(ValueError):
    """A stored value that does not read back as the type it should have."""


def encode_value(value: object) -> Any:
    """A JSON-ready form of a value type (attrs classes, enums, dates, tuples)."""
    cls = type(value)
    if attrs.has(cls):
        return {f.alias: encode_value(getattr(value, f.name)) for f in attrs.fields(cls) if f.init}
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


def encode_mentions(mentions: Sequence[Mention]) -> str:
    """The mentions as one JSON array (compact, keys in field order)."""
    return json.dumps(
        [encode_value(m) for m in mentions], ensure_ascii=False, separators=(",", ":")
    )


def decode_mentions(text: str) -> list[Mention]:
    """Mentions from :func:`encode_mentions`' JSON.

    Raises:
        InvalidEntryError: naming where the JSON does not fit the types.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InvalidEntryError(f"not JSON: {error}") from None
    if not isinstance(data, list):
        raise InvalidEntryError(f"expected a list of mentions (got {type(data).__name__})")
    return [_decode(item, Mention, f"[{i}]") for i, item in enumerate(data)]


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(data: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        if data is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        for option in options[:-1]:
            try:
                return _decode(data, option, where)
            except InvalidEntryError:
                continue
        return _decode(data, options[-1], where)
    if origin is typing.Literal:
        if data not in args:
            raise InvalidEntryError(f"{where}: expected one of {args!r} (got {data!r})")
        return data
    if origin is tuple:
        if not isinstance(data, list):
            raise InvalidEntryError(f"{where}: expected a list (got {type(data).__name__})")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(x, args[0], f"{where}[{i}]") for i, x in enumerate(data))
        if len(data) != len(args):
            raise InvalidEntryError(f"{where}: expected {len(args)} items (got {len(data)})")
        return tuple(
            _decode(x, a, f"{where}[{i}]") for i, (x, a) in enumerate(zip(data, args, strict=True))
        )
    if origin is dict:
        if not isinstance(data, dict):
            raise InvalidEntryError(f"{where}: expected an object (got {type(data).__name__})")
        return {
            _decode(k, args[0], where): _decode(v, args[1], f"{where}.{k}") for k, v in data.items()
        }
    if hint is type(None):
        if data is not None:
            raise InvalidEntryError(f"{where}: expected null (got {data!r})")
        return None
    if isinstance(hint, type):
        return _decode_type(data, hint, where)
    raise InvalidEntryError(
        f"{where}: no reader for {hint!r}"
    )  # pragma: no cover - new field types


def _decode_type(data: Any, hint: type, where: str) -> Any:
    if attrs.has(hint):
        return _decode_attrs(data, hint, where)
    if issubclass(hint, enum.Enum):
        try:
            return hint(data)
        except ValueError:
            raise InvalidEntryError(f"{where}: {data!r} is not a {hint.__name__}") from None
    if hint is datetime.date:
        if not isinstance(data, str):
            raise InvalidEntryError(f"{where}: expected an ISO date (got {data!r})")
        try:
            return datetime.date.fromisoformat(data)
        except ValueError:
            raise InvalidEntryError(f"{where}: {data!r} is not an ISO date") from None
    if hint is bool:
        ok = isinstance(data, bool)
    elif hint is int:
        ok = isinstance(data, int) and not isinstance(data, bool)
    elif hint is float:
        ok = isinstance(data, int | float) and not isinstance(data, bool)
        data = float(data) if ok else data
    elif hint is str:
        ok = isinstance(data, str)
    else:  # pragma: no cover - new field types
        ok = False
    if not ok:
        raise InvalidEntryError(f"{where}: expected {hint.__name__} (got {data!r})")
    return data


def _decode_attrs(data: Any, cls: type, where: str) -> Any:
    if not isinstance(data, dict):
        raise InvalidEntryError(f"{where}: expected a {cls.__name__} object (got {data!r})")
    hints = _hints(cls)
    fields = {f.alias: f for f in attrs.fields(cls) if f.init}
    unknown = set(data) - set(fields)
    if unknown:
        raise InvalidEntryError(f"{where}: {cls.__name__}: unknown field {sorted(unknown)[0]!r}")
    kwargs: dict[str, Any] = {}
    for alias, field in fields.items():
        if alias not in data:
            if field.default is attrs.NOTHING:
                raise InvalidEntryError(f"{where}: {cls.__name__}: missing field {alias!r}")
            continue
        kwargs[alias] = _decode(data[alias], hints[field.name], f"{where}.{alias}")
    try:
        return cls(**kwargs)
    except (ValueError, TypeError) as error:
        raise InvalidEntryError(f"{where}: {cls.__name__}: {error}") from None
