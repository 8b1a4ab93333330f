"""One-off events: visits, receptions, talks, calls, and side events of a session.

>>> from vnlao_events._documents import Document
>>> from vnlao_events.extract.context import DocumentView
>>> from vnlao_events.extract.people import find_people
>>> from vnlao_events.extract.sentences import Sentence
>>> text = "Ngày 5/1/2024, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Lào."
>>> view = DocumentView.of(Document.from_text(text))
>>> s = Sentence.of(0, text)
>>> found, _ = find_people(s, view, ())
>>> mentions, _ = find_events(s, view, found, [], [], [], view.dates(s), None, True)
>>> mentions[0].event.kind.value
'reception'
"""

from __future__ import annotations

import re

from .._dates import When
from .._derivation import Derivation, Rule
from .._model import Event, EventKind, Participant, Place
from .._temporal import DateExpression, Tense, resolve
from .context import DocumentView
from .mention import EventMention, Mention, SessionMention
from .phrases import Phrases, active, word_alternation
from .places import PlaceFound
from .sentences import Sentence

__all__ = ["find_events"]

_KINDS = (
    (EventKind.VISIT, "visit"),
    (EventKind.CALL, "call"),
    (EventKind.RECEPTION, "reception"),
    (EventKind.TALKS, "talks"),
)
_WILL = re.compile(r"\bwill\b")


def _any_cue() -> re.Pattern[str]:
    return active().memo("events._any_cue", _build_any_cue)


def _build_any_cue(phrases: Phrases) -> re.Pattern[str]:
    """Every event cue as one pattern: a sentence it does not match has no event."""
    names = [name for _, name in _KINDS] + ["side"]
    return re.compile(word_alternation(w for n in names for w in phrases.words("events", n)))


def _referring() -> re.Pattern[str]:
    return active().memo("events._referring", _build_referring)


def _build_referring(phrases: Phrases) -> re.Pattern[str]:
    """A word that refers back right before a cue: "Tại cuộc hội đàm", "during the talks"."""
    reference = phrases.pattern("frames", "reference", bounded=False)
    return re.compile(r"(?<![\w-])" + reference.pattern + r"\s*$")


def _what(sentence: Sentence, start: int) -> str:
    """The words that name a side event: from its cue to a closing quote or about 90 chars."""
    text = sentence.folded.clean[start : start + 140]  # as written, invisible characters gone
    closing = max(text.find("”", 0, 120), text.find('"', 1, 120))
    if closing > 0:
        return text[: closing + 1]
    cut = text.rfind(" ", 0, 90)
    return text[: cut if cut > 40 else 90].rstrip(" ,;")


def _summary(
    kind: EventKind,
    members: list[Participant],
    place: Place | None,
    related: tuple[str, int] | None,
    what: str = "",
) -> str:
    label = {
        EventKind.VISIT: "Visit", EventKind.RECEPTION: "Reception", EventKind.TALKS: "Talks",
        EventKind.CALL: "Phone or online talks", EventKind.SIDE_EVENT: "Side event",
    }[kind]  # fmt: skip
    text = label
    if kind is EventKind.VISIT and place is not None and place.country:
        text += f" to {place.country}"
    if members:
        text += ": " + ", ".join(m.name for m in members)
    elif what:
        text += ": " + what[:1].upper() + what[1:]
    if related is not None:
        text += f" (on the occasion of {related[0]} #{related[1]})"
    return text


def _place_of(earlier: list[Mention], key: tuple[str, int]) -> Place | None:
    """The place this document gives a session, from its earlier mentions."""
    for mention in earlier:
        if (
            isinstance(mention, SessionMention)
            and (mention.series, mention.ordinal) == key
            and mention.place is not None
        ):
            return mention.place
    return None


