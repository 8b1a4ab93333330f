"""Reading one text in the tests: the session mentions extraction finds in it."""

from __future__ import annotations

import vnlao_events as ve


def session_mentions(text: str, published: str | None = None) -> list[ve.SessionMention]:
    """The session mentions of ``text`` read as a document ``t.txt`` (``published`` ISO)."""
    doc = ve.Document(
        id="t.txt",
        text=text,
        published=ve.PartialDate.parse_iso(published) if published else None,
    )
    return [m for m in ve.extract(doc) if isinstance(m, ve.SessionMention)]
