"""Mechanisms named in a sentence: catalogue aliases, and head noun + distinguishing core.

A mechanism is written as a head noun (meeting, session, consultation, conference, cuộc
gặp, cuộc họp, kỳ họp, hội nghị) with the core that tells it from the others (border
delegations, two Politburos, Intergovernmental Committee, giữa kỳ…), optional modifiers
between them (annual, thường niên, Vietnam–Laos, between X and Y, their) in any frame (of,
between, possessive, core before the head). A core word of six letters or more may carry
one typo after its first four letters. Siblings of one family (deputy and full ministers)
are told apart by the longest level phrase, first near the mention, then in the sentence.
A numbered recurring head with no core ("their 26th annual meeting") is the one series whose
core the sentence names elsewhere ("border officials"); a part or an office of the body
named right before it ("Chủ tịch Phân ban … trong Ủy ban liên Chính phủ") makes it no session.

>>> from vnlao_events._catalogue import Catalogue
>>> from vnlao_events.extract.sentences import Sentence
>>> s = Sentence.of(0, "The 32nd annual meeting between Vietnamese and Lao border delegations")
>>> [(h.key, s.original(h.start, h.end)) for h in find_mechanisms(s, [], Catalogue.default())]
[('border-annual-meeting', 'meeting between Vietnamese and Lao border delegations')]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise

import attrs

from .._catalogue import Catalogue
from .._ordinals import ORDINAL_WORD_PATTERN
from .._temporal import vi_re
from .._text import fold_plain
from .ordinals import Ordinal, find_ordinals
from .phrases import (
    Phrases,
    Trigger,
    active,
    alternation,
    first_letter_alternation,
    word_alternation,
)
from .sentences import Sentence

__all__ = ["Hit", "find_mechanisms", "levels_named", "own_bare_head", "plural", "triggers"]

_EDGE = r"[\w'’-]"  # what a mechanism word never has next to it

_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
_ORDINAL_TOKEN = re.compile(vi_re(r"lần|thứ|") + ORDINAL_WORD_PATTERN)
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")  # the edition of an annual meeting: "năm 2022", "2022"
_MAX_GAP = 12  # tokens between a head and its core (modifiers, ordinals and years only)


@attrs.frozen
class Hit:
    """A mechanism named at ``start..end`` of a sentence's views."""

    start: int
    end: int
    key: str


@attrs.frozen
class _Vocabulary:
    head_pattern: re.Pattern[str]
    core_prefix: re.Pattern[str]  # the first letters of some core: a cheap test first
    modifiers: frozenset[str]
    cores: tuple[tuple[str, tuple[str, ...]], ...]  # (mechanism, core words), longest first
    other_bodies: re.Pattern[str]  # members or organs that make it another body's meeting
    recurring_before: re.Pattern[str]  # "annual" right before a head: "26th annual meeting"
    recurring_after: re.Pattern[str]  # "thường niên" right after it: "cuộc họp thường niên"
    holder: re.Pattern[str]  # "their", "tổ chức" right before "annual meeting": the subject's
    organs: re.Pattern[str]  # a part or office of the body: "Phân ban", "Chairman of"
    organ_links: frozenset[str]  # words between an organ and its body: "trong", "hợp tác"
    agents: tuple[tuple[str, ...], ...]  # "was co-held by": the body after it holds the meeting
    weak_cores: frozenset[tuple[str, ...]]  # "high-level": the core only beside its context
    core_context: re.Pattern[str]  # the words a weak core needs in its sentence: "Parties"
    weak_heads: frozenset[tuple[str, ...]]  # the heads a weak core goes with: "meeting"
    # "ministerial-level": a core only with the heads it names a series with ("consultation")
    bound_cores: frozenset[tuple[str, ...]]
    bound_heads: frozenset[tuple[str, ...]]
    shared_cores: frozenset[tuple[str, ...]]  # "joint committee": only if no other series is named
    paired_cores: frozenset[tuple[str, ...]]  # "politburo": only as one of two joined by "and"
    coordinators: frozenset[str]  # "and", "và"
    possessive: re.Pattern[str]  # "their": the mention is its clause's subject's
    # a noun against a core that makes the core its modifier, another body's: "border
    # guards" (after it, English), "tỉnh biên giới" (before it, Vietnamese)
    compounds_after: tuple[tuple[str, ...], ...]
    compounds_before: tuple[tuple[str, ...], ...]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.group() for t in _TOKEN.finditer(vi_re(phrase).lower()))


def _vocabulary() -> _Vocabulary:
    return active().memo("mechanisms._vocabulary", _build_vocabulary)


