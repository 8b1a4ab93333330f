"""Date expressions in Vietnamese and English news, and their anchoring to a reference date.

:func:`find_dates` finds expressions ("Sáng 25/11", "tháng 7/2024", "quý IV/2025",
"February 7-8", "on Wednesday", "Chiều cùng ngày", "tuần tới", "3 days ago") and
records what each states, without deciding a year the text does not give; the
rules and their words are in :mod:`vnlao_events._date_rules` and the phrase files.
:func:`resolve` then places an expression against an :class:`Anchor` (the published
date, or a year read from the document's own clues) and the tense of its clause,
and returns a :class:`When` no more precise than the evidence.

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
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import attrs

from ._date_handlers import DateExpression, day_ok
from ._date_handlers import vi_re as _strip_pattern
from ._date_phrases import phrases
from ._date_rules import led, scan
from ._dates import DateWindow, PartialDate, PartOfDay, Precision, When
from ._derivation import Derivation, Rule
from ._text import FoldedText

__all__ = [
    "Anchor",
    "ContentClue",
    "DateExpression",
    "Reason",
    "Tense",
    "content_clue",
    "find_dates",
    "reference_year",
    "resolve",
]


class Tense(enum.Enum):
    """Whether a clause reports something past or announces something planned."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Anchor:
    """What fixes the year of a document's dates.

    Args:
        published: the document's published date, at any precision.
        content_year: the year the document's own clues give when it has no published date.
        content_why: the clue, for a person to read.
        content_clue: the clue as a value, for the derivation (see :func:`content_clue`).
    """

    published: PartialDate | None = None
    content_year: int | None = None
    content_why: str = ""
    content_clue: ContentClue | None = None

    @property
    def year(self) -> int | None:
        """The reference year, from the published date or the content."""
        if self.published is not None and self.published.year is not None:
            return self.published.year
        return self.content_year


@attrs.frozen
class ContentClue:
    """A phrase that fixes the year a document was written in, as a value.

    Args:
        rule: how the phrase fixes the year, as the rule of a date placed by it
            (``DATE_CONTENT_MONTHS``, ``DATE_CONTENT_SAME_PERIOD``, ``DATE_CONTENT_LISTED``,
            ``DATE_CONTENT_PAST_YEAR``).
        year: the year it gives.
        clue_year: the year the phrase names.
        quote: the phrase as written, quoted.
        months: for "10 tháng đầu năm 2022", the count of months as written.

    >>> clue = content_clue(FoldedText.of("10 tháng đầu năm 2022 đạt 1,4 tỷ USD"))
    >>> clue.year, clue.rule.value, clue.months
    (2022, 'date-content-months', '10')
    >>> clue.why
    "the text reports the first 10 months of 2022 as past ('10 tháng đầu năm 2022')"
    """

    rule: Rule
    year: int
    clue_year: int
    quote: str
    months: str | None = None

    @property
    def params(self) -> dict[str, int | str]:
        """The parameters the clue's rules name."""
        params: dict[str, int | str] = {"clue_year": self.clue_year, "quote": self.quote}
        if self.months is not None:
            params["months"] = self.months
        return params

    @property
    def why(self) -> str:
        """The clue in English, as the derivation of the document's year says it."""
        text = self.document().render()
        prefix = f"document year {self.year}: "
        return text[len(prefix) :] if text.startswith(prefix) else text

    def document(self) -> Derivation:
        """How the document's year was found: "document year 2022: …"."""
        return Derivation(
            rule=_DOCUMENT_RULES[self.rule], params={"year": self.year, **self.params}
        )


_DOCUMENT_RULES = {
    Rule.DATE_CONTENT_MONTHS: Rule.DOCUMENT_YEAR_MONTHS,
    Rule.DATE_CONTENT_SAME_PERIOD: Rule.DOCUMENT_YEAR_SAME_PERIOD,
    Rule.DATE_CONTENT_LISTED: Rule.DOCUMENT_YEAR_LISTED,
    Rule.DATE_CONTENT_PAST_YEAR: Rule.DOCUMENT_YEAR_PAST_YEAR,
}
_PLACEHOLDER = "\x00"


