"""The mention: one claim about one session or event, in one place of one document.

A mention is one of four small types, each with only the fields its claim can state:
:class:`SessionMention`, :class:`EventMention`, :class:`PeriodMention` and
:class:`AnniversaryMention`. :data:`Mention` is their union; code that treats them apart
asks the type (``isinstance`` or ``match``), and each has a read-only ``kind``
(:class:`~vnlao_events.MentionKind`) for callers that want a label.

>>> from vnlao_events import Document, extract
>>> doc = Document.from_text("Ngày 6/1/2019 đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ")
>>> match extract(doc)[0]:
...     case SessionMention(series=series, ordinal=ordinal):
...         print(series, ordinal)
intergovernmental-committee 41
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as _date
from typing import TypeAlias

import attrs

from .._dates import PartialDate, When
from .._derivation import Derivation
from .._kinds import MentionKind
from .._model import (
    Anniversary,
    Event,
    Evidence,
    Participant,
    Period,
    Place,
    Status,
    participant_tuple,
)

__all__ = [
    "AnniversaryMention",
    "EventMention",
    "Mention",
    "PeriodMention",
    "SessionMention",
]


def _derivations(value: Iterable[Derivation]) -> tuple[Derivation, ...]:
    """Derivations as a tuple, each checked to be a value (extraction writes no lines)."""
    items = tuple(value)
    for item in items:
        if not isinstance(item, Derivation):
            raise TypeError(f"'derivation' must hold Derivation values (got {item!r}).")
    return items


@attrs.frozen(kw_only=True)
class SessionMention:
    """A claim about one session of a series: its number, status, date, place, co-chairs.

    Args:
        document: the document's id.
        evidence: where the claim is written.
        series: the series key.
        ordinal: the session's number, when the text gives or implies one.
        status: held, planned, or ``HELD_OR_PLANNED`` when the claim says nothing of it
            (the same encoding as :class:`~vnlao_events.Session`).
        date: the date the claim gives.
        place: the place it gives.
        co_chairs: who co-chairs it.
        participants: who else takes part.
        derivation: how the facts the text does not state in so many words were reached.
        published: the document's published date.
        not_before: the day an announcement spoke of the session as still to come: it is on
            or after that day (as :attr:`Session.not_before <vnlao_events.Session>`).

    >>> from vnlao_events import Evidence
    >>> m = SessionMention(document="a", evidence=Evidence(document="a", start=0, end=1,
    ...                    quote="x"), series="political-consultation", ordinal=7)
    >>> m.kind.value, m.status.value
    ('session', 'held-or-planned')
    """

    document: str
    evidence: Evidence
    series: str
    ordinal: int | None = None
    status: Status = attrs.field(default=Status.HELD_OR_PLANNED, converter=Status)
    date: When | None = None
    place: Place | None = None
    co_chairs: tuple[Participant, ...] = attrs.field(default=(), converter=participant_tuple)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=participant_tuple)
    derivation: tuple[Derivation, ...] = attrs.field(default=(), converter=_derivations)
    published: PartialDate | None = None
    not_before: _date | None = None

    @property
    def kind(self) -> MentionKind:
        """``MentionKind.SESSION``."""
        return MentionKind.SESSION


@attrs.frozen(kw_only=True)
class EventMention:
    """A claim about a one-off event (a visit, talks, a side event): the event itself.

    The event's date, place, people and derivation are the event's own.

    >>> from vnlao_events import Event, EventKind, Evidence
    >>> evidence = Evidence(document="a", start=0, end=1, quote="x")
    >>> m = EventMention(document="a", evidence=evidence,
    ...                  event=Event(kind=EventKind.VISIT, summary="Visit"))
    >>> m.kind.value, m.event.summary
    ('event', 'Visit')
    """

    document: str
    evidence: Evidence
    event: Event
    published: PartialDate | None = None

    @property
    def kind(self) -> MentionKind:
        """``MentionKind.EVENT``."""
        return MentionKind.EVENT


@attrs.frozen(kw_only=True)
class PeriodMention:
    """A claim about a named period: a plan, an agreement's years, a themed year.

    >>> from vnlao_events import Evidence, Period
    >>> evidence = Evidence(document="a", start=0, end=1, quote="x")
    >>> m = PeriodMention(document="a", evidence=evidence,
    ...                   period=Period(name="Plan", start_year=2021, end_year=2025))
    >>> m.kind.value, m.period.end_year
    ('period', 2025)
    """

    document: str
    evidence: Evidence
    period: Period

    @property
    def kind(self) -> MentionKind:
        """``MentionKind.PERIOD``."""
        return MentionKind.PERIOD


@attrs.frozen(kw_only=True)
class AnniversaryMention:
    """A claim about an anniversary marked in the article's year.

    >>> from vnlao_events import Anniversary, Evidence
    >>> evidence = Evidence(document="a", start=0, end=1, quote="x")
    >>> m = AnniversaryMention(document="a", evidence=evidence,
    ...                        anniversary=Anniversary(name="ties", nth=60, year=2022))
    >>> m.kind.value, m.anniversary.nth
    ('anniversary', 60)
    """

    document: str
    evidence: Evidence
    anniversary: Anniversary

    @property
    def kind(self) -> MentionKind:
        """``MentionKind.ANNIVERSARY``."""
        return MentionKind.ANNIVERSARY


Mention: TypeAlias = SessionMention | EventMention | PeriodMention | AnniversaryMention
"""One claim in one place of one document: a session, event, period or anniversary mention."""

MENTION_TYPES: dict[MentionKind, type[Mention]] = {
    MentionKind.SESSION: SessionMention,
    MentionKind.EVENT: EventMention,
    MentionKind.PERIOD: PeriodMention,
    MentionKind.ANNIVERSARY: AnniversaryMention,
}
"""Each kind's mention type (the codec reads a stored mention's ``kind`` with it)."""
