"""People in a sentence and who co-chairs.

People are catalogue entries (any spelling, with or without diacritics) and names written
after a title ("Deputy Foreign Minister Phonsavan Sisoulath", "đồng chí Somsavath
Lengsavad"); organisation words ("Lao People's Revolutionary Party") are never people.
Co-chairs are two coordinated people next to "đồng chủ trì" / "co-chaired", the person
after "headed by" / "under the co-chairing of", the person before "làm Trưởng đoàn", or
the two prime ministers when the sentence says "the two PMs".

>>> from vnlao_events._documents import Document
>>> from vnlao_events.extract.context import DocumentView
>>> from vnlao_events.extract.sentences import Sentence
>>> text = "Deputy Foreign Minister Phonsavan Sisoulath spoke."
>>> found, _ = find_people(Sentence.of(0, text), DocumentView.of(Document.from_text(text)), ())
>>> [p.name for _, _, p in found]
['Phonsavan Sisoulath']
"""

from __future__ import annotations

import re
from itertools import pairwise

from .._model import Participant
from .._temporal import vi_re
from .._text import UPPER, fold_plain
from .context import DocumentView
from .phrases import Phrases, active, alternation
from .sentences import Sentence

__all__ = ["co_chairs", "coordinated_pair", "find_people", "role_holders", "triggers"]

Found = list[tuple[int, int, Participant]]

_CAP_WORD = UPPER + r"[\w’'\-]*"
_TRANSLITERATION = re.compile(r"\s*\(([^()]{3,60})\)")


def _not_names() -> frozenset[str]:
    return active().memo("people._not_names", _build_not_names)


def _build_not_names(phrases: Phrases) -> frozenset[str]:
    words = phrases.words("people", "not_names")
    return frozenset(vi_re(part).lower() for word in words for part in word.split())


def _organisation() -> re.Pattern[str]:
    return active().memo("people._organisation", _build_organisation)


def _build_organisation(phrases: Phrases) -> re.Pattern[str]:
    return phrases.pattern("people", "organisations")


def _pattern(kind: str) -> re.Pattern[str]:
    return active().pattern("people", kind)


def _role_title() -> re.Pattern[str]:
    return active().memo("people._role_title", _build_role_title)


def _build_role_title(phrases: Phrases) -> re.Pattern[str]:
    return re.compile(alternation(phrases.words("people", "role_title")) + r"[^,.;]{0,60}$")


def _name_after(sentence: Sentence, position: int) -> tuple[int, int] | None:
    """An unknown person's name: capitalised words after a title, org words skipped."""
    rest = sentence.folded.clean[position : position + 120]  # case kept, invisibles gone
    words = list(re.finditer(r"\S+", rest))
    name: list[re.Match[str]] = []
    skipping = True
    stop = _not_names()
    for word in words[:12]:
        token = word.group().strip(',.;:()"“”')
        if "(" in word.group() or not token or not re.fullmatch(_CAP_WORD, token):
            # "Bộ Kế hoạch và Đầu tư", "Minister of Planning and Investment": the lower-case
            # words of an organisation's name between the title and the name are skipped
            if name or not skipping or vi_re(token).lower() not in stop:
                break
            continue
        if skipping and vi_re(token).lower() in stop:
            continue
        skipping = False
        name.append(word)
        if word.group() != token:
            break
    if not 2 <= len(name) <= 4:
        return None
    written = " ".join(w.group().strip(',.;:()"“”') for w in name)
    if _organisation().search(vi_re(written).lower()):
        return None  # "the Central Theory Council" is no person
    last_token = name[-1].group().rstrip(',.;:()"“”')
    return position + name[0].start(), position + name[-1].start() + len(last_token)


def _written(sentence: Sentence, start: int, end: int) -> str:
    """A name as written: its case and letters, composed, with invisible characters gone.

    ("Somsavath Leng\u00adsavad" with a soft hyphen is written "Somsavath Lengsavad"; the
    evidence of the mention still quotes the original text.)
    """
    return sentence.folded.clean[start:end]


def _learn_transliterations(
    sentence: Sentence, found: Found, learned: dict[str, Participant]
) -> Found:
    """'Name (Vietnamese transliteration)': the parenthesis is the same person.

    The transliteration is learned as an alias for the rest of the document, and no
    second person is made of it.
    """
    view = sentence.view
    kept: Found = []
    inside: list[tuple[int, int]] = []
    for start, end, person in found:
        if any(a <= start < b for a, b in inside):
            continue
        kept.append((start, end, person))
        match = _TRANSLITERATION.match(view, end)
        if match is None:
            continue
        alias = sentence.folded.clean[match.start(1) : match.end(1)]
        if re.fullmatch(r"(?:" + _CAP_WORD + r"\s*){2,5}", alias):
            learned.setdefault(fold_plain(alias), person)
            inside.append((match.start(), match.end()))
    return kept


def triggers() -> tuple[re.Pattern[str], ...]:
    """What a sentence with no catalogue person must match for this module to find one.

    A title introduces an unknown name; a co-chair cue alone takes the pair of the
    sentence before.

    >>> any(p.search("deputy foreign minister nguyen minh vu") for p in triggers())
    True
    """
    return (_pattern("titles"), _pattern("cochair"))


