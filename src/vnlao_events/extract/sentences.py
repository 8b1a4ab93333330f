"""Sentences of an article body, each with its folded views and a map back to the original.

>>> from vnlao_events._text import FoldedText
>>> [s.text for s in sentences(FoldedText.of("Kỳ họp đã diễn ra. Hai bên ký kết."))]
['Kỳ họp đã diễn ra.', 'Hai bên ký kết.']
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import TypeVar

import attrs

from .._date_phrases import LANGUAGES
from .._date_phrases import phrases as date_phrases
from .._text import LOWER, UPPER, FoldedText
from .phrases import Phrases, active, alternation, word_alternation

__all__ = ["Sentence", "body", "body_end", "caption_credit", "sentences"]

_T = TypeVar("_T")


def _abbreviated_months_before_day() -> str:
    """No sentence end after an abbreviated month followed by a day ("Dec. 9", "Sept. 12").

    The abbreviations are the month words (``months`` in ``dates-*.toml``) that begin
    another word of the same month; a look-behind has one width, so one test per length.
    """
    short: set[str] = set()
    for lang in LANGUAGES:
        months = date_phrases(lang).words("months")
        short |= {  # a truncation of the month's full name: "dec", "sept"
            word
            for word, value in months.items()
            if word.isalpha()
            and any(other != word and other.startswith(word) and months[other] == value
                    for other in months)
        }  # fmt: skip
    by_length: dict[int, list[str]] = {}
    for word in sorted(short):
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(
        r"(?!(?<=\b(?i:" + "|".join(words) + r")\.)\s+\d)" for words in by_length.values()
    )


_ABBREVIATED_MONTH_BEFORE_DAY = _abbreviated_months_before_day()


def _sentence_end() -> re.Pattern[str]:
    return active().memo("sentences._sentence_end", _build_sentence_end)


def _build_sentence_end(phrases: Phrases) -> re.Pattern[str]:
    """Where a sentence ends; "Mr. Tran", "H.E. Saleumxay" (``[body].abbreviations``) end none.

    A look-behind has one width, so the abbreviations are tested one length at a time.
    """
    by_length: dict[int, list[str]] = {}
    for word in sorted(phrases.words("body", "abbreviations")):
        by_length.setdefault(len(word), []).append(re.escape(word))
    titles = "".join(r"(?<!\b(?i:" + "|".join(words) + r")\.)" for words in by_length.values())
    credits = phrases.words("body", "caption_credits")
    # "Toàn cảnh kỳ họp. Ảnh: VOV.", "… Vietnam.Photo: MPI": a credit after a stop ends the
    # caption, not the stop before it
    credit = r"(?!\s*(?i:" + "|".join(re.escape(c) for c in credits) + r")\s*:)" if credits else ""
    return re.compile(credit + r"(?:(?<=[.!?;])" + titles + _SENTENCE_END_REST + ")")


_SENTENCE_END_REST = (
    # "on Dec. 9", "Sept. 12": an abbreviated month before its day ends no sentence
    _ABBREVIATED_MONTH_BEFORE_DAY
    + r"[\"”']?\s+(?=(?:[—–]\s+)?[\"“(\[]?(?:"  # "… on Sunday. — VNA/VNS Photo HÀ NỘI — The …"
    + UPPER
    + r"|\d))|(?<="
    + LOWER
    + LOWER
    + r"[.!?])(?="
    + UPPER
    + r")|(?<="  # 'bền vững."Ông Kikeo': the closing quote glued to the next sentence
    + LOWER
    + LOWER
    + r"[.!?])(?=[\"”’']"
    + UPPER
    + r")|(?<=\s\d\.)(?="
    + UPPER
    + LOWER
    + LOWER
    + r")|(?<=\s\d\d\.)(?="
    + UPPER
    + LOWER
    + LOWER
    + r")|\n+"  # "on January 5.The delegation": a space lost after a date's stop
)
# Every end begins right after a sentence mark or at a newline: only there is it tried.
_END_MARK = re.compile(r"[.!?;\n]")


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """The matches of the sentence-end pattern, tried only where one can begin."""
    end = _sentence_end()
    position = 0
    for mark in _END_MARK.finditer(text):
        at = mark.start() if mark.group() == "\n" else mark.end()
        if at < position:
            continue
        match = end.match(text, at)
        if match is not None:
            yield match
            position = match.end() if match.end() > at else at + 1


_MAX_SENTENCE = 1200
# Short cue words that the toneless view confuses with others: "sẽ" (will) with "sẻ" in
# "chia sẻ" (share), "đã" (past) with "đa" in "đa phương" (multilateral), "đang" (under way)
# with "Đảng" (the Party), "mời" (invite) with "mới" (new, just), "hoãn" (put off) with "hoan"
# in "hoan nghênh" (welcome, hail). A match of these counts only when the original text has
# the right tone.
_TONE_EXACT = {
    "se": frozenset({"sẽ"}),
    "đa": frozenset({"đã"}),
    "đang": frozenset({"đang"}),
    "mơi": frozenset({"mời"}),
    "hoan": frozenset({"hoãn"}),
}


def _furniture() -> re.Pattern[str]:
    return active().memo("sentences._furniture", _build_furniture)


def _build_furniture(phrases: Phrases) -> re.Pattern[str]:
    headings = alternation(phrases.words("body", "furniture"))
    return re.compile(r"^\s*" + headings + r"\s*:?\s*$", re.MULTILINE)


def body_end(text: str) -> int:
    r"""Where the article body ends: before the first page-furniture heading.

    >>> body_end("Bài viết.\nTin bài liên quan\nChiều 14/10 ...")
    10
    """
    return _end_of(FoldedText.of(text, unglue=True))


def _end_of(folded: FoldedText) -> int:
    match = _furniture().search(folded.toneless)
    if match is None:
        return len(folded.original)
    return folded.original_span(match.start(), match.start())[0]


def body(text: str) -> FoldedText:
    r"""The article body, folded: the text is folded once, and again only when cut.

    >>> body("Bài viết.\nTin bài liên quan\nChiều 14/10 ...").original
    'Bài viết.\n'
    """
    folded = FoldedText.of(text, unglue=True)
    end = _end_of(folded)
    return folded if end == len(text) else FoldedText.of(text[:end], unglue=True)


# A pattern's tone-checked matches in one sentence, in order, with their starts and ends.
_Cues = tuple[re.Pattern[str], list[re.Match[str]], list[int], list[int]]


@attrs.frozen
class Sentence:
    """One sentence: where it starts in the body, its text and its folded views.

    >>> s = Sentence.of(4, "Hai bên sẽ họp.")
    >>> s.span(0, 3)
    (4, 7)
    """

    start: int
    text: str
    folded: FoldedText
    _found: dict[int, _Cues] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    _memo: dict[tuple[str, int], object] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    @classmethod
    def of(cls, start: int, text: str) -> Sentence:
        """A sentence at ``start`` of the body, folded on its own."""
        return cls(start, text, FoldedText.of(text, unglue=True))

    @property
    def view(self) -> str:
        """The toneless view, where cues are matched."""
        return self.folded.toneless

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the views as a span of the document."""
        first, last = self.folded.original_span(start, end)
        return self.start + first, self.start + last

    def original(self, start: int, end: int) -> str:
        """The original words under a span of the views."""
        first, last = self.folded.original_span(start, end)
        return self.text[first:last]

    def memo(self, key: str, build: Callable[[Sentence], _T]) -> _T:
        """``build(self)``, computed once per sentence and phrase set (the ordinals it holds).

        >>> s = Sentence.of(0, "Kỳ họp lần thứ 9.")
        >>> s.memo("length", lambda s: len(s.text)) == s.memo("length", lambda s: 0)
        True
        """
        slot = (key, id(active()))
        if slot not in self._memo:
            self._memo[slot] = build(self)
        return self._memo[slot]  # type: ignore[return-value]

    def _cues(self, pattern: re.Pattern[str]) -> _Cues:
        """Every tone-checked match of a cue pattern in the view, found once per sentence.

        Each recogniser asks for the cues inside a window before or after its mention; the
        sentence is searched once for each pattern, and a window is two bisections.
        """
        found = self._found.get(id(pattern))  # a pattern's own hash reads all its text
        if found is not None and found[0] is pattern:
            return found
        matches = []
        starts = []
        ends = []
        for match in pattern.finditer(self.folded.toneless):
            exact = _TONE_EXACT.get(match.group())
            if exact is not None:
                first, last = self.folded.original_span(match.start(), match.end())
                if unicodedata.normalize("NFC", self.text[first:last]).lower() not in exact:
                    continue
            matches.append(match)
            starts.append(match.start())
            ends.append(match.end())
        found = (pattern, matches, starts, ends)
        self._found[id(pattern)] = found
        return found

    def cue(
        self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        r"""The first tone-checked match of a cue pattern inside ``start..end`` of the view.

        >>> s = Sentence.of(0, "Hai bên đã họp và sẽ họp tiếp.")
        >>> pattern = re.compile(r"\bhop\b")
        >>> [s.cue(pattern).start(), s.cue(pattern, 12).start(), s.cue(pattern, 12, 22)]
        [11, 21, None]
        """
        _, matches, starts, ends = self._cues(pattern)
        i = bisect_left(starts, start)
        if i < len(matches) and (end is None or ends[i] <= end):
            return matches[i]
        return None

    def last_cue(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        r"""The last tone-checked match of a cue pattern inside ``start..end`` of the view.

        >>> s = Sentence.of(0, "Hai bên đã họp và sẽ họp tiếp.")
        >>> s.last_cue(re.compile(r"\bhop\b"), 0, 30).start()
        21
        """
        _, matches, starts, ends = self._cues(pattern)
        i = bisect_right(ends, end) - 1
        if i >= 0 and starts[i] >= start:
            return matches[i]
        return None

    def cues(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Every tone-checked match of a cue pattern."""
        return list(self._cues(pattern)[1])


_ListStop = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]
# What a clause has that a list of names has not: its verbs and tense words.
_VERBS = (
    ("status", "held"), ("status", "held_weak"), ("status", "planned"), ("status", "past"),
    ("people", "participate"), ("people", "cochair"), ("people", "cochair_after_pair"),
)  # fmt: skip


def _list_stop() -> _ListStop:
    return active().memo("sentences._list_stop", _build_list_stop)


def _bounded(words: tuple[str, ...]) -> str:
    return word_alternation(words)


def _build_list_stop(phrases: Phrases) -> _ListStop:
    """A list of chairs' opener, a coordinated title, a clause's verbs, the list's first title.

    The coordinated title is "and Lao Minister"; the first title stands right after the
    opener ("của Bộ trưởng", "by Deputy Minister").
    """
    opener = (*phrases.words("people", "chaired_by"), *phrases.words("people", "cochair"))
    coordinator = word_alternation(phrases.words("people", "coordinators"), closed=False)
    title = _bounded(phrases.words("people", "titles"))
    verbs = tuple(w for section, kind in _VERBS for w in phrases.words(section, kind))
    return (
        re.compile(_bounded(opener)),
        re.compile(coordinator + r"\s+(?:[\w’'-]+\s+){0,2}?" + title),
        re.compile(_bounded(verbs)),
        re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?" + title),
    )


def _in_attendance(view: str, end: re.Match[str]) -> bool:
    r"""Whether a semicolon end parts the items of a list of those attending: no end then.

    "Tham dự hội nghị có Thượng tướng X, …; Trung tướng Y, …; …": the list is one
    sentence, opened by ``[people].attendance`` since the last full stop.

    >>> view = FoldedText.of("Tham dự hội nghị có Thượng tướng X, Thứ trưởng; Trung tướng Y.")
    >>> _in_attendance(view.toneless, re.compile(r"(?<=;)\s+").search(view.toneless))
    True
    """
    if view[end.start() - 1 : end.start()] != ";":
        return False
    since = max(view.rfind(".", 0, end.start()), view.rfind("\n", 0, end.start()), 0)
    if end.start() - since > 600:
        return False
    return active().pattern("people", "attendance").search(view, since, end.start()) is not None


def _inside_name_list(view: str, start: int, stop: int, resume: int) -> bool:
    """Whether the full stop at ``stop`` falls inside a list of chairs: a stray stop.

    "… under the co-chairing of Minister X, Chairman of the Committee. Vietnam - Laos
    Cooperation Committee and Lao Minister Y, …": the sentence before opens a list of chairs
    that has one member so far (no coordinated title after its opener), and the words after
    the stop go on, with no comma or clause mark, to a coordinated title. Such a stop is no
    sentence end. The list opens with a title right after its opener: "đồng chủ trì Tham vấn
    …, Phó Thủ tướng X đã đến chào Tổng Bí thư. Phó Thủ tướng báo cáo … với Bộ trưởng …" is
    two sentences.
    """
    opener_pattern, member, verbs, first_title = _list_stop()
    before = view[max(start, stop - 240) : stop]
    openers = list(opener_pattern.finditer(before))
    if not openers or member.search(before, openers[-1].end()):
        return False
    if first_title.match(before, openers[-1].end()) is None:
        return False  # "đồng chủ trì Tham vấn …, …": the opener's object is no list of chairs
    if "," not in before[openers[-1].end() :]:
        return False  # the first chair has no apposition the stop could be inside of
    after = member.search(view, resume, min(len(view), resume + 100))
    if after is None or re.search(r"[,;:.!?()]", view[resume : after.start()]):
        return False
    end = re.search(r"[.!?;\n]", view[after.end() :])
    fragment = view[resume : after.end() + (end.start() if end else len(view))]
    return verbs.search(fragment) is None  # a list of names, not a clause of its own


def _pieces(start: int, chunk: str) -> Iterator[tuple[int, str]]:
    """Split an overlong 'sentence' (a list, a run-on line) at clause marks or spaces."""
    while len(chunk) > _MAX_SENTENCE:
        cut = max(chunk.rfind("; ", 0, _MAX_SENTENCE), chunk.rfind(", ", 0, _MAX_SENTENCE))
        if cut < _MAX_SENTENCE // 2:
            cut = chunk.rfind(" ", 0, _MAX_SENTENCE)
        if cut < _MAX_SENTENCE // 2:
            cut = _MAX_SENTENCE
        yield start, chunk[:cut]
        start += cut
        chunk = chunk[cut:]
    yield start, chunk


def _caption() -> re.Pattern[str]:
    return active().memo("sentences._caption", _build_caption)


def _build_caption(phrases: Phrases) -> re.Pattern[str]:
    credits = phrases.words("body", "caption_credits")
    if not credits:
        return re.compile("(?!)")
    words = alternation(credits)
    return re.compile(
        r"\(\s*" + words + r"\s*:[^()\n]{1,60}\)"  # "(Photo: VNA)", "(Ảnh: TTXVN)"
        # "…. Ảnh: VOV.", "… - Ảnh: vnanet.vn", "…Vietnam.Photo: MPI": after a stop or a
        # dash, at the end of its line
        r"|(?<=[.|–-])[ \t]*" + words + r"[ \t]*:[^()\n]{1,40}?\.?(?=[ \t]*(?:\n|$))"
    )


def caption_credit(view: str) -> re.Match[str] | None:
    """A photo credit ending a caption ("(Photo: VNA)", "(Ảnh: TTXVN)") in a toneless view.

    Unbracketed, a credit follows a stop or a dash at the end of its line ("Toàn cảnh kỳ
    họp. Ảnh: VOV.", "… - Ảnh: vnanet.vn").

    >>> caption_credit("an overview of the meeting (photo: vna)") is not None
    True
    >>> caption_credit("toan canh ky hop lân thư 40. anh: vov.") is not None
    True
    >>> view = "ông nói. anh: lâu nay hai bên đa hơp tac rât chăt che trong moi linh vưc"
    >>> caption_credit(view) is None  # a long line goes on: no credit
    True
    """
    return _caption().search(view)


def _with_caption_ends(ends: list[re.Match[str]], view: str, clean: str) -> list[re.Match[str]]:
    """The sentence ends with one after each photo credit: a caption is a sentence of its own.

    "… (Photo: VNA)Hanoi (VNA) – The 48th meeting …": the caption before the body would
    otherwise give its words to the body's first sentence. The end is the space after the
    credit (empty when the next sentence is glued to it).
    """
    extra = [_SPACE_RUN.match(clean, m.end()) for m in _caption().finditer(view)]
    if not extra:
        return ends
    merged = [*ends, *(m for m in extra if m is not None and m.end() < len(view))]
    merged.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    for match in merged:  # a later end inside an earlier one is the same end
        if not kept or (match.start() >= kept[-1].end() and match.start() > kept[-1].start()):
            kept.append(match)
    return kept


_SPACE_RUN = re.compile(r"\s*(?=" + UPPER + r"|\d|[\"“(\[])")  # then a sentence begins


def sentences(body: FoldedText) -> Iterator[Sentence]:
    """The sentences of a folded body; their views are slices of the body's when it can."""
    position = 0
    text = body.clean  # case kept, invisible characters gone; offsets are the views'
    ends = [
        m
        for m in _sentence_ends(text)
        if m.group().startswith("\n")
        or (text[m.start() - 1 : m.start()] != "." and not _in_attendance(body.toneless, m))
        or (
            text[m.start() - 1 : m.start()] == "."
            and not _inside_name_list(body.toneless, 0, m.start() - 1, m.end())
        )
    ]
    ends = _with_caption_ends(ends, body.toneless, text)
    for match in [*ends, None]:
        stop = match.start() if match else len(text)
        for start, piece in _pieces(position, text[position:stop]):
            stripped = piece.strip()
            if stripped:
                first = start + len(piece) - len(piece.lstrip())
                if body.starts:
                    first, last = body.original_span(first, first + len(stripped))
                    stripped = body.original[first:last]
                    folded = FoldedText.of(stripped, unglue=True)
                else:
                    last = first + len(stripped)
                    folded = FoldedText(
                        stripped, body.toneless[first:last], body.plain[first:last], ()
                    )
                yield Sentence(first, stripped, folded)
        if match is None:
            break
        position = match.end()