def _build_vocabulary(phrases: Phrases) -> _Vocabulary:

    modifiers = frozenset(
        word for m in phrases.words("mechanisms", "modifiers") for word in _words(m)
    ) | {"-"}
    cores = sorted(
        ((key, _words(core)) for key, values in phrases.cores().items() for core in values),
        key=lambda item: -sum(len(w) for w in item[1]),
    )
    heads = (*phrases.words("mechanisms", "heads"), *phrases.words("mechanisms", "plural_heads"))
    head_pattern = re.compile(word_alternation(heads, _EDGE))
    # a core's first word, or its first four letters (a typo is looked for after them)
    prefixes = sorted(
        {(core[0][0], re.escape(core[0][1:]) + r"(?![\w'’-])") if len(core[0]) < 6
         else (core[0][0], re.escape(core[0][1:4])) for _, core in cores},
        key=lambda p: len(re.escape(p[0]) + p[1]),
        reverse=True,
    )  # fmt: skip
    core_prefix = re.compile(first_letter_alternation(prefixes, _EDGE))
    other_bodies = re.compile(word_alternation(phrases.words("mechanisms", "other_bodies"), _EDGE))
    recurring = alternation(phrases.words("mechanisms", "recurring"))
    return _Vocabulary(
        head_pattern, core_prefix, modifiers, tuple(cores), other_bodies,
        re.compile(r"(?<![\w'’-])" + recurring + r"\s+$"),
        re.compile(r"\s+" + recurring + r"(?![\w'’-])"),
        re.compile(
            r"(?<![\w'’-])" + alternation(phrases.words("mechanisms", "holder_cues")) + r"\s+$"
            if phrases.words("mechanisms", "holder_cues")
            else r"(?!)"
        ),
        re.compile(word_alternation(phrases.words("mechanisms", "organs"), _EDGE)),
        frozenset(w for m in phrases.words("mechanisms", "organ_links") for w in _words(m)),
        tuple(sorted((_words(a) for a in phrases.words("mechanisms", "agents")), key=len,
                     reverse=True)),
        frozenset(_words(c) for c in phrases.words("mechanisms", "weak_cores")),
        re.compile(word_alternation(phrases.words("mechanisms", "core_context"), _EDGE)),
        frozenset(_words(h) for h in phrases.words("mechanisms", "weak_core_heads")),
        frozenset(_words(c) for c in phrases.words("mechanisms", "bound_cores")),
        frozenset(_words(h) for h in phrases.words("mechanisms", "bound_heads")),
        frozenset(_words(c) for c in phrases.words("mechanisms", "shared_cores")),
        frozenset(_words(c) for c in phrases.words("mechanisms", "paired_cores")),
        frozenset(w for c in phrases.words("people", "coordinators") for w in _words(c)),
        re.compile(word_alternation(phrases.words("mechanisms", "possessives"), _EDGE)
                   if phrases.words("mechanisms", "possessives") else "(?!)"),
        tuple(_words(c) for c in phrases.words("mechanisms", "compounds_after")),
        tuple(_words(c) for c in phrases.words("mechanisms", "compounds_before")),
    )  # fmt: skip


def _compound(words: list[str], first: int, last: int, vocabulary: _Vocabulary) -> bool:
    """Whether the core at tokens ``first..last`` modifies another noun against it.

    "the 14th meeting of the border guard commands" and "Hội nghị các tỉnh biên giới" are
    the border guards' and the border provinces' meetings, not the border delegations'.

    >>> v = _vocabulary()
    >>> _compound("the border guards met".split(), 1, 1, v)
    True
    >>> _compound("cac tinh biên giơi".split(), 2, 3, v)
    True
    >>> _compound("the border delegations met".split(), 1, 1, v)
    False
    """
    for compound in vocabulary.compounds_after:
        if tuple(words[last + 1 : last + 1 + len(compound)]) == compound:
            return True
    for compound in vocabulary.compounds_before:
        if first >= len(compound) and tuple(words[first - len(compound) : first]) == compound:
            return True
    return False


def _another_body(
    tokens: list[re.Match[str]], first: int, last: int, vocabulary: _Vocabulary
) -> bool:
    """Whether the words of a head + core reading, or those right around it, name another body.

    "Hội nghị cấp cao Quốc hội Campuchia – Lào – Việt Nam": "cấp cao" is the Parties' core,
    but the National Assemblies and a third member make it another meeting. Read are the
    reading itself, the three tokens after it and the two before it.
    """
    start = tokens[max(0, first - 2)].start()
    end = tokens[min(len(tokens) - 1, last + 3)].end()
    return vocabulary.other_bodies.search(tokens[0].string, start, end) is not None


@attrs.frozen
class _Both:
    """Two patterns that must both match somewhere (a core word and a head noun)."""

    first: re.Pattern[str]
    second: re.Pattern[str]

    def search(self, text: str) -> bool:
        """Whether both patterns match ``text``."""
        return self.first.search(text) is not None and self.second.search(text) is not None


def own_bare_head() -> re.Pattern[str]:
    """A possessive before a bare head: the sentence's own session ("their annual conference").

    >>> own_bare_head().search("at their annual conference held in Vientiane").group()
    'their annual conference'
    """
    return active().memo("mechanisms._own_bare_head", _build_own_bare_head)


def _build_own_bare_head(phrases: Phrases) -> re.Pattern[str]:
    holders = alternation(phrases.words("mechanisms", "possessive_holders"))
    recurring = alternation(phrases.words("mechanisms", "recurring"))
    heads = alternation(phrases.words("mechanisms", "heads"))
    return re.compile(
        r"(?<![\w'’-])(?:"
        + holders
        + r")\s+(?:(?:"
        + recurring
        + r")\s+)?(?:"
        + heads
        + r")(?![\w'’-])"
    )


def triggers() -> tuple[Trigger, ...]:
    """What a sentence must match for a head noun and core to name a mechanism in it.

    Catalogue aliases are found for the whole document beforehand; this is the first test of
    the head + core reading (a core's first word).

    >>> any(p.search("the annual meeting of border delegations") for p in triggers())
    True
    """
    vocabulary = _vocabulary()
    return (_Both(vocabulary.core_prefix, vocabulary.head_pattern),)


def _prefix(word: str) -> str:
    """What the cheap first test matches of a core word: short words whole, long ones by four."""
    return word if len(word) < 6 else word[:4]


