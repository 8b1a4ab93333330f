"""The date tagger's families of expressions, in Vietnamese and English (``find_dates``)."""

from __future__ import annotations

import pytest

import vnlao_events as ve

PUBLISHED = "2024-08-30"  # a Friday


def _only(text: str, published: str | None = PUBLISHED) -> ve.DateMention:
    found = ve.find_dates(text, published=published)
    assert len(found) == 1, [m.quote for m in found]
    return found[0]


def _iso(text: str, published: str | None = PUBLISHED) -> str:
    mention = _only(text, published)
    assert mention.when is not None, mention
    return mention.when.format_iso()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vietnamese
        ("từ ngày 10 tháng 6 đến ngày 20 tháng 7", "2024-06-10/2024-07-20"),  # no year
        ("từ ngày 10 tháng 6 đến ngày 20 tháng 7 năm 2010", "2010-06-10/2010-07-20"),  # year last
        ("từ 28 tháng 12 năm 2023 đến 2 tháng 1 năm 2024", "2023-12-28/2024-01-02"),  # new year
        ("từ ngày 3 tháng Giêng đến ngày 5 tháng Hai năm 2023", "2023-01-03/2023-02-05"),  # words
        ("từ 30/11 đến 2/12/2022", "2022-11-30/2022-12-02"),  # digits across months
        ("25-26/11/2022", "2022-11-25/2022-11-26"),  # one month
        # English
        ("from 10 June to 20 July 2010", "2010-06-10/2010-07-20"),  # day month to day month
        ("June 3 through July 5, 2024", "2024-06-03/2024-07-05"),  # month day through
        ("from 28 December 2023 to 2 January 2024", "2023-12-28/2024-01-02"),  # two years
        ("February 7-8, 2024", "2024-02-07/2024-02-08"),  # one month
    ],
)
def test_ranges_across_months(text, expected):
    """A range from a day of one month to a day of another keeps both months."""
    mention = _only(text)
    assert mention.kind is ve.DateKind.RANGE
    assert mention.when.format_iso() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 29 tháng 10, 1999", "1999-10-29"),  # year after a comma
        ("ngày 29 tháng 10 năm 1999", "1999-10-29"),  # year after 'năm'
        ("9 Tháng 1 2015", "2015-01-09"),  # year after a space
        ("29-10-1999", "1999-10-29"),  # dashes
        ("ngày 29.10.1999", "1999-10-29"),  # dots
        ("3/9/91", "1991-09-03"),  # two-digit year, last century
        ("3/3/17", "2017-03-03"),  # two-digit year, this century
        ("ngày 03-03-17", "2017-03-03"),  # two-digit year with dashes
        ("2015-01-07", "2015-01-07"),  # ISO
        ("tháng 12-1999", "1999-12-01/1999-12-31"),  # month, dash, year
        ("tháng 12, 1999", "1999-12-01/1999-12-31"),  # month, comma, year
        ("Tháng 03 2024", "2024-03-01/2024-03-31"),  # month, space, year
        ("29 August, 2024", "2024-08-29"),  # English, comma
        ("Aug 29 2024", "2024-08-29"),  # English, no comma
        ("12/25/2022", "2022-12-25"),  # month first: the only reading
    ],
)
def test_year_after_comma_dash_or_short(text, expected):
    """The year after a comma, a dash, a space or in two digits belongs to the date."""
    mention = _only(text)
    assert mention.anchoring is ve.Anchoring.STATED
    assert mention.when.format_iso() == expected


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Tháng Giêng năm 2023", 1),  # the first month's own name
        ("Tháng Một năm 2023", 1),  # 'one'
        ("tháng hai năm 2023", 2),  # lower case next to a year
        ("tháng ba năm 2023", 3),  # lower case next to a year
        ("Tháng Tư năm 2023", 4),  # 'tư'
        ("Tháng Năm năm 2023", 5),  # 'năm' as a month
        ("Tháng Sáu năm 2023", 6),  # sáu, not 'sau'
        ("Tháng Bảy năm 2023", 7),  # bảy
        ("Tháng Tám năm 2023", 8),  # tám
        ("Tháng Chín năm 2023", 9),  # chín
        ("Tháng Mười năm 2023", 10),  # mười
        ("Tháng Mười Một năm 2023", 11),  # two words
        ("tháng Mười Hai năm 2023", 12),  # two words
        ("tháng Chạp năm 2023", 12),  # the last month's own name
        ("thg 9 năm 2023", 9),  # abbreviated 'tháng'
        ("January 2023", 1),  # English
        ("Sept. 2023", 9),  # abbreviation with a dot
        ("December, 2023", 12),  # comma
    ],
)
def test_month_names_in_words(text, month):
    """Month names in words, in both languages, give the month at month precision."""
    mention = _only(text)
    assert mention.window.earliest == ve.PartialDate(2023, month).earliest
    assert mention.precision is ve.Precision.MONTH


