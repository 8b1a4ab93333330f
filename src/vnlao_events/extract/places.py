"""Places in a sentence: gazetteer entries after a locative preposition (tại, ở, in, at).

Chained parts merge ("Đồng Hới, tỉnh Quảng Bình", "Đồng Hới (tỉnh Quảng Bình)", "Vientiane -
Lào"); a relation between two countries ("Vietnam-Laos") or a place inside a quoted title is
no place; a country word right after a venue names the venue's country ("trụ sở Bộ Ngoại giao
Lào" is in Laos); a clause-initial "tại X," governs its whole clause; "online", "trực tuyến"
make an online place; a third country (one no mechanism has as a member) is never where
a session is held. The destination of a trip ("thăm chính thức Lào", "tới Thủ đô
Vientiane", "to visit Vietnam and co-chair …") is where the session held on it takes place;
the point a trip leaves from ("rời Hà Nội") never is.

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
import unicodedata
from collections.abc import Callable
from itertools import pairwise

from .._model import Place
from .._temporal import vi_re
from .context import DocumentView
from .phrases import Phrases, active, alternation
from .sentences import Sentence

__all__ = [
    "PlaceFound",
    "as_written",
    "destination",
    "find_places",
    "names_visit",
    "nearest_place",
    "scene_place",
    "trip_place",
    "visit_countries",
]

PlaceFound = tuple[int, int, Place, bool]  # start, end, place, governs the whole clause
_QUOTED = re.compile(r"[\"“][^\"“”]{1,200}[\"”]")
_HYPHEN = re.compile(r"\s*-\s*")
_HYPHEN_AFTER = re.compile(r"\s*-\s*\w")
_HYPHEN_BEFORE = re.compile(r"\w\s*-\s*$")


def _specificity(place: Place) -> int:
    return sum(1 for part in (place.venue, place.city, place.province) if part)


def _chain() -> re.Pattern[str]:
    return active().memo("places._chain", _build_chain)


def _build_chain(phrases: Phrases) -> re.Pattern[str]:
    # "Đồng Hới, tỉnh Quảng Bình", "Phú Quốc (tỉnh Kiên Giang)", "Laos’ capital city, Vientiane"
    chain = alternation(phrases.words("places", "chain"))
    return re.compile(r"(?:[’']s?)?(?:,|\s*\()?\s*(?:" + chain + r"\s*,?)?\s*")


def _after() -> re.Pattern[str]:
    return active().memo("places._after", _build_after)


def _build_after(phrases: Phrases) -> re.Pattern[str]:
    # What may close a place before the comma that ends a clause-initial "tại X,":
    # "tại Đồng Hới (tỉnh Quảng Bình),", "in Dong Hoi (Quang Binh province),"
    chain = alternation(phrases.words("places", "chain"))
    return re.compile(r"\s*(?:" + chain + r")?\s*\)?\s*,")


def _held_together(hits: list[tuple[int, int, str]], text: str, view: DocumentView) -> set[int]:
    """Hits joined by a hyphen that name one place, not a relation: "Vientiane - Lào".

    "Vietnam-Laos" joins two countries (a relation); "Vientiane - Laos" a city and the
    country that holds it (a place and its country, as datelines and captions write it).
    """
    together: set[int] = set()
    places = view.catalogue.places
    for index, (first, second) in enumerate(pairwise(hits)):
        if not _HYPHEN.fullmatch(text, first[1], second[0]):
            continue
        inner, outer = places[first[2]], places[second[2]]
        if (
            inner.kind != "country"
            and outer.kind == "country"
            and view.catalogue.place(first[2]).country == outer.country
        ):
            together.update((index, index + 1))
    return together


def _members(view: DocumentView) -> frozenset[str]:
    return view.catalogue.memo("places.members", lambda c: frozenset(c.members()))


def find_places(sentence: Sentence, view: DocumentView) -> list[PlaceFound]:
    """Gazetteer entries after a locative preposition, with chained admin parts."""
    text = sentence.view
    phrases = active()
    locative_pattern = phrases.pattern("places", "locative")
    chain = _chain()
    result: list[PlaceFound] = []
    previous_end = -1
    previous_locative = -1
    hits = view.hits("places", sentence)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)] if hits else []
    together = _held_together(hits, text, view)
    for index, (start, end, key) in enumerate(hits):
        if any(q_start < start < q_end for q_start, q_end in quoted):
            continue  # a place inside a quoted title is not where anything happens
        if index not in together and (
            _HYPHEN_AFTER.match(text[end : end + 4])
            or _HYPHEN_BEFORE.search(text[max(0, start - 4) : start])
        ):
            continue  # "Vietnam-Laos", "Lào - Việt Nam" name the relation, not a place
        entry = view.catalogue.places[key]
        if entry.kind == "country" and entry.country not in _members(view):
            continue  # "tại Campuchia": a third country is where something else happens
        if entry.kind == "country":
            written = sentence.folded.clean[start:end].casefold()  # NFC, no invisibles
            if written not in {a.casefold() for a in (*entry.aliases, *entry.names.values())}:
                continue  # "Lao" (the adjective) is not "Lào" (the country)
        window_start = max(0, start - 60)
        locative = None
        for match in locative_pattern.finditer(text[window_start:start]):
            locative = match
        chained = previous_end >= 0 and (
            chain.fullmatch(text[previous_end:start]) is not None
            or (index in together and index - 1 in together)
        )
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
                and _after().match(text, end) is not None
                and len(lead) <= 40
                and (not lead.strip() or lead.rstrip().endswith(","))
            )
        if not ok and _dated_gloss(text, start, end):
            ok = True  # "Tham khảo chính trị lần thứ 8 (Lào, tháng 6/2023)": where and when
        if not ok or _departure(sentence, start):
            continue  # "rời sân bay Nội Bài ở Hà Nội": where a trip leaves from
        if position >= 0 and _homecoming().search(text, max(0, position - 16), position):
            continue  # "arrived back in Hanoi": where a trip ends, not where it did anything
        place = view.catalogue.place(key)
        if (
            result
            and not chained
            and result[-1][2].venue is not None
            and locative is not None
            and _chain().fullmatch(text, previous_end, position)
            and _chain().fullmatch(text, window_start + locative.end(), start)
            and entry.kind in ("city", "province", "country")
        ):
            # "tại Nhà Quốc hội ở Thủ đô Viêng Chăn": where the building is; a venue the
            # gazetteer places elsewhere is another building of that name
            first, _, merged, was_governing = result[-1]
            agrees = merged.agrees_with(place)
            where = merged.merge(place) if agrees else Place(venue=merged.venue).merge(place)
            result[-1] = (first, end, where, was_governing or governs)
            previous_end = end
            previous_locative = position
            continue
        if result and (chained or position == previous_locative):
            first, _, merged, was_governing = result[-1]
            more_specific = _specificity(place) > _specificity(merged)
            if (
                entry.kind == "country"
                and merged.venue is not None
                and merged.country != place.country
                and re.fullmatch(r"\s+", text[previous_end:start])
            ):
                # "trụ sở Bộ Ngoại giao Lào": the country word says whose building it is
                joined = Place(venue=merged.venue, country=place.country, timezone=place.timezone)
            else:
                joined = place.merge(merged) if more_specific else merged.merge(place)
            result[-1] = (first, end, joined, was_governing or governs)
        else:
            result.append((start, end, place, governs))
        previous_end = end
        previous_locative = position
    online = phrases.pattern("places", "online").search(text)
    if (
        online
        and not phrases.pattern("places", "online_events").search(text)
        and not (result and phrases.pattern("places", "hybrid").search(text))
    ):  # "trực tiếp kết hợp trực tuyến … tại Hà Nội": held in Hà Nội
        result.append((online.start(), online.end(), Place(online=True), False))
    return result


_GLOSS_OPEN = re.compile(r"\(\s*$")
_GLOSS_REST = re.compile(r"\s*,[^()]{0,30}?\b\d{4}\s*\)")


def _dated_gloss(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start..end`` opens a gloss of place and year in parentheses.

    A reference to an earlier session tells where and when it was in brackets after its
    name: "(Lào, tháng 6/2023)", "(Vientiane, June 2023)", "(Hà Nội, 2019)".

    >>> text = "lần thứ 8 (lào, tháng 6/2023)"
    >>> _dated_gloss(text, text.index("lào"), text.index("lào") + 3)
    True
    >>> text = "bộ trưởng ngoại giao (lào) phát biểu"
    >>> _dated_gloss(text, text.index("lào"), text.index("lào") + 3)
    False
    """
    return (
        _GLOSS_OPEN.search(text, max(0, start - 3), start) is not None
        and _GLOSS_REST.match(text, end) is not None
    )