def _close(word: str, written: str) -> bool:
    """Equal, or one edit apart for words of six letters or more ("Politbureau" typos)."""
    if word == written:
        return True
    if len(word) < 6 or abs(len(word) - len(written)) > 1 or word[0] != written[0]:
        return False
    if not written.isalpha():
        return False
    if len(word) == len(written):
        return sum(a != b for a, b in zip(word, written, strict=True)) <= 1
    short, long_ = sorted((word, written), key=len)
    if long_ == short + "s":
        return False  # number, not a typo: "a Politburo meeting" is not the two Politburos'
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _at(written: list[str], index: int, words: tuple[str, ...]) -> bool:
    """Whether the tokens from ``index`` are ``words`` (a typo allowed in long ones)."""
    if index < 0 or index + len(words) > len(written):
        return False
    if written[index] != words[0] and not _close(words[0], written[index]):
        return False
    return all(_close(w, written[index + i]) for i, w in enumerate(words))


def plural(view: str, hit: Hit) -> bool:
    """Whether the mention's head is plural ("the 9th to 12th sessions"): several sessions.

    >>> plural("the political consultations", Hit(4, 28, "political-consultation"))
    True
    """
    pattern = active().memo("mechanisms._plural", _build_plural)
    return pattern.search(view, hit.start, hit.end) is not None


def _build_plural(phrases: Phrases) -> re.Pattern[str]:
    words = phrases.words("mechanisms", "plural_heads")
    return re.compile(word_alternation(words, _EDGE) if words else "(?!)")


def _after_agent(words: list[str], index: int, vocabulary: _Vocabulary) -> int:
    """The token after an agent phrase at ``index`` ("was co-held by"), else ``index``."""
    for agent in vocabulary.agents:
        if tuple(words[index : index + len(agent)]) == agent:
            return index + len(agent)
    return index


def _filler(token: str, vocabulary: _Vocabulary) -> bool:
    return (
        token in vocabulary.modifiers
        or _ORDINAL_TOKEN.fullmatch(token) is not None
        or _YEAR_TOKEN.fullmatch(token) is not None
    )


def _reachable(
    words: list[str],
    start: int,
    step: int,
    vocabulary: _Vocabulary,
    also: set[int] | frozenset[int] = frozenset(),
) -> list[int]:
    """The token positions from ``start`` on (``step`` 1) or back (-1) over fillers only.

    Each position is tried in turn; the next one only when the word at this one is a filler
    (a modifier, an ordinal, a year) or, going back, one of ``also`` (the head nouns).
    """
    found = []
    position = start
    for _ in range(_MAX_GAP + 1):
        found.append(position)
        if not 0 <= position < len(words):
            break
        if not (_filler(words[position], vocabulary) or position in also):
            break
        position += step
    return found


def _core_hits(
    view: str,
    catalogue: Catalogue,
    named: list[tuple[int, int]] | None = None,
) -> list[Hit]:
    """Head noun + core, with only modifiers between them, on either side.

    A core inside a span of ``named`` (the aliases already found) is not looked at again.
    A weak core ("high-level", "cấp cao") counts only in a sentence that names its context
    (the Parties, their leaders): a number is no context, the Parties' summit numbers none
    ("Hội nghị cấp cao … Mekong lần thứ 5" is another body's); and only with a head its
    series is called by ("meeting", "cuộc gặp"): "a high-level seminar" is another's.
    """
    vocabulary = _vocabulary()
    seen = {
        _prefix(m.group())
        for m in vocabulary.core_prefix.finditer(view)
        if not any(s <= m.start() < e for s, e in named or ())
    }
    if not seen:
        return []
    heads = list(vocabulary.head_pattern.finditer(view))
    if not heads:
        return []
    tokens = list(_TOKEN.finditer(view))
    words = [t.group() for t in tokens]
    at_offset = {t.start(): i for i, t in enumerate(tokens)}
    in_head: set[int] = set()
    spans = []
    for match in heads:
        index = at_offset.get(match.start())
        if index is not None:
            head_end = index + len(_TOKEN.findall(match.group()))
            spans.append((index, head_end))
            in_head.update(range(index, head_end))
    cores = [
        (key, core)
        for key, core in vocabulary.cores
        if key in catalogue.mechanisms and _prefix(core[0]) in seen
    ]
    found: list[Hit] = []
    context = vocabulary.core_context.search(view) is not None
    named_series: set[str] | None = None  # the series the sentence's core words name
    for index, head_end in spans:
        # (apart, -length, first, last, key): a core written against the head ("theory
        # workshops", "hội thảo lý luận") is its compound and outranks one reached across a
        # frame ("… between the two Parties"), unless its words are modifiers too; among
        # equals the longest core wins
        best: tuple[bool, int, int, int, str] | None = None
        reach = (index, head_end - 1)  # the tokens all the readings of the head cover
        # where a core may begin after the head, through fillers ("meeting between … border
        # delegations"), and where one may end before it ("mid-term conference"): the same
        # for every core, so found once per head
        starts = _reachable(words, _after_agent(words, head_end, vocabulary), 1, vocabulary)
        ends = _reachable(words, index - 1, -1, vocabulary, in_head)
        for key, core in cores:
            span: tuple[int, int] | None = None
            size = len(core)
            for p in starts:
                if _at(words, p, core):
                    span = (index, p + size - 1)
                    if _compound(words, p, p + size - 1, vocabulary):
                        span = None  # "the 14th meeting of the border guards": theirs
                    break
            else:
                for e in ends:
                    if _at(words, e - size + 1, core):
                        span = (e - size + 1, head_end - 1)
                        if _compound(words, e - size + 1, e, vocabulary):
                            span = None  # "the border guards' 14th meeting"
                        break
            if span is not None and core in vocabulary.weak_cores and not context:
                span = None  # "a high-level delegation", "high-level talks" of the two PMs
            if (
                span is not None
                and core in vocabulary.weak_cores
                and tuple(words[index:head_end]) not in vocabulary.weak_heads
            ):
                span = None  # "a high-level seminar between the two academies": not the summit
            if (
                span is not None
                and core in vocabulary.bound_cores
                and tuple(words[index:head_end]) not in vocabulary.bound_heads
            ):
                span = None  # "a ministerial-level meeting on defence": not the consultation
            if span is not None and core in vocabulary.paired_cores and not _paired(words, core):
                # "a Politburo meeting" is one Party's, not the two Politburos'; nor is it the
                # political consultation's, whose shorter core its words hold ("hai Bộ Chính
                # trị", a longer core read already, stands)
                if best is None:
                    break
                span = None
            if span is not None and core in vocabulary.shared_cores:
                if named_series is None:
                    named_series = _sentence_series(tokens, catalogue, exact=False)
                if not named_series <= {key}:
                    span = None  # "Joint Committee" beside "border": which body is not said
            if span is not None:
                after = span[1] != head_end - 1
                apart = (
                    span[1] - len(core) + 1 != head_end if after else span[0] + len(core) != index
                ) or all(w in vocabulary.modifiers for w in core)  # "giữa kỳ": also filler
                candidate = (apart, -sum(len(w) for w in core), span[0], span[1], key)
                if best is None or candidate[:2] < best[:2]:
                    best = candidate
                reach = (min(reach[0], span[0]), max(reach[1], span[1]))
        # every core read from this head counts for another body's name next to it: "the
        # high-level meeting of the two Parties and the Cambodian People's Party"
        if best is not None and not _another_body(tokens, reach[0], reach[1], vocabulary):
            found.append(Hit(tokens[best[2]].start(), tokens[best[3]].end(), best[4]))
    return found