@pytest.mark.parametrize(
    ("text", "expected", "quote"),
    [
        ("Wed Aug 05 12:00:00 2015", "2015-08-05", "Wed Aug 05 12:00:00 2015"),  # ctime form
        ("Thursday, 8 January 2015", "2015-01-08", "Thursday, 8 January 2015"),  # weekday first
        ("Fri, 30 Aug 2024 03:22:00 GMT", "2024-08-30", "Fri, 30 Aug 2024"),  # RFC 2822
        ("Thứ Năm, ngày 8 tháng 1 năm 2015", "2015-01-08", "Thứ Năm, ngày 8 tháng 1 năm 2015"),
        ("Thứ Tư, 07/01/2015 | 22:34", "2015-01-07", "Thứ Tư, 07/01/2015"),  # weekday, digits
        ("thứ 2 ngày 6 tháng 2 năm 2017", "2017-02-06", "thứ 2 ngày 6 tháng 2 năm 2017"),
        ("9 Tháng 1 2015 lúc 15:08", "2015-01-09", "9 Tháng 1 2015"),  # time after
    ],
)
def test_weekday_and_time_around_a_date(text, expected, quote):
    """A weekday before and a time inside or after a date leave the date whole."""
    mention = _only(text)
    assert mention.when.format_iso() == expected
    assert mention.quote == quote


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        # Vietnamese (published Friday 2024-08-30)
        ("năm sau", "2025-01-01/2025-12-31", "relative-year"),  # next year
        ("năm tới", "2025-01-01/2025-12-31", "relative-year"),  # next year
        ("năm trước", "2023-01-01/2023-12-31", "relative-year"),  # last year
        ("năm ngoái", "2023-01-01/2023-12-31", "relative-year"),  # last year
        ("năm nay", "2024-01-01/2024-12-31", "relative-year"),  # this year
        ("tuần sau", "2024-09-02/2024-09-08", "relative-week"),  # next week
        ("tuần tới", "2024-09-02/2024-09-08", "relative-week"),  # next week
        ("tuần trước", "2024-08-19/2024-08-25", "relative-week"),  # last week
        ("tuần này", "2024-08-26/2024-09-01", "relative-week"),  # this week
        ("quý này", "2024-07-01/2024-09-30", "relative-quarter"),  # this quarter
        ("quý tới", "2024-10-01/2024-12-31", "relative-quarter"),  # next quarter
        ("tháng tới", "2024-09-01/2024-09-30", "relative-month"),  # next month
        ("tháng trước", "2024-07-01/2024-07-31", "relative-month"),  # last month
        ("mồng 5", "2024-09-05", "day-of-month"),  # the 5th, nearest the published day
        ("mùng 2", "2024-09-02", "day-of-month"),  # the southern spelling
        ("hôm kia", "2024-08-28", "relative-day"),  # the day before yesterday
        ("ngày kia", "2024-09-01", "relative-day"),  # the day after tomorrow
        ("hôm qua", "2024-08-29", "relative-day"),  # yesterday
        ("3 ngày trước", "2024-08-27", "ago"),  # three days ago
        ("hai tuần trước", "2024-08-12/2024-08-18", "ago"),  # the week two weeks ago
        ("15 tháng trước", "2023-05-01/2023-05-31", "ago"),  # the month fifteen months ago
        ("cách đây 2 năm", "2022-01-01/2022-12-31", "ago"),  # two years ago
        ("thứ năm tuần tới", "2024-09-05", "weekday"),  # Thursday of next week
        ("thứ ba vừa rồi", "2024-08-27", "weekday"),  # last Tuesday
        ("thứ sáu tới", "2024-09-06", "weekday"),  # next Friday, not today
        ("tháng 3 tới", "2025-03-01/2025-03-31", "month"),  # the coming March
        ("ngày 24 tháng 11 năm nay", "2024-11-24", "day"),  # this year's 24 November
        # English
        ("3 days ago", "2024-08-27", "ago"),  # days
        ("two weeks ago", "2024-08-12/2024-08-18", "ago"),  # the week
        ("5 months ago", "2024-03-01/2024-03-31", "ago"),  # the month
        ("a year ago", "2023-01-01/2023-12-31", "ago"),  # the year
        ("the day before yesterday", "2024-08-28", "relative-day"),  # two days back
        ("the day after tomorrow", "2024-09-01", "relative-day"),  # two days on
        ("next week", "2024-09-02/2024-09-08", "relative-week"),  # Monday to Sunday
        ("last week", "2024-08-19/2024-08-25", "relative-week"),  # Monday to Sunday
        ("next month", "2024-09-01/2024-09-30", "relative-month"),  # month
        ("this quarter", "2024-07-01/2024-09-30", "relative-quarter"),  # quarter
        ("next year", "2025-01-01/2025-12-31", "relative-year"),  # year
        ("next Monday", "2024-09-02", "weekday"),  # the coming Monday
        ("last Friday", "2024-08-23", "weekday"),  # not the published day itself
        ("last January", "2024-01-01/2024-01-31", "month"),  # the last January before
        ("last December", "2023-12-01/2023-12-31", "month"),  # a month not yet come this year
        ("next March", "2025-03-01/2025-03-31", "month"),  # the first March after
        ("next December", "2024-12-01/2024-12-31", "month"),  # later this year
        ("this January", "2024-01-01/2024-01-31", "month"),  # the published year's
        ("January last year", "2023-01-01/2023-01-31", "month"),  # the year before's
        ("in March of next year", "2025-03-01/2025-03-31", "month"),  # the year after's
        ("December this year", "2024-12-01/2024-12-31", "month"),  # the published year's
    ],
)
def test_relative_expressions(text, expected, kind):
    """Relative words are placed against the published date at their own precision."""
    mention = _only(text)
    assert mention.kind.value == kind
    assert mention.anchoring is ve.Anchoring.PUBLISHED
    assert mention.when.format_iso() == expected


