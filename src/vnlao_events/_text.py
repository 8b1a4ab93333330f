"""Text normalisation that keeps offsets into the original text.

Vietnamese news writes the same word several ways: precomposed or decomposed
(NFC/NFD), with the tone mark on either vowel ("Uỷ"/"Ủy", "hoà"/"hòa"), in any
case, and sometimes without diacritics at all ("Pham Minh Chinh", "lan thu 7").
Digits come as ASCII, full-width or Lao digits, and text pasted from the web carries
invisible characters (zero-width space and joiners, soft hyphens, byte-order marks,
direction marks). :class:`FoldedText` gives two clean views of a text, in which a
base letter with its combining marks is one character and invisible characters are
gone, and maps every span of a view back to the span of the original it came from:

* ``toneless``: lower case, tone marks removed, vowel quality kept
  (``năm`` stays apart from ``Nam``, ``Uỷ`` and ``Ủy`` both read ``uy``); a phrase
  typed without any diacritic that the recognisers know (``lan thu`` for ``lần thứ``,
  listed in ``data/vi-unaccented.toml``) reads as its written form;
* ``plain``: lower case, every diacritic removed, ``đ`` read as ``d``.

Words glued together by scraping ("Vietnam-LaosInter-governmental", "late2015", "2015to")
are apart in the views of a document (``unglue=True``): a space is put between a lower-case
word and the capital that starts the next one, and between a digit run and a word glued to
it, except the suffixes that belong to a number ("40th", "1st", "9am", listed in
``[body].kept_suffixes`` of the phrase files). The space maps back to no character: a span
of the views still quotes the original. Glued lower-case words are split only before a word
of ``[body].glued_words`` ("reachedduring"), words no other word ends with (see the design
notes).

Folding is linear in the length of the text, whatever it holds: only the first few
combining marks of a character are read (a Vietnamese letter has at most two).
"""

from __future__ import annotations

import itertools
import re
import tomllib
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

import attrs

__all__ = ["LOWER", "UPPER", "FoldedText", "fold_plain", "fold_toneless", "is_invisible"]

#: Regex character classes of the upper- and lower-case Latin letters Vietnamese uses
#: (``[À-Ỹ]`` would also take lower-case letters such as "đ" and "ã").
UPPER = "[A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper()) + "]"
LOWER = "[a-z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower()) + "]"

# The five Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_LINES = "\u0085\u2028\u2029"
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
# A character keeps at most this many combining marks; the rest of a run is not read.
_MAX_MARKS = 4
# How much of a cluster is looked at to find them (invisible characters may sit between).
_READ = 1 + 4 * _MAX_MARKS
# The zero-width space separates words: between two letters it reads as a space.
_ZWSP = "\u200b"