def _sentence_series(
    tokens: list[re.Match[str]], catalogue: Catalogue, *, exact: bool = True
) -> set[str]:
    """The mechanisms whose core words a sentence names anywhere, another body's left out.

    Written exactly: far from a head noun, "foreign minister" (a title) is no typo of the
    core "foreign ministers", and the words of a longer core are no shorter one's ("Bộ Chính
    trị", the Politburo, is not the political consultation's "chính trị"). Not ``exact``:
    every mention of a core counts, another body's too ("the border committee" beside the
    Joint Committee).
    """
    vocabulary = _vocabulary()
    keys = set()
    words = [t.group() for t in tokens]
    taken: set[int] = set()  # the tokens of a longer core written exactly
    for key, core in vocabulary.cores:  # longest first
        if key not in catalogue.mechanisms:
            continue
        if not exact:
            if key not in keys and any(
                _at(words, i, core) and not _compound(words, i, i + len(core) - 1, vocabulary)
                for i in range(len(words))
            ):
                keys.add(key)
            continue
        for i in range(len(tokens) - len(core) + 1):
            if tuple(words[i : i + len(core)]) != core or not taken.isdisjoint(
                range(i, i + len(core))
            ):
                continue
            taken.update(range(i, i + len(core)))
            if _compound(words, i, i + len(core) - 1, vocabulary):
                continue  # "the border guards of the two provinces": theirs
            if (core not in vocabulary.paired_cores or _paired(words, core)) and not _another_body(
                tokens, i, i + len(core) - 1, vocabulary
            ):
                keys.add(key)
    return keys


_FRAME_END = re.compile(r"[,;:.()]")
_CLAUSE_END = re.compile(r"[;:.()]")
_JOINERS = frozenset({"and", "va", "-", "–", "&"})  # folded: "và" is "va"
_PAIR_JOINERS = _JOINERS | {","}  # "Vietnam, Cambodia hold …"