@pytest.mark.parametrize(
    "text",
    [
        "hai năm sau đó",  # two years after that: a duration, not next year
        "3 năm tới",  # the next three years: a span, not next year
        "mỗi tháng một lần",  # once a month
        "tháng ba lần",  # three times a month
        "the last week of June",  # not 'last week'
        "trong năm trước khi",  # 'trước khi' is 'before'
    ],
)
def test_relative_lookalikes_are_not_relative_dates(text):
    """Counts, durations and prepositions that look like relative words are left alone."""
    kinds = {m.kind for m in ve.find_dates(text, published=PUBLISHED)}
    assert not kinds & {
        ve.DateKind.RELATIVE_YEAR,
        ve.DateKind.RELATIVE_WEEK,
        ve.DateKind.RELATIVE_MONTH,
    }


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # a yearless date after a fully dated one takes its year (same paragraph)
        ("Ngày 20/12/2022 đoàn đến Viêng Chăn. Sáng 21/12, hai bên hội đàm.", "Sáng 21/12",
         "2022-12-21"),
        ("Ngày 28/12/2022 đoàn đến. Ngày 3/1, đoàn về nước.", "3/1", "2023-01-03"),
        ("On 20 December 2022 the delegation arrived; on December 21 talks began.",
         "December 21", "2022-12-21"),
        # a yearless day inside a fully dated range elsewhere takes the range's year
        ("Hội nghị từ ngày 3-7/1/2022.\nNgày 5/1, các đoàn thảo luận.", "5/1",
         "2022-01-05"),
        ("The fair ran from 3 to 7 January 2022.\nOn January 5 the ministers met.",
         "January 5", "2022-01-05"),
    ],
)  # fmt: skip
def test_yearless_date_takes_the_year_of_the_text(text, quote, expected):
    """A yearless date takes the year of the fully dated expression around it."""
    mention = next(m for m in ve.find_dates(text, published=PUBLISHED) if m.quote == quote)
    assert mention.anchoring is ve.Anchoring.CONTEXT
    assert mention.when.format_iso() == expected
    assert "2022" in mention.why