@attrs.frozen
class Reason:
    """How :func:`resolve` found a date's year or day: a rule and its parameters.

    The date expression itself is not part of it: :meth:`about` adds it.

    Args:
        rule: the rule (one of the "how a date's year was found" rules).
        params: the rule's parameters other than ``expression``.
        moved: for a day given with a weekday that falls in another year, the year first
            found, the year moved to, the day (ISO) and the weekday ("Thursday").

    >>> reason = Reason(Rule.DATE_REFERENCE_YEAR, (("year", 2022),))
    >>> reason.about("năm ngoái").render()
    "date 'năm ngoái': relative to the reference year 2022"
    >>> str(reason)
    'relative to the reference year 2022'
    """

    rule: Rule
    params: tuple[tuple[str, int | str], ...] = ()
    moved: tuple[int, int, str, str] | None = None

    @classmethod
    def of(cls, rule: Rule, /, **params: int | str) -> Reason:
        """A reason of ``rule`` with keyword parameters."""
        return cls(rule, tuple(params.items()))

    def about(self, text: str) -> Derivation:
        """The derivation for the expression written ``text``."""
        expression = repr(text)
        params = dict(self.params)
        if self.moved is not None:
            from_year, year, day, weekday = self.moved
            return Derivation.of(
                Rule.DATE_WEEKDAY_MOVED,
                expression=expression,
                from_year=from_year,
                year=year,
                day=day,
                weekday=weekday,
            )
        if self.rule is Rule.NOTE:
            return Derivation.of(Rule.NOTE, text=f"date {expression}: {params['text']}")
        return Derivation(rule=self.rule, params={"expression": expression, **params})

    def __str__(self) -> str:
        """How the year or day was found, in English, without the expression.

        A day its weekday moved is told both ways: how its year was first found, then
        where the weekday moved it.
        """
        base = attrs.evolve(self, moved=None).about(_PLACEHOLDER).render()
        prefix = f"date {_PLACEHOLDER!r}: "
        text = base[len(prefix) :] if base.startswith(prefix) else base
        if self.moved is None:
            return text
        _, year, day, weekday = self.moved
        return f"{text}; moved to {year}, where {date.fromisoformat(day):%d %B} is a {weekday}"


def vi_re(pattern: str) -> str:
    """Strip tone marks from a pattern written with them, to match the toneless view."""
    return _strip_pattern(pattern)


_VI, _EN = phrases("vi"), phrases("en")
_POD_BEFORE = re.compile(
    r"(?:(?P<pod>" + _VI.alternation("parts_of_day") + r")\s+(?:(?:" + vi_re("ngày|hôm|mồng|mùng")
    + r")\s+)?|(?:(?:on|in)\s+)?(?:the\s+)?(?P<podn>" + _EN.alternation("parts_of_day")
    + r")\s+(?:of\s+|on\s+)?)$"
)  # fmt: skip
# searched through the words before a date: a look at the first letter rejects most places
_POD_BEFORE = led(_POD_BEFORE)


def _with_part_of_day(expr: DateExpression, folded: FoldedText) -> DateExpression:
    if expr.part_of_day is not None or expr.kind not in ("day", "range", "weekday"):
        return expr
    view_start = folded.view_offset(expr.start)
    before = folded.toneless[max(0, view_start - 24) : view_start]
    match = _POD_BEFORE.search(before)
    if match is None:
        return expr
    word = match.group("pod") or match.group("podn")
    value = _VI.text("parts_of_day", word) or _EN.text("parts_of_day", word)
    if value is None:  # pragma: no cover - the pattern only matches known words
        return expr
    new_start = folded.original_span(view_start - (len(before) - match.start()), view_start)[0]
    return expr.but(
        part_of_day=PartOfDay(value),
        start=new_start,
        text=folded.original[new_start : expr.end],
    )


_PARENTHESES = re.compile(r"\s*\(\s*")
_JOINED = re.compile(
    r"\s*,?\s*(?:(?:" + "|".join(sorted(_VI.written["day_words"])) + r")\s+)?", re.IGNORECASE
)