def _another_pair(view: str, hit: Hit, catalogue: Catalogue) -> bool:
    """Whether the words that frame a mention name a pair of countries other than the members.

    After the mention, in its own complement, a country that is no member's; the complement
    ends at a clause mark, a locative ("… in Cambodia" is where, not whose), a coordinator
    after a word that is no country's ("… Committee and a meeting with Cambodian investors")
    or after both members ("Việt Nam - Lào và dự Hội nghị … Campuchia"). So: "the sixth
    political consultation between Vietnam and Cambodia", "Tham khảo Chính trị lần thứ 8
    giữa hai Bộ Ngoại giao Việt Nam - Campuchia", "Hội thảo lý luận … giữa Đảng Cộng sản
    Việt Nam và Đảng Cộng sản Trung Quốc". Before it, in its clause, a member and a third
    country coordinated: "Vietnam and Cambodia held their sixth political consultation", "Vietnam,
    Cambodia hold sixth political consultation".

    >>> from vnlao_events._catalogue import Catalogue
    >>> text = "the political consultation between vietnam and cambodia in phnom penh"
    >>> _another_pair(text, Hit(4, 26, "political-consultation"), Catalogue.default())
    True
    >>> text = "the political consultation between vietnam and laos in cambodia"
    >>> _another_pair(text, Hit(4, 26, "political-consultation"), Catalogue.default())
    False
    >>> text = "vietnam, cambodia hold sixth political consultation"
    >>> _another_pair(text, Hit(29, 51, "political-consultation"), Catalogue.default())
    True
    >>> text = "vietnam and cambodia signed a deal after the 17th meeting of their joint committee"
    >>> _another_pair(text, Hit(51, 83, "intergovernmental-committee"), Catalogue.default())
    True
    >>> text = "the pm received the thai ambassador ahead of the 45th political consultation"
    >>> _another_pair(text, Hit(54, 76, "political-consultation"), Catalogue.default())
    False
    """
    words = _own_words(view, hit, catalogue)
    if any(_third_country(catalogue, words, i) for i in range(len(words))):
        return True
    members = _member_words(catalogue)
    before = _CLAUSE_END.split(view[max(0, hit.start - 80) : hit.start])[-1]
    if _pair_with_third(_pair_words(before)[-10:], catalogue, members):
        return True
    possessive = _vocabulary().possessive.search(view, max(0, hit.start - 16), hit.end)
    if possessive is None:
        return False
    # "Vietnam and Cambodia signed … following the 17th meeting of their Joint Committee":
    # the possessive is the clause's subject's, however far back the subject stands
    clause = _CLAUSE_END.split(view[max(0, possessive.start() - 300) : possessive.start()])[-1]
    return _pair_with_third(_pair_words(clause)[:10], catalogue, members)


def _pair_words(text: str) -> list[str]:
    return [_plain_word(w) for w in re.findall(r"[\w'’]+|[-–&,]", text)]


def _pair_with_third(words: list[str], catalogue: Catalogue, members: tuple[str, ...]) -> bool:
    """Whether ``words`` coordinate a member with a third country ("Vietnam and Cambodia")."""
    for i in range(len(words)):
        size = _third_country(catalogue, words, i)
        if not size:
            continue
        # coordinated with a member's name: "Vietnam and Cambodia", "Việt Nam - Campuchia",
        # or beside it in an address ("vietnam-cambodia-hold-sixth-political-consultation")
        if i >= 2 and words[i - 1] in _PAIR_JOINERS and _member_at(words, i - 2, members):
            return True
        if i >= 1 and _member_at(words, i - 1, members):
            return True
        after_it = i + size
        if (
            after_it + 1 < len(words)
            and words[after_it] in _PAIR_JOINERS
            and _member_at(words, after_it + 1, members)
        ):
            return True
    return False


def _may_name_a_third_country(plain: str, catalogue: Catalogue) -> bool:
    """Whether one to three words of the plain view are a third country's name (a cheap test).

    A word of five letters or more that a one-word name begins counts ("cambodian").
    """

    def build(c: Catalogue) -> tuple[frozenset[str], frozenset[str]]:
        names = c.third_countries()
        return frozenset(names), frozenset(n[:5] for n, one in names.items() if one and len(n) >= 5)

    names, prefixes = catalogue.memo("mechanisms.third_names", build)
    words = _PLAIN_WORD.findall(plain)
    if not names.isdisjoint(words) or not prefixes.isdisjoint([w[:5] for w in words]):
        return True
    twos = [a + b for a, b in pairwise(words)]
    return not names.isdisjoint(twos) or not names.isdisjoint(
        [a + b for a, b in zip(twos, words[2:], strict=False)]
    )


_PLAIN_WORD = re.compile(r"[a-z]+")


def _local() -> re.Pattern[str]:
    return active().memo(
        "mechanisms._local",
        lambda phrases: re.compile(
            word_alternation(phrases.words("mechanisms", "local_bodies"), _EDGE)
        ),
    )


def _complement(view: str, hit: Hit) -> str:
    """The words after a mention that are its own: up to a clause mark or a locative."""
    after = view[hit.end : hit.end + 100]
    stop = _FRAME_END.search(after)
    after = after[: stop.start()] if stop else after
    locative = active().pattern("places", "locative").search(after)
    return after[: locative.start()] if locative else after


def _own_words(view: str, hit: Hit, catalogue: Catalogue) -> list[str]:
    """The plain words of a mention's own complement, up to where another phrase begins.

    The complement (:func:`_complement`) ends early at a comitative ("… with Cambodian
    investors") or a coordinator after a word that is no member's name or after both
    members ("… Committee and a meeting …", "Việt Nam - Lào và dự …").
    """
    words = [_plain_word(w) for w in re.findall(r"[\w'’]+|[-–&]", _complement(view, hit))]
    members = _member_words(catalogue)
    comitative = _comitatives()
    named: set[str] = set()
    own: list[str] = []
    for i, word in enumerate(words):
        if word in comitative:
            break
        if word in _JOINERS:
            if not (i and _member_at(words, i - 1, members)) or len(named) >= 2:
                break
        else:
            member = _member_at(words, i, members)
            if member:
                named.add(member)
        own.append(word)
    return own


def _comitatives() -> frozenset[str]:
    """The one-word comitatives, plain: "with", "voi", "cung"."""
    return active().memo(
        "mechanisms._comitatives",
        lambda phrases: frozenset(
            fold_plain(w) for w in phrases.words("people", "comitative") if " " not in w
        ),
    )


