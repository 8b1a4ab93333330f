"""What each date rule's match states: :class:`DateExpression` and the rules' handlers.

A handler checks one match of a rule (see :mod:`vnlao_events._date_rules`) against the
language's words and the calendar, and says what the expression states, or ``None``
when the match is not a date after all ("lần thứ hai", 31 February).

>>> DateExpression(start=0, end=5, text="25/11", kind="day", month=11, day=25).kind
<DateKind.DAY: 'day'>
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import Any, TypedDict, Unpack

import attrs

from ._date_phrases import DatePhrases, phrases
from ._dates import PartOfDay
from ._derivation import Rule
from ._kinds import DateKind, date_kind
from ._text import FoldedText

__all__ = ["DateExpression"]


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
    ``context_year``, ``context_rule`` and ``context`` are set by the text around the
    expression: the year, how it was found (a fully dated range holding it, a fully dated
    expression before it, or one it is coordinated with) and that expression, quoted.
    """

    start: int
    end: int
    text: str
    kind: DateKind = attrs.field(converter=date_kind)
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
    unit: str | None = None
    year_offset: int | None = None
    direction: int = 0
    week: int | None = None
    context_year: int | None = None
    context_rule: Rule | None = None
    context: str = ""

    def moved(self, by: int) -> DateExpression:
        """The same expression ``by`` characters earlier (offsets into a part of the text).

        Every other field is the same value: copied as it is, not checked again, which is
        what makes it cheaper than :func:`attrs.evolve` on a value of twenty-two fields.

        >>> DateExpression(start=12, end=17, text="25/11", kind="day", day=25).moved(10).start
        2
        """
        return self.but(start=self.start - by, end=self.end - by)

    def but(self, **changes: Any) -> DateExpression:
        """This expression with some fields changed: :func:`attrs.evolve`, cheaper.

        The fields not changed are copied as they are (they were checked when this value
        was made); a changed ``kind`` is converted as the constructor converts it.

        >>> DateExpression(start=0, end=5, text="25/11", kind="day").but(kind="range").kind
        <DateKind.RANGE: 'range'>
        """
        unknown = changes.keys() - _FIELD_NAMES
        if unknown:
            raise TypeError(f"DateExpression has no field {sorted(unknown)[0]!r}.")
        if "kind" in changes:
            changes["kind"] = date_kind(changes["kind"])
        other = object.__new__(DateExpression)
        for name in _FIELDS:
            value = changes[name] if name in changes else getattr(self, name)
            object.__setattr__(other, name, value)
        return other


_FIELDS = tuple(field.name for field in attrs.fields(DateExpression))
_FIELD_NAMES = frozenset(_FIELDS)


@cache
def vi_re(pattern: str) -> str:
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


