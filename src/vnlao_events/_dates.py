"""Precision-aware dates: partial dates, date windows, and the date of a session.

A date in this library is a *window* that is never more precise than its
evidence. :class:`PartialDate` is what a text states (a year, a month, a day,
or a month and day whose year the text leaves open); :class:`DateWindow` is a
closed range of days with the precision it was stated at; :class:`When` is the
date of a session or event: a window, or an open-year day, plus the part of day.
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from .exceptions import ParseError

__all__ = ["DateWindow", "PartOfDay", "PartialDate", "Precision", "When"]


class PartOfDay(enum.Enum):
    """The part of the day a text gives beside a date (``Sáng`` = morning).

    >>> PartOfDay("afternoon").value
    'afternoon'
    """

    MORNING = "morning"
    NOON = "noon"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


class Precision(enum.Enum):
    """How precisely a date window was stated or inferred.

    >>> Precision.QUARTER.value
    'quarter'
    """

    DAY = "day"
    DAYS = "days"
    PART_OF_MONTH = "part-of-month"
    MONTH = "month"
    QUARTER = "quarter"
    PART_OF_YEAR = "part-of-year"
    YEAR = "year"
    WINDOW = "window"
    MONTH_DAY = "month-day"


def _check_month(month: int | None) -> None:
    if month is not None and not 1 <= month <= 12:
        raise ParseError(f"'month' must be 1..12 (got {month}).", text=str(month))


@attrs.frozen(repr=False)
class PartialDate:
    """A calendar date known to year, month or day precision, or a day whose year is open.

    Args:
        year: the year, or ``None`` when the text leaves it open ("25/11").
        month: the month, or ``None`` for a year-precision date.
        day: the day of the month, or ``None``.

    Raises:
        ParseError: for an impossible date (month 13, 31 February, a day without a month).

    >>> d = PartialDate(2022, 11, 25)
    >>> d
    PartialDate("2022-11-25")
    >>> PartialDate.parse_iso("--11-25").year is None
    True
    >>> PartialDate(2024, 2).latest
    datetime.date(2024, 2, 29)
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        text = self._text()
        _check_month(self.month)
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ParseError(f"'year' must be 1..9999 (got {self.year}).", text=text)
        if self.year is None and self.month is None:
            raise ParseError("A partial date needs a year or a month (got neither).", text=text)
        if self.day is not None:
            if self.month is None:
                raise ParseError(f"'day' needs a month (got day {self.day}).", text=text)
            leap_year = 2000 if self.year is None else self.year
            last = calendar.monthrange(leap_year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ParseError(
                    f"'day' must be 1..{last} for month {self.month} (got {self.day}) in {text!r}.",
                    text=text,
                )

    def _text(self) -> str:
        year = "-" if self.year is None else f"{self.year:04d}"
        parts = [year]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def format_iso(self) -> str:
        """Return the ISO 8601 form: ``2022-11-25``, ``2022-11``, ``2022`` or ``--11-25``.

        >>> PartialDate(None, 8, 24).format_iso()
        '--08-24'
        """
        return self._text()

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Read the form written by :meth:`format_iso`.

        Raises:
            ParseError: when ``text`` is not one of the accepted forms.

        >>> PartialDate.parse_iso("2022-11")
        PartialDate("2022-11")
        """
        match = _ISO_PARTIAL.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ParseError(
                f"Not a partial ISO date: {text!r} (expected YYYY, YYYY-MM, YYYY-MM-DD, --MM or"
                " --MM-DD).",
                text=str(text),
            )
        year = match.group("year")
        month = match.group("month") or match.group("open_month")
        day = match.group("day") or match.group("open_day")
        return cls(
            int(year) if year else None,
            int(month) if month else None,
            int(day) if day else None,
        )

    def __repr__(self) -> str:
        return f'PartialDate("{self.format_iso()}")'

    @property
    def precision(self) -> Precision:
        """The precision: ``DAY``, ``MONTH``, ``YEAR``, or ``MONTH_DAY`` when the year is open."""
        if self.year is None:
            return Precision.MONTH_DAY
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def earliest(self) -> date | None:
        """The first day this date can be, or ``None`` when the year is open."""
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date | None:
        """The last day this date can be, or ``None`` when the year is open."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def with_year(self, year: int) -> PartialDate:
        """Return this date with its year set.

        >>> PartialDate(None, 11, 25).with_year(2022)
        PartialDate("2022-11-25")
        """
        return PartialDate(year, self.month, self.day)

    def window(self) -> DateWindow | None:
        """The window of days this date covers, or ``None`` when the year is open."""
        earliest, latest = self.earliest, self.latest
        if earliest is None or latest is None:
            return None
        return DateWindow(earliest, latest, self.precision)


_ISO_PARTIAL = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
    r"|--(?P<open_month>\d{2})(?:-(?P<open_day>\d{2}))?"
)


