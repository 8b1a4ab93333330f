"""A date tagger for any Vietnamese or English text: :func:`find_dates`.

Each mention keeps its span and quote of the original text, what kind of
expression it is, the window of days it means at its true precision (a day, a
month, a quarter, never more precise than the words), the part of day, and how
it was anchored (the year stated, taken from the text around it, from the
published date, or left open). :func:`to_timex3` writes the mentions as TimeML
``TIMEX3`` annotations.

>>> [m.quote for m in find_dates("Sáng 25/11/2022, tại Hà Nội")]
['Sáng 25/11/2022']
"""

from __future__ import annotations

import calendar
import enum
import html
import re
from datetime import date

import attrs

from ._dates import DateWindow, PartialDate, PartOfDay, Precision, When
from ._derivation import Rule
from ._kinds import DateKind, Lang
from ._temporal import (
    Anchor,
    DateExpression,
    Reason,
    Tense,
    content_clue,
    resolve_with_anchoring,
    vi_re,
)
from ._temporal import find_dates as _find_expressions
from ._text import FoldedText
from .exceptions import ParseError

__all__ = ["Anchoring", "DateKind", "DateMention", "find_dates", "impossible_dates", "to_timex3"]


class Anchoring(enum.Enum):
    """What placed a mention in time.

    >>> Anchoring("published").name
    'PUBLISHED'
    """

    STATED = "stated"  # the expression gives its own year
    CONTEXT = "context"  # a fully dated expression around it gave the year
    PREVIOUS = "previous"  # the date just before it ("cùng ngày")
    PUBLISHED = "published"  # the published date (and the tense)
    CONTENT = "content"  # the year the document's own clues give
    OPEN = "open"  # a day whose year stays open ("--11-25")
    NONE = "none"  # nothing places it (a weekday in a text without a date)


_POD_CODES = {
    PartOfDay.MORNING: "MO",
    PartOfDay.NOON: "MI",
    PartOfDay.AFTERNOON: "AF",
    PartOfDay.EVENING: "EV",
    PartOfDay.NIGHT: "NI",
}
_PART_MODS = {"early": "START", "mid": "MID", "late": "END"}


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression of a text and the time it means.

    Args:
        start: offset of the first character in the original text.
        end: offset after the last character.
        quote: the original text of the span, as written.
        kind: the kind of expression.
        when: the date as a window (or a day with its year open); ``None`` when
            nothing places it.
        anchoring: what placed it.
        why: how the year or day was found, for a person to read (empty when stated).
        part: ``early``, ``mid`` or ``late`` for a part of a month or year.

    >>> m = find_dates("quý IV/2025")[0]
    >>> m.kind, m.precision, m.timex_value
    (<DateKind.QUARTER: 'quarter'>, <Precision.QUARTER: 'quarter'>, '2025-Q4')
    """

    start: int
    end: int
    quote: str
    kind: DateKind
    when: When | None
    anchoring: Anchoring
    why: str = ""
    part: str | None = None

    @property
    def window(self) -> DateWindow | None:
        """The days the mention may mean, or ``None`` while its year is open."""
        return None if self.when is None else self.when.window

    @property
    def precision(self) -> Precision | None:
        """The window's precision (``MONTH_DAY`` while the year is open)."""
        return None if self.when is None else self.when.precision

    @property
    def part_of_day(self) -> PartOfDay | None:
        """Morning, afternoon … when the text says so."""
        return None if self.when is None else self.when.part_of_day

    @property
    def timex_type(self) -> str:
        """The TIMEX3 type: ``DATE``, or ``DURATION`` for a range of days."""
        return "DURATION" if self.kind is DateKind.RANGE and self.window else "DATE"

    @property
    def timex_value(self) -> str:
        """The TIMEX3 value at the mention's true granularity.

        ``2022-11-25``, ``2022-11-25TMO`` (with a part of day), ``2022-11``, ``2025-Q4``,
        ``2023`` (a part of a year adds a ``mod``), ``2024-W35`` (a week), ``P2D`` (a
        range of days), ``XXXX-11-25`` or ``XXXX-10`` (year open), ``XXXX`` (not placed).

        >>> find_dates("Sáng 25/11/2022")[0].timex_value
        '2022-11-25TMO'
        """
        when = self.when
        if when is None:
            return "XXXX"
        window = when.window
        if window is None:
            assert when.month_day is not None  # noqa: S101
            return "XXXX" + when.month_day.format_iso()[1:]
        first = window.earliest
        if self.kind is DateKind.RANGE:
            return f"P{window.days}D"
        if self.kind in (DateKind.RELATIVE_WEEK, DateKind.AGO) and window.days == 7:
            year, week, _ = first.isocalendar()
            return f"{year}-W{week:02d}"
        if window.precision in (Precision.DAY, Precision.DAYS, Precision.WINDOW):
            pod = _POD_CODES.get(when.part_of_day) if when.part_of_day else None
            return first.isoformat() + (f"T{pod}" if pod else "")
        if window.precision in (Precision.MONTH, Precision.PART_OF_MONTH):
            return f"{first.year}-{first.month:02d}"
        if window.precision is Precision.QUARTER:
            return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
        return str(first.year)

    @property
    def timex_mod(self) -> str | None:
        """The TIMEX3 ``mod`` of a part of a month or year (``START``, ``MID``, ``END``)."""
        return _PART_MODS.get(self.part or "") if self.part else None


