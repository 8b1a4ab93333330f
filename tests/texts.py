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


def mention_chairs(text: str, published: str | None = None) -> set[str]:
    """Every co-chair named in any session mention of ``text``."""
    return {p.name for m in session_mentions(text, published) for p in m.co_chairs}


def phrase_rows(section: str, kind: str) -> list[tuple[str, str]]:
    """``(lang, phrase)`` for every phrase of one kind in the bundled data, both languages."""
    phrases = ve.Phrases.default()
    return [(lang, p) for lang in ("vi", "en") for p in phrases.words(section, kind, lang)]