def nearest_place(
    places: list[PlaceFound], start: int, end: int, view: str | None = None
) -> Place | None:
    """The place of a mention at ``start..end``: the nearest within 200 characters.

    A city beats a nearer bare country; a clause-initial place governs when nothing
    nearer is said. With the sentence's ``view``, a place before the mention in a clause a
    coordinator or a comma closes yields to one right after it in its own clause ("… diễn ra
    tại Viêng Chăn và Kỳ họp lần thứ 46 … diễn ra tại Hà Nội": Hà Nội).
    """
    candidates: list[tuple[int, Place]] = []
    governing: Place | None = None
    after = [
        p_start - end
        for p_start, _, _, _ in places
        if p_start >= end and view is not None and not _CLAUSE_BREAK.search(view, end, p_start)
    ]
    own_after = bool(after) and min(after) <= 60
    for p_start, p_end, place, governs in places:
        if start <= p_start < end:
            continue  # a country inside the mechanism's own name
        if governs and governing is None:
            governing = place
        distance = p_start - end if p_start >= end else start - p_end
        if (
            own_after
            and not governs  # "Tại Viêng Chăn, Kỳ họp … diễn ra tại …": the clause's place
            and p_end <= start
            and view is not None
            and _COORDINATED_BEFORE.search(view, p_end, start)
        ):
            distance += 200  # another clause's place: the mention's own comes first
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


