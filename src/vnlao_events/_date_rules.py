"""The rules that find date expressions, built from each language's date words.

Each rule is a regular expression over the toneless view of a text (see
:class:`vnlao_events._text.FoldedText`) whose words come from the phrase files
(:mod:`vnlao_events._date_phrases`), and a handler that checks a match and says
what it states as a :class:`DateExpression`. :func:`scan` runs them all.

>>> from vnlao_events._text import FoldedText
>>> [(e.kind, e.month, e.year) for e in scan(FoldedText.of("tháng Mười Hai, 2023"))]
[(<DateKind.MONTH: 'month'>, 12, 2023)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from ._date_handlers import (
    EN,
    VI,
    DateExpression,
    Handler,
    handle_ago,
    handle_day_en,
    handle_day_of_month,
    handle_day_vi,
    handle_first_last,
    handle_iso,
    handle_month_en,
    handle_month_gloss,
    handle_month_rel_en,
    handle_month_vi,
    handle_next_days,
    handle_numeric,
    handle_part_month,
    handle_part_relative_month,
    handle_part_year,
    handle_quarter,
    handle_range_d,
    handle_range_dm,
    handle_range_en_months,
    handle_range_vi_words,
    handle_rel_day,
    handle_relative,
    handle_tonight,
    handle_weekday_abbr,
    handle_weekday_en,
    handle_weekday_vi,
    handle_year,
    vi_re,
)
from ._date_phrases import strip_tones
from ._text import FoldedText

__all__ = ["leading_class", "led", "scan"]


# ---------------------------------------------------------------- shared pieces

_Y = r"(?P<y>(?:19|20)\d\d)(?![\d])(?![.,]\d)"
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)\]]|$))"
_SFX = r"(?:st|nd|rd|th)?"
_TIME = r"(?:\s*,?\s*(?:lúc\s+|at\s+)?\d{1,2}[:h]\d\d(?::\d\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?)?"
_MW = VI.alternation("month_words")
_DW = VI.alternation("day_words")
_DAYP = r"(?:" + _DW + r"\s+){1,2}"
_RANGE_VI = r"(?:-|" + VI.alternation("range_words") + r")"
_RANGE_EN = r"(?:-|" + EN.alternation("range_words") + r")"


def _vi_month(n: str = "") -> str:
    """A Vietnamese month after "tháng": digits or a month word (group ``m{n}``/``mw{n}``)."""
    return (
        r"(?:(?P<m" + n + r">\d{1,2})(?!\d)|(?P<mw" + n + r">" + VI.alternation("months") + r")\b)"
    )


def _vi_year_tail(name: str = "y") -> str:
    """The year after a month: "/2024", "-2024", ", 2024", " năm 2024", " 2024".

    Two digits count after a slash or a dash, or after "năm" or a comma at the end of a
    clause ("tháng 12/99", "tháng 12 năm 99").
    """
    return (
        r"(?:(?:\s*[/,-]\s*(?:" + vi_re("năm") + r"\s+)?|\s+(?:" + vi_re("năm") + r"\s+)?|\s+"
        + vi_re("của năm") + r"\s+)(?P<" + name + r">(?:19|20)\d\d)(?!\d)(?![.,]\d)"
        r"|(?:\s*[/-]\s*|\s+" + vi_re("năm") + r"\s+|\s*,\s*)(?P<" + name + r"s>\d\d)(?!\d)"
        + _CLAUSE_END + ")"
    )  # fmt: skip


_REL_VI = r"(?P<rel>" + VI.alternation("relative") + r")\b"
# "năm sau đó" (the year after that), "trước khi" (before): not relative to the published date
_NOT_RELATIVE = r"(?!\s+" + VI.alternation("not_relative_after") + r"\b)"
_MON = r"(?P<mon>" + EN.alternation("months") + r")\b\.?"
_MON2 = r"(?P<mon2>" + EN.alternation("months") + r")\b\.?"


# "9 và 10/1": the rules of two days joined run only around a joining word
# "20, 21 và 22/6", "June 20, 21 and 22": the days between the first and the last, listed
_MID_DAYS = r"(?P<mid>(?:\s*,\s*\d{1,2}(?!\d))*)\s*,?\s*"
# The first words of the English parts of a month or a year ("early", "by the end of")
_EN_PARTS_GATE = ("early", "mid", "late", "end", "beginning", "middle", "start")
_COORDINATION_GATE = tuple(sorted(strip_tones(w) for w in VI.words("coordination")))

# ---------------------------------------------------------------- the rules


def _rules() -> tuple[tuple[str, Handler, tuple[str, ...], str], ...]:
    """Each rule: a pattern over the toneless view, its handler, its gate and language.

    A word of the text must begin with one of the gate words for the rule to run at
    all (none: always run); the language is "" for digits-only rules all languages share.
    """
    pod_vi = r"(?P<pod>" + VI.alternation("parts_of_day") + r")"
    pod_en = r"(?P<pod>" + EN.alternation("parts_of_day") + r")"
    units_vi = r"(?P<unit>" + VI.alternation("units") + r")"
    units_en = r"(?P<unit>" + EN.alternation("units") + r")s?"
    rel_en = r"(?P<rel>" + EN.alternation("relative") + r")"
    nam = vi_re("năm")
    thang = ("thang", "thg")
    vi: tuple[tuple[str, Handler, tuple[str, ...]], ...] = (
        # ---- Vietnamese ranges: "25-26/11/2022", "từ 2/12 đến 3/12", "25 đến 26 tháng 11"
        (
            r"(?<![\d/])(?P<d1>\d{1,2})\s*" + _RANGE_VI + r"\s*(?:" + _DAYP + r")?(?P<d2>\d{1,2})"
            r"\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*" + _Y + r")?(?![\d/])",
            handle_range_d, (),
        ),
        (  # "ngày 9 và 10/1/2025", "ngày 20, 21 và 22/6": days side by side, one span
            r"(?<![\d/])(?P<d1>\d{1,2})" + _MID_DAYS + VI.alternation("coordination") + r"\s*(?:"
            + _DAYP + r")?(?P<d2>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*" + _Y + r")?(?![\d/])",
            handle_next_days, _COORDINATION_GATE,
        ),
        (  # "trong hai ngày 19 và 20-12": two days side by side, the last with a dash
            r"(?<![\d/-])(?P<d1>\d{1,2})" + _MID_DAYS + VI.alternation("coordination") + r"\s*(?:"
            + _DAYP + r")?(?P<d2>\d{1,2})-(?P<m>\d{1,2})(?:-" + _Y + r")?(?![\d/-])",
            handle_next_days, _COORDINATION_GATE,
        ),
        (  # "trong hai ngày 20 và 21 tháng 6 năm 2023": with the month word
            r"(?<![\d/-])(?P<d1>\d{1,2})" + _MID_DAYS + VI.alternation("coordination") + r"\s*(?:"
            + _DAYP + r")?(?P<d2>\d{1,2})\s*" + _MW + r"\s+" + _vi_month()
            + r"(?:" + _vi_year_tail() + r")?",
            handle_next_days, _COORDINATION_GATE,
        ),
        (  # "từ ngày 28 đến ngày 31-12-2006", "từ ngày 25 đến 28-12": the last day with dashes
            r"(?<![\d/-])(?P<d1>\d{1,2})\s*" + VI.alternation("range_words") + r"\s*(?:" + _DAYP
            + r")?(?P<d2>\d{1,2})-(?P<m>\d{1,2})(?:-" + _Y + r")?(?![\d/-])",
            handle_range_d, (),
        ),
        (
            r"(?<![\d/])(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>(?:19|20)\d\d))?\s*"
            + _RANGE_VI + r"\s*(?:" + _DAYP + r")?(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})"
            r"(?:\s*/\s*(?P<y2>(?:19|20)\d\d))?(?![\d/])",
            handle_range_dm, (),
        ),
        (
            r"(?<!\d)(?P<d1>\d{1,2})\s*" + _RANGE_VI + r"\s*(?:" + _DAYP + r")?(?P<d2>\d{1,2})\s*"
            + _MW + r"\s+" + _vi_month() + r"(?:" + _vi_year_tail() + r")?",
            handle_range_d, thang,
        ),
        (
            r"(?<!\d)(?P<d1>\d{1,2})\s*" + _MW + r"\s+" + _vi_month("1")
            + r"(?:" + _vi_year_tail("y1") + r")?\s*" + _RANGE_VI + r"\s*(?:" + _DAYP + r")?"
            r"(?P<d2>\d{1,2})\s*" + _MW + r"\s+" + _vi_month("2")
            + r"(?:" + _vi_year_tail("y2") + r")?",
            handle_range_vi_words, thang,
        ),
        # ---- Vietnamese days: "ngày 29 tháng 8 năm 2024", "mồng 3 tháng ba", "21tháng 09"
        (
            r"(?P<dayp>" + _DAYP + r")?(?<![\d/.,])(?P<d>\d{1,2})\s*" + _MW + r"\s+" + _vi_month()
            + r"(?:" + _vi_year_tail() + r"|\s+" + nam + r"\s+(?P<ry>" + VI.alternation("relative")
            + r")\b)?(?!\s+(?:ngay|tuân|lân)\b)",
            handle_day_vi, thang,
        ),
        (
            vi_re("ngày") + r"\s+(?P<fl>" + VI.alternation("first_last_day") + r")\s+(?:"
            + vi_re("của") + r"\s+)?" + _MW + r"\s+" + _vi_month()
            + r"(?:" + _vi_year_tail() + r")?",
            handle_first_last, thang,
        ),
        # ---- numeric days: "25/11", "29/8/2024", "29.8.2024", "6.12", "3-9-1991", "3/9/91"
        (
            r"(?<![\d/.,-])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
            r"(?:\s*(?P=sep)\s*(?:(?P<y>(?:19|20)\d\d)|(?P<yy>\d\d))(?!\d))?"
            r"(?![\d/]|[.-]\d|\s*" + _RANGE_VI + r"\s*\d)",
            handle_numeric, (),
        ),
        (  # "(1-2024)", "(02/2024)": a month and year glossing the name before them
            r"(?<=\()(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)(?=\))",
            handle_month_gloss, (),
        ),
        (
            r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])",
            handle_iso, (),
        ),
        (
            r"(?<![\d/])(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])",
            handle_iso, (),
        ),
        # ---- Vietnamese parts of months and years: "cuối tháng 12", "đầu năm 2023"
        (
            r"(?P<part>" + VI.alternation("parts") + r")\s+" + _MW + r"\s+" + _vi_month()
            + r"(?:" + _vi_year_tail() + r"|\s+" + _REL_VI + _NOT_RELATIVE + r")?",
            handle_part_month, thang,
        ),
        (  # "cuối tháng trước", "đầu tháng tới": a part of a month the published one places
            r"(?<!\w)(?P<lang>)(?P<part>" + VI.alternation("parts") + r")\s+" + _MW + r"\s+"
            + _REL_VI + _NOT_RELATIVE,
            handle_part_relative_month, thang,
        ),
        (
            r"(?<!" + vi_re("tháng") + r"\s)(?P<lang>)(?P<part>" + VI.alternation("parts") + r")\s+"
            + nam + r"\s+(?:" + _Y + r"|(?P<ys>\d\d)(?!\d)" + _CLAUSE_END + r"|" + _REL_VI + r")",
            handle_part_year, (nam,),
        ),
        # ---- Vietnamese months and quarters: "tháng 7/2024", "tháng Giêng", "quý IV/2025"
        (
            r"(?<![\d]\s)" + _MW + r"\s+" + _vi_month() + r"(?!\s*/\s*(?:0?[1-9]|1[0-2])\b(?!\d))"
            r"(?:" + _vi_year_tail() + r"|\s+" + nam + r"\s+(?P<ry>" + VI.alternation("relative")
            + r")\b|\s+" + _REL_VI + _NOT_RELATIVE + r")?(?P<end>\s*(?=[.,;:!?)]|$))?",
            handle_month_vi, thang,
        ),
        (
            vi_re("quý") + r"\s+(?P<lang>)(?P<q>" + VI.alternation("quarters") + r")\b"
            r"(?:" + _vi_year_tail() + r"|\s+(?:" + vi_re("của") + r"\s+)?" + nam + r"\s+"
            + _REL_VI + r")?",
            handle_quarter, ("quy",),
        ),
        # ---- Vietnamese years and relative units: "năm 2025", "năm tới", "tuần sau"
        (nam + r"\s+(?:" + _Y + r"(?!\s*-\s*\d)|(?P<ys>\d\d)(?!\d)" + _CLAUSE_END + ")",
         handle_year, (nam,)),
        (r"\((?P<y>(?:19|20)\d\d)\)", handle_year, ()),
        (
            r"(?<!\w)(?P<lang>)" + units_vi + r"\s+" + _REL_VI + _NOT_RELATIVE,
            handle_relative, (nam, "thang", "tuân", "quy"),
        ),
        (
            r"(?<!\w)(?P<lang>)(?P<n>\d{1,3}|" + VI.alternation("numbers") + r")\s+" + units_vi
            + r"\s+(?P<dir>" + VI.alternation("ago") + r")" + _NOT_RELATIVE,
            handle_ago, ("trươc", "sau"),
        ),
        (
            r"(?<!\w)(?P<lang>)(?P<before>" + VI.alternation("ago_before") + r")\s+(?P<n>\d{1,3}|"
            + VI.alternation("numbers") + r")\s+" + units_vi + r"\b",
            handle_ago, ("cach",),
        ),
        # ---- Vietnamese relative days: "Sáng nay", "hôm qua", "hôm kia", "Chiều cùng ngày"
        (
            r"(?P<lang>)(?:" + pod_vi + r"\s+)?(?P<rel>" + VI.alternation("same_day") + r")\b",
            handle_rel_day, ("cung ngay", vi_re("ngày hôm đó")),
        ),
        (
            r"(?P<lang>)" + pod_vi + r"\s+(?P<rel>" + VI.alternation("relative_days_after_part")
            + r")\b",
            handle_rel_day, tuple(vi_re(w) + " " for w in ("sáng", "trưa", "chiều", "tối", "đêm")),
        ),
        (
            r"(?<!\w)(?P<lang>)(?P<rel>" + VI.alternation("relative_days") + r")\b",
            handle_rel_day, ("hôm", "ngay mai", "ngay kia", "ngay môt", "bưa nay"),
        ),
        (
            r"(?<!\w)(?P<wd>" + vi_re("thứ") + r"\s+(?:" + VI.alternation("weekdays") + r")\b|"
            + VI.alternation("weekday_names") + r")(?:\s+(?P<wk>(?:" + vi_re("của") + r"\s+)?"
            + vi_re("tuần") + r"\s+)?" + _REL_VI + _NOT_RELATIVE + r")?",
            handle_weekday_vi, (vi_re("thứ "), *VI.words("weekday_names")),
        ),
        (
            r"(?<!\w)(?:" + vi_re("mồng|mùng") + r")\s+(?P<d>\d{1,2})(?!\d)(?!\s*(?:[/.-]\s*\d|"
            + _MW + r"))",
            handle_day_of_month, ("mông", "mung"),
        ),
        (
            r"(?<!\w)(?P<lang>)" + _DAYP + r"(?P<d>\d{1,2})\s+" + _MW + r"\s+" + _REL_VI,
            handle_day_of_month, thang,
        ),
    )  # fmt: skip
    en: tuple[tuple[str, Handler, tuple[str, ...]], ...] = (
        # ---- English ranges: "February 7-8", "7 to 8 February 2024", "10 June to 20 July"
        (
            r"(?<!\d)(?P<d1>\d{1,2})" + _SFX + r"\s*(?:-|" + EN.alternation("range_words") + r")"
            r"\s*(?P<d2>\d{1,2})" + _SFX + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _Y + r")?",
            handle_range_d, EN_MONTH_GATE,
        ),
        (
            r"(?<!\d)(?P<d1>\d{1,2})" + _SFX + r"\s+(?:of\s+)?" + _MON
            + r"(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*" + _RANGE_EN + r"\s*(?P<d2>\d{1,2})" + _SFX
            + r"\s+(?:of\s+)?" + _MON2 + r"(?:,?\s+" + _Y + r")?",
            handle_range_en_months, EN_MONTH_GATE,
        ),
        (
            r"\b" + _MON + r"\s+(?P<d1>\d{1,2})" + _SFX + r"(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*"
            + _RANGE_EN + r"\s*" + _MON2 + r"\s+(?P<d2>\d{1,2})" + _SFX + r"(?:,?\s+" + _Y + r")?",
            handle_range_en_months, EN_MONTH_GATE,
        ),
        # ---- English days: "25 November 2022", "Nov. 25, 2022", "Aug 05 12:00:00 2015"
        (
            r"(?<!\d)(?P<d>\d{1,2})" + _SFX + r"\s+(?:day\s+)?(?:of\s+)?" + _MON
            + r"(?:,?\s+" + _Y + r")?",
            handle_day_en, EN_MONTH_GATE,
        ),
        (
            r"\b" + _MON + r"\s+(?P<d>\d{1,2})" + _SFX + r"(?:(?P<mid>(?:\s*,\s*\d{1,2}"
            + _SFX + r"(?!\d))*)\s*,?\s*(?P<join>-|to|and)\s*(?P<d2>\d{1,2})"
            + _SFX + r")?(?!\d)(?:" + _TIME + r"(?:\s*,\s*|\s+)" + _Y + r")?",
            handle_day_en, EN_MONTH_GATE,
        ),
        (
            r"\bthe\s+(?P<fl>" + EN.alternation("first_last_day") + r")\s+day\s+of\s+" + _MON
            + r"(?:,?\s+" + _Y + r")?",
            handle_first_last, ("first", "1st", "last"),
        ),
        (
            r"\bthe\s+(?P<d>\d{1,2})" + _SFX + r"\s+of\s+" + rel_en + r"\s+month\b",
            handle_day_of_month, ("month",),
        ),
        # ---- English parts of months and years: "early December", "by the end of August"
        (
            r"(?:the\s+)?(?P<part>" + EN.alternation("parts") + r")(?:\s+of)?[\s-]+"
            r"(?:the\s+month\s+of\s+)?" + _MON + r"(?:,?\s+" + _Y + r")?",
            handle_part_month, EN_MONTH_GATE,
        ),
        (  # "late last month", "by the end of next month"
            r"(?:the\s+)?(?P<part>" + EN.alternation("parts") + r")(?:\s+of)?[\s-]+" + rel_en
            + r"\s+month\b",
            handle_part_relative_month, _EN_PARTS_GATE,
        ),
        (
            r"(?:the\s+)?(?P<part>" + EN.alternation("parts") + r")(?:\s+of)?[\s-]+"
            r"(?:(?:the\s+year\s+)?" + _Y + r"|(?P<theyear>the\s+year)\b|" + rel_en
            + r"\s+year\b)",
            handle_part_year, _EN_PARTS_GATE,
        ),
        (  # "last January", "next March", "this June"
            r"\b" + rel_en + r"\s+" + _MON + r"(?!\s*\d)",
            handle_month_rel_en, EN_MONTH_GATE,
        ),
        (  # "January last year", "in March of next year"
            r"\b" + _MON + r"\s+(?:of\s+)?(?P<ry>" + EN.alternation("relative") + r")\s+year\b",
            handle_month_rel_en, EN_MONTH_GATE,
        ),
        (r"\b" + _MON + r",?\s+" + _Y, handle_month_en, EN_MONTH_GATE),
        (
            r"\b" + EN.alternation("time_prepositions") + r"\s+" + _MON + r"(?!\s*\d)",
            handle_month_en, EN_MONTH_GATE,
        ),
        (  # "the September meeting": a month before an event's noun
            r"\bthe\s+" + _MON + r"(?=\s+" + EN.alternation("event_nouns") + r"\b)",
            handle_month_en, EN_MONTH_GATE,
        ),
        (
            r"(?:the\s+)?(?P<q>" + EN.alternation("quarters") + r")\s+quarter"
            r"(?:\s+of\s+(?:(?:the\s+)?year\s+)?(?:" + _Y + r"|" + rel_en + r"\s+year))?",
            handle_quarter, ("quarter",),
        ),
        (r"\bq(?P<q>[1-4])\s*(?:/|\s|of\s+|-)\s*" + _Y, handle_quarter, ("q1", "q2", "q3", "q4")),
        (
            r"\b(?:" + EN.alternation("time_prepositions") + r"|of|for)\s+" + _Y
            + r"\b(?!\s*-\s*\d)",
            handle_year, ("19", "20"),  # the year's first digits
        ),
        # ---- English relative words: "next week", "3 days ago", "the day before yesterday"
        (
            r"\b" + rel_en + r"\s+" + units_en + r"\b(?!\s+of\b)",
            handle_relative, ("year", "quarter", "month", "week"),
        ),
        (
            r"\b(?P<n>\d{1,3}|" + EN.alternation("tens") + r"(?:[\s-]+"
            + EN.alternation("numbers") + r")?|" + EN.alternation("numbers") + r")\s+" + units_en
            + r"\s+(?P<dir>" + EN.alternation("ago") + r")\b",
            handle_ago, ("ago",),
        ),
        (
            r"\b(?P<before>" + EN.alternation("ago_before") + r")\s+(?P<n>\d{1,3}|"
            + EN.alternation("numbers") + r")\s+" + units_en + r"\b",
            handle_ago, ("in",),
        ),
        (
            r"\b(?P<rel>this|yesterday|tomorrow)\s+" + pod_en + r"\b",
            handle_rel_day, ("morning", "afternoon", "evening", "night"),
        ),
        (
            r"\b(?:(?:on|later)\s+)?(?P<rel>" + EN.alternation("same_day") + r")\b",
            handle_rel_day, ("same day", "that day"),
        ),
        (
            r"\b(?P<rel>" + EN.alternation("relative_days") + r")\b",
            handle_rel_day, ("today", "yesterday", "tomorrow"),
        ),
        (r"\btonight\b", handle_tonight, ("tonight",)),
        (
            r"\b(?:on\s+)?(?:" + rel_en + r"\s+)?(?P<wd>" + EN.alternation("weekdays") + r")\b",
            handle_weekday_en, tuple(EN.words("weekdays")),  # whole names: "thu" is Vietnamese
        ),
        (
            r"\b(?P<wd>" + EN.alternation("weekday_abbreviations") + r")\b\.?,?\s+(?=\d|"
            + EN.alternation("months") + r"\b)",
            handle_weekday_abbr, ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        ),
    )  # fmt: skip
    shared = (handle_numeric, handle_iso, handle_range_dm, handle_month_gloss)
    return tuple(
        (pattern, handler, gate, "" if handler in shared or (lang, index) == ("vi", 0) else lang)
        for lang, rules in (("vi", vi), ("en", en))
        for index, (pattern, handler, gate) in enumerate(rules)
    )


EN_MONTH_GATE = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@cache
def _compiled(lang: str | None) -> tuple[_Rule, ...]:
    return tuple(
        _Rule(pattern, handler, gate or None)
        for pattern, handler, gate, rule_lang in _rules()
        if not rule_lang or lang is None or rule_lang == lang
    )


class _Rule:
    """A compiled rule, its gate, and the characters any of its matches can begin with."""

    __slots__ = ("anchored", "first", "gate", "handler", "pattern", "runs")

    def __init__(self, source: str, handler: Handler, gate: tuple[str, ...] | None) -> None:
        self.handler = handler
        self.gate = gate
        parsed = _parse(source, 0)  # read once for every question below
        self.first = _first_class_of(parsed)
        # a rule searched through its windows first looks at the character a match begins
        # with: one test per place instead of one per branch (the same matches)
        lead = None if self.first is not None else _leading_class_of(parsed, source)
        self.pattern = re.compile(source if lead is None else f"(?={lead})(?:{source})")
        self.runs = self.first is not None and _after_no_digit_of(parsed)
        self.anchored = gate is not None and _begins_with_gate_word_of(parsed, gate)


def _parse(source: str, flags: int) -> Any:
    """The parsed pattern (the regex module's own parser)."""
    return _parser.parse(source, flags)


def _after_no_digit(pattern: re.Pattern[str]) -> bool:
    r"""Whether a match can begin only where no digit stands before it: ``(?<![\d…])``.

    Such a rule whose matches begin with a digit is tried only at the first digit of each
    run of digits (the same matches, fewer attempts).
    """
    return _after_no_digit_of(_parse(pattern.pattern, pattern.flags))


def _after_no_digit_of(parsed: Any) -> bool:
    if not parsed or parsed[0][0] is not _c.ASSERT_NOT:
        return False
    direction, inner = parsed[0][1]
    if direction != -1 or len(inner) != 1 or inner[0][0] is not _c.IN:
        return False
    return (_c.CATEGORY, _c.CATEGORY_DIGIT) in inner[0][1]


def _begins_with_gate_word(pattern: re.Pattern[str], gate: tuple[str, ...]) -> bool:
    r"""Whether every match begins a word with one of the gate's words (``\b`` + a word).

    Such a rule is tried only where a gate word begins a word, not through the windows
    around it: the same matches, one attempt per place.
    """
    return _begins_with_gate_word_of(_parse(pattern.pattern, pattern.flags), gate)


def _begins_with_gate_word_of(parsed: Any, gate: tuple[str, ...]) -> bool:
    if parsed.state.flags & re.IGNORECASE or not parsed:
        return False
    op, av = parsed[0]
    word_start = (op is _c.AT and av is _c.AT_BOUNDARY) or (
        op is _c.ASSERT_NOT
        and av[0] == -1
        and list(av[1]) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]
    )
    if not word_start:
        return False
    longest = max(len(word) for word in gate)
    starts = _literal_starts(parsed[1:], longest)
    return starts is not None and all(any(s.startswith(w) for w in gate) for s, _ in starts)