@cache
def _glue() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Where words glued together by scraping meet: each pattern with where its point is.

    Two lower-case letters before a capital and a lower-case letter ("LaosInter", not
    "McCain" or "iPhone"), or before a digit ("late2015"); a digit before two lower-case
    letters that are not a number's own suffix ("2015to", not "40th" or "9am"); a glued
    word after four lower-case letters ("reachedduring") or after a short word of
    ``[body].glued_after`` ("andpreparing", "theorganisation"). The point is the start of each
    match plus the number beside its pattern. Every pattern begins with a capital, a digit
    or a glued word's first letter, and reads what comes before it by a look-behind, so the
    regex engine skips at once through the lower-case text between such characters.
    """
    kept: set[str] = set()
    glued: set[str] = set()
    small: set[str] = set()
    for name in ("en", "vi"):
        source = resources.files("vnlao_events").joinpath(f"data/phrases/{name}.toml")
        body = tomllib.loads(source.read_text("utf-8")).get("body", {})
        kept.update(body.get("kept_suffixes", []))
        glued.update(body.get("glued_words", []))
        small.update(body.get("glued_after", []))
    letter, capital = LOWER, UPPER
    suffixes = _longest_first(kept)
    ordered = sorted(glued, key=lambda w: (-len(w), w))
    words = "|".join(f"{re.escape(w)}(?<={letter}{{4}}{re.escape(w)})" for w in ordered)
    # "andpreparing", "theorganisation": a glued word after a short word of its own
    by_length: dict[int, set[str]] = {}
    for word in small:
        by_length.setdefault(len(word), set()).add(word)
    after_small = "|".join(
        f"{re.escape(w)}(?<=(?<!{letter})(?:{_longest_first(few)}){re.escape(w)})"
        for w in ordered
        for few in by_length.values()
    )
    return (
        (re.compile(f"{capital}(?<={letter}{letter}.)(?={letter})"), 0),  # "LaosInter"
        (re.compile(f"[0-9](?<={letter}{letter}.)"), 0),  # "late2015"
        (re.compile(f"[0-9](?!(?:{suffixes})(?!{letter}))(?={letter}{letter})"), 1),  # "2015to"
        (re.compile(f"(?:{words or '(?!)'})(?!{letter})"), 0),  # "reachedduring"
        (re.compile(f"(?:{after_small or '(?!)'})(?!{letter})"), 0),  # "andpreparing"
    )


def glue_points(text: str) -> list[int]:
    """Where a space is read between words glued together by scraping, in order.

    >>> glue_points("the Vietnam-LaosInter-governmental meeting in late2015")
    [16, 50]
    """
    points = {m.start() + shift for pattern, shift in _glue() for m in pattern.finditer(text)}
    return sorted(points)


def _longest_first(words: set[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


def is_invisible(char: str) -> bool:
    r"""Whether a character is invisible formatting that the views drop.

    Format characters (Unicode category ``Cf``: zero-width space, joiners, soft hyphen,
    byte-order mark, direction marks and isolates) and variation selectors.

    >>> [is_invisible(c) for c in "a\u200b\u00ad\ufeff\u200e"]
    [False, True, True, True, True]
    """
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def _digit(char: str) -> str | None:
    if "\uff10" <= char <= "\uff19":  # full-width digits
        return chr(ord("0") + ord(char) - 0xFF10)
    if "\u0ed0" <= char <= "\u0ed9":  # Lao digits
        return chr(ord("0") + ord(char) - 0x0ED0)
    return None


# Letters legacy encodings and their converters write for "Đ"/"đ": the Icelandic eth (U+00D0,
# U+00F0) and the African D (U+0189), as in "Ðảng", "Ðại hội", "ðã" of older Vietnamese pages.
_D_LOOKALIKES = frozenset("\u00d0\u00f0\u0189")


@lru_cache(maxsize=8192)
def _fold_cluster(cluster: str) -> tuple[str, str]:
    """Fold one base character with its combining marks to (toneless, plain) characters."""
    digit = _digit(cluster[0])
    if digit is not None:
        return digit, digit
    if cluster[0] in _DASHES:
        return "-", "-"
    if cluster[0] in _SPACES:
        return " ", " "
    if cluster[0] in _LINES:
        return "\n", "\n"
    if cluster[0] in _QUOTES:
        return _QUOTES[cluster[0]], _QUOTES[cluster[0]]
    if cluster[0] in _D_LOOKALIKES:  # "Ðảng", "ðã": the eth written for the Vietnamese đ
        cluster = "đ" + cluster[1:]
    decomposed = unicodedata.normalize("NFD", cluster)
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    toneless = toneless.lower()[:1] or cluster[0]
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("đ", "d")[:1] or cluster[0]
    return toneless, plain


# Translation tables grown as new characters are seen (shared by every text), and the
# characters that do not fold one for one: combining marks and invisible characters.
_TABLE_TONE: dict[int, str] = {}
_TABLE_PLAIN: dict[int, str] = {}
_SEEN: set[str] = set()
_COMBINING: set[str] = set()
_INVISIBLE: set[str] = set()
# The plain view is the toneless view with its remaining marks removed: each toneless
# character that keeps a mark ("â", "ơ", "đ") and its plain character ("a", "o", "d"), and
# the characters for which that does not hold (left to the plain table).
_TONE_TO_PLAIN: dict[str, str] = {}
_NOT_VIA_TONE: set[str] = set()


def _learn(chars: set[str]) -> None:
    new = chars - _SEEN
    if new:
        _ORDINARY.clear()  # the test of :func:`_ordinary` is built again, with these
    for char in new:
        if is_invisible(char):
            _INVISIBLE.add(char)
            _TABLE_TONE[ord(char)] = _TABLE_PLAIN[ord(char)] = ""
            continue
        tone, plain = _TABLE_TONE[ord(char)], _TABLE_PLAIN[ord(char)] = _fold_cluster(char)
        if unicodedata.combining(char):
            _COMBINING.add(char)
        _through_tone(char, tone, plain)
    _SEEN.update(new)


def _through_tone(char: str, tone: str, plain: str) -> None:
    """Record how the plain view of ``char`` follows from its toneless view, if it does."""
    if len(tone) != 1:
        _NOT_VIA_TONE.add(char)
        return
    if tone.isascii():
        if plain != tone:
            _NOT_VIA_TONE.add(char)  # pragma: no cover - a toneless ASCII letter is plain
        return
    of_tone = _fold_cluster(tone)[1]
    if of_tone != plain or _fold_cluster(of_tone)[1] != of_tone:
        _NOT_VIA_TONE.add(char)
    elif of_tone != tone:
        _TONE_TO_PLAIN[tone] = of_tone


def _plain_of(toneless: str) -> str:
    """The plain view of a text from its toneless view (see :data:`_TONE_TO_PLAIN`).

    A text of ASCII is its own plain view; otherwise the few toneless characters that keep
    a mark are replaced one by one, each pass far cheaper than a translation of the text.
    """
    if toneless.isascii():
        return toneless
    for tone, plain in _TONE_TO_PLAIN.items():
        if tone in toneless:
            toneless = toneless.replace(tone, plain)
    return toneless


# The compiled test for a character that is new or does not fold one for one; emptied when
# characters are learned. Only a long text is tested so: a short one (a phrase, a name)
# builds the set of its characters at little cost, and would otherwise build the test
# again each time it brings a new character.
_ORDINARY: list[re.Pattern[str]] = []
_LONG = 1024


def _ordinary(text: str) -> bool:
    """Whether every character of ``text`` is known and folds one for one (one regex pass).

    The same answer as ``set(text) <= _SEEN - _COMBINING - _INVISIBLE - _NOT_VIA_TONE``,
    without building the set: the fast path of :meth:`FoldedText.of`.
    """
    if not _ORDINARY:
        ordinary = _SEEN - _COMBINING - _INVISIBLE - _NOT_VIA_TONE
        known = "".join(sorted(map(re.escape, ordinary)))
        _ORDINARY.append(re.compile(f"[^{known}]" if known else "(?s:.)"))
    return _ORDINARY[0].search(text) is None


def _class(chars: set[str]) -> str:
    return "[" + "".join(sorted(re.escape(c) for c in chars)) + "]"


@cache
def _unaccented() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, list[str]]]:
    """The phrases typed without diacritics: a regex on the view, where one may begin, words.

    The words are each phrase's toneless form, by its key.
    """
    source = resources.files("vnlao_events").joinpath("data/vi-unaccented.toml")
    phrases: dict[str, str] = tomllib.loads(source.read_text("utf-8"))["phrases"]
    forms: dict[str, list[str]] = {}
    for key, written in phrases.items():
        view = FoldedText.of(unicodedata.normalize("NFC", written), restore=False).toneless
        forms[" ".join(key.split())] = view.split()
    ordered = sorted(phrases, key=len, reverse=True)
    words = [r"\s+".join(re.escape(w) for w in key.split()) for key in ordered]
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(words) + r")(?![\w])")
    # The same phrases after a non-word character, grouped by their first letter: one pass
    # skips every character inside a word (see _unaccented_matches).
    groups: dict[str, list[str]] = {}
    for key, word in zip(ordered, words, strict=True):
        first = key.split()[0][0]
        groups.setdefault(first, []).append(word[len(re.escape(first)) :])
    branches = "|".join(re.escape(c) + "(?:" + "|".join(r) + ")" for c, r in groups.items())
    starts = re.compile(r"[^\w](?=(?:" + branches + r")(?![\w]))")
    return pattern, starts, forms


def _unaccented_matches(toneless: str) -> list[re.Match[str]]:
    """The matches of the unaccented-phrase regex, as its ``finditer`` gives them.

    The full regex runs only at the start of the text and where one of its phrases begins
    after a non-word character, the only places a match can begin.
    """
    pattern, starts, _ = _unaccented()
    found: list[re.Match[str]] = []
    position = 0
    for at in (0, *(m.start() + 1 for m in starts.finditer(toneless))):
        if at < position:
            continue
        match = pattern.match(toneless, at)
        if match is not None:
            found.append(match)
            position = max(match.end(), at + 1)
    return found


def _restore(toneless: str) -> str:
    """The toneless view with the known diacritic-free phrases read as written."""
    matches = _unaccented_matches(toneless)
    if not matches:
        return toneless
    forms = _unaccented()[2]
    pieces: list[str] = []
    position = 0
    for match in matches:
        pieces.append(toneless[position : match.start()])
        words = forms[" ".join(match.group().split())]
        gaps = re.split(r"\S+", match.group())  # the spaces between, kept as they are
        pieces.append("".join(g + w for g, w in zip(gaps, [*words, ""], strict=True)))
        position = match.end()
    pieces.append(toneless[position:])
    return "".join(pieces)


@attrs.frozen
class FoldedText:
    r"""A text with its toneless and plain views and the map back to original offsets.

    >>> t = FoldedText.of("Uỷ ban ĐỖ Hùng")
    >>> t.toneless
    'uy ban đô hung'
    >>> t.plain
    'uy ban do hung'
    >>> t.original_span(7, 9)
    (7, 9)
    >>> nfd = FoldedText.of("Tha\u0300nh\u200b pho\u0302\u0301")
    >>> nfd.toneless, nfd.original_span(6, 9)
    ('thanh phô', (8, 13))

    Args:
        original: the text as given; spans of the views map into it.
        toneless: the toneless view.
        plain: the plain view.
        starts: where each segment of the views starts in the original, when the views
            are not one character for one (empty when they are).
        view_starts: where each of those segments starts in the views. A segment is either
            a run of characters folded one for one, or one character with its marks (or a
            run of invisible characters) folded to at most one character.
        clean: the case-kept view (see :attr:`clean`); the original when not given.
    """

    original: str
    toneless: str
    plain: str
    starts: tuple[int, ...] = attrs.field(default=(), repr=False)
    view_starts: tuple[int, ...] = attrs.field(default=(), repr=False)
    _clean: str | None = attrs.field(default=None, repr=False, alias="clean")

    @property
    def clean(self) -> str:
        """The original with its case, composed (NFC per character), invisible characters gone.

        Its offsets are the views' offsets, so a case-sensitive pattern (a capitalised name,
        a sentence end) runs on it and maps back with :meth:`original_span`.
        """
        return self.original if self._clean is None else self._clean

    @classmethod
    def of(cls, text: str, *, restore: bool = True, unglue: bool = False) -> FoldedText:
        """Fold ``text`` into its two views.

        >>> FoldedText.of("in late2015", unglue=True).plain
        'in late 2015'

        Args:
            text: the text, in any normal form.
            restore: read the phrases typed without diacritics as written (toneless view).
            unglue: put a space between words glued together by scraping (see
                :func:`glue_points`); it maps back to no character of the original, so the views
                are then not one character per cluster.
        """
        finish = _restore if restore else str
        if unglue:
            points = glue_points(text)
            if points:
                return cls._unglued(text, points, finish)
        if len(text) >= _LONG and _ordinary(text):
            toneless = text.translate(_TABLE_TONE)
            return cls(text, finish(toneless), _plain_of(toneless))
        chars = set(text)
        if not chars <= _SEEN:
            _learn(chars)
        special = chars & (_COMBINING | _INVISIBLE)
        if not special:
            toneless = text.translate(_TABLE_TONE)
            return cls(text, finish(toneless), text.translate(_TABLE_PLAIN))
        marks = chars & _COMBINING
        hidden = chars & _INVISIBLE
        parts = []
        if hidden:
            parts.append(_class(hidden) + "+")
        if marks:
            rest = _class(marks | hidden)
            between = _class(hidden) + "*" if hidden else ""  # "a", ZWSP, U+0301 is "á"
            parts.append("[^" + rest[1:] + "?" + between + _class(marks) + rest + "*")
        clusters = re.compile("|".join(parts), re.DOTALL)
        composed = _fold_composed(text, clusters, hidden)
        if composed is not None:
            clean_view, starts_, view_starts_ = composed
            return cls(
                text,
                finish(clean_view.translate(_TABLE_TONE)),
                clean_view.translate(_TABLE_PLAIN),
                starts_,
                view_starts_,
                clean_view,
            )
        tone: list[str] = []
        plain: list[str] = []
        clean: list[str] = []
        starts: list[int] = []
        view_starts: list[int] = []
        position = 0  # in the original
        size = 0  # of the views
        for match in clusters.finditer(text):
            first, last = match.span()
            if first > position:  # characters that fold one for one
                run = text[position:first]
                tone.append(run.translate(_TABLE_TONE))
                plain.append(run.translate(_TABLE_PLAIN))
                clean.append(run)
                starts.append(position)
                view_starts.append(size)
                size += first - position
            head = text[first]
            if head in _INVISIBLE or head in _COMBINING:
                folded = _fold_run(text, first, last)
            else:  # a character with its marks; only the first few are read
                folded = _fold_marked(text[first : min(last, first + _READ)])
            tone.append(folded[0])
            plain.append(folded[1])
            clean.append(folded[2])
            starts.append(first)
            view_starts.append(size)
            size += len(folded[0])
            position = last
        if position < len(text):
            run = text[position:]
            tone.append(run.translate(_TABLE_TONE))
            plain.append(run.translate(_TABLE_PLAIN))
            clean.append(run)
            starts.append(position)
            view_starts.append(size)
        return cls._joined(text, finish, (tone, plain, clean), starts, view_starts)

    @classmethod
    def _unglued(cls, text: str, points: list[int], finish: Callable[[str], str]) -> FoldedText:
        """Fold ``text`` with a space in the views at each of ``points`` (see :func:`glue_points`).

        Each piece is folded alone; a space is a segment of the views that maps back to no
        character of the original (it starts where the next piece starts).
        """
        tone: list[str] = []
        plain: list[str] = []
        clean: list[str] = []
        starts: list[int] = []
        view_starts: list[int] = []
        size = 0
        bounds = [0, *points, len(text)]
        for first, last in itertools.pairwise(bounds):
            if first:
                for view in (tone, plain, clean):
                    view.append(" ")
                starts.append(first)
                view_starts.append(size)
                size += 1
            piece = cls.of(text[first:last], restore=False)  # no glue point is inside
            if piece.starts:
                starts.extend(first + s for s in piece.starts)
                view_starts.extend(size + v for v in piece.view_starts)
            else:
                starts.append(first)
                view_starts.append(size)
            tone.append(piece.toneless)
            plain.append(piece.plain)
            clean.append(piece.clean)
            size += len(piece.toneless)
        return cls._joined(text, finish, (tone, plain, clean), starts, view_starts)

    @classmethod
    def _joined(
        cls,
        text: str,
        finish: Callable[[str], str],
        views: tuple[list[str], list[str], list[str]],
        starts: list[int],
        view_starts: list[int],
    ) -> FoldedText:
        """The folded text whose toneless, plain and clean views are ``views``' pieces."""
        tone, plain, clean = views
        return cls(
            text,
            finish("".join(tone)),
            "".join(plain),
            tuple(starts),
            tuple(view_starts),
            "".join(clean),
        )

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of a view back to the original text."""
        if not self.starts:
            return start, end
        return self._original(start), self._original(end)

    def _original(self, view: int) -> int:
        if view >= len(self.plain):
            return len(self.original)
        index = bisect_right(self.view_starts, view) - 1
        return self.starts[index] + view - self.view_starts[index]

    def view_offset(self, original: int) -> int:
        """Map an original offset to the view offset of the character holding it."""
        if not self.starts:
            return original
        index = max(0, bisect_right(self.starts, original) - 1)
        following = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.original)
        view_end = self.view_starts[index + 1] if index + 1 < len(self.starts) else len(self.plain)
        length = view_end - self.view_starts[index]
        if length == following - self.starts[index]:  # folded one for one
            return self.view_starts[index] + max(0, original - self.starts[index])
        return self.view_starts[index]


def _fold_composed(
    text: str, clusters: re.Pattern[str], hidden: set[str]
) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    """The clean view and segment map in bulk, when composing gives one character a cluster.

    This is the common case (NFD Vietnamese, pasted invisible characters): the clean view
    is then the text without its invisible characters, composed (NFC), and the other views
    are translations of it. ``None`` when it is not (a cluster that does not compose into
    one character, a zero-width space that stands for a space): the caller folds cluster
    by cluster.
    """
    starts: list[int] = []
    view_starts: list[int] = []
    position = 0
    size = 0
    for match in clusters.finditer(text):
        first, last = match.span()
        if first > position:
            starts.append(position)
            view_starts.append(size)
            size += first - position
        starts.append(first)
        view_starts.append(size)
        head = text[first]
        if head in _INVISIBLE:
            if _ZWSP in text[first:last] and _fold_run(text, first, last)[0]:
                return None
        elif head not in _COMBINING:
            size += 1
        position = last
    if position < len(text):
        starts.append(position)
        view_starts.append(size)
        size += len(text) - position
    stripped = text.translate(dict.fromkeys(map(ord, hidden))) if hidden else text
    clean = unicodedata.normalize("NFC", stripped)
    if len(clean) != size or not _COMBINING.isdisjoint(clean):
        return None
    chars = set(clean)
    if not chars <= _SEEN:
        _learn(chars)
    return clean, tuple(starts), tuple(view_starts)


def _fold_run(text: str, first: int, last: int) -> tuple[str, str, str]:
    """Fold one cluster of ``text[first:last]``: a character with its marks, or invisibles."""
    head = text[first]
    if head in _INVISIBLE:
        run = text[first:last]
        if (
            _ZWSP in run
            and first > 0
            and last < len(text)
            and unicodedata.category(text[first - 1])[0] in "LM"  # a letter or its mark
            and text[last].isalpha()
        ):
            return " ", " ", " "
        return "", "", ""
    if head in _COMBINING:  # marks with no character before them
        return "", "", ""
    return _fold_marked(text[first : min(last, first + _READ)])


@lru_cache(maxsize=8192)
def _fold_marked(cluster: str) -> tuple[str, str, str]:
    """Fold a character and the start of its run of marks (invisibles among them skipped)."""
    marks = [c for c in cluster[1:] if c in _COMBINING][:_MAX_MARKS]
    base = cluster[0] + "".join(marks)
    return (*_fold_cluster(base), unicodedata.normalize("NFC", base)[:1])


def fold_toneless(text: str) -> str:
    """The toneless view of ``text`` (lower case, tone marks removed).

    >>> fold_toneless("Thoả thuận") == fold_toneless("Thỏa thuận")
    True
    >>> fold_toneless("lan thu 7")
    'lân thư 7'
    """
    return FoldedText.of(unicodedata.normalize("NFC", text)).toneless


def fold_plain(text: str) -> str:
    """The plain view of ``text`` (lower case, no diacritics).

    >>> fold_plain("Phạm Minh Chính")
    'pham minh chinh'
    """
    return FoldedText.of(unicodedata.normalize("NFC", text), restore=False).plain
