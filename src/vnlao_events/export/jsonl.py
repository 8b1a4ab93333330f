"""JSON Lines: one record a line, so a pipeline can read results as they come.

Two kinds of stream. *Sessions*: the timeline's records, one a line, each with a
``record`` field (``series``, ``session``, ``event``, ``period``, ``anniversary``,
``conflict``, ``warning``) and the same fields as in the ``vnlao-events.timeline/2``
JSON. *Mentions*: what extraction finds, one mention a line in archive order, written as
each document is read, before any assembly (``record``: ``mention``).

>>> import json, vnlao_events as ve
>>> lines = list(timeline_lines(ve.build_timeline(ve.bundled_seeds())))
>>> first = json.loads(lines[0])
>>> first["record"], first["schema"]
('series', 'vnlao-events.timeline/2')
>>> records = [json.loads(line) for line in lines]
>>> [r["ordinal"] for r in records if r.get("series") == "political-consultation"]
[7, 8, 9, 10, 11]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .._catalogue import Catalogue
from .._model import Timeline
from ..archive.codec import decode_mention, encode_value
from ..archive.extraction import DocumentMentions
from ..extract import AnniversaryMention, EventMention, Mention, PeriodMention, SessionMention
from .json import SCHEMA_ID, derivation_dict, timeline_sections
from .names import Names

__all__ = ["mention_lines", "mention_of_record", "mention_record", "timeline_lines"]

# The fields of each kind's record that its mention type has (the rest are null or empty).
_OWN = {
    "session": (
        "document", "evidence", "series", "ordinal", "status", "date", "place", "co_chairs",
        "participants", "published", "not_before",
    ),
    "event": ("document", "evidence", "event", "published"),
    "period": ("document", "evidence", "period"),
    "anniversary": ("document", "evidence", "anniversary"),
}  # fmt: skip

_KINDS = (
    ("events", "event"),
    ("periods", "period"),
    ("anniversaries", "anniversary"),
    ("conflicts", "conflict"),
)


def _line(record: str, data: dict[str, Any]) -> str:
    return json.dumps({"record": record, **data}, ensure_ascii=False) + "\n"


def timeline_lines(timeline: Timeline, catalogue: Catalogue | None = None) -> Iterator[str]:
    """The timeline as JSON Lines: each series, then its sessions, then the rest.

    Each record is made as its line is written: the whole timeline's dict never is.
    """
    sections = dict(timeline_sections(timeline, Names.of(catalogue)))
    for series in sections["series"]:
        head = {k: v for k, v in series.items() if k != "sessions"}
        yield _line("series", {"schema": SCHEMA_ID, **head})
        for session in series["sessions"]:
            yield _line("session", {"series": series["key"], **session})
    for key, record in _KINDS:
        for item in sections.get(key, ()):
            yield _line(record, item)
    for warning in sections.get("warnings", ()):
        yield _line("warning", {"message": warning})


def mention_lines(
    records: Iterable[DocumentMentions], series: set[str] | None = None
) -> Iterator[str]:
    """Each document's mentions as JSON Lines, as the documents are read.

    Args:
        records: from :func:`vnlao_events.archive.pool.read_archive`.
        series: only mentions of these series, when given.
    """
    for record in records:
        for mention in record.mentions:
            if series is None or (isinstance(mention, SessionMention) and mention.series in series):
                yield _line("mention", mention_record(mention))


def mention_record(mention: Mention) -> dict[str, Any]:
    """One mention as its JSON Lines record: the same fields for every kind.

    Fields a kind does not have are ``null`` (or empty); ``derivation`` is the English
    lines and ``derivations`` the same as values (``rule``, ``params``, ``facts``), as in
    the timeline JSON; ``status`` of a session mention that says nothing of it is
    ``held-or-planned`` and ``not_before`` is a day, as a session's.
    :func:`mention_of_record` reads a record back.

    >>> import vnlao_events as ve
    >>> record = mention_record(ve.extract(ve.bundled_seeds()[0])[0])
    >>> record["kind"], record["series"], record["status"], record["period"]
    ('session', 'political-consultation', 'held', None)
    """
    session = mention if isinstance(mention, SessionMention) else None
    event = mention.event if isinstance(mention, EventMention) else None
    derivation = session.derivation if session else event.derivation if event else ()
    return {
        "kind": mention.kind.value,
        "document": mention.document,
        "evidence": encode_value(mention.evidence),
        "series": session.series if session else None,
        "ordinal": session.ordinal if session else None,
        "status": session.status.value if session else None,
        "date": encode_value(session.date if session else event.date if event else None),
        "place": encode_value(session.place if session else event.place if event else None),
        "co_chairs": encode_value(session.co_chairs if session else ()),
        "participants": encode_value(
            session.participants if session else event.participants if event else ()
        ),
        "derivation": [str(d) for d in derivation],
        "derivations": [derivation_dict(d) for d in derivation],
        "published": encode_value(
            mention.published if isinstance(mention, SessionMention | EventMention) else None
        ),
        "event": encode_value(event),
        "period": encode_value(mention.period if isinstance(mention, PeriodMention) else None),
        "anniversary": encode_value(
            mention.anniversary if isinstance(mention, AnniversaryMention) else None
        ),
        "not_before": encode_value(session.not_before if session else None),
    }


def mention_of_record(record: dict[str, Any]) -> Mention:
    """The mention a :func:`mention_record` (one line of a mentions stream) was made from.

    Raises:
        InvalidEntryError: when the record does not fit the mention types.

    >>> import vnlao_events as ve
    >>> mention = ve.extract(ve.bundled_seeds()[0])[0]
    >>> mention_of_record(mention_record(mention)) == mention
    True
    """
    kind = record.get("kind")
    own = _OWN.get(kind, ()) if isinstance(kind, str) else ()
    data = {"kind": kind, **{k: record[k] for k in own if k in record}}
    if kind == "session":
        data["derivation"] = [
            {
                **{k: v for k, v in d.items() if k != "text"},  # the English text: not read
                "params": [[k, v] for k, v in d.get("params", {}).items()],
            }
            if isinstance(d, dict) and isinstance(d.get("params"), dict)
            else d
            for d in record.get("derivations", [])
        ]
    return decode_mention(data)