_CLAUSE_BREAK = re.compile(r"[,;.:()]|\s(?:and|while|" + vi_re("và|còn") + r")\s")
_COORDINATED_BEFORE = re.compile(r"[,;]|\s(?:and|" + vi_re("và") + r")\s")


def scene_place(sentence: Sentence, places: list[PlaceFound]) -> Place | None:
    """The place a verbless scene-setting sentence gives the report that follows it.

    "Sáng 17-12-2013, tại Thủ đô Vientiane (Lào).", "On December 17, in Vientiane.": a short
    sentence that is only a time and a locative place, the next sentence's session held
    there. A sentence with a word of its own beyond them sets no scene.

    >>> from vnlao_events._documents import Document
    >>> from vnlao_events.extract.context import DocumentView
    >>> text = "Sáng 17-12-2013, tại Thủ đô Vientiane (Lào)."
    >>> s = Sentence.of(0, text)
    >>> scene_place(s, find_places(s, DocumentView.of(Document.from_text(text)))).city
    'Viêng Chăn'
    >>> text = "Hai bên đã họp tại Viêng Chăn."
    >>> s = Sentence.of(0, text)
    >>> scene_place(s, find_places(s, DocumentView.of(Document.from_text(text)))) is None
    True
    """
    located = [p for p in places if not p[2].online]
    text = sentence.view
    if len(located) != 1 or len(text) > 90:
        return None
    start, end, place, _ = located[0]
    locative = None
    for match in active().pattern("places", "locative").finditer(text, 0, start):
        locative = match
    if locative is None or not _chain().fullmatch(text, locative.end(), start):
        return None  # "tại Thủ đô Vientiane": the locative, a chain word at most, the place
    lead = text[: locative.start()].strip(" ,")
    # before the locative only a time ("Sáng 17-12-2013", "On December 17"): a few words
    # with a number; after the place only its parenthesised country and the full stop
    if lead and (len(lead.split()) > 4 or not re.search(r"\d", lead)):
        return None
    if re.search(r"\w", re.sub(r"\([^()]*\)", " ", text[end:])):
        return None
    return place


