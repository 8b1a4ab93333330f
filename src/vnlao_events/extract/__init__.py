"""Extraction: documents → mentions (one claim in one place of one document).

A pipeline of small recognisers, each a module with one job and its own tests:

* :mod:`.sentences` cuts page furniture and splits the body into sentences;
* :mod:`.ordinals` finds ordinals ("lần thứ 7", "the 39th", "Kỳ họp 46"), never a "first"
  that only says something is first;
* :mod:`.mechanisms` finds mechanisms by catalogue aliases and by head noun + core;
* :mod:`.places`, :mod:`.people`, :mod:`.status` find places, people and co-chairs, tense;
* :mod:`.events` and :mod:`.periods` find one-off events, periods and anniversaries;
* :mod:`.pipeline` composes them, sentence by sentence, passing what later sentences refer
  back to (the article's focus session, the last day read) as a value.

What each recogniser knows of a language lives in ``data/phrases/<language>.toml``.

>>> from vnlao_events._documents import Document
>>> doc = Document.from_text("Ngày 6/1/2019 đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ")
>>> [(m.series, m.ordinal, m.status.value) for m in extract(doc)]
[('intergovernmental-committee', 41, 'held')]
"""

from __future__ import annotations

from .mention import (
    MENTION_TYPES,
    AnniversaryMention,
    EventMention,
    Mention,
    PeriodMention,
    SessionMention,
)
from .phrases import Phrases
from .pipeline import extract, extract_all
from .sentences import body_end

__all__ = [
    "MENTION_TYPES",
    "AnniversaryMention",
    "EventMention",
    "Mention",
    "PeriodMention",
    "Phrases",
    "SessionMention",
    "body_end",
    "extract",
    "extract_all",
]