def _published(value: PartialDate | date | str | None) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, str):
        return PartialDate.parse_iso(value)
    raise ParseError(
        f"'published' must be a PartialDate, a date or an ISO string (got {value!r}).",
        text=repr(value),
    )


def _mention(
    expr: DateExpression, when: When | None, reason: Reason | None, how: str
) -> DateMention:
    part = expr.part if expr.part in _PART_MODS else None
    if (
        when is None
        and expr.kind in ("month", "part-of-month")
        and expr.month
        and not (expr.direction or expr.year_offset is not None)
    ):
        # "in October" with no year anywhere: the month, its year left open
        when = When.open_year(PartialDate(None, expr.month), part_of_day=expr.part_of_day)
        reason, how = Reason.of(Rule.DATE_NO_YEAR), "open"
    return DateMention(
        start=expr.start,
        end=expr.end,
        quote=expr.text,
        kind=DateKind(expr.kind),
        when=when,
        anchoring=Anchoring(how),
        why="" if reason is None else str(reason),
        part=part,
    )


def find_dates(
    text: str,
    *,
    published: PartialDate | date | str | None = None,
    lang: Lang | str | None = None,
) -> list[DateMention]:
    """Find the date expressions of any text and place each in time.

    A yearless day or month takes the year of a fully dated range that holds it or of
    the fully dated expression just before it (same paragraph); otherwise the year
    nearest the published date; without one, the year the text's own clues give, or
    it stays open. Relative words ("tuần tới", "3 days ago") and weekdays need a
    published day. Never raises on any text.

    Args:
        text: the text, in Vietnamese, English or both.
        published: the reference date (a :class:`PartialDate`, a ``date`` or an ISO
            string ``YYYY[-MM[-DD]]``).
        lang: ``vi`` or ``en`` to use only that language's rules; both by default.

    Returns:
        The mentions in text order; none overlap.

    Raises:
        ParseError: for a ``published`` value that is not a date, or an unknown ``lang``.

    >>> [(m.quote, m.when.format_iso()) for m in find_dates(
    ...     "Ngày 25/11/2022, hai bên họp; chiều 26/11, đoàn thăm Hà Nội.")]
    [('25/11/2022', '2022-11-25'), ('chiều 26/11', '2022-11-26')]
    >>> m = find_dates("tuần tới", published="2024-08-30")[0]
    >>> m.kind.value, m.when.format_iso(), m.timex_value
    ('relative-week', '2024-09-02/2024-09-08', '2024-W36')
    """
    rules = None if lang is None else Lang.of(lang).value
    anchor_date = _published(published)
    folded = FoldedText.of(text)
    clue = content_clue(folded) if anchor_date is None else None
    anchor = Anchor(
        published=anchor_date,
        content_year=None if clue is None else clue.year,
        content_why="" if clue is None else clue.why,
        content_clue=clue,
    )
    mentions: list[DateMention] = []
    last: When | None = None
    for expr in _find_expressions(folded, lang=rules):
        when, reason, how = resolve_with_anchoring(expr, anchor, Tense.UNKNOWN, last, nearest=True)
        if when is not None and when.window is not None and when.window.is_day:
            last = when
        mentions.append(_mention(expr, when, reason, how))
    return mentions


def _attributes(tid: str, mention: DateMention) -> str:
    parts = [f'tid="{tid}"', f'type="{mention.timex_type}"', f'value="{mention.timex_value}"']
    if mention.timex_mod:
        parts.append(f'mod="{mention.timex_mod}"')
    return " ".join(parts)