def test_new_paragraph_returns_to_the_published_date():
    """A fully dated expression governs its paragraph only."""
    text = "Ngày 20/12/2022 đoàn đến.\nSáng 29/8, hai bên hội đàm."
    mention = ve.find_dates(text, published=PUBLISHED)[-1]
    assert mention.anchoring is ve.Anchoring.PUBLISHED
    assert mention.when.format_iso() == "2024-08-29"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("năm 2023", "2023-01-01/2023-12-31"),  # Vietnamese
        ("vào năm 2025", "2025-01-01/2025-12-31"),  # 'in the year'
        ("in 2023", "2023-01-01/2023-12-31"),  # English
        ("during 2023", "2023-01-01/2023-12-31"),  # English
    ],
)
def test_bare_year_is_a_year_window(text, expected):
    """A year on its own is the whole year, never its first day."""
    mention = _only(text)
    assert mention.kind is ve.DateKind.YEAR
    assert mention.precision is ve.Precision.YEAR
    assert mention.when.format_iso() == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("ngày 25/11", "2024-08-30", "2024-11-25"),  # three months on beats nine back
        ("ngày 25/3", "2024-08-30", "2024-03-25"),  # five months back beats seven on
        ("ngày 5/1", "2024-12-20", "2025-01-05"),  # across the new year
        ("ngày 20/12", "2025-01-05", "2024-12-20"),  # back across the new year
        ("December 28", "2025-01-05", "2024-12-28"),  # English
        ("January 3", "2024-12-30", "2025-01-03"),  # English
        ("tháng 12", "2025-01-10", "2024-12-01/2024-12-31"),  # a month
    ],
)
def test_unknown_tense_takes_the_nearest_year(text, published, expected):
    """Without a tense, a yearless day takes the year nearest the published date."""
    assert _iso(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("by the end of August", "2024-08-16/2024-08-31", "part-of-month"),  # issue's traceback
        ("the beginning of March", "2024-03-01/2024-03-15", "part-of-month"),  # of <month>
        ("the middle of June 2023", "2023-06-08/2023-06-23", "part-of-month"),  # middle
        ("at the start of May 2023", "2023-05-01/2023-05-15", "part-of-month"),  # start
        ("by the end of the year", "2024-07-01/2024-12-31", "part-of-year"),  # the year
        ("the end of 2023", "2023-07-01/2023-12-31", "part-of-year"),  # a year
        ("early next year", "2025-01-01/2025-06-30", "part-of-year"),  # relative year
        ("cuối tháng 8", "2024-08-16/2024-08-31", "part-of-month"),  # Vietnamese
        ("đầu năm tới", "2025-01-01/2025-06-30", "part-of-year"),  # Vietnamese, relative
        ("late last month", "2024-07-16/2024-07-31", "part-of-month"),  # relative month
        ("by the end of next month", "2024-09-16/2024-09-30", "part-of-month"),  # of next month
        ("early this month", "2024-08-01/2024-08-15", "part-of-month"),  # this month
        ("cuối tháng trước", "2024-07-16/2024-07-31", "part-of-month"),  # Vietnamese, relative
        ("đầu tháng tới", "2024-09-01/2024-09-15", "part-of-month"),  # Vietnamese, next
        ("giữa tháng này", "2024-08-08/2024-08-23", "part-of-month"),  # Vietnamese, this
    ],
)
def test_parts_of_months_and_years(text, expected, precision):
    """'the end/beginning/middle of <month>' and its kin are windows, never a crash."""
    mention = _only(text)
    assert mention.when.format_iso() == expected
    assert mention.precision.value == precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quý IV/2025", "2025-Q4"),  # Roman numeral
        ("quý 4 năm 2025", "2025-Q4"),  # digits
        ("quý ba năm 2017", "2017-Q3"),  # words
        ("quý 4 của năm 2018", "2018-Q4"),  # 'of the year'
        ("the fourth quarter of 2020", "2020-Q4"),  # English
        ("Q3 2021", "2021-Q3"),  # short form
    ],
)
def test_quarters(text, expected):
    """Quarters keep quarter precision in both languages."""
    assert _only(text).timex_value == expected