def _literal_starts(sequence: Any, limit: int) -> list[tuple[str, bool]] | None:
    """The literal text every match of a parsed sequence begins with, to ``limit`` characters.

    Each item is ``(text, open)``: ``open`` while the text may still grow. ``None`` when a
    branch is too wide to tell.
    """
    found: list[tuple[str, bool]] = [("", True)]
    for op, av in sequence:
        if not any(open_ and len(text) < limit for text, open_ in found):
            break
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL:
            found = [(t + chr(av), True) if o else (t, o) for t, o in found]
            continue
        inner: list[tuple[str, bool]] | None
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            inner = _literal_starts(av[3], limit)
        elif op is _c.BRANCH:
            inner = []
            for branch in av[1]:
                more = _literal_starts(branch, limit)
                if more is None:
                    return None
                inner.extend(more)
        else:
            return [(t, False) for t, _ in found]  # no more literal text
        if inner is None or len(inner) > 64:
            return None
        found = [(t + u, p) for t, o in found if o for u, p in inner] + [
            (t, o) for t, o in found if not o
        ]
    return found


_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""The pattern with a look-ahead at :func:`leading_class` before it (itself if none).

    >>> led(re.compile(r"\bthe\s+|(?<!\w)năm\s")).pattern
    '(?=[nt])(?:\\bthe\\s+|(?<!\\w)năm\\s)'
    """
    lead = leading_class(pattern)
    if lead is None:
        return pattern
    return re.compile(f"(?={lead})(?:{pattern.pattern})", pattern.flags)


def leading_class(pattern: re.Pattern[str]) -> str | None:
    r"""A character class holding every character a match of ``pattern`` can begin with.

    ``None`` when the pattern is not simple enough to tell (a match may be empty, begin
    with any character, or the case is ignored). Looking ahead at it before the pattern
    gives the same matches, and lets a search reject most places with one test.

    >>> leading_class(re.compile(r"\bthe\s+|(?<!\w)(?:năm|quý)\s"))
    '[nqt]'
    >>> leading_class(re.compile(r"a?")) is None
    True
    """
    return _leading_class_of(_parse(pattern.pattern, pattern.flags), pattern.pattern)


def _leading_class_of(parsed: Any, source: str) -> str | None:
    if parsed.state.flags & re.IGNORECASE or re.match(r"\(\?[aiLmsux]+\)", source):
        return None
    items = _first(parsed)
    if items is None or items[1] or not items[0]:
        return None
    parts: set[str] = set()
    for op, av in items[0]:
        if op is _c.LITERAL:
            parts.add(re.escape(chr(av)))
        elif op is _c.RANGE:
            parts.add(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            parts.add(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(sorted(parts)) + "]"


def _first_class(pattern: re.Pattern[str]) -> str | None:
    """A character class holding every character a match can begin with, when it has no letter.

    Such a rule (a date in digits, "(2024)") is tried only where one of those characters is
    (see :func:`_matches`), which gives exactly the matches a scan of every position gives.
    ``None`` when a match may begin with a letter or anything: the rule scans its spans.
    """
    return _first_class_of(_parse(pattern.pattern, pattern.flags))


def _first_class_of(parsed: Any) -> str | None:
    items = _first(parsed)
    if items is None or items[1]:
        return None  # a match may begin anywhere, or be empty
    parts: list[str] = []
    for op, av in items[0]:
        if op is _c.LITERAL and not chr(av).isalpha():
            parts.append(re.escape(chr(av)))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            parts.append(r"\d")
        else:
            return None
    return "[" + "".join(sorted(set(parts))) + "]"


# the characters a match can begin with (parsed items), and whether it can be empty
_Items = tuple[list[tuple[Any, Any]], bool]


def _first(sequence: Any) -> _Items | None:
    """What a parsed sequence can begin with: ``(items, nullable)``; ``None`` for anything."""
    found: list[tuple[Any, Any]] = []
    for op, av in sequence:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: what follows begins the match
        if op is _c.LITERAL:
            return [*found, (op, av)], False
        if op is _c.IN:
            if any(item[0] is _c.NEGATE for item in av):
                return None
            return [*found, *av], False
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            inner = _first(av[3])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            inner = _first(av[2])
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        elif op is _c.ATOMIC_GROUP:
            inner = _first(av)
        elif op is _c.BRANCH:
            branches = [_first(branch) for branch in av[1]]
            if any(b is None for b in branches):
                return None
            inner = (
                [item for b in branches if b for item in b[0]],
                any(b[1] for b in branches if b),
            )
        else:
            return None  # any character, a back-reference, a conditional
        if inner is None:
            return None
        found.extend(inner[0])
        if not inner[1]:
            return found, False
    return found, True


def scan(folded: FoldedText, lang: str | None = None) -> list[DateExpression]:
    """Every expression the rules of ``lang`` (``None``: all) find, overlaps included.

    >>> [e.text for e in scan(FoldedText.of("hôm kia"))]
    ['hôm kia']
    """
    found: list[DateExpression] = []
    view = folded.toneless
    rules = _compiled(lang)
    windows, hits = _all_windows(_gates(lang), view)
    starts: dict[str, list[int]] = {}
    whole = [(0, len(view))]
    for rule in rules:
        gate = rule.gate
        # the rule's words occur inside its matches: look only around them
        spans = whole if gate is None else windows[gate]
        if not spans:
            continue
        first = rule.first
        if first is not None and rule.runs:
            # only the first digit of a run can begin a match (the class first, so that a
            # search skips to it)
            first = first + r"(?<!\d" + first + ")"
        if first is not None and first not in starts:
            starts[first] = [m.start() for m in _finder(first).finditer(view)]
        handler = rule.handler
        at = hits[gate] if rule.anchored and gate is not None else None
        if first is not None:
            at = starts[first]
        for match in _matches(rule.pattern, view, spans, at):
            expr = handler(match, folded)
            if expr is not None:
                found.append(expr)
    return found


@cache
def _finder(first: str) -> re.Pattern[str]:
    return re.compile(first)


def _matches(
    pattern: re.Pattern[str], view: str, spans: list[tuple[int, int]], starts: list[int] | None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start inside ``spans``, as ``finditer`` finds them.

    With ``starts`` (every place a match can begin), only those places are tried: the
    same matches, at the cost of one attempt per candidate instead of per character.
    """
    size = len(view)
    for low, high in spans:
        if starts is None:
            for match in pattern.finditer(view, low, min(size, high + _REACH)):
                if match.start() >= high:
                    break
                yield match
            continue
        stop = min(size, high + _REACH)
        position = low
        for at in starts[bisect_left(starts, low) : bisect_left(starts, high)]:
            if at < position:
                continue
            found = pattern.match(view, at, stop)
            if found is not None:
                yield found
                position = found.end() if found.end() > at else at + 1


