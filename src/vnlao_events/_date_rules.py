"""The rules that find date expressions, built from each language's date words.

Each rule is a regular expression over the toneless view of a text (see
:class:`vnlao_events._text.FoldedText`) whose words come from the phrase files
(:mod:`vnlao_events._date_phrases`), and a handler that checks a match and says
what it states as a :class:`DateExpression`. :func:`scan` runs them all.

>>> from vnlao_events._text import FoldedText
>>> [(e.kind, e.month, e.year) for e in scan(FoldedText.of("tháng Mười Hai, 2023"))]
[('month', 12, 2023)]
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from functools import cache

import attrs

from ._date_phrases import DatePhrases, phrases
from ._dates import PartOfDay
from ._text import FoldedText

__all__ = ["DateExpression", "scan"]


@attrs.frozen(kw_only=True)
class DateExpression:
    """What one date expression in a text states, before anchoring.

    ``kind`` is one of ``day``, ``range``, ``month``, ``part-of-month``, ``quarter``,
    ``year``, ``part-of-year``, ``relative-year``, ``relative-quarter``,
    ``relative-month``, ``relative-week``, ``relative-day``, ``same-day``,
    ``weekday``, ``day-of-month`` (a day whose month is the reference month, "mồng 5")
    and ``ago`` (a count of ``unit`` back from the reference date, "3 ngày trước").

    ``year_offset`` is set when the year is relative ("ngày 24 tháng 11 năm nay");
    ``direction`` is +1 or -1 when a word says which occurrence ("tháng 3 tới",
    "thứ ba vừa rồi"); ``week`` is the week offset of "thứ năm tuần tới";
    ``context_year`` and ``context`` are set by the text around the expression (a
    fully dated range holding it, or a fully dated expression before it).
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
    lang: str = ""
    unit: str | None = None
    year_offset: int | None = None
    direction: int = 0
    week: int | None = None
    context_year: int | None = None
    context: str = ""