def to_timex3(text: str, mentions: list[DateMention]) -> str:
    """The text with each mention wrapped in a TimeML ``TIMEX3`` element.

    A range is a ``DURATION`` whose ``beginPoint`` and ``endPoint`` are two empty
    ``DATE`` elements after it.

    >>> text = "Kỳ họp diễn ra ngày 25-26/11/2022, quý IV/2025."
    >>> print(to_timex3(text, find_dates(text)))  # doctest: +NORMALIZE_WHITESPACE
    Kỳ họp diễn ra ngày <TIMEX3 tid="t1" type="DURATION" value="P2D" beginPoint="t2"
    endPoint="t3">25-26/11/2022</TIMEX3><TIMEX3 tid="t2" type="DATE"
    value="2022-11-25" /><TIMEX3 tid="t3" type="DATE" value="2022-11-26" />, <TIMEX3
    tid="t4" type="DATE" value="2025-Q4">quý IV/2025</TIMEX3>.
    """
    out: list[str] = []
    position = 0
    number = 0
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < position:
            continue
        out.append(html.escape(text[position : mention.start], quote=False))
        number += 1
        tid = f"t{number}"
        body = html.escape(text[mention.start : mention.end], quote=False)
        window = mention.window
        if mention.timex_type == "DURATION" and window is not None:
            begin, end = f"t{number + 1}", f"t{number + 2}"
            number += 2
            out.append(
                f'<TIMEX3 {_attributes(tid, mention)} beginPoint="{begin}" endPoint="{end}">'
                f"{body}</TIMEX3>"
                f'<TIMEX3 tid="{begin}" type="DATE" value="{window.earliest.isoformat()}" />'
                f'<TIMEX3 tid="{end}" type="DATE" value="{window.latest.isoformat()}" />'
            )
        else:
            out.append(f"<TIMEX3 {_attributes(tid, mention)}>{body}</TIMEX3>")
        position = mention.end
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


# Written dates that name a day, month and year, or say "ngày … tháng …": only these forms
# are checked, so a ratio ("50/50") or a score is never taken for a broken date.
_NUMERIC_WITH_YEAR = re.compile(
    r"(?<![\d/-])(?<!\d\.)(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"(?![\d/-]|\.\d)"
)
_WORDED = re.compile(
    vi_re(r"\bngày\s+") + r"(?P<d>\d{1,2})"
    r"(?:\s*(?:/|-|" + vi_re(r"\s+tháng\s+") + r")(?P<m>\d{1,2}))"
    r"(?:\s*(?:/|-|" + vi_re(r"\s+năm\s+") + r")(?P<y>\d{4}))?(?!\d)"
)


def impossible_dates(text: str) -> list[tuple[int, int, str, str]]:
    """Written dates that cannot exist: ``(start, end, quote, reason)`` for each.

    Only forms that are certainly meant as dates are checked: day/month/year in digits
    and "ngày D tháng M [năm Y]". Such a date is left out of every timeline; this lets the
    caller say so instead of dropping it silently.

    >>> impossible_dates("Ngày 31/2/2024 và ngày 32 tháng 13; tỷ số 50/50.")
    [(5, 14, '31/2/2024', 'February 2024 has 29 days'), (18, 34, 'ngày 32 tháng 13', 'no month 13')]
    >>> impossible_dates("Sáng 25/11/2022")
    []
    """
    folded = FoldedText.of(text)
    found: dict[tuple[int, int], tuple[int, int, str, str]] = {}
    for pattern in (_NUMERIC_WITH_YEAR, _WORDED):
        for match in pattern.finditer(folded.toneless):
            day, month = int(match["d"]), int(match["m"])
            year = int(match["y"]) if match["y"] else None
            reason = _impossible(day, month, year)
            if reason is None:
                continue
            start, end = folded.original_span(match.start(), match.end())
            if any(s <= start < e or start <= s < end for s, e in found):
                continue
            found[(start, end)] = (start, end, text[start:end], reason)
    return sorted(found.values())


def _impossible(day: int, month: int, year: int | None) -> str | None:
    if not 1 <= month <= 12:
        return f"no month {month}"
    if year is not None and not 1 <= year <= 9999:
        return f"no year {year}"
    longest = calendar.monthrange(year if year else 2000, month)[1]  # 2000: a leap year
    if 1 <= day <= longest:
        return None
    name = calendar.month_name[month]
    when = f"{name} {year}" if year else name
    return f"{when} has {longest} days" if day else "no day 0"