def _merge_with_explicit(exprs: list[DateExpression], folded: FoldedText) -> list[DateExpression]:
    """Read a weekday or relative day joined to an explicit day as that day.

    "Sáng nay (12/9)", "thứ Năm (12/9)", "Thứ Năm, ngày 8/1/2015", "Wed Aug 05 2015":
    the explicit day, with the weekday kept in the quote. What joins them is read on the
    clean view, so an invisible character (a zero-width space, a soft hyphen) between
    them changes nothing; the spans stay those of the original text.
    """
    text, clean = folded.original, folded.clean
    merged: list[DateExpression] = []
    for expr in exprs:
        previous = merged[-1] if merged else None
        if previous is not None and expr.kind in ("day", "range"):
            between = clean[_view_end(folded, previous.end) : folded.view_offset(expr.start)]
            after = _view_end(folded, expr.end)
            closing = clean[after : after + 1] == ")"
            if previous.kind in ("relative-day", "weekday") and (
                _PARENTHESES.fullmatch(between) and closing
            ):
                end = folded.original_span(after, after + 1)[1]
                merged[-1] = expr.but(
                    start=previous.start,
                    end=end,
                    text=text[previous.start : end],
                    part_of_day=previous.part_of_day or expr.part_of_day,
                    weekday=previous.weekday,
                )
                continue
            if previous.kind == "weekday" and _JOINED.fullmatch(between):
                merged[-1] = expr.but(
                    start=previous.start,
                    text=text[previous.start : expr.end],
                    part_of_day=previous.part_of_day or expr.part_of_day,
                    weekday=previous.weekday,
                )
                continue
        merged.append(expr)
    return [e for e in merged if not (e.kind == "weekday" and e.part == "abbreviation")]


def _view_end(folded: FoldedText, end: int) -> int:
    """The view offset just after the original span that ends at ``end`` (a cluster's end)."""
    return folded.view_offset(end) if end < len(folded.original) else len(folded.clean)


_CONTEXT_KINDS = ("day", "range", "month", "part-of-month")


_Held = dict[tuple[int, int], tuple[int, DateExpression]]


def _held_days(ranges: list[DateExpression]) -> _Held:
    """Each (month, day) the text's fully dated ranges hold, with its year and range.

    The first range to hold a day keeps it; a range longer than a year is no context.
    """
    held: _Held = {}
    for holder in ranges:
        assert holder.year is not None and holder.month and holder.day  # noqa: S101
        assert holder.end_month and holder.end_day  # noqa: S101
        first = date(holder.year, holder.month, holder.day)
        last = date(holder.end_year or holder.year, holder.end_month, holder.end_day)
        if not timedelta(0) <= last - first <= timedelta(days=366):
            continue
        day = first
        while day <= last:
            held.setdefault((day.month, day.day), (day.year, holder))
            day += timedelta(days=1)
    return held


def _inside(expr: DateExpression, held: _Held) -> tuple[int, DateExpression] | None:
    """The year and the fully dated range that hold a yearless day, range or month."""
    if expr.kind == "month":
        assert expr.month  # noqa: S101
        first_day, last_day = (expr.month, 1), (expr.month, 28)
    elif expr.kind == "part-of-month":
        assert expr.month  # noqa: S101
        first_day, last_day = (expr.month, 1), (expr.month, 15)
    else:
        assert expr.month and expr.day  # noqa: S101
        first_day = (expr.month, expr.day)
        last_day = (expr.end_month or expr.month, expr.end_day or expr.day)
    start, end = held.get(first_day), held.get(last_day)
    if start is None or end is None or start[1] is not end[1]:
        return None
    window = _window_for(expr, start[0])
    holder = start[1]
    assert holder.year is not None and holder.month and holder.day  # noqa: S101
    assert holder.end_month and holder.end_day  # noqa: S101
    first = date(holder.year, holder.month, holder.day)
    last = date(holder.end_year or holder.year, holder.end_month, holder.end_day)
    if window is None or not (first <= window.earliest and window.latest <= last):
        return None
    return start


def _nearest_year(expr: DateExpression, reference: date) -> int | None:
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        window = _window_for(expr, year)
        if window is None:
            continue
        distance = _distance(window, reference, reference)
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]


def _distance(window: DateWindow, earliest: date, latest: date) -> int:
    if window.latest < earliest:
        return (earliest - window.latest).days
    if window.earliest > latest:
        return (window.earliest - latest).days
    return 0