@cache
def _vi(pattern: str) -> str:
    """Strip tone marks from a pattern written with them, to match the toneless view."""
    decomposed = unicodedata.normalize("NFD", pattern)
    stripped = "".join(c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323")
    return unicodedata.normalize("NFC", stripped)


def _lang(match: re.Match[str]) -> DatePhrases:
    """The language of a rule's match: Vietnamese rules carry an empty ``lang`` group."""
    return VI if match.groupdict().get("lang") is not None else EN


VI = phrases("vi")
EN = phrases("en")

Handler = Callable[[re.Match[str], FoldedText], "DateExpression | None"]


def _int(match: re.Match[str], *names: str) -> int | None:
    groups = match.groupdict()
    for name in names:
        value = groups.get(name)
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


def _year(match: re.Match[str], *names: str) -> int | None:
    """A year from four digits, or two digits after a slash or dash (69..99 → 19xx)."""
    for name in names:
        value = match.groupdict().get(name)
        if value:
            number = int(value)
            if len(value) == 2:
                return 1900 + number if number >= 69 else 2000 + number
            return number
    return None


def _original(match: re.Match[str], folded: FoldedText, group: str) -> str:
    start, end = folded.original_span(match.start(group), match.end(group))
    return folded.original[start:end]


def _make(match: re.Match[str], folded: FoldedText, kind: str, **values: object) -> DateExpression:
    start, end = folded.original_span(match.start(), match.end())
    return DateExpression(
        start=start,
        end=end,
        text=folded.original[start:end],
        kind=kind,
        **values,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- shared pieces

_Y = r"(?P<y>(?:19|20)\d\d)(?![\d])(?![.,]\d)"
_SFX = r"(?:st|nd|rd|th)?"
_TIME = r"(?:\s*,?\s*(?:lúc\s+|at\s+)?\d{1,2}[:h]\d\d(?::\d\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?)?"
_MW = VI.alternation("month_words")
_DW = VI.alternation("day_words")
_DAYP = r"(?:" + _DW + r"\s+){1,2}"
_RANGE_VI = r"(?:-|" + VI.alternation("range_words") + r")"
_RANGE_EN = r"(?:-|" + EN.alternation("range_words") + r"|until|till)"


def _vi_month(n: str = "") -> str:
    """A Vietnamese month after "tháng": digits or a month word (group ``m{n}``/``mw{n}``)."""
    return (
        r"(?:(?P<m" + n + r">\d{1,2})(?!\d)|(?P<mw" + n + r">" + VI.alternation("months") + r")\b)"
    )


def _vi_year_tail(name: str = "y") -> str:
    """The year after a month: "/2024", "-2024", ", 2024", " năm 2024", " 2024"."""
    return (
        r"(?:\s*[/,-]\s*(?:" + _vi("năm") + r"\s+)?|\s+(?:" + _vi("năm") + r"\s+)?|\s+"
        + _vi("của năm") + r"\s+)(?P<" + name + r">(?:19|20)\d\d)(?!\d)(?![.,]\d)"
    )  # fmt: skip


_REL_VI = r"(?P<rel>" + VI.alternation("relative") + r")\b"
_MON = r"(?P<mon>" + EN.alternation("months") + r")\b\.?"
_MON2 = r"(?P<mon2>" + EN.alternation("months") + r")\b\.?"


def _month_vi(match: re.Match[str], folded: FoldedText, n: str = "") -> int | None:
    """The month of a Vietnamese match, in digits or words (the caller checks the context)."""
    digits = match.groupdict().get("m" + n)
    if digits:
        return int(digits)
    word = match.groupdict().get("mw" + n)
    if not word:
        return None
    return VI.number("months", word)


def _month_word_ok(match: re.Match[str], folded: FoldedText, n: str = "", *, near: bool) -> bool:
    """Whether a Vietnamese month word is a month here.

    It is when capitalised, or next to a day, a year or a relative word (``near``);
    "tháng sau" (next month) is not "tháng sáu" (June).
    """
    if not match.groupdict().get("mw" + n):
        return True
    written = _original(match, folded, "mw" + n)
    if VI.lookup("relative", written) is not None and not VI.written_as("months", written):
        return False  # "tháng sau" (next month), not "tháng sáu" (June)
    return written[:1].isupper() or near


def _month_en(match: re.Match[str], folded: FoldedText, group: str = "mon") -> int | None:
    name = match.groupdict().get(group)
    if not name:
        return None
    if name.rstrip(".") == "may" and not _original(match, folded, group)[:1].isupper():
        return None  # "may" the verb
    return EN.number("months", name.rstrip("."))


# ---------------------------------------------------------------- handlers


def _h_day_vi(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day, year = _int(match, "d"), _year(match, "y")
    month = _month_vi(match, folded)
    rel = match.groupdict().get("ry")
    near = bool(year or rel or match.groupdict().get("dayp") or day)
    if not _month_word_ok(match, folded, near=near):
        return None
    if not (_day_ok(day, month, year) and _year_ok(year)):
        return None
    end_day = _int(match, "d2")
    if end_day is not None:
        return _day_range(match, folded, day, end_day, month, year)
    if rel:
        return _make(
            match, folded, "day", month=month, day=day, year_offset=VI.number("relative", rel)
        )
    return _make(match, folded, "day", year=year, month=month, day=day, lang="vi")


def _h_numeric(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """Digits only: "25/11", "29/8/2024", "29.8.2024", "3-9-1991", "3/9/91"."""
    sep = match.group("sep")
    year = _year(match, "y", "yy")
    if year is None and sep in ".-":
        before = folded.toneless[max(0, match.start() - 12) : match.start()]
        if not _DAY_CONTEXT.search(before):
            return None  # "6.12" or "6-12" is a date only after "ngày", a part of day or "("
    day, month = _int(match, "d"), _int(match, "m")
    if month is not None and month > 12 and day is not None and day <= 12:
        day, month = month, day  # "12/25/2022": month first, the only reading
    if not (_day_ok(day, month, year) and _year_ok(year)):
        return None
    return _make(match, folded, "day", year=year, month=month, day=day)


def _h_iso(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day, month, year = _int(match, "d"), _int(match, "m"), _int(match, "y")
    if not _day_ok(day, month, year):
        return None
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


def _two_days(
    match: re.Match[str],
    folded: FoldedText,
    first: tuple[int | None, int | None, int | None],
    last: tuple[int | None, int | None, int | None],
) -> DateExpression | None:
    """A range from one (day, month, year) to another; a missing first year is the last's."""
    d1, m1, y1 = first
    d2, m2, y2 = last
    y1 = y1 or y2
    if not (_day_ok(d1, m1, y1) and _day_ok(d2, m2, y2) and _year_ok(y1) and _year_ok(y2)):
        return None
    if (y2 or 0, m2 or 0, d2 or 0) <= (y1 or y2 or 0, m1 or 0, d1 or 0) and y1 == y2:
        return None
    return _make(
        match, folded, "range", year=y1, month=m1, day=d1, end_year=y2, end_month=m2, end_day=d2
    )


def _h_range_dm(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    first = (_int(match, "d1"), _int(match, "m1"), _year(match, "y1"))
    return _two_days(
        match, folded, first, (_int(match, "d2"), _int(match, "m2"), _year(match, "y2"))
    )


def _h_range_vi_words(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """Two months in one range: "từ ngày 10 tháng 6 đến ngày 20 tháng 7 (năm 2010)"."""
    if not (
        _month_word_ok(match, folded, "1", near=True)
        and _month_word_ok(match, folded, "2", near=True)
    ):
        return None
    first = (_int(match, "d1"), _month_vi(match, folded, "1"), _year(match, "y1"))
    last = (_int(match, "d2"), _month_vi(match, folded, "2"), _year(match, "y2"))
    return _two_days(match, folded, first, last)


def _h_range_d(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    d1, d2, year = _int(match, "d1"), _int(match, "d2"), _year(match, "y")
    if match.groupdict().get("mon"):
        month = _month_en(match, folded)
    else:
        if not _month_word_ok(match, folded, near=True):
            return None
        month = _month_vi(match, folded)
    return _day_range(match, folded, d1, d2, month, year)


def _h_range_en_months(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """Two months in one range: "10 June to 20 July 2010", "June 3 through July 5"."""
    first = (_int(match, "d1"), _month_en(match, folded), _year(match, "y1"))
    last = (_int(match, "d2"), _month_en(match, folded, "mon2"), _year(match, "y"))
    if first[1] is None or last[1] is None:
        return None
    return _two_days(match, folded, first, last)


def _h_month_vi(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    year = _year(match, "y")
    rel = match.groupdict().get("rel")
    ry = match.groupdict().get("ry")
    if not _month_word_ok(
        match, folded, near=bool(year or rel or ry) or match.group("end") is not None
    ):
        return None
    month = _month_vi(match, folded)
    if not (_day_ok(None, month) and _year_ok(year)):
        return None
    if ry:
        return _make(match, folded, "month", month=month, year_offset=VI.number("relative", ry))
    if rel:
        return _make(match, folded, "month", month=month, direction=_sign(VI, rel))
    return _make(match, folded, "month", year=year, month=month)


def _sign(lang: DatePhrases, word: str) -> int:
    value = lang.number("relative", word) or 0
    return (value > 0) - (value < 0)


def _h_day_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day, year = _int(match, "d"), _year(match, "y")
    month = _month_en(match, folded)
    if month is None or not (_day_ok(day, month, year) and _year_ok(year)):
        return None
    end_day = _int(match, "d2")
    if end_day is not None:
        return _day_range(match, folded, day, end_day, month, year)
    return _make(match, folded, "day", year=year, month=month, day=day)


def _h_month_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    month = _month_en(match, folded)
    year = _year(match, "y")
    if month is None or not _year_ok(year):
        return None
    return _make(match, folded, "month", year=year, month=month)


def _part(lang: DatePhrases, match: re.Match[str]) -> str:
    word = match.group("part")
    return lang.text("parts", word) or "mid"


def _h_part_month(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    lang = EN if match.groupdict().get("mon") else VI
    if lang is VI and not _month_word_ok(match, folded, near=True):
        return None
    month = _month_en(match, folded) if lang is EN else _month_vi(match, folded)
    year = _year(match, "y")
    if not (_day_ok(None, month) and _year_ok(year)):
        return None
    return _make(match, folded, "part-of-month", year=year, month=month, part=_part(lang, match))


def _h_part_year(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    lang = _lang(match)
    part = _part(lang, match)
    rel = match.groupdict().get("rel")
    if rel is not None or match.groupdict().get("theyear"):
        offset = lang.number("relative", rel) if rel else 0
        return _make(match, folded, "relative-year", offset=offset or 0, part=part)
    year = _year(match, "y")
    if not _year_ok(year):
        return None
    return _make(match, folded, "part-of-year", year=year, part=part)


def _h_quarter(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    lang = _lang(match)
    word = match.group("q")
    quarter = int(word) if word.isdigit() else lang.number("quarters", word)
    year = _year(match, "y")
    if quarter is None or not _year_ok(year):
        return None
    rel = match.groupdict().get("rel")
    if rel:
        offset = lang.number("relative", rel) or 0
        return _make(match, folded, "quarter", quarter=quarter, offset=offset, part="relative")
    return _make(match, folded, "quarter", quarter=quarter, year=year)


def _h_year(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    year = _int(match, "y")
    if year is None or not 1900 <= year <= 2100:
        return None
    return _make(match, folded, "year", year=year)


_UNIT_KINDS = {
    "year": "relative-year",
    "quarter": "relative-quarter",
    "month": "relative-month",
    "week": "relative-week",
}
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:" + VI.alternation("numbers")[3:-1] + r"))\s*$")
_COUNT_BEFORE_EN = re.compile(r"\b(?:\d+|" + EN.alternation("numbers")[3:-1] + r")\s*$")


def _h_relative(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """A unit relative to the reference: "năm tới", "tuần trước", "next week"."""
    lang = _lang(match)
    unit = lang.text("units", match.group("unit"))
    offset = lang.number("relative", match.group("rel"))
    if unit not in _UNIT_KINDS or offset is None:
        return None
    written = _original(match, folded, "rel")
    if lang is VI and VI.lookup("months", written) is not None and VI.written_as("months", written):
        return None  # "tháng sáu" is June; "tháng sau" is next month
    before = folded.toneless[max(0, match.start() - 12) : match.start()]
    if (_COUNT_BEFORE if lang is VI else _COUNT_BEFORE_EN).search(before):
        return None  # "hai năm sau" is two years later; "3 tuần tới" the next three weeks
    return _make(match, folded, _UNIT_KINDS[unit], offset=offset)


def _h_ago(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """A count of units back: "3 ngày trước", "cách đây 2 tuần", "3 days ago"."""
    lang = _lang(match)
    count_text = match.group("n")
    count = int(count_text) if count_text.isdigit() else lang.number("numbers", count_text)
    unit = lang.text("units", match.group("unit"))
    if count is None or unit is None or not 0 < count <= 500:
        return None
    return _make(match, folded, "ago", offset=-count, unit=unit)


def _pod(word: str | None) -> PartOfDay | None:
    if not word:
        return None
    value = VI.text("parts_of_day", word) or EN.text("parts_of_day", word)
    return PartOfDay(value) if value else None


def _h_rel_day(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    lang = _lang(match)
    rel = match.group("rel")
    pod = _pod(match.groupdict().get("pod"))
    if lang.lookup("same_day", rel) is not None:
        return _make(match, folded, "same-day", part_of_day=pod)
    offset = lang.number("relative_days", rel)
    if offset is None:
        offset = lang.number("relative_days_after_part", rel)
    if offset is None:
        offset = 0 if rel == "this" else None
    if offset is None:
        return None
    return _make(match, folded, "relative-day", offset=offset, part_of_day=pod)


def _h_tonight(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    return _make(match, folded, "relative-day", offset=0, part_of_day=PartOfDay.EVENING)


_ORDINAL_BEFORE = re.compile(_vi(r"(?:lần|kỳ họp|kỳ|phiên|khóa|khoá|lớn|hạng|đứng)\s*$"))
_WEEKDAY_CUE = re.compile(_vi(r"(?:vào|hôm|ngày|sáng|chiều|tối|trưa|đêm)\s*$"))


def _week_part(lang: DatePhrases, match: re.Match[str]) -> dict[str, int]:
    rel = match.groupdict().get("rel")
    if not rel:
        return {}
    offset = lang.number("relative", rel) or 0
    if match.groupdict().get("wk"):
        return {"week": offset}
    return {"direction": (offset > 0) - (offset < 0)} if offset else {"week": 0}


def _h_weekday_vi(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    start = folded.original_span(match.start("wd"), match.end("wd"))[0]
    before = folded.toneless[max(0, match.start("wd") - 12) : match.start("wd")]
    capital = folded.original[start].isupper()
    if _ORDINAL_BEFORE.search(before):
        return None  # "lần thứ hai" is an ordinal, "lớn thứ ba" a rank
    relative = _week_part(VI, match)
    if not capital and not relative and not _WEEKDAY_CUE.search(before) and match.start() > 0:
        return None
    word = match.group("wd")
    weekday = 6 if word.startswith("chu") else VI.number("weekdays", word.split()[-1])
    if weekday is None:
        return None
    return _make(match, folded, "weekday", weekday=weekday, **relative)


def _h_weekday_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    weekday = EN.number("weekdays", match.group("wd"))
    if weekday is None:
        return None
    return _make(match, folded, "weekday", weekday=weekday, **_week_part(EN, match))


def _h_weekday_abbr(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    if not _original(match, folded, "wd")[:1].isupper():
        return None
    weekday = EN.number("weekday_abbreviations", match.group("wd"))
    return _make(match, folded, "weekday", weekday=weekday, part="abbreviation")


def _h_day_of_month(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day = _int(match, "d")
    if day is None or not 1 <= day <= 31:
        return None
    return _make(match, folded, "day-of-month", day=day)


_DAY_CONTEXT = re.compile(_vi(r"(?:ngày|mồng|mùng|sáng|trưa|chiều|tối|đêm|hôm|on|\()\s*$"))


# ---------------------------------------------------------------- the rules


def _rules() -> tuple[tuple[str, Handler, tuple[str, ...], str], ...]:
    """Each rule: a pattern over the toneless view, its handler, its gate and language.

    One of the gate words must occur in the text for the rule to run at all (none:
    always run); the language is "" for digits-only rules every language shares.
    """
    pod_vi = r"(?P<pod>" + VI.alternation("parts_of_day") + r")"
    pod_en = r"(?P<pod>" + EN.alternation("parts_of_day") + r")"
    units_vi = r"(?P<unit>" + VI.alternation("units") + r")"
    units_en = r"(?P<unit>" + EN.alternation("units") + r")s?"
    rel_en = r"(?P<rel>" + EN.alternation("relative") + r")"
    nam = _vi("năm")
    thang = ("thang", "thg")
    vi: tuple[tuple[str, Handler, tuple[str, ...]], ...] = (
        # ---- Vietnamese ranges: "25-26/11/2022", "từ 2/12 đến 3/12", "25 đến 26 tháng 11"
        (
            r"(?<![\d/])(?P<d1>\d{1,2})\s*" + _RANGE_VI + r"\s*(?:" + _DAYP + r")?(?P<d2>\d{1,2})"
            r"\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*" + _Y + r")?(?![\d/])",
            _h_range_d, (),
        ),
        (
            r"(?<![\d/])(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>(?:19|20)\d\d))?\s*"
            + _RANGE_VI + r"\s*(?:" + _DAYP + r")?(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})"
            r"(?:\s*/\s*(?P<y2>(?:19|20)\d\d))?(?![\d/])",
            _h_range_dm, (),
        ),
        (
            r"(?<!\d)(?P<d1>\d{1,2})\s*" + _RANGE_VI + r"\s*(?:" + _DAYP + r")?(?P<d2>\d{1,2})\s*"
            + _MW + r"\s+" + _vi_month() + r"(?:" + _vi_year_tail() + r")?",
            _h_range_d, thang,
        ),
        (
            r"(?<!\d)(?P<d1>\d{1,2})\s*" + _MW + r"\s+" + _vi_month("1")
            + r"(?:" + _vi_year_tail("y1") + r")?\s*" + _RANGE_VI + r"\s*(?:" + _DAYP + r")?"
            r"(?P<d2>\d{1,2})\s*" + _MW + r"\s+" + _vi_month("2")
            + r"(?:" + _vi_year_tail("y2") + r")?",
            _h_range_vi_words, thang,
        ),
        # ---- Vietnamese days: "ngày 29 tháng 8 năm 2024", "mồng 3 tháng ba", "21tháng 09"
        (
            r"(?P<dayp>" + _DAYP + r")?(?<![\d/.,])(?P<d>\d{1,2})\s*" + _MW + r"\s+" + _vi_month()
            + r"(?:" + _vi_year_tail() + r"|\s+" + nam + r"\s+(?P<ry>" + VI.alternation("relative")
            + r")\b)?(?!\s+(?:ngay|tuân|lân)\b)",
            _h_day_vi, thang,
        ),
        # ---- numeric days: "25/11", "29/8/2024", "29.8.2024", "6.12", "3-9-1991", "3/9/91"
        (
            r"(?<![\d/.,-])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
            r"(?:\s*(?P=sep)\s*(?:(?P<y>(?:19|20)\d\d)|(?P<yy>\d\d))(?!\d))?"
            r"(?![\d/]|[.-]\d|\s*(?:-|" + _vi("đến|tới") + r")\s*\d)",
            _h_numeric, (),
        ),
        (
            r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])",
            _h_iso, (),
        ),
        # ---- Vietnamese parts of months and years: "cuối tháng 12", "đầu năm 2023"
        (
            r"(?P<part>" + VI.alternation("parts") + r")\s+" + _MW + r"\s+" + _vi_month()
            + r"(?:" + _vi_year_tail() + r")?",
            _h_part_month, thang,
        ),
        (
            r"(?<!" + _vi("tháng") + r"\s)(?P<lang>)(?P<part>" + VI.alternation("parts") + r")\s+"
            + nam + r"\s+(?:" + _Y + r"|" + _REL_VI + r")",
            _h_part_year, (nam,),
        ),
        # ---- Vietnamese months and quarters: "tháng 7/2024", "tháng Giêng", "quý IV/2025"
        (
            r"(?<![\d]\s)" + _MW + r"\s+" + _vi_month() + r"(?!\s*/\s*\d{1,2}\b(?!\d))"
            r"(?:" + _vi_year_tail() + r"|\s+" + nam + r"\s+(?P<ry>" + VI.alternation("relative")
            + r")\b|\s+" + _REL_VI + r"(?!\s+(?:đo|khi|nưa)))?(?P<end>\s*(?=[.,;:!?)]|$))?",
            _h_month_vi, thang,
        ),
        (
            _vi("quý") + r"\s+(?P<lang>)(?P<q>" + VI.alternation("quarters") + r")\b"
            r"(?:" + _vi_year_tail() + r"|\s+(?:" + _vi("của") + r"\s+)?" + nam + r"\s+"
            + _REL_VI + r")?",
            _h_quarter, ("quy",),
        ),
        # ---- Vietnamese years and relative units: "năm 2025", "năm tới", "tuần sau"
        (nam + r"\s+" + _Y + r"(?!\s*-\s*\d)", _h_year, (nam,)),
        (
            r"(?<!\w)(?P<lang>)" + units_vi + r"\s+" + _REL_VI + r"(?!\s+(?:đo|khi|nưa|đây)\b)",
            _h_relative, (nam, "thang", "tuân", "quy"),
        ),
        (
            r"(?<!\w)(?P<lang>)(?P<n>\d{1,3}|" + VI.alternation("numbers") + r")\s+" + units_vi
            + r"\s+" + VI.alternation("ago") + r"(?!\s+(?:khi|đo)\b)",
            _h_ago, ("trươc",),
        ),
        (
            r"(?<!\w)(?P<lang>)" + VI.alternation("ago_before") + r"\s+(?P<n>\d{1,3}|"
            + VI.alternation("numbers") + r")\s+" + units_vi + r"\b",
            _h_ago, ("cach",),
        ),
        # ---- Vietnamese relative days: "Sáng nay", "hôm qua", "hôm kia", "Chiều cùng ngày"
        (
            r"(?P<lang>)(?:" + pod_vi + r"\s+)?(?P<rel>" + VI.alternation("same_day") + r")\b",
            _h_rel_day, ("cung ngay", _vi("ngày hôm đó")),
        ),
        (
            r"(?P<lang>)" + pod_vi + r"\s+(?P<rel>" + VI.alternation("relative_days_after_part")
            + r")\b",
            _h_rel_day, tuple(_vi(w) + " " for w in ("sáng", "trưa", "chiều", "tối", "đêm")),
        ),
        (
            r"(?<!\w)(?P<lang>)(?P<rel>" + VI.alternation("relative_days") + r")\b",
            _h_rel_day, ("hôm", "ngay mai", "ngay kia", "ngay môt", "bưa nay"),
        ),
        (
            r"(?<!\w)(?P<wd>" + _vi("thứ") + r"\s+(?:" + VI.alternation("weekdays") + r")\b|"
            + _vi("chủ nhật") + r")(?:\s+(?P<wk>(?:" + _vi("của") + r"\s+)?" + _vi("tuần")
            + r"\s+)?" + _REL_VI + r"(?!\s+(?:khi|đo)\b))?",
            _h_weekday_vi, (_vi("thứ "), _vi("chủ nhật")),
        ),
        (
            r"(?<!\w)(?:" + _vi("mồng|mùng") + r")\s+(?P<d>\d{1,2})(?!\d)(?!\s*(?:[/.-]\s*\d|"
            + _MW + r"))",
            _h_day_of_month, ("mông", "mung"),
        ),
    )  # fmt: skip
    en: tuple[tuple[str, Handler, tuple[str, ...]], ...] = (
        # ---- English ranges: "February 7-8", "7 to 8 February 2024", "10 June to 20 July"
        (
            r"(?<!\d)(?P<d1>\d{1,2})" + _SFX + r"\s*(?:-|" + EN.alternation("range_words") + r")"
            r"\s*(?P<d2>\d{1,2})" + _SFX + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _Y + r")?",
            _h_range_d, EN_MONTH_GATE,
        ),
        (
            r"(?<!\d)(?P<d1>\d{1,2})" + _SFX + r"\s+(?:of\s+)?" + _MON
            + r"(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*" + _RANGE_EN + r"\s*(?P<d2>\d{1,2})" + _SFX
            + r"\s+(?:of\s+)?" + _MON2 + r"(?:,?\s+" + _Y + r")?",
            _h_range_en_months, EN_MONTH_GATE,
        ),
        (
            r"\b" + _MON + r"\s+(?P<d1>\d{1,2})" + _SFX + r"(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*"
            + _RANGE_EN + r"\s*" + _MON2 + r"\s+(?P<d2>\d{1,2})" + _SFX + r"(?:,?\s+" + _Y + r")?",
            _h_range_en_months, EN_MONTH_GATE,
        ),
        # ---- English days: "25 November 2022", "Nov. 25, 2022", "Aug 05 12:00:00 2015"
        (
            r"(?<!\d)(?P<d>\d{1,2})" + _SFX + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _Y + r")?",
            _h_day_en, EN_MONTH_GATE,
        ),
        (
            r"\b" + _MON + r"\s+(?P<d>\d{1,2})" + _SFX + r"(?:\s*(?:-|to|and)\s*(?P<d2>\d{1,2})"
            + _SFX + r")?(?!\d)(?:" + _TIME + r",?\s+" + _Y + r")?",
            _h_day_en, EN_MONTH_GATE,
        ),
        # ---- English parts of months and years: "early December", "by the end of August"
        (
            r"(?:the\s+)?(?P<part>" + EN.alternation("parts") + r")(?:\s+of)?[\s-]+"
            r"(?:the\s+month\s+of\s+)?" + _MON + r"(?:,?\s+" + _Y + r")?",
            _h_part_month, EN_MONTH_GATE,
        ),
        (
            r"(?:the\s+)?(?P<part>" + EN.alternation("parts") + r")(?:\s+of)?[\s-]+"
            r"(?:(?:the\s+year\s+)?" + _Y + r"|(?P<theyear>the\s+year)\b|" + rel_en
            + r"\s+year\b)",
            _h_part_year, ("early", "mid", "late", "end", "beginning", "middle", "start"),
        ),
        (r"\b" + _MON + r",?\s+" + _Y, _h_month_en, EN_MONTH_GATE),
        (r"\b(?:in|since|until|by|during)\s+" + _MON + r"(?!\s*\d)", _h_month_en, EN_MONTH_GATE),
        (
            r"(?:the\s+)?(?P<q>" + EN.alternation("quarters") + r")\s+quarter"
            r"(?:\s+of\s+(?:(?:the\s+)?year\s+)?(?:" + _Y + r"|" + rel_en + r"\s+year))?",
            _h_quarter, ("quarter",),
        ),
        (r"\bq(?P<q>[1-4])\s*(?:/|\s|of\s+|-)\s*" + _Y, _h_quarter, ("q",)),
        (r"\b(?:in|during|by|for|of|since|until)\s+" + _Y + r"\b(?!\s*-\s*\d)", _h_year, ()),
        # ---- English relative words: "next week", "3 days ago", "the day before yesterday"
        (
            r"\b" + rel_en + r"\s+" + units_en + r"\b(?!\s+of\b)",
            _h_relative, (" year", " quarter", " month", " week"),
        ),
        (
            r"\b(?P<n>\d{1,3}|" + EN.alternation("numbers") + r")\s+" + units_en
            + r"\s+" + EN.alternation("ago") + r"\b",
            _h_ago, (" ago",),
        ),
        (
            r"\b(?P<rel>this|yesterday|tomorrow)\s+" + pod_en + r"\b",
            _h_rel_day, ("morning", "afternoon", "evening", "night"),
        ),
        (
            r"\b(?:(?:on|later)\s+)?(?P<rel>" + EN.alternation("same_day") + r")\b",
            _h_rel_day, ("same day", "that day"),
        ),
        (
            r"\b(?P<rel>" + EN.alternation("relative_days") + r")\b",
            _h_rel_day, ("today", "yesterday", "tomorrow"),
        ),
        (r"\btonight\b", _h_tonight, ("tonight",)),
        (
            r"\b(?:on\s+)?(?:" + rel_en + r"\s+)?(?P<wd>" + EN.alternation("weekdays") + r")\b",
            _h_weekday_en, ("day",),
        ),
        (
            r"\b(?P<wd>" + EN.alternation("weekday_abbreviations") + r")\b\.?,?\s+(?=\d|"
            + EN.alternation("months") + r"\b)",
            _h_weekday_abbr, ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        ),
    )  # fmt: skip
    shared = (_h_numeric, _h_iso, _h_range_dm)
    return tuple(
        (pattern, handler, gate, "" if handler in shared or index == 0 else lang)
        for lang, rules in (("vi", vi), ("en", en))
        for index, (pattern, handler, gate) in enumerate(rules)
    )


EN_MONTH_GATE = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@cache
def _compiled(lang: str | None) -> tuple[tuple[re.Pattern[str], Handler, tuple[str, ...]], ...]:
    return tuple(
        (re.compile(p), h, g)
        for p, h, g, rule_lang in _rules()
        if not rule_lang or lang is None or rule_lang == lang
    )


def scan(folded: FoldedText, lang: str | None = None) -> list[DateExpression]:
    """Every expression the rules of ``lang`` (``None``: all) find, overlaps included.

    >>> [e.text for e in scan(FoldedText.of("hôm kia"))]
    ['hôm kia']
    """
    found: list[DateExpression] = []
    view = folded.toneless
    for pattern, handler, gate in _compiled(lang):
        if gate and not any(word in view for word in gate):
            continue  # the words this rule needs are nowhere in the text
        for match in pattern.finditer(view):
            expr = handler(match, folded)
            if expr is not None:
                found.append(expr)
    return found