def as_written(sentence: Sentence, match: re.Match[str], section: str, name: str) -> bool:
    """Whether a cue matched in the toneless view is written with its own tones.

    The toneless view folds "sáng" (morning) into "sang" (go over to) and "thắm" (deep)
    into "thăm" (visit); a short trip word counts only as written, or in text written
    without any tone marks.

    >>> s = Sentence.of(0, "sáng 12/1")
    >>> as_written(s, active().pattern("places", "destination").search(s.view), "places",
    ...            "destination")
    False
    """
    first, last = sentence.folded.original_span(match.start(), match.end())
    written = " ".join(unicodedata.normalize("NFC", sentence.text[first:last]).lower().split())
    if written.isascii():
        return True
    return written in active().memo(f"places.written.{section}.{name}", _written(section, name))


def _written(section: str, name: str) -> Callable[[Phrases], frozenset[str]]:
    def build(phrases: Phrases) -> frozenset[str]:
        words = phrases.words(section, name)
        return frozenset(" ".join(unicodedata.normalize("NFC", w).lower().split()) for w in words)

    return build


def _departure(sentence: Sentence, start: int) -> bool:
    """Whether the place at ``start`` is where a trip leaves from ("rời Hà Nội", "left Hanoi")."""
    text = sentence.view
    window = max(0, start - 60)
    cues = [
        m
        for m in active().pattern("places", "departure").finditer(text, window, start)
        if as_written(sentence, m, "places", "departure")
    ]
    if not cues:
        return False
    gap = text[cues[-1].end() : start]
    if re.search(r"[,;:.]", gap) or len(gap.split()) > 8:
        return False
    return active().pattern("places", "destination").search(gap) is None


def _gap() -> re.Pattern[str]:
    return active().memo("places._gap", _build_gap)


def _build_gap(phrases: Phrases) -> re.Pattern[str]:
    # What may stand between a trip word and its place: "tới sân bay quốc tế Wattay, thủ đô
    # Viêng Chăn", "arrived at Wattay International Airport in Vientiane", "tới Thủ đô …".
    venues = alternation(phrases.words("places", "arrival_venues"))
    chain = alternation(phrases.words("places", "chain"))
    locative = alternation(phrases.words("places", "locative"))
    name = r"(?:[\w-]+\s+){0,3}?"
    tail = r"(?:\s+[\w-]+){0,3}?\s*(?:,|\s" + locative + r")?"
    return re.compile(r"\s*(?:" + name + venues + tail + r"\s*)?(?:" + chain + r")?\s*")


_LAST_DESTINATIONS: list[tuple[Sentence, DocumentView, list[tuple[int, int, Place]]]] = []


def _destinations(sentence: Sentence, view: DocumentView) -> list[tuple[int, int, Place]]:
    """Each place a trip goes to, with the span of its name in the sentence's views.

    Found once per sentence: a sentence naming many sessions asks for each of them.
    """
    last = _LAST_DESTINATIONS[-1] if _LAST_DESTINATIONS else None  # one read: thread-safe
    if last is not None and last[0] is sentence and last[1] is view:
        return last[2]
    found = _find_destinations(sentence, view)
    _LAST_DESTINATIONS[:] = [(sentence, view, found)]
    return found