def _context_of(expr: DateExpression, held: _Held, last: DateExpression | None) -> DateExpression:
    inside = _inside(expr, held)
    if inside is not None:
        year, holder = inside
        return expr.but(
            context_year=year, context_rule=Rule.DATE_IN_RANGE, context=repr(holder.text)
        )
    if last is not None:
        assert last.year is not None  # noqa: S101
        nearest = _nearest_year(expr, date(last.year, last.month or 1, last.day or 1))
        if nearest is not None:
            return expr.but(
                context_year=nearest,
                context_rule=Rule.DATE_AFTER_DATED,
                context=repr(last.text),
            )
    return expr


_COORDINATED = re.compile(
    r"\s*(?:,|;|" + "|".join(w for lang in (_VI, _EN) for w in lang.written["coordination"])
    + r")\s*",
    re.IGNORECASE,
)  # fmt: skip


def _shares_year(expr: DateExpression, following: DateExpression) -> DateExpression:
    """Coordinated dates share the year stated last: "tháng 1 và tháng 2 năm 1999"."""
    assert following.year is not None  # noqa: S101
    reference = date(following.year, following.month or 1, following.day or 1)
    year = _nearest_year(expr, reference)
    if year is None:
        return expr
    return expr.but(
        context_year=year, context_rule=Rule.DATE_COORDINATED, context=repr(following.text)
    )


def _with_context(exprs: list[DateExpression], text: str) -> list[DateExpression]:
    """Give a yearless day or month the year the text around it gives.

    A date coordinated with a fully dated one ("tháng 1 và tháng 2 năm 1999") shares its
    year; a fully dated range that holds it ("từ ngày 3-7/1/2022" … "ngày 5/1") gives its
    year; otherwise the fully dated expression just before it in the same paragraph
    does, taking the year nearest to that date.
    """
    held = _held_days([e for e in exprs if e.kind == "range" and e.year is not None])
    out: list[DateExpression] = []
    last: DateExpression | None = None
    for index, expr in enumerate(exprs):
        following = exprs[index + 1] if index + 1 < len(exprs) else None
        if (
            following is not None
            and expr.year is None
            and expr.kind in _CONTEXT_KINDS
            and following.kind == expr.kind
            and following.year is not None
            and _COORDINATED.fullmatch(text[expr.end : following.start])
        ):
            expr = _shares_year(expr, following)  # noqa: PLW2901 - the same mention, dated
        if last is not None and "\n" in text[last.end : expr.start]:
            last = None  # a new paragraph: the narrative time starts again from the anchor
        if expr.kind in _CONTEXT_KINDS and expr.year is not None:
            last = expr
            out.append(expr)
        elif (
            expr.kind in _CONTEXT_KINDS
            and expr.year_offset is None
            and expr.month
            and expr.context_year is None
        ):
            out.append(_context_of(expr, held, last))
        else:
            out.append(expr)
    return out


def find_dates(folded: FoldedText, *, lang: str | None = None) -> list[DateExpression]:
    """Find the date expressions of a text, longest first where they overlap, in text order.

    Args:
        folded: the text, folded (see :class:`vnlao_events._text.FoldedText`).
        lang: only this language's rules (``vi``, ``en``); every language's by default.

    Returns:
        The expressions, sorted by position; none overlap.
    """
    found = scan(folded, lang)
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    chosen: list[DateExpression] = []
    for expr in found:  # one sweep: of overlapping expressions the longest wins
        if not chosen or expr.start >= chosen[-1].end:
            chosen.append(expr)
        elif expr.end - expr.start > chosen[-1].end - chosen[-1].start:
            chosen[-1] = expr
    chosen = [_with_part_of_day(e, folded) for e in chosen]
    return _with_context(_merge_with_explicit(chosen, folded), folded.original)