@cache
def _gates(lang: str | None) -> tuple[tuple[str, ...], ...]:
    """The gates of the rules of ``lang``, each once."""
    return tuple(dict.fromkeys(rule.gate for rule in _compiled(lang) if rule.gate is not None))


@cache
def _gate_finder(
    gates: tuple[tuple[str, ...], ...],
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[int, ...]]]:
    """One pattern for the gate words of every gate, and the gates each found word opens.

    The pattern finds, after a character that is no letter, the longest gate word that
    begins there (without taking it, so that every place is seen); every gate word that
    begins at the same place is a prefix of that one, so the word tells all the gates it
    opens.
    """
    words = sorted({w for gate in gates for w in gate}, key=lambda w: (-len(w), w))
    opens = {
        word: tuple(i for i, gate in enumerate(gates) if any(word.startswith(g) for g in gate))
        for word in words
    }
    groups: dict[str, list[str]] = {}  # by first character, longest first: one test per place
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    alternation = (
        "(" + "|".join(re.escape(c) + "(?:" + "|".join(r) + ")" for c, r in groups.items()) + ")"
    )
    return re.compile(r"[\W\d_](?=" + alternation + ")"), re.compile(alternation), opens


# Characters of a word that are no letter (superscripts, fractions, Roman numerals …) may
# stand before a gate word; a text that has one, or anything outside the scripts here, is
# looked at word by word (:func:`_windows`), the one-pass finder then being unsure.
# (One class, so that a search runs through the text one character at a time: the
# superscripts and fractions, and everything outside the ranges.)
_UNSURE = re.compile(
    "[^\x00-\u00b1\u00b4-\u00b8\u00ba\u00bb\u00bf-\u024f"
    "\u0300-\u036f\u0e00-\u0eff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]"
)