def find_people(
    sentence: Sentence, view: DocumentView, learned: tuple[tuple[str, Participant], ...]
) -> tuple[Found, tuple[tuple[str, Participant], ...]]:
    """The people of a sentence (spans of its views) and the transliterations now known."""
    known = dict(learned)
    found: Found = []
    for start, end, key in view.hits("people", sentence):
        found.append((start, end, view.person(key, _written(sentence, start, end))))
    for match in _pattern("titles").finditer(sentence.view):
        name = _name_after(sentence, match.end())
        if name is None:
            continue
        start, end = name
        if any(s < end and start < e for s, e, _ in found):
            continue
        written = _written(sentence, start, end)
        found.append((start, end, known.get(fold_plain(written), Participant(written=written))))
    found.sort(key=lambda item: item[0])
    found = _learn_transliterations(sentence, found, known)
    deduped: Found = []
    for item in found:
        if all(item[2].name != other[2].name for other in deduped):
            deduped.append(item)
    return deduped, tuple(known.items())


def role_holders(view: DocumentView, title: re.Pattern[str]) -> list[Participant]:
    """One person per country whose name follows ``title`` somewhere in the document."""
    chosen: dict[str, Participant] = {}
    for context, key, written in view.titled_people:
        if title.search(context):
            participant = view.person(key, written)
            if participant.country and participant.country not in chosen:
                chosen[participant.country] = participant
    return [chosen[c] for c in sorted(chosen, key=lambda c: c != "VN")]


def coordinated_pair(sentence: Sentence, people: Found) -> tuple[Participant, ...]:
    """The first two people a sentence coordinates ("X and his Lao counterpart Y").

    >>> from vnlao_events._documents import Document
    >>> from vnlao_events.extract.context import DocumentView
    >>> text = "Minister Tran Van Binh and his Lao counterpart Khamla Sonsay met."
    >>> s = Sentence.of(0, text)
    >>> found, _ = find_people(s, DocumentView.of(Document.from_text(text)), ())
    >>> [p.name for p in coordinated_pair(s, found)]
    ['Tran Van Binh', 'Khamla Sonsay']
    """
    coord = _pattern("coordinators")
    for (_, e1, p1), (s2, _, p2) in pairwise(people):
        if coord.search(sentence.view[e1:s2]) and s2 - e1 <= 90:
            return (p1, p2)
    return ()


def co_chairs(
    sentence: Sentence, people: Found, view: DocumentView, previous_pair: tuple[Participant, ...]
) -> list[Participant]:
    """Who co-chairs what the sentence reports, from its cues and its people."""
    text = sentence.view
    chairs: list[Participant] = []
    coord = _pattern("coordinators")
    cochair_cues = list(_pattern("cochair").finditer(text))
    cues = [(m, True) for m in cochair_cues]
    cues += [(m, False) for m in _pattern("cochair_after_pair").finditer(text)]
    for cue, either_side in cues:
        before = [p for p in people if p[1] <= cue.start()]
        after = [p for p in people if p[0] >= cue.end()] if either_side else []
        for group, near in ((before[-2:], "before"), (after[:2], "after")):
            if len(group) < 2:
                continue
            (_, e1, p1), (s2, e2, p2) = group
            close = (
                (cue.start() - e2 <= 45) if near == "before" else (group[0][0] - cue.end() <= 60)
            )
            if coord.search(text[e1:s2]) is not None and close:
                chairs.extend([p1, p2])
                break
        if not chairs and either_side and _pattern("role_group").search(text):
            chairs.extend(role_holders(view, _role_title()))
        if not chairs and either_side and len(before) == 1 and not after:
            start, end, person = before[0]
            if cue.start() - end <= 20 and start <= 60:
                chairs.append(person)  # "PM Pham Minh Chinh co-chaired …": one named co-chair
    before_cues = list(_pattern("led_by_before").finditer(text))
    introducers = [(m, False) for m in _pattern("led_by").finditer(text)]
    introducers += [(m, True) for m in _pattern("chaired_by").finditer(text)]
    for cue, pair in introducers:
        if any(b.start() <= cue.start() < b.end() for b in before_cues):
            continue  # "làm Trưởng đoàn": the name came before
        after = [p for p in people if p[0] >= cue.end()]
        if after and after[0][0] - cue.end() <= 90:
            chairs.append(after[0][2])
            following = after[1:2]
            if (
                pair
                and following
                and coord.search(text[after[0][1] : following[0][0]])
                and (following[0][0] - after[0][1] <= 120)
            ):
                chairs.append(following[0][2])  # "under the co-chairing of X and Y"
    for cue in before_cues:
        before = [p for p in people if p[1] <= cue.start()]
        if before and cue.start() - before[-1][1] <= 160:
            chairs.append(before[-1][2])  # "do X, <titles>, làm Trưởng đoàn"
    if not chairs and cochair_cues and not people and len(previous_pair) == 2:
        chairs.extend(previous_pair)  # "X and his counterpart Y …. While co-chairing …"
    unique: list[Participant] = []
    for chair in chairs:
        if all(chair.name != u.name for u in unique):
            unique.append(chair)
    return unique