def _local_body(view: str, hit: Hit, catalogue: Catalogue) -> bool:
    """Whether a mention's own complement names a province's or a district's body.

    "The annual meeting between the border committees of Vietnam's Quang Binh province and
    Laos' Khammouane province took place on April 11": the two provinces' meeting, not the
    border delegations' session; "… took place in Quang Binh province" is where it was.

    >>> text = "the annual meeting between the border committees of quang binh province"
    >>> _local_body(text, Hit(4, 42, "border-annual-meeting"), Catalogue.default())
    True
    >>> text = "the annual meeting between the border delegations took place in quang binh province"
    >>> _local_body(text, Hit(4, 49, "border-annual-meeting"), Catalogue.default())
    False
    >>> text = "the annual meeting of the border delegations with representatives of ten provinces"
    >>> _local_body(text, Hit(4, 44, "border-annual-meeting"), Catalogue.default())
    False
    """
    local = active().memo(
        "mechanisms._local_words",
        lambda phrases: frozenset(
            fold_plain(w) for w in phrases.words("mechanisms", "local_bodies")
        ),
    )
    return not local.isdisjoint(_own_words(view, hit, catalogue))


def _third_country(catalogue: Catalogue, words: list[str], i: int) -> int:
    """How many words at ``i`` (one or two) name a country that is no member's; 0 if none.

    An adjective a one-word name begins counts too ("Cambodian", "Chinese").
    """
    names = catalogue.third_countries()
    word = words[i]
    if i + 1 < len(words) and names.get(word + words[i + 1]) is False:
        return 2  # "thai lan", "trung quoc"; not "chí Lê" for "Chile": a one-word name
    if word in names:
        return 1
    if len(word) < 5:
        return 0
    prefixed = catalogue.third_country_prefixes(5).get(word[:5], ())
    return 1 if any(word.startswith(n) for n in prefixed) else 0


def _member_at(words: list[str], i: int, members: tuple[str, ...]) -> str | None:
    """The member whose name ends at word ``i`` ("lao", "viet nam", "vietnamese"), if any."""
    for written in (words[i - 1] + words[i] if i else None, words[i]):
        if written:
            for member in members:
                if written.startswith(member) or (len(written) >= 3 and member.startswith(written)):
                    return member[:3]
    return None


def _is_member(word: str, members: tuple[str, ...]) -> bool:
    """Whether a folded word is a member's name or its adjective ("lao", "vietnamese")."""
    return any(word.startswith(m) or (len(word) >= 3 and m.startswith(word)) for m in members)


def _member_words(catalogue: Catalogue) -> tuple[str, ...]:
    """The members' country names, folded: "vietnam", "laos", "viet nam", "lao"."""

    def build(c: Catalogue) -> tuple[str, ...]:
        words = set()
        for code in c.members():
            for lang in ("en", "vi"):
                words.add(fold_plain(c.country_name(code, lang)).replace(" ", ""))
        return tuple(sorted(words))

    return catalogue.memo("mechanisms.member_words", build)


@lru_cache(maxsize=4096)
def _plain_word(word: str) -> str:
    return fold_plain(word).removesuffix("'s").removesuffix("’s").strip("-–")


def _paired(words: list[str], core: tuple[str, ...]) -> bool:
    """Whether a core is written twice, the two joined by a coordinator within twelve words.

    "the Politburo of the CPV and the Politburo of the LPRP": the two Politburos.

    >>> _paired("the politburo of the cpv and the politburo of the lprp".split(), ("politburo",))
    True
    >>> _paired("a politburo meeting".split(), ("politburo",))
    False
    """
    at = [i for i in range(len(words) - len(core) + 1) if tuple(words[i : i + len(core)]) == core]
    coordinators = _vocabulary().coordinators
    return any(
        0 < b - a <= 12 and not coordinators.isdisjoint(words[a + len(core) : b])
        for a, b in pairwise(at)
    )


def _elliptical_hits(sentence: Sentence, catalogue: Catalogue) -> list[Hit]:
    """A recurring head with no core: the one series the sentence's core words name.

    "Vietnamese and Lao border officials agreed … during their 26th annual meeting",
    "… quy chế biên giới và biên bản cuộc họp thường niên lần thứ 24": the meeting is the
    border delegations' one. The head needs a number, or a word that makes it the subject's own
    ("The Vietnamese and Lao Politburos held their annual meeting", "Bộ Chính trị hai Đảng đã
    tổ chức cuộc gặp thường niên"). Read
    only in a sentence that names no mechanism otherwise, and only when its core words name
    exactly one series.

    >>> s = Sentence.of(0, "The Vietnamese and Lao Politburos held their annual meeting.")
    >>> [h.key for h in _elliptical_hits(s, Catalogue.default())]
    ['party-high-level-meeting']
    """
    view = sentence.view
    vocabulary = _vocabulary()
    candidates = []
    others = []  # heads with no recurring word: the subject's own only with a number
    for head in vocabulary.head_pattern.finditer(view):
        before = vocabulary.recurring_before.search(view, max(0, head.start() - 30), head.start())
        after = vocabulary.recurring_after.match(view, head.end())
        if before is not None:
            candidates.append((before.start(), head.end()))
        elif after is not None:
            candidates.append((head.start(), after.end()))
        else:
            others.append((head.start(), head.end()))
    if not candidates and not others:
        return []
    ordinals = find_ordinals(sentence)
    numbered = _held_numbered(view, others, ordinals, vocabulary)
    if not candidates and not numbered:
        return []
    owned = []
    for start, end in candidates:
        for o in ordinals:
            if (o.end <= start and re.fullmatch(r"\s+", view[o.end : start])) or (
                end <= o.start and re.fullmatch(r"\s+", view[end : o.start])
            ):
                numbered.append((start, end))
                break
            if start <= o.start < end < o.end:  # "cuộc |họp thường niên lần thứ 24|", one form
                numbered.append((start, o.end))
                break
        else:
            if vocabulary.holder.search(view, max(0, start - 16), start) is not None:
                owned.append((start, end))
    if not numbered and not owned:
        return []
    keys = _sentence_series(list(_TOKEN.finditer(view)), catalogue)
    if len(keys) != 1:
        return []
    key = next(iter(keys))
    if not catalogue.mechanisms[key].has_ordinals:
        numbered = []  # a number is no session's of a series that numbers none
    return [Hit(start, end, key) for start, end in sorted((*numbered, *owned))]


