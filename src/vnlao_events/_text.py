"""Text normalisation that keeps offsets into the original text.

Vietnamese news writes the same word several ways: precomposed or decomposed
(NFC/NFD), with the tone mark on either vowel ("Uỷ"/"Ủy", "hoà"/"hòa"), in any
case, and sometimes without diacritics at all ("Pham Minh Chinh"). Digits come
as ASCII, full-width or Lao digits. :class:`FoldedText` gives two views of a
text in which every character (a base letter with its combining marks) is one
character, so a match in a view maps straight back to a span of the original:

* ``toneless``: lower case, tone marks removed, vowel quality kept
  (``năm`` stays apart from ``Nam``, ``Uỷ`` and ``Ủy`` both read ``uy``);
* ``plain``: lower case, every diacritic removed, ``đ`` read as ``d``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import attrs

__all__ = ["LOWER", "UPPER", "FoldedText", "fold_plain", "fold_toneless"]

#: Regex character classes of the upper- and lower-case Latin letters Vietnamese uses
#: (``[À-Ỹ]`` would also take lower-case letters such as "đ" and "ã").
UPPER = "[A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper()) + "]"
LOWER = "[a-z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower()) + "]"

# The five Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES = "\u00a0\u2002\u2003\u2009\u200a\u202f\u3000"
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _digit(char: str) -> str | None:
    if "\uff10" <= char <= "\uff19":  # full-width digits
        return chr(ord("0") + ord(char) - 0xFF10)
    if "\u0ed0" <= char <= "\u0ed9":  # Lao digits
        return chr(ord("0") + ord(char) - 0x0ED0)
    return None


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
    if cluster[0] in _QUOTES:
        return _QUOTES[cluster[0]], _QUOTES[cluster[0]]
    decomposed = unicodedata.normalize("NFD", cluster)
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    toneless = toneless.lower()[:1] or cluster[0]
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("đ", "d")[:1] or cluster[0]
    return toneless, plain


# Translation tables grown as new characters are seen (shared by every text).
_TABLE_TONE: dict[int, str] = {}
_TABLE_PLAIN: dict[int, str] = {}
_SEEN: set[str] = set()
_COMBINING: set[str] = set()


@attrs.frozen
class FoldedText:
    """A text with its toneless and plain views and the map back to original offsets.

    >>> t = FoldedText.of("Uỷ ban ĐỖ Hùng")
    >>> t.toneless
    'uy ban đô hung'
    >>> t.plain
    'uy ban do hung'
    >>> t.original_span(7, 9)
    (7, 9)
    """

    original: str
    toneless: str
    plain: str
    starts: tuple[int, ...] = attrs.field(repr=False)

    @classmethod
    def of(cls, text: str) -> FoldedText:
        """Fold ``text`` into its two views."""
        chars = set(text)
        new = chars - _SEEN
        if new:
            for char in new:
                _TABLE_TONE[ord(char)], _TABLE_PLAIN[ord(char)] = _fold_cluster(char)
                if unicodedata.combining(char):
                    _COMBINING.add(char)
            _SEEN.update(new)
        if chars.isdisjoint(_COMBINING):
            return cls(text, text.translate(_TABLE_TONE), text.translate(_TABLE_PLAIN), ())
        clusters: list[str] = []
        starts: list[int] = []
        for index, char in enumerate(text):
            if clusters and unicodedata.combining(char):
                clusters[-1] += char
            else:
                clusters.append(char)
                starts.append(index)
        folded = [_fold_cluster(c) for c in clusters]
        return cls(
            text,
            "".join(f[0] for f in folded),
            "".join(f[1] for f in folded),
            tuple(starts),
        )

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of a view back to the original text."""
        if not self.starts:
            return start, end
        first = self.starts[start] if start < len(self.starts) else len(self.original)
        last = self.starts[end] if end < len(self.starts) else len(self.original)
        return first, last

    def view_offset(self, original: int) -> int:
        """Map an original offset to the view offset of the character holding it."""
        if not self.starts:
            return original
        low, high = 0, len(self.starts)
        while low < high:
            middle = (low + high) // 2
            if self.starts[middle] <= original:
                low = middle + 1
            else:
                high = middle
        return max(0, low - 1)


def fold_toneless(text: str) -> str:
    """The toneless view of ``text`` (lower case, tone marks removed).

    >>> fold_toneless("Thoả thuận") == fold_toneless("Thỏa thuận")
    True
    """
    return FoldedText.of(unicodedata.normalize("NFC", text)).toneless


def fold_plain(text: str) -> str:
    """The plain view of ``text`` (lower case, no diacritics).

    >>> fold_plain("Phạm Minh Chính")
    'pham minh chinh'
    """
    return FoldedText.of(unicodedata.normalize("NFC", text)).plain