def _find_destinations(sentence: Sentence, view: DocumentView) -> list[tuple[int, int, Place]]:
    text = sentence.view
    plain = sentence.folded.plain
    found: list[tuple[int, int, Place]] = []
    gap = _gap()
    pattern = active().pattern("places", "destination")
    position = 0
    while (cue := pattern.search(text, position)) is not None:
        position = cue.start() + 1  # "chuyến thăm chính thức Lào": "thăm chính thức" too
        if not as_written(sentence, cue, "places", "destination"):
            continue
        if _homecoming().search(text, max(0, cue.start() - 16), cue.start()):
            continue  # "đã về đến Hà Nội", "arrived back in Hanoi": where the trip ends
        reach = plain[cue.end() : cue.end() + 90]
        for p_start, p_end, key in view.catalogue.find("places", reach):
            span = (cue.end() + p_start, cue.end() + p_end)
            if gap.fullmatch(text, cue.end(), span[0]) and all(f[:2] != span for f in found):
                found.append((cue.end() + p_start, cue.end() + p_end, view.catalogue.place(key)))
            break  # only the first place after the cue is where the trip goes
    for cue in active().pattern("places", "departure").finditer(text):
        # "left Hanoi for Vientiane", "rời Hà Nội đi Viêng Chăn": the place after the next cue
        hits = view.catalogue.find("places", plain[cue.end() : cue.end() + 90])
        if len(hits) < 2 or not gap.fullmatch(text, cue.end(), cue.end() + hits[0][0]):
            continue
        between = text[cue.end() + hits[0][1] : cue.end() + hits[1][0]]
        if _onward().fullmatch(between):
            span = (cue.end() + hits[1][0], cue.end() + hits[1][1])
            if all(f[:2] != span for f in found):
                found.append((*span, view.catalogue.place(hits[1][2])))
    for cue in active().pattern("people", "welcome").finditer(text):
        # "welcomed the Lao Deputy PM and a delegation … to Việt Nam to attend …": the
        # guest's trip goes to the place an onward word puts after the guest
        if not as_written(sentence, cue, "people", "welcome"):
            continue
        reach = plain[cue.end() : cue.end() + 160]
        for p_start, p_end, key in view.catalogue.find("places", reach):
            span = (cue.end() + p_start, cue.end() + p_end)
            between = text[cue.end() : span[0]]
            if re.search(r"[;.:]", between):
                break
            if _onward_before().search(between) is None:
                continue  # "the Lao Deputy PM": the guest's country, not where they go
            if all(f[:2] != span for f in found):
                found.append((*span, view.catalogue.place(key)))
            break
    found.sort(key=lambda f: f[0])
    return found


def _homecoming() -> re.Pattern[str]:
    return active().memo(
        "places._homecoming",
        lambda phrases: re.compile(
            r"(?<![\w-])" + alternation(phrases.words("places", "homecoming")) + r"\s+(?:to\s+)?$"
        ),
    )


def _onward_before() -> re.Pattern[str]:
    return active().memo("places._onward_before", _build_onward_before)


def _build_onward_before(phrases: Phrases) -> re.Pattern[str]:
    onward = alternation(phrases.words("places", "onward"))
    chain = alternation(phrases.words("places", "chain"))
    return re.compile(r"(?<![\w-])" + onward + r"\s+(?:" + chain + r"\s+)?$")


def visit_countries(sentence: Sentence, view: DocumentView) -> list[str]:
    """The countries the trips a sentence tells of go to ("chuyến thăm chính thức Việt Nam").

    >>> from vnlao_events._documents import Document
    >>> text = "Tổng Bí thư sẽ thăm cấp Nhà nước tới Lào từ ngày 1-2/12."
    >>> visit_countries(Sentence.of(0, text), DocumentView.of(Document.from_text(text)))
    ['LA']
    """
    return [p.country for _, _, p in _destinations(sentence, view) if p.country]


def names_visit(sentence: Sentence) -> bool:
    """Whether a sentence speaks of a trip ("during the visit", "trong thời gian ở thăm").

    >>> names_visit(Sentence.of(0, "During the visit, the PM will co-chair the 46th meeting."))
    True
    """
    return active().pattern("places", "destination").search(sentence.view) is not None


def _onward() -> re.Pattern[str]:
    return active().memo("places._onward", _build_onward)


def _build_onward(phrases: Phrases) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + alternation(phrases.words("places", "onward")) + r")\s+")


def destination(sentence: Sentence, view: DocumentView) -> Place | None:
    """The country a sentence's trip goes to ("official visit to Laos", "thăm chính thức Lào").

    >>> from vnlao_events._documents import Document
    >>> text = "Thủ tướng rời Hà Nội, tới Thủ đô Vientiane, bắt đầu chuyến thăm."
    >>> destination(Sentence.of(0, text), DocumentView.of(Document.from_text(text))).city
    'Viêng Chăn'
    """
    found = _destinations(sentence, view)
    return found[0][2] if found else None