def find_events(
    sentence: Sentence,
    view: DocumentView,
    people: list[tuple[int, int, Participant]],
    places: list[PlaceFound],
    sessions: list[Mention],
    earlier: list[Mention],
    dates: list[DateExpression],
    last_date: When | None,
    seen_date: bool,
    occasions: tuple[int, ...] = (),
) -> tuple[list[EventMention], When | None]:
    """The events a sentence reports, and the last day read after them."""
    phrases = active()
    text = sentence.view
    if _any_cue().search(text) is None:
        return [], last_date  # no cue of any kind: one search instead of one per kind
    reference = _referring()
    cues: list[tuple[int, int, EventKind]] = []
    for kind, name in _KINDS:
        for match in phrases.pattern("events", name).finditer(text):
            before = text[max(0, match.start() - 12) : match.start()]
            if reference.search(before):
                continue  # "Tại cuộc hội đàm" refers back to talks already reported
            if any(c[0] <= match.start() < c[1] for c in cues):
                continue
            if kind is not EventKind.VISIT and any(c[2] is kind for c in cues):
                continue  # one reception, one call … per sentence
            cues.append((match.start(), match.end(), kind))
    side = phrases.pattern("events", "side").search(text)
    if side and occasions:
        cues.append((side.start(), side.end(), EventKind.SIDE_EVENT))
    if not cues:
        return [], last_date
    if sentence.cue(phrases.pattern("status", "planned"), 0, cues[0][0]) or _WILL.search(text):
        return [], last_date
    visits = [c for c in cues if c[2] is EventKind.VISIT]
    if visits:
        cues = visits + [c for c in cues if c[2] is EventKind.SIDE_EVENT]
    cues.sort()
    found: list[EventMention] = []
    published = view.document.published
    for index, (c_start, c_end, kind) in enumerate(cues):
        seg_start = 0 if index == 0 else cues[index - 1][1]
        seg_end = cues[index + 1][0] if index + 1 < len(cues) else len(text)
        if kind is EventKind.VISIT and index:
            seg_start = c_start  # "chuyến thăm … của X": the visitor follows the cue
        in_seg = [d for d in dates if c_start <= sentence.folded.view_offset(d.start) < seg_end]
        lead = [d for d in dates if sentence.folded.view_offset(d.start) < cues[0][0]]
        expr = in_seg[0] if in_seg else (lead[0] if lead else None)
        derivation: list[Derivation] = []
        when: When | None = None
        if expr is not None:
            when, why = resolve(expr, view.anchor, Tense.PAST, last_date)
            if why is not None:
                derivation.append(why.about(expr.text))
            if when is not None and when.window is not None and when.window.is_day:
                last_date = when
        elif not seen_date and published is not None:
            window = published.window()
            if window is not None:
                when = When.of(window)
                derivation.append(
                    Derivation.of(Rule.PUBLISHED_FALLBACK, published=published.format_iso())
                )
        if when is None:
            continue
        members = [p for s, _, p in people if seg_start <= s < seg_end]
        if kind is EventKind.SIDE_EVENT:
            members = []
        if not members and kind is not EventKind.SIDE_EVENT:
            continue
        place = None
        destination = view.catalogue.find("places", sentence.folded.plain[c_end : c_end + 25])
        seg_places = [p for s, _, p, _ in places if seg_start <= s < seg_end]
        lead_places = [p for s, _, p, _ in places if s < cues[0][0]] if index == 0 else []
        if kind is EventKind.VISIT and destination:
            place = view.catalogue.place(destination[0][2])
            if seg_places and place.agrees_with(seg_places[0]):
                place = seg_places[0].merge(place)
        elif seg_places or lead_places:
            place = (lead_places or seg_places)[0]
        related = None
        what = ""
        if kind is EventKind.SIDE_EVENT:
            occasion_sessions = [
                m for m in sessions if isinstance(m, SessionMention) and m.ordinal is not None
            ]
            if not occasion_sessions:
                continue
            occasion = occasion_sessions[0]
            related = (occasion.series, occasion.ordinal or 0)
            what = _what(sentence, c_start)
            held_at = _place_of(sessions, related) or _place_of(earlier, related)
            if place is None and held_at is not None and held_at.country:
                place = Place(country=held_at.country)
                derivation.append(
                    Derivation.of(
                        Rule.OCCASION_COUNTRY,
                        country=held_at.country,
                        series=related[0],
                        ordinal=related[1],
                    )
                )
        first, last = sentence.span(seg_start, seg_end)
        event = Event(
            kind=kind,
            summary=_summary(kind, members, place, related, what),
            date=when,
            place=place,
            participants=members,
            evidence=(view.evidence(first, last),),
            related_to=related,
            derivation=derivation,
        )
        found.append(
            EventMention(
                document=view.document.id,
                evidence=event.evidence[0],
                event=event,
                published=published,
            )
        )
    return found, last_date
