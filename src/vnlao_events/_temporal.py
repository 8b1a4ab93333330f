"""Date expressions in Vietnamese and English news, and their anchoring to a reference date.

:func:`find_dates` finds expressions ("Sáng 25/11", "tháng 7/2024", "quý IV/2025",
"February 7-8", "on Wednesday", "Chiều cùng ngày") and records what each states,
without deciding a year the text does not give. :func:`resolve` then places an
expression against an :class:`Anchor` (the published date, or a year read from
the document's own clues) and the tense of its clause, and returns a
:class:`When` no more precise than the evidence.

>>> from vnlao_events._text import FoldedText
>>> [e.text for e in find_dates(FoldedText.of("Sáng 25/11, tại Hà Nội"))]
['Sáng 25/11']
>>> anchor = Anchor(published=PartialDate(2024, 8, 30))
>>> resolve(find_dates(FoldedText.of("ngày 29/8"))[0], anchor)[0].format_iso()
'2024-08-29'
"""

from __future__ import annotations

import calendar
import enum
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache

import attrs

from ._dates import DateWindow, PartialDate, PartOfDay, Precision, When
from ._text import FoldedText

__all__ = ["Anchor", "DateExpression", "Tense", "find_dates", "reference_year", "resolve"]


class Tense(enum.Enum):
    """Whether a clause reports something past or announces something planned."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class DateExpression:
    """What one date expression in a text states, before anchoring.

    ``kind`` is one of ``day``, ``range``, ``month``, ``part-of-month``, ``quarter``,
    ``year``, ``part-of-year``, ``relative-year``, ``relative-day``, ``same-day``,
    ``weekday``.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    quarter: int | None = None
    part: str | None = None
    offset: int = 0
    weekday: int | None = None
    part_of_day: PartOfDay | None = None


@attrs.frozen(kw_only=True)
class Anchor:
    """What fixes the year of a document's dates.

    Args:
        published: the document's published date, at any precision.
        content_year: the year the document's own clues give when it has no published date.
        content_why: the clue, for the derivation.
    """

    published: PartialDate | None = None
    content_year: int | None = None
    content_why: str = ""

    @property
    def year(self) -> int | None:
        """The reference year, from the published date or the content."""
        if self.published is not None and self.published.year is not None:
            return self.published.year
        return self.content_year


@cache
def _vi(pattern: str) -> str:
    """Strip tone marks from a pattern written with them, to match the toneless view."""
    decomposed = unicodedata.normalize("NFD", pattern)
    stripped = "".join(c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323")
    return unicodedata.normalize("NFC", stripped)


_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAYS_EN = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_WEEKDAYS_VI = {
    "hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sau": 4, "6": 4,
    "bay": 5, "7": 5,
}  # fmt: skip
_PART_OF_DAY = {
    "sang": PartOfDay.MORNING, "trưa": PartOfDay.NOON, "chiêu": PartOfDay.AFTERNOON,
    "tôi": PartOfDay.EVENING, "đêm": PartOfDay.NIGHT, "morning": PartOfDay.MORNING,
    "noon": PartOfDay.NOON, "afternoon": PartOfDay.AFTERNOON, "evening": PartOfDay.EVENING,
    "night": PartOfDay.NIGHT, "tonight": PartOfDay.EVENING,
}  # fmt: skip
_PARTS = {
    "đâu": "early", "giưa": "mid", "cuôi": "late", "early": "early", "mid": "mid",
    "middle": "mid", "late": "late", "end": "late", "beginning": "early",
}  # fmt: skip
_QUARTER_WORDS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "first": 1, "1st": 1,
    "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4,
}  # fmt: skip
_REL_YEAR = {"nay": 0, "tơi": 1, "sau": 1, "ngoai": -1, "trươc": -1, "this": 0, "next": 1,
             "last": -1}  # fmt: skip
_POD_VI = _vi(r"(?P<pod>sáng|trưa|chiều|tối|đêm)")
_POD_BEFORE = re.compile(
    _vi(
        r"(?:(?P<pod>sáng|trưa|chiều|tối|đêm)\s+(?:ngày\s+|hôm\s+)?|(?P<podn>morning|afternoon|"
        r"evening)\s+of\s+)$"
    )
)
_DAY_CONTEXT = re.compile(_vi(r"(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|\()\s*$"))

Handler = Callable[[re.Match[str], FoldedText], "DateExpression | None"]