def day_ok(day: int | None, month: int | None, year: int | None = None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = calendar.monthrange(year or 2000, month)[1]
    return 1 <= day <= last


def _year(match: re.Match[str], *names: str) -> int | None:
    """A year from four digits, or two digits after a slash or dash (69..99 → 19xx)."""
    groups = match.groupdict()
    for name in (n for given in names for n in (given, given + "s")):
        value = groups.get(name)
        if value:
            number = int(value)
            if len(value) == 2:
                return 1900 + number if number >= 69 else 2000 + number
            return number
    return None


def _original(match: re.Match[str], folded: FoldedText, group: str) -> str:
    start, end = folded.original_span(match.start(group), match.end(group))
    return folded.original[start:end]


class _Fields(TypedDict, total=False):
    """What a handler states of an expression beside its span and kind."""

    year: int | None
    month: int | None
    day: int | None
    end_year: int | None
    end_month: int | None
    end_day: int | None
    quarter: int | None
    part: str | None
    offset: int
    weekday: int | None
    part_of_day: PartOfDay | None
    unit: str | None
    year_offset: int | None
    direction: int
    week: int | None


class _WeekPart(TypedDict, total=False):
    """Which week or which occurrence a weekday names."""

    week: int | None
    direction: int


def _make(
    match: re.Match[str], folded: FoldedText, kind: DateKind | str, **values: Unpack[_Fields]
) -> DateExpression:
    start, end = folded.original_span(match.start(), match.end())
    return DateExpression(
        start=start, end=end, text=folded.original[start:end], kind=kind, **values
    )


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


def handle_day_vi(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day, year = _int(match, "d"), _year(match, "y")
    month = _month_vi(match, folded)
    rel = match.groupdict().get("ry")
    near = bool(year or rel or match.groupdict().get("dayp") or day)
    if not _month_word_ok(match, folded, near=near):
        return None
    if not (day_ok(day, month, year) and _year_ok(year)):
        return None
    end_day = _int(match, "d2")
    if end_day is not None:
        return _day_range(match, folded, day, end_day, month, year)
    if rel:
        return _make(
            match, folded, "day", month=month, day=day, year_offset=VI.number("relative", rel)
        )
    return _make(match, folded, "day", year=year, month=month, day=day)


def handle_numeric(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
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
    if not (day_ok(day, month, year) and _year_ok(year)):
        return None
    return _make(match, folded, "day", year=year, month=month, day=day)


def handle_month_gloss(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """A month and year in parentheses after a name: "Kỳ họp lần thứ 46 (1-2024)", "(02/2024)".

    Bare, "1-2024" could be a count or a number; in parentheses it glosses the name before it.
    """
    month, year = _int(match, "m"), _int(match, "y")
    if not (day_ok(None, month) and _year_ok(year)):
        return None
    return _make(match, folded, "month", year=year, month=month)


def handle_iso(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day, month, year = _int(match, "d"), _int(match, "m"), _int(match, "y")
    if not day_ok(day, month, year):
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
    if not (day_ok(first, month, year) and day_ok(last, month, year) and _year_ok(year)):
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
    if not (day_ok(d1, m1, y1) and day_ok(d2, m2, y2) and _year_ok(y1) and _year_ok(y2)):
        return None
    if (y2 or 0, m2 or 0, d2 or 0) <= (y1 or y2 or 0, m1 or 0, d1 or 0) and y1 == y2:
        return None
    return _make(
        match, folded, "range", year=y1, month=m1, day=d1, end_year=y2, end_month=m2, end_day=d2
    )


def handle_range_dm(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    first = (_int(match, "d1"), _int(match, "m1"), _year(match, "y1"))
    return _two_days(
        match, folded, first, (_int(match, "d2"), _int(match, "m2"), _year(match, "y2"))
    )


def handle_range_vi_words(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """Two months in one range: "từ ngày 10 tháng 6 đến ngày 20 tháng 7 (năm 2010)"."""
    if not (
        _month_word_ok(match, folded, "1", near=True)
        and _month_word_ok(match, folded, "2", near=True)
    ):
        return None
    first = (_int(match, "d1"), _month_vi(match, folded, "1"), _year(match, "y1"))
    last = (_int(match, "d2"), _month_vi(match, folded, "2"), _year(match, "y2"))
    return _two_days(match, folded, first, last)


def handle_range_d(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    d1, d2, year = _int(match, "d1"), _int(match, "d2"), _year(match, "y")
    if match.groupdict().get("mon"):
        month = _month_en(match, folded)
    else:
        if not _month_word_ok(match, folded, near=True):
            return None
        month = _month_vi(match, folded)
    return _day_range(match, folded, d1, d2, month, year)


def handle_next_days(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    r"""Days side by side, joined: "ngày 9 và 10/1/2025", "ngày 20, 21 và 22/6" are one span.

    Only days that follow each other: "ngày 9 và 12/1" is two days, not what is between.

    >>> from vnlao_events._text import FoldedText
    >>> m = re.match(r"(?P<d1>\d+) va (?P<d2>\d+)/(?P<m>\d+)", "9 va 10/1")
    >>> handle_next_days(m, FoldedText.of("9 và 10/1")).end_day
    10
    """
    if not _consecutive(match, "d1", _int(match, "d1")):
        return None  # "ngày 9 và 12/1", "ngày 20, 22 và 23/6": days apart, no one span
    return handle_range_d(match, folded)


def handle_range_en_months(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """Two months in one range: "10 June to 20 July 2010", "June 3 through July 5"."""
    first = (_int(match, "d1"), _month_en(match, folded), _year(match, "y1"))
    last = (_int(match, "d2"), _month_en(match, folded, "mon2"), _year(match, "y"))
    if first[1] is None or last[1] is None:
        return None
    return _two_days(match, folded, first, last)


def handle_month_vi(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    year = _year(match, "y")
    rel = match.groupdict().get("rel")
    ry = match.groupdict().get("ry")
    if not _month_word_ok(
        match, folded, near=bool(year or rel or ry) or match.group("end") is not None
    ):
        return None
    month = _month_vi(match, folded)
    if not (day_ok(None, month) and _year_ok(year)):
        return None
    if ry:
        return _make(match, folded, "month", month=month, year_offset=VI.number("relative", ry))
    if rel:
        return _make(match, folded, "month", month=month, direction=_sign(VI, rel))
    return _make(match, folded, "month", year=year, month=month)


def _sign(lang: DatePhrases, word: str) -> int:
    value = lang.number("relative", word) or 0
    return (value > 0) - (value < 0)


def handle_day_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    day, year = _int(match, "d"), _year(match, "y")
    month = _month_en(match, folded)
    if month is None or not (day_ok(day, month, year) and _year_ok(year)):
        return None
    end_day = _int(match, "d2")
    if end_day is not None:
        if match.groupdict().get("join") == "and" and not _consecutive(match, "d", day):
            # "June 20 and 25, 2023": two days, not what is between; the first as written
            start, end = folded.original_span(match.start(), match.end("d"))
            return DateExpression(
                start=start, end=end, text=folded.original[start:end], kind="day",
                year=year, month=month, day=day,
            )  # fmt: skip
        return _day_range(match, folded, day, end_day, month, year)
    return _make(match, folded, "day", year=year, month=month, day=day)


def _consecutive(match: re.Match[str], first: str, day: int | None) -> bool:
    """Whether the listed days of a match follow each other ("June 20, 21 and 22")."""
    mid = [int(d) for d in re.findall(r"\d+", match.groupdict().get("mid") or "")]
    days = [day or 0, *mid, _int(match, "d2") or 0]
    return all(b == a + 1 for a, b in pairwise(days))


def handle_month_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    month = _month_en(match, folded)
    year = _year(match, "y")
    if month is None or not _year_ok(year):
        return None
    return _make(match, folded, "month", year=year, month=month)


def handle_month_rel_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """A month placed by a relative word: "last January", "next March", "June last year".

    "last January" is the last January before the published day, "next March" the first
    after it; "this January" and "January this year" are the published year's, "January
    last year" the year before's.
    """
    month = _month_en(match, folded)
    if month is None:
        return None
    year_word = match.groupdict().get("ry")
    if year_word:
        return _make(
            match, folded, "month", month=month, year_offset=EN.number("relative", year_word)
        )
    word = match.group("rel")
    if (EN.number("relative", word) or 0) == 0:  # "this January"
        return _make(match, folded, "month", month=month, year_offset=0)
    return _make(match, folded, "month", month=month, direction=_sign(EN, word))


def _part(lang: DatePhrases, match: re.Match[str]) -> str:
    word = match.group("part")
    return lang.text("parts", word) or "mid"


def handle_part_month(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    lang = EN if match.groupdict().get("mon") else VI
    if lang is VI and not _month_word_ok(match, folded, near=True):
        return None
    month = _month_en(match, folded) if lang is EN else _month_vi(match, folded)
    year = _year(match, "y")
    if not (day_ok(None, month) and _year_ok(year)):
        return None
    part = _part(lang, match)
    rel = match.groupdict().get("rel")
    if rel:  # "đầu tháng 12 vừa qua": the last early December before the published day
        return _make(
            match, folded, "part-of-month", month=month, part=part, direction=_sign(VI, rel)
        )
    return _make(match, folded, "part-of-month", year=year, month=month, part=part)


def handle_part_relative_month(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """A part of a month placed by a relative word: "late last month", "đầu tháng tới"."""
    lang = _lang(match)
    offset = lang.number("relative", match.group("rel"))
    if offset is None:
        return None
    if lang is VI:
        written = _original(match, folded, "rel")
        if VI.lookup("months", written) is not None and VI.written_as("months", written):
            return None  # "đầu tháng sáu" is early June; "đầu tháng sau" early next month
    return _make(match, folded, "relative-month", offset=offset, part=_part(lang, match))


def handle_part_year(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
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


def handle_quarter(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
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


def handle_first_last(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """The first or last day of a month: "ngày đầu tiên của tháng ba", "the last day of May"."""
    lang = EN if match.groupdict().get("mon") else VI
    month = _month_en(match, folded) if lang is EN else _month_vi(match, folded)
    year = _year(match, "y")
    which = lang.number("first_last_day", match.group("fl"))
    if month is None or not (day_ok(None, month) and _year_ok(year)):
        return None
    if which == 1:
        day = 1
    elif year is not None or month != 2:
        day = calendar.monthrange(year or 2001, month)[1]
    else:
        return None  # the last day of February needs its year
    return _make(match, folded, "day", year=year, month=month, day=day)


def handle_year(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    year = _year(match, "y")
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


def handle_relative(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
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


def handle_ago(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """A count of units back: "3 ngày trước", "cách đây 2 tuần", "3 days ago"."""
    lang = _lang(match)
    count_text = match.group("n")
    if count_text.isdigit():
        count: int | None = int(count_text)
    else:  # "twenty one", "twenty-one": the tens and the ones add up
        values = [
            lang.number("tens", w) or lang.number("numbers", w)
            for w in re.split(r"[\s-]+", count_text)
        ]
        count = None if None in values else sum(v or 0 for v in values)
    unit = lang.text("units", match.group("unit"))
    if count is None or unit is None or not 0 < count <= 500:
        return None
    word = match.groupdict().get("dir")
    sign = lang.number("ago", word) if word else lang.number("ago_before", match.group("before"))
    return _make(match, folded, "ago", offset=count * (sign or -1), unit=unit)


def _pod(word: str | None) -> PartOfDay | None:
    if not word:
        return None
    value = VI.text("parts_of_day", word) or EN.text("parts_of_day", word)
    return PartOfDay(value) if value else None


def handle_rel_day(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
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


def handle_tonight(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    return _make(match, folded, "relative-day", offset=0, part_of_day=PartOfDay.EVENING)


_ORDINAL_BEFORE = re.compile(VI.alternation("not_weekday_after") + r"\s*$")
_WEEKDAY_CUE = re.compile(
    r"(?:" + VI.alternation("weekday_cues") + "|" + VI.alternation("parts_of_day") + r")\s*$"
)


def _week_part(lang: DatePhrases, match: re.Match[str]) -> _WeekPart:
    rel = match.groupdict().get("rel")
    if not rel:
        return {}
    offset = lang.number("relative", rel) or 0
    if match.groupdict().get("wk"):
        return {"week": offset}
    return {"direction": (offset > 0) - (offset < 0)} if offset else {"week": 0}


def handle_weekday_vi(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    start = folded.original_span(match.start("wd"), match.end("wd"))[0]
    before = folded.toneless[max(0, match.start("wd") - 12) : match.start("wd")]
    capital = folded.original[start].isupper()
    if _ORDINAL_BEFORE.search(before):
        return None  # "lần thứ hai" is an ordinal, "lớn thứ ba" a rank
    relative = _week_part(VI, match)
    if not capital and not relative and not _WEEKDAY_CUE.search(before) and match.start() > 0:
        return None
    word = match.group("wd")
    weekday = VI.number("weekday_names", word)
    if weekday is None:
        weekday = VI.number("weekdays", word.split(None, 1)[-1])
    if weekday is None:
        return None
    return _make(match, folded, "weekday", weekday=weekday, **relative)


def handle_weekday_en(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    weekday = EN.number("weekdays", match.group("wd"))
    if weekday is None:
        return None
    return _make(match, folded, "weekday", weekday=weekday, **_week_part(EN, match))


def handle_weekday_abbr(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    if not _original(match, folded, "wd")[:1].isupper():
        return None
    weekday = EN.number("weekday_abbreviations", match.group("wd"))
    return _make(match, folded, "weekday", weekday=weekday, part="abbreviation")


def handle_day_of_month(match: re.Match[str], folded: FoldedText) -> DateExpression | None:
    """A day of the reference month ("mồng 5"), or of a month relative to it.

    "ngày 5 tháng tới" (the 5th of next month), "the 1st of last month".
    """
    day = _int(match, "d")
    if day is None or not 1 <= day <= 31:
        return None
    rel = match.groupdict().get("rel")
    if rel:
        offset = _lang(match).number("relative", rel) or 0
        return _make(match, folded, "day-of-month", day=day, offset=offset, part="relative")
    return _make(match, folded, "day-of-month", day=day)


# Before "6.12" or "6-12" without a year: a day word, a part of day, "hôm", "on" or "(".
_DAY_CONTEXT = re.compile(
    r"(?:" + VI.alternation("day_words") + "|" + VI.alternation("parts_of_day") + "|"
    + VI.alternation("weekday_cues") + r"|\bon|\()\s*$"
)  # fmt: skip
