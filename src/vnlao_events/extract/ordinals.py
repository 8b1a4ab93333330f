"""Ordinals in a sentence and the mechanism mention each one numbers.

Forms: "lần thứ 7", "lần thứ VII", "Kỳ họp 46", "Kỳ họp thứ 41", "Kỳ họp XLVII", "the 39th
meeting", "the sixth political consultation", "The XLVII Session of …", "ຄັ້ງທີ 7". A Roman
numeral counts where the text writes it in capitals. A "first" that states that something is
first ("for the first time", "first-ever", "the first meeting co-chaired by …", "lần đầu
tiên") numbers no session.

>>> from vnlao_events.extract.sentences import Sentence
>>> [o.value for o in find_ordinals(Sentence.of(0, "Kỳ họp lần thứ 41 và the 39th meeting"))]
[41, 39]
>>> find_ordinals(Sentence.of(0, "the two PMs met for the first time"))
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

import attrs

from .._ordinals import ORDINAL_WORD_PATTERN, parse_ordinal
from .._temporal import vi_re
from .._text import fold_toneless
from ..exceptions import ParseError
from .phrases import Phrases, Searcher, Trigger, active, alternation, matches_at, word_starts
from .sentences import Sentence

__all__ = ["Ordinal", "anaphoric_ordinals", "find_ordinals", "pair_ordinal", "triggers"]

_ORD = ORDINAL_WORD_PATTERN
_EN_ORD = (
    r"(?:\d{1,3}\s?(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|fortieth|fiftieth))"
)
_EN_ORD_TOKEN = re.compile(r"\b(?P<ord>" + _EN_ORD + r")\b")
_LAO_ORD = re.compile(fold_toneless("ຄັ້ງທີ") + r"\s*(?P<ord>\d{1,3})")
_POST_ORD = re.compile(vi_re(r"\blần\s+thứ\s+") + r"(?P<ord>" + _ORD + r")")
# "Tham khảo chính trị lần 10": the number alone after "lần", no part of a date or a figure
_POST_NUM = re.compile(vi_re(r"\blần\s+") + r"(?P<num>\d{1,3})(?![\d/.,:-]?\d)(?![\w%])")
# Where each form can begin, found fast (a literal, or one letter looked at): the forms'
# patterns are then tried only there (see :func:`~.phrases.matches_at`).
_POST_START = re.compile(vi_re("lần"))
_THE = re.compile("the")
_EN_WORDS = re.findall(r"[a-z]{4,}", _EN_ORD)  # the words an English ordinal begins with
# (two patterns: a search skips to the characters each can begin with, one class each)
_EN_DIGIT_START = re.compile(r"\d(?<!\w\d)(?=\d{0,2}\s?(?:st|nd|rd|th))")
_EN_WORD_START = re.compile(word_starts(_EN_WORDS, r"\w"))


def _en_starts(view: str) -> list[int]:
    """Where an English ordinal can begin: a number with its suffix, or an ordinal word."""
    digits = [m.start() for m in _EN_DIGIT_START.finditer(view)]
    words = [m.start() for m in _EN_WORD_START.finditer(view)]
    return sorted(digits + words) if digits and words else digits or words


# "the first meeting co-chaired by …", "the first … held since": firstness, not a number.
_FIRST_OF_KIND = re.compile(r"[^,.;:]{0,70}?\b(?:[\w-]+ed\s+by|since|ever|in history)\b")


def _heads() -> tuple[str, str]:
    return active().memo("ordinals._heads", _build_heads)


def _build_heads(phrases: Phrases) -> tuple[str, str]:

    return (
        alternation(phrases.words("mechanisms", "heads", "vi")),
        alternation(
            (
                *phrases.words("mechanisms", "heads", "en"),
                *phrases.words("mechanisms", "plural_heads"),
            )
        ),
    )


def _head_start() -> re.Pattern[str]:
    return active().memo("ordinals._head_start", _build_head_start)


def _build_head_start(phrases: Phrases) -> re.Pattern[str]:
    # "\b" before a head that begins with a letter: no letter or digit before it
    words = phrases.words("mechanisms", "heads", "vi")
    if not all(re.match(r"\w", vi_re(w).strip()) for w in words):  # pragma: no cover
        return re.compile(r"\b(?=" + _heads()[0] + ")")
    return re.compile(word_starts(words, r"\w"))


def _head_ord() -> re.Pattern[str]:
    return active().memo("ordinals._head_ord", _build_head_ord)


def _build_head_ord(phrases: Phrases) -> re.Pattern[str]:
    # "Kỳ họp lần thứ 48", "Kỳ họp 46", "Kỳ họp thứ 41"
    head_vi, _ = _heads()
    return re.compile(
        r"\b" + head_vi + vi_re(r"\s+(?:lần\s+)?(?:(?P<thu>thứ)\s+(?P<ord>")
        + _ORD + r")|(?P<num>\d{1,3})\b)"
    )  # fmt: skip


def _roman() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return active().memo("ordinals._roman", _build_roman)


def _build_roman(phrases: Phrases) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # "The XLVII Session of …" (before the head), "Kỳ họp XLVII …" (after it); matched on the
    # toneless view, kept only where the original writes the numeral in capitals
    head_vi, head_en = _heads()
    return (
        re.compile(
            r"(?P<lead>^|\bthe\s+)(?P<ord>[ivxlc]{1,7})\s+(?P<mods>(?:[\w-]+\s+){0,2}?)"
            + head_en
            + r"(?![\w-])"
        ),
        re.compile(r"\b" + head_vi + r"\s+(?P<ord>[ivxlc]{1,7})(?![\w-])"),
    )


def triggers() -> tuple[Trigger, ...]:
    """Patterns of which a sentence with an ordinal matches at least one (a cheap first test).

    Each is tried only where its form can begin.

    >>> from vnlao_events.extract.sentences import Sentence
    >>> any(p.search(Sentence.of(0, "Kỳ họp thứ 41").view) for p in triggers())
    True
    """
    return active().memo("ordinals.triggers", _build_triggers)


def _starts(finder: re.Pattern[str]) -> Callable[[str], list[int]]:
    return lambda text: [m.start() for m in finder.finditer(text)]


def _build_triggers(phrases: Phrases) -> tuple[Trigger, ...]:
    return (
        Searcher(_head_ord(), _starts(_head_start())),
        Searcher(_POST_ORD, _starts(_POST_START)),
        Searcher(_POST_NUM, _starts(_POST_START)),
        Searcher(_EN_ORD_TOKEN, _en_starts),
        Searcher(_LAO_ORD),
    )


#: How an ordinal is written: after its noun ("lần thứ 7"), as a number after the head noun
#: ("Kỳ họp 46"), an English ordinal ("39th") or Lao script.
OrdinalForm = Literal["post", "head", "en", "lo"]


@attrs.frozen
class Ordinal:
    """An ordinal found in a sentence: its span in the views, value and form.

    ``kind`` is ``post`` ("lần thứ 7"), ``head`` ("Kỳ họp 46"), ``en`` ("39th") or ``lo``
    (Lao script).
    """

    start: int
    end: int
    value: int
    kind: OrdinalForm


def _not_an_ordinal(view: str, match: re.Match[str]) -> bool:
    """A "first" that says something is first rather than numbering a session."""
    if match.group("ord") != "first":
        return False
    for phrase in (
        active()
        .pattern("frames", "not_ordinal")
        .finditer(view, max(0, match.start() - 12), min(len(view), match.end() + 12))
    ):
        if phrase.start() <= match.start() < phrase.end() and phrase.group() != "the first":
            return True
    return _FIRST_OF_KIND.match(view, match.end()) is not None


def find_ordinals(sentence: Sentence) -> list[Ordinal]:
    """Every ordinal of a sentence, in text order (at most one per position).

    Found once per sentence: the mechanisms recogniser and the pipeline both ask.
    """
    return list(sentence.memo("ordinals", _find_ordinals))


def _find_ordinals(sentence: Sentence) -> tuple[Ordinal, ...]:
    view = sentence.view
    found: list[Ordinal] = []

    def add(match: re.Match[str], kind: OrdinalForm, group: str = "ord") -> None:
        written = match.group(group)
        try:  # words apart ("bốn mươi sáu"), or a number with its suffix apart ("39 th")
            value = parse_ordinal(" ".join(written.split()))
        except ParseError:
            try:
                value = parse_ordinal(written.replace(" ", ""))
            except ParseError:
                return
        if value > 200 or any(o.start <= match.start() < o.end for o in found):
            return
        found.append(Ordinal(match.start(), match.end(), value, kind))

    heads = [m.start() for m in _head_start().finditer(view)]
    for match in matches_at(_head_ord(), view, heads):
        add(match, "head", "ord" if match.group("ord") else "num")
    posts = [m.start() for m in _POST_START.finditer(view)]
    for match in matches_at(_POST_ORD, view, posts):
        add(match, "post")
    for match in matches_at(_POST_NUM, view, posts):
        add(match, "post", "num")
    for match in matches_at(_EN_ORD_TOKEN, view, _en_starts(view)):
        if not _not_an_ordinal(view, match):
            add(match, "en")
    for match in _LAO_ORD.finditer(view):
        add(match, "lo")
    before_head, after_head = _roman()
    clean = sentence.folded.clean
    the = [0, *(m.start() for m in _THE.finditer(view, 1))]
    forms: tuple[tuple[re.Pattern[str], OrdinalForm, list[int]], ...] = (
        (before_head, "en", the),
        (after_head, "head", heads),
    )
    for pattern, kind, starts in forms:
        for match in matches_at(pattern, view, starts):
            numeral = clean[match.start("ord") : match.end("ord")]
            if kind == "en" and not match.group("lead") and (match.group("mods") or numeral == "I"):
                continue  # a sentence-initial numeral heads its noun directly: "XLVII Session"
            if numeral.isupper() and numeral.isascii():  # "XLVII", not the word "vi" (for)
                start, end = (
                    (match.start("ord"), match.end("ord"))
                    if kind == "en"
                    else (match.start(), match.end())
                )
                if not any(o.start <= start < o.end for o in found):
                    found.append(Ordinal(start, end, parse_ordinal(numeral.lower()), kind))
    return tuple(sorted(found, key=lambda o: o.start))


@attrs.frozen
class _Pairing:
    """The patterns that pair an ordinal with its mention, compiled once per phrase set."""

    head_vi: re.Pattern[str]  # a Vietnamese head noun anywhere
    head_en_word: re.Pattern[str]  # an English head noun as a word
    head_after: re.Pattern[str]  # "… meeting", right after an ordinal
    of_head: re.Pattern[str]  # "… annual meeting of the …", between ordinal and mention
    of_head_aside: re.Pattern[str]  # "… meeting, chaired by X and Y, of the …"
    head_before: re.Pattern[str]  # "Kỳ họp … lần thứ": a head noun before, in the clause


def _pairing() -> _Pairing:
    return active().memo("ordinals._pairing", _build_pairing)


def _build_pairing(phrases: Phrases) -> _Pairing:
    head_vi, head_en = _heads()
    return _Pairing(
        head_vi=re.compile(head_vi),
        head_en_word=re.compile(r"(?<![\w-])" + head_en + r"(?![\w-])"),
        head_after=re.compile(r"\s+(?:[\w-]+\s+)?" + head_en + r"\b"),
        of_head=re.compile(
            r"\s+(?:[\w-]+\s+){0,2}?"
            + head_en
            + r"\s+(?:of|between)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}"
        ),
        of_head_aside=re.compile(
            r"\s+(?:[\w-]+\s+){0,2}?"
            + head_en
            + r"\s*,\s*[^,;:()]{3,140}?,\s*(?:of|between)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}"
        ),
        head_before=re.compile(head_vi + r"[^,;]{0,40}$"),
    )


_OF_HEAD_VI = re.compile(vi_re(r"\s*(?:của\s+)?(?:\w+\s+){0,2}?"))
_COMMA = re.compile(r"\s*,\s*")
# up to three words between an English ordinal and its mention, a spaced dash not counted
# ("the fourth Vietnam – Laos ministerial-level defence policy dialogue")
_WORDS_BETWEEN = re.compile(r"\s+(?:[–—-]\s+)?(?:[\w'-]+\s+(?:[–—-]\s+)?){0,3}")
_CLAUSE_MARK = re.compile(r"[,;]")
_POSSESSIVE = re.compile(r"(?:[’']s)?\s+")
_ITS = re.compile(r"(?<![\w-])its\s+$")
_PUNCTUATION = re.compile(r"[;.:()]")


COORDINATED = re.compile(r",?\s(?:and|" + vi_re("và") + r")\s")
MAX_RANGE = 12  # the most sessions one range names ("the 1st to the 12th")


def list_item() -> re.Pattern[str]:
    """One more number of a list or range after an ordinal: ", 10", " và 12", " to 12th"."""
    return active().memo("ordinals._list_item", _build_list_item)


def _build_list_item(phrases: Phrases) -> re.Pattern[str]:
    # ", 10", " và 12", " to 12th", " through the 12th", " đến 12"
    range_to = alternation(phrases.words("frames", "range_to"))
    return re.compile(
        r"\s*(?:(?P<list>,|" + COORDINATED.pattern + r")|\s(?P<range>" + range_to + r")\s)"
        r"\s*(?:the\s+)?(?P<n>\d{1,3})(?:st|nd|rd|th)?(?![\w/:-]|[.,]\d)"
    )


def listed_numbers(text: str, end: int, first: int) -> list[int]:
    """The numbers a list or range after the ordinal ``first`` (ending at ``end``) adds.

    Each number of a list must be greater than the one before and close to it (a count such
    as "2 bên" after "lần thứ 9," is no session); a range names every number between.

    >>> listed_numbers("lân thư 39, 40 uy ban", 10, 39)
    [40]
    >>> listed_numbers("lân thư 9, 2 bên", 9, 9)
    []
    """
    return _list(text, end, first)[0]


def _list(text: str, end: int, first: int) -> tuple[list[int], int]:
    """The numbers a list after an ordinal adds, and where the list ends."""
    found: list[int] = []
    previous = first
    position = end
    while (item := list_item().match(text, position)) is not None:
        value = int(item.group("n"))
        span = MAX_RANGE if item.group("range") else 5
        if not previous < value <= previous + span:
            break
        found.extend(range((previous + 1) if item.group("range") else value, value + 1))
        previous, position = value, item.end()
    return found, position


def pair_ordinal(
    start: int, end: int, ordinals: list[Ordinal], others: list[tuple[int, int]], view: str
) -> Ordinal | None:
    """The ordinal that numbers the mechanism mention at ``start..end``, if any.

    ``others`` are the spans of the sentence's other mechanism mentions: an ordinal
    behind one of them is not this one's.
    """
    pairing = _pairing()
    for ordinal in ordinals:
        if start <= ordinal.start and ordinal.end <= end:
            return ordinal  # "Cuộc họp lần thứ 30 … đại biểu biên giới": inside the mention
        if ordinal.kind in ("post", "lo") and end <= ordinal.start <= end + 90:
            between = view[end : ordinal.start]
            if ";" in between or any(end <= s < ordinal.start for s, _ in others):
                continue
            if ordinal.kind == "post" and pairing.head_vi.search(between):
                continue
            return ordinal
        if ordinal.kind == "head" and start - 30 <= ordinal.end <= start:
            between = view[ordinal.end : start]
            if (
                _OF_HEAD_VI.fullmatch(between)
                or not between.strip()
                or _COMMA.fullmatch(between)  # "kỳ họp lần thứ 42, Uỷ ban liên …"
            ):
                return ordinal
            numbers, listed = _list(view, ordinal.end, ordinal.value)
            if numbers and listed <= start and not view[listed:start].strip():
                return ordinal  # "Kỳ họp lần thứ 39, 40 Ủy ban …": the list's first
        if ordinal.kind == "head" and ordinal.start <= start < ordinal.end:
            return ordinal  # "Kỳ họp 42 Ủy ban …" found as one mention
        if ordinal.kind == "en" and start - 60 <= ordinal.end <= start:
            between = view[ordinal.end : start]
            if _WORDS_BETWEEN.fullmatch(between) and not _CLAUSE_MARK.search(between):
                return ordinal
            if pairing.of_head.fullmatch(between):
                return ordinal  # "the 45th annual meeting of the Vietnam - Laos Committee"
        if (  # "The 46th meeting, chaired by X and Y, of the … Committee": an aside between
            ordinal.kind == "en"
            and start - 200 <= ordinal.end <= start
            and not any(ordinal.end <= s < start for s, _ in others)
            and pairing.of_head_aside.fullmatch(view[ordinal.end : start])
        ):
            return ordinal
        if ordinal.kind == "en" and ordinal.start == start:
            return ordinal  # the mention begins with its ordinal
        if ordinal.kind == "en" and _own_session(view, end, ordinal, others):
            return ordinal  # "the Committee … convened its 36th session"
        if (  # "the Intergovernmental Committee's 46th meeting"
            ordinal.kind == "en"
            and end <= ordinal.start <= end + 8
            and _POSSESSIVE.fullmatch(view[end : ordinal.start])
            and pairing.head_after.match(view[ordinal.end :])
        ):
            return ordinal
    return None


def _own_session(view: str, end: int, ordinal: Ordinal, others: list[tuple[int, int]]) -> bool:
    """Whether "its Nth <head>" after a named body, in the same clause, is that body's session.

    "The Vietnam-Laos Inter-governmental Committee for Economic … Cooperation convened its 36th
    session": the possessive refers back to the body the sentence is about.
    """
    if not end <= ordinal.start <= end + 140:
        return False
    pairing = _pairing()
    between = view[end : ordinal.start]
    return (
        _ITS.search(between) is not None
        and not _PUNCTUATION.search(between)
        and not pairing.head_en_word.search(between)
        and not any(end <= s < ordinal.start for s, _ in others)
        and pairing.head_after.match(view[ordinal.end :]) is not None
    )


def anaphoric_ordinals(ordinals: list[Ordinal], used: set[int], view: str) -> list[Ordinal]:
    """Ordinals on a bare head noun ("the 28th meeting", "their 31st meeting", "Kỳ họp 42")."""
    pairing = _pairing()
    result = []
    for ordinal in ordinals:
        if ordinal.start in used:
            continue
        if (
            ordinal.kind == "head"
            or (ordinal.kind == "en" and pairing.head_after.match(view[ordinal.end :]))
            or (
                ordinal.kind == "post"
                and pairing.head_before.search(view[max(0, ordinal.start - 60) : ordinal.start])
            )
        ):
            result.append(ordinal)
    return result
