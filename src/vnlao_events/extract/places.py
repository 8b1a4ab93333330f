"""Places in a sentence: gazetteer entries after a locative preposition (tại, ở, in, at).

Chained parts merge ("Đồng Hới, tỉnh Quảng Bình"); a relation ("Vietnam-Laos") or a
place inside a quoted title is no place; a clause-initial "tại X," governs its whole
clause; "online", "trực tuyến" make an online place.

>>> from vnlao_events._documents import Document
>>> from vnlao_events.extract.context import DocumentView
>>> from vnlao_events.extract.sentences import Sentence
>>> text = "Tại Viêng Chăn, hai đoàn đã họp."
>>> [(p.city, governs) for _, _, p, governs in find_places(
...     Sentence.of(0, text), DocumentView.of(Document.from_text(text)))]
[('Viêng Chăn', True)]
"""

from __future__ import annotations

import re

from .._model import Place
from .context import DocumentView
from .phrases import Phrases, active, alternation
from .sentences import Sentence

__all__ = ["PlaceFound", "destination", "find_places", "nearest_place"]

PlaceFound = tuple[int, int, Place, bool]  # start, end, place, governs the whole clause
_QUOTED = re.compile(r"[\"“][^\"“”]{1,200}[\"”]")


def _specificity(place: Place) -> int:
    return sum(1 for part in (place.venue, place.city, place.province) if part)


def _chain() -> re.Pattern[str]:
    return active().memo("places._chain", _build_chain)


def _build_chain(phrases: Phrases) -> re.Pattern[str]:
    return re.compile(r",?\s*(?:" + alternation(phrases.words("places", "chain")) + r")?\s*")


def find_places(sentence: Sentence, view: DocumentView) -> list[PlaceFound]:
    """Gazetteer entries after a locative preposition, with chained admin parts."""
    text = sentence.view
    phrases = active()
    locative_pattern = phrases.pattern("places", "locative")
    chain = _chain()
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    result: list[PlaceFound] = []
    previous_end = -1
    previous_locative = -1
    for start, end, key in view.hits("places", sentence):
        if any(q_start < start < q_end for q_start, q_end in quoted):
            continue  # a place inside a quoted title is not where anything happens
        if re.match(r"\s*-\s*\w", text[end : end + 4]) or re.search(
            r"\w\s*-\s*$", text[max(0, start - 4) : start]
        ):
            continue  # "Vietnam-Laos", "Lào - Việt Nam" name the relation, not a place
        entry = view.catalogue.places[key]
        if entry.kind == "country":
            written = sentence.folded.clean[start:end].casefold()  # NFC, no invisibles
            if written not in {a.casefold() for a in (*entry.aliases, *entry.names.values())}:
                continue  # "Lao" (the adjective) is not "Lào" (the country)
        window_start = max(0, start - 60)
        locative = None
        for match in locative_pattern.finditer(text[window_start:start]):
            locative = match
        chained = previous_end >= 0 and chain.fullmatch(text[previous_end:start]) is not None
        ok = chained
        position = -1
        governs = False
        if locative is not None:
            position = window_start + locative.start()
            gap = text[window_start + locative.end() : start]
            ok = ok or (not re.search(r"[,;:]", gap) and len(gap.split()) <= 6)
            # "Từ ngày 3-7/1, tại Vientiane, …": a clause-initial place governs the clause
            lead = text[:position]
            governs = (
                ok
                and re.match(r"\s*,", text[end:]) is not None
                and len(lead) <= 40
                and (not lead.strip() or lead.rstrip().endswith(","))
            )
        if not ok:
            continue
        place = view.catalogue.place(key)
        if result and (chained or position == previous_locative):
            first, _, merged, was_governing = result[-1]
            more_specific = _specificity(place) > _specificity(merged)
            result[-1] = (
                first,
                end,
                place.merge(merged) if more_specific else merged.merge(place),
                was_governing or governs,
            )
        else:
            result.append((start, end, place, governs))
        previous_end = end
        previous_locative = position
    online = phrases.pattern("places", "online").search(text)
    if online and not phrases.pattern("places", "online_events").search(text):
        result.append((online.start(), online.end(), Place(online=True), False))
    return result


def nearest_place(places: list[PlaceFound], start: int, end: int) -> Place | None:
    """The place of a mention at ``start..end``: the nearest within 200 characters.

    A city beats a nearer bare country; a clause-initial place governs when nothing
    nearer is said.
    """
    candidates: list[tuple[int, Place]] = []
    governing: Place | None = None
    for p_start, p_end, place, governs in places:
        if start <= p_start < end:
            continue  # a country inside the mechanism's own name
        if governs and governing is None:
            governing = place
        distance = p_start - end if p_start >= end else start - p_end
        if distance <= 200:
            candidates.append((distance, place))
    if not candidates:
        return governing
    candidates.sort(key=lambda item: item[0])
    best = candidates[0][1]
    if best.city is None and best.venue is None and not best.online:
        for _, other in candidates[1:]:
            if other.city is not None:
                return other.merge(best) if other.agrees_with(best) else other
    return best


def destination(sentence: Sentence, view: DocumentView) -> Place | None:
    """The country a sentence's trip goes to ("official visit to Laos", "thăm chính thức Lào")."""
    text = sentence.view
    for cue in active().pattern("places", "destination").finditer(text):
        found = view.catalogue.find("places", sentence.folded.plain[cue.end() : cue.end() + 30])
        if found and re.fullmatch(
            r"\s*", sentence.folded.plain[cue.end() : cue.end() + found[0][0]]
        ):
            return view.catalogue.place(found[0][2])
    return None