@pytest.mark.parametrize(
    "text",
    [
        "lần thứ hai",  # an ordinal, not Monday
        "Kỳ họp thứ 7",  # an ordinal, not Saturday
        "lớn thứ ba",  # a rank, not Tuesday
        "1,4 tỷ USD",  # a decimal comma
        "giai đoạn 2021-2025",  # a period of years
        "May I say",  # a modal verb, not a month
        "tỷ số 1-2",  # a score, not a date
    ],
)
def test_lookalikes_are_not_dates(text):
    """Ordinals, ranks, numbers and modal verbs are not dates."""
    assert ve.find_dates(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tháng 12/99", "1999-12-01/1999-12-31"),  # two digits after a slash
        ("tháng 12-99", "1999-12-01/1999-12-31"),  # after a dash
        ("tháng 12 năm 99", "1999-12-01/1999-12-31"),  # after 'năm' at a clause end
        ("ngày 29 tháng 10, 99.", "1999-10-29"),  # after a comma at a clause end
        ("quý 3 năm 99", "1999-07-01/1999-09-30"),  # a quarter
        ("năm 99", "1999-01-01/1999-12-31"),  # a year on its own
        ("đầu năm 05", "2005-01-01/2005-06-30"),  # this century
        ("(1996)", "1996-01-01/1996-12-31"),  # a year in parentheses
        ("29/10/99", "1999-10-29"),  # digits only
        ("2020/10/9", "2020-10-09"),  # year first
    ],
)
def test_two_digit_and_bare_years(text, expected):
    """Two-digit years read 69..99 as 19xx and 00..68 as 20xx; a bracketed year is a year."""
    assert _iso(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tháng 12, 99 người",  # a count after a comma, not a year
        "năm 99 tuổi",  # an age
        "tháng 7/8",  # two months, not a year
    ],
)
def test_two_digit_lookalikes_are_not_years(text):
    """Two digits that go on into the clause are not a year."""
    assert all(m.kind is not ve.DateKind.YEAR for m in ve.find_dates(text))
    assert all(
        m.window is None or m.window.earliest.year >= 2000
        for m in ve.find_dates(text, published=PUBLISHED)
    )


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("tháng 1 và tháng 2 năm 1999", "tháng 1", "1999-01-01/1999-01-31"),  # và
        ("tháng 1 hoặc tháng 2 năm 1999", "tháng 1", "1999-01-01/1999-01-31"),  # hoặc
        ("ngày 30/12 và 2/1/2023", "30/12", "2022-12-30"),  # across the new year
        ("in January and February 1999", "in January", "1999-01-01/1999-01-31"),  # and
        ("in January or February 1999", "in January", "1999-01-01/1999-01-31"),  # or
    ],
)
def test_coordinated_dates_share_the_year(text, quote, expected):
    """A date joined by 'và', 'hoặc', 'and', 'or' to a fully dated one shares its year."""
    mention = next(m for m in ve.find_dates(text, published=PUBLISHED) if m.quote == quote)
    assert mention.anchoring is ve.Anchoring.CONTEXT
    assert mention.when.format_iso() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày đầu tiên của tháng 3 năm 2017", "2017-03-01"),  # first day
        ("ngày cuối cùng của tháng 2 năm 2024", "2024-02-29"),  # last day, leap year
        ("the first day of March 2015", "2015-03-01"),  # English
        ("the 1st day of March 2015", "2015-03-01"),  # English digits
        ("the last day of May 2015", "2015-05-31"),  # English last
        ("ngày 5 tháng tới", "2024-09-05"),  # a day of next month
        ("the 1st of last month", "2024-07-01"),  # a day of last month
        ("the 15th of next month", "2024-09-15"),  # a day of next month
    ],
)
def test_named_days_of_months(text, expected):
    """The first or last day of a month, and a day of a relative month, are days."""
    assert _iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in two weeks", "2024-09-09/2024-09-15"),  # the week two weeks on
        ("in 3 days", "2024-09-02"),  # three days on
        ("hai tháng sau", "2024-10-01/2024-10-31"),  # two months on
        ("3 ngày sau", "2024-09-02"),  # three days on
        ("twenty one days ago", "2024-08-09"),  # tens and ones
        ("thirty-two days ago", "2024-07-29"),  # hyphenated
        ("tám tháng trước", "2023-12-01/2023-12-31"),  # eight months back
        ("quý tiếp", "2024-10-01/2024-12-31"),  # the next quarter
        ("quý 3", "2024-07-01/2024-09-30"),  # a quarter alone: of the published year
        ("Sáng sớm thứ Hai", "2024-08-26"),  # early morning
    ],
)
def test_counts_on_and_other_relatives(text, expected):
    """Counts on from the published date, compound counts, and yearless quarters."""
    assert _iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trong các ngày 20, 21 và 22/6/2023", "2023-06-20/2023-06-22"),
        ("ngày 19, 20 và 21-12-2023", "2023-12-19/2023-12-21"),
        ("trong hai ngày 20 và 21 tháng 6 năm 2023", "2023-06-20/2023-06-21"),
        ("on June 20, 21 and 22, 2023", "2023-06-20/2023-06-22"),
        ("on June 20 and 21, 2023", "2023-06-20/2023-06-21"),
    ],
)
def test_listed_days_that_follow_each_other_are_one_span(text, expected):
    """'20, 21 và 22/6', 'June 20, 21 and 22': every day listed, so the span first to last."""
    assert _iso(text) == expected


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("on June 20 and 25, 2023", "June 20", "2023-06-20"),
        ("ngày 20, 22 và 23/6/2023", "23/6/2023", "2023-06-23"),
    ],
)
def test_listed_days_apart_make_no_span(text, quote, expected):
    """'June 20 and 25': two days, not the six between them."""
    mention = _only(text)
    assert mention.quote == quote
    assert mention.when is not None
    assert mention.when.format_iso() == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("đầu tháng 12 vừa qua", "2020-12-20", "2020-12-01/2020-12-15"),  # over by then
        ("cuối tháng 12 vừa qua", "2020-12-20", "2019-12-16/2019-12-31"),  # not yet over
        ("cuối tháng 11 vừa qua", "2020-12-20", "2020-11-16/2020-11-30"),  # the month before
        ("đầu tháng 3 tới", "2020-12-20", "2021-03-01/2021-03-15"),  # the next one
    ],
)
def test_a_part_of_a_named_month_placed_by_a_relative_word(text, published, expected):
    """'đầu tháng 12 vừa qua': the part keeps its precision and the word picks its year."""
    assert _iso(text, published) == expected