@attrs.frozen(repr=False)
class DateWindow:
    """A closed range of days, with the precision it was stated at.

    Windows of mixed precision have no implicit order: use :attr:`earliest`,
    :attr:`latest`, :meth:`contains` and :meth:`sort_key`.

    Args:
        earliest: the first day the date can be.
        latest: the last day the date can be.
        precision: how the window was stated (a day, a month, a quarter …).

    Raises:
        ParseError: when ``earliest`` is after ``latest``.

    >>> w = DateWindow.parse_iso("2025-10-01/2025-12-31", Precision.QUARTER)
    >>> w.contains(date(2025, 12, 2))
    True
    >>> w.days
    92
    >>> DateWindow(date(2022, 11, 25), date(2022, 11, 25))
    DateWindow("2022-11-25", day)
    """

    earliest: date = attrs.field(validator=attrs.validators.instance_of(date))
    latest: date = attrs.field(validator=attrs.validators.instance_of(date))
    precision: Precision = Precision.DAY

    def __attrs_post_init__(self) -> None:
        if self.earliest > self.latest:
            raise ParseError(
                f"'earliest' must not be after 'latest' (got {self.earliest.isoformat()} >"
                f" {self.latest.isoformat()}).",
                text=f"{self.earliest.isoformat()}/{self.latest.isoformat()}",
            )

    def __repr__(self) -> str:
        return f'DateWindow("{self.format_iso()}", {self.precision.value})'

    @classmethod
    def day(cls, day: date) -> DateWindow:
        """A single day.

        >>> DateWindow.day(date(2024, 8, 29)).is_day
        True
        """
        return cls(day, day, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> DateWindow:
        """A whole month.

        >>> DateWindow.month(2024, 2).latest
        datetime.date(2024, 2, 29)
        """
        _check_month(month)
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> DateWindow:
        """A whole year.

        >>> DateWindow.year(2025).format_iso()
        '2025-01-01/2025-12-31'
        """
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> DateWindow:
        """A quarter of a year (1..4).

        >>> DateWindow.quarter(2020, 4).earliest
        datetime.date(2020, 10, 1)
        """
        if not 1 <= quarter <= 4:
            raise ParseError(f"'quarter' must be 1..4 (got {quarter}).", text=str(quarter))
        first = 3 * (quarter - 1) + 1
        last_day = calendar.monthrange(year, first + 2)[1]
        return cls(date(year, first, 1), date(year, first + 2, last_day), Precision.QUARTER)

    @property
    def is_day(self) -> bool:
        """Whether the window is exactly one day."""
        return self.earliest == self.latest

    @property
    def days(self) -> int:
        """How many days the window holds."""
        return (self.latest - self.earliest).days + 1

    def contains(self, other: date | DateWindow) -> bool:
        """Whether a day, or a whole window, lies inside this window."""
        if isinstance(other, DateWindow):
            return self.earliest <= other.earliest and other.latest <= self.latest
        return self.earliest <= other <= self.latest

    def overlaps(self, other: DateWindow) -> bool:
        """Whether the two windows share at least one day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def intersect(self, other: DateWindow) -> DateWindow | None:
        """The days both windows hold, with the finer precision; ``None`` when disjoint.

        >>> a = DateWindow.year(2025)
        >>> a.intersect(DateWindow.month(2025, 12)).precision
        <Precision.MONTH: 'month'>
        """
        earliest = max(self.earliest, other.earliest)
        latest = min(self.latest, other.latest)
        if earliest > latest:
            return None
        precision = self.precision if self.days <= other.days else other.precision
        if (earliest, latest) not in (
            (self.earliest, self.latest),
            (other.earliest, other.latest),
        ):
            precision = Precision.DAY if earliest == latest else Precision.WINDOW
        return DateWindow(earliest, latest, precision)

    def shifted(self, before: int, after: int) -> DateWindow:
        """A window widened by ``before`` days at the start and ``after`` days at the end."""
        return DateWindow(
            self.earliest - timedelta(days=before),
            self.latest + timedelta(days=after),
            Precision.WINDOW,
        )

    def format_iso(self) -> str:
        """The ISO 8601 interval form (a single date for a one-day window)."""
        if self.is_day:
            return self.earliest.isoformat()
        return f"{self.earliest.isoformat()}/{self.latest.isoformat()}"

    @classmethod
    def parse_iso(cls, text: str, precision: Precision | None = None) -> DateWindow:
        """Read ``YYYY-MM-DD`` or ``YYYY-MM-DD/YYYY-MM-DD``.

        Raises:
            ParseError: for any other form, quoting ``text``.
        """
        parts = text.strip().split("/") if isinstance(text, str) else []
        try:
            if len(parts) == 1:
                day = date.fromisoformat(parts[0])
                return cls(day, day, precision or Precision.DAY)
            if len(parts) == 2:
                return cls(
                    date.fromisoformat(parts[0]),
                    date.fromisoformat(parts[1]),
                    precision or Precision.WINDOW,
                )
        except ValueError as error:
            raise ParseError(f"Not an ISO date window: {text!r} ({error}).", text=text) from None
        raise ParseError(
            f"Not an ISO date window: {text!r} (expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD).",
            text=str(text),
        )

    def sort_key(self) -> tuple[date, date]:
        """Key that sorts windows by earliest day, then latest day."""
        return (self.earliest, self.latest)


def _int_tuple(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class When:
    """The date of a session or event: a window, or a day whose year is still open.

    Args:
        window: the days the date may fall on; ``None`` while the year is open.
        month_day: for an open year, the month and day the text gives ("25/11").
        month_day_end: the last day of an open-year range ("25-26/11").
        part_of_day: morning, afternoon … when the text says so.
        year_candidates: years still possible for an open-year date.

    >>> w = When.of(DateWindow.day(date(2022, 11, 25)), part_of_day=PartOfDay.MORNING)
    >>> w.precision, w.format_iso()
    (<Precision.DAY: 'day'>, '2022-11-25')
    >>> When.open_year(PartialDate(None, 8, 24)).format_iso()
    '--08-24'
    """

    window: DateWindow | None = None
    month_day: PartialDate | None = None
    month_day_end: PartialDate | None = None
    part_of_day: PartOfDay | None = None
    year_candidates: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple)

    def __attrs_post_init__(self) -> None:
        if self.window is None and self.month_day is None:
            raise ParseError("A date needs a window or an open-year month and day (got neither).")
        if self.month_day is not None and self.month_day.year is not None:
            raise ParseError(
                f"'month_day' must leave the year open (got {self.month_day.format_iso()!r})."
            )

    @classmethod
    def of(cls, window: DateWindow, part_of_day: PartOfDay | None = None) -> When:
        """A date known as a window."""
        return cls(window=window, part_of_day=part_of_day)

    @classmethod
    def open_year(
        cls,
        month_day: PartialDate,
        end: PartialDate | None = None,
        part_of_day: PartOfDay | None = None,
        year_candidates: tuple[int, ...] = (),
    ) -> When:
        """A day (or range of days) whose year the evidence leaves open."""
        return cls(
            month_day=month_day,
            month_day_end=end,
            part_of_day=part_of_day,
            year_candidates=year_candidates,
        )

    @property
    def precision(self) -> Precision:
        """The window's precision, or ``MONTH_DAY`` while the year is open."""
        return Precision.MONTH_DAY if self.window is None else self.window.precision

    @property
    def earliest(self) -> date | None:
        """The first possible day, or ``None`` while the year is open."""
        return None if self.window is None else self.window.earliest

    @property
    def latest(self) -> date | None:
        """The last possible day, or ``None`` while the year is open."""
        return None if self.window is None else self.window.latest

    def resolved(self, year: int) -> When:
        """This open-year date placed in ``year`` (a ``When`` with a window)."""
        if self.month_day is None:
            return self
        start = self.month_day.with_year(year)
        end = (self.month_day_end or self.month_day).with_year(year)
        first, last = start.earliest, end.latest
        if first is None or last is None or last < first:  # pragma: no cover - guarded above
            raise ParseError(f"Cannot place {self.format_iso()!r} in {year}.")
        if first == last:
            precision = Precision.DAY
        elif self.month_day.day is None and self.month_day_end is None:
            precision = Precision.MONTH  # "in October", its year now known
        else:
            precision = Precision.DAYS
        return When(window=DateWindow(first, last, precision), part_of_day=self.part_of_day)

    def format_iso(self) -> str:
        """The ISO form of the window, or ``--MM-DD`` while the year is open."""
        if self.window is not None:
            return self.window.format_iso()
        assert self.month_day is not None  # noqa: S101 - guaranteed by the validator
        text = self.month_day.format_iso()
        if self.month_day_end is not None:
            text += "/" + self.month_day_end.format_iso()
        return text

    def sort_key(self) -> tuple[date, date]:
        """Key that sorts dates by earliest then latest day; open years sort last."""
        if self.window is None:
            return (date.max, date.max)
        return self.window.sort_key()