def _held_numbered(
    view: str, heads: list[tuple[int, int]], ordinals: list[Ordinal], vocabulary: _Vocabulary
) -> list[tuple[int, int]]:
    """The numbered heads a holding word makes the subject's own: "held their 32nd meeting".

    The word of holding stands right before the number ("their 32nd meeting", "convene
    32nd meeting") or, where the number follows its head, right before the head ("tổ chức
    cuộc họp lần thứ 32").
    """
    found = []
    for start, end in heads:
        for o in ordinals:
            before = o.end <= start and view[o.end : start].isspace()
            after = end <= o.start and view[end : o.start].isspace()
            within = o.start <= start and end <= o.end  # "cuộc họp lần thứ 32", one form
            at = o.start if before or within else start if after else None
            if at is not None and vocabulary.holder.search(view, max(0, at - 16), at):
                found.append((start, end))
                break
    return found


def _body_of(view: str, compound: Hit, alias: Hit) -> bool:
    """Whether ``alias`` names the body of a mechanism named right before it.

    Only modifiers stand between ("of the Vietnam – Laos"), and the reading is another
    series: "the mid-term meeting of the Inter-Governmental Committee" is the mid-term review.
    """
    if alias.key == compound.key or alias.start < compound.end:
        return False
    gap = view[compound.end : alias.start]
    vocabulary = _vocabulary()
    words = [t.group() for t in _TOKEN.finditer(gap)]
    coordinators = {w for c in active().words("people", "coordinators") for w in _words(c)}
    return (
        len(gap) <= 40
        and all(w in vocabulary.modifiers for w in words)
        and not coordinators.intersection(words)  # "the consultation and the Committee"
    )


def _organiser_of(sentence: Sentence, body: Hit, session: Hit) -> bool:
    """Whether a series' body is named as the subject or the owner of its numbered session.

    "Ngày 6/1, Ủy ban liên Chính phủ đã tổ chức Kỳ họp lần thứ 46", "the Intergovernmental
    Committee held its 46th session", "the IGC's 46th session": the session is the numbered
    head; the body before it, in the possessive or with a held verb between and a few words
    at most (its members' names, "Việt Nam - Lào", among them), names no session of its own.

    >>> s = Sentence.of(0, "Ngày 6/1, Ủy ban liên Chính phủ đã tổ chức Kỳ họp lần thứ 46.")
    >>> _organiser_of(s, Hit(10, 31, "c"), Hit(43, 61, "c"))
    True
    """
    if body.key != session.key or not 0 <= session.start - body.end <= 40:
        return False
    between = sentence.view[body.end : session.start]
    if re.fullmatch(r"['’]s?\s+", between):
        return True  # "the IGC's 46th session": the body's own session, one mention
    if re.fullmatch(r"[\s\w–-]*", between) is None or len(between.split()) > 8:
        return False
    return sentence.cue(active().pattern("status", "held"), body.end, session.start) is not None


def _anaphoric_hits(sentence: Sentence, hits: list[Hit], catalogue: Catalogue) -> list[Hit]:
    """A numbered bare head after the one series a sentence names: another of its sessions.

    "… agreements reached at the 37th session of the Intergovernmental Committee, and make
    preparations for the 38th session" (also "the 38th meeting of the committee", "Kỳ họp
    lần thứ 38"): a definite head noun with its own number and no core refers back to the
    series named before it. Read only when the sentence names exactly one series, one that
    numbers its sessions, in the same clause, and only when the number stands right against
    the head and no other body is named beside it.
    """
    keys = {h.key for h in hits}
    if len(keys) != 1:
        return []
    key = next(iter(keys))
    if not catalogue.mechanisms[key].has_ordinals:
        return []
    view = sentence.view
    vocabulary = _vocabulary()
    first_end = min(h.end for h in hits)
    found = []
    ordinals = None
    for head in vocabulary.head_pattern.finditer(view, first_end):
        if any(h.start < head.end() and head.start() < h.end for h in hits):
            continue
        if re.search(r"[;:]", view[first_end : head.start()]):
            break  # another clause: "… met in Hanoi; the Assembly convened its 36th session"
        if ordinals is None:
            ordinals = find_ordinals(sentence)
        for o in ordinals:
            if o.end <= head.start() and view[o.end : head.start()] == " ":
                span = (o.start, head.end())  # "the 38th session"
            elif head.end() <= o.start and re.fullmatch(r"\s+", view[head.end() : o.start]):
                span = (head.start(), o.end)  # "kỳ họp lần thứ 38"
            elif o.start <= head.start() < o.end:
                span = (o.start, max(o.end, head.end()))  # "Kỳ họp 38", one form
            else:
                continue
            near = view[max(0, span[0] - 20) : span[1] + 30]
            if vocabulary.other_bodies.search(near) is None:
                found.append(Hit(span[0], span[1], key))
            break
    return found


