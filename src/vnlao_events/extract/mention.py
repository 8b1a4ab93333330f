"""The mention: one claim about one session or event, in one place of one document."""

from __future__ import annotations

import attrs

from .._dates import DateWindow, PartialDate, When
from .._kinds import MentionKind, mention_kind
from .._model import (
    Anniversary,
    Event,
    Evidence,
    Participant,
    Period,
    Place,
    Status,
    participant_tuple,
    tuple_of_str,
)

__all__ = ["Mention"]


@attrs.frozen(kw_only=True)
class Mention:
    """One claim about one session or event, in one place of one document.

    ``kind`` is ``"session"``, ``"event"``, ``"period"`` or ``"anniversary"``. Fields that the
    claim does not state are ``None`` (``status`` included: a bare mention says nothing of it).

    >>> from vnlao_events import Document, extract
    >>> doc = Document.from_text("Ngày 6/1/2019 đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ")
    >>> mention = extract(doc)[0]
    >>> mention.kind, mention.series, mention.ordinal, mention.evidence.start
    ('session', 'intergovernmental-committee', 41, 0)
    """

    kind: MentionKind = attrs.field(converter=mention_kind)
    document: str
    evidence: Evidence
    series: str | None = None
    ordinal: int | None = None
    status: Status | None = None
    date: When | None = None
    place: Place | None = None
    co_chairs: tuple[Participant, ...] = attrs.field(default=(), converter=participant_tuple)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=participant_tuple)
    derivation: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    published: PartialDate | None = None
    event: Event | None = None
    period: Period | None = None
    anniversary: Anniversary | None = None
    not_before: DateWindow | None = None