_Windows = dict[tuple[str, ...], list[tuple[int, int]]]
_Hits = dict[tuple[str, ...], list[int]]


def _all_windows(gates: tuple[tuple[str, ...], ...], view: str) -> tuple[_Windows, _Hits]:
    r"""The windows of every gate (see :func:`_windows`), from one pass over ``view``.

    And the places each gate's words begin a word, in order (``\b`` before a letter is
    there, or at one of them).
    """
    if _UNSURE.search(view):
        every = {gate: _gate_hits(gate, view) for gate in gates}
        return {gate: _spans(found) for gate, found in every.items()}, every
    finder, at_start, opens = _gate_finder(gates)
    hits: list[list[int]] = [[] for _ in gates]
    first = at_start.match(view)
    if first is not None:
        for index in opens[first.group(1)]:
            hits[index].append(0)
    for match in finder.finditer(view):
        at = match.start() + 1
        for index in opens[match.group(1)]:
            hits[index].append(at)
    return (
        {gate: _spans(found) for gate, found in zip(gates, hits, strict=True)},
        dict(zip(gates, hits, strict=True)),
    )


_REACH = 200  # no match is longer than this
_AROUND = 90  # nor starts further than this before its gate word, nor ends further after


def _windows(gate: tuple[str, ...], view: str) -> list[tuple[int, int]]:
    """The stretches of ``view`` around the words that begin with a gate word, merged."""
    return _spans(_gate_hits(gate, view))


def _gate_hits(gate: tuple[str, ...], view: str) -> list[int]:
    """Where a word begins with a gate word (no letter before it), in order."""
    hits: list[int] = []
    for word in gate:
        at = view.find(word)
        while at >= 0:
            if at == 0 or not view[at - 1].isalpha():
                hits.append(at)
            at = view.find(word, at + 1)
    return sorted(set(hits))


def _spans(hits: list[int]) -> list[tuple[int, int]]:
    """The stretches around sorted gate hits, merged where they overlap."""
    spans: list[tuple[int, int]] = []
    for at in hits:
        low, high = max(0, at - _AROUND), at + _AROUND
        if spans and low <= spans[-1][1]:
            spans[-1] = (spans[-1][0], high)
        else:
            spans.append((low, high))
    return spans