def test_a_part_of_next_month_is_not_a_part_of_june():
    """'đầu tháng sau' is early next month; 'đầu tháng sáu' early June."""
    assert _iso("đầu tháng sau", "2024-08-30") == "2024-09-01/2024-09-15"
    assert _only("đầu tháng sáu", "2024-08-30").when.earliest.month == 6


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ (1-2024)", (2024, 1)),
        ("Cuộc gặp cấp cao giữa hai Đảng (2-2024)", (2024, 2)),
        ("the 46th meeting of the Intergovernmental Committee (01/2024)", (2024, 1)),
        ("the high-level meeting (12.2023)", (2023, 12)),
    ],
)
def test_a_month_and_year_in_parentheses_gloss_the_name_before(text, month):
    """'(1-2024)' after a session's name is January 2024."""
    (found,) = ve.find_dates(text)
    assert found.kind is ve.DateKind.MONTH
    assert (found.window.earliest.year, found.window.earliest.month) == month


@pytest.mark.parametrize("text", ["Nghị quyết số 1-2024", "tăng 1-2024 lần", "(13/2024)", "1/2024"])
def test_a_bare_month_and_year_is_no_date(text):
    """Outside parentheses, or with no month, the pair is a number, not a month."""
    assert [d for d in ve.find_dates(text) if d.kind is ve.DateKind.MONTH] == []
