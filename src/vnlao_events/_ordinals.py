"""Ordinal numbers in Vietnamese, English, Roman and Lao notation.

>>> parse_ordinal("bốn mươi tám")
48
>>> parse_ordinal("VII")
7
>>> parse_ordinal("forty-eighth")
48
>>> parse_ordinal("39th")
39
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import fold_toneless
from .exceptions import ParseError

__all__ = ["ORDINAL_WORD_PATTERN", "english_ordinal", "parse_ordinal"]

_VI_UNITS = {
    "môt": 1, "nhât": 1, "hai": 2, "ba": 3, "bôn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip
_EN_CARDINAL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_ORDINAL = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_TENS_ORDINAL = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_LAO_TIME = fold_toneless("ຄັ້ງທີ")  # "time number", the Lao ordinal marker
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

#: A regex fragment (toneless view) for an ordinal written in words or digits, in Vietnamese,
#: English or Roman numerals; use :func:`parse_ordinal` on what it matches.
ORDINAL_WORD_PATTERN = (
    r"(?:\d{1,3}(?:st|nd|rd|th)?"
    r"|[ivxlc]{1,7}\b"
    r"|(?:(?:môt|hai|ba|bôn|năm|sau|bay|tam|chin|mươi)\s+){0,3}"
    r"(?:nhât|môt|hai|ba|bôn|tư|năm|lăm|nhăm|sau|bay|tam|chin|mươi)\b"
    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth))"
)


def _roman(text: str) -> int | None:
    if not re.fullmatch(r"[ivxlc]+", text):
        return None
    total = 0
    values = [_ROMAN[c] for c in text]
    for index, value in enumerate(values):
        if index + 1 < len(values) and value < values[index + 1]:
            total -= value
        else:
            total += value
    return total if total > 0 else None


def _vietnamese(tokens: list[str]) -> int | None:
    if not tokens or any(t not in _VI_UNITS and t != "mươi" for t in tokens):
        return None
    if len(tokens) == 1:
        return 10 if tokens[0] == "mươi" else _VI_UNITS[tokens[0]]
    if tokens[0] == "mươi":  # mười một = 11, mười lăm = 15
        rest = _vietnamese(tokens[1:])
        return None if rest is None or rest >= 10 else 10 + rest
    if len(tokens) >= 2 and tokens[1] == "mươi":  # bốn mươi tám = 48
        tens = _VI_UNITS.get(tokens[0])
        if tens is None or tens < 2:
            return None
        rest = _vietnamese(tokens[2:]) if len(tokens) > 2 else 0
        return None if rest is None or rest >= 10 else tens * 10 + rest
    return None


def _english(text: str) -> int | None:
    words = re.split(r"[\s-]+", text)
    if len(words) == 1:
        word = words[0]
        return _EN_ORDINAL.get(word) or _EN_TENS_ORDINAL.get(word)
    if len(words) == 2 and words[0] in _EN_TENS:
        unit = _EN_ORDINAL.get(words[1])
        return None if unit is None or unit >= 10 else _EN_TENS[words[0]] + unit
    return None


def parse_ordinal(text: str) -> int:
    """Read an ordinal written in digits, Vietnamese or English words, or Roman numerals.

    >>> parse_ordinal("lần thứ VII")
    7

    Args:
        text: the ordinal alone ("7", "thứ bảy" without "thứ", "VII", "seventh", "39th").

    Returns:
        The number, at least 1.

    Raises:
        ParseError: when ``text`` is not an ordinal; the message quotes it.
    """
    value = _value(text)
    if not value:
        raise ParseError(
            f"Not an ordinal: {text!r} (expected digits, Vietnamese or English words, or Roman"
            " numerals).",
            text=text,
        )
    return value


@lru_cache(maxsize=4096)
def _value(text: str) -> int | None:
    """The number an ordinal's words give, or ``None`` (read once per spelling)."""
    folded = fold_toneless(text).strip()
    folded = re.sub(r"^(?:thư|lân thư|" + _LAO_TIME + r")\s*", "", folded)
    value: int | None = None
    digits = re.fullmatch(r"(\d{1,4})(?:st|nd|rd|th|\.)?", folded)
    if digits:
        value = int(digits.group(1))
    else:
        value = _roman(folded) or _english(folded) or _vietnamese(folded.split())
    return value


def english_ordinal(number: int) -> str:
    """The English ordinal in digits: 1st, 2nd, 3rd, 4th, 11th, 21st.

    >>> [english_ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 48)]
    ['1st', '2nd', '3rd', '11th', '12th', '13th', '21st', '48th']
    """
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
