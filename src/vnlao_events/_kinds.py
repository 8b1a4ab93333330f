"""The kinds and options of the model, as string enums.

Each member compares equal to its old string (``Lang.VI == "vi"``), so files and callers
that pass strings keep working; :meth:`Choice.of` reads a string at the boundary with an
error that names the bad value and the choices.

>>> ConflictKind.of("plan-changed") is ConflictKind.PLAN_CHANGED
True
>>> Lang.of("fr")
Traceback (most recent call last):
...
vnlao_events.exceptions.ParseError: 'lang' must be 'en' or 'vi' (got 'fr').
"""

from __future__ import annotations

import enum
from typing import Self

from .exceptions import ParseError

__all__ = [
    "Choice",
    "ConflictKind",
    "DateKind",
    "Lang",
    "MentionKind",
    "PlaceKind",
    "conflict_kind",
    "date_kind",
    "mention_kind",
    "place_kind",
]


class Choice(enum.StrEnum):
    """A string enum read from its value with an error naming the choices.

    >>> Lang.of(Lang.EN) is Lang.EN
    True
    """

    @classmethod
    def field_name(cls) -> str:
        """The name errors give the value (``'lang'``)."""
        return cls.__name__.lower()

    @classmethod
    def of(cls, value: object, field: str | None = None) -> Self:
        """The member whose value is ``value``.

        Raises:
            ParseError: naming the field, the choices and the bad value.
        """
        if isinstance(value, cls):
            return value
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return cls(value)
        except ValueError:
            choices = [repr(m.value) for m in cls]
            listed = " or ".join(choices) if len(choices) == 2 else f"one of {', '.join(choices)}"
            raise ParseError(
                f"{(field or cls.field_name())!r} must be {listed} (got {value!r}).",
                text=str(value),
            ) from None


class Lang(Choice):
    """A language derivations, calendars, pages and labels are written in.

    >>> Lang.of("vi") is Lang.VI, Lang.VI == "vi"
    (True, True)
    """

    EN = "en"
    VI = "vi"


class MentionKind(Choice):
    """What a mention is about.

    >>> MentionKind("session") == "session"
    True
    """

    SESSION = "session"
    EVENT = "event"
    PERIOD = "period"
    ANNIVERSARY = "anniversary"

    @classmethod
    def field_name(cls) -> str:
        """Errors name the value ``'kind'``."""
        return "kind"


class ConflictKind(Choice):
    """What a conflict is about: what the sources disagree on, or the rule a fact breaks.

    >>> ConflictKind("no-year").name
    'NO_YEAR'
    """

    DATE = "date"  # two sources date one session on days that do not meet
    PLACE = "place"  # two sources place it in places that disagree
    PLAN_CHANGED = "plan-changed"  # announced for one date or place, held at another
    CADENCE = "cadence"  # a stated date the kept facts cannot hold with (see ConflictRule)
    NO_YEAR = "no-year"  # an open-year day that fits no year the kept facts allow
    HOST = "host"  # a host that breaks the alternation the other hosts agree on

    @classmethod
    def field_name(cls) -> str:
        """Errors name the value ``'kind'``."""
        return "kind"


class PlaceKind(Choice):
    """What a place of the gazetteer is.

    >>> PlaceKind("city") == "city"
    True
    """

    VENUE = "venue"  # a building or hall: "Nhà khách Chính phủ"
    CITY = "city"  # "Hà Nội", "Viêng Chăn"
    PROVINCE = "province"  # "Quảng Bình"
    COUNTRY = "country"  # "Việt Nam", "Lào"

    @classmethod
    def field_name(cls) -> str:
        """Errors name the value ``'kind'``."""
        return "kind"


class DateKind(Choice):
    """The kind of a date expression, as written.

    >>> DateKind("part-of-month").name
    'PART_OF_MONTH'
    """

    DAY = "day"  # "ngày 29/8/2024", "25 November", "Wed Aug 05 2015"
    RANGE = "range"  # "25-26/11/2022", "từ ngày 10 tháng 6 đến ngày 20 tháng 7"
    MONTH = "month"  # "tháng 7/2024", "Tháng Giêng", "in March"
    PART_OF_MONTH = "part-of-month"  # "cuối tháng 12", "by the end of August"
    QUARTER = "quarter"  # "quý IV/2025", "the fourth quarter of 2020"
    YEAR = "year"  # "năm 2025", "in 2023"
    PART_OF_YEAR = "part-of-year"  # "đầu năm 2023", "late 2023"
    RELATIVE_YEAR = "relative-year"  # "năm tới", "last year", "cuối năm nay"
    RELATIVE_QUARTER = "relative-quarter"  # "quý này", "next quarter"
    RELATIVE_MONTH = "relative-month"  # "tháng tới", "last month"
    RELATIVE_WEEK = "relative-week"  # "tuần sau", "next week"
    RELATIVE_DAY = "relative-day"  # "hôm kia", "Sáng nay", "the day before yesterday"
    SAME_DAY = "same-day"  # "Chiều cùng ngày", "later that day"
    WEEKDAY = "weekday"  # "Thứ Hai", "thứ năm tuần tới", "on Wednesday"
    DAY_OF_MONTH = "day-of-month"  # "mồng 5": a day of the reference month
    AGO = "ago"  # "3 ngày trước", "cách đây 2 tuần", "two months ago"

    @classmethod
    def field_name(cls) -> str:
        """Errors name the value ``'kind'``."""
        return "kind"


# Named converters for attrs fields (a type checker follows a named function, not a
# classmethod): each reads a member or its value.


def conflict_kind(value: object) -> ConflictKind:
    """:meth:`ConflictKind.of`, as a field converter.

    >>> conflict_kind("date")
    <ConflictKind.DATE: 'date'>
    """
    return ConflictKind.of(value)


def date_kind(value: object) -> DateKind:
    """:meth:`DateKind.of`, as a field converter.

    >>> date_kind("day")
    <DateKind.DAY: 'day'>
    """
    return DateKind.of(value)


def mention_kind(value: object) -> MentionKind:
    """:meth:`MentionKind.of`, as a field converter.

    >>> mention_kind("event")
    <MentionKind.EVENT: 'event'>
    """
    return MentionKind.of(value)


def place_kind(value: object) -> PlaceKind:
    """:meth:`PlaceKind.of`, as a field converter.

    >>> place_kind("venue")
    <PlaceKind.VENUE: 'venue'>
    """
    return PlaceKind.of(value)