def _organ_named(view: str, hit: Hit) -> bool:
    """Whether a part or an office of the body is named right before it: no session.

    "Chủ tịch Phân ban hợp tác Việt Nam trong Ủy ban liên Chính phủ" is a title; "Kỳ họp lần
    thứ 9 Phân ban … trong Ủy ban liên Chính phủ" the sub-committee's session. The organ word
    stands at most 50 characters before, with no clause mark, head noun or number between.
    """
    vocabulary = _vocabulary()
    start = max(0, hit.start - 70)
    organs = list(vocabulary.organs.finditer(view, start, hit.start))
    if not organs:
        return False
    gap = view[organs[-1].end() : hit.start]
    return len(gap) <= 50 and all(
        t.group() in vocabulary.modifiers or t.group() in vocabulary.organ_links
        for t in _TOKEN.finditer(gap)
    )


def levels_named(family: str, view: str, catalogue: Catalogue) -> str | None:
    """The one mechanism of ``family`` whose level ``view`` names, if exactly one.

    Longer level phrases are read first and hide the shorter ones inside them:
    "deputy foreign ministerial level" names the deputy level, not "ministerial".
    """
    pattern, owner = _level_pattern(_siblings(catalogue, family))
    levels = {owner[match.group()] for match in pattern.finditer(view)}
    if len(levels) == 1:
        return next(iter(levels))
    return None


def _siblings(catalogue: Catalogue, family: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((m.key, m.level_cues) for m in catalogue.mechanisms.values() if m.family == family)


@cache
def _level_pattern(
    siblings: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for a family's level phrases, longest first, and whose phrase each is."""
    owner = {vi_re(cue).lower(): key for key, cues in siblings for cue in cues}
    body = "|".join(re.escape(cue) for cue in sorted(owner, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + (body or "(?!)") + r")(?![\w-])"), owner


def _level_checked(
    hit: Hit, view: str, catalogue: Catalogue, sentence_levels: dict[str, str | None]
) -> Hit:
    """Swap a mechanism for its sibling when the words name only the sibling's level.

    "foreign ministers co-chair 8th political consultation" is the ministers' series even
    though "political consultation" is also the deputy ministers' alias.
    """
    mechanism = catalogue.mechanisms[hit.key]
    if mechanism.family is None:
        return hit
    near = view[max(0, hit.start - 40) : hit.end + 45]
    named = levels_named(mechanism.family, near, catalogue)
    if named is None:
        if mechanism.family not in sentence_levels:
            sentence_levels[mechanism.family] = levels_named(mechanism.family, view, catalogue)
        named = sentence_levels[mechanism.family]
    return hit if named is None else attrs.evolve(hit, key=named)


def at_the_articles_level(
    hits: list[Hit], view: str, catalogue: Catalogue, series: str | None
) -> list[Hit]:
    """Mentions whose sentence names no level take the level of the series the article is about.

    "… đồng chủ trì Tham vấn chính trị cấp Bộ trưởng Ngoại giao lần thứ 10. … Hai Bộ trưởng nhất
    trí Tham vấn chính trị lần thứ 11 sẽ diễn ra tại Lào": the 11th is the ministers' too.
    ``series`` is the session the article is about; only its own family's mentions change.

    >>> hits = [Hit(0, 19, "political-consultation")]
    >>> at_the_articles_level(hits, "tham vân chinh tri lân thư 11", Catalogue.default(),
    ...                       "ministerial-political-consultation")[0].key
    'ministerial-political-consultation'
    """
    if series is None or series not in catalogue.mechanisms:
        return hits
    family = catalogue.mechanisms[series].family
    if family is None:
        return hits
    siblings = [
        i
        for i, hit in enumerate(hits)
        if hit.key != series and catalogue.mechanisms[hit.key].family == family
    ]
    if not siblings or levels_named(family, view, catalogue) is not None:
        return hits
    return [attrs.evolve(h, key=series) if i in siblings else h for i, h in enumerate(hits)]


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
    named = [(h.start, h.end) for h in hits]
    for hit in _core_hits(view, catalogue, named):
        if not any(h.start < hit.end and hit.start < h.end for h in hits):
            hits.append(hit)  # an alias, where there is one, is the more specific reading
            # "the mid-term meeting of the … Inter-Governmental Committee": the alias right
            # after a compound's head, through modifiers only, is the body it belongs to
            hits = [h for h in hits if not _body_of(view, hit, h)]
    hits = [h for h in hits if not any(_body_of(view, other, h) for other in hits)]
    hits = [h for h in hits if not _organ_named(view, h)]
    if not hits:
        hits = _elliptical_hits(sentence, catalogue)
    else:
        extra = _anaphoric_hits(sentence, hits, catalogue)
        hits = [h for h in hits if not any(_organiser_of(sentence, h, a) for a in extra)]
        hits.extend(extra)
    if hits and _may_name_a_third_country(sentence.folded.plain, catalogue):
        hits = [h for h in hits if not _another_pair(view, h, catalogue)]  # a third country
    if hits and _local().search(view) is not None:
        hits = [h for h in hits if not _local_body(view, h, catalogue)]  # two provinces' meeting
    hits.sort(key=lambda h: h.start)
    sentence_levels: dict[str, str | None] = {}
    return [_level_checked(hit, view, catalogue, sentence_levels) for hit in hits]