def _linked() -> re.Pattern[str]:
    return active().memo("places._linked", _build_linked)


def _build_linked(phrases: Phrases) -> re.Pattern[str]:
    # "… Việt Nam và đồng chủ trì", "… Vietnam and co-chair the", "… Lào, kết hợp đồng chủ trì"
    verbs = alternation(phrases.words("status", "purpose"))
    articles = alternation(phrases.words("places", "articles"))
    return re.compile(r"[^;.]{0,60}?(?<![\w-])" + verbs + r"\s+(?:" + articles + r"\s+)?$")


def trip_place(
    sentence: Sentence, view: DocumentView, start: int, held: bool
) -> tuple[Place, bool] | None:
    """Where a session on a trip is held, when its own sentence names no place.

    The session is what the trip is for ("sang thăm Việt Nam và đồng chủ trì Kỳ họp …", "to
    visit Vietnam and co-chair the 10th …", "tới Thủ đô Vientiane, đồng chủ trì …"): it is
    held at the trip's destination, whatever its status. A session reported as held in a
    sentence that first tells of a trip ("On an official visit to Laos, the PM co-chaired …")
    is in the trip's country; a trip told after it is another one.

    >>> from vnlao_events._documents import Document
    >>> text = "Ông sang thăm Việt Nam và đồng chủ trì Kỳ họp lần thứ 43."
    >>> place, linked = trip_place(Sentence.of(0, text), DocumentView.of(Document.from_text(text)),
    ...                            39, held=False)
    >>> place.country, linked
    ('VN', True)
    """
    text = sentence.view
    members = _members(view)
    trips = [d for d in _destinations(sentence, view) if d[1] <= start]
    if any(d[2].country not in members for d in trips):
        # "vừa kết thúc chuyến thăm Thái Lan, đã đồng chủ trì …": a third country is never
        # where a member's session is held, and the trip there is not its trip
        return None
    linked = [d for d in trips if _linked().match(text[d[1] : start])]
    if linked:
        place = linked[-1][2]
        for _, _, other in reversed(trips[:-1]):
            if other.agrees_with(place) and _specificity(other) > _specificity(place):
                place = other.merge(place)  # "tới … Viêng Chăn, bắt đầu thăm Lào và …"
        return place, True
    before = [d for d in trips if ";" not in text[d[1] : start]]
    if held and before:
        return Place(country=before[0][2].country), False  # "On an official visit to Laos, …"
    return None


def host_country(sentence: Sentence, view: DocumentView, start: int) -> Place | None:
    """The member country that is the subject of a host verb whose object is the session.

    "Vietnam will host the 46th meeting next month", "Việt Nam sẽ đăng cai Kỳ họp lần thứ
    46": the verb (``[places].hosts``) right before the session, the country a few words
    before it with no clause mark between.

    >>> from vnlao_events._documents import Document
    >>> text = "Vietnam will host the 46th meeting next month."
    >>> s = Sentence.of(0, text)
    >>> host_country(s, DocumentView.of(Document.from_text(text)), 18).country
    'VN'
    """
    text = sentence.view
    verbs = list(active().pattern("places", "hosts").finditer(text, max(0, start - 30), start))
    verb = verbs[-1] if verbs else None  # the last before the session, in a bounded window
    if verb is None or re.search(r"[,;:.]", text[verb.end() : start]):
        return None
    if len(text[verb.end() : start].split()) > 2:
        return None  # "host a banquet for the delegates of the 46th meeting"
    members = _members(view)
    for _, p_end, key in reversed(view.hits("places", sentence)):
        if p_end > verb.start():
            continue
        entry = view.catalogue.places[key]
        between = text[p_end : verb.start()]
        if (
            entry.kind == "country"
            and entry.country in members
            and not re.search(r"[,;:.]", between)
            and len(between.split()) <= 3
        ):
            return view.catalogue.place(key)
        break
    return None