_Y = r"(?P<y>(?:19|20)\d\d)"
_CONTENT_CLUES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int], Rule], ...] = (
    (
        re.compile(r"(?<!\d)(?P<n>[1-9]|1[01])\s+" + vi_re("tháng đầu năm") + r"\s+" + _Y),
        lambda m: int(m.group("y")),
        Rule.DATE_CONTENT_MONTHS,  # reports the first {n} months of {y} as past
    ),
    (
        re.compile(r"(?:first|past)\s+(?P<n>\d{1,2}|\w+)\s+months\s+of\s+" + _Y),
        lambda m: int(m.group("y")),
        Rule.DATE_CONTENT_MONTHS,
    ),
    (
        re.compile(vi_re("so với cùng kỳ") + r"\s+(?:" + vi_re("năm") + r"\s+)?" + _Y),
        lambda m: int(m.group("y")) + 1,
        Rule.DATE_CONTENT_SAME_PERIOD,  # compares with the same period of {y}
    ),
    (
        re.compile(
            vi_re("năm")
            + r"\s+"
            + _Y
            + r"\s+"
            + vi_re("vừa")
            + r"\s+(?:"
            + vi_re("qua|kết thúc")
            + r")(?![\w-])"
        ),
        lambda m: int(m.group("y")) + 1,
        Rule.DATE_CONTENT_PAST_YEAR,  # tells {y} as the year just past
    ),
    (
        re.compile(
            vi_re("năm")
            + r"\s+(?:19|20)\d\d,?\s+(?:"
            + vi_re("năm")
            + r"\s+)?"
            + _Y
            + r"\s+"
            + vi_re("và")
            + r"\s+(?:\d+\s+"
            + vi_re("tháng đầu")
            + r"\s+)?"
            + vi_re("năm nay")
        ),
        lambda m: int(m.group("y")) + 1,
        Rule.DATE_CONTENT_LISTED,  # lists the years up to {y} and then 'năm nay' (this year)
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
    clue = content_clue(folded)
    return (None, "") if clue is None else (clue.year, clue.why)


def content_clue(folded: FoldedText) -> ContentClue | None:
    """:func:`reference_year`'s clue as a value; ``None`` when nothing or clues that disagree.

    >>> content_clue(FoldedText.of("so với cùng kỳ 2021")).year
    2022
    """
    years: dict[int, ContentClue] = {}
    for pattern, year_of, rule in _CONTENT_CLUES:
        for match in pattern.finditer(folded.toneless):
            year = year_of(match)
            start, end = folded.original_span(match.start(), match.end())
            quote = folded.original[start:end]
            months = match.groupdict().get("n")
            clue = ContentClue(rule, year, int(match.group("y")), repr(quote), months)
            years.setdefault(year, clue)
    if len(years) == 1:
        return next(iter(years.values()))
    return None


def _window_for(expr: DateExpression, year: int) -> DateWindow | None:
    kind = expr.kind
    if kind == "day":
        if expr.month is None or expr.day is None or not day_ok(expr.day, expr.month, year):
            return None
        return DateWindow.day(date(year, expr.month, expr.day))
    if kind == "range":
        end_year = expr.end_year if expr.end_year and expr.year is None else year
        if expr.year is None and expr.end_year is None:
            end_year = year
        assert expr.month and expr.day and expr.end_month and expr.end_day  # noqa: S101
        try:
            first = date(year, expr.month, expr.day)
            last = date(end_year or year, expr.end_month, expr.end_day)
        except ValueError:
            return None
        if last < first:
            try:
                last = date(year + 1, expr.end_month, expr.end_day)
            except ValueError:
                return None
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
    return None  # a kind placed relative to a day, not a year


#: How long before its published day an article may still announce a day as to come: a
#: story written before it went out, or published again a day or two later ("will co-chair
#: … on 7 January" published on 8 January is this year's 7 January, not next year's).
_LATE_ANNOUNCEMENT = timedelta(days=3)


def _candidate_years(expr: DateExpression, reference: date, tense: Tense) -> Iterator[int]:
    if tense is Tense.FUTURE:
        yield from (reference.year, reference.year + 1)
    else:
        yield from (reference.year, reference.year - 1)


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def _week_of(day: date, offset: int) -> DateWindow:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
    return DateWindow(monday, monday + timedelta(days=6), Precision.DAYS)


def _relative_to_day(
    expr: DateExpression, pub_day: date, tense: Tense
) -> tuple[DateWindow, Reason]:
    """A relative day, weekday, week or count back, placed against the published day."""
    relative = Reason.of(Rule.DATE_PUBLISHED_RELATIVE, day=pub_day.isoformat())
    if expr.kind == "relative-day":
        return DateWindow.day(pub_day + timedelta(days=expr.offset)), relative
    if expr.kind == "relative-week":
        return _week_of(pub_day, expr.offset), relative
    if expr.kind == "ago":
        if expr.unit == "week":
            return _week_of(pub_day, expr.offset), relative
        return DateWindow.day(pub_day + timedelta(days=expr.offset)), relative
    assert expr.weekday is not None  # noqa: S101
    name = calendar.day_name[expr.weekday]
    on = {"weekday": name, "day": pub_day.isoformat()}
    if expr.week is not None:
        week = _week_of(pub_day, expr.week)
        day = week.earliest + timedelta(days=expr.weekday)
        which = {0: "this week", 1: "next week", -1: "last week"}.get(expr.week, "that week")
        return DateWindow.day(day), Reason.of(Rule.DATE_WEEKDAY_OF_WEEK, week=which, **on)
    delta = (pub_day.weekday() - expr.weekday) % 7
    if expr.direction > 0:
        day = pub_day + timedelta(days=(7 - delta) % 7 or 7)
        return DateWindow.day(day), Reason.of(Rule.DATE_WEEKDAY_NEXT, **on)
    if expr.direction < 0:
        day = pub_day - timedelta(days=delta or 7)
        return DateWindow.day(day), Reason.of(Rule.DATE_WEEKDAY_LAST, **on)
    if tense is Tense.FUTURE:
        return DateWindow.day(pub_day + timedelta(days=(7 - delta) % 7)), (
            Reason.of(Rule.DATE_WEEKDAY_AFTER, **on)
        )
    return DateWindow.day(pub_day - timedelta(days=delta)), Reason.of(
        Rule.DATE_WEEKDAY_BEFORE, **on
    )


def resolve(
    expr: DateExpression,
    anchor: Anchor,
    tense: Tense = Tense.UNKNOWN,
    last: When | None = None,
    *,
    nearest: bool = False,
) -> tuple[When | None, Reason | None]:
    """Place a date expression in time.

    A day or month without a year takes the year the text around it gives (a fully
    dated range that holds it, or the fully dated expression before it); otherwise
    the latest matching date not after the published date for a past report, the
    first one at or after it for a planned one, and, with ``nearest`` and no tense,
    the one nearest the published date. A weekday resolves the same way. Without a
    published date the document's content year is used and said so; without
    either, the year stays open.

    Args:
        expr: the expression.
        anchor: the document's published date and content year.
        tense: whether the clause reports the past or announces the future.
        last: the previous resolved date in the text, for "cùng ngày" (the same day).
        nearest: with an unknown tense, take the year nearest the published date rather
            than reading the clause as a report of the past.

    Returns:
        ``(when, why)``: the date (``None`` when the expression cannot be placed) and,
        where the year or day came from outside the expression, how (else ``None``).
    """
    when, why, _ = resolve_with_anchoring(expr, anchor, tense, last, nearest=nearest)
    return when, why


def _weekday_year(
    expr: DateExpression, resolved: tuple[When | None, Reason | None, str]
) -> tuple[When | None, Reason | None, str]:
    """A yearless day given with its weekday is in the nearest year where they agree.

    "Thứ Năm, 9/1": 9 January is a Thursday in 2025, not in 2024. Only years within two
    of the anchored one are tried; further away the weekday is more likely a slip.
    """
    when, why, how = resolved
    if (
        expr.kind != "day"
        or expr.year is not None
        or expr.weekday is None
        or when is None
        or when.window is None
        or not when.window.is_day
        or when.window.earliest.weekday() == expr.weekday
        or why is None
    ):
        return resolved
    day = when.window.earliest
    for distance in (1, 2):  # further away the weekday is more likely a slip than evidence
        for year in (day.year + distance, day.year - distance):
            if day_ok(day.day, day.month, year) and (
                date(year, day.month, day.day).weekday() == expr.weekday
            ):
                moved = date(year, day.month, day.day)
                name = calendar.day_name[expr.weekday]
                return (
                    When.of(DateWindow.day(moved), when.part_of_day),
                    attrs.evolve(why, moved=(day.year, year, moved.isoformat(), name)),
                    how,
                )
    return resolved


def resolve_with_anchoring(
    expr: DateExpression,
    anchor: Anchor,
    tense: Tense = Tense.UNKNOWN,
    last: When | None = None,
    *,
    nearest: bool = False,
) -> tuple[When | None, Reason | None, str]:
    """:func:`resolve`, also saying what placed the date.

    Returns:
        ``(when, why, how)`` where ``how`` is ``stated`` (the text gives the year),
        ``context`` (the text around it), ``previous`` (the date before it),
        ``published``, ``content`` (the document's year clues), ``open`` (the year
        stays open) or ``none`` (it cannot be placed).
    """
    try:
        return _weekday_year(expr, _resolve(expr, anchor, tense, last, nearest=nearest))
    except (ValueError, OverflowError):  # placed beyond the calendar (year 0 or 10000)
        return None, None, "none"


def _resolve(
    expr: DateExpression,
    anchor: Anchor,
    tense: Tense,
    last: When | None,
    *,
    nearest: bool,
) -> tuple[When | None, Reason | None, str]:
    pod = expr.part_of_day
    published = anchor.published
    pub_day = published.earliest if published and published.precision is Precision.DAY else None
    if expr.kind == "same-day":
        if last is None or last.window is None:
            return None, None, "none"
        return (
            When.of(last.window, pod or last.part_of_day),
            Reason.of(Rule.DATE_SAME_DAY),
            "previous",
        )
    if expr.kind in ("relative-day", "weekday", "relative-week") or (
        expr.kind == "ago" and expr.unit in ("day", "week")
    ):
        if pub_day is None:
            return None, None, "none"
        day_window, why = _relative_to_day(expr, pub_day, tense)
        return When.of(day_window, pod), why, "published"
    if expr.kind in ("relative-month", "relative-quarter", "day-of-month") or (
        expr.kind == "ago" and expr.unit in ("month", "quarter")
    ):
        return _relative_to_month(expr, published, tense, nearest=nearest)
    if (
        expr.kind == "relative-year"
        or (expr.kind == "quarter" and expr.part == "relative")
        or (expr.kind == "ago" and expr.unit == "year")
        or expr.year_offset is not None
    ):
        year = anchor.year
        if year is None:
            return None, None, "none"
        offset = expr.year_offset if expr.year_offset is not None else expr.offset
        kind = "year" if expr.kind == "ago" else expr.kind
        window = _window_for(expr.but(kind=kind), year + offset)
        how = "published" if anchor.published is not None else "content"
        return (
            (When.of(window, pod) if window else None),
            Reason.of(Rule.DATE_REFERENCE_YEAR, year=year),
            how if window else "none",
        )
    if expr.year is not None:
        window = _window_for(expr, expr.year)
        return (When.of(window, pod) if window else None), None, "stated" if window else "none"
    if expr.context_year is not None:
        window = _window_for(expr, expr.context_year)
        if window is not None and expr.context_rule is not None:
            why = Reason.of(
                expr.context_rule,
                year=expr.context_year,
                **{_CONTEXT_PARAM[expr.context_rule]: expr.context},
            )
            return When.of(window, pod), why, "context"
    # A day, range, month, part of month or quarter without a year.
    if published is not None and published.year is not None:
        if expr.direction:
            tense = Tense.FUTURE if expr.direction > 0 else Tense.PAST
            nearest = False
        reference = published.latest if tense is not Tense.FUTURE else published.earliest
        assert reference is not None  # noqa: S101
        if nearest and tense is Tense.UNKNOWN and expr.kind == "quarter":
            window = _window_for(expr, published.year)
            if window is not None:
                return (
                    When.of(window, pod),
                    Reason.of(Rule.DATE_PUBLISHED_QUARTER, year=published.year),
                    "published",
                )
        if nearest and tense is Tense.UNKNOWN:
            earliest, latest = published.earliest, published.latest
            assert earliest is not None and latest is not None  # noqa: S101
            best: tuple[int, int, DateWindow] | None = None
            for year in (reference.year, reference.year - 1, reference.year + 1):
                window = _window_for(expr, year)
                if window is None:
                    continue
                distance = _distance(window, earliest, latest)
                if best is None or distance < best[0]:
                    best = (distance, year, window)
            if best is not None:
                return (
                    When.of(best[2], pod),
                    Reason.of(
                        Rule.DATE_NEAREST_YEAR, year=best[1], published=published.format_iso()
                    ),
                    "published",
                )
            return None, None, "none"
        for year in _candidate_years(expr, reference, tense):
            window = _window_for(expr, year)
            if window is None:
                continue
            if expr.direction > 0:
                fits = window.earliest > reference
            elif expr.direction < 0:
                fits = window.latest < (published.earliest or reference)
            else:
                fits = (
                    # an announcement read a few days late still speaks of this year's day
                    window.earliest >= reference - _LATE_ANNOUNCEMENT
                    if tense is Tense.FUTURE
                    else window.earliest <= reference
                )
            if fits:
                return (
                    When.of(window, pod),
                    Reason.of(
                        Rule.DATE_PUBLISHED_YEAR,
                        year=year,
                        published=published.format_iso(),
                        tense="planned" if tense is Tense.FUTURE else "reported",
                    ),
                    "published",
                )
        return None, None, "none"
    if anchor.content_year is not None:
        window = _window_for(expr, anchor.content_year)
        if window is not None:
            return When.of(window, pod), _content_reason(anchor), "content"
    if expr.kind in ("day", "range") and expr.month and expr.day:
        end = (
            PartialDate(None, expr.end_month, expr.end_day)
            if expr.kind == "range" and expr.end_month and expr.end_day
            else None
        )
        return (
            When.open_year(PartialDate(None, expr.month, expr.day), end, pod),
            Reason.of(Rule.DATE_NO_YEAR),
            "open",
        )
    return None, None, "none"


def _relative_to_month(
    expr: DateExpression, published: PartialDate | None, tense: Tense, *, nearest: bool
) -> tuple[When | None, Reason | None, str]:
    """A relative month or quarter, a count of months back, or a day of the reference month."""
    if published is None or published.year is None or published.month is None:
        return None, None, "none"
    year, month = published.year, published.month
    why = Reason.of(Rule.DATE_PUBLISHED_MONTH, month=f"{year}-{month:02d}")
    if expr.kind == "relative-quarter":
        quarter = (month - 1) // 3 + 1 + expr.offset
        year, quarter = year + (quarter - 1) // 4, (quarter - 1) % 4 + 1
        return When.of(DateWindow.quarter(year, quarter)), why, "published"
    if expr.kind == "ago" and expr.unit == "quarter":
        year, month = _add_months(year, month, 3 * expr.offset)
        return When.of(DateWindow.quarter(year, (month - 1) // 3 + 1)), why, "published"
    if expr.kind in ("relative-month", "ago"):
        year, month = _add_months(year, month, expr.offset)
        if expr.part:  # "late last month": the part of the month the published one places
            window = _window_for(expr.but(kind="part-of-month", month=month), year)
            assert window is not None  # noqa: S101
            return When.of(window), why, "published"
        return When.of(DateWindow.month(year, month)), why, "published"
    # a day of a month the text leaves to the reader ("mồng 5"), or of a relative month
    assert expr.day is not None  # noqa: S101
    if expr.part == "relative":
        year, month = _add_months(year, month, expr.offset)
        if not day_ok(expr.day, month, year):
            return None, None, "none"
        return (
            When.of(DateWindow.day(date(year, month, expr.day)), expr.part_of_day),
            why,
            ("published"),
        )
    reference = published.earliest if published.day is not None else None
    options: list[DateWindow] = []
    for offset in (-1, 0, 1):
        y, m = _add_months(year, month, offset)
        if day_ok(expr.day, m, y):
            options.append(DateWindow.day(date(y, m, expr.day)))
    if reference is None:
        options = [w for w in options if w.earliest.month == month]
        if not options:
            return None, None, "none"
        return When.of(options[0], expr.part_of_day), why, "published"
    if tense is Tense.FUTURE:
        options = [w for w in options if w.earliest >= reference]
    elif tense is Tense.PAST or not nearest:
        options = [w for w in options if w.earliest <= reference]
    if not options:
        return None, None, "none"
    best = min(options, key=lambda w: abs((w.earliest - reference).days))
    return (
        When.of(best, expr.part_of_day),
        Reason.of(Rule.DATE_NEAREST_DAY, day=reference.isoformat()),
        ("published"),
    )


_CONTEXT_PARAM = {
    Rule.DATE_IN_RANGE: "range",
    Rule.DATE_AFTER_DATED: "previous",
    Rule.DATE_COORDINATED: "following",
}


def _content_reason(anchor: Anchor) -> Reason:
    """How the document's own clue gave a date its year."""
    clue = anchor.content_clue
    if clue is None or clue.year != anchor.content_year:
        # An anchor made without the clue as a value: its words, kept as a line meanwhile.
        return Reason.of(Rule.NOTE, text=f"year {anchor.content_year}: {anchor.content_why}")
    return Reason.of(clue.rule, year=clue.year, **clue.params)