def _int(match: re.Match[str], *names: str) -> int | None:
    for name in names:
        value = match.groupdict().get(name)
        if value:
            return int(value)
    return None


def _year_ok(year: int | None) -> bool:
    return year is None or 1900 <= year <= 2100


def _day_ok(day: int | None, month: int | None, year: int | None = None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = calendar.monthrange(year or 2000, month)[1]
    return 1 <= day <= last


def _make(match: re.Match[str], folded: FoldedText, kind: str, **values: object) -> DateExpression:
    start, end = folded.original_span(match.start(), match.end())
    return DateExpression(
        start=start,
        end=end,
        text=folded.original[start:end],
        kind=kind,
        **values,  # type: ignore[arg-type]
    )


def _h_day(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day, month, year = _int(match, "d"), _int(match, "m"), _int(match, "y")
    if match.groupdict().get("mon"):
        month = _MONTHS[match.group("mon").rstrip(".")]
        if (
            match.group("mon") == "may"
            and not folded.original[
                folded.original_span(match.start("mon"), match.end("mon"))[0]
            ].isupper()
        ):
            return None
    if not (_day_ok(day, month, year) and _year_ok(year)):
        return None
    end_day = _int(match, "d2")
    if end_day is not None:
        return _day_range(match, folded, day, end_day, month, year)
    return _make(match, folded, "day", year=year, month=month, day=day)


def _day_range(
    match: re.Match[str],
    folded: FoldedText,
    first: int | None,
    last: int | None,
    month: int | None,
    year: int | None,
) -> DateExpression | None:
    """Days ``first``..``last`` of one month ("25-26/11", "February 7-8")."""
    if not (_day_ok(first, month, year) and _day_ok(last, month, year) and _year_ok(year)):
        return None
    if (last or 0) <= (first or 0):
        return None
    return _make(
        match,
        folded,
        "range",
        year=year,
        month=month,
        day=first,
        end_year=year,
        end_month=month,
        end_day=last,
    )


def _h_slash(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    if match.group("sep") == "." and _int(match, "y") is None:
        before = folded.toneless[max(0, match.start() - 12) : match.start()]
        if not _DAY_CONTEXT.search(before):
            return None  # "6.12" is a date only after "ngày", a part of day or "("
    return _h_day(match, folded)


def _h_range_dm(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    d1, m1, y1 = _int(match, "d1"), _int(match, "m1"), _int(match, "y1")
    d2, m2, y2 = _int(match, "d2"), _int(match, "m2"), _int(match, "y2")
    y1 = y1 or y2
    if not (_day_ok(d1, m1, y1) and _day_ok(d2, m2, y2) and _year_ok(y1) and _year_ok(y2)):
        return None
    if (y2 or 0, m2 or 0, d2 or 0) <= (y1 or y2 or 0, m1 or 0, d1 or 0) and y1 == y2:
        return None
    return _make(
        match, folded, "range", year=y1, month=m1, day=d1, end_year=y2, end_month=m2, end_day=d2
    )


def _month_of(match: re.Match[str]) -> int | None:
    """The month a match names, in digits (group ``m``) or as an English name (``mon``)."""
    if match.groupdict().get("mon"):
        return _MONTHS[match.group("mon").rstrip(".")]
    return _int(match, "m")


def _h_range_d(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    d1, d2, year = _int(match, "d1"), _int(match, "d2"), _int(match, "y")
    month = _month_of(match)
    return _day_range(match, folded, d1, d2, month, year)


def _h_month(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    month = _month_of(match)
    year = _int(match, "y", "y2")
    if not (_day_ok(None, month) and _year_ok(year)):
        return None
    if year is None and match.groupdict().get("mon") == "may":
        return None
    return _make(match, folded, "month", year=year, month=month)


def _h_part_month(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    month = _month_of(match)
    year = _int(match, "y", "y2")
    if not (_day_ok(None, month) and _year_ok(year)):
        return None
    part = _PARTS[match.group("part").split()[-1]]
    return _make(match, folded, "part-of-month", year=year, month=month, part=part)


def _h_part_year(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    year = _int(match, "y")
    part = _PARTS[match.group("part").split()[-1]]
    if match.groupdict().get("nay"):
        return _make(match, folded, "relative-year", offset=0, part=part)
    if not _year_ok(year):
        return None
    return _make(match, folded, "part-of-year", year=year, part=part)


def _h_quarter(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    quarter = _QUARTER_WORDS.get(match.group("q"))
    year = _int(match, "y", "y2")
    if quarter is None or not _year_ok(year):
        return None
    rel = match.groupdict().get("rel")
    if rel:
        return _make(
            match, folded, "quarter", quarter=quarter, offset=_REL_YEAR[rel], part="relative"
        )
    return _make(match, folded, "quarter", quarter=quarter, year=year)


def _h_year(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    year = _int(match, "y")
    if year is None or not 1900 <= year <= 2100:
        return None
    return _make(match, folded, "year", year=year)


def _h_rel_year(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    return _make(match, folded, "relative-year", offset=_REL_YEAR[match.group("rel")])


def _h_rel_day(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    rel = match.group("rel")
    pod_text = match.groupdict().get("pod") or match.groupdict().get("podn")
    pod = _PART_OF_DAY.get(pod_text) if pod_text else None
    if rel in ("cung ngay", "same day", "that day", "ngay hôm đo", "the same day"):
        return _make(match, folded, "same-day", part_of_day=pod)
    offset = 0
    if rel in ("hôm qua", "qua", "ngay hôm qua", "yesterday"):
        offset = -1
    elif rel in ("ngay mai", "mai", "tomorrow"):
        offset = 1
    return _make(match, folded, "relative-day", offset=offset, part_of_day=pod)


def _h_weekday_vi(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    start = folded.original_span(match.start("wd"), match.end("wd"))[0]
    before = folded.toneless[max(0, match.start("wd") - 12) : match.start("wd")]
    capital = folded.original[start].isupper()
    if re.search(_vi(r"(?:lần|kỳ họp|kỳ|phiên|khóa|khoá|lớn|hạng|đứng)\s*$"), before):
        return None  # "lần thứ hai" is an ordinal, "lớn thứ ba" a rank
    if not capital and not re.search(_vi(r"(?:vào|hôm|ngày|sáng|chiều|tối|trưa)\s*$"), before):
        return None
    word = match.group("wd")
    weekday = 6 if word.startswith("chu") else _WEEKDAYS_VI.get(word.split()[-1])
    if weekday is None:
        return None
    return _make(match, folded, "weekday", weekday=weekday)


def _h_weekday_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    return _make(match, folded, "weekday", weekday=_WEEKDAYS_EN[match.group("wd")])


_Y = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        # Vietnamese ranges: "25-26/11/2022", "từ ngày 2/12 đến 3/12", "25 đến 26 tháng 11"
        (
            r"(?<![\d/])(?P<d1>\d{1,2})\s*(?:-|"
            + _vi("đến|tới")
            + r")\s*(?:"
            + _vi("ngày")
            + r"\s+)?(?P<d2>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*"
            + _Y
            + r")?(?![\d/])",
            _h_range_d,
        ),
        (
            r"(?<![\d/])(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>(?:19|20)\d\d))?\s*"
            r"(?:-|" + _vi("đến|tới") + r")\s*(?:" + _vi("ngày") + r"\s+)?(?P<d2>\d{1,2})\s*/\s*"
            r"(?P<m2>\d{1,2})(?:\s*/\s*(?P<y2>(?:19|20)\d\d))?(?![\d/])",
            _h_range_dm,
        ),
        (
            r"(?<!\d)(?P<d1>\d{1,2})\s*(?:-|"
            + _vi("đến|tới")
            + r")\s*(?:"
            + _vi("ngày")
            + r"\s+)?(?P<d2>\d{1,2})\s+"
            + _vi("tháng")
            + r"\s+(?P<m>\d{1,2})(?:\s+"
            + _vi("năm")
            + r"\s+"
            + _Y
            + r")?",
            _h_range_d,
        ),
        # Vietnamese days: "ngày 29 tháng 8 năm 2024", "25/11", "29/8/2024", "29.8.2024", "6.12"
        (
            _vi("ngày")
            + r"\s+(?P<d>\d{1,2})\s+"
            + _vi("tháng")
            + r"\s+(?P<m>\d{1,2})(?:\s+"
            + _vi("năm")
            + r"\s+"
            + _Y
            + r")?",
            _h_day,
        ),
        (
            r"(?<![\d/.,])(?P<d>\d{1,2})\s*(?P<sep>[/.])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*"
            + _Y
            + r")?(?![\d/]|\.\d)",
            _h_slash,
        ),
        # Vietnamese parts of months and years: "cuối tháng 12", "đầu năm 2023", "cuối năm nay"
        (
            r"(?P<part>" + _vi("đầu|giữa|cuối") + r")\s+" + _vi("tháng") + r"\s+(?P<m>\d{1,2})"
            r"(?:\s*/\s*" + _Y + r"|\s+" + _vi("năm") + r"\s+(?P<y2>(?:19|20)\d\d))?",
            _h_part_month,
        ),
        (
            r"(?<!"
            + _vi("tháng")
            + r"\s)(?P<part>"
            + _vi("đầu|giữa|cuối")
            + r")\s+"
            + _vi("năm")
            + r"\s+(?:"
            + _Y
            + r"|(?P<nay>nay))",
            _h_part_year,
        ),
        # Vietnamese months and quarters: "tháng 7/2024", "tháng 7 năm 2024", "quý IV/2025"
        (
            r"(?<![\d]\s)"
            + _vi("tháng")
            + r"\s+(?P<m>\d{1,2})(?!\s*/\s*\d{1,2}\b(?!\d))(?:\s*/\s*"
            + _Y
            + r"|\s+"
            + _vi("năm")
            + r"\s+(?P<y2>(?:19|20)\d\d))?(?!\d)",
            _h_month,
        ),
        (
            _vi("quý")
            + r"\s+(?P<q>iv|i{1,3}|[1-4])\b(?:\s*/\s*"
            + _Y
            + r"|\s+"
            + _vi("năm")
            + r"\s+(?:(?P<y2>(?:19|20)\d\d)|(?P<rel>nay|"
            + _vi("tới")
            + r")))?",
            _h_quarter,
        ),
        # Vietnamese years: "năm 2025", "vào năm 2025", "năm nay", "năm tới"
        (_vi("năm") + r"\s+" + _Y + r"(?!\s*-\s*\d)(?!\d)", _h_year),
        (_vi("năm") + r"\s+(?P<rel>nay|" + _vi("tới|ngoái") + r")\b", _h_rel_year),
        # Vietnamese relative days: "Sáng nay", "hôm qua", "Chiều cùng ngày"
        (r"(?:" + _POD_VI + r"\s+)?(?P<rel>" + _vi("cùng ngày|ngày hôm đó") + r")\b", _h_rel_day),
        (_POD_VI + r"\s+(?P<rel>" + _vi("hôm nay|hôm qua|nay|qua|mai") + r")\b", _h_rel_day),
        (r"\b(?P<rel>" + _vi("hôm nay|ngày hôm qua|hôm qua|ngày mai") + r")\b", _h_rel_day),
        (
            r"(?P<wd>"
            + _vi("thứ")
            + r"\s+(?:hai|ba|tư|"
            + _vi("năm|sáu|bảy")
            + r"|[2-7])\b|"
            + _vi("chủ nhật")
            + r")",
            _h_weekday_vi,
        ),
        # English: "25 November 2022", "Nov. 25, 2022", "February 7-8", "on June 28"
        (
            r"(?<!\d)(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
            r"\s+" + _MONTH + r"(?:,?\s+" + _Y + r")?",
            _h_range_d,
        ),
        (
            r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH
            + r"(?:,?\s+"
            + _Y
            + r")?",
            _h_day,
        ),
        (
            r"\b"
            + _MONTH
            + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*(?P<d2>\d{1,2})"
            r"(?:st|nd|rd|th)?)?(?!\d)(?:,?\s+" + _Y + r")?",
            _h_day,
        ),
        (
            r"(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|middle)\s+of)[\s-]+(?:the\s+)?"
            + _MONTH
            + r"(?:,?\s+"
            + _Y
            + r")?",
            _h_part_month,
        ),
        (
            r"(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|middle)\s+of)[\s-]+" + _Y,
            _h_part_year,
        ),
        (r"\b" + _MONTH + r",?\s+" + _Y, _h_month),
        (r"\bin\s+" + _MONTH + r"(?!\s*\d)", _h_month),
        (
            r"(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter\s+of\s+"
            r"(?:(?:the\s+)?year\s+)?(?:" + _Y + r"|(?P<rel>this|next|last)\s+year)",
            _h_quarter,
        ),
        (r"\bq(?P<q>[1-4])\s*(?:/|\s|of\s+)\s*" + _Y, _h_quarter),
        (r"\b(?:in|during|by|for|of)\s+" + _Y + r"\b(?!\s*-\s*\d)", _h_year),
        (r"\b(?P<rel>this|next|last)\s+year\b", _h_rel_year),
        (r"\b(?P<rel>this|yesterday|tomorrow)\s+(?P<podn>morning|afternoon|evening)\b", _h_rel_day),
        (r"\b(?:(?:on|later)\s+)?(?P<rel>the\s+same\s+day|that\s+day)\b", _h_rel_day),
        (r"\b(?P<rel>today|yesterday|tomorrow|(?P<podn>tonight))\b", _h_rel_day),
        (
            r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            _h_weekday_en,
        ),
    )
)


_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_POD_WORDS = tuple(_vi(w) for w in ("sáng ", "trưa ", "chiều ", "tối ", "đêm "))
# For each pattern above, words of which one must occur in the (toneless) text for the
# pattern to match at all; an empty tuple means always run. A substring test is far cheaper
# than a regex scan, and a Vietnamese text skips the English patterns and vice versa.
_GATES: tuple[tuple[str, ...], ...] = (
    (),
    (),
    ("thang",),
    ("thang",),
    (),
    ("thang",),
    ("năm",),
    ("thang",),
    ("quy",),
    ("năm",),
    ("năm",),
    ("cung ngay", _vi("ngày hôm đó")),
    _POD_WORDS,
    ("hôm", "ngay mai"),
    (_vi("thứ "), _vi("chủ nhật")),
    _MONTH_WORDS,
    _MONTH_WORDS,
    _MONTH_WORDS,
    _MONTH_WORDS,
    ("early", "mid", "late", "end ", "beginning", "middle"),
    _MONTH_WORDS,
    _MONTH_WORDS,
    ("quarter",),
    ("q1", "q2", "q3", "q4"),
    (),
    (" year",),
    ("morning", "afternoon", "evening"),
    ("same day", "that day"),
    ("today", "yesterday", "tomorrow", "tonight"),
    ("day",),
)


def _with_part_of_day(expr: DateExpression, folded: FoldedText) -> DateExpression:
    if expr.part_of_day is not None or expr.kind not in ("day", "range", "weekday"):
        return expr
    view_start = folded.view_offset(expr.start)
    before = folded.toneless[max(0, view_start - 24) : view_start]
    match = _POD_BEFORE.search(before)
    if match is None:
        return expr
    word = match.group("pod") or match.group("podn")
    new_start = folded.original_span(view_start - (len(before) - match.start()), view_start)[0]
    return attrs.evolve(
        expr,
        part_of_day=_PART_OF_DAY[word],
        start=new_start,
        text=folded.original[new_start : expr.end],
    )


def _merge_relative_with_explicit(exprs: list[DateExpression], text: str) -> list[DateExpression]:
    """Read "Sáng nay (12/9)", "thứ Năm (12/9)" as the explicit day in the parentheses."""
    merged: list[DateExpression] = []
    for expr in exprs:
        if (
            merged
            and merged[-1].kind in ("relative-day", "weekday")
            and expr.kind
            in (
                "day",
                "range",
            )
        ):
            previous = merged[-1]
            between = text[previous.end : expr.start]
            if re.fullmatch(r"\s*\(\s*", between) and text[expr.end : expr.end + 1] == ")":
                merged[-1] = attrs.evolve(
                    expr,
                    start=previous.start,
                    end=expr.end + 1,
                    text=text[previous.start : expr.end + 1],
                    part_of_day=previous.part_of_day or expr.part_of_day,
                )
                continue
        merged.append(expr)
    return merged


def find_dates(folded: FoldedText) -> list[DateExpression]:
    """Find the date expressions of a text, longest first where they overlap, in text order.

    Args:
        folded: the text, folded (see :class:`vnlao_events._text.FoldedText`).

    Returns:
        The expressions, sorted by position; none overlap.
    """
    found: list[DateExpression] = []
    view = folded.toneless
    for (pattern, handler), gate in zip(_PATTERNS, _GATES, strict=True):
        if gate and not any(word in view for word in gate):
            continue  # the words this pattern needs are nowhere in the text
        for match in pattern.finditer(view):
            expr = handler(match, folded)
            if expr is not None:
                found.append(expr)
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    chosen: list[DateExpression] = []
    for expr in found:  # one sweep: of overlapping expressions the longest wins
        if not chosen or expr.start >= chosen[-1].end:
            chosen.append(expr)
        elif expr.end - expr.start > chosen[-1].end - chosen[-1].start:
            chosen[-1] = expr
    chosen = [_with_part_of_day(e, folded) for e in chosen]
    return _merge_relative_with_explicit(chosen, folded.original)


_CONTENT_CLUES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int], str], ...] = (
    (
        re.compile(r"(?<!\d)(?P<n>[1-9]|1[01])\s+" + _vi("tháng đầu năm") + r"\s+" + _Y),
        lambda m: int(m.group("y")),
        "reports the first {n} months of {y} as past",
    ),
    (
        re.compile(r"(?:first|past)\s+(?P<n>\d{1,2}|\w+)\s+months\s+of\s+" + _Y),
        lambda m: int(m.group("y")),
        "reports the first {n} months of {y} as past",
    ),
    (
        re.compile(_vi("so với cùng kỳ") + r"\s+(?:" + _vi("năm") + r"\s+)?" + _Y),
        lambda m: int(m.group("y")) + 1,
        "compares with the same period of {y}",
    ),
    (
        re.compile(
            _vi("năm")
            + r"\s+(?:19|20)\d\d,?\s+(?:"
            + _vi("năm")
            + r"\s+)?"
            + _Y
            + r"\s+"
            + _vi("và")
            + r"\s+(?:\d+\s+"
            + _vi("tháng đầu")
            + r"\s+)?"
            + _vi("năm nay")
        ),
        lambda m: int(m.group("y")) + 1,
        "lists the years up to {y} and then 'năm nay' (this year)",
    ),
)


def reference_year(folded: FoldedText) -> tuple[int | None, str]:
    """The year a document without a published date was written in, from its own clues.

    Clues are phrases that only make sense in a given year: "10 tháng đầu năm 2022"
    reported as past, "so với cùng kỳ 2021" (compared with the same period of 2021),
    "các năm 2021, năm 2022 và 6 tháng đầu năm nay". When clues disagree, no year is given.

    Returns:
        ``(year, why)``; ``(None, "")`` when nothing fixes the year.

    >>> reference_year(FoldedText.of("10 tháng đầu năm 2022 đạt 1,4 tỷ USD"))[0]
    2022
    """
    years: dict[int, str] = {}
    for pattern, year_of, why in _CONTENT_CLUES:
        for match in pattern.finditer(folded.toneless):
            year = year_of(match)
            start, end = folded.original_span(match.start(), match.end())
            quote = folded.original[start:end]
            names = {k: v for k, v in match.groupdict().items() if v}
            years.setdefault(year, f"the text {why.format(**names)} ({quote!r})")
    if len(years) == 1:
        year, why = next(iter(years.items()))
        return year, why
    return None, ""


def _window_for(expr: DateExpression, year: int) -> DateWindow | None:
    kind = expr.kind
    if kind == "day":
        if expr.month is None or expr.day is None or not _day_ok(expr.day, expr.month, year):
            return None
        return DateWindow.day(date(year, expr.month, expr.day))
    if kind == "range":
        end_year = expr.end_year if expr.end_year and expr.year is None else year
        if expr.end_year and expr.year is None:
            end_year = expr.end_year
        if expr.year is None and expr.end_year is None:
            end_year = year
        assert expr.month and expr.day and expr.end_month and expr.end_day  # noqa: S101
        try:
            first = date(year, expr.month, expr.day)
            last = date(end_year or year, expr.end_month, expr.end_day)
        except ValueError:
            return None
        if last < first:
            last = date(year + 1, expr.end_month, expr.end_day)
        return DateWindow(first, last, Precision.DAYS)
    if kind == "month":
        assert expr.month  # noqa: S101
        return DateWindow.month(year, expr.month)
    if kind == "part-of-month":
        assert expr.month  # noqa: S101
        month_end = calendar.monthrange(year, expr.month)[1]
        parts: dict[str, tuple[int, int]] = {
            "early": (1, 15), "mid": (8, 23), "late": (16, month_end),
        }  # fmt: skip
        first_day, last_day = parts[expr.part or "mid"]
        return DateWindow(
            date(year, expr.month, first_day),
            date(year, expr.month, last_day),
            Precision.PART_OF_MONTH,
        )
    if kind == "quarter":
        assert expr.quarter  # noqa: S101
        return DateWindow.quarter(year, expr.quarter)
    if kind in ("part-of-year", "relative-year") and expr.part:
        first_month, last_month = {"early": (1, 6), "mid": (4, 9), "late": (7, 12)}[expr.part]
        return DateWindow(
            date(year, first_month, 1),
            date(year, last_month, calendar.monthrange(year, last_month)[1]),
            Precision.PART_OF_YEAR,
        )
    if kind in ("year", "relative-year"):
        return DateWindow.year(year)
    return None  # pragma: no cover - every kind with a year is handled above


def _candidate_years(expr: DateExpression, reference: date, tense: Tense) -> Iterator[int]:
    if tense is Tense.FUTURE:
        yield from (reference.year, reference.year + 1)
    else:
        yield from (reference.year, reference.year - 1)


def resolve(
    expr: DateExpression,
    anchor: Anchor,
    tense: Tense = Tense.UNKNOWN,
    last: When | None = None,
) -> tuple[When | None, str]:
    """Place a date expression in time.

    A day or month without a year takes the latest matching date not after the
    published date for a past report, the first one at or after it for a planned
    one; a weekday resolves the same way. Without a published date the document's
    content year is used and said so; without either, the year stays open.

    Args:
        expr: the expression.
        anchor: the document's published date and content year.
        tense: whether the clause reports the past or announces the future.
        last: the previous resolved date in the text, for "cùng ngày" (the same day).

    Returns:
        ``(when, why)``: the date (``None`` when the expression cannot be placed) and,
        where the year or day came from outside the expression, a sentence saying how.
    """
    pod = expr.part_of_day
    published = anchor.published
    pub_day = published.earliest if published and published.precision is Precision.DAY else None
    if expr.kind == "same-day":
        if last is None or last.window is None:
            return None, ""
        return When.of(last.window, pod or last.part_of_day), "the same day as the date before it"
    if expr.kind in ("relative-day", "weekday"):
        if pub_day is None:
            return None, ""
        if expr.kind == "relative-day":
            day = pub_day + timedelta(days=expr.offset)
            return When.of(DateWindow.day(day), pod), f"relative to the published date {pub_day}"
        assert expr.weekday is not None  # noqa: S101
        delta = (pub_day.weekday() - expr.weekday) % 7
        day = (
            pub_day + timedelta(days=(7 - delta) % 7)
            if tense is Tense.FUTURE
            else (pub_day - timedelta(days=delta))
        )
        name = calendar.day_name[expr.weekday]
        return When.of(DateWindow.day(day), pod), (
            f"the {name} {'after' if tense is Tense.FUTURE else 'before'} or on the published"
            f" date {pub_day}"
        )
    if expr.kind in ("relative-year",) or (expr.kind == "quarter" and expr.part == "relative"):
        year = anchor.year
        if year is None:
            return None, ""
        window = _window_for(attrs.evolve(expr, kind=expr.kind), year + expr.offset)
        return (When.of(window, pod) if window else None), f"relative to the reference year {year}"
    if expr.year is not None:
        window = _window_for(expr, expr.year)
        return (When.of(window, pod) if window else None), ""
    # A day, range, month or part of month without a year.
    if published is not None and published.year is not None:
        reference = published.latest if tense is not Tense.FUTURE else published.earliest
        assert reference is not None  # noqa: S101
        for year in _candidate_years(expr, reference, tense):
            window = _window_for(expr, year)
            if window is None:
                continue
            fits = (
                window.earliest >= reference
                if tense is Tense.FUTURE
                else window.earliest <= reference
            )
            if fits:
                return When.of(window, pod), (
                    f"year {year} from the published date {published.format_iso()}"
                    f" ({'planned' if tense is Tense.FUTURE else 'reported'})"
                )
        return None, ""
    if anchor.content_year is not None:
        window = _window_for(expr, anchor.content_year)
        if window is not None:
            return When.of(window, pod), f"year {anchor.content_year}: {anchor.content_why}"
    if expr.kind in ("day", "range") and expr.month and expr.day:
        end = (
            PartialDate(None, expr.end_month, expr.end_day)
            if expr.kind == "range" and expr.end_month and expr.end_day
            else None
        )
        return When.open_year(PartialDate(None, expr.month, expr.day), end, pod), (
            "the text gives no year and the document no date"
        )
    return None, ""
