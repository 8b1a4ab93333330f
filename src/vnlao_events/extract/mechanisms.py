"""Mechanisms named in a sentence: catalogue aliases, and head noun + distinguishing core.

A mechanism is written as a head noun (meeting, session, consultation, conference, cuộc
gặp, cuộc họp, kỳ họp, hội nghị) with the core that tells it from the others (border
delegations, two Politburos, Intergovernmental Committee, giữa kỳ…), optional modifiers
between them (annual, thường niên, Vietnam–Laos, between X and Y, their) in any frame (of,
between, possessive, core before the head). A core word of six letters or more may carry
one typo. Siblings of one family (deputy and full ministers) are told apart by the longest
level phrase, first near the mention, then in the sentence.

>>> from vnlao_events._catalogue import Catalogue
>>> from vnlao_events.extract.sentences import Sentence
>>> s = Sentence.of(0, "The 32nd annual meeting between Vietnamese and Lao border delegations")
>>> [(h.key, s.original(h.start, h.end)) for h in find_mechanisms(s, [], Catalogue.default())]
[('border-annual-meeting', 'meeting between Vietnamese and Lao border delegations')]
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from .._catalogue import Catalogue
from .._ordinals import ORDINAL_WORD_PATTERN
from .._temporal import _vi
from .phrases import Phrases
from .sentences import Sentence

__all__ = ["Hit", "find_mechanisms", "levels_named"]

_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
_ORDINAL_TOKEN = re.compile(_vi(r"lần|thứ|") + ORDINAL_WORD_PATTERN)
_MAX_GAP = 12  # tokens between a head and its core (modifiers and ordinals only)


@attrs.frozen
class Hit:
    """A mechanism named at ``start..end`` of a sentence's views."""

    start: int
    end: int
    key: str


@attrs.frozen
class _Vocabulary:
    heads: tuple[tuple[str, ...], ...]
    modifiers: frozenset[str]
    cores: tuple[tuple[str, tuple[str, ...]], ...]  # (mechanism, core words), longest first


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.group() for t in _TOKEN.finditer(_vi(phrase).lower()))


@cache
def _vocabulary() -> _Vocabulary:
    phrases = Phrases.default()
    heads = tuple(sorted({_words(h) for h in phrases.words("mechanisms", "heads")}, key=len))
    modifiers = frozenset(
        word for m in phrases.words("mechanisms", "modifiers") for word in _words(m)
    ) | {"-"}
    cores = sorted(
        ((key, _words(core)) for key, values in phrases.cores().items() for core in values),
        key=lambda item: -sum(len(w) for w in item[1]),
    )
    return _Vocabulary(heads[::-1], modifiers, tuple(cores))


def _close(word: str, written: str) -> bool:
    """Equal, or one edit apart for words of six letters or more ("Politbureau" typos)."""
    if word == written:
        return True
    if len(word) < 6 or abs(len(word) - len(written)) > 1 or not written.isalpha():
        return False
    if len(word) == len(written):
        return sum(a != b for a, b in zip(word, written, strict=True)) <= 1
    short, long_ = sorted((word, written), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _at(tokens: list[re.Match[str]], index: int, words: tuple[str, ...]) -> bool:
    if index < 0 or index + len(words) > len(tokens):
        return False
    return all(_close(w, tokens[index + i].group()) for i, w in enumerate(words))


def _filler(token: str, vocabulary: _Vocabulary) -> bool:
    return token in vocabulary.modifiers or _ORDINAL_TOKEN.fullmatch(token) is not None


def _core_hits(view: str, catalogue: Catalogue) -> list[Hit]:
    """Head noun + core, with only modifiers between them, on either side."""
    vocabulary = _vocabulary()
    tokens = list(_TOKEN.finditer(view))
    words = [t.group() for t in tokens]
    found: list[Hit] = []
    index = 0
    while index < len(tokens):
        head = next(
            (h for h in vocabulary.heads if tuple(words[index : index + len(h)]) == h), None
        )
        if head is None:
            index += 1
            continue
        head_end = index + len(head)
        best: tuple[int, int, int, str] | None = None  # (-length, first, last, key)
        for key, core in vocabulary.cores:
            if key not in catalogue.mechanisms:
                continue
            span: tuple[int, int] | None
            # the core after the head: "meeting between … border delegations"
            position = head_end
            for _ in range(_MAX_GAP + 1):
                if _at(tokens, position, core):
                    span = (index, position + len(core) - 1)
                    break
                if position >= len(words) or not _filler(words[position], vocabulary):
                    span = None
                    break
                position += 1
            else:
                span = None
            if span is None:  # the core before the head: "mid-term conference"
                position = index - len(core)
                for _ in range(_MAX_GAP + 1):
                    if _at(tokens, position, core):
                        span = (position, head_end - 1)
                        break
                    last = position + len(core) - 1
                    if last < 0 or not (
                        _filler(words[last], vocabulary)
                        or any(tuple(words[last : last + len(h)]) == h for h in vocabulary.heads)
                    ):
                        break
                    position -= 1
            if span is not None:
                candidate = (-sum(len(w) for w in core), span[0], span[1], key)
                if best is None or candidate[0] < best[0]:
                    best = candidate
        if best is not None:
            found.append(Hit(tokens[best[1]].start(), tokens[best[2]].end(), best[3]))
        index = head_end
    return found


def levels_named(family: str, view: str, catalogue: Catalogue) -> str | None:
    """The one mechanism of ``family`` whose level ``view`` names, if exactly one.

    Longer level phrases are read first and hide the shorter ones inside them:
    "deputy foreign ministerial level" names the deputy level, not "ministerial".
    """
    levels: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    siblings = [m for m in catalogue.mechanisms.values() if m.family == family]
    cues = sorted(
        ((cue, m.key) for m in siblings for cue in m.level_cues), key=lambda item: -len(item[0])
    )
    for cue, sibling in cues:
        for match in re.finditer(r"(?<![\w-])" + re.escape(_vi(cue).lower()) + r"(?![\w-])", view):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            levels[sibling] = cue
    if len(levels) == 1:
        return next(iter(levels))
    return None


def _level_checked(hit: Hit, view: str, catalogue: Catalogue) -> Hit:
    """Swap a mechanism for its sibling when the words name only the sibling's level.

    "foreign ministers co-chair 8th political consultation" is the ministers' series even
    though "political consultation" is also the deputy ministers' alias.
    """
    mechanism = catalogue.mechanisms[hit.key]
    if mechanism.family is None:
        return hit
    near = view[max(0, hit.start - 40) : hit.end + 45]
    named = levels_named(mechanism.family, near, catalogue) or levels_named(
        mechanism.family, view, catalogue
    )
    return hit if named is None else attrs.evolve(hit, key=named)


def find_mechanisms(
    sentence: Sentence, aliases: list[tuple[int, int, str]], catalogue: Catalogue
) -> list[Hit]:
    """The mechanisms a sentence names, in text order, each checked for its level.

    Args:
        sentence: the sentence.
        aliases: the catalogue's alias matches inside it, as spans of its views.
        catalogue: the mechanisms.
    """
    view = sentence.view
    hits = [Hit(s, e, k) for s, e, k in aliases]
    for hit in _core_hits(view, catalogue):
        if not any(h.start < hit.end and hit.start < h.end for h in hits):
            hits.append(hit)  # an alias, where there is one, is the more specific reading
    hits.sort(key=lambda h: h.start)
    return [_level_checked(hit, view, catalogue) for hit in hits]
