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
>>> json.loads(lines[1])["record"], json.loads(lines[1])["series"]
('session', 'political-consultation')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .._catalogue import Catalogue
from .._model import Timeline
from ..archive.codec import encode_value
from ..archive.extraction import DocumentMentions
from .json import SCHEMA_ID, timeline_sections
from .names import Names

__all__ = ["mention_lines", "timeline_lines"]

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
            if series is None or mention.series in series:
                yield _line("mention", encode_value(mention))
